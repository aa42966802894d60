"""Definitions: the statement that says what a subject *is*, or what it is *for*.

A what card asks "what is it, what is it for?" and its answer must be such a statement; the
first bullet under a heading that merely lists a property (``모든 스냅샷은 암호화``) is not
one.  Read from the morphemes, a definition is one of:

- a copula statement: ``… 데이터베이스이자 분석 엔진``, ``… 서비스이다``;
- a noun-final statement whose last noun is modified by a clause: ``…에 사용하는 서버리스
  쿼리 서비스``, ``… 구성할 수 있는 기능`` (an adnominal ending ``ETM`` before the final noun);
- an opening ``<noun phrase>(으)로,``: ``완전 관리형 데이터베이스로, …`` (it is a … that …);
- a purpose: ``…에 사용한다``, ``…을 위해 사용``, ``…하는 데 쓰인다``;
- a meaning: ``X란 …을 말한다``, ``…을 의미한다``.

>>> is_definition("Amazon S3에 저장된 데이터를 분석하는 서버리스 쿼리 서비스")
True
>>> is_definition("모든 스냅샷은 암호화")
False
"""

from __future__ import annotations

import re
from itertools import pairwise

from builder.analyse.loanwords import is_gerund, jamo
from builder.analyse.morph import Morpheme, morphemes
from builder.analyse.names import name_variants, squashed
from builder.analyse.particles import particle_at
from builder.analyse.phrases import INSIDE_NAME, NOUNISH, closes_a_condition, noun_phrases
from builder.analyse.rules.personal import recounts
from builder.analyse.shapes import ANY_ARROW, LIST_INTRO, QUESTION_END, SEVERAL_NAMES
from builder.analyse.subjects import strip_parenthetical
from builder.analyse.words import (
    CALLING_VERBS,
    CHECK_MARKS,
    CLAUSE_JOINS,
    COMMONNESS_WORDS,
    CONTRAST_ENDINGS,
    CONTRAST_NOUNS,
    COPULA_DEFINING_ENDINGS,
    DEFINING_VERBS,
    KIND_COUNTERS,
    KIND_OF_NOUNS,
    KINDS_EXIST,
    NAMING_ENDINGS,
    NATIVE_COUNTS,
    NEUTRAL_PARTICLES,
    PREDICATE_NOUNS,
    PROPERTY_NOUNS,
    PURPOSE_WORDS,
    QUESTION_HEADS,
    RANKING_WORDS,
    REASON_NOUNS,
    REPORTED_ENDINGS,
    ROLE_NOUNS,
    STATE_NOUNS,
    TOOL_NOUNS,
    TOPIC_PARTICLES,
    TRANSLATION_MARKERS,
)

MIN_CHARS = 6
MIN_MODIFIED_WORDS = 3
"""A noun-final definition has at least this many words: a clause and the noun it modifies
(``메시지를 쌓는 큐``); two words are an adjective and a noun, a property."""
_CIRCUMSTANCES = frozenset({"때", "경우", "것", "수", "등", "점", "중", "후", "뒤", "전"})
"""A clause ending in one of these (``… 지정할 때``) says when, not what."""


def is_definition(text: str, subject: str = "") -> bool:
    """Whether ``text`` says what its subject is or is for (see the module's rules); ``subject``,
    when given, is the name it would define (``…실행 중인 프로그램이 프로세스이다`` defines it)."""
    text = _first_sentence(text.strip())
    if len(text) < MIN_CHARS or LIST_INTRO.search(text) or QUESTION_END.search(text):
        return False
    if not _outside_brackets(text).strip(" )）]"):
        return False  # ``(bash나 zsh 같은 셸을 추천)``: an aside in brackets, whatever it says
    if text.count(" | ") >= 2:
        # ``방식 | 목록 | 허가된 사용자의 목록``: the cells of a table's row, not a sentence (one
        # bar may be a shell's pipe: ``cmd1 | cmd2 형태로 넘기는 기능``)
        return False
    if _stops_on_a_contrast(text):
        return False  # ``…요금을 내지만``: its point is in the line after it; alone it defines nothing
    if _topic_names_several(text):
        return False  # ``TCP & UDP는 4계층 프로토콜이다``: it defines neither alone
    if text.rstrip(" .").split()[-1:] and text.rstrip(" .").split()[-1] in CHECK_MARKS:
        return False  # ``… 속할 수 X``: a rule about the subject, not what it is
    if _only_classes(text):
        return False  # ``무작위 대입 공격의 일종이다``: one of a class, which no one can name from it
    if _only_a_genus(text):
        return False  # ``컨트롤러 매니저는 프로세스이다``: a kind so wide that many names fit it
    if _counts_its_kinds(text):
        return False  # ``ECS에는 두 가지 실행 유형이 있고 …``: how many kinds it comes in, not what it is
    if _equates_another_subject(text, subject) or _names_another_term(text, subject):
        return False  # ``…저장해 둔 파일이 Dockerfile이다``: what another thing is, said of that thing
    if _topic_is_another_thing(text, subject):
        return False  # ``퍼블릭 서브넷이 통신하는 방법은 …``: what the way is, not what the subnet is
    if subject and _acts_on(text, subject):
        return False  # ``HTTP뿐이면 Application Gateway를 쓰는 것이 낫다``: advice on using it, not what it is
    if _says_what_will_be(text):
        return False  # ``…데이터를 변환할 것입니다``: what it will do in a lecture's example, a guess
    if text.startswith(TRANSLATION_MARKERS):
        return False  # ``해석하자면 VPC 종단점입니다``: its name in other words
    if text.split()[0] in RANKING_WORDS and not any(m.pos.startswith("J") for m in morphemes(text)):
        # ``가장 인기 있는 서비스``: where it ranks among others, not what it is (``가장 오래 쓰이지
        # 않은 페이지를 교체하는 알고리즘`` ranks the pages, and says what the subject does).
        return False
    if ranks_by_commonness(text):
        return False  # ``온라인 서비스에서 가장 많이 선택되는 격리 수준``: how common, not what
    if not _opening_as(text) and (_conditional(text) or _topics(text) >= 2):
        return False  # ``…를 사용하면 …가 필수이다``: a rule; ``A는 …이고 B는 …이다``: two subjects
    pieces = _pieces(text)
    listed = lists_by_commas(text)
    if listed and not _copula(text, pieces) and not _opening_as(text):
        return False  # ``SSE-S3, SSE-KMS, SSE-C, …``: a list of its properties, not what it is
    if _equation_of_another(text, subject):
        return False  # ``수신 윈도우 = 버퍼 크기 - …`` under ``수신 호스트``: how another thing is worked out
    if not pieces:
        return False
    return (
        _copula(text, pieces)
        or _modified_final_noun(text, pieces)
        or _defining_first_clause(text)
        or _opening_as(text)
        or _purpose(text, pieces)
        or any(verb in text for verb in DEFINING_VERBS)
    )


