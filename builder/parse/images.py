"""Pictures in the notes → :class:`~builder.model.Image`: found, resolved inside the notes folder, checked.

Three ways to write one: markdown ``![alt](path)``, HTML ``<img src alt width>`` and Obsidian
``![[name.png]]`` / ``![[name.png|400]]``, which names a file anywhere under the notes folder (as
Obsidian does: the note's own folder first, else the shortest path).  A path is resolved with
symlinks and ``..`` followed and must stay inside the notes folder: nothing outside it and nothing
on the network is ever read.  Files are recognised by their bytes (PNG, JPEG, GIF, WebP) or, for
SVG, checked for scripts and external references, which are refused.

:meth:`ImageReader.take_images` removes the pictures from markdown-it's inline tree, so that
their alt text does not become the text of a fact: a line of only pictures is no fact, and the
alt text stays on the :class:`Image`, shown in the picture's place when it cannot be shown.
"""

from __future__ import annotations

import hashlib
import os
import re
from dataclasses import dataclass, field
from html.parser import HTMLParser
from pathlib import Path
from urllib.parse import unquote, urlsplit

from markdown_it.tree import SyntaxTreeNode

from builder.errors import Problems
from builder.model import IMAGE_SUFFIXES, Image, ImageProblem, SourceRef

OBSIDIAN = re.compile(r"!\[\[([^\[\]|#^\n]+?)(?:#[^\[\]|\n]*)?(?:\|([^\[\]\n]*))?\]\]")
_SIZE = re.compile(r"^\s*(\d{1,5})(?:\s*x\s*\d{1,5})?\s*$")
_CSS_WIDTH = re.compile(r"^\s*(\d{1,5}(?:\.\d{1,3})?)\s*(px|%)?\s*$", re.IGNORECASE)
_BR_TAG = re.compile(r"^</?\s*br\s*/?>$", re.IGNORECASE)  # as builder.parse.inline breaks lines
_MAGIC = ((b"\x89PNG\r\n\x1a\n", "png"), (b"\xff\xd8\xff", "jpeg"), (b"GIF87a", "gif"), (b"GIF89a", "gif"))
_SVG_UNSAFE = re.compile(
    r"<\s*(?:[\w-]+:)?(?:script|foreignObject|iframe|embed|object|handler|listener)\b"  # code or HTML inside
    r"|[\s\"'/]on[a-z]+\s*="  # event handlers
    r"|<!ENTITY"  # entities can hide any of these
    r"|[\s:](?:href|src)\s*=\s*(?![\"']?\s*#)"  # a reference to anything but the SVG's own elements
    r"|url\(\s*(?![\"']?\s*#)"
    r"|@import|javascript:",
    re.IGNORECASE,
)
_WARN = {
    "remote": "is not a file beside the notes; nothing is fetched, its alt text is kept",
    "missing": "not found; its alt text is kept",
    "outside": "is outside the notes folder; it is never read, its alt text is kept",
    "unsupported": "is not a PNG, JPEG, GIF, WebP or SVG picture; its alt text is kept",
    "unsafe": "is an SVG with scripts or external references; it is left out, its alt text is kept",
}


def sniff(data: bytes, suffix: str) -> str | None:
    """The picture format of ``data`` (``png``, ``jpeg``, ``gif``, ``webp``, ``svg``), or None."""
    for magic, kind in _MAGIC:
        if data.startswith(magic):
            return kind
    if data[:4] == b"RIFF" and data[8:12] == b"WEBP":
        return "webp"
    if suffix == ".svg" and b"<svg" in data[:4096].lower():
        return "svg"
    return None


def svg_is_safe(data: bytes) -> bool:
    """Whether an SVG has no script, event handler, foreign HTML, entity or external reference."""
    return _SVG_UNSAFE.search(data.decode("utf-8", errors="replace")) is None


