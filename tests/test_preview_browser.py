"""The card preview page in a real browser: Debian's Chromium, driven by Playwright.

The page is built from a copy of the seed notes and opened from its file; the deck it
previews is imported by the ``anki`` package to count the cards Anki makes.  Every test
records every request the page makes: only the page's own file may be read.
"""

from __future__ import annotations

import shutil
import tempfile
from collections.abc import Iterator
from pathlib import Path

import pytest
from anki.collection import Collection
from playwright.sync_api import Browser, Page, Route, sync_playwright

from builder.build import build
from builder.emit.cards import KINDS
from tests.browser import CHROMIUM, CHROMIUM_ARGS
from tests.conftest import SEED_DIR
from tests.deck_helpers import import_deck
from tests.image_notes import make_image_notes

PHONE = {"width": 390, "height": 844}
DESKTOP = {"width": 1280, "height": 900}


@pytest.fixture(scope="module")
def built(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, int]:
    """The seed's preview page and the number of cards Anki makes from its deck."""
    base = tmp_path_factory.mktemp("preview")
    notes = base / "notes"
    shutil.copytree(SEED_DIR, notes)
    build(notes, base / "dist", outputs=("deck",))
    page = base / "dist" / "aws-saa.cards.html"
    with tempfile.TemporaryDirectory() as tmp:
        col = Collection(str(Path(tmp) / "collection.anki2"))
        try:
            import_deck(col, base / "dist" / "aws-saa.apkg")
            cards = len(col.find_cards(""))
        finally:
            col.close()
    return page, cards


@pytest.fixture(scope="module")
def browser() -> Iterator[Browser]:
    assert CHROMIUM.exists(), "Debian's chromium is needed: ./run test installs it (as root) when it is missing"
    with sync_playwright() as playwright:
        launched = playwright.chromium.launch(executable_path=str(CHROMIUM), args=CHROMIUM_ARGS)
        yield launched
        launched.close()


@pytest.fixture
def page(browser: Browser, built: tuple[Path, int]) -> Iterator[tuple[Page, list[str]]]:
    """The preview page opened from its file, and the URL of every request it made."""
    path, _ = built
    context = browser.new_context(viewport=DESKTOP)
    requests: list[str] = []
    context.on("request", lambda request: requests.append(request.url))

    def only_the_file(route: Route) -> None:
        url = route.request.url
        if url == path.as_uri():
            route.continue_()
        else:
            route.abort()

    context.route(lambda url: not url.startswith("data:"), only_the_file)
    opened = context.new_page()
    opened.goto(path.as_uri())
    opened.evaluate("document.fonts.ready")
    yield opened, requests
    context.close()


def _visible(page: Page, selector: str) -> int:
    return page.locator(f"{selector}:visible").count()


def test_every_card_of_the_deck_is_shown(page: tuple[Page, list[str]], built: tuple[Path, int], tmp_path: Path) -> None:
    opened, _ = page
    _, cards = built
    assert cards >= 90  # the whole seed deck (100 cards), not a handful
    assert _visible(opened, ".pv-card") == cards
    assert opened.locator(".pv-card .card").count() == 2 * cards
    opened.screenshot(path=str(tmp_path / "desktop.png"))
    assert (tmp_path / "desktop.png").stat().st_size > 10_000


def test_a_kind_filter_hides_the_other_kinds(page: tuple[Page, list[str]], tmp_path: Path) -> None:
    opened, _ = page
    counts = {k: opened.locator(f'.pv-card[data-kind="{k}"]').count() for k in KINDS}
    assert counts["limit"] and counts["comparison"]
    for kind in ("limit", "comparison"):
        opened.click(f'.pv-filter[data-kind="{kind}"]')
        assert _visible(opened, ".pv-card") == counts[kind]
        assert _visible(opened, f'.pv-card:not([data-kind="{kind}"])') == 0
    opened.screenshot(path=str(tmp_path / "filter.png"))
    opened.click('.pv-filter[data-kind=""]')
    assert _visible(opened, ".pv-card") == sum(counts.values())


def test_search_narrows_to_matching_cards(page: tuple[Page, list[str]]) -> None:
    opened, _ = page
    total = _visible(opened, ".pv-card")
    opened.fill("#pv-search", "kinesis")
    shown = _visible(opened, ".pv-card")
    assert 0 < shown < total
    texts = opened.locator(".pv-card:visible").all_inner_texts()
    assert all("kinesis" in t.lower() for t in texts)
    opened.fill("#pv-search", "")
    assert _visible(opened, ".pv-card") == total


def test_no_card_is_wider_than_a_phone(page: tuple[Page, list[str]], tmp_path: Path) -> None:
    opened, _ = page
    opened.set_viewport_size(PHONE)
    width = opened.evaluate("document.scrollingElement.scrollWidth")
    assert width <= PHONE["width"]
    rights = opened.evaluate(
        "Array.from(document.querySelectorAll('.pv-card')).map(c => c.getBoundingClientRect().right)"
    )
    assert rights and max(rights) <= PHONE["width"]
    opened.screenshot(path=str(tmp_path / "phone-viewport.png"))


def test_the_phone_frame_applies_the_cards_narrow_rules(page: tuple[Page, list[str]], tmp_path: Path) -> None:
    opened, _ = page
    size = "getComputedStyle(document.querySelector('.pv-card .card')).fontSize"
    assert opened.evaluate(size) == "20px"
    opened.check("#pv-phone")
    assert opened.evaluate(size) == "17px"  # the card CSS's rule for narrow screens
    widths = opened.evaluate(
        "Array.from(document.querySelectorAll('.pv-card')).map(c => c.getBoundingClientRect().width)"
    )
    assert max(widths) <= 390 + 2
    opened.screenshot(path=str(tmp_path / "phone-frame.png"))


