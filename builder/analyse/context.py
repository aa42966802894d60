"""The context path of a fact: the lines it is written under, shortened for a card's top line.

A nested bullet's subject often sits in its parent (``- Glacier Flexible Retrieval`` →
``  - 최소 보관 기간 90일``): a card that shows only the heading asks a riddle, and three such
cards share one front.  The path names each parent by what it is about: the name of a
``이름 : 설명`` line, a short line whole, a long one cut after its first words.
"""

from __future__ import annotations

import re
from collections.abc import Sequence, Set

from builder.analyse.morph import Morpheme, morphemes
from builder.analyse.names import squashed
from builder.analyse.phrases import noun_phrases, without_glosses
from builder.analyse.rules.question import asks_outright
from builder.analyse.shapes import (
    DATE_LABEL,
    LIST_INTRO,
    NAME_DESCRIPTION,
    NAME_DESCRIPTION_SHORT_NAME,
    OPENING_NUMBER,
    PART_LABEL,
    QUESTION_LABEL,
)
from builder.analyse.subjects import split_title
from builder.analyse.words import (
    ATTRIBUTE_LABELS,
    GENERIC_NOUNS,
    MEANS_PARTICLES,
    NOTE_FILE_WORDS,
    NOTES_TITLE_WORDS,
    NUMBERED_FILE_WORDS,
    SECTION_LABELS,
    TOPIC_OR_SUBJECT_PARTICLES,
    TOPIC_PARTICLES,
)
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
    # ``- AWS Lambda`` › ``- 사용한 만큼 비용 청구`` › ``- Pay per duration`` › ``- 매월 400,000GB-초 무료``: the
    # two nearest levels say which part of the subject, the name further up says whose it is.
    while parent is not None and parent not in seen:
        seen.add(parent)
        name = facts[parent].text.strip()
        if parent not in skipped and names_a_product(name):
            if name.casefold() not in facts[index].text.casefold():  # the line names it itself
                path.append(name)
            break
        parent = facts[parent].parent
    return tuple(p for p in reversed(path) if p)


_PRODUCT_NAME = re.compile(r"[A-Z][A-Za-z0-9]*(?:[ -][A-Z0-9][\w@.+-]*){0,4}(?:\s*\([^()]{1,40}\))?")


def names_a_product(line: str) -> bool:
    """Whether a line is only a product's name in Latin capitals (``AWS Lambda``, ``Amazon RDS(Relational
    Database Service)``, ``Kinesis``): the subject of the outline under it.  A label is no name
    (``Summary``, ``TIP``), and a number counts parts (``Day 3``, ``Q1``, ``Step 2``).

    >>> [names_a_product(t) for t in ("AWS Lambda", "Amazon RDS(Relational Database Service)", "EBS", "EC2")]
    [True, True, True, True]
    >>> [names_a_product(t) for t in ("Summary", "Day 3", "Q1", "Step 2", "TIP", "Route 53")]
    [False, False, False, False, False, True]
    """
    if not _PRODUCT_NAME.fullmatch(line) or line.casefold() in SECTION_LABELS or line.casefold() in _LABEL_WORDS:
        return False
    words = without_glosses(line).split()
    part = _NUMBERED_PART.fullmatch(" ".join(words))
    if part and part[1].casefold() in _PART_WORDS:
        return False
    return not (len(words) == 1 and words[0].casefold() in NOTE_FILE_WORDS)


_NUMBERED_PART = re.compile(r"([A-Za-z]+)\s*\d+")
_PART_WORDS = NOTE_FILE_WORDS | NUMBERED_FILE_WORDS | {"q", "section", "lab", "lesson"}
"""``Day 3``, ``Step 2``, ``Q1``: a part of the notes counted off, no name (``EC2``, ``Route 53`` are)."""
_LABEL_WORDS = frozenset({"tip", "tips", "note", "notes", "todo", "summary", "intro", "faq", "warning"})
"""Words in capitals that label a part of the notes (``TIP``, ``NOTE``), no product."""


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


