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

from builder.parse.inline import LIST_MARK

BULLET_GLYPHS = "•◦▪‣∙⦁"
"""Characters a copied list keeps as its bullets (``⦁``, a spot, is the bullet of lists copied out of
a Korean word processor); ``○``, ``■`` and ``※`` open headings and remarks in Korean notes as often
as items, and are left to the writer's markdown."""

_GLYPH_ITEM = re.compile(rf"^(?P<indent>[ \t]*)[{BULLET_GLYPHS}][ \t]+(?P<rest>\S.*)$")
_FENCE = re.compile(r"^[ \t]*(?P<fence>`{3,}|~{3,})")
"""A code fence, at any indentation: a fence inside a list item is indented with it."""
_BREAKS_A_LIST = re.compile(r"^ {0,3}(?:#{1,6}(?:[ \t]|$)|>|\||(?:[-*_][ \t]*){3,}$)")
"""A heading, a quote, a table row or a rule: a line after which a glyph line belongs to no item above."""
INDENTED_CODE = 4
"""Columns of indentation that make a line outside a list a code block (``    •  eth0``)."""


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
    >>> print(as_list_items("- 리전 단위\\n## 서브넷\\n•\\t퍼블릭 서브넷"))  # a heading ends the item above
    - 리전 단위
    ## 서브넷
    - 퍼블릭 서브넷
    >>> as_list_items("•\\tA 레코드\\n\\t◦\\tIPv4 주소\\n•\\tMX 레코드").split("\\n")  # nested as written
    ['- A 레코드', '  - IPv4 주소', '- MX 레코드']
    >>> as_list_items("1. 동적 IP\\n\\n\\t•\\t중지하면 바뀐다").split("\\n")[2]  # inside the item, past a blank
    '\\t- 중지하면 바뀐다'
    >>> print(as_list_items("출력:\\n\\n    •  eth0"))  # indented code, not a list
    출력:
    <BLANKLINE>
        •  eth0
    """
    lines = text.split("\n")
    fence: str | None = None
    item_column: int | None = None  # where the text of the markdown item above starts
    glyph_above: tuple[int, str] | None = None  # the glyph line just above: its columns, its new indent
    blank_above = False
    for n, line in enumerate(lines):
        opened = _FENCE.match(line)
        if fence is not None:
            if opened and opened["fence"][0] == fence[0] and len(opened["fence"]) >= len(fence):
                fence = None
            continue
        if opened:
            fence, item_column, glyph_above = opened["fence"], None, None
            continue
        if not line.strip():
            blank_above = True
            continue
        glyph = _GLYPH_ITEM.match(line)
        columns = len((glyph["indent"] if glyph else line[: len(line) - len(line.lstrip())]).expandtabs(4))
        if glyph:
            indent = _indent_of(
                glyph["indent"], columns, item_column, None if blank_above else glyph_above, blank_above
            )
            if indent is not None:
                lines[n] = f"{indent}- {glyph['rest']}"
                glyph_above = (columns, indent)
            else:
                glyph_above = None
        elif (item := LIST_MARK.match(line.lstrip())) is not None:
            # where the item's text starts, a tab after the marker reaching the next tab stop (``1.<tab>…``)
            marked = len(line) - len(line.lstrip()) + item.end()
            item_column, glyph_above = len(line[:marked].expandtabs(4)), None
        elif _BREAKS_A_LIST.match(line) or (blank_above and columns < (item_column or 0) + 1):
            item_column, glyph_above = None, None
        blank_above = False
    return "\n".join(lines)


def _indent_of(
    written: str, columns: int, item_column: int | None, glyph_above: tuple[int, str] | None, blank_above: bool
) -> str | None:
    """The indentation a glyph line is rewritten with, or None when it is indented code.  Under
    another glyph line, deeper is its child and level its sibling; right under a markdown item,
    it is nested in that item; after a blank line, it keeps its own indentation when that places
    it inside the item above (``1. …`` / blank / ``<tab>•<tab>…``) or outside any code block."""
    if glyph_above is not None:
        above_columns, above_indent = glyph_above
        if columns > above_columns:
            return above_indent + "  "
        if columns == above_columns:
            return above_indent
    if item_column is not None and not blank_above:
        return " " * item_column
    if (item_column is not None and columns >= item_column) or columns < INDENTED_CODE:
        return written
    return None
