"""Shared test fixtures: the project's paths and the seed notes."""

from __future__ import annotations

from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
SEED_DIR = ROOT / "source_notes"
FIXTURES = Path(__file__).resolve().parent / "fixtures"


@pytest.fixture(scope="session")
def seed_dir() -> Path:
    return SEED_DIR


def make_notes(root: Path, files: dict[str, bytes | str]) -> Path:
    """A notes folder ``root/notes`` holding ``files`` (text is written as UTF-8)."""
    folder = root / "notes"
    folder.mkdir()
    for name, content in files.items():
        (folder / name).write_bytes(content.encode("utf-8") if isinstance(content, str) else content)
    return folder
