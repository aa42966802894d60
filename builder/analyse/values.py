"""Values a limit card does not ask although they are quantities of a statement: the line gives
them away (the same number written again bare, the items a count counts).  What only
*illustrates* (an example's values, a case supposed) is :func:`~builder.analyse.rules.example.illustrates`.
"""

from __future__ import annotations

import math
import re
from collections.abc import Sequence

from builder.analyse.morph import morphemes
from builder.analyse.particles import without_particle
from builder.analyse.phrases import sentence_bounds, without_glosses
from builder.analyse.quantities import NUMBER_PATTERN, number_value, same_amount
from builder.analyse.shapes import (
    ANY_ARROW,
    BOUND_AFTER,
    GLOSS_AFTER_ITEMS,
    GLOSSED_NUMBER,
    ITEM_BREAK,
    KIND_COUNT,
    NAME_DESCRIPTION,
    ROUND_THE_CLOCK,
    SENTENCE_CLOSE,
    SYMBOL_ASSIGNMENT,
)
from builder.analyse.words import (
    ADVERBIAL_NOUNS,
    BOUND_WORDS,
    BUILDING_WORDS,
    CONNECTIVES,
    COUNT_PREDICATES,
    COUNT_QUALIFIERS,
    COUNT_QUALIFIERS_AFTER,
    DEICTIC_NOUNS,
    ESTIMATE_WORDS,
    EXAMPLE_MARKERS,
    HYPOTHESES,
    LABEL_FILLERS,
    LIMIT_NOUNS,
    LIMIT_WORDS,
    MEASURE_NAMES,
    POINTING_DETERMINERS,
    POSITIONAL_NOUNS,
    REQUIREMENT_WORDS,
    SHARE_NOUNS,
    STANDING_BOUNDS,
    STATED_MINIMUMS,
    TASK_LABELS,
    WELL_KNOWN_ADDRESSES,
)
from builder.model import Quantity


def given_away(text: str, quantity: Quantity, quantities: Sequence[Quantity]) -> bool:
    """Whether hiding a single value leaves its number in view on the line, so the blank is read
    off the line: written again bare (``2^10 = 1024, 즉 주소 1024개``, ``보관 등급 3 은 3년``, the
    shares a calculation works out from the weights the line gives),
    with a word no unit table knows, or with the same unit spelt another way (``16비트`` beside
    ``16bits``).  Written again alike, it is hidden twice.  The same number with another unit is
    another value (``8MB 이상, 최대 8TB``), so is the end of a range (judged by
    :func:`~builder.analyse.quantities.find_quantities`), and a digit inside a name (``EC2``, ``io2``) is no number.
    ``quantities`` are every quantity found in ``text``.

    >>> from builder.analyse.quantities import find_quantities
    >>> line = "2^10 = 1024, 즉 주소 1024개. 보관 등급 3 은 3년 보관한다"
    >>> [q.text for q in find_quantities(line) if given_away(line, q, find_quantities(line))]
    ['1024개', '3년']
    >>> line = "조회에 250 마이크로초 혹은 0.25 밀리초가 걸린다"
    >>> [q.text for q in find_quantities(line) if given_away(line, q, find_quantities(line))]
    []
    >>> line = "유의수준은 보통 0.05 (5%)를 쓴다. 넷마스크 범위 2^16(65,536개)"
    >>> [q.text for q in find_quantities(line) if given_away(line, q, find_quantities(line))]
    ['5%', '65,536개']
    >>> line = "호스트 범위 2^16(65535개), 2^8(254개), 2^4(12개)"
    >>> [q.text for q in find_quantities(line) if given_away(line, q, find_quantities(line))]
    ['65535개', '254개']
    >>> line = "RAID 5 (3개 이상의 디스크), 티어 4 (99.995%)가 가장 높다"
    >>> [q.text for q in find_quantities(line) if given_away(line, q, find_quantities(line))]
    []
    >>> line = "파트 크기 8MB 이상 권장, 최대 8TB, EC2 8대, 메모리 1GB ~ 8TB, 기본 8MB"
    >>> [q.text for q in find_quantities(line) if given_away(line, q, find_quantities(line))]
    []
    """
    if quantity.low != quantity.high:
        return False
    if _glosses_the_number_before(text, quantity):
        return True  # ``0.05 (5%)``, ``2^16(65,536개)``: the number before the bracket says it
    if restatement_of(text, quantity, quantities) is not None:
        return False  # ``900초, 즉 15분``: the same amount in another unit, hidden with it
    for match in LONE_NUMBER.finditer(text):
        if quantity.start <= match.start() < quantity.end or number_value(match["num"]) != quantity.low:
            continue
        there = next((q for q in quantities if q.start <= match.start() < q.end), None)
        if there is None or (
            there.low == there.high
            and (there.unit == quantity.unit or same_amount(there, quantity))  # ``6bit`` … ``6비트``
            and there.text != quantity.text
        ):
            return True  # (a value written twice alike is hidden twice)
    return False


_LETTER_ASSIGNMENT = re.compile(r"(?<![\w.])[A-Za-z]\s?=\s?(?=\d)")
"""A one-letter variable given a number (``A = 1,000``, ``n=48``, ``H = 0.95``): the numbers of a
worked example, set for it; the match ends where the value starts."""


def _glosses_the_number_before(text: str, quantity: Quantity) -> bool:
    """Whether the value opens a bracket right after a bare number (or a power) that is the same
    amount: ``0.05 (5%)``, ``2^16(65,536개)``, or the power less :data:`POWER_GLOSS_SLACK`.  Another
    amount in the bracket is a fact of its own (``티어 4 (99.995%)``, ``RAID 5 (3개 이상)``)."""
    before = GLOSSED_NUMBER.search(text, 0, quantity.start)
    if before is None or quantity.low != quantity.high:
        return False
    base = number_value(before["base"])
    try:
        amount = base ** int(before["power"]) if before["power"] else base
    except (OverflowError, ValueError):
        return False  # ``2^5000(``: more than a float holds, and no value a note writes out
    if not math.isfinite(amount):
        return False  # a number of hundreds of digits: read as infinite, it equals nothing
    value = quantity.low / 100 if quantity.text.rstrip().endswith("%") else quantity.low
    if before["power"] and 0 <= amount - value <= POWER_GLOSS_SLACK:
        return True  # ``2^16(65535개)``: the power worked out, less the address or two it reserves
    return abs(amount - value) <= 1e-9 * max(1.0, abs(amount))


POWER_GLOSS_SLACK = 2
"""How far below a power its worked-out gloss may be: notes count ``2^n`` as ``2^n - 1`` (the
largest value) or ``2^n - 2`` (the usable hosts)."""