class ImageFolder:
    """The notes folder as pictures are looked up in it; one per build, shared by its files."""

    def __init__(self, root: Path) -> None:
        self.root = root.resolve()
        self.given = Path(os.path.abspath(root))
        self._names: dict[str, list[Path]] | None = None
        self._checked: dict[Path, tuple[str, ImageProblem | None]] = {}

    def inside(self, path: Path) -> Path | None:
        """``path`` with symlinks and ``..`` resolved, if that is inside the notes folder."""
        try:
            resolved = path.resolve()
        except (OSError, RuntimeError):  # a symlink loop
            return None
        return resolved if resolved.is_relative_to(self.root) else None

    def lexically_inside(self, path: Path) -> bool:
        """Whether ``path``, with its ``..`` removed but no link followed, is in the notes folder."""
        plain = Path(os.path.abspath(path))
        return plain.is_relative_to(self.given) or plain.is_relative_to(self.root)

    def by_name(self, name: str, near: Path) -> Path | None:
        """Obsidian's lookup: a file called ``name`` in ``near``, else the one with the shortest path."""
        if self._names is None:
            self._names = {}
            for folder, dirs, files in os.walk(self.root):  # does not follow symlinked folders
                dirs[:] = sorted(d for d in dirs if not d.startswith("."))
                for file in files:
                    self._names.setdefault(file.casefold(), []).append(Path(folder) / file)
        found = self._names.get(name.casefold(), [])
        for path in found:
            if path.parent == near:
                return path
        return min(found, key=lambda p: (len(p.parts), str(p)), default=None)

    def check(self, path: Path) -> tuple[str, ImageProblem | None]:
        """The file's content hash, and why it cannot be shown (None if it can)."""
        if path not in self._checked:
            try:
                data = path.read_bytes()
            except OSError:
                self._checked[path] = ("", "missing")
                return self._checked[path]
            kind = sniff(data, path.suffix.lower())
            problem: ImageProblem | None = None
            if kind is None or path.suffix.lower() not in IMAGE_SUFFIXES:
                problem = "unsupported"
            elif kind == "svg" and not svg_is_safe(data):
                problem = "unsafe"
            self._checked[path] = (hashlib.sha256(data).hexdigest(), problem)
        return self._checked[path]


