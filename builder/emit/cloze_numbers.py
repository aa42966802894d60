"""What each cloze number of a note hides, as a key that survives edits of the notes.

A cloze number is a card, and a card carries the learner's review history.  Anki numbers a
note's cards by the ``{{cN::…}}`` in its text, so when a fact gains a quantity in front, or
the sides of a comparison swap, the deck must renumber the deletions so each keeps its card
(:func:`builder.emit.identity.assign_clozes`).  These keys say what a deletion is about —
what a quantity measures, which subject a side names — never its value.
"""

from __future__ import annotations

from collections.abc import Iterable

from builder.emit.cloze import Deletion
from builder.model import Comparison, Fact


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


def _numbered(keys: Iterable[str]) -> tuple[str, ...]:
    seen: dict[str, int] = {}
    out = []
    for key in keys:
        seen[key] = seen.get(key, 0) + 1
        out.append(f"{key}#{seen[key]}")
    return tuple(out)


def _folded(text: str) -> str:
    return " ".join(text.casefold().split())
