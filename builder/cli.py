"""Command line: ``korean-notes [build|inspect] …`` (also ``python -m builder …``).

The one top-level handler: every failure is printed as :func:`builder.failures.explain` reads
it (every problem as ``file:line: message``) with exit status 1, or 130 for Ctrl-C; never a
traceback.  Usage errors return 2 (argparse's convention).  A missing bundled file
(:class:`~builder.resources.BrokenInstall`) or any other internal error is a bug, not the
learner's doing: it is printed as one, in one line, and returns 3.
"""

from __future__ import annotations

import argparse
import dataclasses
import gc
import json
import logging
import sys
from collections.abc import Sequence
from pathlib import Path

from builder.analyse.morph import AnalyserUnavailable
from builder.errors import NotesError
from builder.failures import debugging, explain, terminate_as_exception
from builder.resources import BrokenInstall

EXIT_OK, EXIT_BAD_INPUT, EXIT_USAGE, EXIT_BUG = 0, 1, 2, 3
PROG = "korean-notes"
DISTRIBUTION = "korean-notes-builder"


def version() -> str:
    """The installed distribution's version (``unknown`` when run from a checkout that is not installed)."""
    from importlib.metadata import PackageNotFoundError
    from importlib.metadata import version as installed

    try:
        return installed(DISTRIBUTION)
    except PackageNotFoundError:
        return "unknown"


class _Version(argparse.Action):
    """``--version``, read from the installed metadata only when asked (importing it costs ~20 ms a run)."""

    def __call__(self, parser: argparse.ArgumentParser, *_: object) -> None:
        print(f"{PROG} {version()}")  # on standard output, as argparse's own version action does
        parser.exit()


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog=PROG,
        description="Build an Anki deck (cloze cards) and a printable cheat sheet from Korean markdown notes.",
        epilog="Exit status: 0 built (warnings, if any, are printed as file:line: warning: …); "
        "1 the notes or the output folder have a problem (every problem is printed as "
        "file:line: error: …, and dist/ is left exactly as it was); 2 wrong usage; "
        "3 a file that ships with the builder is missing (a bug or a broken installation).",
    )
    parser.add_argument("--version", action=_Version, nargs=0, help="print the version and exit")
    commands = parser.add_subparsers(dest="command", metavar="COMMAND")

    def common(sub: argparse.ArgumentParser) -> None:
        sub.add_argument(
            "--notes",
            type=Path,
            default=Path("source_notes"),
            metavar="DIR",
            help="folder of the notes: every *.md (or *.markdown) file in it (default: source_notes)",
        )
        sub.add_argument(
            "--strict", action="store_true", help="treat warnings (empty sections, unclosed fences, …) as failures"
        )

    build = commands.add_parser(
        "build", help="build dist/<deck>.apkg (+ .cards.html), dist/<deck>.pdf and dist/<deck>.quiz.pdf (the default)"
    )
    common(build)
    build.add_argument(
        "--out", type=Path, default=Path("dist"), metavar="DIR", help="folder for the outputs (default: dist)"
    )
    build.add_argument(
        "--only",
        choices=("deck", "pdf", "quiz"),
        action="append",
        help="build only this output: the Anki deck (with its card preview), the cheat sheet or the quiz "
        "(each PDF and HTML); repeat to build several",
    )
    build.add_argument(
        "--force", action="store_true", help="rebuild even the outputs that are up to date with the notes and templates"
    )
    build.add_argument(
        "--watch",
        action="store_true",
        help="build, then rebuild on every save of the notes, templates or deck.toml (Ctrl-C stops)",
    )
    build.add_argument(
        "--timings",
        action="store_true",
        help="print the seconds spent in each stage (parse, deck, html, pdf layout, pdf write)",
    )

    inspect = commands.add_parser("inspect", help="print the topic model as JSON (why each card exists)")
    common(inspect)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    args_list = list(sys.argv[1:] if argv is None else argv)
    if not args_list or (args_list[0].startswith("-") and args_list[0] not in ("-h", "--help", "--version")):
        args_list.insert(0, "build")
    try:
        args = _parser().parse_args(args_list)
    except SystemExit as exc:
        return int(exc.code or 0)
    logging.basicConfig(level=logging.WARNING, format="%(message)s", stream=sys.stderr)
    try:
        with terminate_as_exception():
            if args.command == "inspect":
                return _inspect(args)
            return _build(args)
    except AnalyserUnavailable as exc:  # a set-up problem, not the notes': one line says it all
        print(f"Error: {exc}", file=sys.stderr)
        return EXIT_BAD_INPUT
    except BrokenInstall as exc:
        print(f"{PROG}: bug: {exc}", file=sys.stderr)
        return EXIT_BUG
    except (Exception, KeyboardInterrupt) as exc:
        if debugging() and not isinstance(exc, NotesError):
            raise
        failure = explain(exc)
        for line in failure.lines:
            print(line, file=sys.stderr)
        kept = f"; {args.out}/ was left as it was" if getattr(args, "out", None) else ""
        print(f"Error: build stopped ({failure.problems} problem(s)){kept}.", file=sys.stderr)
        return failure.status


def _build(args: argparse.Namespace) -> int:
    from builder.build import OUTPUTS, build

    outputs = tuple(o for o in OUTPUTS if o in args.only) if args.only else OUTPUTS
    if args.watch:
        from builder.watch import watch

        gc.enable()  # a session lives for hours: its garbage must be collected (``python -m builder`` turns it off)
        return watch(args.notes, args.out, outputs=outputs, strict=args.strict, force=args.force)
    result = build(args.notes, args.out, outputs=outputs, strict=args.strict, force=args.force)
    if args.timings:
        from builder.timing import format_timings

        print(format_timings(result.timings), file=sys.stderr)
    for problem in result.warnings:
        print(problem, file=sys.stderr)
    for line in result.summary:
        print(line)
    for path in result.written:
        print(f"wrote {path}")
    return EXIT_OK


def _inspect(args: argparse.Namespace) -> int:
    from builder.build import load_notes

    notes, problems = load_notes(args.notes, strict=args.strict)
    for problem in problems.warnings:
        print(problem, file=sys.stderr)
    json.dump(dataclasses.asdict(notes), sys.stdout, ensure_ascii=False, indent=1, default=sorted)
    print()
    return EXIT_OK
