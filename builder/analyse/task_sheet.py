"""A page of exercises: questions that set the reader tasks to do.

A learner keeps a practice sheet for a hands-on exam (``## q1: ETCD 백업 및 복원`` over ``…를
구성하세요:`` and the requirements to meet) beside their notes.  Its lines name the exercise's own
nodes, paths and namespaces (``/opt/backup/etcd-backup.db``, ``database 네임스페이스``) and its
requirements (``GPU 레이블이 있는 노드에만 … 설정``): read one by one, each looked like a statement,
and graded blind none was worth a card.  A question heading alone does not make a sheet: an
interview's ``## Q1. TCP와 UDP의 차이`` is answered under it, and a lab diary's ``## Q1. Pod 생성``
writes the lessons learnt.  What makes one is that the questions order the reader
(:data:`~builder.analyse.words.ORDER_ENDINGS`), question after question.
"""

from __future__ import annotations

from collections.abc import Sequence

from builder.analyse.headings import bare_label
from builder.analyse.morph import morphemes
from builder.analyse.shapes import NAMED_QUESTION
from builder.analyse.words import ORDER_ENDINGS, OWN_NOTES_SECTIONS, TELLING_ORDERS
from builder.model import Topic

MIN_TASKS = 2
"""Questions that order the reader before the page reads as a sheet of tasks: one may be a
writer's aside (``… 참고하세요``)."""
TASK_SHARE = 0.5
"""The share of the page's titled questions that must order the reader."""

_PREDICATES = frozenset({"VV", "VA", "VX", "XSV"})
"""Tags of the stem an imperative ending follows (the analyser reads ``고르`` as an adjective)."""


def orders_the_reader(text: str) -> bool:
    """Whether a sentence of the line ends by telling the reader to do something
    (:data:`~builder.analyse.words.ORDER_ENDINGS`), other than to explain, recall or heed
    (:data:`~builder.analyse.words.TELLING_ORDERS`: an interview's ``…을 설명해주세요`` is answered
    below, a tip's ``꼭 기억하세요`` advises).

    >>> orders_the_reader("다음 요구사항을 만족하는 네트워크 정책을 구성하세요:")
    True
    >>> orders_the_reader("다음 명령을 실행하시오."), orders_the_reader("결과를 파일에 기록하십시오")
    (True, True)
    >>> orders_the_reader("보안 그룹을 만들어 주세요")
    True
    >>> orders_the_reader("ETCD 데이터를 백업합니다"), orders_the_reader("요청 수는 초당 5,500개이다")
    (False, False)
    >>> orders_the_reader("스레드와의 차이를 설명해 주세요"), orders_the_reader("최소 보관 기간을 꼭 기억하세요.")
    (False, False)
    >>> orders_the_reader("옳은 것을 고르시오.")  # an exam's question, its answer written below
    False
    """
    return any(not verb.startswith(TELLING_ORDERS) for verb in _ordering_verbs(text))


def _ordering_verbs(text: str) -> list[str]:
    """The verbs that end the line's sentences in an order (``구성하세요``, ``설명해주세요``)."""
    verbs = []
    for sentence in text.replace("!", ".").replace("?", ".").split("."):
        words = sentence.strip().rstrip(" :：~").split()
        if not words:
            continue
        verb = words[-1]
        if len(words) >= 2 and not _orders(verb) and _orders(words[-2] + verb):
            verb = words[-2] + verb  # ``만들어 주세요``: the helping verb written apart
        if _orders(verb):
            verbs.append(verb)
    return verbs


def _orders(word: str) -> bool:
    pieces = morphemes(word)
    ending = ""
    for piece in reversed(pieces):
        if piece.pos.startswith("E"):
            ending = piece.surface + ending
            continue
        if piece.pos in _PREDICATES:
            # ``만드세요`` read as one inflected verb: its own ending follows the stem
            inflected = piece.last_pos.startswith("E") and piece.surface.endswith(ORDER_ENDINGS)
            return ending in ORDER_ENDINGS or (not ending and inflected)
        return False
    return False


