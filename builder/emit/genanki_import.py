"""genanki, imported without the start-up cost of its ``cached_property`` backport.

genanki 0.13 caches one property (``Model._req``) with the ``cached_property`` package, whose
module imports asyncio to support coroutine properties that genanki never defines.  That
import is about a tenth of a deck-only build of the seed.  The standard library's
:class:`functools.cached_property` caches a plain property the same way, so it stands in while
genanki is imported, and only then: the real package is left in place if it was loaded already,
and the stand-in is removed afterwards, so nothing else in the process sees it.

``builder/emit/__init__.py`` calls :func:`import_genanki` before any emitter runs ``import genanki``.
"""

from __future__ import annotations

import functools
import sys
import types


def import_genanki() -> None:
    """Import genanki (once per process) with the stand-in for ``cached_property``."""
    stand_in = None
    if "cached_property" not in sys.modules and "genanki" not in sys.modules:
        stand_in = types.ModuleType("cached_property")
        stand_in.cached_property = functools.cached_property  # type: ignore[attr-defined]
        sys.modules["cached_property"] = stand_in
    try:
        import genanki  # noqa: F401 - imported for its place in sys.modules
    finally:
        if stand_in is not None and sys.modules.get("cached_property") is stand_in:
            del sys.modules["cached_property"]
