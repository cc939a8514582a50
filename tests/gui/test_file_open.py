"""A backup opened from the desktop as a QFileOpenEvent (macOS Finder) leads to its restore dialog."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import QUrl
from PySide6.QtGui import QFileOpenEvent
from PySide6.QtWidgets import QApplication

from app.gui import dialogs
from app.gui.file_open import FileOpenFilter
from app.services import backup
from app.services.vault import Vault
from tests.conftest import PASSPHRASE, TEST_KDF


def test_a_backup_opened_from_finder_offers_to_restore_it(qtbot: Any, window_factory: Any, tmp_path: Path) -> None:
    vault = Vault.create(tmp_path / "v", PASSPHRASE, kdf=TEST_KDF, allow_weak_kdf=True)
    try:
        backup.create(vault, tmp_path / "vault.rcbk")
    finally:
        vault.lock()
    (tmp_path / "notes.txt").write_text("not a backup")
    window = window_factory(tmp_path / "v")
    app = QApplication.instance()
    handler = FileOpenFilter(window)
    app.installEventFilter(handler)
    try:
        dialogs.set_next_answer(None)  # the folder chooser: the user cancels
        QApplication.sendEvent(app, QFileOpenEvent(QUrl.fromLocalFile(str(tmp_path / "notes.txt"))))
        QApplication.sendEvent(app, QFileOpenEvent(QUrl.fromLocalFile(str(tmp_path / "vault.rcbk"))))
        qtbot.waitUntil(lambda: any(s.kind == "folder" for s in dialogs.history), timeout=5000)
        assert [s.kind for s in dialogs.history] == ["folder"]  # once: the text file was ignored
    finally:
        app.removeEventFilter(handler)
