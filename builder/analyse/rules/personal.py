"""``personal``: a line in the writer's own voice, their story rather than the subject's: the
writer named (``글쓴이는 …``, ``저는 …``, ``제가 …``), an impression told in an expressive ending
(``시험장이 생각보다 춥더라고요``), an emoticon (``ㅠㅠ``, ``ㅋㅋ``), or a dated entry of the writer's
log of the page (``2024-3-4: 강의에서 발췌``), or a day of their diary written with its weekday
(``2024.07.12(금) - 총 4시간``).  How long the writer studied
or where they sat the exam teaches nothing about the subject.

On a page, or under a heading, that names the writer's story of an exam (``… 합격 후기``), a line
that :func:`recounts` what happened is the writer's too (:mod:`builder.analyse` decides that, as
the line alone does not say where it stands)."""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence

from builder.analyse.loanwords import jamo
from builder.analyse.morph import Morpheme, morphemes
from builder.analyse.phrases import sentence_bounds
from builder.analyse.rules.line import Line
from builder.analyse.shapes import CALENDAR_DAY, DATED_ENTRY, NAME_DESCRIPTION
from builder.analyse.words import (
    COURTESIES,
    EMOTICONS,
    EXPRESSIVE_ENDINGS,
    HEDGES,
    HUMBLE_GIVING,
    INTENTION_ENDINGS,
    LONE_FACES,
    SELF_INTRODUCTIONS,
    SPEECH_NOUNS,
    STUDY_PLAN_VERBS,
    TALK_ENDINGS,
    TRIAL_CONNECTIVES,
    WRITER_NOUNS,
    WRITER_PRONOUNS,
    WRITER_STANDPOINTS,
)


def applies(line: Line) -> bool:
    if any(face in line.text for face in EMOTICONS) or DATED_ENTRY.match(line.text):
        return True  # a face; ``2024-3-4: … 발췌``, an entry of the writer's log of the page
    if CALENDAR_DAY.match(line.text):
        return True  # ``2024.07.12(금) - 총 4시간 내외``: a day of the writer's diary or schedule
    entry = NAME_DESCRIPTION.match(line.text.strip())
    if entry and CALENDAR_DAY.match(entry["desc"]):
        return True  # ``시험 입실: 2024.07.07(일) 21:45``: when the writer did it, an entry of their schedule
    if _greets(line.text) or states_an_intention(line.text) or tells_a_trial(line.text):
        return True  # ``안녕하세요, 멩기입니다``; ``기초 개념 정리를 먼저 해보려 합니다``; ``찍어보니``
    pieces = morphemes(line.text)
    if len(sentence_bounds(line.text.strip())) == 1 and (speaks_humbly(pieces) or guesses(line.text)):
        # ``미리 말씀드리고 시작하겠습니다``; ``DB 관리자가 자주 쓰는 것 같다``: a line that is only that
        # (``UDP는 헤더가 8바이트다. 스트리밍에 많이 쓰는 듯하다.`` keeps its first sentence's fact)
        return True
    for n, piece in enumerate(pieces):
        if piece.surface in LONE_FACES and n > 0 and pieces[n - 1].last_pos == "EF":
            return True  # ``…아쉽습니다 ㅠ``: a lone face after a sentence (``모음 ㅜ 와`` names a vowel)
        follows = pieces[n + 1] if n + 1 < len(pieces) else None
        named = (piece.pos == "NP" and piece.surface in WRITER_PRONOUNS) or (
            piece.pos == "NNG" and piece.surface in WRITER_NOUNS
        )
        if named and follows is not None and follows.pos.startswith("J"):
            return True  # ``저는``, ``필자의``: the writer, not a pronoun of the explanation
        if _speaks_for_the_writer(pieces, n):
            return True  # ``나의 경우``, ``내 생각에는``: the writer's own case or view
        # (without its full stop a line-final ending is tagged a connective one, ``EC``)
        if piece.last_pos in ("EF", "EC") and piece.surface.endswith(EXPRESSIVE_ENDINGS):
            return True
    return False


