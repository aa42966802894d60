"""The command line as a process: what a build leaves behind outside its output folder, and the
compiled-template cache it keeps between builds (``builder.__main__``, ``builder.resources``)."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

from builder.resources import CACHE_ENV
from tests.conftest import ROOT, SEED_DIR


def _build(out: Path, env_extra: dict[str, str], *only: str) -> subprocess.CompletedProcess[str]:
    # A copy of the seed beside the output: a build writes its ledger into the notes folder, and
    # the repository's own must stay as committed (or as the developer left it, uncommitted).
    notes = out.parent / f"{out.name}-notes"
    if not notes.exists():
        shutil.copytree(SEED_DIR, notes)
    env = {**os.environ, **env_extra}
    command = [sys.executable, "-m", "builder", "build", "--notes", str(notes), "--out", str(out), "--force"]
    for output in only:
        command += ["--only", output]
    return subprocess.run(command, cwd=ROOT, env=env, capture_output=True, text=True, timeout=600, check=False)


def test_a_pdf_build_leaves_no_temporary_font_folder_and_prints_everything_it_wrote(tmp_path: Path) -> None:
    # The process ends with os._exit after the exit functions: WeasyPrint's font folder
    # (removed by one of them) must not survive it, and piped output must be complete.
    temp = tmp_path / "tmp"
    temp.mkdir()
    done = _build(tmp_path / "out", {"TMPDIR": str(temp), CACHE_ENV: str(tmp_path / "cache")}, "deck", "pdf")
    assert done.returncode == 0, done.stderr
    assert sorted(p.name for p in temp.iterdir()) == []
    wrote = [line for line in done.stdout.splitlines() if line.startswith("wrote ")]
    assert any(line.endswith(".pdf") for line in wrote) and any(line.endswith(".apkg") for line in wrote), done.stdout


def test_bad_notes_still_exit_non_zero_with_the_message(tmp_path: Path) -> None:
    notes = tmp_path / "notes"
    notes.mkdir()
    (notes / "a.md").write_bytes(b"# \xff\xfe broken\n")
    env = {**os.environ, CACHE_ENV: ""}
    command = [sys.executable, "-m", "builder", "build", "--notes", str(notes), "--out", str(tmp_path / "out")]
    done = subprocess.run(command, cwd=ROOT, env=env, capture_output=True, text=True, timeout=300, check=False)
    assert done.returncode == 1
    assert "a.md:1" in done.stderr and "Traceback" not in done.stderr
    assert not (tmp_path / "out").exists()


def test_compiled_templates_are_kept_and_a_damaged_cache_only_costs_a_compile(tmp_path: Path) -> None:
    cache = tmp_path / "cache"
    env = {CACHE_ENV: str(cache)}
    try:
        first = _build(tmp_path / "one", env, "deck")
        kept = sorted((cache / "templates").iterdir())
        second = _build(tmp_path / "two", env, "deck")
        for path in kept:
            path.write_bytes(b"not a compiled template")
        third = _build(tmp_path / "three", env, "deck")
        (cache / "templates").chmod(0o500)  # read-only: nothing can be written, builds go on
        fourth = _build(tmp_path / "four", env, "deck")
    finally:
        (cache / "templates").chmod(0o700)
    for done in (first, second, third, fourth):
        assert done.returncode == 0, done.stderr
    assert len(kept) >= 10  # the card fields and the preview page
    previews = {name: (tmp_path / name / "aws-saa.cards.html").read_bytes() for name in ("one", "two", "three", "four")}
    assert len(set(previews.values())) == 1, "a cached template rendered differently"


def test_an_empty_cache_setting_writes_no_cache(tmp_path: Path) -> None:
    home = tmp_path / "home"
    home.mkdir()
    done = _build(tmp_path / "out", {CACHE_ENV: "", "HOME": str(home), "XDG_CACHE_HOME": str(home / "xdg")}, "deck")
    assert done.returncode == 0, done.stderr
    assert list(home.rglob("*")) == []
