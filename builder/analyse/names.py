"""How a subject's name is written in prose: the variants a card must hide or look for."""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence
from functools import cache
from itertools import pairwise
from typing import NamedTuple

from builder.analyse.loanwords import run_sounds_alike
from builder.analyse.phrases import without_glosses
from builder.analyse.shapes import HANGUL_RUN
from builder.analyse.words import GENERIC_NOUNS, MEANS_NOUNS, NAME_ENDINGS, SPELLING_CONNECTORS, VENDOR_WORDS


def name_variants(name: str, *, tails: bool = True) -> list[str]:
    """Ways a subject's name is written in prose, longest first.

    A multi-word name is also written by its trailing words: ``Vendor Data Lake Store`` is
    also ``Data Lake Store``, ``Lake Store`` and ``Store`` (a maker's or family prefix is
    dropped in prose).  A lone trailing word counts only when it looks like a name (a capital
    or a digit: ``Store``, ``S3``), not a common noun (``서비스``), and a variant has at least
    three characters unless it is an acronym.  A parenthesised part is a name of its own:
    ``Step Functions(단계함수)`` is also ``Step Functions`` and ``단계함수``; ``Key Management
    Service (KMS)`` is also ``KMS``.  Without ``tails`` only the name and its parenthesised
    parts count: subjects set against each other often share their trailing words
    (``Private API Gateway`` against a point that mentions ``API Gateway``).
    A Korean name of a few words is also written without its spaces (``비식별자 관계`` as
    ``비식별자관계``, ``2종 오류`` as ``2종오류``): Korean writers space compounds as they please.

    >>> name_variants("2종 오류", tails=False)
    ['2종 오류', '2종오류']
    >>> name_variants("Auto Scaling", tails=False)
    ['Auto Scaling']
    >>> name_variants("뷰"), name_variants("뷰 (View)")
    (['뷰'], ['뷰 (View)', '(View)', 'View'])

    A gloss inside a name is left out in prose: ``센터 기반(Center-based) 시험`` is also ``센터 기반 시험``.

    >>> name_variants("센터 기반(Center-based) 시험", tails=False)
    ['센터 기반(Center-based) 시험', '센터 기반 시험', '센터기반시험']
    """
    found: set[str] = set()

    def add(candidate: str) -> None:
        candidate = candidate.strip(" -:·")
        if len(candidate) >= 2 or (candidate == name.strip() and _HANGUL.fullmatch(candidate)):
            found.add(candidate)  # ``뷰``, ``힙``: a name of one syllable, found only as a word of its own
        spaced = candidate.split()
        if _HANGUL.search(candidate) and not _LATIN.search(candidate) and 2 <= len(spaced) <= MAX_UNSPACED_WORDS:
            found.add("".join(spaced))  # ``2종 오류`` written ``2종오류``
        words = spaced if tails else []
        for first in range(1, len(words)):
            tail = " ".join(words[first:])
            if first < len(words) - 1:
                if len(tail) >= 3:
                    found.add(tail)
            elif _NAME_LIKE.search(tail) and (len(tail) >= 3 or _ACRONYM.fullmatch(tail)):
                found.add(tail)

    add(name)
    glossed = _GLOSS_INSIDE.match(name)
    if glossed:
        add(f"{glossed['before']} {glossed['after']}")  # ``센터 기반(Center-based) 시험`` written ``센터 기반 시험``
    outer = re.match(r"^(.*?)\s*[(（](.*?)[)）]\s*$", name)
    if outer:
        add(outer.group(1))
        add(outer.group(2))
    return sorted(found, key=lambda v: (-len(v), v))


def side_names(name: str) -> list[str]:
    """The ways a compared side's name is written (:func:`name_variants`, without tails), and each
    of the names the writer gives it one after another (:func:`_other_names`): a card that asks the
    side hides it wherever any is written.  A heading that writes two names (``## Scale-Up/Scale-Out``)
    still names one subject, so only a comparison's sides are read so.

    >>> side_names("CEIL/CEILING"), side_names("TCP/IP")
    (['CEIL/CEILING', 'CEILING', 'CEIL'], ['TCP/IP'])
    """
    variants = name_variants(name, tails=False)
    others = [v for part in _other_names(name) for v in name_variants(part, tails=False)]
    return sorted(set(variants) | set(others), key=lambda v: (-len(v), v))


