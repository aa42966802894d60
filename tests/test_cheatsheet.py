"""The cheat sheet printed from hand-made notes of other subjects, read back from the PDF.

The notes come from :mod:`sheet_factory`, not the real parser, so these tests hold whatever
the parser does; the seed is built end to end in ``test_cheatsheet_build.py``.
"""

from __future__ import annotations

import logging
import re
import socket
from dataclasses import dataclass
from io import BytesIO
from pathlib import Path
from typing import Any

import pytest
from pypdf import PdfReader

from builder import resources
from builder.config import DeckConfig
from builder.emit import hangul, pdf
from builder.emit.cheatsheet import PRINT_CSS, render_html, write_cheatsheet
from builder.emit.sheet_context import SheetContext, build_context, check_complete
from builder.errors import NotesError
from builder.model import Notes
from tests.pdf_checks import hangul_glyph_problems, is_hangul, line_break_problems, outline_titles, squeeze, text_of
from tests.sheet_factory import notes_from_files, notes_from_text

FIXTURES = Path(__file__).parent / "fixtures" / "cheatsheet"
NOTES = sorted(FIXTURES.glob("*.md"))


@dataclass
class Sheet:
    notes: Notes
    context: SheetContext
    screen_html: str
    document: Any
    warnings: list[str]
    reader: PdfReader
    pdf_bytes: bytes


@pytest.fixture(scope="module")
def sheet() -> Sheet:
    """The fixture notes printed once for the whole module."""
    notes = notes_from_files(*NOTES)
    context = build_context(notes, "테스트 노트", "A4")
    html = hangul.join_html(render_html(context, "print"))
    document, warnings = pdf.render(html, PRINT_CSS, notes_dir=FIXTURES)
    printed = pdf.write(document, warnings)
    return Sheet(
        notes,
        context,
        render_html(context, "screen"),
        document,
        printed.warnings,
        PdfReader(BytesIO(printed.pdf)),
        printed.pdf,
    )


def test_weasyprint_logged_nothing(sheet: Sheet) -> None:
    assert sheet.warnings == []


def test_small_notes_fit_on_one_page(sheet: Sheet) -> None:
    # Six short topics: a dense three-column sheet holds them on one page.
    assert len(sheet.reader.pages) == 1
    width, height = (float(v) for v in sheet.reader.pages[0].mediabox[2:])
    assert (round(width), round(height)) == (595, 842)  # A4 in points


def test_every_topic_and_section_is_bookmarked(sheet: Sheet) -> None:
    outline = outline_titles(sheet.reader)
    for section in sheet.notes.sections:
        assert (0, section.title) in outline
        for topic in section.topics:
            assert (1, topic.title) in outline
    assert (0, "한눈에 보는 한도") in outline
    assert not any(hangul.WORD_JOINER in title for _, title in outline)


def test_metadata_and_html_carry_no_joiners(sheet: Sheet) -> None:
    metadata = sheet.reader.metadata
    assert metadata is not None and metadata.title and "테스트 노트" in metadata.title
    assert hangul.WORD_JOINER not in metadata.title + (metadata.subject or "")
    assert hangul.WORD_JOINER not in sheet.screen_html


def test_every_hangul_syllable_is_in_the_text(sheet: Sheet) -> None:
    source = {c for _, _, fact in sheet.notes.facts() for c in fact.text if is_hangul(c)}
    text = text_of(sheet.reader)
    assert len(source) > 100
    assert source - set(text) == set()


def test_every_fact_is_in_the_text(sheet: Sheet) -> None:
    text = squeeze(text_of(sheet.reader))
    missing = [fact.text for _, _, fact in sheet.notes.facts() if squeeze(fact.text) not in text]
    assert missing == []


def test_embedded_fonts_hold_a_glyph_for_every_hangul_character(sheet: Sheet) -> None:
    drawn, problems = hangul_glyph_problems(sheet.reader)
    assert problems == []
    source = {c for _, _, fact in sheet.notes.facts() for c in fact.text if is_hangul(c)}
    assert source <= drawn


def test_code_has_its_own_monospace_font(sheet: Sheet) -> None:
    fonts = {
        str(f.get_object()["/BaseFont"]).split("+")[-1]
        for page in sheet.reader.pages
        for f in page["/Resources"]["/Font"].values()
    }
    assert {"NanumGothic", "NanumGothic-Bold", "NanumGothicCoding"} <= fonts


