"""Key terms: what a cloze of a statement may hide.

A card is worth keeping when its hidden part is worth remembering: a service or feature name,
a technical term, a number with its unit.  Candidates are the noun phrases of the line
(:mod:`builder.analyse.phrases`); each is scored by what makes it a term (the author
emphasised it, it is a name written in Latin letters, a proper noun, a compound) and dropped
when hiding it would ask a riddle: a generic noun (``경우``), a word the card's context already
shows (the answer would be visible), a member of an enumeration (``A, B 및 C``: several answers
fit), a quantity (a limit card asks those), or a phrase that leaves too little of the line
to read.

>>> [t.text for t in key_terms("암호화된 스냅샷은 KMS 키로 복원한다.", context=("Amazon EBS",))]
['KMS']
>>> [t.text for t in key_terms("EKS 클러스터에 노드 그룹을 연결한다.", context=("Amazon EKS",))]
[]
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Sequence
from dataclasses import replace
from difflib import SequenceMatcher
from functools import lru_cache

from builder.analyse.loanwords import run_sounds_alike, sounds_alike
from builder.analyse.morph import morphemes
from builder.analyse.names import flat, spells_out
from builder.analyse.particles import without_particle
from builder.analyse.phrases import (
    Phrase,
    closes_a_word,
    followed_by_verb_suffix,
    morpheme_at,
    noun_phrases,
    without_glosses,
)
from builder.analyse.shapes import (
    COUNTED_OFF,
    EXAMPLE_FOLLOWERS,
    HANGUL_RUN,
    LABEL_COLON,
    NAME_DESCRIPTION,
    OPENING_NUMBER,
    URL,
    command_word,
    opens_a_quote,
)
from builder.analyse.values import is_example_address
from builder.analyse.words import (
    ATTRIBUTE_LABELS,
    BARE_PREDICATES,
    CHECK_MARKS,
    CONNECTIVES,
    EXAM_POINT_LABELS,
    EXAMPLE_ITEM_LETTERS,
    EXAMPLE_MARKERS,
    FUNCTION_WORDS,
    GENERIC_ACRONYMS,
    GENERIC_NOUNS,
    MANNER_WORDS,
    MEANS_NOUNS,
    NAME_KIND_NOUNS,
    NOTE_META_NOUNS,
    PHASE_NOUNS,
    PLACEHOLDER_WORDS,
    PLATFORM_WORDS,
    POINTING_OPENERS,
    PREDICATE_NOUNS,
    PREMISE_LABELS,
    QUANTIFIER_NOUNS,
    RANKING_WORDS,
    SAMPLE_FILE_EXTENSIONS,
    SCRATCH_DIRECTORIES,
    SECTION_LABELS,
    SETTING_NOUNS,
    STUDY_ASPECTS,
    TERM_TAILS,
    TRAILING_PLACES,
    VAGUE_MODIFIERS,
    VENDOR_WORDS,
    VIEWPOINT_NOUNS,
    WORD_PARTICLES,
)
from builder.model import Quantity, Span, Term, marked_ranges

MIN_SCORE = 3
"""A phrase below this score is not worth a card of its own: a name in Latin letters that the
sentence says something about (3), a compound of three nouns, or a term the author emphasised."""
MAX_TERM_CHARS = 30
MAX_GLOSS_CHARS = 60
"""A bracketed gloss this long still goes with its term (``크로스 사이트 요청 위조 (CSRF, Cross-Site Request
Forgery)``): left visible it would translate the answer."""
MIN_CUE_CHARS = 8
SPECIFIC_SCORE = 2
"""A phrase at this score makes a statement specific (a which card can ask for its subject)
without being worth hiding itself."""
"""Characters (without spaces) the line must still show around the hidden term."""
_TERM_PIECES = frozenset({"NNG", "NNP", "SL", "SH", "SN", "NNB", "NR", "XSN", "XPN"})
_CLAUSE_NOUNS = frozenset({"후", "전", "중", "시", "때", "등", "및", "간", "뒤"})
_TRAILING_POSITION = ("안", "내", "중", "밖", "위", "간", "등", "및", "앞", "뒤", "옆", "사이", "둘", "셋", "모두")
"""Words that end a noun phrase without naming anything: where (``로드 밸런서 앞``), how many of it
(``Redis 둘 다``)."""
_GROWTH_BEFORE = re.compile(r"\b[OΘΩ]\([^()]*(?:\([^()]*\)[^()]*)*\)\s*의\s*$")
"""A growth rate written before the noun it measures (``O(n log n)의 시간 복잡도``): the rate is the
fact; the noun after it says only what kind of rate, which anyone can tell.

>>> [bool(_GROWTH_BEFORE.search(t)) for t in ("최악에도 O(n log n)의 ", "O(1)의 ", "평균의 ")]
[True, True, False]
"""
_SERIES_GAP = re.compile(r"\w\s*,\s*(?:\.{2,}|…)\s*,?\s*$")
"""The gap of a series written by its ends (``P1, P2, ..., Pn``): what follows it is read off the
start.  Dots alone are a pause of prose (``읽기가 많다면... 복제본을``).

>>> [bool(_SERIES_GAP.search(t)) for t in ("{P1, P2, ..., ", "R1, R2, …, ", "읽기가 많다면... ")]
[True, True, False]
"""


def key_terms(
    text: str,
    spans: Sequence[Span] = (),
    *,
    context: Sequence[str] = (),
    quantities: Sequence[Quantity] = (),
    min_score: int = MIN_SCORE,
) -> tuple[Term, ...]:
    """The line's key terms, best first (ties: the later one, the comment of the sentence)."""
    if _walks_through_its_own_names(text):
        return ()  # ``부모 이미지를 `base-demo` 이름으로 빌드한다``: a step of one walkthrough, none to recall
    # A stressed clause (``**DNS 질의에 응답하는 방식**``) marks no term, nor the nouns inside it.
    emphasised = [(start, end) for start, end in _emphasised_ranges(spans) if not _is_clause(text[start:end])]
    formulas = marked_ranges(spans, "math")
    code = marked_ranges(spans, "code")
    shown = [c.casefold() for c in context if c]
    # The author's emphasis outranks the shape of the line: ``주의점 : … **쓰기 성능**이 떨어진다``.
    entry = _entry_name(text) if not emphasised else None
    phrases = _with_emphasis(text, noun_phrases(text), emphasised, entry)
    example_from = _example_start(text)
    scored: list[tuple[int, int, Term]] = []
    for n, phrase in enumerate(phrases):
        if _enumerated(text, phrases, n) or not closes_a_word(text, phrase.end):
            continue
        glued_to_a_word = phrase.start > 0 and text[phrase.start - 1].isalnum()
        if glued_to_a_word and (not _marked(phrase, emphasised) or phrase.text[:1] in "(（["):
            # ``예약 인|스턴스``: the analyser split a word, never hide half of it (unless the writer
            # marked the half); ``fd`(file descriptor)```: a gloss glued to its word, marked or not
            continue
        if _after_a_determiner_of_the_entry(text, phrase):
            continue  # ``주 [공정법(CPM)]: …``: the rest of a name a determiner opens, which would stay in view
        glued = phrase.start > 0 and "가" <= text[phrase.start - 1] <= "힣" and phrase.text.isascii()
        if glued and any(start <= phrase.start and phrase.end <= end for start, end in code):
            continue  # ``원자값`atomic value```: the English of the word it is glued to, which stays in view
        if _inside_code(text, phrase, code):
            continue  # ```%SystemRoot%\System32```: a piece of what the author typed, never half a path
        if "|" in phrase.text and not _marked(phrase, code):
            continue  # ``max {|R|,|S|}``: bars of a formula or of a table typed inline, no term
        if text[max(0, phrase.start - 2) : phrase.start] in (" -", "--") or text[: phrase.start] == "-":
            continue  # ``mysql -u root``: a command's option, whose dash would stay outside the blank
        if phrase.start == 0 and re.match(r"\s+--?[A-Za-z]", text[phrase.end :]):
            continue  # ``apt-get -y install vsftpd``: the command a line types, not a term it states
        if followed_by_verb_suffix(text, phrase.end):
            continue  # ``선택|할``, ``압축 후 업로드 하면``: the predicate of the line, not a term
        if _marked_as_predicate(phrase.text) or _nominal_predicate(text, phrase):
            continue  # ``권한을 부여 X``, ``존재X``, ``…기반으로 트래픽 라우팅``: the predicate of the line
        if shown and n == 0 and phrase.particle == "JX" and _is_hangul_only(phrase.text):
            continue  # ``[...]은(는) …``: the topic of a line under a heading is the heading's subject
        if _labels_a_command(text, phrase, code):
            continue  # ``이미지 받기: docker pull <이미지>``: the label of a command, read off the command
        # The name an entry defines is the author's whole term (``고유 식별 정보``), generic tail and all.
        trimmed = phrase if (phrase.start, phrase.end) == entry else _trimmed(phrase, text)
        if trimmed is None or trimmed.start >= example_from:
            continue
        phrase = _with_leading_signs(_with_root_slash(trimmed, text), text, code)
        if _sets_the_scene(text, phrase) and not _marked(phrase, emphasised):
            continue  # ``[...]에서 도출되는 업무 규칙`` hiding ``데이터 모델링 과정``: where, not what
        if _GROWTH_BEFORE.search(text[: phrase.start]):
            continue  # ``O(n log n)의 [...]``: the kind of the rate before it, not a term
        if _SERIES_GAP.search(text[: phrase.start]):
            continue  # ``{P1, P2, ..., Pn}``: the end of a series, read off its start
        if EXAMPLE_FOLLOWERS.match(text, phrase.end):
            continue  # ``[...] 등에 적합``, ``[...] 등을 등록``: one example of many that fit
        if _labels_an_example_address(text, phrase):
            continue  # ``[...]: 3.3.3.3``: the name an example gives its address
        if any(start < phrase.end and phrase.start < end for start, end in formulas):
            continue  # ``$P(A|B)$``: a blank never cuts a formula, and a formula is no term
        if _unmatched_bracket(phrase.text):
            continue  # ``2^{n-1``: a blank that cuts a formula in two
        folded = phrase.text.casefold()
        *qualifiers, head = phrase.text.split()
        # ``핵심 컨셉:``, ``주요 키워드 :``: a label however qualified; ``volatile 키워드:``, ``N+1 이슈:``
        # name the keyword or the issue the line defines
        files_the_line = (
            head in NOTE_META_NOUNS
            and _LABEL_AFTER.match(text, phrase.end) is not None
            and not any(_NAMED.search(word) for word in qualifiers)
        )
        labelled = folded in SECTION_LABELS or folded in STUDY_ASPECTS or folded in EXAM_POINT_LABELS
        if labelled or head in VIEWPOINT_NOUNS or files_the_line:
            # ``Use cases: …``, ``분류: …``, ``개발자의 입장 : …``: the label of what follows, nothing to recall
            continue
        if _attribute_label(text, phrase):
            continue  # ``속도 : first-fit이 가장 빠르다``: what the line weighs, not what it names
        if _placeholder(phrase.text) or _a_syntax_placeholder(text, phrase):
            continue  # ``VPC A``, ``서버 2``, ``<container_id>``: a name an example, a diagram or a syntax gives
        if _counted_off(phrase.text):
            continue  # ``root(1)``: the first ``root`` of an example's output, which occurrence it is
        if names_a_sample(phrase.text):
            continue  # ``pod-definition.yaml``, ``ubuntu:16.04``: the file or the tag a walkthrough picked
        if opens_a_quote(phrase.text):
            continue  # ``“일정한 [저지연 응답” 요구사항]``: the blank would split the quotation
        if phrase.text.split()[0] in VAGUE_MODIFIERS or _adverbial(phrase, text):
            continue  # ``기타 지원 서비스``; ``직접``, ``선별적(으로)``: how, not what
        if any(q.start < phrase.end and phrase.start < q.end for q in quantities):
            continue
        if _tags_the_sentence(text, phrase):
            continue  # ``… 서버의 ACK를 기다린다. FIN-WAIT1``: a label after the sentence, which nothing asks for
        folded = phrase.text.casefold()
        if folded in FUNCTION_WORDS or URL.match(phrase.text) or "://" in phrase.text:
            continue  # ``BUT!``, ``https://…``: nothing to recall
        core = re.split(r"\s*[(（]", folded, maxsplit=1)[0].strip()
        tight = "".join(core.split())
        if any(
            folded in c or c in folded or (len(tight) >= 2 and tight in "".join(c.split())) or _word_in(tight, c)
            for c in shown
            if len(c) >= 2
        ):
            # the context line shows it (``데이터베이스 코드(SP)`` under ``… 데이터베이스 코드 …``,
            # ``힙(heap)`` under ``메모리의 힙 vs 자료구조의 힙``)
            continue
        if misspelt_in_view(phrase.text, shown):
            continue  # ``REAPETABLE READ`` under ``REPEATABLE READ``: the same name, misspelt
        if _mostly_shown(phrase, text, context):
            continue  # ``IP 기반 라우팅`` under ``IP-based Routing``: the front spells most of it
        if _every_word_in_view(phrase, text, context):
            continue  # ``[...] : 주요 성능 특성이 iops인 ssd`` hiding ``IOPS SSD``: read off the front
        written = len(tight) >= 2 and "".join(text.casefold().split()).count(tight) > 1
        if text.casefold().count(folded) > 1 or written or _written_again_otherwise(text, phrase):
            continue  # written twice (``지연 시간(Latency) : … 지연시간``): the answer is beside the blank
        if _glossed_word_written_again(text, phrase):
            continue  # ``힙 기반 구현: … 힙(Heap)을 기반으로``: the word is beside the blank
        if _inside_brackets(text, phrase.start):
            continue  # ``du(disk usage)``: a gloss of the word before it, which stays visible
        score, why = _score(phrase, emphasised)  # the name's own score: a long gloss is no penalty
        if (phrase.start, phrase.end) == entry:
            score, why = score + ENTRY_SCORE, ENTRY_WHY
        phrase = _with_gloss(text, phrase)
        if _gloss_written_again(text, phrase, shown):
            continue  # ``Elastic Load Balancer(ELB)의 대체가 아님! (ELB는 …)``: the rest or the context names it
        if not _says_more(text, phrase, shown):
            continue  # ``다양한 [...]을(를) 제공한다``: the rest of the line fits many answers
        cue = len("".join((text[: phrase.start] + text[phrase.end :]).split()))
        if score >= min_score and cue >= MIN_CUE_CHARS:
            scored.append((score, phrase.start, Term(phrase.text, phrase.start, phrase.end, why)))
    # An entry's name first, whatever its score: the line is written to say what it means.
    scored.sort(key=lambda s: (s[2].why != ENTRY_WHY, -s[0], -s[1]))
    return tuple(term for _, _, term in scored)


