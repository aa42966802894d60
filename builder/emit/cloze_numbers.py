"""What each cloze number of a note hides, as a key that survives edits of the notes.

A cloze number is a card, and a card carries the learner's review history.  Anki numbers a
note's cards by the ``{{cN::…}}`` in its text, so when a fact gains a quantity in front, or
the sides of a comparison swap, the deck must renumber the deletions so each keeps its card
(:func:`assign_clozes`).  The keys say what a deletion is about — what a quantity measures,
which subject a side names — never its value; the ledger remembers each key's number.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence

from builder.analyse.values import restatement_of
from builder.emit.cloze import Deletion
from builder.emit.identity import ratio
from builder.emit.ledger import Clozes
from builder.model import Comparison, Fact

CLOZE_LABEL_RATIO = 0.6
"""How alike a deletion's reworded label must be to keep the cloze number (and card) it had."""


def quantity_deletions(fact: Fact) -> list[Deletion]:
    """The fact's quantities as deletions c1, c2, … in text order; overlaps dropped.  A value
    written twice is one deletion number (its card hides both), so is a value and its restatement
    in another unit (``900초, 즉 15분``), and a gloss in brackets right
    after a value (``99.999999999% (11 9's)``) is hidden with it: either would show the answer."""
    deletions: list[Deletion] = []
    numbers: dict[str, int] = {}
    last_end = -1
    for quantity in sorted(fact.quantities, key=lambda q: q.start):
        if quantity.start >= last_end and 0 <= quantity.start < quantity.end <= len(fact.text):
            restated = restatement_of(fact.text, quantity, fact.quantities)
            first = restated if restated is not None and restated.start < quantity.start else quantity
            number = numbers.setdefault(first.text, len(numbers) + 1)
            end = _gloss_end(fact.text, quantity.end)
            deletions.append(Deletion(quantity.start, end, number, quantity.hint))
            last_end = end
    return deletions


def _gloss_end(text: str, end: int) -> int:
    """The end of ``(11 9's)`` written right after a value, else ``end``."""
    rest = text[end:]
    opened = rest[: len(rest) - len(rest.lstrip(" "))].count(" ") <= 1 and rest.lstrip(" ").startswith("(")
    if not opened:
        return end
    start = end + rest.index("(")
    close = text.find(")", start)
    gloss = text[start + 1 : close]
    return close + 1 if 0 < close - start <= 16 and any(c.isdigit() for c in gloss) else end


def quantity_keys(fact: Fact) -> tuple[str, ...]:
    """A key per deletion of :func:`quantity_deletions`: what the quantity measures (its kind and label),
    numbered among equals; not its value (a changed number is the same card)."""
    by_start = {q.start: q for q in fact.quantities}
    first: dict[int, Deletion] = {}
    for deletion in quantity_deletions(fact):
        first.setdefault(deletion.number, deletion)
    return _numbered(f"{by_start[d.start].kind}|{_folded(by_start[d.start].label)}" for d in first.values())


def side_keys(comparison: Comparison) -> tuple[str, ...]:
    """A key per clozed side: its subject, casefolded (c1 is not 'the first side')."""
    return _numbered(
        f"side|{_folded(side.subject)}" for side in comparison.sides if side.subject.strip() and side.asked
    )


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