def test_no_line_ends_inside_a_korean_word(sheet: Sheet) -> None:
    breaks, problems = line_break_problems(sheet.document)
    assert problems == []
    assert breaks > 20  # the check saw real wrapped lines


def test_line_check_catches_split_words_without_joiners() -> None:
    # The same check on text printed without word joiners must find split words.
    words = "데이터베이스 연결의 폴링과 공유를 통해 확장성을 높이고 장애 조치시간을 낮춘다 " * 6
    html = f'<html lang="ko"><body><p style="width: 18mm">{words}</p></body></html>'
    document, _ = pdf.render(html, PRINT_CSS, notes_dir=FIXTURES)
    _, problems = line_break_problems(document)
    assert problems, "without joiners Pango splits Korean words; the check must see it"
    joined, _ = pdf.render(hangul.join_html(html), PRINT_CSS, notes_dir=FIXTURES)
    assert line_break_problems(joined)[1] == []


def test_quantities_are_marked_and_gathered(sheet: Sheet) -> None:
    quantities = [q.text for _, _, fact in sheet.notes.facts() for q in fact.quantities]
    assert len(quantities) >= 10
    values = [row["value"] for group in sheet.context["limits"] for row in group["rows"]]
    assert values == quantities
    assert sheet.screen_html.count('<span class="q">') == len(quantities)
    table = sheet.screen_html.split('<table class="limits">')[1].split("</table>")[0]
    assert all(q in table for q in quantities)


def test_one_comparison_table_per_comparison_with_subjects_as_columns(sheet: Sheet) -> None:
    comparisons = [c for _, topic in sheet.notes.topics() for c in topic.comparisons]
    assert len(comparisons) == 2
    figures = re.findall(r'<figure class="comparison">.*?</figure>', sheet.screen_html, re.S)
    assert len(figures) == len(comparisons)
    for figure, comparison in zip(figures, comparisons, strict=True):
        headers = re.findall(r'<th scope="col">(.*?)</th>', figure)
        assert headers == [side.subject for side in comparison.sides]


def test_tips_are_set_apart(sheet: Sheet) -> None:
    tips = [tip for _, topic in sheet.notes.topics() for tip in topic.tips]
    asides = re.findall(r'<aside class="tips">.*?</aside>', sheet.screen_html, re.S)
    assert len(tips) >= 4
    assert sum(a.count('<p class="tip') for a in asides) == len(tips)


def test_raw_html_in_notes_stays_text(sheet: Sheet) -> None:
    assert "<script" not in sheet.screen_html
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in sheet.screen_html
    assert "<script>alert(1)</script>" in text_of(sheet.reader)


def test_screen_html_is_korean_and_stands_alone(sheet: Sheet) -> None:
    html = sheet.screen_html
    assert '<html lang="ko">' in html
    assert "word-break: keep-all" in html
    assert "<link" not in html
    for _, topic in sheet.notes.topics():
        assert topic.title in html


def test_letter_paper_and_the_written_files(tmp_path: Path) -> None:
    notes = Notes((notes_from_text("one.md", "## 하나\n- 짧은 메모 10분\n"),))
    html, out = tmp_path / "sheet.html", tmp_path / "sheet.pdf"
    summary = write_cheatsheet(notes, DeckConfig("편지", "letter", "Letter"), html, out, notes_dir=tmp_path)
    width, height = (float(v) for v in PdfReader(out).pages[0].mediabox[2:])
    assert (round(width), round(height)) == (612, 792)
    assert "1 page(s) Letter" in summary[0]
    assert html.read_text(encoding="utf-8").startswith("<!DOCTYPE html>")


def test_a_lost_fact_is_refused(sheet: Sheet) -> None:
    context = dict(sheet.context)
    first = context["sections"][0]
    topic = dict(first["topics"][0], nodes=first["topics"][0]["nodes"][1:])
    context["sections"] = [dict(first, topics=[topic, *first["topics"][1:]]), *context["sections"][1:]]
    with pytest.raises(NotesError, match="0 times"):
        check_complete(sheet.notes, context)  # type: ignore[arg-type]


# --- the URL fetcher -------------------------------------------------------------------------


