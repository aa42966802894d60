"""Numbered entries and the facts their authors put under them.

Learners often write ``1. 제목`` and then ``- …`` bullets at column 0.  CommonMark makes
those bullets a sibling list, but the author meant them as the entry's children.  They are
re-attached when the entry reads as a title (no ``이름 : 설명`` of its own) or when the
numbering resumes right after the bullets (``2.`` follows) — the two signs that the bullets
belong to the numbered entry rather than to the topic.
"""

from __future__ import annotations

import re

from builder.analyse.context import bold_subject
from builder.analyse.phrases import ends_in_a_noun, glosses, has_predicate, only_names, without_glosses
from builder.analyse.rules.question import asks_outright
from builder.analyse.shapes import (
    ANSWER_MARK,
    ANSWER_OPENER,
    CAPITALISED_NAME,
    KEYWORD_BREAK,
    NAME_DESCRIPTION,
    OPTION_LETTER,
    OPTION_ONLY,
    PICKED_ANSWER,
    QUESTION_END,
    QUESTION_OPENER,
    VERDICT,
    VERDICT_REACH,
    goes_on_with_an_option,
    is_hangul,
)
from builder.analyse.words import ANSWER_REVEALS, ASPECT_WORDS, PREDICATE_NOUNS, SECTION_LABELS, STUDY_ASPECTS
from builder.model import Item, Span, descends_from, wholly_marked
from builder.parse.blocks import RawFact


def text_of(fact: RawFact) -> str:
    return "".join(s.text for s in fact.spans)


def is_title_like(fact: RawFact) -> bool:
    """A short entry with no ``name : description`` of its own."""
    text = text_of(fact)
    return NAME_DESCRIPTION.match(text) is None and len(text) <= 80


def reattach_bullets(facts: list[RawFact]) -> None:
    """Move bullet runs that follow a numbered entry under it (in place; order is unchanged).
    At the top of the topic an entry that names a section takes everything up to the next entry;
    inside a list (``- 종류`` over ``  1. 우연적`` then ``    - 설명`` at four spaces, one short of
    the entry's text) only the bullet runs between two entries move."""
    _reattach_top(facts)
    for parent in sorted({f.parent for f in facts if f.parent is not None}):
        siblings = [i for i, f in enumerate(facts) if f.parent == parent]
        for position, index in enumerate(siblings):
            if position == 0 or facts[index].parent != parent or facts[index].kind != "bullet":
                continue
            head = facts[siblings[position - 1]]
            if head.number is None or head.kind != "numbered" or head.parent != parent:
                continue
            # Only between entries: a closing note after the last one (``  - 네 가지가 모두
            # 성립해야 한다``) is about the whole list.
            _reattach_run(facts, siblings, position, resumed_only=True)


def _reattach_top(facts: list[RawFact]) -> None:
    top = [i for i, f in enumerate(facts) if f.parent is None]
    for position, index in enumerate(top):
        fact = facts[index]
        if position == 0 or fact.parent is not None or fact.kind not in ("bullet", "quote", "paragraph"):
            continue
        head = facts[top[position - 1]]
        if head.number is None or head.kind != "numbered" or head.parent is not None:
            continue
        if _names_a_section(head) or _asks(facts, top[position - 1]):
            # ``6. Glacier Deep Archive``, a name with bullets, quotes and other lists after it:
            # the entry is a sub-heading, and all up to the next numbered entry is written under it.
            _move_under(facts, top[position - 1], _section_run(facts, top, position))
            continue
        if fact.kind != "bullet":
            continue
        _reattach_run(facts, top, position)


def _reattach_run(facts: list[RawFact], siblings: list[int], position: int, *, resumed_only: bool = False) -> None:
    """The bullet run at ``position`` moves under the numbered entry before it when the entry
    reads as a title (unless ``resumed_only``) or its numbering resumes right after the run."""
    head = facts[siblings[position - 1]]
    run = _bullet_run(facts, siblings, position)
    after = siblings[position + len(run)] if position + len(run) < len(siblings) else None
    resumes = after is not None and facts[after].number == (head.number or 0) + 1
    if (is_title_like(head) and not resumed_only) or resumes:
        _move_under(facts, siblings[position - 1], run)


