"""The deck from real notes (the seed, and the seed edited the way a learner edits), read back by Anki.

The edits are made by structure (the first heading, a bullet with a number, …), never by naming
what the notes say, so the same checks hold for any notes folder.
"""

from __future__ import annotations

import html
import itertools
import re
import shutil
from pathlib import Path

import pytest
from anki.collection import Collection

from builder.emit import deck
from builder.emit.cards import note_specs
from builder.errors import Problems
from builder.model import Notes
from builder.parse import parse_notes
from tests.conftest import SEED_DIR
from tests.deck_helpers import (
    all_cards,
    build_deck,
    card_texts,
    histories,
    import_deck,
    moved_histories,
    review_distinctly,
)
from tests.test_reimport import snapshot

V1, V2, V3 = 1_800_000_000, 1_800_086_400, 1_800_172_800
CLOZE = re.compile(r"\{\{c(\d+)::(.*?)(?:::[^:{}]*)?\}\}", re.S)
"""A deletion: its number and the hidden text, without the hint a blank may show (``::크기``)."""


def parse(notes_dir: Path) -> Notes:
    return parse_notes(notes_dir, Problems())


def seed_copy(tmp: Path) -> Path:
    notes_dir = tmp / "notes"
    notes_dir.mkdir()
    for md in SEED_DIR.glob("*.md"):
        shutil.copy(md, notes_dir / md.name)
    return notes_dir


@pytest.fixture(scope="module")
def seed(tmp_path_factory: pytest.TempPathFactory) -> tuple[Notes, Collection]:
    tmp = tmp_path_factory.mktemp("seed")
    notes_dir = seed_copy(tmp)
    notes = parse(notes_dir)
    build_deck(notes, notes_dir, tmp / "seed.apkg", now=V1)
    col = Collection(str(tmp / "c.anki2"))
    import_deck(col, tmp / "seed.apkg")
    return notes, col


def test_seed_deck_counts_and_rendering(seed: tuple[Notes, Collection]) -> None:
    notes, col = seed
    specs = note_specs(notes)
    assert col.note_count() == len(specs) > 0
    assert col.card_count() == sum(s.cards for s in specs)
    for nid in col.find_notes(""):
        assert col.get_note(nid).cards()
    for card in all_cards(col):
        question, answer = card_texts(card)
        assert question and answer and question != answer
        for leftover in ("**", "`", "](", "{{c"):
            assert leftover not in question + answer, (leftover, question)


def test_seed_every_quantity_sits_in_a_cloze(seed: tuple[Notes, Collection]) -> None:
    notes, col = seed
    deleted = [
        html.unescape(re.sub(r"<[^>]+>", "", body))
        for nid in col.find_notes("tag:card::limit")
        for _, body in CLOZE.findall(col.get_note(nid)["Text"])
    ]
    wanted = [q.text for _, _, f in notes.facts() for q in f.quantities]
    assert sorted(deleted) == sorted(wanted)


def _blocks(lines: list[str]) -> list[tuple[int, int]]:
    """(start, end) line ranges of each heading's block."""
    heads = [i for i, line in enumerate(lines) if line.startswith("#")]
    return list(itertools.pairwise([*heads, len(lines)]))


def edit_like_a_learner(path: Path) -> None:
    """Apply, by structure, each kind of edit a learner makes in a day."""
    lines = path.read_text(encoding="utf-8").splitlines()
    bullets = [
        i
        for i, line in enumerate(lines)
        if re.match(r"- \S", line)
        and not (i + 1 < len(lines) and lines[i + 1].strip() and not re.match(r"[-#\d]", lines[i + 1]))
    ]
    with_number = [i for i in bullets if re.search(r"\d+\s*(?:MB|GB|KB|시간|분|초|일|개|년)", lines[i])]
    plain = [i for i in bullets if not re.search(r"\d", lines[i]) and len(lines[i]) > 25]
    # a changed number, and a deleted fact with a number
    lines[with_number[0]] = re.sub(r"\d+", lambda m: str(int(m.group()) * 2), lines[with_number[0]], count=1)
    lines[with_number[-1]] = ""
    # a rewording of the first statement of the third topic (a topic's defining statement)
    third = next(i for i in plain if i > _blocks(lines)[2][0])
    lines[third] = lines[third].replace("- ", "- 주로 ", 1).rstrip(".") + " 한다."
    # two adjacent bullets reordered
    pair = next(i for i in bullets if i + 1 in bullets and i not in (with_number[0], with_number[-1], third))
    lines[pair], lines[pair + 1] = lines[pair + 1], lines[pair]
    # a heading lightly renamed
    blocks = _blocks(lines)
    second = blocks[1][0]
    lines[second] = lines[second] + " 정리"
    # a fact added above everything else in the first topic
    lines.insert(blocks[0][0] + 1, "- 새로 정리한 사실: 한 번에 최대 42개까지 처리할 수 있다.")
    # the last topic moved to the top
    blocks = _blocks(lines)
    start, end = blocks[-1]
    moved = lines[start:end]
    del lines[start:end]
    lines[blocks[0][0] : blocks[0][0]] = [*moved, ""]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")


