"""The topic model → the cheat sheet's template context (typed, ready to print).

Everything the template shows is decided here: the fact tree of each topic with quantities
marked, the tips set apart, the table of limits and the comparison tables.  Fact text is
rendered by :func:`builder.emit.inline.to_html` (escaped); the rest is plain text that the
template escapes.  :func:`check_complete` refuses a context that lost a fact.  Pictures go
under the fact or topic they belong to: the file for print, a small copy for the screen page.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import TypedDict

from markupsafe import Markup

from builder.analyse.shapes import CLAUSE_BOUNDARY
from builder.emit.inline import Wrap, to_html
from builder.emit.media import THUMBNAIL_WIDTH, Media, prepare, source_file
from builder.errors import NotesError, Problem
from builder.model import Fact, Image, Notes, Quantity, Topic

QUANTITY_OPEN, QUANTITY_CLOSE = '<span class="q">', "</span>"
WIDE_COMPARISON = 3
"""Comparisons with more subjects than this are laid out one subject per row: a column of a
three-column page has no room for four columns of Korean text."""
TIP_MARKS = {"emphasis": "★", "conclusion": "⇒", "use_case": "사례"}
_MAX_LABEL = 40
_MAX_LABEL_PREFIX = 12


class ImageView(TypedDict):
    src: str | None
    """The file's URL for print; None when the picture cannot be shown (its alt text is)."""
    thumb: str | None
    """A small copy as a ``data:`` URL, for the screen page."""
    alt: str
    width: str | None


class FactNode(TypedDict):
    index: int
    kind: str
    number: int | None
    """Position among the numbered facts of the same parent, for numbered facts."""
    html: Markup
    children: list[FactNode]
    images: list[ImageView]


class TipView(TypedDict):
    kind: str
    mark: str
    html: Markup
    fact: int | None
    """Index of the fact shown here instead of in the list, if the tip is the whole fact."""


class TopicView(TypedDict):
    id: str
    title: str
    crumbs: list[str]
    nodes: list[FactNode]
    tips: list[TipView]
    images: list[ImageView]
    """Pictures on lines of their own under the heading."""


class SectionView(TypedDict):
    id: str
    title: str
    topics: list[TopicView]


class LimitRow(TypedDict):
    what: str
    value: str


class LimitGroup(TypedDict):
    topic: str
    topic_id: str
    rows: list[LimitRow]


class ComparisonView(TypedDict):
    title: str
    topic: str
    topic_id: str
    subjects: list[str]
    points: list[list[str]]
    wide: bool


class SheetContext(TypedDict):
    title: str
    paper: str
    sections: list[SectionView]
    limits: list[LimitGroup]
    comparisons: list[ComparisonView]
    counts: dict[str, int]


Pictures = Callable[[Sequence[Image]], list[ImageView]]


def build_context(
    notes: Notes, title: str, paper: str, *, notes_dir: Path | None = None, images: bool = True
) -> SheetContext:
    """Everything the cheat-sheet template needs, in note order.  Pictures are shown only when
    the notes folder is given and ``images`` is on (``sheet_images`` in ``deck.toml``)."""
    pictures = image_views(notes_dir) if notes_dir is not None and images else None
    sections: list[SectionView] = []
    limits: list[LimitGroup] = []
    comparisons: list[ComparisonView] = []
    for s, section in enumerate(notes.sections, 1):
        topics: list[TopicView] = []
        for t, topic in enumerate(section.topics, 1):
            topic_id = f"t{s}-{t}"
            topics.append(topic_view(topic, topic_id, section.title, pictures))
            rows = [
                LimitRow(what=what_it_limits(fact, q, topic), value=q.text)
                for fact in topic.facts
                for q in valid_quantities(fact)
            ]
            if rows:
                limits.append(LimitGroup(topic=topic.title, topic_id=topic_id, rows=rows))
            comparisons.extend(
                ComparisonView(
                    title=c.title,
                    topic=topic.title,
                    topic_id=topic_id,
                    subjects=[side.subject for side in c.sides],
                    points=[list(side.points) for side in c.sides],
                    wide=len(c.sides) > WIDE_COMPARISON,
                )
                for c in topic.comparisons
            )
        sections.append(SectionView(id=f"s{s}", title=section.title, topics=topics))
    counts = {
        "files": len(notes.sections),
        "topics": sum(1 for _ in notes.topics()),
        "facts": sum(1 for _ in notes.facts()),
        "limits": sum(len(g["rows"]) for g in limits),
        "comparisons": len(comparisons),
    }
    context = SheetContext(
        title=title, paper=paper, sections=sections, limits=limits, comparisons=comparisons, counts=counts
    )
    check_complete(notes, context)
    return context


