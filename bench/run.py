"""Benchmark the build: cold build processes on the seed and on synthetic 10× and 100× notes.

    .venv/bin/python bench/run.py [--sizes 1,10,100] [--repeat 3] [--pdf-sizes 1,10]

For each input it runs ``python -m builder build`` as a fresh process (empty output folder, no
ID ledger) for the deck only (with its card preview), the cheat sheet only, both, and all three
outputs (deck, cheat sheet, quiz), and prints the wall time, the time in each stage (from
``--timings``), the peak memory of the process and what was made.  What the quiz adds to a
cold full build is the difference between the last two; the preview's size and build time
come from the deck-only build.
In the same run it measures two floors on the same content: a process that only writes the
deck's notes with genanki, and a process that only prints the cheat sheet's HTML with
WeasyPrint; the ratios to those floors hold on a noisy machine.  Times are the best of
``--repeat`` runs.  The 100× cheat sheet takes minutes, so PDFs are built only for
``--pdf-sizes`` (default 1 and 10; add 100 to measure it once).  ``--corners`` adds the corner
inputs of ``bench/corners.py`` (a 2 MB line, a long Korean line without spaces, 10,000 files),
each at half and full size, to check that their time grows linearly.

Synthetic notes at k× are k copies of ``source_notes/*.md`` and k/10 (at least one) copies of
``tests/fixtures/parse/*.md``, with a copy number added to every heading and title, so topics,
decks and notes are distinct.
"""

from __future__ import annotations

import argparse
import json
import os
import re
import shutil
import sqlite3
import subprocess
import sys
import tempfile
import time
import zipfile
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
BENCH = Path(__file__).resolve().parent
SEED = ROOT / "source_notes"
FIXTURES = ROOT / "tests" / "fixtures" / "parse"
PYTHON = sys.executable
STAGES = ("parse", "deck", "preview", "html", "pdf layout", "pdf write", "quiz layout", "quiz write")
_HEADING = re.compile(r"^(#{1,6}[ \t]+)(.+?)[ \t]*$", re.MULTILINE)
_TITLE = re.compile(r"^(title:[ \t]*)(.+?)[ \t]*$", re.MULTILINE)


@dataclass
class Run:
    """One finished process."""

    seconds: float
    peak_mb: float
    cpu: float
    """CPU seconds of the process (user + system): steadier than wall time on a busy machine."""
    stdout: str
    stderr: str
    timings: dict[str, float] = field(default_factory=dict)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--sizes", default="1,10,100", help="copies of the notes to build (default 1,10,100)")
    parser.add_argument("--pdf-sizes", default="1,10", help="sizes whose cheat sheet is built (default 1,10)")
    parser.add_argument("--repeat", type=int, default=3, help="runs per measurement; the best counts")
    parser.add_argument("--keep", type=Path, help="keep the generated notes and outputs in this folder")
    parser.add_argument(
        "--corners", action="store_true", help="also build the corner inputs of bench/corners.py (a few minutes)"
    )
    args = parser.parse_args()
    sizes = [int(s) for s in args.sizes.split(",")]
    pdf_sizes = {int(s) for s in args.pdf_sizes.split(",")}

    work = Path(tempfile.mkdtemp(prefix="bench-")) if args.keep is None else args.keep
    work.mkdir(parents=True, exist_ok=True)
    env = dict(os.environ)
    # A learner's Python caches bytecode; a benchmark that recompiles every module would
    # measure the compiler, not the build.
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    env["PYTHONPATH"] = str(ROOT)
    _process(["-m", "builder", "--help"], env)  # warm the bytecode and the page cache

    rows = []
    try:
        for size in sizes:
            notes = make_notes(work / f"notes-{size}x", size)
            rows.append(measure(notes, work / f"out-{size}x", size, size in pdf_sizes, args.repeat, env))
            print_row_progress(rows[-1])
        print_tables(rows)
        if args.corners:
            import corners  # bench/ is on the path when this script runs

            corners.run(work, lambda notes, out, only: _corner_build(notes, out, only, env))
    finally:
        if args.keep is None:
            shutil.rmtree(work, ignore_errors=True)
    return 0