@dataclass
class ImageReader:
    """Makes the :class:`Image` objects of one notes file, warning (with file and line) about each
    picture that cannot be shown.  Without a folder (text parsed on its own) no file is looked at."""

    folder: ImageFolder | None
    base_dir: Path | None
    path: str
    """The notes file as the model names it."""
    shown: str
    """The notes file as messages name it."""
    problems: Problems
    _cache: dict[tuple[str, str, bool], tuple[str | None, str, ImageProblem | None]] = field(default_factory=dict)

    # -- the three syntaxes ------------------------------------------------------------------------
    def markdown(self, src: str, alt: str, line: int, width: str | None = None) -> Image:
        """``![alt](src)`` or ``<img src alt width>``."""
        parts = urlsplit(src.strip())
        if parts.scheme or parts.netloc:
            return self._image(src, alt, line, width, None, "", "remote")
        path, digest, problem = self._resolve(unquote(parts.path), obsidian=False)
        return self._image(src, alt, line, width, path, digest, problem)

    def obsidian(self, name: str, alias: str | None, line: int) -> Image:
        """``![[name]]``, ``![[name|400]]`` (a width) or ``![[name|alias]]``."""
        size = _SIZE.match(alias or "")
        width = f"{size.group(1)}px" if size else None
        alt = (alias or "").strip() if alias and not size else Path(name.strip()).name
        path, digest, problem = self._resolve(name.strip(), obsidian=True)
        return self._image(name.strip(), alt, line, width, path, digest, problem)

    def html(self, html: str, line: int) -> list[Image]:
        """Every ``<img>`` of a piece of raw HTML."""
        tags = _ImgTags()
        tags.feed(html)
        tags.close()
        return [
            self.markdown(a.get("src") or "", a.get("alt") or "", line, css_width(a.get("width"))) for a in tags.found
        ]

    # -- markdown-it's inline tree -----------------------------------------------------------------
    def take_images(self, inline: SyntaxTreeNode, first_line: int) -> dict[int, list[Image]]:
        """The pictures of an inline node by line (numbered as :func:`builder.parse.inline.inline_lines`
        numbers them), taken out of the tree so that their alt text is not read as the line's text."""
        found: dict[int, list[Image]] = {}
        self._walk(inline, first_line, [0, 0], found)
        return found

    def _walk(self, node: SyntaxTreeNode, first: int, at: list[int], found: dict[int, list[Image]]) -> None:
        kept: list[SyntaxTreeNode] = []
        cut = False
        for child in node.children:
            line = first + at[1]
            if child.type in ("softbreak", "hardbreak"):
                at[0], at[1] = at[0] + 1, at[1] + 1
            elif child.type == "html_inline" and _BR_TAG.match(child.content.strip()):
                at[0] += 1
            elif child.type == "html_inline":
                found.setdefault(at[0], []).extend(self.html(child.content, line))
            elif child.type == "image":
                alt = "".join(c.content for c in child.children if c.type == "text").strip()
                found.setdefault(at[0], []).append(self.markdown(str(child.attrs.get("src", "")), alt, line))
                cut = True
                continue
            elif child.type == "text" and "![[" in child.content:
                text = child.content
                embeds = [
                    m for m in OBSIDIAN.finditer(text) if Path(m.group(1).strip()).suffix.lower() in IMAGE_SUFFIXES
                ]
                found.setdefault(at[0], []).extend(self.obsidian(m.group(1), m.group(2), line) for m in embeds)
                for match in reversed(embeds):
                    text = _cut(text, match.start(), match.end())
                child.token.content = text  # type: ignore[union-attr]
            elif child.children:
                # ``~~![옛 구성도](old.png)~~``: a picture the author struck out is no longer shown (its
                # line breaks still count).
                self._walk(child, first, at, {} if child.type == "s" else found)
            if cut and child.type == "text" and kept and kept[-1].type == "text" and kept[-1].content[-1:].isspace():
                child.token.content = child.content.lstrip()  # type: ignore[union-attr]
            cut = False
            kept.append(child)
        node.children[:] = kept

    # -- resolving ---------------------------------------------------------------------------------
    def _resolve(self, written: str, *, obsidian: bool) -> tuple[str | None, str, ImageProblem | None]:
        key = (written, str(self.base_dir), obsidian)
        if key not in self._cache:
            self._cache[key] = self._find(written, obsidian)
        return self._cache[key]

    def _find(self, written: str, obsidian: bool) -> tuple[str | None, str, ImageProblem | None]:
        folder, base = self.folder, self.base_dir
        if folder is None or base is None or not written.strip():
            return None, "", "missing"
        if written.startswith("/"):
            candidates = [Path(written), folder.root / written.lstrip("/")]  # a path from the notes folder
        else:
            candidates = [base / written, *([folder.root / written] if obsidian else [])]
        outside = False
        for candidate in candidates:
            if not folder.lexically_inside(candidate):
                outside = True  # ``..`` leads out of the notes folder: not even looked at
                continue
            if not candidate.exists() and not candidate.is_symlink():
                continue
            resolved = folder.inside(candidate)
            if resolved is None:
                outside = True
            elif resolved.is_file():
                digest, problem = folder.check(resolved)
                return resolved.relative_to(folder.root).as_posix(), digest, problem
        if obsidian and "/" not in written:
            named = folder.by_name(written, base.resolve())
            resolved = folder.inside(named) if named is not None else None
            if resolved is not None and resolved.is_file():
                digest, problem = folder.check(resolved)
                return resolved.relative_to(folder.root).as_posix(), digest, problem
            outside = outside or named is not None
        return None, "", "outside" if outside else "missing"

    def _image(
        self,
        src: str,
        alt: str,
        line: int,
        width: str | None,
        path: str | None,
        digest: str,
        problem: ImageProblem | None,
    ) -> Image:
        if problem is not None and (self.folder is not None or problem == "remote"):
            self.problems.warn(self.shown, line, f"image {src[:60]!r} {_WARN[problem]}")
        usable = problem is None
        return Image(
            SourceRef(self.path, line),
            src,
            path if usable else None,
            " ".join(alt.split()),
            width,
            digest if usable else "",
            problem,
        )


def css_width(value: str | None) -> str | None:
    """An HTML ``width`` (``400``, ``400px``, ``80%``) as CSS, or None if it is anything else."""
    match = _CSS_WIDTH.match(value or "")
    if match is None or float(match.group(1)) == 0:
        return None
    unit = (match.group(2) or "px").lower()
    return f"{match.group(1)}{unit}" if unit == "px" or float(match.group(1)) <= 100 else None


def _cut(text: str, start: int, end: int) -> str:
    """``text`` without ``text[start:end]``, and without the space it leaves doubled."""
    before, after = text[:start], text[end:]
    if (not before or before[-1:].isspace()) and after[:1].isspace():
        after = after.lstrip()
    return before + after


class _ImgTags(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.found: list[dict[str, str | None]] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag == "img":
            self.found.append({k.lower(): v for k, v in attrs})

    handle_startendtag = handle_starttag
