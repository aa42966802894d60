"""Loanwords: whether a Hangul word is an English word written in Hangul (``라우팅`` and ``Routing``).

Notes mix the two spellings freely: a heading says ``Secondary Origin`` and the line below says
``세컨더리 오리진``.  A card that hides one while the other stays in view shows its own answer,
so the key-term rule asks :func:`sounds_alike` before it hides a word.

Both spellings are reduced to a consonant skeleton, the part of a word that survives
transliteration: vowels go, voiced and unvoiced consonants merge (Korean writes ``b``/``p``,
``d``/``t``, ``g``/``k``, ``v``/``f`` with one letter each), ``l`` and ``r`` merge (both ㄹ), and
an ``r`` that ends a syllable in English is dropped, as Korean spelling drops it (``server`` →
``서버``).  Two words sound alike when their skeletons are equal and at least
:data:`MIN_SKELETON` long: shorter skeletons match too many unrelated words.

>>> sounds_alike("라우팅", "Routing"), sounds_alike("세컨더리", "secondary"), sounds_alike("오리진", "origin")
(True, True, True)
>>> sounds_alike("클러스터", "cluster"), sounds_alike("인터넷", "Internet"), sounds_alike("라우팅", "Region")
(True, True, False)
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import lru_cache

from builder.analyse.words import GERUND_LOOKALIKES

MIN_SKELETON = 3

# Hangul jamo → skeleton letters.  Initial ㅇ and ㅎ leave none (English drops its h too);
# final ㅇ is the ``ng`` of ``-ing``.
_INITIAL = "k k n t t r m p p s s _ j j j k t p _".split()
_FINAL = ["", *"k k k n n n t r r r r r r r r m p p t t nk t t k t p t".split()]
_HANGUL_BASE, _HANGUL_LAST = 0xAC00, 0xD7A3

# English spelling → skeleton letters, applied in order (each rule with an example).
_ENGLISH_RULES: tuple[tuple[str, str], ...] = (
    (r"ph", "f"),  # graph → 그래프
    (r"th", "s"),  # thread → 스레드
    (r"sh", "s"),  # shell → 셸
    (r"ch", "j"),  # check → 체크
    (r"ck", "k"),  # stack → 스택
    (r"qu", "k"),  # query → 쿼리
    (r"x", "ks"),  # index → 인덱스
    (r"ti(?=on)", "s"),  # partition → 파티션
    (r"c(?=[eiy])", "s"),  # service → 서비스
    (r"g(?=[eiy])", "j"),  # origin → 오리진 (a soft g)
    (r"(?<=[aeiouy])r(?![aeiouy])", ""),  # server → 서버: a syllable-final r is not written
    (r"e$", ""),  # cache → 캐시: a silent final e
    (r"[aeiouyhw]", ""),  # vowels and glides leave no consonant
    (r"[bp]|f|v", "p"),
    (r"[dt]", "t"),
    (r"[gkcq]", "k"),
    (r"[lr]", "r"),
    (r"z", "j"),
)
_ENGLISH_COMPILED = tuple((re.compile(pattern), replacement) for pattern, replacement in _ENGLISH_RULES)


def jamo(char: str) -> tuple[int, int, int] | None:
    """The (initial, vowel, final) indexes of a Hangul syllable (``링`` → ``(5, 20, 21)``), None for
    any other character.

    >>> jamo("링"), jamo("A")
    ((5, 20, 21), None)
    """
    code = ord(char) - _HANGUL_BASE if len(char) == 1 else -1
    if not 0 <= code <= _HANGUL_LAST - _HANGUL_BASE:
        return None
    return code // 588, (code % 588) // 28, code % 28


@lru_cache(maxsize=16384)
def without_final(syllable: str) -> str:
    """The syllable without its final consonant (``룰`` → ``루``: the stem 다루 of ``다룰``).

    >>> without_final("룰"), without_final("A")
    ('루', 'A')
    """
    parts = jamo(syllable)
    return chr(_HANGUL_BASE + parts[0] * 588 + parts[1] * 28) if parts else syllable


@lru_cache(maxsize=16384)
def hangul_skeleton(word: str) -> str:
    """The consonant skeleton of a Hangul word (``라우팅`` → ``rtnk``).  Cached like
    :func:`english_skeleton`: a line's words are heard again for each phrase of the line."""
    letters = []
    for parts in filter(None, map(jamo, word)):
        initial, _, final = parts
        letters.append(_INITIAL[initial].strip("_"))
        letters.append(_FINAL[final])
    return _collapsed("".join(letters))


