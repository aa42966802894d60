"""Write the Anki package: note types, one subdeck per notes file, notes with stable identity.

The note types' IDs and their field and template names are fixed forever: Anki skips an
imported note whose note type's fields or templates were renamed.  Card HTML and CSS are
files in ``templates/anki`` and may change freely.  Every note's GUID and modification time
come from the ID ledger (:mod:`builder.emit.ledger`, matched by :mod:`builder.emit.identity`),
and the package's own timestamp is the newest of those, so a rebuild of unchanged notes writes
the same notes, byte for byte.

A note shows, on its back, the pictures of the facts it shows and of its topic; each picture is
packed once, under its content hash (:mod:`builder.emit.media`).
"""

from __future__ import annotations

import hashlib
import itertools
import json
import os
import sqlite3
import tempfile
import time
import zipfile
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, field, replace
from html import escape
from pathlib import Path
from typing import Any

from builder import resources
from builder.config import DeckConfig
from builder.emit.anki_text import neutralise
from builder.emit.cards import KINDS, NoteSpec, note_specs, topic_path, unshown_facts
from builder.emit.cloze import CLOZE_SYNTAX
from builder.emit.cloze_numbers import assign_clozes
from builder.emit.genanki_import import genanki
from builder.emit.identity import Wanted, pair_notes, settle
from builder.emit.ledger import (
    LEDGER_VERSION,
    Entry,
    Ledger,
    LedgerError,
    content_hash,
    dump_ledger,
    nfc,
    parse_ledger,
)
from builder.emit.ledger_schema import MAX_CLOZE
from builder.emit.media import Media
from builder.emit.pictures import note_images, pack, with_images
from builder.errors import NotesError, Problem
from builder.model import Notes
from builder.read import inside

LEDGER_NAME = "deck-ids.json"

# Never change these: Anki recognises our note types by ID, and their fields and templates by name.
CLOZE_MODEL_ID = 1_607_392_411
BASIC_MODEL_ID = 1_607_392_412
CLOZE_FIELDS = ("Text", "Extra", "Source")
BASIC_FIELDS = ("Front", "Back", "Source")
CLOZE_TEMPLATE = "Cloze"
BASIC_TEMPLATE = "Card 1"
_ZIP_DATE = (1980, 1, 1, 0, 0, 0)


@dataclass
class DeckOutcome:
    summary: list[str] = field(default_factory=list)
    """Lines for the learner: what the deck holds and what changed since the last build."""
    ledger_text: str | None = None
    """The new ID ledger, for the build to publish with the deck."""
    notes: list[WrittenNote] = field(default_factory=list)
    """Every note as written, in deck order: what the card preview shows."""
    media: dict[str, Media] = field(default_factory=dict)
    """The pictures the notes show, by their name in the deck (and in the fields' ``<img>``)."""


@dataclass(frozen=True, slots=True)
class WrittenNote:
    """A note as it went into the package: its spec and its final field values, by name."""

    spec: NoteSpec
    fields: dict[str, str]


@dataclass(frozen=True, slots=True)
class CardTemplates:
    """The note types' card HTML and CSS, as read from ``templates/anki``."""

    css: str
    cloze: tuple[str, str]
    """Question and answer templates of the cloze note type."""
    basic: tuple[str, str]
    """Question and answer templates of the basic note type."""


class _Note(genanki.Note):  # type: ignore[misc]
    """A genanki note with its own modification time (genanki stamps all notes alike)."""

    def __init__(self, *, mod: int, **kwargs: Any) -> None:
        super().__init__(**kwargs)
        self.mod = mod

    def write_to_db(self, cursor: Any, timestamp: float, deck_id: int, id_gen: Any) -> None:
        super().write_to_db(cursor, self.mod, deck_id, id_gen)


