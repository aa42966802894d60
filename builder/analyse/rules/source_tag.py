"""``source_tag``: a tag that names where a note came from (``>>Udemy``, ``<< 강의 3장``,
``[출처] 블로그``, ``(출처: …)``)."""

from __future__ import annotations

import re

from builder.analyse.rules.line import Line
from builder.analyse.words import SOURCE_TAG_OPENERS

_TAG = re.compile(r"^[(\[]?\s*출처\s*[:：)\]]", re.IGNORECASE)


def applies(line: Line) -> bool:
    text = line.text.strip()
    return text.startswith(SOURCE_TAG_OPENERS) or bool(_TAG.match(text))
