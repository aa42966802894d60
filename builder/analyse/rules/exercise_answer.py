"""``exercise_answer``: a line that ends with the answer an exercise above it takes (``… 오염이 없는
노드이므로 답은 2개``, ``… 정답은 “All of the above”``, ``정답은 3번입니다``).  Without the exercise,
which the card cannot show, the value answers nothing: it is no limit and no term to recall.  A
statement about answers goes on after them (``DNS 서버의 답은 캐시에 일정 시간 저장된다``)."""

from __future__ import annotations

import re

from builder.analyse.rules.line import Line
from builder.analyse.words import ANSWER_HEADINGS

_ANSWER_NOUN = "|".join(sorted((w for w in ANSWER_HEADINGS if not w.isascii()), key=len, reverse=True))
_EXERCISE_ANSWER = re.compile(
    rf"(?<![가-힣])(?:{_ANSWER_NOUN})(?:은|는)\s*"
    # quoted (``“All of the above”``), or a value or a choice written without Hangul (``2개``, ``3번``)
    r"(?:[\"'“‘][^\"'“”‘’]{1,40}[\"'”’]|[A-Za-z0-9(<][^가-힣]{0,30}?(?:번|개|가지)?)"
    r"\s*(?:이다|입니다|임|이에요|예요)?\s*[.!]?\s*$"
)


def applies(line: Line) -> bool:
    """
    >>> applies(Line("모든 구성 요소에 문제가 있으므로 정답은 “All of the above”", (), "bullet"))
    True
    >>> applies(Line("DNS 서버의 답은 캐시에 일정 시간 저장된다", (), "bullet"))
    False
    """
    return _EXERCISE_ANSWER.search(line.text.strip()) is not None
