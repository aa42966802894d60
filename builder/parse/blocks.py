"""markdown-it block tree → topic drafts: headings, and the raw facts written under each.

One read-only mapping dispatches each block type to its handler.  Facts keep their nesting
(``depth``/``parent``) and the list they belong to, which :mod:`builder.parse.items` needs to
re-attach bullets that authors meant as children of a numbered entry.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field, replace
from pathlib import Path
from types import MappingProxyType

from markdown_it.tree import SyntaxTreeNode

from builder.analyse.comparisons import describes, heads_a_table
from builder.analyse.phrases import has_predicate, only_names, runs_on
from builder.analyse.rules.question import asks_for_a_name, asks_outright
from builder.analyse.shapes import (
    ANY_ARROW,
    HASH_NUMBER,
    JAMO_BULLET,
    OPTION_LETTER,
    OWN_LINE,
    QUESTION_OPENER,
    without_pictographs,
)
from builder.analyse.words import (
    CONNECTIVES,
    COUNTED_NAME_WORDS,
    EXAMPLE_HEADINGS,
    FOLD_LABELS,
    REFERENCE_MARKERS,
    SECTION_LABELS,
    WRAPPED_PARTICLES,
)
from builder.errors import Problems
from builder.model import FactKind, Image, Span, spans_between, wholly_marked
from builder.parse.checks import check_inline
from builder.parse.images import ImageReader
from builder.parse.inline import LIST_MARK, formula_text, inline_lines, plain_text, without_markup
from builder.parse.long_lines import MAX_LINE_CHARS, line_parts
from builder.parse.rawhtml import ITEM_MARK, NUMBERED_MARK, html_text

# A line that starts one of these begins a statement of its own even inside a bullet.
_CALLOUT = re.compile(r"^\s*\[![\w-]+\][+-]?\s*")
_CALLOUT_TITLE = re.compile(r"^[\s>]*\[![\w-]+\][+-]?[ \t]+\S")
"""A callout's first line with a title on it (``> [!faq] 엣지로케이션``), read from the source."""
_HTML_HEADING = re.compile(r"<h(?P<level>[1-6])\b[^>]*>(?P<title>.*?)</h(?P=level)\s*>", re.IGNORECASE | re.DOTALL)
_PREFORMATTED = re.compile(r"<pre\b[^>]*>(?P<body>\s*<code\b.*?)</pre\s*>", re.IGNORECASE | re.DOTALL)
"""A block of code in notes written as HTML (``<pre><code class="language-bash">``): what a blog post
shows as code.  A ``<pre>`` without ``<code>`` is a box a learner writes notes in (``<pre>- 대부분의
필드는 …</pre>``), read as the notes it holds."""
_FOLDED = re.compile(r"<summary\b[^>]*>(?P<title>.*?)</summary\s*>|</details\s*>", re.IGNORECASE | re.DOTALL)
"""The summary of a folded block (``<details><summary>…</summary>``), or the block's end."""
_HEADING_NUMBER = re.compile(
    r"^\s*(?:\d+(?:\.\d+)*[.)]?|[IVX]+\.)\s++"
    rf"(?!(?:{'|'.join(sorted(COUNTED_NAME_WORDS))})s?(?![A-Za-z]))"
    r"(?!/\s+\d+\s*$)",
    re.IGNORECASE,
)
"""The number a heading is filed under (``1. 개요``, ``2.3 구조``, ``3) 정리``, ``ii. 합의``, ``2 rook-ceph``).  A bare
number before a word it counts is part of the name (``3 way handshake``, ``2 Phase Commit``:
:data:`~builder.analyse.words.COUNTED_NAME_WORDS`), and so is one before ``/ N``: ``17 / 65`` numbers
the 17th of 65 exam questions, nothing under a heading."""


@dataclass
class RawFact:
    spans: tuple[Span, ...]
    kind: FactKind
    line: int
    depth: int
    parent: int | None
    list_id: int | None = None
    number: int | None = None
    images: list[Image] = field(default_factory=list)
    flush_left: bool = False
    """A line of a list item written at the start of its line, not indented under the item: markdown
    reads it as the item's (a lazy continuation), but the writer may have set it over what follows."""


@dataclass
class TableDraft:
    line: int
    headers: list[str]
    rows: list[list[str]]
    facts: list[int]


@dataclass
class TopicDraft:
    title: str
    level: int
    line: int
    ancestors: tuple[str, ...]
    facts: list[RawFact] = field(default_factory=list)
    tables: list[TableDraft] = field(default_factory=list)
    images: list[Image] = field(default_factory=list)
    """Pictures on lines of their own at the heading's top level."""
    bold: bool = False
    """Opened by a bold line of its own (``**kube-scheduler**``) rather than by a heading."""


@dataclass(frozen=True)
class _Ctx:
    depth: int = 0
    parent: int | None = None
    quote: bool = False
    callout: bool = False
    """The paragraph opens a callout with its title: its other lines are under the title."""


