"""Answers written under an exam question, and the scenario written above it: the short answer a card asks
whole, with the question above it; the givens of a question, which make no card.

``1. … 기법을 무엇이라고 하는지 쓰시오.`` then ``정답 확인`` and ``LOC(Lines of Code) 기법``: the answer has no
key term of its own (it is the term), and hidden whole under its question it is a question-and-answer
card.  A question that needs its material (``다음은 …``, ``괄호``, a figure, a block of blanks) gives no
such card: the card cannot show the material.

A question that describes a term and gives it as its key below (``네트워크 상의 … 토큰으로 …`` then
``정답`` and ``- 쿠키``; ``16번. … 쓰시오``, its description and ```정답` WPA2``) asks the key from the
description as a definition asks its name (:func:`keyed_descriptions`).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping, Sequence

from builder.analyse.definition import is_definition
from builder.analyse.names import name_variants, squashed
from builder.analyse.phrases import has_predicate, noun_phrases, without_glosses
from builder.analyse.rules import LineRule, rule_named
from builder.analyse.rules.question import asks_for_a_name, asks_outright
from builder.analyse.shapes import (
    ANSWER_MARK,
    BLANK_KEY,
    CHOICE_OPENER,
    KEY_OPENER,
    LABEL_BRACKETS,
    LEADING_ARROW,
    NAME_DESCRIPTION,
    OPTION_NUMBER,
    OPTION_ONLY,
    PICKED_ANSWER,
    QUESTION_BLANK,
    QUESTION_LABEL,
    SEVERAL_NAMES,
    TITLED_QUESTION,
    TRAILING_ASIDE,
    is_hangul,
    is_jamo,
)
from builder.analyse.subjects import strip_parenthetical
from builder.analyse.words import (
    CHOOSE_ASKS,
    EXPLANATION_OPENERS,
    FALSE_OPTION_ASKS,
    KEY_LABELS,
    OPTION_PICKS,
    QUESTION_MATERIAL_WORDS,
    REASON_ASKS,
)
from builder.model import Fact, Term, descends_from

MAX_ANSWER_CHARS = 40
"""An answer this short, with no predicate, is asked whole under its question (a name, a term)."""
MIN_DESCRIPTION_CHARS = 20
"""A description of a question's key says this much at least; a shorter line is a hint or a label."""

_QUESTION_RULE = rule_named("question")
_TITLE_RULE = rule_named("title")
_EXAMPLE_RULE = rule_named("example")
_CHOICES_RULE = rule_named("choices")


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
    asked = facts[parent].text.split()
    if asked and asked[0].strip("?？.,!").casefold() in REASON_ASKS and not any(is_hangul(c) for c in answer):
        return False  # ``왜 만들었는가?`` over ``cmd1 | cmd2``: a command opens the explanation, no reason
    if OPTION_ONLY.match(answer):
        return False  # ``정답: C``: the option's letter, and the options are not on the card
    if not any(c.isalnum() and not is_jamo(c) for c in answer):
        return False  # ``ㄴㄴ.``: the writer's "no" to a yes-or-no question, nothing to recall
    return 0 < len(answer) <= MAX_ANSWER_CHARS and not has_predicate(answer)


def whole_answer(text: str) -> tuple[Term, ...]:
    """The answer without its marker (``① Singleton`` → ``Singleton``, ``=> VPC 엔드포인트`` →
    ``VPC 엔드포인트``), as the term to hide."""
    marked = ANSWER_MARK.match(text) or LEADING_ARROW.match(text)
    start = len(marked[0]) if marked else 0
    end = len(text.rstrip(" .。"))
    return (Term(text[start:end], start, end, "answer"),) if end > start else ()


_BLANK_FRAME = re.compile(r"[\s()（）\[\]]")
"""The brackets and spaces around a blank's mark: ``( ㉠ )`` and ``㉠`` are one blank."""


def fills_several_blanks(text: str) -> bool:
    """Whether the question leaves two or more different blanks (``㉠ … ㉡``): its key names one of
    them, and its lines describe them all.

    >>> fills_several_blanks("( ㉠ )는 IP를, ( ㉡ )는 오류를 알린다"), fills_several_blanks("ⓐ는 … 패턴이다. ⓐ는 …")
    (True, False)
    """
    return len({_BLANK_FRAME.sub("", m.group()) or "blank" for m in QUESTION_BLANK.finditer(text)}) >= 2


