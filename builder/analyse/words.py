"""Every list of Korean (and English) words the builder knows, one list per kind, defined once.

Grammar comes from the analyser (:mod:`builder.analyse.morph`); these lists name the few
closed classes of words that carry a meaning for study notes: the particles a cloze must
neutralise, the connectives that join two names, the markers of examples, references and
labels, the nouns too generic to be worth hiding.  Each list says what it is for, with
examples; nothing else in the builder spells these words.
"""

from __future__ import annotations

NEUTRAL_PARTICLES: tuple[tuple[str, str], ...] = (
    ("으로", "(으)로"),
    ("로", "(으)로"),
    ("은", "은(는)"),
    ("는", "은(는)"),
    ("이", "이(가)"),
    ("가", "이(가)"),
    ("을", "을(를)"),
    ("를", "을(를)"),
    ("와", "와(과)"),
    ("과", "와(과)"),
)
"""Particles whose form depends on the final consonant of the word before them (``DAX는`` but
``Redshift가``), longest first, with the double form textbooks write after a hidden word."""

CORE_PARTICLES = ("은", "는", "이", "가", "을", "를")
"""The topic, subject and object particles, in both forms: what most often follows a noun."""

TOPIC_PARTICLES = ("은", "는")
"""The topic particle in both forms: ``SYN Flooding은 …`` says the line is about SYN Flooding."""

MEANS_PARTICLES = ("로", "으로")
"""The particle of a means (``LRU 알고리즘으로 교체한다``): a line that names its means says what it is about.

>>> "으로" in MEANS_PARTICLES
True
"""

TOPIC_OR_SUBJECT_PARTICLES = (*TOPIC_PARTICLES, "이", "가")
"""The particles after what a line is about, its topic or its subject (``EFS는 …``, ``Route 53이
…``); ``만`` and ``도`` single a noun out of others (``서버만 …``) and say nothing of the kind.

>>> "가" in TOPIC_OR_SUBJECT_PARTICLES, "만" in TOPIC_OR_SUBJECT_PARTICLES
(True, False)
"""

WORD_PARTICLES = (
    "에서는",
    "에서만",
    "에서도",
    "에서",
    "에게는",
    "에게만",
    "에게",
    "으로는",
    "으로만",
    "으로도",
    "으로",
    "로는",
    "로만",
    "로도",
    "로",
    "에는",
    "에만",
    "에도",
    "에",
    *CORE_PARTICLES,
    "의",
    "와",
    "과",
    "도",
    "만",
)
"""Particles that may end a noun, longest first: what is left of a loanword the dictionary cut
(``밸런서는`` → ``밸런서`` + ``는``, ``인스턴스에만`` → ``인스턴스`` + ``에만``) once its noun is read whole."""

NAME_ENDINGS = (
    *("이란", "란", "이라는", "라는", "이라고", "라고"),
    *("입니다", "이다", "이며", "이고", "이죠"),
    *("보다", "까지", "처럼", "만큼"),
    *WORD_PARTICLES,
)
"""What may follow a name of one syllable where it stands as a word (``힙이란``, ``큐입니다``, ``락보다``,
``뷰는``), longest first within each group: past these, the syllable starts another word (``힙합``).

>>> "힙이란 …"[1:].startswith(NAME_ENDINGS), "힙합"[1:].startswith(NAME_ENDINGS)
(True, False)
"""

NOUN_FINAL_PARTICLES = ("도", "과", "와", "로", "의", "이", "가", "만")
"""Particles that are also the last syllable of many nouns (``결합도``, ``결과``, ``경로``, ``차이``):
read off a word alone, with no analysis of its sentence, they may be part of the noun.

>>> "결합도".endswith(NOUN_FINAL_PARTICLES)
True
"""

WORD_PARTICLE_TAGS = {
    "은": "JX",
    "는": "JX",
    "도": "JX",
    "만": "JX",
    "이": "JKS",
    "가": "JKS",
    "을": "JKO",
    "를": "JKO",
    "의": "JKG",
}
"""The dictionary's tag for each of those particles (any other is adverbial, ``JKB``)."""

CONNECTIVES = frozenset({"또는", "혹은", "및", "그리고", "또", "or", "and", "및/또는"})
"""Words that join two names or clauses (``A 또는 B``): never a subject, never a name."""

PAIRING_WORDS = frozenset({"vs", "vs.", "v.s.", "versus", "대", "대비", "비교", "차이", "차이점", "와", "과", "의"})
"""Words that only set names side by side (``A vs B``, ``A와 B의 차이``): with the names taken out
of a comparison's title, these and :data:`CONNECTIVES` are all a title that says nothing more
may hold (``라이트 스루와 라이트 백:`` does; ``두 가지 실행 티어 웹, 워커`` says more)."""

ARROWS = ("=>", "->", "→", "⇒", "⟹")
"""Arrows that lead from a premise to a conclusion (``원인 => 결과``)."""

EXAMPLE_MARKERS = (
    "ex)",
    "ex:",
    "ex.",
    "e.g.",
    "eg)",
    "예)",
    "예:",
    "예시)",
    "예시:",
    "예를 들어",
    "예를 들면",
    "예를들어",
    "예를들면",
    "예컨대",
    "가령",
    "비유:",
    "비유)",
)
"""Openings of a worked example or an illustration (``Ex) …``, ``예를 들어, …``, an analogy's
``비유: 책에 색인을 만들어두면 …``): its numbers are not limits, and the line is not a statement to
learn on its own."""

EXAMPLE_LABEL_WORDS = frozenset({"예", "example", "examples", "ex", "e.g", "eg"})
"""A line of one of these words alone labels what follows as an example (``- 예``, ``**Example**``),
as the markers and the example headings do.

>>> "example" in EXAMPLE_LABEL_WORDS
True
"""

WELL_KNOWN_ADDRESSES = frozenset(
    {"0.0.0.0/0", "127.0.0.0/8", "169.254.0.0/16", "10.0.0.0/8", "172.16.0.0/12", "192.168.0.0/16", "100.64.0.0/10"}
    | {"224.0.0.0/4", "240.0.0.0/4", "198.18.0.0/15"}
    | {"172.31.0.0/16"}
)
"""Networks every network knows, worth learning as values: anywhere (the default route), the
loopback and link-local ranges, the private and shared ranges, multicast, the reserved and
benchmarking ranges, and AWS's default VPC.  Any other network in the notes is an example's (a
bare address with no prefix is never read as a value), the documentation ranges above all
(``203.0.113.0/24``, ``198.51.100.0/24``, ``192.0.2.0/24``): they are set aside so that examples
use them (``203.0.113.0/24 대역에서 s3:GetObject 허용``).

>>> "0.0.0.0/0" in WELL_KNOWN_ADDRESSES, "203.0.113.0/24" in WELL_KNOWN_ADDRESSES
(True, False)
"""

RECORD_HOLDERS = frozenset(
    {"사용자", "이름", "성명", "고객", "학생", "사원", "직원", "회원", "학번", "사번", "아이디"}
    | {"고객명", "학생명", "사원명", "직원명", "회원명"}
    | {"user", "username", "name", "id", "employee", "student", "customer"}
)
"""A first column headed by one of these lists the people or records of an example (``| 사용자 |
권한 |`` over ``| Minsu | 소유자 |``), not the things the notes compare.

>>> "사용자" in RECORD_HOLDERS
True
"""

REFERENCE_MARKERS = (
    *("출처", "참고", "참조", "링크", "참고 자료", "참고자료", "참고 문헌", "참고문헌"),
    *("reference", "references", "source", "ref", "docs", "문서", "bibliography"),
)
"""Openings of a reference line (``출처: …``, ``참고 - 공식 문서``), not content."""

SUPPOSING_NOUNS = frozenset({"상상", "가정"})
"""Nouns of the verbs that invite the reader to suppose (``… 테이블을 상상해보자``, ``… 있다고
가정하자``): what follows is made up for the example.  ``생각해 보자`` is left out: it opens a
writer's reasoning (``두 방식을 비교해 생각해 보자``) as often.

>>> "가정" in SUPPOSING_NOUNS
True
"""

SOURCE_LIST_LABELS = frozenset(
    {
        *("출처", "참고 자료", "참고자료", "참고 문헌", "참고문헌", "참고 사이트", "참고사이트", "참고 링크"),
        *("참고 강의", "참고 도서", "references", "bibliography"),
    }
)
"""Labels of a list of sources (``[ 참고 사이트 ]``, ``References``): the lines under one name the
writer's sources.  A bare ``참고`` is not one: it opens a note of the writer's own as often
(``> [!info] 참고`` over a fact); nor are ``링크``, ``source`` and ``reference`` alone, subjects of
their own in notes on file systems, shells and languages.  Casefolded, without brackets.

>>> "참고 사이트" in SOURCE_LIST_LABELS, "참고" in SOURCE_LIST_LABELS
(True, False)
"""

NAVIGATION_WORDS = ("맨위로", "맨 위로", "위로 가기", "목차로", "back to top", "top", "처음으로")
"""The text of a link that moves around the page (``[맨위로](#top)``): no content.

>>> "맨위로" in NAVIGATION_WORDS
True
"""

SEE_ALSO_WORDS = ("자세한 내용", "자세히", "참고", "참조", "정리했", "정리되어", "see also", "more in")
"""Words around a link that send the reader elsewhere (``자세한 내용은 [[함수 확장]] 문서에``): the
line points to a note, it states nothing."""

SOURCE_TAG_OPENERS = (">>", "<<", "※ 출처", "[출처", "[해설작성자")
"""Source tags authors append to a line (``>>Udemy``, ``[출처] 블로그``), and the credit a
question bank's explanation copies along (``[해설작성자 : comcbt.com 이용자]``)."""

POST_DATE_LABELS = frozenset(
    {"published", "updated", "created", "modified", "last modified", "last updated", "lastmod", "posted"}
    | {"작성일", "수정일", "게시일", "발행일", "작성 일자", "최종 수정일"}
)
"""Labels of the date a blog post or an export stamps on the page (``📅 Published: Wed, 24 Dec 2025
09:05:37 GMT``, ``작성일: 2024-03-01``): when the page was written, nothing of its subject.
Casefolded.

>>> "published" in POST_DATE_LABELS, "출시일" in POST_DATE_LABELS
(True, False)
"""

DATE_SYLLABLES = "년월일시분초오전후요"
"""The syllables a date and time is written with in Korean (``2024년 3월 1일 오후``, ``(금요일)``): a
value holding other Hangul says more than when.

>>> all(c in DATE_SYLLABLES for c in "년월일오후"), "고" in DATE_SYLLABLES
(True, False)
"""

ANSWER_REVEALS = frozenset(
    {"정답 확인", "정답 보기", "답 확인", "해설 보기", "정답", "답", "해설", "풀이", "해답", "정답 및 해설"}
    | {"answer", "answers", "show answer", "solution", "solutions"}
)
"""A label that opens the answer of the question above it (``<summary>정답 확인</summary>``,
``<summary>Answer</summary>``).  Casefolded.  Each is a :data:`SECTION_LABELS` too, never a fact
of its own."""

SECTION_LABELS = frozenset(
    {
        "개요",
        "개념",
        "용어",
        "용어 정리",
        "특징",
        "장점",
        "단점",
        "장단점",
        "예시",
        "예제",
        "정리",
        "요약",
        "한 줄 요약",
        "핵심 요약",
        "핵심 정리",
        "참고",
        "주의",
        "주의사항",
        "비고",
        "결론",
        "목차",
        "목표",
        "배경",
        "구성",
        "구조",
        "종류",
        "용도",
        "설명",
        "정의",
        "의미",
        "구성요소",
        "구성 요소",
        "위치",
        "주의점",
        "원인",
        "답변",
        "기본값",
        "팁",
        "비교",
        "기타",
        "그 외",
        "그외",
        "기능",
        "특성",
        "원리",
        "문제",
        "형태",
        "동작 방식",
        "동작방식",
        "동작 원리",
        "제약",
        "제약 사항",
        "제약사항",
        "목적",
        "해결",
        "해설",
        "답",
        "정답",
        "정답 확인",
        "정답 보기",
        "답 확인",
        "해설 보기",
        "풀이",
        "문제 풀이",
        "문제풀이",
        "기출 풀이",
        "기출풀이",
        "기출 문제",
        "기출문제",
        "오답 노트",
        "오답노트",
        "실전 문제",
        "선지",
        "선지별 해설",
        "보기",
        "사용 사례",
        "사용사례",
        "활용 사례",
        "활용사례",
        "사례",
        "활용",
        "참조",
        "방법",
        "순서",
        "과정",
        "절차",
        "단계",
        "tip",
        "tips",
        "note",
        "notes",
        "info",
        "warning",
        "caution",
        "important",
        "summary",
        "overview",
        "intro",
        "introduction",
        "소개",
        "concept",
        "concepts",
        "example",
        "examples",
        "todo",
        "question",
        "answer",
        "toc",
        "contents",
        "table of contents",
        "quote",
        "use case",
        "use cases",
        "features",
        "feature",
        "pros",
        "cons",
        "advantages",
        "disadvantages",
        "characteristics",
        "limitations",
        "limits",
        "details",
        "definition",
        "purpose",
        "reference",
        "references",
        "내용",
        "상황",
        "benefits",
        "key concepts",
        "한계",
        "한계점",
        "주석",
        "예상 질문",
        "핵심",
        "핵심 개념",
        "중요",
        "포인트",
        "요점",
    }
    | ANSWER_REVEALS
)
"""Words that label a part of the notes (``### 특징``, ``**장점**``, ``> [!note]``): a line that
is only a label says nothing to learn."""

STUDY_ASPECTS = frozenset(
    {
        "개요",
        "정의",
        "개념",
        "특징",
        "특성",
        "장점",
        "단점",
        "장단점",
        "종류",
        "분류",
        "유형",
        "비교",
        "차이",
        "차이점",
        "공통점",
        "이유",
        "필요성",
        "목적",
        "조건",
        "배경",
        "원리",
        "동작원리",
        "절차",
        "단계",
        "방법",
        "방안",
        "해결방안",
        "구현방법",
        "구성요소",
        "문제점",
        "한계",
        "효과",
        "예시",
    }
)
"""Aspects a study outline lists of a topic (``Agile 방법론의 정의, 특징, 장단점``): a line that only
names them says what to study, not what is true."""