class BlockWalker:
    """Walks one file's block tree, collecting topic drafts in order."""

    def __init__(
        self,
        path: str,
        source_lines: list[str],
        problems: Problems,
        base_dir: Path | None = None,
        images: ImageReader | None = None,
    ) -> None:
        self.path = path
        self.images = images or ImageReader(None, base_dir, path, path, problems)
        self.base_dir = base_dir
        self.source_lines = source_lines
        self.problems = problems
        self.drafts: list[TopicDraft] = []
        self.headings: list[tuple[int, str]] = []
        self.list_ids = 0
        self.first_h1: str | None = None
        self.summaries: list[int | None] = []
        """Levels of the ``<details><summary>`` topics open around the current line."""
        self.list_label: tuple[int, int] | None = None
        """(fact, line of the list) when a short line of its own labels the list below it."""

    # -- entry -------------------------------------------------------------------------
    def walk(self, root: SyntaxTreeNode) -> list[TopicDraft]:
        for node in root.children:
            self.block(node, _Ctx())
        return self.drafts

    def block(self, node: SyntaxTreeNode, ctx: _Ctx) -> None:
        handler = _HANDLERS.get(node.type)
        if handler is not None:
            handler(self, node, ctx)

    # -- helpers -----------------------------------------------------------------------
    @property
    def draft(self) -> TopicDraft:
        if not self.drafts:
            # Text before the first heading is kept (never lost) under the file's title.
            self.drafts.append(TopicDraft("", 0, 1, ()))
        return self.drafts[-1]

    def add(self, fact: RawFact) -> int:
        if self.draft.level == 0 and not self.draft.facts and len(self.drafts) == 1:
            self.problems.warn(self.path, fact.line, "notes before the first heading; kept under the file's title")
        if fact.parent is not None and fact.parent >= len(self.draft.facts):
            # A heading inside a list item (a setext underline ``-`` under an item's paragraph)
            # opened a new topic: the item it was written under belongs to the topic before.
            fact.parent, fact.depth = None, 0
        fact.spans = _without_jamo_bullet(fact.spans)
        if fact.kind != "table_row":  # ``| 암호화 | :white_check_mark: |``: in a cell the emoji is the value
            fact.spans = _without_emoji_codes(fact.spans)
        self.draft.facts.append(fact)
        index = len(self.draft.facts) - 1
        if fact.kind not in ("code", "table_row"):
            self._cut_if_too_long(fact)
        return index

    def _cut_if_too_long(self, fact: RawFact) -> None:
        """A line longer than :data:`MAX_LINE_CHARS`, just added, read as several facts
        (:mod:`builder.parse.long_lines`), with a warning."""
        text = _text(fact.spans)
        if len(text) <= MAX_LINE_CHARS:
            return
        parts = line_parts(text)
        self.problems.warn(
            self.path,
            fact.line,
            f"a line of {len(text):,} characters is read as {len(parts)} facts of at most {MAX_LINE_CHARS:,} "
            "(a card shows one); break it into lines to choose where",
        )
        # The first part stands where the line stood, numbered as it was; the others follow it
        # at its depth, as lines of prose (a step cut in three is one step, not three), and
        # each is read on its own: under the first part, its values would be read as shown.
        whole, fact.spans = fact.spans, spans_between(fact.spans, *parts[0])
        kind: FactKind = "paragraph" if fact.kind == "numbered" else fact.kind
        for start, end in parts[1:]:
            self.draft.facts.append(RawFact(spans_between(whole, start, end), kind, fact.line, fact.depth, fact.parent))

    def line_of(self, node: SyntaxTreeNode) -> int:
        return (node.map[0] if node.map else 0) + 1

    def check_inline(self, inline: SyntaxTreeNode, line: int) -> None:
        check_inline(inline, line, problems=self.problems, path=self.path, base_dir=self.base_dir)

    def take_images(self, inline: SyntaxTreeNode, line: int) -> dict[int, list[Image]]:
        """The inline node's pictures by line, taken out of it (see :mod:`builder.parse.images`)."""
        return self.images.take_images(inline, line)

    def attach(self, images: list[Image], ctx: _Ctx, fact: int | None = None) -> None:
        """Pictures on a line of their own belong to the fact just above them in the same block
        (``fact``), else to the entry they are written under, else to the topic."""
        if not images:
            return
        owner = fact if fact is not None else ctx.parent
        if owner is not None and owner >= len(self.draft.facts):
            owner = None  # the entry is in the topic before a heading written inside its list item
        if owner is not None and self.drafts:
            self.draft.facts[owner].images.extend(images)
        else:
            self.draft.images.extend(images)

    # -- handlers ----------------------------------------------------------------------
    def heading(self, node: SyntaxTreeNode, ctx: _Ctx) -> None:
        level = int(node.tag[1])
        summary = next((s for s in reversed(self.summaries) if s is not None), None)
        if summary is not None:
            level = max(level, summary + 1)  # a heading inside a folded block is under its summary
        pictures = (
            [i for found in self.take_images(node.children[0], self.line_of(node)).values() for i in found]
            if node.children
            else []
        )
        title = _HEADING_NUMBER.sub("", _without_symbols(plain_text(node.children[0]))) if node.children else ""
        line = self.line_of(node)
        if not title:
            self.problems.warn(self.path, line, "empty heading ignored")
            self.attach(pictures, ctx)
            return
        if ctx.quote:
            # ``> [!abstract] 구성`` / ``>- ### Origin``: a heading inside a quote or a callout is a
            # line of the box, set large; the notes after the box are not under it.
            self.add(RawFact((Span(title),), "quote", line, ctx.depth, ctx.parent, images=pictures))
            return
        self.open_topic(level, title, line, pictures)

    def open_topic(self, level: int, title: str, line: int, pictures: list[Image] | None = None) -> None:
        """A heading: a new topic under the nearest heading of a higher level."""
        if level == 1 and self.first_h1 is None:
            self.first_h1 = title
        while self.headings and self.headings[-1][0] >= level:
            self.headings.pop()
        ancestors = tuple(t for _, t in self.headings)
        self.headings.append((level, title))
        self.drafts.append(TopicDraft(title, level, line, ancestors, images=pictures or []))

    def paragraph(self, node: SyntaxTreeNode, ctx: _Ctx) -> None:
        first = self.line_of(node)
        self.check_inline(node.children[0], first)
        if not ctx.quote and self._pipe_rows(node, first, ctx):
            return
        if ctx.depth == 0 and ctx.parent is None and not ctx.quote and self._answers_the_question(node, first):
            return
        if ctx.depth == 0 and ctx.parent is None and not ctx.quote and self._bold_heading(node, first):
            return
        if ctx.depth == 0 and ctx.parent is None and not ctx.quote:
            self._close_bold_topic_at_a_question(node, first)
        pictures = self.take_images(node.children[0], first)
        last: int | None = None
        head: int | None = None  # the paragraph's last line written without a list marker
        kind: FactKind = "quote" if ctx.quote else "paragraph"
        for group in _sentences(inline_lines(node.children[0])):
            spans = _strip_callout(group.spans) if ctx.quote and group.first == 0 and group.spans else group.spans
            images = [picture for n in group.lines for picture in pictures.get(n, [])]
            if not spans:
                self.attach(images, ctx, last)
                continue
            if group.first > 0 and _bare_marker(spans):
                self.attach(images, ctx, last)
                continue
            if group.first == 0 and self._goes_on_from_the_heading(spans, ctx):
                # ``### 치환 암호`` then ``란 문자를 다른 문자로 바꾸는 암호이다``: the heading is the
                # sentence's first words
                spans = _merge([Span(self.draft.title), *spans])
            item = _without_bullet(spans) if group.first > 0 else spans
            if item is not spans and item and head is not None:
                # ``gp3: 최신 세대 볼륨`` then ``    - 기본 3,000 IOPS``: an indented item that markdown
                # read as the paragraph's next line is an item under the line above it.
                last = self.add(RawFact(item, kind, first + group.offset, ctx.depth + 1, head, images=images))
                continue
            source_line = self.source_lines[first + group.offset - 1]
            numbered = _ESCAPED_NUMBER.match(source_line) or _GLUED_NUMBER.match(source_line)
            numbered = numbered if kind == "paragraph" else None
            if numbered and _NUMBERED_TEXT.match(_text(spans)):
                # ``3\. 형상 관리``: numbering escaped so that markdown keeps it as written, and
                # ``2.git add 로 스테이징``: a number glued to its step, which markdown reads as text;
                # entries all the same, and the number is no part of what they say.
                number = int(numbered["number"])
                spans = _without_number(spans)
                last = self.add(
                    RawFact(spans, "numbered", first + group.offset, ctx.depth, ctx.parent, None, number, images)
                )
            else:
                last = self.add(RawFact(spans, kind, first + group.offset, ctx.depth, ctx.parent, images=images))
            if ctx.callout and group.first == 0 and self._added_a_title(last, first + group.offset):
                ctx = _Ctx(ctx.depth + 1, last, quote=True)  # the callout's title: its body is under it
            head = last
        if last is not None and ctx.depth == 0 and ctx.parent is None and not ctx.quote:
            list_line = self._labelled_list(node)
            if list_line is not None:
                self.list_label = (last, list_line)

    def _goes_on_from_the_heading(self, spans: tuple[Span, ...], ctx: _Ctx) -> bool:
        """Whether the first line under a heading opens with a particle of the heading's name
        (:func:`_continues_the_word`): the writer made the sentence's subject its heading."""
        if ctx.depth or ctx.parent is not None or ctx.quote or self.draft.facts or self.draft.level == 0:
            return False
        return _continues_the_word((Span(self.draft.title),), _text(spans))

    def _labelled_list(self, node: SyntaxTreeNode) -> int | None:
        """The line of the list a paragraph labels: a short line of its own that only names a thing,
        set apart by blank lines, with a list right after the blank (``Imperative``, a blank line,
        ``- kubectl create …``).  The list's items are about it, as under a parent item."""
        lines = [spans for _, spans in inline_lines(node.children[0]) if spans]
        if len(lines) != 1 or node.map is None:
            return None
        start, after = node.map
        following = next((n for n in range(after, len(self.source_lines)) if self.source_lines[n].strip()), None)
        if following is None or following == after or not LIST_MARK.match(self.source_lines[following].lstrip()):
            return None  # a list right under the line is one it leads into in its own words
        if start > 0 and self.source_lines[start - 1].strip():
            return None
        visible = [s for s in lines[0] if s.text.strip()]
        if not visible or any(mark in s.marks for s in visible for mark in ("image", "link", "code")):
            return None
        title = _text(lines[0]).strip()
        if len(title) > _LABEL_CHARS or title.endswith((",", "，")) or not only_names(title.rstrip(":：")):
            return None
        if title.casefold() in CONNECTIVES or not re.search(r"[^\W\d_]", title):
            return None
        if _RELATION_SIGNS.search(title) or ANY_ARROW.search(title) or QUESTION_OPENER.match(title):
            return None  # ``ACID = 원자성, …``, ``SYN → ACK``, ``Q. …``: a fact or a question, not a label
        return following + 1

    def _answers_the_question(self, node: SyntaxTreeNode, line: int) -> bool:
        """A short paragraph of one line right after a paragraph that asks outright, or after such
        a line under it, is written under the question (``**1. … 자료 구조는 무엇인가?**`` then
        ``**큐(Queue)**`` then ``**FIFO 구조**``: flash cards written as paragraphs): the first is
        its answer, the next what the author adds; neither heads the lines after it.  Adds it so."""
        facts = self.draft.facts
        if not facts:
            return False
        last = facts[-1].parent
        question = len(facts) - 1 if last is None else last  # the question, or its answer above
        asked = facts[question]
        # A paragraph (numbered as it is written, ``**10. …**``), not an item of a list of questions.
        paragraph = asked.kind == "paragraph" or (asked.kind == "numbered" and asked.list_id is None)
        if asked.depth != 0 or not paragraph or not asks_for_a_name(_text(asked.spans)):
            return False  # ``… 왜 필요할까?``: a question answered in prose, whose lines stay as they are
        answers = len(facts) - 1 - question
        if answers > 1 or any(f.parent != question for f in facts[question + 1 :]):
            return False  # the answer and one line after it, no more
        lines = [spans for _, spans in inline_lines(node.children[0]) if spans]
        if len(lines) != 1 or asks_outright(_text(lines[0])) or OPTION_LETTER.match(_text(lines[0])):
            return False  # a paragraph of its own, the next question, or an option (``(A). …``)
        text = _text(lines[0]).strip()
        if len(text) > (_BOLD_HEADING_CHARS if not answers else _ANSWER_NOTE_CHARS):
            return False
        if not answers and has_predicate(text):
            return False  # ``프로세스는 실행 중인 프로그램이다.``: the answer in prose, read as a statement
        pictures = self.take_images(node.children[0], line)
        images = [picture for found in pictures.values() for picture in found]
        self.add(RawFact(lines[0], "paragraph", line, 1, question, images=images))
        return True

    def _bold_heading(self, node: SyntaxTreeNode, line: int) -> bool:
        """A short bold line of its own with no predicate, set apart by a blank line
        (``**kube-scheduler**`` above its lines) or over a quote that describes it
        (``**c. 그림자 페이지 기법**`` then ``> 원본은 두고 복사본을 수정``), is a sub-heading as its
        author writes one: the lines after it, to the next such line or heading, are about it.
        Opens that topic and says so."""
        lines = [spans for _, spans in inline_lines(node.children[0]) if spans]
        if len(lines) != 1 or not self.drafts or node.map is None:
            return False
        after = node.map[1]
        if not self._over_its_lines(after) and not self._next_aspect_of_the_heading(lines[0]):
            return False  # ``**Cold Line**`` with its list right under it labels that list
        if self._quote_at(after) and _labels_only(lines[0]):
            return False  # ``**예시**`` over ``> …``: the quote's label, not a thing its lines are about
        return self._open_bold_topic(lines[0], line)

    def _next_aspect_of_the_heading(self, spans: tuple[Span, ...]) -> bool:
        """Whether a bold label (``**단점**``) over its list goes on the heading above the bold
        sub-heading it follows: under ``### ABAC`` the writer set ``**동작 방식**``, ``**XACML 표준**``,
        ``**장점**``, ``**단점**`` alike, and ``동작 방식`` was already an aspect of ABAC, so 장점 and
        단점 are ABAC's too, not XACML's."""
        current = self.drafts[-1] if self.drafts else None
        if current is None or not current.bold or not _labels_only(spans):
            return False
        return any(
            draft.bold
            and draft.level == current.level
            and draft.ancestors == current.ancestors
            and _an_aspect(draft.title)
            for draft in self.drafts[:-1]
        )

    def _close_bold_topic_at_a_question(self, node: SyntaxTreeNode, line: int) -> None:
        """A question of its own after a bold sub-heading (``**3. 자**`` cut short, then ``**EIGRP**``
        read as a sub-heading, then ``**4. … 프로토콜은 무엇인가?**``) starts the next flash card of
        the heading above, not a line about that sub-heading: the heading's topic goes on."""
        if not self.drafts or not self.drafts[-1].bold:
            return
        lines = [spans for _, spans in inline_lines(node.children[0]) if spans]
        if len(lines) != 1 or not asks_for_a_name(_text(lines[0])):
            return
        if not wholly_marked(lines[0], "strong"):
            return  # ``OSPF가 쓰는 알고리즘은 무엇인가?`` in plain text: the writer asks about the sub-heading
        if len(self.headings) < 2:
            self.headings.clear()
            self.drafts.append(TopicDraft("", 0, line, ()))  # the page's own lines, before any heading
            return
        level, title = self.headings[-2]
        self.open_topic(level, title, line)

    def _over_its_lines(self, after: int) -> bool:
        """Whether the source line ``after`` (0-based) is blank, or opens a quote: a bold line over
        it heads what follows."""
        return after >= len(self.source_lines) or not self.source_lines[after].strip() or self._quote_at(after)

    def _quote_at(self, line: int) -> bool:
        """Whether the source line ``line`` (0-based) opens a quote."""
        return line < len(self.source_lines) and self.source_lines[line].lstrip().startswith(">")

    def _open_bold_topic(self, spans: tuple[Span, ...], line: int) -> bool:
        """Opens a topic titled by a short bold line that only names a thing; False for any other line."""
        title = _text(spans).strip().rstrip(":：").strip()
        if not wholly_marked(spans, "strong") or any("image" in s.marks for s in spans if s.text.strip()):
            return False
        if not title or len(title) > _BOLD_HEADING_CHARS or not only_names(title):
            return False
        current = self.drafts[-1]
        # Numbered and marked as a heading is (``**(3) 기하분포**`` as ``### (3) 기하분포``).
        title = _HEADING_NUMBER.sub("", _without_symbols(title)) or title
        first_h1 = self.first_h1
        opens_the_page = len(self.drafts) == 1 and current.level == 0 and not current.facts
        self.open_topic(current.level if current.bold else current.level + 1, title, line)
        if not opens_the_page:
            self.first_h1 = first_h1  # a bold line later on heads the lines after it, not the page
        self.drafts[-1].bold = True
        return True

    def list(self, node: SyntaxTreeNode, ctx: _Ctx) -> None:
        label, self.list_label = self.list_label, None
        if ctx == _Ctx() and self._bold_item_over_a_quote(node):
            return
        if label is not None and ctx == _Ctx() and self.line_of(node) == label[1] and label[0] < len(self.draft.facts):
            ctx = _Ctx(depth=1, parent=label[0])  # ``Imperative`` over its list: the items' parent
        ordered = node.type == "ordered_list"
        start = int(node.attrs.get("start", 1)) if ordered else 0
        list_id = self._resumed_list(start, ctx) if ordered else None
        if list_id is None:
            self.list_ids += 1
            list_id = self.list_ids
        for n, item in enumerate(node.children):
            self.list_item(item, ctx, list_id, start + n if ordered else None)

    def _bold_item_over_a_quote(self, node: SyntaxTreeNode) -> bool:
        """A list of one bold item right over a quote (``- **명세 기반 기법**`` then ``> 기능을 기준으로
        시험``) heads the quote as a bold line does: opens that topic and says so."""
        if len(node.children) != 1 or node.map is None or not self.drafts:
            return False
        item = node.children[0].children
        if len(item) != 1 or item[0].type != "paragraph":
            return False
        after = node.map[1]
        if not self._quote_at(after):
            return False
        lines = [spans for _, spans in inline_lines(item[0].children[0]) if spans]
        return len(lines) == 1 and not _labels_only(lines[0]) and self._open_bold_topic(lines[0], self.line_of(node))

    def _resumed_list(self, start: int, ctx: _Ctx) -> int | None:
        """A list numbered ``n+1`` after another block resumes the list that ended at ``n``."""
        if start <= 1 or not self.drafts:
            return None
        for fact in reversed(self.draft.facts):
            if fact.kind == "numbered" and fact.parent == ctx.parent and fact.depth == ctx.depth:
                return fact.list_id if fact.number == start - 1 else None
        return None

    def list_item(self, item: SyntaxTreeNode, ctx: _Ctx, list_id: int, number: int | None) -> None:
        head: int | None = None
        inner = ctx
        for child in item.children:
            if child.type == "paragraph" and head is None:
                head = self._item_head(child, ctx, list_id, number)
                if head is not None:
                    inner = _Ctx(ctx.depth + 1, head, ctx.quote)
            else:
                self.block(child, inner)

    def _item_head(self, para: SyntaxTreeNode, ctx: _Ctx, list_id: int, number: int | None) -> int | None:
        """The item's first paragraph is its fact; its other lines finish its sentence when it
        stops mid-sentence (prose wrapped by hand), and otherwise are statements of their own
        under it (``=> …``, ``Ex) …``, ``EC2 : …`` on a line of its own)."""
        first = self.line_of(para)
        self.check_inline(para.children[0], first)
        pictures = self.take_images(para.children[0], first)
        groups: list[tuple[int, list[Span], list[Image]]] = []
        pending: list[Image] = []  # pictures above the item's first words belong to it
        for n, (offset, spans) in enumerate(inline_lines(para.children[0])):
            pending.extend(pictures.get(n, []))
            if not spans or (n > 0 and _bare_marker(spans)):
                if groups:
                    groups[-1][2].extend(pending)
                    pending = []
                continue
            text = "".join(s.text for s in spans)
            if groups and _finishes(tuple(groups[-1][1]), text):
                groups[-1][1].extend((Span(" "), *spans))
                groups[-1][2].extend(pending)
            else:
                groups.append((first + offset, list(spans), pending))
            pending = []
        if not groups:
            self.attach(pending, ctx)
            return None
        kind: FactKind = "numbered" if number is not None else "bullet"
        head_line, head_spans, head_images = groups[0]
        head = self.add(
            RawFact(_merge(head_spans), kind, head_line, ctx.depth, ctx.parent, list_id, number, images=head_images)
        )
        for own_line, own_spans, own_images in groups[1:]:
            flush = own_line - 1 < len(self.source_lines) and self.source_lines[own_line - 1][:1] not in ("", " ", "\t")
            self.add(
                RawFact(
                    _merge(own_spans), "paragraph", own_line, ctx.depth + 1, head, images=own_images, flush_left=flush
                )
            )
        return head

    def blockquote(self, node: SyntaxTreeNode, ctx: _Ctx) -> None:
        outer = inner = _Ctx(ctx.depth, ctx.parent, quote=True)
        children = list(node.children)
        if children and children[0].type == "paragraph" and self._titles_a_callout(children[0]):
            # ``> [!faq] 엣지로케이션`` / ``> 서비스를 지원하는 지리적 지점``: Obsidian's callout title is
            # what its body is about, as a bullet is to the bullets under it.
            first = children.pop(0)
            title = len(self.draft.facts)
            self.paragraph(first, _Ctx(ctx.depth, ctx.parent, quote=True, callout=True))
            if self._added_a_title(title, self.line_of(first)):
                outer = inner = _Ctx(ctx.depth + 1, title, quote=True)
        for child in children:
            heading = len(self.draft.facts)
            self.block(child, outer if child.type == "heading" else inner)
            if child.type == "heading" and heading < len(self.draft.facts):
                # ``> ### 장점`` / ``> 요청 100만 건까지 무료``: the lines after it in the box are under it
                inner = _Ctx(outer.depth + 1, heading, quote=True)

    def _added_a_title(self, index: int, line: int) -> bool:
        """Whether the fact at ``index`` was added from ``line`` and says something: a callout
        titled by a picture or an emoji alone (``> [!tip] :bulb:``) has no title to stand over it."""
        if index >= len(self.draft.facts) or self.draft.facts[index].line != line:
            return False
        title = _EMOJI_SHORTCODES.sub("", _text(self.draft.facts[index].spans))
        return any(c.isalnum() for c in title)

    def _titles_a_callout(self, paragraph: SyntaxTreeNode) -> bool:
        """Whether the paragraph opens with a callout marker and a title after it on its line."""
        line = self.source_lines[self.line_of(paragraph) - 1]
        return _CALLOUT_TITLE.match(line) is not None

    def code(self, node: SyntaxTreeNode, ctx: _Ctx) -> None:
        line = self.line_of(node)
        if node.type == "fence" and node.map and node.map[1] >= len(self.source_lines) - 1:
            closing = self.source_lines[-1].strip() if self.source_lines else ""
            if not closing.startswith(node.markup) or node.map[1] - node.map[0] < 2:
                self.problems.warn(self.path, line, "code fence is never closed; it runs to the end of the file")
        text = formula_text(node.content.strip()) if node.type == "math_block" else node.content.rstrip("\n")
        if text.strip():
            self.add(RawFact((Span(text, frozenset({"code"})),), "code", line, ctx.depth, ctx.parent))

    def html(self, node: SyntaxTreeNode, ctx: _Ctx) -> None:
        line = self.line_of(node)
        content = node.content
        if ctx.parent is None and not ctx.quote and _FOLDED.search(content):
            content = self._folded(content, line)
            if not content.strip():
                return
        headed = _HTML_HEADING.search(content) if ctx.parent is None and not ctx.quote else None
        if headed:
            # Notes written as HTML: ``<h3>…</h3>`` is a heading, and what follows it its notes.
            before, after = content[: headed.start()], content[headed.end() :]
            if before.strip():
                self._html_text(before, line, line, ctx)
            heading_line = line + content.count("\n", 0, headed.start())
            title = _HEADING_NUMBER.sub("", _without_symbols(html_text(headed["title"])[0].replace("\n", " ")))
            if title.strip():
                self.open_topic(int(headed["level"]), title.strip(), heading_line)
            if after.strip():
                self._html_rest(after, heading_line + headed.group().count("\n"), node, ctx)
            return
        last = node.map[1] if node.map else line
        pictures = self.images.html(content, line)
        self.attach(pictures, ctx, self._html_text(content, line, last, ctx))

    def _folded(self, content: str, line: int) -> str:
        """``<details><summary>방화벽</summary>`` … ``</details>``: a folded block whose summary
        names what the lines inside are about, so it opens a topic one level under the heading
        it is written in (headings inside it go under it), and its end closes that topic.  The
        content without those summaries and the closing tags is returned for the usual reading."""
        kept: list[str] = []
        at = 0
        for found in _FOLDED.finditer(content):
            kept.append(content[at : found.start()])
            at = found.end()
            if found["title"] is None:
                level = self.summaries.pop() if self.summaries else None
                while level is not None and self.headings and self.headings[-1][0] >= level:
                    self.headings.pop()
                continue
            title = _without_symbols(html_text(found["title"])[0].replace("\n", " ")).strip()
            if _HTML_HEADING.search(found["title"]) or not title or title.casefold() in FOLD_LABELS:
                # ``<summary><h3>…</h3></summary>`` is read as that heading; ``정답 확인`` names no topic,
                # and stays the label the answer under it is attached to.
                self.summaries.append(None)
                kept.append(found.group())
                continue
            level = (self.headings[-1][0] if self.headings else 0) + 1
            self.summaries.append(level)
            self.open_topic(level, title, line + content.count("\n", 0, found.start()))
            kept.append("\n" * found.group().count("\n"))  # every line keeps its number
        kept.append(content[at:])
        return "".join(kept)

    def _html_rest(self, rest: str, line: int, node: SyntaxTreeNode, ctx: _Ctx) -> None:
        """The HTML after a heading: more headings, or text that is its notes."""
        headed = _HTML_HEADING.search(rest)
        if headed is None:
            self._html_text(rest, line, (node.map[1] if node.map else line), ctx)
            return
        if rest[: headed.start()].strip():
            self._html_text(rest[: headed.start()], line, line + rest.count("\n", 0, headed.start()), ctx)
        heading_line = line + rest.count("\n", 0, headed.start())
        title = _HEADING_NUMBER.sub("", _without_symbols(html_text(headed["title"])[0].replace("\n", " ")))
        if title.strip():
            self.open_topic(int(headed["level"]), title.strip(), heading_line)
        after = rest[headed.end() :]
        if after.strip():
            self._html_rest(after, heading_line + headed.group().count("\n"), node, ctx)

    def _html_text(self, content: str, line: int, last: int, ctx: _Ctx) -> int | None:
        """Adds the lines of notes written as HTML, and returns the index of the first.  What a
        ``<pre><code>`` holds is the code block a blog post shows (a command and what it printed),
        kept as code: ``speaker-7h5dg 1/1 Running 0 81s`` is no line of notes."""
        _, dropped = html_text(content)
        if dropped:
            self.problems.warn(self.path, line, f"removed raw HTML <{dropped}>; it is never run or shown")
        first: int | None = None
        at = 0
        for block in (*_PREFORMATTED.finditer(content), None):
            prose = content[at : block.start() if block else len(content)]
            prose_line = line + content.count("\n", 0, at)
            # ``<ol><li>원자성(Atomicity) …</li><li>…</li></ol>``: a run of items is one list, as markdown's;
            # an item of a list inside an item is that item's: (list id, last item, count) a level
            levels: list[list[int]] = []
            for offset, text_line, kind, level in _html_lines(html_text(prose, items=True)[0]):
                parent, depth, list_id, counted = ctx.parent, ctx.depth, None, None
                if kind == "paragraph":
                    levels.clear()
                else:
                    del levels[level:]
                    while len(levels) < level:
                        self.list_ids += 1
                        levels.append([self.list_ids, -1, 0])
                    if level >= 2 and levels[level - 2][1] >= 0:
                        parent, depth = levels[level - 2][1], ctx.depth + level - 1
                    levels[level - 1][2] += 1
                    list_id = levels[level - 1][0]
                    counted = levels[level - 1][2] if kind == "numbered" else None
                at_line = min(prose_line + offset, last)
                fact = RawFact((Span(text_line),), kind, at_line, depth, parent, list_id, counted)
                index = self.add(fact)
                if levels:
                    levels[-1][1] = index
                first = index if first is None else first
            if block is None:
                break
            code = html_text(block["body"])[0].strip("\n")
            if code.strip():
                at_line = min(line + content.count("\n", 0, block.start()), last)
                index = self.add(RawFact((Span(code, frozenset({"code"})),), "code", at_line, ctx.depth, ctx.parent))
                first = index if first is None else first
            at = block.end()
        return first

    def _pipe_rows(self, node: SyntaxTreeNode, first: int, ctx: _Ctx) -> bool:
        """A paragraph whose every line is a row of cells between pipes (``| 용도 | 파일 | 소켓 |``),
        three lines or more of as many cells, is a table written without its delimiter row
        (``|---|---|``), which markdown then reads as text: read as the table its author meant,
        its first line the headers.  Adds it so."""
        lines = [(offset, spans) for offset, spans in inline_lines(node.children[0]) if spans]
        texts = [_text(spans).strip() for _, spans in lines]
        if len(lines) < MIN_PIPE_ROWS or not all(len(t) > 2 and t[0] == t[-1] == "|" for t in texts):
            return False
        cells = [_pipe_cells(spans) for _, spans in lines]
        if len({len(row) for row in cells}) != 1 or len(cells[0]) < 2:
            return False
        if any("image" in s.marks for _, spans in lines for s in spans) or not heads_a_table(_text(cells[0][0])):
            return False  # pictures in the cells, or no header line: left as the lines they are
        headers = cells[0]
        table = TableDraft(first, [_text(h) for h in headers], [], [])
        for (offset, _), row in zip(lines[1:], cells[1:], strict=True):
            if not any(row):
                continue  # ``| | |``: an empty row
            index = self.add(RawFact(_row_spans(headers, row), "table_row", first + offset, ctx.depth, ctx.parent))
            table.rows.append([_text(cell) for cell in row])
            table.facts.append(index)
        self.draft.tables.append(table)
        return True

    def table(self, node: SyntaxTreeNode, ctx: _Ctx) -> None:
        rows = [tr for part in node.children for tr in part.children]
        if not rows:
            return
        pictures = [
            [
                i
                for td in tr.children
                if td.children
                for f in self.take_images(td.children[0], self.line_of(tr)).values()
                for i in f
            ]
            for tr in rows
        ]
        self.attach(pictures[0], ctx)
        cells = [
            [
                [_without_bullet(spans) for _, spans in inline_lines(td.children[0])] if td.children else []
                for td in tr.children
            ]
            for tr in rows
        ]
        cells = _without_placeholder_columns(cells)
        headers = [() if _placeholder(c) else _one_line(c) for c in cells[0]]
        if not any(_text(h).strip() for h in headers) and len(rows) > 2 and _heads_columns(cells[1]):
            # ``||||`` over ``|---|---|`` then ``| IPC 종류 | PIPE | Socket |``: headers left empty (as
            # some editors export a table), and the first row holds them.
            rows, cells, pictures = rows[1:], cells[1:], pictures[1:]
            self.attach(pictures[0], ctx)
            headers = [_one_line(c) for c in cells[0]]
        table = TableDraft(self.line_of(node), [_text(h) for h in headers], [], [])
        for tr in rows:
            for td in tr.children:
                if td.children:
                    self.check_inline(td.children[0], self.line_of(tr) if tr.map else table.line)
        for tr, row, row_images in zip(rows[1:], cells[1:], pictures[1:], strict=True):
            row_spans = [_one_line(c) for c in row]
            if not any(row_spans):
                self.attach(row_images, ctx)
                continue
            index = self.add(
                RawFact(
                    _row_spans(headers, row_spans),
                    "table_row",
                    self.line_of(tr),
                    ctx.depth,
                    ctx.parent,
                    images=row_images,
                )
            )
            table.rows.append([_text(s) for s in row_spans])
            table.facts.append(index)
        self.draft.tables.append(table)


