"""Which name the notes usually write before a noun: a blank that only that name fits is guessed
from the noun it leaves in view.

Notes on one service write its name before the same few nouns again and again (``X 인스턴스``,
``X 버킷``).  A card that hides the name and shows the noun (``원격으로 [...] 인스턴스에 접속``)
is answered from the noun, not from the fact.  The statistic comes from the notes being built, so
it names no service: in notes where several names share the noun (``A 대기열``, ``B 대기열``)
the blank still asks which one.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass

from builder.analyse.phrases import pieces_between

MIN_PAIRINGS = 3
"""How often the notes must write a name before a noun before the noun gives the name away."""
MIN_SHARE = 2 / 3
"""The share of the noun's modifiers that name must have: the one a reader of these notes expects."""
_NAME_PIECES = frozenset({"NNG", "NNP", "SL", "SH", "SN"})
_HEAD_PIECES = frozenset({"NNG", "NNP"})
_WORD = re.compile(r"\S+")


@dataclass(frozen=True)
class UsualModifiers:
    """Per noun, how often each bare word of the notes stands right before it."""

    pairings: Counter[tuple[str, str]]
    """``(modifier, noun) → count``, the modifier casefolded."""
    totals: Counter[tuple[bool, str]]
    """``(in Latin letters, noun) → count`` of the bare words before the noun, names in Latin
    letters counted apart from Hangul words (:func:`_latin`)."""

    def give_away(self, term: str, text: str, end: int) -> bool:
        """Whether the noun right after a one-word term hidden at ``text[:end]`` names it: the
        notes write the term before that noun at least :data:`MIN_PAIRINGS` times, and in
        :data:`MIN_SHARE` of the noun's pairings or more.  A longer term asks for the words that
        tell it apart (``[보조 EC2] 인스턴스``), which the noun does not give.

        >>> notes = ["EC2 인스턴스를 시작한다", "EC2 인스턴스 유형", "EC2 인스턴스에 연결", "RDS 인스턴스"]
        >>> usual = usual_modifiers(notes)
        >>> usual.give_away("EC2", "원격으로 EC2 인스턴스에 접속", 8)
        True
        >>> usual.give_away("RDS", "RDS 인스턴스", 3), usual.give_away("보조 EC2", "보조 EC2 인스턴스", 9)
        (False, False)
        """
        head = _head_after(text, end)
        if len(term.split()) != 1 or head is None:
            return False
        count = self.pairings[(term.casefold(), head)]
        return count >= MIN_PAIRINGS and count >= MIN_SHARE * self.totals[(_latin(term), head)]


def usual_modifiers(texts: Iterable[str]) -> UsualModifiers:
    """Count, over the lines of the notes, each bare word written right before a noun
    (``EC2 인스턴스를`` counts ``EC2`` before ``인스턴스``; ``EC2의 인스턴스`` counts nothing)."""
    pairings: Counter[tuple[str, str]] = Counter()
    for text in texts:
        for before in _WORD.finditer(text):
            if not _bare_name(text, before.start(), before.end()):
                continue
            head = _head_after(text, before.end())
            if head is not None:
                pairings[(before.group().casefold(), head)] += 1
    totals: Counter[tuple[bool, str]] = Counter()
    for (modifier, head), count in pairings.items():
        totals[(_latin(modifier), head)] += count
    return UsualModifiers(pairings, totals)


def _latin(word: str) -> bool:
    """Whether a word is (or holds) a name in Latin letters.  A blank before ``인스턴스`` where the
    notes write ``EC2`` is filled with a name; the Hangul words written there too (``해당``,
    ``처리``) are not what a reader weighs against it."""
    return any(c.isascii() and c.isalpha() for c in word)


def _bare_name(text: str, start: int, end: int) -> bool:
    """Whether the word at ``text[start:end]`` is nouns only, with no particle or ending."""
    pieces = pieces_between(text, start, end)
    return bool(pieces) and all(m.pos in _NAME_PIECES for m in pieces)


def _head_after(text: str, end: int) -> str | None:
    """The noun that opens the word after ``text[:end]`` (one space between), if one does."""
    if text[end : end + 1] != " " or text[end + 1 : end + 2] == " ":
        return None
    head = ""
    for piece in pieces_between(text, end + 1, len(text)):
        if piece.start != end + 1 + len(head) or piece.pos not in _HEAD_PIECES:
            break  # the noun ends at a particle, an ending or a space (``인스턴스를``, ``인스턴스 유형``)
        head += piece.surface
    return head or None
