"""``leaning``: a line that leans on another (``이를 해결하기 위해 …``, ``따라서 …``, ``이 경우 …``,
``…도 마찬가지입니다``) or announces the lines after it (``다음은 … 모범 사례입니다``): shown alone
on a card, what it is about is missing."""

from __future__ import annotations

import re

from builder.analyse.morph import morphemes
from builder.analyse.phrases import has_predicate, states_something
from builder.analyse.rules.line import Line
from builder.analyse.shapes import (
    LEADING_ARROW,
    LISTS_BELOW,
    NAME_DESCRIPTION,
    NAME_DESCRIPTION_SHORT_NAME,
    QUOTE_MARKS,
)
from builder.analyse.words import (
    LEAD_IN_FORMS,
    LEANING_OPENERS,
    LEANING_WORDS,
    POINTING_OPENERS,
    RECAP_OPENER,
    RECAP_VERBS,
)


def applies(line: Line) -> bool:
    return leans_on_another(line.text)


def leans_on_another(text: str) -> bool:
    """Whether the text leans on what is written before it or announces what follows (the rule)."""
    text = text.strip()
    if any(word in text for word in LEANING_WORDS) or any(form in text for form in LEAD_IN_FORMS):
        return True
    below = LISTS_BELOW.search(text)
    if below and not _LISTED_HERE.search(text, below.end()):
        # ``트라이는 다음 조건을 만족하는 트리이다``: what it says is in the lines after it (``다음의 역할을
        # 수행한다: 요청을 가공한다`` lists it on the line)
        return True
    if text.startswith(RECAP_OPENER) and any(verb in text for verb in RECAP_VERBS):
        return True  # ``지금까지 서술한 내용은 …``: a recap of the lines before
    return _opens_with(text, LEANING_OPENERS)


_LISTED_HERE = re.compile(r"[:：,]\s*\S")
"""A colon or a comma and what follows it: the items a line announces, written on the line itself, or
a claim of its own after them (``아래의 기능을 지원하는 웹 서버로, Apache보다 …``)."""


def points_elsewhere(text: str) -> bool:
    """Whether the line's subject is written elsewhere (``이 작업은 24~72시간이 소요``, ``다음과 같이
    3가지로 나뉜다``: what it counts is in the lines after it): unlike a line that merely goes on
    from the last (``따라서 50Gbps 이상이면 …``), its value says nothing on its own."""
    text = text.strip()
    if any(word in text for word in LEANING_WORDS) or any(form in text for form in LEAD_IN_FORMS):
        return True
    if LISTS_BELOW.search(text):
        return True
    return _opens_with(text, POINTING_OPENERS)


def follows_from_before(text: str) -> bool:
    """Whether the line opens with an arrow and says what follows from the line before it
    (``=> 테이블 잠금 발생``, ``→ 이 중 다형성과 연결됨``): what it is about is on that line.  An
    arrow before an entry only marks an item (``-> LRS : 한 데이터 센터에 3벌 보관``,
    ``→ 청구 단위 - 구독마다 청구서를 따로 만든다``).  :mod:`builder.analyse` asks it of a line
    that compares nothing and answers no question written above it.

    >>> follows_from_before("=> 테이블 잠금 발생, 경우에 따라 서비스 중지도 필요")
    True
    >>> follows_from_before("-> LRS : 한 데이터 센터에 3벌 보관")
    False
    >>> follows_from_before("→ 청구 단위 - 구독마다 청구서를 따로 만든다")
    False
    >>> follows_from_before("테이블 잠금 => 서비스 중지"), follows_from_before("-> VPC 엔드포인트")
    (False, False)
    >>> follows_from_before("=> 결과적으로 캐시 적중률이 올라간다 - 주의")
    True
    >>> follows_from_before("→ “키를 나눠 준다”는 말은 결국 샤드 위치를 알려준다는 얘기.")
    True
    """
    arrow = LEADING_ARROW.match(text)
    if arrow is None:
        return False
    rest = text[arrow.end() :]
    if any(rest.startswith(tuple(marks)) and rest.rstrip(" .!?~").endswith(tuple(marks)) for marks in QUOTE_MARKS):
        return False  # ``→ “서비스는 …”``: a passage quoted whole, which says what it is about
    named = NAME_DESCRIPTION.match(rest)
    if named and len(named["name"]) <= NAME_DESCRIPTION_SHORT_NAME:
        return False
    dashed = _ENTRY_DASH.match(rest)
    if dashed and not has_predicate(dashed["name"]):
        return False  # ``청구 단위 - 구독마다 …``; ``… 적중률이 올라간다 - 주의`` is no name
    # ``-> VPC 엔드포인트``, a name alone, answers what the line above asks: it states nothing
    return states_something(rest)


_ENTRY_DASH = re.compile(rf"(?P<name>[^-–—]{{1,{NAME_DESCRIPTION_SHORT_NAME}}})\s[-–—]\s+\S")
"""``청구 단위 - 구독마다 …``: a name, a dash between spaces, what the name means."""


def _opens_with(text: str, openers: tuple[str, ...]) -> bool:
    """Whether the text opens with one of ``openers``, or does after an adverb (``물론 이를 위해 …``);
    an opener that is itself an adverb (``이렇게 …``) is not stepped over."""
    return any(
        line == opener or line.startswith((opener + " ", opener + ","))
        for line in (text, _without_adverb(text))
        for opener in openers
    )


def _without_adverb(text: str) -> str:
    """``물론 이를 위해 …`` → ``이를 위해 …``: an adverb before the opening does not change what it leans on."""
    pieces = morphemes(text)
    if (
        len(pieces) > 1
        and pieces[0].pos == "MAG"
        and pieces[0].start == 0
        and text[pieces[0].end : pieces[0].end + 1] == " "
    ):
        return text[pieces[0].end :].lstrip()
    return text