_HANDLERS: Mapping[str, Callable[[BlockWalker, SyntaxTreeNode, _Ctx], None]] = MappingProxyType(
    {
        "heading": BlockWalker.heading,
        "paragraph": BlockWalker.paragraph,
        "bullet_list": BlockWalker.list,
        "ordered_list": BlockWalker.list,
        "blockquote": BlockWalker.blockquote,
        "fence": BlockWalker.code,
        "code_block": BlockWalker.code,
        "math_block": BlockWalker.code,  # ``$$ … $$``: a formula on lines of its own, shown as written
        "html_block": BlockWalker.html,
        "table": BlockWalker.table,
    }
)


_EMOJI_CODE = r":[a-z][a-z0-9_+-]*:"
_EMOJI_SHORTCODES = re.compile(rf"(?<![\w:])(?:{_EMOJI_CODE})+(?![\w:])")
"""Emoji written as GitHub's shortcodes (``:star:``, ``:white_check_mark:``), one or several in a
row; ``arn:aws:iam`` and ``rwx:rwx`` are words joined by colons, not codes."""
_LEADING_EMOJI_CODES = re.compile(rf"^\s*(?:{_EMOJI_CODE}(?![\w:])\s*)+")
_TRAILING_EMOJI_CODES = re.compile(rf"(?:\s*(?<![\w:]){_EMOJI_CODE})+\s*$")


