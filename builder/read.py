"""Find the notes files and turn their bytes into clean text, or say precisely why not.

Learners' files come from many editors and blogs: a BOM, CRLF line ends, control characters
and NBSPs are cleaned here; CP949/EUC-KR files (common for Korean notes) and binary files are
refused with a message that says how to fix them.  Text is NFC-normalised, as Anki stores it.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from pathlib import Path

from builder.errors import Problems

NOTE_SUFFIXES = (".md", ".markdown")
"""The endings of a notes file: ``.markdown`` is what Jekyll names a new post."""
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f\u200b\ufeff]")
_NBSP = re.compile(r"[\u00a0\u2007\u202f\u3000]")


@dataclass(frozen=True, slots=True)
class SourceText:
    """One notes file, decoded and cleaned."""

    path: str
    """POSIX path relative to the notes folder: what messages and the model call the file."""
    text: str


def find_note_files(notes_dir: Path, problems: Problems) -> list[Path]:
    """Every ``*.md`` and ``*.markdown`` file under ``notes_dir`` (hidden files and folders skipped), sorted.

    Only files whose resolved path is inside the resolved notes folder are returned: a link to
    a file elsewhere (``ln -s /etc/passwd x.md``) is a warning and is never opened, since what
    is read here is published in the deck, the cheat sheet and the ledger.  A file whose name
    is not valid UTF-8 is an error (Anki, JSON and the messages all need a text name).
    """
    if not notes_dir.exists():
        problems.error(
            str(notes_dir),
            None,
            "the notes folder does not exist (create it and put your .md notes in it, or pass --notes DIR)",
        )
        return []
    if not notes_dir.is_dir():
        problems.error(str(notes_dir), None, "is not a folder; pass the folder that holds your .md notes")
        return []
    root = notes_dir.resolve()
    files = []
    for p in sorted({p for suffix in NOTE_SUFFIXES for p in notes_dir.rglob(f"*{suffix}")}):
        if any(part.startswith(".") for part in p.relative_to(notes_dir).parts) or not p.is_file():
            continue
        if not inside(p, root):
            problems.warn(
                shown_name(p), None, f"links to {shown_name(p.resolve())}, outside the notes folder; not read"
            )
        elif not _text_name(p.relative_to(notes_dir).as_posix()):
            problems.error(shown_name(p), None, "the file name is not valid UTF-8; rename the file")
        else:
            files.append(p)
    if not files and not problems.errors:
        problems.error(str(notes_dir), None, "no notes found: the folder has no .md or .markdown files")
    return files


def inside(path: Path, root: Path) -> bool:
    """Whether ``path``, with every link and ``..`` resolved, is inside the resolved ``root``."""
    try:
        return path.resolve().is_relative_to(root.resolve())
    except (OSError, RuntimeError):  # a link loop
        return False


def shown_name(path: Path | str) -> str:
    """``path`` as messages can print it: bytes that are not UTF-8 shown as U+FFFD."""
    return str(path).encode("utf-8", "surrogateescape").decode("utf-8", "replace")


def _text_name(name: str) -> bool:
    try:
        name.encode("utf-8")
    except UnicodeEncodeError:
        return False
    return True


def read_source(path: Path, notes_dir: Path, problems: Problems) -> SourceText | None:
    """Decode one file; on failure record an error naming file and line and return None."""
    name = path.relative_to(notes_dir).as_posix()
    shown = shown_name(path)
    try:
        data = path.read_bytes()
    except OSError as exc:
        problems.error(shown, None, f"cannot read the file: {exc.strerror or exc}")
        return None
    if _looks_binary(data):
        problems.error(shown, None, "is not a text file (it holds binary data); notes must be UTF-8 markdown")
        return None
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        line = data.count(b"\n", 0, exc.start) + 1
        problems.error(shown, line, _decode_hint(data, path))
        return None
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    bad = _CONTROL.search(text)
    if bad:
        line = text.count("\n", 0, bad.start()) + 1
        problems.warn(shown, line, f"removed invisible control character U+{ord(bad.group()):04X}")
        text = _CONTROL.sub("", text)
    text = _NBSP.sub(" ", unicodedata.normalize("NFC", text))
    return SourceText(name, text)


def _looks_binary(data: bytes) -> bool:
    """NUL bytes, or mostly bytes that no text encoding uses."""
    if b"\x00" in data[:8192]:
        return True
    sample = data[:8192]
    if not sample:
        return False
    controls = sum(1 for b in sample if b < 9 or 13 < b < 32)
    return controls / len(sample) > 0.05


def _decode_hint(data: bytes, path: Path) -> str:
    try:
        data.decode("cp949")
    except UnicodeDecodeError:
        return "is not valid UTF-8; save it as UTF-8 in your editor"
    return (
        "is encoded in CP949/EUC-KR, not UTF-8; convert it with "
        f"`iconv -f cp949 -t utf-8 '{path.name}' > utf8.md` and replace the file"
    )
