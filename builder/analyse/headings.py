"""What the heading a line is written under makes of it, whatever the line says.

The lines under ``### 비용 계산 예시``, ``##### 상황`` or a lab's ``### 테스트 1: …`` are the
example's; the scenario right under ``## Q27`` is the question's (an answer written there is not);
the option under ``### ✅ 정답`` below ``## Q27`` is a choice, for a question the card cannot show,
and so are the listed options under a heading that asks an exam question (``### 다음 중 옳지 않은
것은?``);
the lines under ``## 참고`` are references, with or without their links.  Only the topic's own
heading counts, not the file's; :func:`tells_a_story` reads the headings above it too.
"""

from __future__ import annotations

import re
from itertools import pairwise

from builder.analyse.morph import morphemes
from builder.analyse.names import name_variants, shares_a_latin_word, squashed
from builder.analyse.phrases import has_predicate
from builder.analyse.rules import LineRule, rule_named
from builder.analyse.rules.example import opens_an_example
from builder.analyse.rules.question import asks_outright
from builder.analyse.rules.step import names_a_task
from builder.analyse.shapes import (
    ANSWER_OPENER,
    CIRCLED_OPTION,
    EXAM_IMPERATIVE,
    EXAM_TAG,
    EXAMPLE_TITLE_WORD,
    LAB_LABEL,
    LAB_TASK_LABEL,
    OPTION_LETTER,
    OPTION_PICKED,
    ORDINAL_AROUND,
    PICKED_ANSWER,
    QUESTION_END,
    QUESTION_LABEL,
    SAMPLE_DATA,
    STEP_LABEL,
    STORY_TITLE,
    TRAILING_ASIDE,
    without_pictographs,
)
from builder.analyse.subjects import split_title
from builder.analyse.words import (
    ANSWER_HEADINGS,
    EXAMPLE_HEADINGS,
    EXAMPLE_POINTER_WORDS,
    EXAMPLES_POINTED_TO,
    EXERCISE_HEADINGS,
    FALSE_OPTION_ASKS,
    GOAL_HEADINGS,
    NAME_TERM_ASKS,
    ONE_OPTION_ENDINGS,
    OPTION_PICKS,
    OWN_ANSWER_HEADINGS,
    PICKED_AMONG,
    QUESTION_GIVENS_HEADINGS,
    QUESTION_MATERIAL_OPENERS,
    QUESTION_MATERIAL_WORDS,
    REFERENCE_MARKERS,
    SCENARIO_HEADINGS,
    SOURCE_LIST_LABELS,
    STUDY_LOG_HEADINGS,
    TABLE_MATERIAL_WORDS,
    WHICH_ONES_ASKS,
)
from builder.model import Fact, Topic

EXAMPLE_RULE = rule_named("example")
CHOICES_RULE = rule_named("choices")
REFERENCE_RULE = rule_named("reference")
TODO_RULE = rule_named("todo")
PERSONAL_RULE = rule_named("personal")


def labels_an_example(text: str) -> bool:
    """Whether a line is only the label of an example (``- 예시``, ``**예제**:``, ``Example``): the
    lines under it are the example's, as the lines under a heading of :data:`EXAMPLE_HEADINGS` are.

    >>> labels_an_example("예시"), labels_an_example("**예제**:"), labels_an_example("Examples")
    (True, True, True)
    >>> labels_an_example("예시 상황에서 주의할 점"), labels_an_example("비용 계산 방법")
    (False, False)

    Counted in turn, it is still a label (``- 첫번째 예제``, ``- 예시 (2)``, ``**Example 1**``).  The
    bare ``예`` is not: it is as often the "yes" of a decision (``- 예`` beside ``- 아니오``).

    >>> [labels_an_example(t) for t in ("첫번째 예제", "예시 (2)", "예제(1)", "1) 예제", "Example 1")]
    [True, True, True, True, True]
    >>> [labels_an_example(t) for t in ("예", "예외", "예시 상황")]
    [False, False, False]

    A pictograph before it decorates the label (``💡 예시:``, ``📌 Example``).

    >>> labels_an_example("💡 예시:"), labels_an_example("📌 Example"), labels_an_example("💡 예외")
    (True, True, False)
    """
    text = without_pictographs(text)
    bare = ORDINAL_AROUND.sub("", text.strip(" *_:：-–—#>[]")).strip(" *_:：-–—#>()[]（）")
    return bare in EXAMPLE_HEADINGS or EXAMPLE_TITLE_WORD.fullmatch(bare) is not None


