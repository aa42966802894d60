"""Noun phrases of a line, from its morphemes: the units a card may hide or show as context.

A noun phrase is a run of words whose pieces are nouns, foreign words, numbers and the
symbols inside names (``Lambda@Edge 함수``, ``데이터 볼륨``, ``S3 Glacier Deep Archive``); a
word that ends in a particle (``볼륨을``) closes the phrase, and the particle is noted, since it
tells what role the phrase plays in the sentence (topic, subject, object, adverbial).
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache
from itertools import pairwise

from builder.analyse.loanwords import jamo
from builder.analyse.morph import Morpheme, morphemes
from builder.analyse.shapes import KEY_AND_MEANING, SENTENCE_CLOSE
from builder.analyse.words import (
    ADVERBIAL_NOUNS,
    CLAUSE_TIME_NOUNS,
    CONDITION_NOUNS,
    COPULA_STARTS,
    COURTESIES,
    GENERIC_NOUNS,
    POSITIONAL_NOUNS,
    PREDICATE_NOUNS,
    SENTENCE_FINAL_FORMS,
    TIME_NOUNS_BY_TENSE,
    VERB_LIKE_NUMERALS,
    WORD_PARTICLE_TAGS,
    WORD_PARTICLES,
)

NOUNISH = frozenset({"NNG", "NNP", "NNB", "NR", "SL", "SH", "SN", "XPN", "XSN", "NNBC"})
"""Tags of the pieces of a noun phrase."""
INSIDE_NAME = frozenset({"SY", "SSO", "SSC", "SC", "SF"})
"""Symbols that may stand inside a name when glued to its pieces (``@``, ``-``, ``.``, ``(TTL)``)."""
_CASE_FORMS = {"JKO": ("을", "를"), "JKS": ("이", "가", "께서"), "JKG": ("의",)}
_LIGHT_VERBS = ("하", "할", "한", "해", "했", "되", "된", "될", "돼")
_VERB_PIECES = frozenset({"XSV", "XSA", "VV", "VA", "VX", "EC", "EF", "ETM", "ETN"})
PARTICLE_TAGS = frozenset({"JKS", "JKC", "JKG", "JKO", "JKB", "JKV", "JKQ", "JX", "JC"})


@dataclass(frozen=True, slots=True)
class Phrase:
    """A noun phrase located in its line."""

    text: str
    start: int
    end: int
    pieces: tuple[str, ...]
    """The tags of its morphemes, in order (``SL``, ``NNG``…)."""
    particle: str | None
    """The tag of the particle right after it (``JX`` for 은/는, ``JKO`` for 을/를…), if any."""
    particle_end: int
    """Offset one past that particle (``end`` when there is none)."""


@lru_cache(maxsize=65536)
def noun_phrases(text: str) -> tuple[Phrase, ...]:
    """The noun phrases of ``text`` in order (cached: several rules read the same line)."""
    found: list[Phrase] = []
    run: list[Morpheme] = []

    def close(after: Morpheme | None) -> None:
        while run and run[-1].pos in INSIDE_NAME and run[-1].surface not in (")", "）"):
            run.pop()  # a trailing comma or full stop is punctuation, not part of the name
        while run and run[0].pos in INSIDE_NAME and run[0].surface not in ("(", "（"):
            run.pop(0)
        particle = after.pos if after is not None and after.pos in PARTICLE_TAGS else None
        if particle == "JKB" and len(run) > 1 and _places(run[-1], run[-2]):
            # ``S3 버킷 안에``: the phrase is ``S3 버킷``, and ``안에`` the particle that says its role
            run.pop()
        if run and any(m.pos in NOUNISH for m in run):
            start, end = run[0].start, run[-1].end
            found.append(
                Phrase(
                    text[start:end],
                    start,
                    end,
                    tuple(m.pos for m in run),
                    particle,
                    after.end if particle and after is not None else end,
                )
            )
        run.clear()

    pieces = list(word_pieces(text))
    for n, morpheme in enumerate(pieces):
        if morpheme.pos == "MM" and n + 1 < len(pieces) and pieces[n + 1].start == morpheme.end:
            # A determiner glued to a noun is a word the dictionary split (``저|장소`` for 저장소).
            morpheme = Morpheme(morpheme.surface, "NNG", morpheme.start, morpheme.end, morpheme.final_consonant)
        if (
            morpheme.surface in ("이", "가")
            and run
            and morpheme.start == run[-1].end
            and run[-1].pos in ("SN", "SL")
            and (morpheme.end == len(text) or not text[morpheme.end].isalnum())
        ):
            # ``Route 53이 …``: after a number or a Latin name the dictionary reads 이 as a numeral
            # or a noun; glued and followed by a space, it is the subject particle.
            morpheme = Morpheme(morpheme.surface, "JKS", morpheme.start, morpheme.end, morpheme.final_consonant)
        if _verb_read_as_numeral(text, pieces, n):
            if run and run[-1].end == morpheme.start:
                run.pop()  # ``가능하나``: 가능 is the stem of the verb, not a name
            close(None)
            continue
        if _breaks_the_phrase(text, pieces, n):
            close(None)
            continue
        glued = bool(run) and morpheme.start == run[-1].end
        spaced = bool(run) and text[run[-1].end : morpheme.start].isspace() and run[-1].pos in NOUNISH | {"SSC"}
        if morpheme.pos in NOUNISH and morpheme.tag == morpheme.pos and (not run or glued or spaced):
            run.append(morpheme)
        elif morpheme.pos in INSIDE_NAME and run and glued and morpheme.surface not in (",", "，", "。"):
            run.append(morpheme)
        elif morpheme.pos in NOUNISH and morpheme.tag == morpheme.pos:
            close(None)
            run.append(morpheme)
        else:
            close(morpheme)
    close(None)
    return tuple(_balanced(p) for p in found)


@lru_cache(maxsize=65536)
def word_pieces(text: str) -> tuple[Morpheme, ...]:
    """The morphemes of ``text`` with the analyser's slips mended: a loanword it cut into syllables
    read as one noun again (``인|스턴스|를`` → ``인스턴스`` + ``를``), a verb stem and its nominal
    ending read as a noun (``읽기``)."""
    return tuple(_mended_loanwords(text, _nominalised(list(morphemes(text)))))


def pieces_between(text: str, start: int, end: int) -> tuple[Morpheme, ...]:
    """The :func:`word_pieces` of ``text`` that start in ``text[start:end]``, found by their starts:
    a rule that asks this for every word of a line would otherwise scan the line for each word,
    in time that grows with the square of the line.

    >>> [m.surface for m in pieces_between("캐시 서버를 늘린다", 3, 6)]
    ['서버', '를']
    """
    pieces = word_pieces(text)
    starts = _piece_starts(text)
    return pieces[bisect_left(starts, start) : bisect_left(starts, end)]


@lru_cache(maxsize=4096)
def _piece_starts(text: str) -> tuple[int, ...]:
    return tuple(m.start for m in word_pieces(text))


def _breaks_the_phrase(text: str, pieces: list[Morpheme], n: int) -> bool:
    """Whether the morpheme at ``n`` ends the noun phrase before it and belongs to none: an
    adverbial noun written as a word of its own (``하는 동안 CPU``, ``소켓 대신 IP``, ``만약 스팟
    플릿``: :data:`ADVERBIAL_NOUNS`), or a numeral that is also a verb form (``기능을 하나 클라우드
    서비스``: :data:`VERB_LIKE_NUMERALS`)."""
    morpheme = pieces[n]
    if morpheme.pos == "NR" and morpheme.surface in VERB_LIKE_NUMERALS:
        return morpheme.start == 0 or text[morpheme.start - 1].isspace()
    if morpheme.pos in ("NNG", "NNB") and n > 0:
        before = pieces[n - 1]
        after_a_clause = before.last_pos in ("ETM", "ETN") and text[before.end : morpheme.start].isspace()
        if after_a_clause and morpheme.surface in CLAUSE_TIME_NOUNS | TIME_NOUNS_BY_TENSE[_tense(before)]:
            return True  # ``생성한 후 객체``, ``배포한 다음 Version``: 후 and 다음 belong to the clause
    if morpheme.pos not in ("NNG", "NNB") or morpheme.surface not in ADVERBIAL_NOUNS:
        return False
    following = pieces[n + 1] if n + 1 < len(pieces) else None
    return (
        morpheme.end == len(text)
        or not text[morpheme.end].isalnum()
        or (following is not None and following.start == morpheme.end and following.pos in PARTICLE_TAGS)
    )


def _tense(ending: Morpheme) -> str:
    """``past`` for an adnominal ending in ㄴ (``배포한``, ``정해진``), else ``present`` (``가는``, ``할``)."""
    parts = jamo(ending.surface[-1:])
    past = parts is not None and parts[2] == FINAL_NIEUN and ending.surface[-1] != "는"
    return "past" if past else "present"


FINAL_NIEUN = 4
"""The index of ㄴ among a syllable's final consonants (:func:`~builder.analyse.loanwords.jamo`)."""


