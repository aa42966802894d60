"""Notes folder → :class:`~builder.model.Notes`: read each file, walk its markdown, extract.

markdown-it-py (CommonMark plus GFM tables and YAML front matter) does the markdown; the
block walker turns its tree into topic drafts; the extractors read quantities, subjects,
comparisons and tips out of the text.  Problems are collected, never raised one at a time.
"""

from __future__ import annotations

import re
import tomllib
from collections.abc import Mapping, Sequence
from functools import cache
from pathlib import Path

from markdown_it import MarkdownIt
from markdown_it.token import Token
from markdown_it.tree import SyntaxTreeNode
from mdit_py_plugins.dollarmath import dollarmath_plugin
from mdit_py_plugins.front_matter import front_matter_plugin

from builder.analyse import analyse_section
from builder.analyse.comparisons import TableShape, find_comparisons, holds_records, introduced_as_example
from builder.analyse.quantities import find_quantities
from builder.analyse.shapes import reads_as_prose
from builder.analyse.subjects import subject_of
from builder.analyse.tips import find_tips
from builder.analyse.words import REFERENCE_MARKERS, WRAPPED_PARTICLES
from builder.errors import Problems
from builder.model import Fact, Notes, Section, SourceRef, Topic, marked_ranges
from builder.parse.accounting import account
from builder.parse.blocks import BlockWalker, RawFact, TopicDraft
from builder.parse.emphasis import cjk_emphasis
from builder.parse.escaped_breaks import without_escaped_breaks
from builder.parse.glyph_bullets import as_list_items
from builder.parse.images import ImageFolder, ImageReader
from builder.parse.items import (
    attach_answers_to_questions,
    attach_dash_lines_to_labels,
    attach_lists_to_labels,
    attach_to_lead_paragraphs,
    items_of,
    reattach_bullets,
    split_lists_at_flush_labels,
)
from builder.parse.nesting import PARSER_NESTING, clamp_source, flatten
from builder.parse.rawhtml import SPACING_LINE
from builder.parse.separators import setext_paragraphs
from builder.parse.tags import obsidian_tags
from builder.parse.wikilinks import wikilinks
from builder.read import find_note_files, read_source, shown_name


@cache
def _markdown() -> MarkdownIt:
    md = (
        MarkdownIt("commonmark", {"html": True, "maxNesting": PARSER_NESTING})
        .enable(["table", "strikethrough"])
        .use(front_matter_plugin)
        # ``$P(A∩B)$``, ``$$…$$``: a formula, read as one; a price (``$36/월 … $1,000``) stays text,
        # as a formula's dollar sign neither has a space inside it nor a digit outside it.
        .use(dollarmath_plugin, allow_labels=False, allow_space=False, allow_digits=False, double_inline=True)
        .use(cjk_emphasis)
        .use(wikilinks)
        .use(setext_paragraphs)
        .use(obsidian_tags)
    )
    # markdown-it leaves `[x](javascript:…)` as literal text; parse every link instead, so its
    # text is kept without markdown and the emitters decide which targets may be linked.
    md.validateLink = lambda url: True  # type: ignore[method-assign]
    return md


def parse_notes(notes_dir: Path, problems: Problems) -> Notes:
    """Every notes file under ``notes_dir``, one section each, in file-name order."""
    sections = []
    folder = ImageFolder(notes_dir)
    for path in find_note_files(notes_dir, problems):
        source = read_source(path, notes_dir, problems)
        if source is None:
            continue
        section = parse_text(
            source.text, source.path, problems, shown=shown_name(path), base_dir=path.parent, images=folder
        )
        if section.topics:
            sections.append(section)
    notes = Notes(tuple(sections))
    if not problems.errors and not any(True for _ in notes.facts()):
        problems.error(
            str(notes_dir), None, "the notes hold no facts (no bullets, numbered lines or text): nothing to build"
        )
    return notes


