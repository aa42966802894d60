"""``example``: a line that opens as an example (``Ex) …``, ``예) …``, ``예를 들어, …``,
``e.g. …``), sets up a supposition (``… 있다고 했을 때``), or plays out a scenario with things named
by letters or numbers (``VPC A에는 … 있지만, VPC B에는 없다``, ``개발자(A) -> 자격증(B)``,
``DEV1, DEV2 그룹``).  Its numbers and names belong to the example, not to a fact."""

from __future__ import annotations

import math
import re
from collections.abc import Sequence

from builder.analyse.morph import Morpheme, morphemes
from builder.analyse.phrases import closes_a_condition, sentence_bounds
from builder.analyse.quantities import find_quantities
from builder.analyse.rules.line import Line
from builder.analyse.rules.question import asks_outright
from builder.analyse.shapes import (
    CLAUSE_BREAK,
    LETTER_ACTOR,
    NUMBERED_EXAMPLE,
    ORDINAL_AROUND,
    PLACEHOLDER,
    THRESHOLD_AFTER,
    opens_a_quote,
)
from builder.analyse.values import sentence_around, stated_as_a_bound
from builder.analyse.words import (
    ADVICE_WORDS,
    CALCULATING_VERBS,
    CONCLUSION_OPENERS,
    CONDITION_ENDING,
    CONDITION_JOINER,
    EXAMPLE_MARKERS,
    HYPOTHESES,
    INTENTION_ENDINGS,
    PICKED_VALUE_NOTES,
    SCENARIO_LABELS,
    SERIES_CLOSERS,
    SETTING_VERBS,
    SUPPOSED_VALUE_ENDINGS,
    SUPPOSITION_OPENERS,
    TOPIC_PARTICLES,
    WORD_PARTICLES,
)
from builder.model import Quantity


def applies(line: Line) -> bool:
    return opens_an_example(line.text) or _scenario(line.text) or any(m in line.text for m in HYPOTHESES)


def opens_an_example(text: str) -> bool:
    """Whether the line opens as an example: numbered (``예시1 : … 관계를 E-R 다이어그램으로 표현``,
    the caption of an example), after a marker of :data:`~builder.analyse.words.EXAMPLE_MARKERS`,
    written with a space before its colon or bracket or not (``예 : c6 = …``, ``ex) 10.0.0.0/24``),
    or after a scenario's label (:data:`~builder.analyse.words.SCENARIO_LABELS`) and a colon
    (``시나리오2 : 최적 인스턴스 9개, 반드시 6개 이상 …``), unless it asks: a scenario posed as a
    question (``시나리오 : … 가용성을 높이려면?``) has the notes' answer under it.

    >>> [opens_an_example(t) for t in ("예 : c6 = c 계열 6세대", "- Ex) 10.0.0.0/24", "예외 : 루트 계정")]
    [True, True, False]
    >>> lines = ("- 시나리오2 : 인스턴스 9개", "**예제 1**: 3개", "사용 시나리오는 다양하다: 백업")
    >>> [opens_an_example(t) for t in lines]
    [True, True, False]
    >>> opens_an_example("시나리오 : 6개 인스턴스, 가용성을 높이려면?"), opens_an_example("Scenario 1: 인스턴스 9개")
    (False, True)
    >>> asked = ("시나리오 : 웹 서비스, 어떤 구성을 써야 할까", "시나리오: 10배 늘면? 답은 조정")
    >>> [opens_an_example(t) for t in asked]
    [False, False]
    """
    if NUMBERED_EXAMPLE.match(text):
        return True
    if _MARKER.match(text.strip().lstrip("-*•·(").strip().casefold()) is not None:
        return True
    labelled = _LABEL_BEFORE_COLON.match(text.strip().lstrip("-*•·").strip())
    if labelled is None or asks_outright(text) or "?" in text or "？" in text:
        return False  # ``시나리오 : … 어떤 구성을 써야 할까``: a question, its answers under it
    label = ORDINAL_AROUND.sub("", labelled.group(1).strip(" *_[]")).strip(" *_[]")
    return label.casefold() in SCENARIO_LABELS


