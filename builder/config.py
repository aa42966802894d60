"""The learner's small config: ``deck.toml`` in the notes folder (optional).

name = "AWS SAA"        # the Anki deck's name (subdecks per file go under it)
file = "aws-saa"        # dist/<file>.apkg and dist/<file>.pdf
paper = "A4"            # or "Letter", for the cheat sheet
sheet_images = true     # false: the cheat sheet leaves the notes' pictures out (the deck keeps them)
"""

from __future__ import annotations

import re
import tomllib
from dataclasses import dataclass
from pathlib import Path
from typing import Literal

from builder.errors import NotesError, Problem

CONFIG_NAME = "deck.toml"
DEFAULT_NAME = "Study Notes"

Paper = Literal["A4", "Letter"]


@dataclass(frozen=True, slots=True)
class DeckConfig:
    name: str = DEFAULT_NAME
    """The Anki deck's name; each notes file becomes a subdeck ``name::section``."""
    file: str = "study-notes"
    """Stem of the output files in ``dist/``."""
    paper: Paper = "A4"
    sheet_images: bool = True
    """Whether the cheat sheet shows the notes' pictures (small, under their topic)."""


def file_stem(name: str) -> str:
    """A file name for ``name`` that is safe on every system (Hangul kept)."""
    stem = re.sub(r"[^\w.-]+", "-", name, flags=re.UNICODE).strip("-.")
    return stem.lower() or "notes"


def load_config(notes_dir: Path) -> DeckConfig:
    """Read ``deck.toml`` from the notes folder; defaults where it or a key is missing."""
    path = notes_dir / CONFIG_NAME
    if not path.exists():
        return DeckConfig()
    try:
        raw = tomllib.loads(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, tomllib.TOMLDecodeError) as exc:
        raise NotesError(Problem(str(path), None, f"cannot read the config: {exc}")) from None
    unknown = set(raw) - {"name", "file", "paper", "sheet_images"}
    if unknown:
        raise NotesError(
            Problem(str(path), None, f"unknown keys {sorted(unknown)}; expected name, file, paper, sheet_images")
        )
    sheet_images = raw.get("sheet_images", True)
    if not isinstance(sheet_images, bool):
        raise NotesError(Problem(str(path), None, "`sheet_images` must be true or false"))
    name = raw.get("name", DEFAULT_NAME)
    paper = raw.get("paper", "A4")
    if not isinstance(name, str) or not name.strip():
        raise NotesError(Problem(str(path), None, "`name` must be a non-empty string"))
    if paper not in ("A4", "Letter"):
        raise NotesError(Problem(str(path), None, f'`paper` must be "A4" or "Letter", not {paper!r}'))
    file = raw.get("file") or file_stem(name)
    if not isinstance(file, str) or file_stem(file) != file:
        raise NotesError(Problem(str(path), None, f"`file` must be a plain file name like {file_stem(str(file))!r}"))
    return DeckConfig(name=name.strip(), file=file, paper=paper, sheet_images=sheet_images)