_IMPORTANCE_STARS = re.compile(r"\s+\*{1,5}\s*$")
"""Asterisks that end a heading after a space (``데드락에 대해 설명해주세요 *****``): the writer's
mark of importance, as ``★★★`` is."""


def _labels_only(spans: tuple[Span, ...]) -> bool:
    """Whether a bold line is a label of a section, a reference or an example (``**예시**``,
    ``**참고**``), not the name of a thing."""
    text = _text(spans).strip().strip(":：").strip().casefold()
    return text in SECTION_LABELS or text in REFERENCE_MARKERS or text in EXAMPLE_HEADINGS


def _an_aspect(title: str) -> bool:
    """Whether a title names an aspect of its heading's subject (``동작 방식``, ``핵심 구성요소``).

    >>> _an_aspect("동작 방식"), _an_aspect("핵심 구성요소"), _an_aspect("XACML 표준")
    (True, True, False)
    """
    words = title.casefold().split()
    return bool(words) and (" ".join(words) in SECTION_LABELS or words[-1] in SECTION_LABELS)


def _without_symbols(title: str) -> str:
    """A heading without emoji and pictographs (``🔬 세포`` → ``세포``): they are decoration,
    not part of a subject's name that a card could ask for."""
    title = re.sub("[0-9#*]\ufe0f?\u20e3", "", title)  # keycaps (1️⃣) number nothing a card asks
    title = _EMOJI_SHORTCODES.sub("", title)  # ``(:star::star:)``: GitHub's emoji written as their codes
    title = _IMPORTANCE_STARS.sub("", title)  # ``… 설명해주세요 *****``: how important, not a name
    kept = without_pictographs(title)
    kept = re.sub(r"\s*[(（\[]\s*[)）\]]", "", kept)  # ``비교 (⭐)``: the brackets held only the mark
    # A leading bullet sign (``＠ chmod``, ``※ 참고``, ``▶ 개요``, a ``#`` typed again inside the bold
    # of ``# **# 생성 패턴**``) marks the heading, it is not its name,
    # nor is an outline number (``2-1. RDS``, ``Ⅲ. 보안``, ``(2) 설계``).
    spaced = " ".join(kept.split())
    if HASH_NUMBER.fullmatch(spaced):
        return spaced  # ``### #7``, ``<h3>#8,9</h3>``: an exam question's number, read as such by the analyser
    signed = JAMO_BULLET.sub("", spaced.lstrip("＠@※▶►■□●○◆◇★☆•·-–—>#\uff03 "), count=1).strip()
    return _OUTLINE_NUMBER.sub("", signed, count=1).strip() or signed