def example_variables(text: str, quantities: Sequence[Quantity]) -> set[int]:
    """The starts of the values a worked example sets: a value given to a one-letter variable
    (``RAID 5는 최소 3개 (N = 3)`` keeps its ``3개``, not the ``N = 3``), and every value of a line
    that sets two variables or more (``A = 1,000, B = 2,000``) or supposes (``H = 0.95로 가정``, ``예) n = 4``).
    A named setting keeps its value (``max_connections = 100``).

    >>> from builder.analyse.quantities import find_quantities
    >>> line = "계좌 잔액을 A = 1,000, B = 2,000으로 두고 최대 5건을 옮긴다"
    >>> sorted(q.text for q in find_quantities(line) if q.start in example_variables(line, find_quantities(line)))
    ['1,000', '5건']
    >>> line = "Tc(캐시 접근 시간) = 10ns"
    >>> [q.text for q in find_quantities(line) if q.start in example_variables(line, find_quantities(line))]
    ['10ns']
    >>> line = "RAID 5는 최소 3개의 디스크가 필요하다 (N = 3)"
    >>> [q.text for q in find_quantities(line) if q.start not in example_variables(line, find_quantities(line))]
    ['3개']
    >>> line = "자식 프로세스(PID=25)를 만들고 최대 32768개까지 둔다"
    >>> [q.text for q in find_quantities(line) if q.start in example_variables(line, find_quantities(line))]
    ['25']
    """
    values = {m.end() for m in _LETTER_ASSIGNMENT.finditer(text)} | {m.end() for m in SYMBOL_ASSIGNMENT.finditer(text)}
    if len(values) >= 2 or (values and any(word in text for word in (*HYPOTHESES, *EXAMPLE_MARKERS))):
        return {q.start for q in quantities}
    # ``자식 프로세스(PID=25)``: the number an identifier is given names the example's thing
    values |= {m.end() for m in _IDENTIFIER_ASSIGNMENT.finditer(text)}
    return {q.start for q in quantities if q.start in values}


_IDENTIFIER_ASSIGNMENT = re.compile(r"(?<![\w.])[PUGTS]?ID\s?=\s?(?=\d)", re.IGNORECASE)
"""An identifier given a number (``PID=25``, ``uid = 1000``, ``ID=3``: a process's, a user's, a
group's, a thread's, a session's): the number names one thing of an example, as ``1번 자원`` does;
it counts and limits nothing.

>>> [bool(_IDENTIFIER_ASSIGNMENT.search(t)) for t in ("(PID=25)", "uid = 1000", "max_connections = 100", "VOID=3")]
[True, True, False, False]
"""


_DOTTED_QUAD = re.compile(r"\d{1,3}(?:\.\d{1,3}){3}(?:/\d{1,2})?")


def names_an_example_network(quantity: Quantity) -> bool:
    """Whether the value is the address of a network or host that only an example uses
    (``10.0.1.0/24``, ``192.168.0.10``): a name of the writer's choosing, not a value to learn.
    The addresses every network knows are values (:data:`~builder.analyse.words.WELL_KNOWN_ADDRESSES`:
    ``0.0.0.0/0``, the private ranges, the loopback).

    >>> from builder.analyse.quantities import find_quantities
    >>> [names_an_example_network(q) for q in find_quantities("서브넷은 10.0.1.0/24, 기본 경로는 0.0.0.0/0")]
    [True, False]
    """
    address = _DOTTED_QUAD.search(quantity.text)
    return address is not None and address.group() not in WELL_KNOWN_ADDRESSES


def is_example_address(text: str) -> bool:
    """Whether ``text`` is only an address or a range of addresses of the writer's choosing
    (``192.168.32.0``, ``192.168.32.1~192.168.32.126``, ``10.0.0.x``), not one every network
    knows (``0.0.0.0/0``).

    >>> [is_example_address(t) for t in ("192.168.32.1~192.168.32.126", "10.0.0.x", "0.0.0.0/0", "서브넷 1")]
    [True, True, False, False]
    """
    found = _EXAMPLE_ADDRESS_TEXT.fullmatch(text.strip())
    return found is not None and text.strip() not in WELL_KNOWN_ADDRESSES


_ADDRESS = r"\d{1,3}(?:\.(?:\d{1,3}|[xX*])){3}(?:/\d{1,2})?"
"""An IPv4 address or network as notes write one, its last octets perhaps a wildcard (``10.0.0.x``)."""
_EXAMPLE_ADDRESS_TEXT = re.compile(rf"{_ADDRESS}(?:\s*[~\-]\s*{_ADDRESS})?")


def works_out_an_example_network(text: str, quantity: Quantity) -> bool:
    """Whether the value is worked out from an example's network address on the line: its prefix
    length, the host bits left (32 minus it) or the addresses they make (``192.168.0.0/26``: the
    first ``26비트``, the other ``6비트``, ``총 64개``).  It is the example's arithmetic, which
    the address gives away; the address itself is :func:`names_an_example_network`.

    >>> from builder.analyse.quantities import find_quantities
    >>> line = "앞의 26비트가 네트워크, 남은 6비트로 총 64개 주소를 쓴다. 예: 192.168.0.0/26, 서브넷은 최대 200개"
    >>> [q.text for q in find_quantities(line) if works_out_an_example_network(line, q)]
    ['26비트', '6비트', '64개']
    >>> line = "서브넷 10.0.1.0/24의 흐름 로그는 24시간마다 보낸다"
    >>> [q.text for q in find_quantities(line) if works_out_an_example_network(line, q)]
    []
    """
    if quantity.low != quantity.high or names_an_example_network(quantity):
        return False
    if quantity.kind != "count" and (quantity.unit or "").casefold() not in ADDRESS_BIT_UNITS:
        return False  # ``/24`` beside ``24시간마다``: a time, not the address's arithmetic
    worked: set[float] = set()
    for address in _DOTTED_QUAD.finditer(text):
        if "/" in address.group() and address.group() not in WELL_KNOWN_ADDRESSES:
            prefix = int(address.group().split("/")[1])
            if prefix <= IPV4_BITS:
                hosts = IPV4_BITS - prefix
                worked |= {prefix, hosts, 2**hosts, 2**hosts - 1}
    return quantity.low in worked


ADDRESS_BIT_UNITS = frozenset({"비트", "bit", "bits", "b"})
"""The units an address's arithmetic is counted in, beside plain counts (``6비트``, ``64개``)."""
IPV4_BITS = 32
"""The bits of an IPv4 address: a ``/26`` leaves 6 of them to the hosts."""


def restatement_of(text: str, quantity: Quantity, quantities: Sequence[Quantity]) -> Quantity | None:
    """The value right beside ``quantity`` that states the same amount, in another unit (``900초,
    즉 15분``, ``100나노초 혹은 0.1마이크로초``) or written otherwise (``2^16개, 즉 65,536개``):
    either shows the other, so one blank hides both.

    >>> from builder.analyse.quantities import find_quantities
    >>> line = "타임아웃은 최대 900초, 즉 15분이다"
    >>> [restatement_of(line, q, find_quantities(line)).text for q in find_quantities(line)]
    ['15분', '900초']
    >>> line = "포트 번호는 2^16개, 즉 65,536개이다"
    >>> [restatement_of(line, q, find_quantities(line)).text for q in find_quantities(line)]
    ['65,536개', '2^16개']
    """
    return next(
        (o for o in quantities if o is not quantity and _equal(quantity, o) and _restates(text, quantity, o)),
        None,
    )