def write_deck(
    notes: Notes, config: DeckConfig, target: Path, *, notes_dir: Path, now: float | None = None
) -> DeckOutcome:
    """Write the ``.apkg`` to ``target``; return the summary and the new ledger's text.

    ``now`` (seconds) stamps notes that are new or changed; tests pass it to step the clock.
    """
    stamp = int(time.time() if now is None else now)
    ledger_path = notes_dir / LEDGER_NAME
    ledger = _read_ledger(ledger_path, notes_dir)
    specs = note_specs(notes)
    lost = unshown_facts(notes, specs)
    if lost:
        raise NotesError(
            [Problem(f.source.path, f.source.line, f"no card shows this fact: {f.text[:60]!r}") for f in lost]
        )
    cloze, basic, types_hash = _note_types()
    types_mod = ledger.note_types[1] if ledger.note_types and ledger.note_types[0] == types_hash else stamp

    wanted = [Wanted(s.kind, s.section.path, nfc(topic_path(s.topic)), nfc(s.anchor), "") for s in specs]
    pairs = pair_notes(ledger.entries, wanted)
    shown = [note_images(spec) for spec in specs]
    media = pack((image for images in shown for image in images), notes_dir)
    fields: list[tuple[str, ...]] = []
    too_many: list[NoteSpec] = []
    for index, spec in enumerate(specs):
        # Cloze numbers follow what each deletion hides, not where it sits: renumber the rendered
        # fields (the notes' own braces are entities, so only our deletions match), then hash.
        old = ledger.entries[pairs[index]].clozes if index in pairs else ()
        numbers, clozes = assign_clozes(spec.cloze_keys, old) if spec.cloze_keys else ({}, ())
        if clozes and max(n for _, n in clozes) > MAX_CLOZE:
            too_many.append(spec)
        fields.append(tuple(_renumber(f, numbers) for f in with_images(spec.fields, shown[index], media)))
        wanted[index] = replace(wanted[index], hash=_hash(spec, fields[-1]), clozes=clozes)
    if too_many:
        raise NotesError(
            [
                Problem(
                    s.source.path,
                    s.source.line,
                    f"this line makes more than {MAX_CLOZE:,} cloze deletions, more than Anki can import; split it",
                )
                for s in too_many
            ]
        )
    matched = settle(ledger.entries, wanted, pairs, stamp)
    decks: dict[str, genanki.Deck] = {}
    written: list[WrittenNote] = []
    for spec, entry, note_fields in zip(specs, matched.entries, fields, strict=True):
        deck_name = f"{config.name}::{spec.section.title}"
        if deck_name not in decks:
            decks[deck_name] = genanki.Deck(_deck_id(deck_name), deck_name)
        model = cloze if spec.note_type == "cloze" else basic
        values = [nfc(f) for f in (*note_fields, _source(spec) + ref_marker(entry.guid))]
        decks[deck_name].add_note(
            _Note(model=model, fields=values, tags=list(spec.tags), guid=entry.guid, mod=entry.mod)
        )
        written.append(
            WrittenNote(spec, dict(zip(CLOZE_FIELDS if model is cloze else BASIC_FIELDS, values, strict=True)))
        )
    package_time = max([types_mod, *(e.mod for e in matched.entries)])
    _write_package(genanki.Package(list(decks.values())), target, package_time, list(media.values()))

    new_ledger = Ledger(tuple(matched.entries), (types_hash, types_mod))
    summary = _summary(specs, matched.entries, ledger, matched.added, matched.updated, matched.removed)
    summary.insert(1, _no_card_line(notes))
    if ledger.note_types and ledger.note_types[0] != types_hash:
        # A newer note type mtime is enough: Anki updates the note types of a package on import.
        summary.append("deck: the card templates or CSS changed; importing applies the new look to every card")
    return DeckOutcome(summary, dump_ledger(new_ledger), written, {m.name: m for m in media.values()})


def ref_marker(guid: str) -> str:
    """An invisible, searchable mark of the note's identity, kept in its ``Source`` field."""
    return f'<span class="ref" data-ref="{note_ref(guid)}"></span>'


def note_ref(guid: str) -> str:
    """A search-safe stand-in for a GUID (Anki has no GUID search; GUIDs hold ``*`` and ``:``)."""
    return "nref-" + hashlib.sha256(guid.encode()).hexdigest()[:12]


def removed_search(entries: list[Entry]) -> str:
    """An Anki browser search that finds exactly the given notes."""
    refs = "|".join(note_ref(e.guid)[5:] for e in entries)
    return f'"Source:re:nref-({refs})"'


def _source(spec: NoteSpec) -> str:
    return neutralise(f"{escape(spec.section.title, quote=False)} › {escape(spec.topic.title, quote=False)}")


