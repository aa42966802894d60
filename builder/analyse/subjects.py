"""A topic's subject and aspect, read from its title.

``Amazon EKS - 관리형 노드 그룹`` → (``Amazon EKS``, ``관리형 노드 그룹``);
``DynamoDB의 고급 기능`` → (``DynamoDB``, ``고급 기능``); ``정규형의 주요 특징`` → (``정규형``, ``주요 특징``);
``Lambda 한도`` → (``Lambda``, ``한도``);
``KMS(Key Management Service)`` → (``KMS``, None).  The aspect words are generic Korean and
English nouns of study notes (limits, features, use cases…), never names of a subject.
"""

from __future__ import annotations

import re

from builder.analyse.morph import morphemes
from builder.analyse.shapes import QUESTION_OPENER, QUESTION_PREFIX, VERSUS_SPLIT
from builder.analyse.words import (
    ASPECT_MODIFIERS,
    ASPECT_WORDS,
    CHAPTER_UNITS,
    CONNECTIVES,
    ENGLISH_WHAT_IS,
    FOLLOW_ON_ASKS,
    FOLLOW_UP_OPENERS,
    INTRODUCTION_ASPECTS,
    MAX_ASKED_NAME_WORDS,
    NATIVE_COUNTS,
    PAIRING_WORDS,
    SECTION_LABELS,
    STUDY_ASPECTS,
    VAGUE_MODIFIERS,
    WHAT_IS_ENDINGS,
)

_SEPARATOR = re.compile(r"\s+[-–—:|/]\s+|\s*[:：]\s+")
_DOT_ASPECT = re.compile(r"^(?P<subject>.+?)\s+·\s+(?P<aspect>.+)$")
"""``Partition · 개요``, ``S3 · 보안 모범 사례``: a middle dot before an aspect (its last word an aspect
word); ``인증 · 인가`` (two peers) is not one."""
_POSSESSIVE = re.compile(r"^(?P<subject>.+?[A-Za-z0-9)\]])의\s+(?P<aspect>.+)$")
_HANGUL_POSSESSIVE = re.compile(r"^(?P<subject>.+?의)\s+(?P<aspect>\S+(?:\s\S+)?)$")
_PAREN_TAIL = re.compile(r"\s*[(（][^()（）]*[)）]\s*$")
_VERSUS = VERSUS_SPLIT
_ASPECT_SET = frozenset(w.casefold() for w in ASPECT_WORDS)
MAX_ASPECT_WORDS = 4
"""An aspect is a few words (``관리형 노드 그룹``); a longer tail after a separator describes the subject."""

_ASPECT_ONLY = re.compile(
    r"^(?:" + "|".join(re.escape(w) for w in sorted(ASPECT_WORDS, key=len, reverse=True)) + r")$", re.IGNORECASE
)
_ASPECT_TAIL = re.compile(
    r"^(?P<subject>.*\S)\s+(?P<aspect>(?:"
    + "|".join(re.escape(w) for w in sorted(ASPECT_WORDS, key=len, reverse=True))
    + r"))$",
    re.IGNORECASE,
)


def subject_of(title: str, ancestors: tuple[str, ...]) -> tuple[str, str | None]:
    """(subject, aspect) of a topic; a title that only names an aspect or labels a part of the
    notes (``### 특징``, ``### 내용``, ``### Benefits``) is an aspect of the heading above it."""
    title = _without_chapter_number(without_what_is(title))
    if _is_label(title):
        # ``### 12번 문제``, ``## Q3``: a label, not a subject; the heading above names it.
        return (_subject_above(ancestors) if ancestors else ""), title.strip()
    if ancestors and _labels_a_section(title):
        # ``## 한 줄 요약``, ``### 결 론 (Conclusion)``: a part of what the heading above is about.
        return _subject_above(ancestors), title.strip()
    subject, aspect = split_title(title)
    if ancestors and _aspect_phrase(title):
        # ``### 주요 기능``, ``### 발생 조건`` under ``## RDS Proxy``: an aspect of the heading above.
        return _subject_above(ancestors), title.strip()
    if (
        aspect is None
        and ancestors
        and (_ASPECT_ONLY.match(title.strip()) or title.strip().casefold() in SECTION_LABELS)
    ):
        return _subject_above(ancestors), title.strip()
    return subject, aspect


