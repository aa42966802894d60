"""Print HTML to PDF with WeasyPrint: bundled fonts, a locked-down URL fetcher, captured logs.

WeasyPrint is imported inside the functions so that a deck-only build never loads it.  One
:class:`FontConfiguration` is shared by the stylesheets (where ``@font-face`` loads the bundled
Nanum fonts) and by ``write_pdf``; without that the fonts are not embedded.  Everything
WeasyPrint fetches goes through :func:`make_fetcher`, which serves only the project's own
templates and fonts and images under the notes folder (scaled down to what a column prints),
never the network or any other file.
"""

from __future__ import annotations

import logging
import mimetypes
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field
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


def render(html: str, stylesheets: Sequence[Path], *, notes_dir: Path) -> tuple[Document, list[str]]:
    """Lay out ``html`` with the given stylesheets; return the document and WeasyPrint's warnings.

    ``html`` is resolved against the templates folder, so relative URLs in it can only name
    project files.  The document keeps the font configuration the stylesheets loaded the
    fonts into, and writes with it.
    """
    try:
        from weasyprint import CSS, HTML
        from weasyprint.text.fonts import FontConfiguration
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

    fetcher = make_fetcher(notes_dir)
    fonts = FontConfiguration()
    with capture_warnings() as warnings, timing.stage("pdf layout"):
        sheets = [CSS(filename=str(p), font_config=fonts, url_fetcher=fetcher) for p in stylesheets]
        document = HTML(string=html, base_url=str(resources.root()) + "/", url_fetcher=fetcher).render(
            stylesheets=sheets, font_config=fonts
        )
    return document, warnings


def write(document: Document, warnings: list[str]) -> Printed:
    """Write the laid-out document as PDF bytes (fonts subset and embedded)."""
    with capture_warnings() as more, timing.stage("pdf write"):
        pdf = document.write_pdf()
    return Printed(pdf or b"", len(document.pages), [*warnings, *more])


def print_pdf(html: str, stylesheets: Sequence[Path], *, notes_dir: Path) -> Printed:
    """Render and write in one go."""
    document, warnings = render(html, stylesheets, notes_dir=notes_dir)
    return write(document, warnings)


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