def speaks_humbly(pieces: Sequence[Morpheme]) -> bool:
    """Whether the writer speaks to the reader: a humble verb of giving
    (:data:`~builder.analyse.words.HUMBLE_GIVING`) after a noun of speech
    (:data:`~builder.analyse.words.SPEECH_NOUNS`), glued (``말씀드리고``, ``추천드려요``) or through
    ``해`` (``소개해 드리겠습니다``), that ends the sentence or leads to the writer's plan (``…
    시작하겠습니다``).  A service that gives (``알림을 보내 드립니다``) and a fact told as said before
    (``말씀드린 대로 보관 기간은 90일입니다``) are no speech of the writer's.

    >>> speaks_humbly(morphemes("미리 말씀드리고 시작하겠습니다")), speaks_humbly(morphemes("소개해 드리겠습니다"))
    (True, True)
    >>> speaks_humbly(morphemes("경보가 울리면 알림을 보내 드립니다"))
    False
    >>> speaks_humbly(morphemes("챗봇은 고객에게 배송 일정을 안내해 드린다"))
    False
    >>> speaks_humbly(morphemes("말씀드린 대로 보관 기간은 최소 90일입니다"))
    False
    """
    for n, piece in enumerate(pieces):
        if n == 0 or not piece.surface.startswith(HUMBLE_GIVING) or piece.pos not in ("VV", "VX"):
            continue
        before = pieces[n - 1]
        spoken = before.pos == "NNG" and before.end == piece.start and before.surface in SPEECH_NOUNS
        if before.tag == "XSV+EC" and n >= 2:
            spoken = pieces[n - 2].surface in SPEECH_NOUNS  # ``소개해 드리다``
        if spoken and _ends_or_plans(pieces, n):
            return True
    return False


def _ends_or_plans(pieces: Sequence[Morpheme], n: int) -> bool:
    """Whether the word at ``n`` ends the sentence, or the sentence ends in the writer's plan
    (``…겠습니다``) or in a verb of studying or writing (``포스팅을 시작합니다``), told politely as a
    writer speaks to the reader."""
    rest = [p for p in pieces[n + 1 :] if not p.pos.startswith("S")]
    told = "".join(p.surface for p in (pieces[n], *rest))
    if not told.endswith(("니다", "요")):
        return False  # told plainly (``고객에게 배송 일정을 안내해 드린다``): a service's, not the writer's
    if all(p.pos.startswith("E") for p in rest):
        return True
    return told.endswith(("겠습니다", "겠어요")) or any(told.endswith(f"{verb}합니다") for verb in STUDY_PLAN_VERBS)


def guesses(text: str) -> bool:
    """Whether the line ends in the writer's guess (:data:`~builder.analyse.words.HEDGES`):
    ``유추하기를, DB 관리자가 자주 쓰는 것 같다``.  A guess inside a clause goes on to the fact
    (``성능이 좋아져야 할 것 같지만, 오히려 떨어진다``).

    >>> guesses("유추하기를, DB 관리자가 자주 쓰는 것 같다."), guesses("지금은 없어진 듯함")
    (True, True)
    >>> guesses("늘리면 좋아질 것 같지만, 오히려 성능이 떨어진다"), guesses("같은 방식이다")
    (False, False)
    """
    return "".join(text.strip().rstrip(" .!?~").split()).endswith(HEDGES)


def _speaks_for_the_writer(pieces: Sequence[Morpheme], n: int) -> bool:
    """Whether the plain first person opens a phrase of the writer's own standpoint at ``n``:
    ``나`` with ``의`` (``나의``, fused ``내``) before a noun of
    :data:`~builder.analyse.words.WRITER_STANDPOINTS`.

    >>> [_speaks_for_the_writer(morphemes(t), 0) for t in ("나의 경우 처음", "내 생각에는", "내가 보낸 요청")]
    [True, True, False]
    """
    piece = pieces[n]
    if piece.pos != "NP" or piece.surface not in ("나", "내"):
        return False
    rest = pieces[n + 1 :]
    if "JKG" not in piece.tag.split("+"):
        if not rest or rest[0].tag != "JKG":
            return False
        rest = rest[1:]
    return bool(rest) and rest[0].pos == "NNG" and rest[0].surface in WRITER_STANDPOINTS


