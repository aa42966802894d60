"""Quantities: every number or range with a unit, as the author wrote it.

``128MB ~ 10GB``, ``15분``, ``4KB``, ``1,000개``, ``24시간``, ``99.999999999%``, ``1~5분``,
``3,000 IOPS``, ``$0.023``, ``/28``.  Not list numbers, version numbers, model names
(``m5.2xlarge``, ``S3``) or years in dates: a number must not be glued to a letter before it,
and a Hangul unit must not be the first syllable of an ordinary word (``분석``, ``배포``).
"""

from __future__ import annotations

import math
import re
from bisect import bisect_left
from collections.abc import Mapping
from dataclasses import replace
from types import MappingProxyType

from builder.analyse.morph import morphemes
from builder.analyse.shapes import EXAM_SITTING, URL
from builder.analyse.words import (
    ADNOMINAL_HEADS,
    HEAD_PARTICLES,
    LABEL_FILLERS,
    NOUN_SUFFIXES,
    ORDINAL_PREFIX,
    VERSION_WORDS,
)
from builder.model import Quantity, QuantityKind

NUMBER_PATTERN = r"\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?"
"""A number as notes write it: ``1,000``, ``3.5``, ``128``."""
_VALUE = rf"(?:{NUMBER_PATTERN})(?:\s?[천만억조])?"

# unit → kind; longer spellings first where one is a prefix of another.
_UNITS: Mapping[str, QuantityKind] = MappingProxyType(
    {
        **{
            u: "rate"
            for u in (
                "Gbps",
                "Mbps",
                "Kbps",
                "bps",
                "GB/s",
                "MB/s",
                "KB/s",
                "IOPS",
                "RPS",
                "TPS",
                "QPS",
                "req/s",
                "requests/s",
                "회/초",
                "건/초",
                "개/초",
            )
        },
        **{
            u: "size"
            for u in (
                "KiB",
                "MiB",
                "GiB",
                "TiB",
                "PiB",
                "Ki",
                "Mi",
                "Gi",
                "Ti",
                "KB",
                "MB",
                "GB",
                "TB",
                "PB",
                "EB",
                "bytes",
                "byte",
                "바이트",
                "킬로바이트",
                "메가바이트",
                "기가바이트",
                "테라바이트",
                "B",
            )
        },
        **{
            u: "duration"
            for u in (
                "밀리초",
                "마이크로초",
                "나노초",
                "ms",
                "μs",
                "us",
                "ns",
                "시간",
                "개월",
                "주일",
                "초",
                "분",
                "일",
                "주",
                "달",
                "년",
                "seconds",
                "second",
                "secs",
                "sec",
                "minutes",
                "minute",
                "mins",
                "min",
                "hours",
                "hour",
                "hrs",
                "hr",
                "days",
                "day",
                "weeks",
                "week",
                "months",
                "month",
                "years",
                "year",
                "s",
                "h",
            )
        },
        **{u: "size" for u in ("비트", "bits", "bit", "nm", "mm", "cm", "km")},
        **{
            u: "count"
            for u in (
                "단계",
                "가지",
                "개",
                "건",
                "회",
                "번",
                "명",
                "대",
                "자",
                "배",
                "vCPU",
                "코어",
                "cores",
                "core",
                "items",
                "times",
                "calls",
                "call(s)",
                "call",
                "requests",
                "instances",
                "connections",
                "partitions",
                "shards",
            )
        },
        **{u: "percent" for u in ("%", "퍼센트")},
        **{u: "money" for u in ("달러", "원", "USD", "KRW")},
    }
)

# A Hangul unit followed by one of these syllables is the start of a word, not a unit.
_NOT_AFTER: Mapping[str, str] = MappingProxyType(
    {
        "분": "기석류산야리할배포해자",
        "초": "기과래안점반",
        "일": "반부단정치관종괄련원상시차",
        "대": "용상비략기신응규표역체시형화",
        "번": "째호역",
        "회": "사의원전계복로귀",
        "장": "점애치비기소단",
        "자": "동원격체료바세신주",
        "개": "발념선요인별체방",
        "건": "물설강",
        "명": "령확시칭",
        "주": "소요기로의제문요",
        "달": "러성",
        "배": "포치열경",
        "원": "인래본격리",
    }
)