def leaves_a_blank(text: str) -> bool:
    """Whether the line writes a placeholder where its key goes (``ⓐ는 … 패턴이다``): as the answer
    to "what is it?" it would read with the blank in it.

    >>> leaves_a_blank("ⓐ는 객체 생성을 맡기는 패턴이다"), leaves_a_blank("wait()는 세마포어를 줄인다")
    (True, False)
    """
    return QUESTION_BLANK.search(text) is not None


MIN_NUMBERED_CHOICES = 3
"""Numbered lines under a question that can be its options; two may be a pair it asks about."""


def numbered_choices(
    facts: Sequence[Fact], roles: Sequence[LineRule | None], under: Mapping[int, Sequence[int]]
) -> tuple[frozenset[int], dict[int, str]]:
    """A quiz's options written as a numbered list under its question, one that asks or leaves a
    blank to fill (``4. A ____ is the core of …`` over ``1. kernel`` … ``4. system call``), and the
    key of each question that marks one option in bold and asks for a name: its blank to fill
    (``____``) or its name asked outright.  They are options when the question picks among them
    (:data:`~builder.analyse.words.OPTION_PICKS`, :data:`~builder.analyse.words.CHOOSE_ASKS` at its
    end, a blank to fill) or marks some of them, all short names, in bold; a numbered list under a
    plain question is the notes' answer (``데드락의 조건은?`` over ``1. 상호 배제`` …).  Hidden, an option
    asks which of four a quiz offered, a wrong one maybe; the question and its bold option make the
    card."""
    options: set[int] = set()
    keys: dict[int, str] = {}
    for question, lines in under.items():
        text = facts[question].text
        asks = roles[question] is _QUESTION_RULE or (
            roles[question] in (None, _TITLE_RULE) and QUESTION_BLANK.search(text) is not None
        )
        # The question's material may stand beside its options (``다음 프로그램의 출력은?`` over its code).
        lines = [i for i in lines if facts[i].kind == "numbered"]
        if not asks or len(lines) < MIN_NUMBERED_CHOICES or any(under.get(i) for i in lines):
            continue
        bold = [i for i in lines if _wholly_bold(facts[i])]
        solid = "".join(text.split())
        asked = TRAILING_ASIDE.sub("", text).strip().rstrip(".。?？ ")
        picks = any(w in solid for w in OPTION_PICKS) or asked.casefold().endswith(CHOOSE_ASKS)
        # One bold line marks the key among short names, or among statements when the question asks
        # for the false one (``…틀린 설명은?``, ``…가장 어색한 것은?``); else it stresses an answer's line.
        judged = any(w in text for w in FALSE_OPTION_ASKS)
        marked = 0 < len(bold) < len(lines) and (judged or all(_short_option(facts[i].text) for i in lines))
        if not (picks or QUESTION_BLANK.search(text) or marked):
            continue
        options.update(lines)
        fills_one = QUESTION_BLANK.search(text) is not None and not fills_several_blanks(text)
        if len(bold) == 1 and (fills_one or asks_for_a_name(text)) and not picks:
            keys[question] = facts[bold[0]].text.strip()
    return frozenset(options), keys


