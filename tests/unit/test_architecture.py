"""The layer and dependency contracts of docs/architecture.md, checked by import-linter.

The contracts live in ``pyproject.toml`` (``[tool.importlinter]``) and ``make lint`` runs them.
Here they run on the source itself, and on a copy of it with one violation added, to prove each
kind of violation is caught (including ``from app import crypto`` and relative imports).
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
LINT_IMPORTS = Path(sys.executable).with_name("lint-imports")


def _lint(root: Path) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "PYTHONPATH": str(root), "COLUMNS": "300"}  # one line per contract
    return subprocess.run([str(LINT_IMPORTS), "--no-cache", "--config", str(root / "pyproject.toml")],
                          cwd=root, env=env, capture_output=True, text=True, timeout=300, check=False)


@pytest.fixture(scope="module")
def tree(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A copy of the package and its contracts, outside the repository."""
    root = tmp_path_factory.mktemp("tree")
    shutil.copytree(ROOT / "app", root / "app", ignore=shutil.ignore_patterns("__pycache__"))
    shutil.copy(ROOT / "pyproject.toml", root / "pyproject.toml")
    return root


def test_the_code_keeps_every_contract() -> None:
    result = _lint(ROOT)
    assert result.returncode == 0, result.stdout + result.stderr
    assert "0 broken" in result.stdout


@pytest.mark.parametrize(
    ("module", "source", "contract"),
    [
        ("app/gui/x_bad.py", "from app import crypto\n", "only through services"),
        ("app/gui/x_bad.py", "from app.storage import header\n", "only through services"),
        ("app/cli/x_bad.py", "from ..storage.files import atomic_write\n", "only through services"),
        ("app/domain/x_bad.py", "from app.services import cases\n", "Layers"),
        ("app/storage/x_bad.py", "from app.crypto import keys\n", "Layers"),
        ("app/cli/x_bad.py", "from app.gui import app\n", "Layers"),
        ("app/services/x_bad.py", "import PySide6.QtCore\n", "Qt (PySide6, shiboken6) only in app.gui"),
        ("app/services/x_bad.py", "import sqlcipher3\n", "SQLCipher (sqlcipher3) only in app.storage"),
        ("app/storage/x_bad.py", "from cryptography.hazmat.primitives import hashes\n", "only in app.crypto"),
        ("app/services/x_bad.py", "import pyrage\n", "only in app.crypto"),
        ("app/services/x_bad.py", "from reportlab.pdfgen import canvas\n", "only in app.export"),
        ("app/gui/x_bad.py", "from PIL import Image\n", "only in app.export"),
    ],
)
def test_a_violation_breaks_its_contract(tree: Path, module: str, source: str, contract: str) -> None:
    bad = tree / module
    bad.write_text(source)
    try:
        result = _lint(tree)
    finally:
        bad.unlink()
    assert result.returncode != 0
    broken = [line for line in result.stdout.splitlines() if " BROKEN" in line]
    assert len(broken) == 1 and contract in broken[0], result.stdout
    assert "x_bad" in result.stdout
