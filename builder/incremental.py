"""Skip outputs that are already up to date: content hashes of their inputs, kept in a manifest.

Each output (the deck and its card preview; the cheat sheet's PDF and HTML; the quiz's PDF and
HTML) depends on some inputs, hashed by content, never by timestamp:

- all: every notes file, ``deck.toml``, the builder's own code and the installed packages;
- the deck: ``templates/anki/``, ``templates/preview/``, ``templates/fonts/NanumGothic.ttf`` (the
  preview embeds that face), the deck's ID ledger (GUIDs and modification times) and the pictures under
  the notes folder;
- the cheat sheet: ``templates/cheatsheet/``, ``templates/fonts/`` and the pictures under the notes
  folder, unless ``sheet_images = false``;
- the quiz: ``templates/cheatsheet/`` and ``templates/fonts/`` (it shows no pictures).

Pictures are every image file under the notes folder (an Obsidian embed may name any of them), not
only those the notes show: which ones they show is known only after parsing, which an up-to-date
build skips.  Links that lead outside the notes folder are not followed.

After a successful build, ``<out>/.build-manifest.json`` records those hashes and the hashes of
the files written.  The next build rebuilds an output only if an input hash differs or one of
its files is missing or was changed by hand; ``--force`` rebuilds anyway.  A skipped deck does
not touch the ledger.  The manifest is an optimisation: if it is missing or unreadable,
everything is rebuilt; if it cannot be written, the next build rebuilds.
"""

from __future__ import annotations

import hashlib
import json
import os
import sys
import tempfile
from collections.abc import Collection, Iterable
from dataclasses import dataclass, field
from pathlib import Path

from builder import resources
from builder.config import CONFIG_NAME, DeckConfig
from builder.errors import Problem, Problems
from builder.model import IMAGE_SUFFIXES
from builder.read import find_note_files

MANIFEST_NAME = ".build-manifest.json"
MANIFEST_VERSION = 1
LEDGER_NAME = "deck-ids.json"  # builder.emit.deck.LEDGER_NAME, without importing genanki
CODE_DIR = Path(__file__).resolve().parent
TEMPLATES_DIR = resources.root()
TEMPLATE_INPUTS = {
    "deck": ("anki", "preview", "fonts/NanumGothic.ttf"),
    "pdf": ("cheatsheet", "fonts"),
    "quiz": ("cheatsheet", "fonts"),
}
"""Folders and files under ``templates/`` that each output reads.  The deck's card preview embeds
only the regular face (``builder.emit.webfont.REGULAR``): hashing the other two fonts, 7 MB read
and hashed on every build, would only slow a build that cannot depend on them."""
Inputs = dict[str, str]
"""Component name (``notes``, ``config``, ``code``, ``templates``, …) → content hash."""


def output_files(output: str, config: DeckConfig) -> tuple[str, ...]:
    """The files in the output folder that ``output`` writes."""
    if output == "deck":
        return (f"{config.file}.apkg", f"{config.file}.cards.html")
    if output == "quiz":
        return (f"{config.file}.quiz.html", f"{config.file}.quiz.pdf")
    return (f"{config.file}.html", f"{config.file}.pdf")


@dataclass
class Plan:
    """What a build must do: the outputs to rebuild and the hashes to record once they are."""

    notes_dir: Path
    out_dir: Path
    config: DeckConfig
    stale: tuple[str, ...]
    """Requested outputs to rebuild, in build order."""
    fresh: tuple[str, ...]
    """Requested outputs that are up to date and will be skipped."""
    inputs: dict[str, Inputs] = field(default_factory=dict)
    """Input hashes of every requested output, taken before the build reads anything."""
    changed: dict[str, tuple[str, ...]] = field(default_factory=dict)
    """For each stale output, the components that differ from the manifest (``new`` if none)."""
    warnings: list[Problem] = field(default_factory=list)
    """Warnings of the builds that made the fresh outputs, to show again when they are skipped."""

    def summary(self) -> list[str]:
        """Lines for the learner about the skipped outputs."""
        names = {"deck": "deck", "pdf": "cheat sheet", "quiz": "quiz"}
        return [f"{names[o]}: up to date, not rebuilt (--force rebuilds)" for o in self.fresh]


def plan(
    notes_dir: Path,
    out_dir: Path,
    config: DeckConfig,
    outputs: Collection[str],
    *,
    force: bool = False,
    strict: bool = False,
) -> Plan:
    """Decide which of ``outputs`` need building, from the manifest in ``out_dir``.

    With ``strict``, an output whose build had warnings is rebuilt, so that the warnings fail.
    """
    requested = tuple(outputs)
    shared = _shared_hashes(notes_dir)
    inputs = {
        o: input_hashes(notes_dir, o, shared, images=o == "deck" or (o == "pdf" and config.sheet_images))
        for o in requested
    }
    recorded = _read_manifest(out_dir / MANIFEST_NAME)
    stale: list[str] = []
    fresh: list[str] = []
    changed: dict[str, tuple[str, ...]] = {}
    warnings: list[Problem] = []
    for output in requested:
        entry = recorded.get(output)
        differs = _differences(entry, inputs[output], out_dir, config, output)
        old = _warnings(entry)
        if force or differs or (strict and old):
            stale.append(output)
            changed[output] = differs or (("forced",) if force else ("warnings",))
        else:
            fresh.append(output)
            warnings.extend(w for w in old if w not in warnings)
    return Plan(notes_dir, out_dir, config, tuple(stale), tuple(fresh), inputs, changed, warnings)


