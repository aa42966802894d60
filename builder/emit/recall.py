"""What a fact card hides: the part of a statement a learner should recall, and its cue.

A fact no other note tests becomes a cloze of one deletion.  Hiding the whole statement asks
the learner to recite it; hiding a word asks a riddle.  We cut the statement where Korean
grammar ends a phrase or a clause, leave the first part as the cue (what the statement is
about) and hide the rest (what it says about it).
"""

from __future__ import annotations

import re

# Words that end a phrase or a clause: a case particle, a connective ending, a comma or a colon.
# Cutting after one leaves a cue (what the statement is about) and a part to recall (what it
# says about it); cutting anywhere else splits a phrase (``온 | 디맨드 모드``).
_PHRASE_END = re.compile(
    r"(?:[,;:：]|(?:에서|으로|와|과|은|는|이|가|을|를|에|로"
    r"|므로|지만|는데|면서|하여|해서|아서|어서|으며|며|고|면|서|여))$"
)
# ...but ``-는``/``-은`` after a verb or adjective stem ties the word to the noun after it
# (``사용하는 VPC``, ``같은 리전``): no cut there.
_ADNOMINAL = re.compile(r"(?:하는|되는|있는|없는|않는|같은|많은|적은|작은|높은|낮은|좋은|짧은|넓은)$")
_NAME_COLON = re.compile(r"^([^:：]{1,40}?)\s*[:：]\s*(?=\S)")
_TRAILING = " .。!?"
CUE_SHARE = 0.4
"""Where the cut is best, as a share of the statement: a shorter cue than recall part, as the
first words name what the statement is about and the rest says it."""


def recall_part(text: str) -> tuple[int, int]:
    """The part of a fact a learner should recall, as offsets: after ``이름 :`` the description;
    otherwise the latter part of the sentence after a word that ends a phrase, the one nearest
    :data:`CUE_SHARE` of the sentence, at least two words; a sentence with no such word from
    its middle word; a very short fact whole (its context is the cue)."""
    end = len(text.rstrip(_TRAILING))
    named = _NAME_COLON.match(text)
    if named and named.end() < end:
        return named.end(), end
    words = [(m.start(), m.group()) for m in re.finditer(r"\S+", text[:end])]
    if len(words) < 3:
        start = words[0][0] if words else 0
        return (start, end) if end > start else (0, len(text))
    cuts = range(1, len(words) - 1)  # at least one word of cue, at least two to recall
    found = [i for i in cuts if _PHRASE_END.search(words[i - 1][1]) and not _ADNOMINAL.search(words[i - 1][1])]
    if not found:
        return words[len(words) // 2][0], end
    target = words[0][0] + CUE_SHARE * (end - words[0][0])
    cut = min(found, key=lambda i: (abs(words[i][0] - target), -i))
    return words[cut][0], end