def bracketed_keys(facts: Sequence[Fact], roles: Sequence[LineRule | None]) -> dict[int, str]:
    """The key of each question whose choices are numbered in brackets under it and whose answer is
    picked below them (``… DBMS의 특징은 무엇인가?`` over ``(1) 데이터의 통합성.`` … ``(3) 데이터의
    무결성.`` and ``[답] 3``): the option the key picks, when the question asks for a name and the
    option is one.  A question that asks for the false option (``…적절하지 않은 것은?``) picks a
    statement no card should teach.

    >>> from builder.model import SourceRef
    >>> lines = [("DBMS의 정확성을 지키는 특징은 무엇인가?", None), ("(1) 데이터의 통합성.", 0),
    ...          ("(2) 데이터의 공용성.", 0), ("(3) 데이터의 무결성.", 0), ("[답] 3", 3)]
    >>> facts = [Fact(t, (), "bullet", SourceRef("n.md", n), parent=p) for n, (t, p) in enumerate(lines)]
    >>> bracketed_keys(facts, [_QUESTION_RULE, _CHOICES_RULE, _CHOICES_RULE, _CHOICES_RULE, _CHOICES_RULE])
    {0: '데이터의 무결성'}
    """
    keys: dict[int, str] = {}
    for question, fact in enumerate(facts):
        if roles[question] is not _QUESTION_RULE or not asks_for_a_name(fact.text):
            continue
        if any(words in fact.text for words in FALSE_OPTION_ASKS):
            continue
        below = [i for i in range(question + 1, len(facts)) if descends_from(facts, i, {question})]
        options = {
            m["number"]: i for i in below if facts[i].parent == question and (m := OPTION_NUMBER.match(facts[i].text))
        }
        # ``[답] 3``, ``정답: 3번``: a key that picks one option by its number
        picked = [_ONE_NUMBER.findall(facts[i].text) for i in below if PICKED_ANSWER.match(facts[i].text)]
        if len(options) < MIN_NUMBERED_CHOICES or len(picked) != 1 or len(picked[0]) != 1:
            continue
        if picked[0][0] in options:
            option = OPTION_NUMBER.sub("", facts[options[picked[0][0]]].text, count=1).strip().rstrip(".。")
            if _short_option(option):
                keys[question] = option
    return keys


_ONE_NUMBER = re.compile(r"(?<!\d)[1-5](?!\d)")


def _short_option(text: str) -> bool:
    """Whether a numbered line reads as a quiz's option: a name or a value, no statement."""
    return len(text) <= MAX_ANSWER_CHARS and not has_predicate(text)


def _wholly_bold(fact: Fact) -> bool:
    """Whether every word of the line is written in bold (``2.  **bootstrap**``)."""
    worded = [span for span in fact.spans if span.text.strip()]
    return bool(worded) and all("strong" in span.marks for span in worded)


def keyed_descriptions(
    facts: Sequence[Fact], roles: Sequence[LineRule | None], is_name: Callable[[str], bool]
) -> tuple[dict[int, str], dict[int, str], frozenset[int]]:
    """An exam review's questions that describe a term and give it as their key below
    (``네트워크 상의 … 토큰으로 …`` / ``정답`` / ``- 쿠키``; ``- 16번. … 쓰시오`` / ``… 규격이다.`` /
    ```정답` WPA2``): the description the key names, the question's other lines (their subject is
    the key, which their cards show in place of the lines they are written under), and the lines
    that give the key.

    A question written under a line that asks (``… 쓰시오.``) is every line after it: its
    description is the first that says what the key is, else the first.  Without such a line, the
    question is the one line right above the key, when it is about no other named thing
    (``FCFS는 …`` above a self-quiz's key is FCFS's own statement).  ``is_name`` says whether a key
    is a term; a key of several names (``낙관치, 기대치, 비관치``), a number or an option's letter,
    or a question with several blanks to fill (``㉠ … ㉡``), gives no card."""
    described: dict[int, str] = {}
    about_the_key: dict[int, str] = {}
    keys: set[int] = set()
    start = 0
    index = 0
    while index < len(facts):
        found = _key_at(facts, index)
        if found is None:
            index += 1
            continue
        name, last = found
        asks = [i for i in range(start, index) if roles[i] is _QUESTION_RULE]
        if asks:
            lines = [i for i in range(asks[-1] + 1, index) if _describes(facts[i], roles[i])]
        else:
            lines = _lines_above(facts, roles, start, index, name)
        blanks = fills_several_blanks(" ".join(facts[i].text for i in lines))
        if name and is_name(without_glosses(name).strip()) and lines and not blanks:
            target = next((i for i in lines if is_definition(facts[i].text, name)), lines[0])
            described[target] = name
            about_the_key.update((i, name) for i in lines if i != target)
            keys.update(range(index, last + 1))
        elif blanks and lines:
            keys.update(range(index, last + 1))  # ``(1):UNION (2):DIFF``: the key of blanks no card shows
        start = index = last + 1
    return described, about_the_key, frozenset(keys)