def parse_text(
    text: str,
    path: str,
    problems: Problems,
    *,
    shown: str | None = None,
    base_dir: Path | None = None,
    images: ImageFolder | None = None,
) -> Section:
    """One file's text → its section.  ``path`` is the model's name for the file, ``shown``
    the name messages use (defaults to ``path``); images are looked for from ``base_dir``, inside
    the notes folder ``images`` (``base_dir`` itself if not given)."""
    shown = shown or path
    folder = images or (ImageFolder(base_dir) if base_dir is not None else None)
    text = text.replace("\r\n", "\n").replace("\r", "\n")  # as markdown-it counts lines
    text = as_list_items(text)  # ``•<tab>…`` lines copied from another editor are the list they look like
    text = without_escaped_breaks(text)  # ``\\n\\n`` paragraphs an export left are no text
    if not text.strip():
        problems.warn(shown, None, "the file is empty")
        return Section(Path(path).stem, path, ())
    toml_title, text = _toml_front_matter(text, shown, problems)
    clamped = clamp_source(text, shown, problems)
    raw = _markdown().parse(clamped)
    fence_lines, comments = _prose_fence_lines(raw, text.split("\n"), shown, problems)
    # Read again with those fences gone (their lines are notes), with the spacing lines that open
    # an HTML block gone (the markdown under them is notes, not markup) and with a diagram's HTML
    # container written as the code fence it is; every line keeps its number.
    blanks = fence_lines | _spacing_lines(raw, text.split("\n"))
    comments |= _diagram_fences(raw, text.split("\n"))
    comments |= _spaced_headings(raw, text.split("\n"))
    comments |= _unspaced_headings(raw, text.split("\n"))
    comments |= _marked_callout_titles(raw, text.split("\n"), comments)
    if blanks or comments:
        text, clamped = _blanked(text, blanks, comments), _blanked(clamped, blanks, comments)
        raw = _markdown().parse(clamped)
    source_lines = text.split("\n")
    tokens = flatten(raw, shown, problems)
    title = toml_title or (
        _front_matter_title(tokens[0].content, shown, problems) if tokens and tokens[0].type == "front_matter" else None
    )
    reader = ImageReader(folder, base_dir, path, shown, problems)
    walker = BlockWalker(shown, source_lines, problems, base_dir, reader)
    drafts = walker.walk(SyntaxTreeNode(tokens))
    # A heading written as HTML (``<h3>…</h3>``) is held by its topic, like any heading.
    held = [*(fact.line for draft in drafts for fact in draft.facts), *(draft.line for draft in drafts)]
    account(tokens, source_lines, held, shown, problems)
    # The section keeps the first H1 as its name (its deck and its part of the sheet are named so,
    # build after build); whether cards show it as what the page is about is another matter.
    section_title = title or walker.first_h1 or Path(path).stem
    traced = _traced_tables(drafts)
    topics = []
    named = bool(title or walker.first_h1)  # a heading's aspect (``# 종류``) reads under the page's name
    titled = bool(title or _titles_the_page(drafts, walker.first_h1))  # cards show the name as the page's
    for n, draft in enumerate(drafts):
        if not draft.facts:
            deeper_follows = n + 1 < len(drafts) and drafts[n + 1].level > draft.level
            if draft.images:
                # A topic is what its facts say: pictures alone make no card and no block of the sheet.
                problems.warn(
                    shown,
                    draft.line,
                    f"the section '{draft.title or section_title}' holds only pictures; they are left out "
                    "(write a line about them under the heading to keep them)",
                )
            elif not deeper_follows and draft.title != section_title:
                problems.warn(shown, draft.line, f"the section '{draft.title}' has no notes under it")
            continue
        topics.append(_topic(draft, path, section_title, traced, titled=named))
    if not topics and not problems.errors:
        problems.warn(shown, None, "no notes in this file (only headings or front matter)")
    return analyse_section(Section(section_title, path, tuple(topics), titled=titled))


def _titles_the_page(drafts: Sequence[TopicDraft], first_h1: str | None) -> bool:
    """Whether the page's first level-1 heading is its title.  It is not when it holds notes of its
    own and other level-1 headings follow it: ``# 범용 인스턴스`` with its lines, then ``# 컴퓨팅 최적화
    인스턴스`` and three more are sibling topics, and the first is one of them, not what the others are
    about.  A first heading with nothing but headings under it (``# 4장 스위치`` over ``# 1. 동작``)
    still titles the page, and so does one followed only by its parts (``# 종류``) and sources
    (``# 참고``)."""
    if first_h1 is None:
        return False
    tops = [draft for draft in drafts if draft.level == 1 and not draft.bold]
    if not tops or tops[0].title != first_h1 or not (tops[0].facts or tops[0].tables):
        return True
    # ``# 종류`` or ``# 참고`` after ``# ELB``: a part of the first, not a topic beside it
    first = subject_of(first_h1, ())[0]
    siblings = [t for t in tops[1:] if subject_of(t.title, (first_h1,))[0] != first and not _back_matter(t.title)]
    return not siblings


