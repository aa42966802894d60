"""The line rules: what a line of notes is, decided in a written-down order.

Each rule is a small module with a docstring and a fixture of examples
(``tests/fixtures/rules/<name>.txt``).  :data:`LINE_RULES` lists them in the order they are
tried; the first that applies names the line's role, and a line with a role other than a
statement makes no card, for the reason the rule gives (shown by ``inspect``, counted in the
build summary).  A line no rule claims is a ``statement``: the card rules of
:mod:`builder.analyse` decide which cards it feeds.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from builder.analyse.rules import (
    arithmetic,
    choices,
    code,
    example,
    exercise_answer,
    fill_in,
    image,
    label,
    leaning,
    list_count,
    matrix,
    no_words,
    outline,
    personal,
    question,
    reference,
    source_tag,
    statistic,
    step,
    title,
    toc,
    todo,
    unfinished,
)
from builder.analyse.rules.line import Line


@dataclass(frozen=True, slots=True)
class LineRule:
    name: str
    applies: Callable[[Line], bool]
    reason: str
    """Why a line of this role makes no card, as ``inspect`` and the build summary say it."""


LINE_RULES: tuple[LineRule, ...] = (
    LineRule("code", code.applies, "a code block (shown on the cheat sheet)"),
    LineRule("no_words", no_words.applies, "no words to learn (symbols or markup only)"),
    LineRule("todo", todo.applies, "the learner's own to-do or study plan, not a fact"),
    LineRule("personal", personal.applies, "the writer's own story or impression, not a fact of the subject"),
    LineRule("image", image.applies, "an image or its caption"),
    LineRule("toc", toc.applies, "a table-of-contents line"),
    LineRule("source_tag", source_tag.applies, "a source tag"),
    LineRule("reference", reference.applies, "a reference or link, not a fact"),
    LineRule("label", label.applies, "a section or callout label"),
    LineRule("list_count", list_count.applies, "counts the items of the list it titles (the items make the cards)"),
    LineRule("title", title.applies, "heads the lines under it (shown as their context)"),
    LineRule("matrix", matrix.applies, "a row of a table of yes/no marks (read on the cheat sheet)"),
    LineRule("statistic", statistic.applies, "a survey's or a market's share (a figure of its year, not a fact)"),
    LineRule("example", example.applies, "an example (illustrates a fact; not one itself)"),
    LineRule("arithmetic", arithmetic.applies, "a worked calculation"),
    LineRule("choices", choices.applies, "answer choices of an exam question"),
    LineRule("exercise_answer", exercise_answer.applies, "the answer of an exercise above (alone it answers nothing)"),
    LineRule("fill_in", fill_in.applies, "a line of a fill-in exercise: (가), (나)… stand for what it asks"),
    LineRule("question", question.applies, "a question without its answer on the line"),
    LineRule("outline", outline.applies, "an outline entry: a topic and what to study of it, no claim"),
    LineRule("step", step.applies, "a step of a procedure (a click path)"),
    LineRule("leaning", leaning.applies, "leans on the line before it (its subject is not on the line)"),
    LineRule("unfinished", unfinished.applies, "cut off mid-sentence (its end is not on the line)"),
)
"""The line rules in the order they are tried."""

RULE_NAMES = tuple(rule.name for rule in LINE_RULES)


def rule_named(name: str) -> LineRule:
    """The line rule of that name (the roles a heading or an exam review gives a line)."""
    return next(rule for rule in LINE_RULES if rule.name == name)


def line_role(line: Line) -> LineRule | None:
    """The first rule that claims the line, or None for a statement."""
    for rule in LINE_RULES:
        if rule.applies(line):
            return rule
    return None


def image_caption(text: str) -> bool:
    """Whether ``text`` is only an image's file name or a figure label (``12.png``, ``그림 3``),
    a name with no description (``Kinesis_Data_Analytics``, ``SQS``), or a blog tool's note about
    the file (``대체 텍스트가 없습니다; 파일명은 image.png 입니다``): alt text that tells a learner
    nothing in place of a picture that cannot be shown."""
    words = text.split()
    return image.applies(Line(text, (), "paragraph")) or len(words) < 2 or image.names_a_file(text)


__all__ = ["LINE_RULES", "RULE_NAMES", "Line", "LineRule", "image_caption", "line_role", "rule_named"]