def _corner_build(notes: Path, out: Path, only: str | None, env: dict[str, str]) -> tuple[float, str]:
    run = cold_build(notes, out, only, env)
    return run.seconds, run.stderr


def make_notes(folder: Path, copies: int) -> Path:
    """The seed (copies == 1), or ``copies`` renamed copies of the seed and the fixture notes."""
    shutil.rmtree(folder, ignore_errors=True)
    folder.mkdir(parents=True)
    shutil.copy(SEED / "deck.toml", folder / "deck.toml")
    seed, fixtures = sorted(SEED.glob("*.md")), sorted(FIXTURES.glob("*.md"))
    for n in range(1, copies + 1):
        # k copies of the seed, and k/10 of the (odd, small) fixture notes: about k times the seed.
        for source in seed + (fixtures if copies > 1 and n <= max(1, copies // 10) else []):
            text = source.read_text(encoding="utf-8-sig")
            if copies > 1:
                text = _HEADING.sub(rf"\g<1>\g<2> {n}편", text)
                text = _TITLE.sub(rf"\g<1>\g<2> {n}편", text)
            name = source.name if copies == 1 else f"{n:03d}-{source.name}"
            (folder / name).write_text(text, encoding="utf-8")
    return folder


@dataclass
class Row:
    size: int
    files: int
    lines: int
    cards: int = 0
    pages: int = 0
    deck: Run | None = None
    pdf: Run | None = None
    both: Run | None = None
    full: Run | None = None
    """Deck, cheat sheet and quiz: the default build."""
    preview_kb: float = 0.0
    noop: Run | None = None
    genanki: Run | None = None
    weasyprint: Run | None = None


def measure(notes: Path, out: Path, size: int, with_pdf: bool, repeat: int, env: dict[str, str]) -> Row:
    md = sorted(notes.glob("*.md"))
    row = Row(size, len(md), sum(p.read_text(encoding="utf-8").count("\n") for p in md))
    runs = 1 if size >= 100 else repeat
    row.deck = best(runs, lambda: cold_build(notes, out, "deck", env))
    row.cards = int(_find(r"deck: \d+ notes, (\d+) cards", row.deck.stdout))
    row.preview_kb = (out / f"{_stem(notes)}.cards.html").stat().st_size / 1024
    row.genanki = best(runs, lambda: genanki_floor(out / f"{_stem(notes)}.apkg", out, env))
    if with_pdf:
        row.pdf = best(1 if size >= 10 else repeat, lambda: cold_build(notes, out, "pdf", env))
        row.pages = int(_find(r"cheat sheet: (\d+) page", row.pdf.stdout))
        print_html = out / "print.html"
        _process([str(BENCH / "floors.py"), "print-html", str(notes), str(print_html)], env, check=True)
        row.weasyprint = best(
            1 if size >= 10 else repeat,
            lambda: _process(
                [str(BENCH / "floors.py"), "weasyprint", str(print_html), str(out / "floor.pdf")], env, check=True
            ),
        )
        row.both = best(1 if size >= 10 else repeat, lambda: cold_build(notes, out, ("deck", "pdf"), env))
        row.full = best(1 if size >= 10 else repeat, lambda: cold_build(notes, out, None, env))
    row.noop = best(repeat, lambda: _build(notes, out, "deck" if not with_pdf else None, env))
    return row


def cold_build(notes: Path, out: Path, only: str | tuple[str, ...] | None, env: dict[str, str]) -> Run:
    """A fresh process on an empty output folder and no ID ledger: the first build."""
    shutil.rmtree(out, ignore_errors=True)
    (notes / "deck-ids.json").unlink(missing_ok=True)
    return _build(notes, out, only, env)


def _build(notes: Path, out: Path, only: str | tuple[str, ...] | None, env: dict[str, str]) -> Run:
    argv = ["-m", "builder", "build", "--notes", str(notes), "--out", str(out), "--timings"]
    for output in (only,) if isinstance(only, str) else only or ():
        argv += ["--only", output]
    run = _process(argv, env, check=True)
    line = _find(r"^timings:(.*)$", run.stderr)
    run.timings = {k.replace("_", " "): float(v) for k, v in (p.split("=") for p in line.split())}
    return run


def genanki_floor(apkg: Path, out: Path, env: dict[str, str]) -> Run:
    """Dump the notes of our deck, then time a process that writes them with genanki alone."""
    dump = out / "notes.json"
    if not dump.exists():
        dump.write_text(json.dumps(dump_apkg(apkg), ensure_ascii=False), encoding="utf-8")
    return _process([str(BENCH / "floors.py"), "genanki", str(dump), str(out / "floor.apkg")], env, check=True)


def dump_apkg(apkg: Path) -> dict[str, object]:
    """Note types, decks and notes of an ``.apkg`` (genanki's schema), for the genanki floor."""
    with tempfile.TemporaryDirectory() as tmp, zipfile.ZipFile(apkg) as package:
        package.extract("collection.anki2", tmp)
        db = sqlite3.connect(Path(tmp) / "collection.anki2")
        models = json.loads(db.execute("select models from col").fetchone()[0])
        decks = json.loads(db.execute("select decks from col").fetchone()[0])
        notes = [
            {"guid": guid, "model": mid, "fields": flds.split("\x1f"), "tags": tags.split(), "deck": did}
            for guid, mid, flds, tags, did in db.execute(
                "select n.guid, n.mid, n.flds, n.tags, c.did from notes n join cards c on c.nid = n.id "
                "group by n.id order by n.id"
            )
        ]
        db.close()
    return {"models": list(models.values()), "decks": [d for d in decks.values() if d["id"] != 1], "notes": notes}


def _process(argv: list[str], env: dict[str, str], *, check: bool = False) -> Run:
    """Run ``python argv`` and return its wall time and its own peak memory (``wait4``)."""
    with tempfile.TemporaryFile() as out, tempfile.TemporaryFile() as err:
        started = time.perf_counter()
        process = subprocess.Popen([PYTHON, *argv], stdout=out, stderr=err, env=env, cwd=ROOT)
        _, status, usage = os.wait4(process.pid, 0)
        seconds = time.perf_counter() - started
        process.returncode = os.waitstatus_to_exitcode(status)
        out.seek(0)
        err.seek(0)
        cpu = usage.ru_utime + usage.ru_stime
        run = Run(seconds, usage.ru_maxrss / 1024, cpu, out.read().decode(), err.read().decode())
    if check and process.returncode != 0:
        raise SystemExit(f"failed: python {' '.join(argv)}\n{run.stdout}\n{run.stderr}")
    return run


def best(times: int, action: object) -> Run:
    runs = [action() for _ in range(max(1, times))]  # type: ignore[operator]
    fastest = min(runs, key=lambda r: r.seconds)
    fastest.peak_mb = max(r.peak_mb for r in runs)
    fastest.cpu = min(r.cpu for r in runs)
    return fastest


def _find(pattern: str, text: str) -> str:
    match = re.search(pattern, text, re.MULTILINE)
    if not match:
        raise SystemExit(f"no {pattern!r} in:\n{text}")
    return match.group(1)


def _stem(notes: Path) -> str:
    match = re.search(r'^file\s*=\s*"([^"]+)"', (notes / "deck.toml").read_text(encoding="utf-8"), re.MULTILINE)
    return match.group(1) if match else "study-notes"


def print_row_progress(row: Row) -> None:
    print(f"measured {row.size}x ({row.files} files, {row.lines} lines)", file=sys.stderr, flush=True)


def print_tables(rows: list[Row]) -> None:
    def s(run: Run | None) -> str:
        return f"{run.seconds:7.2f}" if run else "      –"

    def ratio(a: float | None, b: float | None) -> str:
        return f"{a / b:5.2f}×" if a and b else "     –"

    print("\nWall time of whole build processes (s; best of the runs; python start included)")
    print(
        f"{'input':>6} {'files':>5} {'lines':>6} {'cards':>6} {'pages':>5} | {'deck':>7} {'genanki':>7} {'ratio':>6}"
        f" | {'pdf':>7} {'weasy':>7} {'ratio':>6} | {'both':>7} {'target':>7} | {'no-op':>6} | {'peak MB':>7}"
    )
    for r in rows:
        target = 1.2 * r.weasyprint.seconds + r.deck.seconds if r.weasyprint and r.deck else None
        peak = max(x.peak_mb for x in (r.deck, r.pdf, r.both, r.full) if x)
        pdf_ratio = ratio(r.pdf.seconds if r.pdf else None, r.weasyprint.seconds if r.weasyprint else None)
        print(
            f"{str(r.size) + 'x':>6} {r.files:>5} {r.lines:>6} {r.cards:>6} {r.pages or '–':>5} |"
            f" {s(r.deck)} {s(r.genanki)} {ratio(r.deck.seconds, r.genanki.seconds if r.genanki else None)} |"
            f" {s(r.pdf)} {s(r.weasyprint)} {pdf_ratio} |"
            f" {s(r.both)} {f'{target:7.2f}' if target else '      –'} | {r.noop.seconds if r.noop else 0:6.2f} |"
            f" {peak:7.0f}"
        )
    print("\nTime in each stage (s), from --timings; 'rest' is Python start, imports and publishing")
    print(f"{'input':>6} {'build':>5} | " + " ".join(f"{n:>10}" for n in STAGES) + f" | {'rest':>6} {'total':>6}")
    for r in rows:
        for name, run in (("deck", r.deck), ("pdf", r.pdf), ("both", r.both), ("all", r.full)):
            if run is None:
                continue
            cells = " ".join(f"{run.timings[n]:10.3f}" if n in run.timings else f"{'–':>10}" for n in STAGES)
            rest = run.seconds - sum(run.timings.values())
            print(f"{str(r.size) + 'x':>6} {name:>5} | {cells} | {rest:6.3f} {run.seconds:6.2f}")
    print("\nCard preview (from the deck-only build) and quiz (what it adds to a cold full build)")
    print(
        f"{'input':>6} {'cards':>6} {'preview KiB':>11} {'preview s':>9} | {'both':>7} {'all':>7} {'quiz adds':>9}"
        f" {'CPU adds':>8} {'quiz stages':>11}"
    )
    for r in rows:
        stage = r.deck.timings.get("preview", 0.0) if r.deck else 0.0
        adds = f"{r.full.seconds - r.both.seconds:9.2f}" if r.full and r.both else f"{'–':>9}"
        cpu = f"{r.full.cpu - r.both.cpu:8.2f}" if r.full and r.both else f"{'–':>8}"
        quiz = sum(r.full.timings.get(n, 0.0) for n in ("quiz layout", "quiz write")) if r.full else 0.0
        print(
            f"{str(r.size) + 'x':>6} {r.cards:>6} {r.preview_kb:11.0f} {stage:9.3f} | {s(r.both)} {s(r.full)} {adds}"
            f" {cpu} {quiz:11.3f}"
        )
    print(
        "\nFloors: 'genanki' writes the same notes with genanki alone; 'weasy' prints the same HTML with\n"
        "WeasyPrint alone (same CSS and fonts); 'target' = 1.2 × weasy + deck; 'both' builds deck and cheat\n"
        "sheet, 'all' adds the quiz (the default build); 'quiz adds' is all - both in wall time, 'CPU adds'\n"
        "in CPU time of the process (steadier when other work shares the machine); 'no-op' is a rebuild\n"
        "with nothing changed; peak MB is the largest resident size of one build process."
    )


if __name__ == "__main__":
    sys.exit(main())
