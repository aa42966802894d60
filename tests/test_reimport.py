"""Edit the notes, rebuild, re-import over the old deck: no duplicate, no lost review."""

from __future__ import annotations

import shutil
from dataclasses import dataclass
from pathlib import Path

import pytest
from anki.collection import Collection

from builder import resources
from builder.emit import deck
from builder.model import Notes
from tests.deck_helpers import all_cards, build_deck, histories, import_deck, moved_histories, review_distinctly
from tests.model_factory import comparison, fact, item, notes, section, tip, topic
from tests.sample_notes import sample

V1_TIME, V2_TIME = 1_800_000_000, 1_800_086_400


def edited() -> Notes:
    """:func:`sample` after a day of editing; the comment on each line says what changed."""
    return notes(
        section(
            "db.md",
            "DB 노트",
            topic(  # topics reordered: this one came second
                "Redis",
                fact("인메모리 키-값 데이터 저장소로, 주로 캐시와 세션 저장에 쓴다."),  # reworded
                fact("기본 데이터베이스 수는 ⟦16개⟧."),  # added; the 512MB fact deleted
                fact("**Redis는 단일 스레드로 명령을 처리한다**"),
                fact("클러스터 모드에서는 CRC16 해시 슬롯으로 키를 여러 노드에 나눈다."),
                tips=(tip("Redis는 단일 스레드로 명령을 처리한다", 2),),
            ),
            topic(
                "PostgreSQL - 연결 한도",
                fact("트랜잭션 ID는 약 ⟦20억개⟧마다 순환한다."),  # fact added above
                fact("기본 최대 연결 수는 ⟦200개⟧이다."),  # changed number
                fact("공유 버퍼의 기본값은 ⟦128MB⟧, 작업 메모리는 ⟦4MB⟧."),  # typo fixed
                fact("백업 한도", "numbered"),
                fact("WAL 보존 기간은 최대 ⟦35일⟧", parent=3, depth=1),
                items=(item(3, 4),),
            ),
            topic(
                "메시지 브로커 비교",  # heading lightly renamed
                fact("Kafka vs RabbitMQ", "numbered"),
                fact("Kafka는 로그를 보존하고 재생할 수 있다.", parent=0, depth=1),
                fact("RabbitMQ는 큐에서 메시지를 꺼내면 지운다.", parent=0, depth=1),
                comparisons=(
                    comparison(
                        "Kafka vs RabbitMQ",
                        ("Kafka", ["Kafka는 로그를 보존하고 재생할 수 있다."]),
                        ("RabbitMQ", ["RabbitMQ는 큐에서 메시지를 꺼내면 지운다.", "Kafka보다 지연이 짧다."]),
                        facts=(1, 2),
                    ),
                ),
            ),
        ),
        section(
            "network/tcp-notes.md",
            "네트워크",  # file renamed and moved
            topic(
                "TCP",
                fact("최대 세그먼트 크기는 보통 ⟦1460바이트⟧, 기본 윈도 크기는 ⟦64KB⟧."),  # bullets reordered
                fact("연결 지향 전송 프로토콜로, 신뢰성 있는 전달을 보장한다."),
                fact("3방향 핸드셰이크로 연결을 연다 => 연결 수립 지연 발생"),
                fact("`사용 사례: 파일 전송, 웹 요청`"),
                tips=(tip("연결 수립 지연 발생", 2, "conclusion"), tip("사용 사례: 파일 전송, 웹 요청", 3, "use_case")),
            ),
        ),
    )


@dataclass
class Scenario:
    col: Collection
    before: dict[str, dict[str, object]]
    """Per GUID after v1 and one review of every card: fields, mod, and card histories."""
    after: dict[str, dict[str, object]]
    outcome: deck.DeckOutcome
    v2_guids: list[str]
    histories_before: dict[object, tuple[str, str]]
    """Each card's (unique) history → its note's GUID and what it asks, after v1 and a review."""
    histories_after: dict[object, tuple[str, str]]


def snapshot(col: Collection) -> dict[str, dict[str, object]]:
    notes = {}
    for nid in col.find_notes(""):
        note = col.get_note(nid)
        notes[note.guid] = {
            "nid": nid,
            "fields": list(note.fields),
            "mod": note.mod,
            "cards": {c.ord: (c.reps, c.ivl, c.due, c.type, c.queue) for c in note.cards()},
        }
    return notes


@pytest.fixture(scope="module")
def scenario(tmp_path_factory: pytest.TempPathFactory) -> Scenario:
    tmp = tmp_path_factory.mktemp("reimport")
    build_deck(sample(), tmp, tmp / "v1.apkg", now=V1_TIME)
    col = Collection(str(tmp / "collection.anki2"))
    import_deck(col, tmp / "v1.apkg")
    review_distinctly(col)  # every card gets a review history of its own
    before, histories_before = snapshot(col), histories(col)
    outcome = build_deck(edited(), tmp, tmp / "v2.apkg", now=V2_TIME)
    import_deck(col, tmp / "v2.apkg")
    ledger = (tmp / deck.LEDGER_NAME).read_text(encoding="utf-8")
    v2_guids = [line.split('"guid": "')[1].split('"')[0] for line in ledger.splitlines() if '"guid"' in line]
    return Scenario(col, before, snapshot(col), outcome, v2_guids, histories_before, histories(col))


def texts(notes: dict[str, dict[str, object]]) -> str:
    return "\n".join("\x1f".join(n["fields"]) for n in notes.values())  # type: ignore[arg-type]


def test_no_duplicates(scenario: Scenario) -> None:
    assert (
        len(scenario.after) == len(scenario.before) + 2
    )  # two facts added; one deleted stays until the learner deletes it
    assert set(scenario.v2_guids) <= set(scenario.after)
    assert len(set(scenario.v2_guids)) == len(scenario.v2_guids)


