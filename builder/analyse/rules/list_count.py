"""``list_count``: a noun phrase that ends counting the kinds of what the list after it holds
(``스크럼의 3가지 산출물``, ``캐시를 고를 때 따져야 할 4가지 요소``, ``페이지 교체 알고리즘 5가지:``):
the list's title; its items are what to learn, and its number asks only how many there are.
Graded blind, no such card was worth keeping (0 of 8).  A line that states the count
(``로그 레벨은 5가지``, ``총 9가지``, ``최소 2가지 이상``) or has no list after it keeps its limit."""

from __future__ import annotations

from builder.analyse.morph import morphemes
from builder.analyse.rules.line import Line
from builder.analyse.shapes import KIND_COUNT
from builder.analyse.words import BARE_PREDICATES, COUNT_QUALIFIERS, PREDICATE_NOUNS, VALUE_ENDINGS

MAX_TAIL_WORDS = 3
"""Words the count may stand before at the end of the title (``4가지 핵심 품질 속성``)."""
_TITLE_PIECES = frozenset({"NNG", "NNP", "SL", "SH", "XSN"})
_BEFORE_COUNT = frozenset({"NNG", "NNP", "SL", "SH", "XSN", "ETM", "JKG"})
"""What a title writes right before its count: a noun (``조건 4가지``), a clause that modifies it
(``필요한 3가지``) or ``의`` (``스크럼의 3가지``).  A topic (``수준은 4가지``) or an adverb
(``크게 4가지``) states the count."""
_CLOSING = " :：.·-"


def applies(line: Line) -> bool:
    if not line.leads_items:
        return False
    text = line.text.strip().rstrip(_CLOSING)
    counts = list(KIND_COUNT.finditer(text))
    if not counts:
        return False
    start, end = counts[-1].start(), counts[-1].end()
    pieces = morphemes(text)
    before = [m for m in pieces if m.end <= start]
    tail = [m for m in pieces if m.start >= end and m.surface.strip(_CLOSING)]
    if before and (before[-1].last_pos not in _BEFORE_COUNT or before[-1].surface in COUNT_QUALIFIERS):
        return False
    # Only nouns after the count, none a predicate or a bound: ``3가지 조건 중 하나 제거``,
    # ``5가지의 유형이 있다``, ``8가지 존재`` and ``2가지 이상`` state something of it.
    return len(tail) <= MAX_TAIL_WORDS and all(
        m.pos in _TITLE_PIECES
        and m.surface not in PREDICATE_NOUNS
        and m.surface not in BARE_PREDICATES
        and m.surface not in VALUE_ENDINGS
        for m in tail
    )
