"""The typed topic model: what the notes say, independent of any output format.

Plain frozen dataclasses.  This module imports neither markdown-it nor genanki nor WeasyPrint:
the parser builds these objects and every emitter reads them.  All text is NFC-normalised.
Every element carries a :class:`SourceRef`, so any later stage can say where a problem came
from.  Cross references inside a topic are indexes into :attr:`Topic.facts`.
"""

from __future__ import annotations

from collections.abc import Collection, Iterator, Mapping, Sequence
from dataclasses import dataclass
from typing import Literal, Protocol

Mark = Literal["strong", "em", "code", "image", "math"]
FactKind = Literal["bullet", "numbered", "paragraph", "table_row", "quote", "code"]
QuantityKind = Literal["size", "duration", "count", "percent", "rate", "money", "network"]
TipKind = Literal["emphasis", "conclusion", "use_case"]
ComparisonOrigin = Literal["versus", "enumeration", "parallel", "table"]
CardKind = Literal["limit", "comparison", "what", "which", "tip", "list", "fact"]
ImageProblem = Literal["remote", "missing", "outside", "unsupported", "unsafe"]
IMAGE_SUFFIXES = frozenset({".png", ".jpg", ".jpeg", ".gif", ".webp", ".svg"})
"""What the name of a picture file may end with, wherever pictures are read."""


@dataclass(frozen=True, slots=True)
class SourceRef:
    """Where something was written."""

    path: str
    """The notes file, as a POSIX path relative to the notes folder."""
    line: int
    """1-based line number."""

    def __str__(self) -> str:
        return f"{self.path}:{self.line}"


@dataclass(frozen=True, slots=True)
class Span:
    """A run of inline text with the same formatting; never raw markdown or HTML."""

    text: str
    marks: frozenset[Mark] = frozenset()
    """Formatting the author applied: bold (``strong``), italic (``em``), inline ``code``; ``image``
    for the alt text of an image; ``math`` for a formula (``$P(A∩B)$``, without its dollar signs)."""
    href: str | None = None
    """Link target exactly as written; emitters decide whether it is safe to link."""


def spans_between(spans: Sequence[Span], start: int, end: int) -> tuple[Span, ...]:
    """The spans of ``text[start:end]`` of the text they make up, marks and links kept."""
    out: list[Span] = []
    at = 0
    for span in spans:
        left, right = max(start, at), min(end, at + len(span.text))
        if left < right:
            out.append(Span(span.text[left - at : right - at], span.marks, span.href))
        at += len(span.text)
    return tuple(out)


def wholly_marked(spans: Sequence[Span], mark: Mark) -> bool:
    """Whether the spans hold text and every span with text in it carries ``mark``: a line written
    all in bold (``**S3 Standard**``), blanks around it or not."""
    visible = [s for s in spans if s.text.strip()]
    return bool(visible) and all(mark in s.marks for s in visible)


def marked_ranges(spans: Sequence[Span], mark: Mark) -> list[tuple[int, int]]:
    """Where the spans with ``mark`` lie in the text they make up, as ``(start, end)`` offsets."""
    ranges, position = [], 0
    for span in spans:
        if mark in span.marks:
            ranges.append((position, position + len(span.text)))
        position += len(span.text)
    return ranges


@dataclass(frozen=True, slots=True)
class Quantity:
    """A number or range with a unit, as the author wrote it, inside a fact."""

    text: str
    """As written, e.g. ``128MB ~ 10GB``, ``15분``, ``3,000 IOPS``, ``/28``."""
    start: int
    """Offset of the first character in :attr:`Fact.text`."""
    end: int
    """Offset one past the last character in :attr:`Fact.text`."""
    kind: QuantityKind
    unit: str
    """The unit of the (upper) value, normalised: ``GB``, ``분``, ``%``, ``개``, ``IOPS``, ``/``."""
    low: float
    """Numeric value, or the lower end of a range, in :attr:`unit` (128MB ~ 10GB → 0.125)."""
    high: float
    """Equal to :attr:`low` for a single value; the upper end of a range otherwise."""
    label: str
    """What the quantity measures, from its clause (``최대 실행 시간``); may be empty.  It keys
    the quantity's cloze number in the ID ledger, so its reading must not change."""
    measure: str = ""
    """What the quantity measures as the language layer reads it (``Lambda 함수 실행 시간``):
    the noun phrase the value belongs to, for the cheat sheet; empty when the line does not say."""
    hint: str = ""
    """What a card hiding the value says it asks, when its line does not say it (``크기`` for
    ``ToS (8비트)``): the kind of value, shown on the blank; empty when the line says it."""