def _hash(spec: NoteSpec, fields: tuple[str, ...]) -> str:
    return content_hash(spec.note_type, *fields, _source(spec), " ".join(spec.tags))


def _renumber(field: str, numbers: dict[int, int]) -> str:
    if not numbers:
        return field
    return CLOZE_SYNTAX.sub(lambda m: f"{{{{c{numbers[int(m.group(1))]}::", field)


def _deck_id(name: str) -> int:
    """Derived from the deck's name, so every build (and every learner) gets the same ID."""
    return 1 << 30 | int(hashlib.sha256(nfc(name).encode()).hexdigest()[:12], 16) % (1 << 40)


def _read_ledger(path: Path, notes_dir: Path) -> Ledger:
    if not path.exists():
        return Ledger()
    if not inside(path, notes_dir):  # only the notes folder is read: its content is published
        raise NotesError(
            Problem(str(path), None, "links to a file outside the notes folder; not read (make it a plain file)")
        )
    try:
        return parse_ledger(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, LedgerError) as exc:
        raise NotesError(
            Problem(
                str(path),
                getattr(exc, "line", None),
                (
                    f"cannot read the deck's ID ledger ({exc}); fix this line or restore the file from version "
                    "control — deleting it gives edited notes new IDs, so re-importing would duplicate them"
                ),
            )
        ) from None


def card_templates() -> CardTemplates:
    """The card templates and CSS the note types are made of (the preview renders them too)."""
    read = {
        n: resources.read_text(resources.file("anki", f"{n}.html"))
        for n in ("cloze-front", "cloze-back", "basic-front", "basic-back")
    }
    css = resources.read_text(resources.file("anki", "style.css"))
    return CardTemplates(css, (read["cloze-front"], read["cloze-back"]), (read["basic-front"], read["basic-back"]))


def _note_types() -> tuple[genanki.Model, genanki.Model, str]:
    templates = card_templates()
    css = templates.css
    names = ("cloze-front", "cloze-back", "basic-front", "basic-back")
    read = dict(zip(names, (*templates.cloze, *templates.basic), strict=True))
    cloze = genanki.Model(
        CLOZE_MODEL_ID,
        "Study Notes · Cloze",
        model_type=genanki.Model.CLOZE,
        css=css,
        fields=[{"name": n} for n in CLOZE_FIELDS],
        templates=[{"name": CLOZE_TEMPLATE, "qfmt": read["cloze-front"], "afmt": read["cloze-back"]}],
    )
    basic = genanki.Model(
        BASIC_MODEL_ID,
        "Study Notes · Basic",
        css=css,
        fields=[{"name": n} for n in BASIC_FIELDS],
        templates=[{"name": BASIC_TEMPLATE, "qfmt": read["basic-front"], "afmt": read["basic-back"]}],
    )
    return cloze, basic, content_hash(css, *read.values())


def _write_package(package: genanki.Package, target: Path, timestamp: int, media: Sequence[Media] = ()) -> None:
    """genanki's package, re-zipped with fixed entry dates so equal inputs give equal bytes, with
    ``media`` as Anki expects it: files ``0``, ``1``… and a ``media`` map of their names."""
    fd, raw = tempfile.mkstemp(suffix=".anki2", dir=target.parent)
    os.close(fd)
    try:
        # What genanki's write_to_file does, minus the rollback journal and the fsyncs of a
        # scratch database that is zipped at once (they were ~40% of a deck build).
        db = sqlite3.connect(raw)
        db.execute("PRAGMA journal_mode = OFF")
        db.execute("PRAGMA synchronous = OFF")
        _write_collection(package, db.cursor(), timestamp)
        db.commit()
        db.close()
        files = sorted(media, key=lambda m: m.name)
        names = {str(n): m.name for n, m in enumerate(files)}
        entries = {"collection.anki2": Path(raw).read_bytes(), "media": json.dumps(names, sort_keys=True).encode()}
        with zipfile.ZipFile(target, "w", zipfile.ZIP_DEFLATED) as out:
            for name in sorted(entries):
                out.writestr(zipfile.ZipInfo(name, _ZIP_DATE), entries[name], compress_type=zipfile.ZIP_DEFLATED)
            for n, picture in enumerate(files):
                # Pictures are compressed already: stored, not deflated again.
                out.writestr(zipfile.ZipInfo(str(n), _ZIP_DATE), picture.data, compress_type=zipfile.ZIP_STORED)
    finally:
        Path(raw).unlink(missing_ok=True)


