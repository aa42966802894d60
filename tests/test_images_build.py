"""Pictures through a whole build: in the printed cheat sheet (read back with pypdf), in the
screen page (embedded, standing alone), left out with ``sheet_images = false``, and as inputs of
the incremental build."""

from __future__ import annotations

import re
import shutil
import zipfile
from pathlib import Path

import pypdf
import pytest

from builder import incremental
from builder.build import build
from builder.config import load_config
from builder.emit.hangul import strip_joiners
from tests.image_notes import make_image_notes, picture

SIZES = {(800, 500), (640, 480), (500, 300), (480, 320), (400, 300), (600, 400)}
"""The distinct pictures the notes show, by size (``shared.png`` and ``b/img/same.png`` are one; the
1600 px one is printed 800 px wide)."""


def pdf_images(pdf: Path) -> list[tuple[int, int]]:
    reader = pypdf.PdfReader(pdf)
    return [image.image.size for page in reader.pages for image in page.images]  # type: ignore[union-attr]


@pytest.fixture(scope="module")
def built(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Path]:
    root = tmp_path_factory.mktemp("images-build")
    notes = make_image_notes(root)
    result = build(notes, root / "dist")
    assert {p.suffix for p in result.written} == {".apkg", ".json", ".html", ".pdf"}
    return notes, root / "dist"


def test_the_pdf_holds_every_picture(built: tuple[Path, Path]) -> None:
    _, out = built
    pdf = next(p for p in out.glob("*.pdf") if p.suffixes == [".pdf"])
    assert set(pdf_images(pdf)) == SIZES
    text = strip_joiners("".join(page.extract_text() for page in pypdf.PdfReader(pdf).pages))
    assert "없는 그림" in text and "원격 그림" in text  # what cannot be shown leaves its alt text


def test_the_screen_page_embeds_small_copies_and_names_no_file(built: tuple[Path, Path]) -> None:
    notes, out = built
    html = next(p for p in out.glob("*.html") if p.suffixes == [".html"]).read_text(encoding="utf-8")
    sources = re.findall(r'<img src="([^"]+)"', html)
    assert len(sources) == 7 and all(s.startswith("data:image/") for s in sources)
    assert "file:" not in html and str(notes) not in html and "example.com" not in html


def test_the_deck_holds_each_picture_once(built: tuple[Path, Path]) -> None:
    _, out = built
    with zipfile.ZipFile(next(out.glob("*.apkg"))) as package:
        names = package.read("media").decode()
        assert len(re.findall(r'"\d+": "[0-9a-f]{20}\.(?:png|jpg)"', names)) == 6


def test_sheet_images_false_leaves_them_out_of_print(built: tuple[Path, Path], tmp_path: Path) -> None:
    notes, _ = built
    copy = tmp_path / "notes"
    shutil.copytree(notes, copy)
    (copy / "deck.toml").write_text('name = "그림"\nsheet_images = false\n', encoding="utf-8")
    build(copy, tmp_path / "dist", outputs=("pdf",))
    assert pdf_images(next(p for p in (tmp_path / "dist").glob("*.pdf") if p.suffixes == [".pdf"])) == []
    assert "<img" not in next(p for p in (tmp_path / "dist").glob("*.html") if p.suffixes == [".html"]).read_text(
        encoding="utf-8"
    )


def test_a_changed_picture_rebuilds_the_outputs_that_show_it(built: tuple[Path, Path], tmp_path: Path) -> None:
    notes, out = built
    shutil.copytree(notes, tmp_path / "notes")
    shutil.copytree(out, tmp_path / "dist")
    notes, out = tmp_path / "notes", tmp_path / "dist"

    def stale() -> tuple[str, ...]:
        return incremental.plan(notes, out, load_config(notes), ("deck", "pdf")).stale

    assert stale() == ()
    picture((500, 300), 42).save(notes / "img" / "route.png")
    assert stale() == ("deck", "pdf")
    (notes / "deck.toml").write_text("sheet_images = false\n", encoding="utf-8")
    build(notes, out)
    picture((500, 300), 43).save(notes / "img" / "route.png")
    assert stale() == ("deck",)  # the cheat sheet shows no pictures now


def test_links_out_of_the_notes_folder_are_no_inputs(tmp_path: Path) -> None:
    notes = tmp_path / "notes"
    notes.mkdir()
    picture((10, 10), 1).save(tmp_path / "outside.png")
    picture((10, 10), 2).save(notes / "inside.png")
    (notes / "link.png").symlink_to(tmp_path / "outside.png")
    assert incremental.image_files(notes) == [notes / "inside.png"]
