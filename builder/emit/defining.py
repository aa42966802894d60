"""Which statement of a topic defines its subject: the answer of its what card, the question
of its which card."""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Set

from builder.model import Fact, Topic


def defining_fact(topic: Topic, defined: Set[str] = frozenset()) -> Fact | None:
    """The first top-level statement of the topic: what its author said the subject is; the
    one that defined it last time (``defined``), if it still qualifies.

    Numbered lines (item heads, comparison titles), lines with quantities (limits), lines that
    introduce a list (ending with ``:``), lines that only state a version or number, entries
    set against each other in a comparison (``FCFS : …``) and use cases do not define a
    subject, and an ``A vs B`` topic has no single subject to define; a topic without such a
    statement gets no what/which cards.
    """
    if _VERSUS.search(topic.title):
        return None
    elsewhere = {i for c in topic.comparisons for i in c.facts} | {t.fact for t in topic.tips if t.kind == "use_case"}
    candidates = [
        fact
        for index, fact in enumerate(topic.facts)
        if index not in elsewhere
        and fact.depth == 0
        and fact.parent is None
        and fact.kind in ("bullet", "paragraph")
        and not fact.quantities
        and len(fact.text.strip()) >= 6
        and not fact.text.rstrip().endswith((":", "："))
        and not _only_a_version(fact.text)
    ]
    return next(
        (f for f in candidates if unicodedata.normalize("NFC", f.text) in defined),
        candidates[0] if candidates else None,
    )


_VERSUS = re.compile(r"(?<![A-Za-z])vs\.?(?![A-Za-z])", re.IGNORECASE)
_VERSION_WORDS = re.compile(r"(?i)\b(?:v|ver|version|release)\b|버전|릴리스|이상|이하|부터|기준")


def _only_a_version(text: str) -> bool:
    """``버전 3.0``, ``v2.1 이상``: a number with version words and nothing else to define."""
    if not re.search(r"\d", text):
        return False
    rest = _VERSION_WORDS.sub("", re.sub(r"(?i)\bv(?=\d)", "", text))
    return len(re.sub(r"[\W\d_]", "", rest)) < 2
