"""Obsidian tags (``#exam/trap/route53``, ``#cloudops``) are the vault's index, not the note's words.

CommonMark keeps them as text, so a line that ends with its tags kept them on the card's front
(``… 만들 수 있다 #exam/trap/route53``) and in the blank's sentence.  This markdown-it rule drops a
tag written as Obsidian writes one at the end of a line: ``#`` after a space or at the start of
the text, then letters, digits, ``_``, ``-`` or ``/`` with at least one that is not a digit, and
after it only more tags.  A number (``오류 코드 #1``), a language (``C#``), a heading (``# 제목``)
and a root prompt before its command (``#ifconfig eth0``) are no tags.
"""

from __future__ import annotations

import re

from markdown_it import MarkdownIt
from markdown_it.rules_inline.state_inline import StateInline

_TAG_NAME = r"#(?=[\w/-]*[^\W\d])[\w/-]+"
_TAG = re.compile(rf"{_TAG_NAME}(?=\s|$)")
"""``#`` and a tag's name: word characters, ``/`` and ``-``, not digits only."""
_ONLY_TAGS_AFTER = re.compile(rf"(?:[ \t]+{_TAG_NAME})*[ \t]*(?:\n|$)")
"""What may follow a tag that ends its line: more tags, then the line's end.  A ``#word`` with words after it is
something else (a shell's root prompt, ``#ifconfig eth0``)."""


def obsidian_tags(md: MarkdownIt) -> None:
    """Add the rule before markdown-it's own text rule reads the ``#``."""
    md.inline.ruler.before("text", "obsidian_tag", _drop)


def _drop(state: StateInline, silent: bool) -> bool:
    start = state.pos
    if state.src[start] != "#" or (start > 0 and not state.src[start - 1].isspace()):
        return False
    match = _TAG.match(state.src, start, state.posMax)
    if match is None or not _ONLY_TAGS_AFTER.match(state.src, match.end(), state.posMax):
        return False  # ``#ifconfig eth0 -promisc``: a root prompt before its command, not a tag
    state.pos = match.end()
    return True