@lru_cache(maxsize=16384)
def english_skeleton(word: str) -> str:
    """The consonant skeleton of a word in Latin letters (``Routing`` → ``rtnk``)."""
    text = "".join(c for c in word.casefold() if "a" <= c <= "z")
    for pattern, replacement in _ENGLISH_COMPILED:
        text = pattern.sub(replacement, text)
    return _collapsed(text)


def english_skeletons(word: str) -> tuple[str, ...]:
    """The skeletons a word in Latin letters may be heard as: a ``ch`` is the ``ch`` of ``check``
    (``체크``) or, in words English took from French, an ``sh`` (``cache`` → ``캐시``,
    ``machine`` → ``머신``).

    >>> english_skeletons("Cache"), english_skeletons("Routing")
    (('kj', 'ks'), ('rtnk',))
    """
    plain = english_skeleton(word)
    if "ch" not in word.casefold():
        return (plain,)
    return (plain, english_skeleton(re.sub("ch", "sh", word, flags=re.IGNORECASE)))


def sounds_alike(hangul: str, latin: str) -> bool:
    """Whether the Hangul word is the Latin-letter word written in Hangul; an English plural is
    written in Hangul without its ``s`` (``Fleets`` → ``플릿``).

    >>> sounds_alike("플릿", "Fleets"), sounds_alike("클래스", "class")
    (True, True)
    """
    skeleton = hangul_skeleton(hangul)
    if len(skeleton) < MIN_SKELETON:
        return False
    return skeleton in english_skeletons(latin) or (
        latin[-1:] in ("s", "S") and skeleton in english_skeletons(latin[:-1])
    )


MIN_RUN_SKELETON = 4
"""A run of words read together is matched from this many consonants on: a short word alone
(``캐시``, ``타입``) sounds like too many others, a run of them (``머신 타입``) does not."""


def run_sounds_alike(hangul_words: Sequence[str], latin_words: Sequence[str]) -> bool:
    """Whether Hangul words read together are the Latin-letter words written in Hangul, however
    each side breaks them into words (``일래스티 캐시`` and ``ElastiCache``, ``머신 타입`` and
    ``Machine Type``).

    >>> run_sounds_alike(["일래스티", "캐시"], ["ElastiCache"]), run_sounds_alike(["머신", "타입"], ["Machine", "Type"])
    (True, True)
    >>> run_sounds_alike(["캐시"], ["Cache"]), run_sounds_alike(["머신", "러닝"], ["Machine", "Type"])
    (False, False)
    """
    skeleton = hangul_skeleton("".join(hangul_words))
    return len(skeleton) >= MIN_RUN_SKELETON and skeleton in english_skeletons("".join(latin_words))


def is_gerund(word: str) -> bool:
    """Whether a Hangul word is an English ``-ing`` word (``모니터링``, ``캐싱``, ``라우팅``): its last
    syllable is a consonant, ㅣ and final ㅇ, after two syllables or more.  It names an activity,
    which a definition (``… 서비스``) never ends in.

    >>> is_gerund("모니터링"), is_gerund("캐싱"), is_gerund("스토리지"), is_gerund("링")
    (True, True, False, False)
    """
    if len(word) < 2 or word in GERUND_LOOKALIKES or not all(map(jamo, word)):
        return False
    initial, vowel, final = jamo(word[-1]) or (0, 0, 0)
    return vowel == _VOWEL_I and final == _FINAL_NG and initial != _INITIAL_SILENT


_VOWEL_I, _FINAL_NG, _INITIAL_SILENT = 20, 21, 11


def _collapsed(letters: str) -> str:
    """Doubled consonants written once (``클러`` → ``kr``, ``cluster`` has one ``l``)."""
    return re.sub(r"(.)\1+", r"\1", letters)
