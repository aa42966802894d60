"""A paragraph of several lines over ``---`` is a paragraph and a rule, not a heading.

CommonMark reads any paragraph directly over ``---`` (or ``===``) as a setext heading, whatever
its length: a table of contents of eight link lines, or a block of notes the writer closed with a
separator, became one heading whose title was every line of it.  Its lines made no card, and the
whole block stood as the context line of every card under it.  No one writes a heading of several
lines, so this markdown-it rule reads such a heading back as what the writer meant: its lines a
paragraph, its underline a thematic break.  A one-line setext heading (``제목\\n---``) stays one.
"""

from __future__ import annotations

from markdown_it import MarkdownIt
from markdown_it.rules_core import StateCore
from markdown_it.token import Token

SETEXT_MARKUPS = ("-", "=")
"""The markup markdown-it gives a setext heading (an ATX heading's is ``#``…)."""


def setext_paragraphs(md: MarkdownIt) -> None:
    """Add the rule after markdown-it's block rules, before the inline ones read the lines."""
    md.core.ruler.after("block", "setext_paragraphs", _unheaded)


def _unheaded(state: StateCore) -> None:
    tokens: list[Token] = []
    source = state.tokens
    n = 0
    while n < len(source):
        opening = source[n]
        if (
            opening.type == "heading_open"
            and opening.markup in SETEXT_MARKUPS
            and n + 2 < len(source)
            and "\n" in source[n + 1].content.strip()
            and opening.map is not None
        ):
            inline, closing = source[n + 1], source[n + 2]
            first, after = opening.map
            for token, kind in ((opening, "paragraph_open"), (closing, "paragraph_close")):
                token.type, token.tag, token.markup = kind, "p", ""
            opening.map = [first, after - 1]
            if inline.map is not None:
                inline.map = [first, after - 1]
            rule = Token("hr", "hr", 0, map=[after - 1, after], markup="---")
            rule.block = True
            rule.level = opening.level
            tokens.extend((opening, inline, closing, rule))
            n += 3
            continue
        tokens.append(opening)
        n += 1
    state.tokens = tokens