def _back_matter(title: str) -> bool:
    """``# 참고``, ``# References``: where the notes came from, at the end of a page."""
    return title.strip(" :：").casefold() in REFERENCE_MARKERS


def _toml_front_matter(text: str, shown: str, problems: Problems) -> tuple[str | None, str]:
    """Hugo's TOML front matter (``+++`` … ``+++`` at the top): its title, and the text with those
    lines left blank (so every later line keeps its number).  Markdown would read the settings
    (``author = "…"``) as notes."""
    lines = text.split("\n")
    if not lines or lines[0].strip() != "+++":
        return None, text
    end = next((n for n in range(1, len(lines)) if lines[n].strip() == "+++"), None)
    if end is None:
        return None, text
    try:
        data = tomllib.loads("\n".join(lines[1:end]))
    except tomllib.TOMLDecodeError:
        problems.warn(shown, 1, "front matter is not valid TOML; ignored")
        data = {}
    title = data.get("title")
    blanked = "\n".join([""] * (end + 1) + lines[end + 1 :])
    return (str(title).strip() or None) if title is not None else None, blanked


def _prose_fence_lines(
    tokens: Sequence[Token], lines: list[str], shown: str, problems: Problems
) -> tuple[set[int], dict[int, str]]:
    """The fence lines (0-based) of each code fence that holds Korean notes rather than code
    (:func:`~builder.analyse.shapes.reads_as_prose`): left blank, its lines are read as notes, and
    every line keeps its number.  Only a fence of its own counts: one inside a list item or a quote
    is a block that entry shows (``- 주요 명령어:`` over ``ip addr show :: IP 주소 확인``).

    Also the lines to write otherwise: a line of such a fence written as a code comment (``#
    변환함수 종류``) would, read as notes, open a heading of the page, and every line after the
    block would stand under it to the next heading.  It heads the block's lines one level below
    the heading the block is written under, and the closing fence gives that heading back."""
    found: set[int] = set()
    rewritten: dict[int, str] = {}
    heading: tuple[int, str] | None = None  # the level and text of the last heading before
    for n, token in enumerate(tokens):
        if token.type == "heading_open" and token.level == 0 and n + 1 < len(tokens):
            heading = (int(token.tag[1]), tokens[n + 1].content)
        if token.type != "fence" or token.level > 0 or not token.map:
            continue
        if not reads_as_prose(token.content.split("\n")):
            continue
        start, end = token.map
        problems.warn(shown, start + 1, "this code block holds Korean sentences, not code: its lines are read as notes")
        found.add(start)
        closed = end - start >= 2 and lines[end - 1].strip().startswith(token.markup)
        if closed:
            found.add(end - 1)  # its closing fence (an unclosed one runs to the end of the file)
        comments = [k for k in range(start + 1, end - 1 if closed else end) if _CODE_COMMENT.match(lines[k])]
        if not comments:
            continue
        level = heading[0] if heading else 0
        for k in comments:
            words = lines[k].strip().lstrip("#").strip()
            rewritten[k] = f"{'#' * (level + 1)} {words}" if level < _DEEPEST_HEADING else words
        if heading and closed and level < _DEEPEST_HEADING:
            rewritten[end - 1] = f"{'#' * level} {heading[1]}"
    return found, rewritten


_CODE_COMMENT = re.compile(r"^\s*#{1,6}\s+\S")
"""A line of a code block written as a comment (``# 변환함수 종류``), which markdown reads as a heading."""
_DEEPEST_HEADING = 6


