"""Line breaks an export wrote as the two characters ``\\n`` are no text.

A blog moved from one engine to another keeps, in some posts, the line breaks of the old one as
literal backslash-n pairs: paragraphs of only ``\\n\\n\\n\\n`` between the real ones, and a
``\\n`` glued to a line (``\\nB) Use synchronous replication``, ``…저장소이다.\\n``).  Markdown prints
them as they stand, so cards began or ended with the debris, and a lettered option hid behind it
from the rules that know one.  A page that has a line of nothing but such pairs was exported so:
those lines are blanked, the pairs that open a line are dropped and the others become a space,
each line keeping its number.  A page without one keeps every ``\\n`` it writes (``C에서 \\n은
줄바꿈 문자``), as does any code fence or display formula, and so does a TeX command that starts
with the same letters (``\\nabla``).
"""

from __future__ import annotations

import re

_DEBRIS_LINE = re.compile(r"^[ \t]*(?:\\n)+[ \t]*$")
_LEADING_DEBRIS = re.compile(
    r"^(?P<indent>[ \t]*(?:>[ \t]*|[-*+][ \t]+|\d{1,9}[.)][ \t]+)*)(?:\\n)+(?![a-z])[ \t]*(?=\S)"
)
"""Pairs that open a line, past its indent and any quote or list mark (``> \\nAOF는 …``)."""
_DEBRIS = re.compile(r"[ \t]*(?:\\n)+(?![a-z])[ \t]*")
"""Pairs anywhere else on the line; a TeX command that starts so (``\\nabla``, ``\\neq``) is not one."""
_FENCE = re.compile(r"^[ \t]*(?P<fence>`{3,}|~{3,}|\$\$)")
MIN_DEBRIS_LINES = 2
"""Lines of nothing but pairs, or pairs on one such line, that show a page was exported so."""


def without_escaped_breaks(text: str) -> str:
    r"""The text with an export's literal ``\n`` pairs gone, line for line: a line of them is blank,
    those that open a line are dropped, those inside or at the end of one are a space.

    >>> print(without_escaped_breaks("첫 문단\n\n\\n\\n\\n\n\n\\nB) Use replication"))
    첫 문단
    <BLANKLINE>
    <BLANKLINE>
    <BLANKLINE>
    B) Use replication
    >>> without_escaped_breaks("\\n\\n\n> \\nAOF는 로그를 남긴다.\\n\n저장소이다.\\n\\nRedis는 빠르다").split("\n")[1:]
    ['> AOF는 로그를 남긴다.', '저장소이다. Redis는 빠르다']
    >>> without_escaped_breaks("\\n\\n\n\\nabla 연산자는 기울기를 뜻한다").split("\n")[1]  # TeX keeps its command
    '\\nabla 연산자는 기울기를 뜻한다'
    >>> without_escaped_breaks("C에서 \\n은 줄바꿈\n\\n으로 끝난다")  # no line of debris: the writer's own
    'C에서 \\n은 줄바꿈\n\\n으로 끝난다'
    >>> without_escaped_breaks("\\n\n\\n은 줄바꿈 문자이다")  # one pair alone: an escape shown
    '\\n\n\\n은 줄바꿈 문자이다'
    >>> without_escaped_breaks("\\n\\n\n```\n\\nprint()\n```").split("\n")[2]  # code keeps it
    '\\nprint()'
    """
    lines = text.split("\n")
    fence: str | None = None
    prose: list[bool] = []  # whether each line is outside a code fence or a display formula
    for line in lines:
        opened = _FENCE.match(line)
        if fence is None and opened:
            fence = opened["fence"] if opened["fence"] == "$$" else opened["fence"][0] * 3
            prose.append(False)
            if fence == "$$" and line.strip() != "$$" and line.strip().endswith("$$") and len(line.strip()) > 2:
                fence = None  # ``$$ … $$`` on one line
        elif fence is not None:
            if line.strip().startswith(fence) or (fence == "$$" and line.rstrip().endswith("$$")):
                fence = None
            prose.append(False)
        else:
            prose.append(True)
    debris = [line for outside, line in zip(prose, lines, strict=True) if outside and _DEBRIS_LINE.match(line)]
    if len(debris) < MIN_DEBRIS_LINES and not any(line.count("\\n") >= MIN_DEBRIS_LINES for line in debris):
        return text  # ``\n`` alone on a line: an escape sequence the notes show, not an export's
    return "\n".join(_cleaned(line) if outside else line for outside, line in zip(prose, lines, strict=True))


def _cleaned(line: str) -> str:
    if _DEBRIS_LINE.match(line):
        return ""
    opened = _LEADING_DEBRIS.sub(r"\g<indent>", line)
    return _DEBRIS.sub(" ", opened).rstrip()
