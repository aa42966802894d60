"""Korean particles after a cloze deletion, written so they do not give the answer away.

A particle after a noun depends on whether the noun ends in a consonant (``DAX는`` but
``Redshift가``): left as written, it tells the learner something about the hidden word.  After
each deletion we replace such a particle with its neutral double form (``은(는)``, ``이(가)``,
``을(를)``, ``와(과)``, ``(으)로``), the convention Korean textbooks use for the same problem.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from builder.analyse.words import NEUTRAL_PARTICLES, NOUN_FINAL_PARTICLES, WORD_PARTICLES
from builder.model import Span

_NEUTRAL = NEUTRAL_PARTICLES
# A particle ends at the end of the text, a space or punctuation; ``이다`` or ``가능`` do not.
_BOUNDARY = re.compile(r"$|[\s.,;:!?)\]}·…\"'”’/]")


def without_particle(word: str, *, surely: bool = False) -> str:
    """The word without a particle that ends it (``타입을`` → ``타입``, ``계층의`` → ``계층``), if a
    word is left.  ``surely`` takes off only a particle no noun ends in: a word read alone may end
    in a syllable that is a particle elsewhere (``결합도``, ``경로``,
    :data:`~builder.analyse.words.NOUN_FINAL_PARTICLES`).

    >>> without_particle("타입을"), without_particle("계층의"), without_particle("이")
    ('타입', '계층', '이')
    >>> without_particle("결합도", surely=True), without_particle("IP를", surely=True)
    ('결합도', 'IP')
    """
    particle = next((p for p in WORD_PARTICLES if word.endswith(p) and len(word) > len(p)), "")
    if surely and particle in NOUN_FINAL_PARTICLES:
        return word
    return word[: len(word) - len(particle)]


def particle_at(text: str, offset: int) -> tuple[int, str] | None:
    """The particle starting at ``offset`` as (length, neutral form), or None."""
    for particle, neutral in _NEUTRAL:
        end = offset + len(particle)
        if text.startswith(particle, offset) and _BOUNDARY.match(text, end):
            return len(particle), neutral
    return None


def neutralise_particles(
    spans: Sequence[Span], ranges: Sequence[tuple[int, int]]
) -> tuple[tuple[Span, ...], list[tuple[int, int]]]:
    """Rewrite the particle right after each range; return the new spans and shifted ranges.

    ``ranges`` are non-overlapping (start, end) offsets into the spans' joined text, e.g. the
    places of cloze deletions.  Ranges are shifted to stay on the same characters.
    """
    text = "".join(s.text for s in spans)
    edits: list[tuple[int, int, str]] = []  # (offset, length replaced, replacement)
    for _, end in sorted(ranges):
        found = particle_at(text, end)
        if found and not any(start == end for start, _ in ranges):
            edits.append((end, found[0], found[1]))
    if not edits:
        return tuple(spans), list(ranges)
    new_spans = list(spans)
    applied = []
    for offset, length, replacement in reversed(edits):
        replaced = _replace(new_spans, offset, length, replacement)
        if replaced is not None:
            new_spans = replaced
            applied.append((offset, length, replacement))
    edits = applied
    shifted = []
    for start, end in ranges:
        delta_start = sum(len(r) - n for o, n, r in edits if o < start)
        delta_end = sum(len(r) - n for o, n, r in edits if o < end)
        shifted.append((start + delta_start, end + delta_end))
    return tuple(new_spans), shifted


def _replace(spans: list[Span], offset: int, length: int, replacement: str) -> list[Span] | None:
    """Replace ``length`` characters at ``offset``; None if they cross a span boundary."""
    position = 0
    for index, span in enumerate(spans):
        if position <= offset and offset + length <= position + len(span.text):
            local = offset - position
            text = span.text[:local] + replacement + span.text[local + length :]
            return [*spans[:index], Span(text, span.marks, span.href), *spans[index + 1 :]]
        position += len(span.text)
    return None
