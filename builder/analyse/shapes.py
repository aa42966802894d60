"""Shapes of a line that authors use to structure notes, each written once as a pattern.

``이름 : 설명`` (a name and what it is), ``A vs B`` (a comparison), ``원인 => 결과`` (an arrow
to a conclusion), ``1. ``/``①`` numbering, URLs.  The language rules and the extractors use
these; none of them spells its own.
"""

from __future__ import annotations

import re
import unicodedata

from builder.analyse.words import (
    ARROWS,
    BOUND_WORDS,
    CLOSED_SET_WORDS,
    EXAMPLE_MARKERS,
    KIND_COUNTERS,
    LISTED_NOUNS,
    NOTES_TITLE_WORDS,
    QUESTION_KIND_WORDS,
    SENTENCE_FINAL_FORMS,
    STORY_TITLE_WORDS,
    THRESHOLD_WORDS,
    WORD_PARTICLES,
)

NAME_DESCRIPTION = re.compile(
    r"^(?P<name>(?=[^:：]{1,60}?[:：])(?:[^:：(（]|[(（][^)）]*[)）]|[(（](?![^)）]*[)）]))+?)"
    r"(?:\s*[:：]\s+|\s+[:：]\s*|(?<![A-Za-z0-9])[:：]|[:：](?![A-Za-z0-9]))(?P<desc>\S.*)$",
    re.DOTALL,
)
"""``EC2 시작 모드 : EC2 인스턴스처럼 배포`` → name ``EC2 시작 모드``, description the rest.  A colon
glued between letters or digits joins them (``chown OWNER:GROUP FILE``, ``10:30``, ``arn:aws``),
and a colon inside brackets that are still open is the aside's (``20 ~ 60 bytes (가변: 옵션 포함)``).

>>> NAME_DESCRIPTION.match("모드:자동 배포")["name"], NAME_DESCRIPTION.match("chown OWNER:GROUP FILE")
('모드', None)
>>> NAME_DESCRIPTION.match("헤더 길이 (가변: 옵션 포함) 20 ~ 60 bytes")
>>> NAME_DESCRIPTION.match("헤더 (IPv4): 20 bytes")["name"]
'헤더 (IPv4)'

A bracket the writer never closed is no aside: ``EKS(Elastic Kubernetes Service : 관리형 …`` names ``EKS(…``.

>>> NAME_DESCRIPTION.match("EKS(Elastic Kubernetes Service : 관리형 쿠버네티스")["name"]
'EKS(Elastic Kubernetes Service'
"""

KEY_MEANING = re.compile(r"\S\s*(?:[:：=]|\s[>→-]|->|=>)\s*\S")
"""``Shift + p > CPU 사용률 순``, ``-n : 반복 수``, ``r = 4``: a key and what it means on one line."""

KEY_AND_MEANING = re.compile(r"\S\s*(?:[:：=;]|\s[>→\-–—]\s|->|=>)\s*\S")
"""A key and what it means in a statement (``이름 : 설명``, ``A = B``, ``A → B``, ``A - B``, ``C2 ;
통제된 접근 보호``): stricter than :data:`KEY_MEANING` about dashes, which must stand between spaces
(a command's option, ``netstat -an``, or a rule of dashes is no key)."""

QUOTE_MARKS = ("'‘’", '"“”')
"""Single and double quotation marks, each kind counted apart."""


def opens_a_quote(text: str) -> bool:
    """Whether ``text`` holds one end of a quotation only: an odd number of single or of double
    quotation marks (``…'1번을 얻어야``, ``고성능 I/O” 요구사항``)."""
    return any(sum(text.count(mark) for mark in kind) % 2 == 1 for kind in QUOTE_MARKS)


GLOSSED_ENTRY = re.compile(
    r"^(?P<name>[가-힣][가-힣 ]{0,14}[(（][A-Za-z][A-Za-z .\-/]{1,40}[)）])"
    r"\s+(?:(?:->|=>|→|[-–])\s+)?(?![은는이가을를의에와과도로](?:\s|$))(?P<desc>\S.*)$"
)
"""A Korean term glossed in English and then what it is, with no colon between (``원자성(Atomicity)
작업이 모두 반영되거나 전혀 반영되지 않아야 한다``): a glossary's entry.  A name in Latin letters
before its gloss is often the sentence's own subject (``DNS(Domain Name System) 서버는 …``).

>>> GLOSSED_ENTRY.match("원자성(Atomicity) 작업이 모두 반영되어야 한다")["name"]
'원자성(Atomicity)'
>>> GLOSSED_ENTRY.match("비전 수립 단계(Envision) → 비즈니스 기회 식별")["desc"]
'비즈니스 기회 식별'
>>> GLOSSED_ENTRY.match("DNS(Domain Name System) 서버는 이름을 바꾼다") is None
True
>>> GLOSSED_ENTRY.match("원자성(Atomicity) 은 트랜잭션의 성질이다") is None
True
"""

NAME_DESCRIPTION_SHORT_NAME = 40
"""A name longer than this (characters) before a colon is a clause, not a name."""

SEVERAL_NAMES = re.compile(r"\s(?:&|/|및|and)\s|,\s", re.IGNORECASE)
"""``마스터 노드 & 워커 노드 역할``, ``EBS 및 EFS``: a heading that names several things, whose
first line defines none of them alone."""

ALSO_CALLED = re.compile(
    r"(?:이)?라(?:고)?\s?도\s?(?:하|한|함|합니|부르|부른|부릅|불러|불리|불린|불립|불림|칭하|칭한|칭함)"
    r"|(?:이)?라(?:고)?\s?(?:부르기도|불리기도|하기도|칭하기도)"
    r"|(?:으)?로도\s?(?:부르|부른|부릅|불리|불린|불립|불림)"
)
"""A line that gives the subject another name (``ICMP flooding이라고도 한다``, ``…라고 도 불린다``):
it says what the thing is called, not what it is.

>>> [bool(ALSO_CALLED.search(t)) for t in ("스크립트라고도 부른다", "경량 프로세스라고도 불림", "LWP라 부르기도 함")]
[True, True, True]
>>> bool(ALSO_CALLED.search("경량 프로세스로도 불린다")), bool(ALSO_CALLED.search("스크립트라고 한다"))
(True, False)
"""

VERSUS = re.compile(r"(?<![A-Za-z])(?:vs\.?|versus)(?![A-Za-z])", re.IGNORECASE)
"""``DAX vs ElastiCache``, ``A VS. B``."""

VERSUS_SPLIT = re.compile(r"\s+(?:vs\.?|VS\.?|Vs\.?|versus)\s+")

_ARROW_ALTERNATION = "|".join(re.escape(a) for a in ARROWS)
ARROW = re.compile(rf"(?:^|(?<=\s))(?:{_ARROW_ALTERNATION})\s+(?P<rest>\S.*)$", re.DOTALL)
"""An arrow that ends a premise: at the start or after a space (not ``5'→3'`` inside a term)."""

LEADING_ARROW = re.compile(rf"^\s*(?:{_ARROW_ALTERNATION})\s*")
ANY_ARROW = re.compile(rf"(?:{_ARROW_ALTERNATION})")

CODE_ASSIGNMENT = re.compile(
    r"^[A-Za-z_][\w.\-\[\]]*\s*=(?!=)\s*"  # a variable or an attribute, then = (not ==)
    r"(?:[\"'\[{(]|\d|var\.|local\.|module\.|data\.|[\w.]+\s*\?)"  # a literal, a reference or a condition
    r"[\x00-\x7f]*$"  # and nothing but ASCII to the end
)
"""A line of code written as prose: an assignment to a literal or a reference, ASCII from end to
end (``instance_type = "t2.micro"``, ``message = var.ok ? "yes" : "no"``, ``count = 3``).  Its value
is an example's, which a card would ask the learner to guess; ``ACID = 원자성, …`` and
``Serverless == FaaS`` are statements.

>>> [bool(CODE_ASSIGNMENT.match(t)) for t in ('instance_type = "t2.micro"', "count = 3", "ip_range = '10.0.0.0/8'")]
[True, True, True]
>>> [bool(CODE_ASSIGNMENT.match(t)) for t in ("ACID = 원자성, 일관성", "Serverless == FaaS", "RAM 증가 = CPU 증가")]
[False, False, False]
"""

JAMO_BULLET = re.compile(r"^\s*[ㅇㅁ]\s+")
"""A lone ``ㅇ`` or ``ㅁ`` typed as a bullet before a line (``ㅇ 가용 영역 : …``, ``ㅁ EC2``): Korean
writers mark items with these round and square letters as others with ``-`` or ``•``.  The
letters of a ``ㄱ``, ``ㄴ``, ``ㄷ`` run label choices an answer names, and stay.

>>> [bool(JAMO_BULLET.match(t)) for t in ("ㅇ 리전 : 데이터 센터의 묶음", "ㅁ EC2", "ㄱ 보기", "ㅇㅇ 맞음")]
[True, True, False, False]
"""

