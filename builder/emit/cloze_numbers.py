"""What each cloze number of a note hides, as a key that survives edits of the notes.

A cloze number is a card, and a card carries the learner's review history.  Anki numbers a
note's cards by the ``{{cN::…}}`` in its text, so when a fact gains a quantity in front, or
the sides of a comparison swap, the deck must renumber the deletions so each keeps its card
(:func:`assign_clozes`).  The keys say what a deletion is about — what a quantity measures,
which subject a side names — never its value; the ledger remembers each key's number.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence

from builder.emit.cloze import Deletion
from builder.emit.identity import ratio
from builder.emit.ledger import Clozes
from builder.model import Comparison, Fact

CLOZE_LABEL_RATIO = 0.6
"""How alike a deletion's reworded label must be to keep the cloze number (and card) it had."""


def quantity_deletions(fact: Fact) -> list[Deletion]:
    """The fact's quantities as deletions c1, c2, … in text order; overlaps dropped."""
    deletions: list[Deletion] = []
    last_end = -1
    for quantity in sorted(fact.quantities, key=lambda q: q.start):
        if quantity.start >= last_end and 0 <= quantity.start < quantity.end <= len(fact.text):
            deletions.append(Deletion(quantity.start, quantity.end, len(deletions) + 1))
            last_end = quantity.end
    return deletions


def quantity_keys(fact: Fact) -> tuple[str, ...]:
    """A key per deletion of :func:`quantity_deletions`: what the quantity measures (its kind and label),
    numbered among equals; not its value (a changed number is the same card)."""
    by_start = {q.start: q for q in fact.quantities}
    return _numbered(f"{by_start[d.start].kind}|{_folded(by_start[d.start].label)}" for d in quantity_deletions(fact))


def side_keys(comparison: Comparison) -> tuple[str, ...]:
    """A key per clozed side: its subject, casefolded (c1 is not 'the first side')."""
    return _numbered(f"side|{_folded(side.subject)}" for side in comparison.sides if side.subject.strip())


def item_keys(items: Iterable[str]) -> tuple[str, ...]:
    """A key per item of a list: its text, casefolded (c1 is not 'the first item'), so an item
    added, removed or moved leaves every other item on its card."""
    return _numbered(f"item|{_folded(item)}" for item in items)


def _numbered(keys: Iterable[str]) -> tuple[str, ...]:
    seen: dict[str, int] = {}
    out = []
    for key in keys:
        seen[key] = seen.get(key, 0) + 1
        out.append(f"{key}#{seen[key]}")
    return tuple(out)


def _folded(text: str) -> str:
    return " ".join(text.casefold().split())


def assign_clozes(keys: Sequence[str], old: Clozes) -> tuple[dict[int, int], Clozes]:
    """Final cloze numbers for deletions numbered 1, 2, … in ``keys`` order, and the note's new map.

    A cloze number is a card, and a card carries the learner's history, so a deletion keeps
    the number it had, found by its key (``kind|label#n`` for a quantity, ``side|subject`` for
    a comparison side, ``item|text`` for a list item), else by a retired key of the same kind
    with a similar label (a reworded label, a fixed typo).  A new deletion gets a number never
    used by the note: a retired number still has its card, and its history, in the learner's
    collection.  Retired keys stay in the map, so a deletion that comes back gets its card back.
    """
    remembered = dict(old)
    current = set(keys)
    numbers: dict[int, int] = {}
    fresh: list[int] = []
    for position, key in enumerate(keys, 1):
        if key in remembered:
            numbers[position] = remembered[key]
        else:
            fresh.append(position)
    unclaimed = [k for k in remembered if k not in current and remembered[k] not in numbers.values()]
    candidates = sorted(
        (
            (ratio(_label(keys[p - 1]), _label(k)), p, k)
            for p in fresh
            for k in unclaimed
            if _kind(keys[p - 1]) == _kind(k)
        ),
        key=lambda c: (-c[0], c[1], c[2]),
    )
    for score, position, key in candidates:
        if (
            score >= CLOZE_LABEL_RATIO
            and position not in numbers
            and key in remembered
            and remembered[key] not in numbers.values()
        ):
            numbers[position] = remembered.pop(key)
    following = max(dict(old).values(), default=0) + 1
    for position in fresh:
        if position not in numbers:
            numbers[position] = following
            following += 1
    remembered.update((keys[p - 1], n) for p, n in numbers.items())
    return numbers, tuple(sorted(remembered.items()))


def _kind(key: str) -> str:
    return key.partition("|")[0]


def _label(key: str) -> str:
    return key.partition("|")[2].rpartition("#")[0] or key.partition("|")[2]
