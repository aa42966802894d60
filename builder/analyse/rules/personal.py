"""``personal``: a line in the writer's own voice, their story rather than the subject's: the
writer named (``글쓴이는 …``, ``저는 …``, ``제가 …``), an impression told in an expressive ending
(``시험장이 생각보다 춥더라고요``), an emoticon (``ㅠㅠ``, ``ㅋㅋ``), or a dated entry of the writer's
log of the page (``2024-3-4: 강의에서 발췌``).  How long the writer studied
or where they sat the exam teaches nothing about the subject.

On a page, or under a heading, that names the writer's story of an exam (``… 합격 후기``), a line
that :func:`recounts` what happened is the writer's too (:mod:`builder.analyse` decides that, as
the line alone does not say where it stands)."""

from __future__ import annotations

import itertools
import re
from collections.abc import Iterator

from builder.analyse.loanwords import jamo
from builder.analyse.morph import Morpheme, morphemes
from builder.analyse.phrases import sentence_bounds
from builder.analyse.rules.line import Line
from builder.analyse.shapes import DATED_ENTRY
from builder.analyse.words import (
    COURTESIES,
    EMOTICONS,
    EXPRESSIVE_ENDINGS,
    INTENTION_ENDINGS,
    LONE_FACES,
    SELF_INTRODUCTIONS,
    STUDY_PLAN_VERBS,
    TALK_ENDINGS,
    TRIAL_CONNECTIVES,
    WRITER_NOUNS,
    WRITER_PRONOUNS,
)


def applies(line: Line) -> bool:
    if any(face in line.text for face in EMOTICONS) or DATED_ENTRY.match(line.text):
        return True  # a face; ``2024-3-4: … 발췌``, an entry of the writer's log of the page
    if _greets(line.text) or states_an_intention(line.text) or tells_a_trial(line.text):
        return True  # ``안녕하세요, 멩기입니다``; ``기초 개념 정리를 먼저 해보려 합니다``; ``찍어보니``
    pieces = morphemes(line.text)
    for n, piece in enumerate(pieces):
        if piece.surface in LONE_FACES and n > 0 and pieces[n - 1].last_pos == "EF":
            return True  # ``…아쉽습니다 ㅠ``: a lone face after a sentence (``모음 ㅜ 와`` names a vowel)
        follows = pieces[n + 1] if n + 1 < len(pieces) else None
        named = (piece.pos == "NP" and piece.surface in WRITER_PRONOUNS) or (
            piece.pos == "NNG" and piece.surface in WRITER_NOUNS
        )
        if named and follows is not None and follows.pos.startswith("J"):
            return True  # ``저는``, ``필자의``: the writer, not a pronoun of the explanation
        # (without its full stop a line-final ending is tagged a connective one, ``EC``)
        if piece.last_pos in ("EF", "EC") and piece.surface.endswith(EXPRESSIVE_ENDINGS):
            return True
    return False


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
    :data:`~builder.analyse.words.TRIAL_CONNECTIVES` after the auxiliary ``보`` (``직접 핑을 찍어보니
    도쿄 리전이 40ms``, ``TTL을 바꿔봤는데 …``) or ``더니`` after a past tense (``요청을 보냈더니 …``).
    Looking into a subject (``S3를 살펴보니``: a verb of its own) is no trial.

    >>> tells_a_trial("직접 핑을 찍어보니 도쿄 리전이 40ms로 가장 빨랐다")
    True
    >>> tells_a_trial("TTL을 바꿔봤는데, 20분 넘게 남았다"), tells_a_trial("요청을 보냈더니 절반이 거절됐다")
    (True, True)
    >>> tells_a_trial("S3를 살펴보니 버킷은 리전에 속한다"), tells_a_trial("요청이 많으면 늘어나는데, 캐시로 줄인다")
    (False, False)
    """
    pieces = morphemes(text)
    for before, piece in itertools.pairwise(pieces):
        if "EC" not in piece.tag.split("+") or not piece.surface.endswith(TRIAL_CONNECTIVES):
            continue
        tags = before.tag.split("+")
        if ("VX" in tags and before.surface.startswith(("보", "봤"))) or (
            piece.surface.endswith("더니") and "EP" in tags
        ):
            return True
    return False


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
