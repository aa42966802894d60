"""``question``: a line that asks (``Q. S3의 최대 객체 크기는?``).  The answer is on another line,
which makes the card; the question alone has nothing to hide."""

from __future__ import annotations

from builder.analyse.rules.line import Line
from builder.analyse.shapes import QUESTION_END


def applies(line: Line) -> bool:
    return bool(QUESTION_END.search(line.text))