LABEL_CHARS = 40
"""Longest line (characters) read as a label over the list after it."""


def attach_lists_to_labels(facts: list[RawFact]) -> None:
    """Move a list written right after a label line under it (in place; order is unchanged).

    ``**S3 Standard**`` or ``보관 기간:`` on a line of its own, then ``- 최소 3개의 AZ``: CommonMark
    makes the list a sibling of the paragraph, but the author wrote the list about the label.
    """
    parents = {f.parent for f in facts}
    for parent in sorted(parents, key=lambda p: -1 if p is None else p):
        siblings = [i for i, f in enumerate(facts) if f.parent == parent]
        for position, index in enumerate(siblings[:-1]):
            label, following = facts[index], facts[siblings[position + 1]]
            if following.kind not in ("bullet", "numbered") or siblings[position + 1] != index + 1:
                continue
            if following.line <= label.line or following.list_id == label.list_id:
                continue
            lone_bullet = label.kind == "bullet" and _sole_item(facts, index) and _names_a_list(label)
            # ``HEAD`` on a line of its own with its list right under it (no blank line): a name; so is
            # a one-line quote over a list, blank line or not (``> RDS 백업`` as a vault's heading).
            adjacent = following.line == label.line + 1 or label.kind == "quote"
            named = adjacent and _names_a_list(label)
            if not (label.kind in ("paragraph", "quote") and (_labels_a_list(label) or named)) and not lone_bullet:
                continue
            list_id = following.list_id
            run = []
            for candidate in siblings[position + 1 :]:
                if facts[candidate].list_id != list_id or facts[candidate].kind not in ("bullet", "numbered"):
                    break
                run.append(candidate)
            _move_under(facts, index, run)


def split_lists_at_flush_labels(facts: list[RawFact]) -> None:
    """Give a list the labels written flush left between its items (in place; order is unchanged).

    ``LAN`` over ``- 근거리 통신망 …``, then ``MAN`` over ``- 도시 규모 …``, no blank lines: markdown
    reads ``MAN`` as the last line of the item above (a lazy continuation), and the items after it
    as more of LAN's list.  The writer set ``MAN`` as ``LAN`` was set: it goes beside ``LAN``, and
    the items after it go under it."""
    for index, fact in enumerate(facts):
        item = fact.parent
        if not fact.flush_left or item is None or facts[item].kind not in ("bullet", "numbered"):
            continue
        label = facts[item].parent
        if label is None or facts[label].kind != "paragraph" or not _names_a_list(facts[label]):
            continue
        last_of_its_item = not any(descends_from(facts, later, (item,)) for later in range(index + 1, len(facts)))
        if not _names_a_list(fact) or not last_of_its_item or not _labels_alike(facts[label], fact):
            continue
        list_id = facts[item].list_id
        run = [
            later
            for later in range(index + 1, len(facts))
            if facts[later].parent == label and facts[later].list_id == list_id
        ]
        if not run:
            continue
        fact.parent, fact.depth = facts[label].parent, facts[label].depth
        for later in run:
            facts[later].parent = index


def _labels_alike(first: RawFact, other: RawFact) -> bool:
    """Whether a line written flush left reads as a sibling of the label over the list: written in the
    same script (``LAN`` and ``MAN``; ``동기식`` and ``비동기식``), neither a label of the notes' own
    (``정답``, ``특징``) nor under a label of an aspect (``UDP 특징``, whose items are its properties),
    and not itself a property ending in a predicate noun (``신뢰성 보장``, ``리전 간 복사 가능``).

    >>> fact = lambda text: RawFact((Span(text),), "paragraph", 1, 0, None)
    >>> _labels_alike(fact("LAN"), fact("MAN")), _labels_alike(fact("비동기식"), fact("동기식"))
    (True, True)
    >>> _labels_alike(fact("TCP"), fact("신뢰성 보장")), _labels_alike(fact("UDP 특징"), fact("실시간 스트리밍"))
    (False, False)
    >>> _labels_alike(fact("스냅샷"), fact("리전 간 복사 가능")), _labels_alike(fact("문제 1"), fact("정답"))
    (False, False)
    """
    texts = [text_of(first).strip(), text_of(other).strip()]
    if len({any(is_hangul(c) for c in text) for text in texts}) != 1:
        return False
    if any(text.casefold() in SECTION_LABELS or text.casefold() in ANSWER_REVEALS for text in texts):
        return False
    return texts[0].split()[-1] not in ASPECT_WORDS and texts[1].split()[-1] not in PREDICATE_NOUNS