ENTRY_SCORE = 3
"""What naming the entry of a glossary line adds to a phrase's score, as much as the author's
emphasis: the line is written to say what the name means, so a name the analyser scores low (one
Hangul word, a command in lowercase) is still worth its card."""
ENTRY_WHY = "entry name"
EMPHASIS_WHY = "emphasised"
PROPER_NOUN_WHY = "proper noun"
MIN_ENTRY_DESCRIPTION_PIECES = 3
"""Content words (nouns, names, verbs, adjectives) a description must hold for its line to be an
entry: fewer say a value or a label (``버전 : stable``), not what the name means."""
_ENTRY_OPENER = re.compile(rf"[^\w(（\[\-]*{OPENING_NUMBER}?")
"""Marks before an entry's name that are no part of it (``⦁``, ``★``, ``▶``, and its number:
``(2)``, ``3.``, ``4.docker ps : …``)."""
_ENTRY_NAME_BREAKS = (" — ", " – ", " - ", "·", "|", "→", "->", "=>", "<-", "←")
"""Marks that make the words before a colon more than one name: a table row read as a line
(``301 — 뜻: 영구 이동``), a flow (``빌드 → 배포:``), a path of labels."""
_DESCRIBING_PIECES = frozenset({"NNG", "NNP", "SL", "VV", "VA", "XR"})


def _entry_name(text: str) -> tuple[int, int] | None:
    """(start, end) of the name a glossary line defines (``파밍 : 가짜 사이트로 유도해 정보를 빼내는
    공격``, ``uptime : 부팅 뒤 흐른 시간 출력``): a short name of nouns or Latin letters, no label of
    a part of the notes (``장점 :``, ``개념 :``), before a colon and a description in words.  A
    description that is a value (``접수일 : 2025-01-06``, ``문항 수 : 40 문제``) or a bare list of
    names (``알고리즘: RR, SJF, HRN``) makes no entry of its line.

    >>> line = "⦁ 파밍 : 가짜 사이트로 유도해 금융 정보를 빼내는 공격"
    >>> start, end = _entry_name(line)
    >>> line[start:end]
    '파밍'
    >>> _entry_name("장점 : 캐시 적중률이 높아 응답이 빠름"), _entry_name("접수일 : 2025-01-06 (월)")
    (None, None)
    >>> _entry_name("-n : 줄 번호를 붙이는 옵션"), _entry_name("301 — 뜻: 영구 이동 · 용도: 주소 변경")
    (None, None)
    >>> _entry_name("알고리즘: RR, SJF, HRN, MLQ"), _entry_name("빌드 → 배포: 이미지를 저장소에 올린다")
    (None, None)
    """
    opener = _ENTRY_OPENER.match(text)
    start = opener.end() if opener else 0
    named = NAME_DESCRIPTION.match(text[start:])
    if named is None:
        return None
    name, description = named["name"].rstrip(), named["desc"].strip()
    head = name.split()[-1].casefold() if name.split() else ""
    if (
        len(name) < 2
        or len(name) > MAX_TERM_CHARS
        or len(name.split()) > 4
        or not any(c.isalpha() for c in name)
        or name.startswith(("(", "（"))  # ``(p.12) TRIM``: an aside before the name
        or name.startswith("-")  # ``-n : 줄 번호 옵션``: an option, whose command is elsewhere
        or any(w.casefold() in CONNECTIVES for w in name.split())  # ``로그 및 임시 파일``: two things
        or any(mark in name for mark in _ENTRY_NAME_BREAKS)
        # ``해결 방안 :``, ``적용 순서 :``: a label of a part of the notes, however qualified
        or head in SECTION_LABELS
        or head in STUDY_ASPECTS
        # ``지연 감소:``, ``disk type 선택 :``: what is done, not a name
        or head in PREDICATE_NOUNS
        or name in GENERIC_NOUNS
        or name in QUANTIFIER_NOUNS
        or _clause_before_a_colon(name)
        # ``세번째 :``, ``모든 서버 :``: a count or a determiner says which one, not what
        or _counts_or_points(name)
    ):
        return None
    if description[:1].isdigit() or _bare_names(description):
        return None
    pieces = [m for m in morphemes(description) if m.pos in _DESCRIBING_PIECES]
    if len(pieces) < MIN_ENTRY_DESCRIPTION_PIECES:
        return None
    if all(m.pos == "SL" for m in pieces) and len(description.split()) < 4:
        return None  # ``리전 : eu-west-1 / eu-west-1b``: a value in Latin letters
    return start, start + len(name)


_LABEL_AFTER = re.compile(r"\s*[:：]")
"""The colon after a phrase that labels the rest of its line (``주요 키워드 : …``)."""
_NAMED = re.compile(r"[A-Za-z0-9]")
"""A word written with Latin letters or digits: a name (``volatile``, ``N+1``, ``C10K``)."""

_ROW_SEGMENT = re.compile(r"\s*(?:[:：]|—|·|\|)\s*")
"""What parts a line of a row or an entry: its colon, the dash after a row's name, the dot between cells."""


COMMAND_LABEL_REACH = 8
"""Characters after a label's separator that a command typed as code may start within, past a
label of its own (``명령어: ``)."""


def _after_a_determiner_of_the_entry(text: str, phrase: Phrase) -> bool:
    """Whether the phrase ends the name before a line's colon, after a word the analyser reads as a
    determiner (``주 공정법(CPM): …``, ``모든 서버 : …``): hidden, it leaves half the name beside the
    blank (``주 [...]``).

    >>> line = "주 공정법(CPM): 여러 작업의 일정을 계산하는 기법"
    >>> _after_a_determiner_of_the_entry(line, Phrase("공정법(CPM)", 2, 10, ("NNG",), None, 10))
    True
    >>> line = "주요 공정: 여러 작업의 일정을 계산하는 기법"
    >>> _after_a_determiner_of_the_entry(line, Phrase("공정", 3, 5, ("NNG",), None, 5))
    False
    """
    if _LABEL_AFTER.match(text, phrase.end) is None:
        return False
    opener = _ENTRY_OPENER.match(text)
    start = opener.end() if opener else 0
    before = text[start : phrase.start]
    if len(before.split()) != 1 or not before.endswith(" "):
        return False
    pieces = morphemes(text[start : phrase.end])  # read with the name: ``주`` alone is a noun
    return bool(pieces) and pieces[0].pos == "MM" and pieces[0].end <= len(before)