@pytest.mark.parametrize(
    "url",
    [
        "file:///etc/passwd",
        "http://169.254.169.254/latest/meta-data/",
        "https://example.com/a.png",
        "data:image/png;base64,iVBORw0KGgo=",
        "file://remote-host/share/a.png",
    ],
)
def test_fetcher_refuses_outside_urls(url: str, tmp_path: Path, caplog: pytest.LogCaptureFixture) -> None:
    fetcher = pdf.make_fetcher(tmp_path)
    with caplog.at_level(logging.WARNING, logger="builder"), pytest.raises(ValueError, match="refused"):
        fetcher(url)
    assert any("refused" in r.getMessage() for r in caplog.records)


def test_fetcher_serves_project_fonts_and_note_images_only(tmp_path: Path) -> None:
    (tmp_path / "diagram.png").write_bytes(b"\x89PNG fake")
    (tmp_path / "secret.txt").write_text("no")
    (tmp_path / "escape.png").symlink_to("/etc/passwd")
    fetcher = pdf.make_fetcher(tmp_path)
    assert fetcher(resources.file("fonts", "NanumGothic.ttf").as_uri()).read()[:4] == b"\x00\x01\x00\x00"
    assert fetcher((tmp_path / "diagram.png").as_uri()).read() == b"\x89PNG fake"
    for name in ("secret.txt", "escape.png", "../../etc/passwd"):
        with pytest.raises(ValueError, match="refused"):
            fetcher((tmp_path / name).as_uri() if ".." not in name else f"file://{tmp_path}/{name}")


def test_hostile_urls_in_the_page_are_never_fetched(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture
) -> None:
    def no_network(*args: object, **kwargs: object) -> None:
        raise AssertionError("the cheat sheet touched the network")

    monkeypatch.setattr(socket, "socket", no_network)
    html = (
        '<html><body><p>x</p><img src="file:///etc/passwd"><img src="http://169.254.169.254/latest/">'
        '<link rel="stylesheet" href="http://169.254.169.254/x.css"></body></html>'
    )
    with caplog.at_level(logging.WARNING, logger="builder"):
        printed = pdf.print_pdf(html, PRINT_CSS, notes_dir=tmp_path)
    refused = [r.getMessage() for r in caplog.records if "refused" in r.getMessage()]
    assert len(refused) >= 2 and any("/etc/passwd" in m for m in refused)
    assert printed.warnings  # WeasyPrint says it skipped them: the build passes that on
    assert b"root:" not in printed.pdf


@pytest.fixture
def fonts_without_hangul(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """WeasyPrint sees one font, the bundled NanumGothic cut down to ASCII, and no system font.

    Whatever fonts the host has installed (a Korean one would draw the Hangul), the page below
    then has no font for it.  Each FontConfiguration loads the configuration ``FONTCONFIG_FILE``
    names when it is made, so the variable takes effect within this process.
    """
    from fontTools import subset

    folder = tmp_path / "fonts"
    folder.mkdir()
    options = subset.Options()
    options.drop_tables += ["TSI0", "TSI1", "TSI2", "TSI3", "TSI5"]  # hinting sources: not subsettable
    font = subset.load_font(str(resources.file("fonts", "NanumGothic.ttf")), options)
    subsetter = subset.Subsetter(options)
    subsetter.populate(unicodes=range(0x20, 0x7F))
    subsetter.subset(font)
    subset.save_font(font, str(folder / "LatinOnly.ttf"), options)
    config = tmp_path / "fonts.conf"
    config.write_text(
        '<?xml version="1.0"?>\n<!DOCTYPE fontconfig SYSTEM "urn:fontconfig:fonts.dtd">\n'
        f"<fontconfig><dir>{folder}</dir><cachedir>{tmp_path / 'cache'}</cachedir></fontconfig>\n",
        encoding="utf-8",
    )
    monkeypatch.setenv("FONTCONFIG_FILE", str(config))


@pytest.mark.usefixtures("fonts_without_hangul")
def test_glyph_check_sees_missing_hangul_glyphs() -> None:
    # No font for Hangul (the page names no bundled font): the check must notice the empty boxes.
    html = '<html lang="ko"><body><p>한글 글자</p></body></html>'
    printed = pdf.print_pdf(html, (), notes_dir=FIXTURES)
    assert any("notdef" in w or "glyph" in w for w in printed.warnings)
    _, problems = hangul_glyph_problems(PdfReader(BytesIO(printed.pdf)))
    assert problems
