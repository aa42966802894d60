"""The ID ledger file, ``deck-ids.json``: every note of the last build as the next build needs it.

The ledger lists, for every note of the last build, its GUID, kind, file, topic (the heading
path within the file), the anchor text it was matched on, a hash of its content, its
modification time and the cloze number of each deletion it has had.  It is committed beside
the notes, so it is written as stable, diff-friendly JSON, one note per line; a file we did not
write is refused (:class:`LedgerError`) rather than guessed at, since losing it would give every
edited note a new identity; its schema, validation and the migration of older versions are
:mod:`builder.emit.ledger_schema`.  How the entries are matched to a new build is
:mod:`builder.emit.identity`.
"""

from __future__ import annotations

import hashlib
import json
import unicodedata
from dataclasses import dataclass, fields

LEDGER_VERSION = 2


@dataclass(frozen=True, slots=True)
class Entry:
    """One note as the ledger remembers it."""

    guid: str
    kind: str
    file: str
    topic: str
    text: str
    """The anchor text the note was matched on (NFC)."""
    hash: str
    """Hash of the note's content: note type, fields and tags."""
    mod: int
    """Modification time written into the deck, seconds since the epoch."""
    clozes: Clozes = ()
    """Cloze number of each deletion the note has ever had, by a key that survives edits
    (see :func:`builder.emit.cloze_numbers.assign_clozes`); empty for basic notes and single-deletion notes."""


Clozes = tuple[tuple[str, int], ...]
_ENTRY_FIELDS = tuple(f.name for f in fields(Entry) if f.name != "clozes")


@dataclass(frozen=True, slots=True)
class Ledger:
    """The whole ledger file."""

    entries: tuple[Entry, ...] = ()
    note_types: tuple[str, int] | None = None
    """Hash of the note types' templates and CSS, and when it last changed."""
    migrated_from: int | None = None
    """The version of the file read, if older than :data:`LEDGER_VERSION` (it was migrated)."""
    repairs: tuple[str, ...] = ()
    """What the migration could not keep, one line each."""


class LedgerError(ValueError):
    """The ledger file is not one we wrote, or breaks a rule of its schema."""

    def __init__(self, message: str, line: int | None = None) -> None:
        super().__init__(message)
        self.line = line
        """The line to fix, when known."""


def nfc(text: str) -> str:
    return unicodedata.normalize("NFC", text)


def content_hash(*parts: str) -> str:
    """A short hash of NFC-normalised parts (Anki stores NFC; so do we before hashing)."""
    joined = "\x1f".join(nfc(p) for p in parts)
    return hashlib.sha256(joined.encode("utf-8")).hexdigest()[:16]


def parse_ledger(text: str) -> Ledger:
    """Read a ledger written by :func:`dump_ledger` (any version so far); raise :class:`LedgerError`
    naming the line to fix otherwise (:mod:`builder.emit.ledger_schema`)."""
    from builder.emit.ledger_schema import CURRENT_VERSION, SchemaError, load

    assert CURRENT_VERSION == LEDGER_VERSION
    try:
        loaded = load(text)
    except SchemaError as exc:
        raise LedgerError(str(exc), exc.line) from None
    return Ledger(tuple(loaded.entries), loaded.note_types, loaded.migrated_from, tuple(loaded.repairs))


def dump_ledger(ledger: Ledger) -> str:
    """The ledger as stable, diff-friendly JSON (one note per line)."""
    # Fields read directly: dataclasses.asdict deep-copies every value (0.2 s at 10x the seed).
    lines = [
        json.dumps(
            {f: getattr(e, f) for f in _ENTRY_FIELDS} | ({"clozes": dict(e.clozes)} if e.clozes else {}),
            ensure_ascii=False,
            sort_keys=True,
        )
        for e in ledger.entries
    ]
    types = {"hash": ledger.note_types[0], "mod": ledger.note_types[1]} if ledger.note_types else None
    head = json.dumps({"version": LEDGER_VERSION, "note_types": types}, ensure_ascii=False)[:-1]
    return head + ', "notes": [\n' + ",\n".join(lines) + "\n]}\n"
