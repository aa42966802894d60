"""``example``: a line that opens as an example (``Ex) …``, ``예) …``, ``예를 들어, …``,
``e.g. …``).  Its numbers belong to the example, not to a limit."""

from __future__ import annotations

from builder.analyse.rules.line import Line
from builder.analyse.words import EXAMPLE_MARKERS


def applies(line: Line) -> bool:
    text = line.text.strip().lstrip("-*•·(").strip().casefold()
    return text.startswith(EXAMPLE_MARKERS)
