"""The card preview page ``dist/<file>.cards.html``: every card of the deck as Anki shows it.

Written with every deck build from the notes the deck just wrote (their final field values,
cloze numbers included): each card's question and answer are rendered from the note type's
own templates and CSS (:func:`builder.emit.deck.card_templates`, by
:mod:`builder.emit.anki_render`), grouped by section and topic, with the card's kind, its
source ``file:line`` and the rule that made it (:mod:`builder.emit.card_rules`).  The page
is one file: its CSS, script and a subset of the bundled Korean font are inline, and it
fetches nothing.  Its look and script are in ``templates/preview/``.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Mapping
from pathlib import Path
from typing import TypedDict

from jinja2 import Environment, FileSystemLoader, StrictUndefined, select_autoescape
from markupsafe import Markup

from builder import resources
from builder.emit import webfont
from builder.emit.anki_render import cloze_ordinals, render_card
from builder.emit.card_rules import card_rule, no_card_lines
from builder.emit.cards import KINDS
from builder.emit.deck import CardTemplates, WrittenNote, card_templates
from builder.emit.media import Media
from builder.model import Notes

PREVIEW_DIR = resources.folder("preview")
PHONE_WIDTH = 390
_FONT_SLOT = "/* the bundled font */"
_MAX_WIDTH_MEDIA = re.compile(r"@media\s*\(\s*max-width\s*:\s*(\d+)px\s*\)")
_IMG_SRC = re.compile(r'src="([^"]+)"')


class CardView(TypedDict):
    kind: str
    source: str
    rule: str
    ordinal: int
    of: int
    question: Markup
    answer: Markup


class TopicView(TypedDict):
    title: str
    crumbs: list[str]
    source: str
    cards: list[CardView]


class SectionView(TypedDict):
    title: str
    path: str
    topics: list[TopicView]


def write_preview(
    notes: Notes, written: list[WrittenNote], title: str, target: Path, media: Mapping[str, Media] | None = None
) -> list[str]:
    """Write the page to ``target``; return the summary line (cards and size) for the CLI."""
    html, cards = render_preview(notes, written, title, media)
    target.write_text(html, encoding="utf-8")
    return [f"preview: {cards} cards as Anki shows them, {len(html.encode()) / 1024:.0f} KiB"]


def render_preview(
    notes: Notes, written: list[WrittenNote], title: str, media: Mapping[str, Media] | None = None
) -> tuple[str, int]:
    """The page's HTML and the number of cards on it.  ``media``: the deck's pictures by name,
    embedded where a card shows them (the page may read no file beside it)."""
    templates = card_templates()
    sections = _sections(written, templates, media or {})
    kinds = Counter(card["kind"] for s in sections for t in s["topics"] for card in t["cards"])
    total = sum(kinds.values())
    page = (
        _environment()
        .get_template("preview.html.j2")
        .render(
            title=title,
            sections=sections,
            kinds=[(kind, kinds[kind]) for kind in KINDS if kinds[kind]],
            total=total,
            notes_count=len(written),
            no_card=no_card_lines(notes, [w.spec for w in written]),
            card_css=Markup(templates.css + "\n" + phone_rules(templates.css)),
            page_css=Markup(resources.read_text(PREVIEW_DIR / "preview.css")),
            script=Markup(resources.read_text(PREVIEW_DIR / "preview.js")),
            font_css=Markup(_FONT_SLOT),
            phone_width=PHONE_WIDTH,
        )
    )
    # The font holds only the characters of the page, so it is made once the page is.
    return page.replace(_FONT_SLOT, webfont.font_face_css(page), 1), total


def phone_rules(css: str) -> str:
    """The card CSS's narrow-screen rules again, for the page's phone frame.

    A ``@media (max-width: …)`` rule looks at the browser window, not at a 390 px frame on
    a wide screen; the same rules as a container query on the frame apply inside it.
    """
    out: list[str] = []
    for match in _MAX_WIDTH_MEDIA.finditer(css):
        if int(match.group(1)) < PHONE_WIDTH:
            continue
        body = _block(css, match.end())
        if body is not None:
            out.append(f"@container phone (max-width: {match.group(1)}px) {{{body}}}")
    return "\n".join(out)


def _block(css: str, start: int) -> str | None:
    """The text inside the ``{…}`` block that opens at or after ``start``."""
    opening = css.find("{", start)
    if opening < 0:
        return None
    depth = 0
    for index in range(opening, len(css)):
        depth += {"{": 1, "}": -1}.get(css[index], 0)
        if depth == 0:
            return css[opening + 1 : index]
    return None


def _sections(written: list[WrittenNote], templates: CardTemplates, media: Mapping[str, Media]) -> list[SectionView]:
    sections: list[SectionView] = []
    topics: dict[int, TopicView] = {}
    for note in written:
        spec = note.spec
        if not sections or sections[-1]["path"] != spec.section.path:
            sections.append(SectionView(title=spec.section.title, path=spec.section.path, topics=[]))
        view = topics.get(id(spec.topic))
        if view is None:
            crumbs = [a for a in spec.topic.ancestors if a != spec.section.title]
            view = TopicView(title=spec.topic.title, crumbs=crumbs, source=str(spec.topic.source), cards=[])
            topics[id(spec.topic)] = view
            sections[-1]["topics"].append(view)
        view["cards"].extend(_cards(note, templates, media))
    return sections


def _cards(note: WrittenNote, templates: CardTemplates, media: Mapping[str, Media]) -> list[CardView]:
    """The note's cards, as Anki makes them: one per cloze number, or one."""
    spec = note.spec
    cloze = spec.note_type == "cloze"
    question, answer = templates.cloze if cloze else templates.basic
    ordinals = cloze_ordinals(note.fields["Text"]) if cloze else [1]
    rule = card_rule(spec)
    views = []
    for ordinal in ordinals:
        front, back = render_card(question, answer, note.fields, ordinal)
        views.append(
            CardView(
                kind=spec.kind,
                source=str(spec.source),
                rule=rule,
                ordinal=ordinal,
                of=len(ordinals),
                question=Markup(_embed(front, media)),
                answer=Markup(_embed(back, media)),
            )
        )
    return views


def _embed(html: str, media: Mapping[str, Media]) -> str:
    """Card HTML with each picture of the deck's media as a data URL instead of its file name."""
    if not media:
        return html
    return _IMG_SRC.sub(lambda m: f'src="{media[m[1]].data_uri()}"' if m[1] in media else m[0], html)


def _environment() -> Environment:
    return Environment(
        loader=FileSystemLoader(PREVIEW_DIR),
        autoescape=select_autoescape(["html", "j2"], default=True),
        undefined=StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
        bytecode_cache=resources.bytecode_cache(),
    )
