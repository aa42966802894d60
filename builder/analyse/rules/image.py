"""``image``: a line that is only an image (its alt text, ``그림1``, ``asg-create-3``) or an image
file name (``diagram.png``).  The picture belongs to the cards of what it illustrates; its
caption is not a fact."""

from __future__ import annotations

import re

from builder.analyse.rules.line import Line

_FILE_NAME = re.compile(r"(?i)^\S+\.(?:png|jpe?g|gif|webp|svg|bmp)(?:\s*\|\s*\d+)?$")
_FIGURE = re.compile(
    r"^(?:그림|사진|이미지|스크린샷|캡처|figure|fig\.?|image|img|screenshot|alt text|pasted image|untitled)"
    r"\s*[\d.\-]*$",
    re.IGNORECASE,
)


def applies(line: Line) -> bool:
    visible = [s for s in line.spans if s.text.strip()]
    if visible and all("image" in s.marks for s in visible):
        return True
    bare = line.bare
    return bool(_FILE_NAME.match(bare) or _FIGURE.match(bare))