def _without_chapter_number(title: str) -> str:
    """The title without the number of the chapter or section it files (``3절 속성`` → ``속성``,
    ``제2과목 SQL 기본`` → ``SQL 기본``: :data:`~builder.analyse.words.CHAPTER_UNITS`); a title that is
    only the number stays.

    >>> _without_chapter_number("3절 속성"), _without_chapter_number("제2과목 SQL 기본"), _without_chapter_number("2장")
    ('속성', 'SQL 기본', '2장')
    >>> _without_chapter_number("3장애 대응"), _without_chapter_number("2강 TCP")
    ('3장애 대응', 'TCP')
    >>> _without_chapter_number("1과목 - 데이터 이해"), _without_chapter_number("1과목 2장 정규화")
    ('데이터 이해', '정규화')
    >>> _without_chapter_number("2장 (Subject 1 - Chapter 2)")
    '2장 (Subject 1 - Chapter 2)'
    """
    numbered = _CHAPTER_NUMBERS.match(title)
    rest = title[numbered.end() :].strip() if numbered else ""
    return rest if rest[:1].isalnum() else title  # ``2장 (Chapter 2)``: a gloss of the number, no subject


_CHAPTER_NUMBERS = re.compile(
    rf"(?:\s*(?:제\s?)?\d+(?:[-.]\d+)*\s?(?:{'|'.join(CHAPTER_UNITS)})(?=[\s.:)\-–—·]|$)[\s.:)\-–—·]*)+"
)
"""One number of a chapter or more (``1과목 2장``), and what sets them off (``1과목 - 데이터 이해``)."""


def _subject_above(ancestors: tuple[str, ...]) -> str:
    """The subject of the nearest heading above that is more than a label: ``### 장점`` under
    ``## 장단점`` under ``# ELB`` is an aspect of ELB, not of ``장단점``, which only files a part of
    ELB's notes.  A heading that names an aspect with a meaning of its own (``## 백업`` › ``### 특징``)
    is kept as the subject: the features are the backup's.

    >>> _subject_above(("ELB", "장단점")), _subject_above(("ELB", "장단점", "정리"))
    ('ELB', 'ELB')
    >>> _subject_above(("기출", "12번 문제"))  # a question's number is no section label
    '12번 문제'
    """
    nearest = ancestors[-1]
    # ``## 12번 문제`` numbers what it is under, and keeps its number: only a section's label is skipped.
    if len(ancestors) > 1 and _labels_a_section(nearest):
        return _subject_above(ancestors[:-1])
    return split_title(_without_chapter_number(without_what_is(nearest)))[0]


def _labels_a_section(title: str) -> bool:
    """Whether the title is a section label (:data:`~builder.analyse.words.SECTION_LABELS`) however
    it is spaced or glossed: ``결 론 (Conclusion)``, ``한줄 요약``.

    >>> _labels_a_section("결 론 (Conclusion)"), _labels_a_section("한줄 요약"), _labels_a_section("결론 도출 기법")
    (True, True, False)
    """
    bare = strip_parenthetical(title).casefold()
    return "".join(bare.split()) in _SQUASHED_LABELS


_SQUASHED_LABELS = frozenset("".join(label.split()) for label in SECTION_LABELS)


def _aspect_phrase(title: str) -> bool:
    """``주요 기능``, ``발생 조건``, ``사용 방법``: a common Korean noun or a vague modifier before an
    aspect word names an aspect, not a subject (``Lambda 한도`` names Lambda's)."""
    words = title.split()
    if len(words) != 2 or words[1].casefold() not in STUDY_ASPECTS | _ASPECT_SET:
        return False
    # Read in the whole title: alone, ``정규화의`` can be cut as two nouns.
    first = [m for m in morphemes(title) if m.end <= len(words[0])]
    return words[0] in VAGUE_MODIFIERS or (bool(first) and all(m.pos in ("NNG", "XSN", "XPN") for m in first))


