"""The deck, imported into a fresh collection by Anki's own engine."""

from __future__ import annotations

import html
import re
from pathlib import Path

import pytest
from anki.collection import Collection

from builder import resources
from builder.emit.cards import note_specs, tag
from builder.model import Notes
from tests.deck_helpers import CONFIG, all_cards, build_deck, card_texts, import_deck
from tests.sample_notes import sample, with_cloze_syntax

NOW = 1_800_000_000
CLOZE = re.compile(r"\{\{c(\d+)::(.*?)(?:::[^:{}]*)?\}\}", re.S)
"""A deletion: its number and the hidden text, without the hint a blank may show (``::크기``)."""


@pytest.fixture
def imported(tmp_path: Path) -> tuple[Notes, Collection]:
    notes = sample()
    build_deck(notes, tmp_path, tmp_path / "deck.apkg", now=NOW)
    col = Collection(str(tmp_path / "collection.anki2"))
    import_deck(col, tmp_path / "deck.apkg")
    yield notes, col
    col.close()


def test_counts_match_the_model(imported: tuple[Notes, Collection]) -> None:
    notes, col = imported
    specs = note_specs(notes)
    assert col.note_count() == len(specs)
    assert col.card_count() == sum(s.cards for s in specs)
    kinds = {s.kind for s in specs}
    assert kinds == {"limit", "comparison", "what", "which", "tip", "fact"}
    quantities = sum(len(f.quantities) for _, _, f in notes.facts())
    assert sum(s.cards for s in specs if s.kind == "limit") == quantities


def test_every_note_has_a_card_and_every_card_reads_well(imported: tuple[Notes, Collection]) -> None:
    _, col = imported
    for nid in col.find_notes(""):
        assert col.get_note(nid).cards(), f"note {nid} made no card"
    for card in all_cards(col):
        question, answer = card_texts(card)
        assert question and answer
        assert question != answer
        for leftover in ("**", "`", "](", "{{c", "}}", "::"):
            assert leftover not in question + answer, (leftover, question, answer)


def test_every_quantity_is_its_own_deletion(imported: tuple[Notes, Collection]) -> None:
    notes, col = imported
    texts = [col.get_note(nid)["Text"] for nid in col.find_notes('"note:Study Notes · Cloze"')]
    for _, _, fact in notes.facts():
        if not fact.quantities:
            continue
        found = [t for t in texts if all(html.escape(q.text, quote=False) in t for q in fact.quantities)]
        assert found, fact.text
        text = found[0]
        deletions = CLOZE.findall(text)
        assert sorted(html.unescape(body) for _, body in deletions) == sorted(q.text for q in fact.quantities)
        assert len({number for number, _ in deletions}) == len(fact.quantities)


def test_limit_card_shows_its_context(imported: tuple[Notes, Collection]) -> None:
    _, col = imported
    questions = [card_texts(c)[0] for c in all_cards(col)]
    assert any(q.startswith("PostgreSQL · 연결 한도") and "[...]" in q for q in questions)
    assert any("› 백업 한도" in q and "WAL" in q for q in questions), "item head missing above its child"


def test_comparison_hides_each_subject_everywhere(imported: tuple[Notes, Collection]) -> None:
    _, col = imported
    [nid] = col.find_notes("tag:card::comparison")
    note = col.get_note(nid)
    assert len(note.cards()) == 2
    for card in note.cards():
        question, answer = card_texts(card)
        hidden, shown = ("Kafka", "RabbitMQ") if card.ord == 0 else ("RabbitMQ", "Kafka")
        assert re.search(rf"(?<![A-Za-z]){hidden}(?![A-Za-z])", question) is None, question
        assert shown in question and hidden in answer
    # Each card shows the other side's name, so a particle keeps its written form: a neutral
    # ``은(는)`` after a name in plain view reads as debris (``RabbitMQ은(는)``).
    assert "은(는)" not in note["Text"]
    assert re.search(r"Kafka\s*는", card_texts(note.cards()[1])[0])
    assert re.search(r"RabbitMQ\s*는", card_texts(note.cards()[0])[0])