def _greets(text: str) -> bool:
    """Whether the line is a greeting of the reader: a courtesy (``안녕하세요``) as a sentence of its
    own, then nothing or the writer's name (``안녕하세요, 멩기입니다.``).  A greeting before a fact
    (``안녕하세요. TCP는 …``) leaves the fact, and a courtesy quoted inside a sentence (``안녕하세요
    를 UTF-8로 인코딩하면 …``) is an example string.

    >>> _greets("안녕하세요, 멩기입니다."), _greets("반갑습니다!"), _greets("안녕하세요? 홍길동입니다")
    (True, True, True)
    >>> _greets("안녕하세요. TCP는 연결을 맺습니다."), _greets("안녕하세요 를 UTF-8로 인코딩하면 15바이트")
    (False, False)
    """
    text = text.strip()
    greeting = _COURTESY.match(text)
    if greeting is None:
        return False
    rest = text[greeting.end() :].strip(" .!?~")
    return not rest or (len(rest.split()) == 1 and rest.endswith(SELF_INTRODUCTIONS))


def tells_a_trial(text: str) -> bool:
    """Whether the line tells what the writer tried and saw: a connective of
    :data:`~builder.analyse.words.TRIAL_CONNECTIVES` after the auxiliary ``보`` of trying, right after
    a verb's ``-아/-어`` (``직접 핑을 찍어보니``, ``TTL을 바꿔 보았는데``), or ``더니`` after a past tense
    (``요청을 보냈더니``), then what happened told in the past (:func:`recounts`).  ``-다 보니``
    (since) and ``알고 보니`` are no trial, and a trial that ends in a present-tense fact (``공식
    문서를 찾아봤는데, 보존 기간은 최대 35일이다``) states the fact.

    >>> tells_a_trial("직접 핑을 찍어보니 도쿄 리전이 40ms로 가장 빨랐다")
    True
    >>> tells_a_trial("TTL을 바꿔 보았는데, 20분 넘게 남았다"), tells_a_trial("요청을 보냈더니 절반이 거절됐다")
    (True, True)
    >>> tells_a_trial("UDP는 연결을 맺지 않다 보니 헤더가 8바이트로 작았다")
    False
    >>> tells_a_trial("알고 보니 상태 저장 방식이었다")
    False
    >>> tells_a_trial("문서를 찾아봤는데, 보존 기간은 최대 35일이다"), tells_a_trial("S3를 살펴보니 버킷이 있었다")
    (False, False)
    """
    if not recounts(text):
        return False
    pieces = morphemes(text)
    for n, piece in enumerate(pieces):
        if n == 0 or "EC" not in piece.tag.split("+") or not piece.surface.endswith(TRIAL_CONNECTIVES):
            continue
        if piece.surface.endswith("더니"):
            if "EP" in pieces[n - 1].tag.split("+"):
                return True  # ``보냈더니``
            continue
        k = n - 1
        while k > 0 and pieces[k].tag == "EP":
            k -= 1  # ``보았는데``: the past tense between the auxiliary and the connective
        tried, before = pieces[k], pieces[k - 1] if k > 0 else None
        if (
            "VX" in tried.tag.split("+")
            and tried.surface.startswith(("보", "봤"))
            and before is not None
            and before.last_pos == "EC"
            and not before.surface.endswith(_NOT_TRYING)
        ):
            return True  # ``찍어보니``, ``바꿔봤는데``
    return False


_NOT_TRYING = ("다", "고")
"""Ends of the verb before an auxiliary ``보`` that is no trying: ``-다 보니`` (since) and ``알고 보니``
(as it turned out).  The trying ``보`` follows ``-아/-어`` (``찍어``, ``해``, ``바꿔``)."""


