"""``leaning``: a line that leans on another (``이를 해결하기 위해 …``, ``따라서 …``, ``이 경우 …``,
``…도 마찬가지입니다``) or announces the lines after it (``다음은 … 모범 사례입니다``): shown alone
on a card, what it is about is missing."""

from __future__ import annotations

from builder.analyse.rules.line import Line
from builder.analyse.words import LEAD_IN_FORMS, LEANING_OPENERS, LEANING_WORDS


def applies(line: Line) -> bool:
    text = line.text.strip()
    if any(word in text for word in LEANING_WORDS) or any(form in text for form in LEAD_IN_FORMS):
        return True
    return any(text == opener or text.startswith((opener + " ", opener + ",")) for opener in LEANING_OPENERS)
