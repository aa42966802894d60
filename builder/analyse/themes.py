"""The names a file writes everywhere: a blank that holds one of them is guessed from the page.

Notes on S3 name ``S3`` on line after line; notes on scheduling, ``CPU``.  Hidden on a card of
those notes (``[...]에 객체를 업로드한다``), such a name is what any reader of the page answers,
whatever the line says: graded blind, those blanks were kept half as often as other names in
Latin letters.  The statistic comes from the notes being built, so it names no subject; a name
the page writes on a few lines only is a term of the line that writes it.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence

MIN_LINES = 8
"""A theme name is written on at least this many lines of the file…"""
MIN_SHARE = 0.08
"""…and on at least this share of them (a long file names many things eight times)."""
_LATIN_NAME = re.compile(r"(?<![A-Za-z0-9])[A-Za-z][A-Za-z0-9]*(?![A-Za-z0-9])")


def theme_names(lines: Sequence[str]) -> frozenset[str]:
    """The single names in Latin letters (casefolded) written on :data:`MIN_LINES` lines or
    more, and on :data:`MIN_SHARE` of the lines or more.

    >>> lines = [f"S3 버킷 {n}" for n in range(8)] + ["EBS 볼륨"] * 112
    >>> sorted(theme_names(lines))
    ['ebs']
    >>> sorted(theme_names(lines[:8] + lines[-7:]))
    ['s3']
    """
    counts: Counter[str] = Counter()
    for line in lines:
        counts.update({name.casefold() for name in _LATIN_NAME.findall(line)})
    least = max(MIN_LINES, MIN_SHARE * len(lines))
    return frozenset(name for name, count in counts.items() if count >= least)


def is_theme(term: str, themes: frozenset[str]) -> bool:
    """Whether the term is one of the file's theme names, alone (``EC2``; ``EC2 인스턴스``
    and ``Spot EC2`` say which one, and are judged as terms)."""
    return term.casefold() in themes


MIN_FRAMING_ROWS = 3
"""A term written in this many rows of a topic's tables frames what the rows say…"""
FRAMING_REACH = 10
"""…counted among the rows this near the row that asks it (a frame repeats from row to row; a
wider count would cost every row of a long table a pass over all the others)."""


def frames_the_rows(term: str, rows: Sequence[str], at: int) -> bool:
    """Whether the term is written in :data:`MIN_FRAMING_ROWS` of the topic's table rows or more,
    near row ``at`` (``요청 URI`` in the meaning of status code after status code): hidden in one
    row, it is what every row says around the point, and the other rows give it away.

    >>> rows = ["301 · 요청 URI가 옮겨감", "304 · 요청 URI의 내용이 그대로", "404 · 요청 URI에 리소스 없음"]
    >>> frames_the_rows("요청 URI", rows, 0), frames_the_rows("리소스", rows, 2)
    (True, False)
    """
    # ``IP`` is written in ``CodePipeline`` only inside another word
    written = re.compile(rf"(?<![a-z0-9]){re.escape(term.casefold())}(?![a-z0-9])")
    near = rows[max(0, at - FRAMING_REACH) : at + FRAMING_REACH + 1]
    return sum(written.search(row.casefold()) is not None for row in near) >= MIN_FRAMING_ROWS