def points_to_an_example(text: str) -> bool:
    """Whether a statement ends by pointing to the example written under it (``… 여러 계층으로
    자동 이동 (예시 참고)``, ``… 정리된다 (아래 예제)``): the lines under it play the example out,
    and their numbers are its givens, not limits.

    >>> points_to_an_example("수명 주기 정책을 만들면 객체가 자동 이동 (예시 참고)")
    True
    >>> points_to_an_example("보존 기간 (최대 14일)"), points_to_an_example("예시 (2)"), points_to_an_example("(예시)")
    (False, False, False)
    >>> points_to_an_example("IP 5개를 예약한다 (아래 계산 참고)"), points_to_an_example("연결 (다음 시나리오 참조)")
    (False, False)
    """
    aside = TRAILING_ASIDE.search(text.rstrip(" .:："))
    if aside is None or not text[: aside.start()].strip():
        return False
    words = [word for word in aside.group().strip()[1:-1].casefold().split() if word not in EXAMPLE_POINTER_WORDS]
    return len(words) == 1 and words[0] in EXAMPLES_POINTED_TO


def introduces_an_example(text: str) -> bool:
    """Whether a line that heads others opens an example: its label (``- 예시``, ``- 첫번째 예제``),
    or an example's own first line, opened by a marker (``- ex) 192.168.2.0/24``), numbered
    (``- 예시1 : …``) or its sample data alone (``{1,1,2,3,3}``).  The lines under it are the
    example's givens and working, however plainly they are worded.  A heading that only names two
    lettered kinds (``- 클래스 A / 클래스 B``) opens none.

    >>> [introduces_an_example(t) for t in ("예시 2", "ex) 10.0.0.0/24", "예시1 : 수강 관계")]
    [True, True, True]
    >>> [introduces_an_example(t) for t in ("서브넷", "예외 처리", "클래스 A / 클래스 B")]
    [False, False, False]
    >>> introduces_an_example("{1,1,1,2,2,3,3,3}")
    True
    """
    if SAMPLE_DATA.match(text):
        return True  # ``{1,1,1,2,2,3}`` over ``평균 : 2.2``: the data its lines work out
    return labels_an_example(text) or opens_an_example(text)


def _in_a_lab_task(topic: Topic) -> bool:
    """Whether the topic is a lab's run or step: its subject only numbers a lab's run or task
    (:data:`~builder.analyse.shapes.LAB_LABEL`), or numbers a step whose heading names a task to do
    (:data:`~builder.analyse.shapes.STEP_LABEL`: ``## Step 4 - 스왑 메모리 활성화하기``), or it is
    written under a lab manual's task (``## 태스크 6: …`` over ``### 인바운드 규칙 설정``)."""
    subject = topic.subject.strip()
    if LAB_LABEL.match(subject):
        return True
    if STEP_LABEL.match(subject) and names_a_task(split_title(topic.title)[1] or topic.aspect or ""):
        return True
    return any(LAB_TASK_LABEL.match(split_title(heading)[0].strip()) for heading in topic.ancestors)


