"""What a quantity measures (the cheat sheet's limit labels): a noun phrase, never a fragment."""

from __future__ import annotations

import pytest

from builder.analyse.measures import measure_of
from builder.analyse.quantities import find_quantities


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("SQS 메시지의 최대 보존 기간은 14일", ["SQS 메시지 보존 기간"]),
        ("테이블당 최대 20개의 보조 인덱스", ["보조 인덱스"]),
        ("지연 (Latency): 10ms · 처리량 (Throughput): 1,000 IOPS", ["지연 (Latency)", "처리량 (Throughput)"]),
        ("Timeout – 30 sec", ["Timeout"]),
        ("max_connections = 100", ["max_connections"]),
        ("스토리지 16GiB ~ 64TiB, 메모리 2 GiB", ["스토리지", "메모리"]),
        ("1년 또는 3년 약정", ["약정", "약정"]),
        ("상위 5개 AWS 서비스의 비용을 보여 준다", ["AWS 서비스"]),
        ("최대 40%까지 요금 할인", ["요금 할인"]),
        ("예약 인스턴스는 1년 단위", ["예약 인스턴스"]),
        ("이후 30초 뒤에 다시 시도", [""]),
    ],
)
def test_a_measure_is_the_noun_phrase_the_value_belongs_to(text: str, expected: list[str]) -> None:
    quantities = find_quantities(text)
    assert [measure_of(text, q, quantities) for q in quantities] == expected


def test_a_measure_is_never_a_fragment() -> None:
    lines = [
        "처음 요청을 1번으로 보낸 후 다음 요청을 100번으로 보낸다",
        "접근 빈도 2가지 요소에 따라 고른다",
        "최소 1분 요금 청구, 초단위 과금(30초 이용 → 60초 요금 부과)",
        "r: 4 w: 2 x: 1",
    ]
    for text in lines:
        quantities = find_quantities(text)
        for quantity in quantities:
            measure = measure_of(text, quantity, quantities)
            assert measure.count("(") == measure.count(")"), (text, measure)
            assert not measure.endswith(("~", "-", ":", "(")), (text, measure)
            assert measure == "" or len(measure.replace(" ", "")) >= 2, (text, measure)


def test_a_long_run_of_alternatives_and_of_spaces_is_read_in_bounded_time() -> None:
    text = "2년 또는 " * 1500 + "3년 약정"
    quantities = find_quantities(text)
    assert measure_of(text, quantities[0], quantities) == "약정"
    spaced = "한도" + " " * 20000 + "5GB"
    (quantity,) = find_quantities(spaced)
    assert measure_of(spaced, quantity, (quantity,)) == "한도"