def test_what_and_which_cards(imported: tuple[Notes, Collection]) -> None:
    _, col = imported
    what = [card_texts(col.get_note(n).cards()[0]) for n in col.find_notes("tag:card::what")]
    which = [card_texts(col.get_note(n).cards()[0]) for n in col.find_notes("tag:card::which")]
    assert any(q.endswith("Redis 무엇이며, 어디에 쓰나요?") and "인메모리" in a for q, a in what), what
    redis = [(q, a) for q, a in which if "인메모리 키-값" in q]
    assert redis and "Redis" not in redis[0][0] and redis[0][1].endswith("Redis")
    assert redis[0][0].rstrip().endswith("무엇에 대한 설명인가요?")  # a statement is asked about


def test_emphasised_statements_and_conclusions_hide_a_key_term_and_use_cases_ask_their_subject(
    imported: tuple[Notes, Collection],
) -> None:
    _, col = imported
    tips = [card_texts(c) for n in col.find_notes("tag:card::tip") for c in col.get_note(n).cards()]
    [(use_case, answer)] = tips
    assert "파일 전송" in use_case and "TCP" not in use_case and answer.rstrip().endswith("TCP")
    facts = [card_texts(c) for n in col.find_notes("tag:card::fact") for c in col.get_note(n).cards()]
    # The author's bold statement hides its key term, not its subject (the context line says it).
    assert any("단일 스레드" not in q and "단일 스레드" in a and "명령을 처리" in q for q, a in facts), facts
    # A conclusion after its arrow hides its key term and keeps the premise as the cue.
    assert any("핸드셰이크" in q and "[...]" in q and "연결 수립 지연" in a.replace(q, "") for q, a in facts), facts


def test_decks_and_tags(imported: tuple[Notes, Collection]) -> None:
    notes, col = imported
    wanted = {f"{CONFIG.name}::{s.title}" for s in notes.sections}
    assert {col.decks.name(c.did) for c in all_cards(col)} == wanted
    for nid in col.find_notes(""):
        tags = col.get_note(nid).tags
        assert all(" " not in t for t in tags)
        assert any(t.startswith(("DB_노트::", "네트워크::")) for t in tags), tags
    assert col.find_notes("tag:DB_노트::PostgreSQL::연결_한도")
    assert tag("AWS Lambda") == "AWS_Lambda"


def test_cloze_syntax_in_the_notes_is_shown_not_obeyed(tmp_path: Path) -> None:
    build_deck(with_cloze_syntax(), tmp_path, tmp_path / "deck.apkg", now=NOW)
    col = Collection(str(tmp_path / "c.anki2"))
    try:
        import_deck(col, tmp_path / "deck.apkg")
        limit_cards = [c for n in col.find_notes("tag:card::limit") for c in col.get_note(n).cards()]
        assert len(limit_cards) == 2  # one per quantity; the written syntax made none
        answers = " ".join(card_texts(c)[1] for c in limit_cards)
        assert "{{c1::정답}}" in answers and "a::b" in answers and "중괄호 }}" in answers
    finally:
        col.close()


def test_rebuild_gives_same_guids_and_bytes(tmp_path: Path) -> None:
    first, second, fresh = tmp_path / "a.apkg", tmp_path / "b.apkg", tmp_path / "fresh"
    fresh.mkdir()
    build_deck(sample(), tmp_path, first, now=NOW)
    build_deck(sample(), tmp_path, second, now=NOW + 500)  # same notes, later clock
    build_deck(sample(), fresh, fresh / "c.apkg", now=NOW)  # no ledger at all
    assert first.read_bytes() == second.read_bytes()
    assert first.read_bytes() == (fresh / "c.apkg").read_bytes()


def test_templates_are_files_with_night_mode_and_no_external_resources() -> None:
    css = (resources.file("anki", "style.css")).read_text(encoding="utf-8")
    assert ".nightMode" in css and "@media (max-width" in css
    for path in (p for p in resources.folder("anki").rglob("*") if p.is_file()):
        assert "http" not in path.read_text(encoding="utf-8") and "@import" not in path.read_text(encoding="utf-8")


