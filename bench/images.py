"""Deck and cheat-sheet sizes for one notes file with ten screenshots (1600×1000 PNG, generated).

    .venv/bin/python bench/images.py [--keep DIR]

The screenshots are drawn with Pillow to look like console screenshots: a title bar, a side menu,
tables and lines of Korean text in the bundled font, and a chart with anti-aliased edges, so they
compress as real ones do (~100–300 KB each).  Prints the size of the pictures, then of the deck and
the PDF built with the pictures and without them (the same notes with the image lines removed).
"""

from __future__ import annotations

import argparse
import random
import sys
import tempfile
import time
from pathlib import Path

from PIL import Image, ImageDraw, ImageFilter, ImageFont

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from builder import resources  # noqa: E402
from builder.build import build  # noqa: E402

FONT = resources.file("fonts", "NanumGothic.ttf")
WORDS = (
    "인스턴스 보안 그룹 서브넷 라우팅 테이블 게이트웨이 엔드포인트 가용 영역 "  # a screenshot's words
    "리전 상태 실행 중 중지됨 태그 이름 유형"
).split()


def screenshot(seed: int, size: tuple[int, int] = (1600, 1000)) -> Image.Image:
    rng = random.Random(seed)
    width, height = size
    image = Image.new("RGB", size, (250, 250, 251))
    draw = ImageDraw.Draw(image)
    small, large = ImageFont.truetype(str(FONT), 15), ImageFont.truetype(str(FONT), 22)
    draw.rectangle((0, 0, width, 48), fill=(35, 47, 62))
    draw.text((20, 12), f"콘솔 화면 {seed} — EC2 대시보드", font=large, fill=(255, 255, 255))
    draw.rectangle((0, 48, 240, height), fill=(242, 243, 243))
    for n in range(24):
        draw.text((20, 70 + n * 36), " ".join(rng.sample(WORDS, 2)), font=small, fill=(22, 25, 31))
    for row in range(16):
        y = 90 + row * 34
        draw.line((260, y + 30, width - 20, y + 30), fill=(220, 220, 225))
        for col in range(5):
            text = " ".join(rng.sample(WORDS, 2)) + f" {rng.randint(1, 9999)}"
            draw.text((270 + col * 260, y + 6), text, font=small, fill=(22, 25, 31) if row else (84, 91, 100))
    chart = Image.new("RGB", (width - 300, 300), (255, 255, 255))
    cd = ImageDraw.Draw(chart)
    points = [(x, 150 + int(100 * rng.random() * (1 if x % 40 < 20 else -1))) for x in range(0, chart.width, 12)]
    cd.line(points, fill=(0, 115, 187), width=3)
    cd.polygon([(0, 300), *points, (chart.width, 300)], fill=(204, 229, 245))
    cd.line(points, fill=(0, 115, 187), width=3)
    image.paste(chart.filter(ImageFilter.SMOOTH), (260, height - 330))
    return image


def notes_text(with_images: bool) -> str:
    lines = ["# EC2 콘솔 정리", ""]
    for n in range(1, 11):
        lines += [f"## 화면 {n}", ""]
        if with_images:
            lines += [f"![화면 {n}](img/screen-{n}.png)", ""]
        lines += [
            f"- 화면 {n}에서 인스턴스의 상태와 유형을 확인한다",
            f"- 보안 그룹 규칙은 인바운드 {n * 10}개까지 둘 수 있다",
            "- 태그로 인스턴스를 이름 붙여 구분한다",
            "",
        ]
    return "\n".join(lines)


def measure(folder: Path, with_images: bool) -> tuple[int, int, float]:
    notes = folder / ("with" if with_images else "without")
    (notes / "img").mkdir(parents=True)
    (notes / "ec2.md").write_text(notes_text(with_images), encoding="utf-8")
    if with_images:
        for n in range(1, 11):
            screenshot(n).save(notes / "img" / f"screen-{n}.png", optimize=True)
    started = time.perf_counter()
    build(notes, notes / "dist")
    seconds = time.perf_counter() - started
    deck = next((notes / "dist").glob("*.apkg")).stat().st_size
    pdf = next((notes / "dist").glob("*.pdf")).stat().st_size
    return deck, pdf, seconds


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--keep", type=Path, help="build in this folder and keep it")
    args = parser.parse_args()
    folder = args.keep or Path(tempfile.mkdtemp(prefix="bench-images-"))
    without = measure(folder, False)
    with_ = measure(folder, True)
    pictures = sum(p.stat().st_size for p in (folder / "with" / "img").glob("*.png"))
    kib = 1024
    print(f"ten 1600x1000 screenshots: {pictures / kib:.0f} KiB")
    print(f"deck without pictures: {without[0] / kib:.0f} KiB; with: {with_[0] / kib:.0f} KiB")
    print(f"cheat sheet without pictures: {without[1] / kib:.0f} KiB; with: {with_[1] / kib:.0f} KiB")
    print(f"build (deck and PDF) without pictures: {without[2]:.1f} s; with: {with_[2]:.1f} s")


if __name__ == "__main__":
    main()
