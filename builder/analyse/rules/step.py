"""``step``: a step of a procedure, written as what to click or type (``버킷 만들기 클릭``,
``Next 버튼을 누른다``, ``리전 선택 후 이동``).  A click path is done, not recalled."""

from __future__ import annotations

from builder.analyse.morph import morphemes
from builder.analyse.rules.line import Line
from builder.analyse.words import STEP_VERBS


def applies(line: Line) -> bool:
    content = [m for m in morphemes(line.text) if m.pos not in ("SF", "SP", "SY", "SC", "SE")]
    if not content:
        return False
    # The step verb is the line's predicate: its last word, or the word before a final ending.
    last = " ".join(m.surface for m in content[-3:])
    final_word = line.text.strip().rstrip(".!").split()[-1] if line.text.strip() else ""
    return final_word.startswith(STEP_VERBS) or (content[-1].pos.startswith("E") and any(v in last for v in STEP_VERBS))