def role_under_heading(topic: Topic, fact: Fact) -> LineRule | None:
    """The role the topic's heading gives ``fact``, or None when the heading says nothing of it."""
    title = topic.title.strip()
    # ``샘플문제``, ``연습 문제``: Korean writers space a compound as they please
    solid = title.replace(" ", "")
    worked = (
        any(word.replace(" ", "") in solid for word in EXAMPLE_HEADINGS)
        or EXAMPLE_TITLE_WORD.search(title) is not None
        or title.casefold() in SCENARIO_HEADINGS
        or _in_a_lab_task(topic)
        # ``## Q1.`` over ``### 요구 사항``: the question's givens
        or (
            bare_label(title) in QUESTION_GIVENS_HEADINGS
            and bool(topic.ancestors)
            and QUESTION_LABEL.match(topic.ancestors[-1].strip()) is not None
        )
    )
    # ``1. … 계층은?`` over ``- 네트워크 계층`` under ``## 예상 문제``: the answer to a question, written out
    answers = (
        any(word.replace(" ", "") in solid for word in EXERCISE_HEADINGS)
        and fact.parent is not None
        and asks_outright(topic.facts[fact.parent].text)
        and not OPTION_LETTER.match(fact.text)  # ``a. … b. …``: its options, not its answer
    )
    if (worked and not answers) or (QUESTION_LABEL.match(title) and not ANSWER_OPENER.match(fact.text)):
        return EXAMPLE_RULE
    # ``### 정답 (X, 오답: (B))``: the verdict in brackets after the answer heading is the reviewer's.
    answer_heading = re.sub(r"\s*[(\[].*$", "", title).casefold() in ANSWER_HEADINGS
    if answer_heading and topic.ancestors and QUESTION_LABEL.match(topic.ancestors[-1].strip()):
        return CHOICES_RULE
    if _asks_an_exam_question(title) and fact.parent is None and fact.kind in ("numbered", "bullet"):
        # ``### 3. 다음 중 … 옳지 않은 것은?`` over ``1. …`` ``2. …``: its options, one of them false
        return CHOICES_RULE
    if (
        picks_an_option(title)
        and QUESTION_END.search(title)
        and fact.kind == "paragraph"
        and _before_its_answer(topic, fact)
    ):
        # ``### 1. … 옳지 않은 것은?`` over its options written as lines (in a box): options, not facts
        return CHOICES_RULE
    if _asks_an_exam_question(title) and fact.kind == "table_row" and any(w in title for w in TABLE_MATERIAL_WORDS):
        # ``### 다음 테이블을 보고 … SQL 구문은?`` over its table: the question's material, made-up rows
        return EXAMPLE_RULE
    if _asks_an_exam_question(title) and fact.parent is None and CIRCLED_OPTION.match(fact.text):
        # ``#### 9. 다음 … 옳은 것을 고르시오.`` over ``> ① 최소 길이는 8자 이상이어야 한다``: its options, or the
        # one its answer picks, each true or false as the question decides
        return CHOICES_RULE
    asked = [title, *topic.ancestors[-1:]]  # the question, or the one its answer is folded under
    if any(_asks_for_the_false_option(q) for q in asked) and OPTION_PICKED.match(fact.text):
        # ``1번. Inner Join은 …`` in the answer to ``… 옳지 않은 것은?``: the false option, quoted
        return CHOICES_RULE
    if title.strip(" :：").casefold() in REFERENCE_MARKERS:
        return REFERENCE_RULE
    bare = bare_label(title)
    if bare in GOAL_HEADINGS:
        return TODO_RULE  # ``## 학습 목표``: what the lessons below will teach, a plan
    if bare in STUDY_LOG_HEADINGS:
        return PERSONAL_RULE  # ``### 느낀 점 및 피드백``, ``### 각 팀원의 역할``: the study group's own log
    if bare in OWN_ANSWER_HEADINGS:
        return PERSONAL_RULE  # ``## 📝 내가 생각한 답``: the writer's try at the question above
    return None


def labels_sources(text: str) -> bool:
    """Whether a line only labels a list of sources (``[ 참고 사이트 ]``, ``**References**``).

    >>> labels_sources("[ 참고 사이트 ]"), labels_sources("참고"), labels_sources("출처: 공식 문서")
    (True, False, False)
    """
    return bare_label(text) in SOURCE_LIST_LABELS


def bare_label(label: str) -> str:
    """A label without the marks around it (``[ 참고 사이트 ]``, ``## 🎯 학습 목표 :``), casefolded."""
    return re.sub(r"^\W+|\W+$", "", label).casefold()


