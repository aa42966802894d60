"""``source_tag``: a tag that names where a note came from (``>>Udemy``, ``<< 강의 3장``,
``[출처] 블로그``, ``(출처: …)``)."""

from __future__ import annotations

import re

from builder.analyse.rules.line import Line
from builder.analyse.shapes import EXAM_CITATION_DETAILS, EXAM_TAG
from builder.analyse.words import SOURCE_TAG_OPENERS

_TAG = re.compile(r"^[(\[]?\s*출처\s*[:：)\]]", re.IGNORECASE)


def applies(line: Line) -> bool:
    text = line.text.strip()
    if EXAM_TAG.search(text) and len(EXAM_TAG.sub("", text).strip(" ,·/()[]")) <= 12:
        return True  # ``2020년 4회 2021년 3회 기출``: the exams that asked it
    if EXAM_TAG.search(text) and not EXAM_TAG.sub("", EXAM_CITATION_DETAILS.sub("", text)).strip(" ,·/:：()[]"):
        return True  # ``2022년 4월 24일 기출문제 (정답률 : 48%)``: the sitting that asked it, and how many got it
    return text.startswith(SOURCE_TAG_OPENERS) or bool(_TAG.match(text))