def without_what_is(title: str) -> str:
    """``ASG란?`` → ``ASG``: a heading that asks what its subject is names the subject (a full
    stop after the question, ``…에 대해 설명하세요.``, changes nothing).

    An interview question that goes on to ask more (``락이 무엇인지 설명해주시고 종류가 무엇인지…``,
    ``PCB는 무엇이고 왜 필요한가요?``) names its subject in its first clause.

    >>> without_what_is("캐시가 무엇인지 설명하세요"), without_what_is("성능 평가 무엇인가요")
    ('캐시', '성능 평가 무엇인가요')
    >>> without_what_is("락이 무엇인지 설명해주시고 종류가 무엇인지 설명해주세요."), without_what_is("큐는 뭔가요?")
    ('락', '큐')
    >>> without_what_is("PCB는 무엇이고, 왜 필요한가요?"), without_what_is("장점이 무엇인지 모를 때")
    ('PCB', '장점이 무엇인지 모를 때')
    >>> without_what_is("그럼 4-way handshake는 뭔가요?"), without_what_is("그렇다면 락은 무엇이고 어디에 쓰나요?")
    ('4-way handshake', '락')
    >>> without_what_is("프로세스는 무엇이고 스레드는 무엇인가요?")
    '프로세스는 무엇이고 스레드는 무엇인가요?'
    >>> without_what_is("TCP는 뭐고 종류는 뭔가요?"), without_what_is("장점은 무엇이고 단점은 무엇인가요?")
    ('TCP', '장점은 무엇이고 단점은 무엇인가요?')
    >>> without_what_is("면접 질문: B-Tree 구조에 대해 설명하라"), without_what_is("Q. 프로세스란?")
    ('B-Tree 구조', '프로세스')
    """
    stripped = title.strip().rstrip(".。 ")
    # ``면접 질문: B-Tree 구조에 대해 설명하라``, ``Q. 프로세스란?``: the label files the question; the question names
    labelled = QUESTION_PREFIX.match(stripped) or QUESTION_OPENER.match(stripped)
    # ``OX: UDP는 순서를 보장한다``: a true-or-false statement, perhaps false, names no subject to define
    true_or_false = labelled is not None and "x" in labelled.group().casefold()
    if labelled is not None and not true_or_false and stripped[labelled.end() :].strip():
        stripped = stripped[labelled.end() :].strip()
    asked = _asked_in_english(stripped)
    if asked:
        return asked  # ``What is SysV?``: the name the question asks about
    first = _FIRST_OF_MORE_QUESTIONS.match(stripped)
    if first is not None:
        # ``프로세스는 무엇이고 스레드는 무엇인가요?``: two subjects, neither the heading's alone
        return _without_follow_up_opener(first["name"]) if _asks_of_one_subject(stripped, first) else stripped
    for ending in sorted(WHAT_IS_ENDINGS, key=len, reverse=True):
        if stripped.endswith(ending) and len(stripped) > len(ending):
            named = stripped[: -len(ending)].strip()
            if ending.startswith(("이 ", "가 ")) and not _subject_particle_at(stripped, len(named)):
                continue  # ``성능 평가 무엇인가요``: the 가 is the noun's own, not a particle
            # ``그림 및 설명``: the ending is the second of two nouns, not a question about the first.
            return stripped if _ends_joined(named) else _without_follow_up_opener(named)
    return stripped