_LABEL_BEFORE_COLON = re.compile(r"([^:：]{1,20}?)\s?[:：]\s*\S")
"""A short label, a colon and what it labels (``시나리오 : …``)."""


def _scenario(text: str) -> bool:
    """Two things named by different letters: ``VPC A`` and ``VPC B``, ``(A)`` and ``(B)``."""
    bracketed: set[str] = set()
    bare: dict[str, set[str]] = {}
    for found in PLACEHOLDER.finditer(text):
        if found["bracketed"]:
            bracketed.add(found["bracketed"])
        else:
            bare.setdefault(found["head"], set()).add(found["bare"])
    if len(bracketed) >= 2 or any(len(labels) >= 2 for labels in bare.values()):
        return True
    # ``DEV1, DEV2, FE1, INFRA2``: teams or servers an example numbers.
    numbered: dict[str, set[str]] = {}
    for found in _NUMBERED_NAME.finditer(text):
        numbered.setdefault(found[1], set()).add(found[2])
    if any(len(numbers) >= 2 for numbers in numbered.values()):
        return True
    # ``트랜잭션 T10과 T11이 … 30,000원을 출력``: one letter and a number, named as actors by a
    # noun and their particles, in a line with values of their own; without values, the letters
    # are a definition's variables (``릴레이션 R1이 참조하는 R2의 기본키``).
    if not _KIND_BEFORE_ACTOR.search(text) or not find_quantities(text):
        return False
    acting: dict[str, set[str]] = {}
    for found in _NUMBERED_ACTOR.finditer(text):
        acting.setdefault(found["letter"], set()).add(found["number"])
    return any(len(numbers) >= 2 for numbers in acting.values())


_NUMBERED_NAME = re.compile(r"(?<![A-Za-z0-9])([A-Z]{2,})(\d)(?![A-Za-z0-9])")
_NUMBERED_ACTOR = re.compile(
    r"(?<![A-Za-z0-9.])(?P<letter>[A-Z])(?P<number>\d{1,3})(?:" + "|".join(WORD_PARTICLES) + r")(?=\s)"
)
"""One letter and a number with a particle (``T10과``, ``P2가``): a transaction, a process or a job
a worked example numbers.

>>> [m.group() for m in _NUMBERED_ACTOR.finditer("T10과 T11이 실행되면 T2, T3 인스턴스는")]
['T10과', 'T11이']
"""
_KIND_BEFORE_ACTOR = re.compile(r"[가-힣]{2,}\s(?=[A-Z]\d{1,3}[가-힣])")
"""The Korean noun that says what the numbered letters are (``트랜잭션 T10과``, ``프로세스 P1이``): an
example names its actors so; a family or a version is named bare (``T2와 T3는``, ``API V1과 V2는``).

>>> bool(_KIND_BEFORE_ACTOR.search("트랜잭션 T10과 T11이")), bool(_KIND_BEFORE_ACTOR.search("T2와 T3는"))
(True, False)
"""


