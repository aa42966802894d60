"""What a fact card hides: the part of a statement a learner should recall, and its cue.

A fact no other note tests becomes a cloze of one deletion.  Hiding the whole statement asks
the learner to recite it; hiding a word asks a riddle.  We cut the statement where Korean
grammar ends a clause or a phrase, leave the first part as the cue (what the statement is
about) and hide the rest (what it says about it).
"""

from __future__ import annotations

import re

# A clause ends at a comma or a connective ending; a phrase at a case particle.  Cutting there
# leaves a cue (what the statement is about) and a part to recall (what it says about it).
_CLAUSE_END = re.compile(r"(?:[,;]|(?:므로|지만|는데|면서|하여|해서|아서|어서|으며|며|고|면|(?<!에)서|여))$")
_PHRASE_END = re.compile(r"(?:에서|으로|은|는|이|가|을|를|에|로)$")
_NAME_COLON = re.compile(r"^([^:：]{1,40}?)\s*[:：]\s*(?=\S)")
_TRAILING = " .。!?"


def recall_part(text: str) -> tuple[int, int]:
    """The part of a fact a learner should recall, as offsets: after ``이름 :`` the description;
    otherwise the latter part of the sentence from a clause or phrase boundary near its middle,
    at least two words; a very short fact whole (its context is the cue)."""
    end = len(text.rstrip(_TRAILING))
    named = _NAME_COLON.match(text)
    if named and named.end() < end:
        return named.end(), end
    words = [(m.start(), m.group()) for m in re.finditer(r"\S+", text[:end])]
    if len(words) < 3:
        start = words[0][0] if words else 0
        return (start, end) if end > start else (0, len(text))
    cuts = range(1, len(words) - 1)  # at least one word of cue, at least two to recall
    middle = len(words) / 2
    for boundary in (_CLAUSE_END, _PHRASE_END):
        found = [i for i in cuts if boundary.search(words[i - 1][1])]
        if found:
            cut = min(found, key=lambda i: (abs(i - middle), -i))
            return words[cut][0], end
    return words[int(middle)][0], end
