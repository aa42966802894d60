"""Corner inputs that must build in time proportional to their size (used by ``run.py --corners``).

Each corner is built at two sizes, half and full, as a fresh process (both outputs, or the deck
only where the cheat sheet of that input is itself minutes of WeasyPrint work); the ratio of
the two wall times should stay near 2 (linear), far from 4 (quadratic):

- one line of 2 MB (words and a quantity every few hundred characters);
- one 10,000-character Korean line without a space;
- 10,000 notes files (a subdeck each).

A line longer than a card can show is read as facts of at most 1,000 characters, cut where its
sentences end, with a warning (``builder.parse.long_lines``); the deck and the PDF keep every part.
"""

from __future__ import annotations

import random
import shutil
from collections.abc import Callable
from pathlib import Path

WORDS = ("서비스", "한도는", "데이터", "저장소", "캐시", "EC2", "인스턴스", "네트워크", "보안", "설정")
SYLLABLES = "가나다라마바사아자차카타파하거너더러머버서어저처커터퍼허"


def long_line(folder: Path, chars: int) -> None:
    rng = random.Random(1)
    words, size = [], 0
    while size < chars:
        word = f"최대 {rng.randint(1, 99)}분" if rng.random() < 0.01 else rng.choice(WORDS)
        words.append(word)
        size += len(word) + 1
    _write(folder, {"long.md": "# 긴 줄\n## 주제\n- " + " ".join(words) + "\n- 둘째 사실\n"})


def korean_line(folder: Path, chars: int) -> None:
    rng = random.Random(2)
    line = "".join(rng.choice(SYLLABLES) for _ in range(chars))
    _write(folder, {"korean.md": f"# 한 줄\n## 주제\n- {line}\n- 둘째 사실\n"})


def many_files(folder: Path, count: int) -> None:
    _write(
        folder,
        {
            f"n{i:05d}.md": f"# 파일 {i}\n## 주제 {i}\n- 사실 {i}: 최대 {i % 90 + 1}분\n- 다른 사실 {i}\n"
            for i in range(count)
        },
    )


def _write(folder: Path, files: dict[str, str]) -> None:
    shutil.rmtree(folder, ignore_errors=True)
    folder.mkdir(parents=True)
    for name, text in files.items():
        (folder / name).write_text(text, encoding="utf-8")


CORNERS: tuple[tuple[str, Callable[[Path, int], None], int, str | None], ...] = (
    ("2 MB line", long_line, 2_000_000, None),
    ("10k-char Korean line", korean_line, 10_000, None),
    ("10,000 files", many_files, 10_000, "deck"),
)
"""(name, maker, full size, --only) of each corner."""


def run(work: Path, build: Callable[[Path, Path, str | None], tuple[float, str]]) -> None:
    """Build each corner at half and full size with ``build(notes, out, only)`` → (seconds, stderr);
    print the times, their ratio and any print warning."""
    print("\nCorner inputs (s, one fresh process each; ratio full/half: ~2 is linear, ~4 quadratic)")
    print(f"{'input':>22} {'outputs':>8} | {'half':>7} {'full':>7} {'ratio':>6} | warnings")
    for name, make, size, only in CORNERS:
        seconds = []
        warned = ""
        for part in (size // 2, size):
            notes = work / f"corner-{make.__name__}-{part}"
            make(notes, part)
            took, stderr = build(notes, work / f"corner-out-{part}", only)
            seconds.append(took)
            warned = "shortened for print" if "too long for print" in stderr else warned
        print(
            f"{name:>22} {only or 'both':>8} | {seconds[0]:7.2f} {seconds[1]:7.2f} {seconds[1] / seconds[0]:5.2f}× |"
            f" {warned or '–'}"
        )