COMMAND_POINT = re.compile(
    r"^(?:[가-힣 ]{1,6}\s*:\s*)?(?:\$\s+)?(?:sudo\s+)?(?P<command>[a-z][a-z0-9_.-]*)"  # label, command
    r"(?P<arguments>(?:\s+(?:<[^>\s]+>\S*|\"[^\"]*\"|[\x21-\x7e]+))+)"  # its arguments: words, options, ``<이름>``
    r"\s*(?:$|/\s|;|:\s|·)"  # and then the end, or a description after a separator
)
"""A point that may be a command, maybe labelled and described after it: ``명령어: gcloud compute
instances describe <VM이름> / 설명: …``, ``docker pull <이미지명>[:태그]``.  Lowercase English reads
the same (``upload files``): :func:`command_word` asks for more.

>>> [bool(COMMAND_POINT.match(t)) for t in ("docker -v", "명령어: kubectl get pods / 설명: 파드 목록")]
[True, True]
>>> [bool(COMMAND_POINT.match(t)) for t in ("git add 로 스테이징", "Amazon S3 - 객체 스토리지", "pv 와 pvc")]
[False, False, False]
"""
_OPTION_OR_PLACEHOLDER = re.compile(r"(?:^|\s)(?:--?[A-Za-z]|<[^>\s]+>)")
MIN_COMMAND_WORDS = 3
"""Words a command without an option or a placeholder has at least: the command, a subcommand and
an object (``gcloud projects list``); two lowercase words are as often English (``upload files``)."""


def command_word(point: str, *, words_alone: bool = True) -> str | None:
    """The command a point types out, if it is one (:data:`COMMAND_POINT`) with an option or a
    placeholder (``docker -v``, ``docker pull <이미지>``) or, ``words_alone``, :data:`MIN_COMMAND_WORDS`
    words (which a table's rows confirm when all of them start with the same command).

    >>> command_word("명령어: gcloud projects list / 설명: 프로젝트 확인"), command_word("docker -v")
    ('gcloud', 'docker')
    >>> command_word("upload files"), command_word("virtual cloud / 직접 관리")
    (None, None)
    """
    typed = COMMAND_POINT.match(point.strip())
    if typed is None:
        return None
    arguments = typed["arguments"]
    if _OPTION_OR_PLACEHOLDER.search(arguments) or (words_alone and len(arguments.split()) + 1 >= MIN_COMMAND_WORDS):
        return typed["command"]
    return None


TYPED_COMMAND = re.compile(
    r"^(?:\$\s+)?(?:sudo\s+)?[a-z][a-z0-9_.-]*"  # the prompt, sudo, the command word
    r"(?:\s+\S+)*?\s+(?:--?[A-Za-z]|\+[a-z])\S*(?:\s|$)"  # its arguments, one an option
    r"[\x00-\x7f]*$"  # and nothing but ASCII to the end
)
"""A shell command typed out in full, ASCII from end to end: a command word, then an option
(``-t``, ``--force``, ``+i``) among its arguments.  A line that also says what it does in Hangul
(``ls -l : 자세히 나열``) is a statement about it.

>>> [bool(TYPED_COMMAND.match(t)) for t in ("tar -czf logs.tgz /var/log", "$ docker run -d -p 8080:80 nginx")]
[True, True]
>>> [bool(TYPED_COMMAND.match(t)) for t in ("ls -l : 자세히 나열한다", "Amazon S3 - 객체 스토리지", "RAID 1+0")]
[False, False, False]
"""

URL = re.compile(r"(?i)\b(?:https?://|www\.)\S+")
"""A web address written out."""

WORKED_SEQUENCE = re.compile(r"^\s*\d{1,4}(?:,\s\d{1,4}){3,}(?![\d.]).*?[:=]\s?\d")
"""A line that opens with an exercise's data, four numbers or more, and gives a result worked out
from them (``98, 183, 37, 122 총 이동거리 : 640``, ``7, 0, 1, 2, 0, 3 → 페이지 부재 : 9``).

>>> bool(WORKED_SEQUENCE.match("20, 50, 40, 90 총 이동거리 : 170"))
True
>>> bool(WORKED_SEQUENCE.match("RAID 0, 1, 5, 10을 지원한다")), bool(WORKED_SEQUENCE.match("1,000,000,000 B = 1 GB"))
(False, False)
"""

_OPERATION = re.compile(r"\d[^\d=≈\n]{0,15}?(?:\s?[*×÷x+-]\s?|\s/\s)[$€₩]?\d")
"""An operation between two numbers; a slash only with spaces round it (``3 KB / 4 KB``), as
``MB/s`` and ``$/GB`` are units."""
_PRODUCT = re.compile(
    r"\d\)?\s*[*×]\s*[($€₩]?\d|\d(?:%|[가-힣]{1,4})\)?(?:\s[*×]\s|[*×])[($€₩]?\d|\d[A-Za-z가-힣]{1,4}[*×]\d|\d\S*\s[가-힣A-Za-z]+\s[*×]\s\d"
)
"""A product, with no result needed: ``4 CPU * 2``, a unit glued to its factor (``10Mbps*2``,
``2% * 60분``), a word between (``126개의 네트워크 * 16,777,214개``).  A step written after a range
in Latin units is no product (``128MB ~ 10,240MB * 1MB 단위``)."""
_WORDED_PRODUCT = re.compile(
    r"\d[^\d=≈\n]{0,15}?\s(?:[x×*]|X)\s(?:[^\d\s=≈]{1,4}\s)?\d[^=≈\n]*[=≈]\s*(?:[^\d\s=≈]{1,6}\s)?\d"
)
"""A product written in words and worked out: a word may stand before the second factor and
before the result (``2개 저장 x 최소 3개 AZ = 최소 6개``, ``5만원 X 3 = 15만원``).  Only a product:
a range's hyphen with a word after ``=`` is a count (``0 - 65535 = 총 65,536개``)."""
_EQUALS = re.compile(r"[=≈]")
_RESULT_AFTER = re.compile(r"\s*[$€₩]?\d")
_TOTAL_LABEL = re.compile(r"^\s*(?:합계|총합|총계|소계)\s*[:：]")


def worked_arithmetic(text: str) -> bool:
    """Worked arithmetic (``4 CPU * 2 threads = 8 vCPU``, ``64 - 5 = 59``, ``2 × 3``, a price worked
    out: ``1.16 GB × $0.023 ≈ $0.026``, ``(27.8 + 20) × $0.114``) or the total it comes to
    (``합계: 월 $0.10``): an example, not a limit.  An operation counts with the result after the
    next ``=`` or ``≈``; each stretch between two of them is read once, so a long line costs its length.

    >>> [worked_arithmetic(t) for t in ("64 - 5 = 59", "1.16 GB ×$0.023 ≈$0.026", "합계: 월 $0.10", "포트 1024-65535")]
    [True, True, True, False]
    >>> [worked_arithmetic(t) for t in ("6 KB / 4 KB = 1.5", "처리량 = 250 MB/s", "요금 = $0.10/GB")]
    [True, False, False]
    >>> [worked_arithmetic(t) for t in ("2개 저장 x 최소 3개 AZ = 최소 6개", "5만원 X 3 = 15만원", "10Mbps*2 대역폭")]
    [True, True, True]
    >>> [worked_arithmetic(t) for t in ("126개의 네트워크 * 16,777,214개의 호스트", "x86 인스턴스 = 3세대")]
    [True, False]
    >>> [worked_arithmetic(t) for t in ("((24크레딧 - 2% * 60분 * 2vCPU) * 12)", "최대 10GB, *기본* 2GB")]
    [True, False]
    >>> [worked_arithmetic(t) for t in ("60분 * 2", "Lambda 최대 실행 시간은 15분 *2024년 기준")]
    [True, False]
    >>> [worked_arithmetic(t) for t in ("주소 공간 = 2^32 = 약 43억 개", "포트 0 - 65535 = 총 65,536개")]
    [False, False]
    >>> [worked_arithmetic(t) for t in ("메모리 128MB ~ 10,240MB * 1MB 단위", "RAID 1+0 구성: 디스크 4개 이상")]
    [False, False]
    """
    if _PRODUCT.search(text) or _TOTAL_LABEL.match(text) or _WORDED_PRODUCT.search(text):
        return True
    stretch = 0
    for equals in _EQUALS.finditer(text):
        if _RESULT_AFTER.match(text, equals.end()) and _OPERATION.search(text, stretch, equals.start()):
            return True
        stretch = equals.end()
    return False


LATEX = re.compile(r"\\(?:times|text|approx|frac|mathbf|cdot)|\$[^$]*\\[a-z]+")
"""LaTeX maths (``$14 \\times \\$0.023$``): a worked calculation."""

SENTENCE_CLOSE = re.compile(rf"(?:{'|'.join(SENTENCE_FINAL_FORMS)})[.!?。](?=\s|$)")
"""The end of a sentence: a sentence-final form and its stop (``있다.``, ``됨.``), then a space."""

