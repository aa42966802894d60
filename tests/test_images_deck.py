"""Pictures in the deck, read back by Anki itself: stored once by content, on the right backs,
scaled down when large, and a changed picture updates its notes in place with their reviews kept."""

from __future__ import annotations

import os
import re
from dataclasses import dataclass
from pathlib import Path

import pytest
from anki.collection import Collection
from anki.notes import Note
from PIL import Image as Pil

from builder.errors import Problems
from builder.model import Notes
from builder.parse import parse_notes
from tests.deck_helpers import all_cards, build_deck, import_deck, review_distinctly
from tests.image_notes import SHOWS, make_image_notes, media_name, picture

V1_TIME, V2_TIME, V3_TIME = 1_800_000_000, 1_800_086_400, 1_800_172_800


@dataclass
class Imported:
    notes_dir: Path
    col: Collection
    problems: Problems


def parse(notes_dir: Path) -> tuple[Notes, Problems]:
    problems = Problems()
    return parse_notes(notes_dir, problems), problems


@pytest.fixture(scope="module")
def imported(tmp_path_factory: pytest.TempPathFactory) -> Imported:
    root = tmp_path_factory.mktemp("images")
    notes_dir = make_image_notes(root)
    notes, problems = parse(notes_dir)
    build_deck(notes, notes_dir, root / "v1.apkg", now=V1_TIME)
    col = Collection(str(root / "collection.anki2"))
    import_deck(col, root / "v1.apkg")
    return Imported(notes_dir, col, problems)


def _notes(col: Collection) -> list[Note]:
    return [col.get_note(nid) for nid in col.find_notes("")]


def _front_and_text(note: Note) -> str:
    """What the note says, without its pictures."""
    return "\n".join(f.split('<div class="images">')[0] for f in note.fields[:2])


def _plain(text: str) -> str:
    """Text without tags, cloze markers, particle alternatives (``은(는)``) or spaces."""
    text = re.sub(r"<[^>]+>|\{\{c\d+::|\}\}|\([^)]*\)", "", text)
    return re.sub(r"\s+", "", text)


def _shows(note: Note, place: str) -> bool:
    """Whether the note shows the fact (a phrase of it) or is a note of the topic (its title)."""
    return _plain(place) in _plain(_front_and_text(note)) or note["Source"].split("<span")[0].endswith(f"› {place}")


def test_exactly_the_pictures_shown_are_in_the_media_folder(imported: Imported) -> None:
    names = {media_name(imported.notes_dir / path) for path in SHOWS}
    assert len(names) == 6  # seven files: the same picture twice is stored once, the two img/1.png are two
    assert set(os.listdir(imported.col.media.dir())) == names
    check = imported.col.media.check()
    assert list(check.missing) == [] and list(check.unused) == []


def test_each_picture_is_on_the_back_of_the_cards_of_its_fact_or_topic(imported: Imported) -> None:
    cards = all_cards(imported.col)
    assert cards
    seen: set[str] = set()
    for card in cards:
        note = card.note()
        question, answer = card.question(), card.answer()
        assert "<img" not in question
        for path, place in SHOWS.items():
            name = media_name(imported.notes_dir / path)
            expected = _shows(note, place) or any(
                _shows(note, p) for other, p in SHOWS.items() if media_name(imported.notes_dir / other) == name
            )
            assert (f'src="{name}"' in answer) == expected, (path, note.fields[0][:80])
            if expected:
                seen.add(path)
    assert seen == set(SHOWS)


def test_widths_from_the_notes_are_kept(imported: Imported) -> None:
    backs = "\n".join(n.fields[1] for n in _notes(imported.col))
    route = media_name(imported.notes_dir / "img/route.png")
    diagram = media_name(imported.notes_dir / "attachments/sg-diagram.png")
    assert f'<img src="{route}" alt="라우팅" style="width:300px">' in backs  # HTML width
    assert f'<img src="{diagram}" alt="sg-diagram.png" style="width:400px">' in backs  # Obsidian |400


def test_a_large_picture_is_scaled_down_and_small_ones_are_kept_as_they_are(imported: Imported) -> None:
    media = Path(imported.col.media.dir())
    with Pil.open(media / media_name(imported.notes_dir / "img/1.png")) as large:
        assert large.size == (1200, 750)
    photo = media_name(imported.notes_dir / "photo.jpg")
    assert (media / photo).read_bytes() == (imported.notes_dir / "photo.jpg").read_bytes()


