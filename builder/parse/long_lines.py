"""A line too long to be one card is read as several facts, cut where its sentences end.

A card shows its line whole, and a line of thousands of characters is no card a learner keeps
(in blind gradings, fronts over 300 characters were kept a third of the time; real notes write
no line near :data:`MAX_LINE_CHARS`).  The analysis also weighs each term of a line against the
rest of the line, so its time grows with the square of the line's length: a pasted page of 2 MB
on one line would never build.  Cut into parts of at most :data:`MAX_LINE_CHARS` characters,
the line builds in time proportional to its length, every part is asked on its own, and the
cheat sheet prints every part whole, where it would shorten one long line
(:mod:`builder.emit.print_limits`).

Code blocks and table rows are never cut: a program is one text, and a row belongs to its table.
"""

from __future__ import annotations

import re

MAX_LINE_CHARS = 1_000
"""The longest line read as one fact, as long as the cheat sheet prints one text whole."""
_SENTENCE_STOP = re.compile(r"[.!?。](?=\s)")
_SPACE = re.compile(r"\s")


def line_parts(text: str, limit: int = MAX_LINE_CHARS) -> list[tuple[int, int]]:
    """(start, end) of each part of ``text``, in order, none longer than ``limit``: each ends
    after the last sentence stop that fits, else at the last space that fits, else at ``limit``
    (a run of text without a space); a part is at least a quarter of ``limit`` long wherever the
    text allows, so that a stop near its start leaves no scrap.  The space between two parts
    belongs to neither.

    >>> def cut(text, limit):
    ...     return [text[s:e] for s, e in line_parts(text, limit)]
    >>> cut("첫 문장이다. 둘째 문장이다. 셋째", 10), cut("첫 문장이다. 둘째 문장이다. 셋째", 16)
    (['첫 문장이다.', '둘째 문장이다.', '셋째'], ['첫 문장이다. 둘째 문장이다.', '셋째'])
    >>> cut("가나 다라 마바사", 5), cut("가나다라마바사", 3), cut("짧은 줄", 100)
    (['가나 다라', '마바사'], ['가나다', '라마바', '사'], ['짧은 줄'])
    """
    parts: list[tuple[int, int]] = []
    start = 0
    while start < len(text):
        end = len(text) if len(text) - start <= limit else _cut(text, start, start + limit, start + limit // 4)
        parts.append((start, end))
        start = end
        while start < len(text) and text[start].isspace():
            start += 1
    return parts


def _cut(text: str, start: int, most: int, least: int) -> int:
    """Where the part from ``start`` ends when it may run to ``most`` and should run to ``least``."""
    # The space after a stop may stand at ``most`` itself: the search runs one character further.
    stops = [m.end() for m in _SENTENCE_STOP.finditer(text, least, most + 1) if m.end() <= most]
    if stops:
        return stops[-1]
    spaces = [m.start() for m in _SPACE.finditer(text, max(least, start + 1), most + 1)]
    if not spaces:
        return most
    end = spaces[-1]
    while text[end - 1].isspace():
        end -= 1  # ``가나  다라``: the part ends at its last word
    return end