ASPECT_WORDS = (
    "소개",
    "한도",
    "제한",
    "기능",
    "특징",
    "성능 향상",
    "성능",
    "사용 사례",
    "사례",
    "개요",
    "기초",
    "요금",
    "가격",
    "비용",
    "보안",
    "비교",
    "차이",
    "차이점",
    "장단점",
    "장점",
    "단점",
    "종류",
    "유형",
    "타입",
    "옵션",
    "설정",
    "구성",
    "모범 사례",
    "주의사항",
    "정리",
    "요약",
    "원리",
    "구조",
    "동작 방식",
    "작동 방식",
    "활용",
    "쓰임새",
    "용도",
    "예시",
    "모드",
    "모니터링",
    "백업",
    "limits",
    "features",
    "pricing",
    "overview",
    "intro",
    "introduction",
    "basics",
    "use cases",
    "security",
    "types",
    "options",
)
"""Generic nouns that name an aspect of a subject when they end a heading (``Lambda 한도``)."""

VENDOR_WORDS = frozenset(
    {
        *("aws", "amazon", "azure", "microsoft", "google", "gcp", "oracle", "ibm"),
        *("아마존", "애저", "마이크로소프트", "구글"),
    }
)
"""Words that name the vendor, not the thing (``Amazon S3``, ``AWS 리전``): a context that says
``AWS`` does not give away a hidden ``AWS 리전`` (casefolded).

>>> "amazon" in VENDOR_WORDS
True
"""

PLATFORM_WORDS = ("cloud", "클라우드")
"""What a vendor sells, named by the vendor (``AWS 클라우드``, ``Google Cloud``, ``AWS 클라우드상``):
in notes about that vendor a blank hiding it fits every line.  A word that says which kind
(``퍼블릭 클라우드``) makes a term; a one-syllable ending glued on (``클라우드상``) does not.

>>> "클라우드" in PLATFORM_WORDS
True
"""

STATED_MINIMUMS = ("최소", "최소한", "적어도")
"""Words that make ``N개 이상`` a minimum the notes set (``최소 2개 이상의 AZ``), where without them
``2개 이상의 디스크`` only says "several"."""

COUNT_QUALIFIERS = (
    *(*STATED_MINIMUMS, "최대", "최대한", "정확히", "오직", "단", "한 번에", "한번에", "동시에", "당"),
    *("연", "년", "월", "주", "하루", "매일", "매주", "매월", "분기", "시간", "마다", "별로", "각"),
)
"""Words before a count of one or two that make it a limit the notes set (``최소 2개의 AZ``,
``정확히 1회 처리``, ``한 번에 1개의 패킷``, ``인스턴스당 1개``) or a rate (``분기 1회``, ``하루 2번``),
where without them ``1대의 클라이언트`` and ``2개의 릴레이션`` only say "a client" and "two relations"."""

COUNT_QUALIFIERS_AFTER = ("만", "까지", "씩", "이하", "이내", "미만", "초과", "밖에", "동시", "존재", "뿐")
"""Words after a count of one or two, or after the noun it counts, that make it a limit
(``1개만``, ``2개까지``, ``1회 미만``, ``1개의 AZ에만``, ``디스크 2개 동시 고장``, ``1개 존재``)."""

COUNT_PREDICATES = ("이다", "입니다", "이며", "이고", "였", "이었", "가 ", "이 ")
"""Endings glued to a count that make it what the line states (``기본키는 1개이다``, ``디스크 1개가
고장나도``): the count is the fact."""

ROLE_NOUNS = frozenset({"역할", "목적", "일", "기능", "용도", "목표", "개념", "정의", "의미"})
"""Nouns that say what a subject does or is for: ``인덱스를 사용하는 목적은 …``, ``NAT 게이트웨이가 하는
역할은 …`` is the subject's own definition, whatever clause modifies them.

>>> "역할" in ROLE_NOUNS
True
"""

POLARITY_MARKS = frozenset({"o", "x", "yes", "no", "유", "무", "known", "unknown", "있음", "없음", "+", "-"})
"""Marks of yes and no that set one name against itself (``대상 O``, ``대상 X``).

>>> "x" in POLARITY_MARKS
True
"""

LABEL_FILLERS = frozenset(
    {"최대", "최소", "약", "최고", "평균", "기본", "기본값", "보통", "대략", "총"}
    | {"up", "to", "max", "min", "최대값", "최소값"}
)
"""Words left out of a quantity's :attr:`~builder.model.Quantity.label`.  The label keys the
quantity's cloze number in the ID ledger: change this set and learners' cards move.

>>> "최대" in LABEL_FILLERS
True
"""

VALUE_QUALIFIERS = LABEL_FILLERS | {"상위", "하위", "이후", "이전", "최초", "처음"}
"""Words that qualify a value rather than name what it measures (``최대 15분``, ``상위 5개``:
the measure is neither 최대 nor 상위), in Hangul and casefolded Latin.

>>> "최대" in VALUE_QUALIFIERS
True
"""


BLANK_HINTS: dict[str, tuple[str, frozenset[str]]] = {
    "size": ("크기", frozenset({"크기", "용량", "길이", "사이즈", "size", "capacity", "storage"})),
    "duration": (
        "기간",
        frozenset(
            {"시간", "기간", "주기", "간격", "동안", "이내", "지연", "만료", "보관", "보존", "유지", "타임아웃"}
            | {"timeout", "ttl", "latency", "retention", "interval"}
        ),
    ),
    "rate": ("성능", frozenset({"속도", "처리량", "대역폭", "성능", "throughput", "bandwidth", "iops", "speed"})),
    "money": ("요금", frozenset({"요금", "비용", "가격", "과금", "청구", "price", "pricing", "cost"})),
}
"""What a limit card's blank says it asks, by the kind of value, when its line does not say it:
``ToS (8비트)`` and ``최대 16TB`` ask a size (``[크기]``), ``io2 (최대 64,000 IOPS)`` a performance.
Each kind's words are those that already say it on the line (``최대 크기 5TB`` needs no hint).
A count or a share needs none: its unit (``3가지``, ``%``) is the question's own.

>>> sorted(BLANK_HINTS), BLANK_HINTS["size"][0]
(['duration', 'money', 'rate', 'size'], '크기')
"""

VALUE_ENDINGS = (
    "까지",
    "이상",
    "이하",
    "이내",
    "미만",
    "초과",
    "동안",
    "마다",
    "의",
    *CORE_PARTICLES,
)
"""What may follow a value before the noun it measures (``72%까지 비용 절감``)."""

SUPPOSITION_OPENERS = ("만약", "만일")
"""Words that open a case played out (``만약 CPU가 70%를 넘으면 인스턴스 2개를 늘린다``): the values in
its sentence are the case's, not limits to learn.

>>> "만약" in SUPPOSITION_OPENERS
True
"""

CONDITION_OPENERS = frozenset({*SUPPOSITION_OPENERS, "가령"})
"""Words that open a condition (``만약 하루치 …``): they name nothing a value measures."""

ADVERBIAL_NOUNS = (
    frozenset({"동안", "대신", "대로", "만큼", "듯", "뿐", "도중", "직후", "직전", "때", "경우", "보통", "대개"})
    | CONDITION_OPENERS
)
"""Nouns that make the words before them an adverbial (``하는 동안``, ``PUT 대신``, ``확인되는 대로``,
``시점 만큼``) or open the sentence as an adverb (``만약``, ``보통``): a noun phrase ends at one,
and the noun after one starts a new phrase (``동안 CPU`` is not a name; ``CPU`` is).

>>> "대신" in ADVERBIAL_NOUNS, "만약" in ADVERBIAL_NOUNS
(True, True)
"""

WHEN_NOUNS = frozenset({"시", "때"})
"""Nouns that make the words before them a time (``트랜잭션 수행 시``, ``장애 발생 때``): a phrase with
one of them inside is a clause of when, and the noun after it no part of a name with it.

>>> "시" in WHEN_NOUNS
True
"""

CLAUSE_TIME_NOUNS = frozenset({"후", "뒤", "전", "순간", "이후", "수록", "무렵"})
"""Nouns that, after a clause, say when (``버킷을 생성한 후``, ``요청이 들어오는 순간``, ``배포하기 전``,
``많을 수록``): they close the clause, and the noun after one starts a new phrase (``후 객체`` is
not a name; ``객체`` is).  다음 and 즉시 say when after a clause of one tense only
(:data:`TIME_NOUNS_BY_TENSE`); 이전 and 동시 after a clause begin a name as often as not
(``덮어쓴 이전 버전``, ``정해진 동시 실행 한도``), so they are no part of either table.

>>> "순간" in CLAUSE_TIME_NOUNS, "다음" in CLAUSE_TIME_NOUNS
(True, False)
"""

TIME_NOUNS_BY_TENSE = {"past": frozenset({"다음"}), "present": frozenset({"즉시"})}
"""Nouns that say when only after a clause of one tense: ``배포한 다음`` (after deploying) but
``목적지로 가는 다음 홉`` (the next hop); ``도착하는 즉시`` (as soon as it arrives) but ``정해진
즉시 로딩`` (a name).

>>> "다음" in TIME_NOUNS_BY_TENSE["past"]
True
"""

CHANGE_NOUNS = frozenset({"단축", "절감", "할인", "감소", "증가", "향상", "개선", "저하", "축소", "확대"})
"""Nouns of a change a percentage measures (``최대 66%까지 단축``, ``40% 절감``): alone they say what
happens, not to what; the cheat sheet labels such a value with the thing changed (``페일오버 시간
단축``) or with its sentence.  Read by the cheat sheet's labels only.

>>> "절감" in CHANGE_NOUNS, "비용" in CHANGE_NOUNS
(True, False)
"""

RANGE_NOUNS = frozenset({"사이", "범위", "구간"})
"""Nouns that say a value lies between two others (``1초에서 20초 사이``): where it lies, not what it
measures.

>>> "사이" in RANGE_NOUNS
True
"""

POSITIONAL_NOUNS = frozenset({"안", "내", "밖", "속", "위", "아래"})
"""Nouns of place that follow what they place (``S3 버킷 안에``, ``VPC내에서``, ``스택 위에``): at the
end of a noun phrase, before an adverbial particle (에, 에서, 으로), they say where, and are no
part of the name (before another particle they may end one: ``개선안은``).

>>> "안" in POSITIONAL_NOUNS, "간" in POSITIONAL_NOUNS
(True, False)
"""

VERB_LIKE_NUMERALS = frozenset({"하나"})
"""Numerals the dictionary reads where the writer wrote a verb (``동일한 기능을 하나 클라우드에
특화된``: 하나 is 하다's "does, but"); a numeral before a spaced noun is never Korean for "one
of" (that is ``한``), so there it is the verb.

>>> "하나" in VERB_LIKE_NUMERALS
True
"""

ADNOMINAL_HEADS = ("때", "경우", "수", "것", "필요", "뿐", "리", "가능성")
"""Nouns a clause in ``-ㄹ`` leans on (``MTU가 1500일 때``, ``합이 100일 필요``): before one, a
number's ``일`` is the copula (``1500이다`` → ``1500일``), not a count of days.

>>> "때" in ADNOMINAL_HEADS
True
"""

HEAD_PARTICLES = ("에는", "에도", "에", "는", "도", "가", "이", "를")
"""Particles that may follow the noun a ``-ㄹ`` clause leans on (``1일 경우에는``, ``0일 수도``).

>>> "에는" in HEAD_PARTICLES
True
"""

ASPECT_MODIFIERS = frozenset({"주요", "핵심", "기본", "대표", "대표적", "여러", "다양한", "몇"})
"""Words that qualify an aspect word before it (``주요 특징``, ``대표적 종류``): in a heading they are
the aspect's, not the end of the subject's name (``리눅스 주요 특징`` is 리눅스's 주요 특징).

>>> "주요" in ASPECT_MODIFIERS
True
"""

NATIVE_COUNTS = frozenset({"한", "두", "세", "네", "다섯", "여섯", "일곱", "여덟", "아홉"})
"""Korean numerals written before a noun (``네 종류``, ``세 가지``): a count of the aspect's items
(``열`` is left out: before a noun it is as often a table's column, ``테이블 열 종류``).

>>> "네" in NATIVE_COUNTS
True
"""

VAGUE_MODIFIERS = frozenset({"특정", "해당", "기존", "일반", "각종", "다양", "기타", "관련", "대규모", "소규모"})
"""Nouns that make the phrase after them vague (``특정 네트워크 환경``, ``해당 리소스``): they are
not part of a term, and what is left is judged without them."""

MANNER_WORDS = frozenset({"직접", "간접", "자동", "수동", "별도", "동시", "개별", "일괄", "임의"})
"""Nouns that say how something is done (``직접 모니터링한다``, ``자동으로 늘린다``): hidden alone,
they ask for a manner the rest of the line all but gives, not a term."""

DEICTIC_NOUNS = frozenset({"다음", "아래", "이하", "상기", "하기", "위", "나머지", "기타", "이것", "그것"})
"""Words that point at other lines (``다음은 …``, ``나머지는 …``, ``하기는 …``: 下記, "written below"):
never the name of a term or of a compared side."""

POINTING_DETERMINERS = DEICTIC_NOUNS | {"이", "그", "저", "이런", "이러한", "그런", "그러한", "앞", "앞서"}
"""Words before a count of kinds that point at items written elsewhere (``이 3가지 모두``, ``아래 3가지
요소에``, ``나머지 2가지``): the items are what to learn; the number only says how many the author
wrote down, and a card that hides it asks nothing the page teaches.

>>> "아래" in POINTING_DETERMINERS, "최대" in POINTING_DETERMINERS
(True, False)
"""

SHARE_NOUNS = ("시장점유율", "시장 점유율", "응답자", "설문")
"""Nouns of a market's or a survey's shares (``9%의 시장점유율``, ``응답자의 58%``): a percentage in
their sentence is a statistic of its year, no value of the subject to learn.  A bare ``점유율`` is
as often a resource's use (``CPU 점유율이 90%를 넘으면``), a threshold to learn.

>>> "점유율" in SHARE_NOUNS, "시장점유율" in SHARE_NOUNS
(False, True)
"""

