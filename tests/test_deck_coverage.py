"""Every fact of the model reaches the deck; a deck that would lose one is not written."""

from __future__ import annotations

from pathlib import Path

import pytest

from builder.config import DeckConfig
from builder.emit import cards, deck
from builder.errors import NotesError, Problems
from builder.parse import parse_notes
from tests.conftest import FIXTURES, SEED_DIR


@pytest.mark.parametrize("folder", [SEED_DIR, FIXTURES / "parse"], ids=["seed", "fixtures"])
def test_every_fact_is_on_some_note(folder: Path) -> None:
    notes = parse_notes(folder, Problems())
    specs = cards.note_specs(notes)
    assert cards.unshown_facts(notes, specs) == []
    # A fact note tests one fact, one that no other note of its topic shows; besides it, it shows
    # at most the item head it is written under, as its context.
    for note in (s for s in specs if s.kind == "fact"):
        tested, *context = note.facts
        others = {i for s in specs if s.topic is note.topic and s is not note for i in s.facts}
        heads = {item.head for item in note.topic.items if tested in item.children}
        assert tested not in others and len(context) <= 1 and set(context) <= heads


def test_a_lost_fact_stops_the_deck(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    notes = parse_notes(FIXTURES / "parse", Problems())
    real = cards.note_specs

    def losing(model):  # type: ignore[no-untyped-def]
        return [s for s in real(model) if s.kind != "limit"]

    monkeypatch.setattr(deck, "note_specs", losing)
    with pytest.raises(NotesError) as caught:
        deck.write_deck(notes, DeckConfig(), tmp_path / "x.apkg", notes_dir=tmp_path)
    assert all("no card shows this fact" in p.message and p.line for p in caught.value.problems)
    assert not (tmp_path / "x.apkg").exists()
