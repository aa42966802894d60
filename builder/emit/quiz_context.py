"""The cheat sheet's tables as a self-test: every value and name a numbered blank, answers apart.

Built from the cheat sheet's own context (:func:`builder.emit.sheet_context.build_context`):
the table of limits with each value blanked, and each comparison with its subjects' names
blanked.  An answer must not be readable on the question pages, so every other place it is
written there (a comparison's title or points, a topic's name, another row's label) is masked
too: by the blank's number where the mention is of a subject of the same table (``(3)``),
by an unnumbered gap elsewhere.  Names are found as the comparison cards find them
(:func:`builder.emit.cloze.occurrences`); values as written.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TypedDict

from markupsafe import Markup

from builder.analyse.names import name_variants
from builder.emit.cloze import Deletion, occurrences
from builder.emit.sheet_context import SheetContext

GAP = "\uff3f" * 3
"""What an answer mentioned outside its own table is masked with: fullwidth low lines, which
CJK fonts draw as one unbroken line."""


class Blank(TypedDict):
    number: int
    answer: str


class LimitQuestion(TypedDict):
    what: Markup
    blank: Blank


class LimitSet(TypedDict):
    topic: Markup
    rows: list[LimitQuestion]


class ComparisonQuestion(TypedDict):
    title: Markup
    topic: Markup | None
    blanks: list[Blank]
    points: list[list[Markup]]
    wide: bool


class KeyPart(TypedDict):
    title: str
    answers: list[Blank]


class QuizContext(TypedDict):
    title: str
    paper: str
    limits: list[LimitSet]
    comparisons: list[ComparisonQuestion]
    key: list[KeyPart]
    counts: dict[str, int]


def build_quiz(sheet: SheetContext) -> QuizContext:
    """The quiz of a cheat sheet: limits first, then comparisons, numbered in that order."""
    numbers = iter(range(1, 1_000_000))
    values = sorted({row["value"] for group in sheet["limits"] for row in group["rows"]}, key=lambda v: (-len(v), v))
    names = sorted(
        {s.strip() for c in sheet["comparisons"] for s in c["subjects"] if s.strip()}, key=lambda v: (-len(v), v)
    )
    everywhere = [(0, values), *((0, name_variants(n, tails=False)) for n in names)]

    limits: list[LimitSet] = []
    for group in sheet["limits"]:
        rows = [
            LimitQuestion(what=mask(row["what"], everywhere), blank=_blank(next(numbers), row["value"]))
            for row in group["rows"]
        ]
        limits.append(LimitSet(topic=mask(group["topic"], everywhere), rows=rows))

    comparisons: list[ComparisonQuestion] = []
    for c in sheet["comparisons"]:
        blanks = [_blank(next(numbers), s) for s in c["subjects"]]
        own = [(b["number"], name_variants(b["answer"], tails=False)) for b in blanks if b["answer"].strip()]
        names_here = [*own, *everywhere]
        comparisons.append(
            ComparisonQuestion(
                title=mask(c["title"], names_here),
                topic=mask(c["topic"], names_here) if c["topic"] != c["title"] else None,
                blanks=blanks,
                points=[[mask(p, names_here) for p in side] for side in c["points"]],
                wide=c["wide"],
            )
        )
    key = [
        KeyPart(title="한도", answers=[row["blank"] for group in limits for row in group["rows"]]),
        KeyPart(title="비교", answers=[b for c in comparisons for b in c["blanks"]]),
    ]
    counts = {"limits": len(key[0]["answers"]), "names": len(key[1]["answers"]), "comparisons": len(comparisons)}
    return QuizContext(
        title=sheet["title"],
        paper=sheet["paper"],
        limits=limits,
        comparisons=comparisons,
        key=[part for part in key if part["answers"]],
        counts=counts,
    )


def mask(text: str, answers: Sequence[tuple[int, Sequence[str]]]) -> Markup:
    """``text`` as HTML with every mention of an answer hidden: ``(n)`` for a numbered one
    (number > 0), a gap for the others."""
    hidden = occurrences(text, answers)
    out: list[str] = []
    last = 0
    for deletion in hidden:
        out.append(Markup.escape(text[last : deletion.start]))
        out.append(_hidden(deletion))
        last = deletion.end
    out.append(Markup.escape(text[last:]))
    return Markup("".join(out))


def _hidden(deletion: Deletion) -> Markup:
    if deletion.number:
        return Markup('<span class="ref">({})</span>').format(deletion.number)
    return Markup('<span class="gap">{}</span>').format(GAP)


def _blank(number: int, answer: str) -> Blank:
    return Blank(number=number, answer=answer)
