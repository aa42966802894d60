"""Run the pipeline: read and parse the notes, emit the deck (and its preview), the cheat sheet and the quiz, publish.

Outputs are staged next to their final place and moved there only when every requested
output was written, so a failed build leaves the previous ``dist/`` exactly as it was.
Emitters are imported lazily: a deck-only build never pays for importing WeasyPrint.
"""

from __future__ import annotations

import gc
import os
import tempfile
from collections.abc import Collection, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path

from builder import incremental, timing
from builder.config import DeckConfig, load_config
from builder.errors import NotesError, Problem, Problems, capture_warnings
from builder.model import Notes

OUTPUTS = ("deck", "pdf", "quiz")


def _file_mode() -> int:
    umask = os.umask(0o022)
    os.umask(umask)
    return 0o666 & ~umask


_FILE_MODE = _file_mode()


@dataclass
class BuildResult:
    notes: Notes
    config: DeckConfig
    written: list[Path] = field(default_factory=list)
    summary: list[str] = field(default_factory=list)
    warnings: list[Problem] = field(default_factory=list)
    timings: dict[str, float] = field(default_factory=dict)
    """Seconds spent in each stage (:data:`builder.timing.STAGES`) of this build."""


@contextmanager
def _collector_paused() -> Iterator[None]:
    """Python's cyclic garbage collector off while a build makes its objects.

    markdown-it's token trees and the model are millions of small objects; the collector's
    repeated passes over them made a 30 MB notes file take minutes longer than its ~65 s
    (measured), growing faster than the input.  Their garbage is reclaimed once afterwards.
    """
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if enabled:
            gc.enable()


@_collector_paused()
def load_notes(notes_dir: Path, *, strict: bool = False) -> tuple[Notes, Problems]:
    """Parse every notes file; raise :class:`NotesError` with all problems if it cannot go on."""
    from builder.parse import parse_notes  # lazy: an up-to-date build never parses (~0.15 s)

    problems = Problems()
    notes = parse_notes(notes_dir, problems)
    problems.raise_if_failed(strict=strict)
    return notes, problems


@_collector_paused()
def build(
    notes_dir: Path,
    out_dir: Path,
    *,
    outputs: Collection[str] = OUTPUTS,
    strict: bool = False,
    force: bool = False,
) -> BuildResult:
    """Build the requested outputs from ``notes_dir`` into ``out_dir``.

    Outputs already up to date (:mod:`builder.incremental`) are skipped unless ``force``; if
    all are, the notes are not even read and the result's ``notes`` is empty.
    """
    timings = timing.begin()
    config = load_config(notes_dir)
    plan = incremental.plan(notes_dir, out_dir, config, outputs, force=force, strict=strict)
    if not plan.stale:
        return BuildResult(Notes(()), config, summary=plan.summary(), warnings=plan.warnings, timings=timings)
    outputs = plan.stale
    with timing.stage("parse"):
        notes, problems = load_notes(notes_dir, strict=strict)
    result = BuildResult(notes, config, summary=plan.summary(), timings=timings)
    stage = _Stage(out_dir)
    try:
        with capture_warnings(problems, str(out_dir / config.file), notes_dir):
            _emit(notes, config, notes_dir, outputs, stage, result)
        problems.raise_if_failed(strict=strict)
        result.written = stage.publish()
        incremental.record(plan, outputs, problems.warnings)
    except OSError as exc:
        where = exc.filename or out_dir
        raise NotesError(Problem(str(where), None, f"cannot write the output: {exc.strerror or exc}")) from None
    finally:
        stage.discard()
    result.warnings = problems.warnings
    return result


def _emit(
    notes: Notes, config: DeckConfig, notes_dir: Path, outputs: Collection[str], stage: _Stage, result: BuildResult
) -> None:
    """Write every requested output to the stage (nothing is published here)."""
    if "deck" in outputs:
        from builder.emit import deck

        apkg = stage.path(f"{config.file}.apkg")
        with timing.stage("deck"):
            outcome = deck.write_deck(notes, config, apkg, notes_dir=notes_dir)
        result.summary.extend(outcome.summary)
        if outcome.ledger_text is not None:
            stage.add_extra(notes_dir / deck.LEDGER_NAME, outcome.ledger_text)
        from builder.emit import preview

        name = f"{config.file}.cards.html"
        with timing.stage("preview"):
            lines = preview.write_preview(notes, outcome.notes, config.name, stage.path(name), outcome.media)
        result.summary.extend(f"{line}: {stage.out_dir / name}" for line in lines)
    if "pdf" in outputs:
        from builder.emit import cheatsheet

        html = stage.path(f"{config.file}.html")
        pdf = stage.path(f"{config.file}.pdf")
        result.summary.extend(cheatsheet.write_cheatsheet(notes, config, html, pdf, notes_dir=notes_dir))
    if "quiz" in outputs:
        from builder.emit import quiz

        html = stage.path(f"{config.file}.quiz.html")
        pdf = stage.path(f"{config.file}.quiz.pdf")
        result.summary.extend(quiz.write_quiz(notes, config, html, pdf, notes_dir=notes_dir))


class _Stage:
    """Temporary files beside their targets, renamed into place all at once."""

    def __init__(self, out_dir: Path) -> None:
        self.out_dir = out_dir
        self.pending: list[tuple[Path, Path]] = []
        if out_dir.exists() and not out_dir.is_dir():
            raise NotesError(
                Problem(
                    str(out_dir),
                    None,
                    "cannot write the output folder: it is a file; pass another folder with --out DIR",
                )
            )
        try:
            out_dir.mkdir(parents=True, exist_ok=True)
            with tempfile.NamedTemporaryFile(dir=out_dir, prefix=".probe-"):
                pass  # the folder takes new files: staging will work
        except OSError as exc:
            raise NotesError(Problem(str(out_dir), None, f"cannot write the output folder: {exc.strerror}")) from None

    def path(self, name: str) -> Path:
        """A fresh temporary path that will become ``out_dir/name`` on publish."""
        fd, tmp = tempfile.mkstemp(dir=self.out_dir, prefix=f".{name}.", suffix=".tmp")
        os.close(fd)
        self.pending.append((Path(tmp), self.out_dir / name))
        return Path(tmp)

    def add_extra(self, target: Path, text: str) -> None:
        """Stage a text file outside ``out_dir`` (the deck's ID ledger) to publish with the rest."""
        fd, tmp = tempfile.mkstemp(dir=target.parent, prefix=f".{target.name}.", suffix=".tmp")
        with os.fdopen(fd, "w", encoding="utf-8", newline="\n") as handle:
            handle.write(text)
        self.pending.append((Path(tmp), target))

    def publish(self) -> list[Path]:
        written = []
        for tmp, target in self.pending:
            os.chmod(tmp, _FILE_MODE)  # mkstemp makes files private; outputs are ordinary files
            os.replace(tmp, target)
            written.append(target)
        self.pending.clear()
        return written

    def discard(self) -> None:
        for tmp, _ in self.pending:
            tmp.unlink(missing_ok=True)
        self.pending.clear()
