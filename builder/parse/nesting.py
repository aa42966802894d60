"""Nesting of any depth is read, never cut off: deep levels are flattened with a warning.

markdown-it stops reading a file at its nesting limit (a list nested ten levels deep lost its
tenth level *and the rest of the file*), and its syntax tree, like the block walker, recurses
once per level.  So the source and the tokens are bounded here, before anything recurses:

1. :func:`clamp_source` shortens the leading run of indentation, ``>`` and list markers of a
   line wider than :data:`MAX_PREFIX` columns, so no line can open more levels than the
   parser's limit (:data:`PARSER_NESTING`) allows;
2. :func:`flatten` drops the list and quote containers nested deeper than
   :data:`MAX_CONTAINERS` (their paragraphs stay, as text under the deepest item kept) and
   the emphasis marks nested deeper than :data:`MAX_INLINE` (their text stays, unmarked).

Each step warns once per file with the first line it changed; no text is removed.
"""

from __future__ import annotations

import re

from markdown_it.token import Token

from builder.errors import Problems

MAX_PREFIX = 120
"""Columns of indentation, ``>`` and list markers a line may start with; each level needs one."""
PARSER_NESTING = 2 * MAX_PREFIX + 16
"""markdown-it's ``maxNesting``: a list level is two of its levels (list, item), a quote one."""
MAX_CONTAINERS = 24
"""Lists and quotes nested deeper than this are flattened into the level above."""
MAX_INLINE = 16
"""Emphasis nested deeper than this keeps its text without the marks."""

_PREFIX = re.compile(r"(?:[ \t>]|[-*+](?=[ \t]|$)|\d{1,9}[.)](?=[ \t]|$))*")
_CONTAINERS = frozenset({"bullet_list", "ordered_list", "list_item", "blockquote"})
_MARKS = frozenset({"em", "strong", "s"})


def clamp_source(text: str, path: str, problems: Problems) -> str:
    """``text`` with every container prefix wider than :data:`MAX_PREFIX` columns shortened."""
    lines = text.split("\n")
    first: int | None = None
    for number, line in enumerate(lines):
        prefix = _PREFIX.match(line)
        end = prefix.end() if prefix else 0
        if end and len(line[:end].expandtabs(4)) > MAX_PREFIX:
            # Keep the innermost markers: the line stays an item (or quote) at the deepest level.
            kept = line[:end].expandtabs(4)[-MAX_PREFIX:].lstrip("0123456789.)")
            lines[number] = kept + line[end:]
            first = number if first is None else first
    if first is None:
        return text
    problems.warn(
        path,
        first + 1,
        f"lines indented or quoted deeper than {MAX_PREFIX} columns; read at that depth (their text is kept)",
    )
    return "\n".join(lines)


def flatten(tokens: list[Token], path: str, problems: Problems) -> list[Token]:
    """The block tokens with containers past :data:`MAX_CONTAINERS` removed (and inline marks
    past :data:`MAX_INLINE` in each inline token); every leaf and every text is kept."""
    kept: list[Token] = []
    stack: list[bool] = []
    depth = 0
    first_block: int | None = None
    first_inline: int | None = None
    for token in tokens:
        base = token.type.removesuffix("_open").removesuffix("_close")
        if base in _CONTAINERS and token.nesting == 1:
            # A list and its items are one level: an item is kept exactly when its list is.
            keep = stack[-1] if base == "list_item" else depth < MAX_CONTAINERS
            stack.append(keep)
            if keep and base != "list_item":
                depth += 1
            if keep:
                kept.append(token)
            elif first_block is None:
                first_block = token.map[0] if token.map else 0
            continue
        if base in _CONTAINERS and token.nesting == -1:
            if stack.pop():
                depth -= base != "list_item"
                kept.append(token)
            continue
        if token.type == "inline" and token.children and _flatten_inline(token) and first_inline is None:
            first_inline = token.map[0] if token.map else 0
        kept.append(token)
    if first_block is not None:
        problems.warn(
            path,
            first_block + 1,
            f"lists or quotes nested deeper than {MAX_CONTAINERS} levels; "
            "the deeper levels are read as lines of the level above (their text is kept)",
        )
    if first_inline is not None:
        problems.warn(
            path, first_inline + 1, f"emphasis nested deeper than {MAX_INLINE} levels; the deeper marks are ignored"
        )
    return kept


def _flatten_inline(token: Token) -> bool:
    """Drop emphasis marks nested past :data:`MAX_INLINE` from ``token``'s children; whether any were."""
    children = token.children or []
    if not any(child.nesting for child in children):
        return False
    kept: list[Token] = []
    stack: list[bool] = []
    depth = 0
    dropped = False
    for child in children:
        base = child.type.removesuffix("_open").removesuffix("_close")
        if child.nesting == 1:
            keep = base not in _MARKS or depth < MAX_INLINE
            stack.append(keep)
            if keep:
                depth += 1
                kept.append(child)
            dropped = dropped or not keep
        elif child.nesting == -1:
            if stack.pop():
                depth -= 1
                kept.append(child)
        else:
            kept.append(child)
    if dropped:
        token.children = kept
    return dropped
