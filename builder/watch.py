"""``build --watch``: rebuild on every save of the notes, the templates or ``deck.toml``.

Each rebuild prints one line: when, what changed, what was rebuilt (notes added and updated in
the deck), how long it took.  Problems in the notes, and any other failure of a build (a full
disk, an internal error), are printed as ``file:line: message`` or one line, and the watch
goes on; the next save tries again.  Changes to the deck's ID ledger and to the output
folder are ignored (the build writes them), and so are hidden and temporary files.  Ctrl-C
stops the watch with exit status 0.
"""

from __future__ import annotations

import json
import logging
import sys
import threading
import time
from collections.abc import Collection, Iterable
from pathlib import Path
from typing import TextIO

from builder.build import OUTPUTS, build
from builder.config import CONFIG_NAME
from builder.errors import NotesError, Problem
from builder.failures import explain
from builder.incremental import LEDGER_NAME, TEMPLATES_DIR
from builder.model import IMAGE_SUFFIXES
from builder.read import NOTE_SUFFIXES

EXIT_OK = 0
_SHOWN_NAMES = 3


def watch(
    notes_dir: Path,
    out_dir: Path,
    *,
    outputs: Collection[str] = OUTPUTS,
    strict: bool = False,
    force: bool = False,
    stop_event: threading.Event | None = None,
    out: TextIO | None = None,
) -> int:
    """Build once, then rebuild on every change until Ctrl-C (or ``stop_event``); returns 0."""
    import watchfiles

    if not notes_dir.is_dir():
        raise NotesError(Problem(str(notes_dir), None, "the notes folder does not exist; nothing to watch"))
    out = out or sys.stdout
    rebuild(notes_dir, out_dir, outputs=outputs, strict=strict, force=force, out=out)
    print(f"watching {notes_dir} and {TEMPLATES_DIR} (Ctrl-C stops)", file=out, flush=True)
    accept = WatchFilter(notes_dir, out_dir)
    # watchfiles logs "KeyboardInterrupt caught, stopping watch" as a warning; Ctrl-C is how one stops.
    logging.getLogger("watchfiles.main").setLevel(logging.ERROR)
    try:
        for changes in watchfiles.watch(
            notes_dir, TEMPLATES_DIR, watch_filter=accept, stop_event=stop_event, raise_interrupt=False
        ):
            rebuild(
                notes_dir,
                out_dir,
                outputs=outputs,
                strict=strict,
                changed=sorted({Path(p) for _, p in changes}),
                out=out,
            )
    except KeyboardInterrupt:  # Ctrl-C while a rebuild runs
        pass
    return EXIT_OK


class WatchFilter:
    """Which changed paths trigger a rebuild: notes, images, ``deck.toml`` and templates."""

    def __init__(self, notes_dir: Path, out_dir: Path) -> None:
        self.notes_dir = notes_dir.resolve()
        self.out_dir = out_dir.resolve()

    def __call__(self, change: object, path: str) -> bool:
        file = Path(path).resolve()
        if file.is_relative_to(self.out_dir) or file.name.startswith(".") or file.name.endswith((".tmp", "~")):
            return False
        if file.is_relative_to(TEMPLATES_DIR):
            return True
        if not file.is_relative_to(self.notes_dir) or file == self.notes_dir / LEDGER_NAME:
            return False
        if any(part.startswith(".") for part in file.relative_to(self.notes_dir).parts):
            return False
        return file.suffix in NOTE_SUFFIXES or file.name == CONFIG_NAME or file.suffix.lower() in IMAGE_SUFFIXES


def rebuild(
    notes_dir: Path,
    out_dir: Path,
    *,
    outputs: Collection[str] = OUTPUTS,
    strict: bool = False,
    force: bool = False,
    changed: Iterable[Path] = (),
    out: TextIO | None = None,
) -> bool:
    """Build once and print a one-line summary, or the problems; never raises but for Ctrl-C.

    Returns whether the build succeeded (an up-to-date build counts as success).
    """
    out = out or sys.stdout
    what = _describe(changed, notes_dir)
    before = _ledger(notes_dir)
    started = time.perf_counter()
    try:
        result = build(notes_dir, out_dir, outputs=outputs, strict=strict, force=force)
    except Exception as exc:  # noqa: BLE001 (any failing build is reported, and the watch goes on)
        failure = explain(exc)
        for line in failure.lines:
            print(line, file=out)
        print(
            f"[{_clock()}] {what}: build failed ({failure.problems} problem(s)); "
            f"{out_dir} left as it was; still watching",
            file=out,
            flush=True,
        )
        return False
    seconds = time.perf_counter() - started
    for problem in result.warnings:
        print(problem, file=out)
    done = []
    built = {p.suffix for p in result.written}
    if ".apkg" in built:
        added, updated = _ledger_changes(before, _ledger(notes_dir))
        done.append(f"deck rebuilt (notes: {added} added, {updated} updated)")
    if ".pdf" in built:
        done.append("cheat sheet rebuilt")
    print(
        f"[{_clock()}] {what}: {', '.join(done) or 'up to date, nothing rebuilt'} in {seconds:.2f} s",
        file=out,
        flush=True,
    )
    return True


def _describe(changed: Iterable[Path], notes_dir: Path) -> str:
    names = []
    for path in changed:
        for base, prefix in ((notes_dir.resolve(), ""), (TEMPLATES_DIR.parent, "")):
            if path.resolve().is_relative_to(base):
                names.append(prefix + path.resolve().relative_to(base).as_posix())
                break
        else:
            names.append(str(path))
    if not names:
        return "build"
    shown = ", ".join(names[:_SHOWN_NAMES])
    more = f" and {len(names) - _SHOWN_NAMES} more" if len(names) > _SHOWN_NAMES else ""
    return f"{shown}{more} changed"


def _ledger(notes_dir: Path) -> dict[str, str]:
    """GUID → content hash of the notes in the deck's ID ledger (empty if there is none)."""
    try:
        data = json.loads((notes_dir / LEDGER_NAME).read_text(encoding="utf-8"))
        return {e["guid"]: e["hash"] for e in data.get("notes", [])}
    except (OSError, ValueError, TypeError, KeyError, AttributeError):
        return {}


def _ledger_changes(before: dict[str, str], after: dict[str, str]) -> tuple[int, int]:
    added = sum(1 for guid in after if guid not in before)
    updated = sum(1 for guid, digest in after.items() if guid in before and before[guid] != digest)
    return added, updated


def _clock() -> str:
    return time.strftime("%H:%M:%S")
