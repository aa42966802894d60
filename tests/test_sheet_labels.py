"""The cheat sheet's limit labels and tips, from notes read by the real parser and language layer."""

from __future__ import annotations

from builder.analyse.terms import key_terms
from builder.emit.sheet_context import build_context
from builder.errors import Problems
from builder.model import Notes
from builder.parse import parse_text

NOTES = """# 보관 등급

1. Warm

> 최소 보관 기간 30일

2. Archive

* 복원 방식

- expedited(1 to 5 min)
- bulk(5 to 12 hours)

> Durability (내구성): 99.9% · Availability (가용성): 99.5%

## 큐

- SQS 메시지의 최대 보존 기간은 14일
- 1년 또는 3년 약정

## 쓰기 전에 캐시를 먼저 갱신한다

- **쓰기 전에 캐시를 먼저 갱신한다**
"""


def _context() -> dict[str, list[str]]:
    notes = Notes((parse_text(NOTES, "notes.md", Problems()),))
    context = build_context(notes, "보관", "A4")
    return {group["topic"]: [f"{row['what']} = {row['value']}" for row in group["rows"]] for group in context["limits"]}


def test_each_limit_is_labelled_with_what_it_measures_and_where_it_is_written() -> None:
    rows = _context()
    assert rows["보관 등급"] == [
        "Warm · 보관 기간 = 30일",
        "복원 방식 · expedited = 1 to 5 min",
        "복원 방식 · bulk = 5 to 12 hours",
        # After the last numbered entry a quote is about the heading (tests/test_nesting.py).
        "Durability (내구성) = 99.9%",
        "Availability (가용성) = 99.5%",
    ]
    assert rows["큐"] == ["SQS 메시지 보존 기간 = 14일", "약정 = 1년", "약정 = 3년"]


def test_a_bold_line_that_repeats_its_heading_is_no_tip() -> None:
    notes = Notes((parse_text(NOTES, "notes.md", Problems()),))
    context = build_context(notes, "보관", "A4")
    topics = [topic for section in context["sections"] for topic in section["topics"]]
    repeated = next(topic for topic in topics if topic["title"] == "쓰기 전에 캐시를 먼저 갱신한다")
    assert repeated["tips"] == []


def test_a_label_names_what_is_measured_not_where_it_lies_or_what_happens_to_it() -> None:
    # A range's top is measured like its bottom; a lone predicate after a percentage and a unit
    # alone name nothing, so the row says the sentence or the thing counted instead.
    text = (
        "# 스트림\n\n"
        "- 재시도 간격은 1초에서 30초 사이로 정한다\n"
        "- 압축을 켜면 전송량을 최대 60%까지 줄임 효과로 비용을 최대 35% 절감\n"
        "- 스트림당 최대 200개 소비자\n"
    )
    notes = Notes((parse_text(text, "notes.md", Problems()),))
    context = build_context(notes, "스트림", "A4")
    rows = [f"{row['what']} = {row['value']}" for group in context["limits"] for row in group["rows"]]
    bottom, top = (next(row for row in rows if row.endswith(value)) for value in ("= 1초", "= 30초"))
    assert bottom.split(" = ")[0] == top.split(" = ")[0] == "간격"
    assert "비용 절감 = 35%" in rows  # the object before the value names what is saved
    assert "스트림당 소비자 = 200개" in rows


def test_a_change_is_labelled_with_the_thing_changed_and_a_range_joins_one_kind_only() -> None:
    text = (
        "# 장애 조치\n\n"
        "- 페일오버 시간을 최대 66%까지 단축\n"
        "- 것을 최대 50%까지 단축\n"
        "- 요청 수 1,000개부터 10ms 지연 증가\n"
        "- 기본 할당 5개 탄력적 IP\n"
    )
    section = parse_text(text, "notes.md", Problems())
    measures = {q.text: q.measure for topic in section.topics for fact in topic.facts for q in fact.quantities}
    assert measures["66%"] == "페일오버 시간 단축"
    assert measures["50%"] != "단축"
    assert measures["10ms"] != measures["1,000개"]
    assert not measures["5개"].startswith("할당 ")
    # the sheet's nouns of change leave the cards' terms alone
    assert "URL 단축" in [t.text for t in key_terms("URL 단축 서비스는 해시를 쓴다")]


def test_a_comparison_the_notes_write_twice_prints_once() -> None:
    """A chapter that lists the service models and a summary that lists them again make one
    comparison table; a list with another model is another table, and every line keeps its place."""
    models = "1. Infrastructure as a Service(IaaS)\n    - 서버와 네트워크를 빌려 쓴다\n" + (
        "2. Platform as a Service(PaaS)\n    - 실행 환경까지 빌려 쓴다\n"
    )
    more = "3. Software as a Service(SaaS)\n    - 완성된 프로그램을 빌려 쓴다\n"
    text = f"# 클라우드\n\n## 서비스 모델\n\n{models}\n## 정리\n\n{models}\n## 정리 (보충)\n\n{models}{more}"
    notes = Notes((parse_text(text, "notes.md", Problems()),))
    context = build_context(notes, "클라우드", "A4")
    iaas, paas, saas = "Infrastructure as a Service", "Platform as a Service", "Software as a Service"
    assert [c["subjects"] for c in context["comparisons"]] == [[iaas, paas], [iaas, paas, saas]]
    shown = [n for s in context["sections"] for t in s["topics"] for n in t["nodes"]]
    assert len(shown) == 7  # every numbered line is still on the sheet, under its own heading


def test_a_long_line_labels_its_value_with_the_clause_around_it_cut_between_words() -> None:
    """A line with no measure named is the label with its value left out; too long for the column,
    it is the clause the value stands in, under the name the line opens with, and a clause still too
    long keeps the words next to the value, cut between words, never inside one."""
    text = (
        "# 메시징\n\n## 스트림\n\n"
        "- Kinesis : 샤드 단위로 처리량을 늘리는 스트리밍 서비스, 레코드를 24시간 동안 다시 읽을 수 있으며,"
        " 재처리도 할 수 있다\n"
        "- 파티션 하나에 들어온 메시지는 순서대로 쌓이고 컨슈머 그룹의 컨슈머 하나가 그 파티션을 읽어"
        " 처리 결과를 20초 안에 커밋한다\n"
    )
    notes = Notes((parse_text(text, "notes.md", Problems()),))
    limits = build_context(notes, "메시징", "A4")["limits"]
    rows = {row["value"]: row["what"] for group in limits for row in group["rows"]}
    assert rows["24시간"] == "Kinesis · 레코드를 … 동안 다시 읽을 수 있으며"
    commit = rows["20초"]
    assert len(commit) <= 40 and commit.endswith("처리 결과를 … 안에 커밋한다"), commit
    line = text.split("- 파티션", 1)[1]
    assert all(word.strip("…") in line.split() for word in commit.split() if word != "…"), commit