def _equal(first: Quantity, second: Quantity) -> bool:
    """The same amount in another unit (``900초``, ``15분``), or in the same unit written otherwise
    (``2^16개``, ``65,536개``)."""
    if same_amount(first, second):
        return True
    single = first.low == first.high and second.low == second.high
    return single and first.unit == second.unit and first.low == second.low and first.text != second.text


def _restates(text: str, first: Quantity, second: Quantity) -> bool:
    """Whether one value restates the other right after it (``100나노초 혹은 0.1마이크로초``, ``= 1 밀리초``);
    a value in brackets is its gloss, hidden with it in one blank (``900 seconds(15mins)``), and a
    value further on is another fact that happens to be equal (``최대 10GB, … 최대 10,240MB``)."""
    first, second = sorted((first, second), key=lambda q: q.start)
    return _RESTATING.fullmatch(text[first.end : second.start]) is not None


_RESTATING = re.compile(r"\s?(?:(?:혹은|또는|즉|=|,|->|=>|→)\s?)+")
"""What stands between a value and its restatement: ``혹은``, ``즉``, ``=``, a comma, an arrow
(``16 bits -> 2 bytes``), or several (``900초, 즉 15분``)."""


LONE_NUMBER = re.compile(rf"(?<![\w.,])(?P<num>{NUMBER_PATTERN})(?![\d.,]?\d)")
"""A number standing as a word of its own: not the digit of a name (``EC2``) or part of an address."""


SERIES_LENGTH = 3
"""Values of one unit written one after another, only commas between them, this many or more:
a series (``10회, 20회, 30회, 50회``), not values each stated of something."""


def in_a_series(text: str, quantity: Quantity, quantities: Sequence[Quantity]) -> bool:
    """Whether the value is one of a series of values of its unit with nothing but commas between
    them (``주사위를 10회, 20회, 30회, 50회 던졌을 때``, ``각각 10개, 5개, 7개``): hidden, one is
    guessed from its neighbours or fits any number; values that each say what they measure
    (``60초: 15일, 300초: 63일``) are no series.

    >>> from builder.analyse.quantities import find_quantities
    >>> line = "주사위를 10회, 20회, 30회 던진 결과와 보존 기간 60초: 15일, 300초: 63일"
    >>> [q.text for q in find_quantities(line) if in_a_series(line, q, find_quantities(line))]
    ['10회', '20회', '30회']
    """
    ordered = sorted(quantities, key=lambda q: q.start)
    at = ordered.index(quantity)
    run_start = run_end = at
    while run_start > 0 and _next_in_series(text, ordered[run_start - 1], ordered[run_start]):
        run_start -= 1
    while run_end + 1 < len(ordered) and _next_in_series(text, ordered[run_end], ordered[run_end + 1]):
        run_end += 1
    return run_end - run_start + 1 >= SERIES_LENGTH


def _next_in_series(text: str, first: Quantity, second: Quantity) -> bool:
    return first.unit == second.unit and re.fullmatch(r"\s*[,，]\s*", text[first.end : second.start]) is not None


def counts_a_list(text: str, quantity: Quantity) -> bool:
    """Whether a count counts the items its own clause lists (``A, B, C, D의 4개 계층으로 구성``,
    ``플래그: A, B, C 3가지``, ``3가지 모드 (A, B, C)``): hidden, it is read off by counting them.

    >>> from builder.analyse.quantities import find_quantities
    >>> line = "전송 계층은 포트, 순서 번호, 체크섬의 3가지를 쓴다"
    >>> [q.text for q in find_quantities(line) if counts_a_list(line, q)]
    ['3가지']
    >>> line = "모드는 3가지 권한 (읽기, 쓰기, 실행), 최대 5개 파일"
    >>> [q.text for q in find_quantities(line) if counts_a_list(line, q)]
    ['3가지']
    >>> line = "3개의 Access tier (Hot, Cool, Archive)로 나뉘며 최대 5개 규칙"
    >>> [q.text for q in find_quantities(line) if counts_a_list(line, q)]
    ['3개']
    >>> line = "배포 3단계: 주제 생성 - 주제 구독 - 메시지 발행"
    >>> [q.text for q in find_quantities(line) if counts_a_list(line, q)]
    ['3단계']
    >>> line = "3가지 핵심 요소: 실행 환경 (environment), 저장된 환경 설정 (saved configuration), 버전"
    >>> [q.text for q in find_quantities(line) if counts_a_list(line, q)]
    ['3가지']
    >>> line = "작업 3개 : J1, J2, J3 (20ms, 5ms, 40ms)"
    >>> [q.text for q in find_quantities(line) if counts_a_list(line, q)]
    ['3개']
    >>> line = "대표적으로 뮤텍스와 세마포어, 모니터 3가지가 있다. 지역 : 아시아 / 유럽/ 미주 3개로 나눈다"
    >>> [q.text for q in find_quantities(line) if counts_a_list(line, q)]
    ['3가지', '3개']
    >>> line = "EC2, RDS, S3 중 하나를 골라 최대 5개까지 만든다"
    >>> [q.text for q in find_quantities(line) if counts_a_list(line, q)]
    []
    >>> line = "읽기는 빠르고, 쓰기는 느리며, 복제본은 최대 3개"
    >>> [q.text for q in find_quantities(line) if counts_a_list(line, q)]
    []
    >>> line = "교착 상태의 4가지 조건에는 상호배제, 점유와 대기, 비선점, 원형 대기가 있습니다."
    >>> [q.text for q in find_quantities(line) if counts_a_list(line, q)]
    ['4가지']
    >>> line = "RAID 5는 최소 3개 디스크는 데이터, 데이터, 패리티로 쓴다. 영역 3개에는 각각 A, B, C를 둔다"
    >>> [q.text for q in find_quantities(line) if counts_a_list(line, q)]
    []
    >>> line = "이 도구의 3가지 모드는 읽기, 쓰기이고 최대 3개 파일은 동시에 연다"
    >>> [q.text for q in find_quantities(line) if counts_a_list(line, q)]
    []
    """
    if quantity.kind != "count" or quantity.low != quantity.high or not 2 <= quantity.low <= _MAX_LISTED:
        return False
    clause = _CLAUSE_START.split(text[: quantity.start])[-1]
    before = clause.split(",")
    after = _LISTED_AFTER.match(text, quantity.end)
    # Items after a colon may be set apart by dashes or arrows (``3단계: 생성 - 구독 - 배포``) and
    # carry a gloss each (``실행 환경 (environment), …``).
    group = " ".join(((after["bracketed"] or after["colon"]) if after else "").split())
    if after and not after["bracketed"]:
        # ``프로세스 4개 : P1, P2, P3, P4 (212KB, 417KB, …)``: the sizes glossed after the items are no items
        sizes = GLOSS_AFTER_ITEMS.search(group)
        if sizes and all(any(c.isdigit() for c in part) for part in sizes["gloss"].split(",")):
            group = group[: sizes.start()].strip()
    topic = _LISTED_AS_TOPIC.match(text, quantity.end) if KIND_COUNT.match(text, quantity.start) else None
    if not group and topic and not _said_before(text, quantity, COUNT_QUALIFIERS) and "각각" not in topic["listed"]:
        # ``4가지 조건에는 A, B, C, D가 있다``: the kinds the sentence goes on to name, its verb off
        # (``최소 3개 디스크는 …`` bounds; ``3개에는 각각 …`` says what each holds)
        group = " ".join(_without_predicate(topic["listed"]).split())
    items = [without_glosses(item).strip() for item in _ITEM_SEPARATOR.split(group)]
    if "," not in group and len(items) < 3:
        items = [group]  # ``최소 2개: 고가용성 - 장애 격리``: a dash may join two words; it lists three
    # The first item may follow the clause's topic (``계층은 A, B, C의 3가지``); the others are names.
    counts = {len(before) if len(before) >= 2 and names_only(before[1:]) else 0}
    counts.add(len(items) if len(items) >= 2 and names_only(items) else 0)
    if _closes_its_list(text, quantity, clause):
        # Right after its last name, the count may count names set apart by slashes (``아시아 / 유럽/
        # 미주 3개로``) or the first two joined by a particle (``뮤텍스와 세마포어, 모니터 3가지``).
        pieces = ITEM_BREAK.split(clause)
        if len(pieces) >= 2 and names_only(pieces[1:]):
            joined = _joined_names(pieces[0])
            counts.add(len(pieces) - 1 + (len(joined) if len(joined) >= 2 and names_only(joined[1:]) else 1))
    if KIND_COUNT.match(text, quantity.start) and not _said_before(text, quantity, COUNT_QUALIFIERS):
        # ``4가지 캐시를 확인한다. A → B → C → D``; never a bound (``최대 3번까지 시도한다. 전송 → …``)
        counts.add(_chained_after(text[quantity.end :]))
    return quantity.low in counts - {0}