def _verb_read_as_numeral(text: str, pieces: list[Morpheme], n: int) -> bool:
    """Whether the morpheme at ``n`` is a verb ending the dictionary read as a numeral, glued to
    the noun it makes a verb (``생성 가능하나 NodePort``, ``비교적 간단하나 일반적``: 하다's "does, but",
    not "one"); neither it nor that noun belongs to a name.

    >>> [p.text for p in noun_phrases("생성 가능하나 NodePort 지정")]
    ['생성', 'NodePort 지정']
    """
    morpheme = pieces[n]
    if morpheme.pos != "NR" or morpheme.surface not in VERB_LIKE_NUMERALS or n == 0:
        return False
    glued_to_a_noun = pieces[n - 1].end == morpheme.start and pieces[n - 1].pos == "NNG"
    return glued_to_a_noun and (morpheme.end == len(text) or not text[morpheme.end].isalnum())


def _places(last: Morpheme, before: Morpheme) -> bool:
    """Whether ``last``, ending a noun phrase before an adverbial particle, is a noun of place after
    the noun it places (``버킷 안에``, ``VPC내에서``), no part of the name (``개선안은`` is a name).

    >>> [p.text for p in noun_phrases("S3 버킷 안에 객체 저장")]
    ['S3 버킷', '객체 저장']
    """
    return last.surface in POSITIONAL_NOUNS and last.pos in ("NNG", "NNB") and before.pos in NOUNISH