def _sets_the_scene(text: str, phrase: Phrase) -> bool:
    """Whether the phrase is the scene the line is set in: before ``에서``, a setting noun
    (:data:`SETTING_NOUNS`), or a stage of a procedure with no name of its own (:data:`PHASE_NOUNS`).

    >>> _sets_the_scene("IoT 환경에서도 중요한 역할", Phrase("IoT 환경", 0, 6, (), "JKB", 8))
    True
    >>> _sets_the_scene("IoT 환경을 지원한다", Phrase("IoT 환경", 0, 6, (), "JKO", 7))
    False
    >>> line = "Map 단계에서 레코드를 키-값 쌍으로 바꾼다"
    >>> _sets_the_scene(line, Phrase("Map 단계", 0, 6, ("SL", "NNG"), "JKB", 8))
    False
    >>> line = "데이터 전처리 단계에서 변수를 정의한다"
    >>> _sets_the_scene(line, Phrase("데이터 전처리 단계", 0, 10, ("NNG", "NNG", "NNG"), "JKB", 12))
    True
    """
    words = phrase.text.split()
    if not words or not text.startswith("에서", phrase.end):
        return False
    if words[-1].endswith(SETTING_NOUNS):
        return True
    # Only Latin letters tell a name here: the dictionary tags 요구사항 and 데이터 as proper nouns too.
    named = any(re.search("[A-Za-z]", word) for word in words[:-1])
    return words[-1] in PHASE_NOUNS and len(words) > 1 and not named


def _labels_a_command(text: str, phrase: Phrase, code: Sequence[tuple[int, int]] = ()) -> bool:
    """Whether the phrase opens the line as the label of a command written after it: a part of the
    row typed as code, or one that :func:`~builder.analyse.shapes.command_word` reads as a command
    (``이미지 받기: docker pull <이미지>``, ``생성 — 명령어: `gcloud compute disks create …```).
    The label says what the command does in other words.

    >>> label = Phrase("이미지 받기", 0, 6, ("NNG", "NNG"), None, 6)
    >>> _labels_a_command("이미지 받기: docker pull <이미지>", label)
    True
    >>> _labels_a_command("이미지 받기: 레지스트리에서 내려받는다", label)
    False
    """
    if text[: phrase.start].strip(" *-•"):
        return False
    # Right after the label only: ``바인드 마운트 : … 방식 — 예: docker run -v …`` defines its term
    # and then gives an example command.
    part = _ROW_SEGMENT.match(text, phrase.end)
    if part is None:
        return False
    # typed as code right there, or after a label of its own (``명령어: `kubectl get pods```)
    typed = any(0 <= start - part.end() <= COMMAND_LABEL_REACH for start, _ in code)
    # Typed as code, a few words are a command (``gcloud projects list``, not ``ssh 22``); else an
    # option or a placeholder must show it is one (``maximum segment size`` is English).
    return command_word(text[part.end() :], words_alone=typed) is not None


def _clause_before_a_colon(name: str) -> bool:
    """Whether the words before a colon make a clause (``서버와 연결하기``, ``모든 코드는 부채``,
    ``정리하면``), not a name; a noun that another one owns is still a name (``벨라디의 모순``).
    One word alone is a name unless it ends as a verb does: the analyser cuts loanwords it does
    not know into verbs, endings and particles (``웨일링`` → ``웨일`` + ``링``, ``스래싱`` → ``스`` +
    ``래`` + ``싱``)."""
    pieces = morphemes(name)
    if " " in name.strip():
        return any((m.pos.startswith("J") and m.pos != "JKG") or m.last_pos in ("ETM", "EC", "EF") for m in pieces)
    # ``결론적으로``: a word that ends in a particle (as written) says how, not what.
    return bool(pieces) and (
        pieces[-1].last_pos in ("ETM", "EC", "EF") or (pieces[-1].pos.startswith("J") and name.endswith(WORD_PARTICLES))
    )


def _counts_or_points(name: str) -> bool:
    """Whether the name opens with a determiner or a numeral, or counts (``세번째``, ``모든 서버``,
    ``두 번``): it says which one or how many, not what.  A numeral the analyser reads later in a
    name is a misread loanword (``워킹 셋``)."""
    pieces = morphemes(name)
    return bool(pieces) and (pieces[0].pos in ("MM", "NR") or any(m.pos == "NNBC" for m in pieces))


def _bare_names(description: str) -> bool:
    """Whether the description only lists names, set apart by commas or slashes, with no word
    that says something of them (``RR, SJF, HRN 등``)."""
    parts = [p for p in re.split(r"\s*[,/·]\s*", description.rstrip(" .등")) if p]
    if len(parts) < 2:
        return False
    return all(len(p.split()) <= 2 for p in parts) and not any(
        m.pos in ("VV", "VA", "XSV", "XSA", "VCP") for m in morphemes(description)
    )


MAX_DESCRIPTION_NOUNS = 3
"""Nouns a phrase in Hangul alone may have and still be a name.  Graded blind, a blank of four
Hangul nouns or more (``분산 서비스 공격용 툴``) was kept one time in five: a description whose
wording a learner cannot reproduce."""


def describes(term: str) -> bool:
    """Whether the term is a description rather than a name: Hangul nouns only (no name in
    Latin letters, no number), more than :data:`MAX_DESCRIPTION_NOUNS` of them.  It still makes
    a statement specific (a which card may ask what it describes); hidden, it asks for wording.

    >>> describes("애플리케이션 관리형 임시 대기열"), describes("SQS 임시 대기열 관리"), describes("임시 대기열")
    (True, False, False)
    """
    if any(c.isascii() and c.isalnum() for c in term):
        return False
    return sum(1 for piece in morphemes(term) if piece.pos in ("NNG", "NNP")) > MAX_DESCRIPTION_NOUNS


def _unmatched_bracket(text: str) -> bool:
    """Whether a bracket of the text is left open or closes nothing (``2^{n-1``, ``a[i``), an angle
    bracket of a placeholder too (``ec2-user@<public-ip``).

    >>> _unmatched_bracket("2^{n-1"), _unmatched_bracket("S3 (Simple Storage)"), _unmatched_bracket("a[i]")
    (True, False, False)
    >>> _unmatched_bracket("List<String"), _unmatched_bracket("List<String>")
    (True, False)

    A bracket that closes before it opens is cut on both sides (``image_id>:<tag`` of
    ``<image_id>:<tag>``):

    >>> _unmatched_bracket("image_id>:<tag"), _unmatched_bracket("<a>:<b>")
    (True, False)
    """
    return any(_unbalanced(text, *pair) for pair in ("()", "[]", "{}", "（）", "<>"))


def _unbalanced(text: str, opening: str, closing: str) -> bool:
    """Whether a ``closing`` bracket of the text closes nothing or an ``opening`` one stays open."""
    depth = 0
    for char in text:
        if char == opening:
            depth += 1
        elif char == closing:
            depth -= 1
            if depth < 0:
                return True
    return depth != 0


_CONTENT_PIECES = frozenset({"NNG", "NNP", "SL", "SH", "SN", "VV", "VA", "XR", "NNBC"})


def _says_more(text: str, term: Phrase, shown: Sequence[str]) -> bool:
    """Whether the line, with the term hidden, still says something that singles it out: a word
    that is not its subject (the context shows that), a generic noun, or a bare predicate
    (:data:`BARE_PREDICATES`: has, uses, offers, allows); or it says nothing else at all but is
    no bare predicate (a copula statement).

    ``S3는 [...]을(를) 지원한다`` fits every feature of S3; ``EBS는 [...] 내에서만 연결 가능``
    says where it connects, which only an AZ fits."""
    for piece in morphemes(text):
        if term.start <= piece.start < term.end:
            continue
        if piece.pos not in _CONTENT_PIECES:
            continue
        word = piece.surface.casefold()
        if word in GENERIC_NOUNS or word in BARE_PREDICATES or word in VAGUE_MODIFIERS or word in QUANTIFIER_NOUNS:
            continue
        if any(word in c for c in shown):
            continue  # the context names the subject; it does not single out the answer
        return True
    # Nothing else but its subject: a bare predicate (``…을 지원한다``) fits many answers, while a
    # copula (``DynamoDB는 [...] 서비스이다``) asks what the subject is, which only the term fits.
    return not any(m.surface in BARE_PREDICATES for m in morphemes(text) if not term.start <= m.start < term.end)


def _marked_as_predicate(phrase: str) -> bool:
    """Whether the phrase ends in a check mark (:data:`~builder.analyse.words.CHECK_MARKS`), apart
    (``부여 X``) or glued to its Hangul word (``존재X``, ``변경O``): the mark is the claim.

    >>> _marked_as_predicate("리소스 존재X"), _marked_as_predicate("권한 부여 X"), _marked_as_predicate("Windows")
    (True, True, False)
    """
    last = phrase.split()[-1] if phrase.split() else ""
    return last in CHECK_MARKS or (len(last) > 1 and last[-1] in CHECK_MARKS and "\uac00" <= last[-2] <= "\ud7a3")


def _nominal_predicate(text: str, phrase: Phrase) -> bool:
    """Whether the phrase is the line's predicate written as a noun (명사형 종결): it ends the line
    without a particle, right after an object, an adverbial or a connective ending
    (``지리적 위치를 기반으로 트래픽 라우팅``, ``헬스 체크와 연계하여 자동 장애 조치 구현``).
    A phrase in Latin letters there is a name (``…에 적합한 것은 S3``), not a predicate."""
    if phrase.particle is not None or text[phrase.end :].strip(" .。!)") or phrase.start == 0:
        return False
    if any(c.isascii() and c.isalpha() for c in phrase.text.split()[-1]):
        return False
    before = [m for m in morphemes(text) if m.end <= phrase.start]
    return bool(before) and before[-1].last_pos in ("JKO", "JKB", "EC")


MIN_FLAT_CHARS = 4
"""A word compared without its hyphens and spaces keeps at least this many characters."""