_OUTLINE_NUMBER = re.compile(
    r"^(?:\d{1,3}(?:[-.]\d{1,3})*[.)]|\(\d{1,3}\)|[IVX]{1,4}\.|[\u2160-\u217f]{1,4}\.?|[\u2460-\u2473]"
    r"|[A-Za-z](?:\.|\))(?!\s+[A-Za-z]\.)|[가나다라마바사아자차카타파하][.)])\s+(?=\S)"
)
"""``2-1.``, ``3)``, ``(2)``, ``IV.``, ``Ⅲ.``, ``①``, ``B.``, ``c)``, ``나.`` before a heading's name."""


@dataclass
class _Sentence:
    """Lines of a paragraph read as one fact: a line and the lines that finish its sentence."""

    first: int
    """Index of its first line in the paragraph."""
    offset: int
    """Source line offset of its first line."""
    spans: tuple[Span, ...]
    lines: list[int]


def _sentences(lines: list[tuple[int, tuple[Span, ...]]]) -> list[_Sentence]:
    """Each line of a paragraph is a fact of its own, except that a line stopping mid-sentence
    (``…이며,``, ``…요청이``: :func:`builder.analyse.phrases.runs_on`) is joined by the next one,
    and a line opening with a particle (``란 평문을 …``: :func:`_continues_the_word`) is glued to
    the noun that ends the line above: prose wrapped by hand is one statement, not two halves."""
    found: list[_Sentence] = []
    for n, (offset, spans) in enumerate(lines):
        text = "".join(s.text for s in spans)
        previous = found[-1] if found else None
        # ``<b>블록 암호</b><br>`` then ``란 …``: the break left an empty line between noun and particle
        said = next((group for group in reversed(found) if group.spans), None)
        if said and spans and _continues_the_word(said.spans, text):
            said.spans = _merge([*said.spans, *spans])
            said.lines.append(n)
        elif previous and spans and previous.spans and _finishes(previous.spans, text):
            previous.spans = _merge([*previous.spans, Span(" "), *spans])
            previous.lines.append(n)
        else:
            found.append(_Sentence(n, offset, spans, [n]))
    return found


