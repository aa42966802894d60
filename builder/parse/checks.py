"""Warnings about inline markup the notes keep only as text: raw HTML, odd links.

Nothing here changes the model (the inline parser already keeps just the text); it tells the
learner, with file and line, what was not shown or fetched and why.  Pictures are checked where
they are read, in :mod:`builder.parse.images`.
"""

from __future__ import annotations

from pathlib import Path
from urllib.parse import urlsplit

from markdown_it.tree import SyntaxTreeNode

from builder.errors import Problems
from builder.parse.rawhtml import LIVE_HTML


def check_inline(inline: SyntaxTreeNode, line: int, *, problems: Problems, path: str, base_dir: Path | None) -> None:
    """Warn about raw HTML or links we reduced to their text."""
    for node in inline.walk():
        if node.type == "html_inline" and LIVE_HTML.search(node.content):
            problems.warn(path, line, f"removed raw HTML {node.content.strip()[:40]!r}; it is never run or shown")
        elif node.type == "link" and urlsplit(str(node.attrs.get("href", ""))).scheme.lower() not in (
            "",
            "http",
            "https",
            "mailto",
        ):
            problems.warn(
                path, line, f"link {str(node.attrs.get('href'))[:40]!r} is not a web address; kept as plain text"
            )