@dataclass(frozen=True, slots=True)
class Term:
    """A key term of a fact: what a cloze of the fact may hide."""

    text: str
    start: int
    """Offset of the first character in :attr:`Fact.text`."""
    end: int
    """Offset one past the last character in :attr:`Fact.text`."""
    why: str
    """What makes it a term: ``emphasised`` by the author, a ``name`` in Latin letters, a
    ``proper noun``, a ``compound noun``."""

    def __post_init__(self) -> None:
        if not 0 <= self.start < self.end or self.end - self.start != len(self.text):
            raise ValueError(f"term offsets {self.start}..{self.end} do not fit {self.text!r}")


@dataclass(frozen=True, slots=True)
class Decision:
    """Which cards a fact feeds, or why it feeds none: decided once by the language layer."""

    kinds: tuple[CardKind, ...]
    """The card kinds made from the fact (a fact with a quantity and a comparison feeds both)."""
    rule: str
    """The language rule that decided (``statement``, ``example``, ``reference``…)."""
    reason: str | None = None
    """Why the fact makes no card (``a reference link``…); None when it makes one."""

    def __post_init__(self) -> None:
        if not self.kinds and not self.reason:
            raise ValueError("a fact that makes no card needs a reason")


@dataclass(frozen=True, slots=True)
class Image:
    """A picture the notes show: a markdown image, an HTML ``<img>`` or an Obsidian ``![[embed]]``."""

    source: SourceRef
    src: str
    """The reference as written (``./img/a.png``, ``diagram.png`` for ``![[diagram.png]]``)."""
    path: str | None
    """The file, as a POSIX path relative to the notes folder; None if there is no usable file."""
    alt: str
    """The alt text (an Obsidian embed's alias, else its file name); may be empty."""
    width: str | None = None
    """The width the author asked for, as CSS: ``400px`` or ``80%``."""
    digest: str = ""
    """SHA-256 of the file's bytes (empty when :attr:`path` is None): changes when the picture does."""
    problem: ImageProblem | None = None
    """Why the picture is not shown: ``remote`` (a URL, never fetched), ``missing``, ``outside`` the
    notes folder (never read), ``unsupported`` (not a PNG, JPEG, GIF, WebP or SVG file) or
    ``unsafe`` (an SVG with scripts or external references).  Only its alt text is kept then."""

    @property
    def usable(self) -> bool:
        return self.problem is None and self.path is not None