def _diagram_fences(tokens: Sequence[Token], lines: list[str]) -> dict[int, str]:
    """The lines (0-based) of a diagram's HTML container (``<div class="mermaid">`` … ``</div>``,
    each on a line of its own), written as the fence of a code block: the diagram's source is
    code, and CommonMark would end the HTML block at its first blank line and read the rest
    (``Location ||--o{ Person : places``) as notes.  Only a container that opens an HTML block of
    the page counts (one shown inside a code block is that block's code), closed by a line of its
    own before the next heading or fence; left unclosed, it is left as it is.

    >>> from builder.parse import _markdown
    >>> text = "<div class='mermaid'>\\n  A --> B\\n\\nB --> C\\n</div>\\n"
    >>> _diagram_fences(_markdown().parse(text), text.split("\\n"))
    {0: '```mermaid', 4: '```'}
    """
    fences: dict[int, str] = {}
    for token in tokens:
        if token.type != "html_block" or token.level != 0 or token.map is None:
            continue
        opening = token.map[0]
        if not _DIAGRAM_OPEN.fullmatch(lines[opening]) or _CLOSING_TAG.search(token.content):
            continue  # not a diagram's container, or one closed inside its own HTML block
        for n in range(opening + 1, len(lines)):
            if _DIAGRAM_CLOSE.fullmatch(lines[n]):
                fences[opening], fences[n] = "```mermaid", "```"
                break
            if _DIAGRAM_STOP.match(lines[n]):
                break  # a heading, a fence or another container first: this one is not closed on a line of its own
    return fences


_DIAGRAM_OPEN = re.compile(r" {0,3}<(?:div|pre)\b[^>]*\bclass\s*=\s*[\"'][^\"']*\bmermaid\b[^\"']*[\"'][^>]*>\s*", re.I)
"""The opening tag of a diagram's container, alone on its line (``<div class="mermaid">``)."""
_DIAGRAM_CLOSE = re.compile(r" {0,3}</(?:div|pre)\s*>\s*", re.I)
"""Its closing tag, alone on its line (``</div>``)."""
_DIAGRAM_STOP = re.compile(r" {0,3}(?:#{1,6}\s|```|~~~|<(?:div|pre)\b)", re.I)
"""A heading, a fence or another container: a diagram's container is closed before any, or not at all."""
_CLOSING_TAG = re.compile(r"</(?:div|pre)\s*>", re.I)


def _spacing_lines(tokens: Sequence[Token], lines: list[str]) -> set[int]:
    """The lines (0-based) of spacing markup only (:data:`~builder.parse.rawhtml.SPACING_LINE`) that
    open an HTML block of the page holding more lines than those: ``<br>`` (or ``<br>`` then
    ``<hr>``) right over ``### 보안`` and its bullets, which CommonMark would read as markup to the
    next blank line."""
    found: set[int] = set()
    for token in tokens:
        if token.type != "html_block" or token.level != 0 or token.map is None:
            continue
        first, end = token.map
        line = first
        while line < end - 1 and SPACING_LINE.fullmatch(lines[line]):
            found.add(line)
            line += 1
    return found


def _spaced_headings(tokens: Sequence[Token], lines: list[str]) -> dict[int, str]:
    """The lines (0-based) of a paragraph that open with spacing markup and go on with a heading
    written as HTML (``<br><h3>Migration</h3>``), written without that markup: the writer's blog
    shows the heading, but to CommonMark a line that starts with ``<br>`` is text, and the heading
    inside it was lost with everything under it read as the notes of the heading above.

    >>> from builder.parse import _markdown
    >>> text = "<h3>암호화</h3>\\n\\n<br>SSE-C : 고객 키\\n\\n<br><h3>Migration</h3>\\n\\n<br>DMS : 이전\\n"
    >>> _spaced_headings(_markdown().parse(text), text.split("\\n"))
    {4: '<h3>Migration</h3>'}
    """
    found: dict[int, str] = {}
    for token in tokens:
        # a line of ``<br>`` alone above it opens an HTML block that holds the line
        if token.type not in ("paragraph_open", "html_block") or token.level != 0 or token.map is None:
            continue
        for n in range(*token.map):
            spaced = _SPACED_HEADING.fullmatch(lines[n])
            if spaced:
                found[n] = spaced["heading"]
    return found


