"""``personal``: a line in the writer's own voice, their story rather than the subject's: the
writer named (``글쓴이는 …``, ``저는 …``, ``제가 …``), an impression told in an expressive ending
(``시험장이 생각보다 춥더라고요``), an emoticon (``ㅠㅠ``, ``ㅋㅋ``), or a dated entry of the writer's
log of the page (``2024-3-4: 강의에서 발췌``).  How long the writer studied
or where they sat the exam teaches nothing about the subject.

On a page, or under a heading, that names the writer's story of an exam (``… 합격 후기``), a line
that :func:`recounts` what happened is the writer's too (:mod:`builder.analyse` decides that, as
the line alone does not say where it stands)."""

from __future__ import annotations

import re
from collections.abc import Iterator

from builder.analyse.loanwords import jamo
from builder.analyse.morph import Morpheme, morphemes
from builder.analyse.rules.line import Line
from builder.analyse.shapes import DATED_ENTRY
from builder.analyse.words import (
    EMOTICONS,
    EXPRESSIVE_ENDINGS,
    LONE_FACES,
    TALK_ENDINGS,
    WRITER_NOUNS,
    WRITER_PRONOUNS,
)


def applies(line: Line) -> bool:
    if any(face in line.text for face in EMOTICONS) or DATED_ENTRY.match(line.text):
        return True  # a face; ``2024-3-4: … 발췌``, an entry of the writer's log of the page
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


def recounts(text: str) -> bool:
    """Whether the line tells what happened or what the writer meant to do: a verb in the past
    tense or of intention, a pre-final ending with a final ㅆ (``풀었습니다``, ``시행되었습니다``,
    ``준비해야겠다``), as a story is told; the facts of an exam are stated in the present
    (``합격점은 700점이다``).

    Only the word that ends a sentence counts: ``테이블을 분해했던 과정이다`` states what a step
    is, whatever tense the clause before it is in.

    >>> recounts("연습 문제는 두 번씩만 풀었습니다"), recounts("합격점은 1,000점 만점에 700점이다")
    (True, False)
    >>> recounts("정규화는 테이블을 분해했던 과정이다"), recounts("작년에는 어렵게 출제되었지만 기준은 60점이다")
    (False, False)
    """
    return any(any("EP" in p.tag.split("+") and _ends_in_ss(p.surface) for p in word) for word in _sentence_ends(text))


def talks_to_the_reader(text: str) -> bool:
    """Whether a sentence of the line ends in the polite speech of a blog post
    (:data:`~builder.analyse.words.TALK_ENDINGS`): on the page of the writer's story, their advice.

    >>> talks_to_the_reader("구체적인 일정은 이 링크에서 확인할 수 있어요. (총 2개)")
    True
    >>> talks_to_the_reader("시험 시간은 120분입니다"), talks_to_the_reader("필요한 경우 요청을 재시도함")
    (False, False)
    """
    return any(
        any(p.last_pos in ("EF", "EC") and p.surface.endswith(TALK_ENDINGS) for p in word)
        for word in _sentence_ends(text)
    )


def _sentence_ends(text: str) -> Iterator[tuple[Morpheme, ...]]:
    """The morphemes of the word that ends each sentence of the line: the one that says how it is told."""
    for sentence in re.split(r"(?<=[.!?])\s+", text.strip()):
        words = sentence.rstrip(" .!?~").split()
        if words:
            yield morphemes(words[-1])


_FINAL_SS = 20
"""The final ㅆ (jamo index)."""


def _ends_in_ss(surface: str) -> bool:
    """Whether the last syllable ends in ㅆ (``었``, ``했``, ``겠``)."""
    last = jamo(surface[-1]) if surface else None
    return last is not None and last[2] == _FINAL_SS
