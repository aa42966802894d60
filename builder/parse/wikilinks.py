"""Obsidian wiki links (``[[Lambda Layers|람다 레이어]]``) read as links, as Obsidian shows them.

CommonMark has no such syntax and keeps the brackets as text, so a vault's ``연결 문서`` list
became cards hiding ``|람다 레이어]]``.  This markdown-it rule makes each one a link whose text is
the alias (or the note's name) and whose target is ``wiki:`` and the note's name: the fact keeps
the words without the brackets, and a line that is only links is a reference (no card).  An
embed (``![[diagram.png]]``) is left to :mod:`builder.parse.images`.
"""

from __future__ import annotations

import re

from markdown_it import MarkdownIt
from markdown_it.rules_inline.state_inline import StateInline

_WIKILINK = re.compile(r"\[\[([^\[\]|#^\n]*?)(?:#([^\[\]|\n]*))?(?:\|([^\[\]\n]*))?\]\]")
"""``[[note]]``, ``[[note#heading|alias]]``, and a link to a heading of the same note (``[[#Q1. 파드
생성|Q1. 파드 생성]]``, a vault's table of contents)."""
WIKI_SCHEME = "wiki:"


def wikilinks(md: MarkdownIt) -> None:
    """Add the ``[[note|alias]]`` rule before markdown-it's own links."""
    md.inline.ruler.before("link", "wikilink", _tokenize)


def _tokenize(state: StateInline, silent: bool) -> bool:
    start = state.pos
    if not state.src.startswith("[[", start) or (start > 0 and state.src[start - 1] == "!"):
        return False
    match = _WIKILINK.match(state.src, start, state.posMax)
    if match is None or not (match.group(1).strip() or (match.group(2) or "").strip()):
        return False
    if not match.group(1).strip() and (match.group(2) or "").startswith("^") and not match.group(3):
        return False  # ``[[#^ttl-note]]``: a block's id, no words to show
    if not silent:
        heading = (match.group(2) or "").strip()
        target = match.group(1).strip() or f"#{heading}"
        shown = (match.group(3) or "").strip() or match.group(1).strip() or heading
        opening = state.push("link_open", "a", 1)
        opening.attrs = {"href": WIKI_SCHEME + target}
        text = state.push("text", "", 0)
        text.content = shown
        state.push("link_close", "a", -1)
    state.pos = match.end()
    return True