ORDINAL_AROUND = re.compile(r"^(?:제\s?\d+|\d+\s?번째|[첫두세네]\s?번째|#?\d+[.)]?)\s*|\s*(?:#?\d+|\(\d+\))$")
"""The count of a label given in turn: ``첫번째`` ``두 번째`` ``제2`` before it, ``2`` ``#2`` ``(2)`` after.

>>> [ORDINAL_AROUND.sub("", t) for t in ("첫번째 예제", "예시 #2", "예시(3)", "3. 예제", "1) 예제")]
['예제', '예시', '예시', '예제', '예제']
"""

QUESTION_END = re.compile(r"[?？]\s*(?:[(（][^()（）]{1,20}[)）])?\s*$")
"""A line that asks rather than states."""
QUESTION_PREFIX = re.compile(rf"^\s*(?:(?:{'|'.join(QUESTION_KIND_WORDS)})\s*)?질문\s*\d*\s*[:：.)]\s*(?=\S)")
"""A label that files a heading as a question before the question itself (``면접 질문: B-Tree
구조에 대해 설명하라``, ``예상 질문 3. …``): the question names the subject, the label does not.

>>> [bool(QUESTION_PREFIX.match(t)) for t in ("면접 질문: B-Tree 구조", "질문 2. 락이란?", "질문 목록", "질문:")]
[True, True, False, False]
"""

EXAM_IMPERATIVE = re.compile(r"[가-힣](?<!십)시오[.。]?(?=[\s*_]*$|\s*[(（]?단\s?[,:])")
"""The formal imperative an exam question is written in (``…계산하시오.``, ``…말해보시오``,
``…쓰시오``), at the end of the line or before the question's conditions (``…계산하시오. 단, 한
블록은 1KB이다``).  Notes address their reader otherwise (``…하세요``, ``…할 것``), and the polite
``…하십시오`` of the documents they copy is advice (``MFA를 활성화하십시오``).  An imperative before
the description it asks about (``…용어를 쓰시오. 객체를 …하는 패턴``) leaves the line that description.

>>> [bool(EXAM_IMPERATIVE.search(t)) for t in ("최대 용량을 계산하시오. 단, 블록은 1KB", "4가지를 말해보시오.")]
[True, True]
>>> [bool(EXAM_IMPERATIVE.search(t)) for t in ("백업을 꼭 확인하세요.", "용어를 쓰시오. 객체를 복제하는 패턴")]
[False, False]
>>> bool(EXAM_IMPERATIVE.search("액세스 키는 90일마다 교체하십시오."))
False

Emphasis the parser left unclosed after it is markup (``…계산식과 함께 쓰시오 **``).

>>> bool(EXAM_IMPERATIVE.search("개발 기간을 계산식과 함께 쓰시오 **"))
True
"""
TRAILING_ASIDE = re.compile(r"\s*[(（][^()（）]*[)）]\s*$")
"""A bracketed aside that closes a line (``… 서술하시오. (kernel subsystem, protection)``): the
chapter or the hint of an exam question, after its asking ending."""

QUESTION_OPENER = re.compile(r"^\s*(?:\[\d+\]\s*|\d+[.)]\s*)?(?:Q\s*\d*|O\s*/?\s*X)\s*[.:：)]", re.IGNORECASE)
"""An exam question as notes write it: ``Q. …``, ``[8] Q. …``, ``Q3: …``, and a true-or-false one,
``OX: …``, ``O/X. …`` (its statement may be false: the answer under it says).  Not ``문제: …``, the
label notes give a design's drawback (``문제: 마스터가 단일 장애 지점이 된다``).

>>> [bool(QUESTION_OPENER.match(t)) for t in ("Q3: 최대 크기는", "OX: 캐시는 항상 일관적이다", "OSPF: 링크 상태")]
[True, True, False]
"""
_VERDICT_WORD = r"(?:정답|답|answer)\s*[.:：)]"
_ANSWER_WORD = rf"A\s*[.:：)]|{_VERDICT_WORD}"
ANSWER_OPENER = re.compile(rf"^\s*(?:{_ANSWER_WORD})", re.IGNORECASE)
"""Its answer on the next line: ``A. …``, ``정답: …``, ``Answer: …``."""


def without_pictographs(text: str) -> str:
    """``text`` without emoji and pictographs (``💡 예시`` → `` 예시``): decoration, never a word.

    >>> without_pictographs("💡 예시:"), without_pictographs("✅ 요약")
    (' 예시:', ' 요약')
    """
    return "".join(c for c in text if unicodedata.category(c) != "So" and c not in "\ufe0f\u200d")


VERDICT = re.compile(rf"^\s*{_VERDICT_WORD}", re.IGNORECASE)
"""The line that gives a question's answer (``정답: C``, ``Answer: B``), not a lettered ``A.``."""
VERDICT_REACH = 3
"""Lines after a question's lettered options within which its verdict, or the label that reveals
it (``정답 및 해설``), makes them an exam's options; lettered lines with none are the notes' own."""
ANSWER_MARK = re.compile(rf"^\s*(?:[①-⑳]|\(?\d{{1,2}}[.)]|{_ANSWER_WORD})\s*", re.IGNORECASE)
"""What opens an answer line and is not the answer: ``① ``, ``2) ``, ``A. ``, ``정답: ``."""
OPENING_NUMBER = r"(?:[(（]\d{1,2}[)）]\s*|\d{1,2}[.)]\s+|\d{1,2}\.(?=[A-Za-z가-힣]))"
"""The number a line opens with before the name it is about (``(4) CloudTrail 은 …``, ``3. DAX``,
and ``4.docker ps``, glued when the writer left out the space a list needs): no part of the name.

>>> [bool(re.match(OPENING_NUMBER, t)) for t in ("(4) 감사", "3. DAX", "4.docker ps", "3.14", "2021년")]
[True, True, True, False, False]
"""

ITEM_NUMBER = re.compile(r"^(?:\d+[.)]|[①-⑳]|[가-하][.)])\s*")
"""The number or letter an outline writes before an entry (``2.``, ``③``, ``가)``)."""
EXAMPLE_FOLLOWERS = re.compile(r"\s?등(?:[을이의에과도은]|(?![가-힣]))")
"""What follows a name given as one example of a kind (``Redis 등에 적합``, ``A 레코드 등을 등록``):
hidden, the blank asks for one of many that would fit.  ``Kafka와 같은 …`` stays: the kind it is
an example of is named beside it, and graded cards asked it well (``gp3와 같이 …``).

>>> [bool(EXAMPLE_FOLLOWERS.match(t)) for t in (" 등에 적합", " 등 다양한", "등급", "와 같은 도구")]
[True, True, False, False]
"""

NUMBERED_EXAMPLE = re.compile(r"^\W*(?:예시|예제|example|ex)\s?\d{1,2}\s?[:：.)]", re.IGNORECASE)
"""``예시1 : …``, ``예제 2) …``, ``Example 3: …``: a numbered example (its picture, its case), whose
names and numbers belong to the example.

>>> bool(NUMBERED_EXAMPLE.match("예시1 : 교수와 과목의 관계")), bool(NUMBERED_EXAMPLE.match("예시는 다음과 같다"))
(True, False)
"""

CITATION = re.compile(
    r"(?:『[^』]+』|「[^」]+」|《[^》]+》|\"[^\"]{2,}\"|“[^”]{2,}”)[^\n,]*,[^\n]*?"
    r"(?:\(\s?(?:19|20)\d\d\s?\)|,\s?(?:19|20)\d\d\s?(?:,|\.?\s*$))"
    r"|(?:\"[^\"]{2,}\"|“[^”]{2,}”)[^\n]{0,60}?\b(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?\s?\d{1,2},\s?(?:19|20)\d\d"
    r"|\s/\s?[^/\n]{1,40}?\s?\[(?:편|저|역|공저|편저|공편|엮음|지음|옮김)\]"
    r"\s*(?:\(\s?(?:19|20)\d\d\s?\))?[.,]?\s*(?:p{1,2}\.?\s?\d[\d\-–]*\.?|[Pp]rint\.?)?\s*$"
)
"""A work cited with its year: a title in 『』, 「」, 《》 or quotes, a comma (author, publisher…),
then the year in brackets, between commas or last (``김○○ 『… 한 권으로 끝내기』, ○○아카데미(2020),
p104``, ``"…" 강의 영상, 홍길동, 2014,``, ``A. Kim, "…", Some Press, 1975``); or a web page cited
the English way, its title in quotes, then the site and the day it was read (``“크로스 사이트 요청
위조.” 위키백과. Mar. 3, 2021, …``); or a library's record of a book (below).

>>> bool(CITATION.search("저자 『데이터 분석 입문』, 출판사(2021), p10-20"))
True
>>> bool(CITATION.search('J. Doe and R. Roe, "Secure Storage Models", Some Institute, 1976'))
True
>>> bool(CITATION.search('"최소 권한" 원칙은 1975년에 제시되었다, 2020'))
False

A library's record names who made the book after a slash, their part in brackets (``SQL 실전문제 /
한국○○원 [편] (2020)``, ``… / 홍길동 [저]``):

>>> bool(CITATION.search("SQL 자격검정 실전문제 : 국가공인 SQL개발자 / 한국○○진흥원 [편] (2020). p.12"))
True
>>> bool(CITATION.search("읽기/쓰기 [편집] 모드에서 저장한다"))
False

A definition that only cites its source in brackets is still a definition:

>>> bool(CITATION.search("정규화는 릴레이션을 분해하는 과정이다 (SQL 가이드 / 한국○○원 [편])"))
False
>>> bool(CITATION.search("『데이터 분석 입문』에 나온 정의를 따른다"))
False
>>> bool(CITATION.search("「정보 보호법」(2011)은 동의를 규정한다"))
False
>>> bool(CITATION.search("“크로스 사이트 요청 위조.” 위키백과. Mar. 3, 2021, 위키백과 - CSRF."))
True
>>> bool(CITATION.search('"OWASP Top 10" 목록은 2021년에 바뀌었다'))
False
"""

