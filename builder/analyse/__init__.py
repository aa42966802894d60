"""The language layer: what each line of the notes means for the cards, decided once.

Between the parser and the emitters.  For every fact it records the context path a card shows
above it, its key terms, and its card decision (the kinds of card it feeds, or the rule and
reason why it feeds none); for every topic the statement that defines its subject and the
lists asked as one note.  The emitters only render what is recorded here, and ``inspect``
shows all of it.  Every Korean word list and line shape lives in this package
(:mod:`~builder.analyse.words`, :mod:`~builder.analyse.shapes`), and the morphology comes from
a real analyser (:mod:`~builder.analyse.morph`).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace

from builder.analyse.alternatives import real_alternatives
from builder.analyse.answers import (
    answers_its_question,
    bracketed_keys,
    keyed_descriptions,
    leaves_a_blank,
    numbered_choices,
    scenario_before_its_choices,
    scenario_of_a_numbered_question,
    whole_answer,
)
from builder.analyse.context import (
    context_path,
    cut_short,
    labels_a_part,
    names_no_subject,
    read_under,
    says_what_it_is_about,
    short_form,
)
from builder.analyse.definition import (
    is_definition,
    lists_by_commas,
    names_a_case,
    purpose_only,
    ranks_by_commonness,
    restates_its_name,
    states_purpose,
)
from builder.analyse.headings import (
    CHOICES_RULE,
    EXAMPLE_RULE,
    REFERENCE_RULE,
    asks_for_the_name,
    introduces_an_example,
    labels_sources,
    offers_its_options,
    picks_an_option,
    points_to_an_example,
    role_under_heading,
    tells_a_story,
)
from builder.analyse.lists import list_groups
from builder.analyse.loanwords import sounds_alike
from builder.analyse.measures import blank_hint, measure_of
from builder.analyse.modifiers import UsualModifiers, usual_modifiers
from builder.analyse.morph import morphemes
from builder.analyse.names import (
    name_variants,
    one_character,
    part_of_a_spelling,
    shares_a_latin_word,
    spaced_otherwise,
    spells_out,
    squashed,
    without_the_name,
)
from builder.analyse.phrases import (
    INSIDE_NAME,
    NOUNISH,
    ends_as_a_sentence,
    has_predicate,
    noun_phrases,
    runs_on,
    sentence_count,
    sentences_holding,
    states_something,
    without_glosses,
)
from builder.analyse.quantities import NUMBER_PATTERN
from builder.analyse.rules import Line, LineRule, line_role, rule_named
from builder.analyse.rules.arithmetic import feeds_a_calculation, worked_numbers
from builder.analyse.rules.choices import marks_the_answer
from builder.analyse.rules.example import illustrates, letter_actors
from builder.analyse.rules.leaning import follows_from_before, leans_on_another, points_elsewhere
from builder.analyse.rules.personal import recounts, talks_to_the_reader
from builder.analyse.rules.question import answered_stems, asks_outright
from builder.analyse.rules.step import acts_in_a_console, names_a_task, narrates, walkthrough_steps
from builder.analyse.shapes import (
    ALSO_CALLED,
    ANSWER_OPENER,
    CALENDAR_DAY,
    EXAMPLE_LABEL,
    FILE_SLUG,
    KIND_COUNT,
    LIST_COUNT,
    NAME_DESCRIPTION,
    NAME_DESCRIPTION_SHORT_NAME,
    NOTES_TITLE,
    OPENS_WITH_A_DATE,
    OPTION_LETTER,
    OPTION_NUMBER,
    ORDINAL,
    ORDINAL_LABEL,
    PAGE_BEFORE,
    PICKED_ANSWER,
    QUESTION_END,
    QUESTION_LABEL,
    SEVERAL_NAMES,
    STORY_TITLE,
    TICKED_BOX,
    TRAILING_ASIDE,
    VERDICT,
    VERSUS,
    goes_on_with_an_option,
)
from builder.analyse.subjects import split_title, strip_parenthetical, without_what_is
from builder.analyse.task_sheet import task_topics
from builder.analyse.terms import (
    SPECIFIC_SCORE,
    asks_a_label,
    counts_with_a_letter,
    describes,
    hides_the_rest,
    key_terms,
    misspelt_in_view,
    name_words,
    numbered_labels,
    read_off_the_front,
)
from builder.analyse.themes import frames_the_rows, is_theme, theme_names
from builder.analyse.values import (
    bounds_something,
    builds_something,
    counted_in_view,
    counts_a_list,
    counts_a_share,
    counts_one_as_a_word,
    example_variables,
    given_away,
    givens_of_an_exercise,
    in_a_series,
    mentions_a_share,
    names_a_limit,
    names_an_example_network,
    names_only,
    points_to_its_kinds,
    sample_numbers,
    says_a_limit,
    says_always,
    says_several,
    sets_up,
    stated_as_a_bound,
    titles_its_lines,
    told_from_a_sample,
    works_out_an_example_network,
)
from builder.analyse.wording import PageText, said_once
from builder.analyse.words import (
    ASPECT_HEADS,
    ASPECT_WORDS,
    CHOICE_MARKS,
    CHOOSE_ASKS,
    CLICK_VERBS,
    DEICTIC_NOUNS,
    EXAM_QUESTION_CUES,
    EXPLANATION_OPENERS,
    GENERIC_NOUNS,
    HOW_TO_NOUNS,
    NEGATIVE_COPULA,
    NOTE_FILE_WORDS,
    NUMBERED_FILE_WORDS,
    OVERVIEW_ASPECTS,
    PREDICATE_NOUNS,
    QUIZ_INSTRUCTIONS,
    ROLE_NOUNS,
    SECTION_LABELS,
    TERM_SUFFIXES,
    TOPIC_PARTICLES,
    VAGUE_MODIFIERS,
    VENDOR_WORDS,
    WHAT_IS_OPENERS,
    WHEN_NOUNS,
)
from builder.model import (
    CardKind,
    Comparison,
    Decision,
    Fact,
    Quantity,
    Section,
    SourceRef,
    Term,
    Tip,
    Topic,
    children_of,
    descends_from,
)

QUESTION_RULE = rule_named("question")
STATISTIC_RULE = rule_named("statistic")
TOC_RULE = rule_named("toc")
LIST_COUNT_RULE = rule_named("list_count")
PERSONAL_RULE = rule_named("personal")
ARITHMETIC_RULE = rule_named("arithmetic")
STEP_RULE = rule_named("step")
LEANING_RULE = rule_named("leaning")
LABEL_RULE = rule_named("label")
TITLE_RULE = rule_named("title")
MIN_DEFINITION_CHARS = 8
"""Characters a ``X는 …이다`` statement must say about X to define it."""
WHICH_MIN_CHARS = 15
"""Characters a definition must keep, with the subject hidden, to ask which subject it defines."""
STATEMENT_WORDS = 4
"""An emphasised line is a tip only as a statement: a predicate, or at least this many words."""
_LIMIT_KEEPING_RULES = frozenset({"leaning", "step", "label", "title", "outline", "question", "unfinished"})
"""Line rules that keep a value's limit card: the line is no statement of its own, but its value
is a fact (examples, code, references and pictures keep no card at all)."""
_UNNAMING_RULES = frozenset({"reference", "image", "code", "source_tag", "toc", "no_words"})
"""Lines that name nothing written under them (``- https://…`` with notes below it)."""
MAX_PLACE_CHARS = 24
"""Longest bullet (characters) put before a limit's label on the cheat sheet."""


def analyse_section(section: Section) -> Section:
    """The section with every topic analysed, and a line written again under the same subject
    and context (notes that repeat themselves) making no second copy of the same card."""
    seen: dict[tuple[str, tuple[str, ...], str], SourceRef] = {}
    defined: dict[tuple[str, ...], SourceRef] = {}
    topics = []
    labels = field_labels(section)
    usual = usual_modifiers(fact.text for topic in section.topics for fact in topic.facts)
    themes = theme_names([fact.text for topic in section.topics for fact in topic.facts])
    page = PageText.of(
        [section.title, *(t.title for t in section.topics), *(f.text for t in section.topics for f in t.facts)]
    )
    # ``02-aws-saa-review.md`` with no title in it: the file's name names a file, not a subject;
    # ``# AWS-SCS-note``: the page's name for itself, no subject either.
    unnamed = not section.titled and (FILE_SLUG.fullmatch(section.title) is not None or _notes_file_word(section.title))
    page_name = section.title if unnamed or NOTES_TITLE.search(section.title) else None
    opening = section.topics[0].subject if section.topics else ""
    if not section.titled and NOTES_TITLE.search(opening):
        page_name = opening  # ``## Keyword Note`` opening a file with no title: the page's name for itself
    # ``정보처리기사 실기 후기``: a page that tells the writer's story of an exam, whatever its headings.
    story = STORY_TITLE.search(section.title) is not None
    outlines = {id(t) for t in section.topics if _outlines_the_page(t, section.topics)}
    tasks = task_topics(section.topics)  # ``## q1: ETCD 백업 및 복원`` over ``… 구성하세요:``: an exercise
    for topic in (
        analyse_topic(
            _without_file_name(t, section) if unnamed else t,
            labels,
            page_name,
            usual,
            themes,
            story=story,
            outline=id(t) in outlines,
            task=n in tasks,
            page=page,
        )
        for n, t in enumerate(section.topics)
    ):
        facts = []
        for index, fact in enumerate(topic.facts):
            key = (topic.subject.casefold(), fact.context, " ".join(fact.text.casefold().split()))
            first = seen.setdefault(key, fact.source)
            if first != fact.source and fact.decision is not None and fact.decision.kinds:
                fact = replace(fact, decision=Decision((), "repeat", f"repeats line {first.line}"))
            elif index == topic.definition or fact.defines:
                # ``IAM`` defined under two headings: two what cards with one front and two
                # answers.  The first definition asks; a later one is shown on the cheat sheet.
                name = (fact.defines,) if fact.defines else (topic.subject, topic.aspect or "")
                first = defined.setdefault(tuple(n.casefold() for n in name), fact.source)
                if first != fact.source:
                    fact = _without_what(fact, f"defines {name[0]} again; line {first.line} asks it")
            facts.append(fact)
        definition = topic.definition
        decided = facts[definition].decision if definition is not None else None
        if decided is not None and "what" not in decided.kinds:
            definition = None
        topics.append(replace(topic, facts=tuple(facts), definition=definition))
    topics = _without_the_cases_values_under_questions(topics)
    asked = _which_cards_of_a_glossary(_without_which_twins(topics))
    return replace(section, topics=_without_repeated_comparisons(asked))


def _without_repeated_comparisons(topics: Sequence[Topic]) -> tuple[Topic, ...]:
    """Topics with each comparison asked once: a list the notes write out again (in a chapter and
    in its summary, ``1. IaaS … 2. PaaS …`` twice, in any order, case or emphasis) compares the same
    sides in the same words, and its cards would ask the same thing twice.  The first keeps its
    cards and its table on the cheat sheet; the lines of a later one say where it is asked (and
    stay on the sheet)."""
    first: dict[frozenset[tuple[str, tuple[str, ...]]], SourceRef] = {}
    out = []
    for topic in topics:
        kept = []
        repeated: dict[int, SourceRef] = {}
        for comparison in topic.comparisons:
            said = frozenset((_as_said(side.subject), tuple(map(_as_said, side.points))) for side in comparison.sides)
            source = first.setdefault(said, comparison.source)
            if source == comparison.source:
                kept.append(comparison)
            else:
                repeated.update(dict.fromkeys(comparison.facts, source))
        still = {i for c in kept for i in c.facts}
        facts = tuple(
            _without_comparison(fact, repeated[i]) if i in repeated and i not in still else fact
            for i, fact in enumerate(topic.facts)
        )
        out.append(replace(topic, comparisons=tuple(kept), facts=facts))
    return tuple(out)


def _as_said(text: str) -> str:
    """Text as a comparison says it, whatever its case, spacing, emphasis or closing stop
    (``**읽기와 쓰기를 받는다.**`` and ``읽기와 쓰기를 받는다``)."""
    return " ".join(text.casefold().replace("*", " ").replace("_", " ").split()).rstrip(" .")


def _without_comparison(fact: Fact, first: SourceRef) -> Fact:
    """The fact without its comparison card, which ``first`` (the line the same comparison is drawn
    from) asks; its other cards stay, and with none left it says where it is asked."""
    decision = fact.decision
    if decision is None or "comparison" not in decision.kinds:
        return fact
    kinds = tuple(k for k in decision.kinds if k != "comparison")
    if kinds:
        return replace(fact, decision=Decision(kinds, kinds[0] if decision.rule == "comparison" else decision.rule))
    reason = f"compares what line {first.line} compares in the same words (asked there)"
    return replace(fact, decision=Decision((), "repeated", reason))


QUESTIONS_GIVEN_REASON = "a value of an exam question's case, set for it (no bound it teaches: it limits nothing)"


def _without_the_cases_values_under_questions(topics: list[Topic]) -> list[Topic]:
    """The topics with no limit card asking a value of an exam question's case: under ``## Q221``,
    ``### 문제 요약`` gives ``로그를 7년간 보관해야 …`` and ``### 정리`` explains ``7년 보관은 S3
    Lifecycle로 …`` or works the case out (``업로드 후 64일 경과``, ``30일 후 Standard-IA 전환 규칙
    적용``): the values are the case's, chosen for it, not limits of a service.  Graded blind, such
    cards were 12 BAD of 14.  A value stated as a bound keeps its card (``Lambda 함수는 최대 15분까지
    실행된다``, ``100MB 이상 파일에 권장`` teach the limit the case leans on), and so does a count of one
    (``1개의 AZ``)."""
    return [
        replace(
            topic,
            facts=tuple(
                _without_the_cases_values(fact) if asked or _under_a_question_item(fact) else fact
                for fact in topic.facts
            ),
        )
        for topic, asked in ((topic, _asked_under(topic) is not None) for topic in topics)
    ]


def _under_a_question_item(fact: Fact) -> bool:
    """Whether the line is written under a list item that numbers a question (``- [Q9]``, ``- [Q9] S3
    수명 주기``: its number before its title)."""
    return any(part.split() and QUESTION_LABEL.match(part.split()[0]) for part in fact.context)


def _asked_under(topic: Topic) -> tuple[str, ...] | None:
    """The headings down to the exam question the topic is written under (``## Q221`` over ``### 정리``,
    or ``## Q221`` itself, or ``## 문제 4: S3 버전 관리``, a question's number before its title), or
    None when it is under none."""
    headings = (*topic.ancestors, topic.title)
    labelled = [
        n
        for n, heading in enumerate(headings)
        if QUESTION_LABEL.match(heading.strip()) or QUESTION_LABEL.match(split_title(heading)[0].strip())
    ]
    return headings[: labelled[-1] + 1] if labelled else None


def _without_the_cases_values(fact: Fact) -> Fact:
    """The fact without the limit card of values a question's case sets (its bounds keep theirs)."""
    decision = fact.decision
    if decision is None or "limit" not in decision.kinds or ANSWER_OPENER.match(fact.text):
        return fact  # ``정답: 64KB는 한 세그먼트의 최대 크기다``: the answer is what the question teaches
    kept = tuple(
        q for q in fact.quantities if q.low == 1 or bounds_something(fact.text, q) or names_a_limit(fact.text, q)
    )
    if len(kept) == len(fact.quantities):
        return fact
    if kept:
        return replace(fact, quantities=kept)
    kinds = tuple(k for k in decision.kinds if k != "limit")
    settled = replace(decision, kinds=kinds) if kinds else Decision((), "given", QUESTIONS_GIVEN_REASON)
    return replace(fact, quantities=kept, decision=settled)


WHICH_TWIN_REASON = "describes another subject in the same words (a which card could not tell them apart)"


def _without_which_twins(topics: list[Topic]) -> tuple[Topic, ...]:
    """Topics whose which cards would show the same description for different names (two isolation
    levels written up alike): no one can tell which name is asked, so neither which card is made;
    their what cards stay.  One thing under two names (``S3``, ``Amazon S3``) keeps its first."""
    names: dict[str, set[str]] = {}
    for topic in topics:
        for fact in topic.facts:
            if fact.decision is not None and "which" in fact.decision.kinds:
                name = (fact.defines or topic.subject).casefold()
                names.setdefault(_as_asked(fact, name), set()).add(name)
    # ``S3`` and ``Amazon S3`` described alike are one thing twice: its first which card asks it.
    twins = {text for text, named in names.items() if len(named) > 1}
    alike = {text for text in twins if len({" ".join(name_words(n)) for n in names[text]}) == 1}
    if not twins:
        return tuple(topics)
    asked: set[str] = set()
    out = []
    for topic in topics:
        facts = []
        for fact in topic.facts:
            text = _as_asked(fact, (fact.defines or topic.subject).casefold())
            if text in alike and text not in asked and fact.decision is not None and "which" in fact.decision.kinds:
                asked.add(text)
            elif fact.decision is not None and text in twins:
                kinds = tuple(k for k in fact.decision.kinds if k != "which")
                reason = fact.decision.reason
                decision = (
                    Decision(kinds, fact.decision.rule, reason) if kinds else Decision((), "twin", WHICH_TWIN_REASON)
                )
                fact = replace(fact, decision=decision)
            facts.append(fact)
        out.append(replace(topic, facts=tuple(facts)))
    return tuple(out)


GLOSSARY_NAMES = 6
"""Which cards a note must make to keep them beside their what cards.  A which card asks a name
back from its description; a note that describes many names side by side (a glossary, a service
catalogue) writes each so that it tells its name from the others, while a note that defines a name
or two in passing writes it in general words many other names fit.  Graded blind on 72 real
notes, which cards of notes making one to five of them were 25 % BAD (mostly "several names fit"),
those of notes making six or more 7 %; the what card asking the same definition forward is kept
either way.  A which card that is its line's only card (an exam question's description over its
answer, ``ⓐ는 … 생성 패턴이다`` / ``정답: 팩토리 메서드``) is the writer's own question and stays."""


def _which_cards_of_a_glossary(topics: Sequence[Topic]) -> tuple[Topic, ...]:
    """The topics with their which cards, if the note makes at least :data:`GLOSSARY_NAMES` of
    them; otherwise with only those that are their line's only card."""
    asked = sum(
        1 for topic in topics for fact in topic.facts if fact.decision is not None and "which" in fact.decision.kinds
    )
    if asked >= GLOSSARY_NAMES:
        return tuple(topics)
    return tuple(replace(topic, facts=tuple(_without_which(fact) for fact in topic.facts)) for topic in topics)


def _without_which(fact: Fact) -> Fact:
    """The fact without its which card, unless that is its only card."""
    if fact.decision is None or "which" not in fact.decision.kinds or fact.decision.kinds == ("which",):
        return fact
    kinds = tuple(k for k in fact.decision.kinds if k != "which")
    return replace(fact, decision=Decision(kinds, fact.decision.rule, fact.decision.reason))


def _as_asked(fact: Fact, name: str) -> str:
    """The description a which card shows, folded, with the name it asks taken out: its first
    sentence when it goes on (``브로드캐스트는 1대 n통신이다. 여기에서의 n은 …``), the line otherwise."""
    shown = (fact.text[slice(*fact.defining_sentence)] if fact.defining_sentence else fact.text).casefold()
    for word in (name, *name.split()):  # ``Amazon S3는 …`` and ``S3는 …`` read alike
        # the card writes ``［？］은(는)``: the particle after the name is no difference
        shown = re.sub(rf"{re.escape(word)}(?:{'|'.join(TOPIC_PARTICLES)})?", " ", shown) if word else shown
    return " ".join(shown.split())


OUTLINE_SHARE = 0.5
"""A topic is the page's outline when at least this share of its lines (and two) are the titles
of the page's other sections."""


def _outlines_the_page(topic: Topic, topics: Sequence[Topic]) -> bool:
    """Whether the topic lists the page's other sections (``## 정리`` over ``* 소프트웨어 특징 4가지``,
    ``* 소프트웨어 탄생과 폐기``, … each a heading of the page): a summary of what the page covers,
    whose entries name sections, they say nothing of their own.  A list of the sections under
    the topic's own heading (``특징은 4가지이다`` over ``1. 비가시성``… each a heading below) is
    what the topic says, a list to learn."""
    if LIST_COUNT.search(topic.title):
        return False  # ``## 스토리지 서비스 3가지`` over ``- S3`` ``- EBS`` ``- EFS``: the kinds it counts
    own = squashed(topic.title)
    # A part's heading with no lines of its own (``### 1. 데이터 모델의 이해`` over its sections) is
    # a heading of the page too; it is known as the ancestor of the topics under it.
    elsewhere = {
        squashed(heading)
        for t in topics
        if t is not topic and own not in {squashed(a) for a in t.ancestors}
        for heading in (*t.ancestors, t.title)
    } - {own, *(squashed(a) for a in topic.ancestors)}
    repeats = sum(1 for f in topic.facts if squashed(f.text) in elsewhere)
    return repeats >= 2 and repeats >= OUTLINE_SHARE * len(topic.facts)


MIN_OPTIONS_BESIDE = 4
"""Lettered lines after a question, beside it rather than under it, that make its options: an exam
offers four or five (``A)`` to ``D)``); three may be the notes' own answer in parts."""
MIN_LETTERED_OPTIONS = 3
"""Lines lettered ``a.``/``b.``/``c.`` under a question that make it an exam question with choices;
two (``A) …``, ``B) …``) may be the notes' own answer in two parts."""


def _numbers_an_option(text: str, lettered_beside: int) -> bool:
    """Whether the line opens with the number of an answer choice: a circled number, or a letter
    when :data:`MIN_LETTERED_OPTIONS` of the lines beside it (itself included) open with one."""
    if text.lstrip().startswith(tuple(CHOICE_MARKS)):
        return True
    return OPTION_LETTER.match(text) is not None and lettered_beside >= MIN_LETTERED_OPTIONS


def _an_exams_bracketed_option(facts: Sequence[Fact], index: int, bracketed_beside: int) -> bool:
    """Whether the line is one of :data:`MIN_LETTERED_OPTIONS` or more choices numbered in brackets
    under a question (``(1) 데이터의 통합성.`` under ``… DBMS의 특징은 무엇인가?``) that an exam sets
    (:func:`_sets_options`) or that a key under it answers (``[답] 3``).  A learner's own question
    answered in parts keeps them (``(1) 원자성: …`` under ``트랜잭션의 특성은?``)."""
    fact = facts[index]
    if fact.parent is None or not OPTION_NUMBER.match(fact.text) or bracketed_beside < MIN_LETTERED_OPTIONS:
        return False
    keyed = any(PICKED_ANSWER.match(f.text) for n, f in enumerate(facts) if descends_from(facts, n, {fact.parent}))
    return keyed or _sets_options(facts[fact.parent].text)


def _explains_an_option(text: str) -> bool:
    """Whether a lettered option goes on to say why it is right or wrong, after a colon
    (``C) CNAME 생성: DNS 위임은 NS 레코드로 한다``): the notes' own explanation, a statement.

    >>> _explains_an_option("C) CNAME 생성: DNS 위임은 NS 레코드로 한다")
    True
    >>> _explains_an_option("A) CNAME record → CNAME 레코드")
    False
    """
    named = NAME_DESCRIPTION.match(OPTION_LETTER.sub("", text, count=1))
    return named is not None and len(named["desc"].split()) >= MIN_EXPLANATION_WORDS


MIN_EXPLANATION_WORDS = 3
"""Words after an option's colon that explain it; fewer name a value (``B) 크기: 5GB``)."""


def _other_options(facts: Sequence[Fact], roles: Sequence[LineRule | None]) -> list[int]:
    """The items of a list one of whose items a verdict marks as an exam option (``- … (Answer)``,
    ``- (정답) …``): the question's other options, wrong ones among them; an explanation written
    as one more item (``- 해설 : …``) is the notes' own statement and stays."""
    marked = [
        i
        for i, role in enumerate(roles)
        if (role is CHOICES_RULE and facts[i].kind in ("bullet", "numbered") and marks_the_answer(facts[i].text))
        # ``- [x] 격리된 파티션`` in a list right after ``… 무엇입니까?``: the box ticks the answer
        or (TICKED_BOX.match(facts[i].text) and facts[i].kind == "bullet" and _asked_just_above(facts, i))
    ]
    found: set[int] = set()
    for index in marked:
        if index not in found:  # each list is walked once, from its first marked item
            found.update(_other_items(facts, index))
    return sorted(other for other in found if roles[other] is None)


def _titles_its_options(facts: Sequence[Fact], question: int, role: LineRule | None) -> bool:
    """Whether a line read as the title of the lines under it asks outright and has its verdict
    under it (``이 정책의 효과는?`` over ``A) …`` to ``D) …`` and ``정답: A``): an exam question
    all the same.  Without a verdict, lettered or circled lines under a question are the notes'
    own answer (``OSI 7계층 중 하위 3계층은?`` over ``a) 물리 계층: …``)."""
    return (
        role is TITLE_RULE
        and asks_outright(facts[question].text)
        and any(f.parent == question and VERDICT.match(f.text) for f in facts[question + 1 :])
    )


def _lettered_beside_options(facts: Sequence[Fact], roles: Sequence[LineRule | None]) -> list[int]:
    """The lines of a run lettered ``A)``, ``B)``, ``C)`` (one after another under one parent, each
    with its own lines under it) that no rule has read yet when others of the run are an exam
    question's options: the rest of its options, whatever their wording (``D) Dead-letter queue →
    배달 못한 편지 큐`` has a verb in it), but for an option the notes explain (``C) NS 레코드:
    호스팅 영역의 네임서버를 지정한다``)."""
    siblings: dict[int | None, list[int]] = {}
    for index, fact in enumerate(facts):
        siblings.setdefault(fact.parent, []).append(index)
    found: list[int] = []
    for indices in siblings.values():
        run: list[int] = []
        for position in range(len(indices) + 1):
            if position < len(indices) and OPTION_LETTER.match(facts[indices[position]].text):
                run.append(indices[position])
                continue
            if len(run) >= MIN_LETTERED_OPTIONS and any(roles[i] is CHOICES_RULE for i in run):
                found.extend(i for i in run if roles[i] is None and not _explains_an_option(facts[i].text))
            run = []
    return sorted(found)


def _lettered_after_a_question(facts: Sequence[Fact], roles: Sequence[LineRule | None]) -> list[int]:
    """The lines of a run lettered ``A)``, ``B)``, ``C)`` in order, one right after another beside
    the question they follow (``…전략은 무엇입니까?`` then ``A) …`` to ``D) …``, the lines of one
    paragraph, or paragraphs of their own): the question's options, when the question is set as an
    exam sets it (:func:`_sets_options`) and no option has a line under it or explains itself after
    a colon, a dash or an arrow.  A dump written without lists puts its options beside the question,
    not under it; the notes' own answer to their own question (``트랜잭션의 4가지 특성은 무엇인가?``
    over ``a) 원자성 - 모두 반영되거나 …``) stays."""
    found: list[int] = []
    index = 1
    while index < len(facts):
        question = facts[index - 1]
        run: list[int] = []
        while (
            index + len(run) < len(facts)
            and facts[index + len(run)].parent == question.parent
            and _lettered(facts[index + len(run)].text, len(run))
        ):
            run.append(index + len(run))
        asked = roles[index - 1] is QUESTION_RULE and _sets_options(question.text)
        alone = not any(f.parent in run for f in facts)
        explained = any(_OPTION_EXPLAINED.search(OPTION_LETTER.sub("", facts[i].text, count=1)) for i in run)
        if len(run) >= MIN_OPTIONS_BESIDE and asked and alone and not explained:
            found.extend(i for i in run if roles[i] is None)
        index += max(len(run), 1)
    return found


_OPTION_EXPLAINED = re.compile(r"\s[-–—]\s|→|->|=>|[:：]")
"""What separates an option's name from the notes' explanation of it (``a) 원자성 - …``, ``b) 일관성: …``)."""


def _sets_options(question: str) -> bool:
    """Whether the question is worded as an exam sets one, to pick among options (``…전략은
    무엇입니까?``, ``다음 중 …``, ``…고르시오``, ``Which …``), not as a learner asks it.

    >>> _sets_options("최고의 RTO를 주는 복구 전략은 무엇입니까?"), _sets_options("트랜잭션의 4가지 특성은 무엇인가?")
    (True, False)
    """
    folded = question.casefold()
    return any(cue in folded for cue in (*EXAM_QUESTION_CUES, *CHOOSE_ASKS)) or picks_an_option(question)


def _lettered(text: str, position: int) -> bool:
    """Whether the line opens with the ``position``-th letter as an option's (``A)``, ``b.``, ``(C)``)."""
    match = OPTION_LETTER.match(text)
    return match is not None and match[0].strip(" ().").casefold() == "abcde"[position : position + 1]


def _goes_on_with_an_option(facts: Sequence[Fact], index: int) -> bool:
    """Whether the line is the next line of the paragraph of a lettered option before it (an
    option the writer wrapped), not a line of its own: same level, the very next line of the file."""
    option, line = facts[index - 1], facts[index]
    after = facts[index + 1] if index + 1 < len(facts) else None
    option_follows = (
        after is not None
        and after.parent == line.parent
        and after.source.line == line.source.line + 1
        and OPTION_LETTER.match(after.text) is not None
    )
    return (
        line.kind == "paragraph"
        and line.parent == option.parent
        and line.source.line == option.source.line + 1
        and OPTION_LETTER.match(line.text) is None
        and goes_on_with_an_option(option.text, line.text, option_follows=option_follows)
    )


def _asked_just_above(facts: Sequence[Fact], index: int) -> bool:
    """Whether the list ``facts[index]`` is an item of follows a line that asks a question outright
    (``… 가장 잘 설명한 것은 무엇입니까?``): its items are that question's options."""
    first = min([index, *_other_items(facts, index)])
    parent = facts[first].parent
    above = parent if parent is not None else first - 1
    return above >= 0 and asks_outright(facts[above].text)


def _other_items(facts: Sequence[Fact], index: int) -> list[int]:
    """The other options of the list ``facts[index]`` is an item of: the run of items around it
    (the lines written under each item aside), which a line of its own or the explanation ends."""
    fact = facts[index]
    shape = (fact.parent, fact.kind, fact.depth)
    found = []
    for step in (-1, 1):
        other = index + step
        while 0 <= other < len(facts):
            if facts[other].text.lstrip().startswith(EXPLANATION_OPENERS):
                break  # ``- 해설 : …``: the notes' own statement of why, and the end of the options
            if (facts[other].parent, facts[other].kind, facts[other].depth) == shape:
                found.append(other)
            elif facts[other].depth <= fact.depth:
                break  # a line of its own ends the list
            other += step
    return found


def _values_in_a_closing_aside(fact: Fact) -> bool:
    """Whether the line's values are all durations in the aside that closes it (``- 문제 풀이 (2시간
    내외)``): under a day of the writer's calendar, the time they spent on the task.  What a day's
    notes teach (``- ext4의 최대 파일 크기는 16TiB이다`` under ``3/5(화) 오늘 배운 것``, ``- SQS 보존
    기간 (최대 14일)``) is the subject's."""
    aside = TRAILING_ASIDE.search(fact.text)
    if aside is None or not fact.quantities:
        return False
    # ``(최대 14일)``, ``(5GB)``: a bound or a size the day's notes teach, not the time the task took
    # (the bound read as if the aside were not bracketed, so ``(최대`` is ``최대``)
    opened = fact.text[: aside.start()] + fact.text[aside.start() :].replace("(", " ", 1)
    return all(
        q.start >= aside.start() and q.kind == "duration" and not bounds_something(opened, q) for q in fact.quantities
    )


def _a_surveys_share(facts: Sequence[Fact], index: int) -> bool:
    """Whether the line gives only shares (``90%가 …``, ``AWS 32%``), as an item of a list led by a
    line that names a survey or a market's share (``2016년 한 설문조사에 따르면,`` over ``- 90%가 개발에
    사용 중``): the survey's figures of its year, as :func:`~builder.analyse.values.counts_a_share`
    reads them in one sentence.  A value the line bounds or states of a thing (``가용성은 99.99%``) is
    no share."""
    fact = facts[index]
    if not fact.quantities or any(q.kind != "percent" for q in fact.quantities):
        return False
    if not all(_SHARE.match(fact.text, q.end) and not stated_as_a_bound(fact.text, q) for q in fact.quantities):
        return False
    if fact.parent is not None:
        return mentions_a_share(facts[fact.parent].text)
    lead = index - 1
    while lead >= 0 and facts[lead].parent is None and facts[lead].kind in _ITEMS and fact.kind in _ITEMS:
        lead -= 1
    return lead >= 0 and facts[lead].kind == "paragraph" and mentions_a_share(facts[lead].text)


_SHARE = re.compile(r"\s*(?:(?:가|이|의|는)(?=\s|$)|$)")
"""After a share: the particle of those it counts (``90%가 사용 중``, ``응답자의 58%의``), or the end
of an item (``AWS 32%``)."""
_ITEMS = ("bullet", "numbered")


def _sets_up_a_task(facts: Sequence[Fact], index: int, title: str) -> bool:
    """Whether the line is a setting (``이름 : 값``) under a bullet that names a task
    (``- vpc 네트워크 만들기``), or right under a heading that is a click path (``#### 콘솔 >
    '배치그룹' > '생성' 클릭``): a walkthrough's step, its value the writer's choice."""
    parent = facts[index].parent
    if parent is None:
        # A path clicked through (``… > '생성' 클릭``), not a heading that only ends in a verb (``내용
        # 체크``) or a breadcrumb (``EC2 > 인스턴스 유형 선택``).
        clicked = any(verb in title for verb in CLICK_VERBS)
        if not (clicked and STEP_RULE.applies(Line(title, (), "paragraph", False))):
            return False
    elif not names_a_task(facts[parent].text):
        return False
    return NAME_DESCRIPTION.match(facts[index].text) is not None


def _built_here(topic: Topic, facts: Sequence[Fact], index: int) -> bool:
    """Whether the line is written right under a heading or under lines that build something
    (:func:`~builder.analyse.values.builds_something`: ``## Subnet 만들기``, ``- NAT Instance 설정하기``),
    read as the card's context reads them.  A heading further up (``# 클러스터 구축하기`` over ``##
    컨트롤 플레인``) leaves sections that explain."""
    return any(builds_something(heading) for heading in (topic.title, *context_path(facts, index)))


def _set_by_a_step(facts: Sequence[Fact], roles: Sequence[LineRule | None], index: int) -> bool:
    """Whether the line is a ``이름: 값`` setting written right under a step (``- VpcId: Amazon VPC
    ID`` under ``… 복사 아이콘을 클릭하여 메모장에 복사합니다:``): what the step types or copies.  A
    setting with a value to learn (``- SSH: TCP 22번 포트`` under ``… 다음 포트를 입력합니다:``)
    stays a fact.  :func:`_sets_up_a_task` reads a named task's settings so."""
    fact = facts[index]
    parent = fact.parent
    return (
        parent is not None
        and roles[parent] is STEP_RULE
        and not fact.quantities
        and NAME_DESCRIPTION.match(fact.text) is not None
    )


def _without_what(fact: Fact, reason: str) -> Fact:
    """The fact without its what and which cards (another line defines the same name first)."""
    kinds = tuple(k for k in (fact.decision.kinds if fact.decision else ()) if k not in ("what", "which"))
    decision = Decision(kinds, kinds[0]) if kinds else Decision((), "repeat", reason)
    return replace(fact, decision=decision, defines=None)


def _without_file_name(topic: Topic, section: Section) -> Topic:
    """The topic without a subject when all it is known by is the name of a file of notes
    (``02-aws-saa-review`` over lines written before any heading): a card shows no file name
    above it.  A file named for its subject (``kube-proxy``) keeps it."""
    parts = [p.casefold() for p in re.split(r"[-_]+", section.title)]
    notes = any(p.isdigit() or p in NOTE_FILE_WORDS for p in parts) or _notes_file_word(section.title)
    return replace(topic, subject="") if notes and topic.subject == section.title else topic


def _notes_file_word(name: str) -> bool:
    """Whether a file's name of one word is the kind of name a file of notes is given, not a
    subject: a word of :data:`NOTE_FILE_WORDS` (``README``), perhaps with its number glued to it
    (``day1``, ``week8``, ``Review0201``), or a word of :data:`NUMBERED_FILE_WORDS` with its number
    (``step1``).  ``S3``, ``OS``, ``Aurora`` and ``Index`` name what the notes are about.

    >>> [_notes_file_word(n) for n in ("README", "day1", "Review0201", "step1", "S3", "Aurora", "Index", "Step")]
    [True, True, True, True, False, False, False, False]
    """
    word = re.fullmatch(r"(?P<word>[A-Za-z]+)(?P<number>\d*)", name)
    if word is None:
        return False
    folded = word["word"].casefold()
    return folded in NOTE_FILE_WORDS or (bool(word["number"]) and folded in NUMBERED_FILE_WORDS)


def field_labels(section: Section) -> frozenset[str]:
    """Names that open two or more ``이름 : 설명`` lines of a file (``요구사항:``, ``오답 함정:`` under
    every pattern of an exam-notes template): fields the author fills in, not terms.  Hidden, each
    would ask "which field is this?".

    Casefolded, for comparing with what the context shows."""
    counts: dict[str, int] = {}
    for topic in section.topics:
        for fact in topic.facts:
            named = NAME_DESCRIPTION.match(fact.text)
            if named and len(named["name"].strip()) <= NAME_DESCRIPTION_SHORT_NAME:
                name = named["name"].strip().strip("*").strip().casefold()
                counts[name] = counts.get(name, 0) + 1
    return frozenset(name for name, count in counts.items() if count >= 2)


def analyse_topic(
    topic: Topic,
    labels: frozenset[str] = frozenset(),
    page_name: str | None = None,
    usual: UsualModifiers | None = None,
    themes: frozenset[str] = frozenset(),
    *,
    story: bool = False,
    outline: bool = False,
    task: bool = False,
    page: PageText | None = None,
) -> Topic:
    """The topic with its facts' context, key terms and card decisions, its definition and lists;
    ``labels`` are the file's field labels (:func:`field_labels`), never hidden; ``page_name`` is
    what the page is known by when that names no subject (a file's slug, a title such as
    ``AWS-SCS-note``), so nothing under it is its definition; ``usual`` says which
    name the file writes before which noun (:func:`~builder.analyse.modifiers.usual_modifiers`);
    ``themes`` are the names it writes everywhere (:func:`~builder.analyse.themes.theme_names`);
    ``story`` says the page tells the writer's story of an exam (``… 실기 후기``), so what its
    lines recount in the past is the writer's own, while what they state stays a fact of the exam;
    ``outline`` says the topic lists the page's own sections (:func:`_outlines_the_page`), so a
    line of it that only names something is an entry of that outline; ``task`` says the topic
    states a task of a sheet of exercises (:func:`~builder.analyse.task_sheet.task_topics`), so its
    lines are the exercise's givens and requirements; ``page`` is the file's text,
    to tell a name the notes use from wording they write once (:func:`~builder.analyse.wording.said_once`)."""
    facts = topic.facts
    under = children_of(facts)  # each line's lines written under it (its children)
    parents = set(under)
    roles = [
        line_role(Line(f.text, f.spans, f.kind, i in parents, leads_items=_leads_items(facts, i, parents)))
        for i, f in enumerate(facts)
    ]
    numbered = numbered_labels([topic.title, *(f.text for f in facts)])  # ``T1``/``T2``, ``t1``…``t3``
    diary_days = frozenset(i for i, f in enumerate(facts) if CALENDAR_DAY.match(f.text))  # ``2024.07.12(금)``
    lettered: dict[int | None, int] = {}  # lines opening with ``a.``/``B)`` under each line (None: the heading)
    bracketed: dict[int | None, int] = {}  # lines opening with ``(1)`` under each line
    for f in facts:
        if OPTION_LETTER.match(f.text):
            lettered[f.parent] = lettered.get(f.parent, 0) + 1
        if OPTION_NUMBER.match(f.text):
            bracketed[f.parent] = bracketed.get(f.parent, 0) + 1
    heading_asks = asks_outright(topic.title)
    stems = answered_stems(facts)
    told = story or tells_a_story(topic)
    sources: set[int] = set()  # the lines under a label of a list of sources
    options = offers_its_options(topic)
    for index, fact in enumerate(facts):
        if options and fact.parent is None and fact.kind == "numbered":
            # ``### … 튜플의 수를 무엇이라 하는가?`` over ``1. Degree`` … ``4. Cartesian Product``, or any
            # question over ``정답: 2``: the lines on offer, whatever each would be alone (``접속한다``, a step)
            roles[index] = CHOICES_RULE
            continue
        if index in stems and roles[index] is None:
            roles[index] = QUESTION_RULE  # ``3. 회사는 … 확장해야 한다`` over ``-> ALB를 …``: an exam question
        placed = roles[index] is None  # its role, if any, is where it stands, not what it says
        if placed:
            roles[index] = role_under_heading(topic, fact)  # ``### 상황``, ``## Q27``, ``### 정답``, ``## 참고``
        if placed and task and roles[index] is None and not ANSWER_OPENER.match(fact.text):
            roles[index] = EXAMPLE_RULE  # ``database 네임스페이스로 나가는 트래픽만 허용``: a requirement to meet
        if roles[index] is None and told and (recounts(fact.text) or talks_to_the_reader(fact.text)):
            # ``… 1번씩만 풀었습니다``, ``… 결제하시면 돼요`` under ``## 시험 후기``: what the writer did or advises
            roles[index] = PERSONAL_RULE
        if roles[index] in (None, LIST_COUNT_RULE) and outline and names_only([fact.text]):
            roles[index] = TOC_RULE  # ``* 소프트웨어 특징 4가지`` under ``## 정리``: the page's outline
        if fact.parent is not None and (fact.parent in sources or labels_sources(facts[fact.parent].text)):
            # ``[ 참고 사이트 ]`` over ``- 인프런 강의 중 …`` and what is written under that: its sources
            sources.add(index)
            roles[index] = roles[index] or REFERENCE_RULE
        if roles[index] is None and _a_surveys_share(facts, index):
            roles[index] = STATISTIC_RULE  # ``- 90%가 개발에 사용 중`` under ``한 설문조사에 따르면,``
        if index in topic.records and roles[index] is None:
            roles[index] = EXAMPLE_RULE  # a row of example data (``| 1 | 성섭 | 실버3 |``)
        if roles[index] is None and _sets_up_a_task(facts, index, topic.title):
            roles[index] = EXAMPLE_RULE  # ``용량 할당 : 1TB`` under ``- 인스턴스 만들기``: the writer's setting
        if roles[index] is None and acts_in_a_console(fact.text) and _built_here(topic, facts, index):
            roles[index] = STEP_RULE  # ``Availability Zone 설정 (us-east-1a)`` under ``## Subnet 만들기``
        if roles[index] is None and any(
            roles[i] is QUESTION_RULE and asks_outright(facts[i].text) for i in under.get(index, ())
        ):
            # ``12. 개발자가 … 설정하고 있습니다.`` over ``어떻게 해야 하는가?``: the premise.  A line
            # that names a topic (``… 반환하는 방법``) asks nothing of the line it is written under.
            roles[index] = QUESTION_RULE
        parent_role = roles[fact.parent] if fact.parent is not None and fact.parent < index else None
        if parent_role is not None and parent_role.name in ("example", "arithmetic") and roles[index] is None:
            roles[index] = parent_role  # the lines of an example are the example
        if (
            parent_role in (LABEL_RULE, TITLE_RULE)
            and roles[index] is None
            and fact.parent is not None
            and introduces_an_example(facts[fact.parent].text)
        ):
            # ``- 예시`` over ``- Page size = 16bytes``, ``- 첫번째 예제`` over ``- 3번 프로세스``, ``- ex)
            # 192.168.2.0/24`` over ``- 앞의 24비트는 …``: the example's givens and its working
            roles[index] = EXAMPLE_RULE
        pointed = fact.parent is not None and fact.parent < index and points_to_an_example(facts[fact.parent].text)
        role = roles[index]
        if (
            pointed
            and parent_role is None
            and (role is None or role.name == "unfinished")
            and not says_a_limit(fact.text)
        ):
            # ``… 자동 이동 (예시 참고)`` over ``- 90일 유지``: the example it points to.  A line that says a
            # bound (``Deep Archive 최소 보관 기간은 180일``) states the limit the example plays out.
            roles[index] = EXAMPLE_RULE
        if (
            # An option worded as an instruction (``B. 보존 기간을 14일로 설정합니다.``) is a choice all the same.
            (roles[index] in (None, STEP_RULE) or (placed and roles[index] is EXAMPLE_RULE))
            and fact.parent is not None
            and (parent_role is QUESTION_RULE or _titles_its_options(facts, fact.parent, parent_role))
            and (
                _numbers_an_option(fact.text, lettered.get(fact.parent, 0))
                or _an_exams_bracketed_option(facts, index, bracketed.get(fact.parent, 0))
            )
        ):
            # ``① 데이터 결합도는 …``, ``c. … 저장하는 것`` under ``… 설명으로 틀린 것은?``: one
            # choice, a wrong one maybe, under ``## 예상 문제`` too
            roles[index] = CHOICES_RULE
        label = facts[fact.parent].text.strip() if parent_role is LABEL_RULE and fact.parent is not None else None
        if (
            roles[index] is None
            and heading_asks
            and (fact.parent is None or label is not None)
            and _numbers_an_option(fact.text, lettered.get(fact.parent, 0))
            and not _explains_an_option(fact.text)
            # Options are listed under their label (``- 선지``) or are bare names; lettered statements
            # right under the heading answer it (``A) SSE-S3는 … 암호화를 한다``), and so does a list
            # under ``- 해설``.
            and (label is not None or not has_predicate(OPTION_LETTER.sub("", fact.text, count=1)))
            and not (label is not None and label.startswith(EXPLANATION_OPENERS))
        ):
            # ``- A) CNAME record`` under ``## Q1. … Which record type?`` (or its ``- 선지`` label):
            # one option of the question the heading asks, a wrong one maybe
            roles[index] = CHOICES_RULE
    for index in _other_options(facts, roles):
        roles[index] = CHOICES_RULE  # ``- SNS와 통합`` beside ``- DynamoDB Streams 사용 (Answer)``
    for index in _lettered_beside_options(facts, roles):
        roles[index] = CHOICES_RULE  # ``- D) Dead-letter queue → 배달 못한 편지 큐`` after ``- C) FIFO queue``
    for index in _lettered_after_a_question(facts, roles):
        roles[index] = CHOICES_RULE  # ``…전략은 무엇입니까?`` then ``A) …`` to ``D) …``, lines of one paragraph
    for index in range(1, len(facts)):
        if roles[index] is None and roles[index - 1] is CHOICES_RULE and _goes_on_with_an_option(facts, index):
            roles[index] = CHOICES_RULE  # ``A. 각 리전에 버킷을 생성합니다.`` / ``버킷 간 복제를 구성합니다.``
    for index in scenario_before_its_choices(facts, roles, topic.title):
        if roles[index] is None:
            roles[index] = EXAMPLE_RULE  # ``다음 정책이 적용되었습니다:`` above ``… 상태는?`` and its choices
    walked = walkthrough_steps(facts, [role is STEP_RULE for role in roles])
    for index in walked:
        if roles[index] is None:
            roles[index] = STEP_RULE  # ``테이블에서 … 스택을 찾습니다`` among ``… 버튼을 클릭합니다``: a step too
    for index in range(len(facts)):
        if roles[index] is None and _set_by_a_step(facts, roles, index):
            roles[index] = EXAMPLE_RULE  # ``- VpcId: …`` under ``… 메모장에 복사합니다:``: what the step copies
    # ``네트워크 상의 … 토큰으로 …`` / ``정답`` / ``- 쿠키``: an exam question that describes its key,
    # under an exercise heading too; its description asks the key as a definition does its name.
    # ``A ____ is the core of …`` over ``1. kernel`` … ``4. system call``, the right one in bold: a
    # quiz's options, which the question and its bold key ask.
    choices, quiz_keys = numbered_choices(facts, roles, under)
    for index in choices:
        roles[index] = CHOICES_RULE
    keyed, about_the_key, key_lines = keyed_descriptions(facts, roles, _names_a_term)
    keyed |= {q: name for q, name in quiz_keys.items() if _names_a_term(name)}
    # ``… DBMS의 특징은 무엇인가?`` over ``(1) …`` … ``(4) …`` and ``[답] 3``: the question describes its key
    keyed |= {q: name for q, name in bracketed_keys(facts, roles).items() if _names_a_term(name)}
    for index in keyed:
        roles[index] = None
    for index in scenario_of_a_numbered_question(facts, roles) - set(keyed) - set(about_the_key):
        if roles[index] is None or roles[index] is QUESTION_RULE:
            roles[index] = EXAMPLE_RULE  # ``… 운용 중.`` ``… 배치.`` ``… 제안 사항은?``: the question's scenario
    statements = {i for i, role in enumerate(roles) if role is None}
    above = read_under(topic)
    shown_context = [c for c in (*above, topic.subject, topic.aspect, topic.title) if c]
    comparisons = tuple(
        _asked_by_its_sentence(c) if c.origin == "parallel" else c
        for c in real_alternatives(topic.comparisons, facts, statements, labels)
    )
    compared = {i for c in comparisons if c.origin != "parallel" for i in c.facts}
    tips = tuple(t for t in topic.tips if t.fact in statements and _is_tip(t, facts[t.fact]))
    use_cases = {t.fact for t in tips if t.kind == "use_case"}
    # ``=> 테이블 잠금 발생``: a consequence of the line before it, which its card would not show (the
    # cheat sheet keeps it as the conclusion it is).  A line right under its parent leans on what
    # the card shows as its context; under a question (its heading, its line or the line before)
    # a line after an arrow is the answer.
    asked = QUESTION_END.search(topic.title) is not None
    for index in sorted(statements - compared - use_cases):
        parent = facts[index].parent
        shown_before = parent is not None and parent == index - 1
        answers = asked or any(
            i is not None and roles[i] is QUESTION_RULE
            for i in (parent, index - 1 if index and facts[index - 1].parent == parent else None)
        )
        if not shown_before and not answers and follows_from_before(facts[index].text):
            roles[index] = LEANING_RULE
            statements.discard(index)
    said = _said_terms(facts, statements - compared - use_cases, topic.subject)
    named = _named_below(facts, roles, statements - compared - use_cases - set(said), under) | keyed
    said |= named
    candidates = statements - compared - use_cases - set(said)
    definition = _definition(topic, facts, roles, candidates) if topic.subject != page_name else None
    taken = compared | use_cases | ({definition} if definition is not None else set())
    lists = list_groups(facts, taken | (set(range(len(facts))) - statements) | {t.fact for t in tips}, topic.title)
    listed = {i for group in lists for i in group.items}

    open_statements = statements - compared - use_cases - {definition}
    defined_terms = _sub_terms(facts, roles, open_statements) | said

    unnamed = {i for i, role in enumerate(roles) if role is not None and role.name in _UNNAMING_RULES}
    topic_names = {squashed(name) for name in (topic.subject, topic.title, topic.aspect or "") if name}
    umbrella = {squashed(split_title(a)[0]) for a in topic.ancestors} - {""}
    # ``A의 잔고가 …``, ``B의 잔고가 …``: two or more one-letter actors make the topic a worked example.
    worked_example = len({letter for f in facts for letter in letter_actors(f.text)}) >= 2
    # ``데이터: 27.8 GB`` over ``(27.8 + 20) × $0.114``: the numbers a calculation of the topic works with.
    table_rows = [f.text for f in facts if f.kind == "table_row"]
    row_of = {i: n for n, i in enumerate(i for i, f in enumerate(facts) if f.kind == "table_row")}
    calculations = [f.text for f, role in zip(facts, roles, strict=True) if role == ARITHMETIC_RULE]
    worked = frozenset().union(*map(worked_numbers, calculations))
    # ``port: 80`` in the topic's manifest: the numbers its code sets, which the prose may tell again.
    sample = sample_numbers([f.text for f in facts if f.kind == "code"])
    analysed: list[Fact] = []
    for index, fact in enumerate(facts):
        # ``One Zone IA › One Zone IA``: a parent that only names the topic again says nothing.
        context = tuple(c for c in context_path(facts, index, unnamed) if squashed(c) not in topic_names)
        if index in keyed:
            context = ()  # the question is on the card; a line it is read under may be another question's
        elif index in named:
            context = (*context, named[index])  # ``… 이상인 무선 인터넷 접속 체계``: of the name under it
        elif index in about_the_key:
            # ``128비트 키를 쓴다`` in the question keyed ``WPA2``: of WPA2, not of the exam's session
            # or the question's number, which are all the lines above it say
            context = (about_the_key[index],)
        links = _link_ranges(fact)
        # ``128비트 160비트 이런 식으로``: a value that only illustrates is no term for a fact card either
        illustrative = tuple(
            q for q in fact.quantities if illustrates(fact.text, q, fact.quantities, worked_example=worked_example)
        )
        set_up: set[int] = set()
        if fact.quantities:
            where = context[-1] if context and _names_a_place(context[-1]) else ""
            # A value its context line already shows (``/16`` under ``172.16.0.0/16``) asks nothing.
            in_sight = (*context, *shown_context)
            shown_values = " ".join(in_sight)
            example_values = example_variables(fact.text, fact.quantities)
            measured = tuple(
                replace(q, measure=_measure(fact, q, where), hint=blank_hint(fact.text, q, fact.quantities, in_sight))
                for q in fact.quantities
                if not _value_shown(q.text, shown_values)
                # ``4개의 계층`` under ``TCP/IP 4계층``, ``최소 3번`` under ``3-Way Handshake``
                and not counted_in_view(fact.text, q, shown_values)
                # ``2^10 = 1024, 즉 1024개``: the line shows the number again.
                and not given_away(fact.text, q, fact.quantities)
                and q.start not in example_values  # ``A = 1,000, B = 2,000으로 가정``: a worked example's
                and not names_an_example_network(q)  # ``Public Subnet: 10.0.0.0/24``: an example's address
                and not works_out_an_example_network(fact.text, q)  # ``/26``: ``앞의 26비트``, ``총 64개``
                and not counts_a_list(fact.text, q)  # ``A, B, C의 3가지``: counted off the line
                and not points_to_its_kinds(fact.text, q)  # ``아래 3가지 요소``, ``3가지 정도``: how many were written
                and not counts_a_share(fact.text, q)  # ``9%의 시장점유율``: a market's figure of one year
                # ``4개 레벨`` over four lines: the list's title, counted off the list
                and not titles_its_lines(fact.text, q, [facts[i].text for i in under.get(index, [])])
                and not says_several(fact.text, q)  # ``2개 이상의 디스크``: several, no minimum
                and not counts_one_as_a_word(fact.text, q)  # ``1대의 클라이언트``: "a client"
                and not in_a_series(fact.text, q, fact.quantities)  # ``10회, 20회, 30회``: guessed off its neighbours
                and not says_always(fact.text, q)  # ``1년 365일 24시간 운용``: an idiom's numbers
                and not _instructs(fact.text[q.end :])
                and not PAGE_BEFORE.search(fact.text[: q.start])  # ``(72p 15번)``: an exercise
                and q not in illustrative
                # ``데이터: 27.8 GB`` over ``(27.8 + 20) × $0.114``: a label and the values the calculation
                # uses; a line with a value it does not use states them (``월 40만 GB초 무료, 이후 …당 $1``)
                and not (
                    feeds_a_calculation(q.text, worked)
                    and NAME_DESCRIPTION.match(fact.text)
                    and all(feeds_a_calculation(other.text, worked) for other in fact.quantities)
                )
                and not told_from_a_sample(fact.text, q, sample)  # ``서비스가 80포트를 받아`` over ``port: 80``
                # Under ``- 구매 옵션 (비유)``: the analogy's numbers (its names may still be compared).
                and not (fact.parent is not None and EXAMPLE_LABEL.search(facts[fact.parent].text))
                # ``[1번](https://…) URL 클릭``: a link's text names a link, not a value.
                and not any(start < q.end and q.start < end for start, end in links)
            )
            # ``Public Subnet : 2개`` under ``VPC``: the writer's own set-up, which no limit bounds;
            # ``문제: … port 80에 노출``: the givens of the writer's exercise
            headings = (topic.title, *topic.ancestors, *context)
            set_up = {
                q.start
                for q in measured
                if givens_of_an_exercise(fact.text, q) or sets_up(fact.text, q, headings, row=fact.kind == "table_row")
            }
            fact = replace(fact, quantities=tuple(q for q in measured if q.start not in set_up))
        role = roles[index]
        # ``ack#100`` over ``99번까지 받았고 100번을 기다린다``: a limit card would show its own answer
        value_shown = any(_value_in_view(q, (*context, *shown_context)) for q in fact.quantities)
        if (fact.parent in named and role is not CHOICES_RULE) or index in key_lines:
            analysed.append(replace(fact, context=context, decision=Decision((), "names_above", NAMES_ABOVE_REASON)))
            continue
        if role is not None:
            # A value keeps its card whatever else the line is (``따라서 50Gbps 이상이면 …``,
            # ``발생 조건(4가지):``): the limit card shows the line whole, under its context.
            keeps_limit = (
                role.name in _LIMIT_KEEPING_RULES
                and fact.quantities
                and _says_what_it_measures(fact)
                and not value_shown
                and not (role.name == "leaning" and points_elsewhere(fact.text))
                and not (role.name == "step" and (narrates(fact.text) or index in walked))
                # ``- 강의 수강 (2시간 내외)`` over what was studied, under a day of the writer's calendar
                and not (_values_in_a_closing_aside(fact) and descends_from(facts, index, diary_days))
                # ``Q. 최대 80PB의 데이터를 옮길 때 …?``: the value is the question's premise, as it is
                # in a question answered by the lines under it (``…90%의 읽기가 몰릴 때 … 방법.`` over
                # ``> DAX …``) unless it bounds something (``최대 5TB인 객체를 올리는 방법``); a line
                # only read as a question by its last word, with nothing under it (``데드락의 4조건 중
                # … 방법``), keeps it.
                and not (role.name == "question" and (asks_outright(fact.text) or index in stems))
                and not (
                    role.name == "question"
                    and under.get(index)
                    and not any(bounds_something(fact.text, q) for q in fact.quantities)
                )
            )
            decision = Decision(("limit",), "limit") if keeps_limit else Decision((), role.name, role.reason)
            analysed.append(replace(fact, context=context, decision=decision))
            continue
        in_view = (*shown_context, *context)
        terms = key_terms(fact.text, fact.spans, context=in_view, quantities=(*fact.quantities, *illustrative))
        # ``RDS`` in a line under ``## RDS › ### Storage Autoscaling``: the notes' umbrella, not a fact.
        terms = tuple(
            t
            for t in terms
            if t.text.casefold() not in labels
            and squashed(t.text) not in umbrella
            # ``OAI (Origin Access Identity)``: the words the acronym stands for give it away, on
            # the line or in its context (``CLB`` under ``Classic Load Balancer``).
            # ``ATP 고급위협보호`` beside ``Advanced Threat Protection``, ``Amazon ECR`` under ``EC2
            # Container Registry``: the acronym that opens it (after a vendor's name), too, when
            # spelled word for word: ``IAM 사용자`` under ``Identity and Access Management`` still
            # asks which of IAM's things the line is about.
            and not _spelled_in_view(t.text, " ".join((fact.text[: t.start], fact.text[t.end :], *in_view)))
            # ``Time – To – [...]`` under ``TTL``: the line spells out an acronym in view.
            and not (t.text.isascii() and part_of_a_spelling(t.text, fact.text, in_view))
            # ``원격으로 [...] 인스턴스에 접속``: the noun left in view is the one these notes always name so.
            and not (usual is not None and usual.give_away(t.text, fact.text, t.end))
            # ``[도커 허브(링크)](https://…)``: a link's text points elsewhere; hidden, the blank holds a link.
            and not any(start < t.end and t.start < end for start, end in links)
            and not asks_a_label(t.text, numbered)  # ``t3에서 control을 회복한 CPU``: an instant of a figure
            # ``[...]: 분석용 데이터셋 준비`` hiding ``Step 1.1``, the label the line opens with
            and not (ORDINAL_LABEL.match(t.text) and not fact.text[: t.start].strip(" *_#>-[]("))
        )
        kinds: list[CardKind] = []
        time_spent = _values_in_a_closing_aside(fact) and descends_from(facts, index, diary_days)
        if fact.quantities and _says_what_it_measures(fact) and not time_spent and not value_shown:
            kinds.append("limit")
        if index in compared:
            kinds.append("comparison")
        defines = defined_terms.get(index)
        asked_above = False  # the heading asks the question the definition answers
        restated = (index == definition or bool(defines)) and restates_its_name(defines or topic.subject, fact.text)
        if restated:
            defines = None  # ``스위치는 스위칭을 하는 장비``: the name again, nothing to ask
        elif index == definition or defines:
            # A question's scenario (``홈 오토메이션은 … 알람을 낸다``) asks its key, but is no answer to
            # what the key is.
            asked_above = asks_for_the_name(topic.title, fact.text, defines or topic.subject)
            if not asked_above and (
                index not in keyed or (is_definition(fact.text, defines or "") and not leaves_a_blank(fact.text))
            ):
                kinds.append("what")
            specific = key_terms(fact.text, fact.spans, context=shown_context, min_score=SPECIFIC_SCORE)
            # A which card needs a definition only one thing fits: a term worth a card, or two specific ones.
            shown = [*shown_context, *(context[:-1] if index in named else context)] if defines else []
            # A description the notes name on the line under it is the writer's own flash card:
            # it asks the name whatever its terms.
            if (terms or len(specific) >= 2 or index in named) and _which_asks(
                defines or topic.subject,
                fact,
                specific,
                shown,
                flash_card=index in named,
                above=topic.ancestors,
                headings=(*topic.ancestors, topic.title),
            ):
                kinds.append("which")
        if index in keyed:
            # ``…키 길이는 128, 192, 256비트이다`` / ``정답: AES``: the line is the question, which its key
            # answers; its values and terms are asked with no subject shown, so only the key is asked.
            kinds = [k for k in kinds if k in ("what", "which")]
        tip = next((t for t in tips if t.fact == index), None)
        if (
            tip is not None
            and tip.kind == "use_case"
            and "what" not in kinds
            and _asks_subject(topic, tip.text)
            and not _under_another_name(facts, index, topic.subject)
        ):
            kinds.append("tip")
        if index in listed:
            kinds.append("list")
        # ``[...]에 객체를 업로드`` in notes that name S3 on every other line: the page answers it.
        # ``[...]을(를) 제공`` hiding ``애플리케이션 관리형 임시 대기열``: a description; its wording is no answer.
        # ``의미: [...]의 내용이 그대로`` hiding ``요청 URI``, written in row after row of its table.
        askable = tuple(
            t
            for t in terms
            if not counts_with_a_letter(t.text)
            and not is_theme(t.text, themes)
            and not describes(t.text)
            and not (fact.kind == "table_row" and frames_the_rows(t.text, table_rows, row_of[index]))
        )
        if not kinds:
            # ``Cloudwatch는 [...]``: as a fact card's only question, a blank that takes the rest of
            # a short line asks a riddle (an answer to a question above it is asked whole, below).
            askable = tuple(t for t in askable if not hides_the_rest(fact.text, t))
        # ``… 여러 리소스에 대해 [...]을(를) 설정`` hiding ``애플리케이션 규모 조정``: the writer's wording of
        # this one line, which no learner recalls word for word; another term of the line may still ask.
        wording = tuple(t for t in askable if page is not None and said_once(t.text, t.why, page))
        askable = tuple(t for t in askable if t not in wording)
        answer = not kinds and not askable and not wording and answers_its_question(facts, index, roles)
        if answer:
            askable = whole_answer(fact.text)  # ``LOC 기법`` under ``… 기법을 무엇이라고 하는지 쓰시오``
        refused = _fact_refused(fact.text, context, answer) if not kinds and askable else None
        if refused is None and not kinds and askable and not answer:
            # ``5강 ⏎ 기존 [...]에 비해 빠른 인프라 구성 시간``: nothing on the card says what the line is about
            path = (*above, topic.subject, topic.aspect or "", *context)
            blank = (askable[0].start, askable[0].end)
            if names_no_subject([p for p in path if p]) and not says_what_it_is_about(fact.text, blank):
                refused = "no_subject", FACT_REFUSALS["no_subject"]
        if not kinds and not askable and wording and not answer:
            refused = "said_once", FACT_REFUSALS["said_once"]
        if not kinds and ranks_by_commonness(fact.text):
            refused = "ranks", FACT_REFUSALS["ranks"]  # ``가장 일반적인 [...]``: the kind it ranks in
        if not kinds and set_up and refused is None:
            refused = "set_up", FACT_REFUSALS["set_up"]  # ``100 HTTP(80) 0.0.0.0/0``: a lab's rule
        if not kinds and asked_above and refused is None:
            refused = "asked_above", FACT_REFUSALS["asked_above"]
        if not kinds and askable and refused is None:
            kinds.append("fact")
        rule, reason = (_rule(kinds, tip), None) if kinds else refused or _no_card(index, parents)
        decision = Decision(tuple(kinds), rule, reason)
        first_sentence = _defining_sentence(fact.text) if "what" in kinds else None
        definition_text = fact.text if first_sentence is None else fact.text[first_sentence[0] : first_sentence[1]]
        says_use = "what" in kinds and (states_purpose(definition_text) or (index == definition and bool(use_cases)))
        analysed.append(
            replace(
                fact,
                context=context,
                terms=askable,
                decision=decision,
                defines=defines,
                says_use=says_use,
                defining_sentence=first_sentence,
            )
        )
    return replace(
        topic,
        facts=tuple(_excerpted(f) for f in _without_twin_blanks(analysed)),
        comparisons=comparisons,
        tips=tips,
        definition=definition,
        lists=lists,
        above=above,
    )


def _excerpted(fact: Fact) -> Fact:
    """The fact with the part its limit card shows, when the line is a paragraph (more than
    :data:`MAX_FACT_SENTENCES` sentences): the sentences that hold its values, not the paragraph
    around them, which buries the blank (graded WEAK: "worth knowing, but buried")."""
    if fact.decision is None or "limit" not in fact.decision.kinds or sentence_count(fact.text) <= MAX_FACT_SENTENCES:
        return fact
    excerpt = sentences_holding(fact.text, [(q.start, q.end) for q in fact.quantities])
    if excerpt is None or leans_on_another(fact.text[excerpt[0] : excerpt[1]]):
        return fact  # ``이 경우 최대 5TB``: the sentences before say what the value is of
    if NAME_DESCRIPTION.match(fact.text):
        excerpt = (0, excerpt[1])  # ``개선된 하드웨어 : …. 32비트의 …``: the label says what the values are of
    return replace(fact, excerpt=excerpt) if excerpt != (0, len(fact.text)) else fact


MIN_DEFINING_CHARS = 12
"""Characters (without spaces) a first sentence needs to stand for the definition on its own: a
shorter one (``정의.``, ``중요함.``) leans on the sentences after it."""


def _defining_sentence(text: str) -> tuple[int, int] | None:
    """(start, end) of the first sentence of a definition that goes on for more (``X는 … 서비스이다.
    처음에는 … 만들어졌다. …``), which its what and which cards show: graded blind, what cards
    whose answer ran to 120 characters or more were kept as they were 2 times in 18 (the learner
    recalls one thing); the cheat sheet shows the whole line.  None when the line is one sentence.

    >>> line = "큐는 먼저 들어온 요소를 먼저 꺼내는 자료 구조이다. 은행 창구의 대기열과 같다."
    >>> start, end = _defining_sentence(line)
    >>> line[start:end]
    '큐는 먼저 들어온 요소를 먼저 꺼내는 자료 구조이다.'
    >>> _defining_sentence("큐는 먼저 들어온 요소를 먼저 꺼내는 자료 구조이다.") is None
    True
    """
    if sentence_count(text) < 2:
        return None
    first = sentences_holding(text, [(0, 1)])
    if first is None or len("".join(text[first[0] : first[1]].split())) < MIN_DEFINING_CHARS:
        return None
    return first


TWIN_REASON = "asks what another line asks (the same words around its blank)"


def _without_twin_blanks(facts: list[Fact]) -> tuple[Fact, ...]:
    """Fact and limit cards whose fronts would read the same with different answers (``Hosted Zone
    생성을 수행한다`` and ``레코드 생성을 수행한다`` under one step list; ``1단계 복구`` and ``2단계
    복구``): no one can tell which is asked, so neither is made; their other cards stay."""
    twins = {"fact": _twins(facts, "fact"), "limit": _twins(facts, "limit")}
    out = []
    for index, fact in enumerate(facts):
        if fact.decision is not None and any(index in found for found in twins.values()):
            kinds = [k for k in fact.decision.kinds if index not in twins.get(k, set())]
            decision = Decision(tuple(kinds), fact.decision.rule, None) if kinds else Decision((), "twin", TWIN_REASON)
            fact = replace(fact, decision=decision)
        out.append(fact)
    return tuple(out)


def _twins(facts: list[Fact], kind: CardKind) -> set[int]:
    """The facts whose ``kind`` card (a fact's first term hidden, or each of a limit's values in
    turn, the others shown) reads the same as another's, under the same context, with another
    answer (``[...] 복구`` for ``1단계 복구`` and ``2단계 복구``), whatever their case and spacing."""
    fronts: dict[tuple[tuple[str, ...], str], list[tuple[int, str]]] = {}
    for index, fact in enumerate(facts):
        if fact.decision is None or kind not in fact.decision.kinds:
            continue
        hidden = (
            [(t.start, t.end) for t in fact.terms[:1]]
            if kind == "fact"
            else [(q.start, q.end) for q in fact.quantities]
        )
        for start, end in hidden:
            # ``Port [...]`` and ``port [...]`` read the same to a learner
            front = " ".join((fact.text[:start] + "[...]" + fact.text[end:]).casefold().split())
            context = tuple(" ".join(part.casefold().split()) for part in fact.context)
            fronts.setdefault((context, front), []).append((index, fact.text[start:end]))
    return {i for found in fronts.values() if len({a for _, a in found}) > 1 for i, _ in found}


def _link_ranges(fact: Fact) -> list[tuple[int, int]]:
    """Where the fact's text is the text of a link."""
    ranges, at = [], 0
    for span in fact.spans:
        if span.href is not None:
            ranges.append((at, at + len(span.text)))
        at += len(span.text)
    return ranges


def _instructs(after: str) -> bool:
    """Whether the words after a count instruct an exam question (``(2개 선택)``, ``2개를 선택하세요``)."""
    return re.sub(r"^\s*(?:을|를)?\s*", "", after).startswith(QUIZ_INSTRUCTIONS)


def _value_shown(value: str, shown: str) -> bool:
    """Whether ``value`` stands in ``shown`` as a value of its own (``/16`` in ``10.0.0.0/16``; not
    ``5개`` in ``15개``)."""
    before = r"(?<![\d.,])" if value[:1].isdigit() else ""
    return re.search(rf"{before}{re.escape(value)}(?![\d])", shown) is not None


def _value_in_view(quantity: Quantity, view: Sequence[str]) -> bool:
    """Whether a card hiding the value would still show it: its number, bare, in the context above
    (``ack#100`` over ``… 100번 시퀀스를 기다린다``, ``16진수`` over ``총 16개의 숫자``, ``mod 16384`` over
    ``16384개의 슬롯``).  A number glued after a letter is a name's (``S3``, ``EC2``), one in a date is
    the date's (``3/15``), and a lone digit names too many things (``2차원`` over ``2번``).

    >>> from builder.analyse.quantities import find_quantities
    >>> hundred = next(q for q in find_quantities("99번까지 받았고 100번을 기다린다") if q.text.startswith("100"))
    >>> _value_in_view(hundred, ("TCP", "ack#100")), _value_in_view(hundred, ("S100 시리즈",))
    (True, False)
    """
    number = _FIRST_NUMBER.search(quantity.text)
    if number is None or quantity.low != quantity.high:
        return False
    if len(number[0].replace(",", "").replace(".", "")) < MIN_SHOWN_DIGITS:
        return False  # ``2차원 배열`` over ``직각 삼각형 2번``: a lone digit names too many things
    # ``ack#100``, ``16진수``, not ``3/15`` (a date)
    shown = rf"(?<![\w.,/:-]){re.escape(number[0])}(?![\d.,/:])"
    return any(re.search(shown, part) for part in view)


_FIRST_NUMBER = re.compile(NUMBER_PATTERN)
MIN_SHOWN_DIGITS = 2
"""Digits of a value whose number, seen in the context, gives it away."""


def _measure(fact: Fact, quantity: Quantity, where: str) -> str:
    """What the quantity measures, after the name of the bullet it is written under
    (``Glacier Deep Archive · 검색 시간``); empty when the line does not say."""
    phrase = measure_of(fact.text, quantity, fact.quantities)
    if phrase and where and where.casefold() not in phrase.casefold():
        return f"{where} · {phrase}"
    return phrase


def _names_a_place(context: str) -> bool:
    """A bullet short enough, and without a predicate, to name where a value belongs."""
    return len(context) <= MAX_PLACE_CHARS and not has_predicate(context)


def _limits(fact: Fact) -> bool:
    """Whether the line states a limit: a value with a unit.  A port number or a setting's bare
    value (``HTTPS는 443 포트를 쓰는 프로토콜이다``) does not stop it from being a definition."""
    return any(q.unit not in ("port", "") for q in fact.quantities)


def _says_what_it_measures(fact: Fact) -> bool:
    """``10.0.0.0/8`` alone on a line under ``사설 대역은?`` asks ``[...]`` with its siblings' answers
    just as right: a limit card needs words of its own beside its values."""
    rest = fact.text
    for quantity in sorted(fact.quantities, key=lambda q: -q.start):
        rest = rest[: quantity.start] + rest[quantity.end :]
    return sum(c.isalpha() for c in rest) >= 2


def _rule(kinds: list[CardKind], tip: Tip | None) -> str:
    if "tip" in kinds and tip is not None:
        return f"tip:{tip.kind}"
    return kinds[0]


FACT_REFUSALS = {
    "fragment": "names things but states nothing of them (no predicate): a blank in it asks nothing",
    "premise_cut": "its premise is too long to show above the blank (read on the cheat sheet)",
    "paragraph": "a paragraph of several sentences: one blank in it asks no one thing (read on the cheat sheet)",
    "ranks": "only ranks its subject by how common it is (read on the cheat sheet)",
    "long_line": "too long to ask one thing: a blank in so much text is a riddle (read on the cheat sheet)",
    "said_once": "its only term is wording the notes write once, not a name they use (read on the cheat sheet)",
    "no_subject": "neither its context (a lecture's number, a question's, a label) nor the line says what it is about",
    "set_up": "a value of the writer's own set-up or example, which no limit bounds (read on the cheat sheet)",
    "asked_above": "answers the question its heading asks: a card asking what it is would show the answer above it",
}
"""Why a statement with a key term still makes no fact card."""

MAX_FACT_SENTENCES = 2
"""Sentences a fact card may show around its blank.  A third makes a paragraph: graded blind,
no fact card from a line of three sentences or more was worth keeping (16 of 16 weak or bad)."""

MAX_FACT_CHARS = 160
"""Characters of a line a fact card may hide one term in.  Graded blind over 300 files, fact cards
from lines of up to 160 characters were 45–59 % worth keeping as they were; from longer lines,
6 of 50 (the rest a clause to find in a wall of text, or a term any reader of it could guess)."""


def _fact_refused(text: str, context: tuple[str, ...], answer: bool) -> tuple[str, str] | None:
    """The rule and reason when a fact card would ask a riddle: the line is a bare noun phrase
    (``[...] tasks``, ``Blue/Green & [...]``) that answers no question above it, or the parent it
    depends on had to be cut short on the card (an exam question whose deciding clue is past the
    ``…``), or the line is a paragraph (:data:`MAX_FACT_SENTENCES`, :data:`MAX_FACT_CHARS`)."""
    if not answer and not states_something(text):
        return "fragment", FACT_REFUSALS["fragment"]
    if cut_short(context):
        return "premise_cut", FACT_REFUSALS["premise_cut"]
    if sentence_count(text) > MAX_FACT_SENTENCES:
        return "paragraph", FACT_REFUSALS["paragraph"]
    if not answer and len(without_glosses(text)) > MAX_FACT_CHARS:
        # an answer is asked by its question; a gloss (``운영 우수성(Operational Excellence)``) adds no reading
        return "long_line", FACT_REFUSALS["long_line"]
    return None


def _leads_items(facts: Sequence[Fact], index: int, parents: set[int]) -> bool:
    """Whether list items follow the line: its own, or items right after it at its level."""
    after = facts[index + 1] if index + 1 < len(facts) else None
    return index in parents or (
        after is not None and after.kind in ("bullet", "numbered") and after.parent == facts[index].parent
    )


def _no_card(index: int, parents: set[int]) -> tuple[str, str]:
    """The rule and reason of a statement that feeds no card."""
    if index in parents:
        return "heads_lines", "heads the lines under it (shown as their context)"
    return "no_key_term", "no key term worth hiding (shown on the cheat sheet)"


def _spelled_in_view(term: str, view: str) -> bool:
    """Whether ``view`` spells out the term's acronym: the term's own, or the one that opens it
    (:func:`_acronym_forms`) spelled word for word, as the rest of the term may ask for more."""
    whole = term.strip()
    return any(spells_out(name, view, word_for_word=name != whole) for name in _acronym_forms(term))


def _acronym_forms(term: str) -> set[str]:
    """The term, the acronym that opens it, after a vendor's name (``Amazon ECR`` → ``ECR``; three
    letters or more: ``IP 계층`` opens with no name worth matching), and the acronym it closes on in
    brackets (``교차 리전 복제(CRR)`` → ``CRR``, given away under ``Cross Region Replication``).

    >>> sorted(_acronym_forms("Amazon ECR")), sorted(_acronym_forms("교차 리전 복제(CRR)"))
    (['Amazon ECR', 'ECR'], ['CRR', '교차 리전 복제(CRR)'])
    """
    words = name_words(term)
    opening = words[0] if words and len(words[0]) >= 3 else ""
    closing = _CLOSING_ACRONYM.search(term)
    return {term.strip(), opening, closing[1] if closing else ""} - {""}


_CLOSING_ACRONYM = re.compile(r"[(（]([A-Z][A-Z0-9]{2,6})[)）]\s*$")


def _is_tip(tip: Tip, fact: Fact) -> bool:
    """Use cases and conclusions are tips; an emphasised line only when it states something
    (a bold item title is a name, not an exam tip)."""
    if tip.kind != "emphasis":
        return True
    return has_predicate(tip.text) or len(tip.text.split()) >= STATEMENT_WORDS


ASIDE_ROLES = frozenset(
    {"code", "no_words", "todo", "personal", "image", "toc", "source_tag", "reference", "label", "list_count"}
    | {"title", "matrix"}
)
"""Roles of lines that say nothing of the subject: they frame the notes (a picture, a link, a
label, a line heading others) or are the writer's own (a story, a to-do).  A definition written
after them is still the first line that says something."""


def _definition(
    topic: Topic, facts: tuple[Fact, ...], roles: list[LineRule | None], candidates: set[int]
) -> int | None:
    """The first top-level statement, if it says what the subject is or is for.

    Writers define a thing before they describe it.  A later line that reads like a definition
    is most often one more property (``- 중단을 견딜 수 있는 워크로드`` after ``- 최대 90% 할인``),
    so it defines the subject only when it names it (``X는 …이다``, ``X란 …``) or names the kind
    the headings above name (``… 데이터를 위한 Storage Class``).  Lines that say nothing of the
    subject come before it without taking its place (:func:`_says_something_first`, the
    :data:`ASIDE_ROLES`), and so does a quote, read aside as a memo or a callout unless it defines
    the subject itself."""
    if not topic.subject.strip() or VERSUS.search(topic.title) or QUESTION_END.search(topic.title):
        return None  # no subject, two subjects, or a heading that asks a question
    if SEVERAL_NAMES.search(topic.subject) or any(m.pos == "JC" for m in morphemes(topic.subject)):
        return None  # ``마스터 노드 & 워커 노드``: its first line defines neither alone
    subject = topic.subject.strip()
    if labels_a_part(subject):
        return None  # ``## 참조``, ``## Q27``, ``## Chapter 3``: a part of the page, not a thing to define
    if ends_as_a_sentence(subject):
        return None  # ``## 뮤텍스는 한 스레드만 접근 가능합니다``: a claim for a heading, no name to define
    if KIND_COUNT.search(subject):
        return None  # ``A. 컨테이너 오케스트레이션 종류 3가지``: a set of kinds; its lines define its members
    if names_a_case(subject):
        return None  # ``인덱스를 사용하기 좋은 경우``: a case, whose lines are its instances
    overview = topic.aspect is not None and strip_parenthetical(topic.aspect).casefold() in OVERVIEW_ASPECTS
    if topic.aspect and not overview and not _is_tagline(topic.aspect):
        return None  # ``EFS · 보안``: its lines say what the aspect is like, not what EFS is
    words = topic.subject.split()
    if words[-1] in PREDICATE_NOUNS:
        return None  # a task (``ASG 생성``) rather than a thing
    in_order = len(words) >= 2 and words[-1] == "순서" and words[-2] in PREDICATE_NOUNS  # ``ERD 작성 순서``
    if words[-1] in HOW_TO_NOUNS or in_order or names_a_task(topic.subject):
        return None  # ``백업 복구 절차``, ``레거시 앱 현대화하기``: how to do a thing, whose lines are its steps
    heads = {f.parent for f in facts if f.parent is not None}  # ``다른 thread와 공유하는 부분``: a sub-heading
    bare = (
        i
        for i, f in enumerate(facts)
        if f.kind == "bullet"
        and f.parent is None
        and i not in heads
        and getattr(roles[i], "name", None) not in ASIDE_ROLES
        and not states_something(f.text)
        and not spells_out(topic.subject, f.text)
    )
    first_bare = next(bare, None)  # the first item that only names a property (``- 확장성``)
    says_something = (
        i
        for i, f in enumerate(facts)
        if f.parent is None
        and f.kind in ("bullet", "paragraph")
        and getattr(roles[i], "name", None) not in ASIDE_ROLES
        and _says_something_first(f.text, topic.subject)
    )
    first_statement = next(says_something, None)
    for index in sorted(candidates):
        fact = facts[index]
        defines_another = _defines_another(fact.text, topic.subject)
        names_the_subject = squashed(fact.text).startswith(squashed(strip_parenthetical(subject)))
        # ``- 확장성`` ``- 내재된 중복 구현성`` under ``#### 서버리스 특징``: an item after a bare property
        # (a name that states nothing) is one more of the list, unless it names the subject (``TCP는 …``) or
        # the kind the headings above name (``… 데이터를 위한 Storage Class`` under ``S3 Storage Class``).
        after_the_first = first_statement is not None and first_statement < index
        after_a_bare_item = fact.kind == "bullet" and first_bare is not None and first_bare < index
        later_item = (
            (after_the_first or after_a_bare_item)
            and not names_the_subject
            and not _ends_in_the_kind_above(fact.text, topic)
        )
        if (
            fact.parent is None
            and index not in heads
            and fact.kind in ("bullet", "paragraph", "quote")
            and not later_item
            and not _limits(fact)
            and not defines_another
            and is_definition(fact.text, topic.subject)
        ):
            return index
    return None


def _asked_by_its_sentence(comparison: Comparison) -> Comparison:
    """A comparison written in one sentence (``X는 …, 반면 Y는 …``) with no side asked: its clauses
    cut apart read as fragments on a card (``독립적으로 실행 (반면``, ``… 관심을 가지고``), so the
    sentence makes its own card, whole, as the writer wrote it, when it has a term worth hiding.
    Held-out notes graded blind showed the cut cards 20 % GOOD and 33 % BAD, and those of lines
    with no other term no better (15 % GOOD): such a line makes no card, for that reason, and the
    cheat sheet still sets the sides against each other."""
    return replace(comparison, sides=tuple(replace(side, asked=False) for side in comparison.sides))


def _says_something_first(text: str, subject: str) -> bool:
    """Whether a line says something of the subject, so a definition after it is written too late:
    not a bare name (``침입 탐지 시스템``, the name in other words), not a line cut short
    (``CIDR은``, finished by the next), not another name of it (``…이라고도 한다``), not the
    writer's story, a question the next line answers (``페이징이란?``) or an announcement of the
    page (``이번 글에서는 …``), not the definition of another name (``Zone: 실제 데이터센터`` under
    ``Region``), not a list of keywords."""
    if not states_something(text) or runs_on(text) or ALSO_CALLED.search(text):
        return False
    if recounts(text):
        return False  # ``처음엔 헷갈렸는데 정리해 보니 간단했다``: the writer's story, not the subject's
    if QUESTION_END.search(text):
        return False  # ``페이징이란?``: it asks what the next line says
    if narrates(text):
        return False  # ``이번 글에서는 페이징을 다룬다``: it announces the page
    pieces = morphemes(text)
    if all(m.pos in NOUNISH or m.pos in INSIDE_NAME for m in pieces):
        return False  # ``침입 탐지 시스템`` under ``IDS``: nouns only, its name in other words
    if lists_by_commas(text) and not any(m.last_pos == "EF" for m in pieces):
        return False  # ``요구사항 반영 어려움, 보헴, 전통적인 방법``: the writer's keywords of it, no sentence
    return not _defines_another(text, subject)


def _defines_another(text: str, subject: str) -> bool:
    """Whether the line defines a name other than the subject (``Zone: 실제 데이터센터`` under
    ``Region``)."""
    named = NAME_DESCRIPTION.match(text)
    return (
        named is not None and named["name"].strip().casefold() not in subject.casefold()
    ) or _opens_with_another_name(text, subject)


def _ends_in_the_kind_above(text: str, topic: Topic) -> bool:
    """Whether the line's last word names the kind the headings above the topic name
    (``… 데이터를 위한 Storage Class`` under ``S3 Storage Class › S3 Standard-IA``)."""
    words = re.findall(r"[\w-]+", text)
    return bool(words) and any(words[-1].casefold() in heading.casefold().split() for heading in topic.ancestors)


def _sub_terms(facts: tuple[Fact, ...], roles: list[LineRule | None], candidates: set[int]) -> dict[int, str]:
    """Statements that define the term they are written under: the first child of a term line
    (a ``title``: ``- 웜(Worm)``) that says what it is.  Its what/which cards ask for the term."""
    found: dict[int, str] = {}
    for index in sorted(candidates):
        fact, parent = facts[index], facts[index].parent
        role = roles[parent] if parent is not None else None
        if parent is None or role is None or role.name not in ("title", "label") or _limits(fact):
            continue
        term = _term_of(short_form(facts[parent].text))
        if not _names_a_term(term) or SEVERAL_NAMES.search(term):
            continue
        if parent in {facts[i].parent for i in found} or not is_definition(fact.text, term):
            continue
        if any(facts[i].parent == parent for i in range(parent + 1, index)):
            continue  # only the first line under the term defines it
        named = NAME_DESCRIPTION.match(fact.text)
        own = named["name"].strip(" *") if named else ""
        labelled = own.casefold() in OVERVIEW_ASPECTS  # ``개념: …``, ``정의: …``: a label, not another name
        if (
            own
            and not labelled
            and _names_a_term(own)
            and squashed(own) not in {squashed(v) for v in name_variants(term)}
        ):
            continue  # ``BGP(…): AS 간 경로 정보 교환`` under ``외부 라우팅 프로토콜``: one of its kinds, defined
        found[index] = term
    return found


NAMES_ABOVE_REASON = "names the line above it (that line's what and which cards ask the name)"


def _named_below(
    facts: tuple[Fact, ...], roles: list[LineRule | None], candidates: set[int], under: dict[int, list[int]]
) -> dict[int, str]:
    """Statements named by the one line written under them, a glossary written description first
    (as flash cards and folded toggles are): ``- 두 지점 사이에 암호화된 터널을 만드는 사설망`` over
    ``가상 사설망 (VPN)``.  The statement defines that name, and its what and which cards ask it;
    ``under`` holds each line's children."""
    found: dict[int, str] = {}
    for index in sorted(candidates):
        children = under.get(index, [])
        if len(children) != 1 or children[0] in under or roles[children[0]] is not None:
            continue
        if facts[children[0]].kind != "paragraph":
            continue  # ``- 객체를 저장하는 스토리지 서비스`` over ``- 버킷``: a bullet under it is a part, no name
        name = facts[children[0]].text.strip()
        bare = without_glosses(name).strip()  # ``최소 권한 원칙 (Principle of Least Privilege)``: three words
        if _term_of(name) != name or not _names_a_term(bare) or squashed(name) in squashed(facts[index].text):
            continue
        if SEVERAL_NAMES.search(bare):
            continue  # ``인코딩/디코딩 , 압축/해제``, ``High performance and reliability``: what it does, no name
        if is_definition(facts[index].text, name):
            found[index] = name
    return found


def _said_terms(facts: tuple[Fact, ...], candidates: set[int], subject: str) -> dict[int, str]:
    """Statements that name what they define first: ``보안 그룹은 인스턴스 단위의 방화벽이다``
    defines 보안 그룹 (the topic's own subject is its definition, not a term of it)."""
    found: dict[int, str] = {}
    variants = {v.casefold() for v in name_variants(subject)} if subject.strip() else set()
    for index in sorted(candidates):
        fact = facts[index]
        phrases = noun_phrases(fact.text)
        if _limits(fact) or not phrases or phrases[0].start != 0:
            continue
        term, rest = phrases[0].text, fact.text[phrases[0].end :]
        opener = next((o for o in WHAT_IS_OPENERS if rest.startswith(o)), None)
        said = opener or fact.text[phrases[0].end : phrases[0].particle_end]
        if phrases[0].particle != "JX" and opener is None:
            continue
        if said not in (*TOPIC_PARTICLES, "이란", "란") and opener is None:
            continue
        if term.casefold() in variants or not _names_a_term(term):
            continue
        if rest[len(said) :].lstrip().startswith(NEGATIVE_COPULA):
            continue  # ``필수 명령어는 아니지만, …``: what the line's unnamed subject is not
        topic_of = "|".join(TOPIC_PARTICLES)
        if any(re.search(rf"{re.escape(v)}\s?(?:{topic_of})(?![가-힣])", rest.casefold()) for v in variants):
            continue  # ``TCP는 …하는데, SYN Flooding은 … 공격이다`` under ``SYN Flooding``: the subject's line
        if is_definition(fact.text, term) and len(rest) - len(said) >= MIN_DEFINITION_CHARS:
            found[index] = term
    return found


def _names_a_term(term: str) -> bool:
    """A term is a name: a few words, no particle outside brackets (``모든 계정의 중앙 관리`` is a
    statement), not a section label or an aspect (``대응 방안``)."""
    aspect = term.split()[-1].casefold() in {w.casefold() for w in ASPECT_WORDS} if term else True
    if not term or term.casefold() in SECTION_LABELS or term.endswith(ASPECT_HEADS) or aspect or len(term.split()) > 5:
        return False
    if term in GENERIC_NOUNS:
        return False  # ``현재는 …``: a word of the sentence, not a name
    if term.split()[0] in DEICTIC_NOUNS or term.split()[0] in VAGUE_MODIFIERS:
        return False  # ``다음은 …``, ``해당 포스트는 …``: the line points at something else
    if OPENS_WITH_A_DATE.match(term):
        return False  # ``1973년 NBS는 …``: when something happened, not a name
    if ORDINAL.match(term) and not term.split()[0].isascii():
        return False  # ``두번째는 redshift로 …``: a place in the writer's count (``3rd party 쿠키`` names one)
    if any(word in WHEN_NOUNS for word in term.split()[1:-1]):
        return False  # ``트랜잭션 수행 시 원본 페이지는 두고 …``: a time and what the clause acts on
    outside = without_glosses(term)
    return not any(m.pos.startswith("J") for m in morphemes(outside))


_ENCLOSED_LABEL = re.compile(r"[\[【]\s*(?P<label>[^\[\]【】]+?)\s*[\]】]")
"""A label set apart in brackets (``[ UDP 특징 ]``, ``【 RIP 】``), as others set it in bold."""


def _term_of(name: str) -> str:
    """``DoS 공격의 개념`` → ``DoS 공격``, ``세마포어에 대해 설명해주세요.`` → ``세마포어``, ``[ UDP ]``
    → ``UDP``: the term a heading line names."""
    name = without_what_is(name.strip().strip("*").strip())
    bracketed = _ENCLOSED_LABEL.fullmatch(name)
    if bracketed:
        name = bracketed["label"]  # ``[ UDP 특징 ]``: brackets set a label apart, as bold does
    for suffix in TERM_SUFFIXES:
        if name.endswith(suffix) and len(name) > len(suffix):
            return name[: -len(suffix)].strip()
    return name


def _opens_with_another_name(text: str, subject: str) -> bool:
    """The line opens with another name than the topic's subject: ``AWS Partner Network(APN)
    고객을 위한 … 프로그램`` under another heading, or a topic of its own (``맨 앞의 d는 …`` under
    ``권한``, ``사용자 그룹은 …`` under ``IAM Group``): what it says is about that, not the subject."""
    phrases = noun_phrases(text)
    if not phrases:
        return False
    first = phrases[0]
    if first.start == 0 and "SL" in first.pieces and first.particle in (None, "JX"):
        return not _same_name(first.text, subject)
    if first.start == 0 and text[first.end :].startswith(WHAT_IS_OPENERS):
        return not _same_name(first.text, subject)  # ``트랜잭션이란 …`` under ``Database``
    # The line's own topic: ``…은/는`` before its first predicate and first comma (a subject
    # ``…이/가`` there is often inside a clause that modifies the name: ``내구성이 뛰어난 서비스``).
    opening = [m for m in morphemes(text) if m.pos in ("VV", "VA", "XSV", "XSA") or m.surface in (",", "，")]
    limit = opening[0].start if opening else len(text)
    for phrase in phrases:
        if phrase.particle_end > limit:
            break
        said = text[phrase.end : phrase.particle_end]
        if phrase.particle == "JX" and said in ("은", "는"):
            return not _same_name(phrase.text, subject)
    # ``Index에 일반적으로 사용되는 구조는 B+Tree …``: the clause before the first topic only
    # modifies it; the line says what that structure is, not what an index is.
    pieces = morphemes(text)
    adnominal = next((n for n, m in enumerate(pieces) if m.start >= limit and m.last_pos == "ETM"), None)
    if adnominal is not None and all(m.pos not in ("EF", "EC") for m in pieces[:adnominal]):
        topic = next((p for p in phrases if p.start > pieces[adnominal].start), None)
        if topic is not None and topic.particle == "JX" and text[topic.end : topic.particle_end] in ("은", "는"):
            if topic.text.split()[-1] in ROLE_NOUNS:
                return False  # ``인덱스를 사용하는 목적은 …``: what the subject is for
            # ``실제로 통신에 사용하는 주소는 IP 주소이다`` under ``ARP``: a topic of its own, the subject
            # nowhere on the line, and another name said of it (``… 프로토콜은 ARP이다`` names the subject;
            # ``… 기술은 네트워크 주소 변환이다`` under ``NAT`` spells it out)
            named = re.search(r"[A-Za-z]", text[topic.particle_end :]) is not None
            elsewhere = subject.casefold() in text[: topic.start].casefold() or (named and not _mentions(text, subject))
            return not _same_name(topic.text, subject) and elsewhere
    return False  # ``AWS에 …``: a place or an object, not the name the line defines


def _mentions(text: str, subject: str) -> bool:
    """Whether the line writes the subject's name, a shorter form of it, or its last word
    (``프로토콜`` of ``주소 결정 프로토콜``)."""
    folded = squashed(text)
    words = strip_parenthetical(subject).split()
    forms = [*name_variants(subject), *words[-1:]]
    return any(squashed(form) in folded for form in forms if form.strip())


def _same_name(name: str, subject: str) -> bool:
    """Whether ``name`` names the subject: one holds the other (``S3`` in ``Amazon S3 개요``), or
    their head words (the last) are the same word, or one's head is the other's written in
    Hangul (``프로세스``/``Process``).  ``IAM 그룹`` is not ``IAM 사용자``: they share a prefix only."""
    variants = {v.casefold() for v in name_variants(subject)}
    folded = name.casefold()
    if any(v in folded or folded in v for v in variants):
        return True
    # Written with other spacing or a gloss between (``Kube Proxy`` for ``kubeproxy``,
    # ``기아(Starvation) 현상`` for ``기아 현상``): the same name.
    flat = squashed(name)
    for variant in map(squashed, variants):
        if min(len(variant), len(flat)) >= MIN_SQUASHED_CHARS and (variant in flat or flat in variant):
            return True
    head = _head(folded)
    heads = {_head(v) for v in variants} - {""}
    return bool(head) and any(head == h or sounds_alike(head, h) or sounds_alike(h, head) for h in heads)


MIN_SQUASHED_CHARS = 3
"""A name compared without its spaces must keep this many characters (``S3`` is compared as written)."""


def _head(name: str) -> str:
    """The last word of a name that is not a vendor's (``amazon ec2`` → ``ec2``)."""
    words = [w for w in re.findall(r"[^\W_]+", name) if w not in VENDOR_WORDS]
    return words[-1] if words else ""


def _asks_subject(topic: Topic, text: str) -> bool:
    """A use case asks for its subject: the subject must be named and not be written in it, and
    be what the use case is of.  Under ``Routing Policies - Latency-based`` the use case is
    Latency-based's, a name the card's context shows, not the subject's: no card."""
    subject = topic.subject.strip()
    if topic.aspect and not _is_tagline(topic.aspect) and not _is_aspect_word(topic.aspect):
        return False  # ``Amazon EKS - AWS에 컨테이너 실행`` is a tagline of EKS: its use cases are EKS's
    return bool(subject) and not any(v.casefold() in text.casefold() for v in name_variants(subject))


def _names_something(text: str) -> bool:
    """Whether the text names a product or a proper thing (a proper noun or a name in Latin
    letters, a vendor's aside, in either alphabet).

    >>> _names_something("하둡 클러스터 생성에 사용된다"), _names_something("AWS에서 배포 주기를 줄이는 데 쓴다")
    (True, False)
    """
    return any(m.pos in ("NNP", "SL") and m.surface.casefold() not in VENDOR_WORDS for m in morphemes(text))


def _under_another_name(facts: Sequence[Fact], index: int, subject: str) -> bool:
    """Whether the line is written under a line that names something other than the topic's
    subject (``- Weighted`` over ``- 사용 사례: 새 버전 테스트``, ``- DynamoDB - TTL: …`` over ``->
    사용 사례: …``): its use case is that thing's, which a card asking for the subject gets wrong."""
    parent = facts[index].parent
    if parent is None:
        return False
    entry = NAME_DESCRIPTION.match(facts[parent].text.strip())
    name = entry["name"] if entry else facts[parent].text
    return squashed(name) != squashed(subject)


def _is_tagline(aspect: str) -> bool:
    """An aspect with a particle in it (``Amazon EKS - AWS에 컨테이너 실행``) describes the subject: a
    tagline, not an aspect such as ``보안``."""
    return any(m.pos.startswith("J") for m in morphemes(aspect))


def _is_aspect_word(aspect: str) -> bool:
    folded = aspect.casefold().strip()
    return (
        folded in OVERVIEW_ASPECTS
        or folded in SECTION_LABELS
        or any(folded == w.casefold() or folded.endswith(w.casefold()) for w in ASPECT_WORDS)
    )


def _which_asks(
    subject: str,
    fact: Fact,
    terms: tuple[Term, ...],
    shown: Sequence[str] = (),
    *,
    flash_card: bool = False,
    above: Sequence[str] = (),
    headings: Sequence[str] = (),
) -> bool:
    """A which card shows the definition with the subject hidden: it needs enough left to read
    and a term of its own (a name, a compound), or several subjects would fit it; and neither its
    context (``shown``) nor the definition may give the answer in other words: the English name
    over a term written in Hangul (``Security Group`` over ``보안 그룹``), or the words an acronym
    stands for (``Elastic File System, …`` for ``EFS``), there or in a heading ``above`` it, the
    name a heading glosses it with (``Docker`` of ``Docker(도커)`` over a card asking ``도커``:
    ``headings`` are the topic's and those above it), or the name misspelt (``ElasitCache`` under
    ``ElastiCache``).  A ``flash_card`` (:func:`_named_below`) needs no term of its own."""
    if (not terms and not flash_card) or spells_out(subject, fact.text) or one_character(subject):
        return False
    if purpose_only(fact.text) and not _names_something(fact.text):
        # ``배포 주기를 줄이기 위해 사용한다``: many things are used for it; one used with a product
        # it names (``하둡 클러스터 생성에 사용``) is told by it
        return False
    labelled = NAME_DESCRIPTION.match(fact.text)
    if labelled and _same_name(labelled["name"], subject):
        return False  # ``클라우드: 사용자가 … 컴퓨팅 기술`` for 클라우드 컴퓨팅: the label names it
    # A part that writes the name is left off the card's front (``API 서버 kube-apiserver`` over
    # ``API 서버는 …``); one that names it otherwise would answer it.
    kept = without_the_name(shown, subject)
    if any(_same_name(part, subject) or shares_a_latin_word(part, subject) for part in kept):
        return False
    if any(spaced_otherwise(part, subject) for part in (*kept, *without_the_name(above, subject))):
        return False  # ``2절 도메인 네임 스페이스`` over a card asking ``도메인 네임스페이스``
    if any(spells_out(variant, part) for variant in name_variants(subject) for part in (*kept, *above)):
        # ``RDS`` under ``# Relational Database Service``: a heading on the front spells the answer out
        return False
    if any(_glossed_at(fact.text, variant) for variant in name_variants(subject)):
        return False  # ``온 프레미스(on-premise)는 …``: the gloss left beside the blank answers it
    visible = fact.text
    for variant in name_variants(subject):
        visible = _remove_casefold(visible, variant)
    context_shown = [part.casefold() for part in kept]
    front = [*context_shown, visible.casefold()]
    if any(other.casefold() in part for other in _glossed_as(subject, headings) for part in front):
        return False  # ``정적`` over a card asking ``static``, under ``정적(static)이란?``: its other name
    if misspelt_in_view(subject, context_shown):
        return False  # ``ElasitCache`` under ``ElastiCache``: the answer, with a typo
    if _written_otherwise(subject, visible):
        return False  # ``… 클러스터 IP (내부 IP)를 할당`` for ClusterIP: the answer, in Hangul and apart
    if read_off_the_front(subject, visible, kept):
        return False  # ``MIT에서 … 개발한 허가서`` for MIT 라이선스: all but the kind of thing, in view
    return len("".join(visible.split())) >= WHICH_MIN_CHARS


_GLOSSED_NAME = re.compile(r"(?P<name>[^()（）:：·›|\-–—]+?)\s*[(（](?P<gloss>[^()（）]+)[)）]")
"""A name and the gloss in brackets after it, the name read back to the heading's start or the
last separator (``관계형 데이터베이스 서비스(RDS)``, not ``서비스(RDS)``)."""
_ENUMERATION = re.compile(r"^[\s\d.\[\]#]*")


def _glossed_as(subject: str, headings: Sequence[str]) -> list[str]:
    """The other names headings give the subject, each written beside it in brackets: ``Docker``
    for ``도커`` under ``Docker(도커)``, ``정적`` for ``static`` under ``정적(static)이란?``.  The
    word before the bracket is the glossed name.

    >>> _glossed_as("도커", ["Docker(도커)", "[5] 도커 클라이언트"]), _glossed_as("static", ["정적(static)이란?"])
    (['Docker'], ['정적'])
    >>> _glossed_as("이미지", ["Docker(도커)"]), _glossed_as("Full Virtualization", ["유형(Full Virtualization 종류)"])
    ([], [])
    """
    # The very name, not one sharing a word with it: ``전 가상화(Full Virtualization)`` glosses the
    # heading's phrase, not ``Hardware Assisted Full Virtualization`` under it.
    asked = squashed(subject)
    others = []
    for heading in headings:
        for match in _GLOSSED_NAME.finditer(heading):
            name, gloss = _ENUMERATION.sub("", match["name"]).strip(), match["gloss"].strip()
            if squashed(gloss) == asked != squashed(name):
                others.append(name)
            elif squashed(name) == asked != squashed(gloss):
                others.append(gloss)
    return [o for o in others if len(o) >= 2]


def _glossed_at(text: str, name: str) -> bool:
    """Whether ``name`` is written in ``text`` with a gloss in brackets right after it (``온
    프레미스(on-premise)``): hiding the name would leave its other spelling in view.

    >>> _glossed_at("온 프레미스(on-premise)는 자체 서버에 설치해 운영하는 방식", "온 프레미스")
    True
    >>> _glossed_at("온 프레미스는 자체 서버(사내 전산실)에 설치해 운영하는 방식", "온 프레미스")
    False
    >>> _glossed_at("SJF(비선점형)는 가장 짧은 작업부터 CPU를 주는 방식", "SJF")
    False
    """
    if not name:
        return False
    glossed = re.search(rf"(?<![\w-]){re.escape(name)}\s?[(（](?P<gloss>[^()（）]{{2,}})[)）]", text, re.IGNORECASE)
    if glossed is None:
        return False
    gloss = glossed["gloss"].strip()
    # only a spelling of the name gives it away; ``SJF(비선점형)`` says what kind it is
    return sounds_alike(name, gloss) or sounds_alike(gloss, name) or spells_out(name, gloss)


_NAME_PART = re.compile(r"[A-Z]{2,}(?![a-z])|[A-Z]?[a-z]+|[A-Z]+")
"""The words a name in Latin letters is made of, its capitals read apart (``ClusterIP`` → ``Cluster``,
``IP``; ``ReadOnly`` → ``Read``, ``Only``)."""


def _written_otherwise(name: str, text: str) -> bool:
    """Whether the text writes every word of a Latin-letter name of two words or more, as it is or
    in Hangul letters, apart (``클러스터 IP`` for ``ClusterIP``): the answer, given away.  A name of
    one word is left to the checks of its own spelling (``그룹`` is no ``cgroup``).

    >>> _written_otherwise("ClusterIP", "서비스에 클러스터 IP를 할당한다")
    True
    >>> _written_otherwise("cgroup", "프로세스를 그룹화하여 관리하는 기능")
    False
    >>> _written_otherwise("NodePort", "노드마다 같은 포트를 연다"), _written_otherwise("보안 그룹", "보안 그룹 규칙")
    (False, False)
    """
    core = without_glosses(name).strip()
    if not core or not core.isascii():
        return False
    words = [w for w in _NAME_PART.findall(core) if len(w) >= 2 and w.casefold() not in VENDOR_WORDS]
    if len(words) < 2:
        return False
    latin = {w.casefold() for w in re.findall(r"[A-Za-z]+", text)}
    hangul = [p.surface for p in morphemes(text) if p.pos in ("NNG", "NNP")]
    return all(w.casefold() in latin or any(sounds_alike(h, w) for h in hangul) for w in words)


def _remove_casefold(text: str, name: str) -> str:
    lowered, target = text.casefold(), name.casefold()
    while target and (at := lowered.find(target)) >= 0 and len(lowered) == len(text):
        text = text[:at] + text[at + len(name) :]
        lowered = text.casefold()
    return text