_SPACED_HEADING = re.compile(
    rf"(?:{SPACING_LINE.pattern})(?P<heading><h(?P<level>[1-6])\b[^>]*>.*?</h(?P=level)\s*>)"
    rf"(?:{SPACING_LINE.pattern})?\s*",
    re.I,
)
"""Spacing markup, then a heading written as HTML, and maybe more spacing markup after it
(``<br><h3>인증</h3><br>``, ``…</h3>&nbsp;``), on a line of its own."""


def _unspaced_headings(tokens: Sequence[Token], lines: list[str]) -> dict[int, str]:
    """The lines (0-based) of a paragraph written as a heading without the space after its marks
    (``####Transaction 특징``, ``##2장 Lock``), written with it: the writer's editor showed them as
    headings, CommonMark reads them as text, and the notes under them were filed under the heading
    above with ``####`` on every card.  A single ``#`` before a word is a tag (``#docker``), and a particle
    after the marks (``##은 토큰을 붙인다``) makes them C's operator in a sentence.

    >>> from builder.parse import _markdown
    >>> text = "##2장 Lock\\n\\n####Shared Lock\\n공유 잠금이다\\n\\n#docker #k8s\\n\\n##은 토큰을 붙인다\\n"
    >>> _unspaced_headings(_markdown().parse(text), text.split("\\n"))
    {0: '## 2장 Lock', 2: '#### Shared Lock'}
    """
    found: dict[int, str] = {}
    for token in tokens:
        if token.type != "paragraph_open" or token.level != 0 or token.map is None:
            continue
        for n in range(*token.map):
            unspaced = _UNSPACED_HEADING.fullmatch(lines[n])
            # ``##은 토큰 결합 연산자로 …``: C's operator, then the sentence's particle, is no heading
            if unspaced and unspaced["title"].split()[0] not in WRAPPED_PARTICLES:
                found[n] = f"{unspaced['marks']} {unspaced['title']}"
    return found


_UNSPACED_HEADING = re.compile(r" {0,3}(?P<marks>#{2,6})(?P<title>[^#\s].*)")
"""Two to six ``#`` and a title right after them, on a line of its own."""


def _marked_callout_titles(tokens: Sequence[Token], lines: list[str], rewritten: Mapping[int, str]) -> dict[int, str]:
    """The lines (0-based) of a callout's title that end in a placeholder in braces, written without
    it: a vault published through a site generator marks each title so (``> [!question] What is
    SysV?{title}``), and the mark is no word of the title.  A path's own braces stay.

    >>> from builder.parse import _markdown
    >>> text = "> [!question] What is SysV?{title}\\n> 옛날 OS의 규격이다\\n\\n> [!example] GET /users/{id}\\n> 조회\\n"
    >>> _marked_callout_titles(_markdown().parse(text), text.split("\\n"), {})
    {0: '> [!question] What is SysV?'}
    """
    found: dict[int, str] = {}
    for token in tokens:
        if token.type != "blockquote_open" or token.map is None:
            continue
        for n in range(*token.map):
            marked = _CALLOUT_TITLE_MARK.fullmatch(lines[n])
            if marked and n not in rewritten:
                found[n] = marked["title"]
    return found


_CALLOUT_TITLE_MARK = re.compile(r"(?P<title>[ \t>]*>[ \t]*\[![\w-]+\][+-]?[ \t]+\S.*?)[ \t]*\{title\}[ \t]*")
"""A callout's title line, then the publisher's placeholder at its end (``{title}``); braces of the
writer's own (``GET /users/{id}``, ``${name}``) are text."""


def _blanked(text: str, numbers: set[int], rewritten: Mapping[int, str] | None = None) -> str:
    """The text with the lines ``numbers`` left blank, and the lines of ``rewritten`` written so."""
    written = rewritten or {}
    return "\n".join(written.get(n, "" if n in numbers else line) for n, line in enumerate(text.split("\n")))


def _front_matter_title(raw: str, shown: str, problems: Problems) -> str | None:
    import yaml  # lazy: only notes with front matter need it (a cheat-sheet-only build never imports it otherwise)

    try:
        data = yaml.safe_load(raw)
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        problems.warn(shown, (mark.line + 2) if mark else 1, "front matter is not valid YAML; ignored")
        return None
    title = data.get("title") if isinstance(data, dict) else None
    return str(title).strip() or None if title is not None else None