def names_no_subject(path: Sequence[str]) -> bool:
    """Whether a card's context says only where its line is, not what it is about: every part a
    part of a course (``5강``, ``1과목``, ``Week04``), an exam question's number (``Q14``), a label of
    a part of the notes (``정리``, ``개요``), the notes' own title (``Summary``) or a date
    (``221116``), or no context at all.  A line that does not name its subject itself asks a
    riddle under it.

    >>> names_no_subject(("Week04", "Q14", "정리")), names_no_subject(("5강",)), names_no_subject(())
    (True, True, True)
    >>> names_no_subject(("5강", "Subnet")), names_no_subject(("Amazon EFS", "정리"))
    (False, False)
    """
    return all(_only_places(part.strip()) for part in path)


def says_what_it_is_about(text: str, blank: tuple[int, int] = (0, 0)) -> bool:
    """Whether a line says what it is about on its own: it is an entry (``Scale up : 서버의 성능을
    높이는 것``), or a word of it is its topic or subject, a noun with 은/는 or 이/가 (``EFS는 …``),
    the blank's included (``[...]은(는) …`` asks what the rest describes).  A dependent or generic
    noun is no subject (``나갈 때는``, ``모든 것이``), nor is a noun that ``만`` or ``도`` singles out
    (``서버만 위치시킬 수 있으며``: only servers, of something the line does not name).

    >>> says_what_it_is_about("EFS는 관리형 NFS 파일 시스템으로 여러 EC2에서 마운트 가능")
    True
    >>> says_what_it_is_about("Scale up : 서버의 성능을 높이는 것")
    True
    >>> says_what_it_is_about("Object Lock (WORM) 은 객체의 삭제를 막는다")
    True
    >>> says_what_it_is_about("SQS FIFO 대기열은 그룹 단위로 순서를 보장한다")
    True
    >>> says_what_it_is_about("Amazon Augmented AI(Amazon A2I)는 검토 흐름을 기본 제공한다")
    True
    >>> says_what_it_is_about("자동 확장 + 내장된 고가용성 제공"), says_what_it_is_about("나갈 때는 둘 다 가능")
    (False, False)
    >>> says_what_it_is_about("경우에는 높은 비용 추가"), says_what_it_is_about("서버만 위치시킬 수 있으며")
    (False, False)
    >>> says_what_it_is_about("가장 오래 쓰지 않은 페이지를 교체한다")
    False

    An attribute with its particle names the attribute of a thing, said or not (``비용이 저렴하고``;
    ``S3 비용이 …`` says whose):

    >>> says_what_it_is_about("비용이 저렴하고 관리가 쉽다"), says_what_it_is_about("S3 비용이 저렴하다")
    (False, True)
    >>> [says_what_it_is_about(t) for t in ("데이터베이스 비용이 저렴", "S3의 비용이 저렴", "EC2비용이 저렴")]
    [True, True, True]

    A means named in Latin letters outside the ``blank`` (start, end) says it too; the blank's own
    means does not (``[Multi-AZ]로 고가용성을 제공``):

    >>> line = "LRU 알고리즘으로 페이지를 교체한다"
    >>> says_what_it_is_about(line, (11, 14)), says_what_it_is_about(line, (0, 7))
    (True, False)
    """
    if NAME_DESCRIPTION.match(text.strip()):
        return True
    words = text.split()
    if any(_marks_its_topic(word, words[n - 1] if n else "") for n, word in enumerate(words)):
        return True
    # ``3-way handshake로 TCP 연결을 수립한다``: a named means, outside the blank, says what the line is about
    return any(
        phrase.particle == "JKB"
        and text[phrase.end : phrase.particle_end].strip() in MEANS_PARTICLES
        and _LATIN_LETTERS.search(phrase.text) is not None
        and not (phrase.start < blank[1] and blank[0] < phrase.end)
        for phrase in noun_phrases(text)
    )


