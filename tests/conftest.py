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