def _other_names(name: str) -> list[str]:
    """The names a side is given one after another: ``CEIL/CEILING`` (one token, each name
    :data:`MIN_ALTERNATIVE_CHARS` long at least: ``TCP/IP``, ``I/O`` and a path are one name) and
    ``Lifeline; 생명선``, a name and its translation (the Hangul one that long too: ``실행`` beside
    ``Activation`` is a word prose uses for other things; two names in Hangul are one name written
    over two lines of a cell).

    >>> _other_names("CEIL/CEILING"), _other_names("gzip /backup/passwd"), _other_names("TCP/IP")
    (['CEIL', 'CEILING'], [], [])
    >>> _other_names("Lifeline; 생명선"), _other_names("Activation; 실행")
    (['Lifeline', '생명선'], ['Activation'])
    >>> _other_names("개념적; 데이터 모델링")
    []
    """
    if _SLASHED.fullmatch(name.strip()):
        parts = name.strip().split("/")
        return parts if all(len(part) >= MIN_ALTERNATIVE_CHARS for part in parts) else []
    if ";" not in name:
        return []
    parts = [part.strip() for part in name.split(";")]
    if len(parts) != 2 or sum(bool(_HANGUL.search(p)) for p in parts) != 1 or not all(parts):
        return []  # ``개념적; 데이터 모델링``: one name written over two lines of a cell
    return [p for p in parts if not _HANGUL.search(p) or len(p.replace(" ", "")) >= MIN_ALTERNATIVE_CHARS - 1]


_SLASHED = re.compile(r"[^\s/]+(?:/[^\s/]+)+")
_GLOSS_INSIDE = re.compile(r"^(?P<before>[^()（）]+?)\s*[(（][^()（）]+[)）]\s*(?P<after>[^()（）\s][^()（）]*)$")
"""A name with a bracketed gloss inside it and words after the bracket (``무차별(Brute Force) 대입 공격``)."""
MIN_ALTERNATIVE_CHARS = 4
"""Each name of ``CEIL/CEILING`` or ``HTTP/HTTPS`` is this long at least (a name in Hangul one
syllable less); a slash between shorter parts joins one name (``TCP/IP``, ``I/O``, ``SSL/TLS``)."""


_NAME_LIKE = re.compile(r"[A-Z0-9]")
_HANGUL = re.compile(r"[가-힣]")
_LATIN = re.compile(r"[A-Za-z]")
MAX_UNSPACED_WORDS = 3
"""A Korean name of up to this many words may be written without its spaces; a longer one is a
phrase, which no one writes run together."""
_ACRONYM = re.compile(r"[A-Z0-9]*[A-Z][A-Z0-9]*")


@cache
def as_a_word_alone(name: str) -> re.Pattern[str] | None:
    """Where a name of one Hangul syllable (``뷰``, ``힙``) is written: as a word of its own, alone or
    before a particle; inside a longer word (``리뷰``, ``뷰어``) it is another word.  None for a
    longer name, found as it is written.

    >>> [m.start() for m in as_a_word_alone("뷰").finditer("뷰는 리뷰와 뷰어, 뷰에서 뷰.")]
    [0, 11, 15]
    >>> [m.start() for m in as_a_word_alone("큐").finditer("큐란 큐입니다 큐보다 시큐리티")]
    [0, 3, 8]
    >>> as_a_word_alone("스택") is None
    True
    """
    if not _HANGUL.fullmatch(name):
        return None
    return re.compile(rf"(?<![가-힣]){name}(?=(?:{'|'.join(NAME_ENDINGS)})?(?![가-힣]))")


def one_character(name: str) -> bool:
    """Whether the name is one Latin letter or digit (``P`` and ``V`` of a semaphore, the ``m`` and
    ``5`` of ``m5.2xlarge``, record type ``A``): a card cannot hide it, since the same character
    stands in codes and other names on the front, and one character is told by elimination.

    >>> one_character("P"), one_character("5"), one_character("AZ"), one_character("락")
    (True, True, False, False)
    """
    return re.fullmatch(r"[A-Za-z0-9]", name.strip()) is not None


def spells_out(acronym: str, text: str, *, word_for_word: bool = False) -> bool:
    """Whether ``text`` writes the words an acronym stands for (``Elastic File System`` for
    ``EFS``): capitalised words in a row whose initials are the acronym.

    >>> spells_out("EFS", "Elastic File System, 간단한 파일 스토리지"), spells_out("EFS", "파일 스토리지")
    (True, False)

    A small letter of the acronym is a small word's (``DDoS``: Distributed Denial of Service), and
    a word written in camel case gives each of its parts (``UFW``: Uncomplicated FireWall).

    >>> spells_out("DDoS", "Distributed Denial of Service 공격"), spells_out("UFW", "Un-complicated FireWall")
    (True, True)
    >>> spells_out("PaaS", "Platform as a Service"), spells_out("IPs", "Internet Protocols")
    (True, False)

    Written in small letters, every word of it, it spells the acronym too (``machine learning``).

    >>> spells_out("ML", "Aurora machine learning"), spells_out("ML", "Machine learning"), spells_out("Ml", "ml")
    (True, False, False)
    >>> spells_out("DR", "docker run -d nginx"), spells_out("ML", "make a list")
    (False, False)
    """
    return any(_spellings(acronym, text, word_for_word=word_for_word))


