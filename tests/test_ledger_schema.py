"""The ID ledger is validated on load and older versions are migrated: a bad current ledger
stops the build naming the line to fix; an older one keeps every GUID and cloze number it can
and says what it could not keep; no live note is ever reported as removed."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from builder.cli import EXIT_BAD_INPUT, EXIT_OK, main
from builder.emit.ledger import LEDGER_VERSION, LedgerError, parse_ledger
from tests.conftest import SEED_DIR, make_notes

GOOD = (
    "# 캐시\n## Redis - 한도\n- 키 하나의 최대 크기는 512MB, 기본 포트는 6379번\n"
    "- 클러스터 모드는 CRC16 해시 슬롯으로 키를 나눈다\n"
)


def _v1(text: str) -> str:
    return re.sub(r'^\{"version": \d+', '{"version": 1', text)


def test_the_committed_ledger_migrates_keeping_every_guid_and_cloze_number() -> None:
    text = _v1((SEED_DIR / "deck-ids.json").read_text(encoding="utf-8"))
    raw = json.loads(text)
    ledger = parse_ledger(text)
    assert ledger.migrated_from == 1 and ledger.repairs == ()
    assert [e.guid for e in ledger.entries] == [e["guid"] for e in raw["notes"]]
    assert [dict(e.clozes) for e in ledger.entries] == [e.get("clozes", {}) for e in raw["notes"]]
    assert LEDGER_VERSION == 2


@pytest.fixture
def ledger_build(tmp_path: Path):
    """A notes folder with a (current) ledger, and a function that rewrites one of its entries
    and builds, returning (exit status, stderr, stdout)."""
    notes = make_notes(tmp_path, {"a.md": GOOD})
    args = ["build", "--notes", str(notes), "--out", str(tmp_path / "dist"), "--only", "deck", "--force"]
    assert main(args) == EXIT_OK
    path = notes / "deck-ids.json"

    def run(edit, capsys: pytest.CaptureFixture[str]) -> tuple[int, str, str]:
        lines = path.read_text(encoding="utf-8").split("\n")
        path.write_text("\n".join(edit(lines)), encoding="utf-8")
        code = main(args)
        captured = capsys.readouterr()
        assert "Traceback" not in captured.err
        return code, captured.err, captured.out

    written = path.read_text(encoding="utf-8").split("\n")
    assert written[1].startswith("{") and written[2].startswith("{")
    return run, path


def _set(line: str, key: str, value: object) -> str:
    entry = json.loads(line.rstrip(","))
    entry[key] = value
    return json.dumps(entry, ensure_ascii=False) + ("," if line.endswith(",") else "")


BAD_VALUES = [
    ("guid", None, "without a valid GUID (None)"),
    ("guid", "", "without a valid GUID"),
    ("mod", 10**30, "modification time 1000000000000000000000000000000 is out of range"),
    ("mod", "어제", "modification time '어제' is out of range"),
    ("clozes", {"size|크기#1": 99_999_999}, "cloze number 99999999 is not in 1..65536"),
    ("clozes", {"a": 1, "b": 1}, "cloze number 1 is used twice"),
    ("text", ["목록"], "'text' is not text"),
]


@pytest.mark.parametrize(("key", "value", "message"), BAD_VALUES)
def test_a_bad_entry_stops_the_build_naming_its_line(ledger_build, capsys, key, value, message) -> None:
    run, path = ledger_build
    code, err, _ = run(lambda lines: [*lines[:2], _set(lines[2], key, value), *lines[3:]], capsys)
    assert code == EXIT_BAD_INPUT
    assert f"{path}:3: error: cannot read the deck's ID ledger (" in err and message in err


def test_a_duplicated_entry_stops_the_build(ledger_build, capsys) -> None:
    run, path = ledger_build
    code, err, out = run(lambda lines: [*lines[:2], lines[1], *lines[2:]], capsys)
    assert code == EXIT_BAD_INPUT
    assert re.search(rf"{re.escape(str(path))}:3: error: .*is listed twice \(first at line 2\)", err)
    assert "delete" not in out


@pytest.mark.parametrize(
    ("text", "line", "message"),
    [
        ("{not json", 1, "not valid JSON"),
        ('{"version": 3, "notes": []}', 1, "written by a newer builder"),
        ('{"version": "2", "notes": []}', 1, "unknown ledger version '2'"),
        ('{"version": 2, "notes": {}}', 1, 'no "notes" list'),
        ('{"version": 2, "notes": [\n{"guid": 1}]}', 2, "without a valid GUID"),
        ('{"version": 2, "notes": [' + "[" * 100_000 + "]" * 100_000 + "]}", None, "not a ledger"),
        ('{"version": 2, "notes": [{"mod": ' + "9" * 5000 + "}]}", None, "not a ledger"),
        ('{"version": 2, "notes": [{"mod": 1e400}]}', 1, "without a valid GUID"),
    ],
)
def test_malformed_ledgers(text: str, line: int | None, message: str) -> None:
    with pytest.raises(LedgerError) as caught:
        parse_ledger(text)
    assert caught.value.line == line and message in str(caught.value)


def test_an_older_ledger_is_repaired_and_says_what_it_could_not_keep(ledger_build, capsys) -> None:
    """A version-1 ledger with a duplicated entry, a null GUID and an absurd cloze number: the
    build goes on, keeps the rest, names each repair, and never reports the live note removed."""
    run, _ = ledger_build

    def damage(lines: list[str]) -> list[str]:
        first = _set(lines[1], "clozes", {"x": 99_999_999}) if lines[1] else lines[1]
        return [_v1(lines[0]), first, lines[1], _set(lines[2], "guid", None), *lines[3:]]

    code, _, out = run(damage, capsys)
    assert code == EXIT_OK
    assert "deck: upgraded the ID ledger from version 1 to 2, keeping" in out
    assert "line 2: GUID" in out and "cloze number 99999999 is not in 1..65536; dropped" in out
    assert "line 3: GUID" in out and "is listed twice (first at line 2); the first kept" in out
    assert "line 4: an entry without a valid GUID (None); it cannot be kept" in out
    assert "search the Anki browser" not in out
