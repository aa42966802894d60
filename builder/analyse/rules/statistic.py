"""``statistic``: a line whose value is a market's or a survey's share (``2021년 기준 9%의
시장점유율을 보유하며 …``, ``설문 응답자의 58%가 …``; :func:`~builder.analyse.values.counts_a_share`):
a figure of its year and its source, no fact of the subject to learn, and the words around the
figure say nothing without it."""

from __future__ import annotations

from builder.analyse.quantities import find_quantities
from builder.analyse.rules.line import Line
from builder.analyse.values import counts_a_share, mentions_a_share


def applies(line: Line) -> bool:
    if not mentions_a_share(line.text):
        return False  # most lines: no need to find their values again
    return any(counts_a_share(line.text, q) for q in find_quantities(line.text))
