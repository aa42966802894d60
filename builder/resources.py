"""The files that ship with the builder: card templates, CSS and fonts, found in one place.

They live in the project's top-level ``templates/`` folder, which ``pyproject.toml`` installs as
the package ``builder.templates`` (a wheel carries it; an editable install maps it to the
folder).  Everything that reads one of them asks this module for its path, through
:mod:`importlib.resources`, so the same code works from a checkout and from ``pip install``.

A missing or unreadable bundled file is never the learner's doing: it is reported as
:class:`BrokenInstall`, naming the path, instead of as a problem with the notes or the output.
"""

from __future__ import annotations

import importlib.resources
from collections.abc import Callable
from functools import cache
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from jinja2 import FileSystemLoader

PACKAGE = "builder.templates"


class BrokenInstall(Exception):
    """A file that ships with the builder is missing or unreadable: a bug or a broken installation."""

    def __init__(self, path: Path | str, reason: str = "is missing") -> None:
        self.path = str(path)
        super().__init__(
            f"{path} {reason}; it ships with the builder, so this is a bug or a broken installation "
            "(not a problem with your notes): reinstall the builder, and report it if that does not help"
        )


@cache
def root() -> Path:
    """The installed templates folder (``templates/`` of a checkout, ``builder/templates/`` of a wheel)."""
    try:
        found = importlib.resources.files(PACKAGE)
    except ModuleNotFoundError:
        raise BrokenInstall(PACKAGE, "cannot be imported") from None
    # WeasyPrint and Jinja read files by path: a zipped install cannot serve them.
    if not isinstance(found, Path) or not found.is_dir():
        raise BrokenInstall(str(found), "is not a folder on disk")
    return found.resolve()


def folder(*parts: str) -> Path:
    """A bundled folder, e.g. ``folder("anki", "fields")``; :class:`BrokenInstall` if it is missing."""
    path = root().joinpath(*parts)
    if not path.is_dir():
        raise BrokenInstall(path)
    return path


def file(*parts: str) -> Path:
    """A bundled file, e.g. ``file("anki", "style.css")``; :class:`BrokenInstall` if it is missing."""
    path = root().joinpath(*parts)
    if not path.is_file():
        raise BrokenInstall(path)
    return path


def read_text(path: Path) -> str:
    """The text of a bundled file found through this module (UTF-8)."""
    try:
        return path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        raise BrokenInstall(path, f"cannot be read ({exc})") from None


def loader(path: Path) -> FileSystemLoader:
    """A Jinja2 loader for the bundled folder ``path`` that reports a missing template as :class:`BrokenInstall`.

    Jinja's own ``TemplateNotFound`` is an ``OSError``, which the build would otherwise report
    as a problem writing the output.
    """
    return _loader_class()(path)


@cache
def _loader_class() -> type[FileSystemLoader]:
    # Jinja is imported here, not at the top: an up-to-date build reads no template.
    from jinja2 import Environment, FileSystemLoader, TemplateNotFound

    class BundledLoader(FileSystemLoader):
        def get_source(self, environment: Environment, template: str) -> tuple[str, str, Callable[[], bool]]:
            try:
                return super().get_source(environment, template)
            except TemplateNotFound:
                raise BrokenInstall(Path(self.searchpath[0]) / template) from None

    return BundledLoader
