"""Card fields as HTML, laid out by the Jinja2 templates in ``templates/anki/fields/``.

:mod:`builder.emit.cards` decides what a note says; the templates decide how its fields are
marked up.  Autoescaping is on: plain text passed to a template is escaped, and only the HTML
fragments that :mod:`builder.emit.cloze` rendered from the notes' spans (already escaped,
Anki syntax neutralised) are passed through, wrapped with :func:`safe`.  Plain text is escaped
and neutralised (:func:`builder.emit.anki_text.neutralise`) here, at the one place it enters a
field, so whatever code builds the cards, no text of the notes is live in Anki.
"""

from __future__ import annotations

from functools import cache
from html import escape

from jinja2 import Environment, StrictUndefined, Template
from markupsafe import Markup

from builder import resources
from builder.emit.anki_text import neutralise


def field(template: str, **values: object) -> str:
    """The field ``template`` (``fact``, ``what-front``, …) renders from ``values``.

    Templates put each element on a line of its own; the line break after the last one is not
    part of the field (fields end at their last element, as Anki shows them).
    """
    return _template(template).render(**values).removesuffix("\n")


def safe(fragment: str) -> Markup:
    """An HTML fragment rendered by :mod:`builder.emit.cloze`, to be inserted as it is."""
    return Markup(fragment)


def _text(value: object) -> object:
    """Every ``{{ value }}`` as HTML: fragments as they are, text escaped for element content
    and its Anki syntax neutralised.

    Quotes are left as written: field templates put values only between tags, never inside
    an attribute, and the fields of earlier builds kept them (an escaped quote would change the
    content of every such note, and re-importing would update it for nothing).
    """
    if hasattr(value, "__html__"):
        return value
    return Markup(neutralise(escape(str(value), quote=False)))


@cache
def _template(name: str) -> Template:
    return _environment().get_template(f"{name}.html.j2")


@cache
def _environment() -> Environment:
    return Environment(
        loader=resources.loader(resources.folder("anki", "fields")),
        autoescape=True,
        finalize=_text,
        undefined=StrictUndefined,
        # Block tags on lines of their own leave no blank lines or indentation in a field.
        trim_blocks=True,
        lstrip_blocks=True,
        keep_trailing_newline=True,
        # One build renders thousands of fields: do not stat the template file for each.
        auto_reload=False,
        bytecode_cache=resources.bytecode_cache(),
    )