# Byte and bit-rate units written in any case (``100mb``, ``5gb``, ``1gbps``): the case of
# these carries no meaning in notes.  ``B``/``b`` and the Kubernetes ``Mi``/``Gi`` keep theirs.
_ANY_CASE = frozenset(
    {"KiB", "MiB", "GiB", "TiB", "PiB", "KB", "MB", "GB", "TB", "PB", "EB", "Gbps", "Mbps", "Kbps", "IOPS"}
)
_BY_FOLDED = {u.casefold(): u for u in _ANY_CASE}
_UNIT_RE = "|".join(
    f"(?i:{re.escape(u)})" if u in _ANY_CASE else re.escape(u) for u in sorted(_UNITS, key=len, reverse=True)
)
_SINGLE = re.compile(rf"(?<![A-Za-z0-9_.@/\-])(?P<num>{_VALUE})(?P<space>\s?)(?P<unit>{_UNIT_RE})")
_DOLLAR = re.compile(rf"(?<![A-Za-z0-9_.])\$\s?(?P<num>{NUMBER_PATTERN})(?:\s?[천만억조KMB])?")
_CIDR = re.compile(r"(?<![A-Za-z0-9_.])(?:\d{1,3}(?:\.\d{1,3}){3}|(?<![0-9A-Fa-f:]:))/(?P<num>\d{1,2})(?![\d.])")
"""A prefix length, bare (``/16``) or after its IPv4 address; never cut off an IPv6 prefix (``::/0``)."""
_RANGE_BEFORE = re.compile(rf"(?P<num>{_VALUE})(?:\s?(?P<unit>{_UNIT_RE}))?\s*(?:~|〜|–|—|-|to)\s*$")
_RATE_PREFIX = re.compile(r"(?<![가-힣])(?:초|분|시간|일)당\s?$")
"""``초당``, ``일당`` before a value: a rate; not the end of another word (``파일당 0개``)."""
_PER_BEFORE = re.compile(r"(?:초|분|시간|일|요청|건)?당\s*(?:최대|최소|약)?\s*$")
"""A rate written apart from its value (``초당 최대 250MB``, ``요청당 약 4KB``), which
:data:`_RATE_PREFIX` leaves a size: the value is still counted per something."""


def counted_per_something(text: str, quantity: Quantity) -> bool:
    """Whether the value is counted per something, a rate whatever its own unit: ``1,000 MiB/s``,
    ``초당 최대 250MB``.

    >>> [counted_per_something(t, find_quantities(t)[0]) for t in ("1000 MiB/s", "초당 최대 250MB", "최대 250MB")]
    [True, True, False]
    """
    return text[quantity.end :].lstrip().startswith("/") or _PER_BEFORE.search(text[: quantity.start]) is not None


