"""List groups: short parallel items of one list, asked together.

A fact card hides a key term of a statement; an item of a few words (``SYN``, ``상호 배제``)
has no statement around it to show.  Asked together, each item is a card of one note and the
other items and the line they are written under are its cue.  A list qualifies only whole:
every item of it short and a noun phrase (no verb: a statement is a card of its own), none
with a quantity or lines under it, and it has a line or heading it is written under.
"""

from __future__ import annotations

from collections.abc import Sequence, Set

from builder.analyse.phrases import has_predicate
from builder.model import Fact, ListGroup

LIST_ITEM_CHARS = 25
"""Longest item (characters) of a list asked as one note."""
MAX_ITEMS = 10


def list_groups(facts: Sequence[Fact], excluded: Set[int]) -> tuple[ListGroup, ...]:
    """The lists of a topic whose items are all short, parallel and not taken by ``excluded``."""
    parents = {f.parent for f in facts if f.parent is not None}
    runs: list[list[int]] = []
    for index, fact in enumerate(facts):
        previous = runs[-1][-1] if runs else None
        same_list = (
            previous is not None
            and facts[previous].parent == fact.parent
            and (facts[previous].kind, facts[previous].depth) == (fact.kind, fact.depth)
            and all(facts[i].parent != fact.parent or i in runs[-1] for i in range(previous + 1, index))
        )
        if same_list:
            runs[-1].append(index)
        else:
            runs.append([index])
    groups = []
    for run in runs:
        if not MAX_ITEMS >= len(run) >= 2 or facts[run[0]].kind not in ("bullet", "numbered"):
            continue
        if all(_listable(facts[i], i, excluded, parents) for i in run):
            numbers = tuple(n if facts[i].kind == "numbered" else None for n, i in enumerate(run, 1))
            groups.append(ListGroup(facts[run[0]].parent, tuple(run), numbers))
    return tuple(groups)


def _listable(fact: Fact, index: int, excluded: Set[int], parents: Set[int]) -> bool:
    text = fact.text.strip()
    return (
        0 < len(text) <= LIST_ITEM_CHARS
        and not fact.quantities
        and index not in excluded
        and index not in parents
        and not has_predicate(text)
    )
