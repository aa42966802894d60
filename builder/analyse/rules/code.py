"""``code``: a fenced or indented code block, or a shell command typed out as a line of its own
(``iconv -f ascii -t utf-8 a.txt > b.txt``: :data:`~builder.analyse.shapes.TYPED_COMMAND`) or an
assignment written as prose (``region = "ap-northeast-2"``: :data:`~builder.analyse.shapes.CODE_ASSIGNMENT`).  Code
is shown on the cheat sheet; a card would ask the learner to recite it, or to guess an example's
argument.

Examples: ```` ```yaml … ``` ```` → code.
"""

from __future__ import annotations

from builder.analyse.rules.line import Line
from builder.analyse.shapes import CODE_ASSIGNMENT, TYPED_COMMAND
from builder.analyse.words import ENGLISH_PROSE_WORDS


def applies(line: Line) -> bool:
    if line.kind == "code":
        return True
    typed = line.text.strip().strip("`").strip()
    if CODE_ASSIGNMENT.match(typed):
        return True  # ``instance_type = "t2.micro"``: a line of an example's code, written as prose
    return TYPED_COMMAND.match(typed) is not None and not any(w in ENGLISH_PROSE_WORDS for w in typed.lower().split())
