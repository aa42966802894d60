"""``step``: a step of a procedure, written as what to click, type or set (``버킷 만들기 클릭``,
``Next 버튼을 누른다``, ``리전 선택 후 이동``, ``개수를 10개로 설정한다``) or the narration of a lab
(``EC2가 2개로 늘어나는 것을 볼 수 있다``).  A click path is done, not recalled."""

from __future__ import annotations

import re
from collections.abc import Sequence

from builder.analyse.morph import Morpheme, morphemes
from builder.analyse.quantities import find_quantities
from builder.analyse.rules.example import sets_a_value
from builder.analyse.rules.line import Line
from builder.analyse.shapes import ANY_ARROW, NAME_DESCRIPTION
from builder.analyse.words import (
    CLICK_THEN,
    CONSOLE_ACTIONS,
    HOW_PARTICLES,
    HOW_WORDS,
    MEANS_VERBS,
    NARRATION_MARKERS,
    SETTING_VERBS,
    STEP_VERBS,
    TASK_VERBS,
    THINKING_VERBS,
    TOPIC_PARTICLES,
    UI_WORDS,
)
from builder.model import Fact

MIN_WALKTHROUGH_STEPS = 3
"""Numbered lines that click, select or type before a list reads as a walkthrough."""
WALKTHROUGH_SHARE = 0.5
"""The share of a list's numbered lines that must click, select or type for it to be a walkthrough."""


def walkthrough_steps(facts: Sequence[Fact], is_step: Sequence[bool]) -> frozenset[int]:
    """The other numbered lines of a walkthrough (``테이블에서 … 스택을 찾습니다``, ``페이지 상단의
    Status 필드를 확인합니다``, ``검색창에 … 입력하여 필터링합니다``): when most numbered lines
    written under the same line are the reader's steps (``is_step``, or a line with no subject
    that clicks, selects or types: :data:`STEP_VERBS`), the rest of the reader's lines are steps
    of the same procedure, and their values and names the lab's.  A line with a subject tells
    what someone or something does (``사용자가 … 버튼을 클릭한다``, ``서브넷마다 AWS가 IP 주소
    5개를 예약한다``), and a ``이름: 설명`` line what a named thing is (``LRU: 가장 오랫동안 쓰이지
    않은 페이지를 선택``): both stay statements.

    >>> from builder.model import Fact, SourceRef
    >>> lines = ["Next 버튼을 클릭합니다", "Events 탭을 선택합니다", "스택 이름을 입력합니다",
    ...          "테이블에서 lab-stack 스택을 찾습니다", "스택은 리소스를 한 단위로 관리한다"]
    >>> facts = [Fact(t, (), "numbered", SourceRef("n.md", n)) for n, t in enumerate(lines, 1)]
    >>> sorted(walkthrough_steps(facts, [True, True, False, False, False]))
    [2, 3]
    >>> told = ["사용자가 로그인 버튼을 클릭한다", "클라이언트가 사용자를 로그인 페이지로 이동시킨다",
    ...         "사용자가 비밀번호를 입력한다", "인가 서버가 코드를 전달한다"]
    >>> sorted(walkthrough_steps([Fact(t, (), "numbered", SourceRef("n.md", 1)) for t in told], [False] * 4))
    []
    """
    numbered: dict[int | None, list[int]] = {}
    for index, fact in enumerate(facts):
        if fact.kind == "numbered":
            numbered.setdefault(fact.parent, []).append(index)
    found: set[int] = set()
    for items in numbered.values():
        readers = [i for i in items if is_step[i] or _reader_does(facts[i].text)]
        clicks = [i for i in readers if is_step[i] or any(verb in facts[i].text for verb in STEP_VERBS)]
        if len(clicks) >= MIN_WALKTHROUGH_STEPS and len(clicks) >= WALKTHROUGH_SHARE * len(items):
            found.update(i for i in readers if not is_step[i])
    return frozenset(found)


def _reader_does(text: str) -> bool:
    """Whether the line tells what the reader does: no subject (``스택은``, ``AWS가``) and no
    ``이름: 설명`` shape."""
    if NAME_DESCRIPTION.match(text):
        return False
    return not _names_who_acts(morphemes(text))


def _names_who_acts(pieces: Sequence[Morpheme]) -> bool:
    """Whether the line marks a subject or a topic (``사용자가``, ``스택은``): it tells what someone
    or something does, not what the reader is to do."""
    return any(m.pos == "JKS" or (m.pos == "JX" and m.surface in TOPIC_PARTICLES) for m in pieces)