_LATIN_LETTERS = re.compile(r"[A-Za-z]{2,}")


_NAMING_PIECES = frozenset({"NNG", "NNP", "SL", "SH", "SN", "XSN"})
"""Tags of the piece a topic's particle follows: a noun, a name, a number."""


def _marks_its_topic(word: str, before: str) -> bool:
    """Whether the word is a noun with the topic or subject particle (``버전은``, ``서버가``), or that
    particle written apart after one (``Object Lock (WORM) 은``)."""
    bare = word.strip(",.:;!?")
    if bare in TOPIC_OR_SUBJECT_PARTICLES:
        named = morphemes(before.strip("()（）[]"))
        return bool(named) and named[-1].pos in _NAMING_PIECES
    pieces = morphemes(bare)
    if len(pieces) >= 2 and pieces[-1].pos in ("JX", "JKS") and pieces[-1].surface in TOPIC_OR_SUBJECT_PARTICLES:
        # ``Amazon Augmented AI(Amazon A2I)는``: the particle after a gloss is the name's
        head = next((p for p in reversed(pieces[:-1]) if p.pos != "SSC"), pieces[-2])
        glued = any(p.pos in _NAMING_PIECES for p in pieces if p.end <= head.start)  # ``EC2비용이``
        return _names_a_subject(head, before, glued=glued)
    if not pieces or pieces[-1].pos in _NAMING_PIECES:
        return False  # ``추가``, ``평가``: a noun that ends in 가, no particle
    # The analyser reads the noun before the particle as a verb (``대기열은``: 대기 + 열 + 은).
    for particle in TOPIC_OR_SUBJECT_PARTICLES:
        # a stem of two syllables at least: ``않은``, ``높은`` are a verb's forms, whatever the analyser reads alone
        if bare.endswith(particle) and len(bare) > len(particle) + 1:
            stem = morphemes(bare[: -len(particle)])
            return bool(stem) and _names_a_subject(stem[-1], before)
    return False


def _names_a_subject(head: Morpheme, before: str, *, glued: bool = False) -> bool:
    """Whether the noun before a topic or subject particle names what the line is about: no generic
    noun (``모든 것이``), and no attribute (:data:`~builder.analyse.words.ATTRIBUTE_LABELS`) but of a
    thing written before it, apart, glued or with 의 (``비용이 저렴하고`` names no thing; ``S3 비용이``,
    ``데이터베이스 비용이``, ``EC2비용이``, ``S3의 비용이`` do)."""
    if head.pos not in _NAMING_PIECES or head.surface in GENERIC_NOUNS:
        return False
    if head.surface not in ATTRIBUTE_LABELS or glued:
        return True
    named = morphemes(before.strip("()（）[]"))
    return before.endswith("의") or (bool(named) and named[-1].pos in _NAMING_PIECES)


def labels_a_part(name: str) -> bool:
    """Whether a heading's name only labels a part of the notes (``참조``), an exam question (``Q27``)
    or a part of a course (``Chapter 3``): a place, not a thing to define or to ask about.

    >>> labels_a_part("Q27"), labels_a_part("5강"), labels_a_part("정리"), labels_a_part("Amazon EFS")
    (True, True, True, False)
    """
    return (
        name.casefold() in SECTION_LABELS
        or QUESTION_LABEL.match(name) is not None
        or PART_LABEL.match(name) is not None
    )


def _only_places(part: str) -> bool:
    """Whether a part of a context path only places its lines (see :func:`names_no_subject`): it
    labels a part (:func:`labels_a_part`), dates the lines, or is the notes' own title."""
    return labels_a_part(part) or DATE_LABEL.match(part) is not None or part.casefold() in _NOTES_TITLES


_NOTES_TITLES = frozenset(w.casefold() for w in NOTES_TITLE_WORDS)


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