def _asked_in_english(question: str) -> str | None:
    """The name an English question asks about when it asks what it is (``What is a Pod?`` →
    ``Pod``, :data:`~builder.analyse.words.ENGLISH_WHAT_IS`), or None.

    >>> _asked_in_english("What is Descriptor (디스크립터)?"), _asked_in_english("What are Namespaces?")
    ('Descriptor (디스크립터)', 'Namespaces')
    >>> _asked_in_english("What is the difference between TCP and UDP?"), _asked_in_english("What is SysV")
    (None, None)
    """
    folded = question.casefold()
    opener = next((o for o in ENGLISH_WHAT_IS if folded.startswith(o)), None)
    if opener is None or not question.endswith(("?", "？")):
        return None
    named = _ARTICLE.sub("", question[len(opener) :].rstrip("?？ ").strip())
    words = named.casefold().split()
    if not words or len(words) > MAX_ASKED_NAME_WORDS or (CONNECTIVES | PAIRING_WORDS | {"between"}) & set(words):
        return None  # ``What is the difference between TCP and UDP?``: a question about two things
    return named


_ARTICLE = re.compile(r"^(?:a|an|the)\s+", re.IGNORECASE)


def _without_follow_up_opener(name: str) -> str:
    """``그럼 4-way handshake`` → ``4-way handshake``: the name a follow-up question asks about."""
    opener, _, rest = name.partition(" ")
    return rest.strip() if opener in FOLLOW_UP_OPENERS and rest.strip() else name


_FIRST_OF_MORE_QUESTIONS = re.compile(
    r"^(?P<name>\S(?:.*?\S)?)(?P<particle>[이가은는])\s+"
    rf"(?:{'|'.join(re.escape(ask) for ask in sorted(FOLLOW_ON_ASKS, key=len, reverse=True))})[\s,]"
)
"""The first of an interview's questions when more follow it: a name, its subject or topic
particle, then ``무엇이고`` or another of :data:`~builder.analyse.words.FOLLOW_ON_ASKS`."""
_NEXT_NAME_ASKED = re.compile(r"^[\s,]*(?P<name>\S(?:.*?\S)?)[이가은는]\s+(?:무엇|뭔|뭐)")


def _asks_of_one_subject(title: str, first: re.Match[str]) -> bool:
    """Whether the questions after the first ask about the first one's subject: ``락이 무엇인지
    설명해주시고 종류가 …`` (its kinds), not ``프로세스는 무엇이고 스레드는 무엇인가요?`` (two
    subjects) nor ``장점은 무엇이고 …`` (no subject at all)."""
    if first["particle"] in ("이", "가") and not _subject_particle_at(title, first.end("name")):
        return False  # ``성능 평가 무엇이고``: the 가 is the noun's own
    if _names_an_aspect(first["name"]):
        return False
    following = _NEXT_NAME_ASKED.match(title[first.end() :])
    return following is None or _names_an_aspect(following["name"])


def _names_an_aspect(words: str) -> bool:
    """``종류``, ``장점과 단점``, ``동작 방식``: aspects of a subject, one or joined, not a subject."""
    parts = [p for p in re.split(r"\s*(?:[,·]|및|(?<=[가-힣])[과와]\s)\s*", words) if p.strip()]
    return bool(parts) and all(
        p.casefold() in ASPECT_WORDS or _ASPECT_ONLY.match(p) is not None or _aspect_phrase(p) for p in parts
    )


def _subject_particle_at(text: str, offset: int) -> bool:
    """Whether the analyser reads a subject particle at ``offset`` (``캐시|가 무엇인지``)."""
    return any(m.start == offset and m.pos == "JKS" for m in morphemes(text))


def _ends_joined(words: str) -> bool:
    """Whether the words end with a connective (``그림 및``, ``요청과``): a second noun follows them."""
    last = words.split()[-1] if words.split() else ""
    return last.casefold() in CONNECTIVES or last == "&" or any(m.pos == "JC" for m in morphemes(last))


