"""The layer rules of docs/architecture.md, checked on the source itself."""

from __future__ import annotations

import ast
from pathlib import Path

APP = Path(__file__).resolve().parents[2] / "app"

# heavy dependency -> the only package allowed to import it
OWNERS = {
    "PySide6": "app/gui",
    "shiboken6": "app/gui",
    "sqlcipher3": "app/storage",
    "cryptography": "app/crypto",
    "pyrage": "app/crypto",
    "reportlab": "app/export",
    "docx": "app/export",
}
# our layer -> layers it must not import
FORBIDDEN = {
    "app/domain": ("app.storage", "app.crypto", "app.services", "app.export", "app.gui", "app.cli"),
    "app/crypto": ("app.storage", "app.services", "app.export", "app.gui", "app.cli", "app.domain"),
    "app/storage": ("app.services", "app.export", "app.gui", "app.cli"),
    "app/services": ("app.gui", "app.cli"),
    "app/export": ("app.storage", "app.gui", "app.cli"),
    "app/cli": ("app.gui", "app.storage", "app.crypto"),
}


def _imports(path: Path) -> list[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    names: list[str] = []
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            names += [a.name for a in node.names]
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            names.append(node.module)
    return names


def _sources() -> list[tuple[str, Path]]:
    root = APP.parent
    return [(p.relative_to(root).as_posix(), p) for p in sorted(APP.rglob("*.py"))]


def test_heavy_dependencies_have_one_owner() -> None:
    bad = []
    for rel, path in _sources():
        for name in _imports(path):
            top = name.split(".")[0]
            owner = OWNERS.get(top)
            if owner and not rel.startswith(owner + "/"):
                bad.append(f"{rel} imports {name} (only {owner} may)")
    assert bad == []


def test_layers_point_inwards() -> None:
    bad = []
    for rel, path in _sources():
        for layer, forbidden in FORBIDDEN.items():
            if rel.startswith(layer + "/"):
                bad += [f"{rel} imports {n}" for n in _imports(path) if n.startswith(forbidden)]
    assert bad == []


def test_the_checker_sees_violations(tmp_path: Path) -> None:
    bad = tmp_path / "x.py"
    bad.write_text("import sqlcipher3\nfrom PySide6 import QtCore\n")
    assert _imports(bad) == ["sqlcipher3", "PySide6"]