_PORT = re.compile(
    r"(?i)(?:(?<![\w.])(?P<before>\d{2,5})\s?번?\s?(?:포트|port)(?![a-z]))"
    r"|(?:(?:포트|port)(?:\s?번호)?\s?[:：]?\s?(?P<after>\d{2,5})(?![\d:]|[.,]\d))"
)
"""``etcd 포트 2379``, ``443 포트``, ``port: 8080``: a port number is worth a card like a limit."""
_BARE_COUNT = re.compile(rf"(?<=[^\W\d_])\s*[:：=]\s*(?P<num>{NUMBER_PATTERN})(?![,.]?\d)(?=\s*(?:$|[,;)(]|\.(?!\d)))")
"""``동시성 실행 : 1000``, ``max_connections = 100``: a number with no unit, given as the value of a
named setting or limit (the name ends in a letter: ``1:1`` and ``10:30`` are no such values)."""
_IMAGE_TAG = re.compile(
    r"(?:(?:\bpull|\bFROM|\bimage:|\bdocker\s+(?:rmi|image\s+rm)(?:\s+-\S+)*|이미지\S*)\s+[\w./-]*"
    r"|(?<![\w/.:-])[a-z][\w.-]*/[\w./-]*)"
    r"[a-z][\w.-]*:\d+(?:\.\d+)*$",
    re.IGNORECASE,
)
"""An image's tag (``docker pull ubuntu:14.04``, ``docker rmi ubuntu:20.04``, ``FROM node:18``,
``image: redis:7``, a registry's ``docker.io/library/ubuntu:14.04``): a release it names.  A setting
written ``key:value`` (``cpu:0.5``, ``SSH:22``) is a value.

>>> [bool(_IMAGE_TAG.search(t)) for t in ("docker pull ubuntu:14.04", "FROM node:18", "docker.io/library/ubuntu:14.04")]
[True, True, True]
>>> bool(_IMAGE_TAG.search("docker rmi -f ubuntu:20.04")), bool(_IMAGE_TAG.search("docker run --restart on-failure:5"))
(True, False)
>>> [bool(_IMAGE_TAG.search(t)) for t in ("cpu:0.5", "SSH:22", "python 버전:3.11")]
[False, False, False]
"""
_YEAR = re.compile(r"^\d{3,4}$")
_UNIT_AFTER = re.compile(r"\s?(?i:[KMGTP]i?B)\b")
_COPULA_CLAUSE = re.compile(
    r"\s(?:" + "|".join(ADNOMINAL_HEADS) + r")(?:(?![가-힣])|(?=(?:" + "|".join(HEAD_PARTICLES) + r")(?![가-힣])))"
    r"|때(?![가-힣]|(?:" + "|".join(HEAD_PARTICLES) + r")(?![가-힣]))"
)
"""``1500일 때``, ``1일 경우에는``, ``0일 수도``: the copula's ``일`` before a noun its clause leans on,
the noun with its particle; written glued, only ``1500일때`` is sure (``30일뿐`` says "only 30 days")."""
_MONTH_BEFORE = re.compile(r"\d{1,2}\s?월\s?(?:\d{1,2}\s?일?\s?[~\-–]\s?)?$")
"""A month before a day (``10월 5일``), or before the first day of a range (``8월 9일~13일``).

>>> [q.text for q in find_quantities("접수 기간: 8월 9일~13일, 보관 기간 7일~30일")]
['7일~30일']
"""
_SPAN_AFTER_YEAR = re.compile(r"\s?(?:간|동안|마다|이상|이내|후|뒤|치)")
_RATIO_AFTER = re.compile(r"\s?(?:\d|[A-Za-z](?![A-Za-z]))")
_COMPOUND_UNIT = re.compile(r"-(?:[a-z]+(?!\w)|초|분|시간|월)")
"""The rest of a compound unit (``GB-seconds``, ``GB-month``, ``GB-초``)."""
"""After ``1대``: ``1``, ``N``, ``다``… make it the first half of a ratio (``1대1``, ``1대 N``)."""
_MULTIPLIER = {"천": 1e3, "만": 1e4, "억": 1e8, "조": 1e12}
_LOOK_BACK = 200
"""Characters before a quantity searched for what precedes it (a range's lower end, ``초당``, a
month): searching from the start of the text made a line with thousands of quantities quadratic."""


