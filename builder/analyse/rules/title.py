"""``title``: a short line with no predicate that heads lines written under it (``1. DynamoDB
Accelerator(DAX)``, ``- Glacier Flexible Retrieval``).  Its name is the context of their cards;
alone it would ask "[...]" under its heading with nothing to go on."""

from __future__ import annotations

from builder.analyse.phrases import has_predicate
from builder.analyse.rules.line import Line
from builder.analyse.shapes import NAME_DESCRIPTION

MAX_CHARS = 40


def applies(line: Line) -> bool:
    text = line.text.strip()
    return (
        line.has_children
        and len(text) <= MAX_CHARS
        and not has_predicate(text)
        and NAME_DESCRIPTION.match(text) is None
    )