def attach_to_lead_paragraphs(facts: list[RawFact]) -> None:
    """Move the lines that go on about a paragraph's bold subject under it (in place; order is
    unchanged): the rest of its paragraph and the list right after it.

    ``**(4)** **CloudTrail** 은 … 서비스입니다.``, then ``기본적으로 … 저장할 수 있습니다.`` on the
    next line and ``- 로그 파일은 KMS 암호화 가능`` below: CommonMark makes them siblings, but the
    writer wrote them about CloudTrail, which their cards must show.  The next line that opens
    with a bold subject of its own leads lines of its own."""
    index = 0
    while index < len(facts):
        lead = facts[index]
        if lead.kind != "paragraph" or (bold_subject(lead.spans) is None and not _bold_name(lead)):
            index += 1
            continue
        run: list[int] = []
        after = index + 1
        line = lead.line
        while after < len(facts):
            fact = facts[after]
            if fact.kind != "paragraph" or fact.parent != lead.parent or fact.line != line + 1:
                break
            if bold_subject(fact.spans) is not None or _bold_name(fact):
                break
            run.append(after)
            line = fact.line
            after += 1
        items = facts[after].list_id if after < len(facts) and facts[after].kind in ("bullet", "numbered") else None
        while items is not None and after < len(facts):
            fact = facts[after]
            if fact.parent == lead.parent:
                if fact.list_id != items or fact.kind not in ("bullet", "numbered"):
                    break
                run.append(after)  # an item of the list; the lines under it stay under it
            elif not descends_from(facts, after, run):
                break
            after += 1
        if run and facts[run[0]].parent == lead.parent:
            _move_under(facts, index, run)
        index = max(after, index + 1)


def attach_dash_lines_to_labels(facts: list[RawFact]) -> None:
    """Lines typed as items without the space a list needs (``-행을 그룹으로 나눈다`` under a line
    ``NTILE()``, in one paragraph broken by ``<br>``) are the items of the label line right above
    them: moved under it, their dash dropped (in place; order is unchanged)."""
    for label, head in enumerate(facts):
        if head.kind != "paragraph" or text_of(head).lstrip().startswith("-") or not _names_a_list(head):
            continue  # an item or an option of its own (``--name : …``) heads no options
        if all("link" in span.marks for span in head.spans if span.text.strip()):
            continue  # ``[출처](…)``: a source the lines after it are not about
        run = []
        for index in range(label + 1, len(facts)):
            fact = facts[index]
            unbroken = fact.line - head.line == index - label  # one line after another, no gap
            if fact.kind != "paragraph" or fact.parent != head.parent or not unbroken:
                break
            if not _GLUED_DASH.match(text_of(fact)):
                break
            run.append(index)
        for index in (i for i in run if not _OPTION.match(text_of(facts[i]))):
            first = facts[index].spans[0]
            facts[index].spans = (Span(first.text.lstrip()[1:], first.marks, first.href), *facts[index].spans[1:])
        if run:
            _move_under(facts, label, run)


_GLUED_DASH = re.compile(r"^\s*-(?=[^\s\-\d])")
"""``-행을 …``: a dash glued to the text, an item typed without its space (``--`` is no item, nor
is the minus of ``-128 ~ 127``)."""
_OPTION = re.compile(r"^\s*-[A-Za-z]{1,2}(?=\s|[:=,]|$)")
"""``-it : 인터랙티브 입력``, ``-P : …``, ``-d 백그라운드``: a command's option, one or two letters, which
keeps its dash under the command it is written under; ``-latency : …`` and ``-ec2 인스턴스는 …`` are
words typed as items."""


