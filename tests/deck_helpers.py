"""Build a deck the way ``build.py`` does and read it back with Anki's own engine."""

from __future__ import annotations

import difflib
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


_CLOZE = re.compile(r"\{\{c(\d+)::(.*?)\}\}", re.S)
History = tuple[int, int, int, int, int]


def review_distinctly(col: Collection) -> None:
    """Answer every card once, then give each its own due date, so no two histories are alike
    and a history that moved to another card is seen."""
    for k, card in enumerate(all_cards(col)):
        card.start_timer()
        col.sched.answerCard(card, 4)
        col.sched.set_due_date([card.id], str(10 + k))


def asked(card: Card) -> str:
    """What a card asks, whatever its cloze number: for a cloze card the text it hides; for a
    ``which`` card its question, for other basic cards their answer.  Digits are masked, so a
    changed number is still the same question."""
    note = card.note()
    if "Text" in note:
        bodies = {visible_text(b).casefold() for n, b in _CLOZE.findall(note["Text"]) if int(n) == card.ord + 1}
        text = " / ".join(sorted(bodies))
    else:
        text = visible_text(note["Front"] if "card::which" in note.tags else note["Back"])
    return re.sub(r"\d[\d,.]*", "#", text)


def histories(col: Collection) -> dict[History, tuple[str, str]]:
    """Each card's history (reps, ivl, due, type, queue) → (its note's GUID, what it asks)."""
    found: dict[History, tuple[str, str]] = {}
    for card in all_cards(col):
        found[(card.reps, card.ivl, card.due, card.type, card.queue)] = (card.note().guid, asked(card))
    return found


def same_question(a: str, b: str) -> bool:
    """Equal, or the same question reworded (a fixed typo, a word added)."""
    return a == b or difflib.SequenceMatcher(None, a, b, autojunk=False).ratio() >= 0.6


def moved_histories(before: dict[History, tuple[str, str]], after: dict[History, tuple[str, str]]) -> list[str]:
    """Histories that now sit on another note, or on a card that asks something else."""
    moved = []
    for history, (guid, question) in before.items():
        if history in after:
            new_guid, new_question = after[history]
            if new_guid != guid or not same_question(question, new_question):
                moved.append(f"{question!r} → {new_question!r}")
    return moved
