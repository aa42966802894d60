"""Comparisons: named subjects set against each other, from four shapes authors use.

- ``versus``: a topic or numbered entry titled ``A vs B``; each side collects the statements
  under it that name that subject.
- ``enumeration``: sibling entries ``이름 : 설명`` (numbered; bullets when the names share a
  word, like ``X Standard`` / ``X Advanced``), or numbered titles sharing their last word
  (``전송 중 암호화`` / ``클라이언트 측 암호화``) with the facts under each.
- ``parallel``: one sentence contrasting subjects clause by clause (``X는 …, Y는 …``).
- ``table``: a table whose header names the subjects as columns (or rows of ``이름 | 설명``).
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass

from builder.analyse.context import CUT_MARK, short_form
from builder.analyse.morph import morphemes
from builder.analyse.names import spells_out
from builder.analyse.phrases import has_predicate, noun_phrases, only_names
from builder.analyse.quantities import find_quantities
from builder.analyse.rules.matrix import mostly_marks
from builder.analyse.shapes import (
    COLUMN_NAME,
    GLOSSED_ENTRY,
    KEY_COLUMN,
    NAME_DESCRIPTION,
    ORDINAL,
    RECORD_ID,
    ROW_PLACEHOLDER,
    VERSUS_SPLIT,
    is_hangul,
    without_pictographs,
)
from builder.analyse.subjects import strip_parenthetical, versus_subjects
from builder.analyse.words import (
    ASPECT_WORDS,
    CONTRAST_MARKERS,
    COPULA_JOINTS,
    DESCRIPTION_HEADERS,
    EXAMPLE_HEADINGS,
    EXAMPLE_ITEM_LETTERS,
    EXAMPLE_LABEL_WORDS,
    EXAMPLE_MARKERS,
    FILLERS,
    GENERIC_NOUNS,
    KIND_WORDS,
    LEANING_OPENERS,
    NAME_HEADERS,
    POINTING_OPENERS,
    RECORD_HOLDERS,
    SECTION_LABELS,
    STANDARD_MARKERS,
    STUDY_ASPECTS,
    SUPPOSING_NOUNS,
    TABLE_CORNERS,
)
from builder.model import Comparison, Fact, Side, SourceRef, children_of, descendants

NAME_CHARS = 40
"""A name set against others is at most this long; a longer ``…:`` is a clause."""
NAME_WORDS = 5
MAX_TABLE_CHARS = 500
"""Characters of cell text a comparison card of a table may show; a wider table is no card."""
_GENERIC_SUBJECTS = GENERIC_NOUNS | {"이것", "그것", "이", "그", "차이"}


@dataclass(frozen=True, slots=True)
class TableShape:
    """A table as the parser saw it: header texts, row texts and the facts made from the rows."""

    line: int
    headers: tuple[str, ...]
    rows: tuple[tuple[str, ...], ...]
    facts: tuple[int, ...]
    traced: bool = False
    """The file writes the table again, same headers and rows, in other values: a worked
    example's states (:func:`builder.parse._traced_tables`)."""


def heads_a_table(cell: str) -> bool:
    """Whether a first cell labels the columns beside it (``구분``, ``IPC 종류``), as a table's
    corner does."""
    corner = cell.strip().strip("*").casefold()
    return corner in TABLE_CORNERS or _names_a_kind(corner)


def _names_a_kind(corner: str) -> bool:
    """Whether a corner cell of two words or more ends in a kind word (``IPv4 주소 유형``)."""
    return len(corner.split()) > 1 and corner.split()[-1] in KIND_WORDS


MIN_COLUMN_NAMES = 2
"""Headers named as database columns (``empl_id``) that make a table an example relation; one may be
a setting's key."""


def holds_records(table: TableShape) -> bool:
    """Whether the table lists records, as a worked example does, rather than describing things:
    the file writes it again in other values (its states), a column is marked as a key
    (:data:`~builder.analyse.shapes.KEY_COLUMN`), or every row opens with a row number or a code
    (``1``, ``2``…; ``A001``), not with a name, or with things an example numbers in turn (``P1``,
    ``P2``) and only bare numbers beside them.

    >>> holds_records(TableShape(1, ("번호", "이름"), (("1", "성섭"), ("2", "선히")), (0, 1)))
    True
    >>> holds_records(TableShape(1, ("접두사", "주소 수"), (("/28", "16"), ("/24", "256")), (0, 1)))
    False
    >>> rows = (("p1", "0ms", "8ms"), ("p2", "1ms", "4ms"))
    >>> holds_records(TableShape(1, ("프로세스", "도착", "실행"), rows, (0, 1, 2)))
    True
    >>> holds_records(TableShape(1, ("단계", "크기"), (("L1", "32KB"), ("L2", "256KB")), (0, 1)))
    False

    A column marked as a key (``| 과목(PK) | 수강료 |``), or columns named as a database names them
    (``| empl_id | empl_name |``), make the rows a relation's tuples.

    >>> holds_records(TableShape(1, ("과목(PK)", "수강료"), (("요가", "3000"), ("필라테스", "4000")), (0, 1)))
    True
    >>> holds_records(TableShape(1, ("empl_id", "empl_name"), (("e1", "Sony"), ("e2", "Messi")), (0, 1)))
    True

    Among four rows of ids or more, one written with a typo (``574ㅈ53``) leaves them records.

    >>> ids = (("435345", "백영헌"), ("526524", "차수인"), ("453252", "허채빈"), ("574ㅈ53", "배서희"))
    >>> [holds_records(TableShape(1, ("ID", "이름"), rows, (0, 1))) for rows in (ids, ids[2:])]
    [True, False]
    """
    if table.traced:
        return True  # ``| Matt | 1 |`` after one step of a search, ``| Matt | 2 |`` after the next
    if any(KEY_COLUMN.search(header) for header in table.headers):
        return True  # ``| 프로그램(PK) | 가격 |``: the rows of a relation, an example's data
    if sum(1 for header in table.headers if COLUMN_NAME.match(header.strip(" *`"))) >= MIN_COLUMN_NAMES:
        return True  # ``| empl_id | empl_name |``: a database's columns over an example relation's rows
    firsts = [r[0].strip() for r in table.rows if r]
    if len(firsts) < 2 or len(firsts) != len(table.rows):
        return False
    if _tuples_of_one_key(table, firsts):
        return True  # ``| 홍길동 | 상품1 | 1000 |``, ``| 홍길동 | 상품2 | 2000 |``: one customer's rows
    # ``| P1 | 0 | 30 |``: numbered things with only bare numbers beside them, an example's data
    # (``| L1 | Physical | … |`` names its layers, ``| L1 | 32KB | 1ns |`` measures a cache); a
    # process, job or transaction of an example has its times in units too (``| p2 | 1ms | 4ms |``)
    values_only = all(re.fullmatch(r"\d+(?:\.\d+)?", cell.strip()) for row in table.rows for cell in row[1:])
    measured = all(any(c.isdigit() for c in cell) for row in table.rows for cell in row[1:])
    example_items = measured and all(f[:1] in EXAMPLE_ITEM_LETTERS for f in firsts)
    ids = [f for f in firsts if RECORD_ID.match(f)]
    odd = [f for f in firsts if not RECORD_ID.match(f)]
    # ``| 574ㅈ53 | 배서희 |`` among rows of six-digit ids: one slip of a key does not make the records names
    slipped = len(ids) >= MIN_ROWS_FOR_A_TYPO - 1 and len(odd) == 1 and _mistyped_id(odd[0], ids)
    return not odd or slipped or ((values_only or example_items) and _numbered_in_turn(firsts))


