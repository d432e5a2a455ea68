"""The house in order: small modules with one idea each (issue 19). Measured with `ast`, so
a file's size counts its lines and a class's size runs from its first decorator to its end."""

from __future__ import annotations

import ast
from pathlib import Path

PACKAGE = Path(__file__).resolve().parents[1] / "bot"
MAX_MODULE_LINES = 450
MAX_CLASS_LINES = 220
MODULES = sorted(PACKAGE.rglob("*.py"))


def _classes(tree: ast.Module) -> list[tuple[str, int]]:
    found = []
    for node in ast.walk(tree):
        if isinstance(node, ast.ClassDef):
            first = min([node.lineno, *(d.lineno for d in node.decorator_list)])
            found.append((node.name, (node.end_lineno or node.lineno) - first + 1))
    return found


def _name(path: Path) -> str:
    return str(path.relative_to(PACKAGE.parent))


def test_the_package_is_measured() -> None:
    assert len(MODULES) > 100  # a wrong PACKAGE path would make every check below pass


def test_no_module_is_over_the_limit() -> None:
    sizes = {_name(p): len(p.read_text(encoding="utf-8").splitlines()) for p in MODULES}
    too_long = {name: lines for name, lines in sizes.items() if lines > MAX_MODULE_LINES}
    assert not too_long, f"modules over {MAX_MODULE_LINES} lines (split them): {too_long}"


def test_no_class_is_over_the_limit() -> None:
    too_long = {
        f"{_name(path)}:{name}": size
        for path in MODULES
        for name, size in _classes(ast.parse(path.read_text(encoding="utf-8")))
        if size > MAX_CLASS_LINES
    }
    assert not too_long, f"classes over {MAX_CLASS_LINES} lines (split them): {too_long}"


def test_the_measure_sees_a_long_class() -> None:
    body = "\n".join(f"    x{i} = {i}" for i in range(MAX_CLASS_LINES))
    tree = ast.parse(f"@decorated\nclass Long:\n{body}\n")
    assert _classes(tree) == [("Long", MAX_CLASS_LINES + 2)]
