"""The identity contract: the repository's own notes, rebuilt against their committed ID ledger,
give every note the GUID and every cloze the number the ledger says.

A change to a card heuristic that moves a learner's review history fails here.  To re-key
notes on purpose, rebuild (``./run build``), review what the build reports as added, updated
and removed, and commit ``source_notes/deck-ids.json`` in the same commit as the change,
saying why in its message.
"""

from __future__ import annotations

import json
import shutil
from pathlib import Path

from builder.config import DeckConfig
from builder.emit import deck
from builder.errors import Problems
from builder.parse import parse_notes
from tests.conftest import SEED_DIR

LEDGER = SEED_DIR / deck.LEDGER_NAME
REKEY = (
    "the seed's notes no longer match their committed ID ledger: {what}. If this change re-keys notes on "
    "purpose, run ./run build, review the added/updated/removed notes it reports, and commit "
    "source_notes/deck-ids.json with the change (say why in the commit message)"
)


def _entries(text: str) -> dict[tuple[str, str], dict[str, object]]:
    data = json.loads(text)
    notes = data["notes"] if isinstance(data, dict) else data
    return {(n["kind"], n["guid"]): n for n in notes}


def test_the_seed_rebuilds_onto_its_committed_ledger(tmp_path: Path) -> None:
    notes_dir = tmp_path / "notes"
    shutil.copytree(SEED_DIR, notes_dir)
    committed = LEDGER.read_text(encoding="utf-8")
    notes = parse_notes(notes_dir, Problems())
    outcome = deck.write_deck(notes, DeckConfig(), tmp_path / "seed.apkg", notes_dir=notes_dir, now=2_000_000_000)
    assert outcome.ledger_text is not None
    (notes_dir / deck.LEDGER_NAME).write_text(outcome.ledger_text, encoding="utf-8")
    summary = "\n".join(outcome.summary)
    assert "0 added, 0 updated, 0 removed" in summary, REKEY.format(what=summary)
    before, after = _entries(committed), _entries((notes_dir / deck.LEDGER_NAME).read_text(encoding="utf-8"))
    assert set(after) == set(before), REKEY.format(what="a note's GUID changed")
    moved = [key for key in before if before[key].get("clozes") != after[key].get("clozes")]
    assert not moved, REKEY.format(what=f"cloze numbers moved in {len(moved)} notes")
