"""Nesting of any depth is read, and every line of a notes file is accounted for against the
source: a parser limit that drops text fails the build with file and line, never silently."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from markdown_it import MarkdownIt

from builder.build import build
from builder.errors import NotesError, Problems
from builder.model import Section
from builder.parse import parse_text
from builder.parse.accounting import account
from tests.conftest import make_notes


def _texts(section: Section) -> str:
    return "\n".join(fact.text for topic in section.topics for fact in topic.facts)


def _parse(text: str) -> tuple[Section, Problems]:
    problems = Problems()
    return parse_text(text, "a.md", problems), problems


def test_a_list_nested_ten_levels_loses_nothing_after_it() -> None:
    outline = "".join("  " * i + f"- 단계{i} 내용\n" for i in range(12))
    section, problems = _parse("# 개요\n## 목록\n" + outline + "\n## 다음 주제\n- 마지막 사실\n")
    assert not problems.errors and not problems.warnings
    texts = _texts(section)
    for i in range(12):
        assert f"단계{i} 내용" in texts
    assert "마지막 사실" in texts


@pytest.mark.parametrize("depth", [30, 200, 3000])
def test_deep_lists_and_quotes_are_flattened_with_a_warning(depth: int) -> None:
    lists = "".join("  " * i + f"- 항목{i}\n" for i in range(depth))
    quotes = "> " * depth + "깊은 인용\n"
    inline = "- " * depth + "한 줄 목록\n"
    section, problems = _parse(f"# 제목\n## 목록\n{lists}\n## 인용\n{quotes}\n## 줄\n{inline}\n## 끝\n- 마지막 사실\n")
    assert not problems.errors
    assert any("nested deeper than" in p.message for p in problems.warnings)
    texts = _texts(section)
    assert all(f"항목{i}" in texts for i in range(depth))
    assert "깊은 인용" in texts and "한 줄 목록" in texts and "마지막 사실" in texts


def test_five_hundred_emphasis_marks_keep_the_word() -> None:
    section, problems = _parse("# 제목\n## 강조\n- " + "*" * 500 + "단어" + "*" * 500 + " 뒤\n")
    assert not problems.errors
    assert "단어" in _texts(section)


def test_a_parser_that_stops_early_fails_with_the_line() -> None:
    """markdown-it's default nesting limit cut a file off; the accounting names the first lost line."""
    text = "# 제목\n" + "".join("  " * i + f"- 단계{i}\n" for i in range(12)) + "\n문단 하나\n"
    tokens = MarkdownIt("commonmark").parse(text)
    problems = Problems()
    kept = [n + 1 for n, line in enumerate(text.split("\n")) if line.strip()][:10]
    account(tokens, text.split("\n"), kept, "a.md", problems)
    assert [p.line for p in problems.errors] == [11, 15]
    assert str(problems.errors[0]).startswith("a.md:11: error: this line (and the 2 lines after it) was not read")


def test_a_paragraph_missing_from_the_model_fails_with_the_line() -> None:
    text = "# 제목\n\n첫 문단\n\n둘째 문단\n"
    problems = Problems()
    account(MarkdownIt("commonmark").parse(text), text.split("\n"), [3], "a.md", problems)
    assert [str(p) for p in problems.errors] == [
        "a.md:5: error: this text is in no card or cheat sheet entry: '둘째 문단'"
    ]


def test_lines_without_text_have_their_reasons() -> None:
    text = (
        "# 제목\n## 주제\n- 사실 하나\n-\n>\n> [!NOTE]\n\n---\n***\n![그림](x.png)\n<!-- 주석 -->\n"
        "[링크]: https://example.com\n<br>\n- 사실 둘\n"
    )
    section, problems = _parse(text)
    assert not problems.errors, [str(p) for p in problems.errors]
    assert "사실 둘" in _texts(section)