def _mostly_shown(phrase: Phrase, text: str, context: Sequence[str]) -> bool:
    """Whether the front shows the phrase without it: every name in Latin letters and half or
    more of its words are in view, written in the context (``EKS 클러스터`` under ``Amazon EKS``),
    a name before its noun written elsewhere on the line (``SQS 대기열`` beside ``SQS에서는``),
    or an English word of the context or of the rest of the line written in Hangul
    (``세컨더리 오리진`` under ``Secondary Origin``, ``로드 밸런서`` beside ``LoadBalancer``), with
    its head noun when it has no name in Latin letters.  A vendor's name does not count either
    way."""
    words = [
        part
        for w in re.split(r"[\s()（）,.]+", phrase.text)
        for part in _SCRIPT_RUN.findall(w)
        if part.casefold() not in VENDOR_WORDS and any(c.isalnum() for c in part)  # ``/`` of ``/var`` is no word
    ]
    if not words:
        return False
    # A word of a parent line keeps its particle there (``도커를 쓰는 이유``): read without it too,
    # when the particle is surely one (``결합도`` over ``공통 결합`` is a heading of its own).
    context_words = {
        form.casefold() for c in context for w in _WORD.findall(c) for form in (w, without_particle(w, surely=True))
    }
    rest = text[: phrase.start] + " " + text[phrase.end :]
    latin = [w.casefold() for w in (*context_words, *_WORD.findall(rest)) if w.isascii()]
    hangul = [w for w in (*context_words, *_WORD.findall(rest)) if not w.isascii()]
    # ``LoadBalancer`` is heard as ``Load`` and ``Balancer`` too (``로드 밸런서`` sounds like them).
    heard = [*latin, *(part.casefold() for w in _WORD.findall(rest) for part in _CAMEL_PART.findall(w))]

    flat_view = flat(" ".join(context))

    # ``/var/log/dmesg 파일`` beside ``/var/log/dmesg :``: a path or a dotted name is one name there too.
    rest_latin = {w.casefold() for w in _LATIN_RUN.findall(rest)} | {
        part.casefold()
        for w in re.split(r"[\s()（）,.]+", rest)
        for part in _SCRIPT_RUN.findall(w)
        if part.isascii() and part[:1].isalpha()
    }
    # ``AWS KMS``, ``Amazon S3``: one name after a vendor's, which the blank asks and nothing more.
    phrase_words = phrase.text.split()
    name_after_vendor = len(words) == 1 and len(phrase_words) == 2 and phrase_words[0].casefold() in VENDOR_WORDS

    given = _half_transliterated(phrase.text, [w for c in (*context, rest) for w in _LATIN_RUN.findall(c)])

    def shown(word: str, head: bool) -> bool:
        folded = word.casefold()
        if folded in context_words or word in given:
            return True
        if (not head or name_after_vendor) and word.isascii() and folded in rest_latin:
            # ``SQS 대기열`` beside ``SQS에서는``: the name is read off the line, and the blank asks
            # only for the noun after it.  A name that heads the phrase is not given away so: the
            # blank of ``탄력적 IP`` beside ``고정된 IP`` asks which kind of IP.  A name that only
            # drops its vendor is: ``AWS KMS`` beside ``KMS 키를 지정하여``.
            return True
        if len(flat(word)) >= MIN_FLAT_CHARS and flat(word) in flat_view:
            return True  # ``Stand-by`` under ``Active-Standby``: the same word, hyphenated otherwise
        if word.isascii() and len(folded) >= 4 and any(_same_stem(folded, w) for w in latin):
            return True  # ``Weight`` under ``Weighted``
        if word.isupper() and f"{folded}s" in latin:
            return True  # ``ACL`` under ``Network ACLs``: an acronym's plural names it
        if word.isascii():
            return any(sounds_alike(h, word) for h in hangul)
        return any(sounds_alike(word, w) for w in heard)

    # A name in Latin letters is told by the Hangul of its context only: the line's own Hangul
    # spelling of the name it defines (``LoadBalancer: … 로드 밸런서를 거쳐``) is its explanation.
    if _run_in_view(words, context if all(w.isascii() for w in words) else [*context, rest]):
        return True
    in_view = [shown(w, n == len(words) - 1) for n, w in enumerate(words)]
    if len(words) >= 2 and words[-1] in MEANS_NOUNS and all(in_view[:-1]):
        return True  # ``요구사항 도출 기법`` under ``요구사항 도출``: the blank asks only "a technique"
    names = [seen for w, seen in zip(words, in_view, strict=True) if w.isascii()]
    # Without a name, the head noun decides: ``매개변수 정책`` under ``매개변수 저장소`` still asks
    # for 정책, while ``세컨더리 오리진`` under ``Secondary Origin`` asks nothing.
    return all(names) and (bool(names) or in_view[-1]) and 2 * sum(in_view) >= len(words)


def _half_transliterated(phrase: str, latin: Sequence[str]) -> set[str]:
    """The parts of a word written half in Hangul, half in Latin letters that spell a Latin name in
    view (``다이나모DB`` beside ``DynamoDB``): its Hangul part sounds like the name's head, its Latin
    part is the name's tail.

    >>> sorted(_half_transliterated("다이나모DB의 로직", ["DynamoDB", "DAX"]))
    ['DB', '다이나모']
    >>> _half_transliterated("다이나모DB의 로직", ["MongoDB"])
    set()
    """
    given: set[str] = set()
    for glued in _HALF_LATIN.finditer(phrase):
        head, tail = glued["hangul"], glued["latin"]
        for name in latin:
            ends_so = len(name) > len(tail) and name.casefold().endswith(tail.casefold())
            if ends_so and sounds_alike(head, name[: -len(tail)]):
                given.update((head, tail))
    return given


_HALF_LATIN = re.compile(r"(?P<hangul>[가-힣]+)(?P<latin>[A-Za-z][A-Za-z0-9]*)")


def read_off_the_front(name: str, rest: str, context: Sequence[str]) -> bool:
    """Whether a front that does not write ``name`` whole still gives it, asked whole as a which
    card asks it: the rest of the card (``rest``, the line with the name taken out, and its
    ``context``) shows every name in Latin letters of it (there is one) and every other word but
    maybe the last when it is the kind of thing (:data:`NAME_KIND_NOUNS`), which a definition says
    in its own words (``MIT 라이선스`` beside ``MIT에서 … 개발한 허가서``; ``IP 스푸핑`` beside ``IP
    패킷의 출발지를 위조하는 공격`` still asks ``스푸핑``).  A word is shown as written (with a particle), as its
    acronym spelled out (``QUIC`` by ``Quick UDP Internet Connections``), as an English word with
    its ending (``Segmentation`` by ``segment``), or in the other alphabet (``오토스케일링``).  A
    gloss of the name is another name, and a vendor's name says nothing.

    >>> read_off_the_front("MIT 라이선스", "MIT에서 본교 학생들을 돕기 위해 개발한 허가서이다.", ())
    True
    >>> read_off_the_front("QUIC 프로토콜", "Quick UDP Internet Connections의 약자로, 전송 계층 프로토콜", ())
    True
    >>> read_off_the_front("IP 스푸핑", "IP 패킷의 출발지 주소를 위조해 위장하는 공격이다", ())
    False
    >>> read_off_the_front("동일 조인", "조건식이 같은 경우의 조인을 의미한다.", ("조인 연산자",))
    False
    >>> read_off_the_front("가상화", "하드웨어를 가상 머신으로 나누는 기술", ())
    False
    """
    words = [
        part
        for w in re.split(r"[\s,./]+", without_glosses(name))
        for part in _SCRIPT_RUN.findall(w)
        if part.casefold() not in VENDOR_WORDS
    ]
    if not words:
        return False
    view = [rest, *context]
    view_words = [w for part in view for w in _WORD.findall(part)]
    latin = {w.casefold() for part in view for w in _LATIN_RUN.findall(part)}
    hangul = [w for w in view_words if not w.isascii()]

    def shown(word: str) -> bool:
        if word.isascii():
            folded = word.casefold()
            return (
                folded in latin
                or any(spells_out(word, part) for part in view)
                or (len(folded) >= MIN_STEM_LETTERS and any(_same_stem(folded, w) for w in latin))
                or any(sounds_alike(h, word) for h in hangul)
            )
        return any(_word_in(word, part) for part in view) or any(sounds_alike(word, w) for w in latin)

    in_view = [shown(w) for w in words]
    names = [seen for w, seen in zip(words, in_view, strict=True) if w.isascii()]
    if not names or not all(names):
        # A name in Hangul words alone is a description a definition words its own way (``우선순위
        # 큐``, ``라우트 테이블``): graded blind, such which cards were kept even with every word in view.
        return False
    return all(in_view[:-1]) and (in_view[-1] or words[-1] in NAME_KIND_NOUNS)


MAX_RUN_WORDS = 4
"""The longest run of words of the front compared with a phrase read whole."""


def _run_in_view(words: Sequence[str], view: Sequence[str]) -> bool:
    """Whether the phrase's words, all in one alphabet, read together sound like a run of words
    of the front in the other: ``일래스티 캐시`` under ``Patterns for ElastiCache``, ``Machine Type``
    under ``머신 타입 (Flavor) 조회``.  A word of the run may end in a particle (``머신 타입을``).

    >>> _run_in_view(["일래스티", "캐시"], ["Patterns for ElastiCache"])
    True
    >>> _run_in_view(["Machine", "Type"], ["머신 타입을 고른다"])
    True
    >>> _run_in_view(["Machine", "Type"], ["머신 러닝"]), _run_in_view(["EKS", "클러스터"], ["Amazon EKS"])
    (False, False)
    """
    if all(w.isascii() for w in words):
        runs = [HANGUL_RUN.findall(line) for line in view]
        return any(
            run_sounds_alike([*run[:-1], bare], words)
            for line in runs
            for start in range(len(line))
            for run in (line[start : start + n] for n in range(1, MAX_RUN_WORDS + 1))
            for bare in {run[-1], without_particle(run[-1])}
        )
    if any(w.isascii() or not w.isalpha() for w in words):
        return False
    latin_runs = [_LATIN_RUN.findall(line) for line in view]
    return any(
        run_sounds_alike(words, line[start : start + n])
        for line in latin_runs
        for start in range(len(line))
        for n in range(1, MAX_RUN_WORDS + 1)
    )