def _tuples_of_one_key(table: TableShape, firsts: Sequence[str]) -> bool:
    """Whether the rows are a relation's tuples, an example's data: the first column names people
    or records (:data:`~builder.analyse.words.RECORD_HOLDERS`), one of them is written again in
    another row, and the other cells hold a value of a word or two (``| 홍길동 | 상품1 | 1000 |``
    twice over).  A reference table grouping its rows under a category (``| TCP | 22 | SSH |``,
    ``| TCP | 80 | HTTP |``) names things, and a first cell left blank under a merged cell is no key.

    >>> rows = (("홍길동", "상품1", "1000"), ("홍길동", "상품2", "2000"))
    >>> _tuples_of_one_key(TableShape(1, ("고객명", "상품", "가격"), rows, (0, 1, 2)), [r[0] for r in rows])
    True
    >>> rows = (("TCP", "22", "SSH"), ("TCP", "80", "HTTP"), ("UDP", "53", "DNS"))
    >>> _tuples_of_one_key(TableShape(1, ("프로토콜", "포트", "서비스"), rows, (0, 1, 2)), [r[0] for r in rows])
    False
    >>> rows = (("", "상품1", "1000"), ("", "상품2", "2000"))
    >>> _tuples_of_one_key(TableShape(1, ("고객명", "상품", "가격"), rows, (0, 1, 2)), [r[0] for r in rows])
    False
    """
    if not _lists_people(table):
        return False
    keys = [f for f in firsts if f]
    if len(set(keys)) == len(keys):
        return False
    return all(len(cell.split()) <= _VALUE_WORDS for row in table.rows for cell in row[1:])


def _lists_people(table: TableShape) -> bool:
    """Whether the first column is headed by people or records (:data:`~builder.analyse.words.RECORD_HOLDERS`:
    ``| 사용자 | 권한 |``, ``| 고객명 | 상품 |``)."""
    return bool(table.headers) and table.headers[0].strip().strip("*").casefold() in RECORD_HOLDERS


_VALUE_WORDS = 2
"""Words a cell of a relation's tuple holds at most (``상품1``, ``1000``, ``컴퓨터 공학``)."""

MIN_ROWS_FOR_A_TYPO = 4
"""Rows of records, at least, among which one id written with a typo still leaves them records."""


def _mistyped_id(cell: str, ids: Sequence[str]) -> bool:
    """Whether the cell is an id of the others with one character slipped: as long as they are,
    digits but one (``574ㅈ53`` beside ``435345``).  A code of its own kind (``5xx``, ``u+x``, ``20/21``)
    is no slip.

    >>> _mistyped_id("574ㅈ53", ["435345", "526524"]), _mistyped_id("5xx", ["200", "301"])
    (True, False)
    >>> _mistyped_id("20/21", ["22", "23"]), _mistyped_id("u+x", ["777", "755"])
    (False, False)
    """
    lengths = {len(i) for i in ids}
    return len(lengths) == 1 and len(cell) in lengths and sum(not c.isdigit() for c in cell) == 1


def _numbered_in_turn(labels: Sequence[str]) -> bool:
    """Whether the rows are one letter's things numbered from the first on (``P1``, ``P2``, ``P3``;
    ``T0``, ``T1``): the made-up processes or transactions of a worked example.  Things the notes
    name run from elsewhere (``L2``, ``L3``, ``L4`` switches) or under several letters (``S3``, ``EC2``).

    >>> _numbered_in_turn(["P1", "P2", "P3"]), _numbered_in_turn(["L2", "L3", "L4"]), _numbered_in_turn(["S3", "EC2"])
    (True, False, False)
    """
    found = [ROW_PLACEHOLDER.match(label) for label in labels]
    if not all(found):
        return False
    letters = {m["letters"].casefold() for m in found if m}
    numbers = [int(m["number"]) for m in found if m]
    return (
        len(letters) == 1
        and sorted(numbers) == list(range(min(numbers), min(numbers) + len(numbers)))
        and min(numbers) <= 1
    )


