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
from collections.abc import Iterator, Set
from dataclasses import dataclass
from typing import Literal

from markupsafe import Markup

from builder.emit.cloze import Deletion, name_variants, occurrences, render, render_text
from builder.emit.cloze_numbers import item_keys, quantity_deletions, quantity_keys, side_keys
from builder.emit.defining import defining_fact
from builder.emit.fields import field, safe
from builder.emit.identity import PATH_SEPARATOR
from builder.emit.lists import Run, sibling_runs
from builder.emit.recall import recall_part
from builder.model import Comparison, Fact, Notes, Section, SourceRef, Tip, Topic

Kind = Literal["limit", "comparison", "what", "which", "tip", "list", "fact"]
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


def note_specs(notes: Notes, defined: Set[str] = frozenset()) -> list[NoteSpec]:
    """All notes of the deck, in notes order.

    ``defined``: the texts the last build's what/which notes were about.  A topic keeps
    defining itself by the same statement when its bullets are reordered, so its which card
    keeps asking what it asked.
    """
    specs: list[NoteSpec] = []
    for section, topic in notes.topics():
        specs.extend(_topic_specs(section, topic, defined))
    return specs


def unshown_facts(notes: Notes, specs: list[NoteSpec]) -> list[Fact]:
    """Facts of the model that no note shows: the build refuses to write a deck that lost one."""
    shown = {(id(s.topic), i) for s in specs for i in s.facts}
    return [fact for _, topic in notes.topics() for i, fact in enumerate(topic.facts) if (id(topic), i) not in shown]


def topic_path(topic: Topic) -> str:
    """The topic's heading path within its file (``생물 › 세포 › 특징``): the ledger's topic key,
    distinct for same-named headings under different parents."""
    return PATH_SEPARATOR.join((*topic.ancestors, topic.title))


def tag(text: str) -> str:
    """One level of an Anki tag: no spaces, no ``::`` or quotes; Hangul kept."""
    cleaned = re.sub(r"[\s\"*:]+", "_", text.strip())
    return cleaned.strip("_") or "_"


def context_line(topic: Topic, *, hide_subject: bool = False) -> list[str]:
    """The parts of ``subject · aspect`` above a card; the subject left out when it is the answer."""
    parts = [] if hide_subject else [topic.subject]
    if topic.aspect:
        parts.append(topic.aspect)
    return [p for p in parts if p]


def _topic_specs(section: Section, topic: Topic, defined: Set[str]) -> Iterator[NoteSpec]:
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

    def with_head(index: int) -> tuple[int, ...]:
        # The cards of an item's children show its head as their context: it is shown there.
        head = _item_head(topic, index)
        return (index,) if head is None else (index, head)

    made: list[NoteSpec] = []
    for index, fact in enumerate(topic.facts):
        if fact.quantities:
            keys = quantity_keys(fact)
            made.append(
                spec(
                    "limit",
                    _limit_fields(topic, index, fact),
                    len(keys),
                    fact.text,
                    fact.source,
                    with_head(index),
                    keys,
                )
            )
    for comparison in topic.comparisons:
        compared = _comparison_fields(topic, comparison)
        if compared:
            fields, cards = compared
            # The subjects, in any order: swapping the sides of 'A vs B' is the same comparison.
            anchor = " | ".join(sorted(s.subject.strip() for s in comparison.sides if s.subject.strip()))
            titled = [
                item.head
                for item in topic.items
                if item.children
                and _shows_title(topic, comparison)
                and topic.facts[item.head].text.strip() == comparison.title.strip()
            ]
            made.append(
                spec(
                    "comparison",
                    fields,
                    cards,
                    anchor,
                    comparison.source,
                    (*comparison.facts, *titled[:1]),
                    side_keys(comparison),
                )
            )
    defining = defining_fact(topic, defined)
    if defining is not None and topic.subject.strip():
        index = topic.facts.index(defining)
        made.append(spec("what", _what_fields(section, topic, defining), 1, defining.text, topic.source, (index,)))
        which = _which_fields(section, topic, defining)
        if which:
            made.append(spec("which", which, 1, defining.text, topic.source, (index,)))
    for tip in topic.tips:
        made.append(spec("tip", _tip_fields(section, topic, tip), 1, tip.text, tip.source, with_head(tip.fact)))
    # Short siblings no note shows are asked together (each alone would ask "topic [...]", all
    # alike): the list shows the line they are written under and the item head above it.
    shown = {i for s in made for i in s.facts}
    for run in sibling_runs(topic, shown):
        fields, anchor, keys = _list_fields(topic, run)
        under = run.items[0] if run.parent is None else run.parent
        head = _item_head(topic, under)
        shows = (*run.items, *(i for i in (run.parent, head) if i is not None))
        made.append(spec("list", fields, len(run.items), anchor, topic.facts[under].source, shows, keys))
    # Every fact no note shows gets a fact note, but an item head shown above its children's
    # cards needs none (``DynamoDB - {{c1::스트림 처리}}`` asks nothing): children come after
    # their head, so walking backwards settles them before it.
    shown = {i for s in made for i in s.facts}
    own: set[int] = set()
    for index in reversed(range(len(topic.facts))):
        if index not in shown:
            own.add(index)
            shown.update(with_head(index))
    for index in sorted(own):
        fact = topic.facts[index]
        made.append(spec("fact", _fact_fields(topic, index, fact), 1, fact.text, fact.source, with_head(index)))
    yield from made


