"""The context path of a fact: the lines it is written under, shortened for a card's top line.

A nested bullet's subject often sits in its parent (``- Glacier Flexible Retrieval`` →
``  - 최소 보관 기간 90일``): a card that shows only the heading asks a riddle, and three such
cards share one front.  The path names each parent by what it is about: the name of a
``이름 : 설명`` line, a short line whole, a long one cut after its first words.
"""

from __future__ import annotations

import re
from collections.abc import Sequence, Set

from builder.analyse.names import squashed
from builder.analyse.phrases import without_glosses
from builder.analyse.rules.question import asks_outright
from builder.analyse.shapes import (
    LIST_INTRO,
    NAME_DESCRIPTION,
    NAME_DESCRIPTION_SHORT_NAME,
    OPENING_NUMBER,
)
from builder.analyse.subjects import split_title
from builder.analyse.words import TOPIC_PARTICLES
from builder.model import Fact, Span, Topic

MAX_LEVELS = 2
"""Parents shown, nearest first: deeper outlines keep their two nearest levels."""
SHORT = 60
"""A parent line up to this long is shown whole: the condition its children depend on is in it."""
CUT = 48
QUESTION_CHARS = 260
"""A question over its answer is shown whole up to this long."""
CUT_MARK = "…"
"""Ends a parent line cut short in a context path."""


def context_path(facts: Sequence[Fact], index: int, skipped: Set[int] = frozenset()) -> tuple[str, ...]:
    """The shortened parents of ``facts[index]``, outermost first; a parent in ``skipped`` (a web
    address, a picture: no name for what is under it) is passed over.  A parent line that opens
    with a bold subject (a lead paragraph, ``- **B 서버**는 …``) is named by it (:func:`bold_subject`):
    the rest of a long line would be cut, and a cut context refuses its children's cards."""
    path: list[str] = []
    parent = facts[index].parent
    seen = {index}
    while parent is not None and parent not in seen and len(path) < MAX_LEVELS:
        seen.add(parent)
        if parent not in skipped:
            head = facts[parent]
            path.append(bold_subject(head.spans) or short_form(head.text))
        parent = facts[parent].parent
    return tuple(p for p in reversed(path) if p)


MAX_SUBJECT_CHARS = 40
"""A bold name longer than this at the start of a line is a stressed clause, not a subject."""
_SUBJECT_NUMBER = re.compile(rf"\s*{OPENING_NUMBER}?")
"""What may stand before a bold subject at the start of a line: its number (``(4)``, ``4.``)."""


def bold_subject(spans: Sequence[Span]) -> str | None:
    """The bold name a line opens with, when the topic particle follows it (``**CloudTrail** 은 …``,
    ``**(2)** **Amazon MQ**는 …``): the line is a statement about that name, which the lines
    written after it go on about.

    >>> bold = frozenset({"strong"})
    >>> bold_subject((Span("(4)", bold), Span(" "), Span("CloudTrail", bold), Span(" 은 계정 활동을 기록한다")))
    'CloudTrail'
    >>> bold_subject((Span("CloudTrail 은 "), Span("로그", frozenset({"strong"})), Span("를 남긴다"))) is None
    True
    """
    text = "".join(span.text for span in spans)
    bold: list[tuple[int, int]] = []
    offset = 0
    for span in spans:
        if "strong" in span.marks and span.text.strip():
            bold.append((offset, offset + len(span.text)))
        offset += len(span.text)
    number = _SUBJECT_NUMBER.match(text)
    start = number.end() if number else 0
    name = next(((s, e) for s, e in bold if e > start), None)
    if name is None or text[start : name[0]].strip(" *") or name[1] - name[0] > MAX_SUBJECT_CHARS:
        return None
    rest = text[name[1] :].lstrip()
    if not (rest.startswith(TOPIC_PARTICLES) and rest[1:2] == " "):
        return None
    return text[max(start, name[0]) : name[1]].strip() or None


def short_form(text: str) -> str:
    """How a line is named in a context path."""
    text = LIST_INTRO.sub("", text.strip()).strip()
    if asks_outright(text):
        # ``Q3: 객체 스토리지의 기본 단위는?`` over its answer: the question is what the card asks.
        return text if len(text) <= QUESTION_CHARS else text[:QUESTION_CHARS].rstrip() + CUT_MARK
    named = NAME_DESCRIPTION.match(text)
    if named and len(named["name"].strip()) <= NAME_DESCRIPTION_SHORT_NAME:
        return named["name"].strip()
    if len(text) <= SHORT:
        return text
    cut = text[:CUT].rsplit(" ", 1)[0] if " " in text[:CUT] else text[:CUT]
    return cut.rstrip(" ,.:") + CUT_MARK


def cut_short(path: Sequence[str]) -> bool:
    """Whether a line of the context path was cut short: what the card hangs on may be past the cut."""
    return any(line.endswith(CUT_MARK) for line in path)


def read_under(topic: Topic) -> tuple[str, ...]:
    """The heading above, when the topic's subject names nothing by itself: Korean words with no
    name in Latin letters (``#### 리소스(Resource)``, ``### 데이터 처리 특성``) under a heading that
    has one (``### Health Check``, ``## Kinesis Data Streams``).  A card under ``리소스`` alone would
    not say whose resources it asks about."""
    if _LATIN_NAME.search(without_glosses(topic.subject)):
        return ()
    for ancestor in reversed(topic.ancestors):  # the nearest heading with a name
        named = split_title(ancestor)[0]
        # ``# 가상 네트워크(Virtual Network, VNet)``: a Korean name glossed with its own in Latin letters
        if _LATIN_NAME.search(named) or _LATIN_NAME.search(_gloss_of(ancestor)):
            # ``프로세스`` above ``프로세스의 상태``: the topic's own heading says it already
            return () if squashed(named) in squashed(topic.subject) + " " + squashed(topic.title) else (named,)
    return ()


def _gloss_of(heading: str) -> str:
    """What the first word group of a heading glosses in brackets (``가상 네트워크(Virtual Network,
    VNet)`` → ``Virtual Network, VNet``), or nothing."""
    found = _FIRST_GLOSS.match(heading.strip())
    return found["gloss"] if found else ""


_FIRST_GLOSS = re.compile(r"^[^(（]+[(（](?P<gloss>[^)）가-힣]+)[)）]")
"""A gloss is the name in other letters only: ``(AWS SAA 강의)`` says where the notes come from."""

_LATIN_NAME = re.compile(r"[A-Za-z]{2,}")
"""A name in Latin letters (``Health Check``, ``EBS``).  The analyser tags loanwords written in Hangul
(``리소스``) as proper nouns too, so only Latin letters tell a service's name from a common word."""
