"""The printable self-test, read back from its PDF (pypdf) as a learner would use it."""

from __future__ import annotations

import re
import shutil
from io import BytesIO
from pathlib import Path

import pytest
from pypdf import PdfReader

from builder.analyse.names import name_variants
from builder.build import build, load_notes
from builder.cli import main
from builder.emit.quiz_context import GAP, build_quiz, mask
from builder.emit.sheet_context import build_context, valid_quantities
from builder.model import Notes
from tests.conftest import SEED_DIR
from tests.pdf_checks import squeeze

KEY_HEADING = "정답"


@pytest.fixture(scope="module")
def quiz(tmp_path_factory: pytest.TempPathFactory) -> tuple[Notes, Path, list[str]]:
    """The seed's quiz built alone (``--only quiz``), and the text of each of its pages."""
    base = tmp_path_factory.mktemp("quiz")
    notes_dir = base / "notes"
    shutil.copytree(SEED_DIR, notes_dir)
    out = base / "dist"
    assert main(["build", "--notes", str(notes_dir), "--out", str(out), "--only", "quiz"]) == 0
    notes, _ = load_notes(notes_dir)
    reader = PdfReader(BytesIO((out / "aws-saa.quiz.pdf").read_bytes()))
    return notes, out, [page.extract_text() for page in reader.pages]


def _split(pages: list[str]) -> tuple[list[str], list[str]]:
    """Question pages and answer-key pages: the key starts on a page of its own."""
    first = next(i for i, text in enumerate(pages) if squeeze(text).startswith(KEY_HEADING))
    return pages[:first], pages[first:]


def test_only_quiz_builds_the_quiz_alone(quiz: tuple[Notes, Path, list[str]]) -> None:
    _, out, _ = quiz
    assert sorted(p.name for p in out.iterdir() if not p.name.startswith(".")) == [
        "aws-saa.quiz.html",
        "aws-saa.quiz.pdf",
    ]


def test_the_answer_key_is_on_the_last_page(quiz: tuple[Notes, Path, list[str]]) -> None:
    _, _, pages = quiz
    questions, key = _split(pages)
    assert questions and key == pages[-1:]


def test_every_quantity_of_the_model_is_in_the_answer_key(quiz: tuple[Notes, Path, list[str]]) -> None:
    notes, _, pages = quiz
    _, key = _split(pages)
    text = squeeze("".join(key))
    quantities = [q.text for _, _, fact in notes.facts() for q in fact.quantities]
    assert len(quantities) >= 10
    assert [q for q in quantities if squeeze(q) not in text] == []


def test_every_compared_subject_is_in_the_answer_key(quiz: tuple[Notes, Path, list[str]]) -> None:
    notes, _, pages = quiz
    _, key = _split(pages)
    text = squeeze("".join(key))
    subjects = [s.subject for _, topic in notes.topics() for c in topic.comparisons for s in c.sides]
    assert len(subjects) >= 10
    assert [s for s in subjects if squeeze(s) not in text] == []


def test_no_answer_is_on_the_question_pages(quiz: tuple[Notes, Path, list[str]]) -> None:
    notes, _, pages = quiz
    questions, _ = _split(pages)
    text = squeeze("".join(questions))
    context = build_quiz(build_context(notes, "x", "A4"))
    answers = {b["answer"] for part in context["key"] for b in part["answers"]}
    assert len(answers) >= 20
    assert [a for a in answers if squeeze(a).lower() in text.lower()] == []
    # The blanks are there instead: every number from 1 to the last, in the question pages.
    numbers = [int(n) for n in re.findall(r"\d+", "".join(questions))]
    total = sum(len(part["answers"]) for part in context["key"])
    assert set(range(1, total + 1)) <= set(numbers)


def test_every_limit_row_of_the_cheat_sheet_is_a_question(quiz: tuple[Notes, Path, list[str]]) -> None:
    notes, _, _ = quiz
    context = build_quiz(build_context(notes, "x", "A4"))
    limits = [q.text for _, _, fact in notes.facts() for q in valid_quantities(fact)]
    assert [row["blank"]["answer"] for group in context["limits"] for row in group["rows"]] == limits
    numbers = [b["number"] for part in context["key"] for b in part["answers"]]
    assert numbers == list(range(1, len(numbers) + 1))


def test_mentions_are_masked_by_number_or_gap() -> None:
    own = [(3, name_variants("Amazon SQS", tails=False))]
    elsewhere = [(0, ["15분"])]
    html = mask("Amazon SQS는 <빠름>, 최대 15분", [*own, *elsewhere])
    assert html == f'<span class="ref">(3)</span>는 &lt;빠름&gt;, 최대 <span class="gap">{GAP}</span>'


def test_the_screen_quiz_stands_alone(quiz: tuple[Notes, Path, list[str]]) -> None:
    _, out, _ = quiz
    html = (out / "aws-saa.quiz.html").read_text(encoding="utf-8")
    assert "<style>" in html and "\u2060" not in html
    assert not re.search(r"""(?:src|href)\s*=\s*["']?(?:https?:)?//""", html)
    assert html.index('id="key"') > html.index('id="comparisons"') > html.index('id="limits"')


def test_a_full_build_makes_deck_preview_sheet_and_quiz(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    notes_dir = tmp_path / "notes"
    shutil.copytree(SEED_DIR, notes_dir)
    out = tmp_path / "dist"
    result = build(notes_dir, out)
    names = {p.name for p in result.written if p.parent == out}
    assert names == {
        "aws-saa.apkg",
        "aws-saa.cards.html",
        "aws-saa.html",
        "aws-saa.pdf",
        "aws-saa.quiz.html",
        "aws-saa.quiz.pdf",
    }
    assert any(line.startswith("quiz: ") for line in result.summary)
    assert any(str(out / "aws-saa.cards.html") in line for line in result.summary if line.startswith("preview: "))