def introduced_as_example(table: TableShape, facts: Sequence[Fact]) -> bool:
    """Whether the table lists the made-up records of an example: the line right above it labels
    it one (``- 예시``, ``**예제 1**``, ``Example:``, ``예)``, ``- 사용 예시``) and its first column
    holds people or records (``| 사용자 | 권한 |``).  A table of kinds under the same label
    (``| 격리 수준 | Dirty Read |``) still compares them.

    >>> table = TableShape(3, ("사용자", "권한"), (("김", "소유자"), ("이", "SELECT")), (1, 2))
    >>> label = Fact("예시", (), "bullet", SourceRef("n.md", 1))
    >>> title = Fact("사용자별 권한", (), "bullet", SourceRef("n.md", 1))
    >>> introduced_as_example(table, [label]), introduced_as_example(table, [title])
    (True, False)
    """
    above = [f for f in facts if f.source.line < table.line]
    if above and _invites_to_suppose(max(above, key=lambda f: f.source.line).text):
        return True  # ``전공을 나타낼 Major 테이블을 상상해보자.``: whatever its rows, they are made up
    if not above or not _lists_people(table):
        return False
    label = max(above, key=lambda f: f.source.line).text.strip().strip("*:：").strip().casefold()
    if label.startswith(tuple(m.casefold() for m in EXAMPLE_MARKERS)):
        return True  # ``ex) 한 사람의 직업이 여러 개일 경우``: the example the table is written for
    words = re.sub(r"[()（）\d.\-]+", " ", label).split()
    markers = {m.strip(":：").casefold() for m in EXAMPLE_MARKERS}
    example_words = {*EXAMPLE_HEADINGS, *EXAMPLE_LABEL_WORDS}
    return label in markers or (0 < len(words) <= MAX_LABEL_WORDS and any(w in example_words for w in words))


def _invites_to_suppose(text: str) -> bool:
    """Whether the line ends by inviting the reader to suppose or imagine (``상상해보자``,
    ``있다고 가정하자.``, ``가정합시다``: :data:`~builder.analyse.words.SUPPOSING_NOUNS`, its verb
    suffix and a propositive ending, ``-자`` or ``-ㅂ시다``).

    >>> _invites_to_suppose("고객을 나타낼 테이블을 상상해보자."), _invites_to_suppose("이런 표가 있다고 가정하자.")
    (True, True)
    >>> _invites_to_suppose("주문 테이블이 있다고 가정합시다."), _invites_to_suppose("테이블을 상상해 봅시다.")
    (True, True)
    >>> _invites_to_suppose("다음 표는 요금을 비교한다."), _invites_to_suppose("가정용 요금제")
    (False, False)
    """
    pieces = [m for m in morphemes(text) if m.pos not in ("SF", "SE", "SS")]
    if not pieces or not pieces[-1].surface.endswith(("자", "시다")):
        return False
    nouns = [n for n, m in enumerate(pieces) if m.pos == "NNG" and m.surface in SUPPOSING_NOUNS]
    rest = pieces[nouns[-1] + 1 :] if nouns else []
    return (
        bool(rest)
        and rest[0].pos.startswith(("XSV", "XSA"))
        and all(m.pos.startswith(("XSV", "XSA", "VX", "EC", "EF", "EP")) for m in rest)
    )


MAX_LABEL_WORDS = 3
"""Words of a line that labels what follows (``사용 예시``, ``예시 데이터``); a longer line says something."""


def find_comparisons(
    title: str,
    source: SourceRef,
    facts: Sequence[Fact],
    sibling_runs: Sequence[Sequence[int]],
    tables: Sequence[TableShape],
) -> tuple[Comparison, ...]:
    """All comparisons of one topic, in source order, without two drawn from the same facts."""
    found: list[Comparison] = []
    versus = _versus(title, source, range(len(facts)), facts)
    if versus:
        found.append(versus)
    children = children_of(facts)
    for index, fact in enumerate(facts):
        titled = fact.kind == "numbered" or (fact.kind in ("bullet", "paragraph") and _only_versus(fact.text))
        if not titled:
            continue
        scope = descendants(index, children)
        if not scope and fact.kind != "numbered":
            scope = _run_after(index, facts)
        item_versus = _versus(fact.text, fact.source, scope, facts)
        if item_versus:
            found.append(item_versus)
    stated = list(found)  # the comparisons an ``A vs B`` line states
    for run in sibling_runs:
        # ``NAT Instances vs NAT Gateways`` over ``- NAT Instances(legacy) : …``: the entries are the
        # sides of the comparison their title states, not a second comparison of the same lines
        found.extend(e for e in _enumerations(title, run, facts, children) if not any(_restates(e, v) for v in stated))
    used = {i for c in found for i in c.facts}
    for index, fact in enumerate(facts):
        # A table row's cells are compared by its table; the row read as prose (``프로세스는 …
        # · 스레드: 스레드는 …``) would compare the same cells again, with the cell labels as debris.
        if index not in used and fact.kind != "table_row":
            parallel = _parallel(index, fact, title)
            if parallel:
                found.append(parallel)
    found.extend(c for c in (_table(title, t, facts) for t in tables) if c)
    return tuple(sorted(found, key=lambda c: c.source.line))


def _versus(title: str, source: SourceRef, scope: Sequence[int], facts: Sequence[Fact]) -> Comparison | None:
    subjects = versus_subjects(title)
    if len(subjects) < 2:
        return None
    points: dict[str, list[str]] = {s: [] for s in subjects}
    drawn = []
    folded = {s.strip().casefold(): s for s in subjects}
    for index in scope:
        text = facts[index].text
        own = _own_bullet(text, folded)
        if own is not None and (not own[1] or any(facts[i].parent == index for i in scope)):
            # ``- 해시 인덱스`` over its points: the side's own bullet; a note in brackets after the
            # name (``- TCP (연결 지향)``) is a point of it, a gloss (``- 동시성 (Concurrency)``, ``- Shared
            # Lock (공유 Lock)``) is not
            named, note = own
            if note and not _glosses(named, f"({note})") and note.split()[-1] not in named.split():
                points[named].append(note)
            drawn.append(index)
            continue
        side = _side_above(index, facts, folded)
        if side is not None:
            points[side].append(text)  # a point under its side's bullet is that side's, whoever it names
            drawn.append(index)
            continue
        clauses = parallel_clauses(text)
        for name, clause in clauses if len(clauses) >= 2 else [("", text)]:
            owner = _owner(name or clause, subjects) or _owner(clause, subjects)
            if owner:
                points[owner].append(said_of(owner, clause))
                drawn.append(index)
    if not drawn:
        return None
    sides = tuple(Side(s, tuple(points[s]), source) for s in subjects)
    return Comparison(title, sides, "versus", source, tuple(sorted(set(drawn))))