MAX_CHAINED_CHARS = 30
"""The longest item of a chain of arrows that a count before it counts off (``A 캐시 → B 캐시``)."""


def _chained_after(rest: str) -> int:
    """How many items the first chain of arrows after a count sets in a row (``4가지 캐시를 확인한다.
    브라우저 캐시 → OS 캐시 → 라우터 캐시 → ISP 캐시`` → 4), from the start of its sentence or after its
    colon; 0 when there is none, or an item is a clause.

    >>> _chained_after("가지 캐시를 확인한다. 브라우저 캐시 → OS 캐시 (systemcall) → 라우터 캐시 → ISP 캐시")
    4
    >>> _chained_after("단계로 처리한다"), _chained_after("분 뒤에 재시도 → 실패하면 알림을 보내고 큐에 다시 넣는다")
    (0, 0)
    """
    arrow = ANY_ARROW.search(rest)
    if arrow is None:
        return 0
    start = max(rest.rfind(mark, 0, arrow.start()) for mark in (". ", ": ", "：", "\n"))
    chain = rest[start + 1 :] if start >= 0 else ""
    items = [item.strip(" .:：") for item in ANY_ARROW.split(chain)]
    if len(items) < 2 or not all(0 < len(item) <= MAX_CHAINED_CHARS for item in items):
        return 0
    return len(items)


def _closes_its_list(text: str, quantity: Quantity, clause: str) -> bool:
    """Whether the count comes right after a bare name and counts no noun of its own: ``… 모니터
    3가지가 있다``, not ``… DynamoDB는 3개 AZ에`` (the count counts AZs, of the clause's topic).

    >>> from builder.analyse.quantities import find_quantities
    >>> def closes(t):
    ...     return _closes_its_list(t, find_quantities(t)[0], t[: t.index("3")])
    >>> closes("A, B, C 3가지가 있다"), closes("A, B, C는 3개 AZ에 둔다")
    (True, False)
    """
    words = clause.split()
    if not words or without_particle(words[-1], surely=True) != words[-1]:
        return False
    after = [m for m in morphemes(text[quantity.end :]) if m.pos not in ("SF", "SP", "SE")]
    return not after or not after[0].pos.startswith(("NN", "SL", "SH", "SN"))


def _joined_names(text: str) -> list[str]:
    """The text cut where a conjunctive particle or ``및`` joins two names (``대표적으로는 뮤텍스와
    세마포어`` → its topic and first name, and the second name).

    >>> _joined_names("대표적으로는 뮤텍스와 세마포어")
    ['대표적으로는 뮤텍스', '세마포어']
    """
    cuts = [(m.start, m.end) for m in morphemes(text) if m.pos == "JC" or (m.surface in CONNECTIVES and m.pos == "MAJ")]
    parts, at = [], 0
    for start, end in cuts:
        parts.append(text[at:start].strip())
        at = end
    return [*parts, text[at:].strip()]


_COUNTED_WORD = re.compile(r"(?:\s?의\s?|\s)(?P<word>[가-힣A-Za-z]+)")
"""The word a count counts, after ``의`` or a space (``4개의 계층은``, ``3개 모드``); a syllable glued
to the count is its particle (``3개가``), not a noun."""


def counted_in_view(text: str, quantity: Quantity, shown: str) -> bool:
    """Whether the card's context already writes the count: with the noun it counts (``4계층``
    over ``4개의 계층은 …``), or as the name of a thing (``3-Way Handshake`` over ``최소 3번의 교환``,
    bound or not).  The heading answers the blank.  Otherwise a count the line bounds (``최소 3개의
    영역``) is the line's own limit, and a digit of a name (``EC2``) counts nothing.

    >>> from builder.analyse.quantities import find_quantities
    >>> line = "4개의 계층은 서로 독립적으로 동작하며 최대 3개의 프록시를 둔다"
    >>> [q.text for q in find_quantities(line) if counted_in_view(line, q, "인터넷 모델 4계층 · 3프록시")]
    ['4개']
    >>> line = "연결에는 최소 3번의 교환이 필요하고 재전송은 최대 5번이다"
    >>> [q.text for q in find_quantities(line) if counted_in_view(line, q, "TCP · 3-Way Handshake")]
    ['3번']
    >>> [q.text for q in find_quantities("영역은 3개가 있고 2개의 인스턴스를 둔다")
    ...  if counted_in_view("영역은 3개가 있고 2개의 인스턴스를 둔다", q, "서비스 3가지 · EC2 인스턴스")]
    []
    """
    if quantity.kind != "count" or quantity.low != quantity.high or not quantity.low.is_integer():
        return False
    number = int(quantity.low)
    if re.search(rf"(?<![\w.,]){number}\s?-\s?[A-Za-z]", shown):
        return True  # ``3-Way Handshake``: the name says the count
    counted = _COUNTED_WORD.match(text, quantity.end)
    if counted is None:
        return False
    noun = without_particle(counted["word"])
    if stated_as_a_bound(text, quantity):
        return False  # ``최소 3개의 영역``: the line's own bound
    return re.search(rf"(?<![A-Za-z\d.,]){number}\s?{re.escape(noun)}", shown) is not None


