"""Hand-built topic models for the deck tests, independent of the parser.

A tiny notation keeps the tests readable: in :func:`fact`, ``⟦15분⟧`` marks a quantity,
``**…**`` bold and ```…``` inline code.  Line numbers are assigned in order of creation.
"""

from __future__ import annotations

import itertools
import re
from dataclasses import replace

from builder.analyse import analyse_topic
from builder.model import (
    Comparison,
    Fact,
    FactKind,
    Item,
    Notes,
    Quantity,
    Section,
    Side,
    SourceRef,
    Span,
    Tip,
    TipKind,
    Topic,
)

_lines = itertools.count(1)
_TOKEN = re.compile(r"⟦(.+?)⟧|\*\*(.+?)\*\*|`(.+?)`")


def _ref(path: str = "notes.md") -> SourceRef:
    return SourceRef(path, next(_lines))


def fact(text: str, kind: FactKind = "bullet", *, parent: int | None = None, depth: int = 0) -> Fact:
    """A fact from the notation above."""
    spans: list[Span] = []
    quantities: list[Quantity] = []
    plain = ""
    position = 0
    for m in _TOKEN.finditer(text):
        if m.start() > position:
            spans.append(Span(text[position : m.start()]))
            plain += text[position : m.start()]
        if m.group(1):
            q = m.group(1)
            number = float(re.sub(r"[^\d.]", "", q.split("~")[0]) or 0)
            quantities.append(
                Quantity(
                    q, len(plain), len(plain) + len(q), "size", re.sub(r"[\d.,~ ]", "", q) or "개", number, number, ""
                )
            )
            spans.append(Span(q))
            plain += q
        else:
            body = m.group(2) or m.group(3)
            spans.append(Span(body, frozenset({"strong" if m.group(2) else "code"})))
            plain += body
        position = m.end()
    if position < len(text):
        spans.append(Span(text[position:]))
        plain += text[position:]
    return Fact(plain, tuple(spans), kind, _ref(), tuple(quantities), parent, depth)


def comparison(
    title: str, *sides: tuple[str, list[str]], origin: str = "versus", facts: tuple[int, ...] = ()
) -> Comparison:
    return Comparison(title, tuple(Side(s, tuple(p), _ref()) for s, p in sides), origin, _ref(), facts)  # type: ignore[arg-type]


def tip(text: str, fact_index: int, kind: TipKind = "emphasis") -> Tip:
    return Tip(text, kind, fact_index, _ref())


def item(head: int, *children: int) -> Item:
    return Item(head, children)


def topic(
    title: str,
    *facts: Fact,
    subject: str | None = None,
    aspect: str | None = None,
    comparisons: tuple[Comparison, ...] = (),
    tips: tuple[Tip, ...] = (),
    items: tuple[Item, ...] = (),
) -> Topic:
    if subject is None:
        subject, _, rest = title.partition(" - ")
        aspect = aspect or (rest or None)
    # Hand-made topics are analysed like parsed ones: the language layer decides their cards.
    return analyse_topic(Topic(title, subject, aspect, 2, _ref(), (), facts, items, comparisons, tips))


def section(path: str, title: str, *topics: Topic) -> Section:
    def moved(ref: SourceRef) -> SourceRef:
        return SourceRef(path, ref.line)

    fixed = []
    for t in topics:
        facts = tuple(replace(f, source=moved(f.source)) for f in t.facts)
        fixed.append(replace(t, source=moved(t.source), facts=facts))
    return Section(title, path, tuple(fixed))


def notes(*sections: Section) -> Notes:
    return Notes(tuple(sections))
