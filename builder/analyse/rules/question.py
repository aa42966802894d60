"""``question``: a line that asks (``Q. S3의 최대 객체 크기는?``, ``…비용을 줄이는 방법.``).  The answer is on
another line, which makes the card; the question alone has nothing to hide."""

from __future__ import annotations

from builder.analyse.rules.line import Line
from builder.analyse.shapes import QUESTION_END, QUESTION_OPENER
from builder.analyse.words import QUESTION_ENDINGS, QUESTION_HEADS


def asks_outright(text: str) -> bool:
    """Whether the line asks in so many words: a question mark, an asking ending (``…입니까``,
    ``…설명하세요``) or an exam question's ``Q.``; its values are then the question's premise."""
    stripped = text.strip()
    return bool(
        QUESTION_END.search(stripped)
        or stripped.rstrip(".。").endswith(QUESTION_ENDINGS)
        or QUESTION_OPENER.match(stripped)
    )


def applies(line: Line) -> bool:
    if asks_outright(line.text):
        return True
    words = line.text.strip().rstrip(".。").split()
    return (len(words) >= 3 and words[-1].endswith(QUESTION_HEADS) and "," in line.text) or (
        len(words) >= 4 and words[-1] in QUESTION_HEADS
    )
