"""``exercise_answer``: a line that ends with the answer an exercise above it takes (``… 오염이 없는
노드이므로 답은 2개``, ``… 정답은 “All of the above”``, ``정답은 3번입니다``).  Without the exercise,
which the card cannot show, the value answers nothing: it is no limit and no term to recall.  A
statement about answers goes on after them (``DNS 서버의 답은 캐시에 일정 시간 저장된다``)."""

from __future__ import annotations

import re

from builder.analyse.rules.line import Line
from builder.analyse.words import ANSWER_HEADINGS, REASON_ENDINGS

_ANSWER_NOUN = "|".join(sorted((w for w in ANSWER_HEADINGS if not w.isascii()), key=len, reverse=True))
_EXERCISE_ANSWER = re.compile(
    rf"(?<![가-힣])(?:{_ANSWER_NOUN})(?:은|는)\s*"
    # quoted (``“All of the above”``), or a value or a choice written without Hangul (``2개``, ``3번``)
    r"(?:[\"'“‘][^\"'“”‘’]{1,40}[\"'”’]|[A-Za-z0-9(<][^가-힣]{0,30}?(?:번|개|가지)?)"
    r"\s*(?:이다|입니다|임|이에요|예요)?\s*[.!]?\s*$"
)


def applies(line: Line) -> bool:
    """The answer opens the line, or follows the reason worked out for it (``…이므로``, ``따라서``); a
    question asked on the same line (``RAID 5에 필요한 최소 디스크 수 → 정답은 3개``) is the card's.

    >>> applies(Line("모든 구성 요소에 문제가 있으므로 정답은 “All of the above”", (), "bullet"))
    True
    >>> applies(Line("DNS 서버의 답은 캐시에 일정 시간 저장된다", (), "bullet"))
    False
    >>> applies(Line("RAID 5에 필요한 최소 디스크 수 → 정답은 3개", (), "bullet"))
    False
    """
    text = line.text.strip()
    answer = _EXERCISE_ANSWER.search(text)
    if answer is None:
        return False
    before = text[: answer.start()].strip(" ,.")
    words = before.split()
    return not words or before.endswith(REASON_ENDINGS) or bool({words[0], words[-1]} & set(REASON_ENDINGS))
