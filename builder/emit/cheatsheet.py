"""The printable cheat sheet: ``dist/<file>.pdf`` and the same page as ``dist/<file>.html``.

The topic model becomes a typed template context (:mod:`builder.emit.sheet_context`), the
Jinja2 template in ``templates/cheatsheet/`` becomes HTML (autoescaped), and WeasyPrint prints
it (:mod:`builder.emit.pdf`).  The printed HTML gets word joiners inside Korean words
(:mod:`builder.emit.hangul`); the screen HTML does not, and carries its stylesheets inline
so that it stands alone in ``dist/``.
"""

from __future__ import annotations

import time
from functools import cache
from pathlib import Path
from typing import Literal

from jinja2 import Environment, StrictUndefined, select_autoescape
from markupsafe import Markup

from builder import resources, timing
from builder.config import DeckConfig
from builder.emit import glyphs, hangul
from builder.emit.pdf import Printed, print_pdf
from builder.emit.print_limits import for_print
from builder.emit.sheet_context import SheetContext, build_context
from builder.errors import log
from builder.model import Notes

SHEET_DIR = resources.folder("cheatsheet")
TEMPLATE = "sheet.html.j2"
FONTS = tuple(sorted(resources.folder("fonts").glob("*.ttf")))
if not FONTS:
    raise resources.BrokenInstall(resources.folder("fonts"), "holds no font (*.ttf)")
PRINT_CSS = (resources.file("cheatsheet", "sheet.css"), resources.file("cheatsheet", "print.css"))
SCREEN_CSS = (resources.file("cheatsheet", "sheet.css"), resources.file("cheatsheet", "screen.css"))

Mode = Literal["print", "screen"]


def write_cheatsheet(
    notes: Notes, config: DeckConfig, html_target: Path, pdf_target: Path, *, notes_dir: Path
) -> list[str]:
    """Write the screen HTML and the PDF; return summary lines for the CLI.

    What WeasyPrint warns about (a glyph no font has, a refused URL) is passed on as a
    warning of the build, never printed raw.
    """
    started = time.perf_counter()
    context = build_context(notes, config.name, config.paper, notes_dir=notes_dir, images=config.sheet_images)
    with timing.stage("html"):
        html_target.write_text(render_html(context, "screen"), encoding="utf-8")
    printable = for_print(notes)
    if printable is not notes:  # a text too long to lay out in reasonable time, shortened for print
        context = build_context(printable, config.name, config.paper)
    printed = print_sheet(context, notes_dir=notes_dir, unprintable=glyphs.undrawable(printable, FONTS))
    pdf_target.write_bytes(printed.pdf)
    for message in printed.warnings:
        log.warning("cheat sheet: WeasyPrint: %s", message)
    seconds = time.perf_counter() - started
    counts = context["counts"]
    return [
        f"cheat sheet: {printed.pages} page(s) {config.paper}, {len(printed.pdf) / 1024:.0f} KiB, "
        f"{seconds:.1f} s ({counts['topics']} topics, {counts['facts']} facts, "
        f"{counts['limits']} limits, {counts['comparisons']} comparisons)"
    ]


def print_sheet(context: SheetContext, *, notes_dir: Path, unprintable: set[str] | None = None) -> Printed:
    """The PDF of ``context``, printed from the print HTML with joined Korean words and
    without the characters no bundled font can draw."""
    with timing.stage("html"):
        html = glyphs.drop(hangul.join_html(render_html(context, "print")), unprintable or ())
    return print_pdf(html, PRINT_CSS, notes_dir=notes_dir)


def render_html(context: SheetContext, mode: Mode) -> str:
    """The page as HTML; the screen version carries its CSS inline, the print one links none."""
    css = Markup("\n".join(resources.read_text(p) for p in SCREEN_CSS)) if mode == "screen" else ""
    return environment().get_template(TEMPLATE).render(**context, mode=mode, css=css)


@cache
def environment() -> Environment:
    """The Jinja2 environment of the cheat-sheet template family (the quiz is one of them).

    One per process: its templates are compiled once for the sheet's two pages and the quiz's
    two; Jinja2 still reloads a template whose file changed (a watch session edits them)."""
    return Environment(
        loader=resources.loader(SHEET_DIR),
        autoescape=select_autoescape(["html", "j2"], default=True),
        undefined=StrictUndefined,
        trim_blocks=False,
        lstrip_blocks=False,
        keep_trailing_newline=True,
        bytecode_cache=resources.bytecode_cache(),
    )
