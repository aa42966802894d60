"""Anki syntax written in the notes is never live in Anki: not in headings, context lines,
sources, table cells, facts or tags.  The deck is imported into Anki's own engine, which must
find no media reference, no LaTeX, and exactly the cloze deletions the builder made."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from anki.collection import Collection

from builder.build import build
from builder.emit.anki_text import neutralise
from builder.emit.cards import note_specs
from builder.errors import Problems
from builder.parse import parse_notes
from tests.conftest import make_notes
from tests.deck_helpers import all_cards, import_deck, visible_text

HOSTILE = """---
title: "노트 {{c2::제목}} [sound:title.mp3]"
---
# 무시되는 제목
## {{c1::비밀}} 주제 [sound:head.mp3]
- 평범한 사실: 세션은 30분 유지 [sound:x.mp3]
- 수식 [latex]x^2[/latex] 과 [$]y[/$] 그리고 [$$]z[/$$] 표기
- 낭독 [anki:tts lang=ko_KR]안녕[/anki:tts] 표시
- 템플릿 {{Front}} 과 {{#Extra}}x{{/Extra}} 그리고 {{c3::숨김::힌트}}

## {{c9::x}}
- 최대 크기는 512MB [LaTeX]a[/LATEX]
- A : 설명 [sound:a.mp3]
- B : 설명 {{c1::b}}

## 비교 {{c4::표}}
| 항목 [sound:t.mp3] | 값 {{c5::v}} |
|---|---|
| [$]k[/$] | 10분 [anki:play:q:0] |
| 둘째 {{c7::칸}} | 20분 |
"""


@pytest.fixture(scope="module")
def imported(tmp_path_factory: pytest.TempPathFactory) -> tuple[Collection, int]:
    root = tmp_path_factory.mktemp("anki-syntax")
    notes = make_notes(root, {"a.md": HOSTILE})
    result = build(notes, root / "dist", outputs=("deck",))
    made = sum(spec.cards for spec in note_specs(parse_notes(notes, Problems())))
    col = Collection(str(root / "collection.anki2"))
    import_deck(col, next((root / "dist").glob("*.apkg")))
    assert result.written
    yield col, made
    col.close()


def test_no_media_reference_and_no_latex(imported: tuple[Collection, int]) -> None:
    col, _ = imported
    cards = all_cards(col)
    assert cards
    for card in cards:
        assert not card.question_av_tags() and not card.answer_av_tags()
        for html in (card.question(), card.answer()):
            assert "<img" not in html and "latex-" not in html, html
    for nid in col.find_notes(""):
        for value in col.get_note(nid).values():
            assert not col._backend.extract_latex(text=value, svg=False, expand_clozes=True).latex
    assert not col.media.check().missing


def test_exactly_the_builders_clozes(imported: tuple[Collection, int]) -> None:
    col, made = imported
    assert col.card_count() == made
    for nid in col.find_notes(""):
        note = col.get_note(nid)
        ords = {card.ord + 1 for card in note.cards()}
        if "Text" in note.keys():  # noqa: SIM118 (an Anki note is not a dict)
            assert ords == {int(n) for n in re.findall(r"\{\{c(\d+)::", note["Text"])}
        assert "{{" not in note["Source"]


def test_the_learner_still_reads_the_characters(imported: tuple[Collection, int]) -> None:
    """What reaches a card reads as written (which lines make cards is the card logic's choice:
    headings, sources and table cells always do)."""
    col, _ = imported
    shown = " ".join(visible_text(card.answer()) for card in all_cards(col))
    for text in (
        "{{c1::비밀}} 주제",
        "[sound:head.mp3]",
        "노트 {{c2::제목}} [sound:title.mp3]",
        "[$]k[/$]",
        "[anki:play:q:0]",
    ):
        assert text in shown, text


@pytest.mark.parametrize(
    ("text", "inert"),
    [
        ("{{c1::x}}", "&#123;&#123;c1&#58;&#58;x&#125;&#125;"),
        ("[sound:a.mp3]", "&#91;sound:a.mp3]"),
        ("[LaTeX]a[/latex]", "&#91;LaTeX]a&#91;/latex]"),
        ("[$$]a[/$$] [$]b[/$]", "&#91;$$]a&#91;/$$] &#91;$]b&#91;/$]"),
        ("[anki:tts]x[/anki:tts]", "&#91;anki:tts]x&#91;/anki:tts]"),
        ("배열 [1] 과 [링크]", "배열 [1] 과 [링크]"),
    ],
)
def test_neutralise(text: str, inert: str) -> None:
    assert neutralise(text) == inert


def test_a_high_cloze_number_in_a_heading_builds(tmp_path: Path) -> None:
    notes = make_notes(tmp_path, {"a.md": "# T\n## {{c9::x}}\n- 최대 크기는 512MB\n- 둘째 사실\n"})
    assert build(notes, tmp_path / "dist", outputs=("deck",)).written