def narrates(text: str) -> bool:
    """Whether the line narrates the lab or the post (``… 볼 수 있다``, ``이 글에서 3가지를 알아본다``):
    its values are the author's, not facts, so it keeps no limit card either."""
    return any(marker in text for marker in NARRATION_MARKERS)


def applies(line: Line) -> bool:
    if narrates(line.text):
        return True  # lab narration: ``… 볼 수 있다``, ``… 추가해주자``
    if tells_the_reader(line.text):
        return True  # ``NAT로 연결해 주시면 됩니다``: what the reader is to do
    if any(verb in line.text for verb in SETTING_VERBS) and sets_a_value(line.text, find_quantities(line.text)):
        return True  # ``인스턴스 개수를 10개로 설정한다``: the lab's setting
    if _clicks_then(line.text):
        return True  # ``바코드 스캔 을 클릭후 QR 코드를 스캔해준다``: one click of a path
    folded = line.text.casefold()
    if any(word in folded for word in UI_WORDS) and any(verb in line.text for verb in STEP_VERBS):
        return True  # ``콘솔에서 … 을 선택하여 설정``: a click path, wherever its verb stands
    content = [m for m in morphemes(line.text) if m.pos not in ("SF", "SP", "SY", "SC", "SE")]
    if not content:
        return False
    # The step verb is the line's predicate: its last word, or the word before a final ending.
    last = " ".join(m.surface for m in content[-3:])
    final_word = line.text.strip().rstrip(".!").split()[-1] if line.text.strip() else ""
    return final_word.startswith(STEP_VERBS) or (content[-1].pos.startswith("E") and any(v in last for v in STEP_VERBS))


def _clicks_then(text: str) -> bool:
    """Whether the line clicks something, then goes on to the next step
    (:data:`~builder.analyse.words.CLICK_THEN`) and ends in what to do next: what it clicks is
    marked as the verb's object (``바코드 스캔 을 클릭후``), and the line closes on a verb
    (``… 스캔해준다``).  A line that clicks to tell how an attack works ends in what it is
    (``… 링크를 클릭하여 … 보내게 하는 공격이다``) or how often it happens (``… 감염되는 경우가 많다``).

    >>> _clicks_then("생성 버튼을 클릭한 후 이름을 입력한다"), _clicks_then("링크를 클릭하면 악성 사이트로 이동한다")
    (True, False)
    >>> _clicks_then("CSRF는 사용자가 악성 링크를 클릭하여 의도하지 않은 요청을 보내게 하는 공격이다")
    False
    >>> _clicks_then("광고 클릭 후 전환율은 RUM으로 측정한다"), _clicks_then("첨부파일을 클릭해서 감염되는 경우가 많다")
    (False, False)
    >>> _clicks_then("사용자가 메일의 링크를 클릭하여 악성코드가 설치된다")
    False
    """
    pieces = [m for m in morphemes(text) if m.pos not in ("SF", "SP", "SY", "SE")]
    clicked = any(
        piece.surface == _CLICK
        and n > 0
        and pieces[n - 1].pos == "JKO"
        and text[piece.end :].lstrip().startswith(CLICK_THEN)
        for n, piece in enumerate(pieces)
    )
    last_predicate = next((m for m in reversed(pieces) if not m.pos.startswith("E")), None)
    # ``사용자가 링크를 클릭하여 …``: someone's click told as what happens, not the reader's step
    told_of_someone = _names_who_acts(pieces)
    return (
        clicked
        and not told_of_someone
        and last_predicate is not None
        and last_predicate.pos.split("+")[0] in ("VV", "VX", "XSV")
    )


_CLICK = "클릭"
"""The click of a step (:data:`~builder.analyse.words.CLICK_VERBS`), written as a noun before its ending."""


def tells_the_reader(text: str) -> bool:
    """Whether the line ends by telling the reader, politely, what to do: an honorific condition
    and 되다 (``어댑터를 NAT로 연결해 주시면 됩니다``, ``Start를 누르시면 돼요``).  Without the
    honorific the same ending may state a rule of the subject (``TCP를 사용하면 된다``).

    >>> tells_the_reader("어댑터를 NAT로 연결해 주시면 됩니다."), tells_the_reader("TCP를 사용하면 된다")
    (True, False)
    >>> tells_the_reader("NAT는 사설 IP를 공인 IP로 바꾸는 장치라고 보시면 됩니다.")
    False
    """
    content = [m for m in morphemes(text) if m.pos not in ("SF", "SP", "SY", "SE")]
    if len(content) < 3:
        return False
    honorific, condition, become = content[-3:]
    if any(m.last_pos == "EC" and m.surface.endswith(("라고", "다고")) for m in content[:-3]):
        return False  # ``… 장치라고 보시면 됩니다``: think of it so, a definition in a lecturer's words
    if any(m.surface in THINKING_VERBS for m in content[-5:-3]):
        return False  # ``… 이해하시면 됩니다``: how to understand it, not what to do
    return (
        honorific.pos == "EP"
        and honorific.surface == "시"
        and condition.pos == "EC"
        and condition.surface == "면"
        and become.surface.startswith(("되", "된", "돼", "됩"))
    )