def _ends_in_a_modifier(words: str) -> bool:
    """Whether the words end with a modifier of the noun after them (``지속적인``, ``자동화된``):
    ``지속적인 모니터링`` is one thing, no aspect of a subject ``지속적인``.

    >>> _ends_in_a_modifier("위협 탐지 및 지속적인"), _ends_in_a_modifier("자동화된"), _ends_in_a_modifier("EC2")
    (True, True, False)
    >>> _ends_in_a_modifier("새로운"), _ends_in_a_modifier("읽기 전용 복제본")
    (True, False)
    """
    last = words.split()[-1] if words.split() else ""
    pieces = morphemes(last)
    if not pieces or pieces[-1].last_pos != "ETM":
        return False
    # ``복제본`` read as 복제 + 보(다) + ㄴ: a verb glued straight onto a noun is a misread noun.
    return not (len(pieces) > 1 and pieces[-2].pos in ("NNG", "NNP") and pieces[-1].tag.startswith(("VV", "VA")))


def _is_label(title: str) -> bool:
    """A numbering and a label word only: ``12번 문제``, ``Q3.``, ``실습 2``."""
    words = re.sub(r"[\d.)(#:\-]+|번", " ", title).split()
    return bool(re.search(r"\d", title)) and all(w.casefold() in SECTION_LABELS for w in words)


def split_title(title: str) -> tuple[str, str | None]:
    """(subject, aspect) of a heading or item title; aspect is None when the title has none, or
    only introduces the subject (:data:`~builder.analyse.words.INTRODUCTION_ASPECTS`).  A count
    the author keeps after a heading (``UML의 개요 (3)``: how often the exam asked it) is no part
    of either."""
    title = _COUNT_TAIL.sub("", title.strip()) or title.strip()
    dotted = _DOT_ASPECT.match(title)
    if dotted and dotted["aspect"].split()[-1].casefold() in _ASPECT_SET:
        subject, aspect = strip_parenthetical(dotted["subject"]), dotted["aspect"]
    else:
        subject, aspect = _split_title(title)
    bare = subject.strip(" ·-:")
    if aspect is not None and aspect.casefold() in INTRODUCTION_ASPECTS and bare:
        return bare, None
    return subject, aspect


_COUNT_TAIL = re.compile(r"(?<=[가-힣])\s*[(（]\d{1,3}[)）]$")
"""``UML의 개요 (3)``: a count after Korean words; ``RAID (5)`` names a level."""


def _split_title(title: str) -> tuple[str, str | None]:
    if _VERSUS.search(title):
        return title, None
    parts = _split_outside_brackets(title)
    if len(parts) == 2 and _hyphenated_name(title, parts[0], parts[1]):
        return strip_parenthetical(title), None  # ``벨 - 라파듈라 모델``: one name written with a hyphen
    if len(parts) == 2 and parts[0].strip() and parts[1].strip():
        if _names_a_kind(parts[0]) and _LATIN_NAME.match(parts[1].strip()):
            # ``캐시 정책: LRU (Least Recently Used)``: the kind, then the one the heading is about
            return strip_parenthetical(parts[1]), None
        if len(parts[1].split()) > MAX_ASPECT_WORDS:
            # ``chmod : 파일의 허가권을 설정하는 명령``: a description of the subject, not an aspect
            return strip_parenthetical(parts[0]), None
        return strip_parenthetical(parts[0]), parts[1].strip()
    possessive = _POSSESSIVE.match(title)
    if possessive:
        return strip_parenthetical(possessive["subject"]), possessive["aspect"].strip()
    genitive = _HANGUL_POSSESSIVE.match(title)
    if (
        genitive
        and _is_genitive(title, genitive.end("subject"))
        and (genitive["aspect"].casefold() in STUDY_ASPECTS or _aspect_phrase(genitive["aspect"]))
    ):
        # ``데이터 독립성의 필요성``, ``정규형의 주요 특징``: the aspect of a subject written in Hangul.
        return strip_parenthetical(genitive["subject"][:-1]), genitive["aspect"]
    tail = _ASPECT_TAIL.match(title)
    # ``요청과 제한``, ``특징 및 장점``: two nouns joined, not a subject and its aspect.
    if (
        tail
        and not tail["subject"].endswith(("의", "에서의"))
        and not _ends_joined(tail["subject"])
        and not _ends_in_a_modifier(tail["subject"])
    ):
        subject, aspect = _qualified_aspect(title, tail["subject"], tail["aspect"])
        return strip_parenthetical(subject), aspect
    return strip_parenthetical(title), None


