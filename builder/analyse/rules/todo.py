"""``todo``: the learner's own to-do or study plan, not a fact about the subject: a task-list item
(``[ ] CRD 생성 및 확인``, ``[x] …``, ``☐ …``) or a number of study sessions or hours
(``모의고사 3번 복습``, ``하루 3시간 (1h 실습, 1h 오답정리)``, ``준비기간 : 2주``), a place in a workbook (``214번 문제
까지``, ``해설 없는 문제 52번``, ``47번 힌트 해석``), or a placeholder left to fill in later
(``종류 ~~``, ``장점 ...``, ``TODO``), or a course's learning objective (``… 이점 설명
가능``).  Learning when one planned to revise teaches nothing about the
subject."""

from __future__ import annotations

import re

from builder.analyse.morph import morphemes
from builder.analyse.rules.line import Line
from builder.analyse.shapes import QUESTION_NUMBER, QUESTION_PART_LABEL, TASK_BOX
from builder.analyse.words import LEARNING_OBJECTIVE_ENDINGS, STUDY_ACTIVITIES, STUDY_PERIODS

_PLACEHOLDER = re.compile(r"^\s*(?:\S+\s){0,2}?(?:~{2,}|\.{3,}|…|\?{2,}|tbd|todo)\s*$", re.IGNORECASE)
"""At most two words and then ``~~``, ``...``, ``??`` or ``TODO``: a line the author left to fill in."""


def _says_of_a_subject(text: str) -> bool:
    """Whether the line has a topic or subject of its own (``결정 트리는 … 설명 가능``) or a value: a
    statement about it, not a learning objective.  The subject of the question to explain
    (``클라우드가 무엇인지 설명할 수 있어야 한다``: an indirect question, its ``-지`` right before
    ``설명``) is the objective's own; a topic before it is the line's (``CAP 정리는 … 없는지 설명 가능``).

    >>> _says_of_a_subject("결정 트리는 분류 규칙을 설명 가능")
    True
    >>> _says_of_a_subject("클라우드가 무엇인지 설명할 수 있어야 한다")
    False
    >>> _says_of_a_subject("큐와 토픽이 어떻게 다른지 설명 가능")
    False
    >>> _says_of_a_subject("CAP 정리는 세 가지를 왜 다 가질 수 없는지 설명 가능")
    True
    """
    if any(c.isdigit() for c in text):
        return True
    pieces = morphemes(text)
    if any(m.pos == "JX" for m in pieces):
        return True  # the line's own topic
    for n, piece in enumerate(pieces[:-1]):
        if piece.last_pos == "EC" and piece.surface.endswith("지") and pieces[n + 1].surface == "설명":
            pieces = pieces[n + 1 :]  # the question to explain ends here: its subject is the objective's
            break
    return any(m.pos == "JKS" for m in pieces)


def applies(line: Line) -> bool:
    if TASK_BOX.match(line.text) or _PLACEHOLDER.match(line.text) or QUESTION_NUMBER.search(line.text):
        return True
    if QUESTION_PART_LABEL.match(line.text):
        return True  # ``47번 힌트 해석``: which part of which question the lines under it are about
    if line.bare.rstrip(" .").endswith(LEARNING_OBJECTIVE_ENDINGS) and not _says_of_a_subject(line.text):
        return True  # ``VPN의 이점 설명 가능``: a learning objective, what to be able to do
    if not any(c.isdigit() for c in line.text):
        return False
    if any(period in line.text for period in STUDY_PERIODS):
        return True  # ``준비기간 : 2주``: how long the writer studied, not a fact of the subject
    pieces = morphemes(line.text)
    return any(
        m.pos == "NNG" and m.surface in STUDY_ACTIVITIES and (n + 1 == len(pieces) or pieces[n + 1].pos != "XSN")
        for n, m in enumerate(pieces)
    )  # ``오답률 30%``, ``공부량 3배``: a measure named after the activity is a fact