ESTIMATE_WORDS = ("정도", "쯤", "가량", "남짓")
"""Words after a count of kinds that make it the author's rough tally (``방법 3가지 정도가 있다``,
``5가지 정도의 방법``): no fact of the subject, whose list of kinds another author counts otherwise.

>>> "정도" in ESTIMATE_WORDS
True
"""

NOUN_SUFFIXES = frozenset({"성", "적", "용", "화", "형", "식", "차"})
"""Suffixes that make a new noun of what they follow (``1회성``, ``2차원적``; ``2주차``, ``3회차``: the
second week, the third session, which count no duration): a number before one is part of a
word, not a value (``7일간``, ``3개씩`` keep theirs)."""

VERSION_WORDS = frozenset({"버전", "version", "ver"})
"""Names a number after which is a release, not a value (``버전: 3.11``; casefolded)."""

GERUND_LOOKALIKES = frozenset({"스프링", "스트링", "링", "킹"})
"""Hangul words that end like an English ``-ing`` word and are names (``스프링``: Spring)."""

QUANTIFIER_NOUNS = frozenset({"일부", "대부분", "전체", "전부", "다수", "소수", "각각", "모두", "여러", "몇몇"})
"""Nouns that say how many, not what (``일부 AWS 서비스``): with a vendor's name they leave no
term to hide.

>>> "일부" in QUANTIFIER_NOUNS
True
"""

CHECK_MARKS = frozenset({"X", "O", "x", "o", "×", "○"})
"""A verbal noun followed by one of these is a predicate written as a mark (``권한 부여 X``: do not
grant; ``공유 O``): the mark is the claim, and hiding ``부여 X`` hides the predicate.

>>> "X" in CHECK_MARKS
True
"""

GENERIC_NOUNS = frozenset(
    {
        "것",
        "수",
        "때",
        "등",
        "점",
        "경우",
        "중",
        "내",
        "외",
        "후",
        "전",
        "간",
        "뒤",
        "위",
        "밑",
        "속",
        "안",
        "쪽",
        "사용",
        "이용",
        "활용",
        "기능",
        "방법",
        "방식",
        "부분",
        "정도",
        "이상",
        "이하",
        "이내",
        "미만",
        "초과",
        "가능",
        "필요",
        "여러",
        "모든",
        "각",
        "해당",
        "다른",
        "같은",
        "위해",
        "통해",
        "대한",
        "관련",
        "자체",
        "설정",
        "지원",
        "제공",
        "생성",
        "관리",
        "작업",
        "처리",
        "사항",
        "내용",
        "요소",
        "대상",
        "항목",
        "데이터",
        "서비스",
        "기술",
        "시스템",
        "종류",
        "유형",
        "역할",
        "목적",
        "이유",
        "결과",
        "문제",
        "상태",
        "정보",
        "단위",
        "this",
        "that",
        "it",
        "the",
        "a",
        "an",
        "aws",
        "ip",
        "db",
        "data",
        "server",
        "client",
        "user",
        "app",
        "앱",
        "자원",
        "리소스",
        "resource",
        "인스턴스",
        "instance",
        "현재",
        "지금",
        "요즘",
        "최근",
        "당시",
    }
)
"""Nouns too general to be the answer of a card (``것``, ``경우``, ``서비스``): hiding one asks a
riddle with many answers."""

GENERIC_ACRONYMS = frozenset({"DB", "IT"})
"""Acronyms in capitals as general as the nouns of :data:`GENERIC_NOUNS` (``DB``: a database,
``IT``): hidden alone they ask a riddle with many answers.  A named product (``RDS``)
or a protocol of its own (``TCP``) stays a name, and so do acronyms that head the name of a part
(``API`` of ``API 서버``, ``IP`` of ``IP 주소``), and ``SW`` (``실행되는 [SW]에 더 가치를 둔다``, a
manifesto's word): each graded worth a card as often as not.

>>> "DB" in GENERIC_ACRONYMS, "RDS" in GENERIC_ACRONYMS
(True, False)
"""

RANKING_WORDS = frozenset({"가장", "제일", "최고의"})
"""Words that open a ranking (``가장 인기 있는 서비스``): how the subject compares, not what it is."""

COMMONNESS_WORDS = ("많이", "일반적", "기본적", "널리", "흔", "대표적", "인기", "오래된", "유명")
"""Words that, after a ranking word, rank by how common or how old a thing is (``가장 많이 선택되는
격리 수준``, ``제일 오래된 서비스``): in a short line that is all it says, no definition.

>>> "많이" in COMMONNESS_WORDS
True
"""

STATE_NOUNS = frozenset({"무료", "유료", "필수", "가능", "불가", "불가능", "필요", "선택"})
"""Nouns that state a condition when the copula follows (``전송 요금은 무료이다``, ``MFA가 필수이다``):
a property of the subject, never what it is."""

REPORTED_ENDINGS = ("다는", "라는")
"""Adnominal endings of reported speech: a copula on ``것`` after them (``…실험에 좋다는 것이다``,
"the point is that …") explains a remark; it does not say what the subject is, as ``…늘리는
것이다`` does.

>>> "…좋다는 것이다".split()[0].endswith(REPORTED_ENDINGS)
True
"""

REASON_NOUNS = frozenset({"때문", "탓", "덕분"})
"""Nouns that make the copula after them give a reason (``…오래 걸리기 때문이다``): why something
happens, never what the subject is.

>>> "때문" in REASON_NOUNS
True
"""

HOW_TO_NOUNS = frozenset({"방법", "절차", "요령"})
"""Last words of a heading that asks how to do a thing (``백업 복구 절차``, ``스레드 안전하게 설계하는
방법``): its lines are the steps or the ways, and the first of them defines nothing.  ``순서`` asks
it only after a task (``ERD 작성 순서``); after a thing it names a concept (``네트워크 바이트 순서``).

>>> "절차" in HOW_TO_NOUNS, "방식" in HOW_TO_NOUNS
(True, False)
"""

PREDICATE_NOUNS = frozenset(
    {
        "무료",
        "유료",
        "필수",
        "제공",
        "지원",
        "가능",
        "불가",
        "불가능",
        "필요",
        "구축",
        "생성",
        "작성",
        "설정",
        "사용",
        "이용",
        "활용",
        "적용",
        "관리",
        "처리",
        "저장",
        "삭제",
        "추가",
        "변경",
        "허용",
        "실행",
        "배포",
        "보호",
        "최소화",
        "최대화",
        "향상",
        "감소",
        "증가",
        "유지",
        "활성화",
        "비활성화",
        "제어",
        "확인",
        "전송",
        "연결",
        "통합",
        "선택",
        "수행",
        "해결",
        "방지",
        "개선",
        "제한",
        "자동화",
        "암호화",
        "복제",
        "복구",
        "분석",
        "호출",
        "생성됨",
        "동작",
        "작동",
        "가능함",
        "반환",
        "발생",
        "존재",
        "구성",
        "획득",
        "설명",
        "유용",
        "적합",
        "권장",
        "중요",
        "결정",
        "정의",
        "표현",
        "공유",
        "할당",
        "분리",
        "격리",
        "예측",
        "추적",
        "감지",
        "탐지",
        "차단",
        "조회",
        "검색",
        "교체",
        "갱신",
        "공개",
        "과금",
        "부과",
        "약정",
        "할인",
        "절감",
        "파악",
        "이해",
        "학습",
        "정리",
        "비교",
        "포함",
        "명칭",
        "지정",
        "기록",
        "보관",
        "전달",
        "수집",
    }
)
"""Verbal nouns that end a note-style statement as its predicate (``지연 시간 제공``, ``통합 가능``):
hiding one hides what the sentence does, not a term, so they are trimmed off a key term."""

BARE_PREDICATES = frozenset(
    {"사용", "이용", "활용", "제공", "지원", "가능", "불가", "불가능", "설정", "적용", "확인", "생성", "구성"}
    | {"기반", "포함", "존재", "추가", "선택", "필요", "다양", "정보", "있", "없", "되", "하", "쓰", "만들", "갖"}
    | {"비슷", "유사", "다르", "프로비저닝"}
)
"""Words that only say a subject has, uses, offers or allows something (``다양한 …을 제공한다``,
``…을 사용할 수 있다``, ``… 적용이 가능하다``), or only that it resembles another (``…와 비슷하지만
다르다``): a line that says nothing else about a hidden term fits many answers.

>>> "제공" in BARE_PREDICATES, "암호화" in BARE_PREDICATES
(True, False)
"""

TERM_TAILS = ("들", "끼리", "들끼리", "란", "이란")
"""Words that end no term, glued to a name in Latin letters or written apart after a term: the
plural and ``끼리`` (``Process들끼리`` → ``Process``), and the topic marker the analyser reads as a
noun (``RTT 란 …`` → ``RTT``).

>>> "Process들끼리".removeprefix("Process") in TERM_TAILS
True
"""

POINTING_OPENERS = (
    "이를",
    "이것",
    *("이것은", "이것이", "이것을", "이것도", "그것은", "그것이", "그것을"),
    "해당",  # ``해당 명령어를 실행할 때는 …``: "the said command", named on the line before
    "이는",
    "이러한",
    "이런",
    "이렇게",
    "이때",
    "이 때",
    "이 경우",
    "위의",
    "위와",
    "아래",
    "아래의",
    "앞의",
    "앞서",
    "그",
    "그것",
    "이와 같이",
    "이와 마찬가지로",
    "당시",
    "그 당시",
    "위를",
    "위에서",
    "이",
    "위",
)
"""Openings that point at something written elsewhere (``이 작업은 …``, ``위 경우와 …``): what the
line is about is not on it, so even its value asks about nothing the card shows."""

LEANING_OPENERS = (
    *POINTING_OPENERS,
    "하기는",  # 下記, "written below": opening a line only (``대응하기는`` is a verb)
    "그래서",
    "따라서",
    "그러므로",
    "그러나",
    "하지만",
    "그런데",
    "즉",
    "그러면",
    "또한",
    "때문에",
    "그렇지 않은 경우",
    "그러니",
    "반면",
    "그럼",
    "그런 다음",
    "대신",
)
"""Openings of a line that leans on the line before it (``이를 해결하기 위해 …``, ``이 작업은 …``,
``위 경우와 …``): alone on a card its subject is missing."""

CONCLUSION_OPENERS = ("따라서", "그러므로", "그러면", "그래서", "결국", "결론적으로", "즉,", "즉 ")
"""Openings of a sentence that draws a conclusion from the ones before it (``따라서 시간 당 3개의
크레딧이 적립된다``): a value it works out belongs to the case worked, not to the notes' limits.

>>> "따라서 시간 당 3개".startswith(CONCLUSION_OPENERS), "즉시 복구".startswith(CONCLUSION_OPENERS)
(True, False)
"""

QUESTION_KIND_WORDS = ("면접", "예상", "기출", "꼬리")
"""Words before ``질문`` that say what kind of question a heading files (``면접 질문: …``, ``예상 질문 3.``).

>>> "면접" in QUESTION_KIND_WORDS
True
"""

FOLLOW_UP_OPENERS = frozenset({"그럼", "그러면", "그렇다면"})
"""Words that open an interviewer's follow-up question (``그럼 4-way handshake는 뭔가요?``,
``그렇다면 스레드란?``): the question asks about the name after them.

>>> "그럼" in FOLLOW_UP_OPENERS, "그룹" in FOLLOW_UP_OPENERS
(True, False)
"""

ATTRIBUTE_LABELS = frozenset({"속도", "가격", "비용", "성능", "크기", "용량", "효율"})
"""Attributes that, opening a line before a colon whose rest ranks something (``속도 : first-fit이
가장 빠르다``, ``가격 : Glacier가 가장 저렴``), label what the line weighs: the line is about the thing
ranked.  Listed as a point (``비용 : 쓴 만큼만 낸다``), an attribute is the term itself.  As a
sentence's subject with no thing named before it (``비용이 저렴하고 …``), one says what the line is
about no more than a pronoun would.

>>> "속도" in ATTRIBUTE_LABELS, "캐시" in ATTRIBUTE_LABELS
(True, False)
"""

PREMISE_LABELS = frozenset({"가정", "전제"})
"""Labels of what a line supposes (``가정: 한 교수는 한 과목만 맡는다``): never a term to recall."""

NOTE_META_NOUNS = frozenset({"이슈", "주제", "카테고리", "키워드", "컨셉"})
"""Nouns that file a line of the notes rather than name what it says (``주제: S3 핵심 개념, 스토리지
클래스``, ``핵심 컨셉: 체크포인트와의 동기화``, ``카테고리: 02-스토리지``): the label, however
qualified, is no term to recall.

>>> "주요 키워드".split()[-1] in NOTE_META_NOUNS, "태그" in NOTE_META_NOUNS
(True, False)
"""

EXAMPLE_ITEM_LETTERS = frozenset("PTJQptjq")
"""Letters a worked example numbers its processes, threads, transactions and jobs with (``P1``,
``T2``, ``t3``, ``J1``), and a set its questions (``Q1``, ``Q2``); other letters numbered so name
things (``L1`` to ``L7`` layers or caches, ``h1`` headings, ``m5`` instance families, ``n2``
machine types).

>>> "T" in EXAMPLE_ITEM_LETTERS, "L" in EXAMPLE_ITEM_LETTERS
(True, False)
"""

REASON_ASKS = ("왜", "why")
"""Words that open a question asking for a reason (``왜 만들었는가?``, ``Why?``): a short line under it
in Latin letters and signs only (``cmd1 | cmd2``) is a command that opens the explanation, no reason
that answers it (``IPv4 주소 고갈`` is one).  Read as the question's first word, casefolded.

>>> [w in REASON_ASKS for w in "왜 만들었는가?".split()], "why" in REASON_ASKS
([True, False], True)
"""

WHICH_ONES_ASKS = ("어떤", "무슨", "어떻게", "왜", "몇")
"""Interrogatives of a heading that asks which ones there are, how or why (``페이지 교체 알고리즘에는 어떤
것이 있을까?``, ``인터럽트는 어떻게 처리될까?``): its lines answer with several things or an
explanation, not with the one name a definition under it gives.

>>> any(w in "인터럽트는 어떻게 처리될까?" for w in WHICH_ONES_ASKS)
True
"""

