"""Which statement defines a topic, and what a fact note asks: one thing per card."""

from __future__ import annotations

import re

import pytest

from builder.emit.cards import note_specs
from builder.emit.recall import recall_part
from tests.model_factory import fact, notes, section, topic

CLOZE = re.compile(r"\{\{c1::(.*?)\}\}")


def specs_of(*facts_, title: str = "Glue"):  # type: ignore[no-untyped-def]
    return note_specs(notes(section("n.md", "노트", topic(title, *facts_))))


@pytest.mark.parametrize("first", [
    "다음과 같은 기능이 있다:",        # an introduction to a list, not a definition
    "버전 3.0",                        # only a version
    "v2.1 이상",
])
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


@pytest.mark.parametrize(("text", "hidden"), [
    ("퍼블릭 액세스가 불가능하므로 사용하는 VPC 안에서 Lambda 함수를 사용해야 한다.",
     "사용하는 VPC 안에서 Lambda 함수를 사용해야 한다"),
    ("RDS와 Aurora의 통합 가능", "통합 가능"),
    ("규칙 그룹: 여러 웹 ACL에 추가할 수 있는 재사용 가능한 규칙 모음.", "여러 웹 ACL에 추가할 수 있는 재사용 가능한 규칙 모음"),
    ("짧은 사실", "짧은 사실"),
])
def test_recall_part(text: str, hidden: str) -> None:
    start, end = recall_part(text)
    assert text[start:end] == hidden
