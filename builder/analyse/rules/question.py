"""``question``: a line that asks (``Q. S3의 최대 객체 크기는?``, ``…비용을 줄이는 방법.``).  The answer is on
another line, which makes the card; the question alone has nothing to hide."""

from __future__ import annotations

from builder.analyse.rules.line import Line
from builder.analyse.shapes import QUESTION_END
from builder.analyse.words import QUESTION_ENDINGS, QUESTION_HEADS


def applies(line: Line) -> bool:
    if QUESTION_END.search(line.text) or line.text.strip().rstrip(".。").endswith(QUESTION_ENDINGS):
        return True
    words = line.text.strip().rstrip(".。").split()
    return (len(words) >= 3 and words[-1].endswith(QUESTION_HEADS) and "," in line.text) or (
        len(words) >= 4 and words[-1] in QUESTION_HEADS
    )