def tells_a_story(topic: Topic) -> bool:
    """Whether the topic's heading, or one above it, names the writer's story of an exam
    (``## 실기 시험 후기``, ``### CKA 공부 방법``)."""
    return any(STORY_TITLE.search(heading) for heading in (topic.title, *topic.ancestors))


def _asks_an_exam_question(title: str) -> bool:
    """``다음 중 … 옳지 않은 것은?``, ``다음 코드가 출력하는 값은?``: a heading that asks about
    material set before it, as exam questions do; ``S3 스토리지 클래스는?`` asks what its lines
    answer."""
    about_material = title.startswith(QUESTION_MATERIAL_OPENERS) or any(w in title for w in QUESTION_MATERIAL_WORDS)
    # ``… 보기 중 틀린 것을 고르시오.``: an exam's imperative asks as a question mark does (a lab's polite
    # ``… 하나를 선택하세요`` tells the reader what to do)
    # ``… 가장 적절한 SQL 구문은?(단, 출력은 제품명과 판매량이 출력되도록 한다.)``: the question, then its condition
    asked = TRAILING_ASIDE.sub("", title)
    asks = any(QUESTION_END.search(t) or EXAM_IMPERATIVE.search(t) for t in (title, asked))
    return (about_material or picks_an_option(title)) and asks


MIN_NAMED_OPTIONS = 3
"""Numbered names under a question that can be its options; two may be a pair it asks about."""


def offers_its_options(topic: Topic) -> bool:
    """Whether the topic's heading is a question whose key picks one of the numbered names under it
    (``정답: 2``), or an exam question asking for the one option it keys
    (:data:`~builder.analyse.words.ONE_OPTION_ENDINGS`, :data:`~builder.analyse.words.NAME_TERM_ASKS`),
    or one of a set it names (:data:`~builder.analyse.words.PICKED_AMONG`) over a numbered list of
    names, its options: ``… 성격이 나머지 셋과 다른 것은?`` over ``1. SELECT`` … ``4. GRANT``.  Without a
    key, a list of statements under it is an answer written out, and a question that asks for several things
    (``교착 상태의 4가지 조건은?``) is answered by the list under it.

    >>> from builder.model import SourceRef
    >>> def topic(title, lines, exam="2022년 4월 24일 기출문제 (정답률 : 48%)"):
    ...     facts = tuple(Fact(t, (), "numbered", SourceRef("n.md", 1)) for t in lines)
    ...     cited = (Fact(exam, (), "quote", SourceRef("n.md", 1)),) if exam else ()
    ...     return Topic(title, title, None, 3, SourceRef("n.md", 1), (), cited + facts)
    >>> offers_its_options(topic("튜플의 수를 무엇이라 하는가?", ["Degree", "Cardinality", "Attribute"]))
    True
    >>> offers_its_options(topic("트랜잭션의 상태 중 완료 직전의 상태는?", ["활동", "부분 완료", "철회"], "정답: 2"))
    True
    >>> offers_its_options(topic("OSI 7계층 중 전송 계층의 대표 프로토콜은?", ["TCP", "UDP", "SCTP"], ""))
    False
    >>> offers_its_options(topic("교착 상태의 4가지 조건은?", ["상호 배제", "점유 대기", "비선점"]))
    False
    >>> offers_its_options(topic("가장 중요한 것은?", ["버킷 이름은 전역에서 고유해야 한다", "a", "b"]))
    False

    A key that picks one (``정답: 2``) makes any question's numbered lines its options (``… 도입된
    기술은?`` over names, ``… 맞은 것은?`` over statements, three of them false).

    >>> names = ["App Signing", "SSL pinning", "IDS"]
    >>> offers_its_options(topic("중간자 공격을 막으려 도입된 기술은?", names, "정답: 2"))
    True
    """
    title = topic.title.strip()
    if QUESTION_END.search(title) is None:
        return False
    named = [f.text for f in topic.facts if f.parent is None and f.kind == "numbered"]
    if len(named) < MIN_NAMED_OPTIONS:
        return False
    if any(PICKED_ANSWER.match(f.text) for f in topic.facts):
        # ``정답: 2``: the key picks one of the numbered lines, whatever the question asks; the others
        # are names on offer or statements made false on purpose
        return True
    if any(has_predicate(text) for text in named):
        return False
    asked = title.rstrip(" ?？") + "?"
    if not (asked.endswith(ONE_OPTION_ENDINGS) or any(w in title for w in (*NAME_TERM_ASKS, *PICKED_AMONG))):
        return False
    # ``> 2022년 4월 24일 기출문제``: an exam's question; a study question's list answers it
    return EXAM_TAG.search(title) is not None or any(EXAM_TAG.search(f.text) for f in topic.facts)