_BARE_NUMBER = re.compile(r"\d*")
_TableSignature = tuple[tuple[str, ...], frozenset[str]]
"""A table's headers and the labels of its rows, the same whatever values it holds."""


def _traced_tables(drafts: Sequence[TopicDraft]) -> set[_TableSignature]:
    """The tables a file writes twice or more with the same headers and the same rows, in other
    values, all bare numbers or blanks: the states of one worked example (``| name | 탐색순서 |``
    after each step of a search, the frames of a page replacement), never limits to learn nor
    things to compare."""
    versions: dict[_TableSignature, set[tuple[tuple[str, ...], ...]]] = {}
    for table in (t for draft in drafts for t in draft.tables if t.facts):
        rows = tuple(tuple(row) for row in table.rows)
        if not all(_BARE_NUMBER.fullmatch(cell.strip()) for row in rows for cell in row[1:]):
            continue  # ``| 헤더 크기 | 20바이트 |`` under TCP, then UDP: one table of attributes per subject
        versions.setdefault(_table_signature(table.headers, rows), set()).add(rows)
    return {signature for signature, contents in versions.items() if len(contents) >= 2}


def _table_signature(headers: Sequence[str], rows: Sequence[Sequence[str]]) -> _TableSignature:
    return tuple(h.strip().casefold() for h in headers), frozenset(r[0].strip() for r in rows if r)


def _topic(
    draft: TopicDraft,
    path: str,
    section_title: str,
    traced: set[_TableSignature],
    *,
    titled: bool,
) -> Topic:
    reattach_bullets(draft.facts)
    attach_lists_to_labels(draft.facts)
    split_lists_at_flush_labels(draft.facts)
    attach_dash_lines_to_labels(draft.facts)
    attach_to_lead_paragraphs(draft.facts)
    attach_answers_to_questions(draft.facts)
    title = draft.title or section_title
    source = SourceRef(path, draft.line)
    facts = tuple(_fact(raw, path) for raw in draft.facts)
    # A heading that only names an aspect (``## 개요``, ``# 종류`` after ``# ELB``) takes its subject
    # from the heading above, or, at the top of a file, from the file's title (front matter, first
    # H1), never from the file's name (``01-dva-lambda``), which names a file, not a subject.
    # A chain of labels (``# 장단점`` › ``## 장점``) reads up to the file's title too.
    top = (section_title,) if titled and section_title != title else ()
    under_title = bool(draft.ancestors) and draft.ancestors[0] == section_title
    subject, aspect = subject_of(title, draft.ancestors if under_title else (*top, *draft.ancestors))
    tables = [
        TableShape(
            t.line,
            tuple(t.headers),
            tuple(tuple(r) for r in t.rows),
            tuple(t.facts),
            traced=_table_signature(t.headers, t.rows) in traced,
        )
        for t in draft.tables
        if t.facts
    ]
    return Topic(
        title=title,
        subject=subject,
        aspect=aspect,
        level=draft.level,
        source=source,
        ancestors=draft.ancestors,
        facts=facts,
        items=items_of(draft.facts),
        comparisons=find_comparisons(title, source, facts, _sibling_runs(draft.facts), tables),
        records=tuple(i for t in tables if holds_records(t) or introduced_as_example(t, facts) for i in t.facts),
        tips=find_tips(facts),
        images=tuple(draft.images),
    )


def _fact(raw: RawFact, path: str) -> Fact:
    text = "".join(s.text for s in raw.spans)
    quantities = () if raw.kind == "code" else find_quantities(text)
    formulas = marked_ranges(raw.spans, "math")
    if formulas:  # ``$n \ge 30$``: a formula's numbers are its terms, not values of the notes
        quantities = tuple(q for q in quantities if not any(s < q.end and q.start < e for s, e in formulas))
    source = SourceRef(path, raw.line)
    return Fact(text, raw.spans, raw.kind, source, quantities, raw.parent, raw.depth, images=tuple(raw.images))


def _sibling_runs(facts: Sequence[RawFact]) -> list[list[int]]:
    """Indexes of the entries of each list (same list, same parent), in order."""
    runs: dict[tuple[int | None, int], list[int]] = {}
    for index, fact in enumerate(facts):
        if fact.list_id is not None:
            runs.setdefault((fact.parent, fact.list_id), []).append(index)
    return list(runs.values())
