"""``leaning``: a line that leans on the one before it (``이를 해결하기 위해 …``, ``따라서 …``,
``이 경우 …``): shown alone on a card, what it is about is missing."""

from __future__ import annotations

from builder.analyse.rules.line import Line
from builder.analyse.words import LEANING_OPENERS


def applies(line: Line) -> bool:
    text = line.text.strip()
    return any(text == opener or text.startswith((opener + " ", opener + ",")) for opener in LEANING_OPENERS)