def names_a_case(subject: str) -> bool:
    """Whether a heading names a case, not a thing: a clause closed by a condition noun
    (:data:`~builder.analyse.words.CONDITION_NOUNS`): ``인덱스를 사용하기 좋은 경우``, ``장애가
    발생했을 때``.  Its lines list the case's instances; none of them says what the case is.

    >>> names_a_case("인덱스를 사용하기 좋은 경우"), names_a_case("장애가 발생했을 때")
    (True, True)
    >>> names_a_case("인덱스 사용이 유리한 경우들"), names_a_case("캐시를 두기 좋은 경우 (예시)")
    (True, True)
    >>> names_a_case("예외 경우"), names_a_case("인덱스")
    (False, False)
    """
    bare = strip_parenthetical(subject).strip()
    pieces = [m for m in morphemes(bare) if m.pos not in ("SF", "SP", "SS", "SE")]
    if pieces and pieces[-1].surface == "들":
        pieces = pieces[:-1]  # ``… 유리한 경우들``
    return bool(pieces) and closes_a_condition(pieces, len(pieces) - 1)


def _says_what_will_be(text: str) -> bool:
    """Whether the line ends in ``…ㄹ 것이다``: what will happen or probably is (``…트리거를 만드는 데
    사용될 것입니다``, ``…서비스일 것이다``), as a lecture previews its example or a writer guesses;
    a definition says what a thing is (``…두는 것이다`` stays one).

    >>> _says_what_will_be("큐는 주문을 모아 둘 것입니다"), _says_what_will_be("큐는 주문을 받는 서비스일 것이다.")
    (True, True)
    >>> _says_what_will_be("큐는 주문을 모아 둘 거예요."), _says_what_will_be("큐는 주문을 모아 둘 겁니다")
    (True, True)
    >>> _says_what_will_be("캐시는 자주 쓰는 값을 가까이 두는 것이다")
    False
    """
    pieces = [m for m in morphemes(text) if m.pos not in ("SF", "SE")]
    things = [n for n, m in enumerate(pieces) if m.surface.startswith(("것", "거", "겁")) and m.pos == "NNB"]
    if not things or things[-1] == 0:
        return False
    thing = things[-1]
    after = pieces[thing + 1 :]
    glued = "VCP" in pieces[thing].tag.split("+")  # ``겁니다``: 거 and the copula in one piece
    if not (glued or (after and after[0].pos == "VCP")) or any(m.pos not in ("VCP", "EF", "EC", "EP") for m in after):
        return False
    before = pieces[thing - 1]
    syllable = jamo(before.surface[-1])
    return before.last_pos == "ETM" and syllable is not None and syllable[2] == _FINAL_RIEUL


_FINAL_RIEUL = 8
"""The index of ㄹ among the final consonants of a Hangul syllable (``할``, ``될``, ``일``)."""


RANKED_LINE_CHARS = 30
"""Letters of a line short enough that ranking its subject by how common it is is all it says."""
RANKED_KIND_WORDS = 2
"""Words of the kind a ranking names (``격리 수준``); more say what kind of thing it is."""


def ranks_by_commonness(text: str) -> bool:
    """Whether a short line ranks its subject by how common or old it is (``가장 기본적으로 사용되는
    솔루션``, ``CPU 스케줄링 방식의 가장 일반적인 형태``); a longer one may say what it is besides
    (``… 가장 흔한 공격 기법 중 하나로, 입력값을 조작해 … 기법``).

    >>> ranks_by_commonness("AWS에서 제일 오래된 서비스")
    True
    >>> ranks_by_commonness("참조 횟수가 가장 작은 페이지를 교체하는 기법")
    False
    >>> ranks_by_commonness("AWS에서 가장 기본적인 가상 서버 서비스")
    False
    >>> ranks_by_commonness("가장 오래된 페이지를 먼저 교체하는 알고리즘")
    False
    """
    if len("".join(text.split())) > RANKED_LINE_CHARS:
        return False
    words = text.rstrip(" .").split()
    for n, (word, following) in enumerate(pairwise(words)):
        if word in RANKING_WORDS and following.startswith(COMMONNESS_WORDS):
            rest = words[n + 2 :]
            if rest and rest[0].endswith(("는", "은", "된", "한", "인")):
                rest = rest[1:]  # ``가장 많이 선택되는 …``: the ranking's own verb
            # The kind alone after it (``… 솔루션``, ``… 격리 수준``); ``가장 기본적인 가상 서버 서비스``
            # says what kind of service, and ``… 페이지를 교체하는 알고리즘`` what it does.
            return len(rest) <= RANKED_KIND_WORDS
    return False


