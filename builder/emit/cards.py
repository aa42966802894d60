"""The topic model → note specifications: what each Anki note says, before any genanki.

Pure functions.  Six kinds of note, each from one element of the model:

``limit``       a fact with quantities; every quantity its own cloze number (cloze type)
``comparison``  a comparison; each subject clozed wherever it appears (cloze type)
``what``        a topic: "what is the subject, what is it for?" → its defining fact (basic type)
``which``       a topic: its defining fact with the name hidden → the subject (basic type)
``tip``         an emphasised statement, testing its key term (cloze type)
``fact``        a fact that no other note tests, its recall part clozed (cloze type), so every
                fact of the notes reaches the deck, one thing per card

Each spec carries an *anchor*: the text its identity is matched on from build to build
(see :mod:`builder.emit.identity`), never part of its GUID.  Anchors are the content a note
tests (its fact, its subjects), never a heading: two topics may share a title (``### 특징``
under two sections), and a note's identity must follow its content when sections move.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable, Iterator, Set
from dataclasses import dataclass
from html import escape
from typing import Literal

from builder.emit.cloze import Deletion, name_variants, occurrences, render, render_text
from builder.emit.identity import PATH_SEPARATOR
from builder.model import Comparison, Fact, Notes, Section, SourceRef, Tip, Topic

Kind = Literal["limit", "comparison", "what", "which", "tip", "fact"]
NoteType = Literal["cloze", "basic"]
KINDS: tuple[Kind, ...] = ("limit", "comparison", "what", "which", "tip", "fact")
NOTE_TYPE: dict[Kind, NoteType] = {
    "limit": "cloze", "comparison": "cloze", "tip": "cloze", "what": "basic", "which": "basic", "fact": "cloze",
}
HIDDEN = '<span class="hidden-name">［？］</span>'


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


def context_line(topic: Topic, *, hide_subject: bool = False) -> str:
    """``subject · aspect`` above a card, escaped; the subject left out when it is the answer."""
    parts = [] if hide_subject else [topic.subject]
    if topic.aspect:
        parts.append(topic.aspect)
    return escape(" · ".join(p for p in parts if p), quote=False)


def _topic_specs(section: Section, topic: Topic, defined: Set[str]) -> Iterator[NoteSpec]:
    tags = (f"{tag(section.title)}::{tag(topic.subject or topic.title)}",)
    if topic.aspect:
        tags = (f"{tags[0]}::{tag(topic.aspect)}",)

    def spec(kind: Kind, fields: tuple[str, str], cards: int, anchor: str, source: SourceRef,
             facts: tuple[int, ...], keys: tuple[str, ...] = ()) -> NoteSpec:
        return NoteSpec(kind, fields, cards, section, topic, anchor, source, (*tags, f"card::{kind}"), facts, keys)

    made: list[NoteSpec] = []
    for index, fact in enumerate(topic.facts):
        if fact.quantities:
            keys = _quantity_keys(fact)
            made.append(spec("limit", _limit_fields(topic, index, fact), len(keys), fact.text,
                             fact.source, (index,), keys))
    for comparison in topic.comparisons:
        compared = _comparison_fields(topic, comparison)
        if compared:
            fields, cards = compared
            # The subjects, in any order: swapping the sides of 'A vs B' is the same comparison.
            anchor = " | ".join(sorted(s.subject.strip() for s in comparison.sides if s.subject.strip()))
            made.append(spec("comparison", fields, cards, anchor, comparison.source, comparison.facts,
                             _side_keys(comparison)))
    defining = _defining_fact(topic, defined)
    if defining is not None and topic.subject.strip():
        index = topic.facts.index(defining)
        made.append(spec("what", _what_fields(section, topic, defining), 1, defining.text, topic.source, (index,)))
        which = _which_fields(section, topic, defining)
        if which:
            made.append(spec("which", which, 1, defining.text, topic.source, (index,)))
    for tip in topic.tips:
        made.append(spec("tip", _tip_fields(section, topic, tip), 1, tip.text, tip.source, (tip.fact,)))
    shown = {i for s in made for i in s.facts}
    for index, fact in enumerate(topic.facts):
        if index not in shown:
            made.append(spec("fact", _fact_fields(topic, index, fact), 1, fact.text, fact.source, (index,)))
    yield from made


def _fact_fields(topic: Topic, index: int, fact: Fact) -> tuple[str, str]:
    """A fact no other note tests: its recall part clozed, under the topic and its item head."""
    start, end = recall_part(fact.text) if fact.kind != "code" else (0, len(fact.text))
    return _in_context(topic, index, render(fact.spans, [Deletion(start, end, 1)])), ""


# A clause ends at a comma or a connective ending; a phrase at a case particle.  Cutting there
# leaves a cue (what the statement is about) and a part to recall (what it says about it).
_CLAUSE_END = re.compile(r"(?:[,;]|(?:므로|지만|는데|면서|하여|해서|아서|어서|으며|며|고|면|(?<!에)서|여))$")
_PHRASE_END = re.compile(r"(?:에서|으로|은|는|이|가|을|를|에|로)$")
_NAME_COLON = re.compile(r"^([^:：]{1,40}?)\s*[:：]\s*(?=\S)")
_TRAILING = " .。!?"


def recall_part(text: str) -> tuple[int, int]:
    """The part of a fact a learner should recall, as offsets: after ``이름 :`` the description;
    otherwise the latter part of the sentence from a clause or phrase boundary near its middle,
    at least two words; a very short fact whole (its context is the cue)."""
    end = len(text.rstrip(_TRAILING))
    named = _NAME_COLON.match(text)
    if named and named.end() < end:
        return named.end(), end
    words = [(m.start(), m.group()) for m in re.finditer(r"\S+", text[:end])]
    if len(words) < 3:
        start = words[0][0] if words else 0
        return (start, end) if end > start else (0, len(text))
    cuts = range(1, len(words) - 1)  # at least one word of cue, at least two to recall
    middle = len(words) / 2
    for boundary in (_CLAUSE_END, _PHRASE_END):
        found = [i for i in cuts if boundary.search(words[i - 1][1])]
        if found:
            cut = min(found, key=lambda i: (abs(i - middle), -i))
            return words[cut][0], end
    return words[int(middle)][0], end


def _clozable(fact: Fact) -> list[Deletion]:
    """The fact's quantities as deletions c1, c2, … in text order; overlaps dropped."""
    deletions: list[Deletion] = []
    last_end = -1
    for quantity in sorted(fact.quantities, key=lambda q: q.start):
        if quantity.start >= last_end and 0 <= quantity.start < quantity.end <= len(fact.text):
            deletions.append(Deletion(quantity.start, quantity.end, len(deletions) + 1))
            last_end = quantity.end
    return deletions


