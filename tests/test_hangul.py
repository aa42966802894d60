"""Word joiners: inside Korean words of the printed text only."""

from __future__ import annotations

import pytest

from builder.emit.hangul import WORD_JOINER as J
from builder.emit.hangul import join_html, join_words, strip_joiners


@pytest.mark.parametrize(
    "text, expected",
    [
        ("시간", f"시{J}간"),
        ("Lambda에 연결", f"Lambda{J}에 연{J}결"),
        ("128MB ~ 10GB, 24시간", f"128MB ~ 10GB, 24{J}시{J}간"),
        ("(DAX)는", f"(DAX){J}는"),
        ("plain ascii text", "plain ascii text"),
        ("", ""),
    ],
)
def test_join_words(text: str, expected: str) -> None:
    assert join_words(text) == expected
    assert strip_joiners(join_words(text)) == text


def test_join_html_touches_only_body_text() -> None:
    html = (
        "<html><head><title>한글 제목</title></head><body>"
        '<h3 data-label="주제 이름">주제</h3><p><code>AMI</code>는 &amp;쿼리</p></body></html>'
    )
    joined = join_html(html)
    assert "<title>한글 제목</title>" in joined
    assert 'data-label="주제 이름"' in joined
    assert f">주{J}제</h3>" in joined
    assert f"<code>AMI</code>{J}는" in joined  # a word that crosses a tag
    assert f" &amp;{J}쿼" in joined  # never inside an entity
    assert f"<code>{J}" not in joined  # a new block starts a new word
    assert strip_joiners(joined) == html


def test_join_html_needs_a_body() -> None:
    with pytest.raises(ValueError):
        join_html("<p>본문</p>")
