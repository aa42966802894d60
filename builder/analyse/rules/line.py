"""What a line rule looks at: one fact's text and marks, its kind and its place."""

from __future__ import annotations

from dataclasses import dataclass

from builder.model import FactKind, Span

LABEL_MARKS = " :：-–—*#>[](){}.·•|"
"""What stands around a label and is no part of it (``**장점**:``, ``[!note]``)."""


@dataclass(frozen=True, slots=True)
class Line:
    text: str
    spans: tuple[Span, ...] = ()
    kind: FactKind = "bullet"
    has_children: bool = False
    """Lines are written under it (it heads a sub-list)."""
    leads_items: bool = False
    """List items follow it: its own, or a run of items right after it (a paragraph over a list)."""

    @property
    def bare(self) -> str:
        """The text without outer punctuation and spaces (``**장점**:`` → ``장점``)."""
        return self.text.strip().strip(LABEL_MARKS).strip()