def sample_numbers(code: Sequence[str]) -> frozenset[str]:
    """The numbers the code blocks of a topic set (commas dropped); a formula (``2^{16} = 65536``)
    sets none, it works a value out.

    >>> sorted(sample_numbers(["apiVersion: v1", "replicas: 3", "- port: 8,080  # 192.168.1.1", "2^{16} = 65536"]))
    ['3', '8080']
    """
    return frozenset(
        m["num"].replace(",", "") for block in code if not _FORMULA.search(block) for m in LONE_NUMBER.finditer(block)
    )


_FORMULA = re.compile(r"\^\s?[{(\d]|\\[a-z]+")
_SAMPLE_KINDS = frozenset({"network", "count", "money"})
"""What a sample sets: ports, how many replicas, a price.  A size, a time or a share the prose
gives (``MTU는 1500바이트``, ``유예 시간 30초``) is what the system does, whatever the sample shows."""


def told_from_a_sample(text: str, quantity: Quantity, sample: frozenset[str]) -> bool:
    """Whether a value is one the topic's code sets, told again in prose (``port: 80`` in the
    manifest above ``서비스가 80포트를 받아 파드의 9376 포트로 보낸다``): the sample's choice, not a
    limit.  A value the line states as a bound or a default (``최대 100개``, ``기본 3개``,
    ``10개까지``) stays one, and so does a size, a time or a share.

    >>> from builder.analyse.quantities import find_quantities
    >>> line = "서비스가 80포트를 받아 9376 포트로 보내며 3개의 복제본이 뜨고, 최대 100개, 기본 2개, 10개까지 둔다"
    >>> sample = frozenset({"80", "9376", "3", "100", "2", "10"})
    >>> [q.text for q in find_quantities(line) if told_from_a_sample(line, q, sample)]
    ['80', '9376', '3개']
    >>> told_from_a_sample("MTU는 1500바이트이다", find_quantities("MTU는 1500바이트이다")[0], frozenset({"1500"}))
    False
    """
    if quantity.kind not in _SAMPLE_KINDS:
        return False
    numbers = [n.replace(",", "") for n in re.findall(NUMBER_PATTERN, quantity.text)]
    if not numbers or not all(n in sample for n in numbers):
        return False
    if stated_as_a_bound(text, quantity):
        return False  # ``최대 100개``; ``기본 3개``: the default, wherever the sample shows it
    after = text[quantity.end :].lstrip()
    return not after.startswith(COUNT_QUALIFIERS_AFTER)  # ``10개까지``, ``2개 이하``


def stated_as_a_bound(text: str, quantity: Quantity) -> bool:
    """Whether a word of its clause before the value makes it a bound or a default (``최대 10개로
    설정``, ``기본값은 30초로 설정``, ``최소 3개의 영역``, ``기본 3개``): the line's own limit.

    >>> from builder.analyse.quantities import find_quantities
    >>> line = "복제본은 3개, 최대 10개, 기본값은 30초로 둔다"
    >>> [q.text for q in find_quantities(line) if stated_as_a_bound(line, q)]
    ['10개', '30초']
    """
    words = re.split(r"[.,;]\s", text[: quantity.start])[-1].casefold().split()
    if words and words[-1] in LABEL_FILLERS:
        return True  # ``최대 10개로``: the word right before it
    # ``기본값은 30초로``, ``최대 보존 기간 35일로``: a bound named as the clause's topic, or 최대/최소 anywhere
    return any((w.rstrip("은는") in LABEL_FILLERS and w != w.rstrip("은는")) or w in STANDING_BOUNDS for w in words)


def says_always(text: str, quantity: Quantity) -> bool:
    """Whether the value is part of a way to say "all the time" (:data:`ROUND_THE_CLOCK`: ``시스템은
    1년 365일 24시간 운용``): hidden, the card asks for an idiom's number.

    >>> from builder.analyse.quantities import find_quantities
    >>> line = "1년 365일 24시간 운용하고 로그는 30일 보관한다"
    >>> [q.text for q in find_quantities(line) if says_always(line, q)]
    ['1년', '365일', '24시간']
    """
    return any(m.start() <= quantity.start and quantity.end <= m.end() for m in ROUND_THE_CLOCK.finditer(text))


def bounds_something(text: str, quantity: Quantity) -> bool:
    """Whether the line states the value as a bound: a bound word before it (:func:`stated_as_a_bound`:
    ``최대 5TB``) or after it (:data:`~builder.analyse.shapes.BOUND_AFTER`: ``15분을 넘는``).  A
    question's premise that bounds something is still a limit to learn (``최대 5TB인 객체를 올리는
    방법``); one that only sets the scene is not (``90%의 읽기가 몰릴 때 … 방법``).

    >>> from builder.analyse.quantities import find_quantities
    >>> line = "실행 시간 15분을 넘는 작업, 최대 5TB인 객체, 요청의 90%가 몰릴 때"
    >>> [q.text for q in find_quantities(line) if bounds_something(line, q)]
    ['15분', '5TB']
    """
    return stated_as_a_bound(text, quantity) or BOUND_AFTER.match(text, quantity.end) is not None


def names_a_limit(text: str, quantity: Quantity) -> bool:
    """Whether a word of the value's sentence names it a limit (:data:`~builder.analyse.words.LIMIT_NOUNS`),
    before the value or after it, where :func:`bounds_something` reads only the words next to it.

    >>> from builder.analyse.quantities import find_quantities
    >>> line = "SQS 메시지 크기 제한은 256KB이다. 30일 최소 저장 기간 요금이 있다. 업로드 후 64일 경과"
    >>> [q.text for q in find_quantities(line) if names_a_limit(line, q)]
    ['256KB', '30일']
    """
    return any(word.startswith(LIMIT_NOUNS) for word in sentence_around(text, quantity).split())


