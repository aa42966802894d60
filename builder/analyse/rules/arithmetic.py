"""``arithmetic``: a worked calculation (``4 CPU * 2 threads = 8 vCPU``, ``100GB × 3 = 300GB``), an
exercise's numbers and the result worked out from them (``20, 50, 40, 90 총 이동거리 : 170``), or a
walk-through's step from one value to the next (``Pod 1개 → Pod 2개``).
Its numbers are an exercise, not limits to remember."""

from __future__ import annotations

import re
from itertools import pairwise

from builder.analyse.quantities import find_quantities
from builder.analyse.rules.line import Line
from builder.analyse.shapes import ANY_ARROW, LATEX, WORKED_SEQUENCE, worked_arithmetic
from builder.analyse.words import ARROWS, BOUND_WORDS, LIMIT_WORDS


def applies(line: Line) -> bool:
    text = line.text
    if worked_arithmetic(text) or bool(LATEX.search(text) or WORKED_SEQUENCE.match(text)):
        return True
    return _prices_a_case(text) or _traces_a_change(text) or _equates_a_product(text) or _continues_an_equation(text)


CASE_VALUES = 2
"""Values of a line that works a result out for a case: the result and the case's own value."""
_OPENING_EQUALS = re.compile(r"\s*(?:==?|≈)(?![=>])\s*(?:약\s*|~\s*)?")
"""An equals sign a line opens with (``== 400,000 seconds …``), not an arrow (``=> 결과``)."""


def _continues_an_equation(text: str) -> bool:
    """Whether the line opens with an equals sign and a value, and works it out for a case of another
    value (``== 400,000 seconds if function is 1GB RAM``): the right side of an equation whose left
    side is the line above.  An equals sign that only says "is" before one value, or before a bound,
    states the fact (``= 5TB까지 저장 가능``, ``= 7일, 최대 35일까지``, ``= 400KB per item``).

    >>> _continues_an_equation("== 400,000 seconds if function is 1GB RAM")
    True
    >>> _continues_an_equation("= 5TB까지 저장 가능"), _continues_an_equation("= 7일, 최대 35일까지 늘릴 수 있음")
    (False, False)
    >>> _continues_an_equation("=> 5분 후 재시도 2회"), _continues_an_equation("TTL = 300초")
    (False, False)
    """
    opening = _OPENING_EQUALS.match(text)
    if opening is None:
        return False
    found = find_quantities(text)
    if len(found) < CASE_VALUES or found[0].start != opening.end():
        return False
    return not any(word in text for word in (*BOUND_WORDS, *LIMIT_WORDS))


def _equates_a_product(text: str) -> bool:
    """Whether values of two different units stand before an equals sign and the value right after
    it is in a unit made of theirs (``128MB RAM 함수가 320만 초 실행 = 40만 GB초``): a product worked
    out in words, its numbers the example's.  A value converted to another unit of its own kind
    (``최대 15분 = 900초``, ``1GB당 3 IOPS = 16,000 IOPS``), one value set equal to another (``1 vCPU =
    1 하이퍼스레드``), or a range worked to a count (``포트 0 - 65535 = 총 65,536개``) is a fact.

    >>> _equates_a_product("128MB RAM 함수가 320만 초 실행 = 40만 GB초 (8배 더 오래 실행 가능)")
    True
    >>> _equates_a_product("타임아웃 기본 3초, 최대 15분 = 900초"), _equates_a_product("1GB당 3 IOPS = 16,000 IOPS")
    (False, False)
    >>> _equates_a_product("포트 0 - 65535 = 총 65,536개"), _equates_a_product("1 vCPU = 1 하이퍼스레드")
    (False, False)
    """
    left, equals, right = text.partition("=")
    if not equals:
        return False  # most lines: no need to read their quantities again
    units = {q.unit.casefold() for q in find_quantities(left) if q.unit}
    result = find_quantities(right)
    if len(units) < MIN_PRODUCT_UNITS or not result or right[: result[0].start].strip(" 약~≈"):
        return False
    # the result's unit as written, up to the next space (``GB초`` of ``40만 GB초``, read as ``GB``): a
    # compound holds one of the factors' units and is none of them
    tail = _UNIT_TAIL.match(right, result[0].end)
    compound = (result[0].unit + (tail.group() if tail else "")).casefold()
    return compound not in units and any(unit in compound for unit in units)