_BROKEN_PIECES = frozenset({"VV", "VA", "VCP", "NP"})


def _mended_loanwords(text: str, pieces: list[Morpheme]) -> list[Morpheme]:
    """A loanword the dictionary does not know, cut into syllables it reads as a verb and nouns
    (``밸|런|서`` of 로드 밸런서 as noun, copula, noun; ``리스|너`` as noun and pronoun), read as
    one noun again, with the particle after it (``밸런서는`` → ``밸런서`` + ``는``).  A verb or
    pronoun syllable glued between nouns inside one word is the sign: Korean spelling puts a
    space after a verb's adnominal form."""
    out: list[Morpheme] = []
    n = 0
    while n < len(pieces):
        start = n
        while start > 0 and pieces[start - 1].end == pieces[start].start and pieces[start - 1].pos in ("NNG", "NNP"):
            start -= 1
        end = n
        while end + 1 < len(pieces) and pieces[end + 1].start == pieces[end].end:
            end += 1
        word = pieces[start : end + 1]
        if not _broken(word) or not all("가" <= c <= "힣" for c in text[word[0].start : word[-1].end]):
            out.append(pieces[n])
            n += 1
            continue
        surface = text[word[0].start : word[-1].end]
        particle = next((p for p in WORD_PARTICLES if surface.endswith(p) and len(surface) - len(p) >= 2), "")
        if not _mendable(word, particle):
            out.append(pieces[n])
            n += 1
            continue
        del out[len(out) - (n - start) :]
        noun_end = word[-1].end - len(particle)
        out.append(Morpheme(text[word[0].start : noun_end], "NNG", word[0].start, noun_end, None))
        if particle:
            out.append(Morpheme(particle, WORD_PARTICLE_TAGS.get(particle, "JKB"), noun_end, word[-1].end, None))
        n = end + 1
    return out


