"""``no_words``: a line with no letter or digit (``---``, ``***``, ``|  |``, a lone emoji)."""

from __future__ import annotations

from builder.analyse.rules.line import Line


def applies(line: Line) -> bool:
    return not any(c.isalnum() for c in line.text)
