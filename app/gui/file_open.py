"""Documents opened from the desktop while Recourse runs or starts (macOS Finder, mainly).

On macOS, double-clicking a ``.rcbk`` backup (the type ``packaging/recourse.spec`` declares for
``Recourse.app``) does not pass the file on the command line: the system sends it to the running
application as a ``QFileOpenEvent``.  This filter turns that event into what ``recourse FILE.rcbk``
does on Linux and Windows: the window offers to restore the backup into a new folder.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtGui import QFileOpenEvent

from app.services.backup import is_backup


class FileOpenFilter(QObject):
    """Install on the QApplication; *window* is the MainWindow."""

    def __init__(self, window: Any) -> None:
        super().__init__(window)
        self.window = window

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 -- Qt's name
        if event.type() != QEvent.Type.FileOpen or not isinstance(event, QFileOpenEvent):
            return False
        path = Path(event.file())
        if is_backup(path):
            QTimer.singleShot(0, lambda: self.window.security.restore_backup(path))
        return True
