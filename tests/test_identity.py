"""The ID ledger: matching a build's notes to the last build's, without Anki."""

from __future__ import annotations

import pytest

from builder.emit.cloze_numbers import assign_clozes
from builder.emit.identity import Wanted, match
from builder.emit.ledger import Entry, Ledger, LedgerError, content_hash, dump_ledger, nfc, parse_ledger

T = 1_000


def old(kind: str, topic: str, text: str, guid: str, file: str = "a.md") -> Entry:
    return Entry(guid, kind, file, topic, text, content_hash(text), T)


def want(kind: str, topic: str, text: str, file: str = "a.md") -> Wanted:
    return Wanted(kind, file, topic, text, content_hash(text))


LEDGER = [
    old("limit", "캐시", "키 하나의 값은 최대 512MB까지 저장할 수 있다.", "g1"),
    old("limit", "캐시", "기본 최대 연결 수는 100개이다.", "g2"),
    old("what", "캐시", "캐시", "g3"),
    old("tip", "큐", "메시지는 한 번만 전달된다", "g4", file="b.md"),
]


def guids(wanted: list[Wanted]) -> list[str]:
    return [e.guid for e in match(LEDGER, wanted, T + 50).entries]


def test_unchanged_notes_keep_guid_and_mod() -> None:
    wanted = [want(e.kind, e.topic, e.text, e.file) for e in LEDGER]
    result = match(LEDGER, wanted, T + 50)
    assert [e.guid for e in result.entries] == ["g1", "g2", "g3", "g4"]
    assert [e.mod for e in result.entries] == [T] * 4
    assert not (result.added or result.updated or result.removed)


@pytest.mark.parametrize(
    "text",
    [
        "키 하나의 값은 최대 1GB까지 저장할 수 있다.",  # changed number
        "키 하나의 값은 최대 512MB 까지 저장 할수 있다.",  # spacing and typo
        "키 하나의 값은 최대 512MB까지 담을 수 있다.",  # reworded
    ],
)
def test_edited_fact_keeps_its_guid_and_gets_a_newer_mod(text: str) -> None:
    wanted = [want("limit", "캐시", text), want("limit", "캐시", "기본 최대 연결 수는 100개이다.")]
    result = match(LEDGER, wanted, T + 50)
    assert result.entries[0].guid == "g1" and result.entries[0].mod == T + 50
    assert result.updated == [0] and result.entries[1].mod == T


def test_reordered_moved_and_renamed_keep_guids() -> None:
    wanted = [
        want("tip", "큐 비교", "메시지는 한 번만 전달된다", file="renamed.md"),
        want("limit", "캐시 서버", "기본 최대 연결 수는 100개이다."),
        want("what", "캐시 서버", "캐시 서버"),  # heading lightly renamed
        want("limit", "캐시 서버", "키 하나의 값은 최대 512MB까지 저장할 수 있다."),
    ]
    assert guids(wanted) == ["g4", "g2", "g3", "g1"]


def test_unrelated_new_fact_is_added_and_deleted_one_removed() -> None:
    wanted = [
        want("limit", "캐시", "기본 데이터베이스 수는 16개."),
        want("limit", "캐시", "기본 최대 연결 수는 100개이다."),
        want("what", "캐시", "캐시"),
    ]
    result = match(LEDGER, wanted, T + 50)
    assert result.added == [0] and result.entries[0].guid not in {"g1", "g2", "g3", "g4"}
    assert {e.guid for e in result.removed} == {"g1", "g4"}


def test_kinds_never_share_an_identity() -> None:
    result = match(LEDGER, [want("tip", "캐시", "기본 최대 연결 수는 100개이다.")], T + 50)
    assert result.added == [0]


def test_new_guids_are_derived_not_random() -> None:
    wanted = [want("limit", "x", "같은 문장"), want("limit", "x", "같은 문장")]
    first, second = match([], wanted, T).entries, match([], wanted, T + 9).entries
    assert [e.guid for e in first] == [e.guid for e in second]
    assert first[0].guid != first[1].guid


def test_nfc_before_hashing() -> None:
    decomposed = "\u1100\u1161"  # 가 as jamo
    assert content_hash(decomposed) == content_hash("가") and nfc(decomposed) == "가"


def test_cloze_numbers_follow_their_keys() -> None:
    old = (("duration|실행 시간#1", 1),)
    # A deletion added in front: the old one keeps c1, the new one takes c2.
    assert assign_clozes(["size|메모리#1", "duration|실행 시간#1"], old) == (
        {1: 2, 2: 1},
        (("duration|실행 시간#1", 1), ("size|메모리#1", 2)),
    )
    # A reworded label keeps the number; a removed deletion's number is never given to another.
    numbers, kept = assign_clozes(["duration|최대 실행 시간#1"], old)
    assert numbers == {1: 1} and kept == (("duration|최대 실행 시간#1", 1),)
    numbers, kept = assign_clozes(["count|동시 실행#1"], (("duration|실행 시간#1", 1), ("size|메모리#1", 2)))
    assert numbers == {1: 3} and dict(kept) == {"duration|실행 시간#1": 1, "size|메모리#1": 2, "count|동시 실행#1": 3}
    # Without a past, numbers are in order.
    assert assign_clozes(["side|a#1", "side|b#1"], ())[0] == {1: 1, 2: 2}


def test_ledger_round_trip_and_bad_ledger() -> None:
    ledger = Ledger((*LEDGER, Entry("g5", "limit", "a.md", "t", "x", "h", T, (("size|메모리#1", 2),))), ("abc", T))
    assert parse_ledger(dump_ledger(ledger)) == ledger
    with pytest.raises(LedgerError):
        parse_ledger("{not json")
    with pytest.raises(LedgerError):
        parse_ledger('{"version": 99, "notes": []}')