def find_quantities(text: str) -> tuple[Quantity, ...]:
    """Every quantity in ``text``, in order, non-overlapping."""
    found: list[Quantity] = []
    for match in _SINGLE.finditer(text):
        quantity = _single(text, match)
        if quantity is not None:
            found.append(quantity)
    for match in _DOLLAR.finditer(text):
        found.append(_make(text, match.start(), match.end(), "money", "$", number_value(match["num"])))
    for match in _PORT.finditer(text):
        number = match["before"] or match["after"]
        start = match.start("before") if match["before"] else match.start("after")
        found.append(_make(text, start, start + len(number), "network", "port", float(number)))
    for match in _BARE_COUNT.finditer(text):
        if text[: match.start()].split()[-1:] and text[: match.start()].split()[-1].casefold() in VERSION_WORDS:
            continue  # ``버전: 3.11`` names a release, it limits nothing
        if _IMAGE_TAG.search(text[: match.end()]):
            continue  # ``docker pull ubuntu:14.04``: the image's tag, a release it names
        found.append(_make(text, match.start("num"), match.end("num"), "count", "", number_value(match["num"])))
    for match in _CIDR.finditer(text):
        # ``n(n-1)/2개``: a slash after a closing bracket divides, it starts no prefix length
        if match.start() == 0 or not (text[match.start() - 1].isalnum() or text[match.start() - 1] in ")]）"):
            found.append(_make(text, match.start(), match.end(), "network", "/", float(match["num"])))
    found.sort(key=lambda q: (q.start, -q.end))
    kept: list[Quantity] = []
    for quantity in found:
        if kept and quantity.start < kept[-1].end:
            continue
        kept.append(_widen_range(text, quantity, kept))
    kept = [_with_its_base(text, q) for q in kept if not _an_exponent_alone(text, q) and not _a_power_less(text, q)]
    kept = [
        q
        for q in kept
        if not _repeated_in_a_range(q, kept)
        and not _numbers_an_item(text, q)
        and not _ordinal(text, q)
        and not _numbers_a_thing(text, q)
        and not _in_an_address(text, q)
        and not _in_an_exam_sitting(text, q)
    ]
    labelled: list[Quantity] = []
    for quantity in kept:
        previous = labelled[-1].label if labelled else ""
        labelled.append(_with_label(text, quantity, kept, previous))
    return tuple(labelled)


_POWER_BASE = re.compile(r"(?<![\w.])(?P<base>\d{1,6})\s*\^\s*$")
"""The base of a power written with a caret, right before its exponent (``2^`` of ``2^32개``)."""


def _with_its_base(text: str, quantity: Quantity) -> Quantity:
    """A number that is the exponent of a power of a plain number holds the base too: ``2^32개``
    is one value, 2 to the 32nd (hiding ``32개`` alone would cut the power in two).

    >>> [(q.text, q.low) for q in find_quantities("공인 IP 하나당 2^16개의 포트를 나눠 쓴다")]
    [('2^16개', 65536.0)]
    """
    base = _POWER_BASE.search(text, max(0, quantity.start - _LOOK_BACK), quantity.start)
    if base is None or quantity.low != quantity.high:
        return quantity
    try:
        value = float(base["base"]) ** quantity.low
    except OverflowError:
        value = math.inf  # ``2^1024개``: more than a float holds; the text is what a card shows
    start = base.start("base")
    return replace(quantity, text=text[start : quantity.end], start=start, low=value, high=value)


def _an_exponent_alone(text: str, quantity: Quantity) -> bool:
    """Whether the number is the exponent of a power whose base is no plain number (``x^2``,
    ``10.5^3``): no value of its own.

    >>> [q.text for q in find_quantities("넓이는 x^2 미터, 최대 5개")]
    ['5개']
    """
    return text[: quantity.start].rstrip().endswith("^") and not _POWER_BASE.search(
        text, max(0, quantity.start - _LOOK_BACK), quantity.start
    )


def _a_power_less(text: str, quantity: Quantity) -> bool:
    """Whether what reads as a range is an exponent and a number taken off the power (``2^24 - 2가지``
    hosts): one formula, no range and no value a blank could hide in part.

    >>> [q.text for q in find_quantities("호스트 수 (2^24 - 2가지), 최대 5개")]
    ['5개']
    """
    return quantity.low != quantity.high and text[: quantity.start].rstrip().endswith("^")


def _in_an_address(text: str, quantity: Quantity) -> bool:
    """Whether the number is part of a web address written out (``…/view.do?id=1045594``): an
    identifier of a page, no value of the notes.

    >>> [q.text for q in find_quantities("강의 영상 https://example.org/view?lectureId=20931, 최대 5개")]
    ['5개']
    """
    return any(m.start() <= quantity.start and quantity.end <= m.end() for m in URL.finditer(text))