CHOOSE_ASKS = ("고르시오", "고르세요", "선택하시오", "선택하세요", "찾으시오", "choose", "select")
"""How a question that has the reader choose among its options ends (``…것을 모두 고르시오.``,
``(2개 선택하세요)``): its lines are options.  ``선택할 때 고려할 요소는?`` asks about choosing.

>>> "해당하는 것을 모두 고르시오".endswith(CHOOSE_ASKS), "유형을 선택할 때 고려할 요소는".endswith(CHOOSE_ASKS)
(True, False)
"""

EXAM_POINT_LABELS = frozenset(
    f"{study} {point}" for study in ("시험", "핵심", "암기", "출제") for point in ("포인트", "팁", "tip")
)
"""Labels a writer files an exam point under (``시험 포인트: …``, ``시험 Tip: …``), compared
case-folded: no term to recall.  A name ending in ``포인트`` is one (``액세스 포인트``, ``마운트 포인트``).

>>> "시험 tip" in EXAM_POINT_LABELS, "액세스 포인트" in EXAM_POINT_LABELS
(True, False)
"""

VIEWPOINT_NOUNS = ("입장",)
"""Nouns that say from whose side a point is made (``개발자의 입장 : …``): a label of the point, no
term to recall.  Not ``관점``: frameworks name their parts so (``고객 관점``, ``경쟁자 확대 관점``).

>>> "개발자의 입장".split()[-1] in VIEWPOINT_NOUNS
True
"""

SETTING_NOUNS = ("환경", "측면", "상황", "업계")
"""Nouns that name where a statement happens (``멀티 코어 환경에서 …``, ``보안학적 측면에서 …``,
``Cloud 업계에서 …``): before ``에서`` the phrase is the scene the line is set in, not what it teaches,
and many scenes would fit its blank.  Read as the last word's ending, so a word written fused
(``설계측면``) counts too.

>>> "멀티 코어 환경".split()[-1].endswith(SETTING_NOUNS), "공간 활용측면".endswith(SETTING_NOUNS)
(True, True)
"""

PHASE_NOUNS = ("과정", "단계")
"""Nouns that name a stage of a procedure.  Before ``에서`` the phrase is the scene too (``데이터
모델링 과정에서 도출되는 …``, ``데이터 전처리 단계에서 …``), unless the stage has a name of its own
in Latin letters (``Map 단계``, ``TLS 핸드셰이크 과정``), which is what the line teaches.

>>> "데이터 전처리 단계".split()[-1] in PHASE_NOUNS
True
"""

ENDING_LIKE_NOUNS = ("보고",)
"""Nouns that end a line of notes and read as a verb with a connective ending (``… 허브로 보고``: a
report, not 보- + -고): no sign the line is cut off, unless a verb's ending comes before
(``검토해 보고``).

>>> "보고" in ENDING_LIKE_NOUNS
True
"""

TRAILING_PLACES = ("내부", "외부", "주위", "주변", "근처", "아래")
"""Words that say where, after the noun they place (``파드 내부에``, ``엔티티 주위에``): no part of a
term at its end; at its start they name a kind (``내부 단편화``, ``외부 키``) and stay.

>>> "파드 내부".split()[-1] in TRAILING_PLACES, "내부 단편화".split()[-1] in TRAILING_PLACES
(True, False)
"""

UNFINISHED_ENDINGS = (
    *("고", "며", "면서", "는데", "은데", "지만"),
    *("어서", "아서", "여서", "해서", "니까", "므로", "면"),
)
"""Connective endings that join a clause to the next one (``…이고``, ``…하며``, ``…하지만``, ``…해서``,
``…되면``): a line that stops on one is cut off mid-sentence.  Not ``…하도록``, which notes end advice with
(``MFA를 설정하도록``).

>>> "설치하면 IaaS이고".endswith(UNFINISHED_ENDINGS), "서비스이다".endswith(UNFINISHED_ENDINGS)
(True, False)
"""

LEANING_WORDS = (
    "마찬가지",
    *("이러한 문제", "이런 문제", "그러한 문제", "이러한 단점", "이런 단점", "이러한 한계", "이러한 상황", "이런 상황"),
)
"""Words that make a line lean on another wherever they stand (``…의 경우에도 마찬가지입니다``,
``S3는 이러한 문제를 보완하기 위해 …``: the problem is the line before)."""

RECAP_OPENER = "지금까지"
RECAP_VERBS = ("서술", "설명", "살펴보", "살펴본", "알아보", "알아본", "정리", "다룬", "다뤘", "다루었")
"""A line opening with :data:`RECAP_OPENER` that uses one of these verbs recaps the lines before it
(``지금까지 서술한 내용은 …``, ``지금까지 … 살펴보았다``); ``지금까지 알려진 하한은 …`` is "to date".

>>> "지금까지 설정 정보를 살펴보았다".startswith(RECAP_OPENER), "살펴보" in "살펴보았다"
(True, True)
"""

PROPERTY_NOUNS = frozenset({"장점", "단점", "이점", "특징"})
"""Nouns a line ends on when it names a merit or a trait of its subject, not what the subject is
(``…의 장점이다``, ``빠른 조회 속도가 특징``).  Not ``점`` (``꼭짓점은 두 변이 만나는 점이다``) nor a price
or a cost, which may be what a pricing model is (``온디맨드는 약정 없이 초 단위로 지불하는 요금이다``,
``OpEx는 운영 비용이다``).

>>> sorted(PROPERTY_NOUNS & {"장점", "점", "요금"})
['장점']
"""

LISTED_NOUNS = ("조건", "특징", "성질", "규칙", "속성", "요소", "항목", "기준", "원칙", "특성", "기능", "역할")
"""What a line may say the lines after it list (``다음 조건을 만족하는 …``, ``아래 특징을 가진다``): see
:data:`~builder.analyse.shapes.LISTS_BELOW`, which asks for the verb that holds to them, since ``다음
요소`` alone is "the next element" (``각 노드가 다음 요소를 가리킨다``)."""

LEAD_IN_FORMS = ("다음은", "다음과 같", "다음의 경우", "다음 경우", "아래와 같", "아래는", "아래의 경우", "아래 내용")
"""A line that points at the lines after it (``다음은 … 모범 사례입니다``, ``다음의 경우도 불가능합니다``)
announces them; what it announces is in them.

>>> "다음은 캐시의 모범 사례입니다".startswith(LEAD_IN_FORMS)
True
"""

CLICK_VERBS = ("클릭", "누르", "눌러", "누른")
"""Verbs that say a heading is a click path (``콘솔 > '배치그룹' > '생성' 클릭``), where ``선택`` may be
a noun of a breadcrumb (``EC2 > 인스턴스 유형 선택``).

>>> "클릭" in CLICK_VERBS
True
"""

CLICK_THEN = ("후", "한 후", "한후", "한 뒤", "한 다음", "하고", "하여", "해서")
"""What follows ``클릭`` when a step goes on to the next (``바코드 스캔을 클릭후 QR 코드를 스캔``,
``생성을 클릭한 후 이름을 입력``): a click path wherever it stands in the line.  A condition
(``링크를 클릭하면 악성 사이트로 이동한다``) may tell how an attack works, and ``클릭재킹`` is a name.

>>> "한 후 이름을 입력".startswith(CLICK_THEN), "하면 이동한다".startswith(CLICK_THEN), "재킹".startswith(CLICK_THEN)
(True, False, False)
"""

STEP_VERBS = (
    *CLICK_VERBS,
    "선택",
    "입력",
    "이동",
    "체크",
    "들어가",
    "접속",
    "열기",
    "열어",
    "복사",
    "붙여",
)
"""Verbs of a tutorial step (``콘솔에서 버킷 만들기 클릭``): a click path, not a fact to recall."""

FILLERS = frozenset(
    {"최대", "최소", "약", "최고", "평균", "기본", "기본값", "보통", "대략", "총", "up", "to", "max", "min"}
)
"""Words around a number that do not say what it measures (``최대 15분``)."""

DEFINING_VERBS = ("말한다", "말함", "의미한다", "의미함", "뜻한다", "뜻함", "가리킨다", "지칭", "나타낸다")
"""Predicates that state what a term means (``X란 … 을 말한다``)."""

TRANSLATION_MARKERS = ("해석하자면", "해석하면", "번역하면", "번역하자면", "직역하면", "우리말로", "한국어로", "한글로")
"""A line that opens with one of these gives the subject's name in other words (``해석하자면 VPC
종단점입니다``): a translation, which the name already shows, not what the subject is.

>>> "직역하면" in TRANSLATION_MARKERS
True
"""

WHAT_IS_OPENERS = ("이란", "란 ", "란,", "이라는 것은", "라는 것은", "이라 함은", "라 함은", "이라고 하는 것은")
"""Written right after the name a line opens with, these make the line define that name
(``트랜잭션이란 …``, ``식별자라는 것은 …``).

>>> "이란 작업의 단위".startswith(WHAT_IS_OPENERS)
True
"""

PURPOSE_WORDS = ("위한", "용도", "돕는", "도와", "돕고")
"""Words by which a definition says what its subject is for wherever they stand (``…을 위한 큐``,
``…배포를 돕는다``); ``…에 사용한다`` counts only as the line's last predicate (``…하기 위해 수행하는
작업`` says how, not what for).  Only then does a what card also ask "어디에 쓰나요?".

>>> any(word in "메시지를 주고받기 위한 큐" for word in PURPOSE_WORDS)
True
"""

TOOL_NOUNS = frozenset({"서비스", "기능", "도구", "툴", "플랫폼", "엔진", "솔루션", "프로그램", "명령", "명령어"})
"""Nouns for tools: ``…을 관리하는 서비스`` says what the subject is for by saying what it does.

>>> "서비스" in TOOL_NOUNS
True
"""

CONTRAST_ENDINGS = frozenset({"지만", "는데", "은데", "으나", "나"})
"""Connective endings that set a clause against the next (``…요금을 내지만``): a line that stops
on one leaves its point to the line after it, so alone it defines nothing.

>>> "지만" in CONTRAST_ENDINGS
True
"""

CONTRAST_NOUNS = ("반면", "반면에")
"""Nouns that end a clause set against the next (``…데이터를 전송하는 반면``): a line that stops
on one is half a comparison.

>>> "데이터를 전송하는 반면".split()[-1] in CONTRAST_NOUNS
True
"""

COPULA_JOINTS = ("이고", "이며", "이지만", "인 반면")
"""A copula that joins a clause to the next (``X는 무료이고 Y는 …``): cut from a clause shown alone.

>>> "무료이고".endswith(COPULA_JOINTS)
True
"""

NEGATIVE_COPULA = ("아니", "아닌", "아님", "아냐", "아닙", "아닐")
"""How the copula of "is not" opens (``아니다``, ``아니지만``, ``아닌``, ``아님``): right after a topic
(``필수 명령어는 아니지만, 관리에 필요한 정보이다``, ``…는 아닙니다만``, ``…는 아닐 수 있지만``) the topic
is what the line's unnamed subject is not, never the name the line defines.

>>> "아니지만, 관리에 필요한 정보이다".startswith(NEGATIVE_COPULA), "아키텍처이다".startswith(NEGATIVE_COPULA)
(True, False)
"""

QUIZ_INSTRUCTIONS = ("선택", "고르시오", "고르세요", "choose", "select")
"""Written right after a count, these instruct an exam question (``(2개 선택)``): the count is no
fact about the subject.

>>> "선택)".startswith(QUIZ_INSTRUCTIONS)
True
"""

NAME_HEADERS = frozenset(
    {
        "이름",
        "명칭",
        "한글명",
        "영문명",
        "정식 명칭",
        "풀네임",
        "전체 이름",
        "한국어",
        "영어",
        "용어",
        "원어",
        "name",
        "full name",
    }
)
"""Headers of a table column that names each row again (``| 단계 | 이름 |`` → ``1NF | 제1정규형``).

>>> "이름" in NAME_HEADERS
True
"""

SPELLING_CONNECTORS = frozenset({"and", "of", "for", "the", "to", "in", "on", "as", "at", "by", "with", "a", "an"})
"""Small English words a name written out may leave out of its acronym (``Identity and Access
Management`` for ``IAM``) or count in it (``Time to Live`` for ``TTL``, ``Department of Defense``
for ``DOD``).

>>> "and" in SPELLING_CONNECTORS, "access" in SPELLING_CONNECTORS
(True, False)
"""

FUNCTION_WORDS = frozenset(
    {"but", "and", "or", "so", "then", "also", "however", "if", "not", "yes", "no", "vs", "only", "just", "very"}
)
"""English words that join, negate or qualify, never a term nor its start (``BUT! 지도 교수로 과목을 알
수 있음``, ``Only 규칙 목록``), compared casefolded.

>>> "but" in FUNCTION_WORDS
True
"""

FIGURE_NOUNS = ("그림", "사진", "이미지", "도식", "구조도", "다이어그램", "스크린샷", "캡처", "표")
"""What a line points at when it narrates a picture or a table instead of stating a fact
(``아래 그림은 …``, ``…을 나타낸 그림이다``): the picture's cards carry what it shows.

>>> "다이어그램" in FIGURE_NOUNS
True

"""

POINTED_FIGURES = ("그래프", "차트")
"""Figures a line narrates only when a word points at them (``위 그래프는 …``, ``마지막 그래프는 …``):
otherwise a kind of graph or chart is a thing notes define (``간트 차트는 … 나타낸 차트이다``, ``자원
할당 그래프는 … 표현한 그래프이다``), or the graph of a data structure.

>>> "차트" in POINTED_FIGURES, "그림" in POINTED_FIGURES
(True, False)
"""

FIGURE_POSITIONS = frozenset(
    {"오른쪽", "왼쪽", "마지막", "첫 번째", "두 번째", "세 번째", "첫번째", "두번째", "세번째"}
)
"""Where a drawing stands among others on the page (``오른쪽 그래프는 …``, ``마지막 그림은 …``): a word
that points at one as ``아래`` does.  Not at an image or a photo (``마지막 이미지는 distroless``: a
container's image).

>>> "마지막" in FIGURE_POSITIONS
True
"""

