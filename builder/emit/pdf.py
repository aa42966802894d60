"""Print HTML to PDF with WeasyPrint: bundled fonts, a locked-down URL fetcher, captured logs.

WeasyPrint is imported inside the functions so that a deck-only build never loads it.  One
:class:`FontConfiguration` is shared by the stylesheets (where ``@font-face`` loads the bundled
Nanum fonts) and by ``write_pdf``; without that the fonts are not embedded.  Everything
WeasyPrint fetches goes through :func:`make_fetcher`, which serves only the project's own
templates and fonts and images under the notes folder (scaled down to what a column prints),
never the network or any other file.
"""

from __future__ import annotations

import atexit
import gc
import logging
import mimetypes
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import TYPE_CHECKING, Any
from urllib.parse import unquote, urlsplit

from builder import resources, timing
from builder.emit.media import PRINT_WIDTH, shrink
from builder.errors import NotesError, Problem
from builder.model import IMAGE_SUFFIXES

if TYPE_CHECKING:
    from weasyprint import Document

log = logging.getLogger("builder")


@dataclass
class Printed:
    """A printed PDF and what WeasyPrint said while printing it."""

    pdf: bytes
    pages: int
    warnings: list[str] = field(default_factory=list)
    """Messages WeasyPrint logged at WARNING or above (a missing glyph, a refused URL…)."""


def allowed_path(url: str, notes_dir: Path) -> Path | None:
    """The local file ``url`` names if the cheat sheet may read it, else None.

    Allowed: any file under ``templates/`` (stylesheets, fonts) and images under the notes
    folder.  Symlinks and ``..`` are resolved first, so neither can lead outside.
    """
    parts = urlsplit(url)
    if parts.scheme != "file" or parts.netloc not in ("", "localhost"):
        return None
    path = Path(unquote(parts.path)).resolve()
    if path.is_relative_to(resources.root()):
        return path
    if path.is_relative_to(notes_dir.resolve()) and path.suffix.lower() in IMAGE_SUFFIXES:
        return path
    return None


def make_fetcher(notes_dir: Path) -> Any:
    """A WeasyPrint URL fetcher that refuses everything but :func:`allowed_path` files."""
    from weasyprint.urls import URLFetcher, URLFetcherResponse

    class ProjectFetcher(URLFetcher):  # type: ignore[misc]
        def fetch(self, url: str, headers: Any = None) -> URLFetcherResponse:
            path = allowed_path(url, notes_dir)
            if path is None or not path.is_file():
                # Shown once by us (naming the URL) and once by WeasyPrint, which then skips it.
                log.warning(
                    "cheat sheet: refused to fetch %s (only the project's templates "
                    "and images under the notes folder may be read)",
                    _short(url),
                )
                raise ValueError(f"refused: {_short(url)}")
            mime = mimetypes.guess_type(path.name)[0] or "application/octet-stream"
            data = path.read_bytes()
            if not path.is_relative_to(resources.root()):
                data = shrink(data, path.suffix.lower(), PRINT_WIDTH)  # a screenshot is printed a few cm wide
            return URLFetcherResponse(path.as_uri(), data, {"Content-Type": mime})

    return ProjectFetcher(allowed_protocols=("file",))


def render(
    html: str, stylesheets: Sequence[Path], *, notes_dir: Path, label: str = "pdf"
) -> tuple[Document, list[str]]:
    """Lay out ``html`` with the given stylesheets; return the document and WeasyPrint's warnings.

    ``html`` is resolved against the templates folder, so relative URLs in it can only name
    project files.  Stylesheets and the fonts their ``@font-face`` rules load are kept for
    the next document of the same process (:func:`_stylesheet`): the quiz printed after the
    cheat sheet loads neither again.  ``label`` names the timing stages (``pdf layout``).
    """
    fetcher = make_fetcher(notes_dir)
    with capture_warnings() as warnings, timing.stage(f"{label} layout"):
        fonts = _font_config(notes_dir.resolve())
        sheets = [_stylesheet(p, resources.read_text(p), notes_dir.resolve()) for p in stylesheets]
        document = (
            _weasyprint()
            .HTML(string=html, base_url=str(resources.root()) + "/", url_fetcher=fetcher)
            .render(stylesheets=sheets, font_config=fonts)
        )
    return document, warnings


def _weasyprint() -> Any:
    """The ``weasyprint`` module, or a clear problem if its system libraries are missing."""
    try:
        import weasyprint
    except OSError as exc:  # Pango is a system library: pip cannot install it
        raise NotesError(
            Problem(
                "weasyprint",
                None,
                f"cannot load the PDF engine's system libraries ({exc}); "
                "install Debian's libpango-1.0-0 and libpangoft2-1.0-0 (./run does this as root), "
                "or build the deck alone with --only deck",
            )
        ) from None
    return weasyprint


@lru_cache(maxsize=2)
def _font_config(notes_dir: Path) -> Any:
    """One font configuration per notes folder and process: ``@font-face`` fonts load into it
    once, and every document laid out with it embeds them."""
    _weasyprint()
    from weasyprint.text.fonts import FontConfiguration

    return FontConfiguration()


@lru_cache(maxsize=16)
def _stylesheet(path: Path, text: str, notes_dir: Path) -> Any:
    """A parsed stylesheet, kept while its text is unchanged (a watch session edits them)."""
    return _weasyprint().CSS(
        string=text, base_url=path.as_uri(), font_config=_font_config(notes_dir), url_fetcher=make_fetcher(notes_dir)
    )


@atexit.register
def _forget_fonts() -> None:
    """Drop the kept font configurations before the interpreter tears modules down: their
    clean-up needs ``shutil``, and would otherwise print an ignored exception at exit.

    Each one removes its temporary font folder when it is freed, and laid-out documents hold
    it in reference cycles; the command line runs with the cyclic collector off and ends
    without freeing anything (:mod:`builder.__main__`), so the cycles are collected here."""
    _stylesheet.cache_clear()
    _font_config.cache_clear()
    gc.collect()


def write(document: Document, warnings: list[str], *, label: str = "pdf") -> Printed:
    """Write the laid-out document as PDF bytes (fonts subset and embedded)."""
    with capture_warnings() as more, timing.stage(f"{label} write"):
        pdf = document.write_pdf()
    return Printed(pdf or b"", len(document.pages), [*warnings, *more])


def print_pdf(html: str, stylesheets: Sequence[Path], *, notes_dir: Path, label: str = "pdf") -> Printed:
    """Render and write in one go."""
    document, warnings = render(html, stylesheets, notes_dir=notes_dir, label=label)
    return write(document, warnings, label=label)


@contextmanager
def capture_warnings() -> Iterator[list[str]]:
    """Collect what the ``weasyprint`` logger says at WARNING and above, instead of printing it."""
    records: list[str] = []

    class Collect(logging.Handler):
        def emit(self, record: logging.LogRecord) -> None:
            records.append(record.getMessage())

    logger = logging.getLogger("weasyprint")
    handler = Collect(logging.WARNING)
    propagate = logger.propagate
    logger.addHandler(handler)
    logger.propagate = False
    try:
        yield records
    finally:
        logger.removeHandler(handler)
        logger.propagate = propagate


def _short(url: str) -> str:
    return url if len(url) <= 120 else url[:117] + "…"
