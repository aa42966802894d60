"""The topic model → note specifications: what each Anki note says, before any genanki.

Pure functions.  Seven kinds of note, each from one element of the model:

``limit``       a fact with quantities; every quantity its own cloze number (cloze type)
``comparison``  a comparison; each subject clozed wherever it appears (cloze type)
``what``        a topic: "what is the subject, what is it for?" → its defining fact (basic type)
``which``       a topic: its defining fact with the name hidden → the subject (basic type)
``tip``         an emphasised statement, testing its key term (cloze type)
``list``        two or more short sibling facts no other note tests, under the line they are
                written under: each item its own cloze number, the others its cue (cloze type)
``fact``        a fact that no other note tests, its recall part clozed (cloze type), so every
                fact of the notes reaches the deck, one thing per card; a numbered item head
                is shown as the context of its children's cards instead

This module decides what goes on each card; how its fields are marked up is in the templates
of ``templates/anki/fields/`` (:mod:`builder.emit.fields`).

Each spec carries an *anchor*: the text its identity is matched on from build to build
(see :mod:`builder.emit.identity`), never part of its GUID.  Anchors are the content a note
tests (its fact, its subjects), never a heading: two topics may share a title (``### 특징``
under two sections), and a note's identity must follow its content when sections move.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from typing import Literal

from builder.analyse.alternatives import tells_an_asked_side
from builder.analyse.names import name_variants, side_names, squashed, without_the_name
from builder.analyse.shapes import USE_CASE, USE_CASE_LABEL
from builder.analyse.subjects import introduces_the_subject
from builder.emit.cloze import Deletion, occurrences, render, render_text
from builder.emit.cloze_numbers import item_keys, quantity_deletions, quantity_keys, side_keys
from builder.emit.fields import field, safe
from builder.emit.identity import PATH_SEPARATOR
from builder.model import (
    CardKind,
    Comparison,
    Fact,
    ListGroup,
    Notes,
    Section,
    SourceRef,
    Span,
    Tip,
    Topic,
    spans_between,
)

Kind = CardKind
NoteType = Literal["cloze", "basic"]
KINDS: tuple[Kind, ...] = ("limit", "comparison", "what", "which", "tip", "list", "fact")
NOTE_TYPE: dict[Kind, NoteType] = {
    "limit": "cloze",
    "comparison": "cloze",
    "tip": "cloze",
    "what": "basic",
    "which": "basic",
    "list": "cloze",
    "fact": "cloze",
}


@dataclass(frozen=True, slots=True)
class NoteSpec:
    """One note to write: its fields (without ``Source``), tags, subdeck and identity anchor."""

    kind: Kind
    fields: tuple[str, str]
    """``Text``/``Extra`` for the cloze type, ``Front``/``Back`` for the basic type."""
    cards: int
    """How many cards Anki will make from it: the cloze numbers used, or 1."""
    section: Section
    topic: Topic
    anchor: str
    """Plain text the note's identity is matched on when the notes change."""
    source: SourceRef
    tags: tuple[str, ...]
    facts: tuple[int, ...] = ()
    """Indexes in :attr:`Topic.facts` of the facts this note shows."""
    cloze_keys: tuple[str, ...] = ()
    """What cloze number ``n`` hides, at ``cloze_keys[n - 1]``, as a key that survives edits: the
    deck renumbers the fields so each key keeps the number (the card) it had before."""

    @property
    def note_type(self) -> NoteType:
        return NOTE_TYPE[self.kind]


def note_specs(notes: Notes) -> list[NoteSpec]:
    """All notes of the deck, in notes order, as the model's card decisions say."""
    specs: list[NoteSpec] = []
    for section, topic in notes.topics():
        specs.extend(_topic_specs(section, topic))
    return specs


def unshown_facts(notes: Notes, specs: list[NoteSpec]) -> list[Fact]:
    """Facts the model decided to make a card of that no note shows: the build refuses a deck
    that lost one.  A fact that makes no card carries its reason (:attr:`Fact.decision`)."""
    shown = {(id(s.topic), i) for s in specs for i in s.facts}
    return [
        fact
        for _, topic in notes.topics()
        for i, fact in enumerate(topic.facts)
        if (fact.decision is None or fact.decision.kinds) and (id(topic), i) not in shown
    ]