def sets_up(text: str, quantity: Quantity, headings: Sequence[str] = (), *, row: bool = False) -> bool:
    """Whether a count, a bare number or an address is one value of a set-up the writer builds,
    which nothing on the card bounds: hidden, the card asks for the writer's choice, and any other
    number fits.  The headings and lines it is written under must say a thing is being built
    (:func:`builds_something`: ``## VPC 생성``, ``### Inbound Rules 수정``, ``#### 인스턴스 만들기``),
    the line must name no limit (:data:`~builder.analyse.words.LIMIT_WORDS`, ``리전당``), and it has
    one of three shapes:

    - a thing and how many of it, alone on the line (``Public Subnet : 2개``, ``Worker Node : 3대``),
      unless the name says a measure (``노드 수 : 3개``) or a heading above names a limit
      (``VPC 한도``); a bare number is not counted so (``HTTPS : 443``);
    - a row of settings in Latin letters and numbers only (``100 HTTP(80) 0.0.0.0/0``);
    - a bare number or port among settings written ``key: value`` (``replicas: 3, label: tier=backend``),
      never a table's row (``row``), whose cells are read ``header: value`` (``SSH — 포트: 22``).

    Graded blind over 112 real files, the 13 limit cards of these shapes were 12 bad and 1 weak.

    >>> from builder.analyse.quantities import find_quantities
    >>> def set_up(line, headings=("VPC 생성",), row=False):
    ...     return [q.text for q in find_quantities(line) if sets_up(line, q, headings, row=row)]
    >>> set_up("Public Subnet : 2개"), set_up("Public Subnet : 2개", ["VPC"]), set_up("OSI 계층 : 7개", ["OSI"])
    (['2개'], [], [])
    >>> set_up("VPC : 5개", ["VPC 한도", "VPC 생성"]), set_up("VPC : 리전당 5개"), set_up("노드 수 : 3개")
    ([], [], [])
    >>> set_up("Worker Node : 3대"), set_up("HTTPS : 443"), set_up("동시성 실행 : 1000")
    (['3대'], [], [])
    >>> set_up("300 SSH(22) 0.0.0.0/0"), set_up("replicas: 3, label: tier=backend")
    (['0.0.0.0/0'], ['3'])
    >>> set_up("SSH — 프로토콜: TCP · 포트: 22", row=True), set_up("RAM: 128MB, 타임아웃: 15분")
    ([], [])
    """
    if quantity.kind not in ("count", "network") or quantity.unit not in ("", "port", "/", *_COUNTERS):
        return False
    if not any(builds_something(heading) for heading in headings):
        return False
    if bounds_something(text, quantity) or says_a_limit(text):  # anywhere on the line (``names_a_limit`` too)
        return False
    if text[quantity.end :].lstrip().startswith(COUNT_QUALIFIERS_AFTER):
        return False
    name_and_count = _NAME_AND_VALUE.fullmatch(text)
    if name_and_count and name_and_count["value"] == quantity.text and quantity.unit in _COUNTERS:
        measured = any(m.surface.casefold() in MEASURE_NAMES for m in morphemes(name_and_count["name"]))
        return not measured and not any(says_a_limit(heading) for heading in headings)
    if not re.search("[가-힣]", text) and len(re.findall(NUMBER_PATTERN, text)) >= 2:
        return True
    return not row and quantity.unit in ("", "port") and len(_SETTING.findall(text)) >= 2


def givens_of_an_exercise(text: str, quantity: Quantity) -> bool:
    """Whether the value is a given of an exercise the line states: a label of
    :data:`~builder.analyse.words.TASK_LABELS`, perhaps numbered, then a colon (``문제: api-deploy를
    서비스 "api-svc"로 port 80에 노출``), and nothing bounding the value.  Any other number would fit
    the task; a value stated as a bound (``문제: 객체 하나는 최대 5TB까지 올릴 수 있다``, an O/X
    statement) is one to learn.

    >>> from builder.analyse.quantities import find_quantities
    >>> def givens(line):
    ...     return [q.text for q in find_quantities(line) if givens_of_an_exercise(line, q)]
    >>> givens('문제: api-deploy를 서비스 "api-svc"로 port 80에 노출'), givens("과제 2: 서브넷 4개 생성")
    (['80'], ['4개'])
    >>> givens("문제: busybox로 생성, requests(32Mi/50m), limits(64Mi/100m)")
    ['32Mi', '64Mi']
    >>> givens("문제: 객체 하나는 최대 5TB까지 올릴 수 있다"), givens("문제 해결: 타임아웃을 30초로 늘린다")
    ([], [])
    """
    return _EXERCISE.match(text) is not None and not bounds_something(text, quantity)


_EXERCISE = re.compile(rf"^\s*(?:{'|'.join(sorted(TASK_LABELS, key=len, reverse=True))})\s*\d*\s*[:：]")


def builds_something(heading: str) -> bool:
    """Whether a heading (or a line others are written under) says a thing is being built: its last
    word, or the last word of a part of it, is one of :data:`~builder.analyse.words.BUILDING_WORDS`
    (``VPC 생성``, ``ECS 설정 1 - 작업 정의``, ``Security group 생성 (강의에서는 Web-DMZ)``), past a
    number or an aside.

    >>> [builds_something(h) for h in ("## VPC 생성", "ECS 설정 1 - 작업 정의", "Rules 수정 (강의)", "VPC 구성 요소")]
    [True, True, True, False]
    """
    for part in re.split(r"\s[-–—·|]\s|[:：]", re.sub(r"\([^()]*\)", " ", heading)):
        words = [w for w in part.split() if re.search("[가-힣A-Za-z]", w)]
        if words and words[-1].strip(".") in BUILDING_WORDS:
            return True
    return False


def says_a_limit(text: str) -> bool:
    """Whether a word of the text names a limit (:data:`~builder.analyse.words.LIMIT_WORDS`: a Hangul
    word that starts with one, an English word that is one) or a value per something (``리전당``,
    ``per Region``).

    >>> [says_a_limit(t) for t in ("VPC 한도", "Lambda Limits", "리전당 5개", "VPCs per Region", "Default VPC")]
    [True, True, True, True, False]
    """
    for word in re.findall(r"[\w가-힣]+", text.casefold()):
        if word.startswith(LIMIT_NOUNS) or word in LIMIT_WORDS:
            return True
    return any(m.pos == "XSN" and m.surface == "당" for m in morphemes(text))


_COUNTERS = ("개", "대", "명")
"""Counters of things one sets up (``서브넷 2개``, ``인스턴스 4대``), as the analyser normalises them."""
_NAME_AND_VALUE = re.compile(r"\s*(?P<name>[^:：]{1,40}?)\s*[:：]\s*(?P<value>\S.*?)\s*")
_SETTING = re.compile(r"(?:^|[\s,·(])[^\s:：,·()]+\s*[:：]\s*[^\s:：]")
"""A ``key: value`` setting (``replicas: 3``, ``학년: 4``)."""


def says_several(text: str, quantity: Quantity) -> bool:
    """Whether a count of none, one or two with ``이상`` after it is the language's plural (``2개
    이상의 디스크를 묶어``: several disks; ``1개 이상``: any; ``0개 이상``: optional), not a minimum the
    notes set; a minimum says so (:data:`STATED_MINIMUMS`: ``최소 2개 이상의 가용 영역``), or is what
    something needs (``노드 2개 이상이 필요``).  Hidden, the card asks "one or two?".

    >>> from builder.analyse.quantities import find_quantities
    >>> line = "2개 이상의 디스크를 묶는다. 최소 2개 이상의 가용 영역에 둔다. 노드 2개 이상이 필요하다"
    >>> [q.start for q in find_quantities(line) if says_several(line, q)]
    [0]
    >>> line = "사이트맵: 선택사항, 파일당 0개 이상"
    >>> [q.text for q in find_quantities(line) if says_several(line, q)]
    ['0개']
    """
    if quantity.kind != "count" or quantity.low != quantity.high or quantity.low not in (0, 1, 2):
        return False
    at_least = _AT_LEAST.match(text, quantity.end)
    if not at_least:
        return False
    if _needed(text[quantity.end :]):
        return False  # ``EC2 인스턴스 2개 이상이 필요``, ``…디스크가 있어야 한다``: what something needs
    return not _said_before(text, quantity, STATED_MINIMUMS)


