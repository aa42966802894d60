"""The one error type a learner can cause, and the collector of a build's problems.

Every problem a learner's notes or set-up can cause is a :class:`Problem` with a file and,
where there is one, a line.  A build collects all of them in :class:`Problems` and stops
once, with every message, by raising :class:`NotesError`; programmer errors stay plain
exceptions.  Emitters report warnings through the ``builder`` logger; the build turns what
they log into problems with :func:`capture_warnings`, so the CLI prints each one once.
"""

from __future__ import annotations

import logging
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import Literal

log = logging.getLogger("builder")

Severity = Literal["error", "warning"]


@dataclass(frozen=True, slots=True)
class Problem:
    """One thing wrong with the input, located as precisely as we can."""

    path: str
    """The file, as the learner knows it (relative to the project where possible)."""
    line: int | None
    """1-based line number, or None when the problem concerns the whole file."""
    message: str
    severity: Severity = "error"

    def __str__(self) -> str:
        where = f"{self.path}:{self.line}" if self.line is not None else self.path
        return f"{where}: {self.severity}: {self.message}"


class NotesError(Exception):
    """The build cannot go on; carries every problem found, each naming its file and line."""

    def __init__(self, problems: list[Problem] | Problem | str) -> None:
        if isinstance(problems, str):
            problems = [Problem("-", None, problems)]
        elif isinstance(problems, Problem):
            problems = [problems]
        self.problems = list(problems)
        super().__init__("\n".join(str(p) for p in self.problems))


@dataclass
class Problems:
    """Collects the problems of one build so they are reported together, not one per run."""

    items: list[Problem] = field(default_factory=list)

    def error(self, path: str, line: int | None, message: str) -> None:
        self.items.append(Problem(path, line, message, "error"))

    def warn(self, path: str, line: int | None, message: str) -> None:
        self.items.append(Problem(path, line, message, "warning"))

    @property
    def errors(self) -> list[Problem]:
        return [p for p in self.items if p.severity == "error"]

    @property
    def warnings(self) -> list[Problem]:
        return [p for p in self.items if p.severity == "warning"]

    def raise_if_failed(self, *, strict: bool = False) -> None:
        """Raise :class:`NotesError` with every problem so far if there are errors (or, with
        ``strict``, warnings): the learner sees all of them at once."""
        if self.errors or (strict and self.warnings):
            raise NotesError(self.items)


@contextmanager
def capture_warnings(problems: Problems, path: str, notes_dir: Path) -> Iterator[None]:
    """Turn warnings logged on the ``builder`` logger into problems: of the notes file and line
    when the record carries a ``source`` (a :class:`~builder.model.SourceRef`), else of ``path``
    (an output)."""

    class _Collect(logging.Handler):
        def emit(self, record: logging.LogRecord) -> None:
            source = getattr(record, "source", None)
            if source is not None:
                problems.warn(str(notes_dir / source.path), source.line, record.getMessage())
            else:
                problems.warn(path, None, record.getMessage())

    handler = _Collect(logging.WARNING)
    propagate = log.propagate
    log.addHandler(handler)
    log.propagate = False
    try:
        yield
    finally:
        log.removeHandler(handler)
        log.propagate = propagate
