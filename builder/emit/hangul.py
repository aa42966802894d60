"""Keep Korean words whole across line breaks in the printed cheat sheet.

WeasyPrint 70 ignores ``word-break: keep-all`` and Pango, following UAX #14, may break a line
between any two Hangul syllables (``시|간``) or between a Latin word and its Korean particle
(``Lambda|에``).  A word joiner (U+2060) forbids the break without drawing anything, and text
extraction from the PDF drops it.  It goes only into the text the PDF is printed from: never
into attributes (bookmark labels, link targets), the document head (metadata) or the HTML
version for screens, where browsers honour ``keep-all``.
"""

from __future__ import annotations

import re

WORD_JOINER = "\u2060"

# Hangul syllables, Jamo and compatibility Jamo: the characters Pango may break between.
_HANGUL = "\u1100-\u11ff\u3130-\u318f\uac00-\ud7a3"
# A gap between two non-space characters where at least one side is Hangul.
_GAP = re.compile(rf"(?<=[{_HANGUL}])(?=[^\s{WORD_JOINER}])|(?<=[^\s{WORD_JOINER}])(?=[{_HANGUL}])")
# Markup is split off by tags; escaped text never holds a raw ``<`` or ``>``.
_TAG = re.compile(r"(<[^>]*>)")
_BODY = re.compile(r"<body\b[^>]*>", re.IGNORECASE)
_RAW_TEXT_ELEMENTS = ("script", "style")
# Tags a word can run across (`AMI`는); any other tag ends the word before it.
_INLINE_ELEMENTS = frozenset({"a", "b", "i", "strong", "em", "code", "var", "span"})


def join_words(text: str) -> str:
    """``text`` with a word joiner in every gap inside a word that holds Hangul."""
    return _GAP.sub(WORD_JOINER, text)


def strip_joiners(text: str) -> str:
    """``text`` without word joiners (for comparisons with the source)."""
    return text.replace(WORD_JOINER, "")


def join_html(html: str) -> str:
    """Join the words of the text nodes inside ``<body>``; tags and attributes stay untouched.

    Expects HTML whose text is escaped (Jinja autoescape, :func:`inline.to_html`): a ``<`` in a
    text node would be taken for a tag.  Entities are ASCII, so a joiner, which is only put next
    to Hangul, never lands inside one.
    """
    match = _BODY.search(html)
    if match is None:
        raise ValueError("no <body> in the cheat-sheet HTML")
    head, body = html[: match.end()], html[match.end() :]
    out: list[str] = []
    raw_text = False
    last = " "  # the last character of text so far, to join words that cross a tag (`AMI`는)
    for piece in _TAG.split(body):
        if piece.startswith("<"):
            name = piece[1:].lstrip("/").split(maxsplit=1)[0].rstrip(">").lower() if len(piece) > 2 else ""
            if name in _RAW_TEXT_ELEMENTS:
                raw_text = not piece.startswith("</")
            if name not in _INLINE_ELEMENTS:
                last = " "
            out.append(piece)
        elif piece and not raw_text:
            joined = join_words(piece)
            if join_words(last + piece[0]) != last + piece[0]:
                joined = WORD_JOINER + joined
            out.append(joined)
            last = piece[-1]
        else:
            out.append(piece)
    return head + "".join(out)
