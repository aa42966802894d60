"""``choices``: the answer choices of an exam question (``① umount ❷ eject ③ exec ④ dumpe2fs``).
A wrong choice is no fact; the explanation under the question makes the card."""

from __future__ import annotations

from builder.analyse.rules.line import Line
from builder.analyse.words import CHOICE_MARKS


def applies(line: Line) -> bool:
    return sum(line.text.count(mark) for mark in CHOICE_MARKS) >= 2