def acts_in_a_console(text: str) -> bool:
    """Whether the line is a console action written as a noun, with no verb and no subject, and
    with what the writer typed or pressed (``Availability Zone 설정 (us-east-1a)``, ``Name tag 설정
    (강의에서는 MyIGW) 및 Create``, ``인스턴스 선택 -> Actions -> 보안 그룹 변경``): it ends in one of
    :data:`~builder.analyse.words.CONSOLE_ACTIONS`, and an aside holds the value set, an English
    button's name follows, or a click path leads to it.  Under a heading that builds something it is
    a step of the writer's lab.

    >>> acts_in_a_console("Availability Zone 설정 (us-east-1a)"), acts_in_a_console("IPv6 CIDR block 선택 (안 함)")
    (True, True)
    >>> acts_in_a_console("Name tag 설정 (강의에서는 MyIGW) 및 Create")
    True
    >>> acts_in_a_console("인스턴스 선택 -> Actions -> 보안 그룹 변경")
    True

    Without what was typed or pressed the line may state how a thing is done (``NACL에서 거부 규칙
    설정``), and so does a line with a subject, a means, a place or a time (``Auto Scaling은 …``,
    ``CHECK 제약으로 값의 범위 지정 (예: 0~100)``, ``배포 시 새 ReplicaSet 생성``) or one that lists
    what can be set (``버전 관리 설정 가능``).

    >>> acts_in_a_console("NACL에서 거부 규칙 설정"), acts_in_a_console("CHECK 제약으로 값의 범위 지정 (0~100)")
    (False, False)
    >>> acts_in_a_console("Auto Scaling은 인스턴스를 추가 (최대 10대)"), acts_in_a_console("버전 관리 설정 가능")
    (False, False)
    >>> acts_in_a_console("chmod을 사용하여 허가권을 설정 (755)")
    False
    """
    bare = _BUTTON_AFTER.sub("", _ASIDES.sub(" ", text)).strip(" .")
    words = bare.split()
    if len(words) < 2 or words[-1] not in CONSOLE_ACTIONS or any(verb in bare for verb in MEANS_VERBS):
        return False  # ``추가 (기본값)``: a value of a table, with nothing it acts on
    if not any(pattern.search(text) for pattern in (_ASIDES, _BUTTON_AFTER, ANY_ARROW)):
        return False  # nothing typed, pressed or clicked through
    return not any(_says_how(m) for m in morphemes(bare))


def _says_how(morpheme: Morpheme) -> bool:
    """A subject, a means or a place (``은``, ``이``, ``로``, ``에서``), or a word of when or how
    (``시``, ``자동``, ``기본``): what a statement says of a thing, not a click."""
    if morpheme.pos == "JKS" or (morpheme.pos == "JX" and morpheme.surface in TOPIC_PARTICLES):
        return True
    return (morpheme.pos == "JKB" and morpheme.surface in HOW_PARTICLES) or morpheme.surface in HOW_WORDS


_ASIDES = re.compile(r"\([^()]*\)")
_BUTTON_AFTER = re.compile(r"\s+(?:및|후|하고)\s+[A-Z][A-Za-z ]*$")
"""``… 설정 및 Create``: the button pressed after the action, in English."""


def names_a_task(text: str) -> bool:
    """Whether the line names a task to do: a verb made a noun with 기, after what it acts on
    (``인스턴스 만들기``, ``암호화 설정하기``).  The ``이름 : 값`` lines under it are a walkthrough's
    settings, and their values (``용량 할당 : 1TB``) the writer's choices, not limits.

    >>> names_a_task("vpc 네트워크 만들기"), names_a_task("쓰기"), names_a_task("읽기 전용 복제본")
    (True, False, False)
    >>> names_a_task("암호화 설정하기"), names_a_task("랜덤 쓰기")
    (True, False)
    """
    words = text.strip().rstrip(":：").split()
    if len(words) < 2:
        return False
    pieces = morphemes(words[-1])
    if len(pieces) < 2 or pieces[-1].pos != "ETN" or pieces[-1].surface != "기":
        return False
    # ``설정하기``, ``생성하기``, ``만들기``: setting up; ``순차 읽기``, ``랜덤 쓰기`` name an operation
    return pieces[-2].pos == "XSV" or pieces[-2].surface in TASK_VERBS