def topic_view(topic: Topic, topic_id: str, section_title: str, pictures: Pictures | None = None) -> TopicView:
    """One topic block: its facts as a tree, its tips set apart, and its pictures if ``pictures``."""
    shown: Pictures = pictures or (lambda images: [])
    tips = tip_views(topic)
    moved = {tip["fact"] for tip in tips if tip["fact"] is not None}
    children: dict[int | None, list[int]] = {}
    for i, fact in enumerate(topic.facts):
        parent = fact.parent if fact.parent is not None and 0 <= fact.parent < i else None
        children.setdefault(parent, []).append(i)

    def nodes(parent: int | None) -> list[FactNode]:
        out: list[FactNode] = []
        numbered = 0
        for i in children.get(parent, []):
            fact = topic.facts[i]
            numbered += fact.kind == "numbered"
            if i in moved:
                continue
            out.append(
                FactNode(
                    index=i,
                    kind=fact.kind,
                    number=numbered if fact.kind == "numbered" else None,
                    html=fact_html(fact),
                    children=nodes(i),
                    images=shown(fact.images),
                )
            )
        return out

    crumbs = [a for a in topic.ancestors if a != section_title]
    return TopicView(
        id=topic_id, title=topic.title, crumbs=crumbs, nodes=nodes(None), tips=tips, images=shown(topic.images)
    )


def image_views(notes_dir: Path) -> Pictures:
    """A function from pictures to their views, reading each file once."""
    thumbs: dict[str, Media | None] = {}

    def views(images: Sequence[Image]) -> list[ImageView]:
        out: list[ImageView] = []
        for image in images:
            path = source_file(image, notes_dir)
            if path is not None and image.digest not in thumbs:
                thumbs[image.digest] = prepare(image, notes_dir, THUMBNAIL_WIDTH)
            thumb = thumbs.get(image.digest) if path is not None else None
            if thumb is None and not image.alt:
                continue
            out.append(
                ImageView(
                    src=path.as_uri() if path is not None and thumb is not None else None,
                    thumb=thumb.data_uri() if thumb is not None else None,
                    alt=image.alt,
                    width=image.width,
                )
            )
        return out

    return views


def tip_views(topic: Topic) -> list[TipView]:
    """The topic's tips, one per fact; a tip that is its whole (childless) fact takes the fact."""
    has_children = {f.parent for f in topic.facts if f.parent is not None}
    views: list[TipView] = []
    seen: set[int] = set()
    for tip in topic.tips:
        if tip.fact in seen or not 0 <= tip.fact < len(topic.facts):
            continue
        seen.add(tip.fact)
        fact = topic.facts[tip.fact]
        text, body = fact.text.strip(), tip.text.strip()
        if body.casefold() in {topic.title.strip().casefold(), topic.subject.strip().casefold()}:
            continue  # a bold line that only says the heading again is no tip
        whole = (
            tip.fact not in has_children
            and bool(body)
            and text.endswith(body)
            and len(text) - len(body) <= _MAX_LABEL_PREFIX
            and "=>" not in text
            and "->" not in text
        )
        html = fact_html(fact) if whole else Markup.escape(body)
        views.append(
            TipView(kind=tip.kind, mark=TIP_MARKS.get(tip.kind, "★"), html=html, fact=tip.fact if whole else None)
        )
    return views


def fact_html(fact: Fact) -> Markup:
    """The fact's spans as escaped HTML, with each quantity marked."""
    wraps = [Wrap(q.start, q.end, QUANTITY_OPEN, QUANTITY_CLOSE) for q in valid_quantities(fact)]
    return Markup(to_html(fact.spans, wraps))


def valid_quantities(fact: Fact) -> list[Quantity]:
    """The fact's quantities whose offsets fit its text, without overlaps, in order."""
    if "".join(span.text for span in fact.spans) != fact.text:
        return []
    out: list[Quantity] = []
    for q in sorted(fact.quantities, key=lambda q: q.start):
        if 0 <= q.start < q.end <= len(fact.text) and (not out or out[-1].end <= q.start):
            out.append(q)
    return out


def what_it_limits(fact: Fact, q: Quantity, topic: Topic) -> str:
    """What ``q`` limits, as the language layer named it; else its line with the value left out
    (``… 뒤에 변경 가능``), or, when that is longer than the column, the clause of the line it stands
    in, under the name the line opens with (``SQS · … 간 메시지 유지`` of ``SQS : Message oriented API,
    14일 간 메시지 유지, …``); a line that is only the value takes the topic's name.  A label still
    too long is cut between words, never inside one."""
    label = q.measure.strip() or _clause_label(fact.text, q)
    return _shortened(label or topic.aspect or topic.subject or topic.title)