DRAWING_NOUNS = ("그림", "도식", "구조도", "다이어그램", "스크린샷", "캡처", "표")
"""The figure nouns that name only a drawing: a line that opens ``그림과 같이 …`` reads off one,
where ``이미지와 같이 큰 파일은 …`` and ``사진과 같이 …`` speak of images and photos as data.

>>> "이미지" in DRAWING_NOUNS
False
"""

STUDY_ACTIVITIES = frozenset({"복습", "예습", "회독", "오답", "공부", "암기"})
"""Nouns for studying itself: a number beside one counts the learner's own sessions or hours
(``모의고사 3번 복습``, ``1h 오답정리``), a plan rather than a fact about the subject.

>>> "복습" in STUDY_ACTIVITIES
True
"""

STUDY_PERIODS = ("준비기간", "준비 기간", "수험기간", "수험 기간", "학습기간", "학습 기간", "다음 목표")
"""Names of the time the writer spent preparing or of their next goal (``준비기간 : 2주``, ``다음
목표: 30분 이내``): the value beside one is their own, a plan or a memory, not a fact about the
subject (``준비`` alone is not one: ``준비된 인스턴스 3개``; nor is ``목표``: ``복구 시간 목표는 15분``;
nor ``회차``: ``재시도는 최대 5회차까지``).

>>> "준비 기간" in STUDY_PERIODS, any(p in "복구 시간 목표는 15분" for p in STUDY_PERIODS)
(True, False)
"""

LEARNING_OBJECTIVE_ENDINGS = (
    "설명 가능",
    "설명할 수 있다",
    "설명할 수 있음",
    "설명할 수 있어야 한다",
    "설명할 수 있어야 함",
)
"""How a course's learning objectives end (``로그 수집 구조 설명 가능``, ``큐와 토픽의 차이를 설명할
수 있다``): what the learner means to be able to do, a plan rather than a fact about the subject.

>>> "중복 제거의 이점 설명 가능".endswith(LEARNING_OBJECTIVE_ENDINGS)
True
"""

NAME_ASKING_WORDS = ("무엇", "무슨", "어떤", "뭐", "뭘")
"""Words of a question that asks for a name (``… 패턴은 무엇인가?``): its answer is a term."""

SENTENCE_FINAL_FORMS = ("다", "요", "죠", "까", "네", "라", "자", "음", "함", "임", "됨")
"""How a sentence can end without its full stop.  The analyser tags a line-final ``…있다`` or
``…합니다`` as a connective ending (``EC``) when no ``.`` follows, so an ending that finishes with
one of these closes the sentence, while ``…이며``, ``…하고``, ``…않지만`` run on to the next line.

>>> "있다".endswith(SENTENCE_FINAL_FORMS), "이며".endswith(SENTENCE_FINAL_FORMS)
(True, False)
"""

COPULA_STARTS = ("이", "입", "인", "일", "임", "였", "다", "라", "란", "며", "고", "지", "면", "야", "여", "죠", "요")
"""How a copula can begin, written after a noun (``이다``, ``입니다``, ``인``; after a vowel ``다``,
``라``, ``며``…): ``밸|런|서``, a loanword the analyser cut with its middle read as a copula,
starts none of them."""

NAMING_ENDINGS = frozenset({"라", "이라", "라고", "이라고"})
"""Copula endings that define only before a verb of calling (``ETL 서비스라 한다``, ``…이라고 부른다``):
followed by anything else they give a reason (``상태가 없는 서버라 늘리기 쉬워``)."""

CALLING_VERBS = ("한다", "합니다", "하며", "하고", "함", "부른다", "부릅니다", "불린다", "불립니다", "칭한다", "말한다")
"""Verbs that name a thing after ``…(이)라(고)``.

>>> "불린다" in CALLING_VERBS
True
"""

COPULA_DEFINING_ENDINGS = frozenset(
    {"이다", "다", "이며", "며", "이고", "고", "이자", "자", "입니다", "니다", "이에요", "예요", "에요", "임", "이죠"}
    | NAMING_ENDINGS  # ``ETL 서비스라 한다``: what it is called
    | {"지"}  # ``보안 스토리지,``: the analyser reads the end of a loanword (스토리|지) as a copula
)
"""How a copula ends when it says what something is (``데이터베이스이며``, ``엔진이다``,
``서비스입니다``).  Other endings make it a condition or a contrast (``인스턴스일수록``,
``하드디스크지만``, ``일부이지``, ``리눅스냐``), which defines nothing."""

QUESTION_HEADS = ("방법", "이유", "차이", "차이점", "원인", "조건", "순서", "절차")
"""Nouns that end a question written as a statement (``…비용을 줄이는 방법.``, ``A와 B의 차이``):
the line asks; its answer is written under it."""

_ASKS = (
    *("설명해주세요", "설명해 주세요", "설명해보세요", "설명해 보세요", "설명하시오", "설명하세요"),
    *("설명하라", "설명해라", "서술하시오", "서술하라"),
    *("무엇인가요?", "무엇인가요", "무엇입니까?", "무엇입니까", "무엇이죠?", "무엇이죠", "무엇일까요?", "무엇일까요"),
    *("뭔가요?", "뭔가요", "뭐죠?", "뭐죠"),
    *(
        f"{what} {ask}"
        for what in ("무엇인지", "뭔지")
        for ask in ("설명해주세요", "설명해 주세요", "설명하시오", "설명하세요")
    ),
)
FOLLOW_ON_ASKS = (
    *("무엇이고", "무엇이며", "뭐고", "뭐며"),
    *(f"{what} {ask}" for what in ("무엇인지", "뭔지") for ask in ("설명해주시고", "설명해 주시고")),
)
"""How an interview question asks its first question when another follows in the same line
(``PCB는 무엇이고, 왜 필요한가요?``, ``락이 무엇인지 설명해주시고 종류가 …``)."""

ENGLISH_WHAT_IS = ("what is ", "what are ", "what's ")
"""How an English question opens when it asks what its subject is (``What is SysV?``, ``What are
Namespaces?``), compared casefolded: the words after it, up to the question mark, name the subject
(without an article).  A question of more than :data:`MAX_ASKED_NAME_WORDS` words, or about two
things, asks something else (``What is the difference between A and B?``).

>>> "What is SysV?".casefold().startswith(ENGLISH_WHAT_IS)
True
"""
MAX_ASKED_NAME_WORDS = 4
"""Words of a name an English what-question asks about; a longer question asks about a relation."""

WHAT_IS_ENDINGS = (
    "이란?",
    "란?",
    "이란",
    "란",
    "(이)란",
    "이란 무엇인가",
    "란 무엇인가",
    "이란 무엇인가?",
    "란 무엇인가?",
    "설명",
    "비교",
    "서술",
    "설명하시오",
    "비교하시오",
    *(f"{about} {ask}" for about in ("에 대해", "에 대해서", "에 대하여") for ask in _ASKS),
    *(f"{particle} {ask}" for particle in ("을", "를", "은", "는", "이", "가", "이란", "란") for ask in _ASKS),
)
"""Endings of a heading that asks what its subject is (``ASG란``, ``정규화란?``, ``HTTP에 대해
설명해주세요``)."""

THINKING_VERBS = frozenset({"보", "이해", "생각", "기억", "알"})
"""Verbs of understanding before ``-시면 됩니다`` (``…라고 보시면 됩니다``, ``이렇게 이해하시면 돼요``):
the lecturer says how to think of a thing, which is content, not a step to do.

>>> "이해" in THINKING_VERBS
True
"""

NARRATION_MARKERS = (
    "볼 수 있다",
    "확인할 수 있다",
    "확인해보면",
    "해보면",
    "해보자",
    "실습에서",
    "이번 실습",
    "해주자",
    "하자.",
    "정리하고자",
    "만들어봤다",
    "만들어 봤다",
    "작성했다",
    "작성해 보았다",
    "공부한 내용",
    "정리한 내용",
    "발췌한 내용",
    "발췌하였",
    "발췌했",
    "정리하였",
    "정리한 글",
    "이 글은",
    "본 글은",
    "이번 글",
    "이 포스트",
    "해당 포스트",
    "이번 포스트",
    "봅시다",
    "알아본다",
    "다루지 않는다",
    "다루지 않습니다",
    "이 글에서",
    "이 글에선",
    "본 포스팅",
    "이 포스팅",
    "이번 포스팅",
    "참고하여 작성",
    "참고해 작성",
    "참고하여 정리",
    "볼 수 있습니다",
    "눈에 보입니다",
    "점이 보입니다",
    "모습이다",
    "모습입니다",
    "모습 입니다",
    "확인할 수 있습니다",
    "확인해 보겠습니다",
    "이해했어요",
    "이해했다",
    "추천합니다",
    "다음 시간에",
    "다음 글에서",
    "알아보자",
    "알아보겠",
    "살펴봅시다",
    "살펴보자",
    "살펴보겠",
)
"""Tutorial narration (``…늘어나는 것을 볼 수 있다``, ``사용자 데이터를 추가해주자``): what the
author did in a lab, not a fact to recall."""

TERM_SUFFIXES = ("의 개념", "의 정의", "이란", "란", " 개념", " 정의", " 뜻")
"""Words after a term in the line that heads its definition (``DoS 공격의 개념``): the term is
what comes before them."""

ASPECT_HEADS = (
    "대응 방안",
    "대응방안",
    "대책",
    "방안",
    "탐지방법",
    "탐지 방법",
    "방법",
    "종류",
    "특징",
    "장점",
    "단점",
    "예시",
    "유형",
    "절차",
    "과정",
    "원리",
    "구성",
    "기능",
)
"""Words that end a line naming an aspect of a term rather than the term (``스머프 공격의 대응
방안``): the lines under it are not its definition."""

TABLE_CORNERS = frozenset(
    {"구분", "항목", "비교", "기준", "분류", "특징", "속성", "비교 항목", "-", "vs", "category", "feature"}
)
"""Corner cells of a table whose columns are the subjects compared (``| 구분 | TCP | UDP |``)."""

KIND_WORDS = frozenset({"유형", "종류", "타입", "type", "kind"})
"""Words that name a kind: a table corner of two words or more ending in one (``| IPv4 주소 유형 |
공인 IP | 사설 IP |``) says its columns are the kinds compared, as ``구분`` does."""

DESCRIPTION_HEADERS = frozenset({"설명", "내용", "값", "비고", "의미", "정의", "description", "value", "details"})
"""Headers of a column that only describes what the first column names (``| 항목 | 설명 |``): under a
field-label corner, the rows are fields of the topic (기본값, 목적), not alternatives, and the header
says nothing a value's card needs.

>>> "설명" in DESCRIPTION_HEADERS
True
"""

UI_WORDS = ("콘솔", "console", "메뉴", "버튼", "탭", "화면", "대시보드에서", "창에서")
"""Parts of a user interface: a line that selects or clicks in one is a step of a procedure."""

QUESTION_MATERIAL_WORDS = ("다음은", "다음 중", "다음의", "아래", "그림", "괄호", "보기", "빈칸", "표를", "코드를")
"""Words of an exam question that point at its material (``다음은 … 설명이다``, ``괄호 안에 들어갈``):
its answer alone, under the question alone, cannot be told."""

FOLD_LABELS = ANSWER_REVEALS | frozenset(
    {
        "펼치기",
        "펼쳐보기",
        "더보기",
        "더 보기",
        "접기",
        "보기",
        "코드 보기",
        "click",
        "click to expand",
        "details",
        "자세히",
        "힌트",
        "hint",
    }
)
"""Summaries of a folded block (``<details><summary>정답 확인</summary>``) that name no subject:
what the reader clicks to open it.  Casefolded.

>>> "정답 확인" in FOLD_LABELS, "더보기" in FOLD_LABELS
(True, True)
"""

YES_NO_MARKS = frozenset(
    {"o", "x", "○", "◯", "●", "✕", "✗", "✓", "✔", "✅", "❌", "⭕", "?", "-", "—", "△", "y", "n", "yes", "no"}
)
"""Table cells that only say yes, no or unknown (``O``, ``X``, ``△``, ``?``)."""

ANSWER_VERDICTS = ("[incorrect]", "[correct]", "[오답]", "[정답]", "(오답)", "(정답)", "(answer)", "(o)", "(x)")
"""A reviewer's verdict on an answer choice (``B. … -- Lambda is connected by default. [Incorrect]``):
the line is a choice with its explanation, not a statement of the notes' own."""

TASK_VERBS = ("만들", "띄우", "올리", "붙이")
"""Verbs that, made a noun with 기, name a task of a walkthrough (``인스턴스 만들기``), as every
verbal noun with 하기 does (``암호화 설정하기``); ``순차 읽기`` names an operation, not a task.

>>> "만들" in TASK_VERBS, "읽" in TASK_VERBS
(True, False)
"""

BOUND_WORDS = ("넘", "초과", "이상", "이하", "이내", "미만", "까지")
"""Words right after a value that make it a bound (``15분을 넘는``, ``5TB 이하``, ``100개까지``)."""

THRESHOLD_WORDS = (*BOUND_WORDS, "경과", "지나", "정도", "보다", "내에", "안에", "동안", "연속", "단위", "당")
"""Words right after a value in a condition or its outcome that make it a rule to learn, not a
worked case's number: a threshold reached or passed (``24시간 경과하면``, ``128KB보다 작으면``,
``5회 연속 실패하면``, ``30분 동안``, an amount reached: ``100MB 정도가 되면``) or a unit of
measure (``64KB 단위로``, ``1GB당``); ``전`` and ``후`` as words of their own too (``90일 전에``)."""

CONDITION_ENDING = "면"
"""How a connective ending that sets a condition ends (``…면``, ``…다면``, ``…려면``)."""

CONDITION_JOINER = "고"
"""The connective ending that joins two conditions into one (``row가 10개이고 … 1억개이면``)."""

CONDITION_NOUNS = frozenset({"때", "경우"})
"""Nouns that, after a verb's modifier, close a condition (``받았을 때``, ``실패한 경우``).

>>> "때" in CONDITION_NOUNS, "후" in CONDITION_NOUNS
(True, False)
"""

