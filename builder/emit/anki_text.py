"""The one function that makes text from the notes inert in an Anki field.

Anki reads syntax out of a field's raw HTML: ``{{c1::…}}`` deletions (and ``::`` hints inside
them), ``{{…}}`` template references, ``[sound:…]`` media, ``[latex]``/``[$]``/``[$$]`` LaTeX
and ``[anki:…]`` markers (text-to-speech).  Notes may hold any of these as text (a note about
Anki, a Jinja snippet, ``std::vector``), so every text that reaches a field passes through
:func:`neutralise` once it is HTML: each syntax character is written as an HTML entity, so the
learner reads the same characters and Anki finds no syntax.  Text without such syntax is left
byte for byte as it was, so existing notes keep their content hashes.
"""

from __future__ import annotations

import re

# The opening bracket of each marker Anki acts on (case-insensitive, as Anki matches them).
_MARKER = re.compile(r"\[(?=sound:|/?latex\]|/?\$\$?\]|/?anki:)", re.IGNORECASE)
_ENTITIES = {"{": "&#123;", "}": "&#125;", "::": "&#58;&#58;"}
_SYNTAX = re.compile(r"[{}]|::")


def neutralise(html: str) -> str:
    """``html`` with every brace, ``::`` and media/LaTeX/TTS marker of Anki written as entities."""
    html = _SYNTAX.sub(lambda m: _ENTITIES[m.group()], html)
    return _MARKER.sub("&#91;", html)
