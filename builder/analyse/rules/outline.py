"""``outline``: an entry of a study outline: a topic and the aspects of it to study, with no
claim (``Agile 방법론의 정의, 특징, 장단점``, ``SW 정의, 분류, 특성``, ``두 방식의 차이``,
``모델링의 개념과 UML이 필요한 이유``), a course's learning goal (``… 차이를 설명할 수
있습니다``), the writer announcing what comes next (``이번에는 … 짚어보겠습니다``, ``뒤에서 다룰
예정이다``), or saying what the notes are (``강의를 바탕으로 정리한 문서입니다``).  It
names what to learn, not what is true: hiding its topic asks "[...]의 정의, 특징" with nothing
to answer from.

A statement ends in a predicate or marks its topic (``S3는 … 내구성이 특징``); an outline entry
ends in aspect words, each of a comma-separated run one of them."""

from __future__ import annotations

import re

from builder.analyse.loanwords import without_final
from builder.analyse.morph import morphemes
from builder.analyse.phrases import sentence_count, without_courtesies
from builder.analyse.rules.line import Line
from builder.analyse.shapes import ITEM_NUMBER
from builder.analyse.words import (
    ABILITY_FORM,
    ANNOUNCING_FORMS,
    DEICTIC_NOUNS,
    DONE_ENDINGS,
    LATER_IN_THE_NOTES,
    LEARNING_GOAL_VERBS,
    NOTES_NOUNS,
    PLAN_NOUNS,
    SENTENCE_FINAL_FORMS,
    STUDY_ASPECTS,
    TAKEN_NOTES,
    TOPIC_PARTICLES,
    WRITING_VERBS,
)

MAX_CHARS = 60
_PARTS = re.compile(r"\s*[,，/]\s*|\s+및\s+")
_TRAILING = " .?？·…"


def applies(line: Line) -> bool:
    if line.kind == "quote" and _about_the_notes(line.text):
        return True  # ``> [!info] … 강의를 필기한 내용입니다``: a callout saying what the page is
    if line.kind not in ("bullet", "numbered", "paragraph"):
        return False
    if _learning_goal(line.text) or _announcement(line.text) or _about_the_notes(line.text):
        return True
    text = ITEM_NUMBER.sub("", line.bare).strip()
    if not text or len(text) > MAX_CHARS or ":" in text or "：" in text or text.endswith(SENTENCE_FINAL_FORMS):
        return False
    parts = [p.strip(_TRAILING) for p in _PARTS.split(text) if p.strip(_TRAILING)]
    if not parts or len(parts[0].split()) < 1:
        return False
    last_words = [p.split()[-1] for p in parts]
    if any(len(p.split()) > 2 for p in parts[1:]) or not all(_aspect(w) for w in last_words[1:]):
        return False
    if not _aspect(last_words[-1]) or (len(parts) == 1 and len(text.split()) < 2):
        return False
    pieces = [m for m in morphemes(text) if m.pos not in ("SF", "SP", "SS", "SE", "SO", "SW", "SY")]
    # ``S3는 … 특징``: a topic marked with 은/는 makes the line a statement about it; ``… 줄이기
    # 위한 목적``: a clause that modifies the aspect says what it is.
    if any(m.pos == "JX" and m.surface in ("은", "는") for m in pieces):
        return False
    return not (len(pieces) >= 2 and pieces[-2].last_pos == "ETM")


def _aspect(word: str) -> bool:
    folded = word.casefold()
    return folded in STUDY_ASPECTS or any(folded.endswith(a) for a in STUDY_ASPECTS if len(a) >= 2)


def _learning_goal(text: str) -> bool:
    """``… 차이를 설명할 수 있습니다``: the sentence ends in ``<a learning verb>할 수 있다``."""
    pieces = [m for m in morphemes(text) if m.pos not in ("SF", "SP", "SE")]
    for n in range(len(pieces) - 3):
        verb, does, can, be = pieces[n : n + 4]
        if verb.surface in LEARNING_GOAL_VERBS and does.pos == "XSV" and (can.surface, be.surface) == ABILITY_FORM:
            return n + 5 >= len(pieces)  # ``있 + 습니다``: the line's last words
    return False


def _announcement(text: str) -> bool:
    """``… 짚어보겠습니다``: the line's last predicate is 보다 ("try", or the end of a verb made with
    it: ``알아보다``, ``살펴보다``) with an ending of intent (:data:`~builder.analyse.words.ANNOUNCING_FORMS`)."""
    text = without_courtesies(text)  # ``… 다뤄보겠습니다. 감사합니다!``
    if sentence_count(text) > 1:
        return False  # ``… 최대 256KB이다. 이제 FIFO 큐를 정리해 볼게요``: the facts before it stand
    stripped = text.rstrip(" .!~")
    tail_start = max(0, len(stripped) - 12)  # the last word or two: ``알아보도록 하겠습니다``
    verbs = [m for m in morphemes(stripped) if m.pos in ("VX", "VV") and m.end > tail_start]
    for verb in verbs:
        for at in range(verb.start, verb.end):
            if stripped[at] in "보볼" and stripped[at:].replace(" ", "").startswith(ANNOUNCING_FORMS):
                return True
    return False


def _about_the_notes(text: str) -> bool:
    """The line's last word is a plan after a writing verb (``뒤에서 다룰 예정이다``) or names the
    notes themselves after one (``영상을 바탕으로 정리한 문서입니다``): it speaks of the notes.

    >>> _about_the_notes("세부 흐름은 뒤에서 다룰 예정이다."), _about_the_notes("강의를 바탕으로 정리한 문서입니다")
    (True, True)
    >>> _about_the_notes("배포는 다음 달에 진행할 예정이다"), _about_the_notes("HTML은 웹 문서이다")
    (False, False)
    """
    words = text.rstrip(" .!~").split()
    if sentence_count(text) > 1 or len(words) < 2:
        return False
    pieces = morphemes(words[-1])
    if not pieces or pieces[0].pos != "NNG" or any(m.pos[0] not in "VEJ" for m in pieces[1:]):
        return False
    if pieces[0].surface in PLAN_NOUNS:
        # ``뒤에서 다룰 예정``: further on in the notes; ``새 런타임을 추가할 예정`` is news of the subject.
        return _writes(words[-2]) and any(place in text for place in LATER_IN_THE_NOTES)
    if any(m.pos == "JX" and m.surface in TOPIC_PARTICLES for m in morphemes(text)) and words[0] not in DEICTIC_NOUNS:
        return False  # ``위키는 … 작성한 문서이다``: what its topic is, not what the notes are
    if " ".join(words[-2:]).startswith(TAKEN_NOTES):
        return True  # ``… 강의를 필기한 내용입니다``: notes taken down from a lecture
    # ``… 정리한 문서``: what the notes were made as; ``프로젝트를 설명하는 문서`` says what a file is.
    return pieces[0].surface in NOTES_NOUNS and any(_writes(w) and w.endswith(DONE_ENDINGS) for w in words[:-1])


def _writes(word: str) -> bool:
    """Whether the word is a form of a writing verb (``정리할``; ``다룰``, whose stem 다루 lost its
    vowel's place to the ending's ㄹ)."""
    stems = (word, word[:-1] + without_final(word[-1])) if word else ()
    return any(stem.startswith(tuple(WRITING_VERBS)) for stem in stems)