def _restates(enumeration: Comparison, versus: Comparison) -> bool:
    """Whether a list's comparison compares the sides an ``A vs B`` line over the same lines already
    does: each side of the versus opens a side of the list (``NAT Instances`` of ``NAT
    Instances(legacy)``), on lines the versus drew.  A list with a side of its own (``코루틴`` beside
    ``프로세스 vs 스레드``) compares more."""
    if not set(enumeration.facts) & set(versus.facts):
        return False
    names = [s.subject.casefold() for s in enumeration.sides]
    sides = [s.subject.casefold() for s in versus.sides]
    extra = [n for n in names if not any(n.startswith(side) for side in sides)]
    return all(any(n.startswith(side) for n in names) for side in sides) and all(n in STUDY_ASPECTS for n in extra)


def _only_versus(text: str) -> bool:
    """Whether a line says nothing but ``A vs B`` (the title of the lines under or after it).

    >>> _only_versus("파일럿 라이트 vs 웜 스탠바이"), _only_versus("S3는 EBS vs EFS보다 싸다")
    (True, False)
    """
    subjects = versus_subjects(text)
    return (
        len(subjects) >= 2
        and " vs ".join(subjects) == VERSUS_SPLIT.sub(" vs ", text.strip(" *:"))
        and all(_bare_name(s) for s in subjects)
    )


MAX_VERSUS_NAME_WORDS = 5
"""A side of an ``A vs B`` line is a name: this many words at most."""


def _bare_name(text: str) -> bool:
    """Whether the text is a name alone: a few words, no particle, ending or verb (``S3는 EBS`` is
    a clause)."""
    return len(text.split()) <= MAX_VERSUS_NAME_WORDS and not any(
        m.pos[0] in "JEV" or m.pos.startswith("XS") for m in morphemes(text)
    )


MAX_VERSUS_RUN = 8
"""Lines after an ``A vs B`` line, with nothing under it, read for its sides' points."""


def _run_after(index: int, facts: Sequence[Fact]) -> list[int]:
    """The lines after an ``A vs B`` line that nothing is written under: the items of its list
    that open with a side's name (``- 블루 그린: …``), up to the next paragraph or ``A vs B``
    line, at most :data:`MAX_VERSUS_RUN`; a line that only mentions a side (``HTTP는 TCP 위에서
    동작한다``) says nothing of it as an alternative."""
    sides = [s.casefold() for s in versus_subjects(facts[index].text)]
    run: list[int] = []
    for after in range(index + 1, min(len(facts), index + 1 + MAX_VERSUS_RUN)):
        fact = facts[after]
        if fact.kind == "paragraph" or _only_versus(fact.text):
            break
        if fact.text.strip().casefold().startswith(tuple(sides)):
            run.append(after)
    return run


def _side_above(index: int, facts: Sequence[Fact], sides: Mapping[str, str]) -> str | None:
    """The side whose own bullet (:func:`_own_bullet`) the fact is written under, if any."""
    parent = facts[index].parent
    while parent is not None and parent < index:
        own = _own_bullet(facts[parent].text, sides)
        if own is not None:
            return own[0]
        parent = facts[parent].parent
    return None


def _own_bullet(text: str, sides: Mapping[str, str]) -> tuple[str, str] | None:
    """The side (of ``sides``, by casefolded name) whose own bullet the line may be, and what its
    bracket says: its name alone (``- 해시 인덱스``), or its name and a bracket after it (``- Shared Lock
    (공유 Lock)``, ``- TCP (연결 지향)``).  A bracket with a number in it (``- 람다 (최대 15분 실행)``)
    makes the line a point of its own.

    >>> sides = {"shared lock": "Shared Lock", "람다": "람다"}
    >>> _own_bullet("Shared Lock", sides), _own_bullet("Shared Lock (공유 Lock)", sides)
    (('Shared Lock', ''), ('Shared Lock', '공유 Lock'))
    >>> _own_bullet("람다 (최대 15분 실행)", sides), _own_bullet("Shared Lock은 읽을 때 건다", sides)
    (None, None)
    """
    named = sides.get(text.strip().casefold())
    if named is not None:
        return named, ""
    glossed = _NAME_AND_BRACKET.fullmatch(text.strip())
    if glossed is None or any(c.isdigit() for c in glossed["inside"]):
        return None
    side = sides.get(glossed["name"].casefold())
    return (side, glossed["inside"].strip()) if side is not None else None


_NAME_AND_BRACKET = re.compile(r"(?P<name>[^()（）]+?)\s?[(（](?P<inside>[^()（）]+)[)）]")


_MARKER_REACH = 8
"""Characters after a name read for a :data:`STANDARD_MARKERS` word, spaces included."""


def _owner(text: str, subjects: Sequence[str]) -> str | None:
    """The subject named first in ``text``, matching case-insensitively; a name the line compares
    against (``해시 인덱스보다``, ``S3와 달리``: :data:`STANDARD_MARKERS`) is not what it is about."""
    lowered = text.casefold()
    positions = []
    for subject in subjects:
        # A whole name (a particle may follow: ``DAX는``); ``sqs`` inside ``amazon-sqs`` is another
        # name, which would show the answer.
        for found in re.finditer(rf"(?<![a-z0-9-]){re.escape(subject.casefold())}(?![a-z0-9-])", lowered):
            if not "".join(lowered[found.end() : found.end() + _MARKER_REACH].split()).startswith(STANDARD_MARKERS):
                positions.append((found.start(), subject))
                break
    return min(positions)[1] if positions else None


def _enumerations(
    title: str, run: Sequence[int], facts: Sequence[Fact], children: Mapping[int, list[int]]
) -> list[Comparison]:
    if len(run) < 2:
        return []
    parent = facts[run[0]].parent
    context = _list_title(facts, parent) if parent is not None else title
    numbered = facts[run[0]].kind == "numbered"
    named = [(i, _name_of(facts[i].text)) for i in run]
    found = []
    for group in _consecutive(named):
        names = [n for _, n in group]
        descriptions = [_desc_of(facts[i].text) for i, _ in group]
        if not numbered and _attributes(names, descriptions):
            continue  # ``상태: Stateless``, ``규칙: Allow``: attributes and values, asked one by one
        if not numbered and all(_only_a_count(d) for d in descriptions):
            continue  # ``Web Subnet : 2개``, ``DB Subnet : 4개``: how many of each, asked one by one as limits
        if numbered or _alike_names(names):
            described = [(i, n, _desc_of(facts[i].text)) for i, n in group]
            found.append(_enumeration(context, described, facts, children))
    if not found and numbered and all(_name_of(facts[i].text) is None for i in run):
        titles = [strip_parenthetical(facts[i].text).rstrip(" :：") for i in run]  # ``2. Interface Endpoint:``
        if all(len(t) <= 40 for t in titles) and _share_word(titles, last_only=True):
            titled = [(i, t, None) for i, t in zip(run, titles, strict=True)]
            found.append(_enumeration(context, titled, facts, children))
    return found


