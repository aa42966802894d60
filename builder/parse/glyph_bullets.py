"""Lines that open with a bullet glyph (``•``, ``◦``, ``▪``) are list items.

Notes copied out of a word processor, Apple Notes, Notion or a chat window keep the bullets as
characters: ``•<tab>고정되지 않은 IP 주소: …``.  CommonMark reads a run of such lines as one
paragraph, so the first line stood as the lead of the others (every card under it showed
``• 고정되지 않은 IP 주소`` as its parent) and each card kept the glyph as debris.  The writer meant a
list: each such line is rewritten as a markdown item before the text is parsed, keeping its line
number.  A glyph line written straight under a list item, with no blank line between (``- `Flags```
then ``• Segment의 용도…``), explains that item: it becomes an item nested under it, as the writer
laid it out.  Lines inside a code fence are left as they are.
"""

from __future__ import annotations

import re

BULLET_GLYPHS = "•◦▪‣∙"
"""Characters a copied list keeps as its bullets; ``○``, ``■`` and ``※`` open headings and remarks
in Korean notes as often as items, and are left to the writer's markdown."""

_GLYPH_ITEM = re.compile(rf"^(?P<indent>[ \t]*)[{BULLET_GLYPHS}][ \t]+(?P<rest>\S.*)$")
_MARKDOWN_ITEM = re.compile(r"^(?P<indent> {0,3}|[ \t]*)(?P<marker>[-*+]|\d{1,9}[.)])[ \t]+\S")
_FENCE = re.compile(r"^ {0,3}(?P<fence>`{3,}|~{3,})")


def as_list_items(text: str) -> str:
    """The text with every bullet-glyph line written as a markdown list item, line for line.

    >>> print(as_list_items("이유:\\n•\\t고정되지 않은 IP\\n•\\t관리의 어려움"))
    이유:
    - 고정되지 않은 IP
    - 관리의 어려움
    >>> print(as_list_items("- `Flags`\\n• 세그먼트의 용도\\n\\n• 따로 쓴 줄"))
    - `Flags`
      - 세그먼트의 용도
    <BLANKLINE>
    - 따로 쓴 줄
    >>> as_list_items("1.\\t/24 서브넷:\\n•\\t256개의 IP 주소").split("\\n")[1]  # under the text after the tab
    '    - 256개의 IP 주소'
    """
    lines = text.split("\n")
    fence: str | None = None
    nested_at: int | None = None  # the content column of the list item the lines above belong to
    for n, line in enumerate(lines):
        opened = _FENCE.match(line)
        if fence is not None:
            if opened and opened["fence"][0] == fence[0] and len(opened["fence"]) >= len(fence):
                fence = None
            continue
        if opened:
            fence, nested_at = opened["fence"], None
            continue
        glyph = _GLYPH_ITEM.match(line)
        if glyph:
            indent = " " * nested_at if nested_at is not None else glyph["indent"]
            lines[n] = f"{indent}- {glyph['rest']}"
            continue
        item = _MARKDOWN_ITEM.match(line)
        if item:
            # where the item's text starts, a tab after the marker reaching the next tab stop (``1.<tab>…``)
            nested_at = len(line[: item.end() - 1].expandtabs(4))
        elif not line.strip():
            nested_at = None
    return "\n".join(lines)