EXAMPLE_LABEL = re.compile(r"[(（\[]\s*(?:비유|예시|예제|예)\s*[)）\]]")
"""A line labelled as an analogy or an example (``구매 옵션 (비유)``): the lines under it illustrate."""

LIST_INTRO = re.compile(r"[:：]\s*$")
"""A line that introduces the list under it (``4가지 조건:``)."""


def _counted(counters: tuple[str, ...]) -> re.Pattern[str]:
    """A count of one or two digits (not part of a longer number) before one of ``counters``."""
    return re.compile(r"(?<![\d.])(?P<count>\d{1,2})\s*(?:" + "|".join(counters) + ")")


LIST_COUNT = _counted(CLOSED_SET_WORDS)
"""A title that counts the list under it (``4가지 조건``, ``3단계``, ``5가지 핵심 가치``).

>>> [m["count"] for t in ("발생 조건 4가지:", "3단계 절차", "5가지 핵심 가치") if (m := LIST_COUNT.search(t))]
['4', '3', '5']
"""
KIND_COUNT = _counted(KIND_COUNTERS)
"""A number of kinds (``4가지``, ``3단계``, ``5 요소``): see :data:`~builder.analyse.words.KIND_COUNTERS`."""

USE_CASE = re.compile(
    rf"^(?:{_ARROW_ALTERNATION})?\s*(?:대표적(?:인)?\s*)?(?:사용\s*사례|활용\s*사례|use\s*cases?)\s*[:：]\s*(?P<rest>\S.*)$",
    re.IGNORECASE | re.DOTALL,
)
"""``사용 사례: …`` (``-> 사용 사례: …``, ``Use cases: …``): when to use the subject."""

USE_CASE_LABEL = "사용 사례: "
"""How a card labels a use case that does not say it is one."""

OWN_LINE = re.compile(
    rf"^\s*(?:{_ARROW_ALTERNATION}|" + "|".join(re.escape(m) for m in EXAMPLE_MARKERS) + ")",
    re.IGNORECASE,
)
"""A line that starts a statement of its own even inside a bullet's paragraph (``=> …``,
``Ex) …``, ``예) …``)."""

ORDINAL = re.compile(
    r"^(?:첫|두|세|네|다섯|여섯|일곱|여덟|아홉|열|\d+)\s*(?:번\s*)?[째쨰]|^(?:first|second|third|fourth|\d+(?:st|nd|rd|th))\b",
    re.IGNORECASE,
)
"""``첫번째``, ``2번째``, ``third``: a position, not a name to set against others."""

PLACEHOLDER = re.compile(
    r"(?P<head>[A-Za-z가-힣]{2,})\s?(?:\((?P<bracketed>[A-Z])\)|(?<=\s)(?P<bare>[A-D])(?![A-Za-z0-9]))"
)
"""A thing an example names by a letter: ``VPC A``, ``개발자(A)``, ``자격증(B)``."""

LETTER_ACTOR = re.compile(r"(?<![\w.-])[A-Z](?:" + "|".join(WORD_PARTICLES) + r")(?=\s)")
"""A one-letter name with its particle, as a worked example calls its accounts, users and
transactions (``A의 잔고가``, ``B에게 보낸다``): what the sentence says of them is the example's.

>>> [bool(LETTER_ACTOR.search(t)) for t in ("A의 잔고가 10,000원 감소", "S3의 객체는 최대 5TB", "압축X는 250MB")]
[True, False, False]
"""

RECORD_ID = re.compile(r"^(?:\d{1,6}|[A-Za-z]{1,3}-?\d{2,6})$")
"""A row number or a record code opening a table row (``1``, ``12``, ``A001``, ``P-17``): the row
is a record of example data, not a named thing."""

KEY_COLUMN = re.compile(r"[(（\[]\s*(?:PK|FK|P\.?K\.?|F\.?K\.?)\s*[)）\]]|\b(?:PK|FK)\s*$", re.IGNORECASE)
"""A table header marked as a primary or foreign key (``회원번호(PK)``, ``과목 [FK]``, ``id PK``): the
table is a relation written out with its tuples, an example's data.

>>> [bool(KEY_COLUMN.search(h)) for h in ("회원번호(PK)", "과목 [FK]", "id PK", "PKI 구성", "가격")]
[True, True, True, False, False]
"""

COLUMN_NAME = re.compile(r"^[a-z][a-z0-9]*(?:_[a-z0-9]+)+$")
"""A table header written as a database names its columns, in snake case (``empl_id``,
``account_num``): two of them head a relation written out with its tuples, an example's data.

>>> [bool(COLUMN_NAME.match(h)) for h in ("empl_id", "account_num", "Account ID", "이름", "max")]
[True, True, False, False, False]
"""

ROW_PLACEHOLDER = re.compile(r"^(?P<letters>[A-Za-z]{1,2})(?P<number>\d{1,2})$")
"""A row label made of a letter and a number (``P1``, ``T0``): a thing an example numbers, when
the rows count up from the first (:func:`~builder.analyse.comparisons.holds_records`)."""

_ONE_LETTER = r"\(?(?:[A-Ea-e]|[①-⑤])\s*[).]?"
OPTION_ONLY = re.compile(rf"^(?:\(?\d\s*[).번]?|{_ONE_LETTER}(?:\s*[,/]\s*{_ONE_LETTER})*)$")
"""An answer that only names exam options (``C``, ``3번``, ``②``, ``(B)``, ``B, D``): without the
options on the card, the letter asks nothing.  Numbers joined are a value (``1/2``).

>>> [bool(OPTION_ONLY.match(t)) for t in ("C", "3번", "②", "(B)", "B, D", "Latency", "CNAME", "1/2")]
[True, True, True, True, True, False, False, False]
"""

HASH_NUMBER = re.compile(r"#\s?\d+(?:\s*[,~-]\s*\d+)*")
"""A number written after ``#`` (``#7``, ``#8,9,10``): how exam dumps number their questions; a
heading of only this keeps its ``#`` (:func:`builder.parse.blocks` reads it so)."""

QUESTION_LABEL = re.compile(
    r"^\[?(?:Q|문제|문항|question)\s*(?:\.|#|no\.?)?\s*\d+\s*\]?\s*[.:：]?$|^\d+\s*번(?:\s*문제)?$"
    rf"|^{HASH_NUMBER.pattern}$|^\d+\s+/\s+(?:[2-9]\d|\d{{3}})$",
    re.IGNORECASE,
)
"""A heading that only numbers an exam question (``## Q27``, ``## [Q6]``, ``### 문제 3``, ``## 12번``,
``## Question #25``, ``### #8,9,10``, ``##### 17 / 65``, the 17th of a test of 20 or more
questions, spaced so): the lines right under it are the question's scenario.  A bare number names
something else (``### 404`` a status code, ``### 22`` a port), as do ``3/15`` (a date) and ``1 / 3``
(a part of three).

>>> [bool(QUESTION_LABEL.match(t)) for t in ("Q27", "[Q6]", "#7", "#8,9,10", "12번", "404", "1. 개요", "Question 2:")]
[True, True, True, True, True, False, False, True]
>>> [bool(QUESTION_LABEL.match(t)) for t in ("17 / 65", "3 / 130", "3/15", "1 / 3", "TCP/IP", "1/2 정리")]
[True, True, False, False, False, False]
"""


TITLED_QUESTION = re.compile(r"^(?:문제|문항)\s*\d+\s*[.:：)]\s*\S")
"""A heading that numbers an exam problem and names what it is about (``## 문제 4: S3 버전 관리``).
``## Q3. 캐시 전략`` is as often a study topic written as a question to review.

>>> [bool(TITLED_QUESTION.match(t)) for t in ("문제 4: S3 버전 관리", "Q3. 캐시 전략", "문제 27", "문제 해결 방법")]
[True, False, False, False]
"""