def _no_card_line(notes: Notes) -> str:
    """How many lines of the notes make no card, by the rule that decided (``inspect`` says why
    for each); the cheat sheet still shows every one of them."""
    rules = Counter(f.decision.rule for _, _, f in notes.facts() if f.decision is not None and not f.decision.kinds)
    total = sum(1 for _ in notes.facts())
    detail = ", ".join(f"{rule} {count}" for rule, count in rules.most_common())
    made = total - sum(rules.values())
    return f"deck: {made} of {total} lines make cards; no card for {sum(rules.values())} ({detail or 'none'})"


def _write_collection(package: genanki.Package, cursor: sqlite3.Cursor, timestamp: int) -> None:
    """What genanki's ``Package.write_to_db`` writes, in time linear in the number of subdecks.

    genanki reads, updates and rewrites the collection's whole deck and note type JSON once per
    deck: 10,000 notes files (10,000 subdecks) took minutes.  Here each is written once; a note
    type's default deck is the last deck using it, as genanki leaves it.
    """
    from genanki.apkg_col import APKG_COL
    from genanki.apkg_schema import APKG_SCHEMA

    cursor.executescript(APKG_SCHEMA)
    cursor.executescript(APKG_COL)
    id_gen = itertools.count(int(timestamp * 1000))
    decks = json.loads(cursor.execute("SELECT decks FROM col").fetchone()[0])
    models = json.loads(cursor.execute("SELECT models FROM col").fetchone()[0])
    for deck in package.decks:
        decks[str(deck.deck_id)] = deck.to_json()
        for model in {note.model.model_id: note.model for note in deck.notes}.values():
            models[str(model.model_id)] = model.to_json(timestamp, deck.deck_id)
    cursor.execute("UPDATE col SET decks = ?", (json.dumps(decks),))
    cursor.execute("UPDATE col SET models = ?", (json.dumps(models),))
    for deck in package.decks:
        for note in deck.notes:
            note.write_to_db(cursor, timestamp, deck.deck_id, id_gen)


def _summary(
    specs: list[NoteSpec], entries: list[Entry], old: Ledger, added: list[int], updated: list[int], removed: list[Entry]
) -> list[str]:
    notes = Counter(s.kind for s in specs)
    cards: Counter[str] = Counter()
    for s in specs:
        cards[s.kind] += s.cards
    kinds = ", ".join(f"{k} {notes[k]}/{cards[k]}" for k in KINDS)
    lines = [f"deck: {len(specs)} notes, {sum(cards.values())} cards (notes/cards by kind: {kinds})"]
    if not old.entries:
        lines.append(
            f"deck: first build with an ID ledger: {len(added)} new notes; commit {LEDGER_NAME} "
            "beside your notes so later builds update these notes in place"
        )
        return lines
    unchanged = len(entries) - len(added) - len(updated)
    if old.migrated_from is not None:
        clozes = sum(len(e.clozes) for e in old.entries)
        kept = "; could not keep:" if old.repairs else ""
        lines.append(
            f"deck: upgraded the ID ledger from version {old.migrated_from} to {LEDGER_VERSION}, keeping "
            f"{len(old.entries)} note IDs and {clozes} cloze numbers{kept}"
        )
        lines.extend(f"  {LEDGER_NAME} {repair}" for repair in old.repairs)
    # Never suggest deleting a note that this deck still holds.
    live = {e.guid for e in entries}
    removed = [e for e in removed if e.guid not in live]
    lines.append(
        f"deck: since the last build {len(added)} added, {len(updated)} updated, "
        f"{len(removed)} removed, {unchanged} unchanged"
    )
    for entry in removed:
        lines.append(f"  removed {entry.kind}: {entry.file} › {entry.topic}: {entry.text[:60]}")
    if removed:
        lines.append(
            "deck: an import never deletes notes; to delete the removed ones, search the Anki browser for "
            f"{removed_search(removed)} and delete the notes it finds"
        )
    return lines
