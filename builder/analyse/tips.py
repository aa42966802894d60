"""Tips: statements the author emphasised, ``=>`` conclusions, and ``사용 사례`` lines."""

from __future__ import annotations

from collections.abc import Sequence

from builder.analyse.shapes import ARROW, LEADING_ARROW, USE_CASE
from builder.model import Fact, Tip

_QUOTES = "`\"'“”‘’"


def find_tips(facts: Sequence[Fact]) -> tuple[Tip, ...]:
    """At most one tip per fact, in fact order."""
    tips = []
    for index, fact in enumerate(facts):
        tip = _tip_of(index, fact)
        if tip is not None:
            tips.append(tip)
    return tuple(tips)


def _tip_of(index: int, fact: Fact) -> Tip | None:
    text = fact.text.strip()
    use_case = USE_CASE.match(text)
    if use_case:
        return Tip(use_case["rest"].strip(), "use_case", index, fact.source)
    if is_emphasised(fact):
        return Tip(LEADING_ARROW.sub("", text.strip(_QUOTES + " ")), "emphasis", index, fact.source)
    arrow = ARROW.search(text)
    if arrow and concludes(text, arrow.start(), arrow["rest"]):
        return Tip(arrow["rest"].strip(_QUOTES + " "), "conclusion", index, fact.source)
    return None


def concludes(text: str, arrow: int, rest: str) -> bool:
    """Whether what follows an arrow is the line's conclusion: not the inside of an aside the arrow
    sits in (``SIGTSTP (일시 정지 → bg/fg로 제어)``), and not a label that opens what comes next
    (``→ 배운 점/느낀 점:``).

    >>> line = "Ctrl+Z: SIGTSTP (일시 정지 → bg/fg로 제어)"
    >>> concludes(line, line.index("→"), "bg/fg로 제어)"), concludes("캐시 적중 → 지연 감소", 6, "지연 감소")
    (False, True)
    >>> concludes("회고 → 배운 점/느낀 점:", 3, "배운 점/느낀 점:")
    False
    """
    if text.count("(", 0, arrow) > text.count(")", 0, arrow):
        return False
    return not rest.rstrip().endswith((":", "："))


def is_emphasised(fact: Fact) -> bool:
    """The whole line is bold or in backticks (a fenced code block is not emphasis)."""
    if fact.kind == "code" or not fact.text.strip():
        return False
    marked = [s for s in fact.spans if s.text.strip()]
    return bool(marked) and all({"strong", "code"} & s.marks for s in marked)