def record(plan: Plan, built: Iterable[str], warnings: Iterable[Problem] = ()) -> None:
    """After publishing, remember the inputs, files and warnings of ``built`` (other entries are kept)."""
    path = plan.out_dir / MANIFEST_NAME
    manifest = _read_manifest(path)
    shown = [[w.path, w.line, w.message] for w in warnings]
    for output in built:
        inputs = dict(plan.inputs[output])
        if output == "deck":
            # The deck build has just rewritten the ledger: record what it wrote.
            inputs["ledger"] = _hash_files([plan.notes_dir / LEDGER_NAME])
        files = {name: _file_hash(plan.out_dir / name) for name in output_files(output, plan.config)}
        manifest[output] = {"inputs": inputs, "files": files, "warnings": shown}
    text = json.dumps({"version": MANIFEST_VERSION, "outputs": manifest}, indent=1, sort_keys=True)
    try:
        fd, tmp = tempfile.mkstemp(dir=plan.out_dir, prefix=f"{MANIFEST_NAME}.", suffix=".tmp")
        with os.fdopen(fd, "w", encoding="utf-8") as handle:
            handle.write(text + "\n")
        os.replace(tmp, path)
    except OSError:
        # Without a manifest the next build simply rebuilds; never fail a finished build.
        path.unlink(missing_ok=True)


def input_hashes(notes_dir: Path, output: str, shared: Inputs | None = None, *, images: bool = True) -> Inputs:
    """Content hashes of everything ``output`` is built from (``shared``: from :func:`_shared_hashes`;
    ``images``: whether the output shows the notes' pictures)."""
    inputs = {
        **(shared or _shared_hashes(notes_dir)),
        "templates": _hash_files(
            sorted(p for name in TEMPLATE_INPUTS[output] for p in _files(TEMPLATES_DIR / name)),
            relative_to=TEMPLATES_DIR,
        ),
    }
    if output == "deck":
        inputs["ledger"] = _hash_files([notes_dir / LEDGER_NAME])
    if images:
        inputs["images"] = _hash_files(image_files(notes_dir), relative_to=notes_dir)
    return inputs


def _files(path: Path) -> list[Path]:
    """``path`` itself if it is a file, else every file under it."""
    return [path] if path.is_file() else [p for p in path.rglob("*") if p.is_file()]


def image_files(notes_dir: Path) -> list[Path]:
    """Every picture file under the notes folder that resolves inside it, in name order."""
    if not notes_dir.is_dir():
        return []
    root = notes_dir.resolve()
    found = []
    for path in notes_dir.rglob("*"):
        if path.suffix.lower() in IMAGE_SUFFIXES and path.is_file() and path.resolve().is_relative_to(root):
            found.append(path)
    return sorted(found)


def _shared_hashes(notes_dir: Path) -> Inputs:
    """The inputs of every output: the notes, the config and the code."""
    notes = find_note_files(notes_dir, Problems())
    return {
        "notes": _hash_files(notes, relative_to=notes_dir),
        "config": _hash_files([notes_dir / CONFIG_NAME]),
        "code": code_hash(),
    }


def code_hash() -> str:
    """The builder's source, the Python version and the installed packages' versions."""
    digest = hashlib.sha256(sys.version.encode())
    for path in sorted(CODE_DIR.rglob("*.py")):
        digest.update(path.relative_to(CODE_DIR).as_posix().encode() + b"\0" + path.read_bytes())
    for entry in sys.path:
        # ``genanki-0.13.1.dist-info``: a dependency upgrade may change the output.
        if entry.endswith("site-packages") and os.path.isdir(entry):
            digest.update(" ".join(sorted(n for n in os.listdir(entry) if n.endswith(".dist-info"))).encode())
    return digest.hexdigest()


def _differences(entry: object, inputs: Inputs, out_dir: Path, config: DeckConfig, output: str) -> tuple[str, ...]:
    """Why ``output`` must be rebuilt; empty if it is up to date."""
    if not isinstance(entry, dict) or not isinstance(entry.get("inputs"), dict):
        return ("new",)
    old: dict[str, str] = entry["inputs"]
    differs = tuple(k for k in sorted(set(inputs) | set(old)) if inputs.get(k) != old.get(k))
    files = entry.get("files")
    if not isinstance(files, dict) or set(files) != set(output_files(output, config)):
        return (*differs, "outputs")
    if any(_file_hash(out_dir / name) != digest for name, digest in files.items()):
        return (*differs, "outputs")
    return differs


def _warnings(entry: object) -> list[Problem]:
    if not isinstance(entry, dict) or not isinstance(entry.get("warnings"), list):
        return []
    try:
        return [Problem(str(path), line, str(message), "warning") for path, line, message in entry["warnings"]]
    except (TypeError, ValueError):
        return []


def _read_manifest(path: Path) -> dict[str, object]:
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}
    if (
        not isinstance(data, dict)
        or data.get("version") != MANIFEST_VERSION
        or not isinstance(data.get("outputs"), dict)
    ):
        return {}
    return dict(data["outputs"])


def _hash_files(paths: Iterable[Path], *, relative_to: Path | None = None) -> str:
    """One hash over the names and contents of ``paths`` (a missing file hashes as missing)."""
    digest = hashlib.sha256()
    for path in paths:
        name = path.relative_to(relative_to).as_posix() if relative_to else path.name
        digest.update(os.fsencode(name) + b"\0")
        try:
            digest.update(hashlib.sha256(path.read_bytes()).digest())
        except OSError:
            digest.update(b"missing")
    return digest.hexdigest()


def _file_hash(path: Path) -> str | None:
    try:
        return hashlib.sha256(path.read_bytes()).hexdigest()
    except OSError:
        return None