def _html_lines(text: str) -> list[tuple[int, str, FactKind, int]]:
    r"""The lines of notes written as HTML, as (offset, text, kind, level), without markup and empty
    lines; a line opening with a particle (``<b>블록 암호</b><br>`` then ``란 …``) is glued to the one
    above.  An item of an HTML list (its :data:`~builder.parse.rawhtml.ITEM_MARK`, once a level; its
    text may come on a line of its own, as in ``<li><p>…</p></li>``) or a line typed as a markdown item
    inside the HTML (``- 규칙에 따라``, ``1. 원자성``) is a list item; every other line a paragraph (level 0).

    >>> _html_lines("블록 암호\n란 평문을 블록으로 나눈다.\n\n대표적으로 AES가 있다.")
    [(0, '블록 암호란 평문을 블록으로 나눈다.', 'paragraph', 0), (3, '대표적으로 AES가 있다.', 'paragraph', 0)]
    >>> _html_lines("\ue001원자성(Atomicity) 모두 반영\n\ue000\ue000암호화\n\ue000\n무결성\n- 규칙에 따라 처리")
    ... # doctest: +NORMALIZE_WHITESPACE
    [(0, '원자성(Atomicity) 모두 반영', 'numbered', 1), (1, '암호화', 'bullet', 2), (3, '무결성', 'bullet', 1),
     (4, '규칙에 따라 처리', 'bullet', 1)]
    """
    lines: list[tuple[int, str, FactKind, int]] = []
    pending: tuple[FactKind, int] | None = None
    for offset, raw_line in enumerate(text.split("\n")):
        kind: FactKind = "paragraph"
        level = len(raw_line) - len(raw_line.lstrip(ITEM_MARK + NUMBERED_MARK))
        if level:
            kind = "numbered" if raw_line[level - 1] == NUMBERED_MARK else "bullet"
            raw_line = raw_line[level:]
        elif typed := LIST_MARK.match(raw_line.strip()):
            kind, level = ("numbered" if typed.group()[0].isdigit() else "bullet"), 1
        elif pending is not None and raw_line.strip():
            kind, level = pending  # ``<li>`` then ``<p>…</p>``: the item's text, a line down
        text_line = without_markup(raw_line)
        if level and not text_line:
            pending = (kind, level)
        elif text_line:
            pending = None
        if lines and text_line and _continues_the_word((Span(lines[-1][1]),), text_line):
            lines[-1] = (lines[-1][0], lines[-1][1] + text_line, lines[-1][2], lines[-1][3])
        elif text_line:
            lines.append((offset, text_line, kind, level))
    return lines


