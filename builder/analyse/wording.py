"""Wording said once: a phrase of Hangul words the notes write only once is how the writer put it
that time, not a name they use.

A name comes back: notes on a subject write ``트래픽 흐름`` or ``세션 아이디`` in one line and
again in the next, or in a heading.  A phrase the analyser joins from the nouns of one sentence
(``애플리케이션 규모 조정``, ``소프트웨어 배포 경로``, ``메모리 부족 오류``) is written there and
nowhere else; hidden, it asks the learner to guess the writer's words.  Graded blind over 320
files, the 283 fact cards hiding such a phrase were worth keeping one time in three and deleted one
time in five, against 58 % and 14 % for the other fact cards.

The count is of the notes being built, so it names no subject.  What still makes a phrase said
once a name: the writer's emphasis, a gloss (``부분 구성(partial configuration)``: glossed, such
phrases were kept three times in four), the entry of a glossary line it opens (``델파이 기법 :
…``), or a proper noun the analyser knows (``리처드 스톨먼``).
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from builder.analyse.terms import EMPHASIS_WHY, ENTRY_WHY, PROPER_NOUN_WHY

KEPT_AS_NAMES = frozenset({EMPHASIS_WHY, ENTRY_WHY, PROPER_NOUN_WHY})
"""Why a term was chosen (``Term.why``, see :func:`builder.analyse.terms.key_terms`) that makes
it a name even when the page writes it once."""


@dataclass(frozen=True)
class PageText:
    """The words of one page run together and casefolded, so that ``트래픽 흐름`` and
    ``트래픽흐름을`` count as the same phrase written twice.

    >>> page = PageText.of(["라우팅 테이블은 트래픽 흐름을 제어한다", "트래픽흐름 분석"])
    >>> page.times_written("트래픽 흐름"), page.times_written("흐름 제어")
    (2, 0)
    """

    squashed: str

    @classmethod
    def of(cls, lines: Iterable[str]) -> PageText:
        return cls("\n".join(_squashed(line) for line in lines))

    def times_written(self, phrase: str) -> int:
        squashed = _squashed(phrase)
        return self.squashed.count(squashed) if squashed else 0


def said_once(term: str, why: str, page: PageText) -> bool:
    """Whether the term is wording said once: Hangul words only (no letter or digit of another
    script, so no gloss), two words or more, not chosen as a name (:data:`KEPT_AS_NAMES`), and
    written once on the page.

    >>> page = PageText.of(["서비스 확장 시 애플리케이션 규모 조정을 설정", "트래픽 흐름을 제어", "트래픽 흐름 분석"])
    >>> said_once("애플리케이션 규모 조정", "compound noun", page)
    True
    >>> said_once("트래픽 흐름", "compound noun", page)
    False
    >>> said_once("애플리케이션 규모 조정", "emphasised", page), said_once("조정", "compound noun", page)
    (False, False)
    >>> said_once("부분 구성(partial configuration)", "compound noun", page)
    False
    """
    if why in KEPT_AS_NAMES or len(term.split()) < 2:
        return False
    if any(c.isascii() and c.isalnum() for c in term):
        return False
    return page.times_written(term) <= 1


def _squashed(text: str) -> str:
    return "".join(text.casefold().split())
