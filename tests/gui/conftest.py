"""GUI tests: offscreen by default (``pytest tests/gui --onscreen``, or RECOURSE_ONSCREEN=1, to watch).

Every dialog is scripted (``app.gui.dialogs.script``), so no test can block on a
modal.  Vaults are real (SQLCipher on ``tmp_path``) with the small test KDF.
"""

from __future__ import annotations

import os
import sys

if "--onscreen" not in sys.argv and not os.environ.get("RECOURSE_ONSCREEN"):
    os.environ["QT_QPA_PLATFORM"] = "offscreen"  # before any QApplication exists



from collections.abc import Callable, Iterator  # noqa: E402
from pathlib import Path  # noqa: E402
from typing import Any  # noqa: E402

import pytest  # noqa: E402

from tests.conftest import PASSPHRASE, TEST_KDF  # noqa: E402


def pytest_addoption(parser: pytest.Parser) -> None:
    parser.addoption("--onscreen", action="store_true", default=False,
                     help="show GUI test windows on the real display")


@pytest.fixture(autouse=True)
def _scripted_dialogs() -> Iterator[None]:
    from app.gui import dialogs

    dialogs.script(True)
    yield
    dialogs.script(False)


@pytest.fixture
def make_vault(tmp_path: Path) -> Callable[..., Path]:
    """``make_vault(cases=[...])``: a real vault on disk (locked again), its folder returned."""

    def make(cases: list[Any] | None = None, name: str = "vault") -> Path:
        from app.services import cases as case_service
        from app.services.vault import Vault

        folder = tmp_path / name
        vault = Vault.create(folder, PASSPHRASE, kdf=TEST_KDF, allow_weak_kdf=True)
        try:
            if cases:
                for start in range(0, len(cases), 500):
                    case_service.save_cases(vault, cases[start:start + 500])
        finally:
            vault.lock()
        return folder

    return make


@pytest.fixture
def demo_folder(tmp_path: Path) -> Path:
    from app.services.demo import create_demo_vault

    folder = tmp_path / "demo"
    create_demo_vault(folder, PASSPHRASE, kdf=TEST_KDF, allow_weak_kdf=True).lock()
    return folder


@pytest.fixture
def window_factory(qtbot: Any, tmp_path: Path) -> Callable[..., Any]:
    """A MainWindow on *folder* with test KDF, a private settings file and (by default) no editor."""
    from app.gui.main_window import MainWindow

    def make(folder: Path, **kwargs: Any) -> Any:
        kwargs.setdefault("settings_file", tmp_path / "config" / "settings.json")
        kwargs.setdefault("kdf", TEST_KDF)
        kwargs.setdefault("allow_weak_kdf", True)
        kwargs.setdefault("editor_factory", False)
        window = MainWindow(folder, **kwargs)
        qtbot.addWidget(window)
        window.show()
        return window

    return make


def unlock(qtbot: Any, window: Any, passphrase: str = PASSPHRASE) -> None:
    screen = window.unlock_screen
    assert window.stack.currentWidget() is screen
    screen.passphrase.setText(passphrase)
    with qtbot.waitSignal(screen.unlocked, timeout=10_000):
        screen.unlock_button.click()
    assert window.unlocked


@pytest.fixture
def unlocked(qtbot: Any, window_factory: Callable[..., Any]) -> Callable[..., Any]:
    def make(folder: Path, **kwargs: Any) -> Any:
        window = window_factory(folder, **kwargs)
        unlock(qtbot, window)
        return window

    return make


def minimal_cases(n: int, *, prefix: str = "RC", statuses: tuple[str, ...] = ("draft",),
                  tags: tuple[tuple[str, ...], ...] = ((),)) -> list[Any]:
    from app.domain.model import Case

    return [Case(reference=f"{prefix}-{i:05d}", title=f"Case number {i:05d}",
                 status=statuses[i % len(statuses)], tags=list(tags[i % len(tags)]))
            for i in range(n)]


def visible_texts(root: Any) -> list[str]:
    """Every text a widget tree shows: text(), toPlainText(), window titles, combo and list items."""
    from PySide6.QtWidgets import QApplication, QComboBox, QWidget

    out: list[str] = []
    widgets = [root, *root.findChildren(QWidget)] if root is not None else QApplication.allWidgets()
    for w in widgets:
        for attr in ("text", "toPlainText", "windowTitle", "placeholderText", "toolTip"):
            fn = getattr(w, attr, None)
            if callable(fn):
                try:
                    value = fn()
                except TypeError:
                    continue
                if isinstance(value, str) and value:
                    out.append(value)
        if isinstance(w, QComboBox):
            out += [w.itemText(i) for i in range(w.count())]
    return out