def _continues_the_word(previous: tuple[Span, ...], text: str) -> bool:
    """Whether a line opens with a particle of :data:`~builder.analyse.words.WRAPPED_PARTICLES`, a
    word of its own, right after a line that ends in a word (``**스트림 암호**`` then ``란 평문을 …``):
    the writer broke the line between a noun and its particle.

    >>> _continues_the_word((Span("스트림 암호"),), "란 평문을 비트 단위로 암호화하는 방식이다.")
    True
    >>> _continues_the_word((Span("안전 순서(safe sequence)"),), "를 구하고, 아니라면 기다린다")
    True
    >>> _continues_the_word((Span("요청을 처리한다."),), "를 통해 응답한다")
    False
    >>> _continues_the_word((Span("방식"),), "이 방식은 느리다")
    False
    """
    first = text.lstrip().split(" ", 1)[0].rstrip(",")
    last = _text(previous).rstrip()[-1:]
    if not last or not (last.isalnum() or last in ")]）"):
        return False
    # ``다음글인 [실습 01](…)`` then ``로 이어집니다``: a link the writer points to, which stays a link
    linked = [span for span in previous if span.text.strip()][-1].href is not None
    return first in WRAPPED_PARTICLES and not linked


def _finishes(previous: tuple[Span, ...], text: str) -> bool:
    """Whether a line finishes the sentence of the line before it, in a paragraph or a list item:
    that line stops mid-sentence (:func:`builder.analyse.phrases.runs_on`) and this one opens no
    statement of its own (``=> …``, ``Ex) …``)."""
    return not OWN_LINE.match(text) and runs_on(_text(previous))


def _merge(spans: list[Span]) -> tuple[Span, ...]:
    merged: list[Span] = []
    for span in spans:
        if merged and merged[-1].marks == span.marks and merged[-1].href == span.href:
            merged[-1] = Span(merged[-1].text + span.text, span.marks, span.href)
        else:
            merged.append(span)
    return tuple(merged)


_CELL_BULLET = re.compile(r"^\s*[-*•·]\s+")
_BARE_MARKER = re.compile(r"^\s*[-*+•]\s*$")


def _bare_marker(line: tuple[Span, ...]) -> bool:
    """Whether a paragraph's next line is a list marker with nothing after it: ``* /:`` then
    ``    *`` on a line of its own, an empty item, which cannot interrupt a paragraph, so markdown
    leaves the marker as the line after it. It says nothing (a table cell's ``-`` is not read here).

    >>> _bare_marker((Span("*"),)), _bare_marker((Span("* 참고"),)), _bare_marker((Span("*", frozenset({"code"})),))
    (True, False, False)
    """
    return "code" not in line[0].marks and bool(_BARE_MARKER.match(_text(line)))


_ESCAPED_NUMBER = re.compile(r"^\s{0,3}(?P<number>\d{1,3})\\[.)]\s")
r"""A source line opening with an escaped list number (``3\. 형상 관리``)."""
_GLUED_NUMBER = re.compile(r"^\s{0,3}(?P<number>\d{1,3})[.)](?=[\uac00-\ud7a3]|[^\W\d_]{2})")
"""A source line opening with a list number glued to its words (``2.git add 로 스테이징``,
``1)개요``): not a version (``2.x``) or a decimal (``3.14``)."""
_NUMBERED_TEXT = re.compile(r"^\d{1,3}[.)](?:\s+\S|(?=[\uac00-\ud7a3]|[^\W\d_]{2}))")


def _without_number(line: tuple[Span, ...]) -> tuple[Span, ...]:
    """A line without the number written before it (``3. 형상 관리`` → ``형상 관리``)."""
    if not line:
        return line
    first = Span(re.sub(r"^\d{1,3}[.)]\s*", "", line[0].text, count=1), line[0].marks, line[0].href)
    return ((first,) if first.text else ()) + line[1:]


def _without_bullet(line: tuple[Span, ...], bullet: re.Pattern[str] = _CELL_BULLET) -> tuple[Span, ...]:
    """A line of a table cell without the bullet typed before it (``|- 후보키 중에서 …|``): a
    table holds no list, and the marker would be debris on a card."""
    if not line or "code" in line[0].marks or not bullet.match(line[0].text):
        return line
    first = Span(bullet.sub("", line[0].text, count=1), line[0].marks, line[0].href)
    return ((first,) if first.text else ()) + line[1:]


def _without_emoji_codes(line: tuple[Span, ...]) -> tuple[Span, ...]:
    """A line without the GitHub emoji shortcodes that open or close it (``:bulb: 프로세스 상태``
    → ``프로세스 상태``), which GitHub draws as a picture: decoration, never a word a card could
    hide.  Codes inside the line may be words (``:return:`` and ``:rtype:`` of a docstring), code
    keeps them, and a line that is codes alone stays as written.

    >>> _text(_without_emoji_codes((Span(":bulb: 프로세스 상태 :star:"),)))
    '프로세스 상태'
    >>> _text(_without_emoji_codes((Span("필드는 :return: 과 :rtype: 으로 적는다"),)))
    '필드는 :return: 과 :rtype: 으로 적는다'
    """
    if not line or not any(":" in s.text for s in line):
        return line
    first, last = line[0], line[-1]
    if "code" not in first.marks:
        first = replace(first, text=_LEADING_EMOJI_CODES.sub("", first.text))
    spans = (first, *line[1:])
    last = spans[-1]
    if "code" not in last.marks:
        spans = (*spans[:-1], replace(last, text=_TRAILING_EMOJI_CODES.sub("", last.text)))
    spans = tuple(s for s in spans if s.text)
    return spans if any(s.text.strip() for s in spans) else line


