"""``matrix``: a row of a table of yes/no marks (``Safe — GET: O · HEAD: O · POST: X``).  Its pattern
of marks is read on the cheat sheet; a card would hide a column's name, found by elimination."""

from __future__ import annotations

import re
from collections.abc import Sequence

from builder.analyse.rules.line import Line
from builder.analyse.words import YES_NO_MARKS

MARKS_SHARE = 0.8
"""A row whose values are this share of marks or more is a row of a yes/no matrix."""
_VALUE = re.compile(r"(?:^|·)\s*[^·:]+:\s*(?P<value>[^·]*)")


def applies(line: Line) -> bool:
    if line.kind != "table_row":
        return False
    row = line.text.split(" — ", 1)[-1]
    values = [m["value"] for m in _VALUE.finditer(row)]
    return len([v for v in values if v.strip()]) >= 2 and mostly_marks(values)


def mostly_marks(cells: Sequence[str]) -> bool:
    """Whether the filled cells are mostly yes/no marks (a table of them, or one row's values)."""
    values = [cell.strip().casefold() for cell in cells if cell.strip()]
    return bool(values) and sum(v in YES_NO_MARKS for v in values) >= MARKS_SHARE * len(values)
