"""Shared test fixtures: the project's paths and the seed notes; the Hypothesis profiles."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from hypothesis import settings

# Property tests: in CI (``CI`` set) every run tries the same examples (derandomized: the seed
# comes from each test's name), so a failure seen there replays anywhere with
# ``CI=1 ./run test``.  Locally, new random examples each run, and the ones that failed are kept
# in .hypothesis/ (not in git) and tried first next time.  HYPOTHESIS_PROFILE picks one by name.
settings.register_profile("ci", derandomize=True, database=None, print_blob=True)
settings.register_profile("dev", print_blob=True)
PROFILE = os.environ.get("HYPOTHESIS_PROFILE") or ("ci" if os.environ.get("CI") else "dev")
settings.load_profile(PROFILE)


def pytest_report_header() -> str:
    return f"hypothesis profile: {PROFILE} (derandomize={settings.default.derandomize})"


def pytest_terminal_summary(terminalreporter: pytest.TerminalReporter) -> None:
    # Also under -q, where pytest shows no header: say how the examples were chosen.
    terminalreporter.write_line(
        f"hypothesis profile: {PROFILE} (derandomize={settings.default.derandomize}, "
        f"database={'none' if settings.default.database is None else '.hypothesis/'})"
    )


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


@pytest.fixture(scope="session", autouse=True)
def _template_cache(tmp_path_factory: pytest.TempPathFactory) -> None:
    """Compiled templates go to a folder of this test run, not to the user's cache."""
    from builder.resources import CACHE_ENV

    os.environ[CACHE_ENV] = str(tmp_path_factory.mktemp("template-cache"))


@pytest.fixture
def which_cards_from_any_note(monkeypatch: pytest.MonkeyPatch) -> None:
    """Which cards from a note of any size.  The tests of a line's which card write a note of a
    name or two, which the glossary rule (tested on its own) would leave without which cards."""
    import builder.analyse

    monkeypatch.setattr(builder.analyse, "GLOSSARY_NAMES", 1)
