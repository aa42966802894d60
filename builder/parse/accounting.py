"""Every line of a notes file accounted for against the source text, not the model against itself.

After a file is parsed, each non-blank line must be one of: a heading, a fact of the model (a
paragraph or list item that gave one), a table, front matter, a code fence or block, a formula
block (``$$ … $$``), raw HTML,
or a line with a recorded reason to hold no fact (a rule like ``---``, markup without text such
as a lone ``>`` or ``-``, an image or raw HTML alone, a link definition, a callout marker).  A
line that is none of these was dropped by a parser limit or a bug: it fails the build with its
file and line, instead of the deck and the cheat sheet going out without it.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Iterable, Sequence

from markdown_it.token import Token

from builder.errors import Problems
from builder.parse.inline import KRAMDOWN_ATTRIBUTES
from builder.parse.rawhtml import html_text, is_markup

_LEAVES = frozenset(
    {
        "heading_open",
        "fence",
        "code_block",
        "math_block",
        "html_block",
        "table_open",
        "front_matter",
        "hr",
        "paragraph_open",
    }
)
_MARKUP_ONLY = re.compile(r"^(?:[ \t>]|[-*+](?=[ \t]|$)|\d{1,9}[.)](?=[ \t]|$))*$")
_LINK_DEFINITION = re.compile(r"^(?:[ \t>]|[-*+][ \t]|\d{1,9}[.)][ \t])*\[[^\]]+\]:\s*\S")
_CALLOUT = re.compile(r"^\s*\[![\w-]+\][+-]?\s*$")
_NO_TEXT = frozenset({"image", "softbreak", "hardbreak", "html_inline"})
_SHOWN_RUNS = 20
"""Most runs of unread lines reported per file (each names its first line)."""


def account(
    tokens: Sequence[Token], source_lines: Sequence[str], fact_lines: Iterable[int], path: str, problems: Problems
) -> None:
    """Record an error, naming file and line, for every run of lines no part of the model holds.

    ``fact_lines`` are the 1-based lines of the facts the file gave; a paragraph with text must
    hold one of them.
    """
    covered = bytearray(len(source_lines) + 1)
    facts = sorted(set(fact_lines))
    for token in tokens:
        if token.type not in _LEAVES or not token.map:
            continue
        start, end = token.map
        covered[start:end] = b"\x01" * (end - start)
    for start, end, text in _paragraphs(tokens):
        if text and not _CALLOUT.match(text) and not _holds_fact(start, end, facts):
            problems.error(path, start + 1, f"this text is in no card or cheat sheet entry: {text[:60]!r}")
    runs = 0
    number = 0
    while number < len(source_lines):
        line = source_lines[number]
        if covered[number] or not line.strip() or _MARKUP_ONLY.match(line) or _LINK_DEFINITION.match(line):
            number += 1
            continue
        first = number
        while number < len(source_lines) and not covered[number] and source_lines[number].strip():
            number += 1
        runs += 1
        if runs <= _SHOWN_RUNS:
            count = number - first
            more = f" (and the {count - 1} line{'s' if count > 2 else ''} after it)" if count > 1 else ""
            problems.error(
                path,
                first + 1,
                f"this line{more} was not read by the markdown parser, so its text would be lost; "
                f"the build stops rather than leave it out: {line.strip()[:60]!r}",
            )


def _paragraphs(tokens: Sequence[Token]) -> Iterable[tuple[int, int, str]]:
    """(first line, end line, visible text) of each paragraph, code block and raw HTML block."""
    for index, token in enumerate(tokens):
        if token.type in ("fence", "code_block", "math_block") and token.map:
            yield token.map[0], token.map[1], token.content.strip()
        elif token.type == "html_block" and token.map:
            yield token.map[0], token.map[1], html_text(token.content)[0].strip()
        elif token.type == "paragraph_open" and token.map and index + 1 < len(tokens):
            inline = tokens[index + 1]
            text = "".join(
                child.content
                for child in _unstruck(inline.children or ())
                if child.type not in _NO_TEXT or (child.type == "html_inline" and not is_markup(child.content))
            )
            text = KRAMDOWN_ATTRIBUTES.sub("", text).strip()  # ``![…](…){: width="800" }``
            yield token.map[0], token.map[1], text


def _unstruck(children: Sequence[Token]) -> Iterable[Token]:
    """The inline tokens outside ``~~…~~``: text the author struck out is no longer said."""
    depth = 0
    for child in children:
        depth += (child.type == "s_open") - (child.type == "s_close")
        if depth == 0 and child.type != "s_close":
            yield child


def _holds_fact(start: int, end: int, facts: Sequence[int]) -> bool:
    """Whether a fact's 1-based line falls in the 0-based line range [start, end)."""
    at = bisect_left(facts, start + 1)
    return at < len(facts) and facts[at] <= end
