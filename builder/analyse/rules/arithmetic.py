"""``arithmetic``: a worked calculation (``4 CPU * 2 threads = 8 vCPU``, ``100GB × 3 = 300GB``), or
an exercise's numbers and the result worked out from them (``20, 50, 40, 90 총 이동거리 : 170``).
Its numbers are an exercise, not limits to remember."""

from __future__ import annotations

import re

from builder.analyse.rules.line import Line
from builder.analyse.shapes import ARITHMETIC, LATEX, WORKED_SEQUENCE


def applies(line: Line) -> bool:
    return bool(ARITHMETIC.search(line.text) or LATEX.search(line.text) or WORKED_SEQUENCE.match(line.text))


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
