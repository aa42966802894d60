"""``question``: a line that asks (``Q. S3의 최대 객체 크기는?``, ``…비용을 줄이는 방법.``).  The answer is on
another line, which makes the card; the question alone has nothing to hide."""

from __future__ import annotations

from collections.abc import Sequence

from builder.analyse.phrases import ends_in_a_noun
from builder.analyse.rules.line import Line
from builder.analyse.shapes import EXAM_IMPERATIVE, LEADING_ARROW, QUESTION_END, QUESTION_OPENER, TRAILING_ASIDE
from builder.analyse.words import NAME_ASKING_WORDS, QUESTION_ENDINGS, QUESTION_HEADS
from builder.model import Fact


def asks_outright(text: str) -> bool:
    """Whether the line asks in so many words: a question mark, an asking ending (``…입니까``,
    ``…설명하세요``, before a closing aside too: ``…서술하시오. (커널 구조)``), an exam question's
    ``Q.`` or its imperative before its conditions (``…계산하시오. 단, 블록은 1KB``); its values
    are then the question's premise."""
    stripped = text.strip()
    return bool(
        QUESTION_END.search(stripped)
        or TRAILING_ASIDE.sub("", stripped).rstrip(".。").endswith(QUESTION_ENDINGS)
        or QUESTION_OPENER.match(stripped)
        or EXAM_IMPERATIVE.search(TRAILING_ASIDE.sub("", stripped))
    )


def asks_for_a_name(text: str) -> bool:
    """Whether the line asks outright for what something is called (``… 자료 구조는 무엇인가?``,
    ``… 무슨 패턴인가?``), which a short line under it answers with a name; a question of why,
    when or how (``캐시는 왜 필요할까?``) is answered in prose."""
    return asks_outright(text) and any(word in text for word in NAME_ASKING_WORDS)


def applies(line: Line) -> bool:
    if asks_outright(line.text):
        return True
    words = line.text.strip().rstrip(".。").split()
    return (len(words) >= 3 and words[-1].endswith(QUESTION_HEADS) and "," in line.text) or (
        len(words) >= 4 and words[-1] in QUESTION_HEADS
    )


MIN_ANSWERED_STEMS = 3
"""An exam review numbers its questions and answers each with the lines under it; this many such
entries in one topic make the pattern (one is a statement and its consequence)."""


def answered_stems(facts: Sequence[Fact]) -> frozenset[int]:
    """The questions of an exam review, whose lines are scenarios to read, not facts to learn:
    numbered entries answered by the lines under them, when a topic holds
    :data:`MIN_ANSWERED_STEMS` of them.

    - Answered by arrow lines (``1. 정적 웹 사이트 …`` / ``-> CloudFront …``): the list's other
      numbered entries are its questions too, left unanswered (``20. … 어떻게 접근하게 할 수 있을지``).
    - Asking outright over their answer (``5. … 마지막 IP주소는?`` / ``- 192.168.100.190``): the
      list's other entries with an answer under them and no predicate of their own are questions
      written as nouns (``6. 비연결형 서비스에 사용되는 프로토콜`` / ``- UDP``); a statement
      (``4. PID는 최대 32768개까지 쓴다``) stays one.

    The answers make the cards, with the question as their context."""
    children: dict[int, list[Fact]] = {}
    for fact in facts:
        if fact.parent is not None:
            children.setdefault(fact.parent, []).append(fact)
    numbered = [i for i, fact in enumerate(facts) if fact.kind == "numbered"]
    arrowed = [i for i in numbered if children.get(i) and all(LEADING_ARROW.match(c.text) for c in children[i])]
    asked = [i for i in numbered if children.get(i) and asks_outright(facts[i].text)]
    stems: set[int] = set()
    if len({*arrowed, *asked}) < MIN_ANSWERED_STEMS:  # one review may answer both ways
        return frozenset()
    if arrowed:
        lists = {(facts[i].parent, facts[i].depth) for i in arrowed}
        stems |= {i for i in numbered if (facts[i].parent, facts[i].depth) in lists}
    if asked:
        lists = {(facts[i].parent, facts[i].depth) for i in asked}
        stems |= {
            i
            for i in numbered
            if (facts[i].parent, facts[i].depth) in lists
            and children.get(i)
            and (i in asked or ends_in_a_noun(facts[i].text))
        }
    return frozenset(stems)