_CLASS_NAMING = frozenset({"JKG", "NNB", "MM"})
"""Tags that join a class's name to ``일종``/``하나`` (``의``, ``중``, ``한``)."""


def _only_classes(text: str) -> bool:
    """Whether the line only says what class its subject belongs to: a bare noun phrase, then
    ``의 일종``/``중 하나`` and the copula (:data:`KIND_OF_NOUNS`), with no clause saying more.

    >>> _only_classes("무작위 대입 공격의 일종이다.")
    True
    >>> _only_classes("계정 목록을 여러 사이트에 대입하는 공격의 일종이다")
    False
    """
    pieces = [m for m in morphemes(text.rstrip(" .")) if m.pos not in ("SF", "SP")]
    for n, piece in enumerate(pieces):
        if piece.surface in KIND_OF_NOUNS and n + 1 < len(pieces) and pieces[n + 1].pos == "VCP":
            return n >= 2 and all(m.pos in NOUNISH or m.pos in _CLASS_NAMING or m.pos[0] == "S" for m in pieces[:n])
    return False


MAX_GENUS_WORDS = 1
"""Words of a bare noun phrase that name only a genus (``프로세스``, ``서비스``); a word more says which
kind (``비연결형 프로토콜``, ``휘발성 메모리``, ``글로벌 서비스``), and a clause narrows it too."""


def _counts_its_kinds(text: str) -> bool:
    """Whether the line's first clause says how many kinds the subject comes in: a number before a
    counter of kinds (:data:`~builder.analyse.words.KIND_COUNTERS`), then a verb that says they
    exist or divide it (:data:`~builder.analyse.words.KINDS_EXIST`) and closes the clause, ending
    the sentence or joining the next clause as its equal (:data:`~builder.analyse.words.CLAUSE_JOINS`).
    A count inside a clause that leans on the defined noun describes the subject (``3단계
    핸드셰이크가 있는 … 프로토콜이다``, ``두 가지 인증 요소가 있어야 로그인할 수 있는 인증 방식이다``).

    >>> _counts_its_kinds("ECS에는 두 가지 실행 유형이 있고 첫 번째는 EC2 실행 유형이다.")
    True
    >>> _counts_its_kinds("ECS Cluster에는 두가지 방식이 존재하는데 그 중 하나는 EC2 방식임")
    True
    >>> _counts_its_kinds("TCP는 3단계 핸드셰이크가 있는 연결형 프로토콜이다")
    False
    >>> _counts_its_kinds("2FA는 두 가지 인증 요소가 있어야 로그인할 수 있는 인증 방식이다.")
    False
    """
    pieces = morphemes(text)

    def closes(at: int) -> bool:  # the sentence ends there (the analyser may tag a last ``다`` EC), or a clause joins
        piece = pieces[at]
        last = all(p.pos.startswith("S") for p in pieces[at + 1 :])
        return piece.last_pos == "EF" or (piece.last_pos == "EC" and (last or piece.surface in CLAUSE_JOINS))

    counted = False
    for n, piece in enumerate(pieces):
        if not counted:
            following = pieces[n + 1].surface if n + 1 < len(pieces) else ""
            counted = (piece.pos == "SN" or piece.surface in NATIVE_COUNTS) and following in KIND_COUNTERS
        elif piece.surface.startswith(KINDS_EXIST) and piece.pos in ("VV", "VA", "NNG"):
            # the clause's own predicate (past ``하`` of ``존재하는데``), and the ending that closes it
            ending = next((m for m in range(n + 1, min(n + 3, len(pieces))) if pieces[m].pos != "XSV"), None)
            if closes(n) or (ending is not None and closes(ending)):
                return True
        if piece.last_pos in ("EF", "EC") and closes(n):
            return False  # the first clause ends without saying so
    return False


def _only_a_genus(text: str) -> bool:
    """Whether the line is one sentence that only puts its topic in a wide kind: the topic, then a
    bare noun of :data:`MAX_GENUS_WORDS` word and the copula (``컨트롤러 매니저는 프로세스이다``).
    Told only that, a learner cannot name the thing: every daemon is a process.  A word that says
    which kind (``UDP는 비연결형 프로토콜이다``, ``IAM은 글로벌 서비스이다``) is the fact to learn.

    >>> _only_a_genus("컨트롤러 매니저는 프로세스이다."), _only_a_genus("UDP는 비연결형 프로토콜이다.")
    (True, False)
    >>> _only_a_genus("ELB는 managed load balancer이다."), _only_a_genus("EBS는 인스턴스에 연결하는 블록 스토리지이다")
    (False, False)
    >>> _only_a_genus("로그는 시스템의 블랙박스입니다. 장애의 원인을 기록한다")
    False
    >>> _only_a_genus("읽는 동안에만 데이터에 Shared Lock을 거는 수준이다")
    False
    """
    pieces = [m for m in morphemes(text.strip()) if m.pos != "SP"]
    while pieces and pieces[-1].pos in ("SF", "SE"):
        pieces.pop()
    topic = next((n for n, m in enumerate(pieces) if m.pos == "JX" and m.surface in ("은", "는")), None)
    copula = next((n for n, m in enumerate(pieces) if m.pos == "VCP"), None)
    if topic is None or copula is None or copula <= topic + 1:
        return False
    if not all(m.pos in NOUNISH or m.pos[0] == "S" for m in pieces[:topic]):
        return False  # ``…데이터에 Lock을 거는 수준이다``: a clause before it, no name as its topic
    if any(m.pos not in ("EF", "EC") for m in pieces[copula + 1 :]):
        return False  # a sentence goes on after the copula
    genus = pieces[topic + 1 : copula]
    if not all(m.pos in NOUNISH or m.pos in ("JKG", "XSN") for m in genus):
        return False  # a clause (``…연결하는 블록 스토리지``) says more than the kind
    words = [m for m in genus if m.pos in NOUNISH and m.pos not in ("XSN", "XPN")]  # ``리전별``: one word
    return len(words) <= MAX_GENUS_WORDS


