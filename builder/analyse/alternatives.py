"""Which comparisons the notes draw set real alternatives against each other, and how each card of
them shows its sides.

:mod:`builder.analyse.comparisons` finds what the notes compare (``A vs B``, ``이름 : 설명`` runs,
tables, ``X는 …, Y는 …``); this module keeps those whose sides are names of alternatives, each set
of subjects once, shows each side by its gist (:data:`MAX_SIDE_CHARS`), and asks a side only where
its name is not written on the card already.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace

from builder.analyse.loanwords import sounds_alike
from builder.analyse.morph import morphemes
from builder.analyse.names import name_variants, one_character, spells_out
from builder.analyse.particles import without_particle
from builder.analyse.phrases import pieces_between, without_glosses, word_pieces
from builder.analyse.shapes import COUNTED_OFF, HANGUL_RUN, command_word
from builder.analyse.terms import name_words
from builder.analyse.values import is_example_address
from builder.analyse.words import (
    CONNECTIVES,
    DEICTIC_NOUNS,
    PAIRING_WORDS,
    POLARITY_MARKS,
    QUANTIFIER_NOUNS,
    STUDY_ASPECTS,
)
from builder.model import Comparison, Fact, Side

MAX_SIDE_WORDS = 6
"""More words than this make a compared side a sentence, not a name."""


def real_alternatives(
    found: tuple[Comparison, ...], facts: tuple[Fact, ...], statements: set[int], labels: frozenset[str] = frozenset()
) -> tuple[Comparison, ...]:
    """Comparisons that set real alternatives against each other: drawn from statements (not
    quotes or examples), every side with something to say, each set of subjects once."""
    kept: list[Comparison] = []
    seen: set[frozenset[str]] = set()
    for comparison in found:
        drawn = tuple(i for i in comparison.facts if i in statements and facts[i].kind != "quote")
        # ``공통점 — …`` beside ``NAT Instances`` and ``NAT Gateways``: a row about both, not a side.
        sides = tuple(
            s
            for s in comparison.sides
            if s.subject.strip()
            and any(p.strip(" -—–") for p in s.points)
            and s.subject.strip(" *:").casefold() not in STUDY_ASPECTS
            # ``최소 저장 기간 — 30일`` beside ``최소 저장 용량 — 128KB``, under every class: fields
            # the notes fill in again and again (:func:`field_labels`), not alternatives.
            and s.subject.strip(" *:").casefold() not in labels
        )
        # ``서브넷은 … 분류``, ``퍼블릭 서브넷은 …``, ``프라이빗 서브넷은 …``: the kind they are, no third
        # side.  A table's rows are its entries, each as written (``속성 — 타원``, ``다중값 속성 — 이중타원``).
        if comparison.origin not in ("enumeration", "table"):
            sides = tuple(s for s in sides if not _kind_of_the_others(s.subject, [o.subject for o in sides]))
        sides = _in_gist(sides, by_column=comparison.origin == "table")
        subjects = frozenset(s.subject.strip().casefold() for s in sides)
        if not drawn or len(sides) < 2 or len(subjects) < len(sides) or subjects in seen:
            continue
        if _yes_and_no(sides):
            continue  # ``대상 O — …``, ``대상 X — …``: one axis of a table, its answer read off the other
        if not all(_names_a_side(s.subject) for s in sides) or _one_name_twice(sides):
            continue  # ``타 서비스에 의해 시작 — …``, ``GET 메소드 / GET 요청``: no alternatives
        if _pairs_labels_with_commands(sides):
            continue  # ``버전 확인 | docker -v``: each label is read off its command, which stays on the sheet
        if _numbered_in_turn([s.subject for s in sides]):
            continue  # ``A클래스 — …``, ``B클래스 — …``: a hidden name is read off its neighbours
        if any(is_example_address(s.subject) for s in sides):
            continue  # ``192.168.32.0 : 서브넷1의 Network Address``: a worked example's addresses
        if comparison.origin in ("enumeration", "table"):
            # Each side's name heads its own row: written again in a row, it shows the answer.
            # (``X는 …, Y는 …`` and ``X vs Y`` sides are the topics of their points, hidden there.)
            sides = tuple(
                replace(s, asked=not _written_in_points(s.subject, sides) and not _told_by_its_points(s, sides))
                for s in sides
            )
        else:
            # ``쿼리는 …, 반면 스캔은 …`` over a paragraph that names both again and again: hidden
            # everywhere it is written, the card would be blanks.
            sides = tuple(replace(s, asked=s.asked and _mentions(s.subject, sides) <= MAX_MENTIONS) for s in sides)
            # ``최대힙 — 최대힙(Max heap)과 최소힙(Min heap)으로 나뉜다``: the gloss stays beside the blank.
            sides = tuple(replace(s, asked=s.asked and not _glossed_in_points(s.subject, sides)) for s in sides)
        # ``| disk | 암호화 옵션을 지정 |`` beside ``| template | 암호화 옵션을 지정 |``: the same words
        # said of two names; hidden, either name fits the blank.
        sides = tuple(replace(s, asked=s.asked and not _said_alike(s, sides)) for s in sides)
        sides = tuple(replace(s, asked=s.asked and not one_character(s.subject)) for s in sides)
        if not any(s.asked for s in sides):
            continue
        seen.add(subjects)
        for part in _parts(sides):
            if len(part) >= 2 and any(s.asked for s in part):
                # A sentence's comparison is titled by its sides: by those it keeps.
                title = " vs ".join(s.subject for s in part) if comparison.origin == "parallel" else comparison.title
                # A title that writes an asked side's name (``두 가지 티어: 웹 서버, 워커``) or the words
                # that tell it apart (``선점과 비선점``) would stand above its blank as the answer.
                shown = (
                    not names_only_its_sides(title, [s.subject for s in part])
                    and not tells_an_asked_side(title, part)
                    and not any(s.asked and _times_written(s.subject, title) for s in part)
                )
                kept.append(replace(comparison, title=title, sides=part, facts=drawn, title_shown=shown))
    return tuple(kept)


def _pairs_labels_with_commands(sides: tuple[Side, ...]) -> bool:
    """Whether every side's first point types out a command of one program (``docker -v``,
    ``docker pull <이미지>``: :func:`~builder.analyse.shapes.command_word`): the names are labels
    of commands, each read off its command.

    >>> from builder.model import SourceRef
    >>> rows = [("버전 확인", "docker -v"), ("이미지 받기", "docker pull <이미지>")]
    >>> _pairs_labels_with_commands(tuple(Side(n, (p,), SourceRef("a.md", 1)) for n, p in rows))
    True
    >>> rows = [("SSH", "used to log into servers"), ("FTP", "used to upload files")]
    >>> _pairs_labels_with_commands(tuple(Side(n, (p,), SourceRef("a.md", 1)) for n, p in rows))
    False
    """
    commands = {command_word(s.points[0]) if s.points else None for s in sides}
    # one row at least with an option or a placeholder: ``used to log into servers`` in every row
    # of a table starts alike and is English
    typed = any(s.points and command_word(s.points[0], words_alone=False) for s in sides)
    return len(commands) == 1 and None not in commands and typed


def _said_alike(side: Side, sides: tuple[Side, ...]) -> bool:
    """Whether another side's points are this side's, word for word."""
    said = [" ".join(p.split()).casefold() for p in side.points]
    return any(other is not side and [" ".join(p.split()).casefold() for p in other.points] == said for other in sides)


def names_only_its_sides(title: str, subjects: Sequence[str]) -> bool:
    """Whether the title says nothing but the names of its sides, set side by side with
    :data:`PAIRING_WORDS` or :data:`CONNECTIVES` (``TCP와 UDP:``, ``PUT vs POST``).

    >>> names_only_its_sides("라이트 스루와 라이트 백:", ["라이트 스루", "라이트 백"])
    True
    >>> names_only_its_sides("두 가지 실행 티어 웹, 워커", ["웹", "워커"])
    False

    A side may be named without its gloss (``TCP와 UDP`` over ``TCP (Transmission Control Protocol)``).
    """
    rest = title.casefold()
    for subject in sorted(subjects, key=len, reverse=True):
        names = [n for n in (subject.strip().casefold(), without_glosses(subject).strip().casefold()) if n]
        name = next((n for n in names if n in rest), None)
        if name is None:
            return False
        rest = rest.replace(name, " ")
    words = re.split(r"[\s,:/&()·\-—]+", rest)
    return all(not w or w in PAIRING_WORDS or w in CONNECTIVES for w in words)


def tells_an_asked_side(text: str, sides: Sequence[Side]) -> bool:
    """Whether ``text`` writes the words that tell an asked side from the others (its name's words
    that no other side's name has): ``선점(preemptive)과 비선점 스케줄링`` above ``선점 스케줄링`` and
    ``비선점 스케줄링``, ``Native 드라이버와 Remote 드라이버로 나뉜다`` above ``Native Drivers``.  Shown
    above the rows, such a title or heading answers the blank, though it names no side as the
    rows do; a word counts where a word starts (``선점`` in ``비선점`` is another word).

    >>> from builder.model import SourceRef
    >>> rows = tuple(Side(n, ("…",), SourceRef("a.md", 1), asked=True) for n in ("Public Zone", "Private Zone"))
    >>> tells_an_asked_side("Zone — Public vs Private", rows), tells_an_asked_side("호스팅 영역의 두 종류", rows)
    (True, False)
    >>> source = SourceRef("a.md", 1)
    >>> rows = (Side("선점 방식", ("…",), source), Side("비선점 방식", ("…",), source, asked=False))
    >>> tells_an_asked_side("비선점(non-preemptive) 방식의 장점", rows)
    False
    >>> rows = tuple(Side(n, ("…",), source, asked=True) for n in ("ELB", "Load Balancer"))
    >>> tells_an_asked_side("Elastic Load Balancing", rows)
    True
    """
    words = [set(_name_words(s.subject)) for s in sides]
    folded = text.casefold()
    told = []
    for side, own in zip(sides, words, strict=True):
        others = set().union(*(w for w, s in zip(words, sides, strict=True) if s is not side))
        telling = [w for w in own - others if len(w) >= MIN_TELLING_CHARS]
        if telling and all(_written_as_a_word(w, folded) for w in telling):
            told.append((side, all(w.isascii() for w in telling)))
    # A name in Latin letters tells its side alone (``DynamoDB`` over ``DynamoDB Stream``); a Korean
    # word may be the heading's own (``기본 개념`` over ``기본 키``, ``외래 키``): it tells only
    # beside another side's (``반이중 방식과 전이중 방식``).
    if any(side.asked and (latin or len(told) >= 2) for side, latin in told):
        return True
    # ``Elastic Load Balancing`` above a row named ``ELB``: the words the acronym stands for
    return any(side.asked and spells_out(side.subject.strip(), text) for side in sides)


MIN_TELLING_CHARS = 2
"""Letters of a word that tells a side apart for it to count when written elsewhere: a single
letter (``Class A``) is written everywhere."""


def _name_words(name: str) -> list[str]:
    """The words of a name, a Latin word glued to a Korean one read apart (``OS캐시`` is ``os`` and
    ``캐시``, as ``OS 캐시`` is written elsewhere).

    >>> _name_words("OS캐시 확인"), _name_words("Amazon S3 (Simple Storage Service)")
    (['os', '캐시', '확인'], ['amazon', 's3'])
    """
    return [w for w in _NAME_WORD_BREAK.split(without_glosses(name).casefold()) if w]


_NAME_WORD_BREAK = re.compile(r"[\s/·,&]+|(?<=[a-z0-9])(?=[가-힣])|(?<=[가-힣])(?=[a-z])")


def _written_as_a_word(word: str, text: str) -> bool:
    """Whether ``word`` starts a word of ``text`` and, in Latin letters, ends one."""
    tail = r"(?![a-z0-9])" if word.isascii() else ""
    return re.search(rf"(?<![^\W_]){re.escape(word)}{tail}", text) is not None


MAX_SIDE_CHARS = 100
"""A comparison shows each side by what tells it apart: its description and the first lines under
it, up to about this many characters.  The lines further down (the steps of an algorithm, a worked
example, the details of a sub-point) stay in the topic's block of the cheat sheet and make cards of
their own; shown on every card of the comparison, they buried the question under a wall of text."""


def _in_gist(sides: tuple[Side, ...], *, by_column: bool) -> tuple[Side, ...]:
    """The sides with the points :func:`_gist` keeps; a table's rows keep the same columns, the
    narrowest first, as many as every row fits in :data:`MAX_SIDE_CHARS` (the first column when
    none fits), in the table's order: a long 설명 cell leaves out the 설명 column, not the short
    columns that tell the rows apart (``Dirty Read: X``, ``계층: L7``)."""
    if not by_column:
        return tuple(replace(s, points=_gist(s.points)) for s in sides)
    columns = min((len(s.points) for s in sides), default=0)
    if columns == 0 or all(sum(map(len, s.points)) <= MAX_SIDE_CHARS for s in sides):
        return sides
    widths = [max(len(s.points[c]) for s in sides) for c in range(columns)]
    kept: set[int] = set()
    for column in sorted(range(columns), key=lambda c: widths[c]):
        if all(sum(len(s.points[c]) for c in kept | {column}) <= MAX_SIDE_CHARS for s in sides):
            kept.add(column)
    kept = kept or {0}
    return tuple(replace(s, points=tuple(p for c, p in enumerate(s.points) if c in kept)) for s in sides)


def _gist(points: tuple[str, ...]) -> tuple[str, ...]:
    """The leading ``points`` that fit in :data:`MAX_SIDE_CHARS`, the first one always.

    >>> _gist(("교착상태 발생 가능성을 없애는 방법", "자원 낭비가 심함", "각 발생 조건을 부정" + "." * 100))
    ('교착상태 발생 가능성을 없애는 방법', '자원 낭비가 심함')
    >>> _gist(("아주 긴 설명" * 30,))[0] == "아주 긴 설명" * 30
    True
    """
    kept: list[str] = []
    for point in points:
        if kept and sum(map(len, kept)) + len(point) > MAX_SIDE_CHARS:
            break
        kept.append(point)
    return tuple(kept)


MAX_COMPARED_SIDES = 5
"""A comparison card shows every side; more than this many (an 8-row table) is a page to read, not
a card: the sides are asked in consecutive parts of this many or fewer, of near-equal size."""


MAX_COMPARED_CHARS = 250
"""A comparison card shows every side's points; sides with long points (a paragraph each) are asked
in smaller parts, so one card reads at most about this many characters.  A part keeps two sides
or more."""


def _parts(sides: tuple[Side, ...]) -> list[tuple[Side, ...]]:
    """``sides`` cut into consecutive parts of at most :data:`MAX_COMPARED_SIDES`, and of about
    :data:`MAX_COMPARED_CHARS` when the points are long, sizes differing by one at most."""
    chars = sum(len(s.subject) + sum(len(p) for p in s.points) for s in sides)
    count = max(-(-len(sides) // MAX_COMPARED_SIDES), min(len(sides) // 2, -(-chars // MAX_COMPARED_CHARS)))
    size, extra = divmod(len(sides), count)
    parts, start = [], 0
    for n in range(count):
        end = start + size + (1 if n < extra else 0)
        parts.append(sides[start:end])
        start = end
    return parts


def _names_a_side(subject: str) -> bool:
    """A compared subject is a name: a few words with no particle or verb ending outside brackets."""
    outside = without_glosses(subject).strip()
    if outside.split()[:1] and outside.split()[0] in DEICTIC_NOUNS:
        return False  # ``나머지``: the rest, not a subject
    if outside.split()[-1:] and outside.split()[-1] in QUANTIFIER_NOUNS:
        return False  # ``서비스 중 일부``: how many of them, not which
    # A particle or an ending counts where it ends a word (``서비스에 의해 시작``): inside a word
    # it is the analyser cutting a loanword (``커|밋`` of 커밋 read as an ending).
    clause = any(
        (m.pos.startswith("J") or m.last_pos in ("EC", "EF", "ETM"))
        and (m.end == len(outside) or outside[m.end].isspace())
        for m in morphemes(outside)
    )
    return not clause and len(outside.split()) <= MAX_SIDE_WORDS


def _kind_of_the_others(subject: str, subjects: Sequence[str]) -> bool:
    """Whether ``subject`` is the noun that two or more of the other subjects end in (``서브넷`` of
    ``퍼블릭 서브넷`` and ``프라이빗 서브넷``): the kind they are, set over them, not beside them.

    >>> _kind_of_the_others("서브넷", ["서브넷", "퍼블릭 서브넷", "프라이빗 서브넷"])
    True
    >>> _kind_of_the_others("퍼블릭 서브넷", ["서브넷", "퍼블릭 서브넷", "프라이빗 서브넷"])
    False
    """
    name = subject.strip().casefold()
    return sum(1 for other in subjects if other.strip().casefold().endswith(" " + name)) >= 2


def _yes_and_no(sides: tuple[Side, ...]) -> bool:
    """Whether the sides are one name with and without a mark of yes or no (``대상 O`` and
    ``대상 X``, ``known`` and ``unknown``): a table's axis, each side the other's complement.

    >>> from builder.model import SourceRef
    >>> _yes_and_no(tuple(Side(n, ("…",), SourceRef("a.md", 1)) for n in ("대상 O", "대상 X")))
    True
    >>> _yes_and_no(tuple(Side(n, ("…",), SourceRef("a.md", 1)) for n in ("퍼블릭 서브넷", "프라이빗 서브넷")))
    False
    >>> _yes_and_no(tuple(Side(n, ("…",), SourceRef("a.md", 1)) for n in ("Mac OS", "Mac OS X")))
    False
    """
    bare = {" ".join(w for w in s.subject.casefold().split() if w not in POLARITY_MARKS) for s in sides}
    # Every side carries its mark: ``Mac OS`` beside ``Mac OS X`` is two products.
    return len(bare) == 1 and all(POLARITY_MARKS & set(s.subject.casefold().split()) for s in sides)


def _one_name_twice(sides: tuple[Side, ...]) -> bool:
    """Whether two sides share their name in Latin letters (``GET 메소드``, ``GET 요청``; ``Azure SQL
    Database`` and ``SQL Database``, but for a vendor's name): one thing described twice, not
    alternatives.  So do two sides named alike but for a number in brackets (``root(1)``, ``root(2)``:
    the first and the second ``root`` of an example's output).

    >>> from builder.model import SourceRef
    >>> _one_name_twice(tuple(Side(n, ("…",), SourceRef("a.md", 1)) for n in ("root(1)", "root(2)", "644")))
    True
    >>> _one_name_twice(tuple(Side(n, ("…",), SourceRef("a.md", 1)) for n in ("NAT (Static)", "NAT (Dynamic)")))
    False
    >>> _one_name_twice(tuple(Side(n, ("…",), SourceRef("a.md", 1)) for n in ("RAID(0)", "RAID(1)", "RAID(5)")))
    False
    """
    # ``root(1)``, ``root(2)``: one name counted off from 1, not ``RAID(0)``, ``RAID(1)``, ``RAID(5)``
    counted = [int(found[0].strip(" ()（）")) for s in sides if (found := COUNTED_OFF.search(s.subject))]
    occurrences = sorted(counted) == list(range(1, len(counted) + 1))
    names = [
        {
            w.casefold()
            for w in name_words(COUNTED_OFF.sub("", s.subject) if occurrences else s.subject)
            if w.isascii() and any(c.isalpha() for c in w)
        }
        for s in sides
    ]
    return any(a and a == b for i, a in enumerate(names) for b in names[i + 1 :])


def _numbered_in_turn(subjects: Sequence[str]) -> bool:
    """Whether the sides are named alike but for a letter or number that counts them off in turn
    (``A클래스``, ``B클래스``, ``C클래스``; ``1단계``, ``2단계``, ``3단계``): a hidden name is read off
    its neighbours' order, so the comparison asks nothing.

    >>> _numbered_in_turn(["A클래스", "B클래스", "C클래스"]), _numbered_in_turn(["RAID 0", "RAID 1", "RAID 5"])
    (True, False)
    """
    names = [re.sub(r"\s+", "", subject.strip(" *:")) for subject in subjects]
    found = [re.fullmatch(r"(?P<head>\D*?)(?P<mark>[A-Za-z]|\d+)(?P<tail>\D*)", n) for n in names]
    if len(names) < 3 or any(m is None for m in found):
        return False
    shapes = {(m["head"].casefold(), m["tail"].casefold()) for m in found if m is not None}
    marks = [m["mark"].upper() for m in found if m is not None]
    numbers = [int(k) if k.isdigit() else ord(k) for k in marks]
    return len(shapes) == 1 and sorted(numbers) == list(range(min(numbers), min(numbers) + len(numbers)))


MAX_MENTIONS = 2
"""Times a compared name may be written in the points of a prose comparison and still be asked:
each is a blank on the card."""


def _written_in_any(name: str, sides: tuple[Side, ...]) -> bool:
    """Whether a point of any side writes the name as a word of its own and as capitalised
    (``Firehose를``, not ``FirehoseStream``; ``functions`` is no ``Step Functions``)."""
    pattern = re.compile(rf"(?<![A-Za-z0-9]){re.escape(name)}(?![A-Za-z0-9])")  # as capitalised: a name
    return any(pattern.search(point) for side in sides for point in side.points)


def _mentions(subject: str, sides: tuple[Side, ...]) -> int:
    """How many times the subject's name is written in the points of all sides."""
    name = subject.strip().casefold()
    return sum(point.casefold().count(name) for side in sides for point in side.points) if len(name) >= 2 else 0


def _glossed_in_points(subject: str, sides: tuple[Side, ...]) -> bool:
    """Whether a point writes the subject's Korean name with its Latin gloss in brackets after it,
    a gloss the name does not carry (``최대힙(Max heap)``): hidden there, the name is read off its
    translation.

    >>> from builder.model import SourceRef
    >>> heap = Side("최대힙", ("최대힙(Max heap)과 최소힙(Min heap)으로 나뉜다",), SourceRef("a.md", 1))
    >>> low = Side("최소힙", ("부모가 더 작다",), SourceRef("a.md", 2))
    >>> _glossed_in_points("최소힙", (heap, low)), _glossed_in_points("최소힙(Min heap)", (heap, low))
    (True, False)
    """
    name = subject.strip()
    if len(name) < 2 or name.endswith((")", "）")) or not re.search("[가-힣]", name):
        return False
    # A Korean name's Latin gloss, its translation; a note in Korean (``람다 (최대 15분)``) tells nothing.
    glossed = re.compile(re.escape(name) + r"\s?[(（]\s*[A-Za-z][A-Za-z .\-]*[)）]", re.IGNORECASE)
    return any(glossed.search(point) for side in sides for point in side.points)


def _times_written(name: str, text: str) -> int:
    """How many times ``text`` writes ``name`` in one of the ways its card hides it
    (:func:`name_variants`: ``세션 키(Session Key)`` is hidden as ``세션 키`` and ``Session Key``
    too), a name in Latin letters as a whole word (``DAX`` is not written in ``DAXX``).

    >>> _times_written("세션 키(Session Key)", "세션 키와 마스터 키")
    1
    """
    variants = sorted(
        (v.casefold() for v in name_variants(name, tails=False) if len(v.strip()) >= 2), key=len, reverse=True
    )
    if not variants:
        return 0
    pattern = "|".join(
        (r"(?<![a-z0-9])" if v[0].isascii() and v[0].isalnum() else "")
        + re.escape(v)
        + (r"(?![a-z0-9])" if v[-1].isascii() and v[-1].isalnum() else "")
        for v in variants
    )
    return len(re.findall(pattern, text.casefold()))


def _written_in_points(subject: str, sides: tuple[Side, ...]) -> bool:
    """Whether the subject's name is written in the points of any side (its own included)."""
    if _mentions(subject, sides):
        return True
    bare = _PARAMETER.sub("", subject).strip()
    if bare and bare != subject.strip() and _mentions(bare, sides):
        return True  # ``TIMESTAMP[M]`` beside ``TIMESTAMP의 경우 …``: the type, its parameter aside
    # ``SJF — 용어: Shortest Job First``: the words an acronym stands for name it just as well,
    # and so does the acronym of the words (``PRIMARY KEY — … PK를``, ``Elastic IPs — … EIP라고``),
    # or the name spaced otherwise (``제2 정규형`` in ``… 제 2정규형에 속한다``).
    # ``Kinesis Data Firehose — … Firehose를 거쳐가는 데이터`` beside ``Kinesis Data Streams``: prose
    # drops the family's first word, and the end of the name no other side's name has names it as well
    others = {w for side in sides if side.subject.strip() != subject.strip() for w in _name_words(side.subject)}
    words = without_glosses(subject).split()
    if len(words) >= 2 and words[0].casefold() in others and words[-1].casefold() not in others:
        tails = (" ".join(words[k:]) for k in range(1, len(words)))
        if any(tail[:1].isupper() and tail.isascii() and _written_in_any(tail, sides) for tail in tails):
            return True
    initials = _initials(subject)
    squashed_name = "".join(subject.split())
    # ``DDoS 공격 — Distributed Denial of Service …``: a name's acronym spelled out names it too
    words = without_glosses(subject).split()
    named = [w for w in words if sum(c.isupper() for c in w) >= 2]
    # only beside Korean nouns: in ``AWS Lambda`` the word to recall is Lambda, not what AWS stands for
    acronyms = {subject.strip(), *(named if all(w in named or not w.isascii() for w in words) else ())}
    for point in (point for side in sides for point in side.points):
        # ``FK — foreign key / …``: spelt out in lower case as often as in capitals
        if any(spells_out(acronym, point) or spells_out(acronym, _capitalised(point)) for acronym in acronyms):
            return True
        if any(re.search(rf"(?<![A-Za-z]){a}(?![a-z])", point) for a in initials):
            return True
        if len(squashed_name) >= 3 and " " in subject.strip() and squashed_name in "".join(point.split()):
            return True
    return False


_PARAMETER = re.compile(r"\s?\[[^\[\]]*\]$")
"""A type's parameter written after its name (``TIMESTAMP[M]``, ``CHAR[n]``).

>>> _PARAMETER.sub("", "TIMESTAMP[M]"), _PARAMETER.sub("", "VARCHAR [n]")
('TIMESTAMP', 'VARCHAR')
"""
_LOWER_WORD = re.compile(r"(?<![A-Za-z])[a-z]{2,}(?![A-Za-z])")


def _capitalised(text: str) -> str:
    """``foreign key`` → ``Foreign Key``: words in lower case read as the capitals they spell (a
    particle glued to the last one is no letter of it).

    >>> _capitalised("foreign key로 다른 테이블을 참조")
    'Foreign Key로 다른 테이블을 참조'
    """
    return _LOWER_WORD.sub(lambda m: m[0].capitalize(), text)


def _initials(name: str) -> set[str]:
    """The acronyms a name of two words or more in Latin letters is written as: the initials
    (``PRIMARY KEY`` → ``PK``), and the initials before a last word in capitals (``Elastic IPs``
    → ``EIP``).

    >>> sorted(_initials("Elastic IPs")), sorted(_initials("PRIMARY KEY")), _initials("가용 영역")
    (['EI', 'EIP'], ['PK'], set())
    """
    words = re.findall(r"[A-Za-z][A-Za-z0-9]*", name)
    if len(words) < 2 or len(words) != len(name.split()):
        return set()
    forms = {"".join(w[0].upper() for w in words)}
    capitals = "".join(c for c in words[-1] if c.isupper())
    if len(capitals) >= 2 and not words[-1].isupper():  # ``IPs``, not ``KEY``
        forms.add("".join(w[0].upper() for w in words[:-1]) + capitals)
    return forms


def _named_together(words: Sequence[str], text: str) -> bool:
    """Whether ``text`` writes every one of ``words`` as nouns of consecutive words of one clause,
    in any order (``도커 클라이언트이다`` for ``클라이언트 도커``); a noun made a verb or an
    adverb is no name (``대기하는 큐``, ``논리적으로``), and a comma or a stop ends the run.

    >>> _named_together(["클라이언트", "도커"], "CLI를 제공하는 것이 도커 클라이언트이다")
    True
    >>> _named_together(["대기", "큐"], "I/O 장치를 기다리는 프로세스가 대기하는 큐")
    False
    >>> _named_together(["논리", "주소"], "CPU가 만드는 주소. 논리적으로 0번지부터 시작한다")
    False
    """
    wanted = {w.casefold() for w in words}
    run: list[set[str]] = []
    for match in re.finditer(r"\S+", text):
        found = pieces_between(text, match.start(), match.end())
        made_other = any(p.pos.startswith(("XSV", "XSA", "XSN", "VV", "VA")) for p in found)
        run.append(set() if made_other else {p.surface.casefold() for p in found if p.pos in ("NNG", "NNP", "SL")})
        if wanted <= set().union(*run[-len(words) :]):
            return True
        if match.group()[-1] in ".,;:!?":
            run = []  # ``주소. 논리적으로``: a stop or a comma ends the clause
    return False


def _told_by_its_points(side: Side, sides: tuple[Side, ...]) -> bool:
    """Whether the side's own points say its name: every word in Latin letters that tells it from
    the other sides is written in them, as it is (``Dedicated Hosts — … Dedicated 하면``) or as the
    same loanword in Hangul (``Security groups — 시큐리티 그룹 정보를 확인``).  Hidden, the row's own
    words give the name back.  A side named by Korean words is told only when its row writes the
    whole name, its words side by side in any order (:func:`_named_together`): a Korean name and
    its gloss share some words by design (``삽입 이상 — 데이터 삽입 시 …``).

    >>> from builder.model import Side, SourceRef
    >>> source = SourceRef("a.md", 1)
    >>> rows = (Side("클라이언트 도커", ("CLI를 제공하는 것이 도커 클라이언트이다",), source),
    ...         Side("서버 도커", ("컨테이너를 실행하는 주체",), source))
    >>> _told_by_its_points(rows[0], rows), _told_by_its_points(rows[1], rows)
    (True, False)
    >>> rows = (Side("삽입 이상", ("데이터 삽입 시 불필요한 값도 넣어야 함",), source),
    ...         Side("삭제 이상", ("데이터 삭제 시 필요한 값도 지워짐",), source))
    >>> _told_by_its_points(rows[0], rows)
    False
    """
    names = [[w.casefold() for w in without_glosses(s.subject).split()] for s in sides]
    shared = set(names[0]).intersection(*names[1:])
    whole = without_glosses(side.subject).split()
    own = [w for w in whole if w.casefold() not in shared]
    text = " ".join(side.points)
    if not own or not text.strip():
        return False
    folded = text.casefold()
    # a loanword the analyser cuts (``큐블렛이`` read as 큐 + 블렛) is still heard whole
    nouns = {p.surface for p in word_pieces(text) if p.pos in ("NNG", "NNP")} | {
        without_particle(w) for w in HANGUL_RUN.findall(text)
    }
    if len(whole) >= 2 and "".join(whole) not in "".join(text.split()) and _named_together(whole, text):
        # ``클라이언트 도커 — … 제공하는 것이 도커 클라이언트이다``: the name, its words turned about (the
        # name as written is hidden wherever its row writes it)
        return True
    if not all(w.isascii() for w in own):
        return False  # ``삽입 이상 — 데이터 삽입 시 …``: a Korean name and its gloss share words by design

    def written(word: str) -> bool:
        folded_word = word.casefold()
        stem = folded_word[:-1] if len(word) > 3 and folded_word.endswith("s") else folded_word
        if len(stem) >= 2 and re.search(rf"(?<![^\W\d_]){re.escape(stem)}(?:e?s)?(?![a-z])", folded):
            return True  # the word itself, not the start of another (``A`` in ``address``)
        return any(sounds_alike(noun, word) for noun in nouns)

    return all(written(word) for word in own)
