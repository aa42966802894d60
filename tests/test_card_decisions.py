"""Which cards a line feeds, decided by the language layer on small notes written for each trap."""

from __future__ import annotations

from builder.errors import Problems
from builder.model import Fact, Section
from builder.parse import parse_text


def _section(text: str) -> Section:
    return parse_text(text, "notes.md", Problems())


def _fact(section: Section, starts: str) -> Fact:
    return next(f for t in section.topics for f in t.facts if f.text.startswith(starts))


def test_a_use_case_under_a_named_variant_does_not_ask_for_the_parent_heading() -> None:
    section = _section(
        "# 캐시 전략 - Write-through\n\n- 쓰기마다 캐시와 저장소를 함께 갱신한다\n"
        "- 사용 사례: 읽기 직후의 일관성이 중요한 서비스\n\n"
        "# 메시지 큐 - 사용 사례\n\n- 사용 사례: 주문 처리처럼 순서가 중요한 작업\n"
    )
    named_variant = _fact(section, "사용 사례: 읽기")
    assert "tip" not in named_variant.decision.kinds
    aspect = _fact(section, "사용 사례: 주문")
    assert "tip" in aspect.decision.kinds


def test_a_line_with_a_topic_of_its_own_is_not_the_subjects_definition() -> None:
    section = _section(
        "# 접근 권한\n\n- 맨 앞의 d는 디렉터리를 뜻하는 표시이다.\n"
        "- 읽기, 쓰기, 실행을 사용자별로 나누어 주는 설정이다.\n"
    )
    (topic,) = section.topics
    assert topic.definition is not None
    assert topic.facts[topic.definition].text.startswith("읽기, 쓰기")


def test_a_subject_particle_after_a_number_ends_the_name() -> None:
    section = _section("# 레코드\n\n- Route 7이 **TTL 값**에 따라 응답을 캐시한다\n")
    fact = _fact(section, "Route 7이")
    assert [t.text for t in fact.terms][:1] == ["TTL 값"]
    assert all("이" not in t.text.split()[-1] for t in fact.terms)