def _equates_another_subject(text: str, subject: str = "") -> bool:
    """Whether the line's closing copula has a subject of its own, marked ``이``/``가`` right before
    the nouns it equates (``…만들어진 게 쿠버네티스 엔진이다``, ``모든 것이 파일입니다``): the line says
    what that subject is, or names it, and not what the subject of its heading is.  A ``가`` inside
    a clause that modifies the noun (``사용자가 정의하는 가상 네트워크이다``) is that clause's own, and
    the equated nouns may be the heading's ``subject`` itself: ``…실행 중인 프로그램이 프로세스이다``
    under ``프로세스`` is its definition, the name written last.

    >>> _equates_another_subject("빌드 절차를 적어 둔 파일이 Makefile이다.")
    True
    >>> _equates_another_subject("빌드 절차를 적어 둔 파일이 Makefile이다.", "Makefile")
    False
    >>> _equates_another_subject("장치든 디렉터리든 모든 것이 파일입니다!")
    True
    >>> _equates_another_subject("사용자가 정의하는 가상 네트워크이다")
    False
    >>> _equates_another_subject("VPC는 AWS의 가상 네트워크다")
    False
    """
    pieces = [m for m in morphemes(text) if m.pos[0] != "S" or m.pos in ("SL", "SN", "SH")]
    copulas = [n for n, m in enumerate(pieces) if "VCP" in m.tag.split("+")]
    if not copulas:
        return False
    copula = copulas[-1]
    if pieces[copula].last_pos == "ETM" or any(m.pos[0] != "E" for m in pieces[copula + 1 :]):
        return False  # ``…중인 서버``: an adnominal copula; a verb after it ends the line otherwise
    start = _nouns_before(pieces, copula, whole_pieces_only=True)
    if not (0 < start < copula and pieces[start - 1].last_pos == "JKS"):
        return False
    equated = text[pieces[start].start : pieces[copula - 1].end]
    # the heading's name itself, not a longer one it starts (``Dockerfile`` under ``Docker``)
    return not subject or not _is_the_name(equated, subject)


def _names_another_term(text: str, subject: str) -> bool:
    """Whether the line ends by giving a name (``…라고 한다``, ``…라고 함``) that is not the heading's
    ``subject``: it defines that name (``…제품을 제공하는 것을 릴리즈라고 함`` under ``릴리즈 계획``).

    >>> _names_another_term("기능이 완성된 제품을 내놓는 것을 릴리즈라고 함", "릴리즈 계획")
    True
    >>> _names_another_term("기능이 완성된 제품을 내놓는 것을 릴리즈라고 함", "릴리즈")
    False
    >>> _names_another_term("VPC는 논리적으로 격리된 가상 네트워크라고 한다.", "VPC")
    False
    """
    pieces = [m for m in morphemes(text) if m.pos not in ("SF", "SE")]
    quoting = [n for n, m in enumerate(pieces) if m.surface.endswith("라고") and n > 0]
    if not subject or not quoting:
        return False
    quote = quoting[-1]
    if any(m.pos[0] not in ("V", "E", "X") for m in pieces[quote + 1 :]):
        return False  # ``…라고 불리는 서비스``: the name is the clause's; the line goes on
    start = _nouns_before(pieces, quote)
    if start == quote or start == 0 or pieces[start - 1].last_pos != "JKO":
        return False  # ``VPC는 … 가상 네트워크라고 한다``: the topic is named; only ``…것을 Y라고`` names another
    named = text[pieces[start].start : pieces[quote - 1].end]
    return not _is_the_name(named, subject)


def _acts_on(text: str, subject: str) -> bool:
    """Whether the sentence names the subject as the object of its verb (``… Application Gateway를
    사용하는 것이 더 낫다``): it says what to do with it, not what it is.

    >>> _acts_on("트래픽이 HTTP뿐이면 Application Gateway를 쓰는 것이 낫다.", "Application Gateway")
    True
    >>> _acts_on("HTTP 트래픽을 경로별로 나누는 7계층 부하 분산기이다.", "Application Gateway")
    False
    >>> _acts_on("쿠키는 서버가 저장해 두었다가 요청마다 쿠키를 함께 보내게 하는 작은 데이터이다.", "쿠키")
    False
    """
    particles = set(_particles_after(text, subject))
    if (0, _TOPIC) in particles:
        return False  # ``쿠키는 … 요청마다 쿠키를 보내게 하는 데이터이다``: the topic, then a use of it
    if _ROLE_TOPIC.search(text):
        return False  # ``인덱스를 사용하는 목적은 …``: what the subject is for, told of its role
    return any(particle == _OBJECT for _, particle in particles)


def _particles_after(text: str, subject: str) -> list[tuple[int, str]]:
    """Where the subject's name is written in ``text`` and the particle after it (neutral form),
    a space between them allowed (``Application Gateway 를``).

    >>> _particles_after("쿠키는 요청마다 쿠키를 보낸다", "쿠키")
    [(0, '은(는)'), (9, '을(를)')]
    """
    found = []
    folded = text.casefold()
    for name in {v.casefold() for v in name_variants(subject) if v}:
        at = folded.find(name)
        while at >= 0:
            end = at + len(name)
            if not (at and (text[at - 1].isalnum() or text[at - 1] == "-")):
                particle = particle_at(text, end + 1 if text[end : end + 1] == " " else end)
                if particle is not None:
                    found.append((at, particle[1]))
            at = folded.find(name, at + 1)
    return sorted(found)


_TOPIC, _OBJECT = (dict(NEUTRAL_PARTICLES)[p] for p in ("은", "을"))
"""The neutral forms of the topic and the object particles (``은(는)``, ``을(를)``)."""