MAX_OWNER_CHARS = 20
"""The longest line above a labelled list that names whose list it is (``제약조건`` over ``종류``)."""


def _list_title(facts: Sequence[Fact], parent: int) -> str:
    """The title of a list of entries: its parent line, or, when that only labels the list (``종류``,
    ``특징``), the label with the line above it, which says whose (``제약조건 종류`` of ``- 제약조건`` ›
    ``- 종류`` › ``- NOT NULL : …``); a card under ``종류`` alone asks the kinds of what the heading names.
    """
    label = strip_parenthetical(without_pictographs(facts[parent].text)).strip(" :：*")
    above = facts[parent].parent
    if label not in SECTION_LABELS or above is None:
        return facts[parent].text
    owner = short_form(facts[above].text).rstrip(" :：")
    if (
        not owner
        or len(owner) > MAX_OWNER_CHARS
        or owner.endswith(CUT_MARK)
        or owner.casefold() in SECTION_LABELS
        or "?" in owner
        or has_predicate(owner)  # ``정리하면``, ``아래는 자주 쓰는 것``: no name of whose
        or VERSUS_SPLIT.search(owner) is not None  # ``TCP vs UDP``: two owners
    ):
        return facts[parent].text
    return f"{owner} {label}"


def _enumeration(
    context: str,
    members: Sequence[tuple[int, str, str | None]],
    facts: Sequence[Fact],
    children: Mapping[int, list[int]],
) -> Comparison:
    sides = []
    drawn = []
    for index, name, description in members:
        under = descendants(index, children)
        points = ([description] if description else []) + [facts[i].text for i in under]
        sides.append(Side(name, tuple(points), facts[index].source))
        drawn.extend([index, *under])
    return Comparison(context, tuple(sides), "enumeration", facts[members[0][0]].source, tuple(drawn))


def _only_a_count(description: str) -> bool:
    """Whether an entry's description is only how many there are (``2개``, ``약 100대``): beside
    other such entries, hiding a name would ask which thing has that many, which no count tells;
    each count is asked as a limit instead (or is a set-up's, :func:`~builder.analyse.values.sets_up`).

    >>> [_only_a_count(d) for d in ("2개", "약 100대", "443", "연결 지향, 2개의 채널")]
    [True, True, False, False]
    """
    found = find_quantities(description)
    return len(found) == 1 and found[0].kind == "count" and found[0].text == description.removeprefix("약").strip()


def _consecutive(named: list[tuple[int, str | None]]) -> list[list[tuple[int, str]]]:
    groups: list[list[tuple[int, str]]] = [[]]
    for index, name in named:
        if name is None:
            groups.append([])
        else:
            groups[-1].append((index, name))
    return [g for g in groups if len(g) >= 2]


def _glossed_entry(text: str) -> re.Match[str] | None:
    """A glossary line ``원자성(Atomicity) 모두 반영되거나 …`` (:data:`GLOSSED_ENTRY`), unless the
    description opens with a noun and its particle, which the glossed term modifies (``동시성(Concurrency)
    제어가 없으면 …``, ``회복(Recovery) 기법으로 …``): a compound noun, the sentence's subject.

    >>> bool(_glossed_entry("원자성(Atomicity) 모두 반영되거나 전혀 반영되지 않는다"))
    True
    >>> _glossed_entry("동시성(Concurrency) 제어가 없으면 갱신 손실이 생긴다") is None
    True
    """
    match = GLOSSED_ENTRY.match(text)
    if match is None:
        return None
    first = match["desc"].split()[0]
    pieces = morphemes(first)
    if len(pieces) >= 2 and pieces[0].pos.startswith("NN") and pieces[-1].pos.startswith("J"):
        return None
    return match


def _name_of(text: str) -> str | None:
    match = NAME_DESCRIPTION.match(text) or _glossed_entry(text)
    if not match or len(match["name"].strip()) > NAME_CHARS:
        return None
    name = match["name"].strip()
    label = name.casefold().split()[-1] if name.split() else ""
    if len(name.split()) > NAME_WORDS or label in SECTION_LABELS or has_predicate(name) or ORDINAL.match(name):
        return None
    return name


def _desc_of(text: str) -> str:
    match = NAME_DESCRIPTION.match(text) or _glossed_entry(text)
    return match["desc"].strip() if match else text


def _alike_names(names: Sequence[str]) -> bool:
    """Bullets ``이름 : 설명`` enumerate alternatives when their names look alike: a shared
    word (``X Standard`` / ``X Advanced``), three or more short names, or names that are all
    identifiers (``FCFS`` / ``SJF``)."""
    short = all(len(n.split()) <= 3 for n in names)
    identifiers = not any(is_hangul(c) for name in names for c in name)
    return _share_word(names) or (short and len(names) >= 3) or (short and identifiers)


def _share_word(names: Sequence[str], *, last_only: bool = False) -> bool:
    words = [n.casefold().split() for n in names]
    if not all(words):
        return False
    same_last = len({w[-1] for w in words}) == 1
    same_first = len({w[0] for w in words}) == 1 and all(len(w) > 1 for w in words)
    return same_last or (same_first and not last_only)


def parallel_clauses(text: str) -> list[tuple[str, str]]:
    """``X는 …, Y는 …`` → [(X, ``X는 …``), (Y, ``Y는 …``)]; clauses without a subject of their
    own stay with the subject before them.  A clause's subject is the noun phrase that opens it
    with the topic particle ``은``/``는`` (``또는`` is a connective, never a subject)."""
    starts = _clause_starts(text)
    found: list[tuple[str, int]] = []
    for phrase in noun_phrases(text):
        # ``…, 반면 프라이빗 서브넷은 …``: the connective opens the clause; the subject follows it.
        name = next((phrase.text[len(w) + 1 :] for w in _CONNECTIVES if phrase.text.startswith(w + " ")), phrase.text)
        if (
            phrase.start in starts
            and phrase.particle == "JX"
            and text[phrase.end : phrase.particle_end] in ("은", "는")
            and _is_subject(name)
        ):
            found.append((name, phrase.start))
    clauses = []
    for n, (name, start) in enumerate(found):
        end = found[n + 1][1] if n + 1 < len(found) else len(text)
        clauses.append((name, text[start:end].strip().rstrip(",;")))
    return clauses


