"""Watch mode: the rebuild the loop calls never raises on bad notes, and the loop rebuilds on save."""

from __future__ import annotations

import io
import re
import shutil
import threading
import time
from pathlib import Path

import pytest

from builder import watch
from builder.emit.deck import LEDGER_NAME
from builder.incremental import TEMPLATES_DIR
from tests.conftest import SEED_DIR

DECK = ("deck",)


@pytest.fixture
def notes(tmp_path: Path) -> Path:
    folder = tmp_path / "notes"
    folder.mkdir()
    shutil.copyfile(SEED_DIR / "aws-saa-notes.md", folder / "aws-saa-notes.md")
    shutil.copyfile(SEED_DIR / "deck.toml", folder / "deck.toml")
    return folder


def test_rebuild_prints_one_line_with_what_changed(notes: Path, tmp_path: Path) -> None:
    out = io.StringIO()
    note = notes / "aws-saa-notes.md"
    assert watch.rebuild(notes, tmp_path / "dist", outputs=DECK, changed=[note], out=out)
    [line] = out.getvalue().splitlines()
    assert "aws-saa-notes.md changed: deck rebuilt (" in line and " added, 0 updated)" in line and "(notes: " in line

    note.write_text(
        note.read_text(encoding="utf-8").replace("클러스터를 실행할 수 있는", "클러스터를 실행하는", 1),
        encoding="utf-8",
    )
    out = io.StringIO()
    assert watch.rebuild(notes, tmp_path / "dist", outputs=DECK, changed=[note], out=out)
    assert re.search(r"deck rebuilt \(notes: 0 added, [1-9]\d* updated\)", out.getvalue())

    out = io.StringIO()
    assert watch.rebuild(notes, tmp_path / "dist", outputs=DECK, out=out)
    assert "build: up to date, nothing rebuilt" in out.getvalue()


def test_rebuild_reports_errors_in_the_notes_without_raising(notes: Path, tmp_path: Path) -> None:
    bad = notes / "broken.md"
    bad.write_bytes("# 제목\n- 좋은 줄\n- 나쁜 줄 ".encode() + b"\xff\xfe\n")
    out = io.StringIO()
    assert watch.rebuild(notes, tmp_path / "dist", outputs=DECK, changed=[bad], out=out) is False
    text = out.getvalue()
    assert f"{bad}:3: error:" in text
    assert "broken.md changed: build failed (1 problem(s))" in text
    assert not (tmp_path / "dist" / "aws-saa.apkg").exists()


def test_filter_ignores_the_ledger_outputs_and_temporary_files(notes: Path, tmp_path: Path) -> None:
    accept = watch.WatchFilter(notes, notes / "dist")
    assert accept(None, str(notes / "aws-saa-notes.md"))
    assert accept(None, str(notes / "deck.toml"))
    assert accept(None, str(notes / "diagram.png"))
    assert accept(None, str(TEMPLATES_DIR / "anki" / "style.css"))
    assert not accept(None, str(notes / LEDGER_NAME))
    assert not accept(None, str(notes / f".{LEDGER_NAME}.abc.tmp"))
    assert not accept(None, str(notes / "dist" / "aws-saa.apkg"))
    assert not accept(None, str(notes / ".aws-saa-notes.md.swp"))
    assert not accept(None, str(notes / "notes.txt"))
    assert not accept(None, str(tmp_path / "elsewhere.md"))


class _Lines(io.StringIO):
    """Output shared with the watch thread; lets the test wait for a line."""

    def wait_for(self, text: str, timeout: float = 30) -> bool:
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            if text in self.getvalue():
                return True
            time.sleep(0.05)
        return False


def test_watch_rebuilds_on_save_and_stops(notes: Path, tmp_path: Path) -> None:
    out = _Lines()
    stop = threading.Event()
    codes: list[int] = []
    thread = threading.Thread(
        target=lambda: codes.append(watch.watch(notes, tmp_path / "dist", outputs=DECK, stop_event=stop, out=out))
    )
    thread.start()
    try:
        assert out.wait_for("watching "), out.getvalue()
        time.sleep(0.3)  # let the watcher start before the change
        note = notes / "aws-saa-notes.md"
        note.write_text(note.read_text(encoding="utf-8") + "\n## 새 주제\n- 새로운 사실 하나\n", encoding="utf-8")
        assert out.wait_for("aws-saa-notes.md changed: deck rebuilt"), out.getvalue()
    finally:
        stop.set()
        thread.join(timeout=30)
    assert codes == [0]
    assert "deck-ids.json changed" not in out.getvalue()  # the build's own ledger write is ignored


@pytest.mark.parametrize(
    "crash",
    [
        RuntimeError("a bug in the card logic"),
        RecursionError("maximum recursion depth exceeded"),
        MemoryError(),
        __import__("sqlite3").OperationalError("database or disk is full"),
        OSError(28, "No space left on device"),
    ],
    ids=["bug", "recursion", "memory", "sqlite", "disk-full"],
)
def test_the_watch_survives_any_failing_build(
    notes: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, crash: BaseException
) -> None:
    from builder.emit import deck

    real = deck.write_deck

    def broken(*args: object, **kwargs: object) -> object:
        raise crash

    monkeypatch.setattr(deck, "write_deck", broken)
    out = io.StringIO()
    assert watch.rebuild(notes, tmp_path / "dist", outputs=DECK, out=out) is False
    lines = out.getvalue().splitlines()
    assert "Traceback" not in out.getvalue()
    assert re.search(r"build: build failed \(1 problem\(s\)\); \S+ left as it was; still watching$", lines[-1])
    assert not (tmp_path / "dist" / "aws-saa.apkg").exists()
    monkeypatch.setattr(deck, "write_deck", real)
    out = io.StringIO()
    assert watch.rebuild(notes, tmp_path / "dist", outputs=DECK, out=out)
    assert "deck rebuilt" in out.getvalue()