def points_to_its_kinds(text: str, quantity: Quantity) -> bool:
    """Whether a count of kinds (:data:`~builder.analyse.shapes.KIND_COUNT`) points at items written
    elsewhere (:data:`POINTING_DETERMINERS`: ``이 3가지 모두``, ``아래 3가지 요소에 영향을 미친다``) or
    is the author's rough tally (:data:`ESTIMATE_WORDS`: ``대표적인 방법 3가지 정도가 있다``): hidden,
    it asks how many items one author wrote down, which nothing on the card teaches.  A count that
    states the subject's own number of kinds keeps its card (``로그 레벨은 5가지``).

    >>> from builder.analyse.quantities import find_quantities
    >>> lines = ("이 3가지 모두 DFS이다", "아래 3가지 요소에 영향을 준다", "방법은 5가지 정도가 있다")
    >>> lines += ("로그 레벨은 5가지", "위와 같은 7가지 과정을 거친다")
    >>> [points_to_its_kinds(line, find_quantities(line)[0]) for line in lines]
    [True, True, True, False, True]

    Any count the lines below or above are counted by, said so, points at them (``다음 4개의 규칙을
    추가합니다``, ``아래 8개 항목 중``); ``이 3개`` may count the subject's own.

    >>> lines = ("다음 4개의 규칙을 추가합니다", "아래 8개 항목 중 2개를 바꾼다", "이 3개의 AZ에 복제된다")
    >>> [points_to_its_kinds(line, find_quantities(line)[0]) for line in lines]
    [True, True, False]

    After a noun, 위 and 아래 place (``버킷 아래 1,000개 객체``), and a count the line bounds is a
    limit (``다음 10개 메시지까지 한 번에 받는다``).

    >>> lines = ("버킷 아래 1,000개 객체를 나열한다", "다음 10개 메시지까지 한 번에 받는다")
    >>> [points_to_its_kinds(line, find_quantities(line)[0]) for line in lines]
    [False, False]
    """
    if quantity.kind != "count" or quantity.low != quantity.high:
        return False
    counted = KIND_COUNT.match(text, quantity.start)
    window = max(0, quantity.start - _POINTER_REACH)
    pointed = _POINTED.search(text[window : quantity.start])
    pointer = pointed["word"] if pointed else ""
    if pointer in POSITIONAL_NOUNS and pointed is not None and _after_a_noun(text[: window + pointed.start("word")]):
        return False  # ``버킷 아래 1,000개``: a place, not the lines below
    if counted is None:
        bound = bounds_something(text, quantity) or _BOUND_PAST_ITS_NOUN.match(text, quantity.end) is not None
        return pointer in DEICTIC_NOUNS and not bound
    return pointer in POINTING_DETERMINERS or text[counted.end() :].lstrip().startswith(ESTIMATE_WORDS)


_BOUND_PAST_ITS_NOUN = re.compile(rf"\s?(?:의\s?)?[가-힣A-Za-z]+?(?:{'|'.join(BOUND_WORDS)})")
"""A count bounded past the noun it counts (:data:`~builder.analyse.words.BOUND_WORDS`): ``10개 메시지까지``."""


def _after_a_noun(before: str) -> bool:
    """Whether the text before a pointing word ends in a noun, which the word then places."""
    words = before.split()
    pieces = morphemes(words[-1]) if words else []
    # ``보통 아래 3가지``: an adverbial noun before it says how often, and the word still points
    return bool(pieces) and pieces[-1].pos in ("NNG", "NNP", "SL", "SH") and words[-1] not in ADVERBIAL_NOUNS


_POINTER_REACH = 10
"""Characters before a count in which its pointing word is read (``아래의 3가지``, ``위와 같은
7가지``); a window, so a long line is not split again for each of its values."""
_POINTED = re.compile(r"(?:^|\s)(?P<word>[가-힣]+?)(?:의|[와과]\s?같은)?\s*$")
"""The word that points, with its ``의`` or ``와 같은`` taken off (``아래의``, ``다음과 같은``)."""


def mentions_a_share(text: str) -> bool:
    """Whether the text names a market's or a survey's share (:data:`SHARE_NOUNS`), the first test
    of :func:`counts_a_share`, cheap enough to run on every line."""
    return any(noun in text for noun in SHARE_NOUNS)


def counts_a_share(text: str, quantity: Quantity) -> bool:
    """Whether a percentage is a market's or a survey's share: its sentence names one
    (:data:`SHARE_NOUNS`: ``2021년 기준 9%의 시장점유율``, ``응답자의 58%가 …``) and sets no bound
    with it.  Hidden, it asks a statistic of one year, no value of the subject.  A percentage of
    anything else is the subject's own value, whatever its grammar (``99.9%는 한 달에 약 43분의
    중단``, ``전체 트래픽의 10%는 새 버전으로``, ``CPU 점유율이 90%를 넘으면``).

    >>> from builder.analyse.quantities import find_quantities
    >>> lines = ("2021년 기준 9%의 시장점유율을 보유하며, 매출은 46% 늘었다", "설문 응답자의 58%가 사용 중")
    >>> lines += ("99.9%는 한 달에 약 43분의 중단", "CPU 점유율이 90%를 넘으면 늘린다")
    >>> lines += ("시장점유율 1위인 AWS는 최대 99.99% SLA를 준다",)
    >>> [counts_a_share(line, find_quantities(line)[-1]) for line in lines]
    [True, True, False, False, False]
    """
    if quantity.kind != "percent" or not mentions_a_share(text):
        return False
    if stated_as_a_bound(text, quantity):
        return False  # ``최대 99.99% SLA``: a bound the line sets beside a market's figure
    return any(noun in sentence_around(text, quantity) for noun in SHARE_NOUNS)


def sentence_around(text: str, quantity: Quantity) -> str:
    """The sentence of the line that holds the value."""
    return next((text[start:end] for start, end in sentence_bounds(text) if start <= quantity.start < end), text)