_CONNECTIVES = tuple(o for o in LEANING_OPENERS if o not in POINTING_OPENERS and " " not in o)
"""One-word connectives that open a line's clause (``반면``, ``하지만``, ``또한``): no part of its subject."""


def _clause_starts(text: str) -> set[int]:
    """Where clauses start: the line's start, after a comma or a full stop, after a connective
    ending (``…있고``, ``…이며``)."""
    starts = {0}
    for morpheme in morphemes(text):
        ends_clause = morpheme.pos in ("SC", "SF") or (
            morpheme.last_pos == "EC" and morpheme.surface.endswith(("고", "며"))
        )
        if ends_clause:
            rest = text[morpheme.end :]
            starts.add(morpheme.end + len(rest) - len(rest.lstrip()))
    return starts


def _is_subject(name: str) -> bool:
    return len(name) <= 30 and name not in _GENERIC_SUBJECTS and not has_predicate(name)


def _parallel(index: int, fact: Fact, title: str = "") -> Comparison | None:
    """``X는 …, 반면 Y는 …``, ``X는 …, Y는 …`` under a heading that compares, or of names of one kind
    (``퀵 정렬``, ``버블 정렬``): several things each with a clause of their own are alternatives only
    when the notes say so."""
    clauses = parallel_clauses(fact.text)
    names = [n for n, _ in clauses]
    if len(clauses) < 2 or len(set(names)) != len(names) or not all(any(c.isalpha() for c in n) for n in names):
        return None
    folded = (fact.text + " " + title).casefold()
    if _refers_back(names) and not any(marker in fact.text.casefold() for marker in CONTRAST_MARKERS):
        return None  # ``분산 데이터베이스는 …. 데이터베이스는 …``: the second says more of the first
    if not any(marker in folded for marker in CONTRAST_MARKERS) and not _share_word(names, last_only=True):
        return None  # ``A는 …, B는 …, C는 …``: facts about three services, not alternatives
    if all(_states_only_a_quantity(name, clause, fact) for name, clause in clauses):
        return None  # "메모리는 10GB, 시간은 15분": attributes with values, not subjects
    sides = tuple(Side(name, (said_of(name, clause),), fact.source) for name, clause in clauses)
    return Comparison(" vs ".join(names), sides, "parallel", fact.source, (index,))


def _refers_back(names: Sequence[str]) -> bool:
    """Whether a later clause's subject is the tail of an earlier one's name (``분산 데이터베이스``,
    then ``데이터베이스``): without a word of contrast between them (``반면``), the same thing named
    for short, not a second subject.

    >>> _refers_back(["분산 데이터베이스", "데이터베이스"]), _refers_back(["퍼블릭 서브넷", "프라이빗 서브넷"])
    (True, False)
    """
    words = [name.casefold().split() for name in names]
    return any(
        len(later) < len(earlier) and earlier[-len(later) :] == later
        for n, earlier in enumerate(words)
        for later in words[n + 1 :]
    )


_GLOSS_AFTER_NAME = re.compile(r"\s?[(（][^()（）]*[)）]")
"""A bracketed gloss right after a name (``(Concurrency)``, `` (Transmission Control Protocol)``)."""


MAX_HANGUL_GLOSS_WORDS = 4
"""Words of a Hangul gloss of a Latin name (``(전송 제어 프로토콜)``); more make a note."""


def _glosses(name: str, bracket: str) -> bool:
    """Whether a bracket after a name only glosses it: the name in the other script (``동시성
    (Concurrency)``, ``TCP (전송 제어 프로토콜)``) or an acronym spelled out.  A note (``람다 (최대 15분
    실행)``, ``Lambda (짧게 실행)``) tells the sides apart and stays.

    >>> _glosses("동시성", "(Concurrency)"), _glosses("TCP", " (Transmission Control Protocol)")
    (True, True)
    >>> _glosses("람다", "(최대 15분 실행)"), _glosses("Lambda", "(짧게 실행)")
    (False, False)
    """
    inside = bracket.strip()[1:-1].strip()
    if not inside or any(c.isdigit() for c in inside):
        return False  # ``(최대 15분 실행)``, ``(v2)``: a note of its own
    if spells_out(name.strip(), inside):
        return True
    hangul_name, hangul_inside = any(map(is_hangul, name)), any(map(is_hangul, inside))
    latin_inside = any(c.isascii() and c.isalpha() for c in inside)
    if hangul_name:
        return latin_inside and not hangul_inside  # ``동시성 (Concurrency)``
    # ``TCP (전송 제어 프로토콜)``: nouns that name it; ``Lambda (짧은 실행)`` is a note
    return hangul_inside and not latin_inside and len(inside.split()) <= MAX_HANGUL_GLOSS_WORDS and only_names(inside)


