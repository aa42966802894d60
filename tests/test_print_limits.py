"""A text too long to print in reasonable time is shortened in the PDF only, with a warning
naming its file and line; the deck and the screen HTML keep it whole."""

from __future__ import annotations

import logging

import pytest

from builder.emit.print_limits import PRINT_LIMIT, for_print
from builder.errors import Problems
from builder.model import Notes
from builder.parse import parse_text


def _notes(text: str) -> Notes:
    return Notes((parse_text(text, "a.md", Problems()),))


def test_short_notes_are_printed_as_they_are() -> None:
    notes = _notes("# 제목\n## 주제\n- 최대 크기는 512MB\n")
    assert for_print(notes) is notes


def test_a_long_table_cell_is_shortened_with_a_warning(caplog: pytest.LogCaptureFixture) -> None:
    # A table row is never cut into parts (a line of prose is: ``builder.parse.long_lines``), so a
    # long cell still reaches the print limit.
    long = " ".join(["**굵은** 데이터 저장소는 최대 10분"] * 400)
    notes = _notes(f"# 제목\n## 주제\n- 짧은 사실\n\n| 항목 | 설명 |\n|---|---|\n| 긴 칸 | {long} |\n")
    with caplog.at_level(logging.WARNING, logger="builder"):
        printed = for_print(notes)
    short, cut = printed.sections[0].topics[0].facts
    assert short == notes.sections[0].topics[0].facts[0]
    assert len(cut.text) <= PRINT_LIMIT + 2 and cut.text.endswith("…")
    assert cut.text == "".join(span.text for span in cut.spans)
    assert all(q.end <= len(cut.text) for q in cut.quantities) and cut.quantities
    [record] = caplog.records
    assert record.source.line == 7 and "line too long for print" in record.getMessage()
    assert "shortened in the PDF" in record.getMessage()
    # The model itself (and so the deck and the HTML) keeps the whole text.
    assert len(notes.sections[0].topics[0].facts[1].text) > 7 * PRINT_LIMIT
