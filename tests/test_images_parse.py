"""Pictures in the notes: the three ways of writing one, where each belongs, what is refused."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from builder.errors import Problems
from builder.model import Image, Topic
from builder.parse import parse_notes
from tests.image_notes import picture

SAFE_SVG = (
    '<svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink" width="10" height="10">'
    '<defs><rect id="r" width="10" height="10" style="fill:url(#g)"/></defs><use xlink:href="#r"/></svg>'
)


def parse(folder: Path, text: str, name: str = "a.md") -> tuple[list[Topic], list[str]]:
    (folder / name).parent.mkdir(parents=True, exist_ok=True)
    (folder / name).write_text(text, encoding="utf-8")
    problems = Problems()
    notes = parse_notes(folder, problems)
    return [t for _, t in notes.topics()], [str(p).replace(f"{folder}/", "") for p in problems.items]


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    notes = tmp_path / "notes"
    (notes / "img").mkdir(parents=True)
    picture((40, 30), 1).save(notes / "img" / "a.png")
    picture((40, 30), 2).save(notes / "img" / "b.jpg", "JPEG")
    return notes


def test_the_three_syntaxes_and_their_widths(folder: Path) -> None:
    (folder / "deep" / "er").mkdir(parents=True)
    picture((40, 30), 3).save(folder / "deep" / "er" / "diagram.png")
    text = (
        "# 제목\n"
        "- 첫째 사실은 그림과 함께 있다 ![구성도](img/a.png)\n"
        '- 둘째 사실은 HTML 그림을 쓴다 <img src="img/b.jpg" width="80%" alt="사진">\n'
        '- 셋째 사실은 너비를 숫자로 준다 <img src="img/a.png" width="300">\n'
        "- 넷째 사실은 옵시디언 임베드다 ![[diagram.png|400]]\n"
        "- 다섯째 사실은 크기와 높이를 준다 ![[diagram.png|400x300]]\n"
        "- 여섯째 사실은 별칭을 준다 ![[diagram.png|전체 구성]]\n"
    )
    (topic,), problems = parse(folder, text)
    assert problems == []
    images = [fact.images for fact in topic.facts]
    assert [(i.path, i.alt, i.width) for (i,) in images] == [
        ("img/a.png", "구성도", None),
        ("img/b.jpg", "사진", "80%"),
        ("img/a.png", "", "300px"),
        ("deep/er/diagram.png", "diagram.png", "400px"),
        ("deep/er/diagram.png", "diagram.png", "400px"),
        ("deep/er/diagram.png", "전체 구성", None),
    ]
    assert images[0][0].digest == images[2][0].digest != images[1][0].digest
    assert all(len(i.digest) == 64 and i.problem is None for (i,) in images)


def test_a_picture_line_is_no_fact_and_belongs_where_it_sits(folder: Path) -> None:
    text = (
        "# 제목\n"
        "## 주제\n"
        "![주제 그림](img/a.png)\n"
        "\n"
        "- 그림이 바로 아래 있는 사실이다\n"
        "  ![아래 그림](img/b.jpg)\n"
        "- 그림이 다음 문단에 있는 사실이다\n"
        "\n"
        "  ![문단 그림](img/a.png)\n"
        "- 그림만 있는 하위 항목을 가진 사실이다\n"
        "  - ![하위 그림](img/b.jpg)\n"
        "- 아래 ![가운데 그림](img/a.png) 참고\n"
        "\n"
        "![[a.png]]\n"
    )
    (topic,), _ = parse(folder, text)
    assert [f.text for f in topic.facts] == [
        "그림이 바로 아래 있는 사실이다",
        "그림이 다음 문단에 있는 사실이다",
        "그림만 있는 하위 항목을 가진 사실이다",
        "아래 참고",  # the alt text is the picture's, not the sentence's
    ]
    assert [[i.alt for i in f.images] for f in topic.facts] == [
        ["아래 그림"],
        ["문단 그림"],
        ["하위 그림"],
        ["가운데 그림"],
    ]
    assert [i.alt for i in topic.images] == ["주제 그림", "a.png"]
    assert [i.source.line for i in topic.images] == [3, 14]


def test_pictures_in_tables_headings_and_html_blocks(folder: Path) -> None:
    text = (
        "# 제목\n"
        "## 주제 ![아이콘](img/a.png)\n"
        "| 이름 | 설명 |\n"
        "|---|---|\n"
        "| 가 | 첫 줄 설명 ![표 그림](img/b.jpg) |\n"
        "\n"
        '<img src="img/a.png" width="50%">\n'
    )
    (topic,), _ = parse(folder, text)
    assert topic.title == "주제"
    assert [i.alt for i in topic.images] == ["아이콘", ""]
    assert topic.images[1].width == "50%"
    (row,) = topic.facts
    assert row.text == "가: 첫 줄 설명" and [i.alt for i in row.images] == ["표 그림"]


def test_remote_missing_outside_and_linked_out_pictures_warn_and_are_never_read(
    folder: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    outside = folder.parent / "secret.png"
    picture((10, 10), 4).save(outside)
    os.symlink(outside, folder / "img" / "link.png")
    read: list[Path] = []
    original = Path.read_bytes

    def spy(self: Path) -> bytes:
        read.append(self)
        return original(self)

    monkeypatch.setattr(Path, "read_bytes", spy)
    text = (
        "# 제목\n"
        "- 원격 그림이 있는 사실이다 ![원격](https://example.com/a.png)\n"
        "- 없는 그림이 있는 사실이다 ![없음](img/none.png)\n"
        "- 밖의 그림이 있는 사실이다 ![밖](../secret.png)\n"
        "- 밖을 가리키는 링크가 있다 ![링크](img/link.png) ![[link.png]]\n"
        "- 절대 경로 그림이 있는 사실이다 ![절대](/etc/passwd)\n"
    )
    (topic,), problems = parse(folder, text)
    assert problems == [
        "a.md:2: warning: image 'https://example.com/a.png' is not a file beside the notes; nothing is fetched, "
        "its alt text is kept",
        "a.md:3: warning: image 'img/none.png' not found; its alt text is kept",
        "a.md:4: warning: image '../secret.png' is outside the notes folder; it is never read, its alt text is kept",
        "a.md:5: warning: image 'img/link.png' is outside the notes folder; it is never read, its alt text is kept",
        "a.md:5: warning: image 'link.png' is outside the notes folder; it is never read, its alt text is kept",
        "a.md:6: warning: image '/etc/passwd' is outside the notes folder; it is never read, its alt text is kept",
    ]
    problems_of = [i.problem for f in topic.facts for i in f.images]
    assert problems_of == ["remote", "missing", "outside", "outside", "outside", "outside"]
    assert all(i.path is None and i.digest == "" for f in topic.facts for i in f.images)
    assert [f.images[0].alt for f in topic.facts] == ["원격", "없음", "밖", "링크", "절대"]
    assert not any(p.resolve() in (outside.resolve(), Path("/etc/passwd")) for p in read)


@pytest.mark.parametrize(
    "svg",
    [
        '<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>',
        '<svg xmlns="http://www.w3.org/2000/svg" onload="alert(1)"></svg>',
        '<svg xmlns="http://www.w3.org/2000/svg"><foreignObject><p>x</p></foreignObject></svg>',
        '<svg xmlns="http://www.w3.org/2000/svg"><image href="https://example.com/t.png"/></svg>',
        '<svg xmlns="http://www.w3.org/2000/svg"><image xlink:href="file:///etc/passwd"/></svg>',
        '<svg xmlns="http://www.w3.org/2000/svg"><rect style="fill:url(https://x.example/p)"/></svg>',
        '<svg xmlns="http://www.w3.org/2000/svg"><style>@import "https://x.example/s.css";</style></svg>',
        '<!DOCTYPE svg [<!ENTITY e "x">]><svg xmlns="http://www.w3.org/2000/svg">&e;</svg>',
        '<svg xmlns="http://www.w3.org/2000/svg"><a href="javascript:alert(1)"><rect/></a></svg>',
    ],
)
def test_svg_with_scripts_or_external_references_is_refused(folder: Path, svg: str) -> None:
    (folder / "d.svg").write_text(svg, encoding="utf-8")
    (topic,), problems = parse(folder, "# 제목\n- 그림이 있는 사실이다 ![그림](d.svg)\n")
    assert problems == [
        "a.md:2: warning: image 'd.svg' is an SVG with scripts or external references; it is left out, "
        "its alt text is kept"
    ]
    assert topic.facts[0].images[0].problem == "unsafe"


def test_a_plain_svg_and_pictures_by_their_bytes(folder: Path) -> None:
    (folder / "ok.svg").write_text(SAFE_SVG, encoding="utf-8")
    (folder / "fake.png").write_text("not a picture", encoding="utf-8")
    picture((20, 20), 5).save(folder / "named-png-is-jpeg.png", "JPEG")
    text = "# 제목\n- 첫째 ![a](ok.svg)\n- 둘째 ![b](fake.png)\n- 셋째 ![c](named-png-is-jpeg.png)\n"
    (topic,), problems = parse(folder, text)
    assert [f.images[0].problem for f in topic.facts] == [None, "unsupported", None]
    assert problems == [
        "a.md:3: warning: image 'fake.png' is not a PNG, JPEG, GIF, WebP or SVG picture; its alt text is kept"
    ]


def test_obsidian_prefers_the_notes_own_folder(folder: Path) -> None:
    (folder / "b" / "attachments").mkdir(parents=True)
    picture((20, 20), 6).save(folder / "b" / "same.png")
    picture((20, 20), 7).save(folder / "b" / "attachments" / "same.png")
    picture((20, 20), 8).save(folder / "img" / "same.png")
    (topic,), _ = parse(folder, "# 제목\n- 사실 하나가 있다 ![[same.png]]\n", "b/a.md")
    assert topic.facts[0].images[0].path == "b/same.png"
    (folder / "b" / "same.png").unlink()
    (topic,), _ = parse(folder, "# 제목\n- 사실 하나가 있다 ![[same.png]]\n", "b/a.md")
    assert topic.facts[0].images[0].path == "img/same.png"  # else the shortest path


def test_text_that_only_looks_like_an_embed_is_kept(folder: Path) -> None:
    (topic,), problems = parse(folder, "# 제목\n- 노트 임베드 ![[다른 노트]] 는 글자로 남는다\n")
    assert topic.facts[0].text == "노트 임베드 ![[다른 노트]] 는 글자로 남는다" and problems == []
    assert topic.facts[0].images == ()


def test_image_is_frozen_and_usable_only_with_a_file() -> None:
    from builder.model import SourceRef

    image = Image(SourceRef("a.md", 1), "x.png", None, "", problem="missing")
    assert not image.usable
    with pytest.raises(AttributeError):
        image.alt = "y"  # type: ignore[misc]


def test_a_section_of_only_pictures_is_left_out_with_a_warning(folder: Path) -> None:
    topics, problems = parse(folder, "# 제목\n## 그림\n![그림](img/a.png)\n## 글\n- 사실이 하나 있다\n")
    assert [t.title for t in topics] == ["글"]
    assert problems == [
        "a.md:2: warning: the section '그림' holds only pictures; they are left out "
        "(write a line about them under the heading to keep them)"
    ]


def test_a_picture_under_a_heading_written_inside_a_list_item_belongs_to_that_heading(folder: Path) -> None:
    topics, problems = parse(
        folder,
        "# MFA 설정\n\n- MFA는 로그인에 두 번째 요소를 더한다\n- 앱이나 보안 키를 쓴다\n"
        "- 설정 순서는 아래와 같다\n\n    # 1. 로그인\n\n    ![로그인 화면](img/a.png)\n\n"
        "    관리자 계정으로 콘솔에 들어간다\n\n    # 2. 인증 앱 연결\n\n    ![앱 화면](img/b.jpg)\n\n"
        "    인증 앱으로 QR 코드를 읽는다\n",
    )

    def pictures(title: str) -> list[str]:
        topic = next(t for t in topics if t.title.endswith(title))
        return [i.alt for i in (*topic.images, *(i for f in topic.facts for i in f.images))]

    assert pictures("로그인") == ["로그인 화면"]
    assert pictures("인증 앱 연결") == ["앱 화면"]
    assert pictures("MFA 설정") == []
    assert problems == []  # each section holds a line, so no picture is left out


def test_a_picture_struck_out_is_not_shown_and_the_pictures_after_a_struck_break_stay_on_their_line(
    folder: Path,
) -> None:
    text = (
        "# 제목\n## 주제\n"
        "- ~~![옛 구성도](img/a.png)~~ 스위치는 프레임을 전달한다\n\n"
        "라우팅 테이블을 쓴다 ~~지운\n내용~~ 남은 말은 OSPF 프로토콜이다\n"
        "BGP는 경로 벡터 프로토콜이다 ![BGP 그림](img/b.jpg)\nRIP는 거리 벡터 프로토콜이다\n"
    )
    (topic,), _ = parse(folder, text)
    images = {f.text: [i.alt for i in f.images] for f in topic.facts}
    assert images["스위치는 프레임을 전달한다"] == []
    assert images["BGP는 경로 벡터 프로토콜이다"] == ["BGP 그림"]
    assert images["RIP는 거리 벡터 프로토콜이다"] == []
