"""The rubric's mechanical checks, on every fixture folder, read from the cards Anki renders.

``../shared/CARD_RUBRIC.md`` lists them: no two cards with the same front and different
backs; no card that hides only a verb ending or a particle; no card made from a URL, an image,
a callout label or a source tag; no which card whose front shows its answer; no raw markdown
on any card.  The fixtures of ``tests/fixtures/styles`` reproduce how people write (Jekyll
front matter, Obsidian callouts and embeds, notes written as HTML, deep outlines, tables,
exam questions, lab steps); the checks hold on them and on the seed.
"""

from __future__ import annotations

import html
import re
import shutil
from collections import defaultdict
from dataclasses import dataclass

import pytest
from anki.collection import Collection

from builder.analyse.morph import morphemes
from builder.analyse.names import name_variants
from builder.analyse.words import VENDOR_WORDS
from builder.errors import Problems
from builder.parse import parse_notes
from tests.conftest import FIXTURES, SEED_DIR
from tests.deck_helpers import all_cards, build_deck, import_deck, visible_text

FOLDERS = {"styles": FIXTURES / "styles", "parse": FIXTURES / "parse", "seed": SEED_DIR}
_HIDDEN = re.compile(r'<span class="cloze"[^>]*>(.*?)</span>', re.S)
_NOT_CONTENT = re.compile(r"(?i)https?://|www\.|\.(?:png|jpe?g|gif|webp|svg)\b|\[![\w-]+\]|^>>|\{:toc\}")
_CONTEXT = re.compile(r'<div class="ctx">(.*?)</div>', re.S)
_LATIN_NAME = re.compile(r"[A-Za-z][A-Za-z0-9]*(?:-[A-Za-z0-9]+)*")
_MARKDOWN = re.compile(r"\*\*|`|\]\(|^#{1,6} |\$[^\s$\d][^$]*\$", re.M)
"""Markup a card must not show: bold or code marks, a link, a heading, a TeX formula's ``$…$``."""


@dataclass(frozen=True)
class Card:
    """A card as Anki rendered it: question and answer HTML, its note's fields and tags."""

    q: str
    a: str
    fields: dict[str, str]
    tags: tuple[str, ...]

    def question(self) -> str:
        return self.q

    def answer(self) -> str:
        return self.a


@pytest.fixture(scope="module", params=sorted(FOLDERS))
def deck(request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory) -> list[Card]:
    tmp = tmp_path_factory.mktemp(request.param)
    notes_dir = tmp / "notes"
    shutil.copytree(FOLDERS[request.param], notes_dir, ignore=shutil.ignore_patterns("*.json"))
    build_deck(parse_notes(notes_dir, Problems()), notes_dir, tmp / "deck.apkg", now=1_900_000_000)
    col = Collection(str(tmp / "c.anki2"))
    import_deck(col, tmp / "deck.apkg")
    cards = [Card(c.question(), c.answer(), dict(c.note().items()), tuple(c.note().tags)) for c in all_cards(col)]
    col.close()
    assert cards, "the fixture folder makes no card"
    return cards


def _front(card: Card) -> str:
    return visible_text(card.question())


def _hidden(card: Card) -> str:
    return " / ".join(visible_text(h) for h in _HIDDEN.findall(card.answer()))


def _back(card: Card) -> str:
    return _hidden(card) if "Text" in card.fields else visible_text(card.fields["Back"])


def test_no_two_cards_share_a_front_with_different_backs(deck: list[Card]) -> None:
    backs: dict[str, set[str]] = defaultdict(set)
    for card in deck:
        backs[_front(card)].add(_back(card))
    assert not {front: b for front, b in backs.items() if len(b) > 1}


def test_no_card_hides_only_an_ending_or_a_particle(deck: list[Card]) -> None:
    for card in deck:
        for hidden in _HIDDEN.findall(card.answer()):
            text = visible_text(hidden)
            pieces = morphemes(text)
            assert pieces and not all(m.pos[0] in "JE" or m.pos in ("VCP", "XSV", "XSA") for m in pieces), (
                _front(card),
                text,
            )


def test_no_card_is_made_of_a_link_an_image_a_label_or_a_source_tag(deck: list[Card]) -> None:
    for card in deck:
        asked = _hidden(card) or visible_text(next(iter(card.fields.values())))
        assert not _NOT_CONTENT.search(asked), (_front(card), asked)
        assert not _NOT_CONTENT.search(html.unescape(_front(card))), _front(card)


def test_no_which_card_shows_its_answer(deck: list[Card]) -> None:
    for card in deck:
        if "card::which" not in card.tags:
            continue
        answer = visible_text(card.fields["Back"])
        front = _front(card).casefold()
        assert not any(v.casefold() in front for v in name_variants(answer) if len(v) >= 2), (front, answer)


def test_no_which_card_context_shows_a_word_of_its_answer(deck: list[Card]) -> None:
    """``지표 수집 방식 (Push, Pull)`` over a card asking ``Push``: the heading answers it (its family,
    ``S3`` over ``S3 Standard-IA``, or its vendor, does not)."""
    for card in deck:
        context = _CONTEXT.search(card.question())
        if "card::which" not in card.tags or context is None:
            continue
        answer = visible_text(card.fields["Back"]).split()
        head = answer[-1].casefold() if answer and _LATIN_NAME.fullmatch(answer[-1]) else ""
        shown = {w.casefold() for w in _LATIN_NAME.findall(visible_text(context.group(1)))}
        assert not head or head in VENDOR_WORDS or head not in shown, (visible_text(context.group(1)), answer)


def test_no_raw_markdown_on_any_card(deck: list[Card]) -> None:
    for card in deck:
        for side in (card.question(), card.answer()):
            text = visible_text(re.sub(r"<style>.*?</style>", "", side, flags=re.S))
            assert not _MARKDOWN.search(text), text