def counts_one_as_a_word(text: str, quantity: Quantity) -> bool:
    """Whether a count of one or two that nothing qualifies is the language's way to say "a" or
    "two" (``1대의 클라이언트``, ``1번의 기회를 더 준다``, ``2개의 릴레이션을 결합``), not a limit the
    notes set; a limit says so (:data:`COUNT_QUALIFIERS`: ``최소 2개``, ``정확히 1회``, ``1개만``,
    ``1개의 AZ에만``).  Hidden, the card asks "one or two?".  A count with ``이상`` after it is
    judged by :func:`says_several`.

    >>> from builder.analyse.quantities import find_quantities
    >>> line = "서버는 1대의 클라이언트와 통신한다. 최소 2개의 AZ, 정확히 1회 처리, 서브넷은 1개의 AZ에만, 3개의 복제본"
    >>> [q.start for q in find_quantities(line) if counts_one_as_a_word(line, q)]
    [4]
    >>> line = "조인은 2개의 릴레이션을 합친다. 분기 1회 접근, 비용은 2배, 2개의 VM이 필요하다"
    >>> [q.text for q in find_quantities(line) if counts_one_as_a_word(line, q)]
    ['2개']
    """
    if quantity.kind != "count" or quantity.low != quantity.high or quantity.low not in (1, 2):
        return False
    if not quantity.unit or quantity.unit in _MULTIPLIERS:
        return False  # ``SetGID 숫자 값: 2``, ``비용이 2배``: a value, a ratio
    after = text[quantity.end :]
    if _AT_LEAST.match(after) or after.lstrip().startswith(COUNT_QUALIFIERS_AFTER):
        return False
    if after.startswith(COUNT_PREDICATES) or not after.strip(" .。)）"):
        return False  # ``기본키는 1개이다``, ``디스크 1개가 고장나도``, ``최소 디스크: 2개``: the count is the fact
    if _needed(after):
        return False  # ``2개의 VM과 2개의 가용성 영역이 필요하다``: what something needs
    counted = after[1:].split()[:_MAX_COUNTED_WORDS] if after.startswith("의") else []
    if counted and counted[0].startswith(COUNT_QUALIFIERS_AFTER):
        return False  # ``2개의 동시 장애``
    if any(_QUALIFIED_NOUN.search(word.rstrip(".,;:)")) for word in counted):
        return False  # ``1개의 가용 영역에만``: the noun it counts, qualified
    return not _said_before(text, quantity, COUNT_QUALIFIERS)


_QUALIFIED_NOUN = re.compile(rf"\w(?:에|에서|이|가|을|를|은|는)?(?:{'|'.join(COUNT_QUALIFIERS_AFTER)})$")
"""A word of the noun a count is of that ends in a qualifier (``영역에만``)."""
_MAX_COUNTED_WORDS = 3
_MULTIPLIERS = frozenset({"배"})


def _needed(after: str) -> bool:
    """Whether the sentence after a count says something needs it (:data:`REQUIREMENT_WORDS`)."""
    return any(word in SENTENCE_CLOSE.split(after)[0] for word in REQUIREMENT_WORDS)


def _said_before(text: str, quantity: Quantity, words: Sequence[str]) -> bool:
    """Whether one of ``words`` stands right before the quantity (``최소 2개``, ``AZ마다 2개``)."""
    return text[max(0, quantity.start - _MINIMUM_LOOK_BACK) : quantity.start].rstrip().endswith(tuple(words))


_AT_LEAST = re.compile(r"\s?이상")
_MINIMUM_LOOK_BACK = 8


def titles_its_lines(text: str, quantity: Quantity, lines_under: Sequence[str]) -> bool:
    """Whether a count is the title of the list under its line: a line that only names the list
    and counts it (``4개 레벨``, ``장점 3가지``, ``디자인 싱킹 프로세스(5단계)``), with at least that
    items under it (short names, or ``이름 : 설명``; ``가용 영역 3개`` over three sentences is a
    value).  Hidden, it asks a riddle of a fragment; the list says it, item by item.

    >>> from builder.analyse.quantities import find_quantities
    >>> items = ["동기", "비동기", "반동기"]
    >>> [q.text for q in find_quantities("복제 방식 3가지") if titles_its_lines("복제 방식 3가지", q, items)]
    ['3가지']
    >>> line = "복제본은 최대 3개"
    >>> [q.text for q in find_quantities(line) if titles_its_lines(line, q, items)]
    []
    """
    if quantity.kind != "count" or quantity.low != quantity.high:
        return False
    if not 2 <= quantity.low <= min(len(lines_under), _MAX_LISTED):
        return False
    items = sum(1 for line in lines_under if names_only([line]) or NAME_DESCRIPTION.match(line))
    if items < quantity.low:
        return False  # ``가용 영역 3개`` over three sentences: what the value is like, no items it counts
    rest = text[: quantity.start] + " " + text[quantity.end :]
    if len(rest.split()) > _MAX_ITEM_WORDS:
        return False
    return not any(m.pos[0] in "VEJ" and m.pos != "JKG" for m in morphemes(rest))


def names_only(items: Sequence[str]) -> bool:
    """Whether each item is a short name (``읽기``, ``순서 번호``), no clause that goes on or ends
    (``읽기는 빠르고``, ``쓰기는 느리며``)."""
    return all(
        0 < len(item.split()) <= _MAX_ITEM_WORDS and not any(m.last_pos in ("EC", "EF") for m in morphemes(item))
        for item in items
    )


_MAX_ITEM_WORDS = 4

_ITEM_SEPARATOR = re.compile(r" ?[,，] ?| [-–→] | ?-> ?")
"""Between the items of a list written on one line, its spaces made single first."""


_MAX_LISTED = 12
_CLAUSE_START = re.compile(rf"[:：;]|{SENTENCE_CLOSE.pattern}")
_LISTED_AFTER = re.compile(
    r"(?:의)?\s?(?:[가-힣A-Za-z][가-힣A-Za-z-]*+(?:\s[가-힣A-Za-z][가-힣A-Za-z-]*+)?)?"
    r"\s?(?:[(（](?P<bracketed>[^()（）]+)[)）]|[:：]\s?(?P<colon>[^.;:：]+))"
)
"""The items a count names right after it, in brackets or after a colon, a noun or two between
(``3가지 상태 (정상, 경보, 부족)``, ``3개의 Access tier (Hot, Cool, Archive)``); a word never gives
back its letters (``*+``), so a long run of them is read once."""
_LISTED_AS_TOPIC = re.compile(r"(?:\s?[가-힣A-Za-z]+?)?(?:에는|으로는|로는|은|는)\s(?P<listed>[^.;:：]+)")
"""The items a sentence names after its count and the noun it counts, made its topic
(``4가지 조건에는 A, B, C가 있다``, ``3가지는 A, B, C이다``)."""


def _without_predicate(listed: str) -> str:
    """The items a sentence names without the verb that ends it and the particle before it
    (``A, B, C가 있습니다`` → ``A, B, C``).

    >>> _without_predicate("상호배제, 비선점, 원형 대기가 있습니다"), _without_predicate("읽기, 쓰기이다")
    ('상호배제, 비선점, 원형 대기', '읽기, 쓰기')
    >>> _without_predicate("탐지, 차단이 존재한다")
    '탐지, 차단'
    """
    words = listed.split()
    last = morphemes(words[-1]) if words else ()
    if len(words) > 1 and (
        not any(m.pos.startswith(("NN", "SL", "SH", "ETN")) for m in last) or any(m.pos == "XSV" for m in last)
    ):
        words = words[:-1]  # ``있습니다``, ``존재한다``: a verb of its own
    if words:
        pieces = morphemes(words[-1])
        # ``쓰기이다``: the copula; ``대기가``: the subject's particle
        ends = [m.start for m in pieces if m.pos in ("VCP", "EF") or m.pos.startswith(("JKS", "JX"))]
        words[-1] = words[-1][: min(ends)] if ends and min(ends) > 0 else words[-1]
    return " ".join(words)
