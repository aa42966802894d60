"""Quantities: what counts as a number with a unit, and what never does."""

from __future__ import annotations

import pytest

from builder.analyse.quantities import find_quantities


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("메모리 할당량 : 128MB ~ 10GB, 최대 실행 시간은 15분", ["128MB ~ 10GB", "15분"]),
        ("환경 변수는 최대 4KB", ["4KB"]),
        ("최대 1000개까지 동시 실행", ["1000개"]),
        ("보존 기간 24시간, 다른 쪽은 1년", ["24시간", "1년"]),
        ("기본 3,000 IOPS 제공", ["3,000 IOPS"]),
        ("내구성 99.999999999%", ["99.999999999%"]),
        ("복구에 1~5분 걸린다", ["1~5분"]),
        ("가장 작은 서브넷은 /28", ["/28"]),
        ("VPC는 10.0.0.0/16 대역", ["10.0.0.0/16"]),
        ("GB당 $0.023", ["$0.023"]),
        ("초당 1,000건 처리", ["초당 1,000건"]),
        ("합격자는 33명, 시험은 3년마다", ["33명", "3년"]),
        ("메시지 최대 256 KB, 보존 14일", ["256 KB", "14일"]),
        ("timeout 30 seconds or 5 min", ["30 seconds", "5 min"]),
        ("처리량 10 Gbps", ["10 Gbps"]),
        ("요청 1만 개", ["1만 개"]),
        ("메모리 256Mi ~ 1GiB", ["256Mi ~ 1GiB"]),
        ("2년 후 데이터 삭제", ["2년"]),
        ("1000년간 이어진 전통", ["1000년"]),
        ("키는 128비트, 공정은 7~10nm", ["128비트", "7~10nm"]),
        ("교착 상태의 4가지 조건", ["4가지"]),
        ("객체는 100mb 이하, 버킷은 5gb 단위", ["100mb", "5gb"]),  # units in any case
        ("볼륨 10GiB, 대역폭 1gbps", ["10GiB", "1gbps"]),
        ("동시성 실행 : 1000", ["1000"]),  # a count given as a setting's value
        ("max_connections = 100", ["100"]),
        ("계정당 5 call(s), 리전당 20 instances", ["5 call(s)", "20 instances"]),
        ("etcd 포트 2379, HTTPS는 443 포트", ["2379", "443"]),  # port numbers
        ("port: 8080", ["8080"]),
        ("무료 사용량은 월 400,000 GB-seconds, 스토리지는 GB-month 단위", ["400,000 GB-seconds"]),  # one unit
        ("월 40만 GB-초까지 무료", ["40만 GB-초"]),
        ("MySQL 포트 3306.", ["3306"]),  # a port at the end of a sentence
    ],
)
def test_finds_quantities_as_written(text: str, expected: list[str]) -> None:
    found = find_quantities(text)
    assert [q.text for q in found] == expected
    for q in found:
        assert text[q.start : q.end] == q.text
        assert q.low <= q.high


@pytest.mark.parametrize(
    "text",
    [
        "m5.2xlarge 인스턴스",  # a model name
        "S3와 EC2를 사용",  # names with digits
        "버전 v2.1 출시",  # a version
        "1392년 건국",  # a year in a date
        "2024년 1월에 바뀜",
        "계층 7 공격과 L3/L4",  # a number without a unit
        "데이터 분석과 배포",  # Hangul units never match inside words
        "3번째 항목",  # an ordinal
        "X일마다 교체",  # no number at all
        "2021년 10월 5일에 출시",  # a whole date
        "3장에서 자세히 다룬다",  # a chapter
        "세 번째 3자리는 그룹 권한",  # 자리 is a noun, not the unit 자
        "비율은 1:1, 회의는 10:30",  # ratios and times are no settings
        "버전: 3.11",  # a release
        "작은 문서(100s KB)",  # hundreds of kilobytes, no number to learn
        "1회성 작업에 적합",  # a suffix makes the unit a noun (1회성: one-off)
        "10Gb 회선",  # bits, written in mixed case, are not bytes
        "패킷 크기가 9001일 때 점보 프레임",  # the number and the copula (9001이다 → 9001일 때), not days
        "MTU가 1500일때 헤더를 뺀 크기",  # the same, written without the space
        "참조 비트가 1일 경우에는 0으로 바꾼다",  # before a noun with its particle
        "원서 접수: 3월 4일~8일",  # the days of a date, in a range
        "강의 영상, https://example.org/view.do?courseId=20931",  # a page's identifier in an address
        "정규형은 함수 종속으로 판단한다 (21년 2회)",  # an exam's sitting, a source tag
        "스택과 큐의 차이 [2019년 3회차 기출]",
        "손실이 나면 창 크기를 2분의 1로 줄인다",  # a fraction (one half), not two minutes
    ],
)
def test_ignores_what_is_not_a_quantity(text: str) -> None:
    assert find_quantities(text) == ()


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("무료 체험 기간은 30일뿐", ["30일"]),  # 뿐 glued: only 30 days, no copula
        ("1일 수만 건 처리", ["1일"]),  # 수만: tens of thousands, not 수 and a particle
        ("배터리는 10년 1회 교체", ["10년", "1회"]),  # an interval, not an exam's sitting
    ],
)
def test_days_and_rounds_that_only_look_like_a_copula_or_an_exam_sitting(text: str, expected: list[str]) -> None:
    assert [q.text for q in find_quantities(text)] == expected