def topic_path(topic: Topic) -> str:
    """The topic's heading path within its file (``생물 › 세포 › 특징``): the ledger's topic key,
    distinct for same-named headings under different parents."""
    return PATH_SEPARATOR.join((*topic.ancestors, topic.title))


def tag(text: str) -> str:
    """One level of an Anki tag: no spaces, no ``::`` or quotes; Hangul kept."""
    cleaned = re.sub(r"[\s\"*:]+", "_", text.strip())
    return cleaned.strip("_") or "_"


def context_line(topic: Topic, *, hide_subject: bool = False) -> list[str]:
    """The parts of ``subject · aspect`` above a card, after the heading the topic is read under
    (:attr:`Topic.above`); the subject left out when it is the answer."""
    parts = [*topic.above] if hide_subject else [*topic.above, topic.subject]
    if topic.aspect:
        parts.append(topic.aspect)
    return [p for p in parts if p]


def _decided(fact: Fact, kind: Kind) -> bool:
    return fact.decision is not None and kind in fact.decision.kinds


def _topic_specs(section: Section, topic: Topic) -> Iterator[NoteSpec]:
    tags = (f"{tag(section.title)}::{tag(topic.subject or topic.title)}",)
    if topic.aspect:
        tags = (f"{tags[0]}::{tag(topic.aspect)}",)

    def spec(
        kind: Kind,
        fields: tuple[str, str],
        cards: int,
        anchor: str,
        source: SourceRef,
        facts: tuple[int, ...],
        keys: tuple[str, ...] = (),
    ) -> NoteSpec:
        return NoteSpec(kind, fields, cards, section, topic, anchor, source, (*tags, f"card::{kind}"), facts, keys)

    for index, fact in enumerate(topic.facts):
        if _decided(fact, "limit"):
            keys = quantity_keys(fact)
            yield spec("limit", _limit_fields(topic, fact), len(keys), fact.text, fact.source, (index,), keys)
    for comparison in topic.comparisons:
        compared = _comparison_fields(topic, comparison)
        if compared:
            fields, cards = compared
            # The subjects, in any order: swapping the sides of 'A vs B' is the same comparison.
            anchor = " | ".join(sorted(s.subject.strip() for s in comparison.sides if s.subject.strip()))
            yield spec("comparison", fields, cards, anchor, comparison.source, comparison.facts, side_keys(comparison))
    if topic.definition is not None:
        defining = topic.facts[topic.definition]
        index = topic.definition
        yield spec("what", _what_fields(section, topic, defining), 1, defining.text, topic.source, (index,))
        if _decided(defining, "which"):
            yield spec("which", _which_fields(section, topic, defining), 1, defining.text, topic.source, (index,))
    for index, fact in enumerate(topic.facts):
        if fact.defines and _decided(fact, "what"):
            yield spec("what", _term_what_fields(topic, fact), 1, fact.text, fact.source, (index,))
        if fact.defines and _decided(fact, "which"):
            yield spec("which", _term_which_fields(topic, fact), 1, fact.text, fact.source, (index,))
    for tip in topic.tips:
        if _decided(topic.facts[tip.fact], "tip"):
            yield spec("tip", _tip_fields(topic, tip), 1, tip.text, tip.source, (tip.fact,))
    for group in topic.lists:
        fields, anchor, keys = _list_fields(topic, group)
        under = group.items[0] if group.parent is None else group.parent
        shows = (*group.items, *(() if group.parent is None else (group.parent,)))
        yield spec("list", fields, len(group.items), anchor, topic.facts[under].source, shows, keys)
    for index, fact in enumerate(topic.facts):
        if _decided(fact, "fact"):
            yield spec("fact", _fact_fields(topic, fact), 1, fact.text, fact.source, (index,))


def _fact_fields(topic: Topic, fact: Fact) -> tuple[str, str]:
    """A statement with its best key term hidden, under its context path."""
    term = fact.terms[0]
    return _in_context("fact", topic, fact, render(fact.spans, [Deletion(term.start, term.end, 1)])), ""