def _fact_fields(topic: Topic, index: int, fact: Fact) -> tuple[str, str]:
    """A fact no other note tests: its recall part clozed, under the topic and its item head."""
    start, end = recall_part(fact.text) if fact.kind != "code" else (0, len(fact.text))
    return _in_context("fact", topic, index, render(fact.spans, [Deletion(start, end, 1)])), ""


def _list_fields(topic: Topic, run: Run) -> tuple[tuple[str, str], str, tuple[str, ...]]:
    """A list's text (each item hidden by its own cloze number), its anchor (the line it is
    written under and its items, in order) and its cloze keys (one per item)."""
    texts = [topic.facts[i].text for i in run.items]
    items = [
        {
            "marker": "•" if number is None else f"{number}.",
            "body": safe(render(topic.facts[i].spans, [Deletion(*_whole(topic.facts[i].text), n)])),
        }
        for n, (i, number) in enumerate(zip(run.items, run.numbers), 1)
    ]
    parent = None if run.parent is None else topic.facts[run.parent]
    head = _head_html(topic, run.items[0] if run.parent is None else run.parent)
    title = None if parent is None else safe(render(parent.spans))
    text = field("list", context=context_line(topic), head=head, title=title, items=items)
    anchor = " | ".join(t.strip() for t in ([] if parent is None else [parent.text]) + texts)
    return (text, ""), anchor, item_keys(texts)


def _whole(text: str) -> tuple[int, int]:
    """A short item's offsets without surrounding spaces or a final full stop: all of it is asked."""
    start = len(text) - len(text.lstrip())
    end = len(text.rstrip(" .。!?"))
    return (start, end) if end > start else (0, len(text))


def _item_head(topic: Topic, index: int) -> int | None:
    """Index of the numbered item head the fact is written under, if any."""
    for item in topic.items:
        if index in item.children:
            return item.head
    return None


def _head_html(topic: Topic, index: int) -> Markup | None:
    head = _item_head(topic, index)
    return None if head is None else safe(render(topic.facts[head].spans))


def _limit_fields(topic: Topic, index: int, fact: Fact) -> tuple[str, str]:
    return _in_context("limit", topic, index, render(fact.spans, quantity_deletions(fact))), ""


def _in_context(template: str, topic: Topic, index: int, body: str) -> str:
    """A cloze text under its context line: ``subject · aspect`` and the item head it sits under."""
    return field(template, context=context_line(topic), head=_head_html(topic, index), body=safe(body))


