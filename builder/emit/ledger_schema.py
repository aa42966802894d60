"""The ID ledger's schema: each entry validated on load, older versions migrated.

A ledger is committed beside the notes and may be edited by hand, merged by git or damaged, and
what it says decides which Anki note each note updates.  So nothing in it is trusted: every
entry must have a GUID (a non-empty string, unique in the file), its text fields as strings, a
modification time that is a whole number of seconds Anki accepts and cloze numbers from 1 to
:data:`MAX_CLOZE` (Anki's own limit), each used once in the note.

Version 2 (the current one) has the same shape as version 1; it marks a ledger written by a
builder that validates.  A version-2 ledger that breaks a rule stops the build, naming the file
and the line to fix.  A version-1 ledger (written before validation, so possibly hand-edited
without a check) is migrated: every GUID and cloze number that follows the rules is kept, and
each one that cannot be is named in the build's summary (a duplicate GUID keeps its first
entry; a missing GUID cannot be kept; a cloze number out of range is dropped, and that card gets
a new number; a bad time is reset, and the note is re-stamped when its content changes).
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass, field
from typing import Any

from builder.emit.ledger import Entry, nfc

CURRENT_VERSION = 2
MAX_CLOZE = 65_536
"""Highest cloze number Anki can make a card for (card ordinals are 16-bit; measured: a note with
``{{c65536::…}}`` imports, one with ``{{c100000::…}}`` makes Anki refuse the whole package).  The
builder gives each quantity of a line its own number, so a line of thousands of quantities
legitimately numbers in the thousands."""
MAX_MOD = 253_402_300_799
"""Latest modification time accepted: 9999-12-31, seconds since the epoch."""
_TEXT_FIELDS = ("kind", "file", "topic", "text", "hash")
_NOTES_START = re.compile(r'"notes"\s*:\s*\[')


class SchemaError(ValueError):
    """A rule of the schema broken in a current-version ledger."""

    def __init__(self, message: str, line: int | None = None) -> None:
        super().__init__(message)
        self.line = line


@dataclass
class Loaded:
    entries: list[Entry] = field(default_factory=list)
    note_types: tuple[str, int] | None = None
    migrated_from: int | None = None
    repairs: list[str] = field(default_factory=list)
    """What a migration could not keep, one line each (naming the ledger line)."""


def load(text: str) -> Loaded:
    """Validate (and, for an older version, migrate) the ledger ``text``; raise :class:`SchemaError`."""
    try:
        raw = json.loads(text)
    except json.JSONDecodeError as exc:
        raise SchemaError(f"not valid JSON ({exc.msg})", exc.lineno) from None
    except (ValueError, RecursionError) as exc:  # a number of 5,000 digits, nesting too deep
        raise SchemaError(f"not a ledger the builder wrote ({str(exc)[:80]})") from None
    if not isinstance(raw, dict):
        raise SchemaError("not a ledger the builder wrote (not a JSON object)", 1)
    version = raw.get("version")
    if type(version) is not int or version < 1:
        raise SchemaError(f"unknown ledger version {version!r}", 1)
    if version > CURRENT_VERSION:
        raise SchemaError(
            f"ledger version {version} was written by a newer builder (this one reads up to {CURRENT_VERSION}); "
            "update the builder",
            1,
        )
    notes = raw.get("notes")
    if not isinstance(notes, list):
        raise SchemaError('not a ledger the builder wrote (no "notes" list)', 1)
    loaded = Loaded(migrated_from=version if version < CURRENT_VERSION else None)
    strict = version == CURRENT_VERSION
    loaded.note_types = _note_types(raw.get("note_types"), strict, loaded)
    lines = _entry_lines(text, len(notes))
    seen: dict[str, int | None] = {}
    for raw_entry, line in zip(notes, lines, strict=True):
        entry = _entry(raw_entry, line, strict, loaded)
        if entry is None:
            continue
        if entry.guid in seen:
            first = seen[entry.guid]
            _broken(
                strict, loaded, line, f"GUID {entry.guid!r} is listed twice (first at line {first}); the first kept"
            )
            continue
        seen[entry.guid] = line
        loaded.entries.append(entry)
    return loaded


def _entry(raw: Any, line: int | None, strict: bool, loaded: Loaded) -> Entry | None:
    if not isinstance(raw, dict):
        _broken(strict, loaded, line, "an entry that is not a JSON object; dropped")
        return None
    guid = raw.get("guid")
    if not isinstance(guid, str) or not guid.strip() or len(guid) > 64:
        _broken(strict, loaded, line, f"an entry without a valid GUID ({guid!r}); it cannot be kept")
        return None
    for name in _TEXT_FIELDS:
        if not isinstance(raw.get(name), str):
            _broken(strict, loaded, line, f"GUID {guid!r}: {name!r} is not text ({raw.get(name)!r}); dropped")
            return None
    mod = raw.get("mod")
    if type(mod) is not int or not 0 <= mod <= MAX_MOD:
        _broken(strict, loaded, line, f"GUID {guid!r}: modification time {mod!r} is out of range; reset")
        mod = 0
    clozes: dict[str, int] = {}
    raw_clozes = raw.get("clozes", {})
    if not isinstance(raw_clozes, dict):
        _broken(strict, loaded, line, f"GUID {guid!r}: 'clozes' is not an object; its cloze numbers are dropped")
        raw_clozes = {}
    used: set[int] = set()
    for key, number in raw_clozes.items():
        if type(number) is not int or not 1 <= number <= MAX_CLOZE:
            _broken(strict, loaded, line, f"GUID {guid!r}: cloze number {number!r} is not in 1..{MAX_CLOZE}; dropped")
        elif number in used:
            _broken(strict, loaded, line, f"GUID {guid!r}: cloze number {number} is used twice; the first kept")
        else:
            used.add(number)
            clozes[nfc(key)] = number
    return Entry(
        guid,
        raw["kind"],
        nfc(raw["file"]),
        nfc(raw["topic"]),
        nfc(raw["text"]),
        raw["hash"],
        mod,
        tuple(sorted(clozes.items())),
    )


def _note_types(raw: Any, strict: bool, loaded: Loaded) -> tuple[str, int] | None:
    if raw is None:
        return None
    if isinstance(raw, dict) and isinstance(raw.get("hash"), str) and type(raw.get("mod")) is int:  # noqa: SIM102
        if 0 <= raw["mod"] <= MAX_MOD:
            return raw["hash"], raw["mod"]
    _broken(strict, loaded, 1, "'note_types' is not a hash and a time; the note types are stamped anew")
    return None


def _broken(strict: bool, loaded: Loaded, line: int | None, message: str) -> None:
    """A rule broken: an error in a current ledger, a repair (reported) in an older one."""
    if strict:
        raise SchemaError(message, line)
    where = f"line {line}: " if line else ""
    loaded.repairs.append(where + message)


def _entry_lines(text: str, count: int) -> list[int | None]:
    """The 1-based line each of the ``count`` entries of ``notes`` starts on (None where unknown)."""
    found = _NOTES_START.search(text)
    lines: list[int | None] = []
    if found:
        decoder = json.JSONDecoder()
        position = counted = found.end()
        line = text.count("\n", 0, position) + 1
        for _ in range(count):
            while position < len(text) and text[position] in " \t\r\n,":
                position += 1
            line += text.count("\n", counted, position)
            counted = position
            try:
                _, position = decoder.raw_decode(text, position)
            except ValueError:
                break
            lines.append(line)
    return lines + [None] * (count - len(lines))