def _spellings(acronym: str, text: str, *, word_for_word: bool = False) -> Iterator[tuple[int, int]]:
    """Where ``text`` spells the acronym out: each run of words whose capital initials it is; of
    three letters or more, past the small words a spelling may leave out or count
    (:data:`SPELLING_CONNECTORS`: ``Identity and Access Management``, ``Time to Live``), unless
    ``word_for_word``.  Two letters are too few to skip a word for (``Security and Governance``
    is no spelling of ``SG``).

    >>> list(_spellings("IAM", "AWS Identity and Access Management")), list(_spellings("IAM", "Identity Center"))
    ([(4, 34)], [])
    >>> [bool(list(_spellings(a, t))) for a, t in (("TTL", "Time to Live"), ("SG", "Security and Governance"))]
    [True, False]
    """
    letters = acronym.strip()
    capitals = sum(c.isupper() for c in letters)
    if not (2 <= len(letters) <= 6 and letters.isascii() and letters.isalpha() and letters[0].isupper()):
        return
    if capitals < len(letters) and (capitals < MIN_MIXED_CAPITALS or letters[-1].islower()):
        return  # ``Redis``, ``IPs``: a word or a plural, not letters that each stand for a word
    words = _latin_words(text)
    skipping = not word_for_word and len(letters) >= 3
    for first, word in enumerate(words):
        if word.text[0] == letters[0]:
            end = _spelled_to(words, first + 1, letters[1:], MAX_LEFT_OUT if skipping else 0)
            if end is not None:
                yield word.start, end
    if letters.isupper():
        # ``machine learning`` for ``ML``: notes write English in small letters too, every word so,
        # and every word a word (``docker run`` types a command, no spelling of ``DR``)
        lowered = letters.casefold()
        long_words = [w for w in words if len(w.text) >= MIN_SMALL_SPELLING_LETTERS]
        for first, word in enumerate(long_words):
            if word.text[0] == lowered[0]:
                end = _spelled_to(long_words, first + 1, lowered[1:], 0)
                if end is not None and _adjacent(text, long_words[first : first + len(lowered)]):
                    yield word.start, end


MIN_SMALL_SPELLING_LETTERS = 4
"""Letters each word of a spelling in small letters has (``machine learning``, ``pull request``);
shorter ones are a command's (``git push origin``)."""


def _adjacent(text: str, run: Sequence[_Word]) -> bool:
    """Whether the words stand one after another in ``text``, with only spaces between them."""
    return all(not text[a.end : b.start].strip() for a, b in pairwise(run))


MAX_LEFT_OUT = 3
"""Small words one spelling may leave out (``Department of the Interior``: two)."""


def _spelled_to(words: Sequence[_Word], at: int, letters: str, may_leave_out: int) -> int | None:
    """Where the spelling of the rest of an acronym, ``letters``, ends when it goes on at
    ``words[at]`` (the word before it spelled the letter before), if it does.  A small word may
    count for its letter (``to`` of ``Time to Live``) or, ``may_leave_out`` times, be left out
    (``and``)."""
    if not letters:
        return words[at - 1].end
    if at >= len(words):
        return None
    word = words[at].text
    small = may_leave_out > 0 and word.casefold() in SPELLING_CONNECTORS
    # the ``o`` of ``DDoS``: ``of``, a small word that counts for the small letter
    counted = letters[0].islower() and word.casefold() in SPELLING_CONNECTORS and word[0].casefold() == letters[0]
    if word[0] == letters[0] or counted or (small and word[0].casefold() == letters[0].casefold()):
        end = _spelled_to(words, at + 1, letters[1:], may_leave_out)
        if end is not None:
            return end
    if small:
        return _spelled_to(words, at + 1, letters, may_leave_out - 1)
    return None


MIN_MIXED_CAPITALS = 2
"""Capitals an acronym with a small letter needs, its last letter one of them (``DDoS``, ``DoS``,
``PaaS``): fewer, or a small last letter, make a word (``Redis``, ``Ping``) or a plural (``IPs``)."""
_WORD_IN_LATIN = re.compile(r"[A-Za-z][A-Za-z-]*")
_CAMEL_PARTS = re.compile(r"(?:[A-Z][a-z]+){2,}")
"""A word in camel case, each part capitalised (``FireWall``), read as its parts; ``IPsec`` or
``IPv4`` opens with an acronym and stays whole."""


