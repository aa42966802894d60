"""Characters no bundled font can draw: one warning each, at the line that wrote them."""

from __future__ import annotations

from pathlib import Path

import pytest
from pypdf import PdfReader

from builder.cli import EXIT_BAD_INPUT, EXIT_OK, main


def test_emoji_is_reported_once_with_its_line_and_left_out_of_the_pdf(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    notes = tmp_path / "notes"
    notes.mkdir()
    (notes / "a.md").write_text(
        "# 세포\n## 미토콘드리아\n- 에너지를 만든다 🔋\n- 배터리 🔋 비유는 흔하다\n", encoding="utf-8"
    )
    out = tmp_path / "dist"
    assert main(["build", "--notes", str(notes), "--out", str(out), "--only", "pdf"]) == EXIT_OK
    err = capsys.readouterr().err
    assert err.count("U+1F50B") == 1 and f"{notes / 'a.md'}:3: warning: U+1F50B" in err
    assert ".notdef" not in err and "WeasyPrint" not in err
    text = "".join(
        page.extract_text() for page in PdfReader(next(p for p in out.glob("*.pdf") if p.suffixes == [".pdf"])).pages
    )
    assert "🔋" not in text and "에너지를" in text.replace("\u2060", "")
    assert "🔋" in next(p for p in out.glob("*.html") if p.suffixes == [".html"]).read_text(
        encoding="utf-8"
    )  # screens have emoji fonts
    assert (
        main(["build", "--notes", str(notes), "--out", str(out), "--only", "pdf", "--strict", "--force"])
        == EXIT_BAD_INPUT
    )
