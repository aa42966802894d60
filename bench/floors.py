"""The benchmark's floors, each run as its own process by ``bench/run.py``.

    floors.py genanki NOTES.json OUT.apkg      write the dumped notes with genanki alone
    floors.py weasyprint PRINT.html OUT.pdf    print the HTML with WeasyPrint alone (same CSS, fonts)
    floors.py print-html NOTES_DIR OUT.html    (set-up, not timed) the HTML our build prints

Only the set-up command imports the builder; the floors import nothing of ours but
``builder.resources``, which finds the installed CSS.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
from builder import resources  # noqa: E402  (after the path: the floors run as scripts)

PRINT_CSS = (resources.file("cheatsheet", "sheet.css"), resources.file("cheatsheet", "print.css"))


def genanki_floor(dump: Path, target: Path) -> None:
    import genanki

    data = json.loads(dump.read_text(encoding="utf-8"))
    models = {
        m["id"]: genanki.Model(
            int(m["id"]),
            m["name"],
            css=m["css"],
            model_type=genanki.Model.CLOZE if m["type"] == 1 else genanki.Model.FRONT_BACK,
            fields=[{"name": f["name"]} for f in m["flds"]],
            templates=[{"name": t["name"], "qfmt": t["qfmt"], "afmt": t["afmt"]} for t in m["tmpls"]],
        )
        for m in data["models"]
    }
    decks = {d["id"]: genanki.Deck(int(d["id"]), d["name"]) for d in data["decks"]}
    for note in data["notes"]:
        decks[note["deck"]].add_note(
            genanki.Note(
                model=models[str(note["model"])] if str(note["model"]) in models else models[note["model"]],
                fields=note["fields"],
                tags=note["tags"],
                guid=note["guid"],
            )
        )
    genanki.Package(list(decks.values())).write_to_file(str(target))


def weasyprint_floor(html: Path, target: Path) -> None:
    from weasyprint import CSS, HTML
    from weasyprint.text.fonts import FontConfiguration

    fonts = FontConfiguration()
    sheets = [CSS(filename=str(p), font_config=fonts) for p in PRINT_CSS]
    HTML(string=html.read_text(encoding="utf-8"), base_url=str(resources.root()) + "/").write_pdf(
        str(target), stylesheets=sheets, font_config=fonts
    )


def print_html(notes_dir: Path, target: Path) -> None:
    from builder.build import load_notes
    from builder.config import load_config
    from builder.emit import hangul
    from builder.emit.cheatsheet import render_html
    from builder.emit.sheet_context import build_context

    config = load_config(notes_dir)
    notes, _ = load_notes(notes_dir)
    context = build_context(notes, config.name, config.paper)
    target.write_text(hangul.join_html(render_html(context, "print")), encoding="utf-8")


if __name__ == "__main__":
    command, source, out = sys.argv[1], Path(sys.argv[2]), Path(sys.argv[3])
    {"genanki": genanki_floor, "weasyprint": weasyprint_floor, "print-html": print_html}[command](source, out)
