"""The bundled Korean font as an inline ``@font-face``: a page that needs no file but itself.

The preview page is opened from ``dist/`` by a browser that may have no Korean font, and it
may fetch nothing.  NanumGothic is 4.6 MB; the page embeds a subset holding only the
characters the page uses, wrapped as WOFF (zlib) in a data URL: about 40 KB for the seed.
HarfBuzz's subsetter (``libharfbuzz-subset``, which ``./run`` installs for WeasyPrint) does it
in milliseconds through :mod:`ctypes`; without it fontTools does the same in about half a
second.
"""

from __future__ import annotations

import base64
import ctypes
import io
import logging
import struct
import zlib
from functools import cache, lru_cache
from pathlib import Path
from typing import Any

from builder import resources

FONT_FAMILY = "NanumGothic"
REGULAR = resources.file("fonts", "NanumGothic.ttf")
_NO_HINTING = 0x1
"""``HB_SUBSET_FLAGS_NO_HINTING``: screens do not need the hinting, and it is half the size."""


def font_face_css(text: str, font: Path = REGULAR, family: str = FONT_FAMILY) -> str:
    """An ``@font-face`` rule whose source is a subset of ``font`` covering ``text``."""
    chars = "".join(sorted(set(text) - {"\n", "\r", "\t"}))
    data = woff(subset_font(font, chars))
    encoded = base64.b64encode(data).decode("ascii")
    return (
        f'@font-face {{ font-family: "{family}"; font-weight: normal; font-display: block; '
        f'src: url("data:font/woff;base64,{encoded}") format("woff"); }}'
    )


@lru_cache(maxsize=4)
def subset_font(font: Path, chars: str) -> bytes:
    """The TrueType bytes of ``font`` cut down to ``chars``, without hinting."""
    harfbuzz = _harfbuzz()
    if harfbuzz is not None:
        data = _hb_subset(harfbuzz, font, chars)
        if data:
            return data
    return _fonttools_subset(font, chars)


def woff(sfnt: bytes) -> bytes:
    """WOFF 1.0 of a TrueType font: each table zlib-compressed where that is smaller."""
    flavor, count = struct.unpack(">IH", sfnt[:6])
    records = sorted(struct.unpack(">4sIII", sfnt[12 + 16 * i : 28 + 16 * i]) for i in range(count))
    directory, blocks = [], []
    offset = 44 + 20 * count
    sfnt_size = 12 + 16 * count
    for tag, checksum, start, length in records:
        raw = sfnt[start : start + length]
        packed = zlib.compress(raw, 9)
        stored = packed if len(packed) < length else raw
        directory.append(struct.pack(">4sIIII", tag, offset, len(stored), length, checksum))
        padded = stored + b"\0" * (-len(stored) % 4)
        blocks.append(padded)
        offset += len(padded)
        sfnt_size += length + (-length % 4)
    header = struct.pack(">IIIHHIHHIIIII", 0x774F4646, flavor, offset, count, 0, sfnt_size, 1, 0, 0, 0, 0, 0, 0)
    return header + b"".join(directory) + b"".join(blocks)


@cache
def _harfbuzz() -> tuple[Any, Any] | None:
    """HarfBuzz's core and subset libraries with the few functions used, if installed."""
    try:
        core = ctypes.CDLL("libharfbuzz.so.0")
        sub = ctypes.CDLL("libharfbuzz-subset.so.0")
    except OSError:
        return None
    p, uint = ctypes.c_void_p, ctypes.c_uint
    signatures = [
        (core, "hb_blob_create_from_file_or_fail", p, [ctypes.c_char_p]),
        (core, "hb_face_create", p, [p, uint]),
        (core, "hb_set_add", None, [p, ctypes.c_uint32]),
        (core, "hb_face_reference_blob", p, [p]),
        (core, "hb_blob_get_data", p, [p, ctypes.POINTER(uint)]),
        (core, "hb_blob_destroy", None, [p]),
        (core, "hb_face_destroy", None, [p]),
        (sub, "hb_subset_input_create_or_fail", p, []),
        (sub, "hb_subset_input_unicode_set", p, [p]),
        (sub, "hb_subset_input_set_flags", None, [p, uint]),
        (sub, "hb_subset_or_fail", p, [p, p]),
        (sub, "hb_subset_input_destroy", None, [p]),
    ]
    try:
        for library, name, result, arguments in signatures:
            function = getattr(library, name)
            function.restype, function.argtypes = result, arguments
    except AttributeError:  # a HarfBuzz older than 2.9 lacks some of them
        return None
    return core, sub


def _hb_subset(harfbuzz: tuple[Any, Any], font: Path, chars: str) -> bytes | None:
    core, sub = harfbuzz
    blob = core.hb_blob_create_from_file_or_fail(str(font).encode())
    if not blob:
        return None
    face = core.hb_face_create(blob, 0)
    request = sub.hb_subset_input_create_or_fail()
    result = out = None
    try:
        wanted = sub.hb_subset_input_unicode_set(request)
        for char in chars:
            core.hb_set_add(wanted, ord(char))
        sub.hb_subset_input_set_flags(request, _NO_HINTING)
        result = sub.hb_subset_or_fail(face, request)
        if not result:
            return None
        out = core.hb_face_reference_blob(result)
        size = ctypes.c_uint()
        data = core.hb_blob_get_data(out, ctypes.byref(size))
        return ctypes.string_at(data, size.value) if data else None
    finally:
        if out:
            core.hb_blob_destroy(out)
        if result:
            core.hb_face_destroy(result)
        sub.hb_subset_input_destroy(request)
        core.hb_face_destroy(face)
        core.hb_blob_destroy(blob)


def _fonttools_subset(font: Path, chars: str) -> bytes:
    from fontTools import subset
    from fontTools.ttLib import TTFont

    options = subset.Options()
    options.hinting = False
    # VTT's source tables: fontTools cannot subset them and would say so for each build.
    options.drop_tables += ["TSI0", "TSI1", "TSI2", "TSI3", "TSI5"]
    logger = logging.getLogger("fontTools.subset")
    level = logger.level
    logger.setLevel(logging.ERROR)  # it logs every table it drops at WARNING
    try:
        loaded = TTFont(str(font), lazy=True)
        subsetter = subset.Subsetter(options)
        subsetter.populate(unicodes=[ord(c) for c in chars])
        subsetter.subset(loaded)
        out = io.BytesIO()
        loaded.save(out)
    finally:
        logger.setLevel(level)
    return out.getvalue()
