"""Hostile notes: raw HTML, script links, local and cloud-metadata URLs, cloze syntax.

Nothing of it may reach a card or the cheat sheet as live markup, nothing is fetched, and the
build still succeeds with the text kept."""

from __future__ import annotations

import re
import sqlite3
import zipfile
from pathlib import Path

import pytest

from builder.cli import EXIT_OK, main
from tests.conftest import make_notes

HOSTILE = """# 보안 노트
## 공격 - 유형
- 평범한 사실: 세션은 30분 유지 <script>alert('x')</script>
- <img src=x onerror="alert(1)"> 이미지 태그 뒤의 글
- [눌러 보세요](javascript:alert(1)) 링크는 글자로만
- ![메타데이터](http://169.254.169.254/latest/meta-data/) 원격 그림
- ![비밀](file:///etc/passwd) 로컬 파일
- 이미 있는 {{c1::클로즈}} 문법과 }} 그리고 a::b
<iframe src="https://example.com"></iframe>
<div onclick="steal()">블록 <b>HTML</b> 안의 글</div>
"""
LIVE = re.compile(
    r"<\s*(script|iframe|img|object|embed)\b|\bon(error|click|load)\s*=|javascript:|169\.254|/etc/passwd", re.IGNORECASE
)


@pytest.fixture(scope="module")
def built(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, str]:
    root = tmp_path_factory.mktemp("hostile")
    notes = make_notes(root, {"a.md": HOSTILE})
    out = root / "dist"
    assert main(["build", "--notes", str(notes), "--out", str(out)]) == EXIT_OK
    return out, (notes / "a.md").read_text(encoding="utf-8")


def _deck_fields(apkg: Path) -> list[str]:
    with zipfile.ZipFile(apkg) as package:
        data = package.read("collection.anki2")
    db = apkg.with_suffix(".sqlite")
    db.write_bytes(data)
    with sqlite3.connect(db) as connection:
        return [row[0] for row in connection.execute("select flds from notes")]


def test_no_live_markup_on_any_card(built: tuple[Path, str]) -> None:
    out, _ = built
    fields = _deck_fields(next(out.glob("*.apkg")))
    assert fields
    for field in fields:
        assert not LIVE.search(field), field
    joined = "\n".join(fields)
    assert "세션은" in joined and "30분" in joined  # the text around the markup is kept
    assert "&lt;" not in joined or "script" not in joined.lower()


def test_no_live_markup_in_the_cheat_sheet(built: tuple[Path, str]) -> None:
    out, _ = built
    html = next(p for p in out.glob("*.html") if p.suffixes == [".html"]).read_text(encoding="utf-8")
    body = html.split("<body", 1)[1]
    assert not LIVE.search(body)
    assert "블록" in body and "이미지 태그 뒤의 글" in body


def test_hostile_input_is_reported(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    notes = make_notes(tmp_path, {"a.md": HOSTILE})
    assert main(["inspect", "--notes", str(notes)]) == EXIT_OK
    err = capsys.readouterr().err
    assert "a.md:3: warning: removed raw HTML" in err
    assert "a.md:5: warning: link 'javascript:alert(1)' is not a web address" in err
    assert "a.md:6: warning: image 'http://169.254.169.254" in err
    assert "a.md:7: warning: image 'file:///etc/passwd'" in err
    assert "a.md:9: warning: removed raw HTML <iframe>" in err
