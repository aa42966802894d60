"""``reference``: a link or a reference rather than a statement: a line that is a web address,
a link and little else, or opens with ``출처``/``참고``/``Reference``.

Examples: ``https://docs.aws.amazon.com/…`` → reference; ``참고: 공식 문서`` → reference;
``[S3 요금](https://…)`` → reference; ``자세한 내용은 [[함수 확장]] 문서 참고`` → reference (it sends the
reader to a note), and so is ``자세한 내용은 여기를 확인하세요`` whose link was HTML;
``김○○ 『… 한 권으로 끝내기』, ○○아카데미(2020), p104-126`` → reference (a work cited);
``참고 보고서: (https://…)`` → reference (a name, then only the page it points to, in brackets);
``S3는 https://… 에서 요금을 확인`` is not (it says something)."""

from __future__ import annotations

import re

from builder.analyse.rules.line import Line
from builder.analyse.shapes import CITATION, NAME_DESCRIPTION, URL
from builder.analyse.words import NAVIGATION_WORDS, REFERENCE_MARKERS, SEE_ALSO_WORDS

_OPENER = re.compile(
    r"^\W*(?:"
    + "|".join(re.escape(m) for m in REFERENCE_MARKERS)
    + r")\s*(?:[:：\-–)\]]|$|자료|문서|링크|사이트|강의|도서)",
    re.IGNORECASE,
)
_WORDS_LEFT = 12
"""Letters a line must keep without its links to be more than a reference."""
_SEE_ALSO_LETTERS = 24
"""A line that opens by sending the reader elsewhere (``자세한 내용은 …``) and is no longer than this
is a pointer, with or without a link left in it."""


_BRACKETED_PAGE = re.compile(r"[(\[<]\s*https?://\S+?\s*[)\]>]\.?")
"""A web page's address in brackets, all that a line says after its label."""


def applies(line: Line) -> bool:
    if _OPENER.match(line.text) or CITATION.search(line.text):
        return True  # ``참고: …``; ``저자 『책』, 출판사(2020), p104``: a work cited
    if line.text.strip(" ⬆️↑^[]()").casefold() in NAVIGATION_WORDS:
        return True  # ``[맨위로](#top)``: a way around the page
    linked = sum(len(s.text) for s in line.spans if s.href)
    unlinked = URL.sub("", "".join(s.text for s in line.spans if not s.href)) if line.spans else URL.sub("", line.text)
    letters = sum(c.isalnum() for c in unlinked)
    has_link = bool(linked) or bool(URL.search(line.text))
    sends_away = has_link and any(word in unlinked.casefold() for word in SEE_ALSO_WORDS)
    if letters < _SEE_ALSO_LETTERS and unlinked.strip(" *_").casefold().startswith(SEE_ALSO_WORDS):
        return True  # ``자세한 내용은 여기를 확인하세요``: its link was an HTML tag, dropped with the markup
    named = NAME_DESCRIPTION.match(line.text.strip())
    if named and _BRACKETED_PAGE.fullmatch(named["desc"].strip()):
        # ``삼성SDS 인사이트 리포트: (https://…)``: a name for the page it points to (an endpoint written
        # bare, ``메타데이터: http://169.254.169.254/…``, is the fact itself)
        return True
    return has_link and (letters < _WORDS_LEFT or sends_away)