def _in_an_exam_sitting(text: str, quantity: Quantity) -> bool:
    """Whether the number is the year or the round of an exam sitting (``(20년 1회)``): it says
    where a question was set, no value of the notes.

    >>> [q.text for q in find_quantities("XML은 SGML을 개선한 언어 (20년 1회), 최대 5개")]
    ['5개']
    """
    return any(m.start() <= quantity.start and quantity.end <= m.end() for m in EXAM_SITTING.finditer(text))


def _ordinal(text: str, quantity: Quantity) -> bool:
    """Whether the number is an ordinal, written after :data:`ORDINAL_PREFIX` as a word of its own.

    >>> [q.text for q in find_quantities("제3자 인증기관은 2개 이상의 서명을 확인한다")]
    ['2개']
    """
    before = text[: quantity.start].rstrip()
    return before.endswith(ORDINAL_PREFIX) and (len(before) == 1 or not before[-2].isalnum())


def _numbers_a_thing(text: str, quantity: Quantity) -> bool:
    """Whether ``N번`` names one of the things an example numbers in turn (``1번 자원과 2번 자원을
    가진 채 3번 자원을 요청``, ``0번 패킷의 ACK … 1번 패킷``): small numbers, one after the other,
    before the same noun name the things and count nothing.  Counts of one action (``3번
    주고받는다 … 4번 주고받는다``: a verb), ports (``80번 포트 … 443번 포트``), tries (``3번 시도 …
    5번 시도``) and numbers written with a thousands separator (``3,500번 요청``) are values.

    >>> [q.text for q in find_quantities("1번 자원과 2번 자원을 가진 채로 최대 3번 재시도한다")]
    ['3번']
    >>> [q.text for q in find_quantities("0번 패킷의 ACK를 받고 1번 패킷을 기다린다")]
    []
    >>> [q.text for q in find_quantities("HTTP는 80번 포트, HTTPS는 443번 포트. 초당 3,500번 요청")]
    ['80번', '443번', '초당 3,500번']
    >>> [q.text for q in find_quantities("연결할 때 3번 주고받고, 끊을 때 4번 주고받는다")]
    ['3번', '4번']
    """
    if quantity.unit != "번" or quantity.low != quantity.high or quantity.low > _MAX_ORDINAL:
        return False
    noun = _noun_after(text, quantity.end)
    if noun is None:
        return False
    numbered = re.finditer(rf"(?<![\d.,])(?P<num>\d+)\s?번\s?{re.escape(noun)}", text)
    return any(abs(number_value(m["num"]) - quantity.low) == 1 for m in numbered)


_MAX_ORDINAL = 9
"""The highest number an example gives its things in turn (``P0`` … ``P4``, ``1번`` … ``3번``)."""
_NOUN_REACH = 20
"""Characters after a number read for the noun it stands before."""


def _noun_after(text: str, offset: int) -> str | None:
    """The noun that starts right after ``offset`` (a space between), as the analyser reads it."""
    pieces = morphemes(text[offset : offset + _NOUN_REACH].lstrip())
    if not pieces or pieces[0].start != 0 or pieces[0].pos not in ("NNG", "NNP", "SL"):
        return None
    return pieces[0].surface


def _numbers_an_item(text: str, quantity: Quantity) -> bool:
    """A number closed by ``.`` or ``)`` that numbers an option or a step: ``2번.`` opening the
    line (an exam option), or ``1.`` after a label's colon with ``2.`` further on (``절차 : 1. 키
    생성, 2. 서명``).  ``제한 : 5. 넘으면 오류`` is a value that ends its sentence.

    >>> [q.text for q in find_quantities("2번. 조인은 2개 이상의 테이블을 묶는다")]
    ['2개']
    >>> [q.text for q in find_quantities("절차 : 1. 키 생성, 2. 서명")]
    []
    >>> [q.text for q in find_quantities("동시 요청 제한 : 5. 넘으면 오류")]
    ['5']
    """
    if not _ITEM_CLOSE.match(text, quantity.end) or quantity.low != quantity.high or quantity.low % 1:
        return False
    before = text[: quantity.start].strip()
    if not before:
        return quantity.unit == "번"
    following = re.compile(rf"(?<![\d.]){int(quantity.low) + 1}[.)]\s")
    return before.endswith((":", "：")) and following.search(text, quantity.end) is not None


