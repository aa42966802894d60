"""Emitters: each turns the topic model into one output (the deck, the cheat sheet)."""

from builder.emit.genanki_import import import_genanki

# Before any emitter's ``import genanki``: see builder/emit/genanki_import.py.
import_genanki()
