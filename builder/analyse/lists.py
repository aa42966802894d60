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
from builder.analyse.shapes import KEY_MEANING, LIST_COUNT
from builder.model import Fact, ListGroup

LIST_ITEM_CHARS = 25
"""Longest item (characters) of a list asked as one note."""
MAX_ITEMS = 10


def list_groups(facts: Sequence[Fact], excluded: Set[int], heading: str = "") -> tuple[ListGroup, ...]:
    """The closed lists of a topic whose items are all short, parallel and not taken by ``excluded``.

    A list is asked only when it is complete, so that the items shown pin the hidden one down:
    a numbered list, or a list under a line that counts it (``4가지 조건:``).  Properties listed
    under a heading are an open set: one of them hidden has many answers."""
    parents = {f.parent for f in facts if f.parent is not None}
    runs: list[list[int]] = []
    open_runs: dict[int | None, list[int]] = {}  # the latest run under each parent
    for index, fact in enumerate(facts):
        run = open_runs.get(fact.parent)
        previous = run[-1] if run else None
        # The lines written under an item (its parent's other children end the list) do not cut
        # the list in two: ``1. 우연적`` with its two lines, then ``2. 논리적`` is one list.
        same_list = (
            previous is not None
            and (facts[previous].kind, facts[previous].depth) == (fact.kind, fact.depth)
            and all(facts[i].parent != fact.parent for i in range(previous + 1, index))
        )
        if run is not None and same_list:
            run.append(index)
        else:
            open_runs[fact.parent] = [index]
            runs.append(open_runs[fact.parent])
    groups = []
    for run in runs:
        if not MAX_ITEMS >= len(run) >= 2 or facts[run[0]].kind not in ("bullet", "numbered"):
            continue
        parent = facts[run[0]].parent
        lead = _lead(facts, run[0]) if parent is None else None
        titles = (facts[parent].text,) if parent is not None else tuple(t for t in (lead, heading) if t)
        title = next((t for t in titles if _closed(facts, run, t)), None)
        if title is None:
            continue
        if _shared_head(facts, run):
            continue  # ``User Process``, ``System Process``: each item gives away the others' shape
        if len({facts[i].text.strip().casefold() for i in run}) < len(run):
            continue  # a step written twice (``ufw status verbose`` 2nd and 6th): hidden, it shows on the front
        if all(_listable(facts[i], i, excluded, parents) for i in run):
            numbers = tuple(n if facts[i].kind == "numbered" else None for n, i in enumerate(run, 1))
            # A bullet list its lead paragraph counts shows that paragraph as its title: it says
            # what the items are (``스크럼의 3가지 산출물``).
            counted_by_lead = title == lead and facts[run[0]].kind == "bullet"
            groups.append(ListGroup(run[0] - 1 if counted_by_lead else parent, tuple(run), numbers))
    return tuple(groups)


def _lead(facts: Sequence[Fact], first: int) -> str | None:
    """The paragraph written right before a top-level list, which titles it (``스크럼의 3가지
    산출물`` over its three bullets), if any."""
    before = facts[first - 1] if first > 0 else None
    return before.text if before is not None and before.kind == "paragraph" and before.parent is None else None


def _listable(fact: Fact, index: int, excluded: Set[int], parents: Set[int]) -> bool:
    text = fact.text.strip()
    return (
        0 < len(text) <= LIST_ITEM_CHARS
        and not fact.quantities
        and index not in excluded
        and index not in parents
        and not has_predicate(text)
        and not KEY_MEANING.search(text)  # ``Shift + p > CPU 순``: a key and its meaning, not one item
    )


def _shared_head(facts: Sequence[Fact], run: Sequence[int]) -> bool:
    """Whether every item ends in the same word (with a word before it)."""
    words = [facts[i].text.split() for i in run]
    return all(len(w) >= 2 for w in words) and len({w[-1].casefold() for w in words}) == 1


def _closed(facts: Sequence[Fact], run: Sequence[int], title: str) -> bool:
    """A numbered list, or a bulleted one whose title counts its items (``3가지 조건:``).  A bullet
    list under ``종류`` or ``구성:`` alone is an open set as notes write it (an editor's ``종류`` list
    names six of many; ``ELB 유형`` names three of four): graded, its cards were never worth keeping."""
    if facts[run[0]].kind == "numbered":
        return True
    counted = LIST_COUNT.search(title)
    return counted is not None and int(counted["count"]) == len(run)
