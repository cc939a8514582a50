"""The base of a main window's menu tasks (security, sharing): the unlocked vault, and the dialogs
the window keeps open so locking can close them all."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QDialog


class WindowTasks(QObject):
    #: delete a dialog once it is finished (one whose result nobody reads afterwards)
    delete_finished = False

    def __init__(self, window: Any) -> None:
        super().__init__(window)
        self.window = window
        self.current: QDialog | None = None

    def _vault(self) -> Any:
        """The window's unlocked vault, or None once it is locked."""
        session = self.window.session
        return session.vault if session is not None and session.is_open else None

    def _keep(self, dialog: QDialog) -> None:
        self.current = dialog
        self.window._dialogs.append(dialog)
        dialog.finished.connect(lambda _r: self._forget(dialog))

    def _forget(self, dialog: QDialog) -> None:
        if dialog in self.window._dialogs:
            self.window._dialogs.remove(dialog)
        if self.current is dialog:
            self.current = None
        if self.delete_finished:
            dialog.deleteLater()