def test_night_mode_changes_the_colours(page: tuple[Page, list[str]], tmp_path: Path) -> None:
    opened, _ = page
    colours = (
        "[getComputedStyle(document.querySelector('.pv-card .card')).backgroundColor,"
        " getComputedStyle(document.querySelector('.pv-card .card')).color,"
        " getComputedStyle(document.body).backgroundColor]"
    )
    day = opened.evaluate(colours)
    opened.check("#pv-night")
    night = opened.evaluate(colours)
    assert all(d != n for d, n in zip(day, night, strict=True)), (day, night)
    opened.screenshot(path=str(tmp_path / "night.png"))


def test_korean_is_drawn_with_the_bundled_font(page: tuple[Page, list[str]]) -> None:
    opened, _ = page
    faces = opened.evaluate("Array.from(document.fonts).map(f => [f.family, f.status])")
    assert ["NanumGothic", "loaded"] in faces or ['"NanumGothic"', "loaded"] in faces, faces
    assert opened.evaluate("document.fonts.check('16px NanumGothic', '한국어')")


def test_no_request_leaves_the_file(page: tuple[Page, list[str]], built: tuple[Path, int]) -> None:
    opened, requests = page
    path, _ = built
    opened.click('.pv-filter[data-kind="tip"]')
    opened.check("#pv-night")
    opened.check("#pv-phone")
    opened.evaluate("document.fonts.ready")
    assert requests and requests[0] == path.as_uri()
    assert [u for u in requests if u != path.as_uri() and not u.startswith("data:")] == []


def test_pictures_are_shown_from_inside_the_page(browser: Browser, tmp_path: Path) -> None:
    notes = make_image_notes(tmp_path)
    build(notes, tmp_path / "dist", outputs=("deck",))
    path = next((tmp_path / "dist").glob("*.cards.html"))
    context = browser.new_context(viewport=DESKTOP)
    requests: list[str] = []
    context.on("request", lambda request: requests.append(request.url))
    opened = context.new_page()
    opened.goto(path.as_uri())
    opened.wait_for_load_state("load")
    sizes = opened.evaluate("Array.from(document.images).map(i => [i.complete, i.naturalWidth])")
    context.close()
    assert len(sizes) >= 5
    assert all(complete and width > 0 for complete, width in sizes), sizes
    assert [u for u in requests if u != path.as_uri() and not u.startswith("data:")] == []


def test_a_comparison_front_masks_the_other_rows_names(page: tuple[Page, list[str]], tmp_path: Path) -> None:
    """With every other row's name shown, a two-row comparison is answered by elimination: the
    front masks them (one box width for all, so no length shows); the back shows them."""
    opened, _ = page
    card = opened.locator('.pv-card[data-kind="comparison"]').first
    front, back = card.locator(".pv-face").nth(0), card.locator(".pv-face").nth(1)
    masked = front.locator("table.cmp th .cloze-inactive")
    assert masked.count() >= 1
    looks = masked.evaluate_all(
        "els => els.map(e => [getComputedStyle(e).color, Math.round(e.getBoundingClientRect().width)])"
    )
    assert {colour for colour, _ in looks} == {"rgba(0, 0, 0, 0)"}, looks
    assert len({width for _, width in looks}) == 1, looks
    names = back.locator("table.cmp th .cloze-inactive")
    assert names.count() == masked.count()
    shown = names.evaluate_all("els => els.map(e => getComputedStyle(e).color)")
    assert "rgba(0, 0, 0, 0)" not in shown, shown
    assert all(text.strip() for text in names.all_inner_texts())
    card.screenshot(path=str(tmp_path / "comparison.png"))


def test_a_name_written_in_another_rows_points_is_masked_on_the_front(browser: Browser, tmp_path: Path) -> None:
    notes = tmp_path / "notes"
    notes.mkdir()
    (notes / "queues.md").write_text(
        "# 메시지 전달\n\n## 풀 방식 vs 푸시 방식\n\n| 방식 | 설명 |\n|---|---|\n"
        "| 풀 방식 | 소비자가 직접 가져간다. 푸시 방식보다 부하 조절이 쉽다 |\n"
        "| 푸시 방식 | 브로커가 바로 보낸다. 풀 방식보다 지연이 짧다 |\n",
        encoding="utf-8",
    )
    build(notes, tmp_path / "dist", outputs=("deck",))
    context = browser.new_context(viewport=DESKTOP)
    opened = context.new_page()
    opened.goto(next((tmp_path / "dist").glob("*.cards.html")).as_uri())
    cards = opened.locator('.pv-card[data-kind="comparison"]')
    assert cards.count() == 2
    for n in range(2):
        front, back = cards.nth(n).locator(".pv-face").nth(0), cards.nth(n).locator(".pv-face").nth(1)
        mentioned = front.locator("table.cmp td .cloze-inactive")
        assert mentioned.count() >= 1
        assert set(mentioned.evaluate_all("els => els.map(e => getComputedStyle(e).color)")) == {"rgba(0, 0, 0, 0)"}
        shown = back.locator("table.cmp td .cloze-inactive")
        assert "rgba(0, 0, 0, 0)" not in shown.evaluate_all("els => els.map(e => getComputedStyle(e).color)")
    context.close()
