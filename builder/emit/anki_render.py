"""Render a card's question and answer the way Anki does, from the note type's own templates.

The preview page (:mod:`builder.emit.preview`) shows each card from the same template files
and field values that go into the deck, so it needs the small part of Anki's template
language our templates use: ``{{Field}}``, ``{{cloze:Field}}``, ``{{FrontSide}}`` and the
sections ``{{#Field}}…{{/Field}}`` / ``{{^Field}}…{{/Field}}``.  Anything else is refused
(:class:`ValueError`), so a template that starts using more is noticed, not shown wrongly.
The cloze filter writes the same HTML as Anki 2.1.50+ (checked against the ``anki`` package
in the tests): the asked deletion as ``[...]`` on the front and highlighted on the back,
the other deletions as plain text.
"""

from __future__ import annotations

import re
from collections.abc import Mapping

_TAG = re.compile(r"\{\{([#^/]?)\s*([^}]*?)\s*\}\}")
_CLOZE = re.compile(r"\{\{c(\d+)::(.*?)(?:::(.*?))?\}\}", re.DOTALL)
_EMPTY = re.compile(r"^(?:\s|</?(?:br|div)\s?/?>)*$", re.IGNORECASE)
"""What Anki counts as an empty field in a ``{{#Field}}`` section."""


def cloze_ordinals(text: str) -> list[int]:
    """The cloze numbers in a field, in order: Anki makes one card for each."""
    return sorted({int(m.group(1)) for m in _CLOZE.finditer(text)})


def render_card(qfmt: str, afmt: str, fields: Mapping[str, str], ordinal: int = 1) -> tuple[str, str]:
    """The card's question and answer HTML (``ordinal``: the cloze number it asks, from 1)."""
    question = render_template(qfmt, fields, ordinal, question=True)
    answer = render_template(afmt, {**fields, "FrontSide": question}, ordinal, question=False)
    return question, answer


def render_template(template: str, fields: Mapping[str, str], ordinal: int, *, question: bool) -> str:
    """One side of a card: sections resolved, then field references replaced."""
    out: list[str] = []
    stack: list[tuple[str, bool]] = []
    pos = 0
    for match in _TAG.finditer(template):
        showing = all(shown for _, shown in stack)
        if showing:
            out.append(template[pos : match.start()])
        pos = match.end()
        sigil, name = match.groups()
        if sigil in ("#", "^"):
            filled = not _EMPTY.match(_field(fields, name))
            stack.append((name, filled if sigil == "#" else not filled))
        elif sigil == "/":
            if not stack or stack[-1][0] != name:
                raise ValueError(f"unbalanced section {{{{/{name}}}}} in a card template")
            stack.pop()
        elif showing:
            out.append(_replace(name, fields, ordinal, question))
    if stack:
        raise ValueError(f"unclosed section {{{{#{stack[-1][0]}}}}} in a card template")
    out.append(template[pos:])
    return "".join(out)


def _replace(reference: str, fields: Mapping[str, str], ordinal: int, question: bool) -> str:
    *filters, name = reference.split(":")
    value = _field(fields, name)
    if not filters:
        return value
    if filters == ["cloze"]:
        return cloze(value, ordinal, question=question)
    raise ValueError(f"the preview cannot render the template filter {':'.join(filters)!r}")


def _field(fields: Mapping[str, str], name: str) -> str:
    if name not in fields:
        raise ValueError(f"a card template names a field the note does not have: {name!r}")
    return fields[name]


def cloze(text: str, ordinal: int, *, question: bool) -> str:
    """Anki's ``{{cloze:…}}`` filter for card ``ordinal``."""

    def one(match: re.Match[str]) -> str:
        number, body, hint = int(match.group(1)), match.group(2), match.group(3)
        if number != ordinal:
            return f'<span class="cloze-inactive" data-ordinal="{number}">{body}</span>'
        if question:
            shown = f"[{hint}]" if hint else "[...]"
            return f'<span class="cloze" data-cloze="{_attribute(body)}" data-ordinal="{number}">{shown}</span>'
        return f'<span class="cloze" data-ordinal="{number}">{body}</span>'

    return _CLOZE.sub(one, text)


def _attribute(text: str) -> str:
    """Anki's attribute encoding (the ``htmlescape`` crate's): ``" & ' < >`` as named or short
    entities, every other ASCII character but letters and digits as ``&#xHH;``."""
    return "".join(_MINIMAL.get(c) or (f"&#x{ord(c):X};" if ord(c) < 128 and not c.isalnum() else c) for c in text)


_MINIMAL = {'"': "&quot;", "&": "&amp;", "'": "&#x27;", "<": "&lt;", ">": "&gt;"}