def said_of(name: str, clause: str) -> str:
    """What a clause says of the name it opens with: ``게이트웨이 엔드포인트는 무료이고`` → ``무료``.
    The side is shown beside its name, so the name again (``X — X은(는) 무료이고``) is clutter, and
    a copula left hanging (``…이고``) reads as a cut sentence.

    >>> said_of("인터페이스 엔드포인트", "인터페이스 엔드포인트는 요금이 부과됩니다.")
    '요금이 부과됩니다.'
    >>> said_of("S3", "S3 Glacier는 아카이브용이다")
    'S3 Glacier는 아카이브용이다'

    The name as the label of its own line (``웜 스탠바이: 축소된 전체 시스템``) is the same clutter:

    >>> said_of("웜 스탠바이", "웜 스탠바이 : 축소된 전체 시스템")
    '축소된 전체 시스템'

    A gloss written after the name goes with it (``동시성(Concurrency): …``): left beside a hidden
    name, it would translate the answer.

    >>> said_of("동시성", "동시성(Concurrency): 여러 작업이 번갈아 실행되는 것")
    '여러 작업이 번갈아 실행되는 것'
    >>> said_of("TCP", "TCP (Transmission Control Protocol)는 연결형이다")
    '연결형이다'

    A note after the name (``(legacy)``) is kept: it tells the side apart.

    >>> said_of("NAT Instances", "NAT Instances(legacy) : Community AMI로 가동")
    '(legacy) Community AMI로 가동'
    """
    if not name or not clause.casefold().startswith(name.casefold()):
        return clause
    rest = clause[len(name) :]
    gloss = _GLOSS_AFTER_NAME.match(rest)
    if gloss and rest[gloss.end() :].lstrip()[:1] in (":", "은", "는") and _glosses(name, gloss.group()):
        rest = rest[gloss.end() :]
    elif gloss and (labelled := re.match(r"\s?:(?=\s)", rest[gloss.end() :])):
        # ``NAT Instances(legacy) : …``: a note on the side, which the side keeps, before what follows
        said = rest[gloss.end() + labelled.end() :].strip()
        if any(c.isalnum() for c in said):
            return f"{gloss.group().strip()} {said}"
    label = re.match(r"\s?:(?=\s)", rest)  # ``S3://버킷`` is a path, not a label
    if label and any(c.isalnum() for c in rest):
        return rest[label.end() :].strip()
    if rest[:1] not in ("은", "는", " ") or (rest[:1] == " " and rest.lstrip()[:1].isascii()):
        return clause  # ``S3 Glacier는 …`` under ``S3``: another name, which stays
    rest = rest[1:] if rest[:1] in ("은", "는") else rest
    rest = rest.strip().rstrip(",;").strip()
    for ending in COPULA_JOINTS:
        if rest.endswith(ending) and len(rest) > len(ending):
            rest = rest[: -len(ending)].rstrip()
            break
    return rest if any(c.isalnum() for c in rest) else clause


def _states_only_a_quantity(name: str, clause: str, fact: Fact) -> bool:
    rest = clause[len(name) :]
    for quantity in fact.quantities:
        rest = rest.replace(quantity.text, "")
    words = [w for w in rest.split()[1:] if w not in FILLERS]
    return any(q.text in clause for q in fact.quantities) and len("".join(words)) <= 6


def _table(title: str, table: TableShape, facts: Sequence[Fact]) -> Comparison | None:
    """A table compares its rows (``| S3 Standard | 99.99% | … |``: the first cell names each
    row), unless its corner cell is empty or a label (``| 구분 | TCP | UDP |``): then its columns,
    as when its two headers are the names and its rows say what each is (``| TCP | UDP |`` over
    ``| 연결형 | 비연결형 |``).
    A table too wide to read on a card compares nothing; its rows still make their own cards."""
    source = SourceRef(facts[table.facts[0]].source.path, table.line) if table.facts else None
    if source is None or len(table.rows) < 2 or len(table.headers) < 2 or holds_records(table):
        return None
    if mostly_marks([cell for row in table.rows for cell in row[1:]]):
        return None  # ``| Safe | O | X | O |``: a matrix of yes and no, read on the cheat sheet
    corner = table.headers[0].strip().strip("*").casefold()
    # ``IPv4 주소 유형`` over rows 용도, 범위 names what the columns are kinds of; over rows ``t3.micro``,
    # ``m5.large`` (names) it heads them; a lone ``Type`` heads a column of values.
    rows_named = _name_share([r[0] for r in table.rows if r]) >= NAMED_ROWS_SHARE
    kind_corner = _names_a_kind(corner) and not rows_named
    labelled = not corner or corner in TABLE_CORNERS or kind_corner
    if len(table.headers) == 2 and labelled and describes(table.headers[1]):
        return None  # ``| 항목 | 설명 |``: the topic's fields (기본 크기, 목적), asked row by row
    # Otherwise the side whose cells look more like names (``TCP``, ``S3 Standard``) than like
    # attributes (``신뢰성``, ``내구성 (Durability)``) holds the subjects.
    names_across = _name_share(table.headers[1:]) > _name_share([r[0] for r in table.rows if r])
    # Headers that name aspects (``| | 유형 | 범위 | 특징 |``) are attributes whatever the corner says:
    # the rows are the compared things.
    # (``## 전송 모드 vs 터널 모드`` over ``| 구분 | 전송 모드 | 터널 모드 |`` names the columns it compares)
    aspect_headers = _aspect_share(
        table.headers[1:], kinds=not rows_named
    ) >= ASPECT_HEADER_SHARE and not _names_the_columns(title, table.headers[1:])
    by_columns = (
        len(table.headers) >= 3
        and (labelled or names_across)
        and not aspect_headers
        and all(h.strip() for h in table.headers[1:])
    )
    if len(table.headers) == 2 and not labelled and names_across and not aspect_headers and _two_names(table.headers):
        # ``| TRUNCATE | DELETE |`` over rows of what each is: no label column; each column is a side.
        sides = tuple(
            Side(header, tuple(row[n] for row in table.rows if n < len(row) and row[n].strip()), source)
            for n, header in enumerate(table.headers)
        )
    elif by_columns:
        sides = tuple(
            Side(
                header,
                # ``| 생성 시간 | 프로세스는 느림 |`` under ``프로세스``: the cell says it of its column.
                tuple(
                    f"{row[0]}: {said_of(header, row[n])}" if row[0] else said_of(header, row[n])
                    for row in table.rows
                    if n < len(row) and row[n]
                ),
                source,
            )
            for n, header in enumerate(table.headers)
            if n > 0
        )
    else:
        if not all(r and r[0].strip() for r in table.rows):
            return None
        if _attributes([r[0] for r in table.rows], [c for r in table.rows for c in r[1:]]):
            return None  # ``| 적용 단위 | Subnet |``: attributes and their values, asked row by row
        named = len(table.headers) > 2
        alias = _alias_column(table)
        sides = tuple(
            Side(
                f"{row[0]} ({row[alias]})" if alias and alias < len(row) and row[alias].strip() else row[0],
                tuple(
                    f"{table.headers[n]}: {cell}" if named and n < len(table.headers) else cell
                    for n, cell in enumerate(row[1:], 1)
                    if n != alias and cell.strip() and cell.strip() not in ("-", "—")
                ),
                facts[i].source,
            )
            for row, i in zip(table.rows, table.facts, strict=False)
        )
    if sum(len(p) for side in sides for p in side.points) > MAX_TABLE_CHARS:
        return None
    return Comparison(title, sides, "table", source, table.facts)


