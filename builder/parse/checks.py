"""Warnings about inline markup the notes keep only as text: images, raw HTML, odd links.

Nothing here changes the model (the inline parser already keeps just the text); it tells the
learner, with file and line, what was not shown or fetched and why.
"""

from __future__ import annotations

from pathlib import Path
from urllib.parse import unquote, urlsplit

from markdown_it.tree import SyntaxTreeNode

from builder.errors import Problems
from builder.parse.rawhtml import LIVE_HTML


def check_inline(inline: SyntaxTreeNode, line: int, *, problems: Problems, path: str, base_dir: Path | None) -> None:
    """Warn about images we cannot show and raw HTML or links we reduced to their text."""
    for node in inline.walk():
        if node.type == "image":
            _check_image(str(node.attrs.get("src", "")), line, problems, path, base_dir)
        elif node.type == "html_inline" and LIVE_HTML.search(node.content):
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


def _check_image(src: str, line: int, problems: Problems, path: str, base_dir: Path | None) -> None:
    parts = urlsplit(src)
    if parts.scheme or parts.netloc:
        problems.warn(
            path, line, f"image {src[:60]!r} is not a file beside the notes; nothing is fetched, its alt text is kept"
        )
    elif base_dir is not None and src and not (base_dir / unquote(parts.path)).is_file():
        problems.warn(path, line, f"image {src[:60]!r} not found; its alt text is kept")
