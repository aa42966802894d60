"""A paragraph of several lines over ``---`` is a paragraph and a rule, not a heading.

CommonMark reads any paragraph directly over ``---`` (or ``===``) as a setext heading, whatever
its length: a table of contents of eight link lines, or a block of notes the writer closed with a
separator, became one heading whose title was every line of it.  Its lines made no card, and the
whole block stood as the context line of every card under it.  No one writes a heading of several
lines, and no one ends a heading's name with a full stop after a long sentence, so this
markdown-it rule reads such a heading back as what the writer meant: its lines a paragraph, its
underline a thematic break.  A short one-line setext heading (``제목\\n---``), a name over its
gloss, and any heading over ``===`` stay headings.
"""

from __future__ import annotations

from markdown_it import MarkdownIt
from markdown_it.rules_core import StateCore
from markdown_it.token import Token

RULE_MARKUP = "-"
"""The setext underline that is also a thematic break; ``===`` never is one, so a heading over it
is one the writer meant."""


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
            and opening.markup == RULE_MARKUP
            and n + 2 < len(source)
            and _not_a_heading(source[n + 1].content)
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


SENTENCE_CHARS = 40
"""A line this long or longer that ends as a sentence ends (``… 정의한다.``) is a sentence, not a
heading's name."""


def _not_a_heading(content: str) -> bool:
    r"""Lines no heading is written in: several lines (:func:`_several_lines`), or one long line
    that closes its sentence with a full stop.

    >>> _not_a_heading("data 블록은 이미 있는 자원의 정보를 읽어 와서 다른 블록에 넘겨 주는 역할을 한다.")
    True
    >>> _not_a_heading("테라폼 상태"), _not_a_heading("Amazon S3\\n(Simple Storage Service)")
    (False, False)
    """
    line = content.strip()
    return _several_lines(content) or (len(line) >= SENTENCE_CHARS and line.endswith((".", "。")))


def _several_lines(content: str) -> bool:
    r"""Lines no heading is written in: more than one, the last not a gloss of the first
    (``Amazon S3`` over ``(Simple Storage Service)`` is one name, glossed).

    >>> _several_lines("Amazon S3\n(Simple Storage Service)"), _several_lines("목차 1\n목차 2")
    (False, True)
    """
    lines = [line.strip() for line in content.strip().split("\n") if line.strip()]
    if len(lines) < 2:
        return False
    return not (len(lines) == 2 and lines[1].startswith(("(", "（")) and lines[1].endswith((")", "）")))
