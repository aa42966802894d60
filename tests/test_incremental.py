"""Incremental builds: up-to-date outputs are skipped untouched, stale ones are rebuilt.

One full build (deck and PDF) is made per module and copied into each test; the plan is
tested directly where a real PDF build would only cost time.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from builder import incremental
from builder.build import OUTPUTS, build
from builder.cli import main
from builder.config import load_config
from builder.emit import deck, webfont
from tests.conftest import ROOT, SEED_DIR


def _copy_notes(target: Path) -> Path:
    target.mkdir(parents=True)
    for path in SEED_DIR.iterdir():
        if path.suffix == ".md" or path.name == "deck.toml":
            shutil.copyfile(path, target / path.name)
    return target


@pytest.fixture(scope="module")
def built_once(tmp_path_factory: pytest.TempPathFactory) -> Path:
    base = tmp_path_factory.mktemp("built")
    notes = _copy_notes(base / "notes")
    result = build(notes, base / "dist")
    assert {p.suffix for p in result.written} == {".apkg", ".json", ".html", ".pdf"}
    return base


@pytest.fixture
def project(built_once: Path, tmp_path: Path) -> tuple[Path, Path]:
    """A notes folder and an output folder just built from it (copied, so tests may change them)."""
    shutil.copytree(built_once, tmp_path / "p")
    return tmp_path / "p" / "notes", tmp_path / "p" / "dist"


def _stats(*paths: Path) -> dict[Path, tuple[int, int]]:
    return {p: (p.stat().st_ino, p.stat().st_mtime_ns) for p in paths}


def _stale(notes: Path, out: Path, outputs: tuple[str, ...] = OUTPUTS) -> tuple[str, ...]:
    return incremental.plan(notes, out, load_config(notes), outputs).stale


def test_ledger_name_matches_the_deck_emitter() -> None:
    assert incremental.LEDGER_NAME == deck.LEDGER_NAME


def test_up_to_date_outputs_are_not_rewritten(project: tuple[Path, Path]) -> None:
    notes, out = project
    names = (
        "aws-saa.apkg",
        "aws-saa.cards.html",
        "aws-saa.html",
        "aws-saa.pdf",
        "aws-saa.quiz.html",
        "aws-saa.quiz.pdf",
    )
    files = [
        *(out / n for n in (*names, incremental.MANIFEST_NAME)),
        notes / deck.LEDGER_NAME,
    ]
    before = _stats(*files)
    result = build(notes, out)
    assert result.written == []
    assert result.summary == [
        "deck: up to date, not rebuilt (--force rebuilds)",
        "cheat sheet: up to date, not rebuilt (--force rebuilds)",
        "quiz: up to date, not rebuilt (--force rebuilds)",
    ]
    assert _stats(*files) == before  # the ledger too: a skipped deck never touches it


def test_manifest_records_inputs_and_outputs(project: tuple[Path, Path]) -> None:
    _, out = project
    manifest = json.loads((out / incremental.MANIFEST_NAME).read_text(encoding="utf-8"))
    assert set(manifest["outputs"]) == {"deck", "pdf", "quiz"}
    assert set(manifest["outputs"]["deck"]["files"]) == {"aws-saa.apkg", "aws-saa.cards.html"}
    assert set(manifest["outputs"]["pdf"]["files"]) == {"aws-saa.html", "aws-saa.pdf"}
    assert set(manifest["outputs"]["quiz"]["files"]) == {"aws-saa.quiz.html", "aws-saa.quiz.pdf"}
    assert {"notes", "config", "code", "templates", "ledger"} <= set(manifest["outputs"]["deck"]["inputs"])


def test_changed_note_makes_both_outputs_stale_and_rebuilds_the_deck(project: tuple[Path, Path]) -> None:
    notes, out = project
    note = notes / "aws-saa-notes.md"
    note.write_text(note.read_text(encoding="utf-8") + "\n## 새 주제\n- 새로운 사실 하나\n", encoding="utf-8")
    plan = incremental.plan(notes, out, load_config(notes), OUTPUTS)
    assert plan.stale == ("deck", "pdf", "quiz")
    assert plan.changed["deck"] == ("notes",)

    apkg = out / "aws-saa.apkg"
    before = _stats(apkg)
    result = build(notes, out, outputs=("deck",))
    assert apkg in result.written and notes / deck.LEDGER_NAME in result.written
    assert _stats(apkg) != before
    assert _stale(notes, out) == ("pdf", "quiz")  # the sheet and quiz still wait for their own rebuild


def test_template_change_rebuilds_only_its_output(
    project: tuple[Path, Path], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    notes, out = project
    templates = tmp_path / "templates"
    shutil.copytree(ROOT / "templates", templates)
    monkeypatch.setattr(incremental, "TEMPLATES_DIR", templates)
    assert _stale(notes, out) == ()  # same contents, same hashes

    with (templates / "anki" / "style.css").open("a", encoding="utf-8") as css:
        css.write("\n.card { color: black; }\n")
    assert _stale(notes, out) == ("deck",)

    shutil.copytree(ROOT / "templates" / "anki", templates / "anki", dirs_exist_ok=True)
    (templates / "preview" / "preview.css").write_text("body { margin: 0; }\n", encoding="utf-8")
    assert _stale(notes, out) == ("deck",)  # the card preview is part of the deck's output

    shutil.copytree(ROOT / "templates" / "preview", templates / "preview", dirs_exist_ok=True)
    (templates / "cheatsheet" / "sheet.css").write_text("body { margin: 0; }\n", encoding="utf-8")
    assert _stale(notes, out) == ("pdf", "quiz")

    shutil.copytree(ROOT / "templates" / "cheatsheet", templates / "cheatsheet", dirs_exist_ok=True)
    (templates / "fonts" / "Extra.ttf").write_bytes(b"not really a font")
    assert _stale(notes, out) == ("pdf", "quiz")  # the preview embeds only the regular face

    (templates / "fonts" / "Extra.ttf").unlink()
    with (templates / "fonts" / webfont.REGULAR.name).open("ab") as face:
        face.write(b"\0")
    assert _stale(notes, out) == ("deck", "pdf", "quiz")  # the preview embeds that one too


def test_the_deck_depends_on_the_font_its_preview_embeds() -> None:
    assert webfont.REGULAR.relative_to(incremental.TEMPLATES_DIR).as_posix() in incremental.TEMPLATE_INPUTS["deck"]


def test_config_change_makes_both_stale(project: tuple[Path, Path]) -> None:
    notes, out = project
    with (notes / "deck.toml").open("a", encoding="utf-8") as config:
        config.write("# a comment is a change too: hashes, not meanings\n")
    assert _stale(notes, out) == ("deck", "pdf", "quiz")


def test_edited_or_missing_output_is_rebuilt(project: tuple[Path, Path]) -> None:
    notes, out = project
    (out / "aws-saa.html").write_text("edited by hand", encoding="utf-8")
    assert _stale(notes, out) == ("pdf",)
    (out / "aws-saa.quiz.pdf").unlink()
    assert _stale(notes, out) == ("pdf", "quiz")
    (out / "aws-saa.cards.html").unlink()
    assert _stale(notes, out) == ("deck", "pdf", "quiz")


def test_edited_ledger_rebuilds_the_deck(project: tuple[Path, Path]) -> None:
    notes, out = project
    ledger = notes / deck.LEDGER_NAME
    ledger.write_text(ledger.read_text(encoding="utf-8") + "\n", encoding="utf-8")
    assert _stale(notes, out) == ("deck",)


def test_unreadable_manifest_rebuilds_everything(project: tuple[Path, Path]) -> None:
    notes, out = project
    (out / incremental.MANIFEST_NAME).write_text("{not json", encoding="utf-8")
    assert _stale(notes, out) == ("deck", "pdf", "quiz")


def test_force_rebuilds_an_up_to_date_deck(project: tuple[Path, Path], capsys: pytest.CaptureFixture[str]) -> None:
    notes, out = project
    apkg = out / "aws-saa.apkg"
    before = _stats(apkg)
    assert main(["build", "--notes", str(notes), "--out", str(out), "--only", "deck"]) == 0
    assert _stats(apkg) == before
    assert main(["build", "--notes", str(notes), "--out", str(out), "--only", "deck", "--force", "--timings"]) == 0
    assert _stats(apkg) != before
    captured = capsys.readouterr()
    assert "deck: up to date" in captured.out
    assert f"wrote {apkg}" in captured.out
    assert "timings: parse=" in captured.err and "deck=" in captured.err


def test_deck_only_build_does_not_import_weasyprint(tmp_path: Path) -> None:
    notes = _copy_notes(tmp_path / "notes")
    script = (
        "import sys; from builder.cli import main; "
        f"code = main(['build', '--notes', {str(notes)!r}, '--out', {str(tmp_path / 'dist')!r}, "
        "'--only', 'deck']); "
        "print(code, sorted(m for m in sys.modules if m.split('.')[0] in ('weasyprint', 'pydyf', 'tinycss2')))"
    )
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    done = subprocess.run(
        [sys.executable, "-c", script], capture_output=True, text=True, env=env, cwd=tmp_path, check=True
    )
    assert done.stdout.strip().splitlines()[-1] == "0 []"
    assert (tmp_path / "dist" / "aws-saa.apkg").exists()


def test_skipped_build_shows_its_warnings_again_and_strict_rebuilds(tmp_path: Path) -> None:
    notes = _copy_notes(tmp_path / "notes")
    (notes / "extra.md").write_text("# 추가\n\n## 빈 섹션\n\n## 내용\n- 사실 하나\n", encoding="utf-8")
    out = tmp_path / "dist"
    first = build(notes, out, outputs=("deck",))
    assert first.warnings and first.written
    again = build(notes, out, outputs=("deck",))
    assert again.written == [] and again.warnings == first.warnings
    plan = incremental.plan(notes, out, load_config(notes), ("deck",), strict=True)
    assert plan.stale == ("deck",) and plan.changed["deck"] == ("warnings",)
