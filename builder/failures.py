"""Anything a learner or the machine can cause, as a message and an exit status, never a traceback.

:func:`explain` is the one place that knows how each failure reads: problems with the notes
(:class:`~builder.errors.NotesError`, every ``file:line``), Ctrl-C and ``SIGTERM``, a full
disk or a read-only folder, a database error of the deck writer, notes too deeply nested
for Python's stack, too little memory.  The command line and ``--watch`` both use it, so a
failing build reads the same in both, and ``--watch`` goes on after any of them.
"""

from __future__ import annotations

import errno
import os
import signal
import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass

from builder.errors import NotesError

EXIT_BAD_INPUT, EXIT_BUG, EXIT_INTERRUPTED = 1, 3, 130
DEBUG_VARIABLE = "NOTES_TO_ANKI_DEBUG"
"""Set to show the traceback of an internal error (for a bug report)."""


class Terminated(Exception):
    """The process was asked to stop (``SIGTERM``)."""


@dataclass(frozen=True, slots=True)
class Failure:
    lines: list[str]
    """The problems (``file:line: error: …``) or a one-line reason."""
    status: int
    problems: int = 1


def explain(exc: BaseException) -> Failure:
    """How ``exc`` reads to the learner, and the exit status it gives."""
    from builder.analyse.morph import AnalyserUnavailable  # lazy: only a failed build pays for it

    if isinstance(exc, NotesError):
        return Failure([str(p) for p in exc.problems], EXIT_BAD_INPUT, len(exc.problems))
    if isinstance(exc, AnalyserUnavailable):
        return Failure([f"error: {exc}"], EXIT_BAD_INPUT)
    if isinstance(exc, KeyboardInterrupt):
        return Failure(["interrupted (Ctrl-C)"], EXIT_INTERRUPTED)
    if isinstance(exc, Terminated):
        return Failure(["stopped (the process was asked to terminate)"], EXIT_BAD_INPUT)
    if isinstance(exc, RecursionError):
        return Failure(["error: the notes are nested too deeply to read (lists, quotes or emphasis)"], EXIT_BAD_INPUT)
    if isinstance(exc, MemoryError):
        return Failure(["error: not enough memory for this build; close other programs or split the notes"], 1)
    if isinstance(exc, OSError):
        where = f"{exc.filename}: " if exc.filename else ""
        reason = "no space left on the disk" if exc.errno == errno.ENOSPC else (exc.strerror or str(exc))
        return Failure([f"{where}error: {reason}"], EXIT_BAD_INPUT)
    if isinstance(exc, sqlite3.Error):
        return Failure([f"error: cannot write the deck's database ({exc}); is the disk full?"], EXIT_BAD_INPUT)
    if isinstance(exc, UnicodeError):
        return Failure([f"error: a name or text could not be decoded or encoded ({exc})"], EXIT_BAD_INPUT)
    return Failure(
        [f"internal error: {type(exc).__name__}: {exc}; please report it (set {DEBUG_VARIABLE}=1 to see where)"],
        EXIT_BUG,
    )


def debugging() -> bool:
    """Whether internal errors should show their traceback."""
    return bool(os.environ.get(DEBUG_VARIABLE))


@contextmanager
def terminate_as_exception() -> Iterator[None]:
    """``SIGTERM`` raises :class:`Terminated` (so outputs are cleaned up as for Ctrl-C) while inside."""

    def stop(signum: int, frame: object) -> None:
        raise Terminated()

    try:
        previous = signal.signal(signal.SIGTERM, stop)
    except ValueError:  # not the main thread: leave signals alone
        yield
        return
    try:
        yield
    finally:
        signal.signal(signal.SIGTERM, previous)
