"""Answers written under an exam question: the short answer a card asks whole, with the question above it.

``1. … 기법을 무엇이라고 하는지 쓰시오.`` then ``정답 확인`` and ``LOC(Lines of Code) 기법``: the answer has no
key term of its own (it is the term), and hidden whole under its question it is a question-and-answer
card.  A question that needs its material (``다음은 …``, ``괄호``, a figure, a block of blanks) gives no
such card: the card cannot show the material.
"""

from __future__ import annotations

from collections.abc import Sequence

from builder.analyse.phrases import has_predicate
from builder.analyse.rules import LineRule
from builder.analyse.rules.question import asks_outright
from builder.analyse.shapes import ANSWER_MARK, LEADING_ARROW, OPTION_ONLY
from builder.analyse.words import QUESTION_MATERIAL_WORDS
from builder.model import Fact, Term

MAX_ANSWER_CHARS = 40
"""An answer this short, with no predicate, is asked whole under its question (a name, a term)."""


def answers_its_question(facts: Sequence[Fact], index: int, roles: Sequence[LineRule | None]) -> bool:
    """Whether the fact is the short answer written under a question that asks outright
    (``1. … 기법을 무엇이라고 하는지 쓰시오.`` → ``LOC(Lines of Code) 기법``)."""
    fact = facts[index]
    parent = fact.parent
    role = roles[parent] if parent is not None else None
    if parent is None or role is None or role.name != "question" or not asks_outright(facts[parent].text):
        return False
    if roles[index] is not None or fact.kind not in ("paragraph", "bullet", "quote", "numbered"):
        return False
    # ``**큐(Queue)**`` then ``**FIFO 구조**`` under a question: the first short answer answers it (a
    # label before it, ``정답 확인``, or a hint in a sentence answers nothing).
    if fact.kind == "paragraph" and any(
        facts[i].parent == parent
        and facts[i].kind == "paragraph"
        and roles[i] is None
        and not has_predicate(facts[i].text)
        for i in range(parent + 1, index)
    ):
        return False
    if any(word in facts[parent].text for word in QUESTION_MATERIAL_WORDS):
        return False  # ``다음은 …``, ``괄호 안에 …``, ``그림에 …``: the material the card cannot show
    if any(f.parent == parent and f.kind == "code" for f in facts):
        return False  # the blanks to fill are in a block under the question
    answer = ANSWER_MARK.sub("", fact.text).strip()
    if OPTION_ONLY.match(answer):
        return False  # ``정답: C``: the option's letter, and the options are not on the card
    return 0 < len(answer) <= MAX_ANSWER_CHARS and not has_predicate(answer)


def whole_answer(text: str) -> tuple[Term, ...]:
    """The answer without its marker (``① Singleton`` → ``Singleton``, ``=> VPC 엔드포인트`` →
    ``VPC 엔드포인트``), as the term to hide."""
    marked = ANSWER_MARK.match(text) or LEADING_ARROW.match(text)
    start = len(marked[0]) if marked else 0
    end = len(text.rstrip(" .。"))
    return (Term(text[start:end], start, end, "answer"),) if end > start else ()