KEY_LABELS = (ANSWER_REVEALS - {"해설 보기", "해설", "풀이"}) | {"답안"}
"""A label over a question's key (``<summary>정답</summary>`` then ``- 쿠키``); ``해설`` and ``풀이``
open an explanation, not the key.  Casefolded.

>>> "정답 확인" in KEY_LABELS, "해설" in KEY_LABELS
(True, False)
"""

EXPLANATION_OPENERS = ("해설", "풀이", "설명", "이유")
"""Words that open the explanation written under an exam question's options (``- 해설 : …``): the
notes' own statement of why, not one more option.

>>> "해설 : 스트림은 변경을 시간순으로 전달한다".startswith(EXPLANATION_OPENERS)
True
"""

CHOICE_MARKS = "①②③④⑤❶❷❸❹❺➊➋➌➍➎"
"""Numbers of the answer choices of an exam question (``① umount ❷ eject ③ exec``)."""

KIND_COUNTERS = ("가지", "종류", "유형", "구성 요소", "요소", "단계")
"""Counters of kinds, not of things (``4가지``, ``3단계``): a number before one counts the items of
a list (``스크럼의 3가지 산출물``), never a quantity of the subject (``최대 5개``).

>>> "가지" in KIND_COUNTERS, "개" in KIND_COUNTERS
(True, False)
"""

KINDS_EXIST = ("있", "존재", "나뉘", "나뉜", "나누", "나눠", "구분")
"""Stems of the verbs that say a subject comes in a number of kinds (``ECS에는 두 가지 실행 유형이
있고 …``, ``…두가지 방식이 존재하는데 …``, ``세 가지로 나뉜다``): the line counts what the subject
has, the lines after it name them; it does not say what the subject is.

>>> "존재하는데".startswith(KINDS_EXIST), "저장한다".startswith(KINDS_EXIST)
(True, False)
"""

CLAUSE_JOINS = ("고", "는데", "은데", "ㄴ데", "며", "으며", "지만")
"""Endings that close a clause and join the next one as its equal (``…유형이 있고 첫 번째는 …``,
``…방식이 존재하는데 …``), unlike the endings that make a clause lean on the next one (``…요소가
있어야 로그인할 수 있는``, ``…세 단계로 나뉘어 정의한``).

>>> "고" in CLAUSE_JOINS, "어야" in CLAUSE_JOINS
(True, False)
"""

CLOSED_SET_WORDS = (
    "개",
    *KIND_COUNTERS,
    "구성",
    "명령어",
    "타입",
    "모드",
    "계층",
    "원칙",
    "속성",
    "특성",
)
"""Words that count a list after a number (``4가지 조건``, ``3개의 구성 요소``, ``TCP/IP 4계층``): a
list of that many items is complete, and one item of it hidden, the others pin the answer down."""

HYPOTHESES = (
    "다고 했을 때",
    "라고 했을 때",
    "다고 가정",
    "라고 가정",
    "로 가정",
    "다고 하자",
    "라고 하자",
    "다고 치면",
    "예로 보자",
    "예를 보자",
    "예시를 보자",
    "예로 들어",
    "예로 들면",
)
"""Words that set up a supposition (``팀마다 세 그룹이 있다고 했을 때``, ``압축률을 40%로 가정하면``)
or an example in the middle of a line (``1MB를 읽는 경우를 예로 보자``): what follows is a scenario.
``…다고 하면`` is left out, as a rule is stated so too (``리더가 죽었다고 하면 팔로워는 150ms 뒤에
선거를 시작한다``)."""

EXERCISE_HEADINGS = ("예상 문제", "예상문제", "연습 문제", "연습문제", "도전과제", "도전 과제")
"""Words of a heading over exercises set to the learner (``## 예상 문제``, ``## [도전과제2]``): a
kind of :data:`EXAMPLE_HEADINGS` whose questions may have their answers written under them, which
are the notes' own (``- 53번`` under ``DNS가 기본으로 쓰는 포트는?``).

>>> "연습 문제" in EXERCISE_HEADINGS
True
"""

EXAMPLE_HEADINGS = (
    "예시",
    "예제",
    "시나리오",
    "계산 예",
    "계산",
    "구하기",
    "실습",
    "적용 사례",
    "샘플 문제",
    "적용 이후",
    "적용 결과",
    "비유",
    *EXERCISE_HEADINGS,
)
"""Words of a heading over a worked example (``### 비용 계산 예시``, ``## 실습``, ``## RCU 샘플 문제``, an
exercise's ``### 평균 대기 시간 구하기``), an analogy (``## 구매 옵션 (비유)``), or exercises set
to the learner (``## 예상 문제``, ``## [도전과제2]``): its numbers are the example's
or the exercise's givens, not limits, and its lines illustrate or pose rather than state.  The
English ``Example`` is :data:`~builder.analyse.shapes.EXAMPLE_TITLE_WORD`, a word of its own."""

EXAMPLE_POINTER_WORDS = frozenset({"참고", "참조", "보기", "아래", "다음", "하단"})
"""Words that point the reader to an example written below (``(예시 참고)``, ``(아래 예제)``),
beside a word of :data:`EXAMPLES_POINTED_TO` in a statement's closing brackets."""

EXAMPLES_POINTED_TO = frozenset({"예시", "예제", "예", "ex", "e.g.", "example", "examples"})
"""What a statement's closing brackets call the lines under it when they are an example
(``… 자동 이동 (예시 참고)``).  A scenario, a calculation or a table pointed to (``(다음 시나리오
참조)``, ``(아래 계산 참고)``, ``(아래 표 참고)``) holds facts to learn as often.

>>> "예시" in EXAMPLES_POINTED_TO, "시나리오" in EXAMPLES_POINTED_TO
(True, False)
"""

SAMPLE_FILE_EXTENSIONS = frozenset(
    {"yaml", "yml", "json", "txt", "sh", "py", "java", "md", "csv", "log", "xml", "ini", "cfg", "conf"}
    | {"sql", "html", "bin", "tar", "gz", "zip"}
)
"""Extensions of the files a walkthrough names for itself (``pod-definition.yaml``, ``plaintext2.txt``):
graded blind, no card hiding such a name was worth keeping.  ``.js`` is left out: ``Node.js`` and
``Vue.js`` are frameworks.

>>> "yaml" in SAMPLE_FILE_EXTENSIONS, "io" in SAMPLE_FILE_EXTENSIONS
(True, False)
"""

PLACEHOLDER_WORDS = frozenset({"test", "example", "sample", "demo", "foo", "bar", "baz", "dummy"})
"""Words a walkthrough ends its made-up names with (``parent-test``, ``base-demo``, ``hpa-example``),
lower case and a whole part of the name after another of two letters or more: ``Test-and-Set``,
``TestCase``, ``t-test``, ``train_test_split`` and ``TEST-NET-1`` are real names.  Graded blind, no card
hiding such a name was worth keeping.

>>> "test" in PLACEHOLDER_WORDS, "prod" in PLACEHOLDER_WORDS
(True, False)
"""

SCRATCH_DIRECTORIES = ("/tmp/", "/data/")
"""The folders a walkthrough makes its throwaway files in (``/tmp/test``, ``/data/www``): a path under
one is the writer's pick.  Paths under ``/opt``, ``/home`` or ``~/`` are often the fact itself
(Lambda's ``/opt/python``, ``/home/ec2-user``, ``~/.aws/credentials``).

>>> "/tmp/test".startswith(SCRATCH_DIRECTORIES), "/opt/python".startswith(SCRATCH_DIRECTORIES)
(True, False)
"""

SCENARIO_LABELS = frozenset({"시나리오", "예제", "예시", "계산 예", "scenario"})
"""Labels that open a line as a worked scenario when a colon follows them, counted in turn or not
(``- 시나리오2 : 최적 인스턴스 9개, 반드시 6개 이상 실행``, ``**예제 1**: …``): its numbers are the
scenario's.  A lab's ``실습:`` and a use case's ``적용 사례:`` label content, and stay out.

>>> "시나리오" in SCENARIO_LABELS, "실습" in SCENARIO_LABELS
(True, False)
"""

SCENARIO_HEADINGS = frozenset(
    {
        "상황",
        "예시 상황",
        "문제 상황",
        "가정",
        "scenario",
        "문제",
        "문제 요약",
        "문제 설명",
        "질문",
        "지문",
        "question",
        "퀴즈",
    }
    | {"테스트 환경", "실습 환경", "실험 환경", "결과", "테스트 결과", "실습 결과", "실험 결과"}
)
"""Headings that are a scenario set up by themselves (``##### 상황`` under an algorithm, ``### 문제 요약``
under an exam question, ``### 테스트 환경`` and ``#### 결과`` of a lab): its lines and numbers are the
worked example's, the question's or the lab's.  Whole headings only: ``사용 상황`` lists use cases."""

QUESTION_GIVENS_HEADINGS = frozenset({"요구 사항", "요구사항", "요구 조건", "조건", "제약 조건", "requirements"})
"""Headings of an exam question's givens when written under the question's number (``## Q1.`` over
``### 요구 사항`` and ``### 설명``): the scenario's demands, not notes.  Elsewhere ``요구사항`` is a
subject of its own (``## 요구사항 분석``).

>>> "요구 사항" in QUESTION_GIVENS_HEADINGS, "설명" in QUESTION_GIVENS_HEADINGS
(True, False)
"""

STUDY_LOG_HEADINGS = frozenset(
    {"느낀 점", "느낀점", "느낀 점 및 피드백", "소감", "참석자", "팀원", "팀원 역할", "각 팀원의 역할", "역할 분담"}
    | {"다음 스터디", "다음 모임", "스터디 일정", "스터디 목표"}
)
"""Whole headings over a study group's log (``### 느낀 점 및 피드백``, ``### 각 팀원의 역할``): who
came, who did what and how they felt, the writers' own, not facts of the subject.

>>> "느낀 점 및 피드백" in STUDY_LOG_HEADINGS, "역할" in STUDY_LOG_HEADINGS
(True, False)
"""

REASON_ENDINGS = ("므로", "니까", "니", "따라서", "그러므로", "그래서", "때문에", "즉")
"""How a line closes the reason an answer follows from (``오염이 없는 노드이므로 답은 2개``, ``따라서
정답은 B``): the answer of an exercise worked out above, not a question asked on the line.

>>> "오염이 없으므로".endswith(REASON_ENDINGS), "최소 디스크 수".endswith(REASON_ENDINGS)
(True, False)
"""

OWN_ANSWER_HEADINGS = frozenset({"내가 생각한 답", "내가 고른 답", "내 답", "나의 답", "my answer"})
"""Whole headings over the writer's own try at a question (``## 📝 내가 생각한 답`` before ``## ✅
정답``): their reasoning toward a pick, right or wrong, not facts of the subject.

>>> "내가 생각한 답" in OWN_ANSWER_HEADINGS, "정답" in OWN_ANSWER_HEADINGS
(True, False)
"""

GOAL_HEADINGS = frozenset(
    {
        *("학습 목표", "학습목표", "목표", "이번 장의 목표", "실습 목표", "learning objectives", "objectives", "goals"),
        *("todo", "to do", "to-do", "할 일", "할일"),
    }
)
"""Headings over what the reader will learn (``## 학습 목표`` over ``- State 파일의 역할을 이해한다``)
or the writer still has to do (``## TODO`` over ``- 문제랑 연결해보기``): a plan, not facts of the
subject.  Whole headings only, casefolded."""

ANSWER_HEADINGS = frozenset({"정답", "답", "answer", "correct answer"})
"""Headings over the option an exam question's answer picks (``### ✅ 정답`` under ``## Q27``): without
the question, which the card cannot show, a blank in the option asks a riddle."""

CONTRAST_MARKERS = ("반면", "달리", "비해", "대신", "차이", "비교", "보다", "vs", "versus", "대조")
"""Words that set two things against each other (``X는 …, 반면 Y는 …``, ``X와 달리``): without one,
``X는 …, Y는 …`` lists facts about several things rather than comparing alternatives."""

WRITER_PRONOUNS = frozenset({"저", "제"})
"""The polite first person (``저는``, ``제가``): notes say it only in the writer's own story; the
plain ``나``/``내`` also plays a part in an explanation (``내가 보낸 요청이 처리되면``).

>>> "저" in WRITER_PRONOUNS, "나" in WRITER_PRONOUNS
(True, False)
"""

WRITER_NOUNS = frozenset({"필자", "글쓴이"})
"""Nouns by which a post names its writer (``필자는 …``)."""

CHAPTER_UNITS = ("장", "절", "과목", "편", "강", "단원")
"""Units a book or a course numbers its parts in (``1장 데이터 모델링``, ``3절 속성``, ``제2과목 SQL``):
the number and its unit file the heading, and what follows names the subject.

>>> "절" in CHAPTER_UNITS, "개" in CHAPTER_UNITS
(True, False)
"""

WRITER_STANDPOINTS = frozenset({"경우", "입장", "생각"})
"""Nouns that, after the plain first person's ``나의``/``내``, say the writer speaks for themselves
(``나의 경우 …``, ``내 생각에는 …``, ``나의 입장에서는 …``): their own story or view.  The plain
``내가`` of an explanation (``내가 보낸 요청이 처리되면``) stays a statement.

>>> "경우" in WRITER_STANDPOINTS, "요청" in WRITER_STANDPOINTS
(True, False)
"""

COURTESIES = frozenset({"안녕하세요", "안녕하십니까", "반갑습니다", "감사합니다", "고맙습니다"})
"""Sentences of courtesy a blog post opens or closes with (``안녕하세요, 멩기입니다.``, ``…
다뤄보겠습니다. 감사합니다!``): the writer greeting the reader, not a word about the subject.

>>> "안녕하세요" in COURTESIES, "안녕" in COURTESIES
(True, False)
"""

EXPRESSIVE_ENDINGS = ("네요", "더라고요", "더라구요", "던데요", "군요")
"""Sentence endings that tell the writer's own impression (``시험장이 춥더라고요``), not a fact.
(``…거든요`` also explains, politely: ``순서를 보장하거든요``.)

>>> "춥더라고요".endswith(EXPRESSIVE_ENDINGS), "지원합니다".endswith(EXPRESSIVE_ENDINGS)
(True, False)
"""

