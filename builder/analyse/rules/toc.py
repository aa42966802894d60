"""``toc``: a table-of-contents line: kramdown's ``* TOC`` / ``{:toc}``, ``목차``, or an entry that
only links to a heading of the page (``[개요](#개요)``)."""

from __future__ import annotations

from builder.analyse.rules.line import Line


def applies(line: Line) -> bool:
    if line.bare.casefold() in ("toc", "목차", "table of contents", "contents"):
        return True
    linked = [s for s in line.spans if s.text.strip()]
    return bool(linked) and all(s.href is not None and s.href.startswith("#") for s in linked)
