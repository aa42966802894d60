"""Publish one build's outputs and ledger as a set: all of them appear, or none does.

Each build stages its files in a fresh hidden folder of the output folder (the ledger, which
lives beside the notes, in a hidden temp file there), and publishes them with a journal: the
list of renames is written to ``.build-journal.json`` (itself renamed into place, so it is
whole or absent), then each file is renamed over its target, then the journal is deleted.  A
build killed between two renames leaves the journal; the next build completes it first, so the
folder holds the old set or the new one, never a mix.  Every build also removes what killed
builds left (staging folders, temp files), under a lock that keeps two builds from writing the
same output folder at once.
"""

from __future__ import annotations

import json
import os
import shutil
import sqlite3
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from builder.errors import NotesError, Problem

JOURNAL_NAME = ".build-journal.json"
LOCK_NAME = ".build.lock"
STAGING_PREFIX = ".staging-"
TEMP_SUFFIX = ".tmp"


def _file_mode() -> int:
    umask = os.umask(0o022)
    os.umask(umask)
    return 0o666 & ~umask


_FILE_MODE = _file_mode()


def write_error(where: Path | str, exc: BaseException, what: str = "the output", *, at_file: bool = True) -> NotesError:
    """A :class:`NotesError` for a failed write, naming the file that failed (with ``at_file``)
    or ``where``."""
    if isinstance(exc, OSError):
        where = (exc.filename if at_file else None) or where
        reason = exc.strerror or str(exc)
    else:  # sqlite3.Error: the deck's scratch database (a full disk shows up as one)
        reason = f"database error: {exc}"
    return NotesError(Problem(str(where), None, f"cannot write {what}: {reason}"))


@contextmanager
def output_lock(out_dir: Path) -> Iterator[None]:
    """Hold ``out_dir``'s build lock; another build writing there is a clear error, not a race."""
    try:
        import fcntl
    except ImportError:  # not POSIX: no lock, as before
        yield
        return
    try:
        handle = open(out_dir / LOCK_NAME, "a")  # noqa: SIM115 (held for the whole build)
    except OSError:  # a read-only output folder: an up-to-date build still succeeds, a write fails clearly
        yield
        return
    try:
        try:
            fcntl.flock(handle, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except OSError:
            raise NotesError(
                Problem(str(out_dir), None, "another build is writing this output folder; wait for it to finish")
            ) from None
        yield
    finally:
        handle.close()


def recover(out_dir: Path, ledger_dir: Path) -> None:
    """Complete the journal of a build killed while publishing, then remove what killed builds left."""
    journal = out_dir / JOURNAL_NAME
    if journal.exists():
        try:
            moves = json.loads(journal.read_text(encoding="utf-8"))["moves"]
        except (OSError, ValueError, KeyError, TypeError):
            moves = []  # never the case (the journal is renamed in whole); start clean
        for source, target in moves:
            if Path(source).exists():
                os.replace(source, target)
        journal.unlink()
    for path in out_dir.iterdir():
        if path.name.startswith(STAGING_PREFIX) and path.is_dir():
            shutil.rmtree(path, ignore_errors=True)
        elif path.name.startswith(".") and path.name.endswith(TEMP_SUFFIX):
            path.unlink(missing_ok=True)
    for path in ledger_dir.glob(f".*{TEMP_SUFFIX}"):
        if path.name.startswith(".deck-ids.json."):
            path.unlink(missing_ok=True)


class Stage:
    """A fresh staging folder in ``out_dir``; :meth:`publish` moves its files into place as a set."""

    def __init__(self, out_dir: Path) -> None:
        self.out_dir = out_dir
        self.folder = Path(tempfile.mkdtemp(dir=out_dir, prefix=STAGING_PREFIX))
        self.pending: list[tuple[Path, Path]] = []

    def path(self, name: str) -> Path:
        """The staged path that becomes ``out_dir/name`` on publish."""
        self.pending.append((self.folder / name, self.out_dir / name))
        return self.folder / name

    def add_extra(self, target: Path, text: str) -> None:
        """Stage a text file outside ``out_dir`` (the deck's ID ledger) to publish with the rest."""
        try:
            fd, tmp = tempfile.mkstemp(dir=target.parent, prefix=f".{target.name}.", suffix=TEMP_SUFFIX)
            self.pending.append((Path(tmp), target))
            with os.fdopen(fd, "w", encoding="utf-8", newline="\n") as handle:
                handle.write(text)
        except OSError as exc:
            raise write_error(target, exc, "the deck's ID ledger") from None

    def publish(self) -> list[Path]:
        """Journal the renames, do them, drop the journal; returns the targets."""
        for staged, _ in self.pending:
            os.chmod(staged, _FILE_MODE)  # mkstemp makes files private; outputs are ordinary files
            with open(staged, "rb") as handle:
                os.fsync(handle.fileno())
        text = json.dumps({"moves": [[str(s), str(t)] for s, t in self.pending]}, ensure_ascii=False)
        fd, tmp = tempfile.mkstemp(dir=self.out_dir, prefix=f"{JOURNAL_NAME}.", suffix=TEMP_SUFFIX)
        with os.fdopen(fd, "w", encoding="utf-8") as handle:
            handle.write(text)
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(tmp, self.out_dir / JOURNAL_NAME)  # from here on the new set is the outcome
        written = []
        try:
            for staged, target in self.pending:
                os.replace(staged, target)
                written.append(target)
        finally:
            # Interrupted (Ctrl-C) between renames: finish them, they are only renames.
            for staged, target in self.pending[len(written) :]:
                if staged.exists():
                    os.replace(staged, target)
            (self.out_dir / JOURNAL_NAME).unlink(missing_ok=True)
            self.pending.clear()
        return written

    def discard(self) -> None:
        """Remove whatever is still staged (nothing after a publish)."""
        for staged, _ in self.pending:
            staged.unlink(missing_ok=True)
        self.pending.clear()
        shutil.rmtree(self.folder, ignore_errors=True)


WRITE_ERRORS = (OSError, sqlite3.Error)
"""What writing the outputs can raise that the learner's machine causes (a full disk, a
read-only folder); :func:`write_error` turns it into a message."""
