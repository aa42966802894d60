"""Hand-made topic models for the cheat-sheet tests, independent of the real parser.

:func:`notes_from_text` reads a tiny subset of markdown (``##`` headings, ``-``/``1.`` lines,
two-space nesting, ``**bold**`` and backticks) into :class:`Notes`, with naive quantities,
tips and ``A vs B`` comparisons, so the emitter can be tested on notes of any subject.
"""

from __future__ import annotations

import re
from pathlib import Path

from builder.model import Comparison, Fact, Item, Notes, Quantity, Section, Side, SourceRef, Span, Tip, Topic

_QUANTITY = re.compile(
    r"(?<![\w/])(/\d+|\d[\d,.]*\s?(?:MB|GB|KB|바이트|초|분|시간|일|년|개|%|℃)(?:\s?~\s?\d[\d,.]*\s?(?:MB|GB))?)"
)
_INLINE = re.compile(r"\*\*(.+?)\*\*|`(.+?)`")
_LINE = re.compile(r"^(?P<indent> *)(?:(?P<bullet>- )|(?P<number>\d+\. ))?(?P<text>.*)$")


def spans_of(markdown: str) -> tuple[Span, ...]:
    spans: list[Span] = []
    pos = 0
    for m in _INLINE.finditer(markdown):
        if m.start() > pos:
            spans.append(Span(markdown[pos : m.start()]))
        spans.append(Span(m[1], frozenset({"strong"})) if m[1] else Span(m[2], frozenset({"code"})))
        pos = m.end()
    if pos < len(markdown):
        spans.append(Span(markdown[pos:]))
    return tuple(spans)


def quantities_of(text: str) -> tuple[Quantity, ...]:
    out = []
    for m in _QUANTITY.finditer(text):
        unit = re.sub(r"[\d,.\s~]", "", m[1].split("~")[-1]) or "/"
        value = float(re.sub(r"[^\d.]", "", m[1].split("~")[0]) or 0)
        out.append(Quantity(m[1], m.start(), m.end(), "count", unit, value, value, ""))
    return tuple(out)


def topic_from_lines(path: str, title: str, line_no: int, lines: list[tuple[int, str]]) -> Topic:
    facts: list[Fact] = []
    tips: list[Tip] = []
    stack: list[tuple[int, int]] = []  # (indent, fact index)
    for number, raw in lines:
        m = _LINE.match(raw)
        assert m is not None
        if not m["text"].strip():
            continue
        indent = len(m["indent"])
        while stack and stack[-1][0] >= indent:
            stack.pop()
        kind = "numbered" if m["number"] else "bullet" if m["bullet"] else "paragraph"
        spans = spans_of(m["text"].strip())
        text = "".join(s.text for s in spans)
        source = SourceRef(path, number)
        index = len(facts)
        facts.append(
            Fact(
                text, spans, kind, source, quantities_of(text), parent=stack[-1][1] if stack else None, depth=len(stack)
            )
        )
        if len(spans) == 1 and spans[0].marks:
            tips.append(Tip(text, "emphasis", index, source))
        elif "=>" in text:
            tips.append(Tip(text.split("=>", 1)[1].strip(), "conclusion", index, source))
        elif text.startswith("사용 사례:"):
            tips.append(Tip(text.split(":", 1)[1].strip(), "use_case", index, source))
        stack.append((indent, index))
    items = tuple(
        Item(i, tuple(j for j, f in enumerate(facts) if f.parent == i))
        for i, f in enumerate(facts)
        if f.kind == "numbered"
    )
    comparisons: tuple[Comparison, ...] = ()
    if " vs " in title:
        subjects = [s.strip() for s in title.split(" vs ")]
        sides = tuple(
            Side(s, tuple(f.text for f in facts if f.text.startswith(s)), SourceRef(path, line_no)) for s in subjects
        )
        comparisons = (Comparison(title, sides, "versus", SourceRef(path, line_no), tuple(range(len(facts)))),)
    subject, _, aspect = title.partition(" - ")
    return Topic(
        title, subject, aspect or None, 2, SourceRef(path, line_no), (), tuple(facts), items, comparisons, tuple(tips)
    )


def notes_from_text(path: str, markdown: str, title: str | None = None) -> Section:
    topics: list[Topic] = []
    head: tuple[str, int] | None = None
    body: list[tuple[int, str]] = []
    for number, line in enumerate(markdown.splitlines(), 1):
        if line.startswith("## "):
            if head:
                topics.append(topic_from_lines(path, head[0], head[1], body))
            head, body = (line[3:].strip(), number), []
        else:
            body.append((number, line))
    if head:
        topics.append(topic_from_lines(path, head[0], head[1], body))
    return Section(title or Path(path).stem, path, tuple(topics))


def notes_from_files(*paths: Path) -> Notes:
    return Notes(tuple(notes_from_text(p.name, p.read_text(encoding="utf-8")) for p in paths))