def _every_word_in_view(phrase: Phrase, text: str, context: Sequence[str]) -> bool:
    """Whether the words of the phrase that name something, names in Latin letters and nouns,
    stand together elsewhere on the front, as many words apart as there are of them at most:
    on the line outside the phrase, or in a line of its context.  The blank then holds words
    the card already shows (``IOPS SSD`` beside ``iops인 ssd``, ``DB 변화`` under ``DB의 변화를
    저장``).  Words standing apart are no answer (``토큰 기반 인증`` beside ``세션 기반 인증 … 토큰을``),
    nor is a word with a prefix of its own (``비저장`` beside ``저장``).  A phrase with a number is
    a value or a version (``IPv6`` beside ``IPv4``), judged elsewhere.

    >>> phrase = Phrase("IOPS SSD", 0, 8, ("SL", "SL"), None, 8)
    >>> _every_word_in_view(phrase, "IOPS SSD : 주요 성능 특성이 iops인 ssd", ())
    True
    >>> _every_word_in_view(phrase, "IOPS SSD : 지연에 민감한 워크로드용", ("SSD 볼륨",))
    False
    """
    if any(c.isdigit() for c in phrase.text):
        return False
    words = _naming_words(text, phrase.start, phrase.end)
    if not words:
        return False
    places = [(text, 0, phrase.start), (text, phrase.end, len(text)), *((line, 0, len(line)) for line in context)]
    return any(_written_together(words, *place) for place in places)


def _written_together(words: set[str], text: str, start: int, end: int) -> bool:
    """Whether ``words`` all stand within that many consecutive words of ``text[start:end]``."""
    tokens = [_naming_words(text, start + m.start(), start + m.end()) for m in re.finditer(r"\S+", text[start:end])]
    return any(words <= set().union(*tokens[i : i + len(words)]) for i in range(len(tokens)))


def _naming_words(text: str, start: int, end: int) -> set[str]:
    """The names in Latin letters (whole and casefolded: ``gpasswd``, ``x-amz-acl``, the ``A`` of
    ``A클래스``) and the nouns, with the prefix written on them (``비저장``), of ``text[start:end]``;
    the line is analysed whole, as everywhere (a word read alone may be read otherwise)."""
    latin = {w.casefold() for w in _LATIN_NAME_WORD.findall(text, start, end)}
    starts, nouns = _nouns_by_start(text)
    return latin | set(nouns[bisect_left(starts, start) : bisect_left(starts, end)])


@lru_cache(maxsize=4096)
def _nouns_by_start(text: str) -> tuple[tuple[int, ...], tuple[str, ...]]:
    """The nouns of ``text`` (with a prefix written on them) and where each starts, in order:
    read once per line, since :func:`_written_together` asks for every word of the line."""
    pieces = morphemes(text)
    starts: list[int] = []
    nouns: list[str] = []
    for n, m in enumerate(pieces):
        if m.pos not in ("NNG", "NNP", "XR") or m.surface.isascii():
            continue
        prefix = pieces[n - 1] if n and pieces[n - 1].pos == "XPN" and pieces[n - 1].end == m.start else None
        starts.append(m.start)
        nouns.append(m.surface if prefix is None else prefix.surface + m.surface)
    return tuple(starts), tuple(nouns)


_LATIN_NAME_WORD = re.compile(r"[A-Za-z][A-Za-z0-9]*(?:[-.][A-Za-z0-9]+)*")


_WORD = re.compile(r"[^\W_]+")
_SCRIPT_RUN = re.compile(r"[A-Za-z][A-Za-z0-9_/.]*(?:-[A-Za-z0-9_/.]+)*|[^\sA-Za-z]+")
"""A word read as its runs of one script: ``EC2인스턴스`` is the name ``EC2`` and the noun ``인스턴스``,
each judged as a word of its own (``EC2`` shown in the context leaves only ``인스턴스`` to ask).

>>> _SCRIPT_RUN.findall("EC2인스턴스들"), _SCRIPT_RUN.findall("2계층")
(['EC2', '인스턴스들'], ['2계층'])
"""
_LATIN_RUN = re.compile(r"[A-Za-z][A-Za-z0-9]*")
"""A name in Latin letters as written before a particle (``SQS`` of ``SQS에서는``)."""
_CAMEL_PART = re.compile(r"[A-Z][a-z]{2,}")


_NEAR_MISS = 0.85
"""Similarity (difflib's ratio) above which a name in Latin letters is the same name as one the
front shows, written with a typo."""


def misspelt_in_view(term: str, shown: Sequence[str]) -> bool:
    """Whether a name in Latin letters (six or more) in the term is, but for a typo, written in the context."""
    return any(_near_a_shown(name.casefold(), shown) for name in _LATIN_NAME.findall(term))


_LATIN_NAME = re.compile(r"[A-Za-z][A-Za-z0-9 .\-]{4,}[A-Za-z0-9]")


def _near_a_shown(folded: str, shown: Sequence[str]) -> bool:
    for c in shown:
        for start in (0, *(m.end() for m in re.finditer(r"\s+", c))):  # each word of the context
            matcher = SequenceMatcher(None, folded, c[start : start + len(folded)])
            if matcher.real_quick_ratio() >= _NEAR_MISS and _NEAR_MISS <= matcher.ratio() < 1:
                return True  # a typo; the name written right is judged by the rules above
    return False


MIN_STEM_LETTERS = 4
"""Letters an English word needs for another word starting with it to be the same word (``page``
in ``Paging``); a shorter one starts too many (``ip`` in ``IPsec``)."""


def _same_stem(a: str, b: str) -> bool:
    """``weight`` and ``weighted``: one English word starts the other (both 4 letters or more)."""
    return len(b) >= MIN_STEM_LETTERS and (a.startswith(b) or b.startswith(a))


def _score(phrase: Phrase, emphasised: list[tuple[int, int]]) -> tuple[int, str]:
    score, why = 0, "compound noun"
    if any(start <= phrase.start and phrase.end <= end for start, end in emphasised):
        score, why = score + 3, EMPHASIS_WHY
    named = any(c.isupper() or c.isdigit() for c in phrase.text if c.isascii())
    single_hangul = len(phrase.text.split()) == 1 and not any(c.isascii() for c in phrase.text)
    if "SL" in phrase.pieces and named:
        score += 2
        why = why if why == EMPHASIS_WHY else "name"
    elif "NNP" in phrase.pieces:
        score += 1 if single_hangul else 2  # a lone Hangul loanword is often generic (인스턴스)
        why = why if why == EMPHASIS_WHY else PROPER_NOUN_WHY
    if not single_hangul:
        # One Hangul word is not a compound however the analyser cut it: it splits loanwords it
        # does not know (``인스턴스`` → ``인`` + ``스턴스``), and a compound written solid
        # (``가용영역``) is one word to the reader.
        score += min(2, len([p for p in phrase.pieces if p in ("NNG", "NNP", "SL")]) - 1)
    if phrase.particle in ("JKO", "JKB", "JKC") or phrase.particle is None:
        score += 1  # what the sentence says about its topic, rather than the topic itself
    if len(phrase.text) > MAX_TERM_CHARS or len(phrase.text.split()) > 4:
        score -= 3
    return score, why


def _word_in(word: str, text: str) -> bool:
    """Whether ``word`` is a word of its own in ``text``, not part of a longer word (``힙`` in
    ``메모리의 힙 vs …``, not in ``힙정렬``).

    >>> _word_in("힙", "메모리의 힙 vs 자료구조의 힙"), _word_in("힙", "힙과 스택"), _word_in("힙", "힙정렬과 병합정렬")
    (True, True, False)
    """
    return bool(word) and any(w == word or without_particle(w) == word for w in _WORD.findall(text))


def _counter_at(source: str, start: int, word: str) -> bool:
    """Whether ``word`` at ``start`` is a counter after a number (``번`` of ``한 번``, ``개`` of ``두
    개``): it says how many or how often, and names nothing.

    >>> _counter_at("하루 한 번 RDS에 적재", 5, "번"), _counter_at("하루 한 번 RDS에 적재", 7, "RDS")
    (True, False)
    """
    piece = morpheme_at(source, start)
    return piece is not None and piece.pos == "NNBC" and piece.surface == word


def _trimmed(phrase: Phrase, source: str) -> Phrase | None:
    """Without generic words at either end (``때 DAX 클러스터`` → ``DAX 클러스터``, ``VPC 안`` →
    ``VPC``, ``지연 시간 제공`` → ``지연 시간``); None when nothing worth hiding is left."""
    words = phrase.text.split(" ")
    cut = next((n for n, word in enumerate(words) if n > 0 and word in TERM_TAILS), len(words))
    words = words[:cut]  # ``QoS 란 네트워크 트래픽``: the topic marker ends the name
    pieces = list(phrase.pieces)
    start = phrase.start
    while words and (
        words[0] in _CLAUSE_NOUNS
        or words[0] in _TRAILING_POSITION
        or words[0] in VAGUE_MODIFIERS
        or words[0] in POINTING_OPENERS  # ``이때 OS``: the moment the sentence points back to
        or words[0].casefold() in FUNCTION_WORDS
        or (len(words) > 1 and _counter_at(source, start, words[0]))  # ``한 번 RDS``: how often
    ):
        start += len(words[0]) + 1
        words.pop(0)
    if len(words) > 1 and words[0] in GENERIC_NOUNS and _after_a_clause(source, start):
        start += len(words[0]) + 1  # ``실패할 경우 세컨더리 오리진``: 경우 ends the clause before it
        words.pop(0)
    while words and (
        _generic(words[-1])
        or words[-1] in PREDICATE_NOUNS
        or words[-1] in _TRAILING_POSITION
        or words[-1] in TRAILING_PLACES
        or words[-1] in TERM_TAILS
    ):
        if len(words) > 1 and _latin_name_word(words[-2]) and _latin_name_word(words[-1]):
            break  # ``SQL Server``, ``Web Server``: a name written in words, whose last word is no filler
        words.pop()
    glued_tail = _GLUED_TAIL.fullmatch(words[-1]) if words else None
    if glued_tail and (glued_tail["tail"] in TERM_TAILS or glued_tail["tail"] in _TRAILING_POSITION):
        words[-1] = glued_tail["name"]  # ``kernel thread안``, ``Process들끼리``: the name without them
    text = " ".join(words)
    glued = [m for m in morphemes(source) if start <= m.start and m.end <= start + len(text)]
    if (
        not text
        or any(w.casefold() in CONNECTIVES or w in _CLAUSE_NOUNS for w in words)
        or any(m.surface in _CLAUSE_NOUNS and m.pos in ("NNB", "NNG") for m in glued[1:])
    ):
        return None  # ``선정 후 최종``: a clause cut into nouns, not a term
    if not any(c.isalpha() for c in text):
        return None  # a bare number: a limit card asks it, with its unit
    if all(w.casefold() in VENDOR_WORDS or w in QUANTIFIER_NOUNS or _generic(w) for w in words):
        return None  # ``일부 AWS``: how many, and whose, but no thing
    if len(words) == 1 and words[0] in GENERIC_ACRONYMS:
        return None  # ``[DB]에 저장되는 …``: as general as a noun alone (``인메모리 DB`` keeps it)
    if words[0].casefold() in VENDOR_WORDS and all(_platform(w) for w in words[1:]):
        return None  # ``AWS 클라우드``, ``Google Cloud``: the vendor's whole offer, which fits any line of its notes
    if len(text) < 2 or (len(words) == 1 and not any(c.isascii() for c in text) and len(text) < 2):
        return None
    end = start + len(text)
    kept = tuple(m.pos for m in morphemes(source) if start <= m.start and m.end <= end and m.pos in _TERM_PIECES)
    return Phrase(text, start, end, kept or tuple(pieces), phrase.particle, phrase.particle_end)


