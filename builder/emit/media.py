"""Pictures for the outputs: read from the notes folder, downscaled, named by their content.

A picture's name in the deck is its content hash (``<hash>.png``): two notes files' different
``img/1.png`` never collide, the same picture used twice is stored once, and a note's fields
change exactly when one of its pictures does.  Pictures wider than :data:`MAX_WIDTH` are scaled
down with Pillow (phones and desktop card windows show them at most that wide) unless that
makes the file bigger; SVG and GIF are passed on as they are (the parser has refused unsafe SVG).
Only files the parser resolved inside the notes folder are read, and the path is checked again here.
"""

from __future__ import annotations

import base64
import io
import warnings
from dataclasses import dataclass
from pathlib import Path

from builder.errors import log
from builder.model import Image
from builder.parse.images import sniff

MAX_WIDTH = 1200
"""Widest picture the deck carries, in pixels."""
THUMBNAIL_WIDTH = 600
"""Widest picture the screen cheat sheet embeds (a column is ~250 CSS px; 600 stays sharp on HiDPI)."""
PRINT_WIDTH = 800
"""Widest picture the printed cheat sheet embeds (a column of an A4 page is ~60 mm: ~340 dpi)."""
_SUFFIX = {"png": ".png", "jpeg": ".jpg", "gif": ".gif", "webp": ".webp", "svg": ".svg"}
_PIL_FORMAT = {"png": "PNG", "jpeg": "JPEG", "webp": "WEBP"}
_MIME = {"png": "image/png", "jpeg": "image/jpeg", "gif": "image/gif", "webp": "image/webp", "svg": "image/svg+xml"}


@dataclass(frozen=True, slots=True)
class Media:
    """One picture as an output carries it."""

    name: str
    """``<content hash>.<ext>``: the file name in the deck's media."""
    data: bytes
    kind: str
    """``png``, ``jpeg``, ``gif``, ``webp`` or ``svg``."""

    def data_uri(self) -> str:
        return f"data:{_MIME[self.kind]};base64,{base64.b64encode(self.data).decode()}"


def source_file(image: Image, notes_dir: Path) -> Path | None:
    """The picture's file, if the parser resolved one and it is (still) inside the notes folder."""
    if not image.usable or image.path is None:
        return None
    root = notes_dir.resolve()
    path = (root / image.path).resolve()
    return path if path.is_relative_to(root) and path.is_file() else None


def prepare(image: Image, notes_dir: Path, max_width: int = MAX_WIDTH) -> Media | None:
    """The picture at most ``max_width`` pixels wide, or None (with a warning) if it cannot be read."""
    path = source_file(image, notes_dir)
    try:
        if path is None:
            raise OSError("the file is gone")
        data = path.read_bytes()
        kind = sniff(data, path.suffix.lower())
        if kind is None:
            raise OSError("not a picture")
        if kind in _PIL_FORMAT:
            data = _downscaled(data, kind, max_width)
    except Exception as exc:  # noqa: BLE001 - Pillow raises many kinds for a broken picture
        log.warning(
            "image %r cannot be read (%s); its alt text is shown instead",
            image.src[:60],
            exc,
            extra={"source": image.source},
        )
        return None
    return Media(f"{image.digest[:20]}{_SUFFIX[kind]}", data, kind)


def shrink(data: bytes, suffix: str, max_width: int) -> bytes:
    """A raster picture's bytes at most ``max_width`` wide; anything else (or a picture Pillow
    cannot read, which its reader will report) as it is."""
    kind = sniff(data, suffix)
    if kind not in _PIL_FORMAT:
        return data
    try:
        return _downscaled(data, kind, max_width)
    except Exception:  # noqa: BLE001 - the reader of the bytes reports a broken picture
        return data


def _downscaled(data: bytes, kind: str, max_width: int) -> bytes:
    """``data`` itself if it is narrow enough, else scaled to ``max_width`` in the same format."""
    from PIL import Image as Pil  # lazy: only builds with pictures pay for Pillow
    from PIL import ImageOps

    with warnings.catch_warnings():
        warnings.simplefilter("error", Pil.DecompressionBombWarning)  # a picture of >89 MP is refused
        with Pil.open(io.BytesIO(data)) as opened:
            if opened.width <= max_width:
                opened.verify()  # a truncated file fails here, not in Anki
                return data
            picture: Pil.Image = ImageOps.exif_transpose(opened)  # the saved copy has no EXIF orientation
            if picture.mode not in ("RGB", "RGBA", "L", "LA"):
                picture = picture.convert("RGBA" if kind != "jpeg" else "RGB")
            height = max(1, round(picture.height * max_width / picture.width))
            small = picture.resize((max_width, height), Pil.Resampling.LANCZOS)
    if kind == "jpeg":
        return _encoded(small, "JPEG", quality=85, optimize=True)
    if kind == "webp":
        return _encoded(small, "WEBP", quality=85)
    # Scaling a screenshot smooths its edges into new colours, and PNG compresses those badly: a
    # 1600 px screenshot of 150 KB can become a 1200 px one of 280 KB.  Then 256 colours (what
    # pngquant does to screenshots) are used, and if even that is no smaller the original is kept.
    scaled = _encoded(small, "PNG")  # optimize=True would take 4x as long for ~2% here
    if len(scaled) < len(data):
        return scaled
    rgb = small if small.mode in ("RGB", "RGBA") else small.convert("RGBA")
    few = _encoded(rgb.quantize(256, method=Pil.Quantize.FASTOCTREE, dither=Pil.Dither.NONE), "PNG", optimize=True)
    return few if len(few) < len(data) else data


def _encoded(picture: object, format: str, **options: object) -> bytes:
    out = io.BytesIO()
    picture.save(out, format, **options)  # type: ignore[attr-defined]
    return out.getvalue()