def test_field_templates_put_values_only_between_tags() -> None:
    # Field values are escaped for element content (quotes kept as written), so a value inside
    # an attribute could close it: the templates must never put one there.
    templates = list(resources.folder("anki", "fields").glob("*.html.j2"))
    assert templates
    for path in templates:
        for element in re.findall(r"<[^>]*>", re.sub(r"\{#.*?#\}", "", path.read_text(encoding="utf-8"), flags=re.S)):
            assert "{{" not in element and "{%" not in element, (path.name, element)


def test_a_what_card_asks_for_the_subject_not_its_overview_heading_or_tagline(tmp_path: Path) -> None:
    from builder.errors import Problems
    from builder.parse import parse_notes

    (tmp_path / "n.md").write_text(
        "# 저장 장치\n\n## RAID - 특징\n\n- RAID는 여러 디스크를 묶어 하나처럼 쓰는 기술이다.\n\n"
        "## Amazon EKS - AWS에서 쿠버네티스 실행\n\n- 쿠버네티스 컨트롤 플레인을 대신 운영해 주는 관리형 서비스이다.\n"
        "\n"
        "## TCP - 흐름 제어의 원리\n\n- 송신 측이 수신 측의 처리 속도를 넘지 않도록 전송량을 조절하는 것이다.\n",
        encoding="utf-8",
    )
    fronts = [html.unescape(s.fields[0]) for s in note_specs(parse_notes(tmp_path, Problems())) if s.kind == "what"]
    assert len(fronts) == 3, fronts
    assert any("RAID" in f for f in fronts) and any("Amazon EKS" in f for f in fronts), fronts
    assert not any("특징" in f or "쿠버네티스 실행" in f for f in fronts), fronts
    # a part of the subject stays: asked "TCP 무엇인가요?", the flow-control answer would be wrong
    assert any("흐름 제어의 원리" in f for f in fronts), fronts


def test_a_blank_says_what_kind_of_value_it_asks_when_its_line_does_not(imported: tuple[Notes, Collection]) -> None:
    # ``공유 버퍼 기본값은 128MB``: the line names the setting, not that a size is asked
    _, col = imported
    hinted = [(q, a) for q, a in (card_texts(card) for card in all_cards(col)) if "[크기]" in q]
    assert hinted, "no blank said it asks a size"
    assert any("128MB" in a and "128MB" not in q for q, a in hinted)
    assert all("[...]" not in q and "[크기]" not in a for q, a in hinted)  # Anki shows the hint for the blank


def test_a_which_card_whose_statement_is_a_question_asks_nothing_more(tmp_path: Path) -> None:
    from builder.errors import Problems
    from builder.parse import parse_notes

    notes_dir = tmp_path / "notes"
    notes_dir.mkdir()
    (notes_dir / "quiz.md").write_text(
        "# 모의고사\n\n1. 연료 효율을 높이는 차량 설계에 쓰인 최적화 알고리즘은 무엇인가?\n\n   - (1) 회귀 알고리즘.\n"
        "   - (2) 유전 알고리즘.\n   - (3) 연관 규칙 알고리즘.\n   - (4) 군집화 알고리즘.\n     - [답] 2\n\n"
        "## Redis\n\n- Redis는 인메모리 키-값 저장소이다\n",
        encoding="utf-8",
    )
    build_deck(parse_notes(notes_dir, Problems()), notes_dir, tmp_path / "deck.apkg", now=NOW)
    col = Collection(str(tmp_path / "collection.anki2"))
    import_deck(col, tmp_path / "deck.apkg")
    which = [card_texts(col.get_note(n).cards()[0]) for n in col.find_notes("tag:card::which")]
    col.close()
    keyed = [q for q, a in which if "유전 알고리즘" in a.replace(q, "")]
    assert keyed and keyed[0].rstrip().endswith("무엇인가?"), which  # the question asks by itself
    assert "무엇에 대한 설명인가요" not in keyed[0]
