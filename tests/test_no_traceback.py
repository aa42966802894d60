"""No input or signal ends in a traceback: each failure is one message, exit 1 (130 for
Ctrl-C), and the output folder and the ledger are left as they were, with no temp files."""

from __future__ import annotations

import os
import signal
import sqlite3
from pathlib import Path

import pytest

from builder import publish
from builder.cli import EXIT_BAD_INPUT, EXIT_OK, main
from builder.emit import deck
from builder.failures import EXIT_INTERRUPTED
from tests.conftest import make_notes

GOOD = "# 캐시\n## Redis - 한도\n- 키 하나의 최대 크기는 512MB\n- 기본 포트는 6379번\n"


def _state(*folders: Path) -> dict[str, bytes]:
    return {str(p): p.read_bytes() for folder in folders for p in sorted(folder.rglob("*")) if p.is_file()}


@pytest.fixture
def built(tmp_path: Path) -> tuple[Path, Path]:
    notes = make_notes(tmp_path, {"a.md": GOOD})
    out = tmp_path / "dist"
    assert main(["build", "--notes", str(notes), "--out", str(out), "--only", "deck"]) == EXIT_OK
    (notes / "a.md").write_text(GOOD + "- 새 사실: 3일\n", encoding="utf-8")
    return notes, out


def _fails_with(
    built: tuple[Path, Path], capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch, crash: object
) -> tuple[int, str]:
    notes, out = built
    before = _state(out) | {str(notes / deck.LEDGER_NAME): (notes / deck.LEDGER_NAME).read_bytes()}

    def broken(*args: object, **kwargs: object) -> object:
        if callable(crash):
            crash()
        raise crash  # type: ignore[misc]

    monkeypatch.setattr(deck, "write_deck", broken)
    code = main(["build", "--notes", str(notes), "--out", str(out), "--only", "deck"])
    err = capsys.readouterr().err
    assert "Traceback" not in err
    assert _state(out) | {str(notes / deck.LEDGER_NAME): (notes / deck.LEDGER_NAME).read_bytes()} == before
    assert not [p for p in (*out.iterdir(), *notes.iterdir()) if p.name.endswith(".tmp") or "staging" in p.name]
    return code, err


def test_ctrl_c(built, capsys, monkeypatch) -> None:
    code, err = _fails_with(built, capsys, monkeypatch, KeyboardInterrupt())
    assert code == EXIT_INTERRUPTED and "interrupted (Ctrl-C)" in err


def test_sigterm(built, capsys, monkeypatch) -> None:
    code, err = _fails_with(built, capsys, monkeypatch, lambda: os.kill(os.getpid(), signal.SIGTERM))
    assert code == EXIT_BAD_INPUT and "stopped (the process was asked to terminate)" in err


@pytest.mark.parametrize(
    ("crash", "message", "status"),
    [
        (sqlite3.OperationalError("database or disk is full"), "cannot write the output: database error", 1),
        (OSError(28, "No space left on device"), "cannot write the output: No space left on device", 1),
        (RecursionError("maximum recursion depth exceeded"), "nested too deeply", 1),
        (MemoryError(), "not enough memory", 1),
        (ZeroDivisionError("a bug"), "internal error: ZeroDivisionError: a bug; please report it", 3),
    ],
)
def test_machine_failures(built, capsys, monkeypatch, crash: BaseException, message: str, status: int) -> None:
    code, err = _fails_with(built, capsys, monkeypatch, crash)
    assert code == status and message in err


def test_a_full_disk_under_the_notes_folder_names_the_ledger(built, capsys, monkeypatch) -> None:
    notes, out = built
    real = publish.tempfile.mkstemp

    def full(*args: object, dir: object = None, **kwargs: object) -> tuple[int, str]:
        if Path(str(dir)) == notes:
            raise OSError(28, "No space left on device")
        return real(*args, dir=dir, **kwargs)  # type: ignore[call-overload]

    monkeypatch.setattr(publish.tempfile, "mkstemp", full)
    code = main(["build", "--notes", str(notes), "--out", str(out), "--only", "deck"])
    err = capsys.readouterr().err
    assert code == EXIT_BAD_INPUT and "Traceback" not in err
    assert f"{notes / deck.LEDGER_NAME}: error: cannot write the deck's ID ledger: No space left on device" in err
