"""``personal``: a line in the writer's own voice, their story rather than the subject's: the
writer named (``글쓴이는 …``, ``저는 …``, ``제가 …``), an impression told in an expressive ending
(``시험장이 생각보다 춥더라고요``), or an emoticon (``ㅠㅠ``, ``ㅋㅋ``).  How long the writer studied
or where they sat the exam teaches nothing about the subject."""

from __future__ import annotations

from builder.analyse.morph import morphemes
from builder.analyse.rules.line import Line
from builder.analyse.words import EMOTICONS, EXPRESSIVE_ENDINGS, LONE_FACES, WRITER_NOUNS, WRITER_PRONOUNS


def applies(line: Line) -> bool:
    if any(face in line.text for face in EMOTICONS):
        return True
    pieces = morphemes(line.text)
    for n, piece in enumerate(pieces):
        if piece.surface in LONE_FACES and n > 0 and pieces[n - 1].last_pos == "EF":
            return True  # ``…아쉽습니다 ㅠ``: a lone face after a sentence (``모음 ㅜ 와`` names a vowel)
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
