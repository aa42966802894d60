"""The files that ship with the builder: card templates, CSS and fonts, found in one place.

They live in the project's top-level ``templates/`` folder, which ``pyproject.toml`` installs as
the package ``builder.templates`` (a wheel carries it; an editable install maps it to the
folder).  Everything that reads one of them asks this module for its path, through
:mod:`importlib.resources`, so the same code works from a checkout and from ``pip install``.

A missing or unreadable bundled file is never the learner's doing: it is reported as
:class:`BrokenInstall`, naming the path, instead of as a problem with the notes or the output.
"""

from __future__ import annotations

import contextlib
import importlib.resources
import os
from collections.abc import Callable
from functools import cache
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from jinja2 import BytecodeCache, FileSystemBytecodeCache, FileSystemLoader

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


CACHE_ENV = "KOREAN_NOTES_CACHE"
"""Where compiled templates are kept between builds; empty turns the cache off.  Default:
``$XDG_CACHE_HOME/korean-notes-builder`` (``~/.cache/korean-notes-builder``)."""


def bytecode_cache() -> BytecodeCache | None:
    """Jinja's cache of compiled templates, shared by every build of this user.

    Compiling the card and preview templates is a tenth of a small deck build; Jinja keeps the
    compiled code keyed by template path and checked against the template's source, so an edited
    template is compiled again.  The cache is only an optimisation: a folder that cannot be made,
    read or written means templates are compiled as if it were not there.
    """
    return _bytecode_cache(os.environ.get(CACHE_ENV))


@cache
def _bytecode_cache(setting: str | None) -> BytecodeCache | None:
    if setting == "":
        return None
    if setting is None:
        base = os.environ.get("XDG_CACHE_HOME") or os.path.join(os.path.expanduser("~"), ".cache")
        setting = os.path.join(base, "korean-notes-builder")
    directory = Path(setting) / "templates"
    try:
        directory.mkdir(mode=0o700, parents=True, exist_ok=True)
    except OSError:
        return None
    return _quiet_cache_class()(str(directory))


@cache
def _quiet_cache_class() -> type[FileSystemBytecodeCache]:
    from jinja2 import FileSystemBytecodeCache
    from jinja2.bccache import Bucket

    class QuietCache(FileSystemBytecodeCache):
        """A bytecode cache whose failures only cost a compile."""

        def load_bytecode(self, bucket: Bucket) -> None:
            try:
                super().load_bytecode(bucket)
            except (OSError, EOFError, ValueError, TypeError):
                bucket.reset()  # unreadable or cut short: compile the template again

        def dump_bytecode(self, bucket: Bucket) -> None:
            with contextlib.suppress(OSError):  # read-only or full disk: the next build compiles again
                super().dump_bytecode(bucket)

    return QuietCache
