"""Cloze rendering: particles after deletions, cloze syntax written in the notes, name variants."""

from __future__ import annotations

import re

import pytest

from builder.analyse.names import name_variants
from builder.analyse.particles import neutralise_particles
from builder.emit.cloze import Deletion, occurrences, render, render_text
from builder.model import Span


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("X는 빠르다", "{{c1::X}}은(는) 빠르다"),
        ("X가 빠르다", "{{c1::X}}이(가) 빠르다"),
        ("X를 쓴다", "{{c1::X}}을(를) 쓴다"),
        ("X과 Y", "{{c1::X}}와(과) Y"),
        ("X로 보낸다", "{{c1::X}}(으)로 보낸다"),
        ("X가능", "{{c1::X}}가능"),  # not a particle: a word goes on
        ("X이다.", "{{c1::X}}이다."),
        ("X에서 쓴다", "{{c1::X}}에서 쓴다"),  # no consonant clue: left alone
    ],
)
def test_particles_after_a_deletion_are_neutral(text: str, expected: str) -> None:
    assert render_text(text, [Deletion(0, 1, 1)]) == expected


def test_ranges_shift_with_the_rewritten_particles() -> None:
    spans, ranges = neutralise_particles((Span("A는 B를 "), Span("C", frozenset({"strong"}))), [(0, 1), (3, 4), (6, 7)])
    text = "".join(s.text for s in spans)
    assert text == "A은(는) B을(를) C"
    assert [text[a:b] for a, b in ranges] == ["A", "B", "C"]


def test_notes_cloze_syntax_and_markup_are_neutralised() -> None:
    html = render((Span("{{c2::x}} a::b <i>"), Span("15분", frozenset({"strong"}))), [Deletion(18, 21, 1)])
    assert html.count("{{") == 1 and html.count("}}") == 1 and html.count("::") == 1
    assert "{{c1::<b>15분</b>}}" in html and "&lt;i&gt;" in html


def test_name_variants_and_occurrences() -> None:
    assert name_variants("Amazon Foo(푸 서비스)")[:1] == ["Amazon Foo(푸 서비스)"]
    assert {"Foo", "Amazon Foo", "푸 서비스"} <= set(name_variants("Amazon Foo(푸 서비스)"))
    found = occurrences("Foo Stream과 foo, FooBar", [(1, ["Foo"]), (2, ["Foo Stream"])])
    assert [(d.start, d.end, d.number) for d in found] == [(0, 10, 2), (12, 15, 1)]


def test_a_latin_name_is_not_found_inside_a_hyphenated_name() -> None:
    # The second text has a cased letter outside ASCII (Ü): matched by pattern, not literally.
    for text in ("SSE-S3, S3-IA, s3 버킷과 S3", "SSE-S3, S3-IA, s3 Über S3"):
        found = occurrences(text, [(1, ["S3"])])
        assert [text[d.start : d.end] for d in found] == ["s3", "S3"]


@pytest.mark.parametrize(
    ("name", "variants"),
    [
        ("Google BigQuery", {"BigQuery"}),
        ("Contoso Data Lake Store", {"Data Lake Store", "Lake Store", "Store"}),
        ("Key Management Service (KMS)", {"KMS", "Key Management Service", "Management Service"}),
        ("사내 위키 서비스", {"위키 서비스"}),
        ("Vendor S3", {"S3"}),
    ],
)
def test_name_variants_are_trailing_word_runs_and_acronyms(name: str, variants: set[str]) -> None:
    found = set(name_variants(name))
    assert variants <= found
    assert all(len(v) >= 3 or v == name or v.isupper() for v in found)  # no short fragments but acronyms
    assert "서비스" not in found  # a lone common noun is not a name


def test_no_vendor_names_in_the_deck_modules() -> None:
    from pathlib import Path

    import builder.emit.cloze as cloze_module

    for path in sorted(Path(cloze_module.__file__).parent.glob("*.py")):
        text = path.read_text(encoding="utf-8")
        assert not re.search(r"Amazon|AWS|Google|Azure|Microsoft", text), path.name


def test_a_hint_is_written_after_the_hidden_text_and_never_as_syntax() -> None:
    assert render_text("최대 16TB", [Deletion(3, 7, 1, "크기")], neutral_particles=False) == "최대 {{c1::16TB::크기}}"
    assert render_text("최대 16TB", [Deletion(3, 7, 1)], neutral_particles=False) == "최대 {{c1::16TB}}"
    # a hint is plain words: no second hint, no closing braces, no markup
    unsafe = Deletion(3, 7, 1, "a::b}}<i>")
    assert render_text("최대 16TB", [unsafe], neutral_particles=False) == "최대 {{c1::16TB::abi}}"
