"""Lightweight stage timings for a build: how long parsing, the deck and the PDF took.

A build calls :func:`begin` once; any stage, in whatever module, wraps its work in
``with stage("name"):`` and its wall time is added to that build's dict.  Outside a build
(a test calling an emitter directly) :func:`stage` costs one context-variable lookup and
records nothing.  ``python -m builder build --timings`` prints the dict; ``bench/run.py``
reads it.
"""

from __future__ import annotations

import time
from collections.abc import Iterator
from contextlib import contextmanager
from contextvars import ContextVar

STAGES = ("parse", "deck", "preview", "html", "pdf layout", "pdf write", "quiz layout", "quiz write")
"""The stages a build reports, in pipeline order."""

_current: ContextVar[dict[str, float] | None] = ContextVar("builder_timings", default=None)


def begin() -> dict[str, float]:
    """Start collecting for one build; returns the dict that :func:`stage` fills (seconds)."""
    timings: dict[str, float] = {}
    _current.set(timings)
    return timings


@contextmanager
def stage(name: str) -> Iterator[None]:
    """Add the wall time of the ``with`` body to the current build's ``name`` stage."""
    timings = _current.get()
    if timings is None:
        yield
        return
    started = time.perf_counter()
    try:
        yield
    finally:
        timings[name] = timings.get(name, 0.0) + time.perf_counter() - started


def format_timings(timings: dict[str, float]) -> str:
    """One line, stages in pipeline order: ``timings: parse=0.071 deck=0.120``."""
    names = [n for n in STAGES if n in timings] + sorted(set(timings) - set(STAGES))
    return "timings: " + " ".join(f"{n.replace(' ', '_')}={timings[n]:.4f}" for n in names)