_ROLE_TOPIC = re.compile(rf"(?:{'|'.join(sorted(ROLE_NOUNS))})(?:{'|'.join(TOPIC_PARTICLES)})(?![가-힣])")
"""A role noun as the sentence's topic (``…를 사용하는 목적은``): the sentence says what the subject is for.

>>> bool(_ROLE_TOPIC.search("인덱스를 사용하는 목적은 검색을 빠르게 하는 것이다"))
True
"""


def _topic_is_another_thing(text: str, subject: str) -> bool:
    """Whether the sentence's topic (the noun before ``은``/``는``) is another thing that a clause
    about the ``subject`` modifies: ``퍼블릭 서브넷이 외부와 통신하는 방법은 …`` says what that way is.
    A topic that is the subject, or a longer name with no clause in it (``Lambda 함수는 …``), is
    left to the other rules.

    >>> _topic_is_another_thing("퍼블릭 서브넷이 외부와 통신하는 방법은 게이트웨이를 쓰는 것이다", "퍼블릭 서브넷")
    True
    >>> _topic_is_another_thing("퍼블릭 서브넷은 외부와 통신하는 서브넷이다", "퍼블릭 서브넷")
    False
    >>> _topic_is_another_thing("엣지에서 실행되는 Lambda@Edge 함수는 지연을 줄이는 코드이다", "Lambda@Edge")
    False
    """
    if not subject:
        return False
    pieces = morphemes(text)
    topics = (n for n, m in enumerate(pieces) if n and m.pos == "JX" and m.surface in TOPIC_PARTICLES)
    topic = next((n for n in topics if pieces[n - 1].pos in _EQUATED_NOUNS), None)
    if topic is None or not any(m.last_pos == "ETM" for m in pieces[:topic]):
        return False
    phrase = text[: pieces[topic].start]
    if phrase.split()[-1] in ROLE_NOUNS:
        return False  # ``인덱스를 사용하는 목적은 …``: what the subject is for
    if _is_the_name(phrase.split()[-1], subject) or _is_the_name(phrase, subject):
        return False
    folded = phrase.casefold()
    for variant in name_variants(subject, tails=False):
        at = folded.find(variant.casefold())
        if len(variant) < 2 or at < 0:
            continue
        # ``퍼블릭 서브넷이 …하는 방법은``: the name an argument of the clause, marked by a particle;
        # ``…실행되는 Lambda@Edge 함수는``: the name of the topic itself, a longer one
        if particle_at(phrase, at + len(variant)) is not None:
            return True
    return False


def _is_the_name(words: str, subject: str) -> bool:
    """Whether ``words`` are the subject's name (one of its variants), or end in it."""
    return any(
        squashed(words) == squashed(v) or words.casefold().endswith(" " + v.casefold())
        for v in name_variants(subject, tails=False)
        if len(v) >= 2
    )


def _nouns_before(pieces: list[Morpheme], end: int, *, whole_pieces_only: bool = False) -> int:
    """Where the run of nouns right before ``pieces[end]`` starts (``end`` when there is none): the
    noun phrase a copula equates or a ``…라고`` names.  ``whole_pieces_only`` stops at a piece the
    analyser glued to another (``XSN+VCP``)."""
    start = end
    while start > 0 and pieces[start - 1].pos in _EQUATED_NOUNS:
        if whole_pieces_only and "+" in pieces[start - 1].tag:
            break
        start -= 1
    return start


_EQUATED_NOUNS = frozenset({"NNG", "NNP", "NNB", "SL", "SN", "SH", "XSN", "XPN"})
"""What the noun phrase before a copula may be made of: nouns, names, numbers and their affixes."""


def _stops_on_a_contrast(text: str) -> bool:
    """Whether the line ends on a contrasting connective (:data:`CONTRAST_ENDINGS`) or a noun
    that ends a contrasting clause (:data:`CONTRAST_NOUNS`: ``…전송하는 반면``)."""
    stripped = text.rstrip(" ,.")
    if stripped.split()[-1:] and stripped.split()[-1] in CONTRAST_NOUNS:
        return True
    pieces = morphemes(stripped)
    return bool(pieces) and pieces[-1].last_pos == "EC" and pieces[-1].surface.endswith(tuple(CONTRAST_ENDINGS))


def _topic_names_several(text: str) -> bool:
    """Whether the line opens with a topic (nouns, then 은/는) that names several things joined
    by ``&``, ``및``, ``,`` or ``와``/``과`` (``TCP(…) & UDP(…) 는 …``, ``TCP와 UDP는 …``).

    >>> _topic_names_several("TCP(Transport) & UDP(User) 는 4계층 프로토콜이다")
    True
    >>> _topic_names_several("TCP와 UDP는 전송 계층이다")
    True
    >>> _topic_names_several("S3(Simple Storage Service, 단순 스토리지)는 객체 스토리지다")
    False
    >>> _topic_names_several("TCP는 연결형 프로토콜로, 흐름 제어와 혼잡 제어를 한다")
    False
    >>> _topic_names_several("확장성과 내구성이 뛰어난 스트리밍 서비스")
    False
    >>> _topic_names_several("서비스로, 실행하면 요금이 발생")
    False
    """
    pieces = morphemes(text)
    # (a particle written apart, ``UDP(…) 는``, is read as an ending: it is the topic particle all the same)
    topic = next(
        (
            n
            for n, m in enumerate(pieces)
            if m.surface in TOPIC_PARTICLES and (m.pos == "JX" or text[m.start - 1 : m.start] == " ")
        ),
        None,
    )
    if topic is None or not all(m.pos in _TOPIC_HEAD for m in pieces[:topic]):
        return False
    head = pieces[:topic]
    # ``S3(Simple Storage Service, 단순 스토리지)는``: a comma inside a gloss joins nothing
    return SEVERAL_NAMES.search(_outside_brackets(text[: pieces[topic].start])) is not None or any(
        m.pos == "JC" for m in head
    )