_GLUED_TAIL = re.compile(r"(?P<name>[A-Za-z][\w.+#-]*?[A-Za-z0-9])(?P<tail>[가-힣]+)")
"""A name in Latin letters with Hangul glued after it (``thread안``, ``Process들``)."""


def _with_root_slash(phrase: Phrase, text: str) -> Phrase:
    """The phrase with the slash that opens its path (``/var/log/wtmp``: the analyser reads the
    first ``/`` as a symbol), so that the blank never leaves it outside.

    >>> _with_root_slash(Phrase("var/log/wtmp", 1, 13, ("SL",), None, 13), "/var/log/wtmp 파일").text
    '/var/log/wtmp'
    """
    start = phrase.start
    if (
        start > 0
        and text[start - 1] == "/"
        and (start == 1 or text[start - 2] in " \t(\"'`")  # not ``$/GB``: a slash inside a word
    ):
        return replace(phrase, text="/" + phrase.text, start=start - 1)
    return phrase


def _latin_name_word(word: str) -> bool:
    """A word of a name in Latin letters: it starts with a capital (``SQL``, ``Server``)."""
    return word[:1].isascii() and word[:1].isupper()


def _platform(word: str) -> bool:
    """``Cloud``, ``클라우드``, ``클라우드상``: what a vendor sells, a Hangul syllable glued on at most
    (``Cloud9`` is a product of its own)."""
    folded = word.casefold()
    return any(
        folded == p or (folded.startswith(p) and len(folded) == len(p) + 1 and "가" <= folded[-1] <= "힣")
        for p in PLATFORM_WORDS
    )


def _generic(word: str) -> bool:
    """A generic noun, plural too (``자원들``, ``Instances``); an acronym in capitals (``IP``) is a name."""
    folded = word if word.isupper() else word.casefold()
    return folded in GENERIC_NOUNS or (len(folded) > 2 and folded[:-1] in GENERIC_NOUNS and folded[-1] in "들s")


def _is_hangul_only(text: str) -> bool:
    return not any(c.isascii() and c.isalnum() for c in text)


def _after_a_clause(text: str, offset: int) -> bool:
    """Whether an adnominal ending (``실패할``, ``없는``) comes right before ``offset``."""
    before = [m for m in morphemes(text) if m.end <= offset]
    return bool(before) and before[-1].last_pos == "ETM"


def _inside_brackets(text: str, offset: int) -> bool:
    before = text[:offset]
    return before.count("(") > before.count(")") or before.count("（") > before.count("）")


def _with_gloss(text: str, phrase: Phrase) -> Phrase:
    """The term with the bracketed gloss written right after it (``du(disk usage)``, ``Long-term
    Scheduler (장기 스케줄러)``): a gloss left visible beside the blank gives the answer away."""
    rest = text[phrase.end :]
    gap = 1 if rest[:2] in (" (", " （") else 0
    if rest[gap : gap + 1] in ("(", "（"):
        close = min((i for i in (rest.find(")"), rest.find("）")) if i > 0), default=-1)
        if 0 < close <= MAX_GLOSS_CHARS:
            end = phrase.end + close + 1
            return Phrase(
                text[phrase.start : end],
                phrase.start,
                end,
                phrase.pieces,
                phrase.particle,
                max(end, phrase.particle_end),
            )
    return phrase


def _gloss_written_again(text: str, phrase: Phrase, shown: Sequence[str] = ()) -> bool:
    """Whether the bracketed part of a term (``(ELB)``) is written again elsewhere in the line,
    or in its context (``지연 시간(Latency)`` under ``Latency-based``: the answer is in view).

    >>> phrase = Phrase("지연 시간(Latency)", 4, 18, ("NNG", "NNG"), None, 18)
    >>> _gloss_written_again("가장 낮은 지연 시간(Latency)을 제공", phrase, ["latency-based"])
    True
    >>> _gloss_written_again("가장 낮은 지연 시간(Latency)을 제공", phrase, ["geolocation"])
    False
    >>> _gloss_written_again("DNS의 포트 숫자(53)에서 유래", Phrase("포트 숫자(53)", 5, 14, (), None, 14), ["route 53"])
    False
    """
    gloss = re.search(r"[(（]([^()（）]{2,})[)）]\s*$", phrase.text)
    if gloss is None:
        return False
    rest = (text[: phrase.start] + " " + text[phrase.end :]).casefold()
    written = re.compile(rf"(?<![A-Za-z]){re.escape(gloss[1].strip().casefold())}(?![A-Za-z])")
    # In the context only a name in Latin letters is the answer (``(S3)``, ``(Latency)``): a Hangul
    # gloss (``한 컬럼(속성)`` under ``모든 속성이 …``) or a number (``포트 숫자(53)`` under ``Route 53``)
    # leaves what it glosses to ask.
    named = _LATIN_GLOSS.fullmatch(gloss[1].strip()) is not None
    return any(written.search(place) for place in (rest, *(shown if named else ())))


_LATIN_GLOSS = re.compile(r"[A-Za-z0-9\- ]*[A-Za-z][A-Za-z0-9\- ]*")


def _attribute_label(text: str, phrase: Phrase) -> bool:
    """Whether the phrase opens the line as the label of what the line supposes (``가정: …``) or
    of the attribute in which it ranks something else (``속도 : first-fit이 가장 빠르다``): the line
    is about that other thing.  An attribute listed as a point (``비용 : 쓴 만큼만 낸다`` under
    ``클라우드의 장점``) is the term to recall.

    >>> _attribute_label("속도 : first-fit이 가장 빠르다", Phrase("속도", 0, 2, ("NNG",), None, 2))
    True
    >>> _attribute_label("비용 : 초기 투자 없이 쓴 만큼만 낸다", Phrase("비용", 0, 2, ("NNG",), None, 2))
    False
    >>> _attribute_label("가정: 한 교수는 한 과목만 맡는다", Phrase("가정", 0, 2, ("NNG",), None, 2))
    True
    """
    label = LABEL_COLON.match(text, phrase.end)
    opener = _ENTRY_OPENER.match(text)
    if label is None or (opener.end() if opener else 0) != phrase.start:
        return False  # not where an entry's name stands
    if phrase.text in PREMISE_LABELS:
        return True
    rest = text[label.end() :].split()
    return phrase.text in ATTRIBUTE_LABELS and any(word in RANKING_WORDS for word in rest)


def _glossed_word_written_again(text: str, phrase: Phrase) -> bool:
    """Whether a glossed term of one word (``힙(Heap)``) is written again as a word of its own
    elsewhere on the line: the blank would hide what the line shows.  A longer term written again
    is caught whole; a word inside another (``힙`` of ``힙정렬``) is another word.

    >>> line = "힙 기반 구현: 우선순위 큐는 힙(Heap)을 기반으로 구현된다."
    >>> _glossed_word_written_again(line, Phrase("힙(Heap)", 22, 30, ("NNG",), None, 30))
    True
    >>> line = "힙정렬은 힙(Heap)을 이용한다."
    >>> _glossed_word_written_again(line, Phrase("힙(Heap)", 5, 13, ("NNG",), None, 13))
    False
    """
    core = without_glosses(phrase.text).strip()
    if core == phrase.text or len(core.split()) != 1:
        return False
    rest = _WORD.findall(text[: phrase.start] + " " + text[phrase.end :])
    return any(core.casefold() in (w.casefold(), without_particle(w).casefold()) for w in rest)


def _tags_the_sentence(text: str, phrase: Phrase) -> bool:
    """Whether the phrase is all that follows the line's last full stop, a label written after
    the sentence (``… 서버의 ACK를 기다린다. FIN-WAIT1``, the state the step leaves you in): hidden,
    the blank stands after a sentence that says nothing of it.

    >>> line = "서버의 ACK를 기다린다. FIN-WAIT1"
    >>> [_tags_the_sentence(line, p) for p in noun_phrases(line)]
    [False, False, True]
    """
    before, after = text[: phrase.start].rstrip(), text[phrase.end :].strip(" .")
    return not after and before.endswith((".", "!", "。")) and " " in before and len(phrase.text.split()) <= 2


_EXAMPLE_ADDRESS = re.compile(r"\s*[:：=]\s*(?P<address>\d[\d.xX*]*(?:/\d{1,2})?)\s*(?:[(（][^()（）]*[)）])?\s*$")
"""An address, and at most a gloss in brackets, after a label's colon (``: 1.1.1.1 (ISP 할당)``)."""


def _labels_an_example_address(text: str, phrase: Phrase) -> bool:
    """Whether the phrase labels the one address its line gives (``VPN 서버 공인 IP: 3.3.3.3``,
    ``사내망 IP: 10.0.0.x``): the address is the example's own, so the label asks nothing to
    recall.  An address every network knows is a fact (``기본 경로: 0.0.0.0/0``).

    >>> text = "서버 공인 IP: 3.3.3.3"
    >>> _labels_an_example_address(text, Phrase("서버 공인 IP", 0, 8, ("NNG",), None, 8))
    True
    >>> text = "기본 경로: 0.0.0.0/0"
    >>> _labels_an_example_address(text, Phrase("기본 경로", 0, 5, ("NNG",), None, 5))
    False
    """
    found = _EXAMPLE_ADDRESS.match(text, phrase.end)
    return found is not None and is_example_address(found["address"])


def _example_start(text: str) -> int:
    """Where an example starts inside the line (``… EX) EBS 볼륨``, ``… 가능 : ex 매시간 …``); the
    length when none does.

    >>> line = "다중 레벨 분할도 가능 : ex 매일 쌓는다면 연, 월 기준"
    >>> _example_start(line) == line.index("ex")
    True
    >>> line = "치환 명령은 ex 모드에서 :%s/old/new/g로 한다"
    >>> _example_start(line) == len(line)
    True
    """
    folded = text.casefold()
    found = [folded.find(marker) for marker in EXAMPLE_MARKERS if folded.find(marker) > 0]
    bare = _BARE_EX.search(text)
    return min([*found, *([bare.start("ex")] if bare else [])], default=len(text))


