"""Which cards a line feeds, decided by the language layer on small notes written for each trap."""

from __future__ import annotations

import re

import pytest

from builder.analyse import FACT_REFUSALS
from builder.analyse.shapes import NAME_DESCRIPTION
from builder.analyse.terms import key_terms, names_a_sample
from builder.errors import Problems
from builder.model import Decision, Fact, Section, Side, Span
from builder.parse import parse_text
from tests.conftest import FIXTURES

FIXTURE_STYLES = FIXTURES / "styles"


def _section(text: str) -> Section:
    return parse_text(text, "notes.md", Problems())


def _table_sides(table: str) -> tuple[Side, ...]:
    """The sides of the one comparison a table under a heading makes."""
    (comparison,) = _section(f"## 표\n\n{table}").topics[0].comparisons
    return comparison.sides


def _fact(section: Section, starts: str) -> Fact:
    return next(f for t in section.topics for f in t.facts if f.text.startswith(starts))


def _rules(section: Section) -> dict[str, str]:
    """The rule that decided each line of the first topic, by its text."""
    return {f.text: f.decision.rule for f in section.topics[0].facts if f.decision is not None}


def _decision(section: Section, starts: str) -> Decision:
    decision = _fact(section, starts).decision
    assert decision is not None, f"no card decision for {starts!r}"
    return decision


def test_a_use_case_under_a_named_variant_does_not_ask_for_the_parent_heading() -> None:
    section = _section(
        "# Caching Strategies - Write-through\n\n- 쓰기마다 캐시와 저장소를 함께 갱신한다\n"
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


@pytest.mark.parametrize(
    "line",
    [
        "- 빌드 순서를 적어 둔 파일이 Makefile이다.\n",  # another thing's name, said of that thing
        "- 보이는 것이든 숨은 것이든 모든 것이 객체입니다!\n",  # a slogan about everything
        "- 요청마다 새로 만들어지는 점이 특징이다.\n",  # what its trait is, not what it is
    ],
    ids=["names-another-thing", "slogan", "trait"],
)
def test_a_copula_with_a_subject_of_its_own_is_not_the_headings_definition(line: str) -> None:
    section = _section(f"# 빌드 도구\n\n## 작업 실행기\n\n{line}")
    assert section.topics[0].definition is None, section.topics[0].facts


def test_a_definition_that_names_its_heading_last_is_still_its_definition() -> None:
    section = _section("# 운영체제\n\n## 스레드\n\n- 한 프로세스 안에서 실행 흐름을 나누는 단위가 스레드이다.\n")
    assert section.topics[0].definition == 0


def test_a_subject_particle_after_a_number_ends_the_name() -> None:
    section = _section("# 레코드\n\n- Route 7이 **TTL 값**에 따라 응답을 캐시한다\n")
    fact = _fact(section, "Route 7이")
    assert [t.text for t in fact.terms][:1] == ["TTL 값"]
    assert all("이" not in t.text.split()[-1] for t in fact.terms)


def test_an_enumerated_side_whose_name_is_written_in_the_rows_is_shown_not_asked() -> None:
    section = _section(
        "# 배치 그룹 종류\n\n- Cluster : 한 랙에 노드를 모아 지연을 줄임\n"
        "- Partition : 노드를 논리적 Partition 단위로 나누어 장애를 격리\n"
        "- Spread : 노드마다 다른 하드웨어에 두어 동시 장애를 막음\n"
    )
    (comparison,) = section.topics[0].comparisons
    asked = {side.subject: side.asked for side in comparison.sides}
    assert asked == {"Cluster": True, "Partition": False, "Spread": True}


def test_sides_written_as_clauses_make_no_comparison() -> None:
    section = _section(
        "### 서버가 저절로 켜지는 이유\n1. 다른 서비스에 의해 시작\n"
        "    - Terraform : 상태 파일에 서버가 포함될 수 있음\n    - Nomad : 작업 정의에 서버가 포함됨\n"
        "2. 권한을 가진 다른 사용자가 서버 시작\n"
        "    - 감사 로그에서 `StartServer` 호출자를 찾을 수 있음\n    - 사용자 관리는 IAM으로 제어\n"
    )
    compared = [[side.subject for side in c.sides] for c in section.topics[0].comparisons]
    assert compared == [["Terraform", "Nomad"]]


def test_a_list_whose_items_share_their_head_word_is_not_asked() -> None:
    section = _section("## Thread의 종류\n1. Kernel Thread\n2. User Thread\n\n## 스케줄링\n1. FCFS\n2. SJF\n3. RR\n")
    shared, distinct = section.topics
    assert shared.lists == ()
    assert [len(group.items) for group in distinct.lists] == [3]


def test_a_note_of_several_values_keeps_the_particles_after_them() -> None:
    from builder.emit.cards import note_specs
    from builder.model import Notes

    section = _section(
        "# 재시도\n\n- 첫 재시도는 10초가 지나고, 마지막 재시도는 20초가 지나야 한다\n- 제한 시간은 30초가 기본\n"
    )
    specs = [s for s in note_specs(Notes((section,))) if s.kind == "limit"]
    several, single = (s.fields[0] for s in specs)
    assert "{{c1::10초}}가" in several and "{{c2::20초}}가" in several
    assert "{{c1::30초}}이(가)" in single


def test_a_heading_that_names_several_things_has_no_definition() -> None:
    section = _section("## 컨트롤 플레인 & 데이터 플레인\n\n- 요청을 받아 상태를 저장하는 관리 계층이다.\n")
    assert section.topics[0].definition is None


def test_a_name_made_of_a_verb_and_its_nominal_ending_is_one_term() -> None:
    section = _section("## 캐시\n\n- 노드마다 **쓰기 지연 버퍼**를 두고, 읽기 전용 복제본을 늘린다\n")
    fact = section.topics[0].facts[0]
    assert all(not t.text.startswith("전용") for t in fact.terms)


def test_one_name_described_twice_or_the_rest_is_no_comparison() -> None:
    section = _section(
        "## 메소드\n\n- PUT 메소드 : 자원을 통째로 바꾼다\n- PUT 요청 : 본문 전체를 보낸다\n\n"
        "## 상태 코드\n\n- 2xx : 성공\n- 4xx : 클라이언트 오류\n- 나머지 : 드물게 쓰인다\n"
    )
    assert section.topics[0].comparisons == ()
    assert section.topics[1].comparisons == ()


def test_a_line_that_points_at_the_next_lines_defines_no_term() -> None:
    section = _section("## 함수\n\n- 모범 사례\n  - 다음은 함수 작업에 대한 몇 가지 권장 사항이다\n")
    assert all(f.defines is None for f in section.topics[0].facts)


def test_a_web_address_names_nothing_written_under_it() -> None:
    section = _section("## 함수\n\n- 모범 사례\n  - https://example.org/guide\n    - 실행 환경을 재사용한다\n")
    fact = _fact(section, "실행 환경")
    assert fact.context == ("모범 사례",)


def test_a_port_number_does_not_stop_a_line_from_defining_its_subject() -> None:
    section = _section("# SMTPS\n\n- SMTPS는 465 포트를 쓰는 암호화된 메일 전송 프로토콜이다.\n")
    topic = section.topics[0]
    assert topic.definition == 0
    assert {"limit", "what"} <= set(topic.facts[0].decision.kinds)


def test_a_topic_sharing_only_a_prefix_with_the_subject_is_another_name() -> None:
    section = _section(
        "# IAM 사용자\n\n- IAM 그룹은 권한을 묶어 주는 단위이다.\n- 사람 한 명에 대응하는 계정 주체이다.\n"
    )
    assert section.topics[0].definition == 1


def test_a_value_keeps_its_limit_card_on_a_line_that_leans_or_labels() -> None:
    section = _section(
        "# 전송 게이트웨이\n\n- 연결당 대역폭은 최대 50Gbps이다\n- 따라서 50Gbps 이상이 필요하면 다른 방식을 쓴다\n"
        "- 발생 조건(4가지 동시 만족):\n  - 상호 배제\n"
    )
    leaning = _fact(section, "따라서")
    label = _fact(section, "발생 조건")
    assert leaning.decision.kinds == ("limit",) and label.decision.kinds == ("limit",)


def test_a_name_defined_twice_is_asked_once() -> None:
    section = _section(
        "# 큐\n\n- 메시지를 순서대로 전달하는 관리형 서비스이다.\n\n"
        "# 큐\n\n- 생산자와 소비자를 떼어 놓는 완충 장치이다.\n"
    )
    first, second = section.topics
    assert first.definition == 0 and second.definition is None
    assert second.facts[0].decision.rule == "repeat"


def test_a_which_card_is_not_made_when_its_context_or_text_gives_the_answer() -> None:
    section = _section(
        "# Firewall Group\n\n- 방화벽 그룹은 인스턴스 단위로 트래픽을 허용하는 가상 방화벽이다.\n\n"
        "# 저장소\n\n- EFS\n  - Elastic File System, 여러 서버가 함께 쓰는 관리형 파일 스토리지이다.\n"
    )
    translated = _fact(section, "방화벽 그룹은")
    spelled = _fact(section, "Elastic File System")
    assert "what" in translated.decision.kinds and "which" not in translated.decision.kinds
    assert "what" in spelled.decision.kinds and "which" not in spelled.decision.kinds


@pytest.mark.usefixtures("which_cards_from_any_note")
def test_a_which_card_leaves_off_a_parent_that_writes_its_answer_and_asks_the_rest() -> None:
    """``메타데이터 저장소 zk`` over ``메타데이터 저장소는 …``: the label is left off the card's
    front (it would answer it), so it does not stop the card."""
    from builder.emit.cards import note_specs
    from builder.model import Notes

    section = _section(
        "# 메시지 브로커\n\n## 구성요소\n메타데이터 저장소 zk\n"
        "- 메타데이터 저장소는 클러스터 구성 정보를 키-값으로 보관하는 분산 코디네이터\n"
    )
    defining = _fact(section, "메타데이터 저장소는")
    assert "which" in defining.decision.kinds
    (front,) = [s.fields[0] for s in note_specs(Notes((section,))) if s.kind == "which"]
    assert " zk" not in front and "메타데이터 저장소" not in front


@pytest.mark.usefixtures("which_cards_from_any_note")
def test_a_which_card_under_a_heading_naming_its_answer_shows_no_lone_aspect() -> None:
    """``## Error와 Exception 차이`` over a card asking Error: the heading names the answer and goes,
    and its aspect ``차이`` alone would say nothing."""
    from builder.emit.cards import note_specs
    from builder.model import Notes

    section = _section(
        "# 자바 예외\n\n## Error와 Exception 차이\n"
        "- Error\n  - 시스템 수준에서 발생하는 복구 불가능한 심각한 오류 상황\n"
        "- Exception\n  - 프로그램 코드에서 처리할 수 있는 예외 상황\n"
    )
    fronts = [s.fields[0] for s in note_specs(Notes((section,))) if s.kind == "which"]
    assert len(fronts) == 2
    assert all('<div class="ctx">' not in front for front in fronts), fronts


def test_prose_wrapped_mid_sentence_is_one_fact_and_a_finished_line_is_not_joined() -> None:
    section = _section(
        "# 로그 구조 병합 트리\n\n"
        "쓰기는 먼저 메모리의 **멤테이블**에 모이며,\n"
        "가득 차면 정렬된 파일로 디스크에 내려간다.\n"
        "읽기는 여러 파일을 차례로 확인한다.\n"
    )
    wrapped = _fact(section, "쓰기는")
    assert wrapped.text.endswith("디스크에 내려간다.")
    assert [t.text for t in wrapped.terms][:1] == ["멤테이블"]
    assert _fact(section, "읽기는").source.line == 5


def test_a_to_do_list_and_a_study_schedule_make_no_cards() -> None:
    section = _section(
        "# 시험 준비\n\n"
        "- [ ] **라우팅 테이블** 실습 2회\n- [x] 서브넷 계산 연습\n"
        "- 기출문제 3회독 및 오답노트\n- 서브넷 마스크 /24는 호스트 254개를 쓴다\n"
    )
    for starts in ("[ ]", "[x]", "기출문제"):
        fact = _fact(section, starts)
        assert fact.decision is not None and fact.decision.rule == "todo", starts
        assert fact.decision.kinds == ()
    fact_to_learn = _fact(section, "서브넷 마스크").decision
    assert fact_to_learn is not None and fact_to_learn.kinds != ()


def test_a_loanword_the_analyser_cuts_in_two_is_not_a_compound_term() -> None:
    section = _section("# 블록 볼륨\n\n- 볼륨은 같은 영역의 인스턴스에만 붙일 수 있다.\n")
    fact = _fact(section, "볼륨은")
    assert "인스턴스" not in [t.text for t in fact.terms]


def test_a_loanword_read_with_a_particle_inside_it_is_one_noun_and_never_cut_by_a_blank() -> None:
    """``마이크로서비스`` is read ``마이크 + 로 + 서비스`` even alone; a particle never stands inside a
    word, so no blank ends inside the name (``[...]로서비스``)."""
    line = "이미지 업로드 마이크로서비스는 썸네일 마이크로서비스에 직접 요청하지 않고 큐에 publish 한다."
    cut = [t.text for t in key_terms(line) if line[t.end :].startswith("로서비스")]
    assert not cut, cut


def test_lines_under_a_references_heading_make_no_cards_and_the_heading_is_no_subject() -> None:
    section = _section(
        "# 해시 인덱스\n\n- 등호 검색을 상수 시간에 처리하는 인덱스이다.\n\n"
        "## 참고\n\n- 데이터베이스 내부 구조 책의 **인덱스** 장을 따라 읽으면 이해된다.\n"
    )
    reference = _fact(section, "데이터베이스 내부")
    assert reference.decision is not None and reference.decision.rule == "reference"
    (cited,) = [t for t in section.topics if t.title == "참고"]
    assert cited.definition is None


_STORY_PAGE = (
    "---\ntitle: 네트워크관리사 2급 합격 후기\n---\n\n## 준비\n\n"
    "- 기출 문제집은 세 번 반복해서 풀었습니다.\n"
    "- 실기 시험은 라우터 설정을 Cisco IOS 명령어로 입력하는 방식이다.\n"
)
_STORY_HEADING = (
    "# 라우팅 프로토콜\n\n- RIP는 최대 홉 수를 15개로 제한했습니다.\n\n"
    "## 시험 공부 방법\n\n- 요약 노트는 OSPF 영역 설계 위주로 정리했습니다.\n"
)
_NUMBERED_QUESTIONS = (
    "# 덤프 풀이\n\n### #7\n\n사내 서버 일부가 장애 중에도 동작하게 하려면 무엇을 추천하겠는가\n\n"
    "<h3>#8</h3>\n\n- 데이터 센터 하나가 멈춰도 다른 영역의 서버가 요청을 받도록 구성한다\n\n"
    "### 503\n\n- Service Unavailable: 서버가 일시적으로 요청을 처리할 수 없는 상태\n"
)
_REVIEW = (
    "# 덤프 풀이\n\n## Question #14\n\n### 정답 (X, 오답: (B))\n\n"
    "C. 캐시 클러스터를 두고 애플리케이션이 Memcached 엔드포인트를 읽도록 수정합니다.\n\n"
    "### 내용 체크\n\n- Memcached: 멀티스레드로 동작하는 인메모리 키-값 캐시\n"
)

_EXERCISE_PAGE = (
    "# 해시 테이블\n\n## 연습 문제\n\n- 버킷 16개짜리 테이블에 키 40개를 넣는다\n"
    "- 충돌을 연결 리스트로 푸는 방식은?\n  - 체이닝 방식\n"
    "- 빈 칸을 차례로 찾는 방식은?\n  - a. 선형 탐사 b. 이중 해싱 c. 체이닝\n\n"
    "## [도전과제2] - 충돌 처리\n\n- 체이닝으로 버킷 8개짜리 테이블을 구현한다\n\n"
    "## Example · 캐시\n\n- 캐시 항목 500개를 LRU로 관리한다\n"
    "- 가득 찬 캐시는 무엇을 내보내는가?\n  - 가장 오래 안 쓴 항목 500개\n\n"
    "## www.example.com 조회\n\n- 브라우저는 먼저 DNS에 도메인의 IP 주소를 묻는다\n\n"
    "## 적재율\n\n- 개방 주소법은 적재율이 70%를 넘으면 테이블을 두 배로 늘린다\n"
)


@pytest.mark.parametrize(
    ("notes", "line", "role"),
    [
        # On a page that tells the writer's story of an exam, what it recounts is the writer's own;
        (_STORY_PAGE, "기출 문제집은", "personal"),
        # a fact of the exam, stated in the present, keeps its card.
        (_STORY_PAGE, "실기 시험은", None),
        # A heading that names the story does the same inside ordinary notes; elsewhere the past is a fact.
        (_STORY_HEADING, "요약 노트는", "personal"),
        (_STORY_HEADING, "RIP는", None),
        # Under a heading that only numbers an exam question, the lines are its scenario.
        (_NUMBERED_QUESTIONS, "사내 서버", "question"),
        (_NUMBERED_QUESTIONS, "데이터 센터", "example"),
        # A bare number names something else (a status code, a port): its lines are notes.
        (_NUMBERED_QUESTIONS, "Service Unavailable", None),
        # The option under a reviewer's answer heading is a choice of a question the card cannot show;
        (_REVIEW, "C. 캐시", "choices"),
        # the concepts checked under the question are the notes' own.
        (_REVIEW, "Memcached:", None),
        # Exercises set to the learner, by Korean name or the English word: their numbers are givens;
        (_EXERCISE_PAGE, "버킷 16개짜리", "example"),
        (_EXERCISE_PAGE, "체이닝으로", "example"),
        (_EXERCISE_PAGE, "캐시 항목 500개", "example"),
        # an answer written out under an exercise's question is the notes' own
        (_EXERCISE_PAGE, "체이닝 방식", None),
        # its options are not (one of them is false), nor an answer under a worked example's question
        (_EXERCISE_PAGE, "a. 선형 탐사", "example"),
        (_EXERCISE_PAGE, "가장 오래 안 쓴", "example"),
        # ``example`` inside a web address names a site, not an example.
        (_EXERCISE_PAGE, "브라우저는 먼저", None),
        (_EXERCISE_PAGE, "개방 주소법은", None),
    ],
)
def test_where_a_line_stands_gives_it_its_role(notes: str, line: str, role: str | None) -> None:
    decision = _decision(_section(notes), line)
    if role is None:
        assert decision.kinds, f"{line!r} keeps its card"
    else:
        assert decision.rule == role


def test_a_series_of_values_of_one_unit_asks_none_of_them() -> None:
    section = _section(
        "# 큰 수의 법칙\n\n- 동전을 100번, 200번, 500번 던지면 앞면의 비율이 0.5에 가까워진다.\n"
        "- 표본 크기가 30개 이상이면 표본평균의 분포는 정규분포에 가깝다.\n"
    )
    assert [q.text for q in _fact(section, "동전을").quantities] == []
    assert [q.text for q in _fact(section, "표본 크기가").quantities] == ["30개"]


def test_a_blank_that_takes_the_rest_of_a_short_line_is_not_what_a_fact_card_hides() -> None:
    section = _section("# 메시지 큐\n\n- Kafka - 보존: 토픽 보존 기간\n")
    labelled = _fact(section, "Kafka - 보존")
    # ``Kafka - 보존: [...]`` would ask what the line says of it; the name, asked from it, is a question.
    assert [t.text for t in labelled.terms] == ["Kafka"]


def test_a_term_opened_by_an_acronym_the_heading_spells_out_is_not_hidden() -> None:
    section = _section("# Key Management Service\n\n- 봉투 암호화에서는 데이터 키를 KMS 마스터 키로 암호화한다\n")
    fact = _fact(section, "봉투 암호화")
    assert not any(t.text.startswith("KMS") for t in fact.terms), "the heading spells KMS out"
    vendor = _section("# Elastic Container Registry\n\n- Amazon ECR에 저장한 이미지 용량만큼만 요금을 낸다\n")
    assert not any("ECR" in t.text for t in _fact(vendor, "Amazon ECR").terms), "after the vendor's name, too"


def test_a_kind_named_under_a_term_defines_itself_not_the_term() -> None:
    section = _section(
        "# 라우팅\n\n- 외부 라우팅 프로토콜(EGP)\n"
        "    - BGP(Border Gateway Protocol): AS 상호 간에 경로 정보를 교환하기 위한 라우팅 프로토콜\n"
        "- 웜(Worm)\n    - 스스로 복제하여 네트워크로 퍼지는 악성 프로그램이다\n"
        "- 랜섬웨어\n    - 개념: 파일을 암호화하고 대가를 요구하는 악성 프로그램이다\n"
    )
    assert _fact(section, "BGP").defines is None, "BGP is one kind of EGP, not what EGP is"
    assert _fact(section, "스스로 복제").defines == "웜(Worm)"
    assert _fact(section, "개념:").defines == "랜섬웨어", "a label names no other thing"


def test_sides_numbered_in_turn_make_no_comparison() -> None:
    uses = ["대형 통신망", "중형 통신망", "소형 통신망", "멀티캐스트"]
    table = "| 클래스 | 용도 |\n| --- | --- |\n" + "".join(
        f"| {c}클래스 | {use} |\n" for c, use in zip("ABCD", uses, strict=True)
    )
    assert _section(f"## 주소 클래스\n\n{table}").topics[0].comparisons == ()


def test_a_line_about_its_topics_subject_defines_no_other_name_it_opens_with() -> None:
    section = _section(
        "## Slowloris\n\n> - HTTP(HyperText Transfer Protocol)는 헤더가 끝나야 요청을 처리하게 되는데, "
        "Slowloris는 헤더를 아주 천천히 보내 연결을 붙잡아 두는 공격 방법이다.\n\n"
        "## 캐시\n\n- Redis는 인메모리 키-값 저장소이다.\n"
    )
    assert _fact(section, "HTTP(").defines is None, "the line is about Slowloris, not HTTP"
    assert _fact(section, "Redis는").defines == "Redis"


def test_a_translation_of_the_name_is_not_its_definition() -> None:
    section = _section(
        "# Route Propagation\n\n- 해석하자면 경로 전파 기능입니다.\n- 라우팅 테이블에 경로를 자동으로 넣어 준다.\n"
    )
    (topic,) = section.topics
    assert topic.definition is None or not topic.facts[topic.definition].text.startswith("해석하자면")


def test_a_label_heading_takes_its_subject_from_the_heading_above_never_from_the_file_name() -> None:
    nested = parse_text(
        "# 해시 조인\n\n## 내용\n\n- 작은 테이블로 해시 테이블을 만든다.\n", "03-join-notes.md", Problems()
    )
    assert [(t.subject, t.aspect) for t in nested.topics] == [("해시 조인", "내용")]
    untitled = parse_text("## 특징\n\n- 작은 테이블로 해시 테이블을 만든다.\n", "03-join-notes.md", Problems())
    assert all("03-join-notes" not in (t.subject, t.aspect) for t in untitled.topics)


def test_a_bullet_typed_in_a_table_cell_is_not_part_of_the_text() -> None:
    section = _section(
        "# 키의 종류\n\n| 키 | 설명 |\n|---|---|\n| 기본키 | - 후보키 중에서 엔터티를 대표하는 키 |\n"
        "| 대체키 | - 기본키로 뽑히지 않은 후보키 |\n"
    )
    rows = [f.text for t in section.topics for f in t.facts if f.kind == "table_row"]
    assert rows == ["기본키: 후보키 중에서 엔터티를 대표하는 키", "대체키: 기본키로 뽑히지 않은 후보키"]


def test_an_indented_item_read_as_a_paragraph_line_is_an_item_under_the_line_above() -> None:
    section = _section("## 범용 디스크\n세대 3: 최신 볼륨\n    - 기본 3,000 IOPS 제공\n    - 최대 16,000 IOPS\n")
    _head, *items = section.topics[0].facts
    assert [f.text for f in items] == ["기본 3,000 IOPS 제공", "최대 16,000 IOPS"]
    assert all(f.parent == 0 and f.context == ("세대 3",) for f in items)


def test_a_line_that_says_what_another_name_is_defines_that_name_not_the_heading() -> None:
    section = _section("# 데이터베이스\n\n- 트랜잭션이란 상태를 바꾸는 작업의 단위를 뜻한다.\n")
    (topic,) = section.topics
    assert topic.definition is None
    assert topic.facts[0].defines == "트랜잭션"


def test_a_what_card_asks_what_a_subject_is_for_only_when_the_notes_say() -> None:
    section = _section(
        "# 팬텀 리드\n\n- 같은 범위를 두 번 읽을 때 없던 행이 나타나는 현상이다.\n\n"
        "# 배치 스케줄러\n\n- 야간 작업을 정해진 순서로 실행하는 서비스\n"
    )
    phenomenon, tool = section.topics
    assert phenomenon.definition is not None and not phenomenon.facts[phenomenon.definition].says_use
    assert tool.definition is not None and tool.facts[tool.definition].says_use


def test_a_list_with_a_step_written_twice_makes_no_list_card() -> None:
    section = _section("# 방화벽 설정\n\n1. fw install\n2. fw status\n3. fw enable\n4. fw allow 22\n5. fw status\n")
    assert section.topics[0].lists == ()


def test_a_command_option_and_a_misspelt_context_name_are_never_hidden() -> None:
    section = _section(
        "# 접속\n\n- mysql -u root -p 로 관리자 접속을 한다\n\n"
        "# REPEATABLE READ\n\n- 같은 행을 두 번 읽어도 같은 값을 주는 REPAETABLE READ 수준을 보장한다\n"
    )
    option = _fact(section, "mysql")
    assert all(not t.text.startswith("u") for t in option.terms)
    misspelt = _fact(section, "같은 행을")
    assert all("READ" not in t.text for t in misspelt.terms)


def test_a_value_the_context_line_shows_is_not_asked() -> None:
    section = _section(
        "# 주소 블록\n\n- 10.20.0.0/16\n  - /16 : 앞의 16비트가 네트워크 주소라는 뜻\n  - 호스트는 최대 65,536개\n"
    )
    shown = _fact(section, "/16 :")
    assert all(q.text != "/16" for q in shown.quantities)
    asked = _fact(section, "호스트는")
    assert [q.text for q in asked.quantities] == ["65,536개"]


def test_a_value_whose_number_the_line_writes_again_is_not_asked_unless_hidden_with_it() -> None:
    section = _section(
        "# 주소 공간\n\n- 주소 비트 10개면 2^10 = 1024, 즉 주소는 1024개다\n"
        "- 배치 한 번에 최대 25개, 호출당 25개를 넘으면 나눠 보낸다\n"
        "- 파트 크기 8MB 이상, 객체는 최대 8TB\n"
    )
    bits, twice, units = section.topics[0].facts
    assert [q.text for q in bits.quantities] == []  # 1024개 is read off the bare 1024, 10개 off 2^10
    assert [q.text for q in twice.quantities] == ["25개", "25개"]  # hidden together on one card
    assert [q.text for q in units.quantities] == ["8MB", "8TB"]


def test_a_count_of_the_items_its_clause_lists_is_not_asked() -> None:
    section = _section(
        "# 로그 수준\n\n- 로그 수준은 DEBUG, INFO, WARN, ERROR의 4가지로 나뉜다\n"
        "- 수집기는 3가지 입력 (파일, 소켓, 표준 출력)에서 읽는다\n"
        "- 파일, 소켓, 표준 출력 중 하나에 최대 8개 수집기를 붙인다\n"
    )
    levels, sources, attached = section.topics[0].facts
    assert levels.quantities == () and sources.quantities == ()
    assert [q.text for q in attached.quantities] == ["8개"]


def test_a_heading_that_only_numbers_a_chapter_has_no_definition() -> None:
    for label in ("Chapter 04", "Ch.2", "5주차", "제3장"):
        section = _section(f"# 운영체제 정리\n\n## {label}\n\n- 다음에 실행할 프로세스를 고르는 모듈\n")
        assert section.topics[0].definition is None, label
    named = _section("# 운영체제 정리\n\n## 스케줄러\n\n- 다음에 실행할 프로세스를 고르는 모듈\n")
    assert named.topics[0].definition == 0


def test_a_blank_never_cuts_a_formula_between_its_brackets() -> None:
    for line in ("$v = m * 2^{Exponent-Bias}$ 로 값을 구한다", "부동소수점 값은 (-1)^s * 1.M * 2^{E-Bias} 로 나타낸다"):
        terms = [t.text for t in key_terms(line)]
        assert all(t.count("{") == t.count("}") for t in terms), terms


def test_a_heading_naming_a_kind_then_one_member_is_about_the_member() -> None:
    section = _section(
        "# 캐시\n\n## 교체 정책: LRU (Least Recently Used Page Replacement)\n\n"
        "- 기본값: 가장 오래 안 쓴 항목부터 지운다\n\n"
        "## 교체 정책: LFU\n\n- 기본값: 가장 적게 쓴 항목부터 지운다\n\n"
        "## 캐시 전략 - Write-back\n\n- 캐시에만 쓰고 나중에 저장소에 반영한다\n\n"
        "## Redis: 영속성\n\n- RDB 스냅샷과 AOF 로그를 쓴다\n"
    )
    lru, lfu, back, redis = section.topics
    assert (lru.subject, lru.aspect) == ("LRU", None) and (lfu.subject, lfu.aspect) == ("LFU", None)
    assert (back.subject, back.aspect) == ("Write-back", None)
    assert (redis.subject, redis.aspect) == ("Redis", "영속성")


def test_the_number_of_an_option_or_of_an_inline_step_is_no_limit() -> None:
    section = _section(
        "# 복기\n\n- 3번. 인덱스는 테이블당 최대 64개까지 만든다\n"
        "- 절차 : 1. 키 생성, 2. 서명, 3. 배포\n"
        "- 동시 요청 제한 : 5. 넘으면 오류를 돌려준다\n"
    )
    option, steps, value = section.topics[0].facts
    assert [q.text for q in option.quantities] == ["64개"]
    assert steps.quantities == ()
    assert [q.text for q in value.quantities] == ["5"]


def test_a_blank_never_hides_the_colon_a_bold_label_carries() -> None:
    section = _section("# 라우터 구성\n\n- **설정 저장소:** RAM(실행 중), NVRAM(시작 시)\n")
    (fact,) = section.topics[0].facts
    assert [t.text for t in fact.terms] == ["설정 저장소"]


def test_an_acronym_its_context_spells_out_is_not_hidden() -> None:
    section = _section(
        "# 부하 분산\n\n## Application Load Balancer\n\n- 경로 기반 라우팅이 필요하면 ALB를 고른다\n"
        "- 고정 IP가 필요하면 NLB를 고른다\n"
    )
    spelt, other = section.topics[0].facts
    assert "ALB" not in [t.text for t in spelt.terms]
    assert "NLB" in [t.text for t in other.terms]


def test_a_hangul_word_a_run_together_latin_name_on_the_line_sounds_like_is_not_hidden() -> None:
    terms = [t.text for t in key_terms("LoadBalancer: 클라우드가 만든 로드 밸런서를 거쳐 외부에서 접근 가능")]
    assert "로드 밸런서" not in terms and "LoadBalancer" in terms


def test_a_versus_heading_gives_each_side_the_points_under_its_own_bullet() -> None:
    section = _section(
        "## 해시 인덱스 vs B트리 인덱스\n\n"
        "- 해시 인덱스\n  - 등호 검색이 빠르다\n  - B트리 인덱스보다 범위 검색이 느리다\n"
        "- B트리 인덱스\n  - 범위 검색과 정렬을 지원한다\n  - 해시 인덱스와 달리 키 순서를 유지한다\n"
    )
    (comparison,) = section.topics[0].comparisons
    points = {side.subject: side.points for side in comparison.sides}
    assert points == {
        "해시 인덱스": ("등호 검색이 빠르다", "B트리 인덱스보다 범위 검색이 느리다"),
        "B트리 인덱스": ("범위 검색과 정렬을 지원한다", "해시 인덱스와 달리 키 순서를 유지한다"),
    }
    prose = _section(
        "## 해시 인덱스 vs B트리 인덱스\n\n- B트리 인덱스보다 해시 인덱스가 등호 검색에 빠르다\n"
        "- 해시 인덱스와 달리 B트리 인덱스는 정렬된 순서로 읽는다\n"
    )
    (comparison,) = prose.topics[0].comparisons
    owners = {side.subject: side.points for side in comparison.sides}
    assert owners["해시 인덱스"] == ("B트리 인덱스보다 해시 인덱스가 등호 검색에 빠르다",)  # 보다: the standard
    assert owners["B트리 인덱스"] == ("해시 인덱스와 달리 B트리 인덱스는 정렬된 순서로 읽는다",)


def test_the_options_listed_under_an_exam_question_heading_are_choices() -> None:
    section = _section(
        "# 캐시 복습\n\n### 4. 다음 중 캐시에 대한 설명으로 옳지 않은 것은?\n\n"
        "1. LRU는 가장 오래 쓰지 않은 항목을 먼저 지운다\n2. Write-through는 쓰기마다 저장소도 갱신한다\n"
        "3. TTL이 지나면 항목은 영원히 남는다\n\n"
        "### 캐시 교체 정책은?\n\n1. LRU는 가장 오래 쓰지 않은 항목을 먼저 지운다\n"
        "2. LFU는 가장 적게 쓴 항목을 지운다\n"
    )
    quiz, asked = section.topics
    assert [f.decision.rule for f in quiz.facts] == ["choices"] * 3
    assert all(f.decision.rule != "choices" for f in asked.facts)  # a heading that asks what its lines answer


def test_an_aside_in_brackets_is_no_definition() -> None:
    section = _section("# 리눅스\n\n## 셸\n\n(bash나 zsh 같은 사용자용 프로그램)\n")
    assert section.topics[0].definition is None


def test_a_value_supposed_for_a_case_is_no_limit_and_a_bound_still_is() -> None:
    section = _section(
        "# 배포\n\n- 캐시 적중률이 80%라면 원본 조회는 다섯 번에 한 번이다\n- 반품은 30일 이내라면 무료로 처리된다\n"
    )
    supposed, bound = section.topics[0].facts
    assert "limit" not in supposed.decision.kinds
    assert [q.text for q in bound.quantities] == ["30일"] and "limit" in bound.decision.kinds


def test_part_of_an_acronyms_spelling_is_not_hidden_but_the_whole_spelling_is() -> None:
    section = _section(
        "# 캐시\n\n## TTL 설정\n\n- Time – To – Live Value\n\n"
        "## TLS 개요\n\n- TLS는 Transport Layer Security를 뜻하며 전송 구간을 암호화한다\n"
    )
    part, whole = (topic.facts[0] for topic in section.topics)
    assert not any(t.text.startswith(("Live", "To")) for t in part.terms)
    assert "Transport Layer Security" in [t.text for t in whole.terms]


def test_every_marked_answer_of_a_question_is_written_under_it() -> None:
    section = _section(
        "# 기출 복기\n\nQ. 여러 리전의 사용자에게 정적 파일을 빠르게 전달\n\n**지연 시간 최소화** 요구\n\n"
        "A. CloudFront 배포를 만든다\n\n- 엣지에서 캐시한다\n\nA. S3 Transfer Acceleration을 켠다\n"
    )
    facts = section.topics[0].facts
    question = next(i for i, f in enumerate(facts) if f.text.startswith("Q."))
    answers = [f for f in facts if f.text.startswith("A.")]
    assert len(answers) == 2 and all(a.parent == question for a in answers)


def test_a_file_known_only_by_its_slug_has_no_subject_to_define() -> None:
    text = "- 원본 DB의 읽기 부하를 나누는 복제본이다\n"
    slug = parse_text(text, "03-db-replica-notes.md", Problems())
    assert slug.topics[0].definition is None
    named = parse_text(text, "Read Replica.md", Problems())
    assert named.topics[0].definition == 0


def test_an_exercise_number_after_a_page_number_is_no_limit_and_the_fact_stays() -> None:
    section = _section("# SQL\n\n- ★ 문자열 끝 공백은 RTRIM 함수로 지운다 (72p 15번)\n- 인덱스는 테이블당 최대 64개\n")
    cited, limit = section.topics[0].facts
    assert cited.quantities == () and cited.decision.kinds  # the fact is still asked
    assert [q.text for q in limit.quantities] == ["64개"]


def test_a_terms_heading_is_a_part_of_the_page_not_a_subject() -> None:
    section = _section("# 스토리지\n\n## 용어\n\n- 블록 단위로 읽고 쓰는 네트워크 저장 장치\n")
    (topic,) = section.topics
    assert topic.definition is None and topic.subject != "용어"


def test_a_colon_glued_between_letters_is_no_name_and_description() -> None:
    section = _section("# 권한\n\n- chown OWNER:GROUP FILE 로 소유자와 그룹을 함께 바꾼다\n- 모드:자동 배포\n")
    command, mode = section.topics[0].facts
    assert not any(t.text in ("chown OWNER", "GROUP FILE") for t in command.terms)
    assert NAME_DESCRIPTION.match(command.text) is None and NAME_DESCRIPTION.match(mode.text) is not None


def test_lines_typed_with_a_glued_dash_are_items_of_the_label_line_above() -> None:
    section = _section(
        "# 윈도 함수\n\nNTILE()<br>\n-행을 지정한 개수의 그룹으로 나눈다<br>\n-그룹 번호는 1부터 매긴다<br><br>\n"
        "ROW_NUMBER()<br>\n-같은 값에도 서로 다른 순번을 준다\n"
    )
    facts = section.topics[0].facts
    label = next(i for i, f in enumerate(facts) if f.text == "NTILE()")
    items = [f for f in facts if f.parent == label]
    assert [f.text for f in items] == ["행을 지정한 개수의 그룹으로 나눈다", "그룹 번호는 1부터 매긴다"]
    assert all(f.context == ("NTILE()",) for f in items)


def test_a_two_column_table_headed_by_two_names_compares_its_columns() -> None:
    sides = _table_sides("| TCP | UDP |\n|---|---|\n| 연결형 | 비연결형 |\n| 순서 보장 | 순서 보장 없음 |\n")
    assert [(s.subject, s.points) for s in sides] == [
        ("TCP", ("연결형", "순서 보장")),
        ("UDP", ("비연결형", "순서 보장 없음")),
    ]


def test_a_one_line_quote_over_a_list_heads_the_list_like_a_heading() -> None:
    section = _section("# 캐시\n\n> Redis 영속성\n\n- RDB 스냅샷을 주기적으로 저장한다\n- AOF는 쓰기 명령을 기록한다\n")
    facts = section.topics[0].facts
    assert all(f.context == ("Redis 영속성",) for f in facts if f.kind == "bullet")


def test_an_english_dumps_answer_key_makes_no_card() -> None:
    section = _section(
        "# 모의고사 3\n\n1. Which service stores session state with sub-millisecond latency?\n"
        "    - A. Amazon S3 Glacier.\n    - B. Amazon ElastiCache.\n    - C. AWS Snowball.\n\n"
        "    <details><summary>Answer</summary>\n\n    Correct answer: B\n\n"
        "    ElastiCache는 메모리에 데이터를 두어 밀리초 미만의 지연으로 세션을 읽는다.\n    </details>\n"
    )
    key = _decision(section, "Correct answer")
    assert key.kinds == () and key.rule == "choices", key
    assert _decision(section, "ElastiCache는").rule != "choices"  # the explanation is the notes' own


def test_a_table_headed_by_database_column_names_holds_an_examples_rows() -> None:
    section = _section(
        "# 정규화\n\n## 직원 계좌\n\n| bank_name | account_num | grade | empl_name |\n|---|---|---|---|\n"
        "| Hana | 1234 | GOLD | Kim |\n| Shinhan | 5678 | SILVER | Lee |\n\n"
        "## 제2정규형\n\n- 부분 함수 종속을 제거한 형태이다\n"
    )
    for starts in ("Hana", "Shinhan"):
        decision = _decision(section, starts)
        assert decision.kinds == () and decision.rule == "example", (starts, decision)


def test_options_lettered_beside_their_question_are_its_choices() -> None:
    section = _section(
        "# 모의고사\n\n재해 복구에서 가장 짧은 RTO를 주는 전략은 무엇입니까?  \n"
        "A) 백업을 Amazon Glacier에서 복원하고 새 인스턴스를 만든다  \nB) 파일럿 라이트로 핵심 DB만 복제해 둔다  \n"
        "C) 웜 스탠바이로 축소된 전체 환경을 띄워 둔다  \nD) 다중 사이트로 두 리전에서 함께 서비스한다\n\n"
        "## 계층\n\nOSI 7계층의 하위 3계층은 무엇인가?\n\na) 물리 계층: 전기 신호로 비트를 전송한다\n\n"
        "b) 데이터 링크 계층: 인접 노드 사이에 **프레임**을 전달한다\n\nc) 네트워크 계층: 패킷의 경로를 정한다\n"
    )
    for letter in "ABCD":
        assert _decision(section, f"{letter})").rule == "choices", letter
    assert _decision(section, "b) 데이터 링크").rule != "choices"  # the notes' own answer, explained
    own = _section(
        "# DB\n\n트랜잭션의 4가지 특성은 무엇인가?\n\na) 원자성 - 모두 반영되거나 전혀 반영되지 않는다\n\n"
        "b) 일관성 - 실행 전후 데이터가 일관된다\n\nc) 독립성 - 동시 실행이 서로 간섭하지 않는다\n\n"
        "d) 지속성 - 완료된 결과는 영구히 남는다\n"
    )
    assert _decision(own, "b) 일관성").rule != "choices"  # a learner's own question, answered in parts


def test_the_false_option_an_answer_names_is_no_fact() -> None:
    section = _section(
        "# 캐시 복습\n\n### 다음 중 캐시에 대한 설명으로 옳지 않은 것은?\n\n"
        "1. LRU는 가장 오래 쓰지 않은 항목을 먼저 지운다\n2. TTL이 지나도 항목은 캐시에 영원히 남는다\n\n"
        "#### 정답\n\n2번. TTL이 지나도 항목은 캐시에 영원히 남는다\n\nTTL이 지나면 항목은 만료되어 지워진다.\n"
    )
    answer = section.topics[-1]
    picked, explained = answer.facts
    assert picked.decision.rule == "choices" and explained.decision.rule != "choices"


def test_an_exam_instruction_count_is_no_limit() -> None:
    section = _section("# 모의고사\n\n- 다음 중 관리형 큐 서비스를 고르는 문제 (2개 선택)\n")
    (fact,) = section.topics[0].facts
    assert fact.quantities == ()


def test_a_two_column_table_of_values_keeps_its_header_so_each_value_is_a_limit() -> None:
    section = _section("# 서브넷 크기\n\n| 접두사 | 주소 수 |\n|---|---|\n| /28 | 16 |\n| /24 | 256 |\n")
    rows = section.topics[0].facts
    assert [f.text for f in rows] == ["/28 — 주소 수: 16", "/24 — 주소 수: 256"]
    assert all(f.decision is not None and "limit" in f.decision.kinds for f in rows)


def test_a_table_column_that_names_each_row_again_goes_with_the_name() -> None:
    sides = _table_sides(
        "| 수준 | 이름 | 막는 현상 |\n| --- | --- | --- |\n"
        "| RC | 커밋된 읽기 | 더티 리드를 막는다 |\n| RR | 반복 가능 읽기 | 반복 불가능 읽기를 막는다 |\n"
    )
    assert [s.subject for s in sides] == ["RC (커밋된 읽기)", "RR (반복 가능 읽기)"]
    assert all(not any("커밋된 읽기" in p or "반복 가능 읽기:" in p for p in s.points) for s in sides)


def test_a_table_whose_headers_name_aspects_compares_its_rows() -> None:
    sides = _table_sides(
        "|  | 유형 | 요금 |\n| --- | --- | --- |\n"
        "| 표준 큐 | 최소 한 번 전달 | 저렴 |\n| FIFO 큐 | 정확히 한 번 처리 | 비쌈 |\n"
    )
    assert [s.subject for s in sides] == ["표준 큐", "FIFO 큐"]


def test_a_field_label_the_notes_fill_in_again_and_again_is_never_hidden() -> None:
    section = _section(
        "# 패턴 1\n\n- **요구사항**: 리전 장애 시 다른 리전으로 전환\n- **정답 단서**: 장애 조치 라우팅\n\n"
        "# 패턴 2\n\n- **요구사항**: 일부 트래픽만 새 버전으로 보냄\n- **정답 단서**: 가중치 라우팅\n"
    )
    for fact in (f for t in section.topics for f in t.facts):
        assert all(t.text not in ("요구사항", "정답 단서") for t in fact.terms), fact.text


def test_a_tag_that_is_no_html_element_is_text_the_writer_typed() -> None:
    section = _section(
        "# 명령\n\n## 접속\n\n- 접속은 ssh -i <key-file> ec2-user@<public-ip> 형식으로 한다\n"
        "- 관계: <<include>> 는 필수 포함 관계를 나타낸다\n- 제네릭 List<String> 은 문자열만 담는다\n"
        '- <b>굵게</b> 쓴 <font color="red">빨간</font> 글씨<br>둘째 줄\n'
    )
    texts = [f.text for f in section.topics[0].facts]
    assert texts[:3] == [
        "접속은 ssh -i <key-file> ec2-user@<public-ip> 형식으로 한다",
        "관계: <<include>> 는 필수 포함 관계를 나타낸다",
        "제네릭 List<String> 은 문자열만 담는다",
    ], texts
    assert "굵게 쓴 빨간 글씨" in texts and "<" not in " ".join(texts[3:]), texts
    # A blank never cuts a placeholder in two (``ec2-user@<public-ip`` hidden, ``>`` left).
    for fact in section.topics[0].facts:
        for term in fact.terms:
            assert term.text.count("<") == term.text.count(">"), (fact.text, term)


def test_text_inside_raw_html_loses_quote_marks_and_liquid_tags_but_keeps_their_text() -> None:
    section = _section(
        '# 캐시\n\n<details>\n<div markdown="1">\n'
        '> {% include elements/highlight.html text="캐시란 자주 쓰는 데이터를 가까이 두는 저장소" %}\n'
        "</div>\n</details>\n"
    )
    assert [f.text for t in section.topics for f in t.facts] == ["캐시란 자주 쓰는 데이터를 가까이 두는 저장소"]


def test_a_bold_line_set_apart_heads_the_lines_after_it() -> None:
    section = _section(
        "## 구성 요소\n\n**스케줄러**\n\n노드 상태에 따라 파드를 어느 노드에 둘지 정하는 서비스\n\n"
        "- 자원 요구량\n- 노드 용량\n\n**컨트롤러 관리자**\n\n여러 컨트롤러를 한 프로세스로 실행하는 서비스\n"
    )
    assert [(t.subject, t.ancestors) for t in section.topics] == [
        ("스케줄러", ("구성 요소",)),
        ("컨트롤러 관리자", ("구성 요소",)),
    ]
    scheduler = section.topics[0]
    assert scheduler.definition is not None


def test_rows_of_a_table_of_example_records_make_no_cards() -> None:
    section = _section(
        "## 제1 정규형\n\n| 번호 | 이름 | 등급 |\n| --- | --- | --- |\n| 1 | 성섭 | 실버3 |\n| 2 | 선히 | 골드5 |\n"
    )
    (topic,) = section.topics
    assert topic.records == (0, 1) and topic.comparisons == ()
    assert all(f.decision is not None and f.decision.rule == "example" for f in topic.facts)


def test_a_compared_side_is_not_drawn_from_a_line_that_names_it_inside_another_name() -> None:
    section = _section(
        "## 큐 비교\n\n**SQS vs SNS**\n\n| | 패턴 |\n|---|---|\n| amazon-sqs | 큐 |\n| amazon-sns | 발행/구독 |\n"
    )
    for comparison in (c for t in section.topics for c in t.comparisons):
        for side in comparison.sides:
            assert not any(side.subject.casefold() in p.casefold() for p in side.points), side


def test_a_comparison_card_shows_no_context_part_that_names_a_hidden_side() -> None:
    from builder.emit.cards import note_specs
    from builder.model import Notes

    section = _section(
        "# 서비스 타입\n\n## 09: 내부 전용 ClusterIP\n\n| 타입 | 접근 범위 | 쓰임 |\n|---|---|---|\n"
        "| ClusterIP | 클러스터 안에서만 | 백엔드 |\n| NodePort | 노드 포트로 외부에서 | 개발 환경 |\n"
    )
    (spec,) = [s for s in note_specs(Notes((section,))) if s.kind == "comparison"]
    front = spec.fields[0]
    assert "내부 전용 ClusterIP" not in front and "{{c1::ClusterIP}}" in front


def test_a_comparison_card_hides_a_korean_side_written_without_its_spaces() -> None:
    """``내부조인과 외부조인`` above a table of ``내부 조인`` and ``외부 조인``: the heading spells the
    hidden side, run together, so it must not stand above its blank."""
    from builder.emit.cards import note_specs
    from builder.model import Notes

    section = _section(
        "# 조인\n\n## 내부조인과 외부조인\n\n| 구분 | 결과 |\n|---|---|\n"
        "| 내부 조인 | 두 테이블에 모두 있는 행만 남긴다 |\n| 외부 조인 | 한쪽에만 있는 행도 NULL로 채워 남긴다 |\n"
    )
    (spec,) = [s for s in note_specs(Notes((section,))) if s.kind == "comparison"]
    front = spec.fields[0]
    assert "{{c1::내부 조인}}" in front and "{{c2::외부 조인}}" in front
    shown = re.sub(r"\{\{c\d::[^}]*\}\}", "", front)
    assert "내부조인" not in shown and "외부조인" not in shown, front


def _comparison_fronts(notes_text: str) -> list[str]:
    from builder.emit.cards import note_specs
    from builder.model import Notes

    return [s.fields[0] for s in note_specs(Notes((_section(notes_text),))) if s.kind == "comparison"]


@pytest.mark.parametrize(
    "notes_text",
    [
        # A parent bullet that only names the sides, over their points.
        "# 캐시\n\n## 캐시 쓰기\n\n- 라이트 스루와 라이트 백:\n  - 라이트 스루: 캐시와 저장소에 함께 쓴다\n"
        "  - 라이트 백: 캐시에만 쓰고 나중에 반영한다\n",
        # ``A vs B`` over points that open with their side's name as a label.
        "# 복구\n\n## 재해 복구 전략\n\n1. 파일럿 라이트 vs 웜 스탠바이\n"
        "    - 파일럿 라이트: 핵심 요소만 켠 작은 복제본\n    - 웜 스탠바이: 최소 크기로 늘 실행 중인 전체 시스템\n",
        # ``A vs B`` as the heading itself: the heading above says what they are alternatives of.
        "# 복구\n\n## 재해 복구 전략\n\n### 파일럿 라이트 vs 웜 스탠바이\n\n"
        "- 파일럿 라이트: 핵심 요소만 켠 작은 복제본\n- 웜 스탠바이: 최소 크기로 늘 실행 중인 전체 시스템\n",
        # ``A vs B`` over points that open with their side's name and a gloss of it.
        "# 동시성 제어\n\n## 낙관적 잠금 vs 비관적 잠금\n\n"
        "- 낙관적 잠금(Optimistic Lock): 커밋할 때 충돌을 검사한다\n"
        "- 비관적 잠금(Pessimistic Lock): 읽을 때부터 행을 잠가 둔다\n",
        # A title that writes the sides' names among other words.
        "# 배포\n\n## 실행 환경\n\n- 두 가지 실행 티어 Web tier, Worker tier\n"
        "  - Web tier: 80포트로 요청을 받는 표준 애플리케이션\n"
        "  - Worker tier: 큐의 메시지를 백그라운드에서 처리하는 애플리케이션\n",
    ],
    ids=[
        "title-names-only-the-sides",
        "label-repeats-the-name",
        "versus-heading",
        "glossed-label",
        "title-among-words",
    ],
)
def test_a_comparison_card_hides_each_side_once_where_a_title_or_label_repeats_its_name(notes_text: str) -> None:
    (front,) = _comparison_fronts(notes_text)
    for number in (1, 2):
        assert len(re.findall(rf"{{{{c{number}::", front)) == 1, front


def test_a_heading_word_that_one_side_shares_stays_above_the_rows() -> None:
    # ``기본`` tells 기본 키 from 외래 키, and is the heading's own word: no answer stands above.
    (front, *_) = _comparison_fronts(
        "# 데이터베이스\n\n## 관계형 모델의 기본 개념\n\n- 기본 키 : 행을 유일하게 식별하는 키\n"
        "- 외래 키 : 다른 테이블의 행을 가리키는 키\n- 대체 키 : 후보 중 고르지 않고 남은 키\n"
    )
    assert "기본 개념" in front, front


def test_a_note_in_brackets_after_a_side_stays_on_its_card() -> None:
    (front,) = _comparison_fronts(
        "# 서버리스\n\n## 람다 vs 파게이트\n\n- 람다 (최대 15분 실행): 이벤트가 올 때만 함수를 실행한다\n"
        "- 파게이트 (시간 제한 없음): 컨테이너를 서버 관리 없이 실행한다\n"
    )
    assert "최대 15분 실행" in front and "시간 제한 없음" in front, front


@pytest.mark.parametrize(
    "notes_text",
    [
        # A heading that writes the word telling each side apart, with a gloss in between.
        "# 통신\n\n## 반이중(half-duplex) 방식과 전이중(full-duplex) 방식\n\n"
        "- 반이중 방식 : 한 번에 한쪽만 데이터를 보내는 통신 방식\n"
        "- 전이중 방식 : 양쪽이 동시에 데이터를 주고받는 통신 방식\n",
        # A lead line that names the sides in other words, over rows that name them in English.
        "# 저장소\n\n## 볼륨 종류\n\n- 볼륨 드라이버는 Local 드라이버와 Remote 드라이버로 나뉜다.\n"
        "  - Local Driver: 호스트 디스크에 데이터를 둔다\n  - Remote Driver: 외부 스토리지에 데이터를 둔다\n",
    ],
    ids=["heading-with-glosses", "lead-in-other-words"],
)
def test_no_line_above_a_comparisons_rows_writes_a_hidden_sides_telling_words(notes_text: str) -> None:
    fronts = _comparison_fronts(notes_text)
    assert fronts, notes_text
    for front in fronts:
        shown = re.sub(r"\{\{c\d::[^}]*\}\}", "", front).casefold()
        assert not re.search(r"(?<![가-힣])(반이중|전이중)|local|remote|web|worker", shown), front


@pytest.mark.parametrize(
    "versus_line",
    ["파일럿 라이트 vs 웜 스탠바이\n\n- 파일럿 라이트: ", "- 파일럿 라이트 vs 웜 스탠바이\n  - 파일럿 라이트: "],
    ids=["paragraph-over-a-list", "bullet-over-its-items"],
)
def test_a_line_that_only_says_a_vs_b_titles_the_points_after_or_under_it(versus_line: str) -> None:
    indent = "  " if versus_line.startswith("-") else ""
    (front,) = _comparison_fronts(
        f"# 복구\n\n## 재해 복구 전략\n\n{versus_line}핵심 요소만 켠 작은 복제본\n"
        f"{indent}- 웜 스탠바이: 최소 크기로 늘 실행 중인 전체 시스템\n"
    )
    assert "{{c1::파일럿 라이트}}" in front and "{{c2::웜 스탠바이}}" in front, front


def test_options_lettered_under_a_question_are_its_choices_not_facts() -> None:
    section = _section(
        "# 시험\n\n## 예상 문제\n\n1. **DNS 레코드 중 별칭을 가리키는 것은 무엇입니까?**<br>\n"
        "    a. A 레코드는 IPv4 주소를 가리킨다<br>\n    b. CNAME 레코드는 다른 도메인 이름을 가리킨다<br>\n"
        "    c. MX 레코드는 메일 서버를 가리킨다<br>\n\n## 레코드\n\n- a. CNAME 레코드는 다른 도메인 이름을 가리킨다\n"
    )
    options, statement = section.topics[0].facts[1:4], section.topics[1].facts[0]
    assert [f.decision.rule for f in options if f.decision] == ["choices"] * 3, options
    # A lettered line that answers no question above it is the notes' own statement.
    assert statement.decision is not None and statement.decision.rule != "choices", statement


@pytest.mark.parametrize(
    ("table", "sides"),
    [
        # A corner naming what the columns are kinds of.
        (
            "| 큐 유형 | 표준 큐 | 선입선출 큐 |\n|---|---|---|\n| 순서 | 보장 안 함 | 보장 |\n"
            "| 처리량 | 무제한 | 제한 |\n",
            ["표준 큐", "선입선출 큐"],
        ),
        # Columns named as kinds of one noun, or a name before a kind word, are not aspects.
        (
            "| 구분 | 동기 방식 | 비동기 방식 |\n|---|---|---|\n| 대기 | 응답까지 기다림 | 기다리지 않음 |\n"
            "| 처리 | 순서대로 | 콜백으로 |\n",
            ["동기 방식", "비동기 방식"],
        ),
        (
            "| 구분 | polling | epoll 타입 |\n|---|---|---|\n| 확인 방식 | 매번 전부 확인 | 이벤트만 통지 |\n"
            "| 규모 | 작을 때 적합 | 클 때 적합 |\n",
            ["polling", "epoll 타입"],
        ),
    ],
    ids=["kind-corner", "kinds-of-one-noun", "name-before-kind-word"],
)
def test_a_table_whose_rows_are_attributes_compares_its_columns(table: str, sides: list[str]) -> None:
    section = _section(f"# 비교\n\n## 방식 비교\n\n{table}")
    (comparison,) = section.topics[0].comparisons
    assert [s.subject for s in comparison.sides] == sides


def test_a_lone_type_column_heads_values_not_kinds() -> None:
    section = _section(
        "# 보안 그룹\n\n## 인바운드 규칙\n\n| Type | Protocol | Port Range | Source |\n|---|---|---|---|\n"
        "| HTTP | TCP | 80 | 0.0.0.0/0 |\n| HTTPS | TCP | 443 | 0.0.0.0/0 |\n"
    )
    assert not any(s.subject in ("Protocol", "Port Range") for c in section.topics[0].comparisons for s in c.sides)


def test_a_value_restated_in_another_unit_or_glossed_makes_one_limit_card_that_hides_both() -> None:
    from builder.emit.cloze_numbers import quantity_deletions

    section = _section(
        "# 지연 시간\n\n## 저장 장치\n\n- 디스크에서 한 블록을 읽는 데 20,000 마이크로초 혹은 20 밀리초가 걸린다\n"
        "- 함수의 최대 실행 시간: 900 seconds(15mins)\n"
    )
    restated, glossed = section.topics[0].facts
    assert restated.decision is not None and "limit" in restated.decision.kinds, restated.decision
    assert [d.number for d in quantity_deletions(restated)] == [1, 1]
    assert glossed.decision is not None and "limit" in glossed.decision.kinds, glossed.decision
    assert len(quantity_deletions(glossed)) == 1  # the gloss in brackets is inside the one blank


@pytest.mark.parametrize(
    ("notes_text", "kind"),
    [
        # Two equal values of different dimensions restate nothing; nor do two equal values apart.
        ("- 메시지 본문은 최소 1바이트, 롱 폴링 대기 시간은 최소 1초이다\n", "limit"),
        ("- 함수 메모리는 최대 10GB이고, 임시 저장소 /tmp는 최대 10,240MB이다\n", "limit"),
        # An answer line that goes on to explain states facts of its own.
        ("- 정답은 3번, 아카이브 등급은 최소 180일 보관 요금이 부과된다\n", "limit"),
        # A dated event of the subject is a fact, not an entry of the page's log.
        ("- 2018.11.28) 함수의 최대 실행 시간이 15분으로 늘어남\n", "limit"),
        # A dash may join two words; a count before it is still a limit.
        ("- 가용 영역 최소 2개: 고가용성 - 장애 격리\n", "limit"),
    ],
    ids=["other-dimension", "equal-values-apart", "explained-answer", "dated-event", "two-words-dashed"],
)
def test_a_line_like_the_new_rules_shapes_keeps_its_card(notes_text: str, kind: str) -> None:
    (fact,) = _section(f"# 노트\n\n## 항목\n\n{notes_text}").topics[0].facts
    assert fact.decision is not None and kind in fact.decision.kinds, (fact.text, fact.decision)


def test_two_lettered_answers_under_a_question_are_the_notes_own_and_a_bare_versus_line_reads_only_its_sides() -> None:
    section = _section(
        "# 네트워크\n\n## 연결\n\n- TCP는 왜 3-way handshake를 쓸까?\n"
        "  - A) 양쪽의 초기 순서 번호를 교환하기 위해서다\n  - B) 오래된 중복 연결 요청을 걸러내기 위해서다\n\n"
        "## 전송 계층\n\n- TCP vs UDP\n- HTTP는 TCP 위에서 동작한다\n- QUIC은 UDP 위에서 동작한다\n"
    )
    answers = section.topics[0].facts[1:]
    assert all(f.decision is not None and f.decision.rule != "choices" for f in answers), answers
    assert not section.topics[1].comparisons  # mentions of a side are no points of it


@pytest.mark.parametrize(
    "table",
    [
        "| 인스턴스 유형 | vCPU | 메모리 | 네트워크 성능 |\n|---|---|---|---|\n| t3.micro | 2 | 1 GiB | 낮음 |\n"
        "| m5.large | 2 | 8 GiB | 보통 |\n",
        "| 구분 | 저장 요금 | 요청 요금 | 전송 요금 |\n|---|---|---|---|\n| S3 Standard | 높음 | 낮음 | 보통 |\n"
        "| S3 Glacier | 낮음 | 높음 | 보통 |\n",
    ],
    ids=["kind-corner-over-named-rows", "prices-of-named-rows"],
)
def test_a_table_whose_rows_are_named_things_compares_its_rows(table: str) -> None:
    (comparison,) = _section(f"# 비교\n\n## 표\n\n{table}").topics[0].comparisons
    assert all(s.subject[:1].isascii() for s in comparison.sides), [s.subject for s in comparison.sides]


def test_a_comparison_title_that_writes_a_sides_name_is_left_off_its_card() -> None:
    # Shown, the title would hide each name a second time (graded weak: one answer asked twice);
    # the heading above still says what the sides are.
    (front,) = _comparison_fronts(
        "# 캐시\n\n## 캐시 쓰기\n\n- 쓰기 정책 두 가지, 라이트 스루와 라이트 백:\n"
        "  - 라이트 스루: 캐시와 저장소에 함께 쓴다\n  - 라이트 백: 캐시에만 쓰고 나중에 반영한다\n"
    )
    assert "쓰기 정책 두 가지" not in front and "캐시 쓰기" in front, front


def test_a_list_labelled_only_kinds_is_titled_with_the_line_that_says_whose_kinds() -> None:
    section = _section(
        "## 파일 시스템\n\n- 종류\n  - ext4 : 리눅스의 기본 저널링 파일 시스템\n  - XFS : 큰 파일에 강한 파일 시스템\n"
        "- 마운트 옵션\n  - 종류\n    - ro : 읽기 전용으로 마운트\n    - noexec : 실행 파일의 실행을 막음\n"
    )
    titles = sorted(c.title for c in section.topics[0].comparisons)
    # ``종류`` right under the heading: the heading says whose; under ``마운트 옵션``, that line does
    assert titles == ["마운트 옵션 종류", "종류"], titles
    # a line above that is no name of whose leaves the label alone
    section = _section(
        "## 파일 시스템\n\n- 정리하면\n  - 종류\n    - ext4 : 리눅스의 기본 저널링 파일 시스템\n"
        "    - XFS : 큰 파일에 강한 파일 시스템\n"
    )
    assert [c.title for c in section.topics[0].comparisons] == ["종류"]


def test_entries_of_the_writers_schedule_are_no_comparison_and_no_card() -> None:
    section = _section(
        "## 응시 후기\n\n- 준비 기간: 약 2주\n  - 접수: 2025.03.02(일) 10:00\n  - 시험: 2025.03.15(토) 14:30\n"
        "- 개정 이력\n  - 2판: 2019.05.01 발행\n  - 3판: 2023.01.10 발행\n"
    )
    assert not [c for c in section.topics[0].comparisons if c.title.startswith("준비")]
    for line in ("접수:", "시험:"):
        assert _decision(section, line).rule == "personal", line
    # dated events of the subject, without the weekday of a diary, are not the writer's
    for line in ("2판:", "3판:"):
        assert _decision(section, line).rule != "personal", line


def test_a_title_that_writes_a_sides_latin_word_apart_from_its_korean_word_is_left_off_its_card() -> None:
    fronts = _comparison_fronts(
        "# 이름 풀이\n\n## 조회 순서\n\n- 먼저 PC 캐시, 다음으로 DNS 서버 순서로 찾는다\n"
        "  - PC캐시 조회 : 운영체제가 기억해 둔 주소를 먼저 본다\n"
        "  - 서버 조회 : 가까운 이름 서버에 물어본다\n"
    )
    # ``PC캐시`` in the row and ``PC 캐시`` in the title: the title would answer the blank
    assert fronts and not any("먼저 PC 캐시" in front for front in fronts), fronts


def test_the_occurrences_of_one_name_in_an_examples_output_are_no_comparison_and_no_term() -> None:
    section = _section(
        "## 소유권\n\n```\ndrwxr-x---  2 admin  admin  4096 notes\n```\n\n"
        "- drwxr-x--- : 접근 권한\n- admin(1): 파일을 가진 사용자\n- admin(2): 파일을 가진 그룹\n"
    )
    assert not section.topics[0].comparisons
    for line in ("admin(1)", "admin(2)"):
        assert "admin" not in " ".join(t.text for t in key_terms(_fact(section, line).text)), line


def test_the_items_of_an_html_list_are_list_items_and_glossed_terms_in_them_are_compared() -> None:
    section = _section(
        "## 보안의 3요소\n\n<ol>\n  <li>기밀성(Confidentiality) 허가된 사람만 정보를 읽을 수 있어야 한다.</li>\n"
        "  <li>무결성(Integrity) 허가 없이 정보를 바꿀 수 없어야 한다.</li>\n"
        "  <li>가용성(Availability) 필요할 때 언제든 정보를 쓸 수 있어야 한다.</li>\n</ol>\n\n"
        "<ul><li>세 요소는 서로 균형을 이루어야 한다</li></ul>\n"
    )
    facts = section.topics[0].facts
    assert [f.kind for f in facts] == ["numbered"] * 3 + ["bullet"]
    (comparison,) = section.topics[0].comparisons
    assert [s.subject for s in comparison.sides] == [
        "기밀성(Confidentiality)",
        "무결성(Integrity)",
        "가용성(Availability)",
    ]
    assert comparison.sides[1].points == ("허가 없이 정보를 바꿀 수 없어야 한다.",)
    # a glossed term that modifies the noun after it is the sentence's subject, no entry
    section = _section(
        "## 트랜잭션\n\n- 트랜잭션(Transaction) 관리가 DBMS의 핵심이다\n"
        "- 동시성(Concurrency) 제어가 없으면 갱신 손실이 생긴다\n- 회복(Recovery) 기법으로 장애 뒤 되살린다\n"
    )
    assert not section.topics[0].comparisons
    # a list inside an item is the item's, not more alternatives
    section = _section(
        "## 요소\n\n<ul>\n<li>기밀성(Confidentiality) 인가된 사람만 읽는다\n"
        "<ul><li>암호화(Encryption) 대표 수단</li></ul>\n</li>\n"
        "<li>\n<p>무결성(Integrity) 허가 없이 바뀌지 않는다</p>\n</li>\n</ul>\n"
    )
    facts = section.topics[0].facts
    assert [(f.kind, f.parent) for f in facts] == [("bullet", None), ("bullet", 0), ("bullet", None)]


def test_a_table_row_whose_cells_open_with_the_column_names_is_compared_once_by_its_table() -> None:
    section = _section(
        "## 비교\n\n| | 프로세스 | 스레드 |\n| --- | --- | --- |\n"
        "| 정의 | 실행 중인 프로그램 | 프로세스 안의 실행 단위 |\n"
        "| 생성 시간 | 프로세스는 생성에 시간이 많이 소요됨 | 스레드는 비교적 빠르게 생성됨 |\n"
    )
    (comparison,) = section.topics[0].comparisons
    assert [s.subject for s in comparison.sides] == ["프로세스", "스레드"]
    # Each cell says it of its column: the name again is the answer shown (``스레드는 …``).
    assert comparison.sides[1].points[1] == "생성 시간: 비교적 빠르게 생성됨"
    assert comparison.sides[1].asked and not comparison.sides[0].asked  # ``프로세스 안의 …`` names it


def test_a_value_written_after_for_example_or_in_a_run_closed_by_etc_is_no_limit() -> None:
    section = _section(
        "# 스케줄링\n\n- 긴 작업이 CPU를 잡으면 짧은 작업이 기다린다. "
        "예를 들어 100초 작업 뒤에 1초 작업 10개가 대기한다.\n"
        "- 네트워크를 192.168.1.0/24, 192.168.2.0/24 등 여러 서브넷으로 자를 수 있다.\n"
        "- 라우팅 테이블은 VPC당 최대 200개까지 만들 수 있다.\n\n"
        "## 구매 옵션 (비유)\n\n- 약정: 12개월 동안 매달 300달러씩\n"
    )
    facts = [f for t in section.topics for f in t.facts]
    assert [[q.text for q in f.quantities] for f in facts] == [[], [], ["200개"], ["12개월", "300달러"]]
    assert [f.decision.rule for f in facts if f.decision] == ["fact", "no_key_term", "limit", "example"]


def test_a_short_name_written_right_above_its_list_heads_the_list() -> None:
    section = _section(
        "# 컴퓨팅\n\n- 서비스 목록\n\nEKS (Elastic Kubernetes Service)\n"
        "- 컨트롤 플레인을 AWS가 운영한다\n- 노드 그룹으로 워커를 늘린다\n"
    )
    facts = section.topics[0].facts
    under = [f for f in facts if f.text.startswith(("컨트롤", "노드"))]
    assert [f.context for f in under] == [("EKS (Elastic Kubernetes Service)",)] * 2


def test_a_which_card_is_not_made_when_the_context_writes_the_answer_with_other_spacing() -> None:
    section = _section(
        "# 노드 구성 요소\n\n## Kube Proxy\n\n- 모든 파드는 서로 연결할 수 있다.\n"
        "- kubeproxy는 모든 노드에서 동작하는 네트워크 프로세스(daemon set)\n"
    )
    fact = _fact(section, "kubeproxy는")
    assert fact.decision is not None and fact.decision.kinds == ("what",)


def test_an_outline_of_what_to_study_makes_no_card_and_a_hangul_heading_names_its_aspect() -> None:
    section = _section(
        "# 소프트웨어 공학\n\n1. 애자일 방법론의 정의, 특징, 장단점\n2. 결합도 정의 및 단계\n\n"
        "## 트랜잭션의 특징\n\n- 원자성은 전부 실행되거나 전혀 실행되지 않음을 보장한다\n"
    )
    outline = [f for f in section.topics[0].facts]
    assert [f.decision.rule for f in outline if f.decision] == ["outline", "outline"]
    assert (section.topics[1].subject, section.topics[1].aspect) == ("트랜잭션", "특징")


def test_a_row_of_what_the_sides_share_is_not_a_side() -> None:
    section = _section(
        "## 인터넷 연결\n\n- NAT Instance vs NAT Gateway\n    - 공통점 : 퍼블릭 서브넷에 두어야 한다\n"
        "    - NAT Instance : 직접 관리하는 EC2 인스턴스로 동작한다\n"
        "    - NAT Gateway : AWS가 관리하며 자동으로 확장된다\n"
    )
    (comparison,) = section.topics[0].comparisons
    assert [s.subject for s in comparison.sides] == ["NAT Instance", "NAT Gateway"]


def test_a_value_given_in_an_exam_question_is_no_limit() -> None:
    section = _section("# 기출\n\n[3] Q. 최대 50TB의 데이터를 옮길 때 쓰는 장비는 무엇입니까?\n\nA. 데이터 전송 장비\n")
    question = _fact(section, "[3] Q.")
    assert question.decision is not None and question.decision.kinds == () and question.decision.rule == "question"


def test_an_answer_line_after_an_exam_question_is_written_under_it() -> None:
    section = _section(
        "# 기출\n\n[2] Q. 메시지를 잠시 쌓아 두는 완전 관리형 서비스는 무엇입니까?\n\nA. Amazon SQS\n\n"
        "Q3: 객체 스토리지의 기본 단위는?\n\n정답: 버킷 안의 객체\n"
    )
    answers = [f for f in section.topics[0].facts if f.text.startswith(("A.", "정답"))]
    assert [f.context for f in answers] == [
        ("[2] Q. 메시지를 잠시 쌓아 두는 완전 관리형 서비스는 무엇입니까?",),
        ("Q3: 객체 스토리지의 기본 단위는?",),
    ]


def test_an_exam_review_question_heads_its_quoted_answer_and_its_choices_make_no_card() -> None:
    section = _section(
        "# 복습\n\n"
        "7. **팀이 큐에 쌓인 메시지를 순서대로 처리하려고 합니다.**\n\n"
        "    **어떤 큐를 써야 합니까?**\n\n"
        "> 메시지 그룹 ID를 지정한 FIFO 큐를 사용합니다.\n\n"
        "- A. Standard queue with long polling. -- order is not kept. [Incorrect]\n"
        "- B. FIFO queue with a message group ID. [Correct]\n\n"
        "8. **다음 중 알맞은 것 두 가지는 무엇입니까? (2개를 선택하세요.)**\n"
    )
    facts = section.topics[0].facts
    scenario, asked, answer, wrong, right, last = facts
    assert scenario.decision.rule == "question" and asked.decision.rule == "question"
    assert answer.context[-1] == "어떤 큐를 써야 합니까?" and answer.decision.kinds
    assert wrong.decision.rule == right.decision.rule == "choices"
    assert last.decision.kinds == () and not last.quantities


def test_a_value_in_a_concessive_clause_and_a_ratio_are_no_limits() -> None:
    section = _section(
        "# 스토리지\n\n- 최소 과금 크기 : 64KB (10KB를 저장해도 64KB로 과금)\n"
        "- 이 방식은 서버와 클라이언트가 1대1로 연결된다\n"
    )
    sized, ratio = section.topics[0].facts
    assert [q.text for q in sized.quantities] == ["64KB", "64KB"]
    assert ratio.quantities == ()


def test_a_parent_line_that_only_names_the_topic_again_is_not_repeated_in_the_context() -> None:
    section = _section("## Cold Tier\n\n- Cold Tier\n    - 최소 보관 기간 : 60일\n")
    (child,) = [f for f in section.topics[0].facts if f.text.startswith("최소")]
    assert child.context == ()


def test_a_heading_that_names_an_aspect_in_common_words_is_an_aspect_of_the_heading_above() -> None:
    section = _section(
        "## 커넥션 풀러\n\n### 주요 기능\n\n- 연결을 재사용해 DB 부하를 줄인다\n\n"
        "### 발생 조건\n\n- 남은 공간이 10% 아래일 때\n"
    )
    assert [(t.subject, t.aspect) for t in section.topics if t.aspect] == [
        ("커넥션 풀러", "주요 기능"),
        ("커넥션 풀러", "발생 조건"),
    ]


@pytest.mark.parametrize(
    ("notes", "line", "shown"),
    [
        # The context writes it with other hyphens (``Primary-Replica`` over ``Re-plica``).
        (
            "# 캐시 서비스\n\n## 복제\n\n- Primary-Replica로 구성된다.\n"
            "    - Re-plica에는 쓸 수 없고 읽기만 가능하다.\n",
            "Re-plica",
            "Re-plica",
        ),
        # The umbrella heading the notes are written under.
        (
            "# 캐시 서비스\n\n## 복제\n\n- 장애가 나면 캐시 서비스가 자동으로 새 노드를 띄운다\n",
            "장애가 나면",
            "캐시 서비스",
        ),
        # The words the acronym stands for are written beside it.
        ("# 배포\n\n- 오리진 접근\n  - OAI를 통한 버킷 보호 가능 (Origin Access Identity)\n", "OAI를", "OAI"),
        # The name with only its vendor's before it, written again on the line without it.
        ("# 알림\n\n- SNS 토픽을 지정하여 Amazon SNS에 Publish 요청을 보낸다\n", "SNS 토픽을", "Amazon SNS"),
    ],
)
def test_a_term_the_front_already_gives_is_never_hidden(notes: str, line: str, shown: str) -> None:
    fact = _fact(_section(notes), line)
    assert all(t.text != shown for t in fact.terms)


def test_html_list_items_in_a_table_cell_stay_apart_and_an_emptied_bracket_leaves_the_heading() -> None:
    section = _section(
        "## 장치 (⭐)\n\n| 장치 | 설명 |\n| --- | --- |\n"
        "| ALU | {::nomarkdown}<ul><li>연산을 하는 회로</li><li>산술 : +, -</li></ul>{:/} |\n"
        "| 레지스터 | 고속 기억 영역<br>가장 빠름 |\n"
    )
    (topic,) = section.topics
    assert topic.title == "장치"
    assert [f.text for f in topic.facts] == [
        "ALU: 연산을 하는 회로; 산술 : +, -",
        "레지스터: 고속 기억 영역; 가장 빠름",
    ]


def test_fields_filled_in_under_every_entry_are_not_compared_sides() -> None:
    section = _section(
        "# 스토리지 등급\n\n## Warm\n\n- 최소 보관 기간 : 30일 (하루만 두어도 30일 요금)\n"
        "- 최소 과금 크기 : 128KB (작은 객체도 128KB로 계산)\n\n"
        "## Cold\n\n- 최소 보관 기간 : 90일 (하루만 두어도 90일 요금)\n"
        "- 최소 과금 크기 : 40KB (작은 객체도 40KB로 계산)\n"
    )
    assert all(not t.comparisons for t in section.topics)


def test_lines_under_an_analogy_and_a_post_that_narrates_its_scope_keep_no_limit() -> None:
    section = _section(
        "# 요금\n\n- 약정 할인 (비유)\n    - 약정: 12개월 동안 매달 50달러씩 쓰기로 약속\n\n"
        "- 이 글에서 조회 방법 3가지를 알아본다.\n"
    )
    promise = _fact(section, "약정:")
    scope = _fact(section, "이 글에서")
    assert promise.quantities == () and "limit" not in promise.decision.kinds and scope.decision.kinds == ()


def test_a_long_table_is_compared_in_parts_of_at_most_five_rows() -> None:
    # (named apart: sides numbered in turn, ``등급1``, ``등급2``…, make no comparison at all)
    grades = ["골드", "실버", "브론즈", "아이언", "플래티넘", "다이아", "마스터", "루키"]
    rows = "".join(f"| {g} | 보관 방식 {n}번 |\n" for n, g in enumerate(grades, 1))
    section = _section(f"## 등급 비교\n\n| 등급 | 보관 방식 |\n| --- | --- |\n{rows}")
    parts = section.topics[0].comparisons
    assert [len(c.sides) for c in parts] == [4, 4]
    assert [s.subject for c in parts for s in c.sides] == grades


def test_a_value_given_as_an_instance_or_inside_a_quoted_illustration_is_no_limit() -> None:
    section = _section(
        "# 큐\n\n- 메시지마다 지연을 두어 10초 등 일정 시간 뒤에 보이게 할 수 있다\n"
        "- 순환 대기 방지: '3번 자원을 얻어야만 4번을 얻을 수 있다'라는 식으로 순서를 정한다\n"
        "- 메시지 보존 기간은 최대 7일이다\n"
    )
    delayed, ordered, kept = section.topics[0].facts
    assert delayed.quantities == () and ordered.quantities == ()
    assert [q.text for q in kept.quantities] == ["7일"]


def test_a_table_column_that_spells_out_each_name_keeps_the_name_from_being_asked() -> None:
    sides = _table_sides(
        "| 알고리즘 | 풀이 | 방식 | 선점 |\n| --- | --- | --- | --- |\n"
        "| FCFS | First Come First Served | 도착 순서대로 | 비선점 |\n"
        "| SJF | Shortest Job First | 짧은 작업 먼저 | 비선점 |\n"
    )
    assert [s.subject for s in sides] == ["FCFS (First Come First Served)", "SJF (Shortest Job First)"]
    assert all(s.asked and not any("First" in p for p in s.points) for s in sides)


def test_a_subject_in_common_words_is_read_under_the_named_heading_above_it() -> None:
    from builder.emit.cards import context_line

    section = _section(
        "## Health Check\n\n### 모니터링 대상\n\n- 엔드포인트를 주기적으로 확인한다\n\n"
        "#### 리소스(Resource)\n\n- 확인 간격은 30초이다\n\n## 요금\n\n### 할인 방식\n\n- 약정하면 싸다\n"
    )
    resource = next(t for t in section.topics if t.subject == "리소스")
    assert resource.above == ("Health Check",)
    assert context_line(resource)[-1] == "리소스"
    discount = next(t for t in section.topics if t.title == "할인 방식")
    assert discount.above == ()  # nothing above it names a thing either


def test_a_korean_name_glossed_in_latin_letters_names_the_heading_it_is_read_under() -> None:
    section = _section(
        "# 메시지 큐(Message Queue, MQ)\n\n## 대기열 설정\n\n### 최대/최소 크기\n\n- 메시지는 최대 256KB까지 보낸다\n\n"
        "## 메시지 큐의 순서\n\n- 선입선출 큐만 순서를 지킨다\n"
    )
    limit, order = section.topics
    assert limit.above == ("메시지 큐",), limit.above
    assert order.above == ()  # its own heading names the queue already


def test_two_lines_whose_blanks_read_the_same_make_no_fact_card() -> None:
    section = _section("# 사용 과정\n\n1. Hosted Zone 생성을 수행한다.\n2. Record Set 생성을 수행한다.\n")
    assert all(f.decision is not None and "fact" not in f.decision.kinds for f in section.topics[0].facts)
    assert {f.decision.rule for f in section.topics[0].facts} <= {"twin", "list", "step"}


def test_a_line_read_as_a_question_only_by_its_last_word_keeps_its_limit() -> None:
    section = _section("# 교착 상태\n\n- 예방: 교착 상태의 4가지 조건 중 하나가 성립하지 않도록 막는 방법\n")
    (fact,) = section.topics[0].facts
    assert fact.decision is not None and fact.decision.kinds == ("limit",)


def test_a_line_about_another_thing_does_not_define_the_term_it_is_written_under() -> None:
    """``X가 …하는 방법은 …``: what the way is; ``…을 Y라고 함``: what Y is; neither is what X is."""
    section = _section(
        "# 가상 네트워크\n\n- 퍼블릭 서브넷\n"
        "  - 퍼블릭 서브넷이 외부와 통신하는 방법은 인터넷 게이트웨이를 이용하는 것이다.\n"
        "- 프라이빗 서브넷\n  - 외부에서 직접 접근할 수 없는 서브넷이다.\n"
        "- 출시 계획 수립\n  - 기능 몇 개가 완성된 제품을 내놓는 것을 출시라고 함\n"
    )
    defined = {f.defines: f.text for f in section.topics[0].facts if f.decision and "what" in f.decision.kinds}
    assert defined == {"프라이빗 서브넷": "외부에서 직접 접근할 수 없는 서브넷이다."}, defined
    # The subject named by the line itself, or a longer name of it after a clause, still defines it.
    for note in (
        "## 가상 사설망\n\n- 가상 사설망은 공용망 위에 논리적으로 격리된 사설 네트워크라고 한다.\n",
        "## 엣지 함수\n\n- 배포 지점에서 실행되는 엣지 함수 코드는 요청을 가공하는 서버리스 코드이다.\n",
    ):
        (topic,) = _section(note).topics
        assert topic.definition == 0, note


def test_the_arithmetic_of_an_example_network_is_no_limit() -> None:
    section = _section(
        "# 서브넷 나누기\n\n앞의 26비트는 네트워크 주소이고 남은 6비트가 호스트 주소이다. 6비트로 만들 수 있는 주소는 "
        "총 64개이다. 따라서 172.20.4.0/26은 172.20.4.0부터 172.20.4.63까지이다. "
        "서브넷 마스크는 /16부터 /28까지 쓸 수 있다.\n"
    )
    (fact,) = section.topics[0].facts
    assert [q.text for q in fact.quantities] == ["/16", "/28"], fact.quantities


def test_the_lines_under_an_example_label_are_the_example() -> None:
    section = _section(
        "## 주소 변환\n\n- 예시\n  - 블록 크기 = 32bytes\n  - 블록 표: 7, 2, 9, 4\n- 블록 크기는 보통 4KB이다\n"
    )
    decided = _rules(section)
    assert decided == {
        "예시": "label",
        "블록 크기 = 32bytes": "example",
        "블록 표: 7, 2, 9, 4": "example",
        "블록 크기는 보통 4KB이다": "limit",
    }, decided


def test_the_lines_under_a_counted_example_or_an_example_line_are_the_example() -> None:
    section = _section(
        "## 자원 할당 그래프\n\n- 두번째 예제\n  - 2번 프로세스\n  - 남은 자원은 4개가 된다\n"
        "- 예시 (2)\n  - 2^6 = 64개의 주소\n"
        "- ex) 172.16.0.0/20\n  - 주소는 총 32비트, 그중 20비트는 네트워크, 나머지 12비트는 호스트\n"
        "- 예외 처리\n  - 재시도는 최대 5번\n- 한 계정의 그래프는 최대 20개\n"
    )
    under = [f for f in section.topics[0].facts if f.parent is not None]
    decided = {f.text: f.decision.rule for f in under if f.decision is not None}
    assert decided == {
        "2번 프로세스": "example",
        "남은 자원은 4개가 된다": "example",
        "2^6 = 64개의 주소": "example",
        "주소는 총 32비트, 그중 20비트는 네트워크, 나머지 12비트는 호스트": "example",
        "재시도는 최대 5번": "limit",  # ``예외`` is no example
    }, decided
    assert "limit" in _fact(section, "한 계정의").decision.kinds


def test_an_answer_folded_under_an_english_label_is_the_exercise_s_answer() -> None:
    section = _section(
        "## 샘플 문제\n\nQ3. 3년 이상 근속한 직원에게 휴가를 준다. 경계값은?\n\n"
        '<details>\n<summary><span style="color:red">Answer</span></summary>\n\n'
        "- 3 년 미만\n- 3 년 이상 7 년 이하\n\n</details>\n\n## 키 길이\n\n- RSA 키는 최소 2048비트\n\n"
        "## 포트 문제\n\nQ1. 보안 셸이 기본으로 쓰는 포트는?\n\n<details>\n<summary>Solution</summary>\n\n"
        "TCP 22번 포트\n\n</details>\n"
    )
    assert [t.title for t in section.topics] == ["샘플 문제", "키 길이", "포트 문제"]  # no label names a topic
    assert _fact(section, "3 년 이상").decision.rule == "example"
    assert "limit" in _fact(section, "RSA").decision.kinds
    # under its question, the folded answer is the question's, whatever the label's case
    answer = _fact(section, "TCP 22번")
    assert answer.parent is not None and answer.context == ("Q1. 보안 셸이 기본으로 쓰는 포트는?",)
    assert _fact(section, "Solution").decision.kinds == ()


def test_a_fact_card_needs_a_line_short_enough_to_ask_one_thing() -> None:
    filler = "요청이 몰리는 시간대에는 처리량이 크게 늘어나고 응답 시간도 길어지는데"
    section = _section(
        f"# 오토 스케일링\n\n- {filler}, 이런 부하를 미리 알기 어려운 서비스라면 대상 추적 정책으로"
        " 평균 사용률을 일정하게 맞추며 필요할 때만 서버를 늘리고 줄여서 비용과 성능을 함께 챙길 수 있으며,"
        " 이때 지표는 사용률이나 대기열 길이처럼 서버 수에 비례해 움직이는 값을 골라야 한다\n"
        "- 부하를 미리 알기 어렵다면 대상 추적 정책으로 사용률을 맞춘다\n"
    )
    long_line = _fact(section, filler)
    assert len(long_line.text) > 160 and long_line.terms
    assert long_line.decision.kinds == () and long_line.decision.rule == "long_line"
    assert "fact" in _fact(section, "부하를").decision.kinds


def test_a_growth_rate_is_hidden_not_the_noun_it_measures() -> None:
    section = _section("## 병합 정렬\n\n- 병합 정렬은 최악의 경우에도 O(n log n)의 시간 복잡도를 보장한다\n")
    (fact,) = section.topics[0].facts
    assert [t.text for t in fact.terms] == ["O(n log n)"], fact.terms


def test_a_relation_written_out_or_an_example_table_is_example_data() -> None:
    keyed = _section("## 제 2 정규형\n\n| 과목(PK) | 수강료 |\n|---|---|\n| 요가 | 3000 |\n| 필라테스 | 4000 |\n")
    exemplified = _section(
        "## 속성\n\nex) 한 사람의 직업이 여러 개일 경우\n\n| 이름 | 생년월일 |\n|---|---|\n| 홍길동 | 1971. 3. 2 |\n"
        "| 김철수 | 1985. 7. 9 |\n"
    )
    for section in (keyed, exemplified):
        rows = [f for f in section.topics[0].facts if f.kind == "table_row"]
        assert rows and all(f.decision is not None and f.decision.kinds == () for f in rows), rows


def test_a_use_case_under_another_name_asks_for_no_subject() -> None:
    section = _section(
        "## 이름 서비스\n\n- 가중치 기반\n  - 트래픽을 비율로 나눈다\n  - 사용 사례: 새 버전 시험, 지역 간 부하 분산\n"
        "- 사용 사례: 도메인 이름 등록과 관리\n"
    )
    tips = [f.text for f in section.topics[0].facts if f.decision is not None and "tip" in f.decision.kinds]
    assert tips == ["사용 사례: 도메인 이름 등록과 관리"], tips


def test_a_term_that_adds_only_a_means_noun_to_its_context_is_no_blank() -> None:
    """``[...] : … 위한 도구`` under ``빌드를 통한 배포``, hiding ``배포 도구``: the answer is "a tool"."""
    section = _section(
        "### 빌드를 통한 배포\n\n#### 배포 개요\n\n- 배포 도구 : 서버에 애플리케이션을 편리하게 올리기 위한 도구\n"
    )
    (fact,) = section.topics[0].facts
    assert fact.terms == () and fact.decision is not None and "fact" not in fact.decision.kinds, fact


def test_all_the_time_in_numbers_is_no_limit() -> None:
    section = _section("# 가용성 요구\n\n- 결제 서버는 1년 365일 24시간 운용해야 하고 장애 기록은 30일 보관한다\n")
    (fact,) = section.topics[0].facts
    assert [q.text for q in fact.quantities] == ["30일"], fact.quantities


def test_a_question_answered_under_it_keeps_no_limit_of_its_premise() -> None:
    section = _section(
        "# 캐시 서버\n\n* 요청의 80% 정도가 같은 키를 읽을 때 응답 시간을 줄이는 방법.\n"
        "    > * 인메모리 캐시를 데이터베이스 앞에 둔다.\n    > * 캐시 적중률은 보통 95% 이상을 목표로 한다.\n"
    )
    question, *answers = section.topics[0].facts
    assert question.decision is not None and question.decision.kinds == (), question.decision
    assert question.decision.rule == "question"
    assert any(f.decision is not None and "limit" in f.decision.kinds for f in answers), answers
    bound = _section("# 객체 업로드\n\n* 최대 5TB인 객체를 올리는 방법.\n    > * 멀티파트 업로드를 쓴다.\n")
    assert bound.topics[0].facts[0].decision.kinds == ("limit",), bound.topics[0].facts[0].decision


def test_an_escaped_number_heads_its_quoted_description_and_a_star_on_a_korean_word_goes() -> None:
    section = _section(
        "# 개발 도구\n\n2\\. 빌드 도구\n\n> 소스 코드를 실행 가능한 산출물로 만드는 도구\n\n"
        "3\\. 형상 관리\n\n> 개발 과정의 모든 산출물 변경을 추적하는 활동\n\n- 수신 가능한 버퍼*의 크기\n"
    )
    facts = section.topics[0].facts
    quoted = [f for f in facts if f.kind == "quote"]
    assert [f.context for f in quoted] == [("빌드 도구",), ("형상 관리",)]
    assert [f.text for f in facts if f.kind == "numbered"] == ["빌드 도구", "형상 관리"]
    assert any(f.text == "수신 가능한 버퍼의 크기" for f in facts)


def test_a_step_number_glued_to_its_words_is_a_number_not_part_of_the_step() -> None:
    section = _section(
        "# 패키지 관리\n\n1.apt update 로 목록을 새로 받는다\n2)apt install 로 패키지를 설치한다\n"
        "3.설치가 끝나면 버전을 확인한다\n\n2.x 버전부터 색이 들어간다.\n3.14는 원주율이다.\n"
    )
    facts = section.topics[0].facts
    assert [(f.kind, f.text) for f in facts[:3]] == [
        ("numbered", "apt update 로 목록을 새로 받는다"),
        ("numbered", "apt install 로 패키지를 설치한다"),
        ("numbered", "설치가 끝나면 버전을 확인한다"),
    ]
    # a version or a decimal is no step number
    assert [(f.kind, f.text) for f in facts[3:]] == [
        ("paragraph", "2.x 버전부터 색이 들어간다."),
        ("paragraph", "3.14는 원주율이다."),
    ]


def test_the_values_a_worked_price_calculation_works_with_make_no_limit_card() -> None:
    section = _section(
        "# 블록 스토리지 요금\n\n## 월 비용 추산\n\n- 볼륨 크기: 약 60 GB\n- 스냅샷: 15 GB\n"
        "- 저장 비용: (60 + 15) ×$0.08 ≈$6.0/월\n- 최근 1주: 1.5 GB ×$0.05 ≈$0.075\n"
        "- 합계: 월 약 $6.1 내외\n- 스냅샷 압축률을 40%로 가정하면 약 9 GB가 된다\n"
        "- 볼륨 하나의 최대 크기는 16 TiB이다\n"
    )
    decisions = {f.text: f.decision for f in section.topics[0].facts}
    for worked in ("볼륨 크기: 약 60 GB", "스냅샷: 15 GB"):
        assert decisions[worked] is not None and "limit" not in decisions[worked].kinds, worked
    for line in ("저장 비용", "최근 1주", "합계"):
        decision = next(d for text, d in decisions.items() if text.startswith(line))
        assert decision is not None and decision.rule == "arithmetic", line
    supposed = next(d for text, d in decisions.items() if "가정하면" in text)
    assert supposed is not None and supposed.rule == "example"
    # a value the calculation does not work with keeps its card
    assert decisions["볼륨 하나의 최대 크기는 16 TiB이다"].kinds == ("limit",)


def test_on_the_page_of_a_writers_story_a_line_talking_to_the_reader_is_theirs() -> None:
    talk = "- 시험 도중에는 공식 문서 탭 1개를 더 열 수 있어요.\n- 응시료는 395달러이며 재응시 1회가 포함돼요\n"
    story = _section("# 네트워크 자격증 취득 후기 | 준비 과정\n\n## 시험 준비\n\n" + talk)
    assert {f.decision.rule for f in story.topics[0].facts if f.decision} == {"personal"}
    notes = _section("# 네트워크 자격증 정리\n\n## 시험 준비\n\n" + talk)
    assert all(f.decision is not None and f.decision.rule != "personal" for f in notes.topics[0].facts)


@pytest.mark.parametrize(
    ("line", "term"),
    [
        ("QoS 란 네트워크 트래픽에 우선순위를 두어 대역폭을 보장하는 기술", "QoS"),  # the topic marker ends it
        ("하나의 Namespace안에 여러 개의 Deployment를 둘 수 있다", "Namespace"),  # a position glued on
        ("/var/log/maillog : 메일 서버가 주고받은 기록을 남기는 로그", "/var/log/maillog"),  # its opening slash
    ],
)
def test_a_word_glued_to_or_after_a_name_is_no_part_of_its_blank(line: str, term: str) -> None:
    terms = [t.text for t in key_terms(line, ())]
    assert term in terms, terms


def test_a_blank_never_opens_with_a_word_pointing_back_nor_ends_in_a_plural() -> None:
    lines = ("요청이 몰리면 이때 ALB가 트래픽을 여러 대상으로 나눈다", "각 Pod들끼리 통신할 때는 Service를 거친다")
    for line in lines:
        terms = [t.text for t in key_terms(line, ())]
        assert not any(t.startswith("이때") or t.endswith(("들", "끼리")) for t in terms), terms


_RESPONSE_CODES = (
    ("0", "NOERROR", "질의 FQDN의 레코드가 정상 응답"),
    ("1", "FORMERR", "질의 FQDN의 형식이 잘못됨"),
    ("2", "SERVFAIL", "질의 FQDN을 서버가 처리 못함"),
    ("3", "NXDOMAIN", "질의 FQDN이 존재하지 않음"),
    ("4", "NOTIMP", "질의 종류를 서버가 지원하지 않음"),
    ("5", "REFUSED", "질의 FQDN을 정책상 거부함"),
    ("6", "YXDOMAIN", "있으면 안 되는 이름이 존재함"),
    ("7", "YXRRSET", "있으면 안 되는 레코드 집합이 존재함"),
    ("8", "NXRRSET", "있어야 할 레코드 집합이 없음"),
    ("9", "NOTAUTH", "서버가 그 영역의 권한 서버가 아님"),
)


def test_a_term_written_in_row_after_row_of_a_table_is_not_hidden_in_one() -> None:
    rows = "".join(f"| {code} | {name} | {meaning} |\n" for code, name, meaning in _RESPONSE_CODES)
    section = _section(f"# DNS 응답 코드\n\n| 코드 | 이름 | 의미 |\n|---|---|---|\n| **응답** | | |\n{rows}")
    rows_made = [f for f in section.topics[0].facts if f.kind == "table_row"]
    assert len(rows_made) > len(_RESPONSE_CODES) // 2
    hidden = [t.text for f in rows_made if f.decision is not None and "fact" in f.decision.kinds for t in f.terms]
    assert not any("FQDN" in t for t in hidden), hidden


def test_a_line_about_two_things_or_cut_at_a_contrast_defines_neither() -> None:
    section = _section(
        "# 전송 계층\n\n## TCP\n\n- TCP(Transmission) & UDP(Datagram) 는 전송 계층의 대표 프로토콜이다.\n"
        "- TCP는 연결 기반 프로토콜이다.\n\n## 회선 교환\n\n- 회선 교환은 경로를 먼저 확보하고 데이터를 보내는 반면\n"
    )
    tcp = next(t for t in section.topics if t.subject == "TCP")
    circuit = next(t for t in section.topics if t.subject == "회선 교환")
    assert tcp.definition is not None and tcp.facts[tcp.definition].text == "TCP는 연결 기반 프로토콜이다."
    assert circuit.definition is None


def test_an_answer_asked_whole_leaves_its_arrow_out_of_the_blank() -> None:
    from builder.analyse.answers import whole_answer

    assert [t.text for t in whole_answer("=> 게이트웨이 엔드포인트")] == ["게이트웨이 엔드포인트"]
    assert [t.text for t in whole_answer("① Singleton")] == ["Singleton"]


def test_the_settings_typed_under_a_task_are_the_writers_choices_not_facts() -> None:
    section = _section(
        "# 관리형 DB 백업\n\n- 데이터베이스 만들기\n  - 인스턴스 이름 : lab-db\n  - 저장 용량 : 20 GB\n"
        "  - 백업 보존 기간 : 7일\n- 자동 백업의 보존 기간은 최대 35일이다\n"
    )
    decisions = {f.text: f.decision for f in section.topics[0].facts}
    for setting in ("저장 용량 : 20 GB", "백업 보존 기간 : 7일"):
        assert decisions[setting] is not None and decisions[setting].kinds == (), setting
    assert decisions["자동 백업의 보존 기간은 최대 35일이다"].kinds == ("limit",)


def test_a_later_item_of_the_list_a_topic_opens_with_defines_nothing_unless_it_names_the_subject() -> None:
    section = _section(
        "# 메시징\n\n## 메시지 큐 특징\n\n- 비동기성\n- 확장성\n- 내장된 중복 처리성 (aka 내결함성)\n\n"
        "## 토픽\n\n- 내구성\n- 토픽은 메시지를 여러 구독자에게 한 번에 보내는 채널이다.\n"
        "\n## 구독\n\n- 최대 구독자 수는 1,000명이다.\n- 토픽의 메시지를 받아 처리하는 수신 설정이다.\n"
    )
    queue = next(t for t in section.topics if t.subject == "메시지 큐")
    topic = next(t for t in section.topics if t.subject == "토픽")
    assert queue.definition is None
    assert topic.definition is not None and topic.facts[topic.definition].text.startswith("토픽은")
    # a line that states something (a value) comes first: a definition-like line after it is one
    # more property of the subject, unless it names it
    subscription = next(t for t in section.topics if t.subject == "구독")
    assert subscription.definition is None


def test_a_definition_is_the_first_line_that_says_something_of_the_subject() -> None:
    section = _section(
        "# ORM 조회\n\n## 지연 로딩\n\n- 필요한 순간까지 조회를 미룬다\n- 연관 객체를 처음 쓸 때 불러오는 방식\n\n"
        "## 즉시 로딩\n\n- 처음 읽을 때 미리 부르는 경우가 많다\n- 즉시 로딩은 연관 객체를 함께 불러오는 방식이다.\n\n"
        "## IDS (Intrusion Detection System)\n\n- 침입 탐지 시스템\n- 망을 지나는 공격을 찾아 알리는 보안 장비\n\n"
        "## 핑 폭주\n\n- ICMP 폭주라고도 한다.\n- 응답 요청을 쏟아부어 대상의 자원을 바닥내는 공격\n\n"
        "## 세그먼트\n\n세그먼트는\n\n- 전송 계층이 다루는 데이터의 단위이다.\n\n"
        "## 가용 영역\n\n- 리전: 여러 데이터센터가 모인 지역\n- 독립된 전원과 망을 갖춘 데이터센터 묶음\n\n"
        "## 나선형 모형\n\n> 위험 분석 중요, 반복 개발, 큰 과제에 알맞음\n\n"
        "- 개발을 여러 번 반복하며 위험을 줄여 가는 개발 모형이다.\n\n"
        "## 컨테이너\n\n- 빠른 배포, 작은 이미지, 높은 이식성\n- 앱과 그 실행 환경을 한데 묶어 격리해 돌리는 단위\n"
    )
    definitions = {t.subject: t.facts[t.definition].text if t.definition is not None else None for t in section.topics}
    assert definitions["지연 로딩"] is None  # a property first: the line after it is one more
    assert definitions["즉시 로딩"] == "즉시 로딩은 연관 객체를 함께 불러오는 방식이다."  # it names the subject
    # a name in other words, another name, a line cut short and another name's definition come
    # before the definition without saying anything of the subject
    assert definitions["IDS"] == "망을 지나는 공격을 찾아 알리는 보안 장비"
    assert definitions["핑 폭주"] == "응답 요청을 쏟아부어 대상의 자원을 바닥내는 공격"
    assert definitions["세그먼트"] == "전송 계층이 다루는 데이터의 단위이다."
    assert definitions["가용 영역"] == "독립된 전원과 망을 갖춘 데이터센터 묶음"
    # nor are a question that the definition answers, an announcement, the writer's story, an
    # alias written otherwise, a link, or the name written out
    for opening in (
        "PMM이란?",
        "이번 글에서는 PMM을 다룬다.",
        "- 처음엔 헷갈렸는데 정리해 보니 간단했다",
        "- 고정 분할이라고도 불림",
        "- [위키 문서](https://example.org/paging)",
        "- Paged Memory Management",
    ):
        paging = _section(
            f"# 메모리\n\n## PMM\n\n{opening}\n\n- 주소 공간을 같은 크기의 조각으로 나누어 관리하는 기법이다.\n"
        )
        (topic,) = paging.topics
        assert topic.definition is not None, opening
        assert topic.facts[topic.definition].text.startswith("주소 공간을"), opening
    # the writer's keywords, in a quote or a bullet, are no sentence about it either
    assert definitions["나선형 모형"] == "개발을 여러 번 반복하며 위험을 줄여 가는 개발 모형이다."
    assert definitions["컨테이너"] == "앱과 그 실행 환경을 한데 묶어 격리해 돌리는 단위"


def test_the_other_options_of_a_marked_answer_are_choices_and_its_explanation_stays() -> None:
    section = _section(
        "# 큐 오답노트\n\n> Q. 주문이 들어오면 재고 서비스에 알리려 합니다. 가장 알맞은 방법은?\n\n"
        "- 재고 서비스가 1분마다 주문 테이블을 폴링한다\n- 주문 서비스가 SQS 대기열에 메시지를 넣는다 (Answer)\n"
        "- 주문 서비스가 재고 DB에 직접 쓴다\n- 해설 : SQS 대기열은 두 서비스를 느슨하게 결합한다\n\n"
        "- SQS 표준 대기열은 메시지를 최소 한 번 전달한다\n"
    )
    rules = _rules(section)
    assert rules["재고 서비스가 1분마다 주문 테이블을 폴링한다"] == "choices"
    assert rules["주문 서비스가 재고 DB에 직접 쓴다"] == "choices"
    assert rules["해설 : SQS 대기열은 두 서비스를 느슨하게 결합한다"] != "choices"
    assert rules["SQS 표준 대기열은 메시지를 최소 한 번 전달한다"] != "choices"  # after the explanation


def test_a_limit_a_calculation_reuses_or_an_operation_named_with_gi_keeps_its_card() -> None:
    section = _section(
        "# 함수 요금\n\n- 요청은 매월 100만 건까지 무료이다\n- 300만 건 - 100만 건 = 200만 건 × $0.20 = $0.40\n"
        "- 랜덤 쓰기\n  - IOPS : 16,000\n"
    )
    decisions = {f.text: f.decision for f in section.topics[0].facts}
    assert decisions["요청은 매월 100만 건까지 무료이다"].kinds == ("limit",)
    assert decisions["IOPS : 16,000"].kinds == ("limit",)


def test_a_gloss_with_a_comma_or_a_bracketed_letter_marks_nothing() -> None:
    section = _section(
        "# 저장소\n\n## S3\n\n- S3(Simple Storage Service, 단순 스토리지)는 객체를 저장하는 스토리지 서비스이다.\n\n"
        "## 함수\n\n- f(x)는 입력마다 하나의 값을 돌려준다\n- 미분은 순간 변화율을 구하는 연산이다\n"
    )
    s3 = next(t for t in section.topics if t.subject == "S3")
    assert s3.definition == 0
    rules = {f.text: f.decision.rule for t in section.topics for f in t.facts if f.decision}
    assert rules["미분은 순간 변화율을 구하는 연산이다"] != "choices"


def test_a_manner_a_vague_phrase_or_a_letter_count_is_never_hidden() -> None:
    section = _section(
        "# 경보\n\n- 경보 상태가 아닌 **직접** 지표를 감시한다\n"
        "- 정상인 값만 **선별적**으로 돌려준다\n"
        "- 지정한 검사 중 **N개 이상**이 성공이면 정상이다\n"
        "- 데이터를 **기타 지원 서비스**로 보낸다\n"
    )
    hidden = {t.text for f in section.topics[0].facts for t in f.terms}
    assert not hidden & {"직접", "선별적", "기타 지원 서비스", "N개", "N개 이상"}
    assert all(f.decision is not None and "fact" not in f.decision.kinds for f in section.topics[0].facts)


def test_a_table_of_yes_and_no_marks_compares_nothing() -> None:
    section = _section(
        "## 메서드 성질\n\n| 성질 | GET | POST | PUT |\n| --- | --- | --- | --- |\n"
        "| Safe | O | X | X |\n| Idempotent | O | X | O |\n| Cacheable | O | △ | X |\n"
    )
    assert section.topics[0].comparisons == ()
    assert all(f.decision is not None and f.decision.rule == "matrix" for f in section.topics[0].facts)


def test_a_short_answer_revealed_under_a_question_is_asked_whole_unless_the_question_needs_its_material() -> None:
    section = _section(
        "# 실기\n\n**1. 원시 코드 줄 수로 비용을 산정하는 기법을 무엇이라고 하는지 쓰시오.**\n\n"
        "<details>\n<summary>정답 확인</summary>\n\nLOC 기법\n\n</details>\n\n"
        "**2. 다음은 패턴에 대한 설명이다. 괄호 안에 들어갈 패턴을 쓰시오.**\n\n"
        "<details>\n<summary>정답 확인</summary>\n\n① Singleton\n\n</details>\n"
    )
    facts = section.topics[0].facts
    loc = _fact(section, "LOC 기법")
    assert loc.decision.kinds == ("fact",) and [t.text for t in loc.terms] == ["LOC 기법"]
    assert loc.context and loc.context[0].startswith("1. 원시 코드")
    singleton = _fact(section, "① Singleton")
    assert "fact" not in singleton.decision.kinds
    assert len(facts) == 6


def test_a_link_text_and_a_word_of_the_heading_shown_above_are_never_hidden() -> None:
    section = _section(
        "# CPU Scheduling\n\n## 디스패처에 대해 설명하세요.\n\n"
        "- 스케줄러가 고른 프로세스를 Scheduling 대상 코어에서 실행하게 하는 역할\n\n"
        "## 이미지\n\n- 이미지는 [레지스트리 허브](https://example.com/)에서 내려받아 엔진으로 실행한다.\n"
    )
    for fact in (f for t in section.topics for f in t.facts):
        assert all(t.text not in ("Scheduling", "레지스트리 허브") for t in fact.terms), fact.terms


def test_a_value_that_is_the_text_of_a_link_is_no_limit() -> None:
    section = _section("# 실습\n\n- 안내 문서의 [2번](https://example.com/) 주소로 접속해 최대 3개까지 만든다\n")
    (fact,) = section.topics[0].facts
    assert [q.text for q in fact.quantities] == ["3개"]


def test_a_what_card_for_a_term_keeps_the_heading_that_names_its_group() -> None:
    from builder.emit.cards import note_specs
    from builder.model import Notes

    section = _section("### 사용자(Users), 그룹(Groups)\n\n1. 사용자\n    - 사용자는 자격 증명을 갖는 최소 단위이다.\n")
    (what,) = [s for s in note_specs(Notes((section,))) if s.kind == "what"]
    assert '<div class="ctx">사용자(Users), 그룹</div>' in what.fields[0]


def test_an_exam_review_asks_its_answers_under_the_question_and_not_the_questions() -> None:
    section = _section(
        "## 기출 복습\n\n"
        "1. 주문 서비스의 메시지를 5분 안에 순서대로 처리해야 한다\n"
        "    -> Pub/Sub **순서 키**를 사용하여 순서를 보장한다\n"
        "2. 야간 배치 작업이 끝나면 리소스를 정리해야 한다\n    -> **Cloud Scheduler**로 정리 작업을 예약한다\n"
        "3. 여러 리전의 사용자에게 정적 파일을 빠르게 제공해야 한다\n    -> **Cloud CDN**을 백엔드 버킷 앞에 둔다\n"
        "4. 감사 로그를 7년 동안 보관해야 한다\n"
    )
    stem = _fact(section, "주문 서비스")
    assert stem.decision.kinds == () and stem.decision.rule == "question"
    assert _fact(section, "감사 로그").decision.kinds == ()  # an unanswered question of the same list
    answer = _fact(section, "-> Pub/Sub")
    assert answer.decision.kinds == ("fact",) and answer.terms[0].text == "순서 키"
    assert answer.context[-1].startswith("주문 서비스의 메시지")


def test_a_line_that_only_says_its_subject_offers_something_hides_nothing() -> None:
    section = _section(
        "# Cloud Run\n\n- 다양한 트래픽 분할 방식을 제공한다\n- Cloud Run에서는 Eventarc 트리거를 사용할 수 있다\n"
        "- 요청이 없으면 인스턴스를 0개까지 줄이는 서버리스 컨테이너 플랫폼이다\n"
        "- 컨테이너는 요청을 처리하는 동안 CPU를 할당받는다\n"
    )
    assert _fact(section, "다양한").decision.kinds == ()
    assert _fact(section, "Cloud Run에서는").decision.kinds == ()
    during = _fact(section, "컨테이너는")
    assert [t.text for t in during.terms][:1] == ["CPU"]  # not ``동안 CPU``


def test_a_value_worked_out_from_numbers_on_the_line_is_no_limit() -> None:
    section = _section(
        "# 가중치 라우팅\n\n- 가중치가 60, 30, 10이라면 트래픽은 60%, 30%, 10%로 나뉜다\n"
        "- 가중치 레코드는 최대 100개까지 만들 수 있다\n"
    )
    worked = _fact(section, "가중치가 60")
    assert "limit" not in worked.decision.kinds
    assert "limit" in _fact(section, "가중치 레코드").decision.kinds


def test_a_bare_noun_phrase_states_nothing_and_makes_no_fact_card() -> None:
    section = _section(
        "# 관리형 캐시\n\n- Multi AZ & Auto Failover\n- Blue/Green & Canary Deployment\n"
        "- 장애가 나면 Auto Failover로 복제본이 승격된다\n- 복제본 승격 - Auto Failover\n"
        "- 세션 데이터는 Redis 클러스터 모드로 분산\n"
    )
    for bare in ("Multi AZ & Auto Failover", "Blue/Green & Canary Deployment"):
        fact = _fact(section, bare)
        assert fact.decision.kinds == () and fact.decision.rule == "fragment", bare
    for stated in ("장애가 나면", "세션 데이터는"):
        assert _fact(section, stated).decision.kinds, stated  # a predicate, a topic
    # a key and its meaning states something too (its blank, ``Auto Failover``, is written on another line)
    assert _fact(section, "복제본 승격 - ").decision.rule != "fragment"


def test_a_fact_whose_premise_is_cut_on_the_card_makes_no_fact_card() -> None:
    premise = (
        "한 회사가 여러 지역의 센서에서 초당 수만 건의 측정값을 모아 실시간으로 이상을 찾고, "
        "결과를 대시보드에 보여 주려고 한다"
    )
    section = _section(
        f"# 기출 복기\n\n- {premise}\n  - Kinesis Data Streams로 수집하고 Lambda로 처리한다\n"
        "- 짧은 전제\n  - Kinesis Data Streams로 수집하고 Lambda로 처리한다\n"
    )
    cut = next(f for f in section.topics[0].facts if f.parent == 0)
    assert cut.context[0].endswith("…")
    assert cut.decision.kinds == () and cut.decision.rule == "premise_cut"
    whole = next(f for f in section.topics[0].facts if f.parent == 2)
    assert whole.context == ("짧은 전제",) and "fact" in whole.decision.kinds


def test_a_paragraph_of_three_sentences_makes_no_fact_card_and_two_sentences_still_do() -> None:
    section = _section(
        "# 인메모리 캐시\n\n"
        "데이터는 메모리에 둔다. 그래서 디스크보다 빠르다. 재시작에 대비하려면 AOF 로그를 켜 둔다.\n\n"
        "스냅샷은 주기적으로 찍힌다. 복구할 때는 RDB 파일을 읽는다.\n"
    )
    paragraph = _fact(section, "데이터는")
    assert paragraph.terms and paragraph.decision.kinds == () and paragraph.decision.rule == "paragraph"
    assert "fact" in _fact(section, "스냅샷은").decision.kinds


def test_a_count_of_the_lines_a_line_announces_is_no_limit() -> None:
    section = _section(
        "# 인덱스\n\n- 인덱스는 다음과 같이 3가지로 구분된다\n  - 클러스터형\n  - 비클러스터형\n  - 커버링\n"
        "- 따라서 인덱스는 테이블당 최대 64개까지 만든다\n"
    )
    announced = _fact(section, "인덱스는 다음과")
    assert "limit" not in announced.decision.kinds and announced.decision.rule == "leaning"
    assert "limit" in _fact(section, "따라서").decision.kinds  # it merely goes on from the last line


def test_an_exam_review_asks_its_explanations_not_its_scenario_or_the_option_picked() -> None:
    section = _section(
        "# 3주차 복기\n\n## Q27\n\n### 🧩 문제 요약\n\n"
        "주문 서비스가 하루 최대 3시간 동안 트래픽이 몰리고 Kinesis Data Streams로 이벤트를 받는다.\n\n"
        "### ✅ 정답\n\n**B. Use Amazon SQS FIFO queues with message group IDs.**\n\n"
        "### 🔍 정리\n\n- SQS FIFO 대기열은 메시지 그룹 ID 단위로 순서를 보장한다\n\n"
        "## Q31\n\n야간 배치가 EBS 볼륨 2TB를 매일 백업해야 한다.\n\n- 정답: AWS Backup 계획으로 일정 백업\n"
    )
    scenario = _fact(section, "주문 서비스가")
    assert scenario.decision.kinds == () and scenario.decision.rule == "example"
    assert _fact(section, "B. Use Amazon SQS").decision.rule == "choices"
    assert "fact" in _fact(section, "SQS FIFO 대기열은").decision.kinds
    bare = _fact(section, "야간 배치가")
    assert bare.decision.kinds == () and bare.decision.rule == "example"  # 2TB is the question's: no limit
    assert _fact(section, "정답:").decision.rule != "example"  # an answer written under the label is not the scenario


def test_an_exam_dump_numbered_n_of_m_and_a_questions_requirements_are_its_scenario() -> None:
    """``##### 17 / 65``: the 17th question of a test, its heading no ``/ 65`` and its lines the
    question's; ``### 요구 사항`` under ``## Q1.`` lists the question's givens, while a
    ``## 요구사항`` of its own is a subject of the notes."""
    dump = _section(
        "##### 17 / 65\n\n한 연구소가 매일 40GB의 관측 기록을 수집해 분석 서버로 보내고 있습니다.\n\n"
        "어떤 방법이 가장 비용 효율적입니까?\n\n> 기록을 압축해 야간에 일괄 전송합니다.\n"
    )
    (topic,) = dump.topics
    assert topic.title == "17 / 65"
    assert _fact(dump, "한 연구소가").decision.kinds == () and _fact(dump, "한 연구소가").decision.rule == "example"
    review = _section(
        "## Q1.\n\n### 요구 사항\n\n- 관측 기록은 최대 40GB까지 쌓인다\n- 기록은 3년간 보관해야 함\n\n"
        "### 설명\n\n- 콜드 스토리지는 최소 90일 보관 요금이 부과된다\n"
    )
    assert _fact(review, "관측 기록은").decision.rule == "example" and not _fact(review, "관측 기록은").decision.kinds
    assert "limit" in _fact(review, "콜드 스토리지는").decision.kinds
    analysis = _section("## 요구사항\n\n- 기능 요구사항은 시스템이 수행할 기능을 최소 10개 정의한다\n")
    assert "limit" in _fact(analysis, "기능 요구사항은").decision.kinds
    overview = _section("## 1. 개요\n\n### 요구 사항\n\n- 기능 요구사항은 최소 10개를 정의한다\n")
    assert "limit" in _fact(overview, "기능 요구사항은").decision.kinds  # under no question's number
    log = _section(
        "## 3/15\n\n- TCP 연결 수립에는 3번의 패킷 교환이 필요하다.\n\n## 1 / 3\n\n- UDP 헤더는 8바이트이다.\n"
    )
    assert "limit" in _fact(log, "TCP 연결").decision.kinds and "limit" in _fact(log, "UDP 헤더").decision.kinds


def test_the_lines_under_a_question_that_picks_an_option_are_its_options_until_its_answer() -> None:
    """``### 2. … 설명으로 옳지 않은 것은?`` over its options written as lines in a box, then ``> 3``
    and an explanation: the options are no facts (one of them is false); the explanation is no option."""
    section = _section(
        "# 퀴즈\n\n### 2. 광합성에 대한 설명으로 옳지 않은 것은?\n\n```\n"
        "엽록체의 틸라코이드에서 명반응이 일어난다.\n캘빈 회로는 미토콘드리아 기질에서 일어난다.\n"
        "명반응에서 산소가 발생한다.\n```\n\n> 2\n\n"
        "캘빈 회로는 엽록체의 스트로마에서 일어난다.\n"
    )
    false_option = _fact(section, "캘빈 회로는 미토콘드리아")
    assert false_option.decision.kinds == () and false_option.decision.rule == "choices"
    assert _fact(section, "엽록체의 틸라코이드").decision.kinds == ()
    assert _fact(section, "캘빈 회로는 엽록체의").decision.rule != "choices"  # the explanation, after the answer
    unanswered = _section(
        "### 교체 정책으로 적절한 것은?\n\nLRU는 가장 오랫동안 쓰이지 않은 페이지를 교체하는 정책이다.\n\n"
        "### 시험에서 자주 틀린 개념은?\n\n- 2NF는 부분 함수 종속을 제거한 정규형이다.\n"
    )
    assert _fact(unanswered, "LRU는").decision.rule != "choices"  # no answer follows: the notes' own answer
    assert _fact(unanswered, "2NF는").decision.rule != "choices"  # asks for notes, no option to pick


def test_the_lines_under_a_question_number_that_end_by_asking_are_its_scenario() -> None:
    section = _section(
        "# 데이터베이스 기출\n\n- [Q12]\n  쇼핑몰이 주문 테이블을 단일 MySQL 서버에 저장하고 있다.\n"
        "  집계 중 응답 지연을 줄이는 방법은?\n"
        "  - 읽기 전용 복제본은 최대 15개까지 추가할 수 있다\n\n"
        "# 면접 질문\n\n"
        "Q. 프로세스와 스레드의 차이는?\n프로세스는 독립된 메모리 공간을 가진다.\n"
        "스레드는 같은 프로세스의 힙 메모리를 공유한다.\nQ. 컨텍스트 스위칭이란?\n\n"
        "# 인덱스\n\n인덱스는 검색 속도를 높이는 자료 구조이다.\n"
        "클러스터드 인덱스는 테이블당 1개만 만들 수 있다.\n그렇다면 어떤 컬럼에 인덱스를 걸어야 할까?\n"
    )
    scenario = _fact(section, "쇼핑몰이")  # one line is enough under the question's number
    assert scenario.decision.kinds == () and scenario.decision.rule == "example"
    assert "limit" in _fact(section, "읽기 전용 복제본은").decision.kinds  # the answer keeps its card
    # Without a number, what comes before a question is an answer to the one before, or prose.
    for line in ("스레드는 같은", "인덱스는 검색", "클러스터드 인덱스는"):
        assert _fact(section, line).decision.kinds, line


def test_the_lines_of_a_walkthrough_that_click_nothing_are_its_steps_too() -> None:
    section = _section(
        "# 클러스터 만들기\n\n"
        "1. 콘솔 상단 검색창에서 Kubernetes Engine을 검색하고 선택합니다.\n"
        "2. 만들기 버튼을 클릭합니다.\n"
        "3. 클러스터 이름에 demo-cluster-7을 입력합니다.\n"
        "4. 목록에서 demo-cluster-7 클러스터를 찾습니다.\n"
        "5. 다음 3개의 노드를 확인합니다.\n"
        "6. GKE 클러스터는 Autopilot 모드에서 노드를 자동으로 관리한다.\n"
        "7. 세부정보 탭을 선택합니다.\n"
        "8. 각 출력값 옆의 복사 아이콘을 클릭하여 메모장에 복사합니다:\n"
        "   - ClusterId: 클러스터 ID\n   - NodePoolId: 노드 풀 ID\n   - SubnetId: 서브넷 ID\n\n"
        "# TCP 연결\n\n1. 클라이언트가 SYN 세그먼트를 보낸다\n2. 서버가 SYN-ACK 세그먼트로 답한다\n"
        "3. 클라이언트가 ACK 세그먼트를 보내면 연결이 성립한다\n\n"
        "# SSO 로그인\n\n1. 사용자가 로그인 버튼을 클릭한다\n2. 앱이 사용자를 IdP 로그인 화면으로 이동시킨다\n"
        "3. 사용자가 계정과 비밀번호를 입력한다\n4. IdP가 유효 기간 5분의 SAML 어서션을 앱에 전달한다\n\n"
        "# 캐시 교체\n\n1. 캐시 콘솔에서 정책 탭을 선택합니다.\n2. 편집 버튼을 클릭합니다.\n"
        "3. 정책 이름을 입력합니다.\n4. LFU: 참조 횟수가 가장 적은 항목을 선택해 교체\n"
        "5. 노드마다 메모리의 25%가 예약된다\n\n"
        "# 보안 그룹 열기\n\n- 인바운드 규칙 추가 버튼을 클릭하고 다음 포트를 입력합니다:\n"
        "  - SSH: TCP 22번 포트\n  - RDP: TCP 3389번 포트\n"
    )
    found = _fact(section, "목록에서")
    assert found.decision.kinds == () and found.decision.rule == "step"
    nodes = _fact(section, "다음 3개의")
    assert nodes.decision.kinds == () and nodes.decision.rule == "step"  # the lab's three nodes: no limit
    assert _fact(section, "GKE 클러스터는").decision.kinds  # a statement of its subject stays
    for output in ("ClusterId:", "NodePoolId:", "SubnetId:"):  # what a step copies: no comparison
        assert _fact(section, output).decision.kinds == (), output
    for line in ("클라이언트가 SYN", "서버가 SYN-ACK"):  # a procedure of the protocol, clicked by no one
        assert _fact(section, line).decision.rule != "step", line
    # Steps told of someone (``사용자가 … 클릭한다``) are how a protocol runs, not the reader's clicks.
    assert "limit" in _fact(section, "IdP가 유효 기간").decision.kinds
    # A named entry and a line with a subject, in a list of clicks, still state something.
    for line in ("LFU:", "노드마다"):
        assert _fact(section, line).decision.rule != "step", line
    for port in ("SSH:", "RDP:"):  # a setting with a value to learn, typed in a step, keeps its card
        assert "limit" in _fact(section, port).decision.kinds, port


def test_what_a_titled_exam_question_writes_before_it_asks_is_its_scenario() -> None:
    section = _section(
        "# 3주차 퀴즈\n\n## 문제 2: Redis 만료 정책\n\n"
        "캐시 서버에 다음 설정이 적용되어 있습니다:\n\n"
        "- maxmemory: 4GB, 정책은 allkeys-lru\n- 세션 키의 TTL은 1800초\n\n"
        "오후 3시에 메모리가 가득 찼을 때 먼저 지워지는 키는?\n\n"
        "**A)** 가장 오래 쓰이지 않은 키\n**B)** TTL이 가장 짧은 키\n**C)** 가장 큰 키\n\n정답: A\n\n"
        "## 문제 3: 복제\n\n- Redis 복제본은 비동기로 갱신된다\n\n그렇다면 장애 때 잃는 쓰기는?\n\n"
        "- 마스터가 복제본에 보내지 못한 쓰기\n\n"
        "## Q4. 키 만료\n\n- 만료된 키는 최대 25%까지 한 번에 지워진다\n\n확인: 한 번에 지워지는 비율은?\n\n"
        "A) 10%\nB) 25%\n\n정답: B\n"
    )
    assert _fact(section, "캐시 서버에").decision.kinds == ()
    for line in ("maxmemory:", "세션 키의"):
        given = _fact(section, line)
        assert given.decision.kinds == () and given.decision.rule == "example", line
    # a question with no choices after it is the notes' own: what they say above it stays
    assert _fact(section, "Redis 복제본은").decision.rule != "example"
    # ``## Q4. 키 만료`` is as often a topic to review: its notes stay facts, a check question below or not
    assert "limit" in _fact(section, "만료된 키는").decision.kinds


def test_two_limit_cards_that_read_the_same_with_different_values_are_not_made() -> None:
    # (counts of three and four: ``1단계``, a count of one that nothing qualifies, is no limit at all)
    section = _section("# 장애 복구\n\n- 3단계 복구\n- 4단계 복구\n- 스냅샷은 최대 64개까지 보관한다\n")
    for twin in ("3단계", "4단계"):
        fact = _fact(section, twin)
        assert "limit" not in fact.decision.kinds and fact.decision.rule == "twin", twin
    assert "limit" in _fact(section, "스냅샷은").decision.kinds


def test_a_question_number_is_no_subject_to_define() -> None:
    section = _section(
        "# 복기\n\n## Q130\n\n### 정리\n\n- 트래픽 변동에 즉각 반응하며 운영 부담이 가장 낮은 방식이다\n"
    )
    (line,) = [f for t in section.topics for f in t.facts]
    assert not {"what", "which"} & set(line.decision.kinds)


def test_a_labs_setup_and_results_are_the_labs() -> None:
    section = _section(
        "# 사설 DNS 실습\n\n## 테스트 환경\n\n- 노드A: 10.1.0.4 (사설 IP)\n- 노드B: 10.1.0.9 (사설 IP)\n\n"
        "## 테스트 1: hosts 파일에 공인 IP 등록\n\n### 구성\n\n- 노드A의 hosts 파일에 노드B의 공인 IP를 적는다\n\n"
        "### 결과\n\n- 기본 경로에 따라 트래픽이 인터넷을 거쳐 전송된다\n\n"
        "## 사설 DNS 영역\n\n- 사설 DNS 영역은 VNet 안에서만 이름을 해석한다\n"
    )
    for lab in ("노드A:", "노드A의", "기본 경로에"):
        fact = _fact(section, lab)
        assert fact.decision.kinds == () and fact.decision.rule == "example", lab
    assert _fact(section, "사설 DNS 영역은").decision.kinds


def test_a_walkthroughs_numbered_tasks_are_the_labs_under_their_own_headings_too() -> None:
    section = _section(
        "# 보안 그룹 실습\n\n## 태스크 2: 웹 계층 보안 그룹 구성\n\n### 인바운드 규칙 설정\n\n"
        "- Rule number: 120\n- Project: Lab-Demo\n\n"
        "## Step 3 - 스왑 파일 만들기\n\n- 먼저 스왑 파일의 크기를 4GB로 정한다\n\n"
        "## 보안 그룹 핵심 개념\n\n- 보안 그룹은 규칙을 최대 60개까지 가진다\n"
    )
    for lab in ("Rule number", "Project:", "먼저 스왑"):
        fact = _fact(section, lab)
        assert fact.decision.kinds == () and fact.decision.rule == "example", lab
    assert "limit" in _fact(section, "보안 그룹은").decision.kinds
    # concept notes number a protocol's steps, and exam guides their tasks, in English too
    concepts = _section(
        "# TCP\n\n## Step 2: SYN-ACK\n\n- 서버는 SYN 큐에 연결 요청을 최대 128개까지 보관한다\n\n"
        "## Domain 1\n\n### Task 1: 안전한 액세스 설계\n\n- IAM 그룹은 계정마다 최대 300개까지 만든다\n\n"
        "## Lab 2: VPC 개념\n\n### 서브넷\n\n- 서브넷마다 AWS가 IP 주소 5개를 예약한다\n"
    )
    for fact_text in ("서버는 SYN", "IAM 그룹은", "서브넷마다"):
        assert "limit" in _fact(concepts, fact_text).decision.kinds, fact_text


def test_an_exam_review_titled_as_a_slug_is_the_writers_story_and_polite_past_facts_elsewhere_stay() -> None:
    review = _section(
        '---\ntitle: "Cloud-Professional-exam-review"\n---\n\n'
        "- 시험 일정 때문에 7월 9일, 16일에 두 번 응시했고 합격하였습니다.\n"
        "- 실기 채점은 길게 5일까지도 걸렸습니다.\n"
    )
    for story in ("시험 일정", "실기 채점"):
        fact = _fact(review, story)
        assert fact.decision.kinds == () and fact.decision.rule == "personal", story
    notes = _section(
        "# 이더넷\n\n- 초기 이더넷은 CSMA/CD 방식으로 충돌을 감지했습니다.\n"
        "- IPv4 주소는 32비트로 설계되었습니다.\n- 초기 버전에서는 파일 크기가 최대 4GB로 제한되었습니다.\n"
    )
    assert _fact(notes, "초기 이더넷").decision.kinds
    for limited in ("IPv4 주소는", "초기 버전에서는"):
        assert "limit" in _fact(notes, limited).decision.kinds, limited


def test_the_values_of_a_case_a_sentence_supposes_and_plays_out_ask_no_limit() -> None:
    section = _section(
        "# 조인\n\n- 선행 테이블의 row가 10개이고 후행 테이블의 row가 1억개이면 후행 테이블을 10억번 읽어야 한다.\n"
        "- 리더가 죽었다고 하면 팔로워는 선거 타임아웃 150ms 뒤에 선거를 시작한다\n"
        "- gp2는 1GB당 3 IOPS를 내고 100GB면 300 IOPS를 낸다\n"
        "- 세션은 15분이면 만료된다\n"
        "- 노드가 3개이면 최대 1개까지 장애를 견딘다\n"
        "- 비유: 책의 색인이 10개면 문단을 더할 때 10개 다 손봐야 한다\n"
    )
    assert _fact(section, "비유:").decision.kinds == ()
    played = _fact(section, "선행 테이블")
    assert "limit" not in played.decision.kinds
    # a rule stated as a supposition keeps its value, and so does a rate stated before a worked case
    assert "limit" in _fact(section, "리더가").decision.kinds
    assert [q.text for q in _fact(section, "gp2는").quantities] == ["1GB", "3 IOPS"]
    assert "limit" in _fact(section, "세션은").decision.kinds
    bounded = _fact(section, "노드가")
    assert "limit" in bounded.decision.kinds and [q.text for q in bounded.quantities] == ["3개", "1개"]


def test_a_value_an_exam_questions_case_sets_asks_no_limit_in_its_explanation() -> None:
    section = _section(
        "# 4주차 복기\n\n## Q12\n\n### 문제 요약\n\n- 로그를 5년간 보관해야 하고 비용을 줄여야 한다.\n\n"
        "### 정리\n\n- 5년 보관은 수명 주기 규칙으로 더 저렴한 클래스로 옮긴다\n"
        "- 수명 주기 규칙은 객체를 최소 30일 뒤에 IA 클래스로 옮긴다\n\n"
        "## [Q13]\n\n### 해설\n\n- 스냅샷은 업로드 후 45일 경과 시점에 콜드 계층으로 옮겨진다\n"
        "- 스냅샷 정책은 최대 1,000개의 스냅샷을 보관한다\n\n"
        "## 스냅샷\n\n- 스냅샷은 5년 뒤 자동으로 지운다\n"
    )
    repeated = _fact(section, "5년 보관은")
    assert "limit" not in repeated.decision.kinds and not repeated.quantities
    assert repeated.decision.rule == "given"
    assert "limit" in _fact(section, "수명 주기 규칙은").decision.kinds
    # the case's own numbers, worked out in its explanation, are the case's; its bounds are taught
    assert "limit" not in _fact(section, "스냅샷은 업로드").decision.kinds
    assert "limit" in _fact(section, "스냅샷 정책은").decision.kinds
    # a value written under no question is a limit as ever
    assert "limit" in _fact(section, "스냅샷은 5년").decision.kinds
    # a question numbered before its title, or by the list item the lines are written under
    titled = _section(
        "# 퀴즈\n\n## 문제 4: 버전 관리\n\n### 해설\n\n- 업로드 후 64일 경과\n"
        "- 멀티파트 업로드는 100MB 이상 파일에 권장\n\n"
        "## 정리\n\n- [Q9]\n  - 수명 주기 정책을 만들어 7일 후에 아카이브로 전환\n"
        "  - 장치 하나로 100TB까지 한 번에 옮긴다\n"
    )
    for case in ("업로드 후", "수명 주기 정책을"):
        assert "limit" not in _fact(titled, case).decision.kinds, case
    item = _section("# 정리\n\n- [Q10] S3 수명 주기\n  - 규칙을 만들어 7일 후에 아카이브로 전환\n")
    assert "limit" not in _fact(item, "규칙을").decision.kinds
    for bound in ("멀티파트", "장치 하나로"):
        assert "limit" in _fact(titled, bound).decision.kinds, bound
    # a value its clause names a limit, before or after it, is the service's
    named = _section(
        "## Q12\n\n### 해설\n\n- SQS 메시지 크기 제한은 256KB이다\n- Standard-IA는 30일 최소 저장 기간 요금이 있다\n"
    )
    for limit in ("SQS 메시지", "Standard-IA는"):
        assert "limit" in _decision(named, limit).kinds, limit
    bounded = _section(
        "# 복기\n\n## Q221\n\n### 문제 요약\n\n"
        "- 회사는 업로드된 파일을 15분 이내에 처리해야 하고 1개의 AZ에 저장해도 된다.\n\n"
        "### 정리\n\n- Lambda 함수는 최대 15분까지 실행된다\n- S3 One Zone-IA는 데이터를 1개의 AZ에만 저장한다\n"
    )
    for taught in ("Lambda 함수는", "S3 One Zone-IA는"):
        assert "limit" in _fact(bounded, taught).decision.kinds, taught


def test_a_label_that_files_a_line_is_never_the_term_its_card_hides() -> None:
    section = _section(
        "# 암호 알고리즘\n\n- 분류: 기밀 해제된 정부 알고리즘\n"
        "- 핵심 컨셉: 체크포인트와 동기화해 데이터 손실을 막는다\n"
        "- 주제: S3 핵심 개념, 스토리지 클래스\n"
        "- 콘보이 효과: CPU를 오래 쓰는 프로세스 뒤에서 다른 프로세스가 오래 기다리는 현상\n"
        "- StringBuffer는 내부적으로 synchronized 키워드를 사용하여 스레드에 안전하다\n"
        "- volatile 키워드: 변수를 메인 메모리에서 직접 읽고 쓰게 한다\n"
        "- 문제점으로는 초기 대역폭을 쓰지 못해 전송이 오래 걸린다\n"
        "- **문제점** 으로는 혼잡을 겪은 뒤에야 창 크기를 줄인다\n- **분류**: 기밀 해제된 정부 알고리즘\n"
    )
    # an aspect word the writer emphasised is still no term (``**분류**: …``)
    for emphasised in ("문제점 으로는", "분류: 기밀"):
        assert not {"문제점", "분류"} & {t.text for t in _fact(section, emphasised).terms}, emphasised
    assert "synchronized 키워드" in [t.text for t in _fact(section, "StringBuffer").terms]
    assert [t.text for t in _fact(section, "volatile").terms][:1] == ["volatile 키워드"]
    assert "문제점" not in [t.text for t in _fact(section, "문제점으로는").terms]
    for label in ("분류", "핵심 컨셉", "주제"):
        fact = _fact(section, label)
        assert label not in [t.text for t in fact.terms], label
    assert [t.text for t in _fact(section, "콘보이").terms][:1] == ["콘보이 효과"]


def test_sides_named_by_how_many_are_no_alternatives() -> None:
    section = _section(
        "# 하이브리드 배치\n\n- 서비스 중 일부는 클라우드에서 실행하고, 일부는 사내 서버에서 실행한다\n"
        "- Lambda는 요청마다 실행하고, Fargate는 컨테이너를 계속 띄운다\n"
    )
    assert all("일부" not in s.subject for c in section.topics[0].comparisons for s in c.sides)


def test_a_table_of_a_topics_fields_compares_nothing_and_labels_no_value_with_its_header() -> None:
    section = _section(
        "# 연결 풀\n\n| 항목 | 설명 |\n|---|---|\n| **기본 크기** | 10개 |\n"
        "| **목적** | 매 요청마다 연결을 새로 맺는 비용을 줄인다 |\n"
        "| **주의점** | 유휴 연결은 DB 자원을 계속 점유한다 |\n"
    )
    topic = section.topics[0]
    assert topic.comparisons == ()
    assert _fact(section, "기본 크기").text == "기본 크기: 10개"
    assert "limit" in _fact(section, "기본 크기").decision.kinds


def test_a_value_in_a_case_played_out_is_no_limit() -> None:
    section = _section(
        "# 대기열 확장\n\n- 만약 초당 요청이 5,000건을 넘으면 소비자를 3개 더 띄운다\n"
        "- 만약 요청이 몰리면 소비자를 늘린다. 소비자는 최대 50개까지 띄울 수 있다\n"
    )
    case = _fact(section, "만약 초당")
    assert case.quantities == () and "limit" not in case.decision.kinds
    rule = _fact(section, "만약 요청이")
    assert [q.text for q in rule.quantities] == ["50개"]  # the next sentence states a limit


def test_a_prose_comparison_does_not_ask_a_name_it_writes_again_and_again() -> None:
    section = _section(
        "# 조회 방식\n\n- 인덱스 탐색은 필요한 블록만 읽는 반면, 전체 스캔은 테이블을 모두 읽는다. "
        "그래서 큰 테이블에서는 인덱스 탐색이 전체 스캔보다 빠르고, 작은 테이블이면 전체 스캔도 괜찮고, "
        "통계가 낡으면 전체 스캔을 고르기도 한다\n"
    )
    asked = [s.subject for c in section.topics[0].comparisons for s in c.sides if s.asked]
    assert "전체 스캔" not in asked


def test_a_name_the_notes_always_write_before_the_noun_left_in_view_is_not_hidden() -> None:
    # Notes on disks write ``VM`` before ``인스턴스`` every time: ``[...] 인스턴스`` is read off the noun.
    always = _section(
        "# 블록 스토리지\n\n- 디스크는 VM 인스턴스에 붙이는 블록 장치이다\n- VM 인스턴스를 지워도 디스크는 남는다\n"
        "- 스냅샷은 VM 인스턴스를 멈추지 않고 만든다\n- 성능이 모자라면 VM 인스턴스를 키우기 전에 디스크를 늘린다\n"
    )
    assert all("VM" not in [t.text for t in f.terms] for f in always.topics[0].facts)
    # Where two names share the noun, the blank still asks which one.
    shared = _section(
        "# 블록 스토리지\n\n- 디스크는 VM 인스턴스에 붙이는 블록 장치이다\n- VM 인스턴스를 지워도 디스크는 남는다\n"
        "- Spot 인스턴스는 회수될 수 있다\n- Spot 인스턴스에는 임시 디스크만 붙인다\n"
        "- 성능이 모자라면 VM 인스턴스를 키우기 전에 디스크를 늘린다\n"
    )
    assert "VM" in [t.text for t in _fact(shared, "VM 인스턴스를 지워도").terms]


def test_two_particles_after_a_loanword_the_analyser_cut_are_not_part_of_the_noun() -> None:
    from builder.analyse.phrases import noun_phrases

    phrases = noun_phrases("같은 영역의 VM 인스턴스에만 붙는다")
    assert [(p.text, p.particle) for p in phrases][-1] == ("VM 인스턴스", "JKB")


def test_a_value_said_of_a_one_letter_name_is_the_worked_examples() -> None:
    section = _section(
        "# 원자성\n\n- 이체 도중 장애가 나면 A의 잔고만 5,000원 줄어든다\n- B의 잔고는 그대로다\n"
        "- 이체 한 건의 처리 시간은 최대 3초이다\n"
        "\n# 주소 클래스\n\n- 클래스 A의 기본 마스크는 /8이다\n- 클래스 B의 호스트 수는 최대 65,534개이다\n"
        "\n# 언어\n\n- C는 한 함수에 최대 127개의 인자를 받는다\n"
    )
    (example, _, kept), classes, language = (t.facts for t in section.topics)
    assert example.quantities == ()
    assert [q.text for q in kept.quantities] == ["3초"]
    assert [q.text for f in classes for q in f.quantities] == ["/8", "65,534개"]
    assert [q.text for q in language[0].quantities] == ["127개"]


def test_an_announcement_of_what_comes_next_or_a_typed_command_makes_no_card() -> None:
    section = _section(
        "# 큐\n\n- 이번에는 메시지 큐와 알림 서비스를 간단히 짚어보겠습니다.\n"
        "- gzip -d -k archive.gz\n- 큐의 메시지는 최대 14일 보존된다\n"
    )
    announced, command, kept = section.topics[0].facts
    assert announced.decision.rule == "outline" and not announced.decision.kinds
    assert command.decision.rule == "code" and not command.decision.kinds
    assert kept.decision.kinds


def test_a_what_card_in_notes_of_several_chapters_shows_its_own_chapter() -> None:
    from builder.emit.cards import note_specs
    from builder.model import Notes

    section = _section(
        "# 1. 네트워크 기초\n## 계층 모델\n- 통신을 일곱 계층으로 나누어 설명하는 표준 참조 모델이다.\n"
        "# 라우팅\n- 패킷을 보낼 경로를 고르는 과정이다.\n## 정적 라우팅\n- 관리자가 경로를 직접 입력하는 방식이다.\n"
    )
    fronts = {s.topic.subject: s.fields[0] for s in note_specs(Notes((section,))) if s.kind == "what"}

    def shown_context(front: str) -> list[str]:
        return re.findall(r'<div class="ctx">(.*?)</div>', front)

    assert shown_context(fronts["정적 라우팅"]) == ["라우팅"]
    assert shown_context(fronts["계층 모델"]) == ["네트워크 기초"]
    assert shown_context(fronts["라우팅"]) == []  # a chapter's own lines: its name is the subject


@pytest.mark.usefixtures("which_cards_from_any_note")
def test_an_interview_question_that_asks_more_names_its_subject_in_its_first_clause() -> None:
    """``<summary>힙이 무엇인지 설명해주시고 …</summary>``: the question is about 힙, a name of one
    syllable, which the which card hides wherever it stands as a word (not inside ``스힙합``)."""
    from builder.emit.cards import note_specs
    from builder.model import Notes

    section = _section(
        "# 면접 질문\n\n<details>\n<summary>힙이 무엇인지 설명해주시고 쓰임새가 무엇인지 설명해주세요.</summary>\n\n"
        "힙은 부모 노드의 키가 자식 노드의 키보다 항상 크거나 같은 완전 이진 트리입니다.\n\n</details>\n\n"
        "<details>\n<summary>스택이란 무엇이죠?</summary>\n\n"
        "스택은 마지막에 넣은 데이터를 가장 먼저 꺼내는 자료구조입니다.\n\n</details>\n\n"
        "<details>\n<summary>그럼 덱은 무엇이고 어디에 쓰나요?</summary>\n\n"
        "덱은 양쪽 끝에서 넣고 꺼낼 수 있는 자료구조입니다.\n\n</details>\n"
    )
    assert [t.subject for t in section.topics] == ["힙", "스택", "덱"]
    specs = note_specs(Notes((section,)))
    (which,) = [s.fields[0] for s in specs if s.kind == "which" and s.topic.subject == "힙"]
    assert "힙은" not in which and "［？］</span>은(는) 부모 노드" in which
    assert "무엇인지" not in which
    # inside another word the syllable is that word's (``스힙합``), and a heading that names the
    # subject (``힙 정리``) is not shown above the card that asks it
    inside = _section(
        "# 힙 정리\n\n<details>\n<summary>힙이 무엇인지 설명해주세요.</summary>\n\n"
        "힙이란 스힙합 장르 이름과 무관한, 부모 키가 자식 키보다 크거나 같은 완전 이진 트리입니다.\n\n</details>\n"
    )
    (which,) = [s.fields[0] for s in note_specs(Notes((inside,))) if s.kind == "which"]
    assert "스힙합" in which and "힙 정리" not in which and "힙이란" not in which
    # two subjects asked in one line: neither is the heading's alone
    two = _section("## 프로세스는 무엇이고 스레드는 무엇인가요?\n\n- 프로세스는 실행 중인 프로그램이다.\n")
    assert two.topics[0].subject == "프로세스는 무엇이고 스레드는 무엇인가요?"


def test_a_first_top_heading_with_lines_of_its_own_beside_others_is_no_page_title() -> None:
    """``# 광합성`` with its lines, then ``# 호흡`` and ``# 발효``: sibling topics; a card of ``호흡``
    does not show ``광합성`` above it as if it were what the page is about."""
    from builder.emit.cards import note_specs
    from builder.model import Notes

    siblings = _section(
        "## 세포의 에너지 대사\n\n> 세포가 에너지를 얻고 쓰는 과정\n\n"
        "# 광합성\n\n> 빛 에너지로 포도당을 만드는 과정\n\n"
        "# 세포 호흡\n\n> 포도당을 분해해 ATP를 얻는 과정\n\n"
        "# 젖산 발효\n\n> 산소 없이 포도당을 젖산으로 분해하는 과정\n"
    )
    assert not siblings.titled
    fronts = [s.fields[0] for s in note_specs(Notes((siblings,))) if s.kind in ("what", "which")]
    assert fronts and all("광합성" not in front for front in fronts if "세포 호흡" in front or "ATP" in front)
    assert not any(re.search(r'<div class="ctx">광합성</div>', front) for front in fronts)

    # A first heading over nothing but headings still titles the page, and a later top heading that
    # names only an aspect (``# 종류``) is an aspect of the page's first heading.
    chapter = _section("# 3장 세포\n\n# 세포막\n\n- 인지질 이중층으로 이루어진 막이다.\n")
    assert chapter.titled and chapter.title == "3장 세포"
    sources = _section("# 세포막\n\n- 인지질 이중층으로 이루어진 막이다.\n\n# 참고\n\n- 생명과학 교과서 2장\n")
    assert sources.titled and sources.title == "세포막"  # a page's sources after it are no sibling topic
    aspects = _section(
        "# 효소\n\n- 생체 반응을 빠르게 하는 단백질 촉매이다.\n\n"
        "# 종류\n\n- 가수분해 효소: 물을 더해 결합을 끊는다\n- 산화환원 효소: 전자를 옮긴다\n"
    )
    assert [(t.subject, t.aspect) for t in aspects.topics] == [("효소", None), ("효소", "종류")]


def test_a_side_whose_own_row_says_its_name_in_hangul_is_shown_not_asked() -> None:
    section = _section(
        "# 대시보드 항목\n\n- Snapshots : 디스크를 스냅샷으로 떠서 보관한 목록\n"
        "- Key Pairs : 원격 접속에 쓰는 열쇠 파일\n- Elastic IPs : 인스턴스에 붙인 고정 주소의 수\n"
        "\n# 이상 현상\n\n- 삽입 이상 : 데이터 삽입 시 원하지 않는 값도 들어감\n"
        "- 삭제 이상 : 데이터 삭제 시 필요한 값도 사라짐\n"
    )
    letters = _section("# 레코드 형식\n\n- Type A : IPv4 address를 돌려준다\n- Type MX : 메일 서버를 돌려준다\n")
    assert all(side.asked for c in letters.topics[0].comparisons for side in c.sides)
    dashboard, anomalies = section.topics
    asked = {side.subject: side.asked for c in dashboard.comparisons for side in c.sides}
    assert asked == {"Snapshots": False, "Key Pairs": True, "Elastic IPs": True}
    # Korean names share words with their glosses by design: still asked.
    assert all(side.asked for c in anomalies.comparisons for side in c.sides)
    assert anomalies.comparisons


def test_sides_with_paragraphs_for_points_are_compared_in_smaller_parts() -> None:
    long_point = "요청을 받아 처리한 뒤 결과를 저장하고, 실패하면 다른 영역에서 다시 시도하며 기록을 남긴다. " * 2
    ways = ["동기", "비동기", "배치", "스트림"]
    rows = "".join(f"| {w} | {long_point}({n}) |\n" for n, w in enumerate(ways, 1))
    long_parts = _section(f"## 처리 방식\n\n| 방식 | 설명 |\n| --- | --- |\n{rows}").topics[0].comparisons
    assert [len(c.sides) for c in long_parts] == [2, 2]
    short_rows = "".join(f"| {w} | 짧은 설명 {n} |\n" for n, w in enumerate(ways, 1))
    short_parts = _section(f"## 처리 방식\n\n| 방식 | 설명 |\n| --- | --- |\n{short_rows}").topics[0].comparisons
    assert [len(c.sides) for c in short_parts] == [4]


def test_a_compared_side_shows_its_description_and_the_first_lines_under_it_only() -> None:
    detail = "  - 요청마다 도착 순서를 기록하고 처리 시간을 계산해 대기 시간의 합계를 남긴다. 끝까지 되풀이한다.\n"
    notes = (
        "## 큐의 종류\n\n"
        "- 선입선출 큐 : 먼저 들어온 요청부터 처리하는 방식\n"
        f"  - 구현이 단순함\n{detail * 3}"
        "- 우선순위 큐 : 중요도가 높은 요청부터 처리하는 방식\n"
        f"  - 기아 상태가 생길 수 있음\n{detail * 3}"
    )
    section = _section(notes)
    (comparison,) = section.topics[0].comparisons
    first_detail = detail.strip(" -\n")
    assert [side.points for side in comparison.sides] == [
        ("먼저 들어온 요청부터 처리하는 방식", "구현이 단순함", first_detail),
        ("중요도가 높은 요청부터 처리하는 방식", "기아 상태가 생길 수 있음", first_detail),
    ]
    # The lines left off the comparison are still facts of the topic, with cards of their own.
    assert sum(f.text.startswith("요청마다") for f in section.topics[0].facts) == 6


def test_a_compared_table_row_keeps_the_columns_every_row_fits() -> None:
    headers = ["요금", "확장", "운영 부담", "적합한 워크로드", "초과 요청", "설정"]
    cells = "요청 수와 용량 설정에 따라 비용이 정해지는 방식"
    rows = "".join(
        f"| {mode} | " + " | ".join(f"{cells} {n}{k}" for n in range(6)) + " |\n"
        for k, mode in enumerate(("프로비저닝 모드", "온디맨드 모드"))
    )
    table = f"| 모드 | {' | '.join(headers)} |\n|{'---|' * 7}\n{rows}"
    (comparison,) = _section(f"## 용량 모드\n\n{table}").topics[0].comparisons
    kept = [len(side.points) for side in comparison.sides]
    assert kept[0] == kept[1] and 1 <= kept[0] < len(headers)
    assert all(side.points[0].startswith("요금") for side in comparison.sides)
    # A long description leaves out its own column, not the short ones that tell the rows apart.
    long = "트랜잭션이 커밋된 데이터만 읽지만 같은 행을 다시 읽을 때 다른 값을 볼 수 있어 일관성이 약한 수준이다"
    levels = (
        "## 격리 수준\n\n| 수준 | 설명 | Dirty Read | Phantom Read |\n|---|---|---|---|\n"
        f"| READ COMMITTED | {long} {long} | X | O |\n| SERIALIZABLE | 가장 엄격한 수준 | X | X |\n"
    )
    (isolation,) = _section(levels).topics[0].comparisons
    assert [side.points for side in isolation.sides] == [
        ("Dirty Read: X", "Phantom Read: O"),
        ("Dirty Read: X", "Phantom Read: X"),
    ]


def test_a_term_whose_every_word_the_front_shows_is_not_hidden() -> None:
    section = _section(
        "## 백업\n\n- 백트랙을 켜면 DB의 변화를 로그로 남긴다\n  - DB 변화가 많을수록 저장 비용이 커진다\n"
        "  - 변화가 많으면 **로그 용량**이 커진다\n"
    )
    assert all(t.text != "DB 변화" for t in _fact(section, "DB 변화가").terms)
    assert [t.text for t in _fact(section, "변화가").terms] == ["로그 용량"]  # 용량 is shown nowhere else
    # Words standing apart, or a word with a prefix of its own, show no answer.
    pair = _section(
        "## 보안\n\n- 보안 그룹은 상태 저장 방화벽이고 네트워크 ACL은 상태 비저장 방화벽이다.\n"
        "- 상태 비저장 방화벽은 응답 트래픽도 규칙으로 열어야 한다.\n"  # a name the page uses
    )
    assert "상태 비저장 방화벽" in [t.text for t in pair.topics[0].facts[0].terms]


def test_lines_under_an_item_do_not_cut_its_list_in_two() -> None:
    whole = _section("## 결합도 (약->강)\n\n1. 자료\n2. 스탬프\n3. 제어\n4. 외부\n")
    assert [g.numbers for g in whole.topics[0].lists] == [(1, 2, 3, 4)]
    # An item with a line under it is a subject of its own: the list is not asked, nor the
    # items after it as a list of their own numbered from 1 (``1. 외부`` is the fourth).
    split = _section("## 결합도 (약->강)\n\n1. 자료\n2. 스탬프\n   - 자료 구조를 넘긴다\n3. 제어\n4. 외부\n")
    assert split.topics[0].lists == ()


def test_a_line_whose_topic_is_another_noun_modified_by_the_subject_does_not_define_it() -> None:
    other = _section("## 인덱스\n\n- 인덱스에 주로 쓰이는 구조는 B+Tree 알고리즘이다.\n")
    assert other.topics[0].definition is None
    own = _section("## 인덱스\n\n- 인덱스는 검색을 빠르게 하는 자료구조이다.\n")
    assert own.topics[0].definition == 0
    purpose = _section("## 인덱스\n\n- 인덱스를 사용하는 목적은 테이블의 검색 속도를 높이는 것이다.\n")
    assert purpose.topics[0].definition == 0  # what the subject is for (ROLE_NOUNS)


def test_the_two_ends_of_a_table_axis_are_no_alternatives() -> None:
    axis = _section(
        "## 분석 주제\n\n| 대상 | 방법 O | 방법 X |\n|---|---|---|\n"
        "| 대상 O | 최적화 | 솔루션 |\n| 대상 X | 통찰 | 발견 |\n"
    )
    assert axis.topics[0].comparisons == ()
    kinds = _section(
        "## 분석 주제\n\n| 유형 | 설명 |\n|---|---|\n| 최적화 | 대상과 방법을 안다 |\n| 발견 | 둘 다 모른다 |\n"
    )
    assert len(kinds.topics[0].comparisons) == 1


def test_the_choices_written_under_an_exam_question_are_its_choices() -> None:
    section = _section(
        "## 기출\n\n73. 정규화에 대한 설명으로 틀린 것은?\n"
        "    ① 제1정규형은 도메인이 원자값만으로 되어 있는 릴레이션이다.\n"
        "    ② 제2정규형은 이행적 함수 종속을 제거한 릴레이션이다.\n"
    )
    assert [f.decision.rule for f in section.topics[0].facts[1:]] == ["choices", "choices"]


def test_a_side_whose_row_writes_its_acronym_or_its_name_spaced_otherwise_is_not_asked() -> None:
    keys = _section(
        "## 제약조건\n\n- UNIQUE : NULL 값을 가질 수 있다\n- PRIMARY KEY : 테이블에 PK를 하나만 둔다\n"
        "- FOREIGN KEY : 참조 무결성을 지킨다\n"
    )
    asked = {s.subject: s.asked for c in keys.topics[0].comparisons for s in c.sides}
    assert asked["PRIMARY KEY"] is False and asked["UNIQUE"] is True
    forms = _section(
        "## 정규화\n\n- 제1 정규형 : 모든 속성이 원자값이면 제 1정규형이다\n- 제2 정규형 : 부분 함수 종속을 없앤 형태\n"
    )
    asked = {s.subject: s.asked for c in forms.topics[0].comparisons for s in c.sides}
    assert asked["제1 정규형"] is False and asked["제2 정규형"] is True


def test_a_title_that_names_the_notes_themselves_gets_no_definition() -> None:
    notes = _section("# 네트워크-study-note\n\n- 라우팅과 스위칭의 기본 개념을 모은 자료이다.\n")
    assert notes.topics[0].definition is None
    subject = _section("# 라우터\n\n- 라우터는 패킷의 경로를 고르는 장비이다.\n")
    assert subject.topics[0].definition is not None
    # Only the file's own title: a heading inside the notes names a subject (``Release Notes``).
    inner = _section("# 배포\n\n## Release Notes\n\n- 버전마다 바뀐 점을 사용자에게 알리는 문서이다.\n")
    assert inner.topics[-1].definition is not None


def test_a_limit_card_from_a_paragraph_shows_only_the_sentences_holding_its_values() -> None:
    from builder.emit.cards import note_specs
    from builder.model import Notes

    section = _section(
        "# 큐\n\n큐는 작업을 나누어 맡기는 서비스이다. 메시지 하나의 크기는 최대 256KB이다. "
        "그 밖의 설정은 콘솔에서 바꿀 수 있다.\n\n"
        "- 보존 기간은 최대 14일이다. 기본값은 4일이다. 필요하면 늘린다.\n"
    )
    paragraph, bullet = section.topics[0].facts
    assert paragraph.excerpt is not None
    assert paragraph.text[slice(*paragraph.excerpt)] == "메시지 하나의 크기는 최대 256KB이다."
    assert bullet.text[slice(*bullet.excerpt)] == "보존 기간은 최대 14일이다. 기본값은 4일이다."
    (limit, *_) = [s for s in note_specs(Notes((section,))) if s.kind == "limit"]
    assert "콘솔" not in limit.fields[0] and "작업을 나누어" not in limit.fields[0]
    assert re.search(r"최대 \{\{c1::256KB\}\}이다\.", limit.fields[0]), limit.fields[0]


def test_a_verbal_noun_after_a_term_is_not_hidden_with_it() -> None:
    terms = [t.text for t in key_terms("리전 간에 동기화되는 멀티 마스터 테이블 작성 가능")]
    assert terms and terms[0] == "멀티 마스터 테이블"


def test_an_answer_that_only_names_an_option_makes_no_card() -> None:
    section = _section(
        "## Q3\n\n1. 사용자를 가장 빠른 리전으로 보내려면 어떤 라우팅 정책을 써야 하는가?\n    - 정답: C\n"
        "2. 지연 시간이 가장 짧은 리전으로 보내는 정책은 무엇인가?\n    - 정답: Latency\n"
    )
    letter = _fact(section, "정답: C")
    named = _fact(section, "정답: Latency")
    assert not letter.decision.kinds
    assert named.decision.kinds == ("fact",)


def test_a_bullet_list_is_asked_only_when_its_title_counts_it() -> None:
    section = _section(
        "# 도구\n\n- 편집기 종류\n  - vi\n  - emacs\n  - nano\n"
        "- 교착 상태의 3가지 조건:\n  - 상호 배제\n  - 점유 대기\n  - 순환 대기\n"
        "- 설치 순서\n  1. 내려받기\n  2. 압축 풀기\n  3. 실행\n"
    )
    (topic,) = section.topics
    listed = [[topic.facts[i].text for i in group.items] for group in topic.lists]
    assert listed == [["상호 배제", "점유 대기", "순환 대기"], ["내려받기", "압축 풀기", "실행"]]
    editors = [f for f in topic.facts if f.text in ("vi", "emacs", "nano")]
    assert all(f.decision is not None and "list" not in f.decision.kinds for f in editors)


def test_an_exam_reviews_part_labels_are_no_subjects() -> None:
    section = _section("# Q7\n\n## 선지별 해설\n\n- A) 경로 기반 라우팅을 지원하는 로드 밸런서이다.\n")
    assert section.topics[-1].definition is None


@pytest.mark.usefixtures("which_cards_from_any_note")
def test_a_description_named_by_the_one_line_under_it_defines_that_name() -> None:
    """A glossary written description first, its name folded under it (Notion toggles exported as
    a bullet and an indented paragraph): the description is the name's definition, asked both
    ways; the name line makes no card of its own, and the description's value is of that name."""
    section = _section(
        "# 데이터베이스 용어\n\n"
        "- 트랜잭션이 커밋되기 전에 변경 내용을 먼저 기록해 두는 순차 로그\n\n"
        "    선행 기록 로그 (WAL)\n\n"
        "……………………………\n\n"
        "- 한 번에 최대 64개의 행을 묶어 디스크에 기록하는 기법\n\n"
        "    배치 쓰기 (Batch Write)\n\n"
        "- 인덱스를 쓰는 이유\n\n"
        "    읽기 성능, 정렬 비용\n"
    )
    wal = _fact(section, "트랜잭션이")
    assert wal.defines == "선행 기록 로그 (WAL)"
    assert {"what", "which"} <= set(wal.decision.kinds)
    assert _decision(section, "선행 기록 로그").rule == "names_above"
    batch = _fact(section, "한 번에")
    assert batch.defines == "배치 쓰기 (Batch Write)" and "limit" in batch.decision.kinds
    assert batch.context[-1] == "배치 쓰기 (Batch Write)"
    # Two things under a line that is no definition name nothing it defines.
    assert _fact(section, "인덱스를").defines is None


def test_a_section_that_lists_the_pages_own_sections_is_its_outline() -> None:
    section = _section(
        "# 캐시 정리\n\n## 캐시 교체 정책 3가지\n\n- LRU는 가장 오래 쓰이지 않은 항목을 내보낸다\n\n"
        "## 캐시 일관성\n\n- 쓰기 후 읽기는 캐시를 무효화해야 한다\n\n"
        "## 요약\n\n- 캐시 교체 정책 3가지\n- 캐시 일관성\n- 만료 방식 2가지\n\n"
        "## 더 볼 것\n\n- 만료는 최대 24시간 뒤에 일어난다\n"
    )
    (summary,) = [t for t in section.topics if t.title == "요약"]
    for entry in ("캐시 교체 정책", "캐시 일관성", "만료 방식"):
        decision = next(f.decision for f in summary.facts if f.text.startswith(entry))
        assert decision.kinds == () and decision.rule == "toc", (entry, decision)
    assert "limit" in _decision(section, "만료는").kinds  # a statement elsewhere keeps its value


def test_a_summary_that_numbers_the_pages_part_headings_is_its_outline() -> None:
    # The parts it names are headings with no lines of their own, only sections under them.
    section = _section(
        "# 3장. 정렬의 이해\n\n## 들어가며\n\n### 요약\n\n1. 비교 정렬\n2. 분산 정렬\n3. 외부 정렬\n\n"
        "## 본문\n\n### 1. 비교 정렬\n\n#### 퀵 정렬\n\n- 피벗을 기준으로 나누어 정렬한다\n\n"
        "### 2. 분산 정렬\n\n#### 기수 정렬\n\n- 자릿수마다 버킷에 나누어 담는다\n\n"
        "### 3. 외부 정렬\n\n#### 병합 단계\n\n- 정렬된 런을 차례로 합친다\n"
    )
    (summary,) = [t for t in section.topics if t.title == "요약"]
    assert [f.decision.rule for f in summary.facts if f.decision is not None] == ["toc"] * 3
    assert "list" not in {k for f in summary.facts if f.decision is not None for k in f.decision.kinds}


def test_an_equation_of_another_quantity_is_no_definition_of_the_heading() -> None:
    section = _section(
        "# 흐름 제어\n\n## 슬라이딩 윈도우\n\n"
        "- 수신 측\n    - `수신 윈도우 = 수신 버퍼 크기 - (받은 바이트 - 읽은 바이트)`\n"
        "- 송신 측\n    - `수신 윈도우 ≥ 보낸 바이트 - 확인받은 바이트`\n"
        "- 혼잡 윈도우\n  - 혼잡 윈도우는 송신자가 망의 혼잡을 보고 스스로 줄이는 전송 한도이다\n"
    )
    for line in ("수신 윈도우 =", "수신 윈도우 ≥"):
        assert "what" not in _decision(section, line).kinds, line
    assert "what" in _decision(section, "혼잡 윈도우는").kinds  # a sentence about the name above it


def test_the_values_worked_out_from_sample_data_are_no_limits() -> None:
    section = _section(
        "# 대표값\n\n- 최빈값은 가장 자주 나타나는 값이다\n- 표본 평균의 분산은 최대 σ²/n 이다\n\n"
        "- {2,2,4,4,4,7,9}\n  - 평균 : 4.6\n  - 중앙값 : 4\n  - 최빈값 : 4\n"
    )
    for starts in ("평균 : 4.6", "중앙값 : 4", "최빈값 : 4"):
        decision = _decision(section, starts)
        assert decision.kinds == () and decision.rule == "example", (starts, decision)


def test_the_number_of_a_step_is_not_what_a_card_hides() -> None:
    section = _section(
        "# 분석 절차\n\n- **Step 1.1** 요구 정의: 고객의 요구를 모아 범위를 정한다\n"
        "- **STEP2.** : Base32 인코딩 결과를 검토한다\n- Phase 3: 모델을 배포하고 **드리프트**를 감시한다\n"
    )
    for starts in ("**Step 1.1**", "**STEP2.**", "Phase 3"):
        fact = next(f for t in section.topics for f in t.facts if starts.strip("*") in f.text[:12])
        assert not any(re.match(r"(?i)step|phase", t.text) for t in fact.terms), (starts, fact.terms)


def test_a_count_that_only_titles_the_list_under_it_is_no_limit() -> None:
    section = _section(
        "# 복제\n\n- 비동기 방식으로, 최대 3개 복제본을 둔다\n"
        "- 복제 방식 3가지\n  - 동기\n  - 비동기\n  - 반동기\n"
        "- 복제본은 최대 5개\n  - 리전마다 하나\n"
        "- 가용 영역 3개\n  - 리전마다 독립된 전원을 쓴다\n  - 서로 수 km 떨어져 있다\n  - 지연이 짧은 망으로 잇는다\n"
    )
    assert "limit" not in _decision(section, "복제 방식").kinds
    assert "limit" in _decision(section, "비동기 방식으로").kinds
    assert "limit" in _decision(section, "복제본은").kinds  # a limit with a line under it is no title
    assert "limit" in _decision(section, "가용 영역").kinds  # over three sentences, no items it counts


@pytest.mark.parametrize(
    "line",
    [
        # A connective that opens a clause is no part of its subject's name.
        "표준 큐는 순서를 보장하지 않는다. 반면 FIFO 큐는 순서를 보장한다.",
        # The noun two sides end in is the kind they are, no third side.
        "큐는 표준 큐와 FIFO 큐로 나눌 수 있다. 표준 큐는 순서를 보장하지 않고, FIFO 큐는 순서를 보장한다.",
    ],
)
def test_a_sentences_comparison_sets_only_the_alternatives_it_names_against_each_other(line: str) -> None:
    (comparison,) = _section(f"# 큐 비교\n\n- {line}\n").topics[0].comparisons
    assert [s.subject for s in comparison.sides] == ["표준 큐", "FIFO 큐"]


def test_one_product_named_with_and_without_its_vendor_is_no_pair_of_alternatives() -> None:
    section = _section(
        "# 관리형 DB\n\n| 이름 | 설명 |\n|---|---|\n| Azure Cosmos DB | 전역 분산 NoSQL 데이터베이스 |\n"
        "| Cosmos DB | 여러 API로 접근하는 데이터베이스 |\n"
    )
    assert section.topics[0].comparisons == ()


def test_two_or_more_without_a_stated_minimum_says_several_and_is_no_limit() -> None:
    section = _section(
        "# 복제\n\n- 복합 키는 2개 이상의 열을 묶어 만든 키이다\n- 로드 밸런서는 최소 2개 이상의 가용 영역에 둔다\n"
        "- 미러링은 최소한 2개 이상의 디스크가 있어야 한다\n- 복제본은 2개 이상 두어야 한다\n"
    )
    assert "limit" not in _decision(section, "복합 키는").kinds
    for minimum in ("로드 밸런서는", "미러링은", "복제본은"):  # a minimum said so, or what something needs
        assert "limit" in _decision(section, minimum).kinds, minimum


def test_a_count_of_one_or_two_that_nothing_qualifies_is_no_limit() -> None:
    section = _section(
        "# 큐\n\n- 교체 알고리즘은 1번의 기회를 더 준다\n- 조인은 2개의 릴레이션을 결합한다\n"
        "- 소비자는 한 번에 1개의 메시지를 받는다\n- 표준 큐는 최소 1회 전달을 보장한다\n"
        "- 서브넷은 1개의 가용 영역에만 속한다\n- 그룹당 소비자는 2개까지 둔다\n- 큐는 3개의 복제본을 둔다\n"
        "- 테이블당 기본키는 1개이다\n- 스토리지는 각 AZ마다 2개의 복사본을 둔다\n"
    )
    for article in ("교체 알고리즘은", "조인은"):
        assert "limit" not in _decision(section, article).kinds, article
    # qualified, stated as the line's fact, or more than two
    for limit in ("소비자는", "표준 큐는", "서브넷은", "그룹당", "큐는 3개", "테이블당", "스토리지는"):
        assert "limit" in _decision(section, limit).kinds, limit


def test_a_bullet_under_a_description_is_a_part_of_it_not_its_name() -> None:
    section = _section("# 저장소\n\n- 파일을 계층 없이 저장하는 객체 스토리지 서비스\n  - 버킷\n")
    assert _fact(section, "파일을").defines is None


def test_a_name_the_file_writes_on_line_after_line_is_not_hidden_alone() -> None:
    # Notes on a registry write ``OCI`` on most lines: a blank holding it alone is answered from
    # the page.  A longer term that says which one (``OCI 런타임``) is still a term.
    lines = [
        "OCI 이미지는 레이어의 묶음이다",
        "OCI 매니페스트는 레이어 목록을 담는다",
        "OCI 인덱스는 플랫폼별 매니페스트를 고른다",
        "레지스트리는 OCI 배포 규격으로 이미지를 내려준다",
        "태그는 OCI 매니페스트를 가리키는 이름이다",
        "다이제스트는 OCI 객체의 SHA256 해시이다",
        "OCI 런타임은 컨테이너를 실행한다",
        "containerd는 OCI 런타임으로 runc를 호출한다",
        "보안 스캐너는 OCI 이미지의 패키지를 검사한다",
        "가비지 컬렉션은 OCI 레이어 중 참조 없는 것을 지운다",
    ]
    everywhere = _section("# 컨테이너 이미지\n\n" + "".join(f"- {line}\n" for line in lines))
    assert all(t.text != "OCI" for f in everywhere.topics[0].facts for t in f.terms)
    # The same line in notes that write OCI three times: it is a term of the line again.
    rare = _section("# 컨테이너 이미지\n\n" + "".join(f"- {line}\n" for line in lines[:2] + lines[4:5]))
    assert "OCI" in [t.text for t in _fact(rare, "태그는").terms]


def test_an_acronym_spelled_out_with_small_words_in_view_is_not_hidden() -> None:
    # ``Identity and Access Management`` spells IAM past its ``and``: hidden, IAM is read off the heading.
    section = _section(
        "# Identity and Access Management\n\n- 루트 계정 대신 IAM으로 사용자를 만든다\n"
        "- 사용자의 권한은 IAM 정책 문서로 정한다\n"
    )
    assert "IAM" not in [t.text for t in _fact(section, "루트 계정").terms]
    # A term the acronym only opens still asks which of its things the line means.
    assert "IAM 정책 문서" in [t.text for t in _fact(section, "사용자의 권한").terms]


def test_a_term_whose_latin_gloss_the_context_writes_is_not_hidden() -> None:
    section = _section(
        "# TCP 재전송\n\n## RTT 추정\n\n- 재전송 타이머는 왕복 시간(RTT)을 보고 정한다\n\n"
        "## HTTPS 443\n\n- 브라우저는 보안 포트 번호(443)로 서버에 연결한다\n"
    )
    assert _fact(section, "재전송 타이머").terms == ()
    # A number in the gloss is the value the term names, not its name: it still asks the term.
    assert [t.text for t in _fact(section, "브라우저는").terms] == ["보안 포트 번호(443)"]


def test_a_title_that_counts_the_kinds_it_lists_makes_no_limit_card() -> None:
    section = _section(
        "# 스크럼\n\n스크럼의 3가지 산출물\n\n- 제품 백로그\n- 스프린트 백로그\n- 증분\n\n## 규칙\n\n"
        "- 스프린트는 최대 4주를 넘기지 않는다\n- 스크럼 팀의 역할은 3가지가 있다\n- 스크럼 이벤트는 총 5가지\n"
        "\n## 외울 개수\n\n- 스크럼의 5가지 가치\n"
    )
    title = _fact(section, "스크럼의 3가지")
    assert title.decision.kinds == () and title.decision.rule == "list_count"
    # Its items make the cards: the count it titles closes the list, and the cards show it as their title.
    assert all("list" in _decision(section, item).kinds for item in ("제품 백로그", "스프린트 백로그", "증분"))
    (group,) = section.topics[0].lists
    assert group.parent is not None and section.topics[0].facts[group.parent].text == "스크럼의 3가지 산출물"
    assert "limit" in _fact(section, "스프린트는").decision.kinds
    assert "limit" in _fact(section, "스크럼 팀의 역할은").decision.kinds  # it states the count
    assert "limit" in _fact(section, "스크럼 이벤트는").decision.kinds
    assert "limit" in _fact(section, "스크럼의 5가지").decision.kinds  # no list after it


def test_a_blank_of_four_hangul_nouns_or_more_is_a_description_not_a_term() -> None:
    section = _section(
        "# 메시지 큐\n\n## 전달 보장\n\n- 큐 서버는 소비자 응답 대기 시간 초과 후에 메시지를 다시 보낸다\n"
        "- 처리에 실패한 메시지는 DLQ로 옮긴다\n"
    )
    assert _fact(section, "큐 서버는").terms == ()  # ``소비자 응답 대기 시간``: many wordings fit
    assert [t.text for t in _fact(section, "처리에 실패한").terms] == ["DLQ"]


def test_citation_marks_without_their_sources_are_not_on_the_card() -> None:
    section = _section(
        "# 쿠버네티스\n\n- `etcd`: 클러스터 상태를 저장하는 분산 저장소 ([위키백과][3], [공식 문서][4])\n"
        "- 자세한 설정은 [공식 문서][2]에서 컨트롤러 항목을 본다\n"
    )
    assert _fact(section, "etcd").text == "etcd: 클러스터 상태를 저장하는 분산 저장소"
    assert _fact(section, "자세한").text == "자세한 설정은 공식 문서에서 컨트롤러 항목을 본다"


def test_a_true_or_false_question_is_a_question_not_a_statement() -> None:
    # Its statement may be false (the answer under it says): a card would teach it as a fact.
    section = _section(
        "# 캐시\n\n## 점검\n\n1. OX: 쓰기 지연 캐시는 장애 시 데이터를 잃지 않는다.\n"
        "   * 답: X, 디스크에 쓰기 전에 장애가 나면 잃는다\n"
    )
    assert _decision(section, "OX:").rule == "question"


def test_two_letters_spell_no_acronym_past_a_small_word_and_a_short_latin_gloss_counts() -> None:
    section = _section(
        "# 네트워크 보안\n\n## Security and Governance\n\n- 인스턴스의 인바운드 규칙은 SG에 정의한다\n\n"
        "## AZ 장애 대비\n\n- 인스턴스를 두 개 이상의 가용 영역(AZ)에 나누어 둔다\n"
    )
    assert "SG" in [t.text for t in _fact(section, "인스턴스의 인바운드").terms]
    assert "가용 영역(AZ)" not in [t.text for t in _fact(section, "인스턴스를 두 개").terms]


def test_a_heading_that_labels_a_section_is_an_aspect_of_the_heading_above() -> None:
    section = _section(
        "# 해시 테이블\n\n## 개념\n\n키를 해시 함수로 버킷 번호로 바꿔 값을 찾는 자료 구조\n\n"
        "## 그림 및 설명\n\n- 충돌이 나면 체이닝이나 개방 주소법으로 푼다\n"
    )
    concept = next(t for t in section.topics if t.title == "개념")
    # "what is 개념?" asks nothing: the line under it defines the heading above.
    assert (concept.subject, concept.aspect) == ("해시 테이블", "개념") and concept.definition == 0
    drawn = next(t for t in section.topics if t.title.startswith("그림"))
    assert drawn.subject == "그림 및 설명"  # two nouns joined, not a subject cut before its aspect
    # Under a heading that asks to explain something, the concept section defines that something.
    asked = _section("# 해시\n\n## 해시 충돌에 대해 설명하세요.\n\n### 개념\n\n서로 다른 키가 같은 버킷에 놓이는 일\n")
    concept = next(t for t in asked.topics if t.title == "개념")
    assert (concept.subject, concept.definition) == ("해시 충돌", 0)


def test_a_section_label_however_spaced_and_a_heading_counting_kinds_define_nothing_of_their_own() -> None:
    section = _section(
        "# 해시 함수\n\n## 한 줄 요약\n\n입력을 고정 길이 값으로 바꾸는 함수\n\n"
        "## 결 론 (Conclusion)\n\n충돌 저항성이 있는 함수를 쓴다\n\n"
        "## A. 암호 해시 종류 3가지\n\n충돌을 찾기 어렵게 설계된 표준 해시 알고리즘이다\n"
    )
    summary, conclusion, kinds = section.topics
    assert (summary.subject, conclusion.subject) == ("해시 함수", "해시 함수")  # not "한 줄", not "결 론"
    assert kinds.definition is None  # a set of kinds: its lines define its members, not it


@pytest.mark.usefixtures("which_cards_from_any_note")
def test_a_what_card_whose_definition_goes_on_shows_its_first_sentence_and_the_sheet_the_rest() -> None:
    from builder.emit.cards import note_specs
    from builder.model import Notes

    section = _section(
        "## 해시 테이블\n\n"
        "해시 테이블은 키를 해시 함수로 바꾼 위치에 값을 저장하는 자료 구조이다. "
        "충돌이 나면 체이닝이나 개방 주소법으로 해결한다. 평균 조회 시간은 상수에 가깝다.\n"
    )
    (fact,) = section.topics[0].facts
    assert fact.defining_sentence is not None
    first = "해시 테이블은 키를 해시 함수로 바꾼 위치에 값을 저장하는 자료 구조이다."
    assert fact.text[slice(*fact.defining_sentence)] == first
    specs = {s.kind: s for s in note_specs(Notes((section,)))}
    assert "자료 구조이다." in specs["what"].fields[1] and "체이닝" not in specs["what"].fields[1]
    assert "자료 구조이다." in specs["which"].fields[0] and "체이닝" not in specs["which"].fields[0]
    assert "체이닝" in fact.text  # the fact itself, as the cheat sheet shows it, is whole


def test_a_what_card_of_one_sentence_shows_it_whole() -> None:
    section = _section("## 스택\n\n스택은 마지막에 넣은 요소를 먼저 꺼내는 자료 구조이다.\n")
    (fact,) = section.topics[0].facts
    assert fact.decision is not None and "what" in fact.decision.kinds
    assert fact.defining_sentence is None


def test_flash_cards_written_as_paragraphs_ask_each_answer_under_its_question() -> None:
    section = _section(
        "# 자료 구조\n\n"
        "**1. 데이터를 먼저 들어온 순서대로 꺼내는 선형 자료 구조는 무엇인가?**\n\n**큐(Queue)**\n\n**FIFO 구조**\n\n"
        "**2. 데이터를 마지막에 넣은 것부터 꺼내는 선형 자료 구조는 무엇인가?**\n\n**스택(Stack)**\n\n"
        "**마지막에 넣은 요소를 가장 먼저 꺼내는 LIFO 방식의 구조**\n"
    )
    (topic,) = section.topics  # no answer heads a topic of its own
    cards = {f.text: f for f in topic.facts if f.decision is not None and f.decision.kinds == ("fact",)}
    assert set(cards) == {"큐(Queue)", "스택(Stack)"}
    assert cards["스택(Stack)"].terms[0].text == "스택(Stack)"
    assert cards["스택(Stack)"].context == ("2. 데이터를 마지막에 넣은 것부터 꺼내는 선형 자료 구조는 무엇인가?",)
    # What the author adds under an answer is written under the question too, and defines nothing.
    assert topic.definition is None
    assert all(f.parent is not None for f in topic.facts if not f.text.startswith(("1.", "2.")))


def test_a_table_whose_header_row_is_empty_or_missing_is_read_with_its_first_row_as_headers() -> None:
    rows = (
        "| 기억 장치 종류 | 레지스터 | 캐시 | 주기억장치 |\n| 위치 | CPU 안 | CPU 가까이 | 메인보드 |\n"
        "| 속도 | 가장 빠름 | 빠름 | 느림 |\n"
    )
    for table in (f"|||||\n|---|---|---|---|\n{rows}", rows):  # an empty header row; no delimiter row at all
        (topic,) = _section(f"## 기억 장치 계층\n\n{table}").topics
        (comparison,) = topic.comparisons
        assert [s.subject for s in comparison.sides] == ["레지스터", "캐시", "주기억장치"], table
        assert comparison.sides[2].points == ("위치: 메인보드", "속도: 느림")
    # A first row that states something is a row of the table, not its headers.
    stated = "| | |\n|---|---|\n| 유일성 | 각 행을 하나로 식별한다 |\n| 최소성 | 식별에 필요한 속성만 가진다 |\n"
    (topic,) = _section(f"## 기본키의 특성\n\n{stated}").topics
    assert [f.text.split(":")[0] for f in topic.facts] == ["유일성", "최소성"]


def test_a_side_described_word_for_word_as_another_is_not_asked() -> None:
    sides = _table_sides(
        "| 플래그 | 설명 |\n|---|---|\n| verbose | 처리 과정을 자세히 출력 |\n"
        "| all | 숨김 파일까지 모두 출력 |\n| almost-all | 숨김 파일까지 모두 출력 |\n"
    )
    assert {s.subject: s.asked for s in sides} == {"verbose": True, "all": False, "almost-all": False}


def test_a_reference_list_and_learning_objectives_make_no_cards() -> None:
    section = _section(
        "## 학습 목표\n\n- `로드 밸런서`의 이점 설명 가능\n- 캐시 무효화 전략을 설명할 수 있다.\n\n"
        "## 참고 문헌\n\n- 김철수. 운영체제 핵심 정리 [개정판] (2021). Print.\n"
    )
    for fact in (f for t in section.topics for f in t.facts):
        assert fact.decision is not None and not fact.decision.kinds, fact.text
    rules = [f.decision.rule for t in section.topics for f in t.facts if f.decision is not None]
    assert rules == ["todo", "todo", "reference"]


def test_a_which_card_is_not_made_when_its_definition_spells_the_name_apart_in_hangul() -> None:
    section = _section(
        "## ClusterIP\n\n서비스에 클러스터 IP를 붙여 클러스터 안에서만 접근하게 하는 기본 서비스 유형이다.\n"
    )
    (fact,) = section.topics[0].facts
    assert fact.decision is not None and "what" in fact.decision.kinds
    assert "which" not in fact.decision.kinds


def test_the_lines_after_a_question_of_why_or_a_prose_answer_stay_where_they_are() -> None:
    section = _section(
        "## 프로세스\n\n프로세스란 무엇인가?\n\n프로세스는 실행 중인 프로그램이다.\n\n"
        "## 캐시\n\n그렇다면 캐시는 왜 필요할까?\n\n**캐시 적중률**\n\n"
        "캐시 적중률은 전체 요청 중 캐시에서 처리된 요청의 비율이다.\n"
    )
    assert [t.title for t in section.topics] == ["프로세스", "캐시", "캐시 적중률"]
    answer = _fact(section, "프로세스는 실행 중인")
    assert answer.parent is None and answer.decision is not None and "what" in answer.decision.kinds


def test_the_authors_emphasis_outranks_a_label_before_a_colon() -> None:
    spans = (Span("주의점 : 인덱스가 많으면 "), Span("쓰기 성능", frozenset({"strong"})), Span("이 떨어진다."))
    terms = key_terms("".join(s.text for s in spans), spans)
    assert terms[0].text == "쓰기 성능"


def test_a_statement_ending_in_an_objective_phrase_and_a_table_with_an_empty_header_row_keep_their_cards() -> None:
    section = _section(
        "## 회귀 분석\n\n- 결정 트리는 분기 규칙을 그대로 보여 주므로 예측 근거를 사람이 설명 가능\n\n"
        "## 전송 계층 프로토콜\n\n| | |\n|---|---|\n| TCP | 연결 지향 |\n| UDP | 비연결형 |\n| SCTP | 멀티 스트림 |\n"
    )
    assert _decision(section, "결정 트리는").rule != "todo"
    (comparison,) = section.topics[1].comparisons
    assert [s.subject for s in comparison.sides] == ["TCP", "UDP", "SCTP"]


def test_a_heading_that_asks_how_to_do_a_thing_gets_no_what_card() -> None:
    section = _section(
        "# 배포\n\n## 무중단 배포 절차\n\n"
        "- 새 버전을 먼저 띄우고 상태를 확인한 뒤 트래픽을 옮기는 과정이다\n- 새 버전을 띄운다\n\n"
        "## 롤백 스크립트 작성하기\n\n- 이전 이미지 태그로 되돌리는 명령을 한 파일에 모아 두는 작업이다\n\n"
        "## 블루 그린\n\n- 블루 그린은 두 환경을 번갈아 운영하는 배포 방식이다\n"
        "\n## 네트워크 바이트 순서\n\n- 여러 바이트 값을 보낼 때 상위 바이트를 먼저 보내는 빅 엔디언 순서이다\n"
    )
    assert "what" not in _decision(section, "새 버전을 먼저").kinds
    assert "what" not in _decision(section, "이전 이미지 태그로").kinds
    assert "what" in _decision(section, "블루 그린은").kinds
    assert "what" in _decision(section, "여러 바이트 값을").kinds  # 순서 after a thing names a concept


def test_a_side_named_by_one_letter_or_digit_is_not_asked() -> None:
    """``t3.micro``'s ``t`` and ``3``: the same character stands in the code above the table, and
    one character is told by elimination; the longer name beside them is still asked."""
    sides = _table_sides(
        "t3.micro의 뜻\n\n| 부분 | 의미 |\n|---|---|\n| t | 버스트 가능한 범용 계열 |\n| 3 | 세대 |\n"
        "| micro | 계열 안의 크기 |\n"
    )
    asked = {side.subject: side.asked for side in sides}
    assert asked == {"t": False, "3": False, "micro": True}, asked


def test_values_a_walkthrough_or_a_command_chooses_make_no_limit_card() -> None:
    section = _section(
        "# 큐\n\n## 큐 만들기\n\n"
        "#### 콘솔 > '메시지 큐' > '큐 생성' 클릭\n\n"
        "- 이름 : orders / 유형 : 표준 / 보존 기간 : 4일\n"
        "- 메시지 크기는 최대 256KB이다\n\n"
        "## 명령\n\n"
        "- 큐 생성: `mq create orders --retention 7d --max-size 64KB`\n"
        "- 대기열 수를 5개로 설정한다.\n"
        "- 보존 기간은 최대 14일로 설정한다\n"
    )
    assert _decision(section, "이름 : orders").rule == "example"  # a form filled in under a click path
    assert _decision(section, "메시지 크기는").kinds == ("limit",)  # a statement there is still one
    assert _fact(section, "큐 생성:").quantities == ()  # the command's arguments
    assert _decision(section, "대기열 수를").rule == "step"  # the writer's setting
    assert _decision(section, "보존 기간은 최대").kinds == ("limit",)  # a bound set is a limit


def test_a_range_a_default_or_advice_set_in_a_step_stays_a_limit() -> None:
    section = _section(
        "# 큐\n\n## 설정\n\n"
        "- 메시지 보존 기간은 1분~14일로 지정한다\n"
        "- 대기 시간 기본값은 20초로 설정\n"
        "- 토큰 만료는 15분으로 설정하는 것을 권장한다\n\n"
        "## 콘솔 > 큐 유형 선택\n\n"
        "- 메시지 크기 : 최대 256KB\n"
    )
    for line in ("메시지 보존 기간은", "대기 시간 기본값은", "토큰 만료는", "메시지 크기 :"):
        assert "limit" in _decision(section, line).kinds, line  # a breadcrumb heading is no click path


@pytest.mark.usefixtures("which_cards_from_any_note")
def test_one_thing_described_alike_under_two_names_keeps_one_which_card() -> None:
    section = _section(
        "# 요약\n\n## SQS\n\n- 메시지를 비동기로 전달하는 완전 관리형 Queue 서비스이다\n\n"
        "### Amazon SQS\n\n- 메시지를 비동기로 전달하는 완전 관리형 Queue 서비스이다\n"
    )
    kinds = [f.decision.kinds for t in section.topics for f in t.facts if f.decision is not None]
    assert kinds == [("what", "which"), ("what",)]


def test_a_quote_under_a_heading_can_define_its_subject() -> None:
    section = _section("# 도구\n\n## 패커\n\n> 머신 이미지를 코드로 만드는 도구이다\n\n- 템플릿은 HCL로 쓴다\n")
    assert section.topics[0].definition == 0
    assert "what" in _decision(section, "머신 이미지를").kinds


def test_a_phrase_with_a_time_inside_names_nothing() -> None:
    section = _section("# 회복\n\n## 그림자 페이지\n\n- 트랜잭션 수행 시 원본 페이지는 두고 복사본을 고치는 기법이다\n")
    assert _fact(section, "트랜잭션 수행 시").defines is None
    assert section.topics[0].definition == 0  # the line defines the heading's subject


_GLOSSARY = (
    "# 네트워크 장비\n\n"
    "## 허브\n\n- 허브는 받은 신호를 모든 포트로 그대로 내보내는 OSI 1계층 장비이다.\n\n"
    "## 스위치\n\n- 스위치는 MAC 주소 테이블을 보고 목적지 포트로만 프레임을 보내는 장비이다.\n\n"
    "## 라우터\n\n- 라우터는 라우팅 테이블로 경로를 골라 IP 패킷을 다른 네트워크로 보내는 장비이다.\n\n"
    "## 리피터\n\n- 리피터는 약해진 신호를 증폭해 UTP 케이블의 전송 거리를 늘리는 장비이다.\n\n"
    "## 방화벽\n\n- 방화벽은 ACL 규칙에 따라 드나드는 패킷을 허용하거나 차단하는 보안 장비이다.\n\n"
    "## 액세스 포인트\n\n- 액세스 포인트는 Wi-Fi 단말을 유선 LAN에 붙여 주는 무선 장비이다.\n"
)
"""Six names described side by side: a glossary, whose descriptions tell its names apart."""


def test_a_glossary_asks_its_names_back() -> None:
    decisions = [f.decision for t in _section(_GLOSSARY).topics for f in t.facts]
    assert len(decisions) == 6
    assert all(d is not None and d.kinds == ("what", "which") for d in decisions)


@pytest.mark.parametrize("names", [1, 3, 5])
def test_a_note_defining_a_few_names_asks_none_back(names: int) -> None:
    # The same definitions, fewer of them: each still asks its what card, and no which card.
    notes = "## ".join(_GLOSSARY.split("## ")[: names + 1])
    decisions = [f.decision for t in _section(notes).topics for f in t.facts]
    assert len(decisions) == names
    assert all(d is not None and d.kinds == ("what",) for d in decisions)


def test_a_small_notes_exam_question_keeps_its_only_card() -> None:
    # An exam question's description with its answer below: its only card asks the answer back,
    # the writer's own question, however few the note has.
    section = _section("## 문제 3\n\n- ⓐ는 객체 생성을 하위 클래스에 맡기는 생성 패턴이다.\n- 정답: 팩토리 메서드\n")
    decision = _decision(section, "ⓐ는")
    assert decision.kinds == ("which",), decision


@pytest.mark.parametrize(
    ("notes", "other"),
    [
        (
            "# 격리 수준\n\n## 반복 읽기\n\n- 트랜잭션이 끝날 때까지 읽은 데이터에 Shared Lock을 거는 수준이다\n\n"
            "## 직렬화\n\n- 트랜잭션이 끝날 때까지 읽은 데이터에 Shared Lock을 거는 수준이다\n\n"
            "## 커밋된 읽기\n\n- 읽는 동안에만 데이터에 Shared Lock을 거는 수준이다\n",
            "읽는 동안에만",
        ),
        # A which card shows the first sentence with the name taken out: ``［？］은(는) 원소를 순서대로
        # 담는 자료 구조이다.`` would ask two names at once, whatever the sentences after it say.
        (
            "# 자료 구조\n\n## 리스트\n\n리스트는 원소를 순서대로 담는 자료 구조이다. 길이가 바뀐다.\n\n"
            "## 튜플\n\n튜플은 원소를 순서대로 담는 자료 구조이다. 길이가 고정이다.\n\n"
            "## 집합\n\n집합은 원소를 중복 없이 담는 자료 구조이다. 순서가 없다.\n",
            "집합은",
        ),
    ],
)
@pytest.mark.usefixtures("which_cards_from_any_note")
def test_two_subjects_described_alike_get_no_which_card(notes: str, other: str) -> None:
    section = _section(notes)
    twins = [f for t in section.topics[:2] for f in t.facts]
    assert all(f.decision is not None and "which" not in f.decision.kinds for f in twins)
    assert all(f.decision is not None and "what" in f.decision.kinds for f in twins)
    assert "which" in _decision(section, other).kinds


def test_a_definition_that_only_says_the_name_again_asks_nothing() -> None:
    section = _section(
        "# 장비\n\n## 브리지\n\n- 브리지는 브리징을 하는 장비입니다.\n\n"
        "## 허브\n\n- 허브는 받은 신호를 모든 포트로 그대로 보내는 1계층 장비이다.\n\n"
        "## Throughput\n\n- Throughput은 처리량을 의미함\n\n"
        "## 게이트웨이\n\n- 게이트웨이는 게이트웨이 주소로 나가는 3계층 장비이다\n"
    )
    assert "what" not in _decision(section, "브리지는").kinds
    assert "what" in _decision(section, "Throughput은").kinds  # a short gloss still defines
    assert "what" in _decision(section, "게이트웨이는").kinds  # the name again, and more besides
    assert "what" in _decision(section, "허브는").kinds


def test_a_short_line_that_ranks_its_subject_by_how_common_makes_no_card() -> None:
    section = _section("# 보안\n\n## 방화벽\n\n- 가장 기본적으로 쓰이는 보안 장비\n- 포트와 IP로 트래픽을 거른다\n")
    decision = _decision(section, "가장 기본적으로")
    assert decision.kinds == () and decision.rule == "ranks"


def test_a_device_named_for_what_it_does_keeps_its_fact_card() -> None:
    section = _section("# 장비\n\n## 브리지\n\n- 브리지는 브리징을 하는 L2 장비\n")
    assert _decision(section, "브리지는").kinds == ("fact",)  # no what card, but the layer is asked


def test_settings_are_told_by_whole_words_and_every_ending_of_a_step() -> None:
    section = _section(
        "# 오토 스케일링\n\n## 그룹 만들기\n\n"
        "- Security group 인바운드 포트 22로 설정한다\n"
        "- Storage는 30GB로 설정하고 생성 클릭\n"
        "- 인스턴스 개수를 2개로 설정하세요\n"
        "- 볼륨 크기를 20GB로 설정하였다\n"
    )
    for line in ("Security group", "Storage는", "인스턴스 개수를", "볼륨 크기를"):
        assert _decision(section, line).rule == "step", line


def test_a_ranking_with_a_kind_of_its_own_still_defines() -> None:
    section = _section(
        "# 컴퓨팅\n\n## 가상 서버\n\n- 클라우드에서 가장 기본적인 가상 서버 서비스\n\n"
        "## 전송 프로토콜\n\n- 인터넷에서 가장 널리 쓰이는 연결형 전송 프로토콜이다\n"
    )
    assert "what" in _decision(section, "클라우드에서").kinds
    assert "what" in _decision(section, "인터넷에서").kinds


def test_two_names_one_inside_the_other_are_two_things() -> None:
    section = _section(
        "# 웹\n\n## FTP\n\n- 파일을 주고받는 Application 계층 프로토콜이다\n\n"
        "## SFTP\n\n- 파일을 주고받는 Application 계층 프로토콜이다\n"
    )
    assert all("which" not in f.decision.kinds for t in section.topics for f in t.facts if f.decision)


def test_a_table_right_under_an_example_label_is_example_data() -> None:
    rows = "| 사용자 | 고객 테이블 권한 |\n| --- | --- |\n| Minsu | 소유자 |\n| Jiyoung | INSERT / SELECT |\n"
    for label in ("- 예시", "**예제**", "Example:", "예)", "- 사용 예시", "- 예시 1"):
        section = _section(f"# 권한\n\n## 권한 기록\n\n- 누가 어떤 권한을 받았는지 남긴다\n\n{label}\n\n{rows}")
        assert _decision(section, "Minsu").rule == "example", label
        assert _decision(section, "Jiyoung").kinds == (), label
    # the same table under a line that names what it holds compares the users
    titled = _section(f"# 권한\n\n## 권한 기록\n\n- 사용자별 권한\n\n{rows}")
    assert "comparison" in _decision(titled, "Minsu").kinds
    # a table of kinds under an example label still compares the kinds
    kinds = "| 잠금 | 읽기 | 쓰기 |\n| --- | --- | --- |\n| 공유 잠금 | 허용 | 막음 |\n| 배타 잠금 | 막음 | 막음 |\n"
    compared = _section(f"# 잠금\n\n## 잠금 종류\n\n- 예시\n\n{kinds}")
    assert _decision(compared, "공유 잠금").rule != "example"


def test_a_value_restated_after_a_comma_and_a_connective_is_hidden_with_it() -> None:
    from builder.emit.cloze_numbers import quantity_deletions

    section = _section(
        "# 큐\n\n- 메시지 보존 기간은 최대 1209600초, 즉 14일이다\n- 한 번에 최대 10개, 묶음은 최대 256KB까지 보낸다\n"
    )
    assert [d.number for d in quantity_deletions(_fact(section, "메시지 보존"))] == [1, 1]  # one card hides both
    assert [d.number for d in quantity_deletions(_fact(section, "한 번에"))] == [1, 2]  # two values, two cards
    # the same value written otherwise
    power = _fact(_section("# 주소\n\n- 주소 공간은 2^16개, 즉 65,536개이다\n"), "주소 공간")
    assert [d.number for d in quantity_deletions(power)] == [1, 1]


def test_a_worked_examples_variables_and_an_example_networks_addresses_are_no_limits() -> None:
    section = _section(
        "# 트랜잭션\n\n## 원자성\n\n- 잔액을 X = 3,000, Y = 500으로 두고 이체한다\n"
        "- 적중률이 90%인 경우(h = 0.9) 평균 접근 시간이 준다\n- 한 트랜잭션은 최대 100개의 문장을 묶는다\n\n"
        "## 서브넷\n\n- 웹 서브넷: 10.20.1.0/24에 둔다\n- 기본 경로는 0.0.0.0/0이다\n- 사설 대역은 172.16.0.0/12이다\n"
        "- 기본 VPC는 172.31.0.0/16이다\n- 미러링에는 최소 2개의 디스크가 필요하다 (N = 2)\n"
        "- 정책은 203.0.113.0/24 대역에서 오는 읽기만 허용한다\n"
    )
    # a documentation range is there to be an example's network
    for example in ("잔액을", "웹 서브넷", "정책은"):
        assert "limit" not in _decision(section, example).kinds, example
    for limit in ("한 트랜잭션은", "기본 경로는", "사설 대역은", "기본 VPC는"):
        assert "limit" in _decision(section, limit).kinds, limit
    # one variable given its value: only that value is the example's
    mirrored = _fact(section, "미러링에는")
    assert [q.text for q in mirrored.quantities] == ["2개"]


def test_a_count_the_heading_writes_with_its_noun_is_no_limit() -> None:
    section = _section(
        "# 인터넷 모델 4계층\n\n- 4개의 계층은 서로 독립적으로 동작한다\n- 한 계층은 최대 3개의 헤더를 붙인다\n\n"
        "# 3. 가용성\n\n- 최소 3개의 영역에 복제한다\n"
    )
    assert [q.text for q in _fact(section, "4개의 계층").quantities] == []
    assert [q.text for q in _fact(section, "한 계층은").quantities] == ["3개"]
    # the heading's outline number is no count of what the line counts
    assert [q.text for q in _fact(section, "최소 3개의").quantities] == ["3개"]
    others = _section(
        "# 서비스 모델 3가지\n\n- 리전마다 영역은 3개가 있다\n\n# S3 버킷\n\n- 그룹은 3개의 버킷을 먼저 만든다\n"
    )
    for kept in ("리전마다", "그룹은"):  # a particle glued to the count; a digit of a name
        assert _fact(others, kept).quantities, kept


def test_the_vendors_cloud_is_no_term_but_a_kind_of_cloud_is() -> None:
    lines = {
        "Elastic Beanstalk로 AWS Cloud에서 애플리케이션을 신속하게 배포한다.": ["Elastic Beanstalk"],
        "관리형 하드웨어 보안 모듈을 AWS 클라우드상에서 제공한다": ["관리형 하드웨어 보안 모듈"],
        "사내 시스템을 퍼블릭 클라우드로 옮길 때 비용을 먼저 따진다": ["퍼블릭 클라우드"],
        "팀원은 AWS Cloud9으로 같은 개발 환경을 함께 편집한다": ["AWS Cloud9"],
    }
    for line, terms in lines.items():
        assert [t.text for t in key_terms(line, context=("배포",))] == terms, line


def test_a_value_written_again_in_the_other_alphabet_is_given_away() -> None:
    section = _section(
        "# 치환 상자\n\n- 치환 상자는 6bit input to 4bit output 이다. 6비트가 들어오면 양끝 비트로 행을 고른다\n"
        "- 블록은 64비트, 키는 56bits이다\n"
    )
    assert [q.text for q in _fact(section, "치환 상자는").quantities] == ["4bit"]
    assert [q.text for q in _fact(section, "블록은").quantities] == ["64비트", "56bits"]


def test_values_of_the_topics_code_sample_told_in_prose_are_no_limits() -> None:
    section = _section(
        "# 서비스\n\n## 서비스 만들기\n\n"
        "```yaml\nspec:\n  replicas: 3\n  ports:\n    - port: 80\n      targetPort: 9376\n```\n\n"
        "- 서비스가 80포트로 받아 app=web 파드의 9376 포트로 보낸다.\n- 3개의 복제본이 떠 있는지 확인한다.\n"
        "- 서비스 하나에 최대 100개의 포트를 둔다.\n- 복제본은 최대 3개까지 늘린다.\n\n"
        "## 다른 주제\n\n- 노드 하나에 파드를 3개까지 둔다.\n"
    )
    for told in ("서비스가 80포트로", "3개의 복제본이"):
        assert _fact(section, told).quantities == () and "limit" not in _decision(section, told).kinds, told
    assert "limit" in _decision(section, "서비스 하나에").kinds
    assert "limit" in _decision(section, "복제본은 최대").kinds  # stated as a bound: the notes' own
    assert "limit" in _decision(section, "노드 하나에").kinds  # another topic's sample says nothing of it


def test_a_year_that_opens_a_line_names_no_term_to_define() -> None:
    section = _section(
        "# 표준화\n\n- 1977년 NIST는 새 블록 암호에 대한 공모 발표\n- 공모된 암호는 치환과 전치를 반복한다\n"
    )
    assert not {"what", "which"} & set(_decision(section, "1977년").kinds)


def test_a_line_that_points_below_with_hagi_defines_nothing() -> None:
    section = _section(
        "# 이름으로 찾기\n\n하기는 각각 일반 서비스와 헤드리스 서비스의 조회 결과이다.\n\n"
        "헤드리스 서비스는 클러스터 IP가 없는 서비스이다.\n"
    )
    assert not {"what", "which"} & set(_decision(section, "하기는").kinds)
    assert "하기" not in [t.text for f in section.topics[0].facts for t in f.terms]
    # only as a line's opening: ``대응하기는`` is a verb, and its line keeps its value
    kept = _section("# 가용성\n\n- 4개의 9보다 높은 목표에 맞춰 오류에 대응하기는 어렵다\n")
    assert "limit" in _decision(kept, "4개의").kinds


def test_a_web_page_cited_the_english_way_and_a_learning_goal_make_no_card() -> None:
    section = _section(
        "# 요청 위조\n\n- CSRF는 사용자가 의도하지 않은 요청을 보내게 하는 공격이다.\n"
        "- “크로스 사이트 요청 위조.” 위키백과. Mar. 3, 2021, [위키백과 - CSRF](https://ko.wikipedia.org/wiki/x).\n"
        '- "OWASP/CheatSheetSeries." GitHub. Feb. 7, 2024, [https://github.com/x](https://github.com/x).\n\n'
        "# 3주차\n\n## 🎯 학습 목표\n\n- Synchronizer Token Pattern의 원리를 이해한다\n- SameSite 쿠키 설정을 익힌다\n"
    )
    for cited in ("“크로스", '"OWASP'):
        assert _decision(section, cited).rule == "reference", cited
    for goal in ("Synchronizer", "SameSite"):
        assert _decision(section, goal).rule == "todo", goal
    assert "what" in _decision(section, "CSRF는").kinds


def test_a_size_a_time_a_default_or_a_formula_is_no_code_samples_value() -> None:
    section = _section(
        "# 네트워크\n\n## 인터페이스\n\n```\n$ ip addr\neth0: mtu 1500 qdisc\nreplicas: 3\nport: 80\n```\n\n"
        "$$\n2^{16} = 65536\n$$\n\n"
        "- 이더넷의 MTU는 1500바이트이다\n- 복제본은 기본 3개이다\n- 포트 번호는 모두 65536개이다\n"
        "- 서비스는 파드 집합을 80 포트 같은 고정 주소로 노출하는 리소스이다\n"
    )
    for kept in ("이더넷의", "복제본은", "포트 번호는"):
        assert "limit" in _decision(section, kept).kinds, kept


def test_a_division_worked_out_a_sample_problem_and_a_count_named_in_the_heading_are_no_limits() -> None:
    section = _section(
        "# 처리 용량\n\n## 읽기 단위\n\n- 항목 하나는 최대 400 KB이다\n- 6 KB / 4 KB = 1.5\n\n"
        "## 쓰기 샘플 문제\n\n- 초당 200개의 항목을 써야 한다\n\n"
        "# 연결 수립\n\n## 3-Way Handshake\n\n- 양쪽을 확인하려면 최소 3번의 교환이 필요하다\n- 재전송은 최대 5번이다\n"
    )
    for example in ("6 KB", "초당 200개", "양쪽을"):
        assert "limit" not in _decision(section, example).kinds, example
    for kept in ("항목 하나는", "재전송은"):
        assert "limit" in _decision(section, kept).kinds, kept


def test_a_phrase_the_front_spells_in_the_other_alphabet_read_whole_is_not_hidden() -> None:
    # Each word alone is too short to match (타입, 캐시); read together they are the name above.
    section = _section(
        "# 서버\n\n## 인스턴스 타입 (Flavor)\n\n- 서버는 미리 정의된 Instance Type을 골라 만든다\n\n"
        "## Patterns for ElastiCache\n\n- 조회한 결과는 다시 일래스티 캐시에 넣어 둔다\n"
        "- 쓰기마다 캐시도 함께 갱신하는 방식은 라이트 스루 전략이다\n"
        "- 라이트 스루 전략은 쓰기 지연이 늘어난다\n"  # a name the page uses, not wording said once
    )
    assert "Instance Type" not in [t.text for t in _fact(section, "서버는").terms]
    assert not any("캐시" in t.text for t in _fact(section, "조회한").terms)
    assert [t.text for t in _fact(section, "쓰기마다").terms] == ["라이트 스루 전략"]  # not written above


def test_a_placeholder_between_angle_brackets_or_a_bracket_cut_open_is_no_term() -> None:
    terms = [t.text for t in key_terms("컨테이너를 이미지로 저장: docker commit <container_id> <image_id>:<tag>")]
    assert not any("container_id" in t or "image_id" in t or "tag" in t for t in terms), terms


def test_a_line_after_an_arrow_leans_on_the_line_before_unless_it_is_an_entry_a_quote_or_an_answer() -> None:
    section = _section(
        "# 잠금\n\n## 테이블 잠금\n\n- 대량 갱신은 테이블 전체를 잠근다\n"
        "- => 그동안 읽기 요청은 커넥션 풀 고갈을 일으킨다\n"
        "- -> 행 수준 잠금 : 바뀌는 행만 잠가 동시성을 높이는 방식\n"
        "- → “낙관적 잠금은 버전 번호로 충돌을 감지한다.”\n\n"
        "## 읽기 부하를 줄이려면 무엇을 추가해야 하는가?\n\n- => 캐시 계층을 앞단에 배포\n\n"
        "## 인덱스\n\n- 커버링 인덱스는 쿼리에 필요한 컬럼을 모두 담는다\n"
        "  - → 테이블에 가지 않고 인덱스만으로 결과를 돌려주는 Index Only Scan이 가능하다\n"
        "- 격리 수준을 낮추면 무엇을 얻는가?\n- => 동시성이 높아지고 잠금 대기가 줄어든다\n"
    )
    assert _decision(section, "=> 그동안").rule == "leaning"
    # an entry, a quote, an answer to a question above or before it, a line under the parent it follows
    for kept in ("-> 행 수준", "→ “낙관적", "=> 캐시 계층", "→ 테이블에", "=> 동시성이"):
        assert _decision(section, kept).rule != "leaning", kept


def test_a_heading_word_ending_in_a_particle_lookalike_keeps_it() -> None:
    # ``결합도`` is no ``결합`` with 도: the kinds of coupling under it are still worth their blanks.
    section = _section("# 설계\n\n## 결합도\n\n- 전역 변수를 여러 모듈이 함께 참조하면 **공통 결합**으로 본다\n")
    assert [t.text for t in _fact(section, "전역").terms] == ["공통 결합"]


def test_a_word_of_the_parent_line_is_in_view_without_its_particle() -> None:
    # ``IP를`` in the parent line shows the IP of ``IP 주소``; the blank would ask for 주소 alone.
    section = _section(
        "# 컨테이너\n\n## 네트워크\n\n- 컨테이너는 브리지에서 가상 IP를 받는다\n"
        "  - 컨테이너가 다시 만들어지면 IP 주소 또한 바뀐다\n"
    )
    assert [t.text for t in _fact(section, "컨테이너는").terms] == ["가상 IP"]
    assert "IP 주소" not in [t.text for t in _fact(section, "컨테이너가").terms]


def test_a_list_number_glued_to_an_entry_name_is_no_part_of_it() -> None:
    # ``4.docker ps`` is the fourth item of a list typed without the space markdown needs.
    terms = [t.text for t in key_terms("4.docker ps : 실행 중인 컨테이너 목록 출력")]
    assert terms[0] == "docker ps", terms
    assert not any(t.startswith("4.") for t in terms)


def test_a_line_over_a_topic_named_like_a_question_is_no_exam_premise() -> None:
    # ``… 반환하는 방법`` names a way of doing it, as a heading would; it asks nothing outright, so
    # the line above it is no exam question's premise.  A question asked outright still makes one.
    section = _section(
        "# 메시징\n\n## 큐\n\n- 큐 서비스는 메시지를 쌓아 두어 애플리케이션 사이를 느슨하게 잇는 관리형 서비스이다\n"
        "  - 긴 폴링은 메시지가 없으면 기다렸다가 반환하는 방법\n\n"
        "## 보안\n\n- Lambda 함수가 데이터베이스 암호를 환경 변수로 읽는다\n"
        "  - 암호를 안전하게 보관하려면 무엇을 써야 하는가?\n"
    )
    assert _decision(section, "큐 서비스는").rule != "question"
    assert _decision(section, "Lambda 함수가").rule == "question"


def test_an_answer_key_that_only_picks_an_option_makes_no_card() -> None:
    section = _section(
        "# 모의고사 1회\n\n## 3번\n\n- 정답: 4\n- 고른 답: 2\n- 답: B\n- 정답: 64KB는 한 세그먼트의 최대 크기다\n"
    )
    for picked in ("정답: 4", "고른 답: 2", "답: B"):
        assert _decision(section, picked).rule == "choices", picked
    assert "limit" in _decision(section, "정답: 64KB").kinds


def test_a_policy_the_writer_says_they_will_set_asks_no_value() -> None:
    section = _section(
        "# 스텝 스케일링\n\n- 대기열 길이가 500개를 넘으면 작업 서버를 4대 늘리겠다.\n"
        "- 응답 지연이 2초를 넘으면 작업 서버를 2대 늘리겠습니다.\n"
        "- 대기열 메시지는 최대 14일 보관된다\n"
        "- 메시지 하나는 최대 256KB이니 큰 파일은 따로 두어야 하겠다\n"
        "- 대기열은 최소 2개의 가용 영역에 복제된다고 할 수 있겠다\n"
    )
    assert _fact(section, "대기열 길이가").quantities == ()
    assert _fact(section, "응답 지연이").quantities == ()
    assert "limit" in _decision(section, "대기열 메시지는").kinds
    # a guess or a hedge with 겠 still states the subject's limit
    assert "limit" in _decision(section, "메시지 하나는").kinds
    assert "limit" in _decision(section, "대기열은 최소").kinds


def test_a_heading_naming_lettered_kinds_or_a_yes_opens_no_example() -> None:
    section = _section(
        "# 주소 클래스\n\n- 클래스 A / 클래스 B\n  - 클래스 B의 기본 마스크는 /16이다\n"
        "- 캐시에 항목이 있는가?\n  - 예\n    - 적중 시 응답 시간은 1ms 미만이다\n"
        "- 예시 (3)\n  - 남은 주소는 14개가 된다\n"
    )
    assert "limit" in _decision(section, "클래스 B의 기본").kinds
    assert "limit" in _decision(section, "적중 시").kinds
    assert _decision(section, "남은 주소는").rule == "example"


def test_a_long_answer_under_its_question_and_a_glossed_line_keep_their_fact_cards() -> None:
    glossed = (
        "설계 원칙은 운영 우수성(Operational Excellence), 보안(Security), 안정성(Reliability), "
        "성능 효율성(Performance Efficiency), 비용 최적화(Cost Optimization), 지속 가능성(Sustainability)의 "
        "여섯 기둥으로 이루어지며 Well-Architected Tool로 점검한다"
    )
    section = _section(f"# 잘 설계된 아키텍처\n\n- {glossed}\n")
    line = _fact(section, "설계 원칙은")
    assert len(line.text) > 160 and "fact" in line.decision.kinds, line.decision


def test_a_run_of_values_closed_as_a_manner_and_an_exercises_task_ask_no_value() -> None:
    section = _section(
        "# 해시 함수\n\n- 출력 길이는 128비트 160비트 256비트 이런 식으로 다양하다\n"
        "- 길이 1년 6개월 이상 보관된 키는 교체한다\n"
        "- 키 1,000개를 버킷 64개에 고르게 나누려 한다.\n"
        "- 버킷이 64개일 때 평균 체인 길이는 약 16이다\n"
        "- 키가 1,000개일 경우 재해시한다\n"
        "- 재해시는 최대 3번까지 시도하려 한다.\n"
        "- 키를 최소 4개의 버킷으로 나누려 한다.\n"
        "- MD5의 출력은 128비트이다\n"
    )
    assert _fact(section, "출력 길이는").quantities == ()
    # ``1년 6개월`` is one duration, not a run of two values.
    assert [q.text for q in _fact(section, "길이 1년").quantities] == ["1년", "6개월"]
    assert _fact(section, "키 1,000개").quantities == ()
    assert "limit" not in _decision(section, "버킷이 64개일").kinds
    # ``일 경우`` supposes the value as ``일 때`` does; ``까지`` caps what a sentence of intention tries,
    # while a minimum in a task is the task's given
    assert "limit" not in _decision(section, "키가 1,000개일").kinds
    assert "limit" in _decision(section, "재해시는 최대").kinds
    assert "limit" not in _decision(section, "키를 최소").kinds
    # an illustrative run is no blank of a fact card either
    assert not any("비트" in t.text for t in _fact(section, "출력 길이는").terms)
    assert [q.text for q in _fact(section, "MD5의").quantities] == ["128비트"]


def test_a_colon_inside_an_open_bracket_names_nothing() -> None:
    section = _section(
        "# 패킷\n\n## 헤더\n\n- 8 ~ 28 bytes (가변: 기본 (8bytes) + 확장 (최대 20bytes))\n  - 확장 영역은 선택이다\n"
    )
    # The child's context is the parent line whole, not a name cut inside its bracket.
    assert _fact(section, "확장 영역은").context[-1].startswith("8 ~ 28 bytes (가변: 기본")


def test_a_value_and_its_conversion_after_an_arrow_are_hidden_together() -> None:
    section = _section("# 패킷 헤더\n\n- Length (32 bits -> 4 bytes): 페이로드의 길이\n")
    (fact,) = section.topics[0].facts
    limit_texts = [q.text for q in fact.quantities]
    assert limit_texts == ["32 bits", "4 bytes"]
    from builder.analyse.values import restatement_of

    assert restatement_of(fact.text, fact.quantities[0], fact.quantities).text == "4 bytes"


def test_part_of_a_formula_is_no_value() -> None:
    section = _section(
        "# 그래프\n\n- 간선 수는 정점이 n개일때, 최대 n(n-1)/2개이다\n"
        "- 부분집합 수는 (2^10 - 1가지)이다\n- 서브넷 마스크 (/24)\n"
    )
    # ``n(n-1)/2개``: the slash divides; ``/2`` is no prefix length
    assert all(not q.text.startswith("/") for q in _fact(section, "간선 수는").quantities)
    assert _fact(section, "부분집합 수는").quantities == ()
    assert [q.text for q in _fact(section, "서브넷 마스크").quantities] == ["/24"]


def test_a_label_written_after_the_sentence_is_not_hidden() -> None:
    terms = [t.text for t in key_terms("클라이언트가 FIN 패킷을 보내고 서버의 ACK를 기다린다. WAIT-ACK")]
    assert "WAIT-ACK" not in terms and terms, terms


_EXAM_RECAP = (
    "# 모의고사 복기\n\n"
    "1. 이름을 주소로 바꾸는 서비스는?\n  - DNS\n"
    "2. 주소를 자동으로 나눠 주는 프로토콜은?\n  - DHCP\n"
    "3. 장비 사이의 시각을 맞추는 데 쓰는 프로토콜은?\n  - NTP\n"
    "4. `비연결형` 전송에 쓰이는 전송 계층 프로토콜\n  - UDP\n"
    "5. 한 호스트의 포트 번호는 최대 65,535개까지 쓸 수 있다.\n  - 0번은 예약되어 있다\n"
)


def test_a_question_written_as_a_noun_in_a_list_of_exam_questions_is_a_question() -> None:
    section = _section(_EXAM_RECAP)
    (stem,) = [f for t in section.topics for f in t.facts if "전송 계층 프로토콜" in f.text]
    assert stem.decision is not None and stem.decision.rule == "question" and not stem.decision.kinds
    # a statement of the list, with a line under it, stays one
    assert "limit" in _decision(section, "한 호스트의").kinds


def test_a_table_of_things_an_example_numbers_in_turn_holds_its_records() -> None:
    section = _section(
        "# 디스크 스케줄링\n\n## 요청 큐\n\n| 요청 | 실린더 | 도착 시각(ms) |\n| --- | --- | --- |\n"
        "| R1 | 98 | 0 |\n| R2 | 183 | 5 |\n| R3 | 37 | 9 |\n\n"
        "## 계층\n\n| 계층 | 이름 | 전달 단위 |\n| --- | --- | --- |\n"
        "| L1 | Physical | 비트 |\n| L2 | Data Link | 프레임 |\n| L3 | Network | 패킷 |\n\n"
        "## 캐시\n\n| 레벨 | 크기 | 지연 |\n| --- | --- | --- |\n"
        "| L1 | 64KB | 1ns |\n| L2 | 1MB | 4ns |\n| L3 | 16MB | 40ns |\n"
    )
    requests, layers, caches = section.topics
    assert requests.records and all(f.decision is not None and not f.decision.kinds for f in requests.facts)
    assert not layers.records and not caches.records


def test_an_exam_review_answering_some_questions_by_arrows_and_some_outright_is_one_review() -> None:
    section = _section(
        "# 복기\n\n1. 이름을 주소로 바꾸는 서비스는?\n  - DNS\n2. 주소를 자동으로 나눠 주는 프로토콜은?\n  - DHCP\n"
        "3. 정적 파일을 세계 곳곳에서 빠르게 배포\n  - -> CDN 캐시를 쓴다\n"
    )
    stem = _decision(section, "정적 파일을")
    assert stem.rule == "question" and not stem.kinds


def test_labels_of_commands_are_read_off_the_commands_and_asked_by_no_card() -> None:
    section = _section(
        "# 컨테이너\n\n## 명령어\n\n| 작업 | 명령 |\n|---|---|\n| 버전 확인 | docker -v |\n"
        "| 이미지 받기 | docker pull <이미지명> |\n| 컨테이너 목록 | docker ps -a |\n\n"
        "- 파드 목록 : 명령어: `kubectl get pods` / 설명: 현재 네임스페이스의 파드\n"
    )
    (topic,) = section.topics
    assert topic.comparisons == ()
    assert all(not f.terms or f.terms[0].text not in ("이미지 받기", "파드 목록") for f in topic.facts), topic.facts
    # Lowercase English that says what each name is for is no command.
    sides = _table_sides(
        "| 포트 | 용도 |\n|---|---|\n| 22 = SSH | log into servers |\n| 21 = FTP | upload files |\n"
        "| 3389 = RDP | log in to Windows desktops |\n"
    )
    assert all(s.asked for s in sides), sides
    sides = _table_sides(
        "| 포트 | 용도 |\n|---|---|\n| SSH | used to log into servers |\n| FTP | used to upload files |\n"
        "| RDP | used to open Windows desktops |\n"
    )
    assert all(s.asked for s in sides), sides


def test_a_side_whose_acronym_its_row_spells_out_is_shown_not_asked() -> None:
    section = _section(
        "# 보안\n\n## 공격과 방어\n\n- UFW : Un-complicated FireWall, 우분투의 기본 방화벽 도구\n"
        "- DDoS 공격 : Distributed Denial of Service, 여러 대의 PC로 서비스를 마비시키는 공격\n"
        "- IDS : 침입을 탐지해 관리자에게 알리는 시스템\n- IPS : 탐지한 침입을 차단까지 하는 시스템\n"
    )
    (comparison,) = section.topics[0].comparisons
    assert [(s.subject, s.asked) for s in comparison.sides] == [
        ("UFW", False),
        ("DDoS 공격", False),
        ("IDS", True),
        ("IPS", True),
    ]


def test_the_options_beside_a_ticked_box_under_a_question_are_its_choices() -> None:
    section = _section(
        "# 퀴즈\n\n## 1회\n\n[3] Q. 다음 중 캐시를 가장 잘 설명한 것은 무엇입니까?\n\n"
        "- [x] 자주 쓰는 데이터를 가까이 두는 임시 저장소\n\n- 데이터를 영구히 보관하는 백업 장치\n\n"
        "- 요청을 여러 서버로 나누는 분산 장치\n\n## 할 일\n\n- [x] 인그레스 정리\n"
        "- 파드 네트워크는 CNI 플러그인이 담당한다\n"
    )
    quiz, plan = section.topics
    assert [f.decision.rule for f in quiz.facts[2:] if f.decision] == ["choices", "choices"], quiz.facts
    # A ticked box in a study plan, under no question, leaves the notes beside it alone.
    assert plan.facts[1].decision is not None and plan.facts[1].decision.rule != "choices", plan.facts


def test_a_name_glued_to_its_noun_is_read_as_both_words_when_judging_the_front() -> None:
    # ``GCE인스턴스`` under a heading that names GCE: the blank would ask only for "instance"
    line = "사용한 GCE인스턴스의 수만큼 요금이 부과된다"
    assert [t.text for t in key_terms(line, context=("GCE 요금",))] == []
    assert [t.text for t in key_terms(line.replace("GCE", "구글 GCE"), context=("GCE 요금",))] == []
    # under another heading the name is still the term
    assert [t.text for t in key_terms(line, context=("요금 모델",))] == ["GCE인스턴스"]


def test_a_glossed_word_written_again_on_its_line_is_not_hidden() -> None:
    # a word of one syllable, which no longer phrase of the line would catch
    context = ("작업 훔치기 (Work Stealing)",)
    line = "덱 기반 구현: Work Stealing은 일반적으로 덱(Deque)을 기반으로 구현된다."
    assert [t.text for t in key_terms(line, context=context)] == []
    line = "Work Stealing은 일반적으로 덱(Deque)을 기반으로 구현된다."
    assert [t.text for t in key_terms(line, context=context)] == ["덱(Deque)"]


def test_an_attribute_that_labels_a_line_is_no_term() -> None:
    section = _section(
        "# 정렬 알고리즘 비교\n\n- 속도 : 퀵 정렬이 평균적으로 가장 빠르다\n- 병합 정렬은 추가 메모리를 쓴다\n\n"
        "# 네트워크 성능\n\n- 전송 속도 : 링크가 초당 보내는 비트 수\n"
    )
    assert "속도" not in [t.text for t in _fact(section, "속도 :").terms]
    assert [t.text for t in _fact(section, "전송 속도").terms][:1] == ["전송 속도"]


def test_a_value_in_brackets_after_the_number_it_restates_is_no_limit() -> None:
    section = _section(
        "# 검정\n\n- 신뢰수준은 흔히 0.95 (95%)로 둔다\n- 표본은 최소 30개(30 samples) 이상이 좋다\n"
        "- RAID 6 (4개 이상의 디스크)는 두 디스크 장애를 견딘다\n"
    )
    assert [q.text for q in _fact(section, "신뢰수준은").quantities] == []
    assert "limit" not in _decision(section, "신뢰수준은").kinds
    assert [q.text for q in _fact(section, "RAID 6").quantities] == ["4개"]


@pytest.mark.usefixtures("which_cards_from_any_note")
def test_a_definition_that_only_says_what_it_is_for_asks_no_which_unless_it_names_what_it_works_with() -> None:
    section = _section(
        "# 셀 기반 아키텍처\n\n- 서비스 장애 반경을 줄이기 위해 사용한다.\n- 각 셀이 독립적으로 확장한다.\n\n"
        "# 스트림 프로세서\n\n- 카프카 토픽의 이벤트를 실시간으로 집계하는 데 사용한다.\n"
    )
    purpose, named = section.topics
    assert "which" not in purpose.facts[0].decision.kinds
    assert "what" in purpose.facts[0].decision.kinds  # it still says what the subject is for
    assert "which" in named.facts[0].decision.kinds  # the product it works with tells it


def test_a_definition_that_points_to_the_conditions_listed_below_defines_nothing() -> None:
    section = _section(
        "## Trie 자료구조\n\n- 문자열 검색에 특화된 트리 형태의 자료구조.\n- 트라이는 다음 조건을 만족하는 트리이다.\n"
        "    - 루트는 빈 문자열이다.\n    - 간선 하나가 글자 하나다.\n"
    )
    pointing = _fact(section, "트라이는 다음")
    assert pointing.defines is None and "what" not in pointing.decision.kinds


def test_a_side_its_row_names_in_lower_case_in_hangul_or_without_its_parameter_is_shown_not_asked() -> None:
    section = _section(
        "# 스키마\n\n## 열과 제약\n\n- UK : unique key, 중복 없는 값만 받는 제약\n"
        "- VARCHAR[n] : 길이가 바뀌는 문자열. VARCHAR는 n자까지 저장한다\n"
        "- Selenium : 브라우저를 코드로 조작한다. 셀리늄이 테스트를 짜 주지는 않는다\n"
        "- NN : 빈 값을 허용하지 않는 제약\n- DF : 값이 없을 때 넣는 기본값\n"
    )
    (comparison,) = section.topics[0].comparisons
    assert [(s.subject, s.asked) for s in comparison.sides] == [
        ("UK", False),
        ("VARCHAR[n]", False),
        ("Selenium", False),
        ("NN", True),
        ("DF", True),
    ]


def test_an_acronym_as_general_as_a_noun_is_no_term_but_a_products_is() -> None:
    assert [t.text for t in key_terms("수집한 로그는 하루 한 번 DB에 적재된다")] == []
    assert [t.text for t in key_terms("수집한 로그는 하루 한 번 RDS에 적재된다")] == ["RDS"]


def test_a_line_that_uses_the_subject_as_its_object_defines_nothing_but_its_topic_does() -> None:
    section = _section(
        "## 부하 분산기 고르기\n\n- Network Load Balancer\n"
        "  - 트래픽이 TCP뿐인 경우 Network Load Balancer 를 쓰는 것이 더 나은 선택이다.\n\n"
        "## 쿠키\n\n- 쿠키는 서버가 저장해 두었다가 요청마다 쿠키를 함께 보내게 하는 작은 데이터이다.\n"
    )
    assert "what" not in _decision(section, "트래픽이 TCP뿐인").kinds
    assert "what" in _decision(section, "쿠키는").kinds  # its own topic, then a use of it


def test_a_count_of_the_items_listed_with_their_sizes_and_a_glossed_symbols_value_are_no_limits() -> None:
    section = _section(
        "## 스케줄러\n\n- 작업 3개 : J1, J2, J3 (20ms, 5ms, 40ms)\n- 한 큐에는 최대 3개 작업이 대기한다\n\n"
        "## 평균 접근 시간\n\n- Tc(캐시 접근 시간) = 10ns\n- 캐시 적중 시 접근 시간은 보통 10ns 이내이다\n"
    )
    for example in ("작업 3개", "Tc(캐시"):
        assert "limit" not in _decision(section, example).kinds, example
    for limit in ("한 큐에는", "캐시 적중 시"):
        assert "limit" in _decision(section, limit).kinds, limit


@pytest.mark.usefixtures("which_cards_from_any_note")
def test_a_which_card_is_not_made_when_the_names_gloss_would_stay_beside_the_blank() -> None:
    section = _section(
        "## 클라우드 개념 요약 정리\n\n- 클라우드는 인터넷으로 컴퓨팅 자원을 빌려 쓰는 모델이다.\n"
        "- 엣지 컴퓨팅(edge computing)은 IoT 장치 가까이의 MEC 서버에서 데이터를 처리하는 분산 컴퓨팅 방식을 말한다.\n"
        "- 포그 컴퓨팅은 IoT 게이트웨이 계층의 Fog 노드에서 데이터를 처리하는 분산 컴퓨팅 방식을 말한다.\n"
    )
    glossed = _decision(section, "엣지 컴퓨팅(edge")
    assert "what" in glossed.kinds and "which" not in glossed.kinds
    assert "which" in _decision(section, "포그 컴퓨팅은").kinds


def test_a_bold_label_goes_on_the_heading_whose_aspects_the_writer_labels_alike() -> None:
    section = _section(
        "### 토큰 인증\n\n**동작 방식**\n\n1. 로그인하면 서버가 토큰을 발급한다\n"
        "2. 클라이언트는 요청마다 토큰을 보낸다\n\n"
        "**JWT 형식**\n\nJWT는 헤더, 페이로드, 서명으로 이뤄진 토큰 형식이다.\n\n"
        "**장점**\n- 서버가 세션을 저장하지 않아도 됩니다\n- 여러 서비스가 같은 토큰을 검증할 수 있습니다\n\n"
        "### 서버리스\n\n**Lambda**\n\nLambda는 요청이 올 때만 코드를 실행하는 서비스이다.\n\n"
        "**특징**\n- 서버를 직접 관리하지 않습니다\n- 실행 시간만큼 비용을 냅니다\n"
    )
    by_title = {t.title: t for t in section.topics}
    assert (by_title["장점"].subject, by_title["장점"].aspect) == ("토큰 인증", "장점")
    # no earlier aspect under 서버리스: the label is Lambda's, inside its topic
    assert "특징" not in by_title
    assert any(f.text.startswith("서버를 직접") for f in by_title["Lambda"].facts)


@pytest.mark.usefixtures("which_cards_from_any_note")
def test_what_reviewers_found_the_new_rules_must_leave_alone() -> None:
    section = _section(
        "## 연결 리스트\n\n- 연결 리스트는 각 노드가 다음 요소를 가리키는 포인터를 가진 자료구조이다.\n\n"
        "## 클라우드의 장점\n\n- 비용 : 초기 투자 없이 쓴 만큼만 지불한다\n"
        "- 탄력성 : 수요에 맞춰 자원을 늘리고 줄인다\n\n"
        "## 링크 계층\n\n- 이더넷의 MTU(최대 전송 단위) = 1500바이트\n"
        "- RAID 레벨 5 (3개 이상의 디스크)는 한 디스크 장애를 견딘다\n"
        "- 데이터센터 등급은 티어 4 (99.995%)가 가장 높다\n"
    )
    assert "what" in _decision(section, "연결 리스트는").kinds  # ``다음 요소``: the next element
    assert "비용" in [t.text for t in _fact(section, "비용 :").terms]  # a point of the list, not a label
    for limit in ("이더넷의 MTU", "RAID 레벨 5", "데이터센터 등급은"):
        assert "limit" in _decision(section, limit).kinds, limit
    # a kind in brackets is no spelling of the name: the which card stays
    kinds = _section(
        "## 스케줄링 요약 정리\n\n- 선점은 실행 중인 프로세스의 CPU를 빼앗는 것이다.\n"
        "- SJF(비선점형)는 실행 시간이 가장 짧은 프로세스에 먼저 CPU를 배정하는 스케줄링 방식이다.\n"
    )
    assert "which" in _decision(kinds, "SJF(비선점형)").kinds


def test_lettered_options_under_a_heading_that_asks_are_its_choices_and_their_explanations_stay() -> None:
    section = _section(
        "# 퀴즈\n\n## Q3. Which queue keeps the order of messages?\n\n- 보기\n"
        "  - A) Standard queue → 표준 대기열\n  - B) FIFO queue → FIFO 대기열\n  - C) Dead-letter queue → DLQ\n"
        "- 보기별 해설\n  - A) 표준 대기열: 최소 한 번 전달하고 순서를 보장하지 않는다\n"
        "  - B) FIFO 대기열: 보낸 순서대로 정확히 한 번 전달한다\n\n"
        "## 대기열 종류\n\n- A) 표준 대기열은 순서를 보장하지 않는다\n- B) FIFO 대기열은 순서를 보장한다\n"
        "- C) 지연 대기열은 전달을 미룬다\n"
    )
    quiz, kinds = section.topics
    rules = {f.text: f.decision.rule if f.decision else None for f in quiz.facts}
    assert [rules[t] for t in ("A) Standard queue → 표준 대기열", "B) FIFO queue → FIFO 대기열")] == ["choices"] * 2
    explained = _decision(section, "B) FIFO 대기열: 보낸 순서대로")
    assert explained.rule != "choices" and explained.kinds, explained  # the notes' explanation makes a card
    # Under a heading that asks nothing, lettered lines are the notes' own statements.
    assert all(f.decision is not None and f.decision.rule != "choices" for f in kinds.facts), kinds.facts


def test_the_opening_heading_that_names_the_notes_of_an_untitled_file_is_defined_by_none_of_its_lines() -> None:
    # The first heading of a file with no title of its own names the page.
    section = _section(
        "## Study Notes\n\n- 데이터를 여러 리전에 복제하는 관리형 서비스이다\n\n"
        "## Route 53\n\n- DNS 질의에 응답하는 관리형 서비스이다\n"
    )
    notes, named = section.topics
    assert all(f.decision is None or "what" not in f.decision.kinds for f in notes.facts), notes.facts
    assert named.facts[0].decision is not None and "what" in named.facts[0].decision.kinds


_KEYED_REVIEW = (
    "# 운영체제 기출\n\n## 문제\n\n"
    "CPU를 기다리는 프로세스 중 실행 시간이 가장 짧은 것을 먼저 실행하는 비선점 스케줄링 기법이다.\n\n"
    "<details>\n<summary>정답</summary>\n\n- SJF\n</details>\n\n---\n\n"
    "아래에서 설명하는 메모리 관리 기법을 쓰시오.\n\n"
    "프로세스를 고정된 크기의 블록으로 나누어 물리 메모리의 빈 프레임에 흩어 올리는 기법이다.\n\n"
    "<details>\n<summary>정답</summary>\n\n- 페이징(Paging)\n</details>\n\n---\n\n"
    "교착 상태의 네 가지 필요 조건을 모두 적으시오.\n\n"
    "한 프로세스가 자원을 쥔 채 다른 자원을 기다리는 등 네 조건이 모두 성립하면 교착 상태가 생긴다.\n\n"
    "<details>\n<summary>정답</summary>\n\n- 상호 배제<br>\n\n- 점유와 대기<br>\n\n- 비선점<br>\n\n- 순환 대기\n"
    "</details>\n\n---\n\n"
    "( ㉠ )는 논리 주소를 물리 주소로 바꾸고, ( ㉡ )는 최근 변환을 캐시하는 하드웨어이다.\n\n"
    "<details>\n<summary>정답</summary>\n\n- MMU\n</details>\n\n"
    "## 네트워크 기출\n\n- 7번. 다음 설명에 해당하는 프로토콜을 쓰시오.\n\n"
    "호스트의 IP 주소로 같은 네트워크에 있는 장비의 MAC 주소를 알아내는 프로토콜이다.\n\n"
    "`정답` ARP\n"
)


@pytest.mark.usefixtures("which_cards_from_any_note")
def test_an_exam_question_that_describes_its_key_asks_the_key_from_the_description() -> None:
    section = _section(_KEYED_REVIEW)
    os_review, net_review = section.topics
    # The description asks its key, as a definition asks its name; the key's lines make no card.
    sjf = _fact(section, "CPU를 기다리는")
    assert sjf.defines == "SJF" and sjf.decision is not None and "which" in sjf.decision.kinds, sjf
    key = _fact(section, "SJF").decision
    assert key is not None and key.kinds == () and key.rule == "names_above", key
    paging = _fact(section, "프로세스를 고정된")
    assert paging.defines == "페이징(Paging)" and paging.context == (), paging
    arp = _fact(section, "호스트의 IP 주소로")
    assert arp.defines == "ARP" and arp.decision is not None and "which" in arp.decision.kinds, arp
    # A key of several names, or a question of several blanks, is no description's name.
    assert _fact(section, "한 프로세스가 자원을").defines is None
    assert _fact(section, "( ㉠ )는").defines is None
    assert all(f.defines != "상호 배제" for t in (os_review, net_review) for f in t.facts)


@pytest.mark.usefixtures("which_cards_from_any_note")
def test_a_which_card_of_an_exam_question_shows_the_description_and_asks_its_key() -> None:
    from builder.emit.cards import note_specs
    from builder.model import Notes

    specs = [s for s in note_specs(Notes((_section(_KEYED_REVIEW),))) if s.kind == "which"]
    fronts = {s.fields[0]: s.fields[1] for s in specs}
    front = next(f for f in fronts if "실행 시간이 가장 짧은" in f)
    assert "SJF" not in front and "SJF" in fronts[front]
    assert not any("상호 배제" in back for back in fronts.values())


def test_the_values_of_a_case_worked_from_its_condition_are_no_limits_and_a_threshold_keeps_its_own() -> None:
    section = _section(
        "# 해시\n\n- 버킷이 8개면, 키 하나당 3비트를 쓴다\n- 캐시 라인이 64바이트면, 오프셋은 6비트를 쓴다\n"
        "- 적재율이 75% 이상이 되면 테이블을 2배로 늘린다\n- 응답이 30초 지나면 다시 요청한다\n"
    )
    worked, traced, bounded, timed = section.topics[0].facts
    assert "limit" not in worked.decision.kinds and "limit" not in traced.decision.kinds
    assert "limit" in bounded.decision.kinds and "75%" in [q.text for q in bounded.quantities]
    assert [q.text for q in timed.quantities] == ["30초"] and "limit" in timed.decision.kinds


def test_a_self_quiz_key_names_only_the_line_right_above_it_and_an_explanation_stays_with_its_key() -> None:
    section = _section(
        "# 운영체제\n\n## 스케줄링\n\n- FCFS는 먼저 도착한 프로세스부터 차례로 CPU를 배정하는 방식이다.\n"
        "- 실행 시간이 가장 짧은 프로세스를 먼저 실행하는 비선점 방식\n\n"
        "<details>\n<summary>정답</summary>\n\n- SJF\n</details>\n\n"
        "## 2023년 1회\n\n- 디스크 요청을 헤드가 가까운 순서대로 처리하는 스케줄링 기법이다.\n- 정답: SSTF\n"
        "- 해설: SSTF는 탐색 시간을 줄이지만 기아 현상이 생길 수 있다.\n"
        "- 한 방향으로 끝까지 움직이며 요청을 처리하는 디스크 스케줄링 기법이다.\n- 정답: SCAN\n\n"
        "## 문제 3\n\n- ⓐ는 객체 생성을 하위 클래스에 맡기는 생성 패턴이다.\n- 정답: 팩토리 메서드\n\n"
        "## 문제 4\n\n- 트랜잭션의 모든 연산이 반영되거나 전혀 반영되지 않아야 하는 성질이다.\n\n해설\n\n- 원자성\n\n"
        "## 문제 5\n\n- 미국 표준으로 채택된 대칭키 블록 암호로, 키 길이는 128, 192, 256비트이다.\n- **정답** AES\n"
    )
    fcfs = _fact(section, "FCFS는")
    assert fcfs.defines is None or fcfs.defines == "FCFS", fcfs  # the notes' own statement, untouched
    assert _fact(section, "실행 시간이 가장 짧은").defines == "SJF"
    assert _fact(section, "디스크 요청을 헤드가").defines == "SSTF"
    assert _fact(section, "한 방향으로 끝까지").defines == "SCAN"
    assert _fact(section, "해설: SSTF는").defines is None and "SCAN" not in _fact(section, "해설: SSTF는").context
    # A blank in the description: asked only from the description, never "팩토리 메서드 무엇인가요?".
    factory = _fact(section, "ⓐ는 객체 생성을")
    assert factory.defines == "팩토리 메서드" and factory.decision.kinds == ("which",), factory.decision
    assert _fact(section, "트랜잭션의 모든 연산이").defines is None  # 해설 opens no key
    # The question's line asks its key only: its values would be asked with no subject shown.
    aes = _fact(section, "미국 표준으로 채택된")
    assert aes.defines == "AES" and "limit" not in aes.decision.kinds, aes.decision


def test_lettered_statements_that_answer_the_heading_and_an_explanations_list_are_no_choices() -> None:
    section = _section(
        "# S3\n\n## S3 데이터를 암호화하는 방법은?\n\n- A) SSE-S3는 S3가 관리하는 키로 AES-256 암호화를 한다\n"
        "- B) SSE-KMS는 KMS 키로 암호화하고 CloudTrail에 키 사용이 기록된다\n"
        "- C) SSE-C는 고객이 제공한 키로 암호화하며 HTTPS가 필수이다\n\n"
        "## Q2. Which storage class is cheapest?\n\n- 해설\n  - A) Standard는 자주 읽는 데이터에 쓴다\n"
        "  - B) Glacier Deep Archive는 가장 싸지만 복원에 12시간이 걸린다\n  - C) One Zone-IA는 한 AZ에만 둔다\n"
    )
    assert all(f.decision.rule != "choices" for t in section.topics for f in t.facts), section.topics
    assert _decision(section, "A) SSE-S3는").kinds == ("fact",)


def test_a_threshold_in_a_condition_keeps_its_value_and_a_spec_no_arithmetic_gives_keeps_both() -> None:
    section = _section(
        "# S3\n\n- 객체가 128KB보다 작으면 128KB로 과금된다\n- 90일 전에 삭제하면 90일 치 요금이 부과된다\n"
        "- 함수 메모리를 1,769MB로 잡으면 vCPU 1개가 붙는다\n- gp2는 1GB당 3 IOPS이므로 100GB면 300 IOPS를 낸다\n"
    )
    smaller, early, spec, worked = section.topics[0].facts
    assert "128KB" in [q.text for q in smaller.quantities] and "limit" in smaller.decision.kinds
    assert "90일" in [q.text for q in early.quantities]
    assert [q.text for q in spec.quantities] == ["1,769MB", "1개"]
    assert [q.text for q in worked.quantities] == ["1GB", "3 IOPS"]  # 100GB → 300 IOPS is the example's


def test_a_card_of_lines_written_before_any_heading_shows_no_file_name_above_it() -> None:
    from builder.emit.cards import context_line

    untitled = parse_text("- 인덱스는 검색 속도를 높이는 자료구조이다\n", "db__interview_notes.md", Problems())
    assert [context_line(t) for t in untitled.topics] == [[]]
    titled = parse_text(
        "# 데이터베이스\n\n- 인덱스는 검색 속도를 높이는 자료구조이다\n", "db__interview.md", Problems()
    )
    assert context_line(titled.topics[0]) == ["데이터베이스"]


def test_a_heading_that_states_a_claim_is_defined_by_none_of_its_lines() -> None:
    section = _section(
        "# 동기화\n\n## 스핀락은 대기 중에도 CPU를 씁니다\n\n- 락을 얻을 때까지 반복해서 확인하는 잠금 방식이다.\n\n"
        "## 스핀락\n\n- 락을 얻을 때까지 반복해서 확인하는 잠금 방식이다.\n"
    )
    claim, named = section.topics
    assert claim.definition is None
    assert named.definition is not None


def test_the_lines_under_a_study_groups_log_headings_make_no_cards() -> None:
    section = _section(
        "# 클라우드 스터디\n\n## 로드 밸런싱\n\n- 내부 부하 분산기는 VPC 안의 트래픽만 나눈다\n\n"
        "## 각 팀원의 역할\n\n- 김하늘: 발표 자료 준비와 실습 환경 구성\n- 이바다: 실습 결과 정리\n\n"
        "## 느낀 점 및 피드백\n\n- 인스턴스 그룹을 직접 만들어 보며 자동 확장을 이해했다\n"
    )
    content, roles, feelings = section.topics
    assert content.facts[0].decision.rule != "personal"
    assert all(f.decision.kinds == () for t in (roles, feelings) for f in t.facts)
    assert [f.decision.rule for f in roles.facts] == ["personal", "personal"]


def test_a_count_of_names_joined_by_a_particle_or_set_apart_by_slashes_is_read_off_the_line() -> None:
    section = _section(
        "# 동기화\n\n- 대표적인 도구로는 뮤텍스와 세마포어, 모니터 3가지가 있다\n"
        "- 지역 구분 : 북미 / 유럽/ 아시아 3개로 나눈다\n- 세마포어는 최대 5개 스레드를 들인다\n"
    )
    joined, slashed, bound = section.topics[0].facts
    assert "limit" not in joined.decision.kinds and "limit" not in slashed.decision.kinds
    assert "limit" in bound.decision.kinds


def test_a_one_syllable_term_its_context_writes_as_a_word_is_not_hidden() -> None:
    section = _section(
        "# 자료구조\n\n### 메모리의 힙 vs 자료구조의 힙\n\n- 힙(heap)은 완전 이진 트리 기반의 자료구조이다\n\n"
        "### 정렬\n\n- 힙(heap)은 힙정렬의 바탕이 되는 자료구조이다\n"
    )
    shown, unshown = (t.facts[0] for t in section.topics)
    assert all(not t.text.startswith("힙") for t in shown.terms), shown.terms
    assert any(t.text.startswith("힙") for t in unshown.terms), unshown.terms


@pytest.mark.parametrize(
    ("line", "kept"),
    [
        ("로그인을 5회 연속 실패하면 계정이 5분 동안 잠긴다", ["5회", "5분"]),
        ("Aurora는 6개 중 4개면 쓰기가 성공하고, 6개 중 3개면 읽기가 성공한다", ["6개", "4개", "6개", "3개"]),
        ("메시지 크기가 256KB면 64KB 단위로 4번 과금된다", ["64KB"]),
        ("세션은 30분 동안 요청이 없으면 30분 뒤 만료된다", ["30분", "30분"]),
        ("S3와 EFS, DynamoDB는 3개 AZ에 데이터를 복제한다", ["3개"]),
        ("S3 Standard / Standard-IA / Glacier는 3개 AZ에 데이터를 저장한다", ["3개"]),
    ],
)
def test_a_rule_stated_with_a_condition_or_a_list_keeps_its_limits(line: str, kept: list[str]) -> None:
    fact = _section(f"# 저장소\n\n- {line}\n").topics[0].facts[0]
    assert all(v in [q.text for q in fact.quantities] for v in kept), fact.quantities
    assert "limit" in fact.decision.kinds


def test_a_file_named_for_its_subject_keeps_its_name_above_the_lines_before_any_heading() -> None:
    from builder.emit.cards import context_line

    named = parse_text("- 최대 5,000개의 노드를 지원한다\n", "kube-proxy.md", Problems())
    assert [context_line(t) for t in named.topics] == [["kube-proxy"]]


@pytest.mark.parametrize(
    ("file", "shown"),
    [
        *(("README.md", []), ("day3.md", []), ("Week12.md", []), ("step2.md", [])),
        *(("S3.md", ["S3"]), ("Aurora.md", ["Aurora"]), ("Index.md", ["Index"])),
        *(("step-functions.md", ["step-functions"]), ("clustered-index.md", ["clustered-index"])),
    ],
)
def test_a_file_of_one_word_shows_its_name_only_when_it_names_a_subject(file: str, shown: list[str]) -> None:
    """``README`` and ``day3`` are what a file of notes is called, not what it is about."""
    from builder.emit.cards import context_line

    section = parse_text("- 한 버킷에 저장할 수 있는 객체 수에는 제한이 없다\n", file, Problems())
    assert [context_line(t) for t in section.topics] == [shown]


def test_headings_that_only_sound_like_a_study_log_or_a_quiz_keep_their_lines() -> None:
    section = _section(
        "# 분산 트랜잭션\n\n## 2단계 커밋(2PC)\n\n### 진행 방식\n\n- 코디네이터가 참여자에게 준비 요청을 보낸다\n\n"
        "### 참여자\n\n- 참여자는 준비가 끝나면 동의 메시지를 보낸다\n\n"
        "## 실시간 퀴즈 서비스 아키텍처\n\n- 방 하나에 최대 10,000개까지 연결을 받는다\n"
    )
    assert all(f.decision.rule != "personal" for t in section.topics for f in t.facts)
    assert "limit" in _decision(section, "방 하나에").kinds


def test_a_self_quiz_key_skips_a_hint_and_a_line_about_another_named_thing() -> None:
    section = _section(
        "# 운영체제\n\n## 스케줄링\n\n- FCFS가 먼저 도착한 프로세스부터 처리하는 방식이다\n"
        "- 실행 시간이 가장 짧은 프로세스를 먼저 실행하는 비선점 방식\n"
        "- 긴 작업은 기아 현상이 생길 수 있다는 단점이 있다.\n\n정답\n\n- SJF\n\n"
        "## 암호\n\n- 미국 표준으로 채택된 대칭키 블록 암호이다.\n- 키 길이는 128, 192, 256비트 중에 고른다.\n"
        "- 정답: AES\n"
    )
    assert _fact(section, "실행 시간이 가장 짧은").defines == "SJF"
    assert _fact(section, "FCFS가").defines != "SJF" and _fact(section, "긴 작업은").defines != "SJF"
    assert _fact(section, "미국 표준으로 채택된").defines == "AES"


def test_a_heading_that_names_a_thing_however_it_ends_keeps_its_definition_and_a_claim_in_note_style_loses_it() -> None:
    section = _section(
        "# 서버리스\n\n## 이벤트로 실행되는 람다\n\n- 요청이 올 때만 코드를 실행하는 서버리스 함수 서비스이다.\n\n"
        "## 스핀락은 대기 중에도 CPU를 사용함\n\n- 락을 얻을 때까지 반복해서 확인하는 잠금 방식이다.\n"
    )
    named, claim = section.topics
    assert named.definition is not None and claim.definition is None


def test_a_one_syllable_term_its_context_writes_with_a_particle_is_not_hidden() -> None:
    section = _section("# 자료구조\n\n### 힙과 스택\n\n- 힙(heap)은 우선순위 큐를 구현하는 완전 이진 트리이다\n")
    assert all(not t.text.startswith("힙") for t in section.topics[0].facts[0].terms)


def test_a_count_of_kinds_that_points_at_its_items_or_guesses_them_is_no_limit() -> None:
    section = _section(
        "# 캐시 교체\n\n- 캐시 교체의 3가지 정책에는 LRU, LFU, FIFO가 있다\n"
        "- 교체 정책은 LRU, LFU, FIFO로 나뉜다. 이 3가지 모두 하드웨어로도 만든다\n"
        "- 적중률은 아래 2가지 요소에 달려 있다\n- 튜닝 방법은 4가지 정도가 있습니다\n"
        "- 캐시 계층은 3단계로 나뉘며 각 계층은 독립적이다\n- 정책 옵션은 최대 5가지까지 지정한다\n"
    )
    for counted in ("캐시 교체의", "교체 정책은", "적중률은", "튜닝 방법은"):
        assert "limit" not in _decision(section, counted).kinds, counted
    for stated in ("캐시 계층은", "정책 옵션은"):  # the subject's own number of kinds, a bound
        assert "limit" in _decision(section, stated).kinds, stated


def test_numbers_that_name_the_things_of_an_example_are_no_limits() -> None:
    section = _section(
        "# 신호 처리\n\n- 1번 채널과 2번 채널이 쓰는 중에 3번 채널을 연다\n- 0번 슬롯과 1번 슬롯의 응답을 받았다\n"
        "- 작업 J1과 J2가 차례로 끝나면 J2는 40ms를 기다린다\n- 연결이 끊기면 최대 3번 재시도한다\n"
        "- 관리 포트는 8443번 포트를 쓴다\n- 워커 W1이 참조하는 워커 W2의 대기열\n"
    )
    for example in ("1번 채널과", "0번 슬롯과", "작업 J1과"):
        assert "limit" not in _decision(section, example).kinds, example
    for limit in ("연결이 끊기면", "관리 포트는"):  # a count of tries; a number given once to a thing
        assert "limit" in _decision(section, limit).kinds, limit
    assert _decision(section, "워커 W1이").rule != "example"  # letters with no values: a definition's variables


def test_numbered_ports_counts_and_families_stay_limits() -> None:
    """Review counter-examples: two ports, two counts of one action, a thousands separator, and
    families or versions written with particles are values, not an example's numbered things."""
    section = _section(
        "# 통신\n\n- 메일 전송은 25번 포트와 587번 포트를 쓴다\n"
        "- 연결할 때 3번 주고받고, 끊을 때 4번 주고받는다\n- 게이트웨이는 초당 2,500번 요청을 받는다\n"
        "- M5와 M6은 범용 인스턴스로, 메모리는 vCPU당 4GiB이다\n- 재시도는 기본 2번 시도, 최대 5번 시도이다\n"
    )
    for limit in ("메일 전송은", "연결할 때", "게이트웨이는", "M5와", "재시도는"):
        assert "limit" in _decision(section, limit).kinds, limit


def test_a_compared_name_written_with_its_gloss_in_the_sentence_is_not_asked() -> None:
    section = _section(
        "## 정렬 순서\n\n- 정렬은 다음 조건을 만족하는 연산이다.\n"
        "    - 정렬은 오름차순(ascending)과 내림차순(descending)으로 나뉘어진다. "
        "오름차순은 앞 원소보다 뒤 원소의 값이 크고, 내림차순은 앞 원소보다 뒤 원소의 값이 작다.\n"
        "    - 같은 값을 허용한다.\n"
    )
    sides = {side.subject: side.asked for c in section.topics[0].comparisons for side in c.sides}
    assert sides.get("오름차순") is False and sides.get("내림차순") is False, sides


@pytest.mark.usefixtures("which_cards_from_any_note")
def test_a_which_card_leaves_off_a_heading_that_writes_its_answer_as_it_sounds() -> None:
    """``## 서비스 메시`` over ``- Service Mesh`` and its description: the heading is the answer in Hangul; it goes, and
    the card asks the description alone."""
    from builder.emit.cards import note_specs
    from builder.model import Notes

    section = _section(
        "# 마이크로서비스\n\n## 서비스 메시\n\n- Service Mesh\n"
        "  - 서비스 사이의 통신을 사이드카 프록시로 제어하는 인프라 계층\n"
        "  - 트래픽 관리, 보안, 관측 기능을 제공한다\n"
    )
    fronts = [s.fields[0] for s in note_specs(Notes((section,))) if s.kind == "which"]
    assert fronts and all("서비스 메시" not in front for front in fronts), fronts


def test_a_surveys_or_a_markets_share_is_no_limit_and_no_card() -> None:
    section = _section(
        "# 서비스 메시\n\n- 설문에 답한 운영자의 41%는 서비스 메시를 쓴다\n"
        "- 응답자의 27%가 시험 환경에서 도입을 검토 중\n"
        "- 가용성 99.9%는 한 달에 약 43분의 중단을 뜻한다\n- 오류율 5%가 넘으면 트래픽을 되돌린다\n"
        "- 99.99%는 한 달에 약 4분의 중단을 허용한다\n- 전체 트래픽의 10%는 새 버전으로 보낸다\n"
        "- CPU 점유율이 90%를 넘으면 노드를 늘린다\n"
    )
    for share in ("설문에", "응답자의"):
        assert _decision(section, share).kinds == (), share
    # a value of the subject, whatever its grammar: a bound, a level, a weight, a resource's use
    for limit in ("가용성", "오류율", "99.99%는", "전체 트래픽의", "CPU 점유율이"):
        assert "limit" in _decision(section, limit).kinds, limit


@pytest.mark.usefixtures("which_cards_from_any_note")
def test_an_obsidian_callout_title_is_what_its_body_is_about() -> None:
    section = _section(
        "# 네트워크\n## 주소 체계\n"
        "> [!faq] 서브넷 마스크\n> IP 주소에서 네트워크 부분과 호스트 부분을 나누는 값이다.\n\n"
        "> [!note] 게이트웨이\n> - 다른 네트워크로 나가는 패킷이 거치는 장비이다.\n"
        ">> [!tip] 기본 게이트웨이\n>> 목적지를 모를 때 패킷을 보내는 라우터의 주소이다.\n\n"
        "> [!info]\n> 제목 없는 상자의 줄은 그대로 주제 아래에 있다.\n"
    )
    body = _fact(section, "IP 주소에서")
    assert body.context == ("서브넷 마스크",) and body.defines == "서브넷 마스크"
    assert {"what", "which"} <= set(body.decision.kinds)
    assert _fact(section, "다른 네트워크로").context == ("게이트웨이",)
    # a callout inside a callout is under both titles
    assert _fact(section, "목적지를 모를 때").context[-1] == "기본 게이트웨이"
    assert _fact(section, "제목 없는 상자의").context == ()


def test_a_heading_inside_a_callout_is_a_line_of_the_callout_not_a_section() -> None:
    section = _section(
        "# 네트워크\n## 구성\n> [!abstract] 목차\n>- ### 라우터\n>- ### 스위치\n\n"
        "> [!faq] 라우터\n> 서로 다른 네트워크 사이에서 패킷의 경로를 정하는 장비이다.\n"
    )
    assert [t.title for t in section.topics] == ["구성"]
    assert _fact(section, "서로 다른 네트워크").context == ("라우터",)


def test_a_table_row_whose_cells_say_every_word_of_its_korean_name_is_not_asked() -> None:
    sides = _table_sides(
        "| 역할 | 하는 일 |\n|---|---|\n"
        "| 수집 에이전트 | 각 서버에서 로그를 모아 보내는 것이 에이전트 수집 모듈이다 |\n"
        "| 중앙 서버 | 받은 로그를 저장하고 검색 화면을 제공한다 |\n"
        "| 경보 규칙 | 조건에 맞는 로그가 오면 담당자에게 알린다 |\n"
    )
    asked = {side.subject: side.asked for side in sides}
    assert asked == {"수집 에이전트": False, "중앙 서버": True, "경보 규칙": True}
    # a row that makes a word of the name a verb (``대기하는 큐``) does not write the name
    sides = _table_sides(
        "| 큐 | 하는 일 |\n|---|---|\n| 준비 큐 | CPU를 기다리는 프로세스가 줄 서는 곳 |\n"
        "| 대기 큐 | 입출력을 마칠 때까지 프로세스가 대기하는 큐 |\n"
    )
    assert all(side.asked for side in sides)


_TRANSFER_TABLE = (
    "| 프로토콜 | 특징 | 기본 포트 |\n|---|---|---|\n"
    "| SSH | 암호화된 원격 접속을 제공한다 | 22번 |\n"
    "| FTP | 파일을 주고받는 데 쓴다 | 21번 |\n"
    "| SMTP | 메일을 보내는 데 쓴다 | 25번 |\n"
)


def test_a_table_written_again_in_other_values_is_a_worked_example_not_limits() -> None:
    table = "| 원소 | 위치 |\n|---|---|\n| 가 | {} |\n| 나 | {} |\n| 다 | {} |\n"
    section = _section(
        "# 정렬\n## 버블 정렬\n- 이웃한 두 원소를 비교해 자리를 바꾸는 정렬이다.\n\n"
        + table.format(3, 1, 2)
        + "\n- 첫 교환 뒤의 상태\n\n"
        + table.format(1, 3, 2)
        + "\n## 전송 방식\n\n"
        + _TRANSFER_TABLE
    )
    sort, transfer = section.topics
    assert not sort.comparisons
    rows = [f for f in sort.facts if f.kind == "table_row"]
    assert len(rows) == 6 and all("limit" not in f.decision.kinds for f in rows)
    assert transfer.comparisons and any("limit" in f.decision.kinds for f in transfer.facts)


def test_a_table_written_twice_alike_is_not_a_worked_example() -> None:
    table = _TRANSFER_TABLE
    section = _section(f"# 네트워크\n## 요약\n\n{table}\n## 다시 요약\n\n{table}")
    first, again = section.topics
    assert first.comparisons  # a comparison, asked once: the second copy says where it is asked
    decisions = [f.decision for f in again.facts if f.decision is not None]
    assert decisions and all("comparison" not in d.kinds and d.rule != "example" for d in decisions)


def test_the_lines_under_a_reference_label_and_a_todo_heading_make_no_card() -> None:
    section = _section(
        "# 네트워크\n## 라우팅\n- OSPF는 링크 상태 정보로 최단 경로를 계산하는 라우팅 프로토콜이다.\n\n"
        '[ 참고 사이트 ]\n- 어느 대학 강의 중 "네트워크 기초" 3주차 영상\n\n'
        "## TODO\n- 라우팅 표 문제랑 연결해보기\n"
    )
    assert _decision(section, "[ 참고 사이트 ]").rule == "reference"
    assert _decision(section, "어느 대학 강의").rule == "reference"
    assert not _decision(section, "라우팅 표 문제랑").kinds
    assert _decision(section, "OSPF는").kinds


def test_an_emoji_shortcode_is_decoration_never_a_blank() -> None:
    section = _section("# 운영체제\n## 동기화\n- :bulb: **세마포어**는 공유 자원에 들어갈 수를 세는 변수이다 :star:\n")
    fact = _fact(section, "세마포어")
    assert fact.text == "세마포어는 공유 자원에 들어갈 수를 세는 변수이다"
    assert all("bulb" not in t.text and "star" not in t.text for t in fact.terms)


def test_a_table_the_reader_is_invited_to_imagine_holds_made_up_records() -> None:
    section = _section(
        "# 데이터베이스\n## 외래키\n- 다른 테이블의 기본키를 가리키는 속성이다.\n\n"
        "학과를 나타낼 `Dept` 테이블을 상상해보자.\n\n"
        "| CODE | 학과명 |\n|---|---|\n| EE | 전자공학 |\n| ME | 기계공학 |\n| CE | 토목공학 |\n"
    )
    (topic,) = section.topics
    assert not topic.comparisons
    assert all(not f.decision.kinds for f in topic.facts if f.kind == "table_row")


@pytest.mark.parametrize(("label", "defined"), [("[ RIP ]", "RIP"), ("[ RIP 특징 ]", None), ("**RIP 특징**", None)])
def test_a_label_in_brackets_is_read_as_a_bold_one(label: str, defined: str | None) -> None:
    # a label of features (``RIP 특징``) names no term: the line under it is a feature, not a definition
    section = _section(f"# 라우팅\n## 프로토콜\n\n{label}\n- 홉 수로 경로를 고르는 거리 벡터 라우팅 프로토콜이다.\n")
    assert _fact(section, "홉 수로").defines == defined


def test_the_label_of_an_example_address_is_no_blank() -> None:
    section = _section(
        "# 네트워크\n## 터널 구성\n- 본사 게이트웨이 공인 IP: 5.5.5.5 (통신사 할당)\n- 지사 내부망 대역: 10.1.0.x\n"
    )
    assert not _fact(section, "본사 게이트웨이").terms and not _fact(section, "지사 내부망").terms


def test_a_value_given_after_ex_colon_is_an_illustration_not_a_limit() -> None:
    section = _section("# 메모리\n## 접근 시간\n- 캐시 접근 시간 (ex: 2ns)\n- 디스크 접근의 최대 지연은 10ms이다\n")
    assert "limit" not in _decision(section, "캐시 접근 시간").kinds
    assert "limit" in _decision(section, "디스크 접근의").kinds


def test_attribute_tables_of_the_same_shape_under_two_subjects_are_not_a_worked_example() -> None:
    table = "| 항목 | 특징 |\n|---|---|\n| 연결 방식 | {} |\n| 헤더 크기 | {} |\n"
    section = _section(
        "# 전송 계층\n## SCTP\n\n"
        + table.format("연결형", "12바이트")
        + "\n## DCCP\n\n"
        + table.format("비연결형", "16바이트")
    )
    rows = [f for t in section.topics for f in t.facts if f.text.startswith("헤더 크기")]
    assert len(rows) == 2 and all("limit" in f.decision.kinds for f in rows)


def test_a_word_that_also_names_sources_heads_notes_of_its_own() -> None:
    section = _section(
        "# 파일 시스템\n## 파일 연결\n- 링크\n  - 하드 링크는 원본과 같은 아이노드를 가리키는 이름이다.\n"
        "## 출처\n[ 참고 자료 ]\n- 어느 대학 운영체제 강의\n  - 3강 파일 시스템 15분 지점\n"
    )
    assert _decision(section, "하드 링크는").rule != "reference"
    assert _decision(section, "3강 파일 시스템").rule == "reference"  # under a source, a source too


def test_emoji_codes_in_a_table_cell_or_inside_a_line_are_kept() -> None:
    section = _section(
        "# 도구\n## 지원\n\n| 기능 | 지원 |\n|---|---|\n| 암호화 | :white_check_mark: |\n| 압축 | :x: |\n\n"
        "- 문서 주석은 :param: 과 :rtype: 으로 적는다.\n"
    )
    assert _fact(section, "암호화").text.endswith(":white_check_mark:")
    assert ":param:" in _fact(section, "문서 주석은").text


def test_a_heading_inside_a_quote_heads_the_lines_after_it_and_an_emoji_title_heads_nothing() -> None:
    section = _section(
        "# 서버리스\n## 함수\n> ### 장점\n> 요청 100만 건까지 무료이다.\n> ### 단점\n> 최대 실행 시간은 15분이다.\n\n"
        "> [!tip] :bulb:\n> 콜드 스타트는 첫 호출이 느린 현상이다.\n"
    )
    assert _fact(section, "요청 100만").context == ("장점",)
    assert _fact(section, "최대 실행").context == ("단점",)
    assert _fact(section, "콜드 스타트는").parent is None


def test_a_long_numbered_step_cut_in_parts_stays_one_step() -> None:
    step = "설정 파일을 열어 값을 바꾼다. " * 80
    section = _section(f"# 배포\n## 순서\n1. {step.strip()}\n2. 서버를 다시 시작한다.\n3. 로그를 확인한다.\n")
    (topic,) = section.topics
    assert sum(f.kind == "numbered" for f in topic.facts) == 3 and len(topic.items) == 3
    parts = [f for f in topic.facts if f.source.line == 3]
    assert len(parts) >= 2 and [f.kind for f in parts[1:]] == ["paragraph"] * (len(parts) - 1)


def test_the_addresses_of_a_worked_subnetting_example_are_not_compared() -> None:
    section = _section(
        "# 네트워크\n## 서브넷 나누기\n- 10.20.30.0 : 첫 서브넷의 네트워크 주소\n"
        "- 10.20.30.1~10.20.30.62 : 첫 서브넷에서 호스트에 줄 수 있는 주소\n"
        "- 10.20.30.63 : 첫 서브넷의 브로드캐스트 주소\n"
        "## 사설 대역\n- 10.0.0.0/8 : 클래스 A 사설 대역\n- 172.16.0.0/12 : 클래스 B 사설 대역\n"
        "- 192.168.0.0/16 : 클래스 C 사설 대역\n"
    )
    subnets, private = section.topics
    assert not subnets.comparisons
    assert private.comparisons  # the ranges every network knows are facts to compare


def test_a_domain_in_a_name_is_not_hidden_inside_an_address() -> None:
    """``(.org)`` names a side, but ``.org`` inside ``example.org`` is part of an address."""
    from builder.emit.cloze import occurrences

    text = "예시: example.org 를 .org 서버가 답한다"
    found = [text[d.start : d.end] for d in occurrences(text, [(1, [".org"])])]
    assert found == [".org"] and text.index(".org 서버") == occurrences(text, [(1, [".org"])])[0].start


def test_a_heading_that_names_a_case_has_no_definition() -> None:
    """``## 캐시를 두기 좋은 경우``: its lines are the case's instances, and the first of them is no
    answer to "what is it"."""
    section = _section("# 캐시\n\n## 캐시를 두기 좋은 경우\n\n- 읽기가 쓰기보다 훨씬 많은 데이터\n- 비싼 응답\n")
    assert section.topics[0].definition is None


def test_a_clause_that_names_the_subject_for_short_is_no_second_side() -> None:
    """``분산 파일 시스템은 …. 파일 시스템은 …`` under a heading of kinds: with no word of contrast
    between them, the second sentence says more of the first subject, named for short."""
    section = _section(
        "# 저장\n\n## 저장 방식 비교\n\n"
        "- 분산 파일 시스템은 여러 서버의 파일을 하나로 보여준다. "
        "파일 시스템은 서버 여러 대의 디스크에 놓인다.\n"
    )
    assert section.topics[0].comparisons == ()


def test_a_comparison_written_in_one_sentence_is_asked_by_the_sentence_whole() -> None:
    """``X는 …이고, 반면 Y는 …``: cut into a table, each side's clause reads as a fragment
    (``… 전달하고``); the sentence makes its own card, and the cheat sheet keeps the comparison."""
    from builder.emit.cards import note_specs
    from builder.model import Notes

    section = _section(
        "# 전송\n\n## 푸시와 풀 차이점\n\n"
        "- 푸시 방식은 브로커가 메시지를 바로 전달하고, 반면 풀 방식은 소비자가 **롱 폴링**으로 가져간다.\n"
    )
    topic = section.topics[0]
    (comparison,) = topic.comparisons
    assert comparison.origin == "parallel" and not any(side.asked for side in comparison.sides)
    assert topic.facts[0].decision.kinds == ("fact",)
    kinds = [s.kind for s in note_specs(Notes((section,)))]
    assert kinds == ["fact"], kinds


def test_a_comparison_in_one_sentence_with_no_term_of_its_own_is_shown_but_not_asked() -> None:
    """``TCP는 …, 반면 UDP는 …`` under ``TCP와 UDP 차이``: the names are in view and the sentence has
    no other term to hide; its clauses cut apart make no card worth keeping, so the line makes
    none and says why, and the comparison stays for the cheat sheet."""
    section = _section(
        "# 전송\n\n## TCP와 UDP 차이\n\n- TCP는 연결 지향적이고 신뢰성을 보장하며, 반면 UDP는 비연결형이라 빠르다\n"
    )
    topic = section.topics[0]
    (comparison,) = topic.comparisons
    assert not any(side.asked for side in comparison.sides)
    assert topic.facts[0].decision.kinds == () and topic.facts[0].decision.reason


def test_an_example_heading_written_without_its_space_is_one() -> None:
    """``# 샘플문제`` is ``샘플 문제`` written solid: the values of its answers are the exercise's."""
    section = _section(
        "# 샘플문제\n\n- 하나의 테스트 케이스로 100% 구문 커버리지를 달성하면 결정 커버리지는 50%이다.\n"
    )
    (fact,) = section.topics[0].facts
    assert fact.decision.kinds == () and fact.decision.rule == "example"


@pytest.mark.usefixtures("which_cards_from_any_note")
def test_a_which_card_is_not_made_when_a_heading_above_spells_out_its_answer() -> None:
    section = _section(
        "# Elastic Container Registry\n\n## Amazon ECR\n\n"
        "- 컨테이너 이미지를 저장하고 배포하는 완전관리형 레지스트리 서비스\n\n"
        "# 컨테이너 실행\n\n## Amazon ECS\n\n- 컨테이너를 실행하고 확장하는 완전관리형 오케스트레이션 서비스\n"
    )
    spelled, plain = (t.facts[0].decision for t in section.topics)
    assert "what" in spelled.kinds and "which" not in spelled.kinds, spelled
    assert "which" in plain.kinds, plain


def test_a_phrase_the_notes_write_once_is_wording_not_a_term() -> None:
    section = _section(
        "# 세션 관리\n\n"
        "- 오래된 세션은 중앙 저장소의 디스크 공간 부족을 일으킨다\n"
        "- 로그인 직후 세션 고정 공격을 막으려고 식별자를 새로 발급한다\n"
        "- 세션 고정 공격은 공격자가 정한 식별자를 피해자가 쓰게 만든다\n"
        "- 세션마다 **버전 태그 비교**로 갱신 여부를 가린다\n"
        "- 로드 밸런서는 고정 세션 기능(sticky session)으로 같은 서버에 요청을 보낸다\n"
    )
    # ``디스크 공간 부족`` is how this line puts it, once; the page writes no such name again
    once = _fact(section, "오래된 세션은")
    assert once.terms == () and once.decision.rule == "said_once"
    assert "once" in (once.decision.reason or "")
    # a phrase written again on the page is a name it uses
    again = _fact(section, "로그인 직후")
    assert "fact" in again.decision.kinds and [t.text for t in again.terms] == ["세션 고정 공격"]
    # emphasis and a gloss make a phrase said once a name all the same
    assert [(t.text, t.why) for t in _fact(section, "세션마다").terms] == [("버전 태그", "emphasised")]
    assert [t.text for t in _fact(section, "로드 밸런서는").terms] == ["고정 세션 기능(sticky session)"]


@pytest.mark.usefixtures("which_cards_from_any_note")
def test_a_which_card_is_not_made_when_its_front_shows_the_answer_by_another_name() -> None:
    section = _section(
        "# 쿠버네티스\n\n## Ingress(인그레스)\n\n"
        "- 인그레스는 L7 규칙으로 외부 HTTP 요청을 서비스로 보내는 API 오브젝트이다\n\n"
        "# 정규화(normalization)란?\n\n"
        "- normalization은 함수 종속성을 따라 릴레이션을 나누어 삽입 이상을 없애는 설계 과정이다\n\n"
        "# PostgreSQL\n\n- PostgerSQL은 MVCC로 동시성을 다루는 오픈 소스 객체 관계형 데이터베이스 시스템이다\n"
    )
    # ``인그레스`` beside a card asking ``Ingress``; ``정규화`` over one asking ``normalization``; a typo of the heading
    for line in ("인그레스는", "normalization은", "PostgerSQL은"):
        assert "which" not in _fact(section, line).decision.kinds, line
    # a heading glossing a name of several words pairs the whole name, not its last word
    kept = _section(
        "# AWS\n\n## 관계형 데이터베이스 서비스(RDS)\n\n### RDS\n\n"
        "- RDS는 MySQL, PostgreSQL 같은 관계형 데이터베이스를 클라우드에서 운영하게 해 주는 관리형 서비스이다\n"
    )
    assert "which" in _fact(kept, "RDS는").decision.kinds


def test_a_limit_blank_says_what_it_asks_only_where_the_line_does_not() -> None:
    section = _section(
        "# TCP 헤더\n\n- 체크섬 (16비트)\n- 윈도우 크기 16비트\n- 체크섬은 16비트로 헤더 오류를 검사한다\n"
        "- 최대 세그먼트 수명 2분\n- 전송 속도 : 1000 MiB/s\n- RTO 1시간, RPO 15분\n- gp2 : 초당 최대 250MB\n\n"
        "## 최대 크기\n\n- 세그먼트 : 64KB\n"
    )
    hints = {f.text: [q.hint for q in f.quantities] for f in section.topics[0].facts}
    assert hints == {
        "체크섬 (16비트)": ["크기"],  # a label and its value: which of its values is asked?
        "윈도우 크기 16비트": [""],  # the line says it is a size
        "체크섬은 16비트로 헤더 오류를 검사한다": [""],  # a sentence says what the value is for
        "최대 세그먼트 수명 2분": ["기간"],
        "전송 속도 : 1000 MiB/s": [""],  # a size per second is a rate, and the line says so
        "RTO 1시간, RPO 15분": ["기간", "기간"],  # ``시간`` of ``1시간`` is a unit, not a word saying it
        "gp2 : 초당 최대 250MB": [""],  # per second: a rate, not a size
    }, hints
    assert [q.hint for q in _fact(section, "세그먼트 :").quantities] == [""]  # the heading above says it


def test_the_first_lettered_option_of_a_question_is_an_option_not_its_answer() -> None:
    section = _section(
        "# 메시지 큐 연습문제\n\n### Q1. 순서를 보장해야 하는 주문 이벤트를 처리할 큐는?\n\n"
        "**번역:** 주문 이벤트를 순서대로 처리하려고 합니다. 어떤 큐를 사용해야 합니까?\n\n"
        "**선지:**\n- A) Standard queue → 표준 큐\n- B) Delay queue → 지연 큐\n- C) FIFO queue → FIFO 큐\n"
        "- D) Dead-letter queue → 배달 못한 편지 큐\n\n**정답:** C\n\n"
        "### 복습\n\nQ. 메시지를 한 번만 처리하게 하는 설정은?\n\nA. 중복 제거 ID를 메시지마다 붙인다\n"
    )
    facts = section.topics[0].facts
    # ``A)`` opens the options as ``B)`` goes on with them: it is no answer written under the question
    for option in ("A)", "B)", "C)", "D)"):
        assert _decision(section, option).rule == "choices", option
    question = next(n for n, f in enumerate(facts) if f.text.startswith("번역:"))
    assert _fact(section, "A)").parent is None
    assert _fact(section, "정답:").parent == question  # the verdict past four options is still the question's
    # options written as lines of one paragraph under a question read as a title go under it
    paragraph = _section(
        "# 버킷 정책 퀴즈\n\n## 문제 2\n\n이 설정의 효과는?\n\n**A)** 특정 대역만 HTTPS로 읽을 수 있음  \n"
        "**B)** 모든 사용자가 객체를 읽을 수 있음  \n**C)** 특정 대역에서 HTTP로만 읽을 수 있음  \n"
        "**D)** 연결 방식과 무관하게 모두 거부됨\n\n**정답: A) 특정 대역만 HTTPS로 읽을 수 있음**\n"
    )
    asked = next(n for n, f in enumerate(paragraph.topics[-1].facts) if f.text.startswith("이 설정의"))
    for option in ("A)", "B)", "C)", "D)"):
        assert _decision(paragraph, option).rule == "choices", option
        assert _fact(paragraph, option).parent == asked, option
    # lettered lines under a question with no verdict are the notes' own answer, and a run that
    # does not open with ``A)`` is no run of options
    own = _section(
        "# 네트워크\n\nOSI 7계층 중 하위 3계층은?\n\n- a) 물리 계층: 전기 신호로 비트를 전송한다\n"
        "- b) 데이터링크 계층: MAC 주소로 프레임을 전달한다\n- c) 네트워크 계층: IP 주소로 패킷을 라우팅한다\n\n"
        "# 스토리지\n\nQ. 가끔 읽지만 즉시 꺼내야 하는 데이터에 알맞은 스토리지는?\n\n정답: Standard-IA\n\n"
        "B) Glacier Flexible Retrieval은 검색에 수 분에서 수 시간이 걸린다\n"
        "C) One Zone-IA는 AZ 하나가 사라지면 데이터를 잃는다\n"
    )
    for line in ("b) 데이터링크", "c) 네트워크", "B) Glacier", "C) One Zone"):
        assert _decision(own, line).kinds, line
    # a lone ``A.`` under a question is its answer, as before
    answer = _fact(section, "A. 중복")
    assert answer.parent is not None and section.topics[1].facts[answer.parent].text.startswith("Q. 메시지")


@pytest.mark.usefixtures("which_cards_from_any_note")
def test_a_which_card_is_not_made_when_its_front_gives_the_latin_name_and_the_kind() -> None:
    section = _section(
        "# 전송과 라이선스\n\n## SCTP 프로토콜\n\n"
        "- Stream Control Transmission Protocol의 약자로, 여러 스트림을 한 연결에 묶는 전송 계층 프로토콜이다\n"
    )
    # the acronym spelled out and the kind written: the front gives the name
    assert _decision(section, "Stream Control").kinds == ("what",)
    # a front that writes neither the name nor its words still asks it, and so does one that
    # writes the Latin name but not the rest (``IP 패킷`` beside a card asking ``IP 스푸핑``)
    section = _section(
        "# 저장소\n\n## Redis\n\n- Redis는 키-값 구조로 데이터를 메모리에 두는 오픈 소스 인메모리 데이터 저장소이다\n\n"
        "## CDN 서비스\n\n- CDN 서비스는 가까운 엣지 서버에 콘텐츠를 캐싱해 전송 지연을 줄이는 배포 네트워크이다\n\n"
        "## IP 스푸핑\n\n- IP 패킷의 출발지 주소를 위조해 다른 호스트로 위장하는 공격이다\n"
    )
    for line in ("Redis는", "CDN 서비스는", "IP 패킷의"):
        assert "which" in _decision(section, line).kinds, line


def test_a_worked_calculation_with_words_between_its_numbers_makes_no_limit_card() -> None:
    section = _section(
        "# 복제\n\n- 각 노드마다 2개의 복제본 저장 x 노드 3대 = 복제본 6개\n- 응시료 5만원 X 3과목 = 15만원\n"
        "- 링크 10Mbps*2 대역폭\n- 파티션당 최대 복제본 6개\n- TTL = 기본 300초\n"
        "- IPv4 주소 공간 = 2^32 = 약 43억 개\n- 포트 범위 0 - 65535 = 총 65,536개\n"
        "- Lambda 메모리 128MB ~ 10,240MB * 1MB 단위\n"
    )
    for line in ("각 노드마다", "응시료", "링크"):
        assert _decision(section, line).rule == "arithmetic", line
    # a limit, a power, a range counted, a footnote's star: no calculation worked through
    for line in ("파티션당", "TTL", "IPv4 주소", "포트 범위", "Lambda 메모리"):
        assert "limit" in _decision(section, line).kinds, line


def test_a_deep_outline_keeps_the_name_its_lines_are_about_beyond_the_two_nearest_levels() -> None:
    section = _section(
        "# 관리형 서비스\n\n- 서비스 종류\n  - Azure Functions\n    - 이벤트가 올 때만 실행된다\n"
        "    - 요금 방식\n      - 실행 시간 과금\n        - 매월 400,000GB-초까지 무료\n"
        "  - 배포 방식\n    - 소비 계획\n      - 인스턴스당 메모리 1.5GB\n"
    )
    # two levels say which part; the name three levels up says whose
    assert _fact(section, "매월 400,000GB-초").context == ("Azure Functions", "요금 방식", "실행 시간 과금")
    # a line whose nearest levels are all there is keeps just them; no name above, nothing added
    assert _fact(section, "이벤트가").context == ("서비스 종류", "Azure Functions")
    assert _fact(section, "인스턴스당").context == ("배포 방식", "소비 계획")
    # a label or a numbered part far up is no subject
    section = _section("# 요금\n\n- Summary\n  - 스토리지\n    - 요금 방식\n      - 매월 5GB까지 무료\n")
    assert _fact(section, "매월 5GB").context == ("스토리지", "요금 방식")


def test_a_placeholder_in_braces_is_no_term_as_one_in_angle_brackets_is_none() -> None:
    for line in ("컨테이너 삭제: docker rm {컨테이너 ID}", "컨테이너 삭제: docker rm <컨테이너 ID>"):
        assert "컨테이너 ID" not in [t.text for t in key_terms(line)], line


def test_the_answer_an_exercise_takes_makes_no_limit_card_and_a_callout_label_no_card() -> None:
    section = _section(
        "# 스케줄링\n\n## 노드 배치\n\n- taint가 없는 노드만 셀 수 있으므로 답은 2개\n"
        "- 파드를 올릴 수 있는 노드는 최대 110개\n- RAID 5에 필요한 최소 디스크 수 → 정답은 3개\n\n"
        "1. How many nodes can run pods?\n\n<aside>\n💡 풀이\n\n- 노드를 모두 조회한다\n</aside>\n"
    )
    answer = _decision(section, "taint가")
    assert answer.rule == "exercise_answer" and "limit" not in answer.kinds
    # a bound, and a question asked on the answer's own line, keep their limit cards
    assert "limit" in _decision(section, "파드를 올릴").kinds
    assert "limit" in _decision(section, "RAID 5에").kinds
    assert _decision(section, "💡 풀이").rule == "label"


def test_the_lines_of_a_fill_in_exercise_make_no_card_but_a_lettered_list_does() -> None:
    section = _section(
        "# 오류 제어\n\n## 기출\n\n- (가)~(다)를 쓰시오\n\n재전송을 요구하는 (나)의 종류에는 (다) 검사가 있다.\n\n"
        "(다) : 블록 끝에 1bit의 검사 비트를 더하는 방식\n\n"
        "## 계층\n\n- (가) 전송 계층은 TCP로 종단 간 신뢰성을 보장한다\n"
        "- 오류를 알리는 제어 메시지를 ( )(이)라고 한다\n- range( ) 함수는 최대 3개의 인자를 받는다\n"
    )
    for line in ("재전송을", "(다) :", "오류를 알리는"):
        assert _decision(section, line).rule == "fill_in", line
        assert not _decision(section, line).kinds, line
    assert _decision(section, "(가) 전송 계층").kinds, "a lettered item is a statement"
    assert "limit" in _decision(section, "range( )").kinds, "a call written with a space is no blank"


def test_a_count_whose_items_follow_it_in_a_chain_of_arrows_makes_no_limit_card() -> None:
    section = _section(
        "# 이름 풀이\n\n- 클라이언트는 3가지 저장소를 차례로 본다. 로컬 캐시 → 리졸버 캐시 → 권한 서버\n"
        "- 재시도는 최대 3번까지 한다. 실패 → 대기 → 재전송 → 포기\n"
    )
    assert "limit" not in _decision(section, "클라이언트는").kinds
    # four steps in the chain: the count bounds something else
    assert "limit" in _decision(section, "재시도는").kinds
    # a bound is never counted off a chain, even one as long as it
    section = _section("# 전송\n\n- 재전송은 최대 3번까지 시도한다. 전송 → 타임아웃 → 재전송\n")
    assert "limit" in _decision(section, "재전송은").kinds


def test_a_line_that_opens_with_an_equals_sign_works_out_the_line_above_and_makes_no_limit_card() -> None:
    section = _section(
        "# 함수 요금\n\n- 무료 사용량\n  - 매월 400,000GB-초까지 무료\n"
        "  - == 400,000초 (메모리 1GB일 때)\n  - = 약 3,200,000초 (메모리 128MB일 때)\n"
    )
    for line in ("== 400,000초", "= 약 3,200,000초"):
        assert _decision(section, line).rule == "arithmetic", line
    # the line above says the fact, and keeps its card
    assert "limit" in _decision(section, "매월 400,000GB-초").kinds
    # an equals sign that says "is" before a bound states the fact
    section = _section("# 스토리지\n\n- 객체 최대 크기\n  - = 5TB까지 저장 가능\n")
    assert "limit" in _decision(section, "= 5TB").kinds


def test_an_example_label_decorated_with_a_pictograph_still_opens_an_example() -> None:
    section = _section(
        "# 로그 보관\n\n## 수명 주기\n\n- 보관 등급은 접근 빈도에 따라 바꾼다\n\n"
        "> 💡 예시:\n>\n> - 최근 2주 내 쌓인 로그 → 빠른 등급\n> - 6개월 넘은 로그 → 보관 등급\n"
    )
    for line in ("최근 2주", "6개월 넘은"):
        assert _decision(section, line).rule == "example", line  # the writer's example, not a limit


def test_a_line_under_a_heading_that_only_numbers_a_lecture_must_say_what_it_is_about() -> None:
    # A course's lecture, an exam's question and its summary name no subject: a line that names
    # none either (``기존 [...]에 비해 …``) asks a riddle; one that does keeps its card.
    section = _section(
        "# 5강\n\n"
        "- 기존 Legacy 인프라에 비해 빠른 인프라 구성 시간\n"
        "- 서버만 위치시킬 수 있으며 서버에 공인 IP를 부여할 수 있다\n"
        "- Scale up : 서버의 성능을 높여 처리량을 늘리는 것\n"
        "- NAT Gateway는 반드시 Public Subnet에 두어야 한다\n\n"
        "## Week04\n\n### Q14\n\n#### 정리\n\n"
        "- 자동 확장에 내장된 Multi-AZ 고가용성 제공\n"
        "- EFS는 관리형 NFS 파일 시스템으로 여러 EC2에서 동시에 마운트 가능\n\n"
        "# Amazon VPC\n\n"
        "- 기존 Legacy 네트워크에 비해 빠른 서브넷 구성\n"
    )
    dated = _section("# 221116\n\n- 나갈 때는 NAT Gateway를 거쳐 인터넷으로 나간다\n")
    assert _decision(dated, "나갈 때는").rule == "no_subject"
    # an attribute with its particle (``비용이``) names no subject unless a name is written before it
    costs = _section("# 3강\n\n- 비용이 저렴하고 Lambda 함수에 적합\n- S3 비용이 저렴하고 Lambda 함수에 적합\n")
    assert _decision(costs, "비용이").rule == "no_subject"
    assert _decision(costs, "S3 비용이").rule != "no_subject"
    owned = _section("# 3강\n\n- 데이터베이스 비용이 저렴하고 Lambda에 적합\n- S3의 비용이 저렴하고 Lambda에 적합\n")
    for line in ("데이터베이스 비용이", "S3의 비용이"):
        assert _decision(owned, line).rule != "no_subject", line
    for line in ("기존 Legacy 인프라", "서버만 위치", "자동 확장"):
        decision = _decision(section, line)
        assert decision.kinds == () and decision.rule == "no_subject", line
    for line in ("Scale up", "NAT Gateway는", "EFS는", "기존 Legacy 네트워크"):
        assert "fact" in _decision(section, line).kinds, line


def test_a_worked_calculation_and_a_conclusion_worked_from_the_values_before_it_ask_no_limit() -> None:
    section = _section(
        "# 크레딧\n\n"
        "- 쉬는 동안 57.6개가 회복된다. ((6크레딧 - 2% * 60분) * 12) 그러면 분당 0.08개를 더 쓸 수 있다.\n"
        "- 회복되는 크레딧은 6개로 같은데, 소모되는 크레딧은 3개입니다. 따라서 시간 당 3개가 적립된다.\n"
        "- 부모 프로세스(PID=10)가 fork()로 자식 프로세스를 만든다\n"
        "- 크레딧은 최대 144개까지 쌓인다. 따라서 하루 넘게 쉬어도 더 모이지 않는다.\n"
    )
    for worked in ("쉬는 동안", "부모 프로세스"):
        assert "limit" not in _decision(section, worked).kinds, worked
    assert "limit" in _decision(section, "크레딧은 최대").kinds
    # the result is read off the card; the values it is worked from may be facts of their own
    assert [q.text for q in _fact(section, "회복되는 크레딧은").quantities] == ["6개", "3개"]
    # a footnote's asterisk after a value is no product
    footnote = _section("# Lambda\n\n- Lambda 최대 실행 시간은 15분 *2024년 기준\n")
    assert "limit" in _decision(footnote, "Lambda 최대").kinds


def test_a_comparison_asks_no_row_whose_name_the_rows_or_the_heading_give_away() -> None:
    from builder.emit.cards import note_specs
    from builder.model import Notes

    # the end of a row's name that no other row's name has, written in a row's cells, names it
    streams = _section(
        "# 스트리밍\n\n- **Kinesis Data Streams**: 데이터 스트림을 캡처하고 저장\n"
        "- **Kinesis Data Firehose**: 저장소로 로드, 저장은 X, Firehose를 거쳐가는 데이터 비용만 부과\n"
        "- **Kinesis Video Streams**: 비디오 스트림을 캡처하고 저장\n"
    )
    (comparison,) = streams.topics[0].comparisons
    asked = {side.subject: side.asked for side in comparison.sides}
    assert asked == {"Kinesis Data Streams": True, "Kinesis Data Firehose": False, "Kinesis Video Streams": True}
    # a common word in lower case is no name's end (``functions`` is no ``Step Functions``)
    family = _section(
        "# 서버리스\n\n- **AWS Lambda**: 이벤트가 오면 functions를 실행\n"
        "- **AWS Step Functions**: 여러 단계를 상태 기계로 묶어 순서대로 실행\n"
        "- **AWS Batch**: 대량의 배치 작업을 큐에 넣어 처리\n"
    )
    (comparison,) = family.topics[0].comparisons
    assert all(side.asked for side in comparison.sides)
    # the words an asked row's acronym stands for never stand above its blank
    balancing = _section(
        "# Elastic Load Balancing\n\n| 이름 | 설명 |\n|---|---|\n"
        "| ELB | 여러 대상에 트래픽을 나누는 완전 관리형 서비스 |\n| Reverse Proxy | 직접 운영하는 중계 서버 |\n"
    )
    (spec,) = [s for s in note_specs(Notes((balancing,))) if s.kind == "comparison"]
    assert "{{c1::ELB}}" in spec.fields[0] and "Elastic Load Balancing" not in spec.fields[0]


def test_a_question_label_before_an_interview_question_is_not_its_subject() -> None:
    section = _section(
        "# B-Tree\n\n## 면접 질문: B-Tree 구조에 대해 설명하라\n\n"
        "- 노드가 한쪽으로 쏠리지 않게 재정렬해 균형을 유지하는 트리 형태의 자료구조이다\n\n"
        "## Q. 프로세스란?\n\n- 실행 중인 프로그램으로, 운영체제에서 자원을 할당받는 작업의 단위이다\n"
    )
    subjects = [topic.subject for topic in section.topics]
    assert subjects == ["B-Tree", "프로세스"]
    assert "면접 질문" not in subjects


def test_a_scenario_labelled_line_and_a_count_of_the_lines_around_it_ask_no_limit() -> None:
    # ``시나리오2 : …`` sets up a worked case; ``다음 4개의 규칙`` counts the lines below it.  A
    # scenario posed as a question keeps its answer under it, and a bound stays a limit.
    section = _section(
        "# 메시지 큐\n\n"
        "- 시나리오1 : 소비자 3개가 큐 1개를 나눠 읽는 경우\n"
        "  - 소비자마다 메시지 20개씩 가져간다\n"
        "- 시나리오 : 소비자 2개, 처리 순서를 지키려면?\n"
        "  - 메시지 그룹 ID로 FIFO 큐를 쓴다\n"
        "- 다음 4개의 속성을 큐마다 설정한다\n"
        "- 위와 같은 3가지 과정을 거쳐 메시지가 지워진다\n"
        "- 메시지 하나는 최대 256KB\n"
    )
    for line in ("시나리오1", "소비자마다"):
        assert _decision(section, line).rule == "example", line
    assert "limit" not in _decision(section, "시나리오 :").kinds
    assert _fact(section, "메시지 그룹").decision is not None
    assert _decision(section, "메시지 그룹").rule != "example"
    for line in ("다음 4개", "위와 같은"):
        assert "limit" not in _decision(section, line).kinds, line
    assert "limit" in _decision(section, "메시지 하나는").kinds
    # a scenario asked without a question mark, or with one mid-line, keeps its answers; a label
    # in English is one too; 아래 after a noun places, and a bound past the counted noun is a limit
    asked = _section(
        "# 확장\n\n"
        "- 시나리오 : 고가용성이 필요한 웹 서비스, 어떤 구성을 써야 할까\n"
        "  - 로드 밸런서 뒤에 최소 2개 AZ의 인스턴스를 둔다\n"
        "- 시나리오: 트래픽이 10배 늘면 어떻게 하나? 답은 예약된 조정\n"
        "  - 예약된 조정은 최대 125개 작업까지 둘 수 있다\n"
        "- Scenario 1: 최적 인스턴스 9개, 반드시 6개 이상 실행\n"
        "- 버킷 아래 1,000개 객체를 한 번에 나열한다\n"
        "- 폴링 한 번에 다음 10개 메시지까지 받는다\n"
        "- 메시지는 위와 같은 3가지 단계를 거쳐 지워진다\n"
    )
    for line in ("로드 밸런서 뒤에", "예약된 조정은", "버킷 아래", "폴링 한 번에"):
        assert "limit" in _decision(asked, line).kinds, line
    assert _decision(asked, "Scenario 1").rule == "example"
    assert [q.text for q in _fact(asked, "메시지는 위와").quantities] == []


def test_a_file_or_an_image_tag_a_walkthrough_picked_is_no_term() -> None:
    # The writer's file and image are the walkthrough's choice; a system path and a condition key are terms.
    for line, picked in (
        ("설정을 바꾸려면 cache-config.yaml 파일에 항목을 추가한다", "cache-config.yaml"),
        ("캐시 서버는 redis:7.2 이미지로 띄운다", "redis:7.2"),
        ("빌드가 끝나면 localhost:8080으로 접속한다", "localhost:8080"),
    ):
        assert picked not in [t.text.split()[0] for t in key_terms(line)], line
    assert "/etc/hosts 파일" in [t.text for t in key_terms("이름 풀이는 /etc/hosts 파일을 먼저 읽는다")]
    # a file a tool reads by its name, and a cardinality, are terms
    assert "appspec.yml 파일" in [t.text for t in key_terms("CodeDeploy는 appspec.yml 파일로 배포 훅을 정의한다")]
    assert "package.json 파일" in [t.text for t in key_terms("npm은 package.json 파일을 읽어 의존성을 설치한다")]
    assert any(t.text.startswith("n:1") for t in key_terms("주문과 고객은 n:1 관계이다"))
    condition = "aws:SecureTransport 조건이 거짓이면 요청을 막는다"
    assert "aws:SecureTransport 조건" in [t.text for t in key_terms(condition)]


def test_an_exam_dumps_options_written_as_lines_of_a_paragraph_are_its_choices() -> None:
    """A question copied from an exam dump: its scenario, the question, options ``A.`` to ``D.``
    as lines of one paragraph (an option may wrap onto a second line), the writer's notes, then
    the verdict well after the options.  The options are choices and the scenario is the
    question's givens; the notes stay the writer's statements."""
    section = _section(
        "# 기출 정리\n\n## Q7(pdf Q#112)\n"
        "한 회사가 여러 가용 영역에 걸친 메시지 처리 시스템을 운영하고 있습니다.\n"
        "메시지는 최대 14일 동안 보관되어야 합니다.\n"
        "다음 중 운영 오버헤드가 가장 적은 솔루션은 무엇일까요?\n\n"
        "A. Amazon SNS 주제를 생성하고 구독자를 추가합니다.\n"
        "SNS\n"  # a stray line the copy left between two options
        "B. Amazon SQS 대기열을 생성하고 메시지 보존 기간을 14일로 설정합니다.\n"
        "C. Amazon Kinesis 데이터 스트림을 생성합니다.\n"
        "스트림의 보존 기간을 늘립니다.\n"
        "D. Amazon MQ 브로커를 생성합니다.\n"
        "브로커를 다중 AZ로 배포합니다.\n\n"
        "SQS 표준 대기열은 메시지를 최대 14일까지 보관할 수 있다\n\n"
        "정답 : B\n"
    )
    rules = {f.text: f.decision.rule for f in section.topics[0].facts}
    options = [t for t in rules if t[:2] in ("A.", "B.", "C.", "D.")]
    assert len(options) == 4
    assert all(rules[t] == "choices" for t in options), rules
    assert rules["스트림의 보존 기간을 늘립니다."] == "choices"
    assert rules["SNS"] == "choices"
    assert rules["브로커를 다중 AZ로 배포합니다."] == "choices"
    assert rules["한 회사가 여러 가용 영역에 걸친 메시지 처리 시스템을 운영하고 있습니다."] == "example"
    assert rules["SQS 표준 대기열은 메시지를 최대 14일까지 보관할 수 있다"] not in ("choices", "example")


def test_options_after_a_question_written_under_the_scenarios_list_are_its_choices() -> None:
    """The scenario lists its parts, and the question is written on as the last line of the
    list's last item; the options come after, out of the list, and the verdict picks two."""
    section = _section(
        "## Q16(pdf Q#396)\n"
        "한 회사가 여러 리전에 걸친 서비스를 운영합니다. 이 서비스는 다음으로 구성됩니다.\n"
        "- 여러 리전에 분산된 가상 서버\n"
        "- 글로벌 가속기의 엔드포인트\n"
        "이 회사는 DDoS 공격으로부터 서비스를 보호하고자 합니다.\n"
        "무엇을 해야 할까요? (두 가지를 선택하십시오.)\n\n"
        "A. 방화벽 규칙을 가상 서버에 연결합니다.\n"
        "B. 고급 DDoS 보호를 구독하고 가속기를 보호 대상으로 추가합니다.\n"
        "C. 속도 기반 규칙을 가속기 앞에 둡니다.\n"
        "D. 가상 서버를 한 리전으로 모읍니다.\n\n"
        "고급 DDoS 보호는 대규모 공격에 대응하는 전담 팀의 지원을 포함한다\n\n"
        "정답 : B , C\n"
    )
    rules = {f.text: f.decision.rule for f in section.topics[0].facts}
    assert all(rules[t] == "choices" for t in rules if t[:2] in ("A.", "B.", "C.", "D.")), rules
    assert rules["고급 DDoS 보호는 대규모 공격에 대응하는 전담 팀의 지원을 포함한다"] != "choices"
    # the scenario's list above the question is the question's givens
    assert rules["여러 리전에 분산된 가상 서버"] == "example"


def test_options_of_a_question_that_asks_which_is_not_right_are_choices_however_worded() -> None:
    """``올바르지 않은 것은`` asks for the false option as ``옳지 않은 것은`` does: the items under it,
    one of them false, are its options even when each names a setting and says what it does."""
    section = _section(
        "## 7. 캐시 설정 항목에 대한 설명 중 올바르지 않은 것은 무엇인가요?\n\n"
        "- Purge : 캐시 서버에 저장된 콘텐츠를 지우는 기능\n"
        "- Signed URL : 서명된 주소로 온 요청에만 콘텐츠를 전달하는 기능\n"
        "- Query String 무시 : 콘텐츠를 지정된 도메인에만 제공하는 기능\n"
        "- Access Log : 캐시 사용 기록을 확인하는 기능\n"
    )
    facts = section.topics[0].facts
    assert [f.decision.rule for f in facts] == ["choices"] * 4
    assert not any(f.decision.kinds for f in facts)


def test_the_writers_note_after_the_last_option_and_a_verdict_of_another_list_stay_notes() -> None:
    """A note written on the line after the last option, in the writer's own voice, is no part of
    that option; and lettered lines the notes number themselves are not options because a verdict
    that picks none of their letters comes later in another list."""
    options = _section(
        "## 스토리지 클래스\n\n다음 중 가장 저렴한 스토리지 클래스는 무엇인가?\n\n"
        "A. S3 Standard\nB. S3 Glacier Deep Archive\nC. S3 One Zone-IA\nD. S3 Intelligent-Tiering\n"
        "Glacier Deep Archive는 검색에 최대 12시간이 걸린다.\n\n정답 : B\n"
    )
    rules = {f.text: f.decision.rule for f in options.topics[0].facts}
    assert rules["B. S3 Glacier Deep Archive"] == "choices"
    assert rules["Glacier Deep Archive는 검색에 최대 12시간이 걸린다."] != "choices"
    steps = _section(
        "## 연결 수립\n\nTCP 연결은 어떻게 수립되는가?\n"
        "a. 클라이언트가 SYN 세그먼트를 서버로 보낸다\nb. 서버가 SYN+ACK 세그먼트로 응답한다\n"
        "c. 클라이언트가 ACK 세그먼트를 보내 연결이 수립된다\n\n이 과정을 3-way handshake라고 부른다.\n"
        "연결 해제는 4-way handshake로 이루어진다.\nTIME_WAIT 상태는 2MSL 동안 유지된다.\n\n"
        "- 스터디 퀴즈 채점\n- 답: 2번\n"
    )
    lettered = [f for f in steps.topics[0].facts if f.text[:2] in ("a.", "b.", "c.")]
    assert len(lettered) == 3
    assert all(f.decision.rule != "choices" for f in lettered)


def test_an_exercises_givens_are_no_limits() -> None:
    """An exam question's values are its premise: before its conditions (``…구하시오. 단, …``), after
    a closing aside, picked by the writer (``(임의의 값)``) or given to calculate with."""
    section = _section(
        "# 파일 시스템 연습\n\n"
        "1. 블록 주소가 8 Bytes일 때 한 파일의 최대 크기를 구하시오. 단, 한 블록은 2KB 이다.\n"
        "2. 다음 접근 순서에서 적중률 3가지를 말해보시오. (cache, replacement)\n"
        "3. 적중 시 접근은 0.2ms, 그 외의 경우는 20ms로 계산할 것.\n"
        "4. 요청 헤더: Content-Length = 8000 (임의의 큰 값)\n"
        "5. 한 블록의 최대 크기는 64KB이다.\n"
    )
    for starts in ("블록 주소가", "다음 접근 순서", "적중 시 접근", "요청 헤더"):
        assert "limit" not in _decision(section, starts).kinds, starts
    assert "limit" in _decision(section, "한 블록의 최대").kinds


def test_a_figures_numbered_labels_and_a_walkthroughs_scripts_are_never_hidden() -> None:
    """``T1``, ``T2`` name a worked example's transactions and ``t1``…``t3`` a figure's instants: no
    blank asks for them; nor for the command that runs a walkthrough's own script."""
    section = _section(
        "# 스케줄\n\n"
        "- T2 가 T1 에 의해 바뀐 값을 읽으면, T1 이 커밋되기 전에 T2는 커밋하면 안 된다\n"
        "- t1에서 디스크 컨트롤러는 완료 인터럽트를 보낸다.\n"
        "- t3에서 제어를 되찾은 CPU는 멈췄던 작업을 이어간다.\n\n"
        "# 실습 스크립트\n\n"
        "| 스크립트 | 용도 | 실행 |\n|---|---|---|\n"
        "| `lab-07-net-setup.sh` | VPC와 서브넷 생성 | `bash lab-07-net-setup.sh` |\n"
    )
    for starts in ("T2 가 T1", "t1에서", "t3에서"):
        hidden = [t.text for t in _fact(section, starts).terms]
        assert not any(re.search(r"\b[Tt]\d\b", h) for h in hidden), (starts, hidden)
    assert names_a_sample("bash lab-07-net-setup.sh") and not names_a_sample("kubectl apply")


def test_an_english_gloss_glued_to_its_word_is_not_hidden() -> None:
    """``원자값`atomic value``` translates the word it is glued to: hidden, the front shows the answer."""
    section = _section("# 제1 정규형\n\n- 테이블 컬럼이 원자값`atomic value`을 갖도록 분해한다.\n")
    line = _fact(section, "테이블 컬럼이")
    assert [t.text for t in line.terms] == ["테이블 컬럼"], line.terms  # the line's subject is asked instead


def test_a_bracketed_gloss_in_code_glued_to_its_word_is_not_hidden() -> None:
    """``fd`(file descriptor)```: the gloss is set in code right after the word it spells out;
    hidden, the blank cuts into ``fd[...]`` and the word beside it answers it."""
    section = _section("# 파이프\n\n- 커널은 fd`(file descriptor)`가 가리키는 파이프 버퍼에서 데이터를 읽는다.\n")
    line = _fact(section, "커널은")
    assert not any(t.text.startswith("(") for t in line.terms), line.terms


@pytest.mark.usefixtures("which_cards_from_any_note")
def test_a_quizs_numbered_options_make_no_card_and_its_bold_key_answers_the_question() -> None:
    """``3. A ____ is the part of …`` over ``1. parser`` … ``4. **scheduler**``: the options are the
    quiz's, a wrong one maybe; the question and its bold option make one card.  A numbered list
    under a plain question is the notes' own answer."""
    section = _section(
        "# 운영체제 복습\n\n"
        "1. A ________ decides which ready task runs next on the CPU.\n"
        "    1. parser\n    2. loader\n    3. **scheduler**\n    4. linker\n"
        "2. 다음 중 파일 시스템에 대한 설명으로 틀린 것은?\n"
        "    1. inode는 파일의 메타데이터를 저장한다.\n"
        "    2. **디렉터리는 파일을 저장할 수 없는 특수 장치이다.**\n"
        "    3. 저널링은 장애 후 복구를 빠르게 한다.\n"
        "3. 교착 상태의 네 가지 조건은?\n"
        "    1. 상호 배제\n    2. 점유 대기\n    3. 비선점\n    4. 순환 대기\n"
        "4. 다음 프로그램의 출력으로 옳은 것은?\n\n"
        '    ```c\n    printf("%d %d", 7 / 2, 7 % 2);\n    ```\n\n'
        "    1. 3 1\n    2. 3.5 1\n    3. 4 0\n    4. 3 0\n"
        "5. 스케줄러의 목표로 가장 어색한 것은?\n"
        "    1. CPU 이용률을 높인다\n    2. **프로세스의 응답 시간을 늘린다**\n    3. 처리량을 높인다\n"
    )
    for starts in ("parser", "loader", "scheduler", "inode는", "디렉터리는", "저널링은", "3 1", "4 0", "CPU 이용률을"):
        assert _decision(section, starts).rule == "choices", starts
    question = _fact(section, "A ________ decides")
    assert question.decision.kinds == ("which",) and question.defines == "scheduler"
    assert _decision(section, "상호 배제").rule != "choices"


def test_lettered_options_written_after_their_question_with_a_verdict_are_choices() -> None:
    """An exam dump's options written as paragraphs after the question (``(A). …`` to ``(D). …``)
    and its verdict as a letter (``A. (C)``): no card asks a value of a wrong option."""
    section = _section(
        "# 풀이\n\n"
        "Q. 로그를 10년 보관하고 최근 1년치는 즉시 조회해야 한다. 가장 저렴한 방법은?\n\n"
        "(A). 로그를 블록 스토리지에 두고 3개월 이상 된 로그를 백업으로 옮긴다\n\n"
        "(B). 로그를 객체 스토리지에 두고 1년 이상 된 로그를 아카이브 클래스로 옮긴다\n\n"
        "(C). 로그를 객체 스토리지에 두고 수명 주기 정책으로 1년 이상 된 로그를 옮긴다\n\n"
        "(D). 로그를 로그 서비스에 두고 6개월마다 내보낸다\n\n"
        "A. (C)\n"
    )
    for starts in ("(A).", "(B).", "(C).", "(D)."):
        decision = _decision(section, starts)
        assert decision.rule == "choices" and not decision.kinds, (starts, decision)


def test_an_exercises_data_and_the_writers_next_goal_make_no_limit_card() -> None:
    """A table of a worked example's processes (``p1``…``p3``) and the writer's next goal are no
    limits of the subject; levels a table measures (``L1``, ``L2``) and a retry bound are."""
    section = _section(
        "# 스케줄러 비교\n\n"
        "| 프로세스 | 도착 시간 | 실행 시간 |\n|---|---|---|\n"
        "| p1 | 0ms | 8ms |\n| p2 | 1ms | 4ms |\n| p3 | 2ms | 9ms |\n\n"
        "# Deployment\n\n"
        "- 다음 목표: 25분 이내 완료\n\n"
        "# 파드\n\n"
        "- 한 파드의 컨테이너는 최대 10개까지 둔다\n"
        "- 재시도는 최대 5회차까지 하고 이후 DLQ로 보낸다\n"
    )
    for starts in ("p1", "p2", "p3", "다음 목표"):
        assert "limit" not in _decision(section, starts).kinds, starts
    assert "limit" in _decision(section, "한 파드의").kinds
    assert _decision(section, "재시도는").kinds  # a retry bound, however it counts (``회차``), no study log
    levels = _section(
        "# 캐시 계층\n\n| 단계 | 크기 | 지연 |\n|---|---|---|\n| L1 | 32KB | 1ns |\n| L2 | 256KB | 4ns |\n"
    )
    assert "limit" in _decision(levels, "L1").kinds  # levels a table measures, no example's


@pytest.mark.usefixtures("which_cards_from_any_note")
def test_names_described_alike_but_for_one_word_keep_their_which_cards() -> None:
    """``자주 접근하는 …`` beside ``자주 접근하지 않는 …``: one word tells the two apart, and it is what
    the which card asks; both keep it."""
    section = _section(
        "# 저장 등급\n\n"
        "## Hot Tier\n\n- 자주 접근하는 데이터를 위한 Storage Class\n\n"
        "## Cool Tier\n\n- 자주 접근하지 않는 데이터를 위한 Storage Class\n"
    )
    for starts in ("자주 접근하는", "자주 접근하지"):
        assert "which" in _decision(section, starts).kinds, starts


def test_answers_and_advice_that_look_like_a_quiz_or_a_lab_keep_their_cards() -> None:
    """Regression guards: a numbered answer under a question about choosing, an answer with one
    line in bold, a drawback labelled ``문제:``, a bound with an example in brackets, a layer named
    ``L7`` beside ``L1``: all statements of the notes."""
    section = _section(
        "# 인스턴스\n\n"
        "1. 인스턴스 유형을 선택할 때 고려할 요소는?\n"
        "    1. 연산이 많으면 컴퓨팅 최적화 c 계열을 쓴다\n"
        "    2. 메모리가 많이 필요하면 r 계열을 쓴다\n"
        "    3. 네트워크 대역폭은 최대 100Gbps까지 고른다\n"
        "2. TCP가 제공하는 기능은 무엇인가?\n"
        "    1. 연결 지향 통신을 한다\n    2. **재전송으로 신뢰성을 보장한다**\n"
        "    3. 수신 윈도우로 흐름 제어를 한다\n\n"
        "# 복제\n\n- 문제: 마스터가 단일 장애 지점(SPOF)이 된다\n"
        "- 단일 객체 크기는 최대 5TB (예시: 4K 동영상 원본)\n\n"
        "# 로드 밸런서\n\n- L1은 물리 계층이다\n- ALB는 L7에서 동작한다\n"
    )
    for starts in ("연산이 많으면", "네트워크 대역폭", "수신 윈도우로"):
        assert _decision(section, starts).rule != "choices", starts
    assert _decision(section, "문제: 마스터가").kinds
    assert "limit" in _decision(section, "단일 객체 크기는").kinds
    assert any(t.text == "L7" for t in _fact(section, "ALB는").terms)


def test_a_versus_line_and_its_entries_with_a_note_after_a_name_make_one_comparison() -> None:
    """``Spot Plan vs Reserved Plan`` over ``- Spot Plan(legacy) : …``: the entries are the sides of the
    comparison their title states, with the note kept, not a second comparison of the same lines; a
    list with a side of its own (``코루틴`` beside ``프로세스 vs 스레드``) still compares all of them."""
    section = _section(
        "# 구매 옵션\n\n"
        "- Spot Plan vs Reserved Plan\n"
        "    - 공통점 : 요금이 온디맨드보다 싸다\n"
        "    - Spot Plan(legacy) : 남는 용량을 경매로 빌려 쓴다\n"
        "    - Reserved Plan : 1년이나 3년 약정으로 할인받는다\n"
    )
    (comparison,) = section.topics[0].comparisons
    assert [s.subject for s in comparison.sides] == ["Spot Plan", "Reserved Plan"]
    assert comparison.sides[0].points == ("(legacy) 남는 용량을 경매로 빌려 쓴다",)
    more = _section(
        "# 실행 단위\n\n- 프로세스 vs 스레드\n    - 프로세스 : 독립된 메모리 공간을 가진다\n"
        "    - 스레드 : 프로세스의 메모리를 공유한다\n    - 코루틴 : 사용자 수준에서 협력적으로 전환된다\n"
    )
    sides = [[s.subject for s in c.sides] for c in more.topics[0].comparisons]
    assert ["프로세스", "스레드", "코루틴"] in sides


def test_a_diary_day_is_the_writers_and_the_time_spent_under_it_is_no_limit() -> None:
    """``2024.03.12(화) - 총 3시간``: a day of the writer's schedule, and the time they spent on a task
    under it (``(2시간 내외)``); what a day's notes teach (``오늘 배운 것``) keeps its cards, and a dated
    event of the subject its limit."""
    section = _section(
        "# 공부 기록\n\n"
        "- 2024.03.12(화) - 총 3시간 내외\n"
        "    - 공식 문서 읽기 (2시간 내외)\n"
        "    - 온라인 강의 수강 (1시간 내외)\n"
        "        - 파일 시스템 구조와 마운트\n"
        "    - ext4 단일 파일 최대 크기 (16TiB)\n"
        "        - 블록 크기 4KiB 기준\n"
        "    - 저널 커밋 주기 (최대 5초)\n"
        "        - commit 마운트 옵션으로 조정\n"
        "- 2024.03.13(수) 오늘 배운 것\n"
        "    - inode는 파일의 권한, 소유자, 크기 같은 메타데이터를 저장하는 자료구조이다.\n"
        "    - ext4 파일 시스템의 최대 파일 크기는 16TiB이다.\n"
        "- 2018.11.28) 함수의 최대 실행 시간이 15분으로 늘어났다\n"
    )
    day = _decision(section, "2024.03.12(화)")
    assert day.rule == "personal" and not day.kinds
    for task in ("공식 문서 읽기", "온라인 강의 수강"):  # the second heads what was studied in that time
        assert "limit" not in _decision(section, task).kinds, task
    assert "what" in _decision(section, "inode는").kinds
    for starts in ("ext4 파일", "ext4 단일 파일", "저널 커밋", "2018.11.28)"):  # what the day teaches
        assert "limit" in _decision(section, starts).kinds, starts


def test_circled_options_under_a_heading_that_asks_to_choose_are_its_choices() -> None:
    """``#### 4. 다음 … 옳은 것을 고르시오.`` over ``> ① … 30분이다``: options, each true or false as
    the question decides, make no card; an explanation under a question (``22번 포트는 …``) and a lab's
    polite ``… 선택하세요`` over its notes keep theirs."""
    section = _section(
        "#### 4. 다음 방화벽 설정에 대한 설명 중 옳은 것을 고르시오.\n\n"
        "> ① 세션 유지 시간은 30분이다.  \n"
        "> ② 로그인 재시도 횟수는 5번이다.  \n"
        "> ③ 허용 포트는 22번 하나뿐이다.\n\n"
        "**정답:**  \n"
        "② 로그인 재시도 횟수는 5번이다.\n\n"
        "## 다음 중 잘 알려진 포트 번호로 옳은 것은?\n\n"
        "- 해설\n    - 22번 포트는 SSH가 사용하는 암호화된 원격 접속 포트이다.\n\n"
        "## 아래 AMI 중 하나를 선택하세요\n\n"
        "- Ubuntu Server는 Canonical이 배포하는 데비안 계열 리눅스 배포판이다.\n"
    )
    for starts in ("① 세션", "② 로그인", "③ 허용"):
        decision = _decision(section, starts)
        assert decision.rule == "choices" and not decision.kinds, (starts, decision)
    assert _decision(section, "22번 포트는").rule != "choices"
    assert "what" in _decision(section, "Ubuntu Server는").kinds


def test_a_heading_that_asks_for_a_name_shows_no_card_asking_what_that_name_is() -> None:
    """``2계층 터널링 프로토콜은?`` over ``L2TP는 … 터널링 프로토콜이다``: above a what card the question is
    its answer, and the line says why it makes none.  A heading that asks about the name itself
    (``Redis는 뭔데?``), its family (``Kafka는 뭔데?`` over ``Kafka Topic``), an aspect (``특징은?``),
    which ones there are (``어떤 것이 있을까?``) or what its own subject is asks no such thing."""
    section = _section(
        "## 2계층 터널링 프로토콜은?\n\n"
        "- L2TP는 데이터 링크 계층에서 동작하며 여러 프로토콜을 감싸는 터널링 프로토콜이다.\n\n"
        "## Redis는 뭔데?\n\n"
        "- Redis는 데이터를 메모리에 두고 키와 값으로 다루는 저장소이다.\n\n"
        "## Kafka는 뭔데?\n\n"
        "- Kafka Topic은 메시지를 분류해 담아 두는 이름 붙은 로그이다.\n\n"
        "## 트랜잭션의 특징은?\n\n"
        "- 원자성은 트랜잭션의 연산이 모두 반영되거나 전혀 반영되지 않아야 한다는 성질이다.\n\n"
        "## 페이지 교체 알고리즘에는 어떤 것이 있을까?\n\n"
        "- LRU는 가장 오랫동안 사용되지 않은 페이지를 교체하는 알고리즘이다.\n\n"
        "## VPC가 뭐예요?\n\n"
        "1. 보안 그룹\n"
        "    - 인스턴스로 들어오고 나가는 트래픽을 허용하는 규칙의 모음이다.\n"
    )
    assert "what" not in _decision(section, "L2TP는").kinds
    alone = _section(
        "## 무선 환경에서 인증서 기반 보안을 제공하는 공개키 기반 구조는 무엇인가?\n\n"
        "- WPKI는 무선 환경에서 인증서 기반 보안을 제공하는 공개키 기반 구조입니다.\n"
    )
    assert _decision(alone, "WPKI는") == Decision((), "asked_above", FACT_REFUSALS["asked_above"])
    for starts in ("Redis는", "Kafka Topic은", "원자성은", "LRU는", "인스턴스로 들어오고"):
        assert "what" in _decision(section, starts).kinds, starts


def test_sample_records_keyed_by_ids_stay_records_despite_one_typo() -> None:
    """A question's table of students keyed by their ids, one id mistyped: example data, no
    comparison of people.  A table of ports with a pair in one row (``20/21``) compares protocols."""
    section = _section(
        "## 다음 테이블의 차수를 구하시오\n\n"
        "| ID | 이름 | 학과 |\n|---|---|---|\n"
        "| 210341 | 김하늘 | 경영 |\n| 210342 | 이바다 | 화학 |\n"
        "| 210343 | 박구름 | 수학 |\n| 21034ㄱ | 최들판 | 물리 |\n\n"
        "## 잘 알려진 포트\n\n"
        "| 포트 | 프로토콜 | 설명 |\n|---|---|---|\n"
        "| 20/21 | FTP | 파일을 전송한다 |\n| 22 | SSH | 암호화된 원격 접속 |\n"
        "| 23 | Telnet | 암호화하지 않는 원격 접속 |\n| 25 | SMTP | 메일을 보낸다 |\n"
    )
    records, ports = section.topics
    assert not records.comparisons
    assert ports.comparisons


def test_an_exam_imperative_before_unclosed_emphasis_still_asks() -> None:
    """``…계산식과 함께 쓰시오 **``: emphasis the parser left open is markup, not the line's end."""
    from builder.analyse.rules.question import asks_outright

    assert asks_outright("개발자 4명이 월 200라인씩 만들 때 기간을 계산식과 함께 쓰시오 **")


def test_an_exercise_of_numbered_blanks_asks_no_which_card_and_its_key_makes_none() -> None:
    """``…사용하는 기호는 ( 1 )이다`` over ``정답`` / ``> (1):INTERSECT (2):MINUS``: the key fills the
    exercise's blanks, it names nothing the lines define, and makes no card of its own, written on
    one line or a blank to a line."""
    for key in ("> (1):INTERSECT (2):MINUS\n", "- (1): INTERSECT\n- (2): MINUS\n"):
        section = _section(
            "# 관계 연산 복습\n\n**7. 다음 설명의 괄호에 들어갈 기호를 쓰시오.**\n\n"
            "- 교집합(INTERSECT)은 두 릴레이션에 모두 있는 튜플을 구하는 연산으로, 사용하는 기호는 ( 1 )이다.\n"
            "- 차집합(DIFFERENCE)은 한 릴레이션에만 있는 튜플을 구하는 연산으로, 사용하는 기호는 ( 2 )이다.\n\n"
            f"정답\n\n{key}"
        )
        assert "which" not in _decision(section, "교집합").kinds, key
        assert not _decision(section, "(1)").kinds, key


def test_a_context_line_spaced_otherwise_still_gives_the_answer_away() -> None:
    """``2절 도메인 네임 스페이스`` over a card asking ``도메인 네임스페이스``: the same name, spaced
    otherwise, would answer the which card on its front."""
    section = _section(
        "# 1절 도메인 서비스\n\n## 2절 도메인 네임 스페이스\n\n### 도메인 네임스페이스\n\n"
        "- DNS가 저장하고 관리하는 계층적인 분산 데이터베이스 구조이다\n"
    )
    assert "which" not in _decision(section, "DNS가 저장하고").kinds


def test_limit_cards_that_read_alike_but_for_case_are_twins() -> None:
    """``Port [...]`` and ``port [...]`` under one glossary heading: the same front to a learner,
    with two answers, so neither limit card is made."""
    section = _section("# 용어 정리\n\n- Port 8080\n- port 3306\n- 리전당 VPC는 5개까지 만들 수 있다\n")
    for starts in ("Port 8080", "port 3306"):
        assert "limit" not in _decision(section, starts).kinds, starts
    assert "limit" in _decision(section, "리전당").kinds


def test_a_set_ups_counts_settings_and_rule_rows_make_no_limit_card() -> None:
    """Under a heading that builds something (``구축``, ``생성``), how many of a thing the writer sets
    up (``Bastion Host : 1개``), a firewall rule row in Latin letters and numbers (``120 SMTP(25)
    10.0.0.0/8``) and a bare number among ``key: value`` settings (``workers: 4``) are the writer's
    choices: the line says why it makes no card.  A quota under a heading of limits, a count per
    something, a measure's name, a port table and the same counts in notes that build nothing keep
    their cards."""
    section = _section(
        "# 사내 메일 서버 구축\n\n## 구성\n\n- Bastion Host : 1개\n- Mail Relay : 3개\n- Spam Filter : 2대\n\n"
        "## 방화벽 규칙\n\n- 120 SMTP(25) 10.0.0.0/8\n- 130 IMAPS(993) 10.0.0.0/8\n\n"
        "## 워커\n\n- 큐: mail-out, workers: 4, 재시도: 3\n\n"
        "## 컨테이너 설정 1 - 작업 정의\n\n- 호스트 포트: 2525, 컨테이너 포트 : 25, 프로토콜 : TCP\n\n"
        "## 메일 서비스 한도\n\n- 수신자 : 50개\n\n"
        "## 메일 큐\n\n- 발신 도메인 : 계정당 10개\n- 큐 보관 : 최대 14일\n- 릴레이 노드 수 : 3개\n"
        "- 메일 릴레이는 보통 3개의 존에 분산해 둔다\n\n"
        "## 포트 설정\n\n| 서비스 | 프로토콜 | 포트 |\n|---|---|---|\n| SMTP | TCP | 25 |\n| IMAPS | TCP | 993 |\n"
    )
    built = ("Bastion Host", "Mail Relay", "Spam Filter", "120 SMTP", "130 IMAPS", "큐: mail-out", "호스트 포트")
    for starts in built:
        decision = _decision(section, starts)
        assert decision.kinds == (), starts
        assert (decision.rule, decision.reason) == ("set_up", FACT_REFUSALS["set_up"]), starts
    for starts in ("수신자", "발신 도메인", "큐 보관", "릴레이 노드 수", "메일 릴레이는"):
        assert "limit" in _decision(section, starts).kinds, starts
    assert any(_decision(section, starts).kinds for starts in ("SMTP —", "IMAPS —"))  # a port table's rows
    textbook = _section(
        "# 네트워크 기초\n\n## OSI\n\n- OSI 계층 : 7개\n- 루트 DNS 서버 : 13개\n\n"
        "## 서브넷\n\n- /28 = 16 addresses, 11 usable in AWS\n"
    )
    for starts in ("OSI 계층", "루트 DNS 서버", "/28 = 16"):  # nothing is built: the subject's own counts
        assert "limit" in _decision(textbook, starts).kinds, starts
    ports = _section("# 메일 포트\n\n- SMTP : 25\n- IMAPS : 993\n- POP3S : 995\n")
    for starts in ("SMTP", "IMAPS", "POP3S"):
        assert "comparison" in _decision(ports, starts).kinds, starts  # a port list, no set-up


def test_a_list_written_out_again_compares_once_and_says_where() -> None:
    """A summary that lists the service models again in the same words asks nothing new: its lines
    say which line asks the comparison; a list that adds a model is a comparison of its own."""
    models = "1. Infrastructure as a Service(IaaS)\n    - 서버와 네트워크를 빌려 쓴다\n" + (
        "2. Platform as a Service(PaaS)\n    - 실행 환경까지 빌려 쓴다\n"
    )
    more = "3. Software as a Service(SaaS)\n    - 완성된 프로그램을 빌려 쓴다\n"
    summary = "1. **Platform as a Service(PaaS)**\n    - 실행 환경까지 빌려 쓴다.\n" + (
        "2. **Infrastructure as a Service(IaaS)**\n    - 서버와 네트워크를 빌려 쓴다.\n"
    )  # the same list in another order, in bold, with stops
    section = _section(f"# 클라우드\n\n## 서비스 모델\n\n{models}\n## 정리\n\n{summary}\n## 보충\n\n{models}{more}")
    chapter, summary_topic, extra = section.topics
    assert len(chapter.comparisons) == 1 and not summary_topic.comparisons and len(extra.comparisons) == 1
    for fact in chapter.facts:  # the models' names head what the comparison says of them
        assert fact.decision is not None
        assert fact.decision.rule == "title" or "comparison" in fact.decision.kinds, fact.text
    for fact in summary_topic.facts:
        assert fact.decision is not None
        if fact.decision.rule not in ("title", "label"):  # a bold name heads its line as a label
            assert fact.decision.kinds == () and fact.decision.rule == "repeated", fact.text
            assert "line 5" in (fact.decision.reason or ""), fact.text


def test_the_lines_under_a_statement_that_points_to_its_example_are_the_example() -> None:
    section = _section(
        "## 백업 보존\n\n- 보존 정책을 만들면 스냅샷이 단계별로 정리된다 (예시 참고)\n"
        "  - 일간 보관소에 14일 유지\n  - 다음 60일 동안 주간 보관소로 옮기고\n"
        "- 보존 기간을 늘리면 비용이 는다 (최대 35일)\n  - 최소 보존 기간은 1일이다\n"
        "- 분할도 가능 : ex 매일 쌓는다면 연, 월 기준으로 나눈다\n"
    )
    decided = _rules(section)
    assert decided["일간 보관소에 14일 유지"] == "example"
    assert decided["다음 60일 동안 주간 보관소로 옮기고"] == "example"
    # A closing aside that is a value, not a pointer, leaves the lines under it as they are.
    assert decided["최소 보존 기간은 1일이다"] == "limit"
    # A line under the pointer that says a bound states the limit the example plays out, and a
    # scenario or a calculation pointed to holds facts as often.
    pointed = _rules(
        _section(
            "## 수명 주기\n\n- 정책을 만들면 객체가 단계별로 옮겨진다 (예시 참고)\n  - 처음 30일은 표준 계층에 둔다\n"
            "  - 아카이브 계층 최소 보관 기간은 180일\n- 서브넷마다 IP 5개를 예약한다 (아래 계산 참고)\n"
            "  - /24 서브넷의 가용 IP는 251개\n"
        )
    )
    assert pointed["처음 30일은 표준 계층에 둔다"] == "example"
    assert pointed["아카이브 계층 최소 보관 기간은 180일"] == "limit"
    assert pointed["/24 서브넷의 가용 IP는 251개"] == "limit"
    # ``ex`` opens the example it stands before: never the term of the line.
    assert all(t.text.casefold() != "ex" for t in _fact(section, "분할도").terms)


def test_console_actions_written_as_nouns_under_a_heading_that_builds_are_steps() -> None:
    section = _section(
        "## 로드 밸런서 만들기\n\n- Scheme 선택 (internet-facing)\n- Listener 포트 지정 (HTTP 80)\n"
        "- 대상 그룹 선택 -> Targets -> 인스턴스 추가\n- 헬스 체크는 대상의 상태를 주기적으로 확인하는 기능이다\n"
        "- 대상 그룹에 웹서버 인스턴스 추가\n- 교차 영역 로드 밸런싱은 ALB에서 기본 활성화 (무료)\n\n"
        "## 로드 밸런서 기능\n\n- 교차 영역 로드 밸런싱 활성화 (선택)\n"
    )
    steps = {text: rule == "step" for text, rule in _rules(section).items()}
    assert steps == {
        "Scheme 선택 (internet-facing)": True,
        "Listener 포트 지정 (HTTP 80)": True,
        "대상 그룹 선택 -> Targets -> 인스턴스 추가": True,
        "헬스 체크는 대상의 상태를 주기적으로 확인하는 기능이다": False,
        # nothing typed, pressed or clicked through: it may say how the thing is built
        "대상 그룹에 웹서버 인스턴스 추가": False,
        # a place and a default: a behaviour of the service
        "교차 영역 로드 밸런싱은 ALB에서 기본 활성화 (무료)": False,
    }
    # Under a heading that builds nothing, the same shape states what the service can do.
    assert _decision(section, "교차 영역 로드 밸런싱 활성화").rule != "step"


def test_a_table_writing_one_key_in_several_rows_holds_an_examples_records() -> None:
    # A normalization example: one customer's orders, a row each; its numbers are data, no limits.
    section = _section(
        "## 제1정규형\n\n- 한 칸에는 하나의 값만 저장한다\n\n"
        "| 고객명 | 메뉴 | 수량 |\n|---|---|---|\n| 김철수 | 아메리카노 | 2 |\n| 김철수 | 라떼 | 1 |\n"
        "| 이영희 | 녹차 | 3 |\n\n"
        "## 잘 알려진 포트\n\n| 프로토콜 | 포트 | 서비스 |\n|---|---|---|\n| TCP | 22 | SSH |\n| TCP | 25 | SMTP |\n"
        "| UDP | 53 | DNS |\n\n"
        "## 요금 옵션\n\n| 서비스 | 옵션 | 설명 |\n|---|---|---|\n"
        "| 가상 서버 | 종량제 | 약정 없이 초 단위로 과금한다 |\n"
        "| 가상 서버 | 예약 | 1년 또는 3년 약정으로 최대 72% 할인 |\n"
        "| 가상 서버 | 경매형 | 남는 용량을 최대 90% 싸게 쓴다 |\n"
    )
    for row in ("김철수 — 메뉴: 아메리카노", "김철수 — 메뉴: 라떼", "이영희"):
        assert _decision(section, row).kinds == (), row
    # A reference table grouping its rows under a protocol names things: its ports stay asked.
    for row in ("TCP — 포트: 22", "TCP — 포트: 25", "UDP — 포트: 53"):
        assert "limit" in _decision(section, row).kinds, row
    # Rows grouped under one service and described in words are no records: their limits stay.
    assert "limit" in _decision(section, "가상 서버 — 옵션: 예약").kinds
    assert "limit" in _decision(section, "가상 서버 — 옵션: 경매형").kinds


def test_the_values_of_an_exercise_the_writer_states_are_its_givens() -> None:
    section = _section(
        "# 쿠버네티스 실습\n\n## Q3. 서비스 노출\n\n"
        '- 문제: web-deploy를 ClusterIP 서비스 "web-svc"로 port 8080에 노출\n\n'
        '## Q6. 리소스 제한\n\n- 문제: busybox 이미지로 "tiny-pod" 생성, requests(32Mi/50m), limits(64Mi/100m)\n\n'
        "## Q7. 확인 문제\n\n- 문제: 한 파드의 컨테이너는 최대 10개까지 둘 수 있다 (O/X)\n"
    )
    for task in ("문제: web-deploy", "문제: busybox"):
        decision = _decision(section, task)
        assert "limit" not in decision.kinds and decision.rule == "set_up", (task, decision)
    # A value stated as a bound is a fact to learn, whatever label the line opens with.
    assert "limit" in _decision(section, "문제: 한 파드의").kinds


def test_a_line_wrapped_between_a_noun_and_its_particle_is_one_statement() -> None:
    section = _section(
        "# 암호 기초\n\n## 대칭키 암호\n\n**스트림 암호**  \n란 평문을 비트 단위로 키 스트림과 XOR 하는 방식이다.\n\n"
        "<b>블록 암호</b><br>\n란 평문을 블록 단위로 나누어 암호화하는 방식이다.\n\n"
        "**일회용 패드**\n란 평문과 같은 길이의 키를 한 번만 쓰는 방식이다.\n\n"
        "키 배송 문제가 있다.\n이 문제는 공개키 암호가 푼다.\n\n"
        "## 치환 암호\n\n란 문자를 정해진 규칙에 따라 다른 문자로 바꾸는 암호이다.\n"
    )
    texts = [f.text for t in section.topics for f in t.facts]
    # The heading made the sentence's subject: the line under it goes on from it.
    assert "what" in _decision(section, "치환 암호란 문자를").kinds
    for name in ("스트림 암호", "블록 암호", "일회용 패드"):
        fact = _fact(section, f"{name}란 ")
        assert fact.defines == name and "what" in fact.decision.kinds, fact
    assert not any(t.startswith("란 ") for t in texts), texts
    # ``이`` opens a sentence as a determiner: the line after a full sentence stays its own
    assert "이 문제는 공개키 암호가 푼다." in texts


def test_a_sheet_of_tasks_set_to_the_reader_makes_no_card_and_an_answered_interview_does() -> None:
    sheet = _section(
        "# PostgreSQL 실습 시트\n\n## 과제1: 복제 구성\n\n다음 요구사항을 만족하는 스트리밍 복제를 구성하세요:\n\n"
        "1. `replica-east` 서버를 대기 서버로 등록\n2. **wal_level**을 replica로 설정\n\n"
        "## 과제2: 백업\n\n`pg_basebackup`으로 `/srv/backup/base.tar`에 백업하세요.\n\n"
        "## 검증 단계\n\n- 대기 서버에서 `orders` 테이블이 보이는지 확인\n\n"
        "## 과제3: 권한\n\n`analyst` 역할을 만들고 읽기 권한을 부여하세요.\n\n"
        "## 정리\n\n- **pg_basebackup**은 실행 중인 클러스터의 물리 백업을 만든다\n"
    )
    for line in ("`replica-east` 서버", "`pg_basebackup`으로", "대기 서버에서", "`analyst` 역할"):
        assert not _decision(sheet, line.replace("`", "")).kinds, line
    assert _decision(sheet, "pg_basebackup은").kinds  # the writer's own summary after the last task
    interview = _section(
        "# 면접 대비\n\n## Q1. 인덱스란\n\n- **B-Tree** 인덱스는 범위 검색에 강하다\n\n"
        "## Q2. 트랜잭션 격리 수준\n\n- 기본 격리 수준은 **READ COMMITTED**이다\n"
    )
    assert _decision(interview, "B-Tree").kinds and _decision(interview, "기본 격리").kinds


def test_an_exports_escaped_line_breaks_are_no_text_and_hide_no_option() -> None:
    section = _section(
        "# SAP 풀이\n\n\\n\\n\\n\\n\n\n"
        "\\nA company needs an RPO of 15 minutes. What DR strategy could be used to achieve it?  \n"
        "A) Take 15-minute backups to Amazon Glacier every 5 minutes.  \n"
        "\\nB) Use synchronous replication between two Availability Zones.  \n"
        "\\nC) Take hourly backups to Amazon S3 with logs every 5 minutes.  \n"
        "\\nD) Take hourly backups to an instance store with logs every 5 minutes.\n\n\\n\\n\n"
    )
    texts = [f.text for t in section.topics for f in t.facts]
    assert not any("\\n" in text for text in texts), texts
    for letter in "ABCD":
        assert _decision(section, f"{letter})").rule == "choices", letter


def test_an_exam_solution_heading_is_a_part_of_the_page_with_nothing_to_define() -> None:
    for heading in ("기출 풀이", "오답노트", "기출문제"):
        section = _section(f"# 캐시\n\n## {heading}\n\n정답은 B이다. 쓰기 지연 캐시는 디스크 쓰기를 모아 처리한다.\n")
        assert "what" not in _fact(section, "정답은 B").decision.kinds, heading


def test_an_ordinal_label_a_picked_list_and_an_image_tag_are_not_asked() -> None:
    section = _section(
        "# 웹 캐시\n\n## 언어 협상\n\n- 1st : ko;q=0.9\n- 2nd : en-US;q=0.8\n\n"
        "## 1장 퀴즈\n\n- 정답: 2, 4\n\n## 이미지\n\n- 베이스 이미지는 docker pull alpine:3.19\n"
    )
    assert not any(t.text in ("1st", "2nd") for f in section.topics[0].facts for t in f.terms)
    assert not _decision(section, "정답: 2, 4").kinds
    assert "limit" not in _decision(section, "베이스 이미지는").kinds


def test_a_product_worked_out_in_words_is_no_limit() -> None:
    section = _section(
        "# 서버리스 요금\n\n- 무료 사용량: 월 40만 GB초, 이후 GB초당 $0.0000167\n"
        "- 256MB 메모리 함수가 160만 초 실행 = 40만 GB초\n- 최대 실행 시간은 15분\n"
    )
    assert _decision(section, "256MB").rule == "arithmetic"
    assert "limit" in _decision(section, "최대 실행").kinds
    # the free tier the example works out to is still asked: a line of several values states them
    assert "40만 GB" in [q.text for q in _fact(section, "무료 사용량").quantities]


def test_a_question_banks_credit_and_the_writers_own_answer_make_no_card() -> None:
    section = _section(
        "# 기출 복습\n\n## 문제\n\n다음 중 무결성을 보장하는 것은?\n\n"
        "## 내가 생각한 답\n\n- 해시 함수는 **무결성**을 확인하는 데 쓴다고 생각했다\n\n"
        "## 정답\n\n- **전자 서명**은 무결성과 부인 방지를 보장한다\n- [해설작성자 : 공부하는사람]\n"
    )
    assert _decision(section, "해시 함수는").rule == "personal"
    assert _decision(section, "[해설작성자").rule == "source_tag"
    assert _decision(section, "전자 서명은").rule not in ("personal", "source_tag")  # the key's own explanation


def test_a_line_that_counts_kinds_or_names_another_topic_is_no_definition() -> None:
    section = _section(
        "# 컨테이너\n\n## 오케스트레이터\n\n오케스트레이터에는 두 가지 배포 방식이 있고 첫 번째는 롤링 방식이다.\n\n"
        "## ARP\n\n- 실제로 통신을 하기 위해 사용하는 주소는 IP 주소이다.\n\n"
        "## 주소 결정 프로토콜\n\n- IP 주소로 MAC 주소를 알아내는 프로토콜은 ARP이다\n"
    )
    assert "what" not in _decision(section, "오케스트레이터에는").kinds
    assert "what" not in _decision(section, "실제로 통신을").kinds
    assert "what" in _decision(section, "IP 주소로 MAC").kinds


def test_a_surveys_shares_listed_under_its_lead_are_no_limits() -> None:
    section = _section(
        "# 쿠버네티스\n\n## 도입 현황\n\n2023년 한 설문조사에 따르면,\n\n- 71%가 운영 환경에서 사용 중\n"
        "- 20%가 도입을 검토 중\n\n## 제한\n\n- 노드당 파드는 최대 110개이다\n"
    )
    assert _decision(section, "71%가").rule == "statistic" and not _decision(section, "20%가").kinds
    assert "limit" in _decision(section, "노드당 파드는").kinds


def test_a_name_written_half_in_hangul_is_not_hidden_under_its_latin_name() -> None:
    section = _section(
        "# 서버리스\n\n## DynamoDB Streams\n\n- 다이나모DB 테이블의 변경을 시간순으로 기록한다\n\n"
        "## 캐시\n\n- 다이나모DB 앞에 두는 인 메모리 캐시는 DAX이다\n"
    )
    assert not any("다이나모" in t.text for t in _fact(section, "다이나모DB 테이블").terms)
    assert any("다이나모" in t.text for t in _fact(section, "다이나모DB 앞에").terms)  # no Latin name in view


def test_an_interview_or_a_review_that_asks_in_the_imperative_is_no_task_sheet() -> None:
    interview = _section(
        "# 면접 대비\n\n## Q1. 프로세스와 스레드의 차이를 설명해주세요\n\n- 스레드는 프로세스의 메모리를 공유한다\n\n"
        "## Q2. 교착 상태를 설명하세요\n\n- **은행원 알고리즘**은 교착 상태를 회피하는 방법이다\n"
    )
    assert _decision(interview, "스레드는").rule != "example" and _decision(interview, "은행원 알고리즘은").kinds
    review = _section(
        "# 복습\n\n## Q1. S3 스토리지 클래스\n\n- Standard-IA의 최소 보관 기간은 30일이다\n"
        "- 최소 보관 기간을 꼭 기억하세요.\n\n"
        "## Q2. SQS\n\n- 메시지 보존 기간은 최대 14일이다\n- 가시성 제한 시간에 주의하세요.\n"
    )
    assert "limit" in _decision(review, "Standard-IA의").kinds and "limit" in _decision(review, "메시지 보존").kinds
    sheet = _section(
        "# 실습\n\n## q1: 백업\n\n스냅샷을 /opt/backup.db에 저장하세요.\n\n## 개념 정리: etcd\n\n"
        "- **etcd**는 클러스터 상태를 담는 분산 키-값 저장소이다\n\n"
        "## q2: 유지보수\n\nnode01을 drain한 뒤 복구하세요.\n\n"
        "### 배운 점\n\n- **kubectl cordon**은 노드에 새 파드가 스케줄되지 않게 한다\n"
    )
    assert not _decision(sheet, "스냅샷을").kinds
    assert _decision(sheet, "etcd는").kinds and _decision(sheet, "kubectl cordon은").kinds  # the writer's own
    mixed = _section(
        "# 실습\n\n## Q1. 파드와 디플로이먼트의 차이를 설명해주세요\n\n- **ReplicaSet**은 파드 수를 유지한다\n\n"
        "## Q2. 디플로이먼트 생성\n\nnginx 디플로이먼트를 만드세요.\n\n## Q3. 서비스 노출\n\n80번 포트로 노출하세요.\n"
    )
    assert _decision(mixed, "ReplicaSet은").kinds  # asked to explain: answered below, on a sheet or not


def test_a_value_converted_to_another_unit_is_no_worked_product() -> None:
    section = _section(
        "# 한도\n\n- 타임아웃 기본 3초, 최대 15분 = 900초\n- gp2는 1GB당 3 IOPS = 16,000 IOPS까지 늘어난다\n"
    )
    assert "limit" in _decision(section, "타임아웃").kinds and "limit" in _decision(section, "gp2는").kinds


def test_a_count_in_a_clause_that_leans_on_the_defined_noun_keeps_the_definition() -> None:
    section = _section(
        "# 인증\n\n## 2FA\n\n2FA는 두 가지 인증 요소가 있어야 로그인할 수 있는 인증 방식이다.\n\n"
        "## NAT\n\n- 사설 IP 주소를 공인 IP 주소로 바꿔 주는 기술은 네트워크 주소 변환이다\n"
    )
    assert "what" in _decision(section, "2FA는").kinds
    assert "what" in _decision(section, "사설 IP 주소를").kinds  # the acronym spelled out


def test_a_learners_own_english_question_keeps_its_lettered_answers() -> None:
    section = _section(
        "# ELB\n\nWhat are the four types of ELB?\n\na) **ALB**는 7계층에서 HTTP를 라우팅한다\n\n"
        "b) **NLB**는 4계층에서 TCP를 처리한다\n\nc) **GWLB**는 방화벽 장비로 트래픽을 보낸다\n\n"
        "d) **CLB**는 이전 세대의 로드 밸런서이다\n"
    )
    assert _decision(section, "b) NLB").rule != "choices"


def test_an_exports_breaks_inside_a_line_go_and_a_lone_escape_sequence_stays() -> None:
    exported = _section("# Redis\n\n\\n\\n\n\n- Redis의 문자열 값 하나는 최대 512MB까지 저장할 수 있다.\\n\n")
    assert [f.text for t in exported.topics for f in t.facts][-1].endswith("있다.")
    shown = _section("# 이스케이프\n\n\\n\n\n- \\n은 줄바꿈(LF) 문자로, 아스키 코드 10이다.\n")
    assert any(f.text.startswith("\\n은") for t in shown.topics for f in t.facts)


def test_the_inputs_of_a_worked_price_are_no_limits_and_a_survey_lead_takes_only_shares() -> None:
    section = _section(
        "# S3 요금 예시\n\n- 사용량: 스토리지 500 GB, 전송 120 GB\n- (500 × $0.023) + (120 × $0.09) = $22.3\n\n"
        "## 점유율\n\n한 설문조사에 따르면,\n\n- 84%가 운영 환경에서 사용 중\n"
        "- S3 Standard는 99.99% 가용성을 목표로 설계되었다\n"
    )
    assert "limit" not in _decision(section, "사용량:").kinds
    assert _decision(section, "84%가").rule == "statistic"
    assert "limit" in _decision(section, "S3 Standard는").kinds


def test_options_numbered_in_brackets_under_a_keyed_question_are_its_choices() -> None:
    section = _section(
        "# 모의고사\n\n1. 데이터의 정확성을 유지하는 DBMS의 특징은 무엇인가?\n\n   - (1) 데이터의 통합성.\n"
        "   - (2) 데이터의 공용성.\n   - (3) 데이터의 무결성.\n   - (4) 데이터의 변화성.\n     - [답] 3\n\n"
        "## 트랜잭션\n\n트랜잭션의 특성은?\n\n- (1) 원자성: 모두 반영되거나 전혀 반영되지 않는다\n"
        "- (2) 일관성: 실행 전후 데이터가 일관된다\n- (3) 독립성: 동시 실행이 서로 간섭하지 않는다\n"
    )
    assert _decision(section, "(2) 데이터의 공용성").rule == "choices"
    assert _decision(section, "[답] 3").rule == "choices"
    assert _decision(section, "(2) 일관성").rule != "choices"  # the learner's own answer, in parts
    keyed = _section(
        "# 모의고사\n\n1. 연료 효율을 높이는 차량 설계에 쓰인 최적화 알고리즘은 무엇인가?\n\n   - (1) 회귀 알고리즘.\n"
        "   - (2) 유전 알고리즘.\n   - (3) 연관 규칙 알고리즘.\n   - (4) 군집화 알고리즘.\n     - [답] 2\n"
    )
    question = _fact(keyed, "연료 효율을")
    assert question.defines == "유전 알고리즘" and "which" in question.decision.kinds  # the key the question describes


def test_a_place_in_the_writers_count_is_no_name_to_define() -> None:
    section = _section("# Kinesis\n\n## 대상\n\n- 첫번째는 S3입니다.\n- 두번째는 Redshift로 웨어하우징 DB입니다.\n")
    assert "what" not in _decision(section, "두번째는").kinds and _fact(section, "두번째는").defines is None


def test_a_solved_problem_titled_as_an_order_keeps_the_writers_notes() -> None:
    section = _section(
        "# SQL 풀이\n\n## 문제 1: 부서별 평균 급여를 구하는 SQL을 작성하시오\n\n"
        "```sql\nSELECT dept_id, AVG(salary) FROM emp GROUP BY dept_id;\n```\n\n"
        "- **GROUP BY**는 같은 값을 가진 행을 하나의 그룹으로 묶는다\n\n"
        "## 문제 2: 평균 급여가 500 이상인 부서만 출력하시오\n\n"
        "```sql\nSELECT dept_id FROM emp GROUP BY dept_id HAVING AVG(salary) >= 500;\n```\n\n"
        "- **HAVING**은 그룹에 조건을 걸고, WHERE는 그룹을 만들기 전 행에 조건을 건다\n"
    )
    assert _decision(section, "GROUP BY는").kinds and _decision(section, "HAVING은").kinds


def test_an_exam_dumps_options_citations_and_material_make_no_card() -> None:
    text = (FIXTURE_STYLES / "exam-dump-details-network.md").read_text(encoding="utf-8")
    section = _section(text)
    # ``> 2023년 3월 2일 기출문제 (정답률 : 71%)``: the sitting that asked the question, no limit
    for cite in ("2023년 3월 2일 기출문제 (정답률 : 71%)", "2023년 3월 2일 (기출문제"):
        assert _decision(section, cite).rule == "source_tag", cite
    # the names a question offers when it asks for the one it keys, or one of a set it names
    for option in ("패킷", "세그먼트", "OSPF", "IS-IS"):
        assert _decision(section, option).rule == "choices", option
    # the table a question asks about is its material, made-up rows with no limit in them
    assert not _decision(section, "서울 — ").kinds
    # a question the notes answer with the list under it keeps its list, and a statement its card
    kept = next(t for t in section.topics if t.title.startswith("TCP 연결"))
    assert kept.lists and not any(f.decision.rule == "choices" for f in kept.facts if f.decision)
    assert _decision(section, "RIP은").kinds
    # a study question over the names that answer it, with no key or citation, keeps its list
    study = _section(
        "## 전송 계층\n\n### OSI 7계층 중 전송 계층의 대표 프로토콜은?\n"
        "1. TCP 연결형\n2. UDP 비연결형\n3. SCTP 다중 스트림\n\n"
        "### 아래 프로세스 상태의 의미는?\n\n| 상태 | 의미 |\n|---|---|\n| Ready | CPU를 기다리는 상태 |\n"
        "| Running | CPU에서 실행 중인 상태 |\n| Blocked | 입출력을 기다리는 상태 |\n\n"
        "### 가용성\n\n- 2023년 1회 기출문제 (정답률 : 48%)\n- 가용률 99.99% (2023년 기출)\n"
    )
    osi = next(t for t in study.topics if t.title.startswith("OSI"))
    assert osi.lists and not any(f.decision and f.decision.rule == "choices" for f in osi.facts), osi
    assert _decision(study, "Ready").kinds  # the writer's own table answers the question
    assert _decision(study, "2023년 1회").rule == "source_tag"
    assert "limit" in _decision(study, "가용률").kinds  # another rate is the subject's value


def test_a_section_of_odds_and_ends_names_no_subject() -> None:
    section = _section(
        "# 스토리지 용어\n\n## 기타\n\n- SAN : 서버와 스토리지를 잇는 전용 고속 네트워크\n"
        "- 블록 단위로 스토리지를 원격 디스크처럼 쓰게 하는 데 쓰인다.\n"
    )
    (topic,) = section.topics
    assert topic.subject != "기타" and topic.aspect == "기타"
    assert topic.definition is None  # no card asks what "기타" is
    linux = _section(
        "## 리눅스 디렉터리\n\n- bin : 기본 명령어 실행 파일을 둔다\n- etc : 시스템 설정 파일을 둔다\n"
        "- var : 로그처럼 자주 바뀌는 파일을 둔다\n"
    )
    assert linux.topics[0].comparisons  # ``etc`` the directory is a name, not an odds-and-ends label


def test_a_short_line_under_a_why_or_yes_no_question_is_no_answer_to_hide() -> None:
    section = _section(
        "## 명명된 파이프\n\n- 이름 없는 파이프로 두 프로세스를 잇는 것은 무엇인가?\n  - 익명 파이프\n"
        "- 왜 이름 붙은 파이프를 만들었는가?\n  - cmd1 | cmd2\n"
        "- 한쪽이 닫으면 파이프가 바로 닫히는 것 아닌가?\n  - ㄴㄴ.\n"
    )
    assert _decision(section, "익명 파이프").kinds  # a name that answers what is asked
    why = _section("## NAT\n\n- 왜 NAT를 사용하는가?\n  - IPv4 주소 고갈\n")
    assert _decision(why, "IPv4 주소 고갈").kinds  # a reason in words answers why
    assert not _decision(section, "cmd1 | cmd2").kinds
    assert not _decision(section, "ㄴㄴ").kinds


def test_a_side_named_two_ways_is_hidden_by_either_name() -> None:
    """``CEIL/CEILING`` beside ``(ORACLE: CEIL, SQL Server: CEILING)``: each name the writer gives
    the side is its answer, so neither stands in view on its card."""
    from builder.emit.cards import note_specs
    from builder.model import Notes

    section = _section(
        "## 숫자 함수\n\n| 함수 | 설명 |\n|---|---|\n"
        "| CEIL/CEILING | 소수점 올림 (ORACLE: CEIL, SQL Server: CEILING) |\n"
        "| FLOOR | 소수점 내림 |\n| ROUND | 지정 자리에서 반올림 |\n"
    )
    (text,) = [s.fields[0] for s in note_specs(Notes((section,))) if s.kind == "comparison"]
    shown = re.sub(r"\{\{c\d+::.*?\}\}", "", text)
    assert "CEIL" not in shown, text
    assert "FLOOR" in text and "ROUND" in text
    # a heading that writes two names still names one subject, and each line defines its own
    two = _section(
        "# 확장\n\n## Scale-Up/Scale-Out\n\n- Scale-Up은 서버 한 대의 사양을 높이는 방식이다\n"
        "- Scale-Out은 서버 대수를 늘리는 방식이다\n"
    )
    assert _decision(two, "Scale-Out은").kinds


def test_half_a_name_a_determiner_opens_is_never_hidden() -> None:
    """``주 공정법(CPM): …``: the analyser reads ``주`` as a determiner; hiding ``공정법(CPM)`` leaves
    ``주 [...]``, a word cut in half."""
    section = _section("## 일정 관리\n\n- 주 공정법(CPM): 작업 순서가 얽힌 프로젝트의 일정을 계산하는 기법\n")
    assert not any(t.text.startswith("공정법") for t in _fact(section, "주 공정법").terms)


def test_a_blog_exports_preformatted_output_and_post_date_make_no_card() -> None:
    """A post exported as HTML (velog): what ``<pre>`` holds is a command and what it printed,
    kept as code, and the ``📅 Published:`` stamp says when the page was written."""
    section = _section((FIXTURE_STYLES / "velog-export-cache.md").read_text(encoding="utf-8"))
    facts = [f for t in section.topics for f in t.facts]
    printed = [f for f in facts if "Running" in f.text or "curr_items" in f.text]
    assert printed and all(f.kind == "code" and not f.decision.kinds for f in printed if f.decision)
    assert all(f.kind == "code" for f in printed)
    assert _decision(section, "📅 Published").rule == "source_tag"
    assert "limit" in _decision(section, "아이템 하나의 최대 크기").kinds  # the notes around them still ask
    # a screenshot named by the time it was pasted, which cannot be shown, leaves no such stamp in its place
    from builder.emit.cards import note_specs
    from builder.emit.pictures import note_images, with_images
    from builder.model import Notes

    stamped = _section("## INSERT\n\n- 전체 컬럼을 쓸 때 컬럼 목록을 생략한다.\n\n![2026-03-03 10;15;02](a.PNG)\n")
    (spec,) = [s for s in note_specs(Notes((stamped,))) if note_images(s)]
    assert "10;15;02" not in " ".join(with_images(spec.fields, note_images(spec), {}))


def test_headings_written_without_a_space_are_headings() -> None:
    """``####Row Lock vs. Table Lock``: CommonMark reads text, the writer's editor a heading."""
    section = _section((FIXTURE_STYLES / "unspaced-headings-db.md").read_text(encoding="utf-8"))
    titles = [t.title for t in section.topics]
    assert "Row Lock vs. Table Lock" in titles and "ONBUILD" in titles, titles
    assert not any(f.text.startswith("##") for t in section.topics for f in t.facts)
    assert section.title == "notes"  # a single ``#`` may open a tag: the line is left as text
    tags = _section("# 태그\n\n#docker #k8s\n\n##2장 이미지\n\n- 이미지는 읽기 전용 레이어의 묶음이다\n")
    assert [t.title for t in tags.topics] == ["2장 이미지"]  # the tags open no heading


def test_a_versus_sides_own_bullets_may_carry_a_gloss() -> None:
    """``- Row Lock (행 잠금)`` over its points: the side's own bullet, its gloss another name, and
    the points under it are that side's (they had been lost, and the bullet shown as a point)."""
    section = _section(
        "## Row Lock vs. Table Lock\n\n- Row Lock (행 잠금)\n  - 변경하는 행에만 건다\n"
        "  - 다른 행을 바꾸는 트랜잭션은 기다리지 않음\n- Table Lock (테이블 잠금)\n  - 테이블 전체에 건다\n"
    )
    (versus,) = section.topics[0].comparisons
    points = {side.subject: side.points for side in versus.sides}
    assert points["Row Lock"][-2:] == ("변경하는 행에만 건다", "다른 행을 바꾸는 트랜잭션은 기다리지 않음")
    assert "테이블 전체에 건다" in points["Table Lock"]
    assert "Row Lock (행 잠금)" not in points["Row Lock"]  # the bullet is the side's, not a point of it
    # a side's note in brackets stays a point, with or without lines under it
    compact = _section("## TCP vs UDP\n\n- TCP (연결 지향)\n- UDP (비연결형)\n")
    (short,) = compact.topics[0].comparisons
    assert all(side.points for side in short.sides)
    noted = _section(
        "## 낙관적 락 vs 비관적 락\n\n- 낙관적 락 (버전 컬럼 사용)\n  - 충돌이 드물 때\n"
        "- 비관적 락\n  - 충돌이 잦을 때\n"
    )
    assert noted.topics[0].comparisons[0].sides[0].points == ("버전 컬럼 사용", "충돌이 드물 때")
    # a bracket that says something of the side is a point of its own
    noted = _section("## 람다 vs 컨테이너\n\n- 람다 (최대 15분 실행)\n  - 이벤트로 실행\n- 컨테이너\n  - 계속 실행\n")
    (compared,) = noted.topics[0].comparisons
    assert any("15분" in p for p in compared.sides[0].points)


def test_a_definition_that_points_at_its_list_or_says_what_it_is_not_is_no_definition() -> None:
    section = _section(
        "# 서버\n\n## 설치\n\n- Nginx는 다음의 기능을 수행하는 웹 서버이다.\n  - 정적 파일 제공\n"
        "  - 리버스 프록시\n\n## ONBUILD\n\n- ONBUILD는 자식 이미지를 빌드할 때 실행되는 명령이다.\n"
        "- 필수 명령은 아니지만, 베이스 이미지를 나눠 쓸 때 유용한 명령이다.\n"
    )
    # ``다음의 기능을 수행하는 웹 서버``: what it does is in the list under it, which the card would not show
    assert _decision(section, "Nginx는").rule == "leaning"
    assert section.topics[0].definition is None
    onbuild = next(t for t in section.topics if t.title == "ONBUILD")
    negated = _fact(section, "필수 명령은 아니지만")
    assert "what" not in (negated.decision.kinds if negated.decision else ())
    assert onbuild.definition is not None and onbuild.facts[onbuild.definition].text.startswith("ONBUILD는")


def test_names_and_places_a_walkthrough_made_up_are_never_hidden() -> None:
    section = _section((FIXTURE_STYLES / "unspaced-headings-db.md").read_text(encoding="utf-8"))
    for line in ("부모 이미지를", "빌드 결과는"):
        assert not _fact(section, line).terms, line
    assert [t.text for t in _fact(section, "설정 파일은").terms] == ["/etc/docker/daemon.json"]
    assert [names_a_sample(n) for n in ("/tmp/work/a.log", "db1.example.com", "MyPrivateServer")] == [True] * 3
    assert [names_a_sample(n) for n in ("/etc/hosts", "MySQL", "My own AMI")] == [False] * 3


def test_a_name_for_an_address_and_a_clause_cut_on_its_condition_make_no_card() -> None:
    section = _section(
        "## 클린 코드\n\n- 클린 코드에 관한 인사이트 리포트: (https://example.org/insights/clean-code)\n"
        "- 그러다 보니 인덱스에 없는 행이 삽입되면\n- 가독성이 높은 코드를 클린 코드라고 한다.\n"
    )
    assert _decision(section, "클린 코드에 관한").rule == "reference"
    assert _decision(section, "그러다 보니").rule == "unfinished"
    # a line that says where to look and what is there is a statement
    said = _section("## S3\n\n- 요금 페이지: https://aws.amazon.com/s3/pricing 에서 리전별 요금을 확인한다\n")
    assert _decision(said, "요금 페이지").rule != "reference"


def test_a_table_under_a_title_that_names_its_columns_compares_the_columns() -> None:
    """``## 푸시 모드 vs 풀 모드`` over ``| 구분 | 푸시 모드 | 풀 모드 |``: the sides are the columns the
    title names, whatever their last word (``모드`` names an aspect elsewhere) and however the row
    labels read (``API 예시``, ``SNS 연계`` look like names)."""
    section = _section(
        "## 푸시 모드 vs 풀 모드\n\n| 구분 | 푸시 모드 | 풀 모드 |\n|:--|:--|:--|\n"
        "| **전달 주체** | 서버가 보냄 | 클라이언트가 가져감 |\n| **API 예시** | Webhook | REST polling |\n"
        "| **SNS 연계** | 바로 연결 | 큐를 거쳐 연결 |\n"
    )
    (table,) = [c for c in section.topics[0].comparisons if c.origin == "table"]
    assert [side.subject for side in table.sides] == ["푸시 모드", "풀 모드"]
    assert table.sides[0].points[0] == "전달 주체: 서버가 보냄"


def test_a_side_whose_name_holds_a_gloss_is_hidden_where_prose_leaves_the_gloss_out() -> None:
    """``센터 기반(Center-based) 시험`` beside ``센터 기반 시험은 …``: prose writes the name without its
    gloss, which showed the answer beside its blank."""
    from builder.emit.cards import note_specs
    from builder.model import Notes

    section = _section(
        "## 응시 방식\n\n| 방식 | 설명 |\n|---|---|\n"
        "| 센터 기반(Center-based) 시험 | 센터 기반 시험은 지정된 시험장에서 감독관 아래 응시한다 |\n"
        "| 원격(Online) 시험 | 집에서 웹캠으로 감독을 받으며 응시한다 |\n"
    )
    texts = [s.fields[0] for s in note_specs(Notes((section,))) if s.kind == "comparison"]
    asked = next(t for t in texts if "{{c1::센터 기반" in t)
    assert "센터 기반 시험은" not in re.sub(r"\{\{c\d+::.*?\}\}", "", asked), asked


def test_the_reviews_edges_of_this_rounds_rules_keep_their_cards() -> None:
    """Real names, endpoints and inline lists that look like what the new rules catch."""
    section = _section(
        "## 자격 증명\n\n- AWS CLI 자격 증명은 `~/.aws/credentials` 파일에 저장된다.\n"
        "- Lambda 레이어의 라이브러리는 `/opt/python` 경로에 둔다.\n"
        "- `train_test_split` 함수로 학습용과 검증용 데이터를 나눈다.\n"
        "- CNAME 레코드는 example.com 같은 루트 도메인에는 만들 수 없다.\n"
        "- EC2 인스턴스 메타데이터 주소: http://169.254.169.254/latest/meta-data/\n"
        "- Lambda@Edge는 다음의 역할을 수행한다: 뷰어 요청과 오리진 응답을 엣지에서 가공한다.\n"
        "- 작성일: 2024년 3월 1일\n"
    )
    for line in ("AWS CLI", "Lambda 레이어", "train_test_split", "CNAME 레코드"):
        assert _fact(section, line).terms, line
    assert "example.com" not in [t.text for t in _fact(section, "CNAME 레코드").terms]
    assert _decision(section, "EC2 인스턴스 메타데이터").rule != "reference"
    assert _decision(section, "Lambda@Edge").rule != "leaning"
    assert _decision(section, "작성일").rule == "source_tag"
    more = _section(
        "## 매크로\n\n- C 전처리기는 매크로를 펼친다.\n\n##은 토큰 결합 연산자로, 앞뒤 토큰을 붙인다.\n\n"
        "## 트리거\n\n- 실행 시점: AFTER 트리거는 문장 실행이 끝나면\n"
        "- Nginx는 아래의 기능을 지원하는 웹 서버로, Apache보다 동시 접속 처리에 강하다.\n"
        "- 작성일: 2024-03-01 에 처음 쓰고 고침\n"
    )
    assert [t.title for t in more.topics] == ["매크로", "트리거"]  # ``##은``: C's operator in a sentence
    assert _decision(more, "실행 시점").rule != "unfinished"
    assert _decision(more, "Nginx는").rule != "leaning"
    assert _decision(more, "작성일").rule != "source_tag"  # a date, and more than when
    polite = _section(
        "## ONBUILD\n\n- ONBUILD는 자식 이미지를 빌드할 때 실행되는 명령입니다.\n"
        "- 필수 명령은 아닙니다만, 베이스 이미지를 나눠 쓸 때 유용한 명령입니다.\n"
    )
    assert "what" not in (_fact(polite, "필수 명령은").decision.kinds or ())


def test_a_term_closing_on_an_acronym_its_context_spells_is_not_hidden() -> None:
    """``교차 리전 복제(CRR)`` under ``Cross Region Replication``: the heading spells the acronym."""
    section = _section(
        "## Cross Region Replication\n\n- **교차 리전 복제(CRR)**: 다른 리전의 버킷에 객체를 비동기로 복제하는 기능\n"
    )
    assert all("CRR" not in t.text for t in _fact(section, "교차 리전 복제").terms)


def test_a_keyed_questions_numbered_lines_are_its_options_whatever_it_asks() -> None:
    """``정답: 2`` under a question picks one of the numbered lines: names on offer (``… 도입된
    기술은?``) or statements, some of them false on purpose (``… 맞은 것은?``)."""
    section = _section(
        "### 1036. 중간자 공격을 막으려 앱에 도입된 기술은?\n1. App Signing\n2. SSL pinning\n3. IDS\n4. IPS\n\n"
        "**정답**: 2\n\n### 994. FTP 수동 모드에 대한 설명으로 맞은 것은?\n"
        "1. 클라이언트가 서버의 명령 포트로 접속한다.\n2. 대부분의 웹 브라우저는 수동 모드만 지원한다.\n"
        "3. 수동 모드 사용 여부는 서버가 결정한다.\n\n**정답**: 2\n"
    )
    for line in ("SSL pinning", "IDS", "클라이언트가 서버의", "수동 모드 사용 여부"):
        assert _decision(section, line).rule == "choices", line
    assert not any(t.lists for t in section.topics)
    # without a key, a study question's list of names answers it
    study = _section("### 전송 계층의 대표 프로토콜은?\n1. TCP 연결형\n2. UDP 비연결형\n3. SCTP 다중 스트림\n")
    assert study.topics[0].lists


def test_a_pre_box_without_code_holds_the_learners_notes() -> None:
    """``<pre>`` alone is a box some learners write notes in; only ``<pre><code>`` is a post's code."""
    section = _section(
        "## 클라이언트 측 암호화\n\n<pre>\n- 민감한 속성은 DynamoDB에 쓰기 전에 KMS 키로 암호화한다\n</pre>\n"
    )
    assert _decision(section, "민감한 속성은").kinds


def test_a_value_its_card_would_show_elsewhere_makes_no_limit_card() -> None:
    """``ack#100`` over ``… 100번 시퀀스를 기다린다``: hidden, the value stays in view above it."""
    section = _section(
        "## ACK 번호\n\n### ack#100\n\n- 99번까지 잘 받았고 100번 시퀀스를 기다린다.\n\n"
        "## 16진수\n\n- 0부터 9, A부터 F까지 총 16개의 숫자로 수를 표현한다.\n\n"
        "## S3\n\n- 객체 하나는 최대 3개 AZ에 저장된다.\n"
    )
    for line in ("99번까지", "0부터 9"):
        assert "limit" not in _decision(section, line).kinds, line
    assert "limit" in _decision(section, "객체 하나는").kinds  # ``S3``'s 3 is a name's
