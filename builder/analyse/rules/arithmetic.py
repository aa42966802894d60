"""``arithmetic``: a worked calculation (``4 CPU * 2 threads = 8 vCPU``, ``100GB × 3 = 300GB``).
Its numbers are an exercise, not limits to remember."""

from __future__ import annotations

from builder.analyse.rules.line import Line
from builder.analyse.shapes import ARITHMETIC, LATEX


def applies(line: Line) -> bool:
    return bool(ARITHMETIC.search(line.text) or LATEX.search(line.text))