def asks_for_the_name(title: str, definition: str, name: str) -> bool:
    """Whether a heading asks the question its line answers with ``name``: an exam's question
    (``다음 중 … 레코드는 무엇인가?``), or one whose head noun is the noun the definition ends in
    (``3계층 터널링 프로토콜은?`` over ``IPSec VPN은 … 터널링 프로토콜이다``).  Shown above a card asking
    what the name is, the heading says it.  A heading that writes the name, that asks about an aspect
    (``트랜잭션의 특징은?`` over ``원자성은 … 성질이다``) or asks which ones there are (``어떤 것이
    있을까?``) asks no such thing.

    >>> asks_for_the_name("3계층 터널링 프로토콜은?", "IPSec VPN은 3계층의 터널링 프로토콜이다.", "IPSec VPN")
    True
    >>> asks_for_the_name("트랜잭션의 특징은?", "원자성은 전부 반영되거나 전혀 반영되지 않는 성질이다.", "원자성")
    False
    >>> asks_for_the_name("Redis는 뭔데?", "Redis는 메모리에 두는 키-값 저장소이다.", "Redis")
    False
    """
    title = title.strip()
    if not name.strip() or not (QUESTION_END.search(title) or EXAM_IMPERATIVE.search(title)):
        return False
    heading = squashed(title)
    if any(len(v) >= 2 and squashed(v) in heading for v in name_variants(name)) or shares_a_latin_word(title, name):
        return False  # ``Redis는 뭔데?``, ``Docker는 뭔데?`` over ``Docker Image``: about the name, or its family
    if _asks_an_exam_question(title):
        return True
    if any(word in title for word in WHICH_ONES_ASKS):
        return False
    head = _head_noun(title)
    return head is not None and head == _noun_before_the_copula(definition)


def _head_noun(title: str) -> str | None:
    """The last noun of the heading that its topic marker follows (``프로토콜`` of ``… 프로토콜은?``)."""
    pieces = morphemes(title)
    heads = [
        piece.surface
        for piece, after in pairwise(pieces)
        if piece.pos in ("NNG", "NNP", "SL") and after.tag in ("JX", "JKS")
    ]
    return heads[-1] if heads else None


def _noun_before_the_copula(text: str) -> str | None:
    """The noun the copula ends the line on (``프로토콜`` of ``… 터널링 프로토콜입니다.``)."""
    pieces = morphemes(text)
    for n in range(len(pieces) - 1, 0, -1):
        if "VCP" in pieces[n].tag.split("+") and pieces[n - 1].pos in ("NNG", "NNP", "SL"):
            return pieces[n - 1].surface
    return None


def _before_its_answer(topic: Topic, fact: Fact) -> bool:
    """Whether ``fact`` comes before the line that gives the question's answer (a quote, ``정답:
    3``).  With no such line, the lines under the question are the notes' own answer to it
    (``LRU가 적절하다.``), not options."""
    seen = False
    for line in topic.facts:
        if line is fact:
            seen = True
        elif line.kind == "quote" or ANSWER_OPENER.match(line.text):
            return seen
    return False


def picks_an_option(title: str) -> bool:
    """``… 설명으로 옳지 않은 것은?``: the question has the reader pick one of its options."""
    solid = title.replace(" ", "")
    return any(words in solid for words in OPTION_PICKS)


def _asks_for_the_false_option(title: str) -> bool:
    """``다음 중 … 옳지 않은 것은?``: an exam question whose answer names a false statement."""
    return _asks_an_exam_question(title) and any(words in title for words in FALSE_OPTION_ASKS)