def _qualified_aspect(title: str, subject: str, aspect: str) -> tuple[str, str]:
    """A count or a modifier before the aspect word is the aspect's, and the subject ends before
    it, without its 의 (``IAM 정책의 3가지 종류`` → ``IAM 정책``, ``3가지 종류``; ``로드밸런서 네 종류``,
    ``리눅스 기술적 특징``).  A number with another counter names the subject (``OSI 7계층 특징``).

    >>> _qualified_aspect("IAM 정책의 3가지 종류", "IAM 정책의 3가지", "종류")
    ('IAM 정책', '3가지 종류')
    >>> _qualified_aspect("OSI 7계층 특징", "OSI 7계층", "특징")
    ('OSI 7계층', '특징')
    """
    words = subject.split()
    moved: list[str] = []
    while len(words) > 1 and _qualifies_an_aspect(words[-1]):
        moved.insert(0, words.pop())
    if len(words) > 2 and words[-1] in _COUNTERS and (words[-2].isdigit() or words[-2] in NATIVE_COUNTS):
        moved[:0] = words[-2:]  # ``네 가지``, ``3 가지``: the count written apart from its counter
        del words[-2:]
    if not moved:
        return subject, aspect
    rest = " ".join(words)
    # The analyser may miss the particle after a long loanword (``로드밸런서의``); a noun that
    # ends in 의 itself is short (``정의``, ``회의``).
    if rest.endswith("의") and (_is_genitive(title, title.find(rest) + len(rest)) or len(words[-1]) >= 4):
        rest = rest[:-1]
    return rest, " ".join([*moved, aspect])


_COUNTERS = ("가지", "개", "종")
_ITEM_COUNT = re.compile(rf"^\d{{1,2}}\s?(?:{'|'.join(_COUNTERS)})$")


def _qualifies_an_aspect(word: str) -> bool:
    """A count of items (``3가지``, ``네``), a word of :data:`~builder.analyse.words.ASPECT_MODIFIERS`, or an adjective
    noun in 적 (``기술적``) before an aspect word."""
    if _ITEM_COUNT.match(word) or word in NATIVE_COUNTS or word in ASPECT_MODIFIERS:
        return True
    pieces = morphemes(word)
    return len(pieces) >= 2 and pieces[-1].surface == "적" and pieces[-1].pos == "XSN"


def _split_outside_brackets(title: str) -> list[str]:
    """The title cut at its first separator that stands outside brackets: in ``프로세스 간 통신
    (IPC: Interprocess Communication)`` the colon glosses an abbreviation, and cutting there leaves
    a subject with an open bracket.

    >>> _split_outside_brackets("프로세스 간 통신 (IPC: Interprocess Communication)")
    ['프로세스 간 통신 (IPC: Interprocess Communication)']
    >>> _split_outside_brackets("2단계 로킹(2PL : Two-Phase Locking) - 규칙")
    ['2단계 로킹(2PL : Two-Phase Locking)', '규칙']
    """
    for found in _SEPARATOR.finditer(title):
        before = title[: found.start()]
        if before.count("(") + before.count("（") <= before.count(")") + before.count("）") and (
            before.count("[") <= before.count("]")
        ):
            return [before, title[found.end() :]]
    return [title]


