"""Bold and italic next to Hangul, as Korean writers mean them.

CommonMark decides whether ``**`` can open or close emphasis from the characters beside it.  A
run after punctuation that touches a letter cannot close (``**데이터 유지 시간(TTL)**이``: ``)``
before it, ``이`` after it), so the asterisks stay in the text although every Korean writer
means bold there: particles are written right after the word they follow.  This rule counts a
Hangul character beside an ``*`` or ``_`` run as punctuation, as the CJK-friendly amendment of the
spec does, and lets a run close after a label's colon and a space (``**구성 파악: ** 설명``,
typed as the label and its colon in bold); it leaves every other case to markdown-it.
"""

from __future__ import annotations

from markdown_it import MarkdownIt
from markdown_it.common.utils import isMdAsciiPunct, isPunctChar, isWhiteSpace
from markdown_it.rules_inline.state_inline import Delimiter, StateInline

from builder.analyse.shapes import is_hangul

LABEL_COLONS = (":", "：")
"""The colon of a label (``**이름:**``): a bold run after it and one space still closes the bold."""


def cjk_emphasis(md: MarkdownIt) -> None:
    """Replace markdown-it's emphasis tokenizer with the Hangul-aware one."""
    md.inline.ruler.at("emphasis", _tokenize)


def _tokenize(state: StateInline, silent: bool) -> bool:
    start = state.pos
    marker = state.src[start]
    if silent or marker not in ("_", "*"):
        return False
    end = start
    while end < state.posMax and state.src[end] == marker:
        end += 1
    last = state.src[start - 1] if start > 0 else " "
    following = state.src[end] if end < state.posMax else " "
    can_open, can_close = _flanks(marker, end - start, last, following)
    after_label = start >= 2 and last == " " and state.src[start - 2] in LABEL_COLONS
    if marker == "*" and end - start == 2 and not can_close and after_label:
        can_close = True  # ``**시스템 구성: ** 설명``: the label's colon and a space typed inside the bold
    if marker == "*" and end - start == 4 and can_open and can_close:
        # ``**싱글톤****(Singleton)**``: two bold words typed one after the other; one run of four
        # could close neither (CommonMark's rule of three), so it closes the first and opens the next.
        _push_run(state, marker, 2, can_open=False, can_close=True)
        _push_run(state, marker, 2, can_open=True, can_close=False)
    else:
        _push_run(state, marker, end - start, can_open=can_open, can_close=can_close)
    state.pos = end
    return True


def _push_run(state: StateInline, marker: str, length: int, *, can_open: bool, can_close: bool) -> None:
    """One delimiter run: a text token per character, each with its delimiter."""
    for _ in range(length):
        token = state.push("text", "", 0)
        token.content = marker
        state.delimiters.append(
            Delimiter(
                marker=ord(marker),
                length=length,
                token=len(state.tokens) - 1,
                end=-1,
                open=can_open,
                close=can_close,
            )
        )


def _flanks(marker: str, length: int, last: str, following: str) -> tuple[bool, bool]:
    """(can open, can close) of a delimiter run between ``last`` and ``following``: CommonMark's
    rule, with Hangul beside an ``*`` run counted as punctuation, and beside a ``__`` run
    (:func:`_bold_underscores`)."""
    hangul = marker == "*" or _bold_underscores(marker, length, last, following)
    last_punct = isMdAsciiPunct(ord(last)) or isPunctChar(last) or (hangul and is_hangul(last))
    next_punct = isMdAsciiPunct(ord(following)) or isPunctChar(following) or (hangul and is_hangul(following))
    last_space, next_space = isWhiteSpace(ord(last)), isWhiteSpace(ord(following))
    left = not (next_space or (next_punct and not (last_space or last_punct)))
    right = not (last_space or (last_punct and not (next_space or next_punct)))
    split_word = marker == "*"
    return left and (split_word or not right or last_punct), right and (split_word or not left or next_punct)


def _bold_underscores(marker: str, length: int, last: str, following: str) -> bool:
    """Whether Hangul beside this run counts as punctuation: a run of two underscores
    (``세션은 __서버 측__에서 관리``, bold as the writer meant) with no Latin letter, digit or
    underscore on either side.  A single ``_`` between Hangul joins a file name's words
    (``서버_접속_로그.txt``), and ``__init__`` or ``백업_2024_전체`` are names.

    >>> _bold_underscores("_", 2, "측", "에"), _bold_underscores("_", 1, "버", "접")
    (True, False)
    >>> _bold_underscores("_", 2, "t", "은")
    False
    """
    return (
        marker == "_" and length == 2 and not any(c.isascii() and (c.isalnum() or c == "_") for c in (last, following))
    )