def _list_fields(topic: Topic, group: ListGroup) -> tuple[tuple[str, str], str, tuple[str, ...]]:
    """A list's text (each item hidden by its own cloze number), its anchor (the line it is
    written under and its items, in order) and its cloze keys (one per item)."""
    texts = [topic.facts[i].text for i in group.items]
    items = [
        {
            "marker": "•" if number is None else f"{number}.",
            "body": safe(render(topic.facts[i].spans, [Deletion(*_whole(topic.facts[i].text), n)])),
        }
        for n, (i, number) in enumerate(zip(group.items, group.numbers, strict=True), 1)
    ]
    parent = None if group.parent is None else topic.facts[group.parent]
    head = None if parent is None else _path(parent.context)
    title = None if parent is None else safe(render(parent.spans))
    text = field("list", context=context_line(topic), head=head, title=title, items=items)
    anchor = " | ".join(t.strip() for t in ([] if parent is None else [parent.text]) + texts)
    return (text, ""), anchor, item_keys(texts)


def _whole(text: str) -> tuple[int, int]:
    """A short item's offsets without surrounding spaces or a final full stop: all of it is asked."""
    start = len(text) - len(text.lstrip())
    end = len(text.rstrip(" .。!?"))
    return (start, end) if end > start else (0, len(text))


def _path(context: tuple[str, ...]) -> str | None:
    """The context path of a fact as the card's second line part (``Glacier › 검색 옵션``)."""
    return PATH_SEPARATOR.join(context) or None


def _limit_fields(topic: Topic, fact: Fact) -> tuple[str, str]:
    deletions = quantity_deletions(fact)
    # Values keep the particles written after them: a particle says only whether the unit ends
    # in a consonant, and on a note of several values each card shows the others' particles.
    neutral = len({d.number for d in deletions}) == 1
    spans: tuple[Span, ...] = fact.spans
    if fact.excerpt is not None:  # a paragraph: only the sentences that hold its values
        start, end = fact.excerpt
        spans = spans_between(fact.spans, start, end)
        deletions = [Deletion(d.start - start, d.end - start, d.number) for d in deletions]
    return _in_context("limit", topic, fact, render(spans, deletions, neutral_particles=neutral)), ""


def _in_context(template: str, topic: Topic, fact: Fact, body: str) -> str:
    """A cloze text under its context line: ``subject · aspect`` and the lines it is written under."""
    return field(template, context=context_line(topic), head=_path(fact.context), body=safe(body))


def _comparison_fields(topic: Topic, comparison: Comparison) -> tuple[tuple[str, str], int] | None:
    named = [side for side in comparison.sides if side.subject.strip()]
    if len(named) < 2:
        return None
    asked = [side for side in named if side.asked]  # cloze n is the n-th asked side
    names = [(n, side_names(side.subject)) for n, side in enumerate(asked, 1)]
    if not names:
        return None
    # As on a note of several values: each card shows the other sides' names, and a neutral
    # particle after a name in plain view reads as debris (``해시 인덱스은(는)``).
    neutral = len(names) == 1
    sides = [
        {
            "head": safe(
                render_text(side.subject, [Deletion(0, len(side.subject), asked.index(side) + 1)] if side.asked else [])
            ),
            "points": [safe(render_text(p, occurrences(p, names), neutral_particles=neutral)) for p in side.points],
        }
        for side in named
    ]
    title = None
    if _shows_title(topic, comparison):
        title = safe(render_text(comparison.title, occurrences(comparison.title, names), neutral_particles=neutral))
    # No part of the context line may name a hidden side (``0009 · ClusterIP Service`` above a
    # table that asks ClusterIP): the answer would stand above its blank.
    context = [
        part for part in context_line(topic) if not occurrences(part, names) and not tells_an_asked_side(part, named)
    ]
    return (field("comparison", context=context, title=title, sides=sides), ""), len(names)


def _shows_title(topic: Topic, comparison: Comparison) -> bool:
    """Whether the comparison's card shows its title: not when the context line already says it,
    nor when it only names the sides (:attr:`Comparison.title_shown`)."""
    return comparison.title_shown and comparison.title.strip() not in (topic.title.strip(), topic.subject.strip())


def _section_context(section: Section, topic: Topic) -> list[str]:
    """The file's title above a what/which card, when the author gave one (never a file name);
    in notes of several chapters, each a top heading of its own (``# 1. 생명 주기`` … ``# 요구사항
    분석``), the chapter the topic is under: the first one names only the first chapter."""
    chapters = {t.ancestors[0] for t in section.topics if t.ancestors}
    if len(chapters) >= 2:
        return [topic.ancestors[0]] if topic.ancestors else []  # a chapter's own lines: its name is the subject
    return [section.title] if section.titled else []


