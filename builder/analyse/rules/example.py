"""``example``: a line that opens as an example (``Ex) …``, ``예) …``, ``예를 들어, …``,
``e.g. …``), or plays out a scenario with things named by letters (``VPC A에는 … 있지만, VPC B에는
없다``, ``개발자(A) -> 자격증(B)``).  Its numbers and names belong to the example, not to a fact."""

from __future__ import annotations

from builder.analyse.rules.line import Line
from builder.analyse.shapes import PLACEHOLDER
from builder.analyse.words import EXAMPLE_MARKERS


def applies(line: Line) -> bool:
    text = line.text.strip().lstrip("-*•·(").strip().casefold()
    return text.startswith(EXAMPLE_MARKERS) or _scenario(line.text)


def _scenario(text: str) -> bool:
    """Two things named by different letters: ``VPC A`` and ``VPC B``, ``(A)`` and ``(B)``."""
    bracketed: set[str] = set()
    bare: dict[str, set[str]] = {}
    for found in PLACEHOLDER.finditer(text):
        if found["bracketed"]:
            bracketed.add(found["bracketed"])
        else:
            bare.setdefault(found["head"], set()).add(found["bare"])
    return len(bracketed) >= 2 or any(len(labels) >= 2 for labels in bare.values())