def scenario_of_a_numbered_question(facts: Sequence[Fact], roles: Sequence[LineRule | None]) -> frozenset[int]:
    """The lines of a paragraph written under a line that numbers an exam question and ending by
    asking it: the question's scenario, whose values and names are its givens (``- [Q5]`` over
    ``사용자 문서를 EBS에 저장하는 EC2 운용 중.``, ``다른 AZ에 두 번째 EC2 배치.``, ``… 제안 사항은?``).
    A paragraph is lines written one under the other with no blank line between.  Without the
    number, lines before a question are prose that the question goes on from (``인덱스는 검색을
    빠르게 한다.`` ``그렇다면 어떤 컬럼에 걸어야 할까?``) or the answer to the question before
    (``Q. 프로세스란?`` ``독립된 메모리를 가진 실행 단위이다.`` ``Q. 스레드란?``)."""
    found: set[int] = set()
    for index, fact in enumerate(facts):
        parent = fact.parent
        if (
            roles[index] is not _QUESTION_RULE
            or fact.kind != "paragraph"
            or not asks_outright(fact.text)
            or parent is None
            or not QUESTION_LABEL.match(facts[parent].text.strip().strip(LABEL_BRACKETS))
        ):
            continue
        above = index - 1
        while (
            above >= 0
            and facts[above].kind == "paragraph"
            and facts[above].parent == parent
            and facts[above].source.line == facts[above + 1].source.line - 1
            and not asks_outright(facts[above].text)
        ):
            found.add(above)
            above -= 1
    return frozenset(found)


def scenario_before_its_choices(facts: Sequence[Fact], roles: Sequence[LineRule | None], title: str) -> frozenset[int]:
    """The lines written under a heading that numbers an exam question (``## 문제 4: S3 버전 관리``)
    before the line that asks it, when choices follow that line (``**A)** …``): the question's
    scenario (``버전 관리가 활성화된 버킷에 다음 정책이 적용되었습니다:``, ``- 30일 후 Standard-IA로
    전환``), whose values are the question's givens.  Without choices, a question in the middle
    of a topic is the notes' own (``그렇다면 멀티스레드의 단점은?``).  A heading that only numbers the
    question, with where it comes from in brackets (``## Q1(pdf Q#15)``), numbers one too."""
    numbered = QUESTION_LABEL.match(strip_parenthetical(title).strip(LABEL_BRACKETS))
    if not TITLED_QUESTION.match(title.strip()) and not numbered:
        return frozenset()
    for index, fact in enumerate(facts):
        # The question may be the last line of the scenario's list (``- … 엔드포인트`` / ``  무엇을 해야
        # 할까요?``), its options then written under it.
        options_under = index + 1 < len(facts) and facts[index + 1].parent == index
        if (fact.parent is None or options_under) and asks_outright(fact.text):
            if any(role is _CHOICES_RULE for role in roles[index + 1 :]):
                return frozenset(range(index))
            break
    return frozenset()


def _lines_above(facts: Sequence[Fact], roles: Sequence[LineRule | None], start: int, key: int, name: str) -> list[int]:
    """The line a self-quiz's key names: of the (up to :data:`MAX_QUIZ_LINES`) describing lines right
    above it, past options and labels, the nearest that says what the key is, else the nearest
    (a hint may come between: ``… 비선점 방식`` / ``긴 작업은 기아 현상이 생길 수 있다`` / ``정답``);
    none that says what it says of another named thing."""
    found: list[int] = []
    for i in range(key - 1, start - 1, -1):
        if len(found) == MAX_QUIZ_LINES:
            break
        if _describes(facts[i], roles[i]):
            if _about_another(facts[i].text, name):
                break
            found.append(i)
        elif roles[i] is None or roles[i] is _QUESTION_RULE or found:
            break  # a statement or a question of its own, or the end of the run of describing lines
    defining = [i for i in found if is_definition(facts[i].text, name)]
    return defining[:1] or found[:1]


MAX_QUIZ_LINES = 2
"""Describing lines above a self-quiz's key read as its question: a description and a hint."""