_UNIT_TAIL = re.compile(r"[-·]?(?:[A-Za-z]+|초|분|시간|월)(?![가-힣])")
"""The rest of a compound unit glued to the one read (``초`` of ``GB초``, ``-month`` of ``GB-month``);
``까지`` of ``16,000 IOPS까지`` is a particle."""


MIN_PRODUCT_UNITS = 2
"""Units of the values an equals sign follows before they read as factors multiplied together."""


def _traces_a_change(text: str) -> bool:
    """Whether the line traces a value from one state to the next, both in the same unit (``v2 :
    Pod 1개 → Pod 2개``, ``파드 수를 3개에서 2개로 줄인다``): a step of a worked walk-through, whose
    numbers are the example's states, not limits.

    >>> _traces_a_change("v2 : Pod 1개 → Pod 2개"), _traces_a_change("파드 수를 3개에서 2개로 줄인다")
    (True, True)
    >>> _traces_a_change("메모리는 128MB에서 10GB까지 설정할 수 있다"), _traces_a_change("최대 15분, 최소 1분")
    (False, False)
    """
    if not any(mark in text for mark in _TRANSITIONS):
        return False  # most lines: no need to read their quantities again
    found = find_quantities(text)
    for before, after in pairwise(found):
        if before.unit != after.unit:
            continue
        between = text[before.end : after.start]
        if _ARROW_STEP.fullmatch(between):
            return True
        if between.strip() == "에서" and text[after.end :].lstrip().startswith(("로", "으로")):
            return True
    return False


_TRANSITIONS = (*ARROWS, "에서")
_ARROW_STEP = re.compile(rf"\s*(?:{ANY_ARROW.pattern})\s*(?:[^\s\d]+\s+)?")
"""An arrow between two values, the second after at most one word (``1개 → Pod 2개``)."""


MIN_CASE_PRICES = 3
"""Prices a line gives, none of them a rate, from which it is a business case worked through."""


def _prices_a_case(text: str) -> bool:
    """Whether the line gives :data:`MIN_CASE_PRICES` prices or more, none a rate (``$900에 서버를
    사서 $150에 여섯 팀에 빌려주면 월 $300 이익``): a case worked through in words.  A price to learn
    is a rate (``GB당 $0.023``, ``$0.20/백만 건``).

    >>> _prices_a_case("$900에 서버를 사서 $150에 빌려주면 월 $300 이익")
    True
    >>> _prices_a_case("GB당 $0.023, 요청당 $0.01, 월 $5")
    False
    >>> _prices_a_case("Standard $0.023 per GB, IA $0.0125 per GB, Glacier $0.004 per GB")
    False
    """
    if sum(text.count(sign) for sign in "$€₩") < MIN_CASE_PRICES:
        return False  # most lines: no need to read their quantities again
    prices = [
        q
        for q in find_quantities(text)
        if q.kind == "money"
        and not text[: q.start].rstrip().endswith(_RATE_MARKS)
        and not text[q.end :].lstrip().startswith(_RATE_MARKS)
    ]
    return len(prices) >= MIN_CASE_PRICES


_RATE_MARKS = ("당", "/", "per")


def worked_numbers(text: str) -> frozenset[str]:
    """The numbers a worked calculation works with, of two significant digits or more
    (``(27.8 + 20) × $0.114`` → ``27.8``, ``20``, ``0.114``; never ``2`` or ``0.5``, which any line may say).

    >>> sorted(worked_numbers("(27.8 + 20) ×$0.114 ≈$5.45/월, 2 × 3"))
    ['0.114', '20', '27.8', '5.45']
    """
    numbers = (found.replace(",", "") for found in _NUMBER.findall(text))
    return frozenset(n for n in numbers if len(n.replace(".", "").lstrip("0")) >= 2)


def feeds_a_calculation(value: str, worked: frozenset[str]) -> bool:
    """Whether every number of a value is one a worked calculation of its topic works with
    (``데이터: 27.8 GB`` over ``(27.8 + 20) × $0.114``): the calculation's input, not a limit.

    >>> feeds_a_calculation("27.8 GB", frozenset({"27.8", "20"})), feeds_a_calculation("15분", frozenset({"27.8"}))
    (True, False)
    """
    numbers = [found.replace(",", "") for found in _NUMBER.findall(value)]
    return bool(numbers) and all(n in worked for n in numbers)


_NUMBER = re.compile(r"\d[\d,]*(?:\.\d+)?")
