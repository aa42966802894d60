"""Run the pipeline: read and parse the notes, emit the deck (and its preview), the cheat sheet and the quiz, publish.

Outputs and the ledger are staged and published together (:mod:`builder.publish`) only when
every requested output was written, so a failed or killed build leaves the previous ``dist/``
(or, killed while publishing, the complete new one).
Emitters are imported lazily: a deck-only build never pays for importing WeasyPrint.
"""

from __future__ import annotations

import gc
from collections.abc import Collection, Iterator
from contextlib import ExitStack, contextmanager
from dataclasses import dataclass, field
from pathlib import Path

from builder import incremental, timing
from builder.config import DeckConfig, load_config
from builder.errors import NotesError, Problem, Problems, capture_warnings
from builder.model import Notes
from builder.publish import WRITE_ERRORS, Stage, output_lock, recover, write_error

OUTPUTS = ("deck", "pdf", "quiz")


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
    if out_dir.exists() and not out_dir.is_dir():
        raise NotesError(
            Problem(
                str(out_dir), None, "cannot write the output folder: it is a file; pass another folder with --out DIR"
            )
        )
    with ExitStack() as held:
        taken = out_dir.is_dir()
        if taken:
            # Before looking at the outputs: complete or clear what a killed build left.
            _take(out_dir, notes_dir, held)
        plan = incremental.plan(notes_dir, out_dir, config, outputs, force=force, strict=strict)
        if not plan.stale:
            return BuildResult(Notes(()), config, summary=plan.summary(), warnings=plan.warnings, timings=timings)
        outputs = plan.stale
        with timing.stage("parse"):
            notes, problems = load_notes(notes_dir, strict=strict)
        result = BuildResult(notes, config, summary=plan.summary(), timings=timings)
        if not taken:  # the output folder is new: make it, then take it
            try:
                out_dir.mkdir(parents=True, exist_ok=True)
            except OSError as exc:
                raise write_error(out_dir, exc, "the output folder", at_file=False) from None
            _take(out_dir, notes_dir, held)
        try:
            stage = Stage(out_dir)
        except OSError as exc:
            raise write_error(out_dir, exc, "the output folder", at_file=False) from None
        try:
            with capture_warnings(problems, str(out_dir / config.file), notes_dir):
                _emit(notes, config, notes_dir, outputs, stage, result)
            problems.raise_if_failed(strict=strict)
            result.written = stage.publish()
            incremental.record(plan, outputs, problems.warnings)
        except WRITE_ERRORS as exc:
            raise write_error(out_dir, exc) from None
        finally:
            stage.discard()
    result.warnings = problems.warnings
    return result


def _take(out_dir: Path, notes_dir: Path, held: ExitStack) -> None:
    """Lock the output folder for this build and recover it from a killed one."""
    held.enter_context(output_lock(out_dir))
    try:
        recover(out_dir, notes_dir)
    except OSError as exc:
        raise write_error(out_dir, exc) from None


def _emit(
    notes: Notes, config: DeckConfig, notes_dir: Path, outputs: Collection[str], stage: Stage, result: BuildResult
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
