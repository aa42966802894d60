"""Subjects and aspects from titles."""

from __future__ import annotations

import pytest

from builder.analyse.subjects import split_title, subject_of, versus_subjects


@pytest.mark.parametrize(
    ("title", "subject", "aspect"),
    [
        ("Amazon EKS - 관리형 노드 그룹", "Amazon EKS", "관리형 노드 그룹"),
        ("DynamoDB의 고급 기능", "DynamoDB", "고급 기능"),
        ("Kafka 한도", "Kafka", "한도"),
        ("조선 - 정치 제도", "조선", "정치 제도"),
        # A heading that only introduces its subject names the subject; an exam count after it is no part of it.
        ("Pod: 개요", "Pod", None),
        ("서비스 메시 소개", "서비스 메시", None),
        ("Ingress · 개요", "Ingress", None),
        ("큐 기초", "큐", None),
        ("Helm Basics", "Helm", None),
        ("스케줄러의 개요 (4)", "스케줄러", None),
        ("스케줄러의 특징 (2)", "스케줄러", "특징"),
        # a count or a modifier before the aspect word is the aspect's (and the 의 before it goes)
        ("메시지 큐의 3가지 종류", "메시지 큐", "3가지 종류"),
        ("라우팅 프로토콜 네 종류", "라우팅 프로토콜", "네 종류"),
        ("유닉스 구조적 특징", "유닉스", "구조적 특징"),
        ("쿠버네티스오브젝트의 2가지 종류", "쿠버네티스오브젝트", "2가지 종류"),
        ("TCP 4계층 특징", "TCP 4계층", "특징"),
        ("메시지 큐의 3 가지 종류", "메시지 큐", "3 가지 종류"),  # the count apart from its counter
        ("테이블 열 종류", "테이블 열", "종류"),  # 열 before a noun is as often a column as ten
        ("KMS(Key Management Service)", "KMS", None),
        ("에지에서의 사용자 지정", "에지에서의 사용자 지정", None),
        ("Redis vs Memcached", "Redis vs Memcached", None),
        ("트랜잭션 격리 수준", "트랜잭션 격리 수준", None),
        ("정규형의 주요 특징", "정규형", "주요 특징"),
        ("인덱스의 필요성", "인덱스", "필요성"),
        ("릴레이션의 기본 용어", "릴레이션의 기본 용어", None),
        # a modifier belongs to the noun after it: no subject ends in one
        ("접근 제어 및 지속적인 모니터링", "접근 제어 및 지속적인 모니터링", None),
        ("자동화된 백업", "자동화된 백업", None),
        ("컨테이너 모니터링", "컨테이너", "모니터링"),
        ("읽기 전용 복제본 특징", "읽기 전용 복제본", "특징"),  # 복제본 misread as 복제 + 보다 + ㄴ
        # what two things differ in, or their pros and cons, is an aspect of them
        ("큐와 토픽 차이점", "큐와 토픽", "차이점"),
        ("스핀락의 장단점", "스핀락", "장단점"),
    ],
)
def test_split_title(title: str, subject: str, aspect: str | None) -> None:
    assert split_title(title) == (subject, aspect)


def test_versus_subjects() -> None:
    assert versus_subjects("Redis vs Memcached") == ["Redis", "Memcached"]
    assert versus_subjects("캐시: Redis VS Memcached vs. Hazelcast(IMDG)") == ["Redis", "Memcached", "Hazelcast"]
    assert versus_subjects("Redis와 Memcached") == []


def test_an_interview_question_heading_names_its_subject() -> None:
    """``캐시가 무엇인지 설명하세요``: the question asks what 캐시 is; the subject is 캐시, and a which
    card's answer is that name, not the question."""
    from builder.analyse.subjects import without_what_is

    assert without_what_is("트랜잭션 로그가 무엇인지 설명하세요") == "트랜잭션 로그"
    assert without_what_is("교착 상태가 무엇인가요?") == "교착 상태"
    assert without_what_is("세마포어가 무엇인지 설명해 주세요.") == "세마포어"
    assert without_what_is("부하 평가 무엇인가요") == "부하 평가 무엇인가요"  # 가 of 평가 is no particle


def test_a_name_written_with_a_hyphen_is_not_split_at_it() -> None:
    """``폰 - 노이만``: a short Korean word before the hyphen, a proper name after it, one name;
    ``캐시 - 특징`` is a subject and its aspect."""
    from builder.analyse.subjects import split_title

    assert split_title("폰 - 노이만") == ("폰 - 노이만", None)
    assert split_title("캐시 - 특징") == ("캐시", "특징")
    assert split_title("뷰 - 장단점") == ("뷰", "장단점")
    assert split_title("Amazon EKS - 관리형 노드 그룹") == ("Amazon EKS", "관리형 노드 그룹")
    # a single letter names nothing alone: ``R - tree`` is one name, however it is spaced
    assert split_title("R - tree") == ("R - tree", None)
    assert split_title("C - 특징") == ("C", "특징")
    assert split_title("R - 데이터 프레임") == ("R", "데이터 프레임")