_LINE_NAME = re.compile(r"\s*([^:：—]{1,20}?)\s*(?:[:：]|\s—)\s")
"""The name a line opens with before a colon or a table row's dash (``SQS : …``, ``비용 — …``),
shown before a later clause's label."""


def _clause_breaks(text: str, start: int, end: int) -> list[re.Match[str]]:
    """The clause ends (:data:`~builder.analyse.shapes.CLAUSE_BOUNDARY`) between ``start`` and ``end``
    outside brackets (``(예시: 동전, 시험)`` is one aside of its clause), never the comma of ``1,000``."""
    balanced = text.count("(") == text.count(")")
    return [
        m
        for m in CLAUSE_BOUNDARY.finditer(text, start, end)
        if not (m.group() == "," and _THOUSANDS.match(text, m.end()))
        and (not balanced or text.count("(", 0, m.start()) <= text.count(")", 0, m.start()))
    ]


_THOUSANDS = re.compile(r"\d{3}")


def _clause_label(text: str, q: Quantity) -> str:
    """The line with the value left out when that fits the column; else the clause around it."""
    whole = f"{text[: q.start].strip()} … {text[q.end :].strip()}".strip()
    if len(whole) <= _MAX_LABEL:
        return whole if any(c.isalnum() for c in whole) else ""
    starts = [0, *(m.end() for m in _clause_breaks(text, 0, q.start))]
    ends = [m.start() for m in _clause_breaks(text, q.end, len(text))] + [len(text)]
    start, end = starts[-1], ends[0]
    before, after = text[start : q.start].strip(), text[q.end : end].strip()
    if not any(c.isalnum() for c in before + after):
        start, end = 0, len(text)  # ``| 10s |``: the clause is the value alone; the line says the rest
        before, after = text[: q.start].strip(), text[q.end :].strip()
        if not any(c.isalnum() for c in before + after):
            return ""
    name = _LINE_NAME.match(text)
    prefix = f"{name.group(1)} · " if start > 0 and name is not None and name.end() <= start else ""
    room = _MAX_LABEL - len(prefix) - len(" … ")
    if len(before) + len(after) > room:
        # the words next to the value, on both sides: ``C · … 5 비트 + 뒤의 … 비트) => 2^21…``
        before = _last_words(before, max(room // 2, room - len(after)))
        after = _first_words(after, room - len(before))
    return prefix + " ".join(part for part in (before, "…", after) if part)


def _last_words(text: str, room: int) -> str:
    """The end of ``text`` in at most ``room`` characters, whole words, ``…`` where it was cut."""
    if len(text) <= room:
        return text
    words = text.split()
    kept: list[str] = []
    while words and len(" ".join([words[-1], *kept])) + 1 <= room:
        kept.insert(0, words.pop())
    return "…" + (" ".join(kept) if kept else text[len(text) - room + 1 :])  # one word longer than the room


def _first_words(text: str, room: int) -> str:
    """The start of ``text`` in at most ``room`` characters, whole words, ``…`` where it was cut."""
    if len(text) <= room:
        return text
    words = text.split()
    kept: list[str] = []
    while words and len(" ".join([*kept, words[0]])) + 1 <= room:
        kept.append(words.pop(0))
    return (" ".join(kept).rstrip(" ,·") if kept else text[: room - 1]) + "…"  # one word longer than the room


def _shortened(label: str) -> str:
    if len(label) <= _MAX_LABEL:
        return label
    return _first_words(label, _MAX_LABEL)


def check_complete(notes: Notes, context: SheetContext) -> None:
    """Raise :class:`NotesError` naming every fact the cheat sheet would not show."""
    lost: list[Problem] = []
    views = [topic for section in context["sections"] for topic in section["topics"]]
    for (_, topic), view in zip(notes.topics(), views, strict=True):
        shown: list[int] = [tip["fact"] for tip in view["tips"] if tip["fact"] is not None]
        stack = list(view["nodes"])
        while stack:
            node = stack.pop()
            shown.append(node["index"])
            stack.extend(node["children"])
        for i, fact in enumerate(topic.facts):
            if shown.count(i) != 1:
                lost.append(
                    Problem(
                        fact.source.path,
                        fact.source.line,
                        f"the cheat sheet would show this fact {shown.count(i)} times: {fact.text[:60]!r}",
                    )
                )
    if lost:
        raise NotesError(lost)
