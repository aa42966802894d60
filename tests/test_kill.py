"""A build killed (SIGKILL) at any moment leaves the old or the new complete set of outputs and
ledger, and the next build removes whatever it left.  Kill moments are random but seeded."""

from __future__ import annotations

import random
import re
import signal
import sqlite3
import subprocess
import sys
import time
import zipfile
from pathlib import Path

from pypdf import PdfReader

from builder.cli import EXIT_OK, main
from builder.emit.deck import LEDGER_NAME
from builder.publish import recover
from tests.conftest import ROOT, make_notes

KILLS = 30
FULL_BUILDS = 4
"""Kills of a build of both outputs (slower); the others kill a deck-only build."""
MARK = re.compile(r"표식v([a-j]+)")


def _notes(version: int) -> str:
    mark = "".join(chr(ord("a") + int(d)) for d in str(version))
    # A limit (a quantity) makes a card whatever the card rules decide about other lines.
    return f"# 판\n## 이 문서\n- 표식v{mark} 의 보존 기간은 최대 10분이다.\n- 둘째 사실은 늘 같다\n"


def _version(text: str) -> int | None:
    found = {int("".join(str(ord(c) - ord("a")) for c in m)) for m in MARK.findall(text)}
    assert len(found) <= 1, found
    return found.pop() if found else None


def _deck_version(apkg: Path) -> int | None:
    with zipfile.ZipFile(apkg) as package:
        data = package.read("collection.anki2")
    db = apkg.parent.parent / "check.sqlite"
    db.write_bytes(data)
    with sqlite3.connect(db) as connection:
        fields = "\n".join(row[0] for row in connection.execute("select flds from notes"))
    db.unlink()
    return _version(fields)


def _set(notes: Path, out: Path) -> tuple[tuple[int | None, int | None], tuple[int | None, int | None]]:
    """((deck, ledger), (html, pdf)) versions."""
    deck = _deck_version(out / "study-notes.apkg")
    ledger = _version((notes / LEDGER_NAME).read_text(encoding="utf-8"))
    html = _version((out / "study-notes.html").read_text(encoding="utf-8"))
    pdf = _version("".join(page.extract_text() for page in PdfReader(out / "study-notes.pdf").pages).replace(" ", ""))
    return (deck, ledger), (html, pdf)


def _leftovers(notes: Path, out: Path) -> list[str]:
    return [p.name for p in (*out.iterdir(), *notes.iterdir()) if p.name.endswith(".tmp") or "staging" in p.name]


def test_a_killed_build_leaves_the_old_or_the_new_set(tmp_path: Path) -> None:
    rng = random.Random(20261128)
    notes = make_notes(tmp_path, {"a.md": _notes(0)})
    out = tmp_path / "dist"
    started = time.perf_counter()
    assert main(["build", "--notes", str(notes), "--out", str(out)]) == EXIT_OK
    deck, sheet = _set(notes, out)
    assert deck == (0, 0) and sheet == (0, 0)
    command = [sys.executable, "-m", "builder", "build", "--notes", str(notes), "--out", str(out)]
    timing = {"full": 0.0, "deck": 0.0}
    for only in ("full", "deck"):
        started = time.perf_counter()
        # Each timed build has notes of its own, so the deck-only one is not skipped as up to date.
        (notes / "a.md").write_text(_notes(1) + ("- 셋째 사실\n" if only == "deck" else ""), encoding="utf-8")
        extra = ["--only", "deck"] if only == "deck" else []
        subprocess.run([*command, *extra], cwd=ROOT, check=True, capture_output=True)
        timing[only] = time.perf_counter() - started
    deck, sheet = _set(notes, out)
    plans = ["full"] * FULL_BUILDS + ["deck"] * (KILLS - FULL_BUILDS)
    rng.shuffle(plans)
    outcomes = {"old": 0, "new": 0}
    for n, only in enumerate(plans, start=2):
        (notes / "a.md").write_text(_notes(n), encoding="utf-8")
        # Full builds are killed in their second half, where the outputs are written and published.
        low = 0.5 if only == "full" else 0.3
        # Up to well past the timed build: a loaded machine runs the killed builds slower than the timed
        # ones, and the outcomes must still include a published set (a kill after the publish).
        delay = timing[only] * rng.uniform(low, 1.4)
        extra = ["--only", "deck"] if only == "deck" else []
        process = subprocess.Popen([*command, *extra], cwd=ROOT, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        time.sleep(delay)
        process.send_signal(signal.SIGKILL)
        process.wait()
        recover(out, notes)  # what the next build does first
        assert not _leftovers(notes, out)
        new_deck, new_sheet = _set(notes, out)
        assert new_deck[0] == new_deck[1] and new_sheet[0] == new_sheet[1], (new_deck, new_sheet)
        if only == "deck":
            assert new_sheet == sheet and new_deck in (deck, (n, n))
        else:
            assert (new_deck, new_sheet) in ((deck, sheet), ((n, n), (n, n)))
        outcomes["new" if new_deck == (n, n) or new_sheet == (n, n) else "old"] += 1
        deck, sheet = new_deck, new_sheet
    assert main(["build", "--notes", str(notes), "--out", str(out)]) == EXIT_OK
    assert not _leftovers(notes, out)
    assert _set(notes, out) == ((KILLS + 1, KILLS + 1), (KILLS + 1, KILLS + 1))
    # The seeded moments cover both outcomes (a kill before and after the publish).
    assert outcomes["old"] and outcomes["new"], outcomes


DIE_AT_RENAME = """
import os, sys
from builder.cli import main
real, calls, die_at = os.replace, [0], int(sys.argv[1])
def replace(*args, **kwargs):
    calls[0] += 1
    if calls[0] == die_at:
        os._exit(9)  # killed between two renames: no cleanup of any kind runs
    return real(*args, **kwargs)
os.replace = replace
sys.exit(main(sys.argv[2:]))
"""


def test_a_build_killed_between_two_renames_is_completed_by_the_next(tmp_path: Path) -> None:
    """The renames of a publish: the journal, then each file; dying at each of them (a real
    process exit, no cleanup) leaves the old set, or a journal the next build completes."""
    notes = make_notes(tmp_path, {"a.md": _notes(0)})
    out = tmp_path / "dist"
    assert main(["build", "--notes", str(notes), "--out", str(out)]) == EXIT_OK
    cases = [("deck", n) for n in range(1, 5)] + [("full", 3)]
    for version, (only, die_at) in enumerate(cases, start=1):
        before = _set(notes, out)
        (notes / "a.md").write_text(_notes(version), encoding="utf-8")
        extra = ["--only", "deck"] if only == "deck" else []
        args = [str(die_at), "build", "--notes", str(notes), "--out", str(out), *extra]
        died = subprocess.run([sys.executable, "-c", DIE_AT_RENAME, *args], cwd=ROOT, capture_output=True, check=False)
        assert died.returncode == 9, died.stderr
        recover(out, notes)
        assert not _leftovers(notes, out)
        after = _set(notes, out)
        new = (version, version)
        if die_at == 1:  # the journal never landed: the old set
            assert after == before
        elif only == "deck":
            assert after == (new, before[1])
        else:
            assert after == (new, new)