_TOPIC_HEAD = frozenset({"NNG", "NNP", "NNB", "SL", "SN", "SH", "SY", "SC", "SSO", "SSC", "JC", "XSN"})
"""What a topic of names may be made of: nouns and names, their brackets and joints."""


def _conditional(text: str) -> bool:
    """Whether a clause of the line is a condition (``…을 사용하면``, ``…한다면``): what follows
    holds only then, which is a rule about the subject, not what it is."""
    return any(m.last_pos == "EC" and m.surface.endswith("면") for m in morphemes(text))


def _topics(text: str) -> int:
    """How many nouns the line marks as its topic with 은/는 (``Buffer Size는 … Buffer Interval은 …``)."""
    pieces = morphemes(text)
    return sum(
        1
        for before, m in pairwise(pieces)
        if m.pos == "JX" and m.surface in ("은", "는") and before.pos in NOUNISH and m.start == before.end
    )


ENUMERATION_COMMAS = 2
"""A first sentence with this many commas (outside brackets) and no copula lists properties."""


def lists_by_commas(text: str) -> bool:
    """Whether the text strings things together with :data:`ENUMERATION_COMMAS` commas or more
    outside brackets (``SSE-S3, SSE-KMS, SSE-C``; ``반복(스프린트, 이터레이션)`` holds none): a list
    of properties or keywords, unless a copula makes it a sentence about one thing."""
    return _outside_brackets(text).count(",") >= ENUMERATION_COMMAS


_ARITHMETIC = re.compile(r"\s[-+*/×÷]\s|[×÷]")
"""An operator a formula works a quantity out with (``버퍼 크기 - 읽은 바이트``, ``n / m``)."""
_EQUATION = re.compile(r"^\s*(?P<left>[^=<>!:：≥≤≠]{1,40}?)\s?(?:=|≥|≤|>=|<=)\s")


def _equation_of_another(text: str, subject: str) -> bool:
    """Whether the line is a formula, an equation or an inequality worked out with ``+ - * /``,
    whose left side is not the subject nor its gloss (``수신 윈도우 = 수신 버퍼 크기 - …`` or ``수신
    윈도우 ≥ …`` under ``송신 호스트``): it works out or bounds another quantity.  A name set equal
    to what it means (``MTU = 한 번에 보낼 수 있는 가장 큰 프레임``) is a glossary's line.

    >>> _equation_of_another("수신 윈도우 = 수신 버퍼 크기 - 읽지 않은 바이트", "수신 호스트")
    True
    >>> _equation_of_another("수신 윈도우 ≥ 보낸 바이트 - 확인받은 바이트", "송신 호스트")
    True
    >>> _equation_of_another("TTL = 최초 값 - 지난 홉 수", "TTL"), _equation_of_another("a == b로 비교", "비교")
    (False, False)
    >>> _equation_of_another("MTU = 한 번에 보낼 수 있는 가장 큰 프레임 크기", "최대 전송 단위")
    False

    The subject's gloss names it too (``rwnd = …`` under ``수신 윈도우(rwnd)``), and a left side with a
    particle is a sentence's subject, not a quantity (``XOR은 A = B일 때 0``):

    >>> _equation_of_another("rwnd = 버퍼 크기 - 읽지 않은 바이트", "수신 윈도우(rwnd)")
    False
    >>> _equation_of_another("XOR은 A = B일 때 0을 낸다", "XOR 연산")
    False
    """
    match = _EQUATION.match(text)
    if match is None or not subject or not _ARITHMETIC.search(text, match.end()):
        return False  # ``MTU = 한 번에 보낼 수 있는 가장 큰 프레임 크기``: a name and what it means
    left = match["left"].strip()
    if any(m.pos in ("JX", "JKS", "JKO", "JKB") for m in morphemes(left)):
        return False
    return squashed(left) not in {squashed(v) for v in name_variants(subject)}


def _pieces(text: str) -> list[Morpheme]:
    """The morphemes a definition rule reads: words, with brackets and commas kept."""
    return [m for m in morphemes(text) if m.pos not in INSIDE_NAME or m.surface in "()," or m.pos == "SC"]


def _outside_brackets(text: str) -> str:
    """``text`` without what stands in brackets (``반복(스프린트, 이터레이션)`` → ``반복``)."""
    depth, kept = 0, []
    for char in text:
        depth += char in "(（["
        depth -= char in ")）]" and depth > 0
        kept.append(char if depth == 0 else " ")
    return "".join(kept)


def _first_sentence(text: str) -> str:
    """A definition is said in the line's first sentence; what follows adds to it."""
    for n, char in enumerate(text):
        if char in ".。" and n + 1 < len(text) and text[n + 1] == " ":
            return text[: n + 1]
    return text