NAMED_QUESTION = re.compile(
    r"^\[?(?:Q|문제|문항|question|task|과제)\s*(?:\.|#|no\.?)?\s*\d+\s*\]?\s*[.:：)\-–]\s*\S", re.IGNORECASE
)
"""A heading that numbers a question and names it (``## q1: ETCD 백업 및 복원``, ``## Q3. 노드
유지보수``, ``### 문제 2 - 서브넷 분할``, ``## Task 4: 정책 구성``): an exercise's or an interview's
question, told apart by what is written under it (:mod:`~builder.analyse.task_sheet`); wider than
:data:`TITLED_QUESTION`, an exam problem's own heading.

>>> [bool(NAMED_QUESTION.match(t)) for t in ("q1: ETCD 백업 및 복원", "Q3. 노드 유지보수", "문제 2 - 서브넷 분할")]
[True, True, True]
>>> [bool(NAMED_QUESTION.match(t)) for t in ("Q27", "QoS 정책", "1. 개요", "Question 2:", "Quorum: 과반수")]
[False, False, False, False, False]
"""

LABEL_BRACKETS = "[]【】"
"""Brackets a line may put around a question's number (``- [Q5]``)."""


def _any_of(words: tuple[str, ...]) -> str:
    """A pattern for any of ``words``, a space in one of them optional or written as a slug's dash or
    underscore (``공부 방법``, ``공부방법``, ``exam-review``)."""
    return "|".join(re.escape(w).replace("\\ ", r"[\s_-]*") for w in words)


STORY_TITLE = re.compile(
    # but for a bracket (``도전기 (2급)``) or a subtitle after a bar or a dash (``수료 후기 | 중급 과정``)
    rf"(?:{_any_of(STORY_TITLE_WORDS)})(?![가-힣])\s*(?:[(\[（].*|\s[|–—-]\s.*)?[\W_]*$",
    re.IGNORECASE,
)
"""A title that names the writer's story of an exam (:data:`~builder.analyse.words.STORY_TITLE_WORDS`).

>>> titles = ("2022년 SQLD 합격 후기", "리눅스마스터 도전기 (2급)", "CKA 공부방법", "후기 산업 사회", "회고록")
>>> [bool(STORY_TITLE.search(t)) for t in titles]
[True, True, True, False, False]
>>> bool(STORY_TITLE.search("스터디 수료 후기 | 입문반, 중급반")), bool(STORY_TITLE.search("CKA 후기 - 1편"))
(True, True)
>>> bool(STORY_TITLE.search("NAVER-Cloud-Platform-Certified-Professional-exam-review"))
True
>>> bool(STORY_TITLE.search("AWS Well-Architected review")), bool(STORY_TITLE.search("Exam review questions"))
(False, False)
"""

NOTES_TITLE = re.compile(
    rf"(?:^|[\s_-])(?:{_any_of(NOTES_TITLE_WORDS)})\s*$",
    re.IGNORECASE,
)
"""A file's title that names the notes themselves (``AWS-SCS-note``, ``SQLD 요약``, ``CKA 공부 정리``):
what the page is, not a subject its first line defines (:data:`~builder.analyse.words.NOTES_TITLE_WORDS`).

>>> [bool(NOTES_TITLE.search(t)) for t in ("AWS-SCS-note", "SQLD 요약", "my_notes", "Release Notes 기능", "키노트")]
[True, True, True, False, False]
"""

_PART_WORDS = ("chapter", "ch", "part", "section", "unit", "lecture", "lesson", "week", "day", "module", "step")
"""English words a book, a course or a lab numbers its parts with (``Chapter 03``, ``Step 2``)."""
_NUMBERED = r"\s*\.?\s*\d+(?:[-.]\d+)*\.?$"
"""The number after such a word: ``03``, ``.2``, ``1.1``, ``2.``."""

PART_LABEL = re.compile(
    rf"^(?:{'|'.join(_PART_WORDS)}){_NUMBERED}|^(?:제\s*)?\d+\s*(?:장|절|강|주차|일차|교시|편|부|과목)$",
    re.IGNORECASE,
)
"""A heading that only numbers a part of a book or course (``## Chapter 03``, ``## Ch.2``,
``## 3주차``, ``## 제4장``, an exam's ``## 1과목``, a lab's ``## Step 2``): the place of the
lines, not a thing they define.

>>> [bool(PART_LABEL.match(t)) for t in ("Chapter 03", "Ch.2", "3주차", "제4장", "1과목", "Step 2")]
[True, True, True, True, True, True]
>>> [bool(PART_LABEL.match(t)) for t in ("Chapter 3 정렬", "3장비", "과목 3", "Step 2: SYN-ACK")]
[False, False, False, False]
"""

COUNTED_OFF = re.compile(r"\s*[(（]\d[)）]")
"""A number in brackets after a name (``root(1)``, ``root(2)`` of an example's output): which
occurrence of the name it is, not another name.  A longer number is the value a name stands for
(``보안 포트 번호(443)``).

>>> COUNTED_OFF.sub("", "root(1)"), COUNTED_OFF.search("NAT (Static)"), COUNTED_OFF.search("번호(443)")
('root', None, None)
"""

DATE_LABEL = re.compile(r"^(?:(?:19|20)?\d{2}[-./]\s?\d{1,2}[-./]\s?\d{1,2}\.?|(?:19|20)?\d{6})$")
"""A heading that only dates the lines under it (``## 221116``, ``## 2024-03-05``, ``## 24.3.5``):
the day they were written, not a thing they are about.

>>> [bool(DATE_LABEL.match(t)) for t in ("221116", "20221116", "2024-03-05", "24.3.5", "1024", "10.0.0.0")]
[True, True, True, True, False, False]
"""

CAPITALISED_NAME = re.compile(r"[A-Z0-9][\w.-]*(?: [A-Z0-9][\w.-]*)+", re.ASCII)
"""Words in Latin letters, each capitalised or a number: a product's name, one name however long.

>>> [bool(CAPITALISED_NAME.fullmatch(t)) for t in ("S3 Transfer Acceleration", "AWS Cloud Kit", "use the VPC")]
[True, True, False]
"""

FILE_SLUG = re.compile(r"[A-Za-z0-9]+(?:[-_]+[A-Za-z0-9]+)+")
"""A file name written as a slug (``02-aws-saa-review``, ``week3_notes``): a file's name, which a
file with no title of its own is known by, not the name of a subject.

>>> [bool(FILE_SLUG.fullmatch(t)) for t in ("02-aws-saa-review", "kube-proxy", "RDS(관계형 DB)", "S3 정리")]
[True, True, False, False]
>>> bool(FILE_SLUG.fullmatch("technical__interview_db"))
True
"""

EXAMPLE_TITLE_WORD = re.compile(r"(?<![\w.])(?:examples?|exercises?)(?![\w.])", re.IGNORECASE)
"""The English word of a heading over a worked example or an exercise (``## Example · Transaction``,
``### for_each example``), as a word of its own: ``www.example.com`` names a site.

>>> [bool(EXAMPLE_TITLE_WORD.search(t)) for t in ("depends_on example", "Exercises", "www.example.com 접속")]
[True, True, False]
"""

LAB_LABEL = re.compile(r"^(?:테스트|실습|실험|태스크)\s*\d+$")
"""A subject that only numbers a lab's run or a task of a lab manual (``### 테스트 2: hosts 파일
수정``, ``## 태스크 6: Public 서브넷용 NACL 생성``): its setup, steps and results (names typed, rule
numbers, what happened) are the lab's, not facts of the subject.  An English ``test1`` heads a
practice exam's review, whose answers are asked.

>>> [bool(LAB_LABEL.match(t)) for t in ("태스크 6", "실습 2", "테스트 1", "test1", "3단계", "Task 1")]
[True, True, True, False, False, False]
"""

LAB_TASK_LABEL = re.compile(r"^태스크\s*\d+$")
"""A lab manual's task (``## 태스크 6: …``): the headings under it are its steps (``### 인바운드 규칙
설정``), so its lines are the lab's under them too."""

STEP_LABEL = re.compile(r"^(?:task|lab|step)\s*\d+$", re.IGNORECASE)
"""An English number of a step, a task or a lab (``Step 4``, ``Task 1``): a walkthrough's step only
when the heading names a task to do (``## Step 4 - 스왑 메모리 활성화하기``); concept notes number
a protocol's steps (``## Step 2: SYN-ACK``) and exam guides their tasks (``### Task 1: 안전한 액세스
설계``) so too.

>>> [bool(STEP_LABEL.match(t)) for t in ("Step 4", "Task 1", "Lab 2", "Step", "Steps 2")]
[True, True, True, False, False]
"""

_SAMPLE_NUMBERS = r"-?\d+(?:\.\d+)?(?:\s*,\s*-?\d+(?:\.\d+)?){3,}"
SAMPLE_DATA = re.compile(rf"^\s*(?:\{{\s*{_SAMPLE_NUMBERS}\s*\}}|\[\s*{_SAMPLE_NUMBERS}\s*\])\s*$")
"""A line that is only a set or an array of numbers (``{1,1,1,2,2,3,3}``, ``[3, 1, 4, 1, 5]``): the
sample data of a worked example, whose mean, median or sort order the lines under it work out.  A
bare run of numbers is as often a list to memorise (``20, 21, 22, 23, 25`` over the services on
those ports, ``1, 2, 4, 8, 16`` over what they mask).

>>> [bool(SAMPLE_DATA.match(t)) for t in ("{1,1,1,2,2,3,3,3}", "[3, 1, 4, 1, 5]", "2, 4, 6, 8, 10")]
[True, True, False]
>>> [bool(SAMPLE_DATA.match(t)) for t in ("RAID 0, 1, 5, 10", "{1, 2}", "1,000,000")]
[False, False, False]
"""

