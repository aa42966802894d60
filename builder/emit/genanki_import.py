"""genanki, imported without the start-up cost of two of its imports that a deck never uses.

- genanki 0.13 caches one property (``Model._req``) with the ``cached_property`` package, whose
  module imports asyncio to support coroutine properties that genanki never defines.  The
  standard library's :class:`functools.cached_property` caches a plain property the same way.
- genanki imports PyYAML for models whose fields and templates are given as YAML text; ours are
  given as lists, so a deck never calls it.  A stand-in module forwards any use to the real
  PyYAML, imported at that moment.

Together they are about a sixth of a deck-only build of the seed.  The stand-ins are in place
only while genanki is imported, and only for a module not loaded already (then the real one
serves); they are removed afterwards, so nothing else in the process sees them.

The emitters that write Anki notes import genanki from here (``from builder.emit.genanki_import
import genanki``); nothing else imports it, so a cheat-sheet build never loads it.
"""

from __future__ import annotations

import functools
import importlib
import sys
import types


def _yaml_on_first_use() -> types.ModuleType:
    stand_in = types.ModuleType("yaml", "PyYAML, imported on first use")

    def forward(name: str) -> object:
        if name.startswith("__"):
            raise AttributeError(name)
        return getattr(importlib.import_module("yaml"), name)

    # A module's ``__getattr__`` answers for names it lacks (PEP 562).
    stand_in.__getattr__ = forward  # type: ignore[method-assign]
    return stand_in


def _cached_property_from_functools() -> types.ModuleType:
    stand_in = types.ModuleType("cached_property", "functools.cached_property under the backport's name")
    stand_in.cached_property = functools.cached_property  # type: ignore[attr-defined]
    return stand_in


def _import_with_stand_ins() -> None:
    placed = {}
    if "genanki" not in sys.modules:
        for name, make in (("cached_property", _cached_property_from_functools), ("yaml", _yaml_on_first_use)):
            if name not in sys.modules:
                placed[name] = sys.modules[name] = make()
    try:
        import genanki  # noqa: F401 - imported for its place in sys.modules
    finally:
        for name, stand_in in placed.items():
            if sys.modules.get(name) is stand_in:
                del sys.modules[name]


_import_with_stand_ins()

import genanki as genanki  # noqa: E402 - after the stand-ins above; re-exported for the emitters

__all__ = ["genanki"]