_MARKER_WRITTEN = "|".join(
    re.escape(m[:-1]) + r"\s?" + re.escape(m[-1]) if m.endswith((":", ")")) else re.escape(m) for m in EXAMPLE_MARKERS
)
"""The markers as notes write them, a space before the colon or the bracket or not (``예 : …``, ``ex ) …``).

>>> [bool(re.match(_MARKER_WRITTEN, t)) for t in ("예 : c6", "예: c6", "ex ) 10.0.0.0/24", "예외")]
[True, True, True, False]
"""
_MARKER = re.compile(_MARKER_WRITTEN, re.IGNORECASE)
_MARKER_INSIDE = re.compile(r"(?:^|[\s,(])(?:" + _MARKER_WRITTEN + ")", re.IGNORECASE)
_SUPPOSITION_INSIDE = re.compile(r"(?:^|[\s,(])(?:" + "|".join(re.escape(m) for m in SUPPOSITION_OPENERS) + r")(?=\s)")
_SENTENCE_END = re.compile(r"[.!?。]\s|다\.\s*")
_CONCESSIVE_AFTER = re.compile(
    r"\s*(?:만|을|를|이|가|도)?\s*(?:[^\s,()]{1,8}\s?)?(?:하여도|하더라도|더라도|이라도|라도|해도|어도|아도|여도)(?!\w)"
)
"""A value in a concessive clause (``5KB를 저장해도``, ``1일만 보관하더라도``): whatever it is, the rule holds."""
_PICKED_AFTER = re.compile(rf"\s*[(（]\s*(?:{'|'.join(PICKED_VALUE_NOTES)})[^()（）]{{0,12}}[)）]")
"""A value the writer marks as picked for the example (:data:`~builder.analyse.words.PICKED_VALUE_NOTES`)."""
_CALCULATED_WITH = re.compile(rf"\S(?:으로|로)\s?(?:{'|'.join(CALCULATING_VERBS)})")
"""A sentence that gives an exercise's values to calculate with (:data:`~builder.analyse.words.CALCULATING_VERBS`)."""
_SUPPOSED_AFTER = re.compile(rf"\s?(?:{'|'.join(SUPPOSED_VALUE_ENDINGS)})(?![가-힣])")
"""A value supposed for a case (:data:`~builder.analyse.words.SUPPOSED_VALUE_ENDINGS`)."""
_SET_AFTER = re.compile(
    rf"\s?(?:으로|로|을|를)?\s?(?:{'|'.join(SETTING_VERBS)})"
    r"(?:한다|했다|하였다|합니다|했습니다|하세요|해\s?주세요|해\s?준다|해\s?줍니다|하고|해서|\s?후|(?=\s*$|\s*[.,]))"
)
"""A value set or typed in a walkthrough's step (:data:`~builder.analyse.words.SETTING_VERBS`), the
verb done or the step written as a noun (``10개로 설정한다``, ``… 입력``), not a noun of a name
(``3단계 설정(…)``), a condition, a capability, a means (``설정하여 부하를 줄인다``) or advice
(``설정하는 것을 권장``)."""
_OPTION_BEFORE = re.compile(r"(?:^|\s)--?[A-Za-z][\w-]*(?:=|\s)(?:[A-Za-z]+:)?$")
"""A command-line option right before a value (``--size 100GB``, ``--allow tcp:80``, ``--max=30``):
the command's example argument."""
_ETC_AFTER = re.compile(r"\s?등(?![가-힣])")
"""``30초 등 일정 시간``: one value given as an instance of a kind."""
_QUOTED_MANNER = re.compile(r"[^'‘’\"“”]*['’\"”]\s*(?:이)?라는\s*식|[^'‘’\"“”]*['’\"”]\s*(?:와|과)?\s*같(?:이|은)")
"""The rest of a quote that illustrates a rule: ``…'라는 식으로``, ``…'와 같이``."""


_SERIES_GAP = re.compile(r"\s*[,，、]\s*")
_SPACE_GAP = re.compile(r"\s+")
"""Values of one unit with only spaces between (``/16 /24 /25``) are a run too; ``1년 6개월`` is one
duration."""
_SERIES_END = re.compile(rf"\s*(?:{'|'.join(SERIES_CLOSERS)})")
_CAPPED = re.compile(r"\s?까지")
"""``5번까지``: the most a sentence of intention tries, a limit."""
_INTENDED = re.compile(rf"(?:{'|'.join(INTENTION_ENDINGS)})[.!]?\s*$")


def letter_actors(text: str) -> set[str]:
    """The one-letter names the text speaks of as a worked example's actors (``A의 잔고가``,
    ``불쌍하게도 B가``): a letter with its particle, not right after a noun it labels (``클래스 A의``,
    ``등급 B는``: a named kind).

    >>> sorted(letter_actors("A의 잔고가 줄고 B의 잔고가 는다")), letter_actors("클래스 A의 마스크는 /8")
    (['A', 'B'], set())
    """
    return {match.group(0)[0] for match in _actor_matches(text)}


def _actor_matches(text: str) -> list[re.Match[str]]:
    """Where :func:`letter_actors` finds its letters, in order."""
    found = []
    pieces = morphemes(text)
    for match in LETTER_ACTOR.finditer(text):
        before = [m for m in pieces if m.end <= match.start()]
        if before and before[-1].pos in ("NNG", "NNP", "SL", "SN") and text[before[-1].end : match.start()].isspace():
            continue  # ``클래스 A``: the letter names a member of the kind before it
        found.append(match)
    return found


