"""The language layer's rule tables, read from their example fixtures (``tests/fixtures/rules``).

Each line rule claims the ``+`` examples of its fixture and none of the ``-`` ones; the
definition and key-term rules are checked the same way.  A rule without a fixture fails.
"""

from __future__ import annotations

import ast
import itertools
import re
from pathlib import Path

import pytest

from builder.analyse.definition import is_definition
from builder.analyse.rules import LINE_RULES, RULE_NAMES, Line, line_role
from builder.analyse.terms import key_terms
from builder.model import FactKind, Span

FIXTURES = Path(__file__).parent / "fixtures" / "rules"
BUILDER = Path(__file__).parents[1] / "builder"
_EXAMPLE = re.compile(r"^(?P<sign>[+-])(?P<heads>!?)(?P<leads>>?)(?:\[(?P<kind>\w+)\])?\s(?P<text>.+)$")


def _examples(name: str) -> list[tuple[bool, Line]]:
    path = FIXTURES / f"{name}.txt"
    assert path.exists(), f"the rule {name!r} has no fixture: write {path}"
    found = []
    for raw in path.read_text(encoding="utf-8").splitlines():
        match = _EXAMPLE.match(raw)
        if match:
            kind: FactKind = match["kind"] or "bullet"  # type: ignore[assignment]
            text = match["text"]
            bold = text.startswith("**") and text.endswith("**") and len(text) > 4
            spans = (Span(text[2:-2], frozenset({"strong"})),) if bold else (Span(text),)
            heads = bool(match["heads"])
            line = Line(
                text[2:-2] if bold else text, spans, kind, has_children=heads, leads_items=heads or bool(match["leads"])
            )
            found.append((match["sign"] == "+", line))
    assert found, path
    return found


@pytest.mark.parametrize("name", RULE_NAMES)
def test_each_line_rule_claims_its_examples(name: str) -> None:
    for claimed, line in _examples(name):
        role = line_role(line)
        if claimed:
            assert role is not None and role.name == name, (line.text, role)
        else:
            assert role is None or role.name != name, (line.text, role)


def test_the_line_rules_are_ordered_and_named_once() -> None:
    assert len(set(RULE_NAMES)) == len(RULE_NAMES)
    assert all(rule.reason and rule.applies.__module__.endswith(rule.name) for rule in LINE_RULES)
    assert {p.stem for p in FIXTURES.glob("*.txt")} >= set(RULE_NAMES)


def test_the_definition_rule() -> None:
    for claimed, line in _examples("definition"):
        assert is_definition(line.text) == claimed, line.text


def test_the_key_term_rule() -> None:
    for raw in (FIXTURES / "key_terms.txt").read_text(encoding="utf-8").splitlines():
        if not raw.strip() or raw.startswith("#"):
            continue
        line, _, expected = raw.partition("=>")
        text, _, context = line.partition("| context:")
        # **…** in a fixture is the author's bold, `…` what the author typed as code
        pieces = re.split(r"(\*\*[^*]+\*\*|`[^`]+`)", text.strip())
        spans = tuple(_fixture_span(p) for p in pieces if p)
        plain = "".join(s.text for s in spans)
        terms = key_terms(plain, spans, context=tuple(c.strip() for c in context.split(",") if c.strip()))
        assert (terms[0].text if terms else "") == expected.strip(), (plain, terms)


def _fixture_span(piece: str) -> Span:
    if piece.startswith("**"):
        return Span(piece[2:-2], frozenset({"strong"}))
    if piece.startswith("`"):
        return Span(piece[1:-1], frozenset({"code"}))
    return Span(piece)


def _hangul_words(node: ast.AST) -> bool:
    return isinstance(node, ast.Constant) and isinstance(node.value, str) and bool(re.search(r"[가-힣]{1}", node.value))


@pytest.mark.parametrize("package", ["emit", "parse"])
def test_korean_rules_live_only_in_the_language_layer(package: str) -> None:
    """No Hangul pattern or Hangul word list outside ``builder/analyse``: a rule is written once."""
    for path in sorted((BUILDER / package).glob("*.py")):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            if isinstance(node, ast.Call) and getattr(node.func, "attr", "") in ("compile", "search", "match", "sub"):
                pattern = node.args[0] if node.args else None
                if (
                    pattern is not None
                    and _hangul_words(pattern)
                    and "\\u" not in ast.get_source_segment(path.read_text(encoding="utf-8"), pattern)
                ):
                    pytest.fail(f"{path.name}:{node.lineno}: a Hangul pattern outside builder/analyse")
            if isinstance(node, (ast.Tuple, ast.List, ast.Set)) and sum(_hangul_words(e) for e in node.elts) >= 2:
                pytest.fail(f"{path.name}:{node.lineno}: a Hangul word list outside builder/analyse")


_ANALYSE_MODULES = sorted(
    ".".join(path.relative_to(BUILDER.parent).with_suffix("").parts)
    for path in (BUILDER / "analyse").rglob("*.py")
    if path.name != "__init__.py"
)


_PARSE_MODULES = sorted(
    ".".join(path.relative_to(BUILDER.parent).with_suffix("").parts) for path in (BUILDER / "parse").rglob("*.py")
)


@pytest.mark.parametrize("module", [*_ANALYSE_MODULES, *_PARSE_MODULES])
def test_the_examples_in_the_rules_docstrings_hold(module: str) -> None:
    import doctest
    import importlib

    result = doctest.testmod(importlib.import_module(module), optionflags=doctest.ELLIPSIS)
    assert result.failed == 0, f"{module}: {result.failed} of {result.attempted} docstring examples fail"


@pytest.mark.parametrize("module", _ANALYSE_MODULES)
def test_the_examples_under_the_word_tables_hold(module: str) -> None:
    """A table's examples sit in the string under it, which ``doctest`` does not collect (it is
    no object's docstring): they are run here, in the module's namespace."""
    import doctest
    import importlib

    loaded = importlib.import_module(module)
    tree = ast.parse(Path(str(loaded.__file__)).read_text(encoding="utf-8"))
    failed = attempted = 0
    for before, node in itertools.pairwise(tree.body):
        if not (isinstance(before, (ast.Assign, ast.AnnAssign)) and isinstance(node, ast.Expr)):
            continue
        text = node.value.value if isinstance(node.value, ast.Constant) else None
        if not isinstance(text, str) or ">>>" not in text:
            continue
        name = f"{module}:{node.lineno}"
        test = doctest.DocTestParser().get_doctest(text, dict(vars(loaded)), name, None, node.lineno)
        result = doctest.DocTestRunner(optionflags=doctest.ELLIPSIS).run(test)
        failed, attempted = failed + result.failed, attempted + result.attempted
    assert failed == 0, f"{module}: {failed} of {attempted} examples under its tables fail"