def test_the_build_stops_on_a_lost_line(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Whatever drops text (here a walker that ignores paragraphs), the build stops with file:line."""
    from builder.parse import blocks

    handlers = dict(blocks._HANDLERS)
    del handlers["paragraph"]
    monkeypatch.setattr(blocks, "_HANDLERS", handlers)
    notes = make_notes(tmp_path, {"a.md": "# 제목\n## 주제\n- 사실 하나\n\n잃어버릴 문단\n"})
    with pytest.raises(NotesError) as caught:
        build(notes, tmp_path / "dist", outputs=("deck",))
    assert any(p.line == 5 and "in no card" in p.message for p in caught.value.problems)
    assert not (tmp_path / "dist").exists() or not any((tmp_path / "dist").iterdir())


MARKERS = st.sampled_from(["- ", "> ", "1. ", "  ", "* ", ">", "\t"])


@st.composite
def nested_notes(draw: st.DrawFn) -> tuple[str, list[str]]:
    """Lines of lists and quotes nested 0..60 deep (each line its own chain of markers), each
    ending in a word of its own, with blank lines between some."""
    words = []
    lines = ["# 제목", "## 주제"]
    for n in range(draw(st.integers(1, 25))):
        depth = draw(st.integers(0, 60))
        prefix = "".join(draw(st.lists(MARKERS, min_size=depth, max_size=depth)))
        word = f"낱말{n}x"
        words.append(word)
        lines.append(prefix + word)
        if draw(st.booleans()):
            lines.append("")
    return "\n".join(lines) + "\n", words


@settings(derandomize=True, max_examples=80, deadline=None)
@given(nested_notes())
def test_every_line_of_nested_notes_is_accounted_for(case: tuple[str, list[str]]) -> None:
    text, words = case
    section, problems = _parse(text)
    assert not problems.errors, [str(p) for p in problems.errors]
    texts = _texts(section)
    for word in words:
        assert word in texts, (word, text)


def test_raw_html_with_text_must_reach_the_model() -> None:
    text = "# 제목\n\n<div>블록 안의 글</div>\n\n<!-- 주석 -->\n"
    problems = Problems()
    account(MarkdownIt("commonmark", {"html": True}).parse(text), text.split("\n"), [], "a.md", problems)
    assert [p.line for p in problems.errors] == [3]
    section, problems = _parse(text + "- 사실\n")
    assert not problems.errors and "블록 안의 글" in _texts(section)


def _contexts(text: str) -> dict[str, tuple[str, ...]]:
    section, _ = _parse(text)
    return {fact.text: fact.context for topic in section.topics for fact in topic.facts}


def test_numbered_names_with_quotes_and_lists_between_them_are_sub_headings() -> None:
    contexts = _contexts(
        "# 저장 등급\n\n1. Hot\n\n> 자주 읽는 데이터\n\n> 검색 지연 1초 이내\n\n"
        "2. Cold\n\n> 드물게 읽는 데이터\n\n* 복원 방식\n\n- fast(1 to 5 min)\n- slow(5 to 12 hours)\n\n"
        "3. Frozen\n\n* 가장 싼 등급\n\n- slow(48 hours)\n"
    )
    assert contexts["검색 지연 1초 이내"] == ("Hot",)
    assert contexts["fast(1 to 5 min)"] == ("Cold", "복원 방식")
    assert contexts["slow(48 hours)"] == ("Frozen",)


def test_after_the_last_numbered_name_only_its_lists_are_under_it() -> None:
    contexts = _contexts("# 시험\n\n1. 필기\n- 객관식\n2. 실기\n- 서술형\n\n> 두 시험은 같은 날 치른다\n")
    assert contexts["서술형"] == ("실기",)
    assert contexts["두 시험은 같은 날 치른다"] == ()


def test_bullets_one_space_short_under_a_nested_numbered_entry_are_its_lines() -> None:
    # ``    - …`` under ``  1. …``: four spaces, one short of the entry's text, a sibling list to
    # CommonMark, the entry's lines to the writer (the numbering goes on after them).
    notes = (
        "## 응집도\n\n- 응집도의 종류(약->강)\n  1. 우연적\n    - 아무 관련 없는 요소의 모음\n"
        "  2. 논리적\n  3. 시간적\n    - 같은 시점에 실행되는 요소의 모음\n  4. 절차적\n"
    )
    contexts = _contexts(notes)
    assert contexts["아무 관련 없는 요소의 모음"] == ("응집도의 종류(약->강)", "우연적")
    assert contexts["같은 시점에 실행되는 요소의 모음"] == ("응집도의 종류(약->강)", "시간적")
    # One list of four, whose items with lines under them are subjects of their own: no list
    # card of a part of it, renumbered from 1 (``1. 논리적 2. 시간적`` would say 논리적 is the weakest).
    section, _ = _parse(notes)
    assert section.topics[0].lists == ()
    # A note after the last entry is about the whole list, not the last entry.
    closing = _contexts("## TCP\n\n- 연결 순서\n  1. SYN\n  2. SYN-ACK\n  3. ACK\n  - 이후 데이터 전송이 시작된다\n")
    assert closing["이후 데이터 전송이 시작된다"] == ("연결 순서",)


def test_a_short_name_with_its_list_right_under_it_labels_the_list() -> None:
    contexts = _contexts(
        "## 요청 메서드\n\nGET\n* 자원을 조회한다\n\nHEAD\n* GET 메서드와 같지만 본문이 없다\n\n"
        "문장으로 쓴 설명은 목록의 이름이 아니다.\n* 다른 항목\n"
    )
    assert contexts["자원을 조회한다"] == ("GET",)
    assert contexts["GET 메서드와 같지만 본문이 없다"] == ("HEAD",)
    assert contexts["다른 항목"] == ()


def test_a_name_glossed_in_hangul_with_its_list_right_under_it_labels_the_list() -> None:
    # The gloss translates the name; its adnominal verb (``예약된``) is no sentence of the line.
    contexts = _contexts(
        "## 용어\n\nScheduled Scaling (예약된 조정)\n- 정해진 시각에 용량을 바꾼다\n\n"
        "예약된 시각에 용량이 바뀐다\n- 다른 항목\n"
    )
    assert contexts["정해진 시각에 용량을 바꾼다"] == ("Scheduled Scaling (예약된 조정)",)
    assert contexts["다른 항목"] == ()  # a sentence outside brackets still labels nothing
    # A product's name in capitalised words labels its list however long; lower-case words do not.
    contexts = _contexts(
        "## 용어\n\nAmazon Managed Service Grafana\n- 대시보드를 관리형으로 제공한다\n\n"
        "use the default settings for now\n- 또 다른 항목\n"
    )
    assert contexts["대시보드를 관리형으로 제공한다"] == ("Amazon Managed Service Grafana",)
    assert contexts["또 다른 항목"] == ()
    # So is one with its variant set apart by a dash; a name with a description after the dash is not.
    contexts = _contexts(
        "## 엣지 장치\n\nSnowball Edge - Compute Optimized\n- vCPU 52개와 메모리 208GB를 준다\n\n"
        "Snowball Edge - 엣지에서 연산하는 장치\n- 다른 항목\n"
    )
    assert contexts["vCPU 52개와 메모리 208GB를 준다"] == ("Snowball Edge - Compute Optimized",)
    assert contexts["다른 항목"] == ()


def test_a_korean_name_beside_its_latin_name_with_its_list_right_under_it_labels_the_list() -> None:
    """``API 서버 kube-apiserver`` over its list: nouns only, no particle or verb, name one thing
    up to a label's length, however many words they take; a sentence of the same length labels
    nothing."""
    contexts = _contexts(
        "## 브로커 구성요소\n\n메타데이터 저장소 zookeeper-ensemble\n- 구성 정보를 키-값으로 저장한다\n\n"
        "메타데이터는 별도 저장소에 보관된다\n- 또 다른 항목\n"
    )
    assert contexts["구성 정보를 키-값으로 저장한다"] == ("메타데이터 저장소 zookeeper-ensemble",)
    assert contexts["또 다른 항목"] == ()
    # Keywords set apart by commas sum the list up; they name no one thing.
    keywords = _contexts(
        "## 나선형 모형\n\n위험 분석, 반복 개발 순서, 고객 평가 수용, 기술 문제 대응\n- 위험을 먼저 분석하는 모형이다\n"
    )
    assert keywords["위험을 먼저 분석하는 모형이다"] == ()


def test_a_sentence_in_brackets_labels_no_list() -> None:
    contexts = _contexts("## 동시성\n\n기본 동시성 (리전당 1,000개로 제한된다)\n- 예약된 동시성은 함수별로 잡는다\n")
    assert contexts["예약된 동시성은 함수별로 잡는다"] == ()
