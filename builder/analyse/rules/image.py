"""``image``: a line that is only an image (its alt text, ``그림1``, ``asg-create-3``), an image
file name (``diagram.png``), or narrates a picture or a table (``아래 그림은 …``, ``…을 나타낸
그림이다``).  The picture belongs to the cards of what it illustrates; its caption is not a fact."""

from __future__ import annotations

import re

from builder.analyse.rules.line import Line
from builder.analyse.words import DEICTIC_NOUNS, DRAWING_NOUNS, FIGURE_NOUNS, FIGURE_POSITIONS, POINTED_FIGURES

_FILE_NAME = re.compile(r"(?i)^\S+(?:\s\S+){0,3}\.(?:png|jpe?g|gif|webp|svg|bmp)(?:\s*\|\s*\d+)?$")
"""``diagram.png``, ``Pasted image 20231022200857.png`` (Obsidian), ``스크린샷 2023-10-01 오후 3.12.png``."""
_FIGURE = re.compile(
    r"^(?:그림|사진|이미지|스크린샷|캡처|figure|fig\.?|image|img|screenshot|alt text|pasted image|untitled|no image)"
    r"\s*(?:[(（]\d+[)）]?|[\d.\-]*)$",
    re.IGNORECASE,
)
"""``그림 3``, ``Figure 1.2``, ``image (1)`` (GitHub's name for a pasted picture; the line's outer bracket
is stripped before this is read), ``No Image`` (a blog's placeholder for a picture that failed to load)."""
_STAMPED = re.compile(
    r"^(?:스크린샷|캡처|화면\s?캡처|screen\s?shot|screenshot|pasted image|image|img|capture|kakaotalk_photo)"
    r"[\s_,-]*\d{4}[-._]?\d{2}[-._]?\d{2}\d*(?:[\s_.:-]+(?:오전|오후|at|am|pm|\d+))*$",
    re.IGNORECASE,
)
"""A picture's name as the tool that took it stamped it: ``스크린샷 2023-11-09 오후 7 52 18`` (macOS),
``스크린샷, 2020-08-19 18-16-09`` (GNOME), ``Screen Shot 2021-03-04 at 10.22.33 AM``, ``Pasted image
20231022200857`` (Obsidian).  Each part after the date opens with a separator, so a long run of digits
is read one way only (no backtracking).

>>> _STAMPED.match("img 20231022" + "7" * 40 + "번") is None  # read at once; backtracking would hang here
True
"""
_BARE_STAMP = re.compile(
    r"^\d{4}[-._]\d{1,2}[-._]\d{1,2}[\sT_]+(?:(?:오전|오후|at|am|pm)\s*)?\d{1,2}[:;.\-]\d{2}(?:[:;.\-]\d{2})?$",
    re.IGNORECASE,
)
"""A picture named by the time it was pasted and nothing else, as an editor names it when the
file name may hold no colon (``2022-08-25 00;02;23``): a stamp, no caption.

>>> [bool(_BARE_STAMP.match(t)) for t in ("2022-08-25 00;02;23", "2023.1.5 14:22", "2024-03-01 오전 9;15;02")]
[True, True, True]
>>> [bool(_BARE_STAMP.match(t)) for t in ("2022-08-25 at 00.02.23", "2022-08-25", "RFC 1918")]
[True, False, False]
"""
_FIGURES = "|".join(FIGURE_NOUNS)
_POINTED = "|".join((*FIGURE_NOUNS, *POINTED_FIGURES))
_POSITIONED = "|".join((*DRAWING_NOUNS, *POINTED_FIGURES))
_POSITIONS = "|".join(sorted(FIGURE_POSITIONS, key=len, reverse=True))
_DRAWINGS = "|".join(DRAWING_NOUNS)
_FIGURE_LABEL = rf"[\[<(（]{{1,2}}\s*(?:{_FIGURES}|figure|fig\.?)\s*[\dIVXivx][\w.\-]*\s*[\]>)）]{{1,2}}"
_NARRATION = re.compile(
    rf"^(?:(?:{'|'.join(DEICTIC_NOUNS)})(?:의)?\s*(?:{_POINTED})|(?:{_POSITIONS})\s*(?:{_POSITIONED}))"
    rf"(?:은|는|에서|을|를|과|와|처럼|\s)"
    rf"|(?:나타낸|보여주는|보여준|표현한|그린)\s*(?:{_FIGURES})(?:이다|입니다|이에요|임)?\s*[.!]?$"
    rf"|(?:에\s대한|관한)\s(?:{_FIGURES})(?:이다|입니다|이에요|임)\s*[.!]?$"
    rf"|^(?:{_DRAWINGS})(?:과\s?같이|와\s?같이|처럼|과\s?마찬가지로)"
    rf"|(?:^|\s)(?:{'|'.join(DEICTIC_NOUNS)})(?:의)?\s*(?:{_FIGURES})(?:과|와)\s?같이"
    rf"|(?<![가-힣A-Za-z])(?:{_FIGURES})(?:에서|을\s보면|를\s보면)\s?(?:볼\s?수\s?있듯이|보듯이|보이듯이|알\s?수\s?있듯이)"
    rf"|^{_FIGURE_LABEL}\s*(?:에서|은|는|과|와|처럼|을|를)"
    rf"|^(?:figure|fig\.?)\s*\d[\w.\-]*\s*(?:에서|처럼|과|와)",
    re.IGNORECASE,
)
"""A line about a picture or a table: ``아래 그림은 …``, ``위의 표에서 …``, ``…구조를 나타낸 그림이다``,
``…에 대한 그림이다``, ``마지막 그래프는 …``, ``그림과 같이 …``, ``그림처럼 …``, ``… 아래 그림과 같이
…``, ``사진에서 볼 수 있듯이 …``, ``[그림 2-4] 에서는 …``, ``Figure 3에서 보듯이 …``.  What it says is
read off a picture the card cannot show."""


_FILE_IN_TEXT = re.compile(r"(?i)(?<![\w/.-])[\w.-]+\.(?:png|jpe?g|gif|webp|svg|bmp)(?![A-Za-z0-9])")


def names_a_file(text: str) -> bool:
    """Whether the text names a picture file (``파일명은 image.png 입니다``): an alt text a blog
    tool wrote about the file, not a caption of what it shows.

    >>> names_a_file("대체 텍스트가 없습니다; 파일명은 image.png 입니다."), names_a_file("VPC 구성도")
    (True, False)
    >>> names_a_file("파일명은 image.png입니다")
    True
    """
    return _FILE_IN_TEXT.search(text) is not None


def applies(line: Line) -> bool:
    visible = [s for s in line.spans if s.text.strip()]
    if visible and all("image" in s.marks for s in visible):
        return True
    bare = line.bare
    return bool(
        _FILE_NAME.match(bare)
        or _FIGURE.match(bare)
        or _STAMPED.match(bare)
        or _BARE_STAMP.match(bare)
        or _NARRATION.search(line.text.strip())
    )