HUMBLE_GIVING = ("드리", "드립", "드릴", "드렸", "드려", "드린", "드림")
"""How a verb of giving humbly opens (``드리다``, ``드립니다``, ``드릴게요``): after a noun of speech
(:data:`SPEECH_NOUNS`: ``말씀드리고``, ``공유드리면``, ``소개해 드리겠습니다``) it is the writer
speaking to the reader of the post.  A service gives too (``알림을 보내 드립니다``).

>>> "드립니다".startswith(HUMBLE_GIVING), "건드리지".startswith(HUMBLE_GIVING)
(True, False)
"""

SPEECH_NOUNS = frozenset(
    {"말씀", "공유", "설명", "소개", "안내", "추천", "권장", "부탁", "감사", "정리", "답변", "질문", "양해", "사과"}
)
"""Nouns of what a writer does for the reader (``말씀``, ``공유``, ``추천``), which a humble verb of
giving turns into their speech: ``미리 말씀드리고 시작하겠습니다``, ``이 방법을 추천드려요``.

>>> "말씀" in SPEECH_NOUNS, "알림" in SPEECH_NOUNS
(True, False)
"""

HEDGES = (
    *("것같다", "것같음", "것같습니다", "것같아요", "것같네요", "것같은데", "거같다", "거같음", "거같아요", "거같은데"),
    *("듯하다", "듯함", "듯합니다", "듯해요", "듯싶다", "듯한데", "듯"),
)
"""How a sentence ends when the writer guesses (``DB 관리자가 자주 쓰는 것 같다``, ``… 없어진
듯함``, ``요즘 잘 안 쓰는 듯``), spaces dropped: their surmise, which a learner cannot take as the
fact of the subject.

>>> "자주쓰는것같다".endswith(HEDGES), "같은방식이다".endswith(HEDGES)
(True, False)
"""

WRAPPED_PARTICLES = (
    *("란", "이란", "이라는", "라는", "은", "는", "을", "를", "의", "에", "에서", "에게", "에는"),
    *("로", "으로", "로는", "으로는", "로서", "로써", "와", "과", "이며", "이고"),
)
"""Particles that never open a sentence: a line of prose that starts with one, as a word of its
own (``란 평문을 비트 단위로 암호화하는 방식이다``), was wrapped by hand after the noun it belongs
to, which ends the line above (``**스트림 암호**``).  ``이`` and ``가`` are left out: ``이 방식은 …``
opens with a determiner.

>>> "를" in WRAPPED_PARTICLES, "이" in WRAPPED_PARTICLES
(True, False)
"""

TALK_ENDINGS = ("요",)
"""The ending of the polite speech a blog post talks to its reader in (``… 확인할 수 있어요``,
``결제하시면 돼요``, ``추천해요``): on the page of a writer's story, the writer's advice, not a
fact of the subject (notes state facts as ``…이다``, ``…합니다``, ``…함``).

>>> "있어요".endswith(TALK_ENDINGS), "있습니다".endswith(TALK_ENDINGS)
(True, False)
"""

EMOTICONS = ("ㅠㅠ", "ㅜㅜ", "ㅋㅋ", "ㅎㅎ", "^^", ";;", ":)", ":-)", ":D")
"""Faces and laughter written in jamo or signs: the writer's mood, beside a story.  A lone ``ㅠ``
counts only after a sentence (``합격했다 ㅠ``); elsewhere it may be the vowel itself.

>>> "ㅋㅋ" in EMOTICONS
True
"""

LONE_FACES = ("ㅠ", "ㅜ")
"""A face written as one jamo: the writer's only after a sentence (``아쉽습니다 ㅠ``)."""

ABILITY_FORM = ("수", "있")
"""The pieces of ``-ㄹ 수 있다`` ("can"), after a verb: ``설명할 수 있다`` is ``설명`` ``할`` ``수`` ``있``."""

ANNOUNCING_FORMS = ("보겠", "볼게", "보자", "보도록")
"""The auxiliary 보다 ("try") with an ending of intent, ending a line: the writer announces what the
notes go through next (``이번에는 큐 서비스를 짚어보겠습니다``, ``샤드 구조를 정리해 볼게요``), an outline
of the notes, not a fact.  A prediction without 보다 (``비용이 증가하겠습니다``) is no announcement.

>>> "보겠습니다".startswith(ANNOUNCING_FORMS), "보도록하겠습니다".startswith(ANNOUNCING_FORMS)
(True, True)
>>> "보았다".startswith(ANNOUNCING_FORMS)
False
"""

LEARNING_GOAL_VERBS = frozenset({"설명", "요약", "파악", "이해", "비교", "구분", "정의", "나열", "서술", "식별"})
"""What a course's learning goal says the learner will be able to do (``… 차이를 설명할 수
있습니다``): a goal of the course, not a fact of the subject (``… 저장할 수 있습니다`` is one).

>>> "설명" in LEARNING_GOAL_VERBS, "저장" in LEARNING_GOAL_VERBS
(True, False)
"""

WRITING_VERBS = frozenset({"다루", "정리", "작성", "요약", "소개", "설명", "포스팅", "기록", "추가", "필기"})
"""What a writer does with notes (``뒤에서 다룰 예정이다``, ``영상을 바탕으로 정리한 문서``): a line
that says what the notes will cover or what they are speaks of the notes, not of the subject.

>>> "다루" in WRITING_VERBS, "저장" in WRITING_VERBS
(True, False)
"""

SELF_INTRODUCTIONS = ("입니다", "이에요", "예요", "입니당")
"""How a post's writer gives their name after a greeting (``안녕하세요, 멩기입니다``).

>>> "멩기입니다".endswith(SELF_INTRODUCTIONS)
True
"""

STUDY_PLAN_VERBS = (*sorted(WRITING_VERBS), "공부", "취득", "준비", "시작", "알아보", "살펴보", "복습")
"""Verbs of studying or writing before a polite intention (``정리해 보려 합니다``, ``자격증을
취득하고자 합니다``): the writer's plan for the post.  A system's intention names its own verb
(``처리량을 최대화하고자 합니다``).

>>> "취득" in STUDY_PLAN_VERBS, "최대화" in STUDY_PLAN_VERBS
(True, False)
"""


TAKEN_NOTES = ("필기한 내용", "필기한 것", "필기 내용")
"""What a line calls the notes when they were taken down from a lecture (``… 강의를 필기한 내용입니다``):
``내용`` alone is any content (``API 호출을 기록한 내용`` says what a log is).

>>> "수업을 필기한 내용입니다".rstrip("입니다").endswith(TAKEN_NOTES)
True
"""

DONE_ENDINGS = ("한", "된", "했던")
"""Past adnominal endings (``정리한``, ``작성된``): what the notes were made as (``… 정리한 문서``),
where the present (``프로젝트를 설명하는 문서``) says what a file is."""

PLAN_NOUNS = frozenset({"예정", "계획"})
"""A plan that ends a line after a writing verb (``뒤에서 다룰 예정이다``, ``추가할 계획``)."""

REQUIREMENT_WORDS = ("필요", "어야", "아야", "해야", "돼야", "권장", "요구")
"""Words that make the count before them what something needs (``2개 이상의 디스크가 있어야 한다``,
``2개 이상 두어야``, ``2개 이상을 권장``): a minimum, not a plural."""

LATER_IN_THE_NOTES = (
    *("뒤에서", "나중에", "추후", "이후에", "아래에서"),
    *("다음 글", "다음 포스트", "다음 포스팅", "다음 시간", "다음 장", "다음 강의"),
)
"""Where a plan of the writer's points (``뒤에서 다룰 예정이다``): further on in the notes."""

NOTES_NOUNS = frozenset({"문서", "글", "포스트", "포스팅", "게시글", "노트", "페이지"})
"""What a line calls the notes it is written in (``… 정리한 문서입니다``).

>>> "문서" in NOTES_NOUNS
True
"""

MEANS_NOUNS = frozenset({"기법", "도구", "방식", "수단", "툴"})
"""Nouns that end a term by naming it a means (``요구사항 도출 기법``, ``패키지 도구``): with the words
before them in view (under ``요구사항 도출``), a blank over the term asks for nothing but the noun.

>>> "기법" in MEANS_NOUNS
True
"""

NAME_KIND_NOUNS = frozenset(
    {"라이선스", "프로토콜", "서비스", "기법", "방식", "단위", "프로젝트", "모델", "도구", "구조", "표준", "형식"}
)
"""Nouns that end a name by saying what kind of thing it is (``MIT 라이선스``, ``QUIC 프로토콜``): a
definition of the name says the kind in its own words (``… 개발한 허가서``), so the name's other
words are what its card asks.

>>> "라이선스" in NAME_KIND_NOUNS, "스푸핑" in NAME_KIND_NOUNS
(True, False)
"""

KIND_OF_NOUNS = frozenset({"일종", "종류", "하나"})
"""What a line ends in when it only classes its subject (``무작위 대입 공격의 일종이다``): one of
many that the class holds, which no one can name from it; not a definition.

>>> "일종" in KIND_OF_NOUNS
True
"""

SUPPOSED_VALUE_ENDINGS = ("이라면", "라면", "일 때", "일때", "일 경우", "일경우")
"""Endings right after a value that suppose it for a case (``비중이 40%라면``, ``노드가 5개일
때``, ``노드가 5개일 경우``): the case's value, not a limit.  A bound between them keeps it a rule
(``7일 이내라면``, ``5GB 이상일 경우``).

>>> "40%라면"[len("40%"):].startswith(SUPPOSED_VALUE_ENDINGS)
True
"""

PICKED_VALUE_NOTES = ("임의", "예시")
"""What a bracket right after a value says when the writer picked the value for the example
(``Content_Length = 3000 (임의의 큰 값)``, ``포트 8080 (예시)``): it illustrates, and no limit card
asks for it.

>>> "(임의의 큰 값)".strip("( ").startswith(PICKED_VALUE_NOTES)
True
"""

CALCULATING_VERBS = ("계산할 것", "계산하시오", "계산하라")
"""How an exercise gives its values to calculate with (``…는 10ms로 계산할 것``): the givens of a
calculation, not limits of the subject (``…로 가정`` is one of :data:`HYPOTHESES`).  A rule of
billing is no exercise (``1분 미만은 1분으로 계산된다``).

>>> "10ms로 계산할 것"[len("10ms로 "):].startswith(CALCULATING_VERBS)
True
"""

INTENTION_ENDINGS = ("려 한다", "려고 한다", "고자 한다", "려 합니다", "려고 합니다", "고자 합니다", "려고 함", "려 함")
"""Endings of a sentence that says what someone means to do (``… 6개의 서브넷으로 분할하려 한다.``,
``이번 장에서는 3가지 컨테이너를 사용하려고 합니다``): an exercise's task or a tutorial's plan, whose
values are the writer's choice, not limits.  A condition goes on (``접근하려고 한다면 …``).

>>> "서브넷으로 분할하려 한다".endswith(INTENTION_ENDINGS), "접근하려고 한다면".endswith(INTENTION_ENDINGS)
(True, False)
"""

TRIAL_CONNECTIVES = ("니", "니까", "는데", "더니")
"""Connective endings that, after the auxiliary ``보`` (try) or a past tense, tell what the writer
tried and then saw (``핑을 찍어보니``, ``TTL을 바꿔봤는데``, ``요청을 보냈더니``), when the line goes
on to report it in the past (``… 가장 빨랐다``): an account of their own set-up, its values what they
measured, not facts of the subject.  See :func:`~builder.analyse.rules.personal.tells_a_trial`.
"""

COUNTED_NAME_WORDS = frozenset({"way", "phase", "tier", "layer", "factor", "step", "pass", "level"})
"""English words a number before them counts, as part of a name (``3 way handshake``, ``2 Phase
Commit``, ``3 Tier Architecture``, and in the plural, ``7 Layers``): a heading that opens so is not
numbered (``2 rook-ceph`` is).

>>> "phase" in COUNTED_NAME_WORDS, "rook-ceph" in COUNTED_NAME_WORDS
(True, False)
"""

SERIES_CLOSERS = ("등", "따위", "같은", "이런 식", "이런식", "처럼")
"""Words right after a run of values that make them instances of a kind (``30초, 60초 등``,
``/16 /24 /25 이런 식으로``): whichever values they are, each only illustrates.

>>> "이런 식으로".startswith(SERIES_CLOSERS)
True
"""

SETTING_VERBS = ("설정", "지정", "입력", "선택")
"""Verbs a walkthrough sets or types a value with (``인스턴스 개수를 10개로 설정한다``, ``IPv4 범위:
10.0.0.0/24 입력``): the value is the writer's choice for the lab, not a limit.  A value the
notes bound (``최대 10개로 설정``) or that the setting is able to take (``0으로 설정할 수 있다``,
``30초로 설정되어 있다``) stays one.

>>> "설정한다" .startswith(SETTING_VERBS)
True
"""

STANDING_BOUNDS = frozenset({"최대", "최소", "최대값", "최소값", "기본값"})
"""Words of :data:`LABEL_FILLERS` that make a value set in their clause a bound or a default wherever
they stand (``최대 보존 기간 35일로 설정``), where ``기본`` may only name a thing (``기본 VPC``).

>>> "최대" in STANDING_BOUNDS, "기본" in STANDING_BOUNDS
(True, False)
"""

LIMIT_NOUNS = ("제한", "한도", "상한", "하한", *sorted(STANDING_BOUNDS))
"""Words that say a value of their clause is a limit, written before or after it (``메시지 크기 제한은
256KB``, ``30일 최소 저장 기간``): a bound the notes teach, even where a worked case sets the other
values.  The :data:`STANDING_BOUNDS` count wherever they stand.

>>> "메시지 크기 제한은".split()[-1].startswith(LIMIT_NOUNS), "최소값" in LIMIT_NOUNS
(True, True)
"""

TASK_LABELS = ("문제", "과제", "실습 문제", "실습 과제", "연습 문제", "실습")
"""Labels that open the statement of an exercise (``문제: api-deploy를 서비스로 port 80에 노출``,
``과제 2: 서브넷 4개 생성``): the task the writer set themselves, whose values are its givens.

>>> "실습 문제" in TASK_LABELS
True
"""

