"""The cheat sheet built end to end by the CLI from the seed notes, read back from the PDF.

Only properties that hold for any notes are asserted (no topic or phrase of the seed).
"""

from __future__ import annotations

import logging
import math
from dataclasses import dataclass

import pytest
from pypdf import PdfReader

from builder.cli import main
from builder.config import load_config
from builder.emit import hangul, pdf
from builder.emit.cheatsheet import PRINT_CSS, render_html
from builder.emit.sheet_context import build_context
from builder.errors import Problems
from builder.model import Notes
from builder.parse import parse_notes
from tests.conftest import SEED_DIR
from tests.pdf_checks import hangul_glyph_problems, is_hangul, line_break_problems, outline_titles, squeeze, text_of

FACTS_PER_PAGE = 60
"""The design's density, with room to spare: the seed prints about 70 facts a page."""


@dataclass
class Built:
    notes: Notes
    code: int
    reader: PdfReader
    html: str
    logged: list[str]


@pytest.fixture(scope="module")
def built(tmp_path_factory: pytest.TempPathFactory) -> Built:
    out = tmp_path_factory.mktemp("dist")
    logged: list[str] = []

    class Collect(logging.Handler):
        def emit(self, record: logging.LogRecord) -> None:
            logged.append(record.getMessage())

    handler = Collect(logging.WARNING)
    logging.getLogger("builder").addHandler(handler)
    try:
        code = main(["build", "--only", "pdf", "--notes", str(SEED_DIR), "--out", str(out)])
    finally:
        logging.getLogger("builder").removeHandler(handler)
    stem = load_config(SEED_DIR).file
    notes = parse_notes(SEED_DIR, Problems())
    return Built(notes, code, PdfReader(out / f"{stem}.pdf"), (out / f"{stem}.html").read_text("utf-8"), logged)


def test_build_succeeds_without_weasyprint_warnings(built: Built) -> None:
    assert built.code == 0
    assert [m for m in built.logged if "cheat sheet" in m] == []


def test_page_count_within_the_design(built: Built) -> None:
    facts = sum(1 for _ in built.notes.facts())
    assert 1 <= len(built.reader.pages) <= math.ceil(facts / FACTS_PER_PAGE) + 1


def test_every_topic_is_in_the_outline(built: Built) -> None:
    outline = outline_titles(built.reader)
    titles = {title for _, title in outline}
    assert {topic.title for _, topic in built.notes.topics()} <= titles
    assert all(hangul.WORD_JOINER not in title for title in titles)


def test_every_syllable_and_fact_is_in_the_text(built: Built) -> None:
    text = text_of(built.reader)
    source = {c for _, _, fact in built.notes.facts() for c in fact.text if is_hangul(c)}
    assert source and source - set(text) == set()
    squeezed = squeeze(text)
    assert [f.text for _, _, f in built.notes.facts() if squeeze(f.text) not in squeezed] == []


def test_embedded_fonts_draw_real_hangul_glyphs(built: Built) -> None:
    drawn, problems = hangul_glyph_problems(built.reader)
    assert problems == []
    assert {c for _, _, f in built.notes.facts() for c in f.text if is_hangul(c)} <= drawn


def test_html_version_has_no_joiners(built: Built) -> None:
    assert hangul.WORD_JOINER not in built.html
    assert '<html lang="ko">' in built.html


def test_no_line_ends_inside_a_korean_word(built: Built) -> None:
    context = build_context(built.notes, "seed", "A4")
    document, warnings = pdf.render(hangul.join_html(render_html(context, "print")), PRINT_CSS, notes_dir=SEED_DIR)
    breaks, problems = line_break_problems(document)
    assert warnings == [] and problems == []
    assert breaks > 50