def states_an_intention(text: str) -> bool:
    """Whether the line ends in the writer's plan for the post, told politely: an intention ending
    then ``합니다`` after a verb of studying or writing (:data:`~builder.analyse.words.STUDY_PLAN_VERBS`:
    ``기초 개념 정리를 먼저 해보려 합니다``, ``자격증을 취득하고자 합니다``).  Blogs state facts
    politely too (``처리량을 최대화하고자 합니다``, ``RDS로 마이그레이션하려고 합니다``): those stay.

    >>> states_an_intention("클라우드에 대해 공부를 시작하려 합니다."), states_an_intention("S3를 정리해보려고 해요.")
    (True, True)
    >>> states_an_intention("처리량을 최대화하고자 합니다."), states_an_intention("락을 얻으려고 한다")
    (False, False)
    >>> states_an_intention("데이터를 저장하려고 합니다. 어떤 서비스를 사용해야 합니까?")
    False
    """
    bounds = sentence_bounds(text.strip())
    if not bounds:
        return False
    start, end = bounds[-1]
    sentence = text.strip()[start:end].rstrip(" .!?~")
    squashed = sentence.replace(" ", "")
    ending = next((e for e in _POLITE_INTENTIONS if squashed.endswith(e)), None)
    if ending is None:
        return False
    # the last few words before the ending: ``기초 개념 정리를 먼저 해보려``
    before = squashed[: -len(ending)][-_PLAN_REACH:]
    return any(verb in before for verb in STUDY_PLAN_VERBS)


_POLITE_INTENTIONS = tuple(
    {ending.replace(" ", "") for ending in INTENTION_ENDINGS if ending.endswith("니다")} | {"려해요", "려고해요"}
)
"""The intention endings told politely, spaces dropped (``려합니다``, ``고자합니다``, ``려고해요``): the
writer speaking to the reader of the post; the plain ones also set an exercise's task (``… 분할하려
한다``), which :mod:`example` reads."""

_PLAN_REACH = 12
"""Characters before the intention ending, spaces dropped, where its verb of studying may stand
(``기초개념정리를먼저해보``)."""

_COURTESY = re.compile(rf"(?:{'|'.join(sorted(COURTESIES))})\s*[,.!?~]+")
"""A courtesy closed as a sentence of its own (``안녕하세요,``, ``감사합니다!``)."""


def recounts(text: str) -> bool:
    """Whether the line tells what happened or what the writer meant to do: a verb in the past
    tense or of intention, a pre-final ending with a final ㅆ (``풀었습니다``, ``시행되었습니다``,
    ``준비해야겠다``), as a story is told; the facts of an exam are stated in the present
    (``합격점은 700점이다``).

    Only the word that ends a sentence counts: ``테이블을 분해했던 과정이다`` states what a step
    is, whatever tense the clause before it is in.

    >>> recounts("연습 문제는 두 번씩만 풀었습니다"), recounts("합격점은 1,000점 만점에 700점이다")
    (True, False)
    >>> recounts("정규화는 테이블을 분해했던 과정이다"), recounts("작년에는 어렵게 출제되었지만 기준은 60점이다")
    (False, False)
    """
    return any(any("EP" in p.tag.split("+") and _ends_in_ss(p.surface) for p in word) for word in _sentence_ends(text))


def talks_to_the_reader(text: str) -> bool:
    """Whether a sentence of the line ends in the polite speech of a blog post
    (:data:`~builder.analyse.words.TALK_ENDINGS`): on the page of the writer's story, their advice.

    >>> talks_to_the_reader("구체적인 일정은 이 링크에서 확인할 수 있어요. (총 2개)")
    True
    >>> talks_to_the_reader("시험 시간은 120분입니다"), talks_to_the_reader("필요한 경우 요청을 재시도함")
    (False, False)
    """
    return any(
        any(p.last_pos in ("EF", "EC") and p.surface.endswith(TALK_ENDINGS) for p in word)
        for word in _sentence_ends(text)
    )


def _sentence_ends(text: str) -> Iterator[tuple[Morpheme, ...]]:
    """The morphemes of the word that ends each sentence of the line: the one that says how it is told."""
    for sentence in re.split(r"(?<=[.!?])\s+", text.strip()):
        words = sentence.rstrip(" .!?~").split()
        if words:
            yield morphemes(words[-1])


_FINAL_SS = 20
"""The final ㅆ (jamo index)."""


def _ends_in_ss(surface: str) -> bool:
    """Whether the last syllable ends in ㅆ (``었``, ``했``, ``겠``)."""
    last = jamo(surface[-1]) if surface else None
    return last is not None and last[2] == _FINAL_SS