_BARE_EX = re.compile(r"[:,(]\s*(?P<ex>ex)(?=\s+\S)", re.IGNORECASE)
"""``ex`` as a word of its own after a colon, comma or bracket, before the example it opens (``가능 :
ex 매시간 …``), as ``ex)`` is; vi's ``ex 모드`` inside a sentence is a name."""


def _enumerated(text: str, phrases: Sequence[Phrase], n: int) -> bool:
    """Whether the phrase is one of several listed side by side (``A, B 및 C``, ``A와 B``): joined
    to a neighbour by a connective particle, or bare (no case particle) beside a comma.  A phrase
    with its own case particle before a comma ends a clause (``…저장소로, …``)."""
    phrase = phrases[n]
    after = text[phrase.particle_end : phrases[n + 1].start] if n + 1 < len(phrases) else ""
    joined_after = phrase.particle == "JC" or (phrase.particle is None and _joined(after))
    previous = phrases[n - 1] if n > 0 else None
    joined_before = previous is not None and (
        previous.particle == "JC" or (previous.particle is None and _joined(text[previous.particle_end : phrase.start]))
    )
    return joined_after or joined_before


def _joined(between: str) -> bool:
    gap = between.strip()
    return gap in (",", "，", "/", "·", "、") or gap in CONNECTIVES


def _with_emphasis(
    text: str, phrases: tuple[Phrase, ...], emphasised: list[tuple[int, int]], entry: tuple[int, int] | None = None
) -> tuple[Phrase, ...]:
    """The phrases, where the author's emphasis marks a term (``**쓰기 버퍼**를``) taking its place:
    the author chose the term, whatever the analyser reads in it.  An emphasised clause (with a
    predicate) or a whole emphasised line marks no single term.  The name of an entry line
    (:func:`_entry_name`, checked already) is chosen so too."""
    whole = (len(text) - len(text.lstrip()), len(text.rstrip()))
    marked = []
    for start, end in [*emphasised, *([entry] if entry else [])]:
        inner = text[start:end]
        start, end = start + len(inner) - len(inner.lstrip()), end - (len(inner) - len(inner.rstrip()))
        chosen = (start, end) == entry
        if (start, end) == whole or end - start > MAX_TERM_CHARS or (not chosen and _is_clause(text[start:end])):
            continue  # ``**DNS 질의에 응답하는 방식**``: a clause the author stressed, not a term
        following = next((p for p in phrases if p.start <= end <= p.particle_end and p.end == end), None)
        particle = following.particle if following else None
        particle_end = following.particle_end if following else end
        pieces = tuple(pc for p in phrases if start <= p.start and p.end <= end for pc in p.pieces) or ("NNG",)
        marked.append(Phrase(text[start:end], start, end, pieces, particle, particle_end))
    kept = [p for p in phrases if not any(m.start < p.end and p.start < m.end for m in marked)]
    return tuple(sorted([*kept, *marked], key=lambda p: p.start))


def _placeholder(text: str) -> bool:
    """Whether a phrase ends in a one-letter or one-digit label (``VPC A``, ``인스턴스 B``, ``서버 2``),
    or is a common noun numbered by one digit (``노드1``, ``worker3``: a lab's machines; ``EC2`` and
    ``S3`` are names, in capitals)."""
    words = text.split()
    if len(words) >= 2 and len(words[-1]) == 1 and (words[-1].isdigit() or "A" <= words[-1] <= "Z"):
        return True
    numbered = _NUMBERED_NOUN.fullmatch(text)
    return numbered is not None and all(m.pos == "NNG" for m in morphemes(numbered[1]) if not numbered[1].isascii())


_LETTER_NUMBER = re.compile(
    r"(?<![A-Za-z0-9_.\-])(?P<letter>[A-Za-z]|[A-Za-z]+-(?=0))(?P<number>\d{1,3})(?![A-Za-z0-9_.\-])"
)
"""One letter and a number (``T1``, ``p3``), or a name, a hyphen and a zero-padded number (``Req-01``):
an identifier an example or a list of requirements gives its items.  ``SHA-256`` is no such id."""


def numbered_labels(texts: Sequence[str]) -> frozenset[str]:
    """The labels a worked example, a figure or a list of requirements numbers (``T1``, ``T2`` for
    transactions, ``t1``…``t3`` for instants, ``P0``, ``P1`` for processes, ``Req-01``): a letter of
    :data:`~builder.analyse.words.EXAMPLE_ITEM_LETTERS` written with two numbers or more in
    ``texts``, one of them 0 or 1, or a name, a hyphen and zero-padded numbers.  ``L1`` beside
    ``L7``, ``m5`` beside ``m6`` and ``T3`` beside ``T2.micro`` name things.

    >>> sorted(numbered_labels(["T1이 커밋되기 전에 T2는 커밋하지 않는다", "L1, L4와 L7 로드 밸런서"]))
    ['T1', 'T2']
    >>> sorted(numbered_labels(["t1에서 신호를 보낸다", "t3에서 작업을 이어간다", "S3에 저장한다"]))
    ['t1', 't3']
    >>> sorted(numbered_labels(["Req-01 로그인 검증", "Req-02 권한 검증", "SHA-1과 SHA-256"]))
    ['Req-01', 'Req-02']
    """
    numbers: dict[str, set[str]] = {}
    for text in texts:
        for m in _LETTER_NUMBER.finditer(text):
            numbers.setdefault(m["letter"], set()).add(m["number"])
    return frozenset(
        f"{letter}{n}"
        for letter, found in numbers.items()
        if len(found) >= 2
        and (letter.endswith("-") or (letter in EXAMPLE_ITEM_LETTERS and {int(n) for n in found} & {0, 1}))
        for n in found
    )


def asks_a_label(term: str, labels: frozenset[str]) -> bool:
    """Whether a blank would hold a label of :func:`numbered_labels` for its own sake: the label ends
    the phrase or stands before a particle written apart (``T4 이 순서``), not before the noun it
    numbers (``P1 프로세스``).

    >>> asks_a_label("T2 가 T1", frozenset({"T1", "T2"})), asks_a_label("P1 프로세스", frozenset({"P1", "P2"}))
    (True, False)
    """
    words = term.split()
    return any(word in labels and (n == len(words) - 1 or len(words[n + 1]) == 1) for n, word in enumerate(words))


def names_a_sample(text: str) -> bool:
    """Whether the phrase is a file its writer named for the walkthrough (a bare name with an
    extension of :data:`~builder.analyse.words.SAMPLE_FILE_EXTENSIONS` whose stem a writer made up,
    with a hyphen or a digit: ``pod-definition.yaml``, ``plaintext2.txt``) or an image's tag or a
    host's port (``ubuntu:16.04``, ``localhost:80``): what one walkthrough picked, which no one
    recalls.  A file a tool reads by its name is a term (``appspec.yml``, ``package.json``), and so
    are a path (``/etc/fstab``), a key with a name after its colon (``aws:SecureTransport``) and a
    cardinality (``n:1``).

    >>> [names_a_sample(t) for t in ("pod-definition.yaml", "plaintext2.txt 파일", "ubuntu:16.04", "localhost:80")]
    [True, True, True, True]
    >>> [names_a_sample(t) for t in ("/etc/fstab 파일", "aws:SecureTransport", "Node.js", "appspec.yml 파일")]
    [False, False, False, False]
    >>> [names_a_sample(t) for t in ("package.json", "robots.txt", "n:1 관계", "m:1")]
    [False, False, False, False]

    A script run by its name is the walkthrough's too (``bash gcp-04-setup.sh``).

    >>> [names_a_sample(t) for t in ("bash lab-02-setup.sh", "python3 train2.py", "kubectl apply")]
    [True, True, False]
    """
    words = text.split()
    first = words[0] if words else ""
    if len(words) == 2 and _COMMAND_WORD.fullmatch(first) and _sample_file(words[1]):
        return True  # ``bash gcp-04-setup.sh``: the walkthrough's script, run by name
    if len(words) > 2:
        return False
    if _made_up_name(first):
        return True  # ``parent-test``, ``/tmp/test``: a name or a place the walkthrough made up
    if "/" in first:
        return False
    return _sample_file(first) or _SAMPLE_TAG.fullmatch(first) is not None


def _walks_through_its_own_names(text: str) -> bool:
    """Whether the line names a thing its walkthrough made up (:func:`_made_up_name`), a reserved
    example domain aside (``example.com`` in a statement about something else): graded blind, the
    other terms of such a line ask for the walkthrough's steps (``빌드 결과는 /tmp/build/out.txt 에
    생긴다``, ``… -> My-RDS-SG로 변경``), not for what the subject is.

    >>> _walks_through_its_own_names("빌드 결과는 `/tmp/build/out.txt` 에 생긴다.")
    True
    >>> _walks_through_its_own_names("CNAME 레코드는 example.com 같은 루트 도메인에는 만들 수 없다")
    False
    """
    return any(_made_up_name(word.strip(_AROUND_A_WORD), domains=False) for word in text.split())


_AROUND_A_WORD = "`'\"()[]{},:;<>“”‘’"


def _made_up_name(word: str, *, domains: bool = True) -> bool:
    """A path under :data:`~builder.analyse.words.SCRATCH_DIRECTORIES` (``/tmp/test``); a name whose
    last part, joined by ``-``, ``_`` or ``.``, is a word of :data:`~builder.analyse.words.PLACEHOLDER_WORDS`
    after parts of two letters or more (``parent-test``, ``hpa-example``); a name the writer made
    their own with ``My`` (``My-RDS-SG``, ``my_folder1``, ``MyPrivateServer``); and, unless
    ``domains`` is off, a host of the reserved example domain (``db1.example.com``).

    >>> [_made_up_name(w) for w in ("/tmp/test", "parent-test", "db1.example.com", "MyMySQL", "my_folder1")]
    [True, True, True, True, True]
    >>> [_made_up_name(w) for w in ("/opt/python", "~/.aws/credentials", "MySQL", "Test-and-Set", "TestAndSet")]
    [False, False, False, False, False]
    >>> [_made_up_name(w) for w in ("t-test", "train_test_split", "TEST-NET-1", "unittest.TestCase", "foo.bar.com")]
    [False, False, False, False, False]
    """
    if word.startswith(SCRATCH_DIRECTORIES) and word.strip("/").count("/") >= 1:
        return True
    parts = [part for part in _NAME_PARTS.split(word) if part]
    if len(parts) >= 2:
        if domains and "example" in parts[:-1]:
            return True  # ``db1.example.com``, ``app.example.com``
        if parts[0] in ("my", "My"):
            return True  # ``my_folder1``, ``My-RDS-SG``
        last = parts[-1].rstrip("0123456789")
        return last in PLACEHOLDER_WORDS and all(len(p) >= 2 for p in parts)  # ``parent-test``, ``app-demo2``
    words = _CAMEL_WORDS.findall(word)
    # ``MyPrivateServer``, ``MyMySQL``: ``My`` before a capitalised word (``MySQL`` is a name)
    return len(words) >= 2 and words[0] == "My" and words[1][:1].isupper() and words[1][1:2].islower()


