"""Re-import after edits that move text around: every history follows what its card asks.

Each scenario writes notes as markdown, builds v1, imports it, gives every card its own
history, edits the notes, builds v2 and imports it over v1 with Anki's default options.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path

import pytest
from anki.collection import Collection

from builder.emit import deck
from builder.errors import Problems
from builder.parse import parse_notes
from tests.deck_helpers import (
    all_cards,
    build_deck,
    card_texts,
    histories,
    import_deck,
    moved_histories,
    review_distinctly,
)

V1, V2 = 1_800_000_000, 1_800_086_400


@dataclass
class Reimport:
    col: Collection
    before: dict[str, object]
    after: dict[str, object]
    summary: str
    notes_before: int


def reimport(tmp: Path, v1: str, v2: str) -> Reimport:
    notes_dir = tmp / "notes"
    notes_dir.mkdir(parents=True)
    md = notes_dir / "notes.md"
    md.write_text(v1, encoding="utf-8")
    build_deck(parse_notes(notes_dir, Problems()), notes_dir, tmp / "v1.apkg", now=V1)
    col = Collection(str(tmp / "c.anki2"))
    import_deck(col, tmp / "v1.apkg")
    review_distinctly(col)
    before = {h: q for h, q in histories(col).items() if h[0] > 0}
    notes_before = col.note_count()
    md.write_text(v2, encoding="utf-8")
    outcome = build_deck(parse_notes(notes_dir, Problems()), notes_dir, tmp / "v2.apkg", now=V2)
    import_deck(col, tmp / "v2.apkg")
    return Reimport(col, before, histories(col), "\n".join(outcome.summary), notes_before)  # type: ignore[arg-type]


def counts(summary: str) -> dict[str, int]:
    return {w: int(n) for n, w in re.findall(r"(\d+) (added|updated|removed)", summary)}


SAME_HEADINGS = """# 생물
## 세포
### 특징
- 생명의 기본 단위로, DNA를 담고 스스로 분열하는 구조이다.
- 세포막이 안과 밖을 나눈다.

