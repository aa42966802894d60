"""Parser: fixture notes in many markdown dialects → reviewed model snapshots, and the seed.

Snapshots live beside each fixture as ``<name>.expected.json``.  After a deliberate change,
regenerate with ``UPDATE_SNAPSHOTS=1 ./run test tests/test_parse.py`` and review the diff
like code.  A missing snapshot fails (with that command) instead of being written: a test
that writes its own expectation would pass whatever the parser does.
"""

from __future__ import annotations

import dataclasses
import json
import os
import re
from pathlib import Path

import pytest

from builder.errors import Problems
from builder.model import Span
from builder.parse import parse_notes, parse_text
from builder.read import read_source
from tests.conftest import FIXTURES, SEED_DIR

PARSE_FIXTURES = sorted((FIXTURES / "parse").glob("*.md"))
LIST_LINE = re.compile(r"^\s*(?:[-*+]|\d+[.)])\s+(?:(?:[-*+]|\d+[.)])\s+)*\S")


def _snapshot(path: Path) -> dict[str, object]:
    problems = Problems()
    source = read_source(path, path.parent, problems)
    assert source is not None
    section = parse_text(source.text, source.path, problems)
    return {
        "section": json.loads(json.dumps(dataclasses.asdict(section), default=sorted, ensure_ascii=False)),
        "problems": [str(p).replace(f"{path.parent}/", "") for p in problems.items],
    }


@pytest.mark.parametrize("path", PARSE_FIXTURES, ids=lambda p: p.stem)
def test_fixture_matches_reviewed_snapshot(path: Path) -> None:
    _check_snapshot(_snapshot(path), path.with_suffix(".expected.json"))