def _hyphenated_name(title: str, before: str, after: str) -> bool:
    """Whether a hyphen joins the halves of one name (``폰 - 노이만``, ``R - tree``): a Korean word
    of one or two syllables before it, too short to be a subject of its own, and a proper name going
    on after it, as the analyser reads it; or a single letter, which names nothing alone, before
    one word in Latin letters.
    ``조선 - 정치 제도`` and ``캐시 - 특징`` are a subject and its aspect.

    >>> _hyphenated_name("폰 - 노이만", "폰", "노이만"), _hyphenated_name("캐시 - 특징", "캐시", "특징")
    (True, False)
    >>> _hyphenated_name("R - tree", "R", "tree"), _hyphenated_name("C - 특징", "C", "특징")
    (True, False)
    """
    dash = title[len(before) : len(title) - len(after)].strip()
    words = after.split()
    if dash not in ("-", "–") or not words:
        return False
    if _SINGLE_LETTER.fullmatch(before.strip()):
        # ``R - tree``: one word in Latin letters goes on the letter; ``C - 특징`` is C and its aspect
        return len(words) == 1 and words[0].isascii() and words[0].casefold() not in _ASPECT_SET
    if _SHORT_HANGUL_WORD.fullmatch(before.strip()) is None:
        return False
    first = morphemes(after.strip())[:1]
    return bool(first) and first[0].pos in ("NNP", "UNKNOWN") and words[-1].casefold() not in _ASPECT_SET


_SHORT_HANGUL_WORD = re.compile(r"[가-힣]{1,2}")
_SINGLE_LETTER = re.compile(r"[A-Za-z]")


def _names_a_kind(words: str) -> bool:
    """Whether the words are nouns written in Hangul only (``캐시 정책``, ``라우팅 방식``): a kind of
    thing, which a name in Latin letters after a colon narrows to one member.  (The dictionary
    tags a loanword in Hangul, ``라우팅``, as a proper noun.)

    >>> _names_a_kind("캐시 정책"), _names_a_kind("라우팅 방식"), _names_a_kind("S3"), _names_a_kind("캐시를 쓰는 이유")
    (True, True, False, False)
    """
    pieces = morphemes(words.strip())
    hangul = not any(c.isascii() and c.isalnum() for c in words)
    return hangul and bool(pieces) and all(m.pos in ("NNG", "NNP", "XSN") for m in pieces)


_LATIN_NAME = re.compile(r"^[A-Z][A-Za-z0-9.+\-]*(?:\s*[(（][^()（）]*[)）])?$")
"""A name in Latin letters, with a gloss in brackets (``LRU (Least Recently Used)``, ``EIGRP``)."""


def _is_genitive(title: str, end: int) -> bool:
    """Whether the 의 that ends at ``end`` is the particle (``독립성의``), not a word's end (``정의``)."""
    return end >= 2 and any(m.end == end and m.surface == "의" and m.pos == "JKG" for m in morphemes(title))


def strip_parenthetical(name: str) -> str:
    """``KMS(Key Management Service)`` → ``KMS``; a name that is only a parenthesis is kept."""
    stripped = _PAREN_TAIL.sub("", name).strip()
    return stripped or name.strip()


def versus_subjects(title: str) -> list[str]:
    """``DAX vs ElastiCache`` → [``DAX``, ``ElastiCache``]; [] when the title sets nothing against anything."""
    parts = [p.strip() for p in _VERSUS.split(title)]
    if len(parts) < 2 or not all(parts):
        return []
    # "DynamoDB: A vs B" — the first part may carry a prefix of its own.
    parts[0] = _SEPARATOR.split(parts[0])[-1].strip()
    return [strip_parenthetical(p) for p in parts]


def introduces_the_subject(aspect: str | None) -> bool:
    """Whether an aspect of a heading only introduces its subject, so a what card (asked only
    when a line under it defines the subject) asks for the subject alone: an overview
    (``RAID - 특징``) or a tagline that describes it (``TCP - 신뢰성을 책임지는 연결형 프로토콜``,
    ``Amazon EKS - AWS에서 컨테이너 실행``).  A part of the subject named with ``의`` stays on the
    card (``TCP - 흐름 제어의 원리``: asked "TCP 무엇인가요?" its answer would be wrong).

    >>> introduces_the_subject("특징"), introduces_the_subject("신뢰성을 책임지는 연결형 프로토콜")
    (True, True)
    >>> introduces_the_subject("흐름 제어의 원리"), introduces_the_subject(None)
    (False, False)
    """
    if not aspect:
        return False
    return not any(m.pos == "JKG" for m in morphemes(aspect))