def test_edits_update_in_place(scenario: Scenario) -> None:
    before, after = scenario.before, scenario.after
    updated = [g for g in before if g in after and after[g]["fields"] != before[g]["fields"]]
    # The changed number, the typo fix, the what and which notes of the reworded definition, and
    # the comparison of the renamed topic (its heading is shown on the card; the item head
    # "Kafka vs RabbitMQ" is only the context of the lines under it, no note of its own).
    # Reordering, moving the file and adding a fact above touch no note's content.
    assert len(updated) == 5
    assert sum("메시지 브로커 비교" in after[g]["fields"][0] for g in updated) == 1  # type: ignore[index]
    assert "5 updated" in "\n".join(scenario.outcome.summary)
    joined = texts(after)
    assert "200개" in joined and "{{c1::100개}}" not in joined
    assert "공유 버퍼의 기본값은" in joined and "데이터 저장소로, 주로" in joined
    for guid in updated:
        assert after[guid]["mod"] > before[guid]["mod"]  # type: ignore[operator]
        assert after[guid]["nid"] == before[guid]["nid"]


def test_untouched_notes_are_unchanged(scenario: Scenario) -> None:
    before, after = scenario.before, scenario.after
    untouched = [g for g in before if g in after and after[g]["fields"] == before[g]["fields"]]
    assert len(untouched) >= 8
    for guid in untouched:
        assert after[guid]["mod"] == before[guid]["mod"]


def test_every_kept_card_keeps_its_history(scenario: Scenario) -> None:
    """Judged by what each card asks, not by its cloze number: every history is unique, so a
    history that moved to another card, or stayed on a card that now asks something else, shows."""
    before, after = scenario.histories_before, scenario.histories_after
    assert all(history[0] == 1 for history in before)  # type: ignore[index]
    assert moved_histories(before, after) == []  # type: ignore[arg-type]
    assert set(after) >= set(before)  # reps, interval, due date, type and queue all kept
    assert scenario.col.card_count() == len(before) + 2  # the two added facts' cards, without history


def test_added_facts_are_new_notes(scenario: Scenario) -> None:
    new = [n for g, n in scenario.after.items() if g not in scenario.before]
    assert sorted("16개" in "".join(n["fields"]) or "20억개" in "".join(n["fields"]) for n in new) == [True, True]  # type: ignore[arg-type]
    assert all(c[0] == 0 for n in new for c in n["cards"].values())  # type: ignore[attr-defined]


def test_removed_fact_is_reported_with_a_working_search(scenario: Scenario) -> None:
    summary = "\n".join(scenario.outcome.summary)
    assert "2 added" in summary and "1 removed" in summary
    assert "512MB" in summary
    search = summary.rsplit("search the Anki browser for ", 1)[1].split(" and delete")[0]
    found = scenario.col.find_notes(search)
    assert len(found) == 1
    assert "512MB" in "".join(scenario.col.get_note(found[0]).fields)


def test_rebuild_of_unchanged_notes_updates_nothing(scenario: Scenario, tmp_path: Path) -> None:
    notes_dir = tmp_path
    build_deck(sample(), notes_dir, tmp_path / "a.apkg", now=V1_TIME)
    outcome = build_deck(sample(), notes_dir, tmp_path / "b.apkg", now=V2_TIME)
    assert "0 added, 0 updated, 0 removed" in "\n".join(outcome.summary)


def test_changed_css_reaches_the_learner_without_touching_notes(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    templates = tmp_path / "templates"
    shutil.copytree(resources.root(), templates)
    monkeypatch.setattr(resources, "root", lambda: templates)
    build_deck(sample(), tmp_path, tmp_path / "v1.apkg", now=V1_TIME)
    col = Collection(str(tmp_path / "c.anki2"))
    try:
        import_deck(col, tmp_path / "v1.apkg")
        for card in all_cards(col):
            card.start_timer()
            col.sched.answerCard(card, 4)
        before = snapshot(col)
        with (templates / "anki" / "style.css").open("a", encoding="utf-8") as css:
            css.write("\n.marker-for-test { color: red; }\n")
        outcome = build_deck(sample(), tmp_path, tmp_path / "v2.apkg", now=V2_TIME)
        import_deck(col, tmp_path / "v2.apkg")
        assert "0 added, 0 updated, 0 removed" in "\n".join(outcome.summary)
        # Read through the backend: ModelManager caches note types across an import.
        assert all(
            ".marker-for-test" in col._backend.get_notetype(mid).config.css
            for mid in (deck.CLOZE_MODEL_ID, deck.BASIC_MODEL_ID)
        )
        assert snapshot(col) == before  # no note touched, every review kept
    finally:
        col.close()


def test_cli_build_writes_deck_and_ledger(tmp_path: Path) -> None:
    from builder.cli import main

    notes_dir = tmp_path / "notes"
    notes_dir.mkdir()
    (notes_dir / "n.md").write_text(
        "## Redis\n- 인메모리 키-값 저장소로, 캐시에 쓴다.\n- 값은 최대 512MB.\n", encoding="utf-8"
    )
    args = ["build", "--only", "deck", "--notes", str(notes_dir), "--out", str(tmp_path / "dist")]
    assert main(args) == 0
    ledger = (notes_dir / deck.LEDGER_NAME).read_text(encoding="utf-8")
    first = next((tmp_path / "dist").glob("*.apkg")).read_bytes()
    assert main(args) == 0
    assert (notes_dir / deck.LEDGER_NAME).read_text(encoding="utf-8") == ledger
    assert next((tmp_path / "dist").glob("*.apkg")).read_bytes() == first
