"""Short sibling facts asked together: which runs of a topic's facts make one list note.

A fact card hides its recall part under the topic's name.  For a fact of a few words
(``SYN``, ``상호 배제``) that part is the whole fact, so its siblings would all ask the same
question ("3-way handshake [...]") with different answers.  Asked together, each item is
its own cloze of one note and the other items and the line they are written under are its cue.
"""

from __future__ import annotations

from collections.abc import Set
from dataclasses import dataclass

from builder.model import Fact, Topic

LIST_ITEM_CHARS = 20
"""Longest item (in characters) asked as part of a list; a longer fact says enough to be its own card."""
MIN_LIST_ITEMS = 2


@dataclass(frozen=True, slots=True)
class Run:
    """Consecutive short siblings asked as one list."""

    parent: int | None
    """Index in :attr:`Topic.facts` of the fact the items are written under, if any."""
    items: tuple[int, ...]
    """Indexes in :attr:`Topic.facts` of the items, in order."""
    numbers: tuple[int | None, ...]
    """Each item's position in its numbered list (``1.``, ``2.``, …), or ``None`` for a bullet."""


def sibling_runs(topic: Topic, shown: Set[int]) -> list[Run]:
    """The lists of a topic: two or more consecutive siblings (same parent, depth and kind of
    list entry), each short, without quantities and shown by no note of ``shown``.

    A fact shown above its children's cards is no list item: a numbered item with facts under
    it (their cards show it as their context, :mod:`builder.emit.cards`), or the line a list is
    written under (deeper lists are settled first).
    """
    taken = set(shown) | {item.head for item in topic.items if item.children}
    siblings: dict[int | None, list[int]] = {}
    for index, fact in enumerate(topic.facts):
        siblings.setdefault(fact.parent, []).append(index)
    runs: list[Run] = []
    for parent, indexes in sorted(siblings.items(), key=lambda s: -topic.facts[s[1][0]].depth):
        run: list[int] = []
        numbers: list[int | None] = []
        position = 0  # in the list of the entries before: siblings of another kind end it
        previous: Fact | None = None
        for index in indexes:
            fact = topic.facts[index]
            same_list = previous is not None and (fact.kind, fact.depth) == (previous.kind, previous.depth)
            position = position + 1 if same_list else 1
            listable = _listable(fact, index, taken)
            if not (same_list and listable):
                _close(runs, parent, run, numbers, taken)
                run, numbers = [], []
            if listable:
                run.append(index)
                numbers.append(position if fact.kind == "numbered" else None)
            previous = fact
        _close(runs, parent, run, numbers, taken)
    return sorted(runs, key=lambda r: r.items[0])


def _listable(fact: Fact, index: int, shown: Set[int]) -> bool:
    text = fact.text.strip()
    return (
        fact.kind in ("bullet", "numbered")
        and not fact.quantities
        and index not in shown
        and 0 < len(text) <= LIST_ITEM_CHARS
    )


def _close(runs: list[Run], parent: int | None, run: list[int], numbers: list[int | None], taken: set[int]) -> None:
    """Keep a run long enough to be a list; the line it is written under is now shown."""
    if len(run) >= MIN_LIST_ITEMS:
        runs.append(Run(parent, tuple(run), tuple(numbers)))
        if parent is not None:
            taken.add(parent)