def _mendable(word: list[Morpheme], particle: str) -> bool:
    """Whether the broken word is a noun and, at most, a particle we know: ``밸|런|서`` at the end
    of a line is one, ``캐|싱하|여`` (캐싱하여, a verbal noun and 하다) is not."""
    noun_end = word[-1].end - len(particle)
    noun = [m for m in word[1:] if m.end <= noun_end]
    if any(m.pos[0] in "EX" for m in noun):
        return False
    surface = "".join(m.surface for m in word)
    # ``캐싱하여``: a verbal noun and a form of 하다/되다 at its end, which no noun has.
    return particle != "" or not any(surface[:-1].endswith(light) for light in _LIGHT_VERBS)


def _broken(word: list[Morpheme]) -> bool:
    """Whether one word's pieces hold a verb, copula or pronoun syllable glued to a content piece
    after it (``밸|런``, ``컨|슈|머``), or a pronoun glued to the noun before it (``리스|너``).
    ``할|때``, ``될|것``: a verb's adnominal form before a dependent noun, written without its
    space, is two words."""
    if any(p.pos == "NP" and len(p.surface) == 1 and before.pos in ("NNG", "NNP") for before, p in pairwise(word)):
        return True
    return any(
        len(piece.surface) == 1
        and piece.pos in _BROKEN_PIECES
        and following.pos[0] not in "EJX"
        and following.pos not in ("NNB", "SF", "SC", "SY")
        and following.surface not in GENERIC_NOUNS
        and (k == 0 or word[k - 1].pos in ("NNG", "NNP"))
        for k, (piece, following) in enumerate(pairwise(word))
    )


def _nominalised(pieces: list[Morpheme]) -> list[Morpheme]:
    """A verb stem and its nominal ending written as one word (``읽|기``, ``쓰|기``) read as a noun:
    ``읽기 전용 복제본`` is one name, not ``전용 복제본`` after a verb."""
    out: list[Morpheme] = []
    for morpheme in pieces:
        previous = out[-1] if out else None
        if (
            previous is not None
            and morpheme.pos == "ETN"
            and previous.pos in ("VV", "VA")
            and previous.end == morpheme.start
        ):
            out[-1] = Morpheme(
                previous.surface + morpheme.surface, "NNG", previous.start, morpheme.end, morpheme.final_consonant
            )
        else:
            out.append(morpheme)
    return out


def _balanced(phrase: Phrase) -> Phrase:
    """Drop an unmatched bracket and what stands before or after it (``Ex) EBS`` → ``EBS``)."""
    text, start, end = phrase.text, phrase.start, phrase.end
    if text.count("(") < text.count(")"):
        if text.endswith(")") and text.count(")") == 1:
            text, end = text[:-1], end - 1
        else:
            cut = text.index(")") + 1
            rest = text[cut:]
            start += cut + len(rest) - len(rest.lstrip())
            text = rest.strip()
    if text.count("(") > text.count(")") and text.startswith("("):
        text, start = text[1:], start + 1
    if text.count("(") > text.count(")") and "(" in text:
        cut = text.rindex("(")
        text, end = text[:cut].rstrip(), start + len(text[:cut].rstrip())
    return Phrase(text, start, end, phrase.pieces, phrase.particle, max(phrase.particle_end, end))


def morpheme_at(text: str, offset: int) -> Morpheme | None:
    """The morpheme of ``text`` that starts at ``offset``, if one does."""
    return _starts(text).get(offset)


