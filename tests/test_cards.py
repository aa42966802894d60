"""Which statement defines a topic, and what a fact note asks: one thing per card."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from anki.collection import Collection

from builder.emit.cards import note_specs
from builder.emit.recall import recall_part
from builder.emit.cards import unshown_facts
from builder.errors import Problems
from builder.model import Notes
from builder.parse import parse_text
from tests.deck_helpers import all_cards, build_deck, card_texts, import_deck
from tests.model_factory import comparison, fact, item, notes, section, tip, topic

CLOZE = re.compile(r"\{\{c1::(.*?)\}\}")


def specs_of(*facts_, title: str = "Glue"):  # type: ignore[no-untyped-def]
    return note_specs(notes(section("n.md", "노트", topic(title, *facts_))))


@pytest.mark.parametrize(
    "first",
    [
        "다음과 같은 기능이 있다:",  # an introduction to a list, not a definition
        "버전 3.0",  # only a version
        "v2.1 이상",
    ],
)
def test_a_definition_is_not_an_introduction_or_a_version(first: str) -> None:
    specs = specs_of(fact(first), fact("데이터를 추출하고 변환하는 서비스이다."))
    [what] = [s for s in specs if s.kind == "what"]
    assert "추출하고 변환" in what.fields[1]


def test_a_versus_topic_has_no_definition() -> None:
    specs = specs_of(fact("둘 다 인메모리 캐시로 읽기 부하를 줄인다."), title="Redis vs Memcached")
    assert not [s for s in specs if s.kind in ("what", "which")]


def test_each_untested_fact_is_its_own_cloze_note() -> None:
    specs = specs_of(
        fact("데이터를 추출하고 변환하는 서비스이다."),
        fact("크롤러가 데이터 카탈로그에 테이블 정의를 저장한다."),
        fact("잡 북마크 : 이미 처리한 데이터를 다시 처리하지 않게 한다."),
        fact("서버리스"),
    )
    facts = [s for s in specs if s.kind == "fact"]
    assert [s.facts for s in facts] == [(1,), (2,), (3,)]
    assert all(s.note_type == "cloze" and s.cards == 1 and "Glue" in s.fields[0] for s in facts)
    hidden = [CLOZE.search(s.fields[0]).group(1) for s in facts]  # type: ignore[union-attr]
    assert hidden == ["테이블 정의를 저장한다", "이미 처리한 데이터를 다시 처리하지 않게 한다", "서버리스"]
    assert "잡 북마크" in facts[1].fields[0].split("{{c1::")[0]  # the name stays as the cue


@pytest.mark.parametrize(
    ("text", "hidden"),
    [
        (
            "퍼블릭 액세스가 불가능하므로 사용하는 VPC 안에서 Lambda 함수를 사용해야 한다.",
            "사용하는 VPC 안에서 Lambda 함수를 사용해야 한다",
        ),
        # After a particle or connective ending nearest 40% of the sentence, never inside a phrase.
        ("RDS와 Aurora의 통합 가능", "Aurora의 통합 가능"),
        ("Provisioned Mode와 온 디맨드 모드가 있다.", "온 디맨드 모드가 있다"),
        (
            "Docker로 컨테이너화한 애플리케이션의 자동 배포, 확장, 관리 지원.",
            "컨테이너화한 애플리케이션의 자동 배포, 확장, 관리 지원",
        ),
        ("복잡한 쿼리는 Athena보다 Redshift가 더 적합하다.", "Athena보다 Redshift가 더 적합하다"),
        ("멀티 AZ 배포 자동 지원", "배포 자동 지원"),  # no particle at all: from the middle word
        (
            "규칙 그룹: 여러 웹 ACL에 추가할 수 있는 재사용 가능한 규칙 모음.",
            "여러 웹 ACL에 추가할 수 있는 재사용 가능한 규칙 모음",
        ),
        ("짧은 사실", "짧은 사실"),
    ],
)
def test_recall_part(text: str, hidden: str) -> None:
    start, end = recall_part(text)
    assert text[start:end] == hidden


def test_an_item_head_is_the_context_of_its_childrens_cards_not_a_card() -> None:
    model = notes(
        section(
            "n.md",
            "노트",
            topic(
                "DynamoDB - 고급 기능",
                fact("DynamoDB - 스트림 처리", "numbered"),
                fact("테이블의 변경 사항을 시간 순서대로 기록한다.", parent=0, depth=1),
                fact("Redshift Spectrum", "numbered"),
                fact("S3의 데이터를 적재 없이 바로 쿼리한다.", parent=2, depth=1),
                fact("온디맨드 백업", "numbered"),  # no children: its own fact card
                items=(item(0, 1), item(2, 3), item(4)),
            ),
        )
    )
    specs = note_specs(model)
    assert unshown_facts(model, specs) == []
    facts = [s for s in specs if s.kind == "fact"]
    assert [s.facts for s in facts] == [(1, 0), (3, 2), (4,)]
    assert (
        '<div class="ctx">DynamoDB · 고급 기능<span class="head"> › DynamoDB - 스트림 처리</span></div>'
        in facts[0].fields[0]
    )
    assert "› Redshift Spectrum</span>" in facts[1].fields[0]
    assert CLOZE.search(facts[2].fields[0]).group(1) == "온디맨드 백업"  # type: ignore[union-attr]


def test_an_item_head_shown_by_a_tip_or_a_comparison_title_gets_no_card() -> None:
    model = notes(
        section(
            "n.md",
            "노트",
            topic(
                "캐시",
                fact("쓰기 전략", "numbered"),
                fact("**쓰기 지연은 배치로 묶어 저장한다**", parent=0, depth=1),
                fact("Redis vs Memcached", "numbered"),
                fact("Redis는 자료구조를 지원한다.", parent=2, depth=1),
                fact("Memcached는 멀티 스레드로 동작한다.", parent=2, depth=1),
                items=(item(0, 1), item(2, 3, 4)),
                tips=(tip("쓰기 지연은 배치로 묶어 저장한다", 1),),
                comparisons=(
                    comparison(
                        "Redis vs Memcached",
                        ("Redis", ["Redis는 자료구조를 지원한다."]),
                        ("Memcached", ["Memcached는 멀티 스레드로 동작한다."]),
                        facts=(3, 4),
                    ),
                ),
            ),
        )
    )
    specs = note_specs(model)
    assert unshown_facts(model, specs) == []
    assert not [s for s in specs if s.kind == "fact"]
    [tip_note] = [s for s in specs if s.kind == "tip"]
    assert tip_note.facts == (1, 0) and "› 쓰기 전략</span>" in tip_note.fields[0]
    [compared] = [s for s in specs if s.kind == "comparison"]
    assert 2 in compared.facts and "cmp-title" in compared.fields[0]


def test_comparison_does_not_hide_a_shorter_name_inside_another_side() -> None:
    from builder.errors import Problems
    from builder.model import Notes
    from builder.parse import parse_text

    text = "## 엔드포인트 타입\n1. 리전 배포 : 사용자는 API Gateway와 같은 리전에 있다\n2. Private API Gateway : VPC 안에서만\n"
    model = Notes((parse_text(text, "x.md", Problems()),))
    (spec,) = [s for s in note_specs(model) if s.kind == "comparison"]
    assert spec.fields[0].count("{{c") == 2  # each side's own name, nothing inside the other's point
    assert "API Gateway와" in spec.fields[0]


HANDSHAKE = "## 3-way handshake\n1. SYN\n2. SYN-ACK\n3. ACK\n"
DEADLOCK = "## 교착 상태\n- 교착 상태의 4가지 조건:\n  - 상호 배제\n  - 점유 대기\n  - 비선점\n  - 순환 대기\n"


def parsed(text: str) -> Notes:
    return Notes((parse_text(text, "x.md", Problems()),))


@pytest.mark.parametrize(
    ("text", "title", "items"),
    [
        # Numbered items keep their numbers; each item is its own cloze number.
        (HANDSHAKE, None, ["1. {{c1::SYN}}", "2. {{c2::SYN-ACK}}", "3. {{c3::ACK}}"]),
        # The line the items are written under is shown above them (its quantity is a limit card).
        (
            DEADLOCK,
            "교착 상태의 4가지 조건:",
            ["• {{c1::상호 배제}}", "• {{c2::점유 대기}}", "• {{c3::비선점}}", "• {{c4::순환 대기}}"],
        ),
    ],
)
def test_short_siblings_are_asked_as_one_list(text: str, title: str | None, items: list[str]) -> None:
    model = parsed(text)
    specs = note_specs(model)
    assert unshown_facts(model, specs) == []
    assert not [s for s in specs if s.kind == "fact"]
    [listed] = [s for s in specs if s.kind == "list"]
    assert listed.note_type == "cloze" and listed.cards == len(items)
    assert set(listed.facts) == set(range(len(listed.topic.facts)))  # the line above and every item
    assert re.findall(r"<div>(.*?)</div>", listed.fields[0]) == items
    assert (f'<div class="cmp-title">{title}</div>' in listed.fields[0]) == (title is not None)
    assert listed.anchor == " | ".join(
        [*([title] if title else []), *(CLOZE_BODY.sub(r"\2", i)[2:].strip() for i in items)]
    )
    assert listed.cloze_keys == tuple(f"item|{CLOZE_BODY.search(i).group(2).casefold()}#1" for i in items)  # type: ignore[union-attr]


CLOZE_BODY = re.compile(r"\{\{c(\d+)::(.*?)\}\}")


def test_no_two_cards_of_sibling_facts_ask_the_same_question(tmp_path: Path) -> None:
    build_deck(parsed(HANDSHAKE + "\n" + DEADLOCK), tmp_path, tmp_path / "d.apkg", now=1_800_000_000)
    col = Collection(str(tmp_path / "c.anki2"))
    try:
        import_deck(col, tmp_path / "d.apkg")
        texts = [card_texts(c) for c in all_cards(col)]
        listed = [card_texts(c) for n in col.find_notes("tag:card::list") for c in col.get_note(n).cards()]
    finally:
        col.close()
    questions = [q for q, _ in texts]
    assert len(set(questions)) == len(questions) == 8, questions  # 7 list items and the limit card
    assert len(listed) == 7
    for question, answer in listed:
        # One item hidden, the others shown as its cue.
        assert question.count("[...]") == 1 and "[...]" not in answer
    [(_, answer)] = [(q, a) for q, a in listed if q == "3-way handshake 1. SYN 2. [...] 3. ACK"]
    assert answer.startswith("3-way handshake 1. SYN 2. SYN-ACK 3. ACK")


@pytest.mark.parametrize(
    ("text", "lists"),
    [
        # A long item, or one with a quantity, is its own card and ends the list before it.
        (
            "## T\n- 가\n- 나\n- 이 항목은 스무 글자보다 훨씬 긴 설명을 담고 있다\n- 다\n- 라\n",
            [["가", "나"], ["다", "라"]],
        ),
        ("## T\n- 가\n- 나\n- 최대 10GB\n- 다\n", [["가", "나"]]),
        # A lone short fact stays a fact card; siblings under different parents make separate lists.
        ("## T\n- 가\n\n문단이다.\n\n- 나\n", []),
        ("## T\n- 위:\n  - 가\n  - 나\n- 아래:\n  - 다\n  - 라\n", [["위:", "가", "나"], ["아래:", "다", "라"]]),
        # Short lines over long explanations are a list of their own; the explanations are fact cards.
        (
            "## T\n- 가\n  - 가에 대한 긴 설명이 여기에 길게 적혀 있다\n- 나\n  - 나에 대한 긴 설명이 여기에 길게 적혀 있다\n",
            [["가", "나"]],
        ),
    ],
)
def test_which_siblings_make_a_list(text: str, lists: list[list[str]]) -> None:
    model = parsed(text)
    specs = note_specs(model)
    assert unshown_facts(model, specs) == []
    assert [s.anchor.split(" | ") for s in specs if s.kind == "list"] == lists


def test_a_comparison_entry_or_a_use_case_does_not_define_the_subject() -> None:
    from builder.errors import Problems
    from builder.model import Notes
    from builder.parse import parse_text

    text = (
        "## 프로세스 스케줄링\n- FCFS : 먼저 도착한 순서\n- SJF : 짧은 작업 먼저\n- RR : 시간 할당량마다 교대\n"
        "- 사용 사례: 대화형 시스템\n- CPU를 어떤 프로세스에 줄지 정하는 일\n"
    )
    model = Notes((parse_text(text, "x.md", Problems()),))
    (what,) = [s for s in note_specs(model) if s.kind == "what"]
    assert "CPU를 어떤 프로세스에 줄지" in what.fields[1]