@dataclass(frozen=True, slots=True)
class Fact:
    """One bullet, numbered line, paragraph line, table row, quoted line or code block."""

    text: str
    """Plain text: the spans' texts joined; quantity offsets refer to this string."""
    spans: tuple[Span, ...]
    kind: FactKind
    source: SourceRef
    quantities: tuple[Quantity, ...] = ()
    parent: int | None = None
    """Index in :attr:`Topic.facts` of the fact this one is written under (an item, a bullet)."""
    depth: int = 0
    """Nesting depth under the topic's heading: 0 for top-level entries."""
    context: tuple[str, ...] = ()
    """What a card of this fact shows above it: the lines it is written under, shortened
    (parent bullets, an item head), outermost first; the topic's own heading is not repeated."""
    terms: tuple[Term, ...] = ()
    """Key terms a cloze may hide, best first."""
    decision: Decision | None = None
    """Set by the language layer (:mod:`builder.analyse`); None only before analysis."""
    defines: str | None = None
    """The term this statement defines, when it is the definition of the line it is written under
    (``- 웜(Worm)`` → ``  - 독자적으로 실행되는 악성 프로그램``): its what/which cards ask for it."""
    images: tuple[Image, ...] = ()
    """Pictures in the fact's line or on their own lines right under it (an image line is no fact)."""
    says_use: bool = False
    """As a definition, it says what its subject is for (``…에 사용``), or a use case of the subject
    follows: its what card asks what the subject is *and* what it is for, not only what it is."""
    excerpt: tuple[int, int] | None = None
    """(start, end) in :attr:`text` of what its limit card shows when the line is a paragraph: the
    sentences that hold its values; None when the card shows the whole line."""
    defining_sentence: tuple[int, int] | None = None
    """(start, end) in :attr:`text` of what its what and which cards show when the definition goes
    on for several sentences: the first, which says what the subject is; None when they show the
    whole line."""

    def __post_init__(self) -> None:
        if self.parent is not None and self.parent < 0:
            raise ValueError("a parent index is never negative")
        for part in (self.excerpt, self.defining_sentence):
            if part is not None and not 0 <= part[0] < part[1] <= len(self.text):
                raise ValueError(f"{part} is not inside {self.text!r}")
        for term in self.terms:
            if self.text[term.start : term.end] != term.text:
                raise ValueError(f"term {term.text!r} is not at {term.start} in {self.text!r}")


@dataclass(frozen=True, slots=True)
class Item:
    """A numbered entry and the facts its author put under it."""

    head: int
    """Index in :attr:`Topic.facts` of the numbered line."""
    children: tuple[int, ...]
    """Indexes in :attr:`Topic.facts` of the facts under it, in order."""


@dataclass(frozen=True, slots=True)
class ListGroup:
    """Short parallel items of one list, asked together: each item one card, the others its cue."""

    parent: int | None
    """Index in :attr:`Topic.facts` of the line the items are written under, if any."""
    items: tuple[int, ...]
    """Indexes in :attr:`Topic.facts` of every item of the list, in order."""
    numbers: tuple[int | None, ...]
    """Each item's number in a numbered list (``1.``, ``2.``…), or None for a bullet."""

    def __post_init__(self) -> None:
        if len(self.items) != len(self.numbers) or len(self.items) < 2:
            raise ValueError("a list group has two or more items, each with its number")


@dataclass(frozen=True, slots=True)
class Side:
    """One subject of a comparison and what distinguishes it."""

    subject: str
    points: tuple[str, ...]
    """Plain-text statements about this subject, as written (subject name included or not)."""
    source: SourceRef
    asked: bool = True
    """Whether a card asks for this subject; not when its name is written in the points (its own
    ``파티션 — … 논리적 파티션에 분산``, or another side's), which would show the answer."""


@dataclass(frozen=True, slots=True)
class Comparison:
    """Two or more named subjects set against each other."""

    title: str
    """``DAX vs ElastiCache``, or the topic/item under which alternatives are enumerated."""
    sides: tuple[Side, ...]
    origin: ComparisonOrigin
    """``versus``: an ``A vs B`` title; ``enumeration``: ``Name : description`` entries or
    parallel items; ``parallel``: one sentence ``X는 …, Y는 …``; ``table``: a table's columns."""
    source: SourceRef
    facts: tuple[int, ...]
    """Indexes in :attr:`Topic.facts` the comparison was drawn from."""
    title_shown: bool = True
    """Whether its cards show the title: not when the title only names the sides (``A vs B``,
    ``A와 B:``), which the card's rows show already; there each hidden side was one blank more."""


@dataclass(frozen=True, slots=True)
class Tip:
    """A statement the author emphasised, or a use case."""

    text: str
    """The statement itself, without the markup or arrow that marked it."""
    kind: TipKind
    """``emphasis``: a whole line (or its conclusion) in bold or backticks; ``conclusion``: after
    ``=>``/``->``; ``use_case``: a ``사용 사례`` line."""
    fact: int
    """Index in :attr:`Topic.facts` of the fact it comes from."""
    source: SourceRef