@lru_cache(maxsize=65536)
def _starts(text: str) -> dict[int, Morpheme]:
    return {m.start: m for m in morphemes(text)}


def closes_a_word(text: str, end: int) -> bool:
    """Whether a phrase ending at ``end`` ends a word: a space, punctuation or the end follows, or
    a particle (``볼륨을``) — never the rest of a noun the analyser split (``로드 밸|런싱``)."""
    if end >= len(text) or not text[end].isalnum():
        return True
    following = morpheme_at(text, end)
    if following is not None and following.surface in POSITIONAL_NOUNS and following.pos in ("NNG", "NNB"):
        # ``노드 풀안에``: a noun of place and its particle, glued to the name they place
        after = morpheme_at(text, following.end)
        return after is not None and after.pos == "JKB"
    if following is not None and following.tag.startswith("VCP"):
        # ``웨어하우스이다``: the copula ends the noun; but ``밸|런|서`` (a loanword the analyser
        # cut, its middle read as a copula) starts no copula form.
        return following.surface.startswith(COPULA_STARTS)
    if following is None or not following.pos.startswith("J"):
        return False
    # The dictionary reads the end of a loanword as a contracted particle (``피어|링``): a case
    # particle in its written forms only.
    return _CASE_FORMS.get(following.pos, (following.surface,)).__contains__(following.surface)


def followed_by_verb_suffix(text: str, end: int) -> bool:
    """``선택|할``, ``암호화|된다``: the phrase is the stem of a verb, the predicate of the line."""
    rest = text[end:]
    gap = len(rest) - len(rest.lstrip(" "))
    following = morpheme_at(text, end + gap)
    if following is None:
        return False
    if gap:  # ``호스팅 할 수 있음``: a verbal noun and its 하다 written apart
        return following.surface.startswith(_LIGHT_VERBS) and following.pos in ("VV", "XSV", "VX")
    return following.pos in _VERB_PIECES


def ends_in_noun(text: str) -> bool:
    """Whether the line's last word is a noun (a noun-final statement, ``…서버리스 쿼리 서비스``)."""
    content = [m for m in morphemes(text) if m.pos not in INSIDE_NAME]
    return bool(content) and content[-1].pos in NOUNISH and content[-1].tag == content[-1].pos


def without_glosses(name: str) -> str:
    """The name without what it explains in brackets (``웜(Worm)`` → ``웜 ``).

    >>> without_glosses("EC2 (Elastic Compute Cloud)").strip()
    'EC2'
    """
    return _GLOSS.sub(" ", name)


_GLOSS = re.compile(r"[(（][^)）]*[)）]")


def glosses(name: str) -> list[str]:
    """What a name explains in brackets (``Enhanced Monitoring (향상된 모니터링)`` → ``향상된 모니터링``).

    >>> glosses("EC2 (Elastic Compute Cloud)"), glosses("S3")
    (['Elastic Compute Cloud'], [])
    """
    return [m.group()[1:-1].strip() for m in _GLOSS.finditer(name)]


def ends_in_a_noun(text: str) -> bool:
    """Whether the words end in a noun, a name in Latin letters or a number, however modified
    (``향상된 모니터링``, ``비연결형 서비스에 사용되는 프로토콜``), not in a predicate (``리전당 1,000개로
    제한된다``): they name something, as a question written as a noun does.

    >>> ends_in_a_noun("향상된 모니터링"), ends_in_a_noun("리전당 1,000개로 제한된다")
    (True, False)
    >>> ends_in_a_noun("비연결형 서비스에 사용되는 프로토콜"), ends_in_a_noun("PID는 최대 32768개까지 쓸 수 있다.")
    (True, False)
    """
    pieces = [m for m in morphemes(text.strip()) if m.pos not in ("SF", "SE", "SP", "SSC")]
    return bool(pieces) and pieces[-1].pos.startswith(("NN", "SL", "SN", "SH", "XSN"))


