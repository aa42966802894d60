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
_PARTICLE_HEADS = "의은는이가을를에와과도로"
"""First syllables of the particles a blank's mark takes (``(다)의``, ``(라)는``)."""

_BLANK = re.compile(
    rf"[(（]\s*(?:[{BLANK_LETTERS}]|[ㄱ-ㅎ]|_{{2,}})\s*[)）](?![가-힣])"
    rf"|[(（]\s*(?:[{BLANK_LETTERS}]|[ㄱ-ㅎ]|_{{2,}})\s*[)）](?=[{_PARTICLE_HEADS}])"
    r"|(?<![A-Za-z0-9_])[(（]\s+[)）]"
)
"""A blank's mark: a letter in brackets, or brackets left empty (``( )``, ``(___)``), alone or before
its particle (``(다)의``).  A letter glued to a noun abbreviates (``(사)한국정보통신진흥협회``), and
brackets after a name call it (``print( )``, ``f()``)."""
_OPENING_ENTRY = re.compile(rf"^\s*[-*]?\s*[(（](?:[{BLANK_LETTERS}]|[ㄱ-ㅎ])[)）]\s*[:：]")
"""``(가) : IGP``: the mark is the whole name of an entry, the key of a blank."""


def applies(line: Line) -> bool:
    """
    >>> applies(Line("재전송을 요구하는 (다)의 종류에는 (라) 검사가 있다", (), "paragraph"))
    True
    >>> applies(Line("(가) : 하나의 자율 시스템 안에서 쓰는 라우팅 프로토콜", (), "paragraph"))
    True
    >>> applies(Line("(가) 데이터 링크 계층은 프레임을 다룬다", (), "bullet"))
    False
    >>> applies(Line("(가) 물리 계층 : 비트를 전기 신호로 보낸다", (), "bullet"))
    False
    >>> applies(Line("리눅스마스터는 (사)한국정보통신진흥협회가 주관한다", (), "bullet"))
    False
    """
    text = line.text
    blanks = list(_BLANK.finditer(text))
    if not blanks:
        return False
    if _OPENING_ENTRY.match(text) or len(blanks) >= 2:
        return True
    # one mark: a blank inside the line's prose, not the letter an item of a lettered list opens with
    (blank,) = blanks
    opens = not text[: blank.start()].strip(" -*")
    return not opens and bool(text[blank.end() :].strip(" .,)"))
