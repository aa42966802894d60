"""What a quantity measures, read from the noun phrases around it: the cheat sheet's limit labels.

:attr:`Quantity.label` is the older, word-count reading of the clause; it keys each limit card's
cloze number in the ID ledger, so it stays as it is (a learner's review history hangs on it).
:func:`measure_of` reads the same line with the language layer and names the thing measured,
in this order of evidence:

1. a name set to the value: ``내구성 (Durability): 99.999999999%``, ``max_connections = 100``;
2. what the value counts, written after it with 의: ``최대 5개의 SNS 알림`` → ``SNS 알림``;
3. the noun phrase right before the value, with a 의-phrase before that:
   ``Lambda 함수의 최대 실행 시간은 15분`` → ``Lambda 함수 실행 시간``;
4. the noun phrase right after it: ``최대 72%까지 비용 절감`` → ``비용 절감``;
5. an alternative written before another value takes that value's measure: ``1년 또는 3년 약정``,
   and the top of a range takes its bottom's: ``대기 시간은 1초에서 20초 사이``;
6. a measure is a thing: a word that only says what happens to it (``66%까지 단축``) or where a
   value lies (``사이``) names none, and takes the object written before the value
   (``페일오버 시간을 최대 66%까지 단축`` → ``페일오버 시간 단축``) or is left unsaid; a unit alone
   (``주제당``) takes what is counted after the value (``주제당 최대 12,500,000개 구독`` → ``주제당 구독``).

Words that only qualify the value (``최대``, ``약``, ``기본``) are not part of the measure, and a
measure never crosses a clause boundary (a comma, ``·``, an arrow, a bracket).

>>> from builder.analyse.quantities import find_quantities
>>> text = "Lambda 함수의 최대 실행 시간은 15분, 예산 당 최대 5개의 SNS 알림"
>>> [measure_of(text, q, find_quantities(text)) for q in find_quantities(text)]
['Lambda 함수 실행 시간', 'SNS 알림']
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from builder.analyse.morph import morphemes
from builder.analyse.phrases import NOUNISH, Phrase, has_predicate, noun_phrases
from builder.analyse.quantities import counted_per_something
from builder.analyse.shapes import CLAUSE_BOUNDARY
from builder.analyse.words import (
    BLANK_HINTS,
    CHANGE_NOUNS,
    CONDITION_OPENERS,
    CONNECTIVES,
    GENERIC_NOUNS,
    LEANING_OPENERS,
    PREDICATE_NOUNS,
    RANGE_NOUNS,
    VALUE_ENDINGS,
    VALUE_QUALIFIERS,
)
from builder.model import Quantity

MAX_MEASURE_WORDS = 6
LEANING_OPENERS_SET = frozenset(LEANING_OPENERS)
_SET_TO = re.compile(r"(?<!\s)(?:\s*[:：=—–]|\s+-)\s*")
MAX_NAME_CHARS = 30
"""Longest name (characters) read as set to a value (``최대 연결 수 = 100``)."""


def _measure_here(text: str, quantity: Quantity, quantities: Sequence[Quantity]) -> str:
    """What the line says ``quantity`` measures, around it (rules 1–4 of the module)."""
    start, end = _clause(text, quantity, quantities)
    settings = list(_SET_TO.finditer(text, start, quantity.start))
    if settings and not text[settings[-1].end() : quantity.start].strip():
        name_start = settings[-2].end() if len(settings) > 1 else start
        name = text[name_start : settings[-1].start()].strip(" *")
        if 0 < len(name) <= MAX_NAME_CHARS and not has_predicate(name):
            return _clean(name)  # ``내구성 (Durability): 99.999999999%``
    before = [_cut(text, p, quantity.start) for p in noun_phrases(text) if start <= p.start < quantity.start]
    # ``최대 66%까지``: the analyser may read a qualifier as a phrase of its own; it names nothing
    before = [p for p in before if p.text and not _inside(p, quantities) and p.text not in VALUE_QUALIFIERS]
    following = text[quantity.end : end]
    if following.startswith("의"):
        return _noun_run(text, quantity.end + 1, end)
    gap_before = text[before[-1].particle_end : quantity.start] if before else ""
    named = ""
    if before and before[-1].particle in (None, "JX", "JKS") and not _words(gap_before):
        named = _named(text, before, len(before) - 1)
    # After the value: what it counts (``상위 5개 AWS 서비스``), or a noun right after it; a
    # duration or a size behind a particle is followed by the rest of the sentence, not its name.
    # A percentage is of a change the verbal noun names (``40%까지 요금 할인``): it stays.
    after = _noun_run(text, end - len(_without_endings(following)), end, keep_predicate=quantity.kind == "percent")
    if named:
        if _per_unit(named) and quantity.kind == "count" and _names_a_thing(after, quantity.kind):
            return f"{named} {after}"  # ``주제당 최대 12,500,000개 구독``: per topic, the subscriptions
        return named
    adjacent = following[:1].isspace() and _without_endings(following) == following.lstrip()
    if not after or not (adjacent or quantity.kind in ("count", "percent", "money")):
        return ""
    if _names_a_thing(after, quantity.kind):
        return after  # ``3년 약정``; a count also across a particle: ``72%까지 비용 절감``
    # ``페일오버 시간을 최대 66%까지 단축``: what is cut is the object before the value
    if before and before[-1].particle == "JKO" and not _words(gap_before):
        changed = _named(text, before, len(before) - 1)
        if changed:  # ``것을 66%까지 단축``: a generic object names nothing either
            return _clean(f"{changed} {after}")
    return ""


def _per_unit(measure: str) -> bool:
    """Whether a measure is only the unit a value is given per (``주제당``, ``테이블 당``): it says per
    what, not what; ``할당``, ``해당`` and ``담당`` are words of their own.

    >>> [_per_unit(m) for m in ("주제당", "테이블 당", "할당", "SQS 대기열")]
    [True, True, False, False]
    """
    pieces = morphemes(measure)
    return len(measure.split()) <= 2 and len(pieces) >= 2 and pieces[-1].surface == "당"


def _names_a_thing(measure: str, kind: str) -> bool:
    """Whether a measure names a thing: not a lone word that says where a value lies
    (:data:`~builder.analyse.words.RANGE_NOUNS`: ``20초 사이``) nor, for a percentage, a lone noun
    of change that says what happens to the thing (:data:`~builder.analyse.words.CHANGE_NOUNS`:
    ``66%까지 단축``).  A duration's noun names what lasts (``3년 약정``).

    >>> [_names_a_thing(m, "percent") for m in ("단축", "사이", "비용 절감", "")]
    [False, False, True, False]
    >>> [_names_a_thing(m, "time") for m in ("약정", "사이")]
    [True, False]
    """
    words = measure.split()
    if len(words) != 1:
        return bool(words)
    if words[0] in RANGE_NOUNS:
        return False
    return kind != "percent" or words[0] not in CHANGE_NOUNS


def measure_of(text: str, quantity: Quantity, quantities: Sequence[Quantity]) -> str:
    """What ``quantity`` measures in ``text``; empty when the line does not say.  An alternative
    written before another value takes that value's measure (``1년 또는 3년 약정``), and the top of a
    range its bottom's (``1초에서 20초 사이``).

    >>> from builder.analyse.quantities import find_quantities
    >>> text = "대기 시간은 1초에서 20초 사이로 설정"
    >>> [measure_of(text, q, find_quantities(text)) for q in find_quantities(text)]
    ['대기 시간', '대기 시간']
    """
    ordered = sorted(quantities, key=lambda q: q.start)
    own = _measure_here(text, quantity, quantities)
    earlier = [q for q in ordered if q.end <= quantity.start]
    if (
        earlier
        and not _names_a_thing(own, quantity.kind)
        and earlier[-1].kind == quantity.kind
        and _RANGE_JOINT.fullmatch(text[earlier[-1].end : quantity.start])
    ):
        bottom = _measure_here(text, earlier[-1], quantities)
        if bottom:
            return bottom  # ``1초에서 20초 사이``: the range's two ends measure one thing
    current, found = quantity, own
    while True:
        later = [q for q in ordered if q.start >= current.end]
        if found or not later:
            return found
        if text[current.end : later[0].start].strip().casefold() not in (*CONNECTIVES, "~", "-", "/"):
            return ""
        current = later[0]
        found = _measure_here(text, current, quantities)


_RANGE_JOINT = re.compile(r"\s*(?:에서|부터|~|-|–)\s*")
"""What joins the two ends of a range: ``1초에서 20초``, ``1일부터 35일``, ``128MB ~ 10GB``."""


def _clause(text: str, quantity: Quantity, quantities: Sequence[Quantity]) -> tuple[int, int]:
    """The stretch of ``text`` around the quantity up to clause boundaries and other values."""
    start = max(
        [0, *(m.end() for m in CLAUSE_BOUNDARY.finditer(text, 0, quantity.start))]
        + [q.end for q in quantities if q.end <= quantity.start]
    )
    boundary = CLAUSE_BOUNDARY.search(text, quantity.end)
    end = min([boundary.start() if boundary else len(text)] + [q.start for q in quantities if q.start >= quantity.end])
    return start, end


def _cut(text: str, phrase: Phrase, at: int) -> Phrase:
    """The phrase up to ``at`` (``메모리 256Mi``, read as one phrase, before ``256Mi``: ``메모리``)."""
    if phrase.end <= at:
        return phrase
    kept = text[phrase.start : at].rstrip()
    return Phrase(kept, phrase.start, phrase.start + len(kept), phrase.pieces, None, phrase.start + len(kept))


def _inside(phrase: Phrase, quantities: Sequence[Quantity]) -> bool:
    return any(q.start < phrase.end and phrase.start < q.end for q in quantities)


def _words(gap: str) -> bool:
    """Whether ``gap`` holds a word other than a qualifier of the value (``최대``, ``약``)."""
    words = [w for w in gap.split() if any(c.isalnum() for c in w)]
    return any(w not in VALUE_QUALIFIERS and w.casefold() not in VALUE_QUALIFIERS for w in words)


def _without_endings(gap: str) -> str:
    """``까지 비용 절감`` → ``비용 절감``: what follows a value, without the particles after it."""
    gap = gap.lstrip()
    stripped = True
    while stripped:
        stripped = False
        for ending in sorted(VALUE_ENDINGS, key=len, reverse=True):
            if gap.startswith(ending):
                gap, stripped = gap[len(ending) :].lstrip(), True
                break
    return gap


def _noun_run(text: str, start: int, end: int, *, keep_predicate: bool = False) -> str:
    """The nouns written from ``start`` on, up to the first particle or verb (``SNS 알림 지원``
    → ``SNS 알림``: a verbal noun at the end is the predicate)."""
    words: list[str] = []
    for match in re.finditer(r"\S+", text[start:end]):
        word_start = start + match.start()
        pieces = [m for m in morphemes(text) if word_start <= m.start < word_start + len(match.group())]
        nouns = []
        for piece in pieces:
            if piece.pos in NOUNISH or piece.last_pos == "ETN" or piece.pos in ("SL", "SN", "XSN", "XPN"):
                nouns.append(piece)
            else:
                break
        partial = len(nouns) < len(pieces)
        if nouns and (not partial or pieces[len(nouns)].pos.startswith("J")):
            words.append(text[word_start : nouns[-1].end])  # ``알림을``: the noun before its particle
        if partial or not nouns or len(words) >= MAX_MEASURE_WORDS:
            break  # ``일정한``: a noun made into a modifier ends the name, and is not part of it
    while len(words) > 1 and words[-1] in PREDICATE_NOUNS and not keep_predicate:
        words.pop()
    return _clean(" ".join(words))


def _named(text: str, phrases: Sequence[Phrase], index: int) -> str:
    """The phrase at ``index``, with a 의-phrase written right before it (``Lambda 함수의 …``),
    from the start of its first word (the analyser may cut a word: ``인|스턴스``)."""
    phrase = phrases[index]
    word_start = phrase.start
    while word_start > 0 and not text[word_start - 1].isspace() and text[word_start - 1] not in "(（[:：,":
        word_start -= 1
    name = _clean(text[word_start : phrase.end])
    if index > 0 and name:
        owner = phrases[index - 1]
        joined = not text[owner.particle_end : word_start].strip()
        if joined and owner.particle in ("JKG", None):  # ``Lambda 함수의 실행 시간``, ``예약 | 인스턴스``
            name = f"{_clean(owner.text)} {name}".strip()
    return name


def _clean(name: str) -> str:
    """Without qualifiers before it or generic nouns after it, an unmatched bracket, and at most
    a few words."""
    if name.count("(") != name.count(")"):
        name = name.replace("(", " ").replace(")", " ")
    words = name.strip(" ~-–—:：").split()
    # ``최대``, ``이때``, ``만약``: a qualifier of the value, a word leaning on the line before, a condition.
    openers = VALUE_QUALIFIERS | LEANING_OPENERS_SET | CONDITION_OPENERS
    while words and (words[0] in openers or words[0].casefold() in openers):
        words.pop(0)
    # ``객체 수 등``, ``… 경우``: a one-syllable generic noun or a qualifier ends no name; ``AWS
    # 서비스`` keeps its generic head, which is what the value counts.
    while words and (
        (words[-1] in GENERIC_NOUNS and len(words[-1]) == 1)
        or words[-1] in VALUE_QUALIFIERS
        or words[-1] in VALUE_ENDINGS
    ):
        words.pop()
    measure = " ".join(words[-MAX_MEASURE_WORDS:]).strip(" .,")
    while measure and not (measure[0].isalnum() or measure[0] in "(/"):
        measure = measure[1:].lstrip()  # ``✅ 기본 포트 범위``: a sign before the name
    return measure if _names_something(measure) and "~" not in measure else ""


def _names_something(measure: str) -> bool:
    """A noun of two syllables or a Latin word that is not a generic noun: ``만약``, ``경우``, ``뒤``,
    ``x`` name nothing a value measures."""
    return any(
        (m.pos in ("NNG", "NNP") and len(m.surface) >= 2 and m.surface not in GENERIC_NOUNS)
        or (m.pos == "SL" and len(m.surface) >= 2)
        for m in morphemes(measure)
    )


def blank_hint(text: str, quantity: Quantity, quantities: Sequence[Quantity] = (), context: Sequence[str] = ()) -> str:
    """What a card hiding the quantity should say it asks (:data:`BLANK_HINTS`): the kind of value,
    when the line is a bare label and value with no predicate and no word of that kind beside
    the values (``quantities``: ``시간`` of ``1시간`` is a unit, not a word) nor in the ``context``
    shown above it.  ``ToS (8비트)`` hides ``[크기]``; ``최대 크기는 5TB이다`` says it already.

    >>> from builder.analyse.quantities import find_quantities
    >>> texts = ("ToS (8비트)", "최소 125MB, 최대 16TB", "최대 크기 5TB", "MAX : 1000 MiB/s", "gp2 : 초당 최대 250MB")
    >>> [blank_hint(t, find_quantities(t)[0]) for t in texts]
    ['크기', '크기', '', '', '']
    >>> blank_hint("객체는 최대 5TB까지 올릴 수 있다", find_quantities("객체는 최대 5TB까지 올릴 수 있다")[0])
    ''
    >>> line = "RTO 1시간, RPO 15분"
    >>> [blank_hint(line, q, find_quantities(line)) for q in find_quantities(line)]
    ['기간', '기간']
    >>> blank_hint("단일 객체 : 5TB", find_quantities("단일 객체 : 5TB")[0], context=["최대 크기"])
    ''
    """
    kind = BLANK_HINTS.get(quantity.kind)
    if kind is None or has_predicate(text) or counted_per_something(text, quantity):
        return ""
    hint, said_by = kind
    beside = text
    for value in sorted({quantity, *quantities}, key=lambda q: q.start, reverse=True):
        beside = beside[: value.start] + " " + beside[value.end :]
    words = " ".join((beside, *context)).casefold()
    return "" if any(word in words for word in said_by) else hint