def test_missing_and_remote_pictures_warn_and_keep_their_alt_text(imported: Imported) -> None:
    warnings = [str(p).split("notes/", 1)[1] for p in imported.problems.warnings]
    assert "a.md:16: warning: image 'img/none.png' not found; its alt text is kept" in warnings
    assert any(w.startswith("a.md:17: warning: image 'https://example.com/x.png' is not a file") for w in warnings)
    (peering,) = [n for n in _notes(imported.col) if _plain("VPC Peering 연결은") in _plain(n.fields[0])]
    (endpoint,) = [n for n in _notes(imported.col) if _plain("게이트웨이 엔드포인트는") in _plain(n.fields[0])]
    assert '<span class="img-alt">없는 그림</span>' in peering.fields[1] and "없는 그림" not in peering.fields[0]
    assert '<span class="img-alt">원격 그림</span>' in endpoint.fields[1]
    assert "example.com" not in "".join(endpoint.fields)


def test_a_picture_line_is_no_card(imported: Imported) -> None:
    assert not any("VPC 구성도" in _front_and_text(n) for n in _notes(imported.col))


def test_changed_picture_updates_its_notes_in_place_and_keeps_their_reviews(tmp_path: Path) -> None:
    notes_dir = make_image_notes(tmp_path)
    build_deck(parse(notes_dir)[0], notes_dir, tmp_path / "v1.apkg", now=V1_TIME)
    col = Collection(str(tmp_path / "c.anki2"))
    try:
        import_deck(col, tmp_path / "v1.apkg")
        review_distinctly(col)
        before = {n.guid: (n.id, n.mod, list(n.fields)) for n in _notes(col)}
        reviews = {c.id: (c.reps, c.ivl, c.due) for c in all_cards(col)}

        unchanged = build_deck(parse(notes_dir)[0], notes_dir, tmp_path / "same.apkg", now=V2_TIME)
        assert "0 added, 0 updated, 0 removed" in "\n".join(unchanged.summary)

        old_name = media_name(notes_dir / "img/route.png")
        picture((500, 300), 99).save(notes_dir / "img/route.png")
        new_name = media_name(notes_dir / "img/route.png")
        outcome = build_deck(parse(notes_dir)[0], notes_dir, tmp_path / "v2.apkg", now=V3_TIME)
        assert "0 added, 1 updated, 0 removed" in "\n".join(outcome.summary)
        import_deck(col, tmp_path / "v2.apkg")

        after = {n.guid: (n.id, n.mod, list(n.fields)) for n in _notes(col)}
        assert set(after) == set(before)
        changed = [g for g in before if after[g][2] != before[g][2]]
        assert len(changed) == 1
        (guid,) = changed
        assert _plain("라우팅 테이블은") in _plain(after[guid][2][0])
        assert new_name in after[guid][2][1] and old_name not in after[guid][2][1]
        assert after[guid][0] == before[guid][0] and after[guid][1] > before[guid][1]
        assert all(after[g][1] == before[g][1] for g in before if g != guid)
        assert {c.id: (c.reps, c.ivl, c.due) for c in all_cards(col)} == reviews
        assert (Path(col.media.dir()) / new_name).is_file()
    finally:
        col.close()


def test_an_alt_text_that_only_names_the_file_is_not_shown_in_place_of_the_picture() -> None:
    from builder.emit.pictures import with_images
    from builder.model import Image, SourceRef

    def remote(alt: str) -> Image:
        return Image(SourceRef("a.md", 3), "https://example.com/image.png", None, alt, problem="remote")

    fields = ("앞면", "뒷면")
    assert with_images(fields, [remote("대체 텍스트가 없습니다; 파일명은 image.png 입니다.")], {}) == fields
    # The name a screenshot tool stamped on the file says no more (macOS, Obsidian).
    for stamped in (
        "스크린샷 2023-11-09 오후 7 52 18",
        "Screen Shot 2021-03-04 at 10.22.33 AM",
        "스크린샷, 2020-08-19 18-16-09",
        "No Image",
    ):
        assert with_images(fields, [remote(stamped)], {}) == fields, stamped
    shown = with_images(fields, [remote("서브넷 두 개의 구성")], {})
    assert '<span class="img-alt">서브넷 두 개의 구성</span>' in shown[1]