@dataclass(frozen=True, slots=True)
class Topic:
    """One heading and everything written under it up to the next heading."""

    title: str
    subject: str
    """What the topic is about: ``Amazon EKS`` for ``Amazon EKS - 관리형 노드 그룹``."""
    aspect: str | None
    """The part of the subject it covers (``관리형 노드 그룹``), if the title says so."""
    level: int
    """Heading level 1–6; 0 for text written before the file's first heading."""
    source: SourceRef
    ancestors: tuple[str, ...]
    """Titles of the enclosing headings, outermost first (levels may be skipped)."""
    facts: tuple[Fact, ...]
    items: tuple[Item, ...] = ()
    comparisons: tuple[Comparison, ...] = ()
    tips: tuple[Tip, ...] = ()
    definition: int | None = None
    """Index in :attr:`facts` of the statement that says what the subject is (or is for), if any:
    the answer of the topic's what card."""
    lists: tuple[ListGroup, ...] = ()
    images: tuple[Image, ...] = ()
    """Pictures on lines of their own under the heading itself (not under one of its facts)."""
    records: tuple[int, ...] = ()
    """Indexes in :attr:`facts` of the rows of tables of records (``| 1 | 성섭 | 실버3 |``): the data
    of a worked example, shown on the cheat sheet, asked by no card."""
    above: tuple[str, ...] = ()
    """The heading a card shows before ``subject · aspect`` when the subject names nothing by itself
    (``Health Check › 리소스``): set by the language layer, empty when the subject is a name."""

    def all_images(self) -> Iterator[Image]:
        """The topic's own pictures, then its facts' pictures, in fact order."""
        yield from self.images
        for fact in self.facts:
            yield from fact.images


@dataclass(frozen=True, slots=True)
class Section:
    """All topics of one notes file."""

    title: str
    """From front matter ``title:``, else the first H1, else the file name."""
    path: str
    """The file, as a POSIX path relative to the notes folder."""
    topics: tuple[Topic, ...]
    titled: bool = True
    """Whether :attr:`title` is the author's (front matter or H1) rather than the file name:
    only an author's title is shown as a card's context."""


@dataclass(frozen=True, slots=True)
class Notes:
    """Everything the notes folder says, in file order."""

    sections: tuple[Section, ...]

    def topics(self) -> Iterator[tuple[Section, Topic]]:
        for section in self.sections:
            for topic in section.topics:
                yield section, topic

    def facts(self) -> Iterator[tuple[Section, Topic, Fact]]:
        for section, topic in self.topics():
            for fact in topic.facts:
                yield section, topic, fact


class Nested(Protocol):
    """Anything written under another entry of its topic: a :class:`Fact`, or a parser draft."""

    @property
    def parent(self) -> int | None: ...


def children_of(facts: Sequence[Nested]) -> dict[int, list[int]]:
    """Each entry's entries written right under it, in order (read once per topic: looking them
    up by reading every entry again for each one costs time in the square of the topic)."""
    children: dict[int, list[int]] = {}
    for index, fact in enumerate(facts):
        if fact.parent is not None:
            children.setdefault(fact.parent, []).append(index)
    return children


def descendants(index: int, children: Mapping[int, list[int]]) -> list[int]:
    """The entries written under entry ``index`` at any depth, in order (``children`` from
    :func:`children_of`)."""
    found, stack = [], list(children.get(index, ()))
    while stack:
        entry = stack.pop()
        found.append(entry)
        stack.extend(children.get(entry, ()))
    return sorted(found)


def descends_from(facts: Sequence[Nested], index: int, ancestors: Collection[int]) -> bool:
    """Whether ``facts[index]`` is written (at any depth) under one of ``ancestors``."""
    parent = facts[index].parent
    while parent is not None:
        if parent in ancestors:
            return True
        parent = facts[parent].parent
    return False
