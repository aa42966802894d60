"""Read a printed cheat sheet back: outline, text, embedded glyphs, line breaks.

Shared by the cheat-sheet tests.  Each function returns what it found, so a test can assert
both that nothing is wrong and that the check looked at something.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from io import BytesIO
from typing import Any

from fontTools.ttLib import TTFont
from pypdf import PdfReader

from builder.emit.hangul import strip_joiners

HANGUL = re.compile(r"[\uac00-\ud7a3]")


def is_hangul(char: str) -> bool:
    return bool(HANGUL.match(char))


def outline_titles(reader: PdfReader) -> list[tuple[int, str]]:
    """(depth, title) of every bookmark, depth 0 outermost."""
    out: list[tuple[int, str]] = []

    def walk(items: list[Any], depth: int) -> None:
        for item in items:
            if isinstance(item, list):
                walk(item, depth + 1)
            else:
                out.append((depth, str(item.title)))

    walk(reader.outline, 0)
    return out


def text_of(reader: PdfReader) -> str:
    """All extracted text, word joiners removed."""
    return strip_joiners("\n".join(page.extract_text() for page in reader.pages))


def squeeze(text: str) -> str:
    """``text`` without any whitespace or joiner: to find a fact however lines wrapped it."""
    return re.sub(r"\s+", "", strip_joiners(text))


def _to_unicode(font: Any) -> dict[int, str]:
    """CID → text from the font's ToUnicode CMap (bfchar and bfrange entries)."""
    data = font["/ToUnicode"].get_object().get_data().decode("latin-1")
    mapping: dict[int, str] = {}
    for block in re.findall(r"beginbfchar(.*?)endbfchar", data, re.S):
        for cid, uni in re.findall(r"<([0-9A-Fa-f]+)>\s*<([0-9A-Fa-f]+)>", block):
            mapping[int(cid, 16)] = bytes.fromhex(uni).decode("utf-16-be")
    for block in re.findall(r"beginbfrange(.*?)endbfrange", data, re.S):
        for lo, hi, uni in re.findall(r"<([0-9A-Fa-f]+)>\s*<([0-9A-Fa-f]+)>\s*<([0-9A-Fa-f]+)>", block):
            start = int(uni, 16)
            for offset, cid in enumerate(range(int(lo, 16), int(hi, 16) + 1)):
                mapping[cid] = chr(start + offset)
    return mapping


def embedded_fonts(reader: PdfReader) -> Iterator[tuple[str, dict[int, str], TTFont]]:
    """(name, CID → text, font program) of every embedded TrueType font, once each."""
    seen: set[int] = set()
    for page in reader.pages:
        for ref in page["/Resources"]["/Font"].values():
            font = ref.get_object()
            if id(font) in seen or font.get("/Subtype") != "/Type0":
                continue
            seen.add(id(font))
            descendant = font["/DescendantFonts"][0].get_object()
            assert descendant.get("/CIDToGIDMap") == "/Identity", "expected identity CID→GID"
            program = descendant["/FontDescriptor"].get_object()["/FontFile2"].get_object().get_data()
            yield str(font["/BaseFont"]), _to_unicode(font), TTFont(BytesIO(program))


def hangul_glyph_problems(reader: PdfReader) -> tuple[set[str], list[str]]:
    """The Hangul characters drawn, and every one whose embedded glyph is empty or missing."""
    drawn: set[str] = set()
    problems: list[str] = []
    for name, to_unicode, program in embedded_fonts(reader):
        order = program.getGlyphOrder()
        glyf = program["glyf"]
        cmap = program.getBestCmap() if "cmap" in program else None
        for cid, text in to_unicode.items():
            for char in filter(is_hangul, text):
                drawn.add(char)
                if cid >= len(order):
                    problems.append(f"{name}: {char!r} drawn with glyph {cid}, not in the font")
                    continue
                glyph = glyf[order[cid]]
                if order[cid] == ".notdef" or glyph.numberOfContours == 0:
                    problems.append(f"{name}: {char!r} drawn with an empty glyph ({order[cid]})")
                if cmap is not None and ord(char) in cmap and cmap[ord(char)] != order[cid]:
                    problems.append(f"{name}: cmap maps {char!r} to another glyph than the one drawn")
    return drawn, problems


def _normal(text: str) -> str:
    return re.sub(r"\s+", " ", strip_joiners(text)).strip()


def _own_text(box: Any) -> str:
    from weasyprint.formatting_structure import boxes

    if isinstance(box, boxes.TextBox):
        return box.text
    if "::" in (box.element_tag or ""):  # list markers and other generated content
        return ""
    return "".join(_own_text(child) for child in getattr(box, "children", ()))


def _lines(box: Any, parent: Any = None) -> Iterator[tuple[Any, Any]]:
    from weasyprint.formatting_structure import boxes

    if isinstance(box, boxes.LineBox):
        yield parent, box
        return
    if "::" in (box.element_tag or "") or isinstance(box, boxes.MarginBox):
        return
    for child in getattr(box, "children", ()):
        yield from _lines(child, box)


def line_break_problems(document: Any) -> tuple[int, list[str]]:
    """Count the line breaks WeasyPrint made and list those inside a word holding Hangul.

    Each line is aligned with the text of the element it belongs to (whitespace collapsed,
    joiners removed).  A break is inside a word when the element's text has no space at
    that point and a Hangul syllable touches it.  Fragments of one element on later columns
    or pages continue the same alignment, so breaks between columns are checked too.
    """
    groups: dict[int, tuple[str, list[str]]] = {}
    order: list[int] = []
    for page in document.pages:
        for parent, line in _lines(page._page_box):
            key = id(parent.element)
            if key not in groups:
                groups[key] = (_normal("".join(parent.element.itertext())), [])
                order.append(key)
            groups[key][1].append(_normal(_own_text(line)))
    breaks = 0
    problems: list[str] = []
    for key in order:
        text, lines = groups[key]
        pointer = 0
        for number, line in enumerate(lines):
            if not line:
                continue
            found = text.find(line, pointer)
            if found < 0:
                problems.append(f"line {line!r} not found in its element's text {text[pointer : pointer + 80]!r}")
                continue
            end = found + len(line)
            if number < len(lines) - 1 and end < len(text):
                breaks += 1
                before, after = text[end - 1], text[end]
                if not after.isspace() and (is_hangul(before) or is_hangul(after)):
                    problems.append(f"line ends inside a word: …{text[max(0, end - 12) : end]}|{text[end : end + 12]}…")
            pointer = end
    return breaks, problems