_NAME_PARTS = re.compile(r"[-_.]+")
"""What joins the parts of a made-up name; a slash joins a path's folders or lists peers (``dev/test/prod``)."""
_CAMEL_WORDS = re.compile(r"[A-Z][a-z]+|[A-Z]+(?![a-z])|[a-z]+|\d+")


def _sample_file(word: str) -> bool:
    """A file name with an extension of a walkthrough's files and a made-up stem (a hyphen or a digit)."""
    stem, dot, extension = word.rpartition(".")
    return (
        bool(dot and stem)
        and extension.casefold() in SAMPLE_FILE_EXTENSIONS
        and any(c == "-" or c.isdigit() for c in stem)
    )


_COMMAND_WORD = re.compile(r"[a-z][a-z0-9]*")
"""A program typed before its argument (``bash``, ``python3``, ``sh``)."""


_SAMPLE_TAG = re.compile(r"[a-z][\w.-]+:\d[\w.]*")
"""An image's tag or a host's port: a lower-case name of two letters or more, a colon and a
version or a number (``n:1`` is a cardinality)."""


def _a_syntax_placeholder(text: str, phrase: Phrase) -> bool:
    """Whether the phrase is written between angle brackets or braces, as a command's syntax writes
    what the reader puts in its place (``docker logs <container_id>``, ``docker rm {컨테이너 ID}``).

    >>> _a_syntax_placeholder("docker logs <container_id>", Phrase("container_id", 13, 25, ("SL",), None, 25))
    True
    >>> _a_syntax_placeholder("docker rm {컨테이너 ID}", Phrase("컨테이너 ID", 11, 18, ("NNG", "SL"), None, 18))
    True
    """
    around = text[phrase.start - 1 : phrase.start] + text[phrase.end : phrase.end + 1]
    return phrase.start > 0 and around in _PLACEHOLDER_BRACKETS


_PLACEHOLDER_BRACKETS = frozenset({"<>", "{}"})
"""The brackets a command's syntax writes a placeholder between, the one before and the one after."""


def _counted_off(phrase: str) -> bool:
    """Whether the phrase is a word of a program's output with the number of its occurrence in brackets
    (``root(1)``, ``admin(2)``: lower-case, as a user or a group name is printed); a name in capitals
    numbers its kinds (``RAID(1)``).

    >>> _counted_off("root(1)"), _counted_off("RAID(1)"), _counted_off("RAID 1"), _counted_off("(1)")
    (True, False, False, False)
    """
    found = COUNTED_OFF.search(phrase)
    if found is None or found.end() != len(phrase.rstrip()):
        return False
    return _OUTPUT_WORD.fullmatch(phrase[: found.start()]) is not None


_OUTPUT_WORD = re.compile(r"[a-z_][a-z0-9_.-]*")


_NUMBERED_NOUN = re.compile(r"([a-z]{4,}|[가-힣]{2,})\d")


def _adverbial(phrase: Phrase, text: str) -> bool:
    """Whether the phrase only says how (``직접 모니터링``, ``선별적으로 보낸다``, ``비용 효율적으로``): a
    word of :data:`~builder.analyse.words.MANNER_WORDS`, or a ``-적`` noun used with ``(으)로``.

    >>> _adverbial(Phrase("비용 효율적", 0, 6, ("NNG", "NNG"), None, 6), "비용 효율적으로 옮긴다")
    True
    >>> _adverbial(Phrase("보안 목적", 0, 5, ("NNG", "NNG"), None, 5), "보안 목적으로 쓴다")
    False
    """
    words = phrase.text.split()
    if len(words) == 1 and words[0] in MANNER_WORDS:
        return True
    if not text[phrase.end :].startswith(("으로", "로")):
        return False
    last = morphemes(words[-1])[-1:]  # ``비용 효율적으로``: how, whatever qualifies it; ``보안 목적으로``: what for
    return bool(last) and last[0].surface == "적" and last[0].pos == "XSN"


def _is_clause(text: str) -> bool:
    """Whether an emphasised stretch is a clause (``DNS 질의에 응답하는 방식``: a particle or a verb
    ending inside it) rather than a term (``쓰기 버퍼``: 쓰기 is a noun made of a verb)."""
    return any(m.pos.startswith("J") or m.last_pos in ("ETM", "EC", "EF") for m in morphemes(text))


def _inside_code(text: str, phrase: Phrase, code: Sequence[tuple[int, int]]) -> bool:
    """Whether the phrase starts inside a code span, right after a sign typed with it, and after
    words of the span (``--filter 'type=container'`` read from ``type``): the blank would cut what
    the author typed in two.  Signs alone before it (``%`` of ``%SystemRoot%``) go into the blank
    (:func:`_with_leading_signs`).

    >>> line = "옵션 --filter 'type=x'"
    >>> _inside_code(line, Phrase("type=x", 13, 19, ("SL",), None, 19), [(3, 20)])
    True
    >>> line = "계정은 %APPDATA%/tool.ini에 있다"
    >>> _inside_code(line, Phrase("APPDATA%/tool.ini", 5, 22, ("SL",), None, 22), [(4, 22)])
    False
    """
    before = text[phrase.start - 1] if phrase.start > 0 else " "
    return not before.isspace() and not before.isalnum() and _code_before(text, phrase, code).strip() != ""


def _code_before(text: str, phrase: Phrase, code: Sequence[tuple[int, int]]) -> str:
    """The words and signs of the code span the phrase starts in that come before it, signs alone
    left out (``%`` of ``%SystemRoot%``): empty when it starts none or starts after signs only."""
    written = next((text[start : phrase.start] for start, end in code if start < phrase.start < end), "")
    return written if any(c.isalnum() or c.isspace() for c in written) else ""


def _with_leading_signs(phrase: Phrase, text: str, code: Sequence[tuple[int, int]]) -> Phrase:
    """The phrase with the signs that open the code span it starts in (``%`` of ``%SystemRoot%``,
    ``~/`` of ``~/Library/…``, ``$`` of ``$HOME``), which the analyser reads as symbols: the blank
    hides what the author typed whole.

    >>> _with_leading_signs(Phrase("HOME/.bashrc", 7, 19, ("SL",), None, 19), "설정 파일 $HOME/.bashrc", [(6, 19)]).text
    '$HOME/.bashrc'
    """
    start = next((start for start, end in code if start < phrase.start < end), None)
    if start is None or _code_before(text, phrase, code) or not text[start : phrase.start].strip():
        return phrase
    return replace(phrase, text=text[start : phrase.start] + phrase.text, start=start)


def _written_again_otherwise(text: str, phrase: Phrase) -> bool:
    """Whether the rest of the line writes the phrase again with other hyphens or spacing
    (``AES-256 사용, … [AES256]으로 설정``): the same name, beside the blank.

    >>> line = "AES-256 사용, 헤더를 AES256으로 설정"
    >>> _written_again_otherwise(line, Phrase("AES256", 16, 22, ("SL",), None, 22))
    True
    >>> _written_again_otherwise("SHA-256과 SHA-512", Phrase("SHA-512", 9, 16, ("SL",), None, 16))
    False
    """
    folded = flat(phrase.text)
    return len(folded) >= MIN_FLAT_CHARS and folded in flat(text[: phrase.start] + " " + text[phrase.end :])


def _marked(phrase: Phrase, emphasised: list[tuple[int, int]]) -> bool:
    return any(start <= phrase.start and phrase.end <= end for start, end in emphasised)


def _emphasised_ranges(spans: Sequence[Span]) -> list[tuple[int, int]]:
    """Where the author stressed the text; a label's colon stressed with it (``**캡슐화:**``) is
    left out, so a blank never hides the colon after a label."""
    ranges, position = [], 0
    for span in spans:
        end = position + len(span.text)
        label = span.text.rstrip().rstrip(":：").rstrip()
        if {"strong", "code", "em"} & span.marks and label.strip():
            ranges.append((position, position + len(label)))
        position = end
    return ranges


def name_words(term: str) -> list[str]:
    """The words of a term without a vendor's name (``Amazon ECR`` → ``ECR``)."""
    return [w for w in term.split() if w.casefold() not in VENDOR_WORDS]


MIN_LEAD_CHARS = 30
"""Characters a line must write before a blank that runs to its end (:func:`hides_the_rest`)."""


def hides_the_rest(text: str, term: Term) -> bool:
    """Whether the blank runs to the end of the line after a short lead (``Cloudwatch는 [...]``,
    ``SaaS - [...]``, ``AWS 계정에 대한 [...]``): it holds what the line says of its subject,
    which many answers fit.  In the graded pool such fact cards were 21 % GOOD and 41 % BAD, but
    for a name in Latin letters (``Organization의 최상위 단위는 [...]`` for ``Root``) about half were
    GOOD: a name is no description, so it is still asked.

    >>> line = "CloudWatch는 AWS 리소스 지표 수집"
    >>> hides_the_rest(line, Term("AWS 리소스 지표 수집", line.index("AWS"), len(line), "name"))
    True
    >>> line = "가장 저렴한 보관 클래스는 Glacier Deep Archive"
    >>> hides_the_rest(line, Term("Glacier Deep Archive", line.index("Glacier"), len(line), "name"))
    False
    """
    named = name_words(term.text)
    if named and named[0][:1].isascii() and named[0][:1].isalpha():
        return False  # ``가장 저렴한 클래스는 [...]`` for ``S3 Glacier Deep Archive``: a name, asked by what it is
    return not text[term.end :].strip(" .。!)]") and len(text[: term.start].strip()) < MIN_LEAD_CHARS


def counts_with_a_letter(term: str) -> bool:
    """``N개``, ``X일``: a count whose number is a letter.  It still marks a line as stating
    something (a which card may show it), but hidden it asks for a placeholder."""
    return re.fullmatch(r"[A-Za-z][가-힣]{1,2}", term.strip()) is not None
