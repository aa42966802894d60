"""Characters the bundled fonts cannot draw (emoji, rare symbols) on the printed sheet.

WeasyPrint would draw them as empty boxes and log an anonymous ``.notdef`` warning per
use.  Instead each one is reported once, with the notes file and line where it was written,
and left out of the print HTML; the screen HTML and the deck keep them (screens have fonts).
"""

from __future__ import annotations

from collections.abc import Iterable
from functools import cache
from pathlib import Path

from builder.errors import log
from builder.model import Notes, SourceRef

_ALWAYS_FINE = frozenset("\n\t \u2060\u00a0\u200b\u200c\u200d\ufe0e\ufe0f")


@cache
def drawable(fonts: tuple[Path, ...]) -> frozenset[int]:
    """Every code point some of ``fonts`` has a glyph for."""
    from fontTools.ttLib import TTFont  # WeasyPrint's own dependency; loaded only to print

    points: set[int] = set()
    for path in fonts:
        points.update(TTFont(path, lazy=True)["cmap"].getBestCmap())
    return frozenset(points)


def undrawable(notes: Notes, fonts: tuple[Path, ...]) -> set[str]:
    """The characters of ``notes`` no font can draw; each reported once where first written."""
    can = drawable(fonts)
    missing: dict[str, SourceRef] = {}
    for text, source in _texts(notes):
        for char in text:
            if char not in missing and char not in _ALWAYS_FINE and ord(char) not in can:
                missing[char] = source
    for char, source in missing.items():
        log.warning(
            "U+%04X %r cannot be printed (no bundled font has it); left out of the PDF",
            ord(char),
            char,
            extra={"source": source},
        )
    return set(missing)


def drop(html: str, chars: Iterable[str]) -> str:
    """``html`` without ``chars`` (none of them can be part of markup)."""
    table = {ord(c): None for c in chars}
    return html.translate(table) if table else html


def _texts(notes: Notes) -> Iterable[tuple[str, SourceRef]]:
    for section, topic in notes.topics():
        yield section.title, topic.source
        yield topic.title, topic.source
        yield from ((fact.text, fact.source) for fact in topic.facts)
        for comparison in topic.comparisons:
            yield comparison.title, comparison.source
            for side in comparison.sides:
                yield side.subject, side.source
                yield from ((point, side.source) for point in side.points)
