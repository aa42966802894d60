"""Build a deck the way ``build.py`` does and read it back with Anki's own engine."""

from __future__ import annotations

import html
import re
from pathlib import Path

from anki.cards import Card
from anki.collection import Collection, ImportAnkiPackageOptions, ImportAnkiPackageRequest

from builder.config import DeckConfig
from builder.emit import deck
from builder.model import Notes

CONFIG = DeckConfig(name="테스트 덱", file="test-deck")


def build_deck(notes: Notes, notes_dir: Path, out: Path, *, now: float) -> deck.DeckOutcome:
    """Write ``out`` and publish the ledger into ``notes_dir``, as a successful build does."""
    outcome = deck.write_deck(notes, CONFIG, out, notes_dir=notes_dir, now=now)
    assert outcome.ledger_text is not None
    (notes_dir / deck.LEDGER_NAME).write_text(outcome.ledger_text, encoding="utf-8")
    return outcome


def import_deck(col: Collection, apkg: Path) -> None:
    """Import with Anki's default options (update notes if newer)."""
    col.import_anki_package(ImportAnkiPackageRequest(package_path=str(apkg), options=ImportAnkiPackageOptions()))


def visible_text(rendered: str) -> str:
    """What the learner reads: no style, no tags, entities decoded, spaces collapsed."""
    text = re.sub(r"<style>.*?</style>", "", rendered, flags=re.S)
    text = re.sub(r"<[^>]+>", " ", text)
    return " ".join(html.unescape(text).split())


def card_texts(card: Card) -> tuple[str, str]:
    return visible_text(card.question()), visible_text(card.answer())


def all_cards(col: Collection) -> list[Card]:
    return [col.get_card(cid) for cid in col.find_cards("")]