def illustrates(text: str, quantity: Quantity, quantities: Sequence[Quantity], *, worked_example: bool = False) -> bool:
    """Whether a value of a statement only illustrates: written after ``예를 들어`` or ``만약`` in its
    sentence (``FCFS에서 발생하며, 예를 들어 100초인 프로세스가 …``, ``만약 CPU가 70%를 넘으면 2개를
    늘린다``), supposed for a case (``비중이 40%라면``), in a concessive clause (``5KB를
    저장해도 128KB로 과금``), said of a one-letter name in its sentence when the topic is a worked
    example of two or more such names (``A의 잔고가 10,000원 감소``, ``worked_example``), or one of
    a run of values that ``등`` or ``이런 식`` closes (``192.168.1.0/24, 192.168.2.0/24 등으로 나눈다``,
    ``/16 /24 이런 식으로``), given in a sentence that states an exercise's task (``버킷 64개에 키를
    나누려 한다``), set or
    typed in a walkthrough's step (``인스턴스 개수를 10개로 설정한다``; ``최대 10개로 설정`` is a bound),
    given to a command's option (``--size 100GB``), marked as the writer's pick (``3000 (임의의 큰
    값)``) or given to calculate with in its sentence (``20ms로 계산할 것``).  The statement is still
    a fact; such a value is the example's, and no limit card asks for it.

    >>> from builder.analyse.quantities import find_quantities
    >>> line = "개수를 10개로 설정한다. 보존 기간은 최대 35일로 설정한다. 기본 30초로 설정되어 있다"
    >>> [q.text for q in find_quantities(line) if illustrates(line, q, find_quantities(line))]
    ['10개']
    >>> line = "디스크 생성: disks create --size 100GB, 최대 크기 64TB"
    >>> [q.text for q in find_quantities(line) if illustrates(line, q, find_quantities(line))]
    ['100GB']
    >>> line = "헤더: Content_Length = 3000 (임의의 큰 값), 최대 10GB"
    >>> [q.text for q in find_quantities(line) if illustrates(line, q, find_quantities(line))]
    ['3000']
    >>> line = "적중은 1ms, 미스는 20ms로 계산할 것."
    >>> [q.text for q in find_quantities(line) if illustrates(line, q, find_quantities(line))]
    ['1ms', '20ms']
    """
    before = text[: quantity.start]
    markers = list(_MARKER_INSIDE.finditer(before))
    if markers and not _SENTENCE_END.search(before, markers[-1].end()):
        return True
    suppositions = list(_SUPPOSITION_INSIDE.finditer(before))
    if suppositions and not _SENTENCE_END.search(before, suppositions[-1].end()):
        return True  # ``만약 CPU가 70%를 넘으면 2개를 늘린다``: a case played out, not a limit
    actors = _actor_matches(before) if worked_example else []
    if actors and not _SENTENCE_END.search(before, actors[-1].end()):
        return True  # ``A의 잔고가 10,000원 감소``: what happens to an example's account
    if _CONCESSIVE_AFTER.match(text, quantity.end):
        return True  # ``1일만 저장해도 30일 요금``: the value that does not matter
    if _SUPPOSED_AFTER.match(text, quantity.end):
        return True  # ``비중이 40%라면 …``: a value supposed for the case played out
    if _PICKED_AFTER.match(text, quantity.end) and not stated_as_a_bound(text, quantity):
        return True  # ``Content_Length = 3000 (임의의 큰 값)``: the writer's pick for the example
    if _CALCULATED_WITH.search(sentence_around(text, quantity)):
        return True  # ``적중 시 0.1ms, 그 외의 경우는 10ms로 계산할 것``: an exercise's givens
    if wills_a_policy(sentence_around(text, quantity)):
        return True  # ``CPU가 70%를 넘으면 2대를 늘리겠다``: the writer's own policy, an example's
    if _INTENDED.search(_sentence_after(text, quantity.end)) and not _CAPPED.match(text, quantity.end):
        # ``… 최소 6개의 서브넷으로 분할하려 한다``: an exercise's task, the values its givens
        # (``최대 5번까지 재전송하려 한다`` caps what a protocol tries)
        return True
    if sets_a_value(text, [quantity]):
        return True  # ``인스턴스 개수를 10개로 설정한다``: the lab's setting, the writer's choice
    if works_a_case(text, quantity, quantities):
        return True  # ``페이지의 크기가 16byte면, n은 4bit``: a case worked from one value to another
    if concludes_a_case(text, quantity, quantities):
        return True  # ``회복은 6개, 소모는 3개입니다. 따라서 3개가 적립``: a result worked from the values before
    if _OPTION_BEFORE.search(text, 0, quantity.start):
        return True  # ``gcloud compute disks create … --size 100GB``: the command's example argument
    if _ETC_AFTER.match(text, quantity.end) or (
        _QUOTED_MANNER.match(text, quantity.end) and opens_a_quote(text[: quantity.start])
    ):
        return True  # ``30초 등 일정 시간``; ``'1번을 얻어야 2번을 얻는다'라는 식으로``
    run = _series_of(text, quantity, sorted(quantities, key=lambda q: q.start))
    return len(run) >= 2 and _SERIES_END.match(text, run[-1].end) is not None


