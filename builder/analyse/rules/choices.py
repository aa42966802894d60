"""``choices``: the answer choices of an exam question (``① umount ❷ eject ③ exec ④ dumpe2fs``),
or one choice with the reviewer's verdict (``C. The execution role lacks … [Correct]``,
``b. 오답- 형상 관리 도구가 하는 일이다``), or the line that names the right one (``따라서 정답은
1번이다``).  A wrong
choice is no fact; the explanation under the question makes the card."""

from __future__ import annotations

from builder.analyse.rules.line import Line
from builder.analyse.shapes import OPTION_VERDICT, PICKED_ANSWER
from builder.analyse.words import ANSWER_VERDICTS, CHOICE_MARKS


def applies(line: Line) -> bool:
    folded = line.text.casefold()
    return (
        sum(line.text.count(mark) for mark in CHOICE_MARKS) >= 2
        or any(v in folded for v in ANSWER_VERDICTS)
        or OPTION_VERDICT.match(line.text) is not None
        or PICKED_ANSWER.match(line.text) is not None
    )


def marks_the_answer(text: str) -> bool:
    """Whether a verdict opens or closes the option (``- … (Answer)``, ``- (정답) …``), as an exam
    review marks the one it picks; ``f(x)는 …`` holds ``(x)`` and marks nothing.

    >>> marks_the_answer("큐에 넣는다 (Answer)"), marks_the_answer("(정답) 큐에 넣는다")
    (True, True)
    >>> marks_the_answer("f(x)는 함수다")
    False
    """
    folded = text.strip().casefold()
    return any(folded.startswith(v) or folded.endswith(v) for v in ANSWER_VERDICTS)