class _Word(NamedTuple):
    text: str
    start: int
    end: int


def _latin_words(text: str) -> list[_Word]:
    """The words in Latin letters of ``text``, hyphenated ones whole (``Un-complicated``), camel
    case in its parts (:data:`_CAMEL_PARTS`)."""
    words: list[_Word] = []
    for match in _WORD_IN_LATIN.finditer(text):
        if _CAMEL_PARTS.fullmatch(match.group()):
            words.extend(
                _Word(m.group(), match.start() + m.start(), match.start() + m.end())
                for m in re.finditer(r"[A-Z][a-z]+", match.group())
            )
        else:
            words.append(_Word(match.group(), match.start(), match.end()))
    return words


def part_of_a_spelling(term: str, text: str, view: Sequence[str]) -> bool:
    """Whether ``term`` is part of the words ``text`` writes out for an acronym that ``view``
    shows (``To`` of ``Time – To – Live`` under ``TTL 설정``): hidden, it is read off the initials
    beside it.  The whole spelling hidden asks what the acronym stands for, and a
    term elsewhere on the line is no part of it.

    >>> part_of_a_spelling("Live", "Time – To – Live", ["TTL 설정"])
    True
    >>> part_of_a_spelling("Time To Live", "Time To Live 값", ["TTL"])
    False
    >>> part_of_a_spelling("Redis", "Time To Live 값은 Redis에서 쓴다", ["TTL"])
    False
    """
    acronyms = {word for line in view for word in _ACRONYM_WORD.findall(line)}
    start = text.find(term)
    if start < 0 or any(spells_out(a, term) for a in acronyms):
        return False
    return any(first <= start < end for a in acronyms for first, end in _spellings(a, text))


_ACRONYM_WORD = re.compile(r"(?<![A-Za-z])[A-Z]{3,6}(?![A-Za-z])")
"""An acronym of three letters or more (two capitals are as often a grade, ``C2``, or a name)."""


def flat(text: str) -> str:
    """Text compared without its spacing and hyphens (``Active-Standby`` → ``activestandby``)."""
    return re.sub(r"[\s\-_·.]+", "", text.casefold())


def squashed(name: str) -> str:
    """A name compared without its spacing, hyphens and gloss (``Kube Proxy`` → ``kubeproxy``,
    ``기아(Starvation) 현상`` → ``기아현상``)."""
    return flat(without_glosses(name))


def shares_a_latin_word(text: str, name: str) -> bool:
    """Whether the text and a name share a word in Latin letters, other than a vendor's name: a
    heading ``메모리 분할 (Paging, Segmentation)`` over a card asking ``Segmentation 기법``, or
    ``EBS Multi-Attach`` over ``EBS 다중 연결``, gives the answer away.

    >>> shares_a_latin_word("메모리 분할 (Paging, Segmentation)", "Segmentation 기법")
    True
    >>> shares_a_latin_word("AWS 스토리지", "AWS Backup"), shares_a_latin_word("S3", "S3")
    (False, True)
    """
    words = {w.casefold() for w in _LATIN_WORD.findall(text)} - VENDOR_WORDS
    return bool(words & {w.casefold() for w in _LATIN_WORD.findall(name)})


_LATIN_WORD = re.compile(r"[A-Za-z][A-Za-z0-9]+")
"""A word in Latin letters of two or more, a hyphen ending it (``Multi-Attach`` is ``Multi`` and ``Attach``)."""


def writes_its_head(text: str, name: str) -> bool:
    """Whether the text writes the head of a name: the name in Latin letters it ends with, after
    any word that only says what kind of thing it is (``Segmentation 기법``: :data:`MEANS_NOUNS`,
    :data:`GENERIC_NOUNS`).  A heading ``메모리 분할 (Paging, Segmentation)`` over a card asking
    ``Segmentation 기법`` gives the answer away; ``S3 스토리지 클래스`` over one asking ``S3
    Standard-IA`` names only its family, and a name ending in Korean (``AWS 람다``, ``EBS 스냅샷``)
    has no head in Latin letters to give.

    >>> writes_its_head("메모리 분할 (Paging, Segmentation)", "Segmentation 기법")
    True
    >>> writes_its_head("S3 스토리지 클래스", "S3 Standard-IA"), writes_its_head("AWS 컴퓨팅 서비스", "AWS 람다")
    (False, False)
    >>> writes_its_head("Amazon 서비스", "Amazon"), writes_its_head("프록시 (kube-proxy)", "kube-proxy")
    (False, True)
    """
    words = name.split()
    while words and (words[-1] in MEANS_NOUNS or words[-1] in GENERIC_NOUNS):
        words.pop()
    if not words or not _LATIN_NAME.fullmatch(words[-1]) or words[-1].casefold() in VENDOR_WORDS:
        return False
    return words[-1].casefold() in {w.casefold() for w in _LATIN_NAME.findall(text)}