def _quantity_keys(fact: Fact) -> tuple[str, ...]:
    """A key per deletion of :func:`_clozable`: what the quantity measures (its kind and label),
    numbered among equals; not its value (a changed number is the same card)."""
    by_start = {q.start: q for q in fact.quantities}
    return _numbered(f"{by_start[d.start].kind}|{_folded(by_start[d.start].label)}" for d in _clozable(fact))


def _side_keys(comparison: Comparison) -> tuple[str, ...]:
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


def _item_head(topic: Topic, index: int) -> Fact | None:
    for item in topic.items:
        if index in item.children:
            return topic.facts[item.head]
    return None


def _limit_fields(topic: Topic, index: int, fact: Fact) -> tuple[str, str]:
    return _in_context(topic, index, render(fact.spans, _clozable(fact))), ""


def _in_context(topic: Topic, index: int, body: str) -> str:
    """A cloze text under its context line: ``subject · aspect`` and the item head it sits under."""
    context = context_line(topic)
    head = _item_head(topic, index)
    if head is not None:
        context += f'<span class="head"> › {render(head.spans)}</span>'
    return f'<div class="ctx">{context}</div>\n<div class="fact">{body}</div>'


def _comparison_fields(topic: Topic, comparison: Comparison) -> tuple[tuple[str, str], int] | None:
    names = [(n, name_variants(side.subject)) for n, side in enumerate(comparison.sides, 1) if side.subject.strip()]
    if len(names) < 2:
        return None
    rows = []
    for number, side in enumerate(comparison.sides, 1):
        if not side.subject.strip():
            continue
        head = render_text(side.subject, [Deletion(0, len(side.subject), number)])
        points = "<br>".join(render_text(p, occurrences(p, names)) for p in side.points) or "—"
        rows.append(f"<tr><th>{head}</th><td>{points}</td></tr>")
    context = context_line(topic, hide_subject=bool(occurrences(topic.subject, names)))
    text = f'<div class="ctx">{context}</div>\n'
    if comparison.title.strip() not in (topic.title.strip(), topic.subject.strip()):
        title = render_text(comparison.title, occurrences(comparison.title, names))
        text += f'<div class="cmp-title">{title}</div>\n'
    text += f'<table class="cmp">{"".join(rows)}</table>'
    return (text, ""), len(names)