def _names_a_list(fact: RawFact) -> bool:
    """``* 조회 옵션`` alone in its list, then another list: a label (short, no sentence), or bold."""
    text = text_of(fact).strip()
    if _labels_a_list(fact):
        return True
    # The name itself: ``EC2 (Elastic Compute Cloud)`` is as short a label as ``EC2``, and the verb
    # of a gloss that names (``Enhanced Monitoring (향상된 모니터링)``) translates the name, it states
    # nothing; a sentence in brackets (``(리전당 1,000개로 제한된다)``) still says something.
    core = without_glosses(text).strip()
    if not all(ends_in_a_noun(gloss) for gloss in glosses(text) if gloss):
        return False
    # A product's name in capitalised words (``AWS Cloud Development Kit``) is one name, however long,
    # and so is one with its variant set apart by a dash (``Snowball Edge - Compute Optimized``).
    variant = _VARIANT_DASH in core and all(_capitalised(part) for part in core.split(_VARIANT_DASH))
    named = len(core) <= LABEL_CHARS and (CAPITALISED_NAME.fullmatch(core) is not None or variant)
    named = named or _names_its_thing(core)
    short = len(core) <= LABEL_CHARS // 2 or named
    return bool(core) and short and not text.endswith((".", "。")) and not has_predicate(core)


_VARIANT_DASH = " - "
"""The spaced dash between a product's name and its variant (``Snowball Edge - Storage Optimized``)."""


def _capitalised(part: str) -> bool:
    """Whether the words are capitalised Latin words or numbers: a name (``Compute Optimized``, ``EBS``).

    >>> _capitalised("Snowball Edge"), _capitalised("EBS"), _capitalised("use the VPC"), _capitalised("스노우볼")
    (True, True, False, False)
    """
    return CAPITALISED_NAME.fullmatch(part) is not None or _CAPITALISED_WORD.fullmatch(part) is not None


_CAPITALISED_WORD = re.compile(r"[A-Z0-9][\w.-]*", re.ASCII)


def _names_its_thing(core: str) -> bool:
    """Whether a line up to :data:`LABEL_CHARS` is a thing's Korean name beside its name in Latin
    letters (``API 서버 kube-apiserver``, ``분산 메시지 저장소 etcd``): nouns only, no particle or verb,
    so the line names one thing however many words it takes.  Keywords set apart (``시제품 제작, 공동의
    참조 모델``, ``운영 우수성 · 보안 · 안정성``) are no one name; nor is a tagline in Korean alone
    (``컨테이너 기반의 애플리케이션 가상화 플랫폼``), or a sentence in English (the analyser reads every
    English word as a name).

    >>> _names_its_thing("API 서버 kube-apiserver")
    True
    >>> _names_its_thing("리눅스 컨테이너 기반의 애플리케이션 가상화 플랫폼")
    False
    >>> _names_its_thing("운영 우수성 · 보안 · CI/CD 파이프라인"), _names_its_thing("use the default settings")
    (False, False)
    """
    if len(core) > LABEL_CHARS or KEYWORD_BREAK.search(core):
        return False
    latin = re.search("[A-Za-z]", core) is not None
    return latin and any(map(is_hangul, core)) and only_names(core)


def _bold_name(fact: RawFact) -> bool:
    """A line that is only a short bold name (``**익스터널네임 서비스**``), its description on the
    next lines of its paragraph: they are about it, as the lines after ``**CloudTrail** 은 …`` are.

    >>> bold = frozenset({"strong"})
    >>> _bold_name(RawFact((Span("정확히 한 번 전달", bold),), "paragraph", 3, 0, None))
    True
    >>> _bold_name(RawFact((Span("예시", bold),), "paragraph", 3, 0, None))
    False
    >>> _bold_name(RawFact((Span("주요 특징", bold),), "paragraph", 3, 0, None))
    False
    """
    if not wholly_marked(fact.spans, "strong"):
        return False
    text = text_of(fact).strip().rstrip(":：").strip()
    words = text.casefold().split()
    # ``**주요 특징**`` over ``병합 정렬은 … 안정 정렬이다.``: an aspect of the heading's subject, whose
    # definition the line under it still is
    if not words or text.casefold() in SECTION_LABELS or words[-1] in _ASPECTS:
        return False
    return len(text) <= LABEL_CHARS and only_names(text)


