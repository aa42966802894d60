"""``code``: a fenced or indented code block.  Code is shown on the cheat sheet; a card would
ask the learner to recite it.

Examples: ```` ```yaml … ``` ```` → code.
"""

from __future__ import annotations

from builder.analyse.rules.line import Line


def applies(line: Line) -> bool:
    return line.kind == "code"
