"""``leaning``: a line that leans on another (``이를 해결하기 위해 …``, ``따라서 …``, ``이 경우 …``,
``…도 마찬가지입니다``) or announces the lines after it (``다음은 … 모범 사례입니다``): shown alone
on a card, what it is about is missing."""

from __future__ import annotations

from builder.analyse.morph import morphemes
from builder.analyse.rules.line import Line
from builder.analyse.words import LEAD_IN_FORMS, LEANING_OPENERS, LEANING_WORDS, POINTING_OPENERS


def applies(line: Line) -> bool:
    return leans_on_another(line.text)


def leans_on_another(text: str) -> bool:
    """Whether the text leans on what is written before it or announces what follows (the rule)."""
    text = text.strip()
    if any(word in text for word in LEANING_WORDS) or any(form in text for form in LEAD_IN_FORMS):
        return True
    return _opens_with(_without_adverb(text), LEANING_OPENERS)


def points_elsewhere(text: str) -> bool:
    """Whether the line's subject is written elsewhere (``이 작업은 24~72시간이 소요``, ``다음과 같이
    3가지로 나뉜다``: what it counts is in the lines after it): unlike a line that merely goes on
    from the last (``따라서 50Gbps 이상이면 …``), its value says nothing on its own."""
    text = text.strip()
    if any(word in text for word in LEANING_WORDS) or any(form in text for form in LEAD_IN_FORMS):
        return True
    return _opens_with(_without_adverb(text), POINTING_OPENERS)


def _opens_with(text: str, openers: tuple[str, ...]) -> bool:
    return any(text == opener or text.startswith((opener + " ", opener + ",")) for opener in openers)


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