def _copula(text: str, pieces: list) -> bool:  # type: ignore[type-arg]
    """A copula right after a noun that ends a clause (``엔진이다``, ``데이터베이스이며``,
    ``서비스입니다``); not the adnominal ``-적인``, ``IP이기 때문에``, nor a condition or a
    contrast (``인스턴스일수록``, ``하드디스크지만``: :data:`COPULA_DEFINING_ENDINGS`)."""
    for n, morpheme in enumerate(pieces[1:], 1):
        if not morpheme.tag.startswith("VCP") or pieces[n - 1].pos not in NOUNISH - {"SN", "NNBC"}:
            continue  # ``180일이며`` states a value, not what the subject is
        if pieces[n - 1].surface in STATE_NOUNS or pieces[n - 1].surface in REASON_NOUNS:
            continue  # ``통신 비용이 무료다``: a property; ``…오래 걸리기 때문이다``: a reason
        if pieces[n - 1].surface in PROPERTY_NOUNS:
            continue  # ``…에서 유의할 점이다``, ``…의 장점이다``: a remark on it, not what it is
        if n >= 2 and pieces[n - 1].surface == "것" and pieces[n - 2].surface.endswith(REPORTED_ENDINGS):
            continue  # ``…실험에 좋다는 것이다``: what a remark means, not what the subject is
        if pieces[n - 1].pos == "XSN" and pieces[n - 1].surface == "적":
            continue  # ``중복적이며``, ``효율적이다``: an adjective made of a noun, a property
        word_end = next((i for i in range(morpheme.start, len(text)) if not text[i].isalnum()), len(text))
        ending = text[morpheme.start : word_end]
        if ending in NAMING_ENDINGS and not text[word_end:].strip().startswith(CALLING_VERBS):
            continue  # ``상태가 없는 서버라 늘리기 쉬워``: a reason, not a name
        if ending in COPULA_DEFINING_ENDINGS:
            return True
    return False


MAX_GLOSS_WORDS = 2
"""Words in brackets at a line's end read as a gloss of the noun before them (``(S3)``, ``(좋은
품질)``); more are a clause of their own, read with the line."""


def _modified_final_noun(text: str, pieces: list) -> bool:  # type: ignore[type-arg]
    """The line ends in a noun phrase that a clause modifies (``…하는 서비스``), before a gloss in
    brackets if one ends it (``…하는 객체 스토리지 (S3)``; not ``낮(나쁜 품질)-높(좋은 품질)``)."""
    stripped = text.rstrip(" .")
    opening = max(stripped.rfind("("), stripped.rfind("（")) if stripped.endswith((")", "）")) else -1
    if opening > 0 and len(stripped[opening + 1 : -1].split()) <= MAX_GLOSS_WORDS:
        head = stripped[:opening].rstrip()
        return _modified_final_noun(head, _pieces(head))
    content = [m for m in pieces if m.surface not in "()"]
    last_word = text.rstrip(" .").split()[-1] if text.strip(" .") else ""
    if not content or content[-1].pos not in NOUNISH or content[-1].tag != content[-1].pos:
        return False
    if len(text.split()) < MIN_MODIFIED_WORDS:
        return False  # ``높은 가용성``, ``다양한 제조사``: a property named, not what the subject is
    if (
        content[-1].surface in PREDICATE_NOUNS
        or content[-1].surface in QUESTION_HEADS
        or content[-1].surface in _CIRCUMSTANCES
        or content[-1].surface in PROPERTY_NOUNS
        or is_gerund(last_word)
    ):
        # ``… 성능 제공``, ``… 줄이는 방법``, ``…를 통한 모니터링``, ``예측 가능한 요금``: a predicate, a
        # question, an activity, a property
        return False
    tail = len(content) - 1
    while tail > 0 and content[tail - 1].pos in NOUNISH and content[tail - 1].tag == content[tail - 1].pos:
        tail -= 1
    if tail == 0 or content[tail - 1].last_pos != "ETM" or content[tail].pos == "NNB":
        return False  # ``…사용한 만큼 지불``: a dependent noun makes the clause adverbial
    if content[tail].surface in _CIRCUMSTANCES:
        return False  # ``예상이 잘못된 경우 메모리 낭비``: the clause says when, the nouns after it what happens
    # ``메시지를 만듬``: a verb's noun form the analyser cut (``만|듬``); a modifier stands apart.
    return bool(content[tail].start != content[tail - 1].end)


def _defining_first_clause(text: str) -> bool:
    """The line's first clause, up to a comma, is a noun phrase a clause modifies, and the rest
    adds to it (``주문을 쌓아 두는 메시지 큐, 최대 14일 보관``): a note's definition written as
    noun phrases, the way :func:`_modified_final_noun` reads a whole line.  Not a clause that
    speaks of a topic (``단일 AZ에서는 높은 내구성``: a property), steps (``… 생성 -> … 복사``), nor
    a line that tells what the writer did (``…, 간단하게 적으려 노력했다``)."""
    outside = _outside_brackets(text)
    clause, comma, _ = outside.partition(",")
    if not comma or ANY_ARROW.search(clause) or recounts(text):
        return False
    ending = morphemes(text.rstrip(" ."))
    if ending and ending[-1].last_pos in ("EF", "EC"):
        return False  # ``A를 기반으로 만들어진 B, C가 존재하게 된다``: the comma joins B and C, one sentence
    clause = " ".join(clause.split())
    pieces = morphemes(clause)
    if any(m.pos == "JX" and m.surface in TOPIC_PARTICLES for m in pieces):
        return False
    modifier_end = max((m.end for m in pieces if m.last_pos == "ETM"), default=0)
    if len(clause[:modifier_end].split()) < MIN_MODIFIER_WORDS:
        return False  # ``일반적인 스케줄링 개념, …``: a word of praise or kind, no clause saying what it is
    return _modified_final_noun(clause, _pieces(clause))


MIN_MODIFIER_WORDS = 2
"""Words of the clause that modifies a first clause's noun (``사용자와 가까운 단계``)."""


def _opening_as(text: str) -> bool:
    """``<noun phrase>(으)로,`` opens the line: it names what the subject is."""
    phrases = noun_phrases(text)
    if not phrases or phrases[0].start > 0 or phrases[0].particle != "JKB":
        return False
    first = phrases[0]
    return text[first.end : first.particle_end] in ("로", "으로") and text[first.particle_end :].lstrip()[:1] in (
        ",",
        "，",
    )


