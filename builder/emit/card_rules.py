"""Why each card exists, and which lines of the notes made none: the preview page's side notes.

Both read the card decision the language layer recorded on each fact
(:attr:`builder.model.Fact.decision`: the kinds of card it feeds and the rule that decided,
or the reason it feeds none); :func:`card_rule` adds in a few words what in the notes the
card kind was drawn from.
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
    """The rule that made the note: what in the notes it was drawn from, and the rule of the
    language layer that decided (``[rule: …]``), from its first fact's decision."""
    described = _described(spec)
    fact = spec.topic.facts[spec.facts[0]] if spec.facts and spec.facts[0] < len(spec.topic.facts) else None
    decision = fact.decision if fact is not None else None
    return described if decision is None else f"{described} [rule: {decision.rule}]"


def _described(spec: NoteSpec) -> str:
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
    return "fact: a statement no other card tests; one of its key terms is the cloze"


def no_card_lines(notes: Notes, specs: list[NoteSpec]) -> list[NoCard]:
    """Every line of the notes that made no card, with its reason, in notes order: the facts the
    model decided make none, and any decided fact no note shows (the deck build refuses those)."""
    lost = {id(fact) for fact in unshown_facts(notes, specs)}
    lines: list[NoCard] = []
    for _, _, fact in notes.facts():
        decision = fact.decision
        if decision is not None and not decision.kinds:
            lines.append(NoCard(fact.source, fact.text, f"{decision.reason} [rule: {decision.rule}]"))
        elif id(fact) in lost:
            lines.append(NoCard(fact.source, fact.text, "no card shows this fact (the deck build refuses this)"))
    return lines
