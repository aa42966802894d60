"""A notes folder with pictures, drawn with Pillow (no binary fixtures): every way of writing one.

``a.md`` shows a PNG under its heading (1,600 px wide: the deck scales it down), a JPEG under a
bullet, an HTML ``<img>`` with a width, an Obsidian embed with a size (the file in another folder),
a picture that ``b/b.md`` shows too, a missing picture and a remote one.  ``b/b.md`` has its own,
different ``img/1.png``.  :data:`SHOWS` says which fact each picture belongs to.
"""

from __future__ import annotations

import hashlib
from pathlib import Path

from PIL import Image, ImageDraw

A_MD = """# 네트워크

## VPC 구성

![VPC 구성도](img/1.png)

- 서브넷은 하나의 AZ 안에만 만들어진다
  ![서브넷 사진](photo.jpg)
- 라우팅 테이블은 서브넷 트래픽이 나가는 경로를 정한다 <img src="img/route.png" width="300" alt="라우팅">

## 보안

- 보안 그룹은 인스턴스 단위의 상태 저장 방화벽이다
  ![[sg-diagram.png|400]]
- 네트워크 ACL은 서브넷 단위의 상태 비저장 방화벽이다 ![공용 그림](shared.png)
- VPC Peering 연결은 다른 네트워크로 전이되지 않는다 ![없는 그림](img/none.png)
- 게이트웨이 엔드포인트는 인터넷 없이 S3에 연결한다 ![원격 그림](https://example.com/x.png)
"""

B_MD = """# 데이터베이스

## RDS

- 다중 AZ 배포는 대기 인스턴스로 장애 조치를 한다 ![RDS 구성](img/1.png)
- Read Replica는 읽기 부하를 나누어 처리한다 ![같은 그림](img/same.png)
"""

SHOWS = {
    "img/1.png": "VPC 구성",  # a topic's picture: on every note of the topic
    "photo.jpg": "서브넷은 하나의",
    "img/route.png": "라우팅 테이블은",
    "attachments/sg-diagram.png": "인스턴스 단위의 상태 저장",
    "shared.png": "서브넷 단위의 상태 비저장",
    "b/img/1.png": "다중 AZ 배포는",
    "b/img/same.png": "읽기 부하를 나누어",
}
"""Each picture file → the fact (a phrase of it) or topic (its title) whose notes show it."""


def picture(size: tuple[int, int], seed: int) -> Image.Image:
    """A screenshot-like picture: a light background, a title bar, boxes and lines of 'text'."""
    width, height = size
    image = Image.new("RGB", size, (246 - seed % 7, 247, 250))
    draw = ImageDraw.Draw(image)
    draw.rectangle((0, 0, width, max(8, height // 14)), fill=(40 + seed * 13 % 120, 60, 110))
    for n in range(12):
        x = (n * 97 + seed * 31) % max(1, width - 120)
        y = height // 10 + (n * 53 + seed * 17) % max(1, height - height // 5)
        draw.rectangle((x, y, x + width // 6, y + height // 12), outline=(30, 30, 30), fill=(200, 220 - n * 7, 240))
        for k in range(3):
            draw.line((x + 6, y + 8 + k * 7, x + width // 7, y + 8 + k * 7), fill=(90, 90, 90), width=2)
    return image


def make_image_notes(root: Path) -> Path:
    """Write the notes folder under ``root`` and return it."""
    notes = root / "notes"
    for folder in ("img", "attachments", "b/img"):
        (notes / folder).mkdir(parents=True, exist_ok=True)
    (notes / "a.md").write_text(A_MD, encoding="utf-8")
    (notes / "b" / "b.md").write_text(B_MD, encoding="utf-8")
    picture((1600, 1000), 1).save(notes / "img/1.png")
    picture((640, 480), 2).save(notes / "photo.jpg", "JPEG", quality=90)
    picture((500, 300), 3).save(notes / "img/route.png")
    picture((480, 320), 4).save(notes / "attachments/sg-diagram.png")
    picture((400, 300), 5).save(notes / "shared.png")
    picture((600, 400), 6).save(notes / "b/img/1.png")  # same name as img/1.png, another picture
    (notes / "b/img/same.png").write_bytes((notes / "shared.png").read_bytes())  # the same picture again
    return notes


def media_name(path: Path) -> str:
    """The name the deck gives the picture in ``path``: its content hash and its kind."""
    data = path.read_bytes()
    suffix = ".jpg" if data.startswith(b"\xff\xd8") else path.suffix.lower()
    return hashlib.sha256(data).hexdigest()[:20] + suffix
