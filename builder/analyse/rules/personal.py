"""``personal``: a line in the writer's own voice, their story rather than the subject's: the
writer named (``필자의 경우 …``, ``저는 …``, ``제가 …``), an impression told in an expressive
ending (``생각보다 오래 걸렸네요``), or an emoticon (``ㅠㅠ``, ``ㅋㅋ``).  How long the writer studied or
what their friends knew of the exam teaches nothing about the subject."""

from __future__ import annotations

import re

from builder.analyse.morph import morphemes
from builder.analyse.rules.line import Line
from builder.analyse.words import EXPRESSIVE_ENDINGS, WRITER_NOUNS, WRITER_PRONOUNS

_EMOTICON = re.compile(r"[ㅠㅜ]|ㅋㅋ|ㅎㅎ|\^\^")
"""Jamo faces and laughter (``ㅠ``, ``ㅋㅋ``, ``^^``): the writer's mood, written beside a story."""


def applies(line: Line) -> bool:
    if _EMOTICON.search(line.text):
        return True
    pieces = morphemes(line.text)
    for n, piece in enumerate(pieces):
        follows = pieces[n + 1] if n + 1 < len(pieces) else None
        named = (piece.pos == "NP" and piece.surface in WRITER_PRONOUNS) or (
            piece.pos == "NNG" and piece.surface in WRITER_NOUNS
        )
        if named and follows is not None and follows.pos.startswith("J"):
            return True  # ``저는``, ``필자의``: the writer, not a pronoun of the explanation
        # (without its full stop a line-final ending is tagged a connective one, ``EC``)
        if piece.last_pos in ("EF", "EC") and piece.surface.endswith(EXPRESSIVE_ENDINGS):
            return True
    return False
