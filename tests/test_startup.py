"""What a deck build imports: start-up is most of a small build's time (bench/run.py measures it)."""

from __future__ import annotations

import subprocess
import sys

_AFTER_THE_DECK_EMITTER = "import sys, builder.emit.deck\nimport genanki\n"


def _run_probe(lines: str) -> None:
    """Run ``lines`` in a fresh interpreter after importing the deck emitter; they assert what they check."""
    done = subprocess.run(
        [sys.executable, "-c", _AFTER_THE_DECK_EMITTER + lines], capture_output=True, text=True, check=False
    )
    assert done.returncode == 0, done.stderr


def test_the_deck_emitter_loads_genanki_without_asyncio_and_leaves_no_stand_in() -> None:
    _run_probe(
        "assert 'asyncio' not in sys.modules, 'asyncio was imported'\n"
        "assert 'cached_property' not in sys.modules, 'the stand-in stayed in sys.modules'\n"
        "card = {'name': 'c', 'qfmt': '{{A}}', 'afmt': 'x'}\n"
        "model = genanki.Model(1, 'm', fields=[{'name': 'A'}], templates=[card])\n"
        "assert model._req == [[0, 'all', [0]]] and model._req is model._req\n"
    )


def test_the_deck_emitter_defers_yaml_until_it_is_used_and_then_it_is_the_real_module() -> None:
    _run_probe(
        "assert 'yaml' not in sys.modules, 'PyYAML was imported at start-up'\n"
        "model = genanki.Model(1, 'm', fields='- name: A', templates='- {name: c, qfmt: \"{{A}}\", afmt: x}')\n"
        "assert model.fields == [{'name': 'A'}], model.fields\n"
        "import yaml\n"
        "assert yaml.safe_load('a: 1') == {'a': 1} and hasattr(yaml, 'YAMLError')\n"
        "assert type(yaml.YAMLError).__name__ == 'type' and yaml.__file__, 'the stand-in leaked'\n"
    )
