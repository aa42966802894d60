"""Why each card exists, and which lines of the notes made none: the preview page's side notes.

Two functions, kept apart from the page so that they can later read the card decisions the
model records (which card kinds a fact feeds, or the reason it feeds none) instead of
re-deriving them from a :class:`~builder.emit.cards.NoteSpec`.
"""

from __future__ import annotations

from dataclasses import dataclass

from builder.emit.cards import NoteSpec, unshown_facts
from builder.model import Notes, SourceRef

_COMPARISON_ORIGINS = {
    "versus": "an 'A vs B' title",
    "enumeration": "'name : description' entries (or parallel items) under one heading",
    "parallel": "one sentence 'X는 …, Y는 …'",
    "table": "the columns of a table",
}
_TIP_KINDS = {
    "emphasis": "a line emphasised in bold or backticks",
    "conclusion": "a conclusion after '=>' or '->'",
    "use_case": "a '사용 사례' (use case) line",
}


@dataclass(frozen=True, slots=True)
class NoCard:
    """A line of the notes that made no card, and why."""

    source: SourceRef
    text: str
    reason: str


def card_rule(spec: NoteSpec) -> str:
    """The rule that made the note, in a few words (what in the notes triggered it)."""
    topic = spec.topic
    if spec.kind == "limit":
        fact = topic.facts[spec.facts[0]] if spec.facts else None
        values = ", ".join(q.text for q in fact.quantities) if fact else ""
        return f"limit: a fact with quantities ({values}); each quantity is its own cloze"
    if spec.kind == "comparison":
        origin = next((c.origin for c in topic.comparisons if c.source == spec.source), None)
        found = _COMPARISON_ORIGINS.get(origin or "", "subjects set against each other")
        return f"comparison: subjects drawn from {found}; each subject's name is its own cloze"
    if spec.kind == "what":
        return f"what: the statement that defines '{topic.subject}' answers what it is"
    if spec.kind == "which":
        return f"which: the defining statement with '{topic.subject}' hidden asks for the subject"
    if spec.kind == "tip":
        kind = next((t.kind for t in topic.tips if t.source == spec.source and t.text == spec.anchor), None)
        return f"tip: {_TIP_KINDS.get(kind or '', 'an emphasised statement')}; its key term is the cloze"
    if spec.kind == "list":
        return "list: short sibling items asked as one note, one item per card, the others as its cue"
    return "fact: a line no other card tests; its recall part (after 'name :' or the sentence's end) is the cloze"


def no_card_lines(notes: Notes, specs: list[NoteSpec]) -> list[NoCard]:
    """Every line of the notes that made no card, with its reason, in notes order."""
    return [
        NoCard(fact.source, fact.text, "no card shows this fact (the deck build refuses this)")
        for fact in unshown_facts(notes, specs)
    ]