def ends_as_a_sentence(text: str) -> bool:
    """Whether the words end as a sentence does, in an ending of :data:`SENTENCE_FINAL_FORMS`
    (``…CPU를 씁니다``, ``…사용함``), not in a noun (``이벤트로 실행되는 람다``).

    >>> ends_as_a_sentence("스핀락은 대기 중에도 CPU를 씁니다"), ends_as_a_sentence("이벤트로 실행되는 람다")
    (True, False)
    """
    pieces = morphemes(text.strip())
    return bool(pieces) and pieces[-1].last_pos.startswith("E") and pieces[-1].surface.endswith(SENTENCE_FINAL_FORMS)


def has_predicate(text: str) -> bool:
    """Whether the line holds a verb, an adjective or the copula (it says something)."""
    return any(m.pos in ("VV", "VA", "VCP", "VX", "XSV", "XSA") or "VCP" in m.tag for m in morphemes(text))


def states_something(text: str) -> bool:
    """Whether the line says something about what it names: a predicate (:func:`has_predicate`),
    a noun that is one (``… 연동 가능``, ``… 지원``), a topic or subject (``보관 기간은 …``), or a key
    and its meaning (``Consumer Lag - Kafka, Kinesis``, ``튜플 = 행``).  A bare noun phrase names
    things and states nothing: ``Fargate tasks``, ``Blue/Green & Canary Deployment``, ``TCP/IP 모델의
    transport 계층``; hide a word of it and no one can say what is asked.

    >>> states_something("Fargate tasks"), states_something("Blue/Green & Canary Deployment")
    (False, False)
    >>> states_something("Redis는 TCP로만 접속할 수 있다"), states_something("여러 노드에 샤드를 분산 가능")
    (True, True)
    >>> states_something("로그 세그먼트는 compacted"), states_something("Consumer Lag - Kafka, Kinesis")
    (True, True)
    """
    if has_predicate(text) or KEY_AND_MEANING.search(text):
        return True
    return any(m.surface in PREDICATE_NOUNS or m.pos in ("JX", "JKS") for m in morphemes(text))


_OPEN_ENDINGS = frozenset({"EC", "ETM"}) | PARTICLE_TAGS
"""A line whose last piece is one of these stops mid-sentence: a connective ending (``…이며,``,
``…않지만``), an adnominal ending (``…와 같은``) or a particle (``…요청이``)."""


def runs_on(text: str) -> bool:
    """Whether the line stops mid-sentence, so the next line of its paragraph finishes it (prose
    wrapped by hand).  A line that ends a sentence (``.``) or introduces a list (``:``) does not.

    >>> runs_on("S3는 객체 스토리지이며,")
    True
    >>> runs_on("여러 로컬 호스트의 요청이"), runs_on("규칙에 위배되는 인증서가 있을 경우")
    (True, True)
    >>> runs_on("S3는 객체 스토리지이다.")
    False
    >>> runs_on("버킷 이름은 전역에서 고유함"), runs_on("다음과 같다")
    (False, False)
    >>> runs_on("(서버 측 암호화는 강력한 블록 암호인 256비트")  # the bracket closes on a later line
    True
    """
    stripped = text.rstrip()
    if stripped.count("(") > stripped.count(")"):
        return True
    if not stripped or stripped.endswith((".", "!", "?", "。", ":", "：", ")", "]")):
        return False
    if stripped.endswith(","):
        return True
    if stripped.endswith(SENTENCE_FINAL_FORMS):
        return False  # ``…있다``: tagged as a connective ending when no full stop follows
    if stripped.split()[-1] in ADVERBIAL_NOUNS:
        return True  # ``…인증서가 있을 경우``: a clause that the next line finishes
    content = [m for m in morphemes(stripped) if m.pos not in INSIDE_NAME]
    return bool(content) and content[-1].last_pos in _OPEN_ENDINGS