def states_purpose(text: str) -> bool:
    """Whether the definition says what its subject is for.

    >>> states_purpose("오래된 로그를 압축해 저장 비용을 줄이는 데 사용한다."), states_purpose("격리가 없는 상태이다.")
    (True, False)
    >>> states_purpose("모든 계정의 방화벽 규칙을 관리하는 서비스"), states_purpose("여러 리전에 복제되는 테이블")
    (True, False)
    >>> states_purpose("키-값 저장소로, 캐시와 세션 저장에 쓴다."), states_purpose("상태를 바꾸기 위해 수행하는 작업")
    (True, False)
    """
    text = _first_sentence(text.strip())
    pieces = _pieces(text)
    return _purpose(text, pieces) or any(word in text for word in PURPOSE_WORDS) or _does(pieces)


def purpose_only(text: str) -> bool:
    """Whether the definition says only what its subject is for, naming no kind of thing it is
    (no copula, no noun to end on, no ``…로,`` before the use): many things serve one purpose, so
    the description fits more than its subject.

    >>> purpose_only("배포 주기를 줄이기 위해 사용한다.")
    True
    >>> purpose_only("키-값 저장소로, 캐시와 세션 저장에 쓴다."), purpose_only("로그를 모으는 데 쓰는 에이전트이다.")
    (False, False)
    >>> purpose_only("모든 계정의 방화벽 규칙을 관리하는 서비스")
    False
    """
    if not states_purpose(text):
        return False
    sentence = _first_sentence(text.strip())
    pieces = _pieces(sentence)
    content = [m for m in pieces if m.pos not in ("SF", "SC", "SE", "SS", "SY")]
    if not content or any(m.pos == "VCP" or "VCP" in m.tag for m in pieces) or content[-1].pos in NOUNISH:
        return False
    return _KIND_BEFORE_USE.search(sentence) is None


_KIND_BEFORE_USE = re.compile(r"[가-힣A-Za-z0-9)]\s?(?:으로|로)(?:서)?,")
"""``키-값 저장소로, …에 쓴다``: the kind of thing, then its use.

>>> bool(_KIND_BEFORE_USE.search("키-값 저장소로, 캐시에 쓴다")), bool(_KIND_BEFORE_USE.search("캐시로 쓴다"))
(True, False)
"""


def _does(pieces: list[Morpheme]) -> bool:
    """``…방화벽 규칙을 관리하는 서비스``: a tool named by what it does, which says what it is for."""
    content = [m for m in pieces if m.pos not in INSIDE_NAME and m.pos != "SC"]
    if len(content) < 3 or content[-1].surface not in TOOL_NOUNS or content[-2].last_pos != "ETM":
        return False
    verb = content[-2] if content[-2].pos != "ETM" else content[-3]
    return verb.pos in ("VV", "XSV", "VX") or "XSV" in verb.tag or "VV" in verb.tag


def _purpose(text: str, pieces: list) -> bool:  # type: ignore[type-arg]
    """``…에 사용(한다)``, ``…을 위해 사용``, ``…하는 데 쓰인다``: what the subject is for, said by the
    line's last predicate (a purpose clause inside a longer statement is not enough)."""
    tail = [m for m in pieces if m.pos not in INSIDE_NAME and m.pos != "SC"][-4:]
    for before, morpheme in pairwise(tail):
        # Not ``유용``: ``…을 높이는 데 유용하다`` is a benefit of the subject, not what it is for.
        used = morpheme.surface in ("사용", "이용", "활용") or morpheme.surface.startswith(("쓰", "쓴", "써", "쓸"))
        if used and (before.surface in ("에", "데", "위해") or (before.pos == "JKB" and before.surface == "에")):
            return True
    return False


NAME_AGAIN_CHARS = 6
"""Letters a definition keeps besides its name written twice when it only says the name again
(``는그냥다``)."""
TAUTOLOGY_CHARS = 15
"""Letters a definition may keep, with its name taken out, and still say nothing but the name
again (``는 스위칭을 하는 장비입니다``)."""


def restates_its_name(name: str, text: str) -> bool:
    """Whether the definition only says the name again in other words: ``스위치는 스위칭을 하는
    장비입니다`` (the -ing form of the loanword the name is), ``일반변수는 그냥 일반 변수다`` (the
    name, spaced otherwise, and next to nothing else).  Its what card asks nothing the name does
    not tell.

    >>> restates_its_name("스위치", "스위치는 스위칭을 하는 장비입니다")
    True
    >>> restates_its_name("스위치", "스위치는 MAC 주소로 프레임을 전달하는 2계층 장비")
    False
    >>> restates_its_name("컨테이너", "컨테이너는 컨테이너 이미지의 실행 단위이다")
    False
    >>> restates_its_name("암호화", "암호화는 평문을 암호문으로 바꾸는 것")
    False

    A short gloss is a definition (``Throughput은 처리량을 의미함``).

    >>> restates_its_name("Throughput", "Throughput은 처리량을 의미함")
    False
    """
    words = [w for w in name.split() if w]
    if not words:
        return False
    rest = text
    for word in sorted({name, *words}, key=len, reverse=True):
        rest = rest.replace(word, " ", 1)
    squashed_rest = "".join(rest.split())
    squashed_name = "".join(name.split())
    if squashed_name in squashed_rest:
        # ``일반변수는 그냥 일반 변수다``: the name again and next to nothing else (``컨테이너는
        # 컨테이너 이미지의 실행 단위`` says more)
        return len(squashed_rest.replace(squashed_name, "")) <= NAME_AGAIN_CHARS
    if len(squashed_rest) > TAUTOLOGY_CHARS:
        return False
    # ``스위치는 스위칭을 하는 장비``: the loanword's -ing form, the device named for what it does
    stems = [w[:-1] for w in words if len(w) >= 3 and all("가" <= c <= "힣" for c in w)]
    said = [word.rstrip("을를이가은는") for word in rest.split()]
    return any(is_gerund(word) and word.startswith(stem) for word in said for stem in stems)
