"""genanki, imported without the start-up cost of its ``cached_property`` backport.

genanki 0.13 caches one property (``Model._req``) with the ``cached_property`` package, whose
module imports asyncio to support coroutine properties that genanki never defines.  That
import is about a tenth of a deck-only build of the seed.  The standard library's
:class:`functools.cached_property` caches a plain property the same way, so it stands in while
genanki is imported, and only then: the real package is left in place if it was loaded already,
and the stand-in is removed afterwards, so nothing else in the process sees it.

The emitters that write Anki notes import genanki from here (``from builder.emit.genanki_import
import genanki``); nothing else imports it, so a cheat-sheet build never loads it.
"""

from __future__ import annotations

import functools
import sys
import types


def _import_with_stand_in() -> None:
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


_import_with_stand_in()

import genanki as genanki  # noqa: E402 - after the stand-in above; re-exported for the emitters

__all__ = ["genanki"]