def _what_fields(section: Section, topic: Topic, defining: Fact) -> tuple[str, str]:
    uses = [t for t in topic.tips if t.kind == "use_case" and t.text not in defining.text]
    return (
        field(
            "what-front",
            section=_section_context(section, topic),
            # Under an aspect that only introduces it (``RAID · 특징``), the card asks what RAID is.
            subject=[
                topic.subject,
                *([topic.aspect] if topic.aspect and not introduces_the_subject(topic.aspect) else []),
            ],
            ask_use=defining.says_use,
        ),
        field(
            "what-back",
            answer=safe(render(_defining_spans(defining))),
            use=safe(render_text(uses[0].text)) if uses else None,
        ),
    )


def _defining_spans(fact: Fact) -> tuple[Span, ...]:
    """What a what or which card shows of its definition: its first sentence when it goes on."""
    if fact.defining_sentence is None:
        return fact.spans
    return spans_between(fact.spans, *fact.defining_sentence)


def _which_fields(section: Section, topic: Topic, defining: Fact) -> tuple[str, str]:
    spans = _defining_spans(defining)
    hidden = occurrences("".join(s.text for s in spans), [(1, name_variants(topic.subject))])
    # The statement around each mention of the subject; the template hides the mentions.
    pieces = re.split(r"\{\{c1::.*?\}\}", render(spans, hidden))
    return (
        field(
            "which-front",
            section=without_the_name(_section_context(section, topic), topic.subject),
            pieces=[safe(p) for p in pieces],
            ask=_needs_asking(spans),
        ),
        field("which-back", subject=[topic.subject]),
    )


def _needs_asking(spans: Sequence[Span]) -> bool:
    """Whether the statement needs the which card's question after it: one that ends in a question
    mark (``… 사용되는 알고리즘은 무엇인가?``, an exam's keyed question) asks by itself."""
    return not "".join(s.text for s in spans).rstrip().endswith(("?", "？"))


def _term_context(topic: Topic, fact: Fact) -> list[str]:
    """Above a card asking for a term: the topic and the path down to the term, without any part
    that names the term (the heading ``백도어`` above the question whose answer is 백도어).  The
    aspect of a heading that names it goes with it: ``차이`` alone, from ``Error와 Exception · 차이``
    over a card asking Error, says nothing."""
    term = fact.defines or ""
    heading = context_line(topic)
    if topic.subject and not without_the_name([topic.subject], term):
        heading = [*topic.above]
    return without_the_name([*heading, *fact.context], term)


def _term_what_fields(topic: Topic, fact: Fact) -> tuple[str, str]:
    # A what card names its term: above it, only a part that is the term itself would be clutter.
    context = [p for p in [*context_line(topic), *fact.context] if squashed(p) != squashed(fact.defines or "")]
    return (
        field("what-front", section=context, subject=[fact.defines], ask_use=fact.says_use),
        field("what-back", answer=safe(render(_defining_spans(fact))), use=None),
    )


def _term_which_fields(topic: Topic, fact: Fact) -> tuple[str, str]:
    term = fact.defines or ""
    spans = _defining_spans(fact)
    hidden = occurrences("".join(s.text for s in spans), [(1, name_variants(term))])
    pieces = re.split(r"\{\{c1::.*?\}\}", render(spans, hidden))
    return (
        field(
            "which-front",
            section=_term_context(topic, fact),
            pieces=[safe(p) for p in pieces],
            ask=_needs_asking(spans),
        ),
        field("which-back", subject=[term]),
    )


def _tip_fields(topic: Topic, tip: Tip) -> tuple[str, str]:
    """A use case asks for the subject it is a use of (the language layer makes a tip card only of
    a use case whose text does not name its subject; emphasised statements are fact cards)."""
    subject = topic.subject.strip() or topic.title
    label = USE_CASE_LABEL if not USE_CASE.match(tip.text) else ""
    answer = safe(render_text(subject, [Deletion(0, len(subject), 1)]))
    context = context_line(topic, hide_subject=True)
    return field("tip", context=context, head=None, premise=None, label=label, body=tip.text, answer=answer), ""