def _comparison_fields(topic: Topic, comparison: Comparison) -> tuple[tuple[str, str], int] | None:
    names = [
        (n, name_variants(side.subject, tails=False))
        for n, side in enumerate(comparison.sides, 1)
        if side.subject.strip()
    ]
    if len(names) < 2:
        return None
    sides = [
        {
            "head": safe(render_text(side.subject, [Deletion(0, len(side.subject), number)])),
            "points": [safe(render_text(p, occurrences(p, names))) for p in side.points],
        }
        for number, side in enumerate(comparison.sides, 1)
        if side.subject.strip()
    ]
    title = None
    if _shows_title(topic, comparison):
        title = safe(render_text(comparison.title, occurrences(comparison.title, names)))
    context = context_line(topic, hide_subject=bool(occurrences(topic.subject, names)))
    return (field("comparison", context=context, title=title, sides=sides), ""), len(names)


def _shows_title(topic: Topic, comparison: Comparison) -> bool:
    """Whether the comparison's card shows its title: not when the context line already says it."""
    return comparison.title.strip() not in (topic.title.strip(), topic.subject.strip())


def _subject(topic: Topic) -> list[str]:
    return [p for p in (topic.subject, topic.aspect) if p]


def _what_fields(section: Section, topic: Topic, defining: Fact) -> tuple[str, str]:
    uses = [t for t in topic.tips if t.kind == "use_case" and t.text not in defining.text]
    return (
        field("what-front", section=section.title, subject=_subject(topic)),
        field("what-back", answer=safe(render(defining.spans)), use=safe(render_text(uses[0].text)) if uses else None),
    )


def _which_fields(section: Section, topic: Topic, defining: Fact) -> tuple[str, str] | None:
    hidden = occurrences(defining.text, [(1, name_variants(topic.subject))])
    # The statement around each mention of the subject; the template hides the mentions.
    pieces = re.split(r"\{\{c1::.*?\}\}", render(defining.spans, hidden))
    visible = re.sub(r"<[^>]+>|［？］", "", "".join(pieces)).strip()
    if len(visible) < 6:
        return None
    return (
        field("which-front", section=section.title, pieces=[safe(p) for p in pieces]),
        field("which-back", subject=_subject(topic)),
    )


def _tip_fields(section: Section, topic: Topic, tip: Tip) -> tuple[str, str]:
    """Cloze the tip's key term: the topic's subject where the tip names it; else the conclusion
    itself after its premise; else ask for the subject the statement is about."""
    found = occurrences(tip.text, [(1, name_variants(topic.subject))]) if topic.subject.strip() else []
    fact = topic.facts[tip.fact] if 0 <= tip.fact < len(topic.facts) else None
    premise = answer = None
    label = ""
    if found:
        context = context_line(topic, hide_subject=True) or [section.title]
        body = render_text(tip.text, found)
    elif tip.kind == "conclusion" and fact is not None and tip.text in fact.text:
        before = re.sub(r"\s*(=>|->|→|⇒)\s*$", "", fact.text[: fact.text.index(tip.text)]).strip()
        context = context_line(topic)
        premise = safe(render_text(before)) if before else None
        body = render_text(tip.text, [Deletion(0, len(tip.text), 1)])
    else:
        context = context_line(topic, hide_subject=True) or [section.title]
        subject = topic.subject.strip() or topic.title
        label = "사용 사례: " if tip.kind == "use_case" and not tip.text.startswith("사용 사례") else ""
        body = render_text(tip.text)
        answer = safe(render_text(subject, [Deletion(0, len(subject), 1)]))
    extra = render(fact.spans) if fact is not None and fact.text.strip() != tip.text.strip() else ""
    return field(
        "tip",
        context=context,
        head=_head_html(topic, tip.fact),
        premise=premise,
        label=label,
        body=safe(body),
        answer=answer,
    ), extra