def test_a_separator_inside_brackets_glosses_and_does_not_split() -> None:
    """``(IPC: Interprocess Communication)`` spells out an abbreviation: cut at its colon, the
    heading would show a subject with an open bracket above every card under it."""
    assert split_title("스레드 간 통신 (IPC: Inter-Thread Channel)") == ("스레드 간 통신", None)
    assert split_title("다중 버전 제어(MVCC : Multi-Version Control)") == ("다중 버전 제어", None)
    assert split_title("다중 버전 제어(MVCC : Multi-Version Control) - 장점") == ("다중 버전 제어", "장점")


def test_a_heading_that_only_says_difference_takes_its_subject_from_the_heading_above() -> None:
    """``## 차이`` under ``# 큐와 토픽``: the cards under it ask about 큐와 토픽, not about 차이."""
    from builder.analyse.subjects import subject_of

    assert subject_of("차이", ("큐와 토픽",)) == ("큐와 토픽", "차이")
    assert subject_of("장단점", ("스핀락",)) == ("스핀락", "장단점")


def test_a_label_under_a_label_reads_the_subject_above_both() -> None:
    """``### 장점`` under ``## 장단점`` under ``# 캐시 서버``: the card asks about the cache server's
    strengths; ``장단점`` only files that part of its notes, so it is no subject of its own."""
    from builder.analyse.subjects import subject_of

    assert subject_of("장점", ("캐시 서버", "장단점")) == ("캐시 서버", "장점")
    assert subject_of("12번 문제", ("메시지 큐", "정리")) == ("메시지 큐", "12번 문제")
    # A question's number is no section label: each question's explanation keeps its own.
    assert subject_of("해설", ("기출", "12번 문제")) == ("12번 문제", "해설")
    # An aspect that means something keeps its place: the features are the snapshot's.
    assert subject_of("특징", ("블록 스토리지", "스냅샷")) == ("스냅샷", "특징")
    assert subject_of("특징", ("블록 스토리지", "백업")) == ("백업", "특징")


def test_labels_at_the_top_of_a_page_read_up_to_its_title() -> None:
    """A page titled ``# 메시지 브로커`` whose parts are top headings of their own (``# 장단점`` ›
    ``## 단점``) keeps the title as the subject of every part, however deep the labels go."""
    from pathlib import Path

    from builder.errors import Problems
    from builder.parse import parse_text

    text = (
        "# 메시지 브로커\n\n- 생산자와 소비자 사이에서 메시지를 중계하는 미들웨어\n\n"
        "# 장단점\n\n## 단점\n\n- 브로커 장애 시 전체 메시지 흐름이 멈추는 단일 장애점이 된다\n\n"
        "# 정리\n\n## 예시\n\n- 주문 서비스가 결제 서비스에 이벤트를 보낸다\n"
    )
    section = parse_text(text, str(Path("broker.md")), Problems())
    subjects = {t.title: (t.subject, t.aspect) for t in section.topics}
    assert subjects["단점"] == ("메시지 브로커", "단점")
    assert subjects["예시"] == ("메시지 브로커", "예시")


def test_an_english_question_of_what_something_is_names_it() -> None:
    assert subject_of("What is a Pod?", ("쿠버네티스",))[0] == "Pod"
    assert subject_of("What are Namespaces?", ())[0] == "Namespaces"
    # a question about a relation names no one subject
    assert subject_of("What is the difference between TCP and UDP?", ())[0].startswith("What is")


def test_the_number_of_a_chapter_or_section_is_no_part_of_the_subject() -> None:
    """``3절 속성`` under ``1장 데이터 모델링의 이해``: a book's numbering files the heading, and its
    what card asks what ``속성`` is, not ``3절 속성``."""
    assert subject_of("3절 속성", ("1장 데이터 모델링의 이해",))[0] == "속성"
    assert subject_of("제2과목 SQL 기본", ())[0] == "SQL 기본"
    assert subject_of("특징", ("2절 엔터티",)) == ("엔터티", "특징")
    # a number that is part of a word, or a heading that is only the number, stays
    assert subject_of("3장애 대응", ())[0] == "3장애 대응"
    assert subject_of("2장", ())[0] == "2장"