_ASPECTS = frozenset(w.casefold() for w in (*ASPECT_WORDS, *STUDY_ASPECTS, *SECTION_LABELS))


def _labels_a_list(fact: RawFact) -> bool:
    text = text_of(fact).strip()
    if not text or len(text) > LABEL_CHARS:
        return False
    return wholly_marked(fact.spans, "strong") or text.endswith((":", "："))


def _asks(facts: list[RawFact], index: int) -> bool:
    """A numbered exam question (``35. … 원인은 무엇입니까?``, or its scenario with the question
    written under it): what follows it, up to the next question, answers and explains it."""
    if _is_question(text_of(facts[index])):
        return True
    return any(f.parent == index and _is_question(text_of(f)) for f in facts)


def _is_question(text: str) -> bool:
    text = text.strip()
    return bool(QUESTION_OPENER.match(text) or QUESTION_END.search(text))


def _names_a_section(fact: RawFact) -> bool:
    """A numbered entry that is a short name, not a step or a statement (``5. Glacier``)."""
    text = text_of(fact).strip()
    return is_title_like(fact) and 0 < len(text) <= LABEL_CHARS and not has_predicate(text)


def _sole_item(facts: list[RawFact], index: int) -> bool:
    """Whether the fact is the only entry of its list among its siblings."""
    list_id, parent = facts[index].list_id, facts[index].parent
    return list_id is not None and sum(1 for f in facts if f.parent == parent and f.list_id == list_id) == 1


def _section_run(facts: list[RawFact], top: list[int], position: int) -> list[int]:
    """What follows a sub-heading entry: up to the next entry, bullets, quotes and paragraphs;
    after the last entry, only its lists (a quote or paragraph there may be about the topic)."""
    kinds = [facts[index].kind for index in top[position:]]
    last = "numbered" not in kinds
    run: list[int] = []
    for index in top[position:]:
        kind = facts[index].kind
        # After the last entry a quote right under it is its description (``3. 형상 관리`` then
        # ``> … 변경 사항 관리``); a quote after its bullets may be about the topic again.
        opening_quote = kind == "quote" and all(facts[i].kind == "quote" for i in run)
        if kind not in (("bullet",) if last else ("bullet", "quote", "paragraph")) and not (last and opening_quote):
            break
        run.append(index)
    return run


def _bullet_run(facts: list[RawFact], top: list[int], position: int) -> list[int]:
    list_id = facts[top[position]].list_id
    run = []
    for index in top[position:]:
        if facts[index].kind != "bullet" or facts[index].list_id != list_id:
            break
        run.append(index)
    return run


def _move_under(facts: list[RawFact], head: int, run: list[int]) -> None:
    moved = set(run)
    for index in run:
        facts[index].parent = head
    for index, fact in enumerate(facts):
        if index in moved or descends_from(facts, index, moved):
            fact.depth += 1


def items_of(facts: list[RawFact]) -> tuple[Item, ...]:
    """Every numbered fact as an :class:`Item` with all the facts written under it."""
    items = []
    for index, fact in enumerate(facts):
        if fact.kind != "numbered":
            continue
        children = tuple(i for i in range(index + 1, len(facts)) if descends_from(facts, i, (index,)))
        items.append(Item(index, children))
    return tuple(items)