_LATIN_NAME = re.compile(r"[A-Za-z][A-Za-z0-9]*(?:-[A-Za-z0-9]+)*")
"""A name in Latin letters, with its hyphens (``kube-proxy``, ``Standard-IA``)."""


def without_the_name(parts: Sequence[str], name: str) -> list[str]:
    """The context parts a card asking ``name`` may show: none that writes it or the head of it
    (:func:`writes_its_head`), which would answer the card on its own front.

    >>> without_the_name(["Master 구성요소", "API 서버 kube-apiserver"], "API 서버")
    ['Master 구성요소']
    >>> without_the_name(["메모리 분할 (Paging, Segmentation)"], "Segmentation 기법")
    []
    """
    if not name.strip():
        return list(parts)
    names = [v.casefold() for v in name_variants(name) if len(v) >= 2]
    alone = as_a_word_alone(name.strip())  # ``힙 정리`` over a card asking 힙
    return [
        p
        for p in parts
        if not any(n in p.casefold() for n in names)
        and not (alone is not None and alone.search(p))
        and not writes_its_head(p, name)
        and not says_it_in_the_other_script(p, name)
    ]


def spaced_otherwise(part: str, name: str) -> bool:
    """Whether the part writes the name with other spacing: Korean writers space a compound as they
    please.  A short name (``IP``) would be found inside other words, so only one of
    :data:`MIN_SOLID_NAME` characters or more is looked for.

    >>> spaced_otherwise("2절 도메인 네임 스페이스", "도메인 네임스페이스"), spaced_otherwise("IP 주소 체계", "IPv6")
    (True, False)
    """
    solid = flat(part)
    return any(len(flat(v)) >= MIN_SOLID_NAME and flat(v) in solid for v in name_variants(name))


MIN_SOLID_NAME = 4
"""Characters a name written without its spaces needs to be looked for in a part written without them."""


def says_it_in_the_other_script(part: str, name: str) -> bool:
    """Whether the part writes the name as it sounds in the other script: ``오토스케일링`` over
    ``AWS Auto Scaling``, ``Load Balancer`` over ``로드 밸런서``.  A maker's name is no part
    of the sound (``AWS``), and a run is matched from
    :data:`~builder.analyse.loanwords.MIN_RUN_SKELETON` consonants on, so one short word (``캐시``)
    matches nothing.

    >>> says_it_in_the_other_script("오토스케일링", "AWS Auto Scaling")
    True
    >>> says_it_in_the_other_script("배포 · Load Balancer", "로드 밸런서")
    True
    >>> says_it_in_the_other_script("캐시 정책", "Amazon ElastiCache"), says_it_in_the_other_script("캐시", "Cache")
    (False, False)
    >>> says_it_in_the_other_script("응용계층 프로토콜", "POP3(Post Office Protocol Version 3)")
    False
    """
    name_words = {
        "hangul": HANGUL_RUN.findall(name),
        "latin": [w for w in _LATIN_WORD.findall(name) if w.casefold() not in VENDOR_WORDS],
    }
    part_words = {"hangul": HANGUL_RUN.findall(part), "latin": _LATIN_WORD.findall(part)}
    for said, heard in (("hangul", "latin"), ("latin", "hangul")):
        # The name whole, or its last words that say what it is (``Connection Draining``), never
        # one word of it that a heading may share (``프로토콜`` of ``Post Office Protocol Version 3``).
        words = name_words[said]
        runs = [words] + [words[-n:] for n in range(2, min(len(words) - 1, _MAX_RUN) + 1)] if words else []
        for run in runs:
            for heard_run in _runs(part_words[heard]):
                hangul_run, latin_run = (run, heard_run) if said == "hangul" else (heard_run, run)
                if run_sounds_alike(hangul_run, latin_run):
                    return True
    return False


def _runs(words: Sequence[str]) -> list[Sequence[str]]:
    """Every run of up to :data:`_MAX_RUN` words next to each other."""
    return [words[i:j] for i in range(len(words)) for j in range(i + 1, min(len(words), i + _MAX_RUN) + 1)]


_LATIN_WORD = re.compile(r"[A-Za-z]+")
_MAX_RUN = 3
"""Words read together as one name in either script (``로드 밸런서``)."""