def only_names(text: str) -> bool:
    """Whether the text only names something: no verb or adjective, no subject or topic particle,
    and no sentence ending (``kube-scheduler``, ``컨트롤러 관리자``; a loanword the analyser cuts
    into a noun and a copula, ``스케줄|러``, still names).

    >>> only_names("스케줄러"), only_names("컨트롤러 관리자"), only_names("S3는 객체 스토리지다")
    (True, True, False)
    """
    pieces = morphemes(text.strip())
    if not pieces or ends_as_a_sentence(text):
        return False
    return not any(
        m.pos in ("VV", "VA", "VX", "XSV", "XSA") or (m.pos.startswith("J") and m.pos not in ("JKG", "JC"))
        for m in pieces
    )


def sentences_holding(text: str, spans: Sequence[tuple[int, int]]) -> tuple[int, int] | None:
    """(start, end) of the sentences of ``text`` from the one holding the first span to the one
    holding the last (sentences as :func:`sentence_count` counts them); None when that is the
    whole text.

    >>> line = "버킷은 전역에서 고유하다. 객체는 최대 5TB이다. 한 번 정하면 바꿀 수 없다."
    >>> start, end = sentences_holding(line, [(line.index("5TB"), line.index("5TB") + 3)])
    >>> line[start:end]
    '객체는 최대 5TB이다.'
    """
    if not spans:
        return None
    bounds = sentence_bounds(text)
    first = min(s for s, _ in spans)
    last = max(e for _, e in spans)
    holding = [(s, e) for s, e in bounds if s < last and first < e] or [(0, len(text))]
    begin = holding[0][0] + len(text[holding[0][0] :]) - len(text[holding[0][0] :].lstrip())
    finish = holding[-1][1]
    return None if (begin, finish) == (0, len(text)) or begin >= finish else (begin, finish)


def sentence_count(text: str) -> int:
    """How many sentences the line holds: each closed by ``.``, ``!`` or ``?`` right after a
    word that ends as a sentence ends (:data:`SENTENCE_FINAL_FORMS`: ``…있다.``, ``…됨.``), and
    the words after the last of them, if any.  A full stop inside a name or a number (``v1.2``,
    ``예. 설정``) closes nothing.

    >>> sentence_count("버킷 이름은 전역에서 고유하다. 한 번 정하면 바꿀 수 없다. 그래서 신중해야 함.")
    3
    >>> sentence_count("노드는 v1.2부터 지원된다"), sentence_count("")
    (1, 0)
    """
    return len(sentence_bounds(text))


def closes_a_condition(pieces: Sequence[Morpheme], at: int) -> bool:
    """Whether ``pieces[at]`` is a condition's noun that a verb's modifier opens (``받았을 때``,
    ``사용하기 좋은 경우``: :data:`~builder.analyse.words.CONDITION_NOUNS`).

    >>> pieces = morphemes("장애가 발생했을 때 복구한다")
    >>> [p.surface for n, p in enumerate(pieces) if closes_a_condition(pieces, n)]
    ['때']
    """
    return pieces[at].surface in CONDITION_NOUNS and at > 0 and "ETM" in pieces[at - 1].tag


def without_courtesies(text: str) -> str:
    """The line without its sentences of courtesy (:data:`~builder.analyse.words.COURTESIES`: ``…
    다뤄보겠습니다. 감사합니다!``): what is left is what the writer said.

    >>> without_courtesies("다음 글에서 다뤄보겠습니다. 감사합니다!")
    '다음 글에서 다뤄보겠습니다.'
    """
    kept = [text[start:end].strip() for start, end in sentence_bounds(text)]
    return " ".join(s for s in kept if s.strip(" .!?~") not in COURTESIES)


def sentence_bounds(text: str) -> list[tuple[int, int]]:
    """(start, end) of each sentence: up to each close (:data:`SENTENCE_CLOSE`), and the words
    after the last one, if any."""
    bounds, start = [], 0
    for match in SENTENCE_CLOSE.finditer(text):
        bounds.append((start, match.end()))
        start = match.end()
    if any(c.isalnum() for c in text[start:]):
        bounds.append((start, len(text)))
    return bounds
