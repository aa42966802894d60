"""Cloze deletions over inline spans: safe against cloze syntax in the notes, particle-neutral.

Anki finds deletions by scanning a field's raw text for ``{{c1::…}}``, and reads ``::`` inside
one as the start of a hint.  Notes may contain those characters themselves (a note about Anki,
a Jinja snippet, ``std::vector``), so after rendering the text goes through
:func:`builder.emit.anki_text.neutralise`: the learner sees the same characters, Anki sees no
syntax.  Our own deletions are inserted as private-use markers first and turned into real
cloze syntax last, so they are the only syntax in the field.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from functools import lru_cache

from builder.analyse.names import as_a_word_alone
from builder.analyse.particles import neutralise_particles
from builder.emit.anki_text import neutralise
from builder.emit.inline import Wrap, to_html
from builder.model import Span

_OPEN, _MID, _CLOSE, _HINT = "\ue000", "\ue001", "\ue002", "\ue003"
_MARKERS = re.compile(f"[{_OPEN}{_MID}{_CLOSE}{_HINT}]")
CLOZE_SYNTAX = re.compile(r"\{\{c(\d+)::")
"""The opening of one of our deletions, with its cloze number as group 1."""


@dataclass(frozen=True, slots=True)
class Deletion:
    """Hide ``text[start:end]`` behind cloze number ``number``."""

    start: int
    end: int
    number: int
    hint: str = ""
    """What the blank says it asks (Anki shows ``[hint]`` for ``[...]``); plain words, no markup."""


def render(spans: Sequence[Span], deletions: Iterable[Deletion] = (), *, neutral_particles: bool = True) -> str:
    """HTML of ``spans`` with the deletions as Anki cloze syntax and no other cloze syntax.

    A particle after a deletion is written in both forms (``은(는)``) unless ``neutral_particles``
    is off: a note of several values shows all but one of them on each card, and there the
    neutral form reads as debris after a value in plain view (``20초이(가)``)."""
    spans = tuple(Span(_MARKERS.sub("", s.text), s.marks, s.href) for s in spans)
    chosen = sorted(deletions, key=lambda d: d.start)
    if neutral_particles:
        spans, ranges = neutralise_particles(spans, [(d.start, d.end) for d in chosen])
    else:
        ranges = [(d.start, d.end) for d in chosen]
    wraps = [
        Wrap(start, end, f"{_OPEN}{d.number}{_MID}", _hinted(d.hint) + _CLOSE)
        for d, (start, end) in zip(chosen, ranges, strict=True)
    ]
    html = to_html(spans, wraps)
    html = neutralise(html)
    html = re.sub(f"{_OPEN}(\\d+){_MID}", r"{{c\1::", html)
    return html.replace(_HINT, "::").replace(_CLOSE, "}}")


def _hinted(hint: str) -> str:
    """The hint's marker and text, kept free of cloze syntax (``::``, braces) and markup."""
    words = re.sub(r"[:{}<>&\ue000-\ue003]", "", hint).strip()
    return f"{_HINT}{words}" if words else ""


def render_text(text: str, deletions: Iterable[Deletion] = (), *, neutral_particles: bool = True) -> str:
    """:func:`render` for plain text."""
    return render((Span(text),), deletions, neutral_particles=neutral_particles)


def occurrences(text: str, names_by_number: Sequence[tuple[int, Sequence[str]]]) -> list[Deletion]:
    """Every non-overlapping place where one of the names appears, longest match first.

    Case-insensitive, and a Latin name must not sit inside a longer Latin word (``DAX`` is not
    found in ``DAXX``); Hangul may be followed by particles, so no boundary is needed after it.
    """
    matches: list[tuple[int, int, int]] = []
    folded = text.lower() if _simple_case(text) else None
    for number, names in names_by_number:
        for name in names:
            if folded is not None and name and _simple_case(name) and as_a_word_alone(name) is None:
                spans = _find_literal(
                    folded, name.lower(), _GUARDED_START.match(name) is not None, _ALNUM_END.search(name) is not None
                )
            else:
                spans = ((m.start(), m.end()) for m in _name_pattern(name).finditer(text))
            matches.extend((start, end, number) for start, end in spans)
    matches.sort(key=lambda m: (m[0], -(m[1] - m[0])))
    chosen: list[Deletion] = []
    last_end = -1
    for start, end, number in matches:
        if start >= last_end:
            chosen.append(Deletion(start, end, number))
            last_end = end
    return chosen


_ALNUM = frozenset("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789")
_ASCII_RUNS = re.compile(r"[\x00-\x7f]+")
_GUARDED_START = re.compile(r"[A-Za-z0-9.]")
"""A name that opens with one of these is not found right after a Latin letter or digit: ``DAX``
not in ``XDAX``, and a domain ``.com`` not inside ``example.com``, where masking it garbles the
address."""
_ALNUM_END = re.compile(r"[A-Za-z0-9]$")


def _simple_case(text: str) -> bool:
    """No cased letter outside ASCII (Hangul, CJK and punctuation have no case): lowering then
    keeps every offset, and a case-insensitive match is a plain match of the lowered strings."""
    if text.isascii():
        return True
    rest = _ASCII_RUNS.sub("", text)
    return rest == rest.lower() == rest.upper()


def _find_literal(text: str, name: str, guard_start: bool, guard_end: bool) -> Iterator[tuple[int, int]]:
    """What ``re.finditer`` finds with :func:`_name_pattern`, for lowered strings, without
    compiling a pattern per name (that cost ~0.4 ms a name, most of a 100× deck build)."""
    start, size = 0, len(name)
    while (found := text.find(name, start)) >= 0:
        end = found + size
        if (guard_start and _joined_before(text, found)) or (guard_end and _joined_after(text, end)):
            start = found + 1
            continue
        yield found, end
        start = end


def _joined_before(text: str, at: int) -> bool:
    """A Latin letter or digit before ``at``, or one joined by a hyphen (``SSE-|S3``)."""
    return at > 0 and (text[at - 1] in _ALNUM or (text[at - 1] == "-" and at > 1 and text[at - 2] in _ALNUM))


def _joined_after(text: str, at: int) -> bool:
    """A Latin letter or digit at ``at``, or one joined by a hyphen (``S3|-IA``)."""
    return at < len(text) and (
        text[at] in _ALNUM or (text[at] == "-" and at + 1 < len(text) and text[at + 1] in _ALNUM)
    )


@lru_cache(maxsize=4096)
def _name_pattern(name: str) -> re.Pattern[str]:
    """A Latin name is not found inside a longer Latin word, nor in a hyphenated one (``SSE-S3``);
    a name of one Hangul syllable only as a word of its own, alone or before a particle (``뷰는``,
    not the ``뷰`` of ``리뷰`` or ``뷰어``)."""
    alone = as_a_word_alone(name)
    if alone is not None:
        return alone
    pattern = re.escape(name)
    if _GUARDED_START.match(name):
        pattern = r"(?<![A-Za-z0-9])(?<![A-Za-z0-9]-)" + pattern
    if _ALNUM_END.search(name):
        pattern += r"(?![A-Za-z0-9])(?!-[A-Za-z0-9])"
    return re.compile(pattern, re.IGNORECASE)