_ITEM_CLOSE = re.compile(r"[.)]\s")


def _repeated_in_a_range(quantity: Quantity, others: list[Quantity]) -> bool:
    """``최대 64TB (4TB ~ 64TB)``: a value that is also an end of a range on the line is the range
    said twice; hidden alone, the range beside it would show it.

    >>> [q.text for q in find_quantities("최대 64TB 사용 (4TB ~ 64TB)")]
    ['4TB ~ 64TB']
    >>> [q.text for q in find_quantities("메모리 128MB ~ 10GB, 실행 시간 15분, 임시공간 최대 10GB")]
    ['128MB ~ 10GB', '15분', '10GB']
    """
    return quantity.low == quantity.high and any(
        other is not quantity
        and other.low != other.high
        and other.unit == quantity.unit
        and quantity.low in (other.low, other.high)
        and max(other.start - quantity.end, quantity.start - other.end) <= _RESTATED_WITHIN
        for other in others
    )


_FRACTION_AFTER = re.compile(r"의\s*\d")
"""What follows ``N분`` in a fraction (``2분의 1``: a half, ``3분의 2``): the 분 is no minute.

>>> [bool(_FRACTION_AFTER.match(t)) for t in ("의 1", "의1", "의 시간")]
[True, True, False]
"""

_RESTATED_WITHIN = 12
"""Characters between a value and a range that restates it (``64TB의 데이터 사용 ( 4TB ~ 64TB )``); a
value further away is another limit that happens to be equal (``128MB ~ 10GB, …, 임시공간 최대 10GB``)."""


def _single(text: str, match: re.Match[str]) -> Quantity | None:
    unit, end = match["unit"], match.end()
    if unit not in _UNITS:
        if not (unit.isupper() or unit.islower()):
            return None  # ``10Gb``, ``5Mb``: bits, not bytes; only one case throughout is read as bytes
        unit = _BY_FOLDED[unit.casefold()]
    after = text[end : end + 1]
    if unit.isascii() and (after.isascii() and (after.isalnum() or after == "_")):
        return None  # 2xlarge, 5GBs: part of a name
    if not unit.isascii() and len(unit) == 1 and after and after in _NOT_AFTER.get(unit, ""):
        return None
    if unit in ("번",) and text[end : end + 1] in ("째", "쨰"):
        return None
    if unit == "대" and _RATIO_AFTER.match(text, end):
        return None  # ``1대1``, ``1대N``: a ratio of connections, not a count of machines
    if not unit.isascii() and (_inside_a_word(text, end) or _suffixed(text, end)):
        return None  # ``3자리``, ``1회성``: the unit begins a longer noun, or a suffix makes one
    if unit == "년" and _YEAR.match(match["num"]) and not _SPAN_AFTER_YEAR.match(text, end):
        return None  # a year in a date (1392년 건국, 2024년 1월), not a span of years
    if unit == "분" and _FRACTION_AFTER.match(text, end):
        return None  # ``2분의 1``: a fraction (one half), not two minutes
    if unit == "일" and _COPULA_CLAUSE.match(text, end):
        return None  # ``MTU가 1500일 때``: the number and the copula, not 1500 days
    if unit == "일" and _MONTH_BEFORE.search(text, max(0, match.start() - _LOOK_BACK), match.start()):
        return None  # the day of a date: 10월 5일
    if unit in ("s", "h", "B") and match["space"]:
        return None  # "3 s" / "5 B" too ambiguous with a space
    if unit == "s" and _UNIT_AFTER.match(text, end):
        return None  # ``100s KB``: hundreds of kilobytes, not seconds
    value = number_value(match["num"])
    kind = _UNITS[unit]
    compound = _COMPOUND_UNIT.match(text, end)
    if compound:
        end = compound.end()  # ``400,000 GB-seconds``, ``GB-초``: one unit; the blank never cuts it
    start = match.start()
    prefix = _RATE_PREFIX.search(text, max(0, start - _LOOK_BACK), start)
    if prefix and prefix.end() == start:
        start, kind = prefix.start(), "rate"
    return _make(text, start, end, kind, unit, value)


