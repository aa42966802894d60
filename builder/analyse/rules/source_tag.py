"""``source_tag``: a tag that names where a note came from (``>>Udemy``, ``<< 강의 3장``,
``[출처] 블로그``, ``(출처: …)``), or when the page was posted (``📅 Published: Wed, 24 Dec 2025``)."""

from __future__ import annotations

import re

from builder.analyse.rules.line import Line
from builder.analyse.shapes import EXAM_CITATION_DETAILS, EXAM_TAG
from builder.analyse.words import DATE_SYLLABLES, POST_DATE_LABELS, SOURCE_TAG_OPENERS

_TAG = re.compile(r"^[(\[]?\s*출처\s*[:：)\]]", re.IGNORECASE)
_LABELLED_DATE = re.compile(r"^\W*(?P<label>[^:：]{2,16}?)\s*[:：]\s*(?P<date>.*(?<!\d)(?:19|20)\d\d(?!\d).*)$")
"""A label, then a value that holds a year (``📅 Published: Wed, 24 Dec 2025 09:05:37 GMT``,
``작성일: 2024년 3월 1일``)."""


def applies(line: Line) -> bool:
    text = line.text.strip()
    if EXAM_TAG.search(text) and len(EXAM_TAG.sub("", text).strip(" ,·/()[]")) <= 12:
        return True  # ``2020년 4회 2021년 3회 기출``: the exams that asked it
    if EXAM_TAG.search(text) and not EXAM_TAG.sub("", EXAM_CITATION_DETAILS.sub("", text)).strip(" ,·/:：()[]"):
        return True  # ``2022년 4월 24일 기출문제 (정답률 : 48%)``: the sitting that asked it, and how many got it
    dated = _LABELLED_DATE.match(text)
    if (
        dated
        and dated["label"].strip().casefold() in POST_DATE_LABELS
        and len(dated["date"]) <= MAX_DATE_CHARS
        and not _WORDS_BESIDE_A_DATE.search(dated["date"])
    ):
        return True  # ``📅 Published: Wed, 24 Dec 2025 09:05:37 GMT``: when the page was posted
    return text.startswith(SOURCE_TAG_OPENERS) or bool(_TAG.match(text))


_WORDS_BESIDE_A_DATE = re.compile(rf"[가-힣](?<![{DATE_SYLLABLES}])")
"""Hangul other than the words of a date (``2024년 3월 1일 오후``): a value that says more than when."""

MAX_DATE_CHARS = 40
"""A date and time however it is written (``Wed, 24 Dec 2025 09:05:37 GMT``); longer, the line says more."""
