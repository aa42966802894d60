"""``list_count``: a noun phrase that ends counting the kinds of something (``스크럼의 3가지
산출물``, ``캐시를 고를 때 따져야 할 4가지 요소``, ``페이지 교체 알고리즘 5가지``): the title of
the list written after it, whose items are what to learn.  Its number asks only how many items
the list has; graded blind, no such card was worth keeping (0 of 8).  A line that states the
count (``로그 레벨은 5가지 유형이 있다``) is a statement."""

from __future__ import annotations

from builder.analyse.morph import morphemes
from builder.analyse.rules.line import Line
from builder.analyse.shapes import KIND_COUNT
from builder.analyse.words import BARE_PREDICATES, PREDICATE_NOUNS

MAX_TAIL_WORDS = 3
"""Words the count may stand before at the end of the title (``4가지 핵심 품질 속성``)."""
_TAIL_PIECES = frozenset({"NNG", "NNP", "SL", "SH", "XSN"})
_CLOSING = " :：.·-"


def applies(line: Line) -> bool:
    text = line.text.strip().rstrip(_CLOSING)
    counts = list(KIND_COUNT.finditer(text))
    if not counts:
        return False
    tail = text[counts[-1].end() :]
    if len(tail.split()) > MAX_TAIL_WORDS:
        return False
    start = counts[-1].end()
    # Only nouns after the count, none a predicate: ``3가지 조건 중 하나 제거`` (중, 하나),
    # ``5가지의 유형이 있다`` (a particle, a verb) and ``총 8가지 존재`` state something of it.
    tail_pieces = [m for m in morphemes(text) if m.start >= start and m.surface.strip(_CLOSING)]
    return all(
        m.pos in _TAIL_PIECES and m.surface not in PREDICATE_NOUNS and m.surface not in BARE_PREDICATES
        for m in tail_pieces
    )