_STEP_WORDS = (*(w for w in _PART_WORDS if w != "section"), "task", "lab", "phase")
"""The words of a step's number a card never hides: a part's, but ``Section 508`` (a law) and
``Stage 1.5`` (a boot loader's) name things."""
ORDINAL_LABEL = re.compile(rf"^(?:(?:{'|'.join(_STEP_WORDS)}){_NUMBERED}|\d+(?:st|nd|rd|th)$)", re.IGNORECASE)
"""A term that only numbers a place in a sequence (``Step 1.1``, ``STEP2.``, ``Task 3``, ``Phase 2``,
an English ordinal: ``2nd : en-US;q=0.8``): where it opens the line, hidden, a card asks which
number the writer gave the step, not what is done in it.  Inside a sentence such a word and
number may name a thing (``Unit 8200``, ``Day 2``).

>>> [bool(ORDINAL_LABEL.match(t)) for t in ("Step 1.1", "STEP2.", "Task 3", "Phase 2", "Chapter 03", "3rd")]
[True, True, True, True, True, True]
>>> [bool(ORDINAL_LABEL.match(t)) for t in ("Step Functions", "Stage 1.5", "Section 508", "3단계")]
[False, False, False, False]
"""

EXAM_SITTING = re.compile(r"(?<![\d.])(?:1[5-9]|2\d|(?:19|20)\d{2})\s?년\s?\d{1,2}\s?회(?:차)?(?=기출|[^\d가-힣]|$)")
"""An exam's sitting, the year and the round (``(20년 1회)``, ``2021년 3회 기출``): where a question
was set, as a source tag says, not a quantity of the subject.

>>> [m.group() for m in EXAM_SITTING.finditer("XML은 HTML을 보완한다 (20년 1회), 2019년 3회차 기출, 2020년 4회기출")]
['20년 1회', '2019년 3회차', '2020년 4회']
>>> [m.group() for m in EXAM_SITTING.finditer("연 1회 점검, 1년 2회, 10년 1회차에, 배터리는 10년 1회 교체")]
[]
"""

PAGE_BEFORE = re.compile(r"(?<![\w.])\d+\s*(?:p|P|쪽|페이지)\.?\s*$")
"""A page number right before a value (``(72p 15번)``, ``30쪽 2번``): the value is which exercise
on that page, a place in a workbook, not a quantity of the subject.

>>> bool(PAGE_BEFORE.search("NULL을 더하면 NULL (72p ")), bool(PAGE_BEFORE.search("S3는 "))
(True, False)
"""

OPTION_VERDICT = re.compile(r"^\s*\(?[A-Ea-e①-⑤]\s*[.)]?\s*(?:정답|오답)\s*[-–:：]")
"""An answer choice with the reviewer's verdict written before its explanation (``b. 오답- …``,
``(C) 정답: …``): the explanation of one option of a question the card cannot show.

>>> [bool(OPTION_VERDICT.match(t)) for t in ("a. 오답- 형상 관리가 하는 일이다", "정답: B", "a. 리전: 묶음")]
[True, False, False]
"""

OPENS_WITH_A_DATE = re.compile(r"(?:19|20)\d{2}\s?년|(?:19|20)\d{2}\s?[-./]\s?\d{1,2}\b")
"""A year that opens a phrase (``1973년 NBS는 표준 제안을 요청``, ``2013.03 발표``): when something
happened, the start of a story, not a name a line defines.

>>> [bool(OPENS_WITH_A_DATE.match(t)) for t in ("1973년 NBS", "2013.03 발표", "3년 약정", "2048 게임")]
[True, True, False, False]
"""

DATED_ENTRY = re.compile(
    r"^\W*\d{4}\s?[-./]\s?\d{1,2}\s?[-./]\s?\d{1,2}\.?\s?[:)\]].*?(?:발췌|추가|수정|작성|정리|업데이트|보완)"
)
"""A line labelled with a day's date that tells what the writer did to the page (``📌 2024-3-4: …
발췌``, ``2023.05.01) 내용 추가``): an entry of the page's log.  A dated event of the subject
(``2018.11.28) 최대 실행 시간이 15분으로 늘어남``) is a fact.

>>> [bool(DATED_ENTRY.match(t)) for t in ("📌 2024-3-4: 강의에서 발췌", "2023.05.01) 내용 추가")]
[True, True]
>>> DATED_ENTRY.match("2018.11.28) 15분으로 늘어남") is None
True
"""

CALENDAR_DAY = re.compile(
    r"^\W*(?:(?:19|20)?\d{2}\s?[-./]\s?)?\d{1,2}\s?[-./]\s?\d{1,2}\.?\s?[(（][월화수목금토일][)）]"
)
"""A line that opens with a day of the calendar and its weekday (``2024.07.12(금) - 총 4시간``,
``7/14(일) 시험``): a day of the writer's diary or schedule.  Events of a subject are dated without
the weekday (``2018.11.28) 15분으로 늘어남``).

>>> [bool(CALENDAR_DAY.match(t)) for t in ("2024.07.12(금) - 총 4시간 내외", "7/14(일) 시험", "- 24.3.5 (화) 복습")]
[True, True, True]
>>> [bool(CALENDAR_DAY.match(t)) for t in ("2018.11.28) 15분으로 늘어남", "2006년(월) 출시", "1.2(A) 항목")]
[False, False, False]
"""

CIRCLED_DIGITS = "①-⑳❶-❿➊-➓"
"""The circled digits exams number their options with, outlined and filled, as a character range."""

_OPTION_NUMBERS = r"[1-5](?:\s?,\s?[1-5])*(?!\d)"
"""Option numbers picked after a colon: one (``5``) or several (``2, 4``)."""

PICKED_ANSWER = re.compile(
    r"^\W*(?:따라서\s|그러므로\s|즉\s)?(?:(?:고른|골랐던|내|나의|선택한)\s?)?(?:정?답|(?i:correct\s)?(?i:answers?))\]?\s?(?:은|는|:|：|=)?\s?[(\[]?\s?"
    rf"(?:\d{{1,2}}\s?번(?:\s?,\s?\d{{1,2}}\s?번)*|[{CIRCLED_DIGITS}]|(?<=[:：=\]]\s){_OPTION_NUMBERS}"
    rf"|(?<=[:：=\]]){_OPTION_NUMBERS}"
    r"|[A-Ea-e](?:\s?[,&]\s?[A-Ea-e])*(?![\w.])"
    r"|(?<=[:：=]\s)[A-E]{2,3}(?![\w.]))"
    r"[)\]]?\s?(?:이다|입니다|임)?[.!)]?\s*$"
)
"""A line that only names the choice a question's answer is (``따라서 정답은 1번이다``, ``답: ③``):
the number picks an option the card cannot show, it measures nothing.  A line that goes on to
explain (``정답은 3번, … 최소 180일 …``) states facts of its own.

>>> [bool(PICKED_ANSWER.match(t)) for t in ("따라서 정답은 1번이다", "답: ③", "응답은 2번")]
[True, True, False]

A bare option number after a colon picks an option too, and so does the writer's own pick before
the key (``정답: 5``, ``고른 답: 3``, ``답: B``); a number past the options answers with a value
(``정답: 22``, the port asked for):

>>> [bool(PICKED_ANSWER.match(t)) for t in ("정답: 5", "고른 답: 3", "답: B", "정답: 2, 4", "답: 5GB", "정답: 22")]
[True, True, True, True, False, False]
>>> PICKED_ANSWER.match("정답은 5") is None, bool(PICKED_ANSWER.match("정답: 2번, 4번"))
(True, True)
>>> bool(PICKED_ANSWER.match("[답] 2")), bool(PICKED_ANSWER.match("[정답] ③"))
(True, True)
>>> PICKED_ANSWER.match("정답은 3번, 최소 180일 보관") is None
True

A question that asks for two picks has two letters (``정답 : B , C``):

>>> [bool(PICKED_ANSWER.match(t)) for t in ("정답 : B , C", "정답: A,D", "답: B, 보관")]
[True, True, False]

An English dump's key is one too (``Correct answer: A, B`` under its lettered options); an answer
that names the thing (``Answer: Amazon Inspector``) is the card's answer:

>>> [bool(PICKED_ANSWER.match(t)) for t in ("Correct answer: A, B", "Answer: C", "Answer: Amazon Inspector")]
[True, True, False]
>>> [bool(PICKED_ANSWER.match(t)) for t in ("Correct Answer: AC", "Answer: ACL", "Answer: B, D")]
[True, False, True]
"""