def _defining_fact(topic: Topic, defined: Set[str] = frozenset()) -> Fact | None:
    """The first top-level statement of the topic: what its author said the subject is; the
    one that defined it last time (``defined``), if it still qualifies.

    Numbered lines (item heads, comparison titles), lines with quantities (limits), lines that
    introduce a list (ending with ``:``) and lines that only state a version or number do not
    define a subject, and an ``A vs B`` topic has no single subject to define; a topic without
    such a statement gets no what/which cards.
    """
    if _VERSUS.search(topic.title):
        return None
    candidates = [
        fact for fact in topic.facts
        if fact.depth == 0 and fact.parent is None and fact.kind in ("bullet", "paragraph")
        and not fact.quantities and len(fact.text.strip()) >= 6
        and not fact.text.rstrip().endswith((":", "：")) and not _only_a_version(fact.text)
    ]
    return next((f for f in candidates if unicodedata.normalize("NFC", f.text) in defined),
                candidates[0] if candidates else None)


_VERSUS = re.compile(r"(?<![A-Za-z])vs\.?(?![A-Za-z])", re.IGNORECASE)
_VERSION_WORDS = re.compile(r"(?i)\b(?:v|ver|version|release)\b|버전|릴리스|이상|이하|부터|기준")


def _only_a_version(text: str) -> bool:
    """``버전 3.0``, ``v2.1 이상``: a number with version words and nothing else to define."""
    if not re.search(r"\d", text):
        return False
    rest = _VERSION_WORDS.sub("", re.sub(r"(?i)\bv(?=\d)", "", text))
    return len(re.sub(r"[\W\d_]", "", rest)) < 2


def _subject_html(topic: Topic) -> str:
    return escape(" · ".join(p for p in (topic.subject, topic.aspect) if p), quote=False)


def _what_fields(section: Section, topic: Topic, defining: Fact) -> tuple[str, str]:
    front = (
        f'<div class="ctx">{escape(section.title, quote=False)}</div>\n'
        f'<div class="q">{_subject_html(topic)}</div>\n<div class="ask">무엇이며, 어디에 쓰나요?</div>'
    )
    back = f'<div class="a">{render(defining.spans)}</div>'
    uses = [t for t in topic.tips if t.kind == "use_case" and t.text not in defining.text]
    if uses:
        back += f'\n<div class="extra">{render_text(uses[0].text)}</div>'
    return front, back


def _which_fields(section: Section, topic: Topic, defining: Fact) -> tuple[str, str] | None:
    hidden = occurrences(defining.text, [(1, name_variants(topic.subject))])
    html = render(defining.spans, hidden)
    html = re.sub(r"\{\{c1::.*?\}\}", HIDDEN, html)
    visible = re.sub(r"<[^>]+>|［？］", "", html).strip()
    if len(visible) < 6:
        return None
    front = (
        f'<div class="ctx">{escape(section.title, quote=False)}</div>\n'
        f'<div class="q">{html}</div>\n<div class="ask">무엇에 대한 설명인가요?</div>'
    )
    return front, f'<div class="a">{_subject_html(topic)}</div>'


def _tip_fields(section: Section, topic: Topic, tip: Tip) -> tuple[str, str]:
    """Cloze the tip's key term: the topic's subject where the tip names it; else the conclusion
    itself after its premise; else ask for the subject the statement is about."""
    found = occurrences(tip.text, [(1, name_variants(topic.subject))]) if topic.subject.strip() else []
    fact = topic.facts[tip.fact] if 0 <= tip.fact < len(topic.facts) else None
    if found:
        context = context_line(topic, hide_subject=True) or escape(section.title, quote=False)
        body = render_text(tip.text, found)
    elif tip.kind == "conclusion" and fact is not None and tip.text in fact.text:
        premise = re.sub(r"\s*(=>|->|→|⇒)\s*$", "", fact.text[: fact.text.index(tip.text)]).strip()
        context = context_line(topic)
        body = f"{render_text(premise)} ⇒ " if premise else ""
        body += render_text(tip.text, [Deletion(0, len(tip.text), 1)])
    else:
        context = context_line(topic, hide_subject=True) or escape(section.title, quote=False)
        answer = topic.subject.strip() or topic.title
        label = "사용 사례: " if tip.kind == "use_case" and not tip.text.startswith("사용 사례") else ""
        body = f'{escape(label)}{render_text(tip.text)}<div class="ask">→ {render_text(answer, [Deletion(0, len(answer), 1)])}</div>'
    extra = render(fact.spans) if fact is not None and fact.text.strip() != tip.text.strip() else ""
    return f'<div class="ctx">{context}</div>\n<div class="fact">{body}</div>', extra