def attach_answers_to_questions(facts: list[RawFact]) -> None:
    """``A. Amazon DynamoDB`` right after ``Q. 키-값 데이터를 저장할 서비스는?``: the answer is written
    about the question, as its child, so its card shows the question as its context (in place).

    A revealed answer (``정답 확인`` above ``LOC 기법``, an exam review's folded ``<details>``) is
    written under its question with the label, up to the next question."""
    for index in range(1, len(facts)):
        question, answer = facts[index - 1], facts[index]
        if answer.kind not in ("paragraph", "quote", "bullet", "code"):
            continue
        # Options may follow a question written as the last line of a list item (the scenario's
        # list, its question under it): ``- … 엔드포인트`` / ``  무엇을 해야 할까요?`` / ``A. …``.
        if answer.parent != question.parent and not (
            answer.depth < question.depth and _opens_lettered_options(facts, index)
        ):
            continue
        asked = text_of(question)
        if not asks_outright(asked):
            continue
        # The label may follow the question's own material (a code block with the blanks to fill).
        reveal = next(
            (
                i
                for i in range(index, min(len(facts), index + MATERIAL_BEFORE_REVEAL + 1))
                if facts[i].parent == question.parent and text_of(facts[i]).strip().casefold() in ANSWER_REVEALS
            ),
            None,
        )
        if reveal is not None and all(facts[i].kind in ("code", "quote") for i in range(index, reveal)):
            run = list(range(index, reveal + 1))
            for later in range(reveal + 1, min(len(facts), reveal + 1 + MAX_REVEALED)):
                if facts[later].parent != question.parent or asks_outright(text_of(facts[later])):
                    break
                run.append(later)
            _move_under(facts, index - 1, run)
            continue
        # The answer is marked (``A. …``, ``정답: …``) or quoted under the question (``> …``).
        if _opens_lettered_options(facts, index):
            run = _lettered_run(facts, index)
            if _verdict_follows(facts, run):
                # ``이 정책의 효과는?``, ``A) …`` to ``D) …``, ``정답: A``: the question's options
                _move_under(facts, index - 1, run)
            continue  # with no verdict, lettered lines are the notes' own (``a. 클라이언트가 SYN을 보낸다``)
        if answer.kind != "code" and (ANSWER_OPENER.match(text_of(answer)) or answer.kind == "quote"):
            _move_under(facts, index - 1, [index])
    for index, marked in enumerate(facts):
        if marked.kind == "code" or not ANSWER_OPENER.match(text_of(marked)) or _opens_lettered_options(facts, index):
            continue
        asked_above = _question_above(facts, index)
        if asked_above is not None and marked.parent != asked_above:
            _move_under(facts, asked_above, [index])


def _option_letter(text: str) -> str:
    """The letter an option is numbered with (:data:`OPTION_LETTER`), lower case; empty for a line
    that is no lettered option.

    >>> [_option_letter(t) for t in ("B) Failover 라우팅", "(b) 50, 55, 60", "Backup 정책")]
    ['b', 'b', '']
    """
    opening = OPTION_LETTER.match(text)
    return opening.group().strip(" \t().").casefold() if opening else ""


def _opens_lettered_options(facts: list[RawFact], index: int) -> bool:
    """Whether ``A) …`` (or ``a. …``) opens a run of lettered lines, the next line beside it
    opening with ``B)``: not the answer ``A.`` marks.  The search for that line ends where the
    level of ``facts[index]`` ends."""
    if _option_letter(text_of(facts[index])) != "a":
        return False
    fact = facts[index]
    for n, later in enumerate(facts[index + 1 :], index + 1):
        if later.parent == fact.parent:
            if _wraps_the_line_above(facts, n) and not _option_letter(text_of(later)):
                continue  # the option's second line (``S3 버킷 간 복제를 구성합니다.``)
            return _option_letter(text_of(later)) == "b"
        if later.depth < fact.depth:
            return False
    return False


def _wraps_the_line_above(facts: list[RawFact], index: int) -> bool:
    """Whether ``facts[index]`` is the next line of the paragraph of the line before it."""
    return index > 0 and facts[index].kind == "paragraph" and facts[index].line == facts[index - 1].line + 1


