"""Lines too long to print in reasonable time are shortened in the PDF, with a warning.

WeasyPrint lays out a paragraph in time that grows faster than its length (each line is broken
against the rest of the paragraph, and balancing the columns repeats the layout): a fact of
1,200 characters took 7 s, one of 2,000 characters 33 s, one of 200,000 never finished.  The
printed cheat sheet therefore shows at most :data:`PRINT_LIMIT` characters of any one text,
ending in ``…``, and the build warns with the fact's file and line; the deck and the screen
HTML keep every text whole.  A line of prose that long is already read in parts
(:mod:`builder.parse.long_lines`); a table row, a code block, a tip or a comparison entry may
still be longer.
"""

from __future__ import annotations

from dataclasses import replace

from builder.errors import log
from builder.model import Comparison, Fact, Notes, Span, Topic, spans_between

PRINT_LIMIT = 1_000
"""Characters of one fact, tip or comparison entry the PDF shows."""
_ELLIPSIS = " …"


def for_print(notes: Notes) -> Notes:
    """``notes`` with every text longer than :data:`PRINT_LIMIT` shortened; each fact shortened is
    warned about once.  Returns ``notes`` itself when nothing is too long (the usual case)."""
    if not any(len(fact.text) > PRINT_LIMIT for _, _, fact in notes.facts()):
        return notes
    sections = []
    for section in notes.sections:
        topics = tuple(_topic(topic) for topic in section.topics)
        sections.append(replace(section, topics=topics))
    return Notes(tuple(sections))


def _topic(topic: Topic) -> Topic:
    if not any(len(fact.text) > PRINT_LIMIT for fact in topic.facts):
        return topic
    facts = tuple(_fact(fact) if len(fact.text) > PRINT_LIMIT else fact for fact in topic.facts)
    tips = tuple(replace(tip, text=_cut(tip.text)) for tip in topic.tips)
    comparisons = tuple(_comparison(c) for c in topic.comparisons)
    return replace(topic, facts=facts, tips=tips, comparisons=comparisons)


def _fact(fact: Fact) -> Fact:
    log.warning(
        "line too long for print (%d characters), shortened in the PDF to its first %d; "
        "the deck and the HTML keep it whole",
        len(fact.text),
        PRINT_LIMIT,
        extra={"source": fact.source},
    )
    spans = [*spans_between(fact.spans, 0, PRINT_LIMIT), Span(_ELLIPSIS)]
    text = "".join(span.text for span in spans)
    quantities = tuple(q for q in fact.quantities if q.end <= PRINT_LIMIT)
    return replace(fact, text=text, spans=tuple(spans), quantities=quantities)


def _comparison(comparison: Comparison) -> Comparison:
    sides = tuple(replace(s, subject=_cut(s.subject), points=tuple(map(_cut, s.points))) for s in comparison.sides)
    return replace(comparison, title=_cut(comparison.title), sides=sides)


def _cut(text: str) -> str:
    return text if len(text) <= PRINT_LIMIT else text[:PRINT_LIMIT] + _ELLIPSIS