def task_topics(topics: Sequence[Topic]) -> frozenset[int]:
    """Indexes of the topics that state a task sheet's tasks: each titled question
    (:data:`~builder.analyse.shapes.NAMED_QUESTION`) with the sections under it and the sections
    written between it and the next question, on a page where most questions, at least
    :data:`MIN_TASKS`, order the reader in their first line (:func:`_sets_a_task`).
    A section after the last question, and a section the writer keeps of their own wherever it
    stands (``## 개념 정리: etcd``, ``### 배운 점``), is not the exercise's.  A page whose questions
    do not order the reader gives none.

    >>> from builder.model import Fact, SourceRef
    >>> def topic(title, level, lines, ancestors=()):
    ...     facts = tuple(Fact(t, (), "paragraph", SourceRef("n.md", 1)) for t in lines)
    ...     return Topic(title, title, None, level, SourceRef("n.md", 1), ancestors, facts)
    >>> sheet = [topic("q1: 백업", 2, ["데이터를 /opt/backup.db로 백업하세요"]),
    ...          topic("q2: 네트워크 정책", 2, ["다음 정책을 구성하세요:"]), topic("초기 설정", 2, ["frontend 생성"]),
    ...          topic("q3: 업그레이드", 2, ["업그레이드를 수행하세요"]),
    ...          topic("검증", 3, ["버전 확인"], ("q3: 업그레이드",)),
    ...          topic("정리", 2, ["etcdctl은 스냅샷을 만든다"])]
    >>> sorted(task_topics(sheet))
    [0, 1, 2, 3, 4]
    >>> answered = [topic("Q1. TCP와 UDP", 2, ["TCP는 연결형이다"]), topic("Q2. DNS", 2, ["DNS는 이름을 푼다"])]
    >>> task_topics(answered)
    frozenset()
    """
    runs: list[tuple[str, list[int]]] = []  # each question's heading and its topics, in page order
    level = 0  # the current question's heading level; 0 after a section of the writer's own
    for index, topic in enumerate(topics):
        question = _question_over(topic)
        if question is not None and (not runs or runs[-1][0] != question):
            runs.append((question, [index]))
            level = topic.level - (0 if question == topic.title else 1)
        elif question is not None or (level and runs and topic.level >= level and not _writers_own(topic)):
            runs[-1][1].append(index)
        else:
            level = 0
            runs.append(("", []))  # a section of the writer's own ends the question above it
    questions = [(heading, run) for heading, run in runs if run]
    ordering = [run for heading, run in questions if _sets_a_task(heading, topics[run[0]])]
    if len(ordering) < MIN_TASKS or len(ordering) < TASK_SHARE * len(questions):
        return frozenset()
    # A question that asks the reader to explain (``## Q1. … 설명해주세요``) is answered below, sheet or not.
    questions = [(heading, run) for heading, run in questions if not _asks_to_tell(heading, topics[run[0]])]
    last_heading, last_run = questions[-1] if questions else ("", [])
    kept = {i for _, run in questions[:-1] for i in run}
    # After the last question, only the sections under its heading are its own.
    kept.update(i for i in last_run if _question_over(topics[i]) == last_heading)
    return frozenset(i for i in kept if not _writers_own(topics[i]))


def _question_over(topic: Topic) -> str | None:
    """The titled question the topic is, or is written under."""
    for heading in (topic.title, *reversed(topic.ancestors)):
        if NAMED_QUESTION.match(heading.strip()):
            return heading
    return None


def _sets_a_task(heading: str, first: Topic) -> bool:
    """Whether the question orders the reader in the first line written under it (``## q2: …`` over
    ``다음 요구사항을 만족하는 … 구성하세요:``).  A heading that orders (``## 문제 1: … SQL을 작성하시오``)
    titles a solved problem as often, its solution and the writer's notes under it; an order further
    down is a step or a tip of the writer's own."""
    return orders_the_reader(_question_lines(heading, first)[1])


def _asks_to_tell(heading: str, first: Topic) -> bool:
    """Whether the question asks the reader to explain, answer or recall
    (:data:`~builder.analyse.words.TELLING_ORDERS`)."""
    lines = _question_lines(heading, first)
    return any(verb.startswith(TELLING_ORDERS) for line in lines for verb in _ordering_verbs(line))


def _question_lines(heading: str, first: Topic) -> tuple[str, str]:
    """Where a question says what it asks: its heading, and the first line written under it."""
    return heading, first.facts[0].text if first.facts else ""


def _writers_own(topic: Topic) -> bool:
    """Whether the section is one the writer keeps of their own among the tasks (``## 개념 정리:
    etcd``, ``### 배운 점``): :data:`~builder.analyse.words.OWN_NOTES_SECTIONS`."""
    return bare_label(topic.title.split(":")[0]) in OWN_NOTES_SECTIONS
