"""The layers of docs/architecture.md hold: renderers see only the document model, theme and
chart drawings, and no module imports one that imports it back."""

from __future__ import annotations

import ast
from pathlib import Path

PACKAGE = Path(__file__).resolve().parents[1] / "briefgen"


def imported(path: Path) -> set[str]:
    """The briefgen modules a file imports at any depth of its code, as dotted names."""
    parts = list(path.relative_to(PACKAGE.parent).with_suffix("").parts)
    package = parts[:-1] if parts[-1] != "__init__" else parts[:-1]
    names = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.ImportFrom):
            base = package[:len(package) - node.level + 1] if node.level else []
            module = ".".join(base + ([node.module] if node.module else []))
            names.add(module)
            names.update(f"{module}.{alias.name}" for alias in node.names)
        elif isinstance(node, ast.Import):
            names.update(alias.name for alias in node.names)
    return {n for n in names if n.startswith("briefgen")}


def test_renderers_import_nothing_from_compose_or_facts():
    for path in sorted((PACKAGE / "render").glob("*.py")):
        wrong = sorted(n for n in imported(path)
                       if n.startswith(("briefgen.compose", "briefgen.facts")))
        assert not wrong, f"{path.name} imports {wrong}"


def test_the_fact_store_and_its_cache_import_in_one_direction():
    cache = imported(PACKAGE / "facts" / "store_cache.py")
    assert not any(n.startswith("briefgen.facts.store") and n != "briefgen.facts.store_cache"
                   for n in cache)


def _top_level_names(tree: ast.Module) -> list[str]:
    names = []
    for node in tree.body:
        if isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef, ast.ClassDef)):
            names.append(node.name)
        elif isinstance(node, ast.Assign):
            names += [t.id for t in node.targets if isinstance(t, ast.Name)]
        elif isinstance(node, ast.AnnAssign) and isinstance(node.target, ast.Name):
            names.append(node.target.id)
    return names


def test_no_module_defines_a_name_twice():
    """A second `_GOES_ON = …` further down a module silently replaces the first for every rule
    that used it: each module-level name is defined once."""
    twice = {}
    for path in sorted(PACKAGE.rglob("*.py")):
        names = _top_level_names(ast.parse(path.read_text(encoding="utf-8")))
        repeated = sorted({n for n in names if names.count(n) > 1})
        if repeated:
            twice[str(path.relative_to(PACKAGE))] = repeated
    assert not twice