def _suffixed(text: str, offset: int) -> bool:
    """Whether a noun-making suffix is glued at ``offset`` (``1회|성``, ``2차|원``)."""
    return any(m.start == offset and m.pos == "XSN" and m.surface in NOUN_SUFFIXES for m in morphemes(text))


def _inside_a_word(text: str, offset: int) -> bool:
    """Whether a morpheme of ``text`` runs across ``offset`` (``자|리`` of ``3자리``)."""
    return any(m.start < offset < m.end for m in morphemes(text))


def _widen_range(text: str, quantity: Quantity, kept: list[Quantity]) -> Quantity:
    """``128MB ~ 10GB`` and ``1~5분``: take in the lower end written before the upper one."""
    before = _RANGE_BEFORE.search(text, max(0, quantity.start - _LOOK_BACK), quantity.start)
    if before is None or before.end() != quantity.start:
        return quantity
    start = before.start()
    if start > 0 and (text[start - 1].isascii() and text[start - 1].isalnum()):
        return quantity
    if kept and kept[-1].end > start:
        if kept[-1].start != start:
            return quantity
        kept.pop()  # the lower end was found alone first: merge it into the range
    lower_unit = before["unit"] and _BY_FOLDED.get(before["unit"].casefold(), before["unit"])
    low = number_value(before["num"]) * _ratio(lower_unit, quantity.unit)
    return _make(text, start, quantity.end, quantity.kind, quantity.unit, low, quantity.high)


_SCALE = {
    **{
        u: 1024.0**n
        for n, units in enumerate(
            (
                ("B", "bytes", "byte", "바이트"),
                ("KB", "KiB", "Ki", "킬로바이트"),
                ("MB", "MiB", "Mi", "메가바이트"),
                ("GB", "GiB", "Gi", "기가바이트"),
                ("TB", "TiB", "Ti", "테라바이트"),
                ("PB", "PiB"),
            )
        )
        for u in units
    },
    **{
        u: f
        for f, units in (
            (0.001, ("ms", "밀리초")),
            (1.0, ("초", "s", "sec", "secs", "second", "seconds")),
            (60.0, ("분", "min", "mins", "minute", "minutes")),
            (3600.0, ("시간", "h", "hr", "hrs", "hour", "hours")),
            (86400.0, ("일", "day", "days")),
        )
        for u in units
    },
}


_AMOUNT_SCALE = {
    **_SCALE,
    **dict.fromkeys(("마이크로초", "us", "µs"), 1e-6),
    **dict.fromkeys(("나노초", "ns"), 1e-9),
    **dict.fromkeys(("비트", "bits", "bit"), 1 / 8),
}
"""Every unit of :data:`_SCALE`, the finer units of time and the bit (in bytes), to compare two
values' amounts (``6bit`` and ``6비트``, ``8비트`` and ``1바이트``)."""


def same_amount(first: Quantity, second: Quantity) -> bool:
    """Whether two single values in different units are the same amount (``100나노초`` and
    ``0.1마이크로초``, ``1,000 마이크로초`` and ``1 밀리초``): the second only restates the first.

    >>> same_amount(*find_quantities("1,000 마이크로초 혹은 1 밀리초")), same_amount(*find_quantities("8MB, 8TB"))
    (True, False)
    >>> same_amount(*find_quantities("최소 1바이트, 최소 1초"))
    False
    """
    if first.kind != second.kind or first.unit == second.unit or first.low != first.high or second.low != second.high:
        return False  # ``1바이트`` and ``1초`` are no restatement of each other
    scales = (_AMOUNT_SCALE.get(first.unit), _AMOUNT_SCALE.get(second.unit))
    if scales[0] is None or scales[1] is None or first.low == 0:
        return False
    return abs(first.low * scales[0] - second.low * scales[1]) <= 1e-6 * first.low * scales[0]


