"""``toc``: a table-of-contents line: kramdown's ``* TOC`` / ``{:toc}``, ``목차``, an entry that
only links to a heading of the page (``[개요](#개요)``), or a part of the book or course named by
its number and title (``2절: 반정규화와 성능``, ``Chapter 3: 정렬``): where the lines are, not
what they say."""

from __future__ import annotations

import re

from builder.analyse.morph import morphemes
from builder.analyse.phrases import ends_in_a_noun
from builder.analyse.rules.line import Line
from builder.analyse.shapes import NAME_DESCRIPTION, PART_LABEL


def applies(line: Line) -> bool:
    if line.bare.casefold() in ("toc", "목차", "table of contents", "contents"):
        return True
    if names_a_part(line.text):
        return True
    linked = [s for s in line.spans if s.text.strip()]
    return bool(linked) and all(s.href is not None and s.href.startswith("#") for s in linked)


_DEFINED = re.compile(r"\s[-–—]\s|[:：=]")
MAX_TITLE_WORDS = 6
"""Words a part's title holds at most (``대용량 데이터에 따른 성능``)."""


def names_a_part(text: str) -> bool:
    """Whether the line is a part's number then its title (:data:`~builder.analyse.shapes.PART_LABEL`
    before a colon), the title no statement and no number.  ``Step 2: SYN-ACK 전송`` is a step of
    a procedure, ``3장: 트랜잭션은 원자적이다`` states something, and ``3주차: S3 객체 최대 5TB`` keeps
    its limit.

    >>> names_a_part("2절: 반정규화와 성능"), names_a_part("3절: 대용량 데이터에 따른 성능")
    (True, True)
    >>> names_a_part("Step 2: SYN-ACK 전송"), names_a_part("3장: 트랜잭션은 모두 반영되거나 전혀 반영되지 않는다")
    (False, False)
    >>> names_a_part("VPC: 가상 네트워크"), names_a_part("3주차: S3 객체 최대 5TB")
    (False, False)
    >>> names_a_part("Part 6: cron - 주기적인 작업 예약 데몬")
    False
    """
    match = NAME_DESCRIPTION.match(text.strip())
    if match is None:
        return False
    part, title = match["name"].strip(), match["desc"]
    if part.casefold().startswith("step") or PART_LABEL.match(part) is None or re.search(r"\d", title):
        return False
    if _DEFINED.search(title) or len(title.split()) > MAX_TITLE_WORDS:
        return False  # ``Day 1: inode - 파일의 메타데이터``: a term and its definition, not a title
    # a title names the part (``대용량 데이터에 따른 성능``); a topic or a last verb states something
    return ends_in_a_noun(title) and not any(m.pos in ("JX", "JKS") for m in morphemes(title))
