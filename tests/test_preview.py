"""The card preview page: Anki's own rendering of every card, the side notes, the inline font."""

from __future__ import annotations

import io
import re
import shutil
import tempfile
from html import escape
from pathlib import Path

import pytest
from anki.collection import Collection
from fontTools.ttLib import TTFont

from builder.build import load_notes
from builder.cli import main
from builder.config import load_config
from builder.emit import deck, webfont
from builder.emit.anki_render import cloze, cloze_ordinals, render_card, render_template
from builder.emit.card_rules import card_rule, no_card_lines
from builder.emit.cards import KINDS
from builder.emit.preview import phone_rules, render_preview
from builder.model import Notes
from tests.conftest import SEED_DIR
from tests.deck_helpers import all_cards, import_deck


@pytest.fixture(scope="module")
def seed(tmp_path_factory: pytest.TempPathFactory) -> tuple[Notes, deck.DeckOutcome, Path]:
    base = tmp_path_factory.mktemp("seed")
    notes_dir = base / "notes"
    shutil.copytree(SEED_DIR, notes_dir)
    notes, _ = load_notes(notes_dir)
    apkg = base / "deck.apkg"
    outcome = deck.write_deck(notes, load_config(notes_dir), apkg, notes_dir=notes_dir)
    return notes, outcome, apkg


def test_every_card_renders_as_anki_renders_it(seed: tuple[Notes, deck.DeckOutcome, Path]) -> None:
    _, outcome, apkg = seed
    templates = deck.card_templates()
    ours: dict[tuple[str, int], tuple[str, str]] = {}
    for note in outcome.notes:
        cloze_type = note.spec.note_type == "cloze"
        question, answer = templates.cloze if cloze_type else templates.basic
        for ordinal in cloze_ordinals(note.fields["Text"]) if cloze_type else [1]:
            ours[(note.fields["Source"], ordinal)] = render_card(question, answer, note.fields, ordinal)
    with tempfile.TemporaryDirectory() as tmp:
        col = Collection(str(Path(tmp) / "collection.anki2"))
        try:
            import_deck(col, apkg)
            theirs = {
                (card.note()["Source"], card.ord + 1): (_without_css(card.question()), _without_css(card.answer()))
                for card in all_cards(col)
            }
        finally:
            col.close()
    assert len(theirs) >= 90  # the whole seed deck (100 cards), not a handful
    assert ours == theirs


def _without_css(html: str) -> str:
    return re.sub(r"^<style>.*?</style>", "", html, flags=re.DOTALL)


def test_cloze_filter_asks_one_deletion_and_shows_the_others() -> None:
    text = "a {{c1::15분}} b {{c2::x y::힌트}}"
    assert cloze(text, 1, question=True) == (
        'a <span class="cloze" data-cloze="15분" data-ordinal="1">[...]</span> '
        'b <span class="cloze-inactive" data-ordinal="2">x y</span>'
    )
    assert cloze(text, 2, question=True).endswith('data-cloze="x&#x20;y" data-ordinal="2">[힌트]</span>')
    assert cloze(text, 2, question=False).endswith('<span class="cloze" data-ordinal="2">x y</span>')
    assert cloze_ordinals(text + " {{c1::again}}") == [1, 2]
    marked = cloze("{{c1::<b>a&amp;b</b>'\"}}", 1, question=True)
    assert 'data-cloze="&lt;b&gt;a&amp;amp&#x3B;b&lt;&#x2F;b&gt;&#x27;&quot;"' in marked


def test_sections_follow_anki_emptiness_and_unknown_syntax_is_refused() -> None:
    template = "A{{#Extra}}<i>{{Extra}}</i>{{/Extra}}{{^Extra}}none{{/Extra}}"
    assert render_template(template, {"Extra": "x"}, 1, question=True) == "A<i>x</i>"
    assert render_template(template, {"Extra": " <br> "}, 1, question=True) == "Anone"
    with pytest.raises(ValueError, match="filter"):
        render_template("{{hint:Extra}}", {"Extra": "x"}, 1, question=True)
    with pytest.raises(ValueError, match="field"):
        render_template("{{Missing}}", {"Extra": "x"}, 1, question=True)
    with pytest.raises(ValueError, match="unclosed"):
        render_template("{{#Extra}}x", {"Extra": "x"}, 1, question=True)