def introduce_typo(path: Path) -> None:
    """The v1 notes had a typo (two Hangul letters swapped) in a fact with a number, fixed in v2."""
    lines = path.read_text(encoding="utf-8").splitlines()
    facts = [i for i, line in enumerate(lines) if re.match(r"\d+\. |- ", line) and re.search(r"\d+(?:MB|GB|KB)", line)]
    line = lines[facts[1]]
    at = re.search(r"[가-힣]{2}", line).start()  # type: ignore[union-attr]
    lines[facts[1]] = line[:at] + line[at + 1] + line[at] + line[at + 2 :]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")


def run_seed_scenario(tmp: Path) -> dict[str, object]:
    """v1 (with a typo) → import → review all → v2 (a day of edits) → import → v3 (file renamed) → import."""
    notes_dir = seed_copy(tmp)
    [md] = sorted(notes_dir.glob("*.md"))[:1]
    original = md.read_text(encoding="utf-8")
    introduce_typo(md)
    build_deck(parse(notes_dir), notes_dir, tmp / "v1.apkg", now=V1)
    col = Collection(str(tmp / "c.anki2"))
    import_deck(col, tmp / "v1.apkg")
    review_distinctly(col)
    before, histories_before = snapshot(col), histories(col)
    md.write_text(original, encoding="utf-8")
    edit_like_a_learner(md)
    outcome2 = build_deck(parse(notes_dir), notes_dir, tmp / "v2.apkg", now=V2)
    import_deck(col, tmp / "v2.apkg")
    middle, histories_middle = snapshot(col), histories(col)
    md.rename(md.with_name("renamed-" + md.name))
    outcome3 = build_deck(parse(notes_dir), notes_dir, tmp / "v3.apkg", now=V3)
    import_deck(col, tmp / "v3.apkg")
    after = snapshot(col)
    return {
        "col": col,
        "before": before,
        "middle": middle,
        "after": after,
        "histories": (histories_before, histories_middle, histories(col)),
        "v2": outcome2.summary,
        "v3": outcome3.summary,
        "notes_dir": notes_dir,
    }


@pytest.fixture(scope="module")
def scenario(tmp_path_factory: pytest.TempPathFactory) -> dict[str, object]:
    return run_seed_scenario(tmp_path_factory.mktemp("seed-edit"))


def _count(summary: object, word: str) -> int:
    return int(re.search(rf"(\d+) {word}", "\n".join(summary)).group(1))  # type: ignore[arg-type, union-attr]


def test_seed_edits_update_in_place_without_duplicates(scenario: dict[str, object]) -> None:
    before, middle = scenario["before"], scenario["middle"]
    assert isinstance(before, dict) and isinstance(middle, dict)
    added, updated, removed = (_count(scenario["v2"], w) for w in ("added", "updated", "removed"))
    assert added >= 1 and updated >= 3 and removed >= 1
    assert len(middle) == len(before) + added  # removed notes stay until the learner deletes them
    changed = [g for g in before if middle[g]["fields"] != before[g]["fields"]]
    assert len(changed) == updated
    for guid, old in before.items():
        assert (middle[guid]["mod"] == old["mod"]) == (guid not in changed)
    # Every history is unique: each stays on a card that asks what it asked (cloze numbers
    # follow content), and none is lost.
    histories_before, histories_middle, _ = scenario["histories"]  # type: ignore[misc]
    assert moved_histories(histories_before, histories_middle) == []
    assert set(histories_middle) >= set(histories_before)


def test_seed_file_rename_keeps_every_note_and_review(scenario: dict[str, object]) -> None:
    middle, after = scenario["middle"], scenario["after"]
    assert isinstance(middle, dict) and isinstance(after, dict)
    assert _count(scenario["v3"], "added") == 0 and _count(scenario["v3"], "removed") == 0
    assert set(after) == set(middle)
    _, histories_middle, histories_after = scenario["histories"]  # type: ignore[misc]
    assert moved_histories(histories_middle, histories_after) == []
    assert set(histories_after) == set(histories_middle)


def test_seed_removed_notes_found_by_reported_search(scenario: dict[str, object]) -> None:
    summary = "\n".join(scenario["v2"])  # type: ignore[arg-type]
    search = summary.rsplit("search the Anki browser for ", 1)[1].split(" and delete")[0]
    col = scenario["col"]
    assert isinstance(col, Collection)
    found = col.find_notes(search)
    assert len(found) == _count(scenario["v2"], "removed")
    ledger = (scenario["notes_dir"] / deck.LEDGER_NAME).read_text(encoding="utf-8")  # type: ignore[operator]
    assert all(col.get_note(nid).guid not in ledger for nid in found)