def _without_jamo_bullet(line: tuple[Span, ...]) -> tuple[Span, ...]:
    """A line without the consonant letter typed as its bullet (:data:`JAMO_BULLET`), a span of
    its own before a bold name too (``ㅇ **VPC**: …``); a line that is the letter alone stays."""
    stripped = _without_bullet(line, JAMO_BULLET)
    return stripped if any(s.text.strip() for s in stripped) else line


_PLACEHOLDER_CELL = re.compile(r"^[-–—]*$")
"""A cell left empty with a dash (``|-|STAR형|…|``, ``|-|-|-|`` as a header some writers type
for a table they want without one): it says nothing in any column."""


def _placeholder(cell: list[tuple[Span, ...]]) -> bool:
    """Whether a table cell holds nothing or only a dash.

    >>> _placeholder([(Span("-"),)]), _placeholder([]), _placeholder([(Span("- 없음"),)])
    (True, True, False)
    """
    return bool(_PLACEHOLDER_CELL.match("".join(_text(line) for line in cell).replace(" ", "")))


def _without_placeholder_columns(cells: list[list[list[tuple[Span, ...]]]]) -> list[list[list[tuple[Span, ...]]]]:
    """The table without the columns that hold only dashes or nothing, header included: ``|-|-|-|``
    over ``|-|STAR형|중앙집중식 구조|`` is a table of two columns, and a dash on a card would be
    debris. A column that says something in one cell stays whole (``-`` for "none" among ``O``s)."""
    width = max((len(row) for row in cells), default=0)
    keep = [j for j in range(width) if any(j < len(row) and not _placeholder(row[j]) for row in cells)]
    if len(keep) == width or not keep:
        return cells
    return [[row[j] for j in keep if j < len(row)] for row in cells]


def _one_line(lines: list[tuple[Span, ...]]) -> tuple[Span, ...]:
    """A table cell's lines (``<br>``, HTML list items) on one line, each kept apart by ``; ``; a
    line that is one bracketed gloss of the one before it (``Pair Programming<br>(짝
    프로그래밍)``) follows it after a space."""
    spans: list[Span] = []
    for line in lines:
        if line:
            if spans:
                text = "".join(span.text for span in line)
                gloss = _CELL_GLOSS.fullmatch(text) is not None or _CELL_GLOSS_OPENS.match(text) is not None
                # ``(Hyper Text<br>Transfer Protocol)``: a line break inside brackets breaks no item.
                inside = _open_brackets("".join(span.text for span in spans)) > 0
                spans.append(Span(" " if gloss or inside else CELL_LINE_SEPARATOR))
            spans.extend(line)
    return _merge(spans)


_CELL_GLOSS = re.compile(r"\s*[(（][^()（）]*[)）]\s*")
"""A cell line that is one bracketed gloss (``(짝 프로그래밍)``), not a numbered step (``(1) 요청``)."""
_CELL_GLOSS_OPENS = re.compile(r"\s*[(（](?!\d+[)）])[^()（）]*$")
"""A cell line that opens a gloss it closes on a later line (``HTTP<br>(Hyper Text<br>Transfer Protocol)``)."""


def _open_brackets(text: str) -> int:
    """How many round brackets ``text`` leaves open."""
    return text.count("(") + text.count("（") - text.count(")") - text.count("）")


CELL_LINE_SEPARATOR = "; "
"""Between the lines of a table cell: ``회로<li>산술연산 : +, -`` reads ``회로; 산술연산 : +, -``."""


def _text(spans: tuple[Span, ...]) -> str:
    return "".join(s.text for s in spans)


def _heads_columns(cells: list[list[tuple[Span, ...]]]) -> bool:
    """Whether a row's cells read as column headers: a corner that labels the columns (``IPC 종류``,
    ``구분``) over short names, none of them a statement.  A row that opens with a name of its own
    (``| TCP | 연결 지향 |``) is a row of the table."""
    texts = [_text(_one_line(cell)).strip() for cell in cells]
    if not texts or not heads_a_table(texts[0]):
        return False
    return all(len(t) <= _BOLD_HEADING_CHARS and only_names(t) for t in texts if t)


MIN_PIPE_ROWS = 3
"""Lines of cells between pipes that make a table without a delimiter row: a header and two rows,
as a table compares two things at least."""


def _pipe_cells(spans: tuple[Span, ...]) -> list[tuple[Span, ...]]:
    """The cells of a line written ``| a | b |``, each without its spaces, marks kept."""
    cells: list[list[Span]] = [[]]
    for span in spans:
        parts = span.text.split("|")
        for n, part in enumerate(parts):
            if n:
                cells.append([])
            if part:
                cells[-1].append(Span(part, span.marks, span.href))
    inner = cells[1:-1]  # the text before the first pipe and after the last is empty
    return [_stripped(tuple(cell)) for cell in inner]


def _stripped(cell: tuple[Span, ...]) -> tuple[Span, ...]:
    """A cell without the spaces around it."""
    text = _text(cell)
    if not text.strip():
        return ()
    lead, trail = len(text) - len(text.lstrip()), len(text) - len(text.rstrip())
    return spans_between(cell, lead, len(text) - trail)


def _row_spans(headers: list[tuple[Span, ...]], row: list[tuple[Span, ...]]) -> tuple[Span, ...]:
    """``첫 칸: 둘째 칸`` for two columns; ``첫 칸 — 머리: 칸 · 머리: 칸`` for more, and for two columns
    whose second cell is a value (``/28 — IP 주소의 수: 16``): the header says what the value is."""
    first, rest = row[0] if row else (), row[1:]
    out: list[Span] = list(first)
    named = len(row) > 2 or (
        len(row) == 2
        and len(headers) == 2
        and _is_value(_text(row[1]))
        and bool(headers[1])
        and not describes(_text(headers[1]))  # ``| 항목 | 설명 |``: ``기본 크기: 10개``, not ``기본 크기 — 설명: 10개``
    )
    for n, cell in enumerate(rest, start=1):
        if not cell:
            continue
        separator = (" — " if named else ": ") if n == 1 or not out else " · "
        out.append(Span(separator if out else ""))
        header = headers[n] if n < len(headers) else ()
        if named and header:
            out.extend((*header, Span(": ")))
        out.extend(cell)
    return _merge([s for s in out if s.text])


_ANSWER_NOTE_CHARS = 80
"""The line an author adds under a flash card's answer (``**FIFO 구조**``) is this short or shorter."""
_RELATION_SIGNS = re.compile(r"[=←⊂⊃<>?？|~]")
"""Signs by which a line states a relation or asks (``ACID = …``, ``A ⊂ B``, ``…일까?``): no label."""
_LABEL_CHARS = 30
"""A line this short or shorter, alone above a list, can label that list."""
_BOLD_HEADING_CHARS = 40
"""A bold line of its own this short or shorter can head the lines after it."""
_VALUE_CHARS = 12
"""A cell this short with a digit in it is a value (``16``, ``99.99%``, ``15분``), not a description."""


def _is_value(cell: str) -> bool:
    return len(cell.strip()) <= _VALUE_CHARS and any(c.isdigit() for c in cell)


def _strip_callout(spans: tuple[Span, ...]) -> tuple[Span, ...]:
    head = _CALLOUT.sub("", spans[0].text)
    rest = ((Span(head, spans[0].marks, spans[0].href),) if head.strip() else ()) + spans[1:]
    return rest
