"""The tool as a user installs it: a wheel of this checkout in a fresh virtualenv.

The wheel is built without build isolation and installed without its dependencies, which the
fresh venv borrows from the test's own environment: nothing is fetched.  The installed console
script then builds a copy of the seed from a temporary folder, far from this checkout, and
must write the same bytes as ``python -m builder`` does here.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import sysconfig
import tomllib
from dataclasses import dataclass
from pathlib import Path

import pytest

from builder.cli import EXIT_BUG, EXIT_OK, PROG
from tests.conftest import ROOT, SEED_DIR

OUTPUTS = ("aws-saa.apkg", "aws-saa.cards.html", "aws-saa.pdf", "aws-saa.html", "aws-saa.quiz.pdf", "aws-saa.quiz.html")


@dataclass(frozen=True)
class Installed:
    venv: Path
    script: Path
    package: Path
    """The installed ``builder`` package folder in the venv's site-packages."""


def _run(args: list[str | Path], cwd: Path) -> subprocess.CompletedProcess[str]:
    env = {k: v for k, v in os.environ.items() if k not in ("PYTHONPATH", "PYTHONHOME", "VIRTUAL_ENV")}
    return subprocess.run([str(a) for a in args], cwd=cwd, env=env, capture_output=True, text=True, timeout=300)


@pytest.fixture(scope="module")
def installed(tmp_path_factory: pytest.TempPathFactory) -> Installed:
    base = tmp_path_factory.mktemp("install")
    # Build from a copy: setuptools leaves build/ and *.egg-info beside the sources.
    source = base / "source"
    ignore = shutil.ignore_patterns("__pycache__", "*.egg-info", ".*")
    for name in ("builder", "templates"):
        shutil.copytree(ROOT / name, source / name, ignore=ignore)
    for name in ("pyproject.toml", "README.md"):
        shutil.copy2(ROOT / name, source / name)
    wheels = base / "wheels"
    pip = [sys.executable, "-m", "pip", "--disable-pip-version-check", "--no-input"]
    built = _run([*pip, "wheel", "--no-deps", "--no-build-isolation", "-q", "-w", wheels, source], cwd=base)
    assert built.returncode == 0, built.stderr
    [wheel] = wheels.glob("*.whl")

    venv = base / "venv"
    made = _run([sys.executable, "-m", "venv", "--without-pip", venv], cwd=base)
    assert made.returncode == 0, made.stderr
    python = venv / "bin" / "python"
    done = _run([*pip, "--python", python, "install", "--no-deps", "--no-index", "-q", wheel], cwd=base)
    assert done.returncode == 0, done.stderr
    site = Path(_run([python, "-c", "import sysconfig; print(sysconfig.get_path('purelib'))"], cwd=base).stdout.strip())
    # The dependencies, from this environment: a plain path in a .pth file, so that the
    # editable install of this checkout that lives there (its own .pth) is not picked up.
    (site / "_dependencies.pth").write_text(sysconfig.get_path("purelib") + "\n", encoding="utf-8")
    return Installed(venv, venv / "bin" / PROG, site / "builder")


def _project(folder: Path) -> Path:
    folder.mkdir()
    shutil.copytree(SEED_DIR, folder / "source_notes")
    return folder


def test_installed_tool_builds_the_seed_byte_identical_to_the_checkout(installed: Installed, tmp_path: Path) -> None:
    here = _project(tmp_path / "checkout")
    from_checkout = _run([sys.executable, "-m", "builder", "build"], cwd=here)
    assert from_checkout.returncode == EXIT_OK, from_checkout.stderr

    # The same notes and ID ledger (the first build may have recorded new notes in it).
    there = tmp_path / "installed"
    there.mkdir()
    shutil.copytree(here / "source_notes", there / "source_notes")
    where = _run([installed.venv / "bin" / "python", "-c", "import builder; print(builder.__file__)"], cwd=there)
    assert Path(where.stdout.strip()).parent == installed.package  # not this checkout
    from_wheel = _run([installed.script, "build"], cwd=there)
    assert from_wheel.returncode == EXIT_OK, from_wheel.stderr
    for name in OUTPUTS:
        assert (there / "dist" / name).read_bytes() == (here / "dist" / name).read_bytes(), name


def test_installed_tool_has_version_and_subcommands(installed: Installed, tmp_path: Path) -> None:
    version = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]["version"]
    shown = _run([installed.script, "--version"], cwd=tmp_path)
    assert shown.returncode == EXIT_OK and shown.stdout.strip() == f"{PROG} {version}"
    as_module = _run([installed.venv / "bin" / "python", "-m", "builder", "--version"], cwd=tmp_path)
    assert as_module.stdout == shown.stdout
    helped = _run([installed.script, "--help"], cwd=tmp_path)
    assert "build" in helped.stdout and "inspect" in helped.stdout
    inspected = _run([installed.script, "inspect"], cwd=_project(tmp_path / "p"))
    assert inspected.returncode == EXIT_OK and '"topics"' in inspected.stdout


def test_missing_template_is_reported_as_a_bug_with_its_path(installed: Installed, tmp_path: Path) -> None:
    template = installed.package / "templates" / "anki" / "fields" / "comparison.html.j2"
    kept = template.read_bytes()
    template.unlink()
    try:
        project = _project(tmp_path / "p")
        broken = _run([installed.script, "build", "--only", "deck"], cwd=project)
    finally:
        template.write_bytes(kept)
    assert broken.returncode == EXIT_BUG, broken.stderr
    assert str(template) in broken.stderr and "bug" in broken.stderr and "broken installation" in broken.stderr
    assert "cannot write the output" not in broken.stderr and "Traceback" not in broken.stderr
    assert not (project / "dist" / "aws-saa.apkg").exists()


def test_every_package_is_in_the_wheel() -> None:
    # pyproject.toml lists the packages (templates/ is mapped into one): a new one must be added.
    listed = set(tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["tool"]["setuptools"]["packages"])
    on_disk = {".".join(p.parent.relative_to(ROOT).parts) for p in (ROOT / "builder").rglob("__init__.py")} | {
        "builder.templates"
    }
    assert on_disk == listed, "add every package under builder/ to [tool.setuptools] packages in pyproject.toml"