def _names_the_columns(title: str, headers: Sequence[str]) -> bool:
    """Whether an ``A vs B`` title names the table's columns, each once (``전송 모드 vs 터널 모드`` over
    ``| 구분 | 전송 모드 | 터널 모드 |``).

    >>> _names_the_columns("전송 모드 vs 터널 모드", ["전송 모드", "터널 모드"])
    True
    >>> _names_the_columns("전송 모드 vs 터널 모드", ["보호 범위", "용도"]), _names_the_columns("IPsec", ["AH", "ESP"])
    (False, False)
    """
    subjects = sorted(s.strip().casefold() for s in versus_subjects(title))
    return len(subjects) >= 2 and subjects == sorted(h.strip().strip("*").strip().casefold() for h in headers)


def _two_names(headers: Sequence[str]) -> bool:
    """Whether both headers are short names, not aspects (``TRUNCATE`` and ``DELETE``, not ``항목``)."""
    return all(
        _names_something(h) and len(h.split()) <= ALIAS_WORDS and h.strip().strip("*").casefold() not in _ASPECT_NAMES
        for h in headers
    )


ALIAS_WORDS = 3
"""A cell of at most this many words can be another name of its row."""


def describes(header: str) -> bool:
    """Whether a column header only says its cells describe the row (``설명``, ``내용``, ``Value``)."""
    return header.strip().strip("*").strip().casefold() in DESCRIPTION_HEADERS


def _alias_column(table: TableShape) -> int | None:
    """The column that gives each row's subject another name (``| 1NF | 제1정규형 | 원자값 … |``):
    shown beside a hidden ``1NF``, ``제1정규형`` would answer it, so it goes with the name.  Only a
    column headed as a name (:data:`~builder.analyse.words.NAME_HEADERS`) or one that spells out each
    row's acronym, in a table of three columns or more whose other columns still describe."""
    if len(table.headers) < 3:
        return None
    for n in range(1, len(table.headers) - 1):
        cells = [r[n].strip() for r in table.rows if n < len(r)]
        if len(cells) != len(table.rows) or len(set(cells)) != len(cells):
            continue
        named = table.headers[n].strip().strip("*").casefold() in NAME_HEADERS and all(
            c and len(c.split()) <= ALIAS_WORDS and _names_something(c) for c in cells
        )
        # ``| SJF | Shortest Job First | … |``: every cell spells out its row's acronym, whatever the header.
        spelled = all(spells_out(r[0].strip(), r[n]) for r in table.rows if r)
        if named or spelled:
            return n
    return None


def _names_something(cell: str) -> bool:
    """More letters than digits: a name (``제1정규형``), not a value (``99.99%``, ``30일``)."""
    letters = sum(ch.isalpha() for ch in cell)
    return letters >= 2 and letters > sum(ch.isdigit() for ch in cell)


_ASPECT_NAMES = frozenset({w.casefold() for w in ASPECT_WORDS} | SECTION_LABELS | GENERIC_NOUNS)
"""Words that name an aspect or a part of a subject (``보안``, ``유형``, ``특징``), casefolded: a table
cell made of one is an attribute, not a compared thing."""


def _attributes(names: Sequence[str], values: Sequence[str]) -> bool:
    """Short values under names that do not read as names (``적용 단위 | Subnet``): each value is
    the thing to learn about its attribute, and hiding the attribute asks nothing."""
    short = [v for v in values if v.strip()]
    if any(ORDINAL.match(n.strip()) for n in names):
        return True  # ``첫번째 | 장치명``: positions in an order, not names
    if sum(n.strip().strip("*").casefold() in _ASPECT_NAMES for n in names) * 2 > len(names):
        return True  # ``| 보안 | … |``, ``| 성능 | … |``: categories of one subject, not alternatives
    if not short or _name_share(names) >= 0.5 or sum(map(len, short)) / len(short) > 15:
        return False
    return _name_share(short) >= 0.5  # the values are names (``Subnet``, ``Stateless``), the attributes words


ASPECT_HEADER_SHARE = 0.5
"""Share of a table's headers that name aspects (``유형``, ``범위``, ``요금``) above which its columns
are attributes, not compared things."""


NAMED_ROWS_SHARE = 0.5
"""Share of a table's first cells that open like names (``S3 Standard``, ``t3.micro``) from which its
rows are the things compared, whatever its headers and corner say."""


def _aspect_share(headers: Sequence[str], *, kinds: bool = True) -> float:
    """The share of headers that name an aspect (``유형``, ``요금``, ``스토리지 유형``); a header that
    names a kind of it is none (``inetd 타입``: a name before it; ``공인 IP`` beside ``사설 IP``: one
    noun, told apart by the word before it) unless ``kinds`` is off (the rows are named things, so
    ``저장 요금`` beside ``요청 요금`` are two prices of each).

    >>> _aspect_share(["유형", "요금"]), _aspect_share(["standalone", "inetd 타입"])
    (1.0, 0.0)
    >>> _aspect_share(["공인 IP", "사설 IP"])
    0.0
    """
    named = [h.strip().strip("*").strip().casefold() for h in headers if h.strip()]
    heads = [h.split()[-1] for h in named]
    shared = {h for h, head in zip(named, heads, strict=True) if len(h.split()) > 1 and heads.count(head) > 1}

    def aspect(header: str) -> bool:
        words = header.split()
        if kinds and (header in shared or any(w.isascii() and w[:1].isalpha() for w in words[:-1])):
            return False
        return header in _ASPECT_NAMES or words[-1] in _ASPECT_NAMES

    return sum(map(aspect, named)) / len(named) if named else 0.0


def _name_share(cells: Sequence[str]) -> float:
    """The share of cells that open like a name: a Latin letter or a digit (``TCP``, ``S3 …``)."""
    opened = [c.strip().strip("*").strip() for c in cells if c.strip()]
    return sum(c[:1].isascii() and c[:1].isalnum() for c in opened) / len(opened) if opened else 0.0