TASK_BOX = re.compile(r"^\s*(?:\[[ xXvVoO✓✔-]\]|[☐☑☒])\s*")
"""A task list's box, ticked or not (GitHub ``[x]``, Obsidian ``[-]``, a ``[V]`` ticked by hand)."""
TICKED_BOX = re.compile(r"^\s*(?:\[[xXvV✓✔]\]|[☑☒])\s")
"""A task list's box ticked (``- [x] …``): under a question, the option the writer picked.

>>> [bool(TICKED_BOX.match(t)) for t in ("[x] 격리된 파티션", "[ ] 리전", "[링크] 참고")]
[True, False, False]
"""


def goes_on_with_an_option(option: str, line: str, *, option_follows: bool) -> bool:
    """Whether a line written on the line after an exam option's is that option's, wrapped: between
    two options any line is, however it ends (``A. …`` / ``EKS`` / ``B. …``); after the last one,
    only a line that goes on in its voice, ending in the same two syllables (``…생성합니다.`` /
    ``…구성합니다.``): the writer's own note under it ends otherwise (``…12시간이 걸린다.``).

    >>> goes_on_with_an_option("A. 버킷을 생성합니다.", "버킷 간 복제를 구성합니다.", option_follows=False)
    True
    >>> goes_on_with_an_option("B. 복제합니다.", "검색에 12시간이 걸린다.", option_follows=False)
    False
    >>> goes_on_with_an_option("A. 키를 생성합니다.", "EKS", option_follows=True)
    True
    """
    if option_follows:
        return True
    endings = [re.sub(r"[^가-힣]", "", text)[-2:] for text in (option, line)]
    return len(endings[0]) == 2 and endings[0] == endings[1]


OPTION_LETTER = re.compile(r"^\s*\(?[A-Ea-e]\s*(?:\)\.?|\.)\s")
"""An answer choice numbered by a letter (``a. …``, ``(B) …``, ``(C). …``, ``c) …``): one of a
question's options when it is written under the question.

>>> [bool(OPTION_LETTER.match(t)) for t in ("a. 코드의 백업을 저장한다", "(B) 매핑한다", "(C). 로그를 옮긴다")]
[True, True, True]
>>> [bool(OPTION_LETTER.match(t)) for t in ("AWS는 …", "a.b.c 표기")]
[False, False]
"""

OPTION_NUMBER = re.compile(r"^\s*\((?P<number>[1-5])\)\s*(?=\S)")
"""An answer choice numbered in brackets (``(1) 데이터의 통합성.``), as Korean exam books number them:
one of a question's options when several are written under a question an exam sets or one its
key answers (``[답] 3``); a learner numbers their own answer's parts so too (``(1) 원자성: …``).

>>> bool(OPTION_NUMBER.match("(1) 데이터의 통합성.")), bool(OPTION_NUMBER.match("(중요) 원자성"))
(True, False)
"""

QUESTION_BLANK = re.compile(r"[(（\[](?:\s+|\s*[ⓐ-ⓩ㉠-㉭]\s*|\s+\d{1,2}\s+)[)）\]]|[ⓐ-ⓩ㉠-㉭]|_{3,}")
"""Where a question to fill in leaves its answer out: ``ⓐ``, ``㉠``, ``( )``, ``( 1 )``, ``___`` (a
call's ``()`` is no blank, nor an enumeration's ``(1)``).

>>> [m.group() for m in QUESTION_BLANK.finditer("( ㉠ )는 IP를, ( ㉡ )는 오류를 알린다")]
['( ㉠ )', '( ㉡ )']
>>> [m.group() for m in QUESTION_BLANK.finditer("wait()를 부르면 (   )(이)라고 한다")]
['(   )']
>>> [m.group() for m in QUESTION_BLANK.finditer("기호는 ( 1 )이고 (1) 유일성, f(2)")]
['( 1 )']
"""


KEY_OPENER = re.compile(r"^\s*(?:정답|답|answer)\s*[.:：)]\s*", re.IGNORECASE)
"""The mark before a question's key written on its line (``정답: 쿠키``, ``Answer) TKIP``); an
option's letter (``A. …``) is no key.

>>> [bool(KEY_OPENER.match(t)) for t in ("정답: 쿠키", "답 : ISP", "A. CNAME", "정답률이 높다")]
[True, True, False, False]
"""

BLANK_KEY = re.compile(r"^\s*(?:[ⓐ-ⓩ㉠-㉭]|[ㄱ-ㅎ])\s*[:：]")
"""The key of one blank of a question written with its blank's mark (``ⓑ : NAS``, ``ㄴ : ICMP``).

>>> [bool(BLANK_KEY.match(t)) for t in ("ⓑ : NAS(Network Attached Storage)", "ㄴ: ICMP", "NAS: 저장 장치")]
[True, True, False]
"""

CHOICE_OPENER = re.compile(r"^\s*(?:[ㄱ-ㅎA-Ea-e]\s*[.)]|[①-⑳]\s*[.)]?)\s*")
"""The mark of the option a key was picked from (``ㅈ. event-based``, ``B) Alias``, ``③ 스택``):
no part of the name.

>>> [CHOICE_OPENER.sub("", t) for t in ("ㅈ. event-based", "B) Alias 레코드", "③ 스택", "S3")]
['event-based', 'Alias 레코드', '스택', 'S3']
"""

CIRCLED_OPTION = re.compile(rf"^\s*[{CIRCLED_DIGITS}]\s*[.)]?\s")
"""An option numbered by a circled digit (``① …``, ``❸ …``): exam options are, explanations are not.

>>> [bool(CIRCLED_OPTION.match(t)) for t in ("① 최소 길이는 8자 이상이다", "❸ RSA를 쓴다", "22번 포트는 SSH가 쓴다")]
[True, True, False]
"""

OPTION_PICKED = re.compile(r"^\s*(?:\d{1,2}\s*번|[①-⑳])\s*[.)]?\s")
"""An exam answer that names the option it picks before quoting it (``3번. …``, ``② …``)."""

QUESTION_NUMBER = re.compile(r"\d+\s*번\s*(?:문제|문항)|(?:문제|문항)\s*\d+\s*번")
"""``214번 문제까지``, ``해설 없는 문제 52번``: which exam question, a place in a workbook (the learner's
progress), not a quantity of the subject."""

QUESTION_PART_LABEL = re.compile(r"^\s*\d+\s*번\s*(?:지문|보기|힌트|해설)\S*(?:\s+\S+)?\s*$")
"""A line that only names a part of a numbered question (``47번 힌트 해석``, ``20번 지문의 표현``):
the place in the workbook the lines under it are about.  A line that goes on (``25번 해설 : … 호스트는
62개``) states something, and ``5번 지문 인증 실패 시 …`` counts fingerprints.

>>> [bool(QUESTION_PART_LABEL.match(t)) for t in ("47번 힌트 해석", "20번 지문의 표현", "25번 해설 : 호스트는 62개")]
[True, True, False]
>>> bool(QUESTION_PART_LABEL.match("5번 지문 인증 실패 시 30분 잠금"))
False
"""

EXAM_TAG = re.compile(r"\d{4}\s*년\s*\d\s*회|기출")
"""``2021년 3회 기출``: where an exam asked it, not what it asked."""

EXAM_CITATION_DETAILS = re.compile(
    r"\d{4}\s*년\s*\d{1,2}\s*회(?:차)?|\d{4}\s*년(?:\s*\d{1,2}\s*월)?(?:\s*\d{1,2}\s*일)?"
    r"|\d{4}\s*[./-]\s*\d{1,2}\s*[./-]\s*\d{1,2}\.?"
    r"|[정젇]\s*[답압]\s*[률율]\s*[:：]?\s*\d+(?:\.\d+)?\s*%?|문제"
)
"""What else a line citing an exam question says of it: its sitting (``2023년 1회``) or date
(``2022년 4월 24일``, ``2022. 4. 24.``), the word ``문제`` and the share of candidates who got it
right (``정답률 : 48%``, ``정답율``, the writer's typo ``젇압률`` too).  Another rate is a value of the
subject (``가용률 99.99% (2023년 기출)``).

>>> EXAM_TAG.sub("", EXAM_CITATION_DETAILS.sub("", "2022년 4월 24일 기출문제 (정답률 : 48%)")).strip(" ()")
''
>>> EXAM_TAG.sub("", EXAM_CITATION_DETAILS.sub("", "2023년 1회 기출문제 (정답율: 40%)")).strip(" ()")
''
>>> EXAM_TAG.sub("", EXAM_CITATION_DETAILS.sub("", "가용률 99.99% (2023년 기출)")).strip(" ()")
'가용률 99.99%'
"""


def is_hangul(char: str) -> bool:
    """A Hangul syllable or jamo (the script whose words take particles)."""
    return "\uac00" <= char <= "\ud7a3" or is_jamo(char)


def is_jamo(char: str) -> bool:
    """A Hangul letter written alone, not in a syllable (``ㄴ``, ``ㅇ``): a writer's ``ㄴㄴ`` ("no"),
    not a word.

    >>> is_jamo("ㄴ"), is_jamo("나")
    (True, False)
    """
    return "\u1100" <= char <= "\u11ff" or "\u3130" <= char <= "\u318f"


