"""Raw HTML in notes: only its visible text survives; what could run is dropped and reported.

Learners paste HTML from blogs (``<br>``, ``<font color>``, ``<div>``) and sometimes worse
(``<script>``, ``<iframe>``, ``onerror=``).  Nothing of it reaches a card or the cheat sheet as
markup: the emitters escape all text, and this module keeps only the text a reader would see.
"""

from __future__ import annotations

import re
from html.parser import HTMLParser

LIVE_HTML = re.compile(
    r"<\s*(script|iframe|object|embed|style|form|link|meta)\b|\bon[a-z]+\s*=|javascript:", re.IGNORECASE
)
"""Markup that would run or load something if it were ever shown as HTML."""


HTML_ELEMENTS = frozenset(
    """a abbr acronym address area article aside audio b base basefont bdi bdo big blink blockquote
    body br button canvas caption center cite code col colgroup data datalist dd del details dfn
    dialog dir div dl dt em embed fieldset figcaption figure font footer form frame frameset h1 h2
    h3 h4 h5 h6 head header hgroup hr html i iframe img input ins kbd label legend li link main map
    mark marquee math menu meta meter nav nobr noscript object ol optgroup option output p param
    picture pre progress q rp rt ruby s samp script search section select slot small source span
    strike strong style sub summary sup svg table tbody td template textarea tfoot th thead time
    title tr track tt u ul var video wbr""".split()
)
"""The elements of HTML, obsolete ones included (``<font>``, ``<center>``): a tag of another name in
notes is text the writer typed, a placeholder or a stereotype (``ssh ec2-user@<public-ip>``,
``<<include>>``, ``List<String>``), and stays as written."""

SPACING_LINE = re.compile(r"[ \t]*(?:(?:<\s*/?\s*(?:br|hr|wbr)\s*/?\s*>|&nbsp;)[ \t]*)+", re.IGNORECASE)
"""A line of spacing markup only (``<br>``, ``<br/>``, ``<hr>``, ``&nbsp;``): blog writers put one
between sections of a post.  A tag alone on a line opens an HTML block that, to CommonMark, runs
to the next blank line, and swallows the heading written right under it (``<br>`` then ``### 보안``);
the writer's site (Jekyll's kramdown) shows that heading as one.  The lines of such markup that
open a block are read as blank.

>>> [bool(SPACING_LINE.fullmatch(line)) for line in ("<br>", " <br/><br /> ", "<HR>", "<br>텍스트", "<div>")]
[True, True, True, False, False]
"""

_TAG_NAME = re.compile(r"^<\s*/?\s*([A-Za-z][A-Za-z0-9-]*)")


def is_markup(tag: str) -> bool:
    """Whether a raw inline tag is HTML markup (dropped, its text kept) rather than typed text.

    >>> [is_markup(t) for t in ("<br>", "</FONT>", "<!-- 메모 -->", "<public-ip>", "<String>", "<include>")]
    [True, True, True, False, False, False]
    """
    name = _TAG_NAME.match(tag)
    return name is None or name[1].casefold() in HTML_ELEMENTS


CELL_SEPARATOR = " | "
"""Between the cells of a row of an HTML table pasted from a blog, read as text."""


ITEM_MARK = "\ue000"
"""Opens the text of an item of an HTML ``<ul>`` in :func:`html_text` asked for ``items``."""
NUMBERED_MARK = "\ue001"
"""Opens the text of an item of an HTML ``<ol>`` in :func:`html_text` asked for ``items``."""


class _TextOfHtml(HTMLParser):
    _SKIP = frozenset({"script", "style", "iframe", "object", "embed", "template"})

    def __init__(self, *, items: bool = False) -> None:
        super().__init__(convert_charrefs=True)
        self.items = items
        self.lists: list[str] = []
        """The ``ul`` and ``ol`` elements open around the current text, innermost last."""
        self.parts: list[str] = []
        self.skipping = 0
        self.dropped: str | None = None
        self.cells = 0
        """Cells opened in the current table row: the next one is set apart from them."""

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in self._SKIP:
            self.skipping += 1
            self.dropped = self.dropped or tag
        elif tag in ("ul", "ol"):
            self.lists.append(tag)
        elif tag == "li" and self.items:
            # one mark a level: an item of a list inside an item is one level deeper
            mark = NUMBERED_MARK if self.lists[-1:] == ["ol"] else ITEM_MARK
            self.parts.append("\n" + mark * max(1, len(self.lists)))
        elif tag in ("br", "p", "div", "li", "tr"):
            self.parts.append("\n")
            self.cells = 0 if tag == "tr" else self.cells
        elif tag in ("td", "th"):
            if self.cells:
                self.parts.append(CELL_SEPARATOR)  # ``<td>필요</td><td>온프레미스</td>``: two cells, not one word
            self.cells += 1

    def handle_endtag(self, tag: str) -> None:
        if tag in self._SKIP and self.skipping:
            self.skipping -= 1
        elif tag in ("ul", "ol") and tag in self.lists:
            del self.lists[len(self.lists) - 1 - self.lists[::-1].index(tag) :]

    def handle_data(self, data: str) -> None:
        if not self.skipping:
            self.parts.append(data)


def html_text(html: str, *, items: bool = False) -> tuple[str, str | None]:
    r"""The visible text of raw HTML, and the first dangerous tag that was dropped, if any; with
    ``items``, the text of each list item opens a line with :data:`ITEM_MARK` or :data:`NUMBERED_MARK`,
    once for each level of lists it is inside.

    >>> html_text("<ol><li>원자성</li><li>일관성</li></ol>", items=True)[0].split("\n")
    ['', '\ue001원자성', '\ue001일관성']
    """
    parser = _TextOfHtml(items=items)
    parser.feed(html)
    parser.close()
    # A table written a cell per source line: the line breaks between cells are layout, and a
    # bullet typed at the start of a cell (``<td>- 설명</td>``) is no part of its text.
    text = _CELL_BREAK.sub(CELL_SEPARATOR, "".join(parser.parts))
    return _CELL_BULLET.sub(CELL_SEPARATOR, text), parser.dropped


_CELL_BREAK = re.compile(r"[ \t]*\n\s*" + re.escape(CELL_SEPARATOR.strip()) + r"[ \t]*")
_CELL_BULLET = re.compile(re.escape(CELL_SEPARATOR) + r"[-*•]\s+")