## 바이러스
### 특징
- 숙주 세포 안에서만 증식하는 감염성 입자이다.
- 단백질 껍질이 유전 물질을 감싼다.
"""


def swap_sections(text: str) -> str:
    head, cell, virus = re.split(r"(?m)^(?=## )", text)
    return head + virus.rstrip("\n") + "\n\n" + cell


@pytest.mark.usefixtures("which_cards_from_any_note")
def test_same_named_headings_keep_their_own_histories(tmp_path: Path) -> None:
    result = reimport(tmp_path, SAME_HEADINGS, swap_sections(SAME_HEADINGS))
    assert counts(result.summary) == {"added": 0, "updated": 0, "removed": 0}, result.summary
    assert result.col.note_count() == result.notes_before
    assert moved_histories(result.before, result.after) == []  # type: ignore[arg-type]
    assert set(result.after) >= set(result.before)  # every history survived
    which = [card_texts(c) for c in all_cards(result.col) if "card::which" in c.note().tags]
    assert len(which) == 2 and all(("생명" in q) == ("바이러스" not in a.replace(q, "")) for q, a in which), which
    result.col.close()


def test_ledger_keys_topics_by_heading_path(tmp_path: Path) -> None:
    notes_dir = tmp_path
    (notes_dir / "n.md").write_text(SAME_HEADINGS, encoding="utf-8")
    build_deck(parse_notes(notes_dir, Problems()), notes_dir, tmp_path / "d.apkg", now=V1)
    ledger = (notes_dir / deck.LEDGER_NAME).read_text(encoding="utf-8")
    assert "생물 › 세포 › 특징" in ledger and "생물 › 바이러스 › 특징" in ledger


S3 = """## S3
- 객체를 버킷에 저장하는 스토리지 서비스이다.
- 버킷 이름은 전역에서 고유해야 한다.
- 정적 웹 사이트를 호스팅할 수 있다.
"""

VERSUS = """## Redis vs Memcached
- Redis는 복제와 스냅샷으로 데이터를 보존한다.
- Memcached는 멀티스레드로 동작하고 데이터를 보존하지 않는다.
- 둘 다 인메모리 캐시로 읽기 부하를 줄인다.
"""


def test_lightly_renamed_heading_keeps_every_note(tmp_path: Path) -> None:
    result = reimport(tmp_path, S3, S3.replace("## S3", "## Amazon S3"))
    assert counts(result.summary)["added"] == 0 and counts(result.summary)["removed"] == 0, result.summary
    assert result.col.note_count() == result.notes_before
    assert moved_histories(result.before, result.after) == []  # type: ignore[arg-type]
    assert set(result.after) >= set(result.before)
    result.col.close()


def test_swapped_versus_heading_keeps_every_note(tmp_path: Path) -> None:
    result = reimport(tmp_path, VERSUS, VERSUS.replace("Redis vs Memcached", "Memcached vs Redis"))
    assert counts(result.summary)["added"] == 0 and counts(result.summary)["removed"] == 0, result.summary
    assert result.col.note_count() == result.notes_before
    result.col.close()


@pytest.mark.usefixtures("which_cards_from_any_note")
def test_renamed_heading_with_its_only_fact_reworded_keeps_its_notes(tmp_path: Path) -> None:
    # No note keeps its anchor, so the topics pair by their similar notes.
    v1 = (
        "## S3\n- 객체를 HTTP로 버킷에 저장하는 스토리지 서비스이다.\n\n"
        "## EBS\n- 인스턴스에 붙이는 블록 스토리지이다.\n"
    )
    v2 = (
        "## Amazon S3\n- 객체를 HTTP로 버킷에 저장하는 객체 스토리지 서비스이다.\n\n"
        "## EBS\n- 인스턴스에 붙이는 블록 스토리지이다.\n"
    )
    result = reimport(tmp_path, v1, v2)
    assert counts(result.summary) == {"added": 0, "updated": 2, "removed": 0}, result.summary
    assert moved_histories(result.before, result.after) == []  # type: ignore[arg-type]
    assert set(result.after) >= set(result.before)
    result.col.close()


def test_a_quantity_added_before_another_keeps_each_card_on_its_quantity(tmp_path: Path) -> None:
    v1 = "## Lambda\n- 최대 실행 시간은 15분이다.\n"
    v2 = "## Lambda\n- 메모리는 최대 10GB, 최대 실행 시간은 15분이다.\n"
    result = reimport(tmp_path, v1, v2)
    assert counts(result.summary) == {"added": 0, "updated": 1, "removed": 0}, result.summary
    assert moved_histories(result.before, result.after) == []  # type: ignore[arg-type]
    assert set(result.after) >= set(result.before)  # reps, interval and due kept
    # The engine made the new deletion's card on import, without history.
    cards = {asked: history for history, (_, asked) in result.after.items()}  # type: ignore[attr-defined]
    assert set(cards) == {"#분", "#gb"} and cards["#gb"][0] == 0
    result.col.close()


def test_a_changed_number_keeps_its_cloze_number(tmp_path: Path) -> None:
    v1 = "## Lambda\n- 메모리는 최대 10GB, 최대 실행 시간은 15분이다.\n"
    v2 = "## Lambda\n- 임시 공간은 최대 512MB, 메모리는 최대 10GB, 최대 실행 시간은 20분이다.\n"
    result = reimport(tmp_path, v1, v2)
    assert counts(result.summary) == {"added": 0, "updated": 1, "removed": 0}, result.summary
    assert moved_histories(result.before, result.after) == []  # type: ignore[arg-type]
    assert set(result.after) >= set(result.before)
    result.col.close()


ENUMERATION = """## 엔드포인트 타입
1. Edge 최적화 : 글로벌 클라이언트가 엣지 로케이션을 거쳐 접근한다.
2. 리전 배포 : 같은 리전의 클라이언트가 접근한다.
"""


def test_a_comparison_side_added_first_keeps_each_card_on_its_subject(tmp_path: Path) -> None:
    v2 = ENUMERATION.replace("1. Edge", "1. Private : VPC 안에서만 접근할 수 있다.\n2. Edge").replace(
        "2. 리전", "3. 리전"
    )
    result = reimport(tmp_path, ENUMERATION, v2)
    assert counts(result.summary)["added"] == 0, result.summary
    assert moved_histories(result.before, result.after) == []  # type: ignore[arg-type]
    assert set(result.after) >= set(result.before)
    result.col.close()


def test_swapped_versus_sides_keep_their_histories(tmp_path: Path) -> None:
    result = reimport(tmp_path, VERSUS, VERSUS.replace("Redis vs Memcached", "Memcached vs Redis"))
    assert moved_histories(result.before, result.after) == []  # type: ignore[arg-type]
    assert set(result.after) >= set(result.before)
    result.col.close()


def test_reordered_definition_keeps_its_which_card_and_a_deleted_one_does_not_lend_its_history(tmp_path: Path) -> None:
    # The definition names its subject, so it defines it after another line too (a line that does
    # not is one more property there: see test_card_decisions).
    v1 = "## Glue\n- Glue는 데이터를 추출하고 변환하는 서비스이다.\n- 데이터 카탈로그에 테이블 정의를 저장한다.\n"
    reordered = (
        "## Glue\n- 데이터 카탈로그에 테이블 정의를 저장한다.\n- Glue는 데이터를 추출하고 변환하는 서비스이다.\n"
    )
    result = reimport(tmp_path / "a", v1, reordered)
    assert counts(result.summary) == {"added": 0, "updated": 0, "removed": 0}, result.summary
    result.col.close()
    deleted = "## Glue\n- 데이터 카탈로그에 테이블 정의를 저장한다.\n"
    result = reimport(tmp_path / "b", v1, deleted)
    assert moved_histories(result.before, result.after) == []  # type: ignore[arg-type]
    result.col.close()


@pytest.mark.usefixtures("which_cards_from_any_note")
def test_which_card_hides_the_short_name_of_a_vendor_prefixed_subject(tmp_path: Path) -> None:
    notes_dir = tmp_path
    (notes_dir / "n.md").write_text(
        "## Google BigQuery\n- BigQuery는 서버리스 데이터 웨어하우스이다.\n", encoding="utf-8"
    )
    build_deck(parse_notes(notes_dir, Problems()), notes_dir, tmp_path / "d.apkg", now=V1)
    col = Collection(str(tmp_path / "c.anki2"))
    import_deck(col, tmp_path / "d.apkg")
    [which] = [card_texts(c) for c in all_cards(col) if "card::which" in c.note().tags]
    assert "BigQuery" not in which[0] and "서버리스" in which[0], which
    col.close()


DEADLOCK = "## 교착 상태\n- 교착 상태의 4가지 조건:\n  - 상호 배제\n  - 점유 대기\n  - 비선점\n  - 순환 대기\n"
HANDSHAKE = "## TCP 연결\n1. SYN\n2. SYN-ACK\n3. ACK\n4. FIN\n"


@pytest.mark.parametrize(
    ("v1", "v2", "new"),
    [
        # An item inserted in the middle (and the count above it updated), two items swapped.
        (
            DEADLOCK,
            DEADLOCK.replace("4가지", "5가지").replace(
                "  - 비선점\n  - 순환 대기\n", "  - 자원 부족\n  - 순환 대기\n  - 비선점\n"
            ),
            "자원 부족",
        ),
        # Numbered: each item keeps its card whatever number it now shows.
        (HANDSHAKE, "## TCP 연결\n1. SYN-ACK\n2. SYN\n3. 데이터 전송\n4. ACK\n5. FIN\n", "데이터 전송"),
    ],
    ids=["bullets", "numbered"],
)
def test_a_list_item_inserted_and_two_reordered_keep_every_card_on_its_item(
    tmp_path: Path, v1: str, v2: str, new: str
) -> None:
    result = reimport(tmp_path, v1, v2)
    assert counts(result.summary)["added"] == 0 and counts(result.summary)["removed"] == 0, result.summary
    assert result.col.note_count() == result.notes_before
    assert moved_histories(result.before, result.after) == []  # type: ignore[arg-type]
    assert set(result.after) >= set(result.before)  # every history kept
    cards = {asked: history for history, (_, asked) in result.after.items()}  # type: ignore[attr-defined]
    assert cards[new][0] == 0  # the new item's card starts fresh
    [nid] = result.col.find_notes("tag:card::list")
    assert len(result.col.get_note(nid).cards()) == len(re.findall(r"(?m)^\s*(?:-|\d+\.) (?!교착)", v2))
    result.col.close()