FOOTNOTE_STAR = re.compile(r"(?<=[가-힣])\*{1,2}(?=[가-힣\s,.)]|$)")
"""A literal ``*`` or ``**`` left right after a Hangul syllable, before a particle, a space or the end
(``버퍼*의 크기``): a footnote mark, no emphasis and no content."""


PROSE_LINE = re.compile(r"[가-힣](?:[^가-힣]*[가-힣]){3}")
"""A line with four Hangul syllables or more: a sentence of notes, not a line of code."""

CODE_LINE = re.compile(r"[;{}]\s*$|^\s*(?:#|//|--|/\*|\$\s|>>>\s)")
"""A line shaped as code: it ends a statement or a block, or opens with a comment or a prompt
(``# 패키지 설치``, ``$ kubectl get pods``)."""

PROSE_SHARE = 0.8
MIN_PROSE_LINES = 3


def reads_as_prose(lines: list[str]) -> bool:
    """Whether a code fence holds notes rather than code: three lines or more, and most of them
    Korean sentences with no shape of code.  Writers fence their notes to keep the layout
    (``1. 질문`` / ``  -> 해설``) and a highlighter's language comes along (```` ```javascript ````).

    >>> reads_as_prose(["1. 정적 웹 사이트를 배포한다", "  -> CloudFront 배포를 만든다", "  -> 캐시 정책을 설정한다"])
    True
    >>> reads_as_prose(["# 패키지를 설치한다", "apt install nginx", "# 서비스를 시작한다", "nginx -s reload"])
    False
    """
    written = [line for line in lines if line.strip()]
    prose = [line for line in written if PROSE_LINE.search(line) and not CODE_LINE.search(line)]
    return len(written) >= MIN_PROSE_LINES and len(prose) >= PROSE_SHARE * len(written)


ROUND_THE_CLOCK = re.compile(
    r"(?:1\s*년\s*)?365\s*일\s*,?\s*24\s*시간|24\s*시간\s*,?\s*/?\s*365\s*일|\b24\s*[/x×]\s*7\b"
    r"|24\s*시간\s*(?:내내\s*)?(?=구동|작동|가동|운영|운용|켜\s?두|켜\s?놓)"
)
""""All the time", written in numbers (``1년 365일 24시간 운용``, ``24시간 365일``, ``24/7``, ``24시간
구동``: a machine that never stops): an idiom, whose numbers are no value to learn.  A bound
is no idiom (``24시간 이내에 복구``).

>>> [m.group() for m in ROUND_THE_CLOCK.finditer("1년 365일 24시간 운용, 24시간/365일 감시, 24/7 지원, 30일 보관")]
['1년 365일 24시간', '24시간/365일', '24/7']
>>> [m.group().strip() for m in ROUND_THE_CLOCK.finditer("서버를 24시간 작동시킨다, 24시간 이내에 복구")]
['24시간']
"""


BOUND_AFTER = re.compile(rf"\s*(?:을|를|이|가|은|는)?\s*(?:{'|'.join(BOUND_WORDS)})")
"""Words right after a value that make it a bound (``15분을 넘는 작업``, ``5TB 이하``, ``100개까지``).

>>> [bool(BOUND_AFTER.match(t)) for t in ("을 넘는 작업", " 이하의 객체", "까지 저장", "의 데이터에")]
[True, True, True, False]
"""

CLAUSE_BREAK = re.compile(r"[,;:→]|->|=>")
"""Marks where one clause of a sentence ends and the next begins.

>>> [m.group() for m in CLAUSE_BREAK.finditer("없으면 2개 생성, 1개만 있다면 → 1개")]
[',', '→']
"""

CLAUSE_BOUNDARY = re.compile(r"[,;，·|]|->|=>|→|\.\s")
"""Where the clause a value stands in ends (``14일 간 메시지 유지, 메시지는 …``): commas, semicolons,
middle dots, bars, arrows and a sentence's stop; what a value measures and the cheat sheet's label
of a value are read inside it.  A colon stays inside: ``최대 크기 : 5TB`` is one clause.

>>> [m.group() for m in CLAUSE_BOUNDARY.finditer("SQS : API, 14일 간 유지 → 중복 가능. 끝")]
[',', '→', '. ']
"""

KEYWORD_BREAK = re.compile(r"[,，、·|]|\s/\s|\s및\s")
"""What sets keywords apart on one line: commas, middle dots, bars, a spaced slash, ``및``; a slash
inside a name (``CI/CD``, ``TCP/IP``) is no break.

>>> bool(KEYWORD_BREAK.search("운영 우수성 · 보안")), bool(KEYWORD_BREAK.search("CI/CD 파이프라인"))
(True, False)
"""

ITEM_BREAK = re.compile(r",|\s?/\s?")
"""What sets a clause's items apart before their count: commas, and slashes (``아시아 / 유럽/ 미주 3개``).

>>> ITEM_BREAK.split("아시아 / 유럽/ 미주")
['아시아', '유럽', '미주']
"""

THRESHOLD_AFTER = re.compile(
    rf"\s*(?:을|를|이|가|은|는)?\s*(?:{'|'.join(THRESHOLD_WORDS)}|[전후](?:에|부터|까지)?(?![가-힣]))"
)
"""Words right after a value in a condition that make the condition a threshold, a rule to learn
(:data:`~builder.analyse.words.THRESHOLD_WORDS`).

>>> [bool(THRESHOLD_AFTER.match(t)) for t in ("이 지나면", "보다 작으면", " 전에 삭제하면", " 전송하면", "면, n은")]
[True, True, True, False, False]
"""

LISTS_BELOW = re.compile(
    rf"(?:다음|아래)(?:의)?\s?(?:{'|'.join(LISTED_NOUNS)})(?:을|를|에)\s?(?:만족|가지|갖|따르|따른|모두)"
    rf"|(?:다음의|아래의?)\s?(?:{'|'.join(LISTED_NOUNS)})(?:을|를)\s?(?:수행|제공|지원|포함|담당)"
)
"""A line that holds its subject to what the lines after it list (``트라이는 다음 조건을 만족하는
트리이다``, ``아래 특징을 가진다``, ``다음의 기능을 수행하는 프로그램이다``): what it says is in those
lines.  ``다음 요소를 가리킨다`` (the next element) holds to nothing, nor does ``다음 작업을 수행한다``
(the next job) without the ``의`` of "the following".

>>> bool(LISTS_BELOW.search("트라이는 다음 조건을 만족하는 트리이다."))
True
>>> bool(LISTS_BELOW.search("nginx는 다음의 기능을 수행할 수 있는 프로그램이다."))
True
>>> bool(LISTS_BELOW.search("각 노드는 다음 요소를 가리킨다")), bool(LISTS_BELOW.search("끝나면 다음 작업을 수행한다"))
(False, False)
"""

LABEL_COLON = re.compile(r"\s*[:：]")
"""The colon after a line's opening label (``속도 :``, ``가정:``)."""

GLOSSED_NUMBER = re.compile(
    r"(?<![\w.])(?<![A-Za-z] )(?P<base>\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?)(?:\^(?P<power>\d+))?\s?[(（]\s?$"
)
"""A bare number (or a power) and the bracket a value opens after it (``0.05 (``, ``2^16(``); a
number that ends a name (``RAID 5 (``) is no such number, and neither is an address (``10.255.255.255(``).

>>> GLOSSED_NUMBER.search("보통 0.05 (")["base"], GLOSSED_NUMBER.search("범위 2^16(")["power"]
('0.05', '16')
>>> GLOSSED_NUMBER.search("RAID 5 (") is None, GLOSSED_NUMBER.search("~ 10.255.255.255(") is None
(True, True)
"""

SYMBOL_ASSIGNMENT = re.compile(r"(?<![\w.])[A-Za-z][a-z0-9]{1,2}\s?[(（][^()（）]{2,}[)）]\s?=\s?(?=\d)")
"""A formula's symbol, one letter and its subscript, glossed in brackets and given a number
(``Tm(메모리 접근 시간) = 100ns``): a worked example's setting.  An acronym in capitals is a name
(``MTU(최대 전송 단위) = 1500바이트``).

>>> bool(SYMBOL_ASSIGNMENT.search("Tc(캐시 접근 시간) = 10ns"))
True
>>> bool(SYMBOL_ASSIGNMENT.search("MTU(최대 전송 단위) = 1500바이트"))
False
"""

GLOSS_AFTER_ITEMS = re.compile(r"\s?[(（](?P<gloss>[^()（）]*)[)）]\s*$")
"""A bracket closing a list of items (``P1, P2, P3 (12KB, 40KB, 8KB)``), read as their values
when every part of it is a number.

>>> GLOSS_AFTER_ITEMS.search("P1, P2 (12KB, 40KB)")["gloss"]
'12KB, 40KB'
"""

HANGUL_RUN = re.compile(r"[가-힣]+")
"""A run of Hangul syllables, as a word is written before its particle or a Latin name
(``큐블렛이``, the ``인스턴스`` of ``EC2인스턴스``)."""