def works_a_case(text: str, quantity: Quantity, quantities: Sequence[Quantity]) -> bool:
    """Whether the value is a given or the result of a case the sentence works out: a value in a
    condition (``…면``, ``…을 때``) that sets no threshold, and a value after it that follows from it
    by one step of arithmetic with the line's values (``페이지의 크기가 16byte면, n은 4bit``: log2;
    ``1GB당 3 IOPS이므로 100GB면 300 IOPS``: times 3; ``1개만 있다면 1개 생성``).  A rule keeps its
    values: a threshold (``128KB보다 작으면``, ``75% 이상이 되면``), a bound after it (``최대
    10,000개``), or a value that no arithmetic gives (``1,769MB로 잡으면 vCPU 1개``).

    >>> from builder.analyse.quantities import find_quantities
    >>> def worked(line):
    ...     return [q.text for q in find_quantities(line) if works_a_case(line, q, find_quantities(line))]
    >>> worked("페이지의 크기가 16byte면, n은 4bit를 사용"), worked("3개 이상이 실패하면 5분 뒤 다시 시도")
    (['16byte', '4bit'], [])
    >>> worked("gp2는 1GB당 3 IOPS이므로 100GB면 300 IOPS를 낸다")
    ['100GB', '300 IOPS']
    >>> worked("메모리를 1,769MB로 잡으면 vCPU 1개가 붙는다")
    []
    >>> worked("선행 테이블의 row가 10개이고 후행 테이블의 row가 1억개이면 후행 테이블을 10억번 읽는다")
    ['10개', '1억개', '10억번']
    >>> worked("gp2는 1GB당 3 IOPS를 내고 100GB면 300 IOPS를 낸다")
    ['100GB', '300 IOPS']
    """
    pieces = morphemes(text)
    for start, end in sentence_bounds(text):
        if not start <= quantity.start < end:
            continue
        inside = [q for q in quantities if start <= q.start < end]
        for condition in _conditions(pieces, start, end):
            clause = _clause_start(text, pieces, start, condition)
            given = [
                q
                for q in inside
                if clause <= q.start < condition
                and not stated_as_a_bound(text, q)
                and THRESHOLD_AFTER.match(text, q.end) is None
            ]
            results = [
                q
                for q in inside
                if q.start >= condition
                and not stated_as_a_bound(text, q)
                and THRESHOLD_AFTER.match(text, q.end) is None
            ]
            worked = [r for r in results if any(_follows(r, g, inside) for g in given)]
            if quantity in worked or (quantity in given and any(_follows(r, quantity, inside) for r in worked)):
                return True
    return False