def test_the_page_shows_every_card_with_its_kind_source_and_rule(seed: tuple[Notes, deck.DeckOutcome, Path]) -> None:
    notes, outcome, _ = seed
    html, total = render_preview(notes, outcome.notes, "덱")
    assert total == sum(n.spec.cards for n in outcome.notes)
    assert html.count('<article class="pv-card"') == total
    for kind in {n.spec.kind for n in outcome.notes}:
        assert f'data-kind="{kind}"' in html
    first = outcome.notes[0].spec
    assert f'<span class="pv-source">{first.source}</span>' in html
    silent = [f for _, _, f in notes.facts() if f.decision is not None and not f.decision.kinds]
    assert silent  # the seed has lines that make no card (labels, references, heads of sub-lists)
    assert html.count('<li class="pv-line">') == len(silent)
    for fact in silent:
        assert f"{fact.source}</span> {escape(fact.text, quote=False)} " in html
    # One file: nothing to fetch (the font is a data URL, CSS and script are inline).
    assert not re.search(r"""(?:src|href)\s*=\s*["']?(?!data:|#)[a-z]+:""", html, re.IGNORECASE)
    assert not re.search(r"url\(\s*(?![\"']?data:)", html)
    assert "<script src" not in html and '<link rel="stylesheet"' not in html


def test_every_rule_names_its_kind(seed: tuple[Notes, deck.DeckOutcome, Path]) -> None:
    _, outcome, _ = seed
    seen = set()
    for note in outcome.notes:
        rule = card_rule(note.spec)
        assert rule.startswith(f"{note.spec.kind}: ")
        seen.add(note.spec.kind)
    assert seen >= set(KINDS) - {"list"}
    comparison = next(n.spec for n in outcome.notes if n.spec.kind == "comparison")
    assert "drawn from" in card_rule(comparison) and "subjects set against" not in card_rule(comparison)


def test_lines_without_a_card_are_listed_with_a_reason(seed: tuple[Notes, deck.DeckOutcome, Path]) -> None:
    notes, outcome, _ = seed
    specs = [n.spec for n in outcome.notes]
    decided = no_card_lines(notes, specs)
    silent = [f for _, _, f in notes.facts() if f.decision is not None and not f.decision.kinds]
    assert [(m.source, m.text) for m in decided] == [(f.source, f.text) for f in silent]
    assert all(
        m.reason.startswith(f.decision.reason or "?") for m, f in zip(decided, silent, strict=True) if f.decision
    )
    # A decided fact that no note shows is listed too (the deck build refuses such a deck).
    dropped = [s for s in specs if s.kind == "fact"][:2]
    missing = no_card_lines(notes, [s for s in specs if s not in dropped])
    lost = {(m.source, m.text) for m in missing} - {(m.source, m.text) for m in decided}
    assert lost == {(s.topic.facts[s.facts[0]].source, s.topic.facts[s.facts[0]].text) for s in dropped}
    assert all(m.reason for m in missing)


def test_phone_rules_repeat_the_narrow_media_rules_for_the_frame() -> None:
    css = (
        ".card { a: b; }\n@media (max-width: 480px) {\n  .card { c: d; }\n}\n@media (max-width: 200px) { .x { e: f; } }"
    )
    assert phone_rules(css) == "@container phone (max-width: 480px) {\n  .card { c: d; }\n}"
    assert "@container phone" in phone_rules(deck.card_templates().css)


def test_inline_font_holds_exactly_the_page_characters() -> None:
    data = webfont.woff(webfont.subset_font(webfont.REGULAR, "가각AB한"))
    font = TTFont(io.BytesIO(data))
    assert font.flavor == "woff"
    assert {chr(c) for c in font.getBestCmap()} >= set("가각AB한")
    assert len(font.getGlyphOrder()) < 20
    fallback = TTFont(io.BytesIO(webfont._fonttools_subset(webfont.REGULAR, "가각")))
    assert {chr(c) for c in fallback.getBestCmap()} >= set("가각")


def test_the_build_summary_names_the_preview(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    notes_dir = tmp_path / "notes"
    shutil.copytree(SEED_DIR, notes_dir)
    out = tmp_path / "dist"
    assert main(["build", "--notes", str(notes_dir), "--out", str(out), "--only", "deck"]) == 0
    printed = capsys.readouterr().out
    assert re.search(
        rf"^preview: \d+ cards as Anki shows them, \d+ KiB: {re.escape(str(out))}/aws-saa\.cards\.html$", printed, re.M
    )
    assert sorted(p.name for p in out.iterdir() if not p.name.startswith(".")) == ["aws-saa.apkg", "aws-saa.cards.html"]
