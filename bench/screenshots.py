"""Make the README's pictures: the card preview page and the first page of the quiz.

    .venv/bin/python bench/screenshots.py [--out docs]

Builds the seed notes into a temporary folder, opens the preview page in Debian's headless
Chromium (Playwright, nothing fetched) showing the limit cards, and renders the quiz PDF's
first page with poppler's ``pdftoppm`` (``apt-get install poppler-utils``).  Writes
``preview.png`` and ``quiz.png``.
"""

from __future__ import annotations

import argparse
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from builder.build import build  # noqa: E402
from tests.browser import CHROMIUM, CHROMIUM_ARGS  # noqa: E402


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--out", type=Path, default=ROOT / "docs", help="folder for the PNG files (default docs/)")
    args = parser.parse_args()
    args.out.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory() as tmp:
        notes = Path(tmp) / "notes"
        shutil.copytree(ROOT / "source_notes", notes)
        dist = Path(tmp) / "dist"
        build(notes, dist, outputs=("deck", "quiz"))
        stem = next(dist.glob("*.cards.html")).name.removesuffix(".cards.html")
        shoot_preview(dist / f"{stem}.cards.html", args.out)
        quiz_page(dist / f"{stem}.quiz.pdf", args.out / "quiz.png")
    for name in ("preview.png", "quiz.png"):
        print(args.out / name)
    return 0


def shoot_preview(page: Path, out: Path) -> None:
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=str(CHROMIUM), args=CHROMIUM_ARGS)
        context = browser.new_context(viewport={"width": 1200, "height": 760})
        context.route(lambda url: not url.startswith(("file:", "data:")), lambda route: route.abort())
        tab = context.new_page()
        tab.goto(page.as_uri())
        tab.evaluate("document.fonts.ready")
        # A limit card first: it shows a cloze asked on the front and answered on the back.
        tab.click('.pv-filter[data-kind="limit"]')
        tab.screenshot(path=str(out / "preview.png"))
        browser.close()


def quiz_page(pdf: Path, target: Path) -> None:
    if shutil.which("pdftoppm") is None:
        raise SystemExit("pdftoppm not found: apt-get install -y poppler-utils")
    stem = target.with_suffix("")
    subprocess.run(
        ["pdftoppm", "-r", "90", "-png", "-f", "1", "-l", "1", "-singlefile", str(pdf), str(stem)], check=True
    )


if __name__ == "__main__":
    sys.exit(main())