def test_units_in_any_case_are_normalised() -> None:
    (quantity,) = find_quantities("128mb ~ 10gb")
    assert (quantity.unit, quantity.low, quantity.high) == ("GB", 0.125, 10.0)


def test_range_is_expressed_in_the_upper_unit() -> None:
    (q,) = find_quantities("할당량 128MB ~ 10GB")
    assert (q.low, q.high, q.unit, q.kind) == (0.125, 10.0, "GB", "size")  # 128MB in GB


def test_label_says_what_is_limited() -> None:
    by_text = {q.text: q.label for q in find_quantities("최대 실행 시간은 15분, 환경 변수는 최대 4KB")}
    assert by_text == {"15분": "실행 시간", "4KB": "환경 변수"}


def test_label_keeps_parenthesised_names_and_drops_orphan_particles() -> None:
    labels = [q.label for q in find_quantities("세그먼트 수명(MSL)은 보통 2분, 과거 시험은 3년마다")]
    assert labels == ["세그먼트 수명(MSL)", "과거 시험"]


def test_an_alternative_value_shares_the_label_and_long_clauses_are_cut() -> None:
    labels = [
        q.label
        for q in find_quantities(
            "거대 페이지는 2MB 또는 1GB, 로그인한 사용자의 세션을 중앙 저장소인 캐시에 2시간 동안 저장"
        )
    ]
    assert labels == ["거대 페이지", "거대 페이지", "사용자의 세션을 중앙 저장소인 캐시"]


def test_kinds() -> None:
    kinds = {q.text: q.kind for q in find_quantities("15분, 4KB, 1000개, 99%, 3,000 IOPS, $5, /24")}
    assert kinds == {
        "15분": "duration",
        "4KB": "size",
        "1000개": "count",
        "99%": "percent",
        "3,000 IOPS": "rate",
        "$5": "money",
        "/24": "network",
    }


def test_an_ordinal_is_no_quantity() -> None:
    assert [q.text for q in find_quantities("제3자 인증기관의 서명은 2개 이상 필요하다")] == ["2개"]
    assert [q.text for q in find_quantities("제 2 정규형은 부분 함수 종속을 없앤다")] == []


def test_a_week_or_a_session_counted_in_order_is_no_duration() -> None:
    """``2주차`` is the second week, ``3회차`` the third session: ordinals, not two weeks or three times."""
    from builder.analyse.quantities import find_quantities

    assert [q.text for q in find_quantities("2주차: 스케줄러 정리, 3회차 실습")] == []
    assert [q.text for q in find_quantities("인증서는 최대 2주 안에 발급된다")] == ["2주"]


def test_a_power_written_with_a_caret_is_one_value() -> None:
    """``2^16개`` is 65,536 of them: the exponent alone (``16개``) is no value, and a cloze that hid
    it would cut the power in two (``2^[...]``)."""
    from builder.analyse.quantities import find_quantities

    (power,) = find_quantities("서버 하나가 2^16개의 포트 번호를 쓴다")
    assert (power.text, power.low) == ("2^16개", 65536.0)
    assert [q.text for q in find_quantities("블록 크기는 10^3 바이트")] == ["10^3 바이트"]
    assert [q.text for q in find_quantities("면적은 x^2 제곱미터, 방은 최대 4개")] == ["4개"]
    assert [q.text for q in find_quantities("1024^3 바이트는 1GiB")] == ["1024^3 바이트", "1GiB"]
    # more than a float holds is still one value, not a crash
    assert [q.text for q in find_quantities("키 공간은 2^1024개")] == ["2^1024개"]


def test_a_number_with_thousands_separators_after_an_equals_sign_is_not_cut() -> None:
    """``B = 2,000으로`` was read as ``2`` (the ``,000`` left behind), and a card hid half a number."""
    from builder.analyse.quantities import find_quantities

    assert [q.text for q in find_quantities("용량 = 2,000으로 잡는다")] != ["2"]
    assert [q.text for q in find_quantities("max_connections = 2,000")] == ["2,000"]


def test_an_ipv6_prefix_is_never_cut_into_a_value() -> None:
    """``::/0`` (every IPv6 address) read as ``/0`` left ``::[...]`` on a card: half a token."""
    from builder.analyse.quantities import find_quantities

    assert [q.text for q in find_quantities("IPv6 라우트 ::/0 추가, 대역 2001:db8::/32")] == []
    assert [q.text for q in find_quantities("VPC 대역은 10.0.0.0/16, 서브넷은 /24")] == ["10.0.0.0/16", "/24"]


def test_a_rate_word_is_not_read_off_the_end_of_another_word() -> None:
    """``파일당 0개 이상`` is "per file": ``일당`` (per day) is the end of ``파일``, and the blank cut it."""
    from builder.analyse.quantities import find_quantities

    assert [q.text for q in find_quantities("사이트맵은 파일당 0개 이상")] == ["0개"]
    assert [q.text for q in find_quantities("요청은 초당 3,500번")] == ["초당 3,500번"]


def test_a_prefix_length_right_after_a_labels_colon_is_read() -> None:
    """``CIDR:10.0.0.0/16``, ``서브넷:/24``: a colon with no space after it, still the notes' values."""
    from builder.analyse.quantities import find_quantities

    assert [q.text for q in find_quantities("VPC CIDR:10.0.0.0/16, 서브넷:/24")] == ["10.0.0.0/16", "/24"]