def _lettered_run(facts: list[RawFact], index: int) -> list[int]:
    """The lines lettered one after another from ``facts[index]`` at its level (the lines under
    each option go with it when it moves).  An option written over two lines of one paragraph
    (``A. 각 리전에 버킷을 생성합니다.`` / ``버킷 간 복제를 구성합니다.``) keeps its second line when
    the next option follows it in the same paragraph."""
    parent = facts[index].parent
    run = [index]
    wrapped: list[int] = []  # lines that go on with the option above, kept if another option follows
    for later in range(index + 1, len(facts)):
        if facts[later].parent != parent:
            continue
        if _names_letters(text_of(facts[later])):
            break  # ``A. (B)``: the verdict, lettered as an answer, not option A
        if OPTION_LETTER.match(text_of(facts[later])):
            run.extend([*wrapped, later])
            wrapped = []
        elif _wraps_the_line_above(facts, later) and not _closes_the_question(text_of(facts[later])):
            wrapped.append(later)
        else:
            break
    # The last option's own next lines, up to the end of the paragraph of options (not the writer's note).
    last = text_of(facts[run[-1]])
    kept = 0
    while kept < len(wrapped) and goes_on_with_an_option(last, text_of(facts[wrapped[kept]]), option_follows=False):
        kept += 1
    return [*run, *wrapped[:kept]]


def _closes_the_question(text: str) -> bool:
    """Whether the line gives the verdict (``정답: C``) or asks the next question."""
    return VERDICT.match(text) is not None or PICKED_ANSWER.match(text) is not None or asks_outright(text)


def _verdict_follows(facts: list[RawFact], run: list[int]) -> bool:
    """Whether a verdict, or the label that reveals one, follows a run of options: within
    :data:`VERDICT_REACH` lines, or after the writer's notes on the question, before the next
    question of the topic, at the options' level and picking their letters (``… 정답 : C`` closing
    an exam dump's question; ``답: 2번`` in a list of its own picks none of ``a.`` to ``c.``)."""
    last = run[-1]
    after = [text_of(f) for f in facts[last + 1 : last + 1 + VERDICT_REACH]]
    if any(VERDICT.match(t) or t.strip(" :：").casefold() in ANSWER_REVEALS or _names_letters(t) for t in after):
        return True
    letters = {_option_letter(text_of(facts[i])) for i in run} - {""}
    for later in facts[last + 1 :]:
        text = text_of(later)
        if asks_outright(text):
            return False
        if later.parent == facts[run[0]].parent and PICKED_ANSWER.match(text):
            picked = set(_PICKED_LETTERS.findall(text.split("답", 1)[-1].casefold()))
            return bool(picked) and picked <= letters
    return False


def _names_letters(text: str) -> bool:
    """Whether the line is an answer that only names options (``A. (B)``, ``A. B, D``): the verdict
    of an exam dump that writes its options as paragraphs of their own."""
    return ANSWER_OPENER.match(text) is not None and OPTION_ONLY.match(ANSWER_MARK.sub("", text).strip()) is not None


_PICKED_LETTERS = re.compile(r"(?<![a-z])[a-e](?![a-z])")
"""The option letters a verdict names (``정답 : B , C`` → b, c), read after its ``답``."""


MAX_LINES_TO_QUESTION = 3
"""Lines of the same level that may stand between a marked answer and its question: the question's
second paragraph, or the answers before it (``Q. …`` ``A. …`` ``A. …``)."""
MAX_OPTIONS = 6
"""Lettered options that may stand between a verdict and its question besides those lines."""


def _question_above(facts: list[RawFact], index: int) -> int | None:
    """The question a marked answer (``A. …``) answers when it is not right after it: the last
    question at its level, over the question's own paragraphs and the answers given before it."""
    parent, passed, options = facts[index].parent, 0, 0
    for earlier in range(index - 1, -1, -1):
        fact = facts[earlier]
        if fact.parent != parent:
            continue  # a line written under an earlier answer
        text = text_of(fact)
        if asks_outright(text):
            return earlier
        if OPTION_LETTER.match(text) is None:
            passed += 1
        else:
            options += 1  # ``정답: B`` under the options ``A)`` to ``D)``: they are the question's
        if passed > MAX_LINES_TO_QUESTION or options > MAX_OPTIONS or fact.kind not in ("paragraph", "bullet", "quote"):
            return None
    return None


MATERIAL_BEFORE_REVEAL = 2
"""Blocks (code, quotes) of a question's own material that may stand between it and ``정답 확인``."""
MAX_REVEALED = 6
"""Lines after ``정답 확인`` read as the revealed answer: a short answer, numbered parts at most."""
