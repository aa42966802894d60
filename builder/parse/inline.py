"""markdown-it inline nodes → lines of :class:`Span`, with no markdown or HTML left in them.

A line break in the source (soft or hard, or an HTML ``<br>``) starts a new line; the block
parser decides whether lines become one fact or several.  Each line carries its offset from
the inline's first source line (a ``<br>`` starts a line without moving to the next one).  Raw
inline HTML tags are dropped (their text stays, escaped later); kramdown attribute lists such as
``{:toc}`` are removed.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from functools import cache
from types import MappingProxyType
from typing import TYPE_CHECKING

from markdown_it.tree import SyntaxTreeNode

from builder.analyse.shapes import FOOTNOTE_STAR
from builder.model import Mark, Span
from builder.parse.rawhtml import is_markup

if TYPE_CHECKING:
    from pylatexenc.latex2text import LatexNodes2Text
    from pylatexenc.latexwalker import LatexMacroNode

KRAMDOWN_ATTRIBUTES = re.compile(
    r"\{:[^}\n]*\}|\{\{[<%][^\n]*?[>%]\}\}|\{%[^\n]*?%\}|\{\{\s*(?:site|page)\.[^}\n]*\}\}"
)
"""Site-generator markup with no text: kramdown attribute lists (``{:toc}``, ``{: width="800" }``),
Hugo shortcodes (``{{< figure src="…" >}}``), Liquid tags (``{% raw %}``, ``{{ site.url }}``)."""
_LIQUID_TEXT = re.compile(r"""\{%\s*include\s[^%]*?\btext=(["'])(?P<text>.*?)\1[^%]*%\}""")
"""A Liquid include that shows a text (``{% include highlight.html text="…" %}``): the text is the
author's, only the tag around it is markup."""
_QUOTE_MARKS = re.compile(r"^\s*(?:>\s*)+")
_BR_TAG = re.compile(r"^</?\s*br\s*/?>$", re.IGNORECASE)
_ITEM_TAG = re.compile(r"^<\s*li\b[^>]*>$", re.IGNORECASE)
_FOOTNOTE = re.compile(r"\[\^([^\]\s]+)\](:?)")
"""``[^idempotence]``: markdown-it's CommonMark has no footnotes.  A reference in the text is
debris on a card and goes; the ``[^idempotence]:`` that opens a footnote's own text becomes
``idempotence:``, the name the footnote explains."""
_CITED = r"\[[^\[\]\n]+\]\[\d+\]"
_CITATIONS = re.compile(rf"(?<![ \t])[ \t]*[(（][ \t]*{_CITED}(?:[ \t]*[,;][ \t]*{_CITED})*[ \t]*[)）]")
"""``([위키백과][3], [Kubernetes][4])``: citation marks whose sources the notes never define (notes
pasted from a chat assistant).  markdown-it leaves unresolved reference links as text; on a card
they are debris, and they go.  (A run of spaces is tried from its start only: from each of its
spaces, a line of many spaces would take quadratic time.)"""
_REFERENCE_LINK = re.compile(r"\[(?P<text>[^\[\]\n]+)\]\[\d+\]")
"""``[공식 문서][3]`` in a sentence, its definition missing: the link's text is the author's words."""
_HIGHLIGHT = re.compile(r"==(?=\S)(.+?)(?<=\S)==")
"""Obsidian's highlight (``==Aurora==``): a mark, like bold, that markdown-it leaves as text."""
_DEFINITION_MARK = re.compile(r"^[:：]\s+")
"""``: 설명`` on the line under a term: the definition-list mark of kramdown and Pandoc (``**자산**``
then ``: 조직이 가치를 두는 대상``); the description starts after it."""
_STRAY_STRONG = re.compile(
    r"(?:(?<=\s)|^)\*\*(?=\S)"  # ``최대 **256개``: opens a word, never closed
    r"|(?<=\S)\*\*(?=[\s:：,.;!?)\]]|$)"  # ``Endpoint**:``: closes a word, never opened
    r"|(?<=[^\s\d])\*\*(?=[\uac00-\ud7a3])"  # ``클래스)**으로``: before a particle (a Hangul syllable)
)
"""``최대 **256개 항목`` with no closing ``**``, ``2. Interface Endpoint**:`` with no opening one,
``\\*\\*그룹(등가 클래스)\\*\\*으로`` escaped by an export: markdown-it leaves the asterisks as text,
which a card would show as debris (``2**10`` and ``a**b`` inside a word stay)."""


@dataclass
class _Lines:
    """Accumulates spans; a break closes the current line."""

    lines: list[list[Span]] = field(default_factory=lambda: [[]])
    offsets: list[int] = field(default_factory=lambda: [0])

    def add(self, text: str, marks: frozenset[Mark], href: str | None) -> None:
        if not text:
            return
        line = self.lines[-1]
        if line and line[-1].marks == marks and line[-1].href == href:
            line[-1] = Span(line[-1].text + text, marks, href)
        else:
            line.append(Span(text, marks, href))

    def newline(self, *, in_source: bool = True) -> None:
        self.lines.append([])
        self.offsets.append(self.offsets[-1] + (1 if in_source else 0))


Handler = Callable[[SyntaxTreeNode, _Lines, frozenset[Mark], str | None], None]


def inline_lines(node: SyntaxTreeNode) -> list[tuple[int, tuple[Span, ...]]]:
    """The lines of an ``inline`` node as (source line offset, cleaned spans); empty lines kept."""
    out = _Lines()
    _walk_children(node, out, frozenset(), None)
    return [(offset, _clean(line)) for offset, line in zip(out.offsets, out.lines, strict=True)]


def plain_text(node: SyntaxTreeNode) -> str:
    """The inline node's text on one line (for headings and table cells)."""
    text = " ".join("".join(s.text for s in line) for _, line in inline_lines(node) if line).strip()
    if not text and any(n.type == "s" for n in node.walk()):
        # ``## ~~폐기된 절~~``: struck whole, a heading still names its section (its lines stay under it)
        # and a cell still names its row.
        return " ".join(n.content for n in node.walk() if n.type in ("text", "code_inline")).strip()
    return text


def _walk_children(node: SyntaxTreeNode, out: _Lines, marks: frozenset[Mark], href: str | None) -> None:
    for child in node.children:
        handler = _HANDLERS.get(child.type, _walk_children)
        handler(child, out, marks, href)


def _text(node: SyntaxTreeNode, out: _Lines, marks: frozenset[Mark], href: str | None) -> None:
    # ``버퍼*의 크기``: an asterisk left on a Korean word (a footnote mark, no emphasis) is no content.
    out.add(FOOTNOTE_STAR.sub("", node.content), marks, href)


def _code(node: SyntaxTreeNode, out: _Lines, marks: frozenset[Mark], href: str | None) -> None:
    out.add(node.content, marks | {"code"}, href)


def _math(node: SyntaxTreeNode, out: _Lines, marks: frozenset[Mark], href: str | None) -> None:
    # ``$P(A∩B)$``: the formula without its dollar signs, marked so no blank cuts it.  Dollar
    # signs around brackets that do not pair (``[$]k[/$]``, Anki's own LaTeX tag) hold no formula.
    if _reads_as_formula(node.content):
        out.add(formula_text(node.content), marks | {"math"}, href)
    else:
        out.add(node.markup + node.content + node.markup, marks, href)


@cache
def formula_text(tex: str) -> str:
    """A formula as a learner reads it, in Unicode (``n \\ge 30`` → ``n ≥30``, ``\\mu`` → ``μ``):
    the TeX the notes write is markup, as ``**`` is."""
    try:
        text: str = _latex_reader().latex_to_text(tex)
    except Exception:  # noqa: BLE001 - its parser raises several kinds of error on malformed TeX
        return tex  # shown as written, never lost
    return " ".join(text.split()) or tex


@cache
def _latex_reader() -> LatexNodes2Text:
    """pylatexenc's reader, with fractions written on one line as a learner would: ``\\frac{TP}{TP+FN}``
    reads ``TP/(TP+FN)``, not ``TP/TP+FN``.  Built once, when a note first holds a formula (~40 ms)."""
    from pylatexenc.latex2text import LatexNodes2Text, MacroTextSpec, get_default_latex_context_db

    context = get_default_latex_context_db()
    fractions = [MacroTextSpec(name, simplify_repl=_fraction) for name in ("frac", "dfrac", "tfrac")]
    context.add_context_category("one-line fractions", prepend=True, macros=fractions)
    return LatexNodes2Text(math_mode="text", latex_context=context)


def _fraction(node: LatexMacroNode, l2tobj: LatexNodes2Text) -> str:
    """A fraction on one line, each part bracketed unless it is one name or one number (``TP``,
    ``2``): ``(TP+TN)/(TP+FP)``, ``1/(2π)``, ``a/(b/c)``."""
    parts = [l2tobj.nodelist_to_text([arg]).strip() for arg in node.nodeargd.argnlist if arg is not None]
    return "/".join(part if _ONE_ATOM.fullmatch(part) else f"({part})" for part in parts[-2:])


_ONE_ATOM = re.compile(r"[A-Za-z]+|\d+(?:\.\d+)?")
"""A fraction's part that reads unbracketed beside a slash: one name or one number."""


def _reads_as_formula(text: str) -> bool:
    """Whether what two dollar signs enclose is a formula: its brackets pair, and it neither
    starts nor ends on a separator, as shell variables and shares do (``$PATH:$HOME``,
    ``$(pwd)/$(whoami)``, ``C$, ADMIN$``)."""
    return _brackets_pair(text) and text[:1] not in _SEPARATORS and text[-1:] not in _SEPARATORS


_SEPARATORS = frozenset(",;:/=")


def _brackets_pair(text: str) -> bool:
    """Whether every bracket of ``text`` closes one opened before it (``f(x[i])``, not ``]k[``)."""
    opened: list[str] = []
    for char in text:
        if char in "([{":
            opened.append(")]}"["([{".index(char)])
        elif char in ")]}" and (not opened or opened.pop() != char):
            return False
    return not opened


def _break(node: SyntaxTreeNode, out: _Lines, marks: frozenset[Mark], href: str | None) -> None:
    out.newline()


def _strong(node: SyntaxTreeNode, out: _Lines, marks: frozenset[Mark], href: str | None) -> None:
    _walk_children(node, out, marks | {"strong"}, href)


def _em(node: SyntaxTreeNode, out: _Lines, marks: frozenset[Mark], href: str | None) -> None:
    _walk_children(node, out, marks | {"em"}, href)


_STRUCK = "\x00"
"""Where struck-out text was: :func:`_without_markup` takes it out with the brackets it leaves empty."""
_STRUCK_OUT = re.compile(r"[ \t]*[(（\[][ \t]*\x00[ \t]*[)）\]]|(?P<before>[ \t]*)\x00(?P<after>[ \t]*)")


def _unstruck(text: str) -> str:
    """``3가지(~~4가지~~)`` → ``3가지``; ``~~최대 7일~~ 최대 14일`` → ``최대 14일``; ``A ~~B~~ C`` → ``A C``;
    ``크기는 ~~1460바이트~~1500바이트`` → ``크기는 1500바이트``."""
    return _STRUCK_OUT.sub(lambda m: " " if m["before"] or m["after"] else "", text)


def _struck(node: SyntaxTreeNode, out: _Lines, marks: frozenset[Mark], href: str | None) -> None:
    # ``3가지(~~4가지~~)``: the author crossed the words out, so the notes no longer say them.
    first = next((n.content for n in node.walk() if n.type == "text" and n.content), "")
    before = node.previous_sibling
    if before is not None and before.type == "text" and before.content[-1:].isdigit() and first[:1].isdigit():
        # ``응답은 10~~20%, 지연은 5~~10ms``: tildes typed as ranges, which markdown read as a strike
        out.add("~", marks, href)
        _walk_children(node, out, marks, href)
        out.add("~", marks, href)
        return
    out.add(_STRUCK, marks, href)
    for _ in (n for n in node.walk() if n.type in ("softbreak", "hardbreak")):
        out.newline()  # a struck line break still ends a line of the source: the lines after keep their numbers
        out.add(_STRUCK, marks, href)


def _link(node: SyntaxTreeNode, out: _Lines, marks: frozenset[Mark], href: str | None) -> None:
    _walk_children(node, out, marks, str(node.attrs.get("href", "")) or None)


def _image(node: SyntaxTreeNode, out: _Lines, marks: frozenset[Mark], href: str | None) -> None:
    alt = "".join(c.content for c in node.children if c.type == "text").strip()
    if alt:
        out.add(alt, marks | {"image"}, href)


def _html(node: SyntaxTreeNode, out: _Lines, marks: frozenset[Mark], href: str | None) -> None:
    # ``<br>``, and each ``<li>`` of an HTML list typed into a table cell, start a line.
    if _BR_TAG.match(node.content.strip()) or _ITEM_TAG.match(node.content.strip()):
        out.newline(in_source=False)
    elif _glossing_script(node):
        # ``정점<sub>Vertex</sub>``: a word set low or high beside another is its gloss, read as
        # one in brackets (``정점(Vertex)``); unmarked it would glue on (``정점Vertex``).
        out.add(")" if node.content.strip().startswith("</") else "(", marks, href)
    elif not is_markup(node.content):
        out.add(node.content, marks, href)  # ``ec2-user@<public-ip>``: a placeholder, as typed


_SCRIPT_TAG = re.compile(r"^<(?P<close>/?)\s*(?:sub|sup)\s*>$", re.IGNORECASE)
_GLOSS_WORD = re.compile(r"[^\W\d_]+(?:[\s\-][^\W\d_]+)*")
"""A word or a few, letters only (``Vertex``, ``Time Quantum``, ``그래프``), not a number, an
exponent or a letter set as an index (``H<sub>2</sub>O``, ``2<sup>n-1</sup>``, ``x<sub>i</sub>``),
which reads as written."""
_WORD_BEFORE = re.compile(r"(?:[\uac00-\ud7a3]|[^\W\d_]{2,})$")
"""The word a gloss is set beside: Hangul (``쌍<sub>Pair</sub>``), or two Latin letters or more
(``T<sub>max</sub>``, ``n<sup>log n</sup>`` are a variable and its index or exponent)."""


def _glossing_script(node: SyntaxTreeNode) -> bool:
    """Whether the ``<sub>`` or ``<sup>`` tag (opening or closing) encloses one word or a few of
    two letters or more (:data:`_GLOSS_WORD`), written beside the word before it."""
    tag = _SCRIPT_TAG.match(node.content.strip())
    if tag is None:
        return False
    inner = node.previous_sibling if tag["close"] else node.next_sibling
    other = None if inner is None else (inner.previous_sibling if tag["close"] else inner.next_sibling)
    before = _before(node if not tag["close"] else other)
    if inner is None or other is None or inner.type != "text" or other.type != "html_inline":
        return False
    if _SCRIPT_TAG.match(other.content.strip()) is None or before is None:
        return False
    word = inner.content.strip()
    return (
        len(word) >= 2
        and _GLOSS_WORD.fullmatch(word) is not None
        and _WORD_BEFORE.search(_last_text(before).rstrip()) is not None
    )


def _before(node: SyntaxTreeNode | None) -> SyntaxTreeNode | None:
    """The node written before ``node``, past the empty text the emphasis rule leaves around bold."""
    before = node.previous_sibling if node is not None else None
    while before is not None and before.type == "text" and not before.content:
        before = before.previous_sibling
    return before


def _last_text(node: SyntaxTreeNode) -> str:
    """The text a node ends with: its own, or its last child's (``**최대 힙**<sub>…``: the bold word)."""
    while node.type != "text" and node.children:
        node = node.children[-1]
    return node.content if node.type == "text" else ""


_HANDLERS: Mapping[str, Handler] = MappingProxyType(
    {
        "text": _text,
        "code_inline": _code,
        "math_inline": _math,
        "math_inline_double": _math,
        "softbreak": _break,
        "hardbreak": _break,
        "strong": _strong,
        "em": _em,
        "link": _link,
        "s": _struck,
        "image": _image,
        "html_inline": _html,
    }
)


def without_markup(line: str) -> str:
    """A line markdown did not read (text inside raw HTML) without the markup a site generator,
    a quote or markdown itself would add: ``> {% include highlight.html text="…" %}`` → the text;
    ``- **규칙(RuleSet)**에 따라`` (a list written inside a ``<details>`` block) → ``규칙(RuleSet)에 따라``."""
    text = _QUOTE_MARKS.sub("", KRAMDOWN_ATTRIBUTES.sub("", _LIQUID_TEXT.sub(r"\g<text>", line))).strip()
    return _EMPHASIS_MARKS.sub("", LIST_MARK.sub("", text)).strip()


LIST_MARK = re.compile(r"^(?:[-*+]|\d{1,3}[.)])\s+")
_EMPHASIS_MARKS = re.compile(r"\*\*|__(?=\S)|(?<=\S)__")


def _footnote(match: re.Match[str]) -> str:
    return f"{match[1]}:" if match[2] and match.start() == 0 else ""


def _without_markup(text: str) -> str:
    """The text without the markup markdown-it leaves in text: site-generator tags, footnote and
    citation marks, highlights, stray bold marks."""
    text = KRAMDOWN_ATTRIBUTES.sub("", _LIQUID_TEXT.sub(r"\g<text>", _unstruck(text)))
    text = _REFERENCE_LINK.sub(r"\g<text>", _CITATIONS.sub("", _FOOTNOTE.sub(_footnote, text)))
    return _STRAY_STRONG.sub("", _HIGHLIGHT.sub(r"\1", text))


def _clean(line: list[Span]) -> tuple[Span, ...]:
    """Drop kramdown attribute lists and outer whitespace; merge what became adjacent."""
    spans = [Span(_without_markup(s.text), s.marks, s.href) if "code" not in s.marks else s for s in line]
    spans = [s for s in spans if s.text]
    if spans:
        first = spans[0].text.lstrip()
        if "code" not in spans[0].marks:
            first = _DEFINITION_MARK.sub("", first)
        spans[0] = Span(first, spans[0].marks, spans[0].href)
        spans[-1] = Span(spans[-1].text.rstrip(), spans[-1].marks, spans[-1].href)
    spans = [s for s in spans if s.text]
    if not any(s.text.strip() for s in spans):
        return ()
    return tuple(spans)
