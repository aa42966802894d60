"""``label``: a line that only labels what follows: a section word (``특징``, ``장점:``,
``**개요**``), an Obsidian callout label (``[!note]``, ``[!tip] 정리``), or a short bold title
with lines under it (``**Python**`` heading its own bullets).

A label heads lines whose cards show it as their context; alone it asks nothing."""

from __future__ import annotations

import re

from builder.analyse.phrases import has_predicate
from builder.analyse.rules.line import LABEL_MARKS, Line
from builder.analyse.shapes import ITEM_NUMBER, without_pictographs
from builder.analyse.words import SECTION_LABELS
from builder.model import wholly_marked

_CALLOUT = re.compile(r"^\s*\[![\w-]+\][+-]?\s*(?P<rest>.*)$")


def applies(line: Line) -> bool:
    callout = _CALLOUT.match(line.text)
    if callout and len(callout["rest"].strip()) <= 20:
        return True
    bare = ITEM_NUMBER.sub("", line.bare).strip().casefold()
    if bare in SECTION_LABELS or without_pictographs(bare).strip(LABEL_MARKS) in SECTION_LABELS:
        return True  # ``💡 풀이``, ``📌 특징:``: a pictograph decorates the label
    titled = wholly_marked(line.spans, "strong")
    return line.has_children and titled and len(bare) <= 30 and not has_predicate(line.text)
