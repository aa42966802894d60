"""``unfinished``: a line cut off mid-sentence, its end on the next line or nowhere (``Pi에서 Rj로
가는 edge의 개수가,``, ``설치까지 하면 IaaS이고``): what it says is not on it, and a blank in it
asks about half a claim.  A line that heads lines under it, or a paragraph over a list, may end
so (``다음 조건을 만족하고,`` over its items): those lines finish it."""

from __future__ import annotations

from builder.analyse.morph import morphemes
from builder.analyse.rules.line import Line
from builder.analyse.shapes import NAME_DESCRIPTION
from builder.analyse.words import ENDING_LIKE_NOUNS, UNFINISHED_ENDINGS

_SENTENCE_KINDS = ("bullet", "paragraph", "quote")
"""Not numbered steps, which a procedure joins into one sentence (``1. 클라이언트가 SYN을 보내고``)."""


def applies(line: Line) -> bool:
    if line.kind not in _SENTENCE_KINDS or line.has_children:
        return False
    if line.kind == "paragraph" and line.leads_items:
        return False  # ``다음 조건을 만족하고,`` over a list: the list finishes it
    if NAME_DESCRIPTION.match(line.text) and line.text.rstrip(" .").endswith("면"):
        return False  # ``실행 시점: 트랜잭션이 끝나면``: a label's condition, which the label completes
    return cut_off(line.text)


def cut_off(text: str) -> bool:
    """Whether the text stops on a comma or on a connective ending (:data:`UNFINISHED_ENDINGS`).

    >>> cut_off("Pi에서 Rj로 가는 edge의 개수가,"), cut_off("소프트웨어까지 설치하면 IaaS이고")
    (True, True)
    >>> cut_off("그러다 보니 인덱스에 없는 행이 삽입되면"), cut_off("장애가 나면 다른 AZ로 넘어간다")
    (True, False)
    >>> cut_off("쓰기는 한 노드에서만 받고 읽기는 모든 노드에서 받는다"), cut_off("A, B, C")
    (False, False)
    >>> cut_off("이상 징후는 탐지해 보안 허브로 보고"), cut_off("결과를 먼저 검토해 보고")
    (False, True)
    """
    stripped = text.rstrip()
    if stripped.endswith((",", "，")):
        return True
    pieces = [m for m in morphemes(stripped) if m.pos not in ("SF", "SE", "SS", "SP", "SW")]
    if not pieces or stripped[pieces[-1].end :].strip():
        return False  # ``… (예: A)``: the line goes on past its last word
    last = pieces[-1]
    if not (last.last_pos == "EC" and last.surface.endswith(UNFINISHED_ENDINGS)):
        return False
    words = stripped.split()
    if len(words) >= 2 and words[-1] in ENDING_LIKE_NOUNS:
        # ``… 보안 허브로 보고``: the noun (a report) the analyser reads as a verb and its ending;
        # ``검토해 보고`` goes on, after a verb's own ending
        return morphemes(words[-2])[-1].last_pos == "EC"
    return True
