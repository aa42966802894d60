"""Numbered entries and the facts their authors put under them.

Learners often write ``1. 제목`` and then ``- …`` bullets at column 0.  CommonMark makes
those bullets a sibling list, but the author meant them as the entry's children.  They are
re-attached when the entry reads as a title (no ``이름 : 설명`` of its own) or when the
numbering resumes right after the bullets (``2.`` follows) — the two signs that the bullets
belong to the numbered entry rather than to the topic.
"""

from __future__ import annotations

from builder.analyse.shapes import NAME_DESCRIPTION
from builder.model import Item, descends_from
from builder.parse.blocks import RawFact


def text_of(fact: RawFact) -> str:
    return "".join(s.text for s in fact.spans)


def is_title_like(fact: RawFact) -> bool:
    """A short entry with no ``name : description`` of its own."""
    text = text_of(fact)
    return NAME_DESCRIPTION.match(text) is None and len(text) <= 80


def reattach_bullets(facts: list[RawFact]) -> None:
    """Move bullet runs that follow a numbered entry under it (in place; order is unchanged)."""
    top = [i for i, f in enumerate(facts) if f.parent is None]
    for position, index in enumerate(top):
        fact = facts[index]
        if fact.kind != "bullet" or position == 0:
            continue
        head = facts[top[position - 1]]
        if head.number is None or head.kind != "numbered":
            continue
        run = _bullet_run(facts, top, position)
        after = top[position + len(run)] if position + len(run) < len(top) else None
        resumes = after is not None and facts[after].number == (head.number or 0) + 1
        if is_title_like(head) or resumes:
            _move_under(facts, top[position - 1], run)


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
