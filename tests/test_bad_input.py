"""Bad input gets one clear line per problem naming file and line, a documented exit code,
no traceback, and leaves the previous outputs exactly as they were."""

from __future__ import annotations

import re
import shutil
from pathlib import Path

import pytest

from builder.cli import EXIT_BAD_INPUT, EXIT_OK, EXIT_USAGE, main
from builder.errors import Problems
from builder.read import find_note_files
from tests.conftest import make_notes as notes_dir

GOOD = "# 캐시\n## Redis - 한도\n- 키 하나의 최대 크기는 512MB\n- 기본 포트는 6379번\n"
PROBLEM_LINE = re.compile(r"^\S.*?(?::\d+)?: (?:error|warning): \S")


def run(args: list[str], capsys: pytest.CaptureFixture[str]) -> tuple[int, str]:
    code = main(args)
    captured = capsys.readouterr()
    assert "Traceback" not in captured.err + captured.out
    return code, captured.err


def inspect(folder: Path, capsys: pytest.CaptureFixture[str], *extra: str) -> tuple[int, str]:
    return run(["inspect", "--notes", str(folder), *extra], capsys)


def test_missing_notes_folder(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, err = inspect(tmp_path / "nowhere", capsys)
    assert code == EXIT_BAD_INPUT
    assert f"{tmp_path / 'nowhere'}: error: the notes folder does not exist" in err


def test_empty_notes_folder(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, err = inspect(notes_dir(tmp_path, {}), capsys)
    assert code == EXIT_BAD_INPUT and "no .md or .markdown files" in err


def test_empty_file_is_a_warning_beside_good_notes(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, err = inspect(notes_dir(tmp_path, {"a.md": GOOD, "b.md": ""}), capsys)
    assert code == EXIT_OK
    assert "b.md: warning: the file is empty" in err


def test_only_empty_or_front_matter_files_stop_the_build(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    folder = notes_dir(tmp_path, {"a.md": "", "b.md": "---\ntitle: 제목\n---\n"})
    code, err = inspect(folder, capsys)
    assert code == EXIT_BAD_INPUT
    assert "a.md: warning: the file is empty" in err
    assert "b.md: warning: no notes in this file" in err
    assert "error: the notes hold no facts" in err


def test_cp949_file_says_how_to_convert(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    folder = notes_dir(tmp_path, {"a.md": "# 제목\n- 첫 줄\n- 한국어 노트\n".encode("cp949")})
    code, err = inspect(folder, capsys)
    assert code == EXIT_BAD_INPUT
    assert re.search(r"a\.md:1: error: is encoded in CP949/EUC-KR, not UTF-8; convert it with `iconv", err)


def test_binary_garbage(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    folder = notes_dir(tmp_path, {"a.md": bytes(range(256)) * 4})
    code, err = inspect(folder, capsys)
    assert code == EXIT_BAD_INPUT and "a.md: error: is not a text file" in err


def test_unreadable_file(tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch) -> None:
    folder = notes_dir(tmp_path, {"a.md": GOOD})
    original = Path.read_bytes

    def refuse(self: Path) -> bytes:
        if self.name == "a.md":
            raise PermissionError(13, "Permission denied", str(self))
        return original(self)

    monkeypatch.setattr(Path, "read_bytes", refuse)
    code, err = inspect(folder, capsys)
    assert code == EXIT_BAD_INPUT and "a.md: error: cannot read the file: Permission denied" in err


def test_soft_problems_are_warnings_with_lines_and_strict_fails(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    text = GOOD + "## 빈 절\n\n## 그림\n- ![구성도](missing.png) 설명\n\n```\n끝나지 않는 코드\n"
    folder = notes_dir(tmp_path, {"a.md": text})
    code, err = inspect(folder, capsys)
    assert code == EXIT_OK
    assert "a.md:5: warning: the section '빈 절' has no notes under it" in err
    assert "a.md:8: warning: image 'missing.png' not found" in err
    assert "a.md:10: warning: code fence is never closed" in err
    code, err = inspect(folder, capsys, "--strict")
    assert code == EXIT_BAD_INPUT and err.count("warning:") == 3


def test_bullets_before_any_heading_are_kept_with_a_warning(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    folder = notes_dir(tmp_path, {"a.md": "- 제목 없는 사실 10분\n# 제목\n- 사실\n"})
    code, err = inspect(folder, capsys)
    assert code == EXIT_OK and "a.md:1: warning: notes before the first heading" in err


def test_all_problems_of_a_build_are_reported_together(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    folder = notes_dir(tmp_path, {"a.md": "# 가\n- 나\n".encode("cp949"), "b.md": b"\x00\x01garbage", "c.md": GOOD})
    code, err = inspect(folder, capsys)
    assert code == EXIT_BAD_INPUT
    assert "a.md:1: error" in err and "b.md: error" in err
    assert all(PROBLEM_LINE.match(line) or line.startswith("Error:") for line in err.splitlines())


def test_usage_errors_exit_2(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["build", "--only", "everything"]) == EXIT_USAGE
    assert main(["--help"]) == EXIT_OK
    assert "Exit status" in capsys.readouterr().out


def test_unwritable_output_folder(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    folder = notes_dir(tmp_path, {"a.md": GOOD})
    blocker = tmp_path / "dist"
    blocker.write_text("a file where the output folder should be")
    code, err = run(["build", "--notes", str(folder), "--out", str(blocker), "--only", "deck"], capsys)
    assert code == EXIT_BAD_INPUT and f"{blocker}: error: cannot write the output folder: it is a file" in err


@pytest.fixture(scope="module")
def built(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Path, dict[str, bytes]]:
    root = tmp_path_factory.mktemp("atomic")
    folder = notes_dir(root, {"a.md": GOOD})
    out = root / "dist"
    assert main(["build", "--notes", str(folder), "--out", str(out)]) == EXIT_OK
    return folder, out, _snapshot(folder, out)


def _snapshot(folder: Path, out: Path) -> dict[str, bytes]:
    files = {p: p.read_bytes() for p in (*out.iterdir(), *folder.iterdir())}
    return {str(p): data for p, data in files.items()}


def test_failed_build_leaves_previous_outputs_byte_identical(built, tmp_path: Path, capsys) -> None:
    folder, _, before = built
    copy = tmp_path / "copy"
    shutil.copytree(folder.parent, copy)
    notes, dist = copy / "notes", copy / "dist"
    before = {k.replace(str(folder.parent), str(copy)): v for k, v in before.items()}
    (notes / "b.md").write_bytes("# 나쁜\n- 파일\n".encode("cp949"))
    code, err = run(["build", "--notes", str(notes), "--out", str(dist)], capsys)
    assert code == EXIT_BAD_INPUT and f"{dist}/ was left as it was" in err
    (notes / "b.md").unlink()
    assert _snapshot(notes, dist) == before


def test_failure_while_printing_keeps_deck_and_ledger_untouched(built, tmp_path: Path, capsys, monkeypatch) -> None:
    folder, _, before = built
    copy = tmp_path / "copy"
    shutil.copytree(folder.parent, copy)
    notes, dist = copy / "notes", copy / "dist"
    before = {k.replace(str(folder.parent), str(copy)): v for k, v in before.items()}
    (notes / "a.md").write_text(GOOD + "- 새 사실: 3일\n", encoding="utf-8")

    from builder.emit import cheatsheet

    def broken(*args: object, **kwargs: object) -> list[str]:
        raise OSError(28, "No space left on device", str(dist / "x.pdf"))

    monkeypatch.setattr(cheatsheet, "write_cheatsheet", broken)
    code, err = run(["build", "--notes", str(notes), "--out", str(dist)], capsys)
    assert code == EXIT_BAD_INPUT and "No space left on device" in err
    (notes / "a.md").write_text(GOOD, encoding="utf-8")
    assert _snapshot(notes, dist) == before
    assert not [p for p in (*dist.iterdir(), *notes.iterdir()) if p.name.endswith(".tmp")]


def test_a_kramdown_attribute_list_after_an_image_is_markup() -> None:
    from builder.errors import Problems
    from builder.parse import parse_text

    problems = Problems()
    text = '# 식별자\n\n![식별자 종류](https://example.org/kinds.png){: width="800" height="400" }\n\n- 본질 식별자\n'
    section = parse_text(text, "x.md", problems)
    assert not problems.errors, problems.errors
    assert [f.text for t in section.topics for f in t.facts] == ["본질 식별자"]


def test_a_jekyll_post_named_markdown_is_read(tmp_path: Path) -> None:
    folder = notes_dir(tmp_path, {"post.markdown": GOOD, "notes.md": GOOD, "notes.txt": "# 아님\n- 읽지 않는다\n"})
    problems = Problems()
    assert [p.name for p in find_note_files(folder, problems)] == ["notes.md", "post.markdown"]
    assert not problems.errors