def concludes_a_case(text: str, quantity: Quantity, quantities: Sequence[Quantity]) -> bool:
    """Whether the value is the result a concluding sentence (:data:`CONCLUSION_OPENERS`: ``따라서 …``)
    works out in one step from the values of the sentences before it: ``회복되는 크레딧은 6개로
    동일한데, 소모되는 크레딧은 3개입니다. 따라서 시간 당 3개가 적립된다`` (6 - 3), read off the card.
    The values it is worked from keep their cards, bounds stay the notes' own (``최대 10개``), and a
    conclusion that works nothing out keeps its values.

    >>> from builder.analyse.quantities import find_quantities
    >>> def worked(line):
    ...     return [q.text for q in find_quantities(line) if concludes_a_case(line, q, find_quantities(line))]
    >>> worked("회복되는 크레딧은 6개로 같은데, 소모되는 크레딧은 3개입니다. 따라서 시간 당 3개가 적립된다.")
    ['3개']
    >>> worked("포트 번호는 16비트이다. MTU는 1500바이트, 헤더는 20바이트다. 따라서 1480바이트가 남는다.")
    ['1480바이트']
    >>> worked("복제본은 최대 15개까지 둔다. 따라서 읽기를 15개로 나눌 수 있다.")
    []
    >>> worked("보존 기간은 7일이다. 따라서 35일이 지난 로그는 지워진다.")
    []
    """
    bounds = sentence_bounds(text)
    unbounded = [q for q in quantities if not stated_as_a_bound(text, q)]
    for start, end in bounds:
        if not text[start:end].lstrip().startswith(CONCLUSION_OPENERS):
            continue
        given = [q for q in unbounded if q.start < start]
        for result in (q for q in unbounded if start <= q.start < end):
            # only the result: the values it is worked from may be facts of their own (``MTU는
            # 1500바이트, IP 헤더는 20바이트. 따라서 1480바이트``)
            if quantity == result and any(_follows(result, g, given) for g in given):
                return True
    return False


def _follows(result: Quantity, given: Quantity, values: Sequence[Quantity]) -> bool:
    """Whether ``result`` is one step of a worked example's arithmetic from ``given``: its base-2
    logarithm or power, or ``given`` times, over, plus or minus another value of the line, in a
    unit the line's other values have (``100GB`` and ``3 IOPS`` give ``300 IOPS``).  The same
    number again in a unit of its own follows from nothing (``5회 … 5분``).

    >>> from builder.analyse.quantities import find_quantities
    >>> page, bits = find_quantities("16byte면 4bit")
    >>> size, rate, iops = find_quantities("100GB에 3 IOPS면 300 IOPS")
    >>> tries, minutes = find_quantities("5회 실패하면 5분 잠긴다")
    >>> _follows(bits, page, []), _follows(iops, size, [rate]), _follows(minutes, tries, [])
    (True, True, False)

    Across units only a product or a quotient of two values counts, and a product by one is no step:

    >>> rows, more, reads = find_quantities("10개이고 1억개이면 10억번")
    >>> one, pages, scans = find_quantities("1대에 300개면 300번")
    >>> _follows(reads, more, [rows, more, reads]), _follows(scans, pages, [one, pages, scans])
    (True, False)
    """
    r, g = result.low, given.low
    if (g > 0 and math.isclose(r, math.log2(g))) or (g < 64 and math.isclose(r, 2.0**g)):
        return True
    same_unit = result.unit in {q.unit for q in values if q is not result} | {given.unit}
    for other in values:
        if other is result or other is given:
            continue
        k = other.low
        products = [g * k, *([g / k] if k else [])]
        steps = [*products, g + k, g - k]
        if same_unit and any(math.isclose(r, step, rel_tol=1e-9) for step in steps):
            return True
        # ``row가 10개이고 … 1억개이면 10억번``: a product of two of the line's values is worked out in
        # whatever unit it counts; by one of one it would be no step at all
        if g not in (0, 1) and k not in (0, 1) and any(math.isclose(r, step, rel_tol=1e-9) for step in products):
            return True
    return False


def _conditions(pieces: Sequence[Morpheme], start: int, end: int) -> list[int]:
    """Where a condition ends between ``start`` and ``end``: after an ending in 면 (``…면``, ``…다면``,
    ``…려면``) or at a condition's noun that a verb's modifier opens (``받았을 때``)."""
    found = []
    for at, piece in enumerate(pieces):
        if not start <= piece.start < end:
            continue
        if _ends_in_a_condition(piece):
            found.append(piece.end)
        elif closes_a_condition(pieces, at):
            found.append(piece.end)
    return found