LIMIT_WORDS = frozenset(
    {"할당량", "쿼터", "quota", "quotas", "limit", "limits", "max", "maximum", "min", "minimum", "per"}
)
"""Words that, in a line or in a heading over it, say its values are limits (``Lambda Limits`` over
``동시성 실행 : 1000``), whole words in any case, beside the :data:`LIMIT_NOUNS` (``VPC 한도``).  ``per``
says so too (``VPCs per Region``), and the suffix ``당`` (``리전당``), told by the analyser.

>>> "limits" in LIMIT_WORDS, "default" in LIMIT_WORDS
(True, False)
"""

BUILDING_WORDS = frozenset({"생성", "설정", "수정", "구축", "만들기", "생성하기", "설정하기", "구축하기", "추가하기"})
"""Last words of a heading over a thing being built (``## VPC 생성``, ``### Inbound Rules 수정``,
``#### 인스턴스 만들기``): the counts, rule rows and settings under it are the writer's own.

>>> "생성" in BUILDING_WORDS, "구성" in BUILDING_WORDS
(True, False)
"""

MEANS_VERBS = ("사용하여", "사용해", "이용하여", "이용해", "통해")
"""How a thing is done by means of another (``chmod을 사용하여 허가권을 설정``): a line with one
tells how a tool works, a statement, not a click of the writer's lab.

>>> "통해" in MEANS_VERBS
True
"""

HOW_PARTICLES = frozenset({*MEANS_PARTICLES, "에서"})
"""Particles of a means or a place (``CHECK 제약으로 값의 범위 지정``, ``NACL에서 거부 규칙 설정``):
a line with one says how a thing is done, not what the writer clicked.

>>> "으로" in HOW_PARTICLES, "에서" in HOW_PARTICLES
(True, True)
"""

HOW_WORDS = frozenset({"시", "자동", "기본"})
"""Words of when or how a thing happens (``배포 시 새 ReplicaSet 생성``, ``기본 활성화``): a line with
one states a behaviour, not a click of the writer's lab.

>>> "시" in HOW_WORDS
True
"""

CONSOLE_ACTIONS = frozenset(
    {"설정", "선택", "추가", "변경", "활성화", "비활성화", "생성", "입력", "지정", "클릭", "체크", "해제"}
)
"""Nouns of what a walkthrough does in a console, written as the line's last word with no verb
(``Availability Zone 설정 (us-east-1a)``, ``인스턴스 선택 -> Actions -> 보안 그룹 변경``): with what the
writer typed or pressed, under a heading that builds something, they are steps of the writer's lab.

>>> "활성화" in CONSOLE_ACTIONS, "지원" in CONSOLE_ACTIONS
(True, False)
"""

MEASURE_NAMES = frozenset(
    {"수", "개수", "갯수", "count", "number"}
    | LABEL_FILLERS
    | ATTRIBUTE_LABELS
    | {word for _, words in BLANK_HINTS.values() for word in words}
)
"""Words of a name before a colon that make its value a measure (``기본 크기: 10개``, ``노드 수 : 3개``),
not how many of a thing the writer set up (``Public Subnet : 2개``), read casefolded, morpheme by
morpheme (``노드수``); a limit's own words are :data:`LIMIT_WORDS`.

>>> "크기" in MEASURE_NAMES, "개수" in MEASURE_NAMES, "subnet" in MEASURE_NAMES
(True, True, False)
"""

ADVICE_WORDS = ("권장", "추천", "좋다", "바람직")
"""Words after a value set that make it the notes' advice (``15분으로 설정하는 것을 권장``), a fact to
learn rather than a lab's choice.

>>> "권장" in ADVICE_WORDS
True
"""

EXAM_QUESTION_CUES = ("다음 중", "입니까", "습니까", "가장", "which", "what is the", " could ", " should ", "best")
"""Words of a question as an exam sets it, with options to pick from (``다음 중 …``, ``…전략은
무엇입니까?``, ``가장 적합한 …은?``, ``Which …``, ``What DR strategy could …``), beside
:data:`CHOOSE_ASKS` and :data:`OPTION_PICKS`; a learner asks their own questions plainly
(``트랜잭션의 4가지 특성은 무엇인가?``).  Compared casefolded.

>>> "무엇입니까".endswith(EXAM_QUESTION_CUES), "무엇인가".endswith(EXAM_QUESTION_CUES)
(True, False)
"""

FALSE_OPTION_ASKS = (
    *("옳지 않은", "옳지않은", "올바르지 않은", "올바르지않은", "틀린", "잘못된", "잘못 짝지어진"),
    *("적절하지 않은", "거리가 먼", "해당하지 않는", "아닌 것은", "어색한"),
)
"""What an exam question says when it asks for the false option (``다음 중 … 옳지 않은 것은?``): an
option its answer names (``1번. …``) is that false statement, never a fact.

>>> "다음 중 옳지 않은 것은?".count(FALSE_OPTION_ASKS[0])
1
"""

ONE_OPTION_ENDINGS = ("것은?", "것은？")
"""How an exam question ends when it asks for the one option it keys (``… 성격이 나머지 셋과 다른
것은?``): a numbered list of names under it is its options, not its answer.  A question whose answer
the notes list ends in what it asks for (``교착 상태의 4가지 조건은?``).

>>> "다음 중 DDL이 아닌 것은?".endswith(ONE_OPTION_ENDINGS), "교착 상태의 4가지 조건은?".endswith(ONE_OPTION_ENDINGS)
(True, False)
"""

NAME_TERM_ASKS = ("무엇이라 하는가", "무엇이라 하나", "무엇이라 합니까", "무엇이라고 하는가")
"""How an exam question asks for the term it keys (``… 튜플의 수를 무엇이라 하는가?``): a numbered list
of names under it is the terms on offer.

>>> any(w in "릴레이션의 튜플 수를 무엇이라 하는가?" for w in NAME_TERM_ASKS)
True
"""

TABLE_MATERIAL_WORDS = (
    "테이블을 보고",
    "표를 보고",
    "테이블을 참고",
    "표를 참고",
    "다음 테이블",
    "아래 테이블",
    "다음 표",
)
"""How an exam question points at the table it is asked about (``다음 테이블을 보고 … SQL 구문은?``): the
rows under it are the question's made-up material.  A question that only asks about what follows
(``아래 프로세스 상태의 의미는?``) may be answered by the writer's own table.

>>> any(w in "다음 테이블을 보고 판매량 순으로 출력하는 SQL은?" for w in TABLE_MATERIAL_WORDS)
True
>>> any(w in "아래 프로세스 상태의 의미는?" for w in TABLE_MATERIAL_WORDS)
False
"""

PICKED_AMONG = (" 중 ", " 중에서 ")
"""How an exam question names the set it picks one from (``트랜잭션의 상태 중 … 상태는?``, ``분류 중에서
… 언어는?``): a numbered list of names under it is that set's members on offer.

>>> any(w in "데이터 모델의 구성 요소 중 연산을 뜻하는 것은?" for w in PICKED_AMONG)
True
>>> any(w in "중간 결과를 저장하는 곳은?" for w in PICKED_AMONG)
False
"""

OPTION_PICKS = tuple(
    dict.fromkeys(
        f"{judgement.replace(' ', '').removesuffix('것은')}것은"
        for judgement in (*FALSE_OPTION_ASKS, "옳은", "맞는", "바른", "적절한", "알맞은")
    )
)
"""What an exam question says when it has the reader pick one of its options (the false one of
:data:`FALSE_OPTION_ASKS`, or the true one), written without spaces (``… 설명으로 옳지 않은
것은?``, ``방법으로 옳은 것은?``): the lines under it are its options, even with no ``다음 중``.
The whole phrase: ``시험에서 자주 틀린 개념은?`` asks for notes.

>>> any(w in "프로세스에 대한 설명으로 옳지 않은 것은?".replace(" ", "") for w in OPTION_PICKS)
True
>>> any(w in "설정 항목에 대한 설명 중 올바르지 않은 것은 무엇인가요?".replace(" ", "") for w in OPTION_PICKS)
True
>>> any(w in "시험에서 자주 틀린 개념은?".replace(" ", "") for w in OPTION_PICKS)
False
"""

QUESTION_MATERIAL_OPENERS = ("다음",)
"""How an exam question opens when it asks about material set before it (``다음 중 옳은 것은?``,
``다음 코드의 결과는?``), besides :data:`QUESTION_MATERIAL_WORDS` anywhere in it."""

STANDARD_MARKERS = ("보다", "와달리", "과달리", "와는달리", "과는달리", "에비해", "에비하면", "와비교해", "과비교해")
"""Words after a name that make it the standard a line compares against, not what the line is
about (``해시 인덱스보다 느리다``, ``S3와 달리 EBS는 …`` say something of the other side).  Written
here without spaces: notes space them as they like (``와 달리``, ``와달리``).

>>> "".join("힙보다 작다"[1:].split()).startswith(STANDARD_MARKERS)
True
"""

QUESTION_ENDINGS = (
    *("주세요", "보세요", "하시오", "하라", "무엇인가", "인가요", "입니까"),
    *("설명하세요", "비교하세요", "서술하세요", "쓰세요", "쓰시오", "적으시오", "고르시오", "찾으시오"),
    *("일까", "할까", "는가", "은가", "나요", "까요"),
)
"""Endings of a line that asks (``…에 대해 설명해 주세요``, ``…를 쓰시오``) without a question mark."""

ENGLISH_PROSE_WORDS = frozenset({"the", "a", "an", "to", "of", "and", "is", "are", "for", "with", "this", "that"})
"""Words of an English sentence (``use the --force flag to overwrite``): a line with them is prose
about a command, not the command typed out."""

NOTES_TITLE_WORDS = (
    "note",
    "notes",
    "노트",
    "오답 노트",
    "요약",
    "정리",
    "필기",
    "til",
    "summary",
    "cheat sheet",
    "치트 시트",
)
"""Last words of a file's title that name the notes themselves (``AWS-SCS-note``, ``SQLD 요약``);
a space in an entry may be left out (``오답노트``)."""

NOTE_FILE_WORDS = frozenset(
    {
        *NOTES_TITLE_WORDS,
        *("review", "interview", "study", "week", "day", "chapter", "ch", "lecture", "readme"),
    }
)
"""Words of a file's name that name a file of notes (``02-aws-saa-review``, ``technical_interview_db``),
not a subject (``kube-proxy``).  Casefolded.

>>> "interview" in NOTE_FILE_WORDS, "proxy" in NOTE_FILE_WORDS
(True, False)
"""

NUMBERED_FILE_WORDS = frozenset({"step", "unit", "part"})
"""Words a file of notes is named by with its number glued on (``step1``, ``part2``): alone, or in a
slug, they name a subject (``step-functions``, ``unit-test``).  Casefolded.

>>> "step" in NUMBERED_FILE_WORDS, "step" in NOTE_FILE_WORDS
(True, False)
"""

STORY_TITLE_WORDS = (
    "후기",
    "회고",
    "도전기",
    "합격기",
    "합격 수기",
    "취득기",
    "응시기",
    "공부 방법",
    "공부법",
    "exam review",
)
"""Words of a title that names the writer's own story of an exam rather than a subject
(``정보처리기사 실기 후기``, ``자격증 도전기``, ``CKA 공부 방법``, a slug's ``…-Professional-exam-review``):
the lines under it tell how the writer prepared and sat the exam; a space in an entry may be left
out or written as a dash or an underscore (``공부방법``, ``exam-review``)."""

ORDINAL_PREFIX = "제"
"""The prefix of a Korean ordinal (``제3자``, ``제 1 정규형``, ``제2 외국어``): the number names a
place in an order, it measures nothing."""


INTRODUCTION_ASPECTS = frozenset({"개요", "소개", "기초", "overview", "intro", "introduction", "basics"})
"""Headings that only introduce their subject (``Partition 개요``, ``Cloud Functions 소개``,
``UML의 개요``, ``큐 기초``): their lines are about the subject itself, which is what the heading
names; a card asks ``Partition``, not ``Partition · 개요``.

>>> "소개" in INTRODUCTION_ASPECTS, "특징" in INTRODUCTION_ASPECTS
(True, False)
"""

OVERVIEW_ASPECTS = INTRODUCTION_ASPECTS | {"특징", "정의", "요약", "정리", "개념", "summary"}
"""Aspects under which a subject is introduced (``### 개요``): their first statement may define the
subject; under any other aspect (``EFS · 보안``) the lines describe the aspect, not the subject."""

ORDER_ENDINGS = ("세요", "으세요", "십시오", "으십시오", "시오", "으시오")
"""Endings of a verb that tells the reader to do something (``… 네트워크 정책을 구성하세요:``,
``… 파일에 기록하십시오``, ``… 고르시오``): the polite and the formal imperative, as a task sheet
sets its tasks.  Notes state facts (``…한다``, ``…합니다``, ``…함``) and rarely order their reader;
the analyser tells the ending (``세요``, ``시`` + ``오``) from a word that merely ends so.

>>> "세요" in ORDER_ENDINGS, "습니다" in ORDER_ENDINGS
(True, False)
"""

TELLING_ORDERS = (
    *("설명", "말해", "말하", "서술", "기술", "비교", "쓰", "적", "고르", "구하", "답하"),
    *("기억", "주의", "참고", "유의", "명심", "알아"),
)
"""Verbs whose order asks the reader to answer, explain or keep something in mind, not to do a
task (``…의 차이를 설명해주세요``, ``…에 대해 서술하시오``, ``…테스트 원리를 쓰시오``, ``꼭
기억하세요``): an interview's, an exam's or a review's question, answered below, or a tip.

>>> "설명해주세요".startswith(TELLING_ORDERS), "구성하세요".startswith(TELLING_ORDERS)
(True, False)
"""

OWN_NOTES_SECTIONS = frozenset(
    {"배운 점", "배운점", "느낀 점", "느낀점", "개념", "개념 정리", "정리", "메모", "참고", "회고", "후기", "요약"}
)
"""Sections a writer keeps of their own between or under the tasks of an exercise sheet (``## 개념
정리: etcd``, ``### 배운 점``): what they learnt, not the exercise's givens.

>>> "배운 점" in OWN_NOTES_SECTIONS, "초기 설정" in OWN_NOTES_SECTIONS
(True, False)
"""
