"""``fill_in``: a line of a fill-in exercise, whose blanks are marked ``(가)``, ``(나)``, ``( ㄱ )`` or ``( )``
(``… 오류 발생 시 재전송을 요구하는 (다)의 종류에는 (라) 검사가 있다``, ``(라) 검사 : 한 블록 끝에 검사
비트를 더한다``, ``(가) : IGP``).  A mark stands for a name the exercise asks, which only its key or its
``<보기>`` says: a card that shows the mark asks a riddle, and one that hides a word beside it asks
for the wrong thing.  A list lettered ``(가) …``, ``(나) …`` opens each item with its letter and goes
on in prose: its items are statements."""

from __future__ import annotations

import re

from builder.analyse.rules.line import Line

BLANK_LETTERS = "가나다라마바사아자차카타파하"
"""The syllables Korean exams letter their blanks with, in order (``(가)``, ``(나)``, …)."""

_BLANK = re.compile(rf"[(（]\s*(?:[{BLANK_LETTERS}]|[ㄱ-ㅎ]|_{{2,}})\s*[)）]|[(（]\s+[)）]")
"""A blank's mark: a letter in brackets, or brackets left empty (``( )``, ``(___)``); ``f()`` calls."""
_LETTERED_ITEM = re.compile(rf"^\s*[(（][{BLANK_LETTERS}][)）]\s+(?![^:：]{{0,12}}[:：])\S")
"""``(가) 데이터 링크 계층은 …``: a list item lettered in order, not a blank; a mark that a word and a
colon follow names an entry (``(라) 검사 : …``): the mark is part of the name it hides."""


def applies(line: Line) -> bool:
    """
    >>> applies(Line("(라) 검사 : 한 블록 끝에 1bit의 검사 비트를 더한다", (), "paragraph"))
    True
    >>> applies(Line("재전송을 요구하는 (다)의 종류에는 (라) 검사가 있다", (), "paragraph"))
    True
    >>> applies(Line("(가) 데이터 링크 계층은 프레임을 다룬다", (), "bullet"))
    False
    """
    blanks = _BLANK.findall(line.text)
    if not blanks:
        return False
    return len(blanks) >= 2 or not _LETTERED_ITEM.match(line.text)
