"""Inline spans → safe HTML, shared by the card and cheat-sheet emitters.

Text is always escaped; formatting comes only from :class:`Span` marks, never from the notes'
raw markup.  Links are kept only for ``http``/``https`` targets (a ``javascript:`` or
``file:`` link becomes plain text).  Callers can wrap ranges of the plain text (offsets into
:attr:`Fact.text`) in their own markup, e.g. cloze deletions or highlighted quantities; the
wrapped ranges may cross span boundaries.
"""

from __future__ import annotations

import itertools
from collections.abc import Sequence
from dataclasses import dataclass
from html import escape
from urllib.parse import urlsplit

from builder.model import Span

_TAGS = (("strong", "b"), ("em", "i"), ("code", "code"), ("math", "var"))


@dataclass(frozen=True, slots=True)
class Wrap:
    """Markup to put around ``text[start:end]``; ``open``/``close`` are trusted HTML."""

    start: int
    end: int
    open: str
    close: str


def safe_href(href: str | None) -> str | None:
    """The link target if it is a web address, else None."""
    if not href:
        return None
    scheme = urlsplit(href.strip()).scheme.lower()
    return href.strip() if scheme in ("http", "https") else None


def to_html(spans: Sequence[Span], wraps: Sequence[Wrap] = ()) -> str:
    """Render spans as HTML, inserting each wrap's markup around its range of the plain text.

    Wraps must not overlap each other.  Span formatting is closed and reopened at wrap
    boundaries so the result is always well-formed.
    """
    opens = {w.start: w for w in wraps}
    closes = {w.end: w for w in wraps}
    cuts = sorted(opens.keys() | closes.keys())
    out: list[str] = []
    offset = 0
    for span in spans:
        for start, piece in _split(span.text, offset, cuts):
            if start in closes:
                out.append(closes.pop(start).close)
            if start in opens:
                out.append(opens.pop(start).open)
            out.append(_span_html(span, piece))
        offset += len(span.text)
    if offset in closes:
        out.append(closes.pop(offset).close)
    if opens or closes:
        raise ValueError(f"wraps outside the text or overlapping: {wraps!r}")
    return "".join(out)


def _split(text: str, offset: int, cuts: Sequence[int]) -> list[tuple[int, str]]:
    """Cut ``text`` (which starts at ``offset``) at the absolute positions in ``cuts``."""
    inner = [c - offset for c in cuts if offset < c < offset + len(text)]
    bounds = [0, *inner, len(text)]
    return [(offset + a, text[a:b]) for a, b in itertools.pairwise(bounds)]


def _span_html(span: Span, text: str) -> str:
    html = escape(text, quote=False)
    for mark, tag in _TAGS:
        if mark in span.marks:
            html = f"<{tag}>{html}</{tag}>"
    href = safe_href(span.href)
    if href:
        html = f'<a href="{escape(href)}">{html}</a>'
    return html