def _check_snapshot(actual: dict[str, object], expected_path: Path) -> None:
    if os.environ.get("UPDATE_SNAPSHOTS"):
        expected_path.write_text(json.dumps(actual, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    if not expected_path.exists():
        pytest.fail(
            f"no reviewed snapshot {expected_path}: write it with "
            "`UPDATE_SNAPSHOTS=1 ./run test tests/test_parse.py`, review it and commit it"
        )
    assert actual == json.loads(expected_path.read_text(encoding="utf-8"))


def test_missing_snapshot_fails_with_the_command_that_writes_it(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.delenv("UPDATE_SNAPSHOTS", raising=False)
    with pytest.raises(pytest.fail.Exception, match=r"UPDATE_SNAPSHOTS=1 \./run test tests/test_parse\.py"):
        _check_snapshot({"section": {}}, tmp_path / "new.expected.json")
    assert not (tmp_path / "new.expected.json").exists()


@pytest.fixture(scope="module")
def seed():
    problems = Problems()
    notes = parse_notes(SEED_DIR, problems)
    return notes, problems


def test_every_list_line_of_the_seed_is_exactly_one_fact(seed) -> None:
    notes, _ = seed
    for section in notes.sections:
        lines = (SEED_DIR / section.path).read_text(encoding="utf-8").splitlines()
        list_lines = {n for n, line in enumerate(lines, 1) if LIST_LINE.match(line)}
        fact_lines = [f.source.line for t in section.topics for f in t.facts if f.kind in ("bullet", "numbered")]
        assert sorted(fact_lines) == sorted(list_lines)


def test_seed_has_no_raw_markdown_in_facts(seed) -> None:
    notes, _ = seed
    for _, _, fact in notes.facts():
        assert "**" not in fact.text and "](" not in fact.text
        assert not any("`" in s.text for s in fact.spans), fact.text


def test_seed_quantities_include_every_limit_the_notes_state(seed) -> None:
    notes, _ = seed
    found = {q.text for _, _, f in notes.facts() for q in f.quantities}
    # Every "number + unit" string in the source must be a quantity of some fact.
    text = (SEED_DIR / "aws-saa-notes.md").read_text(encoding="utf-8")
    stated = set(re.findall(r"\d+(?:,\d{3})*(?:\.\d+)?\s?(?:MB|GB|KB|분|시간|개|년)(?![가-힣A-Za-z])", text))
    assert stated <= {part.strip() for q in found for part in re.split(r"\s*~\s*", q)} | found


def test_seed_model_is_consistent(seed) -> None:
    notes, problems = seed
    assert not problems.errors
    for _, topic in notes.topics():
        assert topic.subject and topic.facts
        for index, fact in enumerate(topic.facts):
            assert fact.parent is None or fact.parent < index
            for q in fact.quantities:
                assert fact.text[q.start : q.end] == q.text
        for comparison in topic.comparisons:
            assert len(comparison.sides) >= 2
            assert len({s.subject for s in comparison.sides}) == len(comparison.sides)
        for item in topic.items:
            assert topic.facts[item.head].kind == "numbered"
            assert all(topic.facts[c].depth > topic.facts[item.head].depth for c in item.children)


def test_bullets_at_column_zero_belong_to_the_numbered_title_above() -> None:
    text = "## 캐시\n1. Redis\n- 인메모리 저장소\n- 복제 지원\n\n2. Memcached\n- 멀티스레드\n"
    topic = parse_text(text, "x.md", Problems()).topics[0]
    heads = {topic.facts[i.head].text: [topic.facts[c].text for c in i.children] for i in topic.items}
    assert heads == {"Redis": ["인메모리 저장소", "복제 지원"], "Memcached": ["멀티스레드"]}


def test_bullets_after_a_self_contained_entry_stay_at_topic_level() -> None:
    text = "## 배포\n1. 블루/그린 : 두 환경을 전환\n2. 카나리 : 일부 트래픽만 전환\n- 사용 사례: 무중단 배포\n"
    topic = parse_text(text, "x.md", Problems()).topics[0]
    last = topic.facts[-1]
    assert last.parent is None and last.depth == 0
    assert [t.kind for t in topic.tips] == ["use_case"]
    (comparison,) = topic.comparisons
    assert [s.subject for s in comparison.sides] == ["블루/그린", "카나리"]


def test_numbering_resumed_after_bullets_is_one_enumeration() -> None:
    text = (
        "## 격리 수준\n1. 읽기 커밋 수준\n- 더티 읽기 방지\n2. 반복 읽기 수준\n- 팬텀 읽기 가능\n"
        "3. 직렬화 수준\n- 가장 엄격\n"
    )
    topic = parse_text(text, "x.md", Problems()).topics[0]
    (comparison,) = topic.comparisons
    assert [s.subject for s in comparison.sides] == ["읽기 커밋 수준", "반복 읽기 수준", "직렬화 수준"]
    assert comparison.sides[1].points == ("팬텀 읽기 가능",)


def test_parallel_sentence_is_a_comparison() -> None:
    text = "## 정렬\n- 퀵 정렬은 평균 O(n log n)이고, 버블 정렬은 O(n^2)이다.\n"
    topic = parse_text(text, "x.md", Problems()).topics[0]
    (comparison,) = topic.comparisons
    assert comparison.origin == "parallel"
    assert [s.subject for s in comparison.sides] == ["퀵 정렬", "버블 정렬"]


def test_heading_levels_nest_even_when_skipped() -> None:
    text = "# 책\n#### 깊은 절\n- 사실\n## 장\n- 다른 사실\n"
    topics = parse_text(text, "x.md", Problems()).topics
    assert [(t.title, t.ancestors) for t in topics] == [("깊은 절", ("책",)), ("장", ("책",))]


def test_arrow_inside_a_term_is_not_a_conclusion() -> None:
    text = "## 복제\n- 중합효소는 5'→3' 방향으로 합성한다\n1. 종료\n=> 복제가 끝난다\n"
    topic = parse_text(text, "x.md", Problems()).topics[0]
    assert [(t.kind, t.text) for t in topic.tips] == [("conclusion", "복제가 끝난다")]


def test_an_arrow_inside_an_aside_or_before_a_label_is_not_a_conclusion() -> None:
    """``(일시 정지 → 재개 가능)`` explains a word of its line, and ``→ 배운 점:`` opens the lines under
    it; neither is the line's conclusion (a ⇒ box on the cheat sheet)."""
    text = (
        "## 신호\n- SIGSTOP (일시 정지 → 재개 가능)\n- 실습 정리 → 배운 점:\n    - 시그널 번호\n"
        "- 큐가 차면 → 생산자가 기다린다\n"
    )
    topic = parse_text(text, "x.md", Problems()).topics[0]
    assert [(t.kind, t.text) for t in topic.tips] == [("conclusion", "생산자가 기다린다")]


def test_bold_marks_markdown_left_as_text_are_debris_but_a_power_stays() -> None:
    """A bold mark with no partner (``Gateway Endpoint**:``) and a pair an export escaped
    (``\\*\\*읽기 전용\\*\\*으로``) are left in the text by markdown-it; the line shows neither, and
    ``2**10`` keeps its operator."""
    text = (
        "## 엔드포인트\n- Gateway Endpoint**: 라우팅 테이블에 경로를 추가한다\n"
        "- 복제본은 \\*\\*읽기 전용\\*\\*으로 연다\n- 블록 수는 2**10개다\n"
    )
    facts = parse_text(text, "x.md", Problems()).topics[0].facts
    assert [f.text for f in facts] == [
        "Gateway Endpoint: 라우팅 테이블에 경로를 추가한다",
        "복제본은 읽기 전용으로 연다",
        "블록 수는 2**10개다",
    ]


def test_numbered_titles_ending_in_a_colon_compare_their_names_without_it() -> None:
    text = (
        "## 엔드포인트 유형\n1. Gateway Endpoint:\n    - 라우팅 테이블에 경로를 추가한다\n"
        "2. Interface Endpoint:\n    - 서브넷에 네트워크 인터페이스를 만든다\n"
    )
    (comparison,) = parse_text(text, "x.md", Problems()).topics[0].comparisons
    assert [side.subject for side in comparison.sides] == ["Gateway Endpoint", "Interface Endpoint"]


def test_a_title_that_only_names_an_aspect_belongs_to_the_heading_above() -> None:
    text = "# 생물\n## 세포\n### 특징\n- 생명의 기본 단위\n"
    (topic,) = parse_text(text, "x.md", Problems()).topics
    assert (topic.subject, topic.aspect) == ("세포", "특징")


def test_emoji_are_not_part_of_a_heading() -> None:
    text = "## 🔬 미토콘드리아 vs 엽록체 ✅\n- 미토콘드리아는 호흡, 엽록체는 광합성\n"
    (topic,) = parse_text(text, "x.md", Problems()).topics
    assert topic.title == "미토콘드리아 vs 엽록체"
    assert [s.subject for s in topic.comparisons[0].sides] == ["미토콘드리아", "엽록체"]


def test_an_outline_number_is_not_part_of_a_heading() -> None:
    text = "## 2-1. 캐시 클러스터\n- 노드를 늘려 읽기를 분산\n## Ⅲ. 보안\n- 저장 시 암호화\n## 3D 렌더링\n- 정점 처리\n"
    titles = [t.title for t in parse_text(text, "x.md", Problems()).topics]
    assert titles == ["캐시 클러스터", "보안", "3D 렌더링"]


def test_identifier_names_enumerate_alternatives_but_attribute_values_do_not_compare() -> None:
    text = "## 스케줄링\n- FCFS : 먼저 온 순서\n- SJF : 짧은 작업 먼저\n- 메모리는 최대 10GB, 실행 시간은 15분이다\n"
    (topic,) = parse_text(text, "x.md", Problems()).topics
    assert [(c.origin, [s.subject for s in c.sides]) for c in topic.comparisons] == [("enumeration", ["FCFS", "SJF"])]


def test_a_heading_inside_a_list_item_leaves_no_dangling_parent() -> None:
    # "    서비스" then "  - " is a setext heading inside the item: the next bullets start a new topic.
    for text in ("서비스\n* 서비스\n\n    서비스\n  - \n  - 서비스", "* 서비스\n\n    서비스\n  - \n  - 서비스"):
        section = parse_text(text, "x.md", Problems())
        for topic in section.topics:
            for index, fact in enumerate(topic.facts):
                assert fact.parent is None or 0 <= fact.parent < index, (text, topic.title, fact)


def test_bold_next_to_hangul_is_bold_as_the_writer_meant() -> None:
    text = (
        "## 캐시\n- **데이터 유지 시간(TTL)**이 지나면 지운다\n"
        "- **선언적인 방식**으로 적는다\n- 2 * 3 = 6 이고 a*b 는 곱\n"
    )
    facts = parse_text(text, "x.md", Problems()).topics[0].facts
    assert [(s.text, "strong" in s.marks) for s in facts[0].spans] == [
        ("데이터 유지 시간(TTL)", True),
        ("이 지나면 지운다", False),
    ]
    assert facts[1].spans[0] == Span("선언적인 방식", frozenset({"strong"}))
    assert facts[2].text == "2 * 3 = 6 이고 a*b 는 곱" and all(not s.marks for s in facts[2].spans)


def test_underscore_bold_next_to_hangul_is_bold_and_snake_case_stays() -> None:
    text = (
        "## 세션\n- 세션은 __서버 측__에서 관리\n- 변수 my__private__name 은 그대로\n"
        "- 로그는 서버_접속_로그.txt 와 백업_2024_전체.tar 로 남긴다\n- 파이썬의 __init__은 생성자이다\n"
    )
    facts = parse_text(text, "x.md", Problems()).topics[0].facts
    assert [(s.text, "strong" in s.marks) for s in facts[0].spans] == [
        ("세션은 ", False),
        ("서버 측", True),
        ("에서 관리", False),
    ]
    assert facts[1].text == "변수 my__private__name 은 그대로"
    assert facts[2].text == "로그는 서버_접속_로그.txt 와 백업_2024_전체.tar 로 남긴다"
    assert facts[3].text == "파이썬의 __init__은 생성자이다"


def test_a_bold_label_typed_with_its_colon_and_a_space_inside_the_bold_is_bold() -> None:
    text = (
        "## 절차\n- **구성 파악: ** 업무를 나누어 적는다\n- **기능 파악: **기능을 계층으로 적는다\n"
        "- 곱셈 2 ** 3: ** 기호\n- _: _하나가 한 글자\n"
    )
    facts = parse_text(text, "x.md", Problems()).topics[0].facts
    assert [(s.text.strip(), "strong" in s.marks) for s in facts[0].spans] == [
        ("구성 파악:", True),
        ("업무를 나누어 적는다", False),
    ]
    assert facts[1].spans[0].text.strip() == "기능 파악:" and "strong" in facts[1].spans[0].marks
    assert "**" not in facts[0].text + facts[1].text
    assert facts[2].text == "곱셈 2 ** 3: ** 기호" and facts[3].text == "_: _하나가 한 글자"
    first_run = parse_text("## 절차\n\n**가* 나:x\n", "x.md", Problems()).topics[0].facts
    assert "*" in first_run[0].text  # a run at the line's start never reads the line's end as a label


def test_a_cell_line_in_brackets_glosses_the_line_before_it() -> None:
    text = (
        "## 실천 방법\n\n| 방법 | 내용 |\n| --- | --- |\n"
        "| Pair Work  <br>(짝 작업) | 둘이 한 화면에서 함께 작성한다<br>책임을 나눈다 |\n"
        "| Small Release<br>(작은 배포) | 배포 주기를 짧게 한다 |\n"
    )
    (comparison,) = parse_text(text, "x.md", Problems()).topics[0].comparisons
    assert [s.subject for s in comparison.sides] == ["Pair Work (짝 작업)", "Small Release (작은 배포)"]
    assert comparison.sides[0].points == ("둘이 한 화면에서 함께 작성한다; 책임을 나눈다",)
    steps = (
        "## 절차\n\n| 단계 | 내용 |\n| --- | --- |\n"
        "| 연결 | (1) 먼저 요청한다<br>(2) 응답을 받는다 |\n| 종료 | 끊는다 |\n"
    )
    (stepped,) = parse_text(steps, "x.md", Problems()).topics[0].comparisons
    assert stepped.sides[0].points == ("(1) 먼저 요청한다; (2) 응답을 받는다",)


def test_a_definition_mark_and_an_obsidian_highlight_leave_no_debris() -> None:
    text = (
        "## 용어\n> - **자산(Assets)**  \n: 조직이 가치를 두는 대상\n\n"
        "- ==Aurora==는 복제본을 여럿 둔다\n- a == b 는 같음을 묻는다\n- 시각 10:30 : 점검\n"
    )
    facts = parse_text(text, "x.md", Problems()).topics[0].facts
    assert [f.text for f in facts] == [
        "자산(Assets)",
        "조직이 가치를 두는 대상",
        "Aurora는 복제본을 여럿 둔다",
        "a == b 는 같음을 묻는다",
        "시각 10:30 : 점검",
    ]
    assert facts[1].parent == 0


def test_two_bold_words_typed_together_and_a_hash_inside_a_heading_leave_no_debris() -> None:
    text = "# **# 생성 패턴**\n\n- **싱글톤****(Singleton)** 은 인스턴스를 하나만 둔다\n- 2****3 은 그대로\n"
    (topic,) = parse_text(text, "x.md", Problems()).topics
    assert topic.title == "생성 패턴"
    first, second = topic.facts
    assert first.spans[0] == Span("싱글톤(Singleton)", frozenset({"strong"}))
    assert second.text == "2****3 은 그대로"


def test_a_numbered_bold_line_heads_its_lines_by_its_name_without_the_number() -> None:
    text = (
        "# 분포\n\n**(2) 포아송분포**\n\n- 단위 시간 안에 사건이 일어나는 횟수의 분포이다.\n\n"
        "**3. 지수분포**\n\n- 사건 사이의 대기 시간의 분포이다.\n"
    )
    topics = parse_text(text, "x.md", Problems()).topics
    assert [t.subject for t in topics if t.facts] == ["포아송분포", "지수분포"]


def test_a_bold_name_with_its_description_on_the_next_lines_heads_them() -> None:
    """``**정확히 한 번 전달**``, a line break (two spaces or none), then the lines about it: they are
    about the name, to the end of its paragraph; a bold label (``**예시**``) or an aspect of the
    heading's subject (``**주요 특징**``) heads nothing."""
    text = (
        "# 전달 보장\n\n**정확히 한 번 전달**  \n메시지가 중복 없이 한 번만 처리되는 보장  \n"
        "트랜잭션 API로 프로듀서와 컨슈머를 묶는다.\n\n브로커는 파티션마다 로그를 남긴다.\n\n"
        "**최소 한 번 전달**\n메시지를 잃지 않지만 중복될 수 있다.\n\n**예시**  \n주문 이벤트는 한 번만 보낸다.\n\n"
        "**주요 특징**\n재전송은 프로듀서가 맡는다.\n"
    )
    facts = {f.text: f for t in parse_text(text, "x.md", Problems()).topics for f in t.facts}
    assert facts["메시지가 중복 없이 한 번만 처리되는 보장"].context == ("정확히 한 번 전달",)
    assert facts["트랜잭션 API로 프로듀서와 컨슈머를 묶는다."].context == ("정확히 한 번 전달",)
    assert facts["브로커는 파티션마다 로그를 남긴다."].context == ()  # a paragraph of its own
    assert facts["메시지를 잃지 않지만 중복될 수 있다."].context == ("최소 한 번 전달",)
    assert facts["주문 이벤트는 한 번만 보낸다."].context == ()
    assert facts["재전송은 프로듀서가 맡는다."].context == ()


def test_a_formula_is_read_as_one_in_unicode_and_a_price_stays_text() -> None:
    text = (
        "# 확률\n\n- 조건부 확률은 $P(A|B)=P(A\\cap B)/P(B)$ 로 구한다.\n"
        "- 표본이 $n \\ge 30$ 이면 중심극한정리가 성립한다.\n- 요금은 $36/월, 전용 회선은 $1,000/월\n"
        "- Anki 표기 [$]k[/$] 는 그대로\n- export PATH=$PATH:$HOME/bin 과 C$, ADMIN$ 공유도 그대로\n\n"
        "$$\nE(X) = \\sum x p(x)\n$$\n"
    )
    facts = parse_text(text, "x.md", Problems()).topics[0].facts
    ratio, large, price, anki, shell, block = facts
    assert shell.text == "export PATH=$PATH:$HOME/bin 과 C$, ADMIN$ 공유도 그대로"
    assert ratio.text == "조건부 확률은 P(A|B)=P(A∩B)/P(B) 로 구한다."
    assert Span("P(A|B)=P(A∩B)/P(B)", frozenset({"math"})) in ratio.spans
    assert not any("P(" in t.text for t in ratio.terms), "a blank never cuts a formula"
    assert "≥" in large.text and large.quantities == (), "a formula's numbers are no values of the notes"
    assert [q.text for q in price.quantities] == ["$36", "$1,000"]
    assert anki.text == "Anki 표기 [$]k[/$] 는 그대로"
    assert (block.kind, block.text) == ("code", "E(X) = ∑x p(x)")


def test_a_fraction_of_several_terms_keeps_its_brackets_on_one_line() -> None:
    text = (
        "# 평가\n\n- 재현율은 $Recall=\\frac{TP}{TP+FN}$ 이다\n- 평균은 $\\frac{a+b}{2}$ 이다\n"
        "- 각진동수는 $\\frac{1}{2\\pi}$ 배이다\n"
    )
    recall, mean, angular = parse_text(text, "x.md", Problems()).topics[0].facts
    # ``TP/TP+FN`` would read as TP/TP, plus FN
    assert recall.text == "재현율은 Recall=TP/(TP+FN) 이다"
    assert mean.text == "평균은 (a+b)/2 이다"
    assert angular.text == "각진동수는 1/(2π) 배이다"  # not 1/2π


def test_emoji_shortcodes_and_importance_stars_in_a_heading_are_decoration() -> None:
    text = (
        "# 연계 구현(:star::star:)\n\n- EAI는 기업 내 애플리케이션을 연계하는 솔루션이다\n\n"
        "## :rocket: 배포\n\n- 배포는 빌드 결과를 서버에 올리는 일이다\n\n"
        "## 권한 rwx:rwx:rwx\n\n- 소유자 권한은 읽기 쓰기 실행이다\n\n"
        "## 교착 상태에 대해 설명해주세요 \\*\\*\\*\\*\\*\n\n- 서로 가진 자원을 기다리며 멈춘 상태이다\n"
    )
    titles = [t.title for t in parse_text(text, "x.md", Problems()).topics]
    assert titles == ["연계 구현", "배포", "권한 rwx:rwx:rwx", "교착 상태에 대해 설명해주세요"]


def test_a_line_break_inside_a_cells_brackets_breaks_no_item() -> None:
    text = (
        "## 프로토콜\n\n| 이름 | 설명 |\n|---|---|\n"
        "|<b>FTP</b><br>(File<br>Transfer Protocol)|- 파일을 주고받는 규칙<br>- 능동, 수동 모드|\n"
        "|흐름<br>(1) 연결<br>(2) 전송|단계|\n"
    )
    rows = [f.text for f in parse_text(text, "x.md", Problems()).topics[0].facts]
    assert rows[0] == "FTP (File Transfer Protocol): 파일을 주고받는 규칙; 능동, 수동 모드"
    assert rows[1] == "흐름; (1) 연결; (2) 전송: 단계", "numbered steps are still items"


def test_the_cells_of_a_pasted_html_table_stay_apart() -> None:
    text = (
        "## 비교\n\n<table><tbody><tr><td><b>필요</b></td><td>직접 운영</td><td>클라우드</td></tr>"
        "<tr><td>파일 공유</td><td>관리 서버가 필요</td><td>추가 비용 없이 사용</td></tr></tbody></table>\n"
    )
    facts = parse_text(text, "x.md", Problems()).topics[0].facts
    assert "파일 공유 | 관리 서버가 필요 | 추가 비용 없이 사용" in [f.text for f in facts]
    assert not any("공유관리" in f.text or "필요추가" in f.text for f in facts)
    # A cell per source line, and a bullet typed in a cell: still one row, no debris.
    laid_out = (
        "## 모델\n\n<table>\n  <tr>\n    <td>모델 B</td>\n    <td>- 상위 무결성을 지키는 모델</td>\n  </tr>\n</table>\n"
    )
    rows = [f.text for f in parse_text(laid_out, "x.md", Problems()).topics[0].facts]
    assert rows == ["모델 B | 상위 무결성을 지키는 모델"]


def test_lines_after_a_paragraph_that_opens_with_a_bold_subject_are_about_it() -> None:
    # The rest of the paragraph and the list after it go on about the bold name, which names them
    # in their cards' context; the next bold subject leads lines of its own, and a paragraph
    # without one leads nothing.
    text = (
        "# 관리 도구\n\n## 감사\n\n**(1)** **감사 추적** 은 계정의 모든 호출을 기록하는 기능입니다.\n"
        "기본으로 켜져 있으며 기록은 저장소에 보관됩니다.\n\n- 기록 파일은 암호화할 수 있다\n"
        "  - 키는 고객이 관리할 수도 있다\n- 이상 활동 탐지를 켤 수 있다\n\n"
        "**(2)** **구성 기록기** 는 자원 설정의 변화를 남기는 기능입니다.\n\n"
        "설정은 지역마다 따로 한다.\n\n- 규칙으로 준수 여부를 평가한다\n"
    )
    (topic,) = parse_text(text, "x.md", Problems()).topics
    contexts = {f.text[:8]: f.context for f in topic.facts}
    assert contexts == {
        "(1) 감사 추": (),
        "기본으로 켜져 ": ("감사 추적",),
        "기록 파일은 암": ("감사 추적",),
        "키는 고객이 관": ("감사 추적", "기록 파일은 암호화할 수 있다"),
        "이상 활동 탐지": ("감사 추적",),
        "(2) 구성 기": (),
        "설정은 지역마다": (),
        "규칙으로 준수 ": (),
    }


def test_a_heading_right_under_a_line_break_tag_is_a_heading() -> None:
    # A blog post's ``<br>`` between sections opens an HTML block to CommonMark, which would hold
    # the heading and the bullets under it as markup up to the next blank line; so would two
    # spacing lines in a row.  A ``<br>`` inside a block of real HTML stays in it.
    text = (
        "# 관리형 서비스\n\n### 분석\n\n- 쿼리 서비스는 저장된 파일을 SQL로 읽는다\n\n"
        "<br>\n### 메시징\n- 대기열은 메시지를 쌓아 둔다\n\n"
        "<br>\n<hr>\n## 알림\n\n- 주제는 구독자에게 메시지를 보낸다\n\n"
        "<div>\n<br>\n</div>\n"
    )
    problems = Problems()
    topics = parse_text(text, "x.md", problems).topics
    assert [(t.title, [f.text for f in t.facts]) for t in topics] == [
        ("분석", ["쿼리 서비스는 저장된 파일을 SQL로 읽는다"]),
        ("메시징", ["대기열은 메시지를 쌓아 둔다"]),
        ("알림", ["주제는 구독자에게 메시지를 보낸다"]),
    ]
    assert [t.facts[0].source.line for t in topics] == [5, 9, 15]
    assert not problems.errors


@pytest.mark.parametrize(
    ("text", "expected", "fact_lines"),
    [
        pytest.param(
            "# 운영체제\n\n<details>\n<summary><h3>1. 프로세스와 스레드</h3></summary>\n"
            "<ul><li>프로세스는 실행 중인 프로그램이다</li></ul>\n</details>\n\n"
            "<h2>메모리</h2>\n<p>페이지는 고정 크기 블록이다</p>\n",
            [
                ("프로세스와 스레드", 3, ["프로세스는 실행 중인 프로그램이다"]),
                ("메모리", 2, ["페이지는 고정 크기 블록이다"]),
            ],
            [6, 9],
            id="folded-and-plain",
        ),
        pytest.param(
            # A blog's glossary: each line opens with ``<br>``, the headings too.
            "<h3>네트워크</h3>\n\n<br>NAT : 사설 주소를 공인 주소로 바꾸는 장치\n\n"
            "<br><h3>저장소</h3>\n\n<br>RAID-1 : 같은 데이터를 두 디스크에 미러링\n\n"
            "<br/> <H4 class='t'>파일 공유</H4>\n<br>NFS : 유닉스 계열의 파일 공유 프로토콜\n",
            [
                ("네트워크", 3, ["NAT : 사설 주소를 공인 주소로 바꾸는 장치"]),
                ("저장소", 3, ["RAID-1 : 같은 데이터를 두 디스크에 미러링"]),
                ("파일 공유", 4, ["NFS : 유닉스 계열의 파일 공유 프로토콜"]),
            ],
            [3, 7, 10],
            id="after-spacing-markup-on-its-line",
        ),
        pytest.param(
            "<h3>보안</h3>\n\n<br>MFA : 두 번째 인증 요소를 요구하는 설정\n\n<br>\n<br><h3>인증</h3><br>\n\n"
            "<br>SSO : 한 번의 로그인으로 여러 서비스를 쓰는 방식\n\n<br><h3>권한</h3>&nbsp;\n\n"
            "<br>IAM 정책 : 허용하고 거부할 동작을 적은 문서\n",
            [
                ("보안", 3, ["MFA : 두 번째 인증 요소를 요구하는 설정"]),
                ("인증", 3, ["SSO : 한 번의 로그인으로 여러 서비스를 쓰는 방식"]),
                ("권한", 3, ["IAM 정책 : 허용하고 거부할 동작을 적은 문서"]),
            ],
            [3, 8, 12],
            id="spacing-markup-on-the-line-above-or-after",
        ),
    ],
)
def test_html_headings_in_notes_written_as_html_are_headings(
    text: str, expected: list[tuple[str, int, list[str]]], fact_lines: list[int]
) -> None:
    problems = Problems()
    topics = parse_text(text, "x.md", problems).topics
    assert [(t.title, t.level, [f.text for f in t.facts]) for t in topics] == expected
    assert [t.facts[0].source.line for t in topics] == fact_lines
    assert not problems.errors


def test_a_published_vaults_placeholder_after_a_callout_title_is_no_text() -> None:
    text = (
        "## 세마포어\n\n> [!question] P 연산은 무엇을 하나?{title}\n> 값을 하나 줄이고 0 미만이면 대기한다\n\n"
        "> [!note]- 이진 세마포어 {title}\n> 값이 0과 1뿐이다\n\n"
        "템플릿 변수는 `{title}` 처럼 쓴다 {title}\n"
    )
    problems = Problems()
    (topic,) = parse_text(text, "x.md", problems).topics
    by_text = {f.text: f for f in topic.facts}
    assert "P 연산은 무엇을 하나?" in by_text and "이진 세마포어" in by_text, list(by_text)
    assert by_text["값을 하나 줄이고 0 미만이면 대기한다"].context == ("P 연산은 무엇을 하나?",)
    assert any(t.endswith("{title}") for t in by_text)  # not a callout's title: the writer's own text
    path = parse_text("## API\n\n> [!example] 단건 조회 GET /users/{id}\n> 사용자 하나를 읽는다\n", "y.md", problems)
    assert path.topics[0].facts[0].text == "단건 조회 GET /users/{id}"  # a path's own braces stay
    assert not problems.errors


def test_a_list_right_after_a_label_line_is_written_under_it() -> None:
    text = (
        "## 스토리지 등급\n**Cold Line**\n- 최소 보관 기간 90일\n\n"
        "보관 규칙:\n- 30일 후 이동\n\n그냥 문장이다.\n- 따로 선 항목\n"
    )
    facts = parse_text(text, "x.md", Problems()).topics[0].facts
    by_text = {f.text: f for f in facts}
    assert by_text["최소 보관 기간 90일"].context == ("Cold Line",)
    assert by_text["30일 후 이동"].context == ("보관 규칙",)
    assert by_text["따로 선 항목"].parent is None  # a statement is no label


def test_a_table_of_categories_of_one_subject_compares_nothing() -> None:
    text = (
        "## 관계형 DB 설계 요점\n| 항목 | 내용 |\n|---|---|\n| 보안 | 저장 데이터를 KMS 키로 암호화한다 |\n"
        "| 성능 | 읽기 전용 복제본으로 읽기를 나눈다 |\n| 비용 | 예약 인스턴스로 약정 할인을 받는다 |\n"
    )
    assert parse_text(text, "x.md", Problems()).topics[0].comparisons == ()


def test_a_line_written_again_in_the_same_place_makes_no_second_card() -> None:
    line = "- 문맥 교환 때 CPU 레지스터 값을 PCB에 저장한다\n"
    text = f"## 프로세스\n{line}\n## 프로세스\n{line}"
    first, second = (t.facts[0] for t in parse_text(text, "x.md", Problems()).topics)
    assert first.decision is not None and first.decision.kinds
    assert second.decision is not None and (second.decision.kinds, second.decision.rule) == ((), "repeat")
    assert second.decision.reason == "repeats line 2"


def test_obsidian_wiki_links_are_links_and_a_list_of_them_is_a_reference() -> None:
    text = (
        "# 함수\n\n- 레이어는 [[Function Layers|함수 레이어]]로 공통 코드를 나누는 기능이다\n"
        "- 자세한 내용은 [[Function Scaling|함수 확장]] 문서에 정리했다\n\n## 연결 문서\n"
        "- [[Function Permissions |함수와 권한]]\n- [[Function URLs]]\n"
    )
    facts = [f for t in parse_text(text, "x.md", Problems()).topics for f in t.facts]
    assert [f.text for f in facts] == [
        "레이어는 함수 레이어로 공통 코드를 나누는 기능이다",
        "자세한 내용은 함수 확장 문서에 정리했다",
        "함수와 권한",
        "Function URLs",
    ]
    assert [f.decision.rule for f in facts[1:]] == ["reference", "reference", "reference"]
    assert facts[0].decision.rule != "reference"


def test_a_vaults_table_of_contents_of_heading_links_makes_no_card() -> None:
    """``[[#Q1. 파드 생성|Q1. 파드 생성]]`` links a heading of the same note: its text, no brackets,
    and a list of them is the note's contents."""
    text = (
        "# 기록\n\n## 목차\n- [[#Q1. 파드 생성|Q1. 파드 생성]]\n- [[#Q2. 서비스 노출]]\n\n## Q1. 파드 생성\n\n- 내용\n"
    )
    facts = [f for t in parse_text(text, "x.md", Problems()).topics for f in t.facts]
    assert [f.text for f in facts[:2]] == ["Q1. 파드 생성", "Q2. 서비스 노출"]
    assert [f.decision.rule for f in facts[:2]] == ["reference", "reference"]


def test_footnote_markers_leave_no_debris_and_a_footnote_names_what_it_explains() -> None:
    text = "## 메소드\n\n- 멱등성(idempotence)[^idem]을 가진다\n\n[^idem]: 여러 번 호출해도 결과가 같은 성질\n"
    facts = [f.text for t in parse_text(text, "x.md", Problems()).topics for f in t.facts]
    assert facts == ["멱등성(idempotence)을 가진다", "idem: 여러 번 호출해도 결과가 같은 성질"]


def test_an_interview_question_heading_names_its_subject() -> None:
    text = "## DNS에 대해 설명해주세요\n\n- 도메인 이름을 IP 주소로 바꿔 주는 분산 시스템이다.\n"
    (topic,) = parse_text(text, "x.md", Problems()).topics
    assert topic.subject == "DNS"
    assert topic.definition == 0


def test_hugo_front_matter_and_site_generator_markup_are_not_notes() -> None:
    text = (
        '+++\nauthor = "someone"\ntitle = "네트워크 접근 제어"\ntags = ["AWS"]\n+++\n\n'
        "## 보안 그룹\n\n"
        '{{< figure src="/images/sg.png" title="sg" >}}\n\n'
        "- 인스턴스 단위의 상태 저장 방화벽이다\n\n"
        "[맨위로](#top)\n"
    )
    problems = Problems()
    section = parse_text(text, "x.md", problems)
    assert section.title == "네트워크 접근 제어" and not problems.errors
    facts = [f for t in section.topics for f in t.facts]
    assert [f.text for f in facts] == ["인스턴스 단위의 상태 저장 방화벽이다", "맨위로"]
    assert facts[1].decision.kinds == () and facts[1].decision.rule in ("toc", "reference")


def test_a_code_fence_of_korean_sentences_is_read_as_notes_and_code_stays_code() -> None:
    text = (
        "## 기출 복습\n\n```javascript\n"
        "1. 주문 서비스의 메시지를 순서대로 처리해야 한다\n"
        "  -> Pub/Sub 순서 키를 사용한다\n"
        "2. 배치 작업이 끝나면 리소스를 정리해야 한다\n"
        "  -> Cloud Scheduler로 정리 작업을 예약한다\n"
        "```\n\n## 설치\n\n```\n# 에이전트를 설치한다\napt install ops-agent\n"
        "# 에이전트를 다시 시작한다\nsystemctl restart ops-agent\n```\n"
    )
    problems = Problems()
    section = parse_text(text, "x.md", problems)
    review, install = section.topics
    assert [f.kind for f in review.facts][:2] == ["numbered", "paragraph"]
    assert review.facts[1].text == "-> Pub/Sub 순서 키를 사용한다" and review.facts[1].source.line == 5
    assert [f.kind for f in install.facts] == ["code"]
    assert any("read as notes" in w.message and w.line == 3 for w in problems.warnings)


def test_a_line_under_a_bullet_that_ends_its_sentence_is_a_statement_of_its_own() -> None:
    section = parse_text(
        "## 실행 환경\n\n- 호스팅 : 컨테이너를 실행할 컴퓨팅 자원\nVM : 운영체제를 따로 갖는 가상 서버\n"
        "- 위반한 리소스가 있을 경우\n  알림이 Pub/Sub 토픽으로 간다\n",
        "x.md",
        Problems(),
    )
    assert [f.text for f in section.topics[0].facts] == [
        "호스팅 : 컨테이너를 실행할 컴퓨팅 자원",
        "VM : 운영체제를 따로 갖는 가상 서버",
        "위반한 리소스가 있을 경우 알림이 Pub/Sub 토픽으로 간다",
    ]


def test_a_folded_block_is_a_topic_named_by_its_summary() -> None:
    text = (
        '# 보안 장비\n\n<details markdown="1">\n<summary><b>웹 방화벽(WAF)</b></summary>\n\n<br>\n'
        "- **HTTP 요청**을 검사해 공격을 막는다\n\n**배치 방식**\n---\n\n- 리버스 프록시 앞에 둔다\n\n</details>\n\n"
        "<details>\n<summary>접근 제어(NAC)</summary>\n\n- 단말의 보안 상태를 확인한 뒤 접속을 허용한다\n\n</details>\n"
    )
    section = parse_text(text, "x.md", Problems())
    titles = [(t.level, t.title, t.ancestors) for t in section.topics]
    assert titles == [
        (2, "웹 방화벽(WAF)", ("보안 장비",)),
        (3, "배치 방식", ("보안 장비", "웹 방화벽(WAF)")),
        (2, "접근 제어(NAC)", ("보안 장비",)),
    ]
    assert section.topics[0].facts[0].text == "HTTP 요청을 검사해 공격을 막는다"  # no ``- `` nor ``**`` left


def test_an_interview_question_heading_with_a_full_stop_names_its_subject() -> None:
    section = parse_text(
        "## 세그먼트 트리에 대해 설명하세요.\n\n- 구간 합을 로그 시간에 구하는 트리이다\n", "x.md", Problems()
    )
    assert section.topics[0].subject == "세그먼트 트리"


def test_a_paragraph_of_several_lines_over_a_rule_is_notes_not_a_heading() -> None:
    """``…\\n---`` under a paragraph of several lines: a table of contents or a block of notes the
    writer closed with a separator, not a heading whose title is every line of it."""
    section = parse_text(
        (FIXTURES / "styles" / "separators-db.md").read_text(encoding="utf-8"), "separators-db.md", Problems()
    )
    titles = [t.title for t in section.topics]
    assert all("\n" not in t and "ㅁ 인덱스](" not in t and "READ" not in t for t in titles), titles
    facts = [f.text for t in section.topics for f in t.facts]
    assert any(f.startswith("SERIALIZABLE:") for f in facts) and any(f.startswith("체크포인트:") for f in facts)
    # a one-line setext heading stays a heading
    assert "B-Tree 인덱스" in titles
    (transaction,) = [t for t in section.topics if t.title == "트랜잭션"]  # ``ㅁ``: a bullet, no part of it
    assert transaction.ancestors == ()


def test_one_long_sentence_over_a_rule_is_notes_not_a_heading() -> None:
    text = (
        "# 테라폼\n\n## data\n\n"
        "data 블록은 이미 있는 자원의 정보를 읽어 와서 다른 블록에 넘겨 주는 역할을 한다.\n"
        "----------------\n"
        "- 조회 결과는 속성으로 참조한다\n\n"
        "모듈 구조\n---------\n\n- 루트 모듈이 하위 모듈을 부른다\n"
    )
    section = parse_text(text, "notes.md", Problems())
    assert [t.title for t in section.topics] == ["data", "모듈 구조"]  # a short line over dashes stays a heading
    assert section.topics[0].facts[0].text.startswith("data 블록은")


def test_a_short_line_of_its_own_over_a_list_is_the_parent_of_its_items() -> None:
    """``동기 호출``, a blank line, then its items: the line labels the list, as a parent item
    would, so each item's card says which of the two it is about."""
    section = parse_text(
        "# 호출 방식\n\n## 비교\n\n동기 호출\n\n- 응답이 올 때까지 스레드가 기다린다\n\n"
        "비동기 호출\n\n- 응답을 기다리지 않고 다음 작업으로 넘어간다\n\n"
        "즉,\n\n- 처리량은 비동기 쪽이 높다\n",
        "calls.md",
        Problems(),
    )
    facts = section.topics[-1].facts
    by_text = {f.text: f for f in facts}
    waits = by_text["응답이 올 때까지 스레드가 기다린다"]
    goes_on = by_text["응답을 기다리지 않고 다음 작업으로 넘어간다"]
    assert waits.parent is not None and facts[waits.parent].text == "동기 호출"
    assert goes_on.parent is not None and facts[goes_on.parent].text == "비동기 호출"
    assert by_text["처리량은 비동기 쪽이 높다"].parent is None  # ``즉,`` leads on; it names nothing


def test_a_line_that_states_a_relation_or_asks_labels_no_list() -> None:
    section = parse_text(
        "# 트랜잭션\n\n## 성질\n\nACID = 원자성, 일관성, 격리성, 지속성\n\n"
        "- 원자성은 전부 반영되거나 하나도 반영되지 않는다\n\n"
        "Q. 격리 수준은 왜 나눌까?\n\n- 동시성과 일관성을 맞바꾸기 때문이다\n",
        "acid.md",
        Problems(),
    )
    assert all(f.parent is None for f in section.topics[-1].facts)


def test_a_name_over_its_gloss_and_a_heading_over_equals_signs_stay_headings() -> None:
    section = parse_text(
        "# 스토리지\n\n## 블록\n\n- 볼륨 단위로 붙인다\n\n"
        "Amazon EFS\n(Elastic File System)\n---\n\n- 여러 인스턴스가 함께 마운트한다\n\n"
        "객체 스토리지\n버킷 단위\n===\n\n- 키로 꺼낸다\n",
        "storage.md",
        Problems(),
    )
    titles = [t.title for t in section.topics]
    assert "Amazon EFS (Elastic File System)" in titles, titles
    assert any(t.startswith("객체 스토리지") for t in titles), titles


def test_obsidian_tags_at_the_end_of_a_line_are_no_part_of_its_words() -> None:
    section = parse_text(
        "# DNS\n\n## 레코드 #dns\n\n- Alias 레코드는 존 꼭대기에도 만들 수 있다 #exam/trap #aws\n"
        "- 오류 코드 #1 은 다시 시도한다\n- C# 은 닷넷 언어이다\n- #ifconfig eth0 -promisc 로 무차별 모드를 켠다\n",
        "dns.md",
        Problems(),
    )
    topic = section.topics[-1]
    texts = [f.text for f in topic.facts]
    assert topic.title == "레코드"
    assert texts[0] == "Alias 레코드는 존 꼭대기에도 만들 수 있다"
    kept = ["오류 코드 #1 은 다시 시도한다", "C# 은 닷넷 언어이다", "#ifconfig eth0 -promisc 로 무차별 모드를 켠다"]
    assert texts[1:] == kept


def test_a_bold_name_over_a_quote_heads_the_quote_and_what_follows() -> None:
    text = (
        "# 회복\n\n## 회복 기법\n\n"
        "**c. 그림자 페이지 기법**\n> 원본 대신 복사본을 수정하는 회복 기법\n\n"
        "| 특징 | 설명 |\n| --- | --- |\n| 장점 | 복사본만 버리면 된다 |\n\n"
        "- **체크포인트**\n> 일정 시점마다 로그를 정리하는 회복 기법\n\n"
        "**로그 기법**\n- 이 목록은 굵은 줄이 이끈다\n"
    )
    topics = parse_text(text, "notes.md", Problems()).topics
    titles = [t.title for t in topics]
    assert titles == ["그림자 페이지 기법", "체크포인트"]  # the heading over them holds no line of its own
    shadow, checkpoint = topics
    assert [f.kind for f in shadow.facts] == ["quote", "table_row"]
    assert checkpoint.facts[0].text == "일정 시점마다 로그를 정리하는 회복 기법"
    assert checkpoint.facts[-1].text == "이 목록은 굵은 줄이 이끈다"  # a list right under a bold line is still its own


def test_a_letter_or_hangul_outline_number_is_no_part_of_a_heading() -> None:
    text = (
        "# 정리\n\n## B. 테라폼 상태\n\n- 상태 파일은 원격에 둔다\n\n"
        "## 나. 모듈\n\n- 모듈은 재사용 단위이다\n\n## C언어\n\n- 포인터를 쓴다\n"
    )
    titles = [t.title for t in parse_text(text, "notes.md", Problems()).topics]
    assert titles == ["테라폼 상태", "모듈", "C언어"]


def test_a_question_after_a_bold_sub_heading_goes_back_to_the_heading_above() -> None:
    cards = (
        "**1. 홉 수를 기준으로 경로를 고르는 프로토콜은 무엇인가?**\n\n**RIP**\n\n**홉 수 15개까지**\n\n"
        "**2. 자 **\n\n**EIGRP**\n\n**시스코가 만든 하이브리드 방식**\n\n"
        "**3. 자율 시스템 사이에서 경로를 교환하는 프로토콜은 무엇인가?**\n\n**BGP**\n"
    )
    headed = parse_text("# 라우팅 문제\n\n" + cards, "notes.md", Problems())
    assert [t.title for t in headed.topics] == ["라우팅 문제", "EIGRP", "라우팅 문제"]
    assert headed.topics[2].facts[0].text.startswith("3. 자율 시스템")
    problems = Problems()
    untitled = parse_text(cards, "routing.md", problems)
    assert untitled.title == "routing"  # a bold line heads the lines after it, never the page
    assert [t.title for t in untitled.topics] == ["routing", "EIGRP", "routing"]
    assert len(problems.warnings) == 1  # one warning for the lines before any heading, not two


def test_a_comment_in_a_code_block_of_notes_heads_only_that_block() -> None:
    text = (
        "# 집계\n\n## 함수\n\n1. 문자 함수\n```sql\n# 문자 함수 목록\n"
        "LOWER(): 문자열을 소문자로 바꾼다\nUPPER(): 문자열을 대문자로 바꾼다\nLENGTH(): 문자열 길이를 돌려준다\n"
        "TRIM(): 양쪽 공백을 지운다\nREPLACE(대상, 가, 나): 가를 나로 바꾼다\n```\n\n"
        "2. 일반 함수\n```sql\nNVL(대상, 값): 대상이 널이면 값으로 바꾼다\n"
        "NULLIF(가, 나): 두 값이 같으면 널을 돌려준다\nCOALESCE(가, 나): 처음으로 널이 아닌 값을 돌려준다\n```\n"
    )
    problems = Problems()
    section = parse_text(text, "notes.md", problems)
    # the comment heads its block's lines, under the heading the block is written under, and the
    # lines after the block are that heading's again
    assert [t.title for t in section.topics] == ["함수", "문자 함수 목록", "함수"]
    listed, after = section.topics[1], section.topics[2]
    assert listed.ancestors == ("집계", "함수") and listed.facts[0].text.startswith("LOWER()")
    assert after.ancestors == ("집계",) and any(f.text.startswith("NVL(대상, 값)") for f in after.facts)


def test_a_label_over_a_quote_heads_no_topic_and_a_plain_question_closes_none() -> None:
    text = (
        "# 저장소\n\n## 업로드\n\n**예시**\n> 큰 파일은 여러 조각으로 나눠 올린다\n\n"
        "- 한 번에 올리는 객체는 최대 5GB\n\n"
        "## 라우팅\n\n**OSPF**\n\n- 링크 상태 방식이다\n\n"
        "OSPF가 경로를 계산할 때 쓰는 알고리즘은 무엇인가?\n\n- Hello 주기는 10초이다\n"
    )
    section = parse_text(text, "notes.md", Problems())
    assert [t.title for t in section.topics] == ["업로드", "OSPF"]
    assert section.topics[1].facts[-1].text == "Hello 주기는 10초이다"


def test_a_bold_line_that_opens_the_file_titles_the_page() -> None:
    section = parse_text("**네트워크 핵심 정리**\n\n- 라우터는 3계층 장비이다\n", "notes.md", Problems())
    assert section.title == "네트워크 핵심 정리"


def test_only_outline_letters_are_taken_off_a_heading() -> None:
    text = "# 정리\n\n## 예) 웹 서버 그룹\n\n- 가\n\n## E. F. Codd의 관계형 모델\n\n- 나\n"
    titles = [t.title for t in parse_text(text, "notes.md", Problems()).topics]
    assert titles == ["예) 웹 서버 그룹", "E. F. Codd의 관계형 모델"]


def test_a_bold_name_that_only_contains_a_label_word_over_a_quote_heads_it() -> None:
    text = "# 테스트\n\n## 테스트 기법\n\n- **시나리오 테스트**\n> 사용자의 실제 흐름을 따라 시험하는 기법이다\n"
    assert [t.title for t in parse_text(text, "notes.md", Problems()).topics] == ["시나리오 테스트"]


def test_text_struck_out_is_no_longer_said() -> None:
    problems = Problems()
    text = (
        "## 큐\n- 대기열에는 3가지(~~4가지~~) 종류가 있다\n- ~~표준 대기열은 최대 10개의 소비자를 둔다~~\n"
        "- 메시지는 ~~최대 7일~~ 최대 14일 보존한다\n"
    )
    facts = parse_text(text, "x.md", problems).topics[0].facts
    assert [f.text for f in facts] == ["대기열에는 3가지 종류가 있다", "메시지는 최대 14일 보존한다"]
    assert [q.text for q in facts[0].quantities] == ["3가지"]
    assert not problems.errors  # a line struck out whole is accounted for: the author took it back


def test_struck_text_keeps_spaces_line_numbers_and_tilde_ranges() -> None:
    problems = Problems()
    text = (
        "## 전송\n- 세그먼트의 최대 크기는 ~~1460바이트~~1500바이트이다\n- 응답은 10~~20% 수준, 지연은 5~~10ms이다\n\n"
        "라우팅 테이블을 쓴다 ~~지운\n내용~~ 남은 말은 OSPF 프로토콜이다\nBGP는 경로 벡터 프로토콜이다\n"
    )
    facts = parse_text(text, "x.md", problems).topics[0].facts
    assert [(f.source.line, f.text) for f in facts] == [
        (2, "세그먼트의 최대 크기는 1500바이트이다"),
        (3, "응답은 10~20% 수준, 지연은 5~10ms이다"),  # tildes typed as ranges between numbers
        (5, "라우팅 테이블을 쓴다"),
        (6, "남은 말은 OSPF 프로토콜이다"),
        (7, "BGP는 경로 벡터 프로토콜이다"),  # a struck line break still ends its source line
    ]
    assert not problems.errors


def test_a_heading_struck_whole_still_names_its_section() -> None:
    problems = Problems()
    text = "## 스케줄링\n- 라운드 로빈은 시간 할당량을 쓴다\n\n## ~~폐기된 절~~\n- 페이지 크기는 4KB이다\n"
    topics = parse_text(text, "x.md", problems).topics
    assert [(t.title, [f.text for f in t.facts]) for t in topics] == [
        ("스케줄링", ["라운드 로빈은 시간 할당량을 쓴다"]),
        ("폐기된 절", ["페이지 크기는 4KB이다"]),
    ]


def test_a_heading_loses_the_number_it_is_filed_under_but_keeps_a_count_in_its_name() -> None:
    section = parse_text(
        "# 분산 시스템\n\n## 1 개요\n\n- a\n\n## ii. 합의\n\n- b\n\n## 2 raft-log\n\n- c\n\n"
        "## 2 Phase Commit\n\n- d\n\n## 3 way handshake\n\n- e\n\n## 2.1 Paxos\n\n- f\n\n## 7 Layers\n\n- g\n",
        "notes.md",
        Problems(),
    )
    assert [t.title for t in section.topics] == [
        "개요",
        "합의",
        "raft-log",
        "2 Phase Commit",
        "3 way handshake",
        "Paxos",
        "7 Layers",
    ]


def test_a_consonant_typed_as_a_bullet_is_no_part_of_the_line_or_heading() -> None:
    section = parse_text(
        "# 클라우드\n\n## ㅁ 영역\n\nㅇ 리전 : 지리적으로 떨어진 데이터 센터의 묶음\n"
        "- ㅇ 엣지 로케이션 : 콘텐츠를 가까이에서 전달하는 캐시 지점\n- ㄱ자 모양으로 꺾인 케이블\n"
        "- ㅇ **가용 영역**: 전원이 분리된 데이터 센터\n- ㄱ 보기는 스택을 설명한다\n",
        "notes.md",
        Problems(),
    )
    (topic,) = section.topics
    assert topic.title == "영역"
    # ``ㄱ자``: a consonant that is part of a word stays.
    assert [f.text for f in topic.facts] == [
        "리전 : 지리적으로 떨어진 데이터 센터의 묶음",
        "엣지 로케이션 : 콘텐츠를 가까이에서 전달하는 캐시 지점",
        "ㄱ자 모양으로 꺾인 케이블",
        "가용 영역: 전원이 분리된 데이터 센터",
        "ㄱ 보기는 스택을 설명한다",  # a choice's letter, which an answer names
    ]


def test_a_word_set_as_a_subscript_beside_another_reads_as_its_gloss() -> None:
    section = parse_text(
        "# 그래프\n\n- 정점<sub>Vertex</sub>은 데이터를 담는다\n- 물은 H<sub>2</sub>O, 로그는 log<sub>2</sub>n\n"
        "- 노드 수는 최대 2<sup>h-1</sup>개, 시간은 T<sub>max</sub>\n"
        "- **최대 힙**<sub>Max Heap</sub>은 루트가 가장 크다\n"
        "- 간선 <sup>Edge</sup>은 두 정점을 잇는다\n",
        "notes.md",
        Problems(),
    )
    assert [f.text for f in section.topics[0].facts] == [
        "정점(Vertex)은 데이터를 담는다",
        "물은 H2O, 로그는 log2n",
        "노드 수는 최대 2h-1개, 시간은 Tmax",
        "최대 힙(Max Heap)은 루트가 가장 크다",
        "간선 (Edge)은 두 정점을 잇는다",
    ]


def test_a_diagram_in_an_html_container_is_code_to_its_closing_tag() -> None:
    """CommonMark ends ``<div class="mermaid">`` at its first blank line: the rest of the diagram's
    source would be read as notes.  It is one code block, and the lines after it keep their numbers."""
    text = (
        '## 관계\n\n<div class="mermaid">\n  erDiagram\n\nCustomer ||--o{ Order : places\n\n'
        'con1-- "주문한다" --> con2\n</div>\n\n- 관계 차수는 1:1, 1:M, M:N이 있다\n'
    )
    facts = parse_text(text, "notes.md", Problems()).topics[0].facts
    assert [(f.kind, f.source.line) for f in facts] == [("code", 3), ("bullet", 11)], facts
    assert "Customer ||--o{ Order : places" in facts[0].text and "con1--" in facts[0].text


def test_a_diagram_container_shown_in_code_or_left_unclosed_changes_nothing() -> None:
    """A container inside a code block is that block's code; one whose closing tag ends a diagram
    line is not paired with a later ``</div>``: the notes after either stay notes."""
    shown = (
        '## 다이어그램\n\n```html\n<div class="mermaid">\n  A --> B\n</div>\n```\n\n'
        "- 다이어그램 도구는 텍스트로 그림을 그린다\n"
    )
    unclosed = (
        '## 정규화\n\n<div class="mermaid">\n  A --> B</div>\n\n- 정규화는 중복을 줄이는 과정이다\n\n'
        '<div align="center">\n<img src="a.png">\n</div>\n'
    )
    for text, line in ((shown, 9), (unclosed, 6)):
        facts = parse_text(text, "notes.md", Problems()).topics[0].facts
        bullets = [(f.kind, f.source.line) for f in facts if f.kind == "bullet"]
        assert bullets == [("bullet", line)], facts


def test_a_line_too_long_for_a_card_is_read_as_facts_cut_where_its_sentences_end() -> None:
    sentence = "이 저장소는 **객체**를 여러 영역에 복제하며 최대 5TB까지 저장한다. "
    long = (sentence * 60).strip()  # 2,500 characters or so, on one bullet
    problems = Problems()
    section = parse_text(f"# 제목\n## 주제\n- {long}\n  - 아래 줄\n- 다음 줄\n", "a.md", problems)
    facts = section.topics[0].facts
    parts = [f for f in facts if f.source.line == 3]
    plain = long.replace("**", "")
    assert len(parts) >= 3 and all(len(f.text) <= 1000 for f in parts)
    assert all(f.text.endswith("저장한다.") for f in parts)  # cut after a sentence, never inside one
    assert " ".join(f.text for f in parts) == plain  # nothing lost
    assert all("strong" in s.marks for f in parts for s in f.spans if s.text == "객체")
    assert all(f.quantities for f in parts)
    child = next(f for f in facts if f.text == "아래 줄")
    assert child.parent == facts.index(parts[0])  # what is written under the line is under its first part
    assert [f.text for f in facts][-1] == "다음 줄"
    [warning] = problems.items
    assert warning.line == 3 and f"{len(plain):,} characters" in str(warning)


def test_a_long_code_block_and_a_long_table_row_are_never_cut() -> None:
    code = "x = 1; " * 300
    cell = "값 " * 600
    notes = f"# 제목\n## 주제\n```\n{code}\n```\n\n| 항목 | 설명 |\n|---|---|\n| 칸 | {cell} |\n"
    section = parse_text(notes, "a.md", Problems())
    texts = [f.text for f in section.topics[0].facts]
    assert len(texts) == 2 and len(texts[0]) > 1000 and len(texts[1]) > 1000


def test_lines_that_open_with_a_bullet_glyph_are_the_list_they_look_like() -> None:
    """A list copied from another editor keeps its bullets as characters (``•<tab>…``).  Read as
    one paragraph, its first line stood as the parent of the others and every line kept the glyph.
    Each is an item; a glyph line right under a markdown item explains that item; a code fence
    keeps its glyphs as written."""
    path = FIXTURES / "styles" / "copied-bullets-dns.md"
    section = parse_text(path.read_text(encoding="utf-8"), path.name, Problems())
    facts = {f.text: f for t in section.topics for f in t.facts}
    ends = ("IPv4 주소에 연결하는 레코드", "IPv6 주소에 연결하는 레코드")
    copied = [f for text, f in facts.items() if text.endswith(ends)]
    assert [f.kind for f in copied] == ["bullet", "bullet"]
    assert all(f.context == ("자주 쓰는 레코드는 다음과 같다",) for f in copied)  # siblings, not the first's children
    assert facts["CNAME 레코드는 영역 꼭대기(zone apex)에는 만들 수 없다"].context[-1] == "CNAME 레코드"
    assert facts["부정 응답(NXDOMAIN)을 캐시에 보관하는 시간"].context == ("SOA 최소 TTL",)
    assert not any(text.lstrip().startswith(("•", "◦", "⦁")) for text, f in facts.items() if f.kind != "code")
    assert facts["RRSIG 레코드 : 레코드 묶음에 붙는 전자 서명"].kind == "bullet"  # a word processor's ``⦁``
    assert any(f.kind == "code" and "•" in text for text, f in facts.items())


def test_an_empty_item_markdown_leaves_as_a_bare_marker_says_nothing() -> None:
    # ``    *`` with nothing after it cannot interrupt the item above, so markdown reads the marker
    # as that item's next line.
    section = parse_text(
        "# 파일 시스템\n\n* /var:\n    *\n    * /var/log: 시스템 로그가 쌓이는 곳\n"
        "    * /var/spool: 메일과 인쇄 대기열\n\n일반 문단 첫 줄\n+\n",
        "notes.md",
        Problems(),
    )
    (topic,) = section.topics
    assert [f.text for f in topic.facts] == [
        "/var:",
        "/var/log: 시스템 로그가 쌓이는 곳",
        "/var/spool: 메일과 인쇄 대기열",
        "일반 문단 첫 줄",
    ]


def test_columns_of_dashes_are_no_columns_and_a_dash_header_is_no_header() -> None:
    section = parse_text(
        "# 전송 매체\n\n## 케이블\n\n|-|-|-|\n|-|-|-|\n|-|동축 케이블|중심 도체를 절연체와 외부 도체가 감싼다|\n"
        "|-|광섬유|빛의 전반사로 신호를 보낸다<br>전자기 간섭이 없다|\n\n"
        "## 지원\n\n| 기능 | 유선 | 무선 |\n|---|---|---|\n| 이동성 | - | O |\n| 속도 | O | - |\n",
        "notes.md",
        Problems(),
    )
    cable, support = section.topics
    assert [f.text for f in cable.facts] == [
        "동축 케이블: 중심 도체를 절연체와 외부 도체가 감싼다",
        "광섬유: 빛의 전반사로 신호를 보낸다; 전자기 간섭이 없다",
    ]
    # A dash that says "no" beside an ``O`` is a value: its column stays.
    assert [f.text for f in support.facts] == ["이동성 — 유선: - · 무선: O", "속도 — 유선: O · 무선: -"]


def test_a_name_written_flush_left_between_items_labels_the_items_after_it() -> None:
    # No blank lines: markdown reads ``동기식`` as the last line of the item above (a lazy
    # continuation) and the items after it as more of the first label's list.
    section = parse_text(
        "# 복제\n\n## 복제 방식\n\n비동기식\n- 쓰기를 먼저 확정하고 나중에 복제\n동기식\n"
        "- 모든 복제본에 쓴 뒤 확정\n- 지연 시간이 늘어난다\n반동기식\n- 한 복제본만 기다린다\n",
        "notes.md",
        Problems(),
    )
    (topic,) = section.topics
    facts = topic.facts
    parents = {f.text: (facts[f.parent].text if f.parent is not None else None) for f in facts}
    assert parents == {
        "비동기식": None,
        "쓰기를 먼저 확정하고 나중에 복제": "비동기식",
        "동기식": None,
        "모든 복제본에 쓴 뒤 확정": "동기식",
        "지연 시간이 늘어난다": "동기식",
        "반동기식": None,
        "한 복제본만 기다린다": "반동기식",
    }
    # A property typed flush left (``신뢰성 보장`` after TCP's item) is no sibling of the label: it stays
    # the item's line, and the items after it stay TCP's.
    tcp = parse_text(
        "# 전송\n\n## 프로토콜\n\nTCP\n- 연결 지향\n신뢰성 보장\n- 헤더 크기 최소 20바이트\n", "notes.md", Problems()
    )
    facts = tcp.topics[0].facts
    assert [(f.text, f.parent) for f in facts] == [
        ("TCP", None),
        ("연결 지향", 0),
        ("신뢰성 보장", 1),
        ("헤더 크기 최소 20바이트", 0),
    ]
    # Indented under its item, a line stays the item's own.
    nested = parse_text(
        "# 복제\n\n## 방식\n\n비동기식\n- 쓰기를 먼저 확정\n  동기식\n- 지연 시간이 늘어난다\n", "notes.md", Problems()
    )
    facts = nested.topics[0].facts
    assert [(f.text, f.parent) for f in facts][2:] == [("동기식", 1), ("지연 시간이 늘어난다", 0)]


def test_a_commands_options_written_one_per_line_are_not_items_of_the_line_above() -> None:
    section = parse_text(
        "# 컨테이너\n\n## 실행 옵션\n\n-i : 표준 입력을 연결\n-t : 터미널 할당\n--name : 컨테이너 이름 지정\n"
        "-e : 환경 변수 전달\n-v 볼륨 마운트\n\n## 집계 함수\n\nNTILE()\n-행을 그룹으로 나눈다\n",
        "notes.md",
        Problems(),
    )
    options, functions = section.topics
    assert [(f.text, f.parent) for f in options.facts] == [
        ("-i : 표준 입력을 연결", None),
        ("-t : 터미널 할당", None),
        ("--name : 컨테이너 이름 지정", None),
        ("-e : 환경 변수 전달", None),
        ("-v 볼륨 마운트", None),
    ]
    # A dash glued to a Korean word is an item typed without its space.
    assert [(f.text, f.parent) for f in functions.facts] == [("NTILE()", None), ("행을 그룹으로 나눈다", 0)]


def test_options_under_their_command_keep_their_dash_and_a_minus_is_no_item_mark() -> None:
    section = parse_text(
        "# 명령어\n\n## 목록\n\nls\n-l : 자세히 출력\n-R : 하위 디렉터리까지 출력\n\n"
        "## 용어\n\n성능 용어\n-latency : 요청부터 응답까지 걸리는 시간\n\n## 범위\n\n정수 범위\n-128 ~ 127\n",
        "notes.md",
        Problems(),
    )
    listing, terms, ranges = section.topics
    assert [(f.text, f.parent) for f in listing.facts] == [
        ("ls", None),
        ("-l : 자세히 출력", 0),
        ("-R : 하위 디렉터리까지 출력", 0),
    ]
    # A word typed as an item without its space is still the label's item, its dash dropped.
    assert [(f.text, f.parent) for f in terms.facts] == [
        ("성능 용어", None),
        ("latency : 요청부터 응답까지 걸리는 시간", 0),
    ]
    assert [f.text for f in ranges.facts] == ["정수 범위", "-128 ~ 127"]
