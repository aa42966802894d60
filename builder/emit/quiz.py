"""The printable self-test: ``dist/<file>.quiz.pdf`` and the same page as ``dist/<file>.quiz.html``.

The cheat sheet's tables with their values and names blanked (:mod:`builder.emit.quiz_context`),
laid out by ``templates/cheatsheet/quiz.html.j2`` with the cheat sheet's own stylesheets and
fonts plus ``quiz.css``, and printed by :mod:`builder.emit.pdf`, which keeps the stylesheets and
fonts the cheat sheet loaded: a build that prints both pays for them once.  The answer key
starts on a page of its own, after the questions.
"""

from __future__ import annotations

from pathlib import Path

from markupsafe import Markup

from builder import resources, timing
from builder.config import DeckConfig
from builder.emit import glyphs, hangul
from builder.emit.cheatsheet import FONTS, PRINT_CSS, SCREEN_CSS, environment
from builder.emit.pdf import Printed, print_pdf
from builder.emit.quiz_context import QuizContext, build_quiz
from builder.emit.sheet_context import build_context
from builder.errors import log
from builder.model import Notes

TEMPLATE = "quiz.html.j2"
QUIZ_CSS = resources.file("cheatsheet", "quiz.css")
_INVISIBLE = frozenset("\n\t \u2060\u00a0")


def write_quiz(notes: Notes, config: DeckConfig, html_target: Path, pdf_target: Path, *, notes_dir: Path) -> list[str]:
    """Write the quiz's screen HTML and PDF; return the summary line for the CLI."""
    context = build_quiz(build_context(notes, config.name, config.paper))
    with timing.stage("html"):
        html_target.write_text(render_quiz(context, "screen"), encoding="utf-8")
    printed = print_quiz(context, notes_dir=notes_dir)
    pdf_target.write_bytes(printed.pdf)
    for message in printed.warnings:
        log.warning("quiz: WeasyPrint: %s", message)
    counts = context["counts"]
    return [
        f"quiz: {printed.pages} page(s) {config.paper}, {counts['limits']} values and {counts['names']} names "
        f"to fill in ({counts['comparisons']} comparisons), answer key on the last page"
    ]


def print_quiz(context: QuizContext, *, notes_dir: Path) -> Printed:
    """The quiz's PDF.  Characters no bundled font draws are left out, as on the cheat sheet
    (which has already named them as warnings of the build)."""
    with timing.stage("html"):
        html = hangul.join_html(render_quiz(context, "print"))
        can = glyphs.drawable(FONTS)
        html = glyphs.drop(html, {c for c in set(html) if c not in _INVISIBLE and ord(c) not in can})
    return print_pdf(html, (*PRINT_CSS, QUIZ_CSS), notes_dir=notes_dir, label="quiz")


def render_quiz(context: QuizContext, mode: str) -> str:
    """The quiz as HTML; the screen version carries its CSS inline, the print one links none."""
    css = ""
    if mode == "screen":
        css = Markup("\n".join(resources.read_text(p) for p in (*SCREEN_CSS, QUIZ_CSS)))
    return environment().get_template(TEMPLATE).render(**context, mode=mode, css=css)