def _clause_start(text: str, pieces: Sequence[Morpheme], start: int, condition: int) -> int:
    """Where the clause that ends at ``condition`` starts: after the last comma, arrow or connective
    ending before it (``…3 IOPS이므로 100GB면``: the clause is ``100GB면``).  A condition joined to
    the one before it by ``-고`` goes on (``row가 10개이고 … 1억개이면``: both values are given),
    unless the sentence has said what it is about first: ``gp2는 1GB당 3 IOPS를 내고 100GB면 …``
    states a rate, then works a case from it."""
    told = any(p.pos == "JX" and p.surface in TOPIC_PARTICLES for p in pieces if start <= p.start and p.end < condition)
    breaks = [m.end() for m in CLAUSE_BREAK.finditer(text, start, condition)]
    breaks += [
        p.end
        for p in pieces
        if start <= p.start and p.end < condition and "EC" in p.tag and (told or p.surface != CONDITION_JOINER)
    ]
    return max(breaks, default=start)


def sets_a_value(text: str, quantities: Sequence[Quantity]) -> bool:
    """Whether the line sets or types a value of the writer's choosing (``인스턴스 개수를 10개로
    설정한다``): a walkthrough's step.

    >>> from builder.analyse.quantities import find_quantities
    >>> [sets_a_value(t, find_quantities(t)) for t in ("개수를 10개로 설정한다", "최대 35일로 설정한다")]
    [True, False]
    """
    return any(
        _SET_AFTER.match(text, q.end)
        and q.low == q.high  # ``1~20초로 지정``: the range a setting takes, a limit
        and not stated_as_a_bound(text, q)
        and not any(word in text[q.end :] for word in ADVICE_WORDS)
        for q in quantities
    )


def _series_of(text: str, quantity: Quantity, ordered: Sequence[Quantity]) -> list[Quantity]:
    """The values joined to ``quantity`` as one run (:func:`_joined`), in order."""
    at = ordered.index(quantity)
    first = last = at
    while first > 0 and _joined(text, ordered[first - 1], ordered[first]):
        first -= 1
    while last + 1 < len(ordered) and _joined(text, ordered[last], ordered[last + 1]):
        last += 1
    return list(ordered[first : last + 1])


def _joined(text: str, left: Quantity, right: Quantity) -> bool:
    """Whether two values next to each other are items of one run: a comma between them, or only
    spaces between two values of one unit."""
    gap = text[left.end : right.start]
    return _SERIES_GAP.fullmatch(gap) is not None or (_SPACE_GAP.fullmatch(gap) is not None and left.unit == right.unit)


def wills_a_policy(sentence: str) -> bool:
    """Whether the sentence sets the writer's own policy: a condition (``…면``), then a verb of doing
    with ``겠`` to close the sentence (``CPU 사용률이 70%를 넘으면 2대를 늘리겠다``, ``… 늘리겠습니다``).
    A guess about a state (``…크겠다``, ``…없겠다``, ``… 수 있겠다``) or one without a condition states
    the subject's facts.

    >>> wills_a_policy("메모리 사용률이 60%를 넘으면 서버를 3대 늘리겠다.")
    True
    >>> wills_a_policy("헤더는 최소 20바이트이므로 오버헤드가 크겠다")
    False
    >>> wills_a_policy("최소 3개가 필요하다고 할 수 있겠다"), wills_a_policy("서버를 3대 늘리겠다")
    (False, False)
    """
    pieces = [p for p in morphemes(sentence) if not p.pos.startswith("S")]
    if len(pieces) < 3 or "EP" not in pieces[-2].tag.split("+") or pieces[-2].surface != "겠":
        return False
    verb = pieces[-3]
    if verb.pos != "VV" or verb.surface in ("있", "없"):
        return False
    return any(_ends_in_a_condition(p) for p in pieces[:-3])


def _ends_in_a_condition(piece: Morpheme) -> bool:
    """Whether the piece ends in a connective ending of condition (``넘으면``, ``…다면``, ``…려면``)."""
    return "EC" in piece.tag and piece.surface.endswith(CONDITION_ENDING)


def _sentence_after(text: str, at: int) -> str:
    """The rest of the sentence from ``at``, up to and with its end."""
    end = _SENTENCE_END.search(text, at)
    return text[at : end.end() if end else len(text)]
