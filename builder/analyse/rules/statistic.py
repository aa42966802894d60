"""``statistic``: a line whose value is the share of a population that a survey or a market counts
(``전문가의 87%는 더 자신감을 갖는다``, ``58%가 운영 환경에서 사용 중``, ``2021년 기준 9%의
시장점유율``): a figure of its year and its source, no fact of the subject to learn, and its
words around the figure say nothing without it."""

from __future__ import annotations

from builder.analyse.quantities import find_quantities
from builder.analyse.rules.line import Line
from builder.analyse.values import counts_a_share


def applies(line: Line) -> bool:
    return any(counts_a_share(line.text, q) for q in find_quantities(line.text))