def _about_another(text: str, name: str) -> bool:
    """Whether the line says what it says of another named thing (``FCFS는 먼저 도착한 …``): its
    topic or entry is a name in Latin letters that is not the key and holds no blank (``ⓐ는 …``).

    >>> _about_another("FCFS는 먼저 도착한 프로세스부터 배정한다", "SJF")
    True
    >>> _about_another("ⓐ는 호환되지 않는 인터페이스를 바꿔 주는 패턴이다", "어댑터")
    False
    >>> _about_another("FCFS가 먼저 도착한 것을 처리한다", "SJF"), _about_another("실행 시간이 짧은 것을 고른다", "SJF")
    (True, False)
    """
    named = NAME_DESCRIPTION.match(text)
    phrases = noun_phrases(text)
    if named:
        topic = named["name"].strip(" *")
    elif phrases and phrases[0].start == 0 and phrases[0].particle in ("JX", "JKS"):
        topic = phrases[0].text
    else:
        return False
    # A Hangul topic may be a property of the key (``키 길이는 …``); a name in Latin letters names
    # another thing (``FCFS는 …``, ``FCFS가 …``, ``FCFS: …``).
    if not any(c.isascii() and c.isalpha() for c in topic):
        return False
    return QUESTION_BLANK.search(topic) is None and squashed(topic) not in {squashed(v) for v in name_variants(name)}


def _key_at(facts: Sequence[Fact], index: int) -> tuple[str, int] | None:
    """The key a line gives (``정답: 쿠키``, ```정답` 쿠키``, or ``정답`` over one line ``- 쿠키``)
    and the index of its last line; ``""`` when the key is no single name, None when the line
    gives no key."""
    fact = facts[index]
    text = fact.text.strip()
    opened = KEY_OPENER.match(text)
    if opened:
        return _single_name(text[opened.end() :]), index
    first = next((s.text.strip() for s in fact.spans if s.text.strip()), "")
    marked = next((bool(s.marks) for s in fact.spans if s.text.strip()), False)
    if marked and first.casefold() in KEY_LABELS and text != first:
        return _single_name(text[len(first) :]), index  # ```정답` WPA2``: the label set apart by its mark
    if not _labels_a_key(text) or index + 1 >= len(facts):
        return None
    run = [index + 1]
    while run[-1] + 1 < len(facts) and _goes_on_with(facts[run[-1]], facts[run[-1] + 1]):
        run.append(run[-1] + 1)
    return (_single_name(facts[run[0]].text) if len(run) == 1 else ""), run[-1]


MAX_KEY_GAP = 2
"""Lines between two lines of one key (``커널(Kernel)<br>`` then ``쉘(Shell)``); further on, after a
fold's end and a blank line, a short line starts something else (``2021년 2회 기출``)."""


def _goes_on_with(last: Fact, after: Fact) -> bool:
    """Whether ``after`` is one more line of the key ``last`` is a line of: the key of the next blank
    (``ⓑ : NAS``), or a short name close under it; never a label (``해설``)."""
    text = after.text.strip()
    if after.kind not in ("bullet", "numbered", "paragraph") or _labels_a_key(text):
        return False
    if text.startswith(EXPLANATION_OPENERS):
        return False
    if BLANK_KEY.match(text):
        return True
    short = len(text) <= MAX_ANSWER_CHARS and not has_predicate(text)
    return short and after.source.line - last.source.line <= MAX_KEY_GAP


def _labels_a_key(text: str) -> bool:
    """Whether the line is only the label over a key (``정답``, ``**정답 확인** :``)."""
    return text.strip(" :：*").casefold() in KEY_LABELS


def _single_name(text: str) -> str:
    """The key as one name (``ㅈ. event-based`` → ``event-based``), or ``""``: several names, a
    number, an option's letter, or the key of one blank of several (``ⓐ : 스머프``)."""
    name = CHOICE_OPENER.sub("", text.strip().strip("`*").strip()).strip(" .。")
    if not name or len(name) > MAX_ANSWER_CHARS or has_predicate(name) or OPTION_ONLY.match(name):
        return ""
    if BLANK_KEY.match(name) or SEVERAL_NAMES.search(without_glosses(name)):
        return ""
    return "" if name.replace(",", "").replace(".", "").isdigit() else name


def _describes(fact: Fact, role: LineRule | None) -> bool:
    """A line of a question that can describe its key: a statement in prose (under an exercise
    heading every line is read as the exercise's), not a line that asks, a label, an option or an
    explanation (``해설: …``)."""
    if fact.kind not in ("paragraph", "bullet", "numbered", "quote"):
        return False
    if role is not None and role is not _EXAMPLE_RULE:
        return False
    text = fact.text.strip()
    if text.startswith(EXPLANATION_OPENERS):
        return False
    return len(text) >= MIN_DESCRIPTION_CHARS and has_predicate(text) and not asks_outright(text)