def _ratio(lower_unit: str | None, upper_unit: str) -> float:
    """Factor that expresses a value in ``lower_unit`` in ``upper_unit`` (1 when unknown)."""
    if not lower_unit or lower_unit not in _SCALE or upper_unit not in _SCALE:
        return 1.0
    return _SCALE[lower_unit] / _SCALE[upper_unit]


def _make(
    text: str, start: int, end: int, kind: QuantityKind, unit: str, low: float, high: float | None = None
) -> Quantity:
    return Quantity(text[start:end], start, end, kind, unit, low, low if high is None else high, "")


def number_value(raw: str) -> float:
    raw = raw.replace(" ", "")
    factor = _MULTIPLIER.get(raw[-1], 1.0)
    digits = raw.rstrip("천만억조").replace(",", "")
    return float(digits) * factor


# -- labels: what each quantity measures -----------------------------------------------
_CLAUSE_END = re.compile(r"[,;，。]|\.\s|[-=]>|→|(?<=[고며])\s")
_PARTICLE = re.compile(r"(?:은|는|이|가|의|을|를|에|도|로|으로|에서|까지|동안|마다)$")
_LABEL_WORDS = 5
_ALTERNATIVE = {"또는", "혹은", "및", "그리고", "or", "and", "~", "부터"}
_FILLER = LABEL_FILLERS
_LEADING = re.compile(
    r"^(?:까지|동안|마다|이내|이상|이하|미만|초과|이후|이전|후|전|뒤|의|이|가|은|는|을|를|에|로|으로|과|와)(?:\s+|$)"
)
_TOPIC_MARK = re.compile(r"(?<=\w\w)[은는](?=\s)")


def _with_label(text: str, quantity: Quantity, all_quantities: list[Quantity], previous: str) -> Quantity:
    # ``all_quantities`` is in order and without overlaps: the neighbours are found by position,
    # and only the text since the previous quantity is searched (a 2-character clause end may
    # straddle its end), so a line with thousands of quantities stays linear.
    at = bisect_left(all_quantities, quantity.start, key=lambda q: q.start)
    previous_end = all_quantities[at - 1].end if at > 0 else 0
    clause_ends = _CLAUSE_END.finditer(text, max(0, previous_end - 2), quantity.start)
    cut = max([previous_end, *(m.end() for m in clause_ends)])
    before = text[cut : quantity.start].strip()
    if before.endswith((":", "：")):
        before = before[:-1].strip()
    before = re.split(r"[:：]", before)[-1].strip()
    # The last few words name the measure; a long clause before them is its context.
    words = [w for w in _LEADING.sub("", before.lstrip(" ·)]")).split() if w.lower() not in _FILLER][-_LABEL_WORDS:]
    label = _PARTICLE.sub("", _TOPIC_MARK.sub("", " ".join(words))).strip()
    if words and words[-1].lower() in _ALTERNATIVE:
        label = previous  # "2MB 또는 1GB": the second value measures what the first does
    if not label:
        next_start = all_quantities[at + 1].start if at + 1 < len(all_quantities) else len(text)
        stop = _CLAUSE_END.search(text, quantity.end, next_start + 2)
        after = _LEADING.sub("", text[quantity.end : min(stop.start() if stop else len(text), next_start)].strip())
        words = [w for w in after.split() if w.lower() not in _FILLER]
        label = _PARTICLE.sub("", " ".join(words).strip(" :：.")).strip()
    return Quantity(
        quantity.text,
        quantity.start,
        quantity.end,
        quantity.kind,
        quantity.unit,
        quantity.low,
        quantity.high,
        label[:60],
    )
