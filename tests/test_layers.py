"""The package's layers, as the folders show them: imports run one way, app -> text -> domain -> data.

- ``app/`` is the Streamlit edge (caching, components, page views); only it and ``pages/`` import Streamlit.
- ``text/`` turns domain values into words (localisation, formatting, citations, sentences).
- ``domain/`` holds pure functions over a Database: what the figures are, never how they are worded or drawn.
- ``data/`` holds settings, the database, storage and upload batches.
- ``ingest/`` (the upload engine) and ``extract/`` (seeds -> curated data) sit beside them and share only
  ``vocabulary`` (ids and names) and ``data/``.
"""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[1]
PACKAGE = REPO / "frikommune"

# What each part of the package may import from frikommune (besides itself).
MAY_IMPORT = {
    "app": {"text", "domain", "data", "vocabulary", "ingest"},
    "text": {"domain", "data", "vocabulary"},
    "domain": {"data", "vocabulary"},
    "data": {"vocabulary"},
    "ingest": {"data", "vocabulary"},
    "extract": {"data", "vocabulary"},
    "vocabulary": set(),
}


def part_of(module: str) -> str:
    """'frikommune.app.components' -> 'app'; 'frikommune.vocabulary' -> 'vocabulary'."""
    return module.split(".")[1]


def frikommune_imports(path: Path) -> list[tuple[int, str]]:
    """Every frikommune module ``path`` imports (at any depth, lazy imports too), with its line."""
    found = []
    for node in ast.walk(ast.parse(path.read_text(), filename=str(path))):
        if isinstance(node, ast.Import):
            found += [(node.lineno, a.name) for a in node.names if a.name.startswith("frikommune.")]
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            if node.module == "frikommune":
                found += [(node.lineno, f"frikommune.{a.name}") for a in node.names]
            elif node.module.startswith("frikommune."):
                found.append((node.lineno, node.module))
    return found


def imports_of(path: Path, prefix: str) -> list[int]:
    """Lines where ``path`` imports ``prefix`` or a submodule of it."""
    lines = []
    for node in ast.walk(ast.parse(path.read_text(), filename=str(path))):
        names = (
            [a.name for a in node.names]
            if isinstance(node, ast.Import)
            else [node.module or ""]
            if isinstance(node, ast.ImportFrom)
            else []
        )
        lines += [node.lineno for n in names if n == prefix or n.startswith(prefix + ".")]
    return lines


MODULES = sorted(p for p in PACKAGE.rglob("*.py") if p.parent != PACKAGE or p.name != "__init__.py")


def test_the_package_is_layered_into_known_parts():
    parts = {p.relative_to(PACKAGE).parts[0].removesuffix(".py") for p in MODULES}
    assert parts == set(MAY_IMPORT), "a new top-level part of frikommune needs its place in MAY_IMPORT and the README"


@pytest.mark.parametrize("path", MODULES, ids=lambda p: str(p.relative_to(PACKAGE)))
def test_imports_run_one_way(path):
    own = path.relative_to(PACKAGE).parts[0].removesuffix(".py")
    wrong = [
        f"line {line}: {module}"
        for line, module in frikommune_imports(path)
        if part_of(module) != own and part_of(module) not in MAY_IMPORT[own]
    ]
    assert not wrong, f"{own}/ may import only {sorted(MAY_IMPORT[own])}: {wrong}"


@pytest.mark.parametrize(
    "path", [p for p in MODULES if p.relative_to(PACKAGE).parts[0] != "app"], ids=lambda p: str(p.relative_to(PACKAGE))
)
def test_only_the_app_layer_imports_streamlit(path):
    assert not imports_of(path, "streamlit"), "Streamlit belongs in frikommune/app/ or pages/"


@pytest.mark.parametrize(
    "path",
    [p for p in MODULES if p.relative_to(PACKAGE).parts[0] in ("domain", "data")],
    ids=lambda p: str(p.relative_to(PACKAGE)),
)
def test_domain_and_data_never_draw(path):
    assert not imports_of(path, "plotly"), "charts are drawn in frikommune/app/"


def test_the_benchmark_does_not_import_the_tests():
    wrong = [(p.name, line) for p in (REPO / "bench").rglob("*.py") for line in imports_of(p, "tests")]
    assert not wrong


def test_the_checker_sees_a_wrong_import(tmp_path):
    """The walk finds a lazy import inside a function, the kind a layering slip usually is."""
    module = tmp_path / "m.py"
    module.write_text("def f():\n    from frikommune.app import components\n    import frikommune.text.i18n\n")
    assert frikommune_imports(module) == [(2, "frikommune.app"), (3, "frikommune.text.i18n")]
