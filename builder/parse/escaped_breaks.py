"""Line breaks an export wrote as the two characters ``\\n`` are no text.

A blog moved from one engine to another keeps, in some posts, the line breaks of the old one as
literal backslash-n pairs: paragraphs of only ``\\n\\n\\n\\n`` between the real ones, and a
``\\n`` glued to the start of a line (``\\nB) Use synchronous replication``).  Markdown prints them
as they stand, so every card of such a line began with the debris, and a lettered option hid
behind it from the rules that know one.  A page that has a line of nothing but such pairs was
exported so: those lines are blanked and the pairs that open a line are dropped, each line keeping
its number.  A page without one keeps every ``\\n`` it writes (``C에서 \\n은 줄바꿈 문자``), as
does any code fence.
"""

from __future__ import annotations

import re

_DEBRIS_LINE = re.compile(r"^[ \t]*(?:\\n)+[ \t]*$")
_LEADING_DEBRIS = re.compile(r"^(?P<indent>[ \t]*)(?:\\n)+[ \t]*(?=\S)")
_FENCE = re.compile(r"^[ \t]*(?P<fence>`{3,}|~{3,})")


def without_escaped_breaks(text: str) -> str:
    r"""The text with an export's literal ``\n`` pairs gone, line for line.

    >>> print(without_escaped_breaks("첫 문단\n\n\\n\\n\\n\n\n\\nB) Use replication"))
    첫 문단
    <BLANKLINE>
    <BLANKLINE>
    <BLANKLINE>
    B) Use replication
    >>> without_escaped_breaks("C에서 \\n은 줄바꿈\n\\n으로 끝난다")  # no line of debris: the writer's own
    'C에서 \\n은 줄바꿈\n\\n으로 끝난다'
    >>> without_escaped_breaks("\\n\\n\n```\n\\nprint()\n```").split("\n")[2]  # code keeps it
    '\\nprint()'
    """
    lines = text.split("\n")
    fence: str | None = None
    prose: list[bool] = []  # whether each line is outside a code fence
    for line in lines:
        opened = _FENCE.match(line)
        if fence is None and opened:
            fence = opened["fence"][0] * 3
            prose.append(False)
        elif fence is not None:
            if line.strip().startswith(fence):
                fence = None
            prose.append(False)
        else:
            prose.append(True)
    if not any(outside and _DEBRIS_LINE.match(line) for outside, line in zip(prose, lines, strict=True)):
        return text
    return "\n".join(
        ("" if _DEBRIS_LINE.match(line) else _LEADING_DEBRIS.sub(r"\g<indent>", line)) if outside else line
        for outside, line in zip(prose, lines, strict=True)
    )
