"""``arithmetic``: a worked calculation (``4 CPU * 2 threads = 8 vCPU``, ``100GB × 3 = 300GB``), or
an exercise's numbers and the result worked out from them (``20, 50, 40, 90 총 이동거리 : 170``).
Its numbers are an exercise, not limits to remember."""

from __future__ import annotations

from builder.analyse.rules.line import Line
from builder.analyse.shapes import ARITHMETIC, LATEX, WORKED_SEQUENCE


def applies(line: Line) -> bool:
    return bool(ARITHMETIC.search(line.text) or LATEX.search(line.text) or WORKED_SEQUENCE.match(line.text))
