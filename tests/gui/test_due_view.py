"""The due and overdue view: reached with Ctrl+Shift+D, sorted by due date, overdue said in words and
with an icon, double-click opens the case at the log entry."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QApplication

from app.domain.dates import PartialDate
from app.domain.model import CommunicationEntry
from app.services import cases as case_service
from app.services import communications as log_service
from app.services.vault import Vault
from tests.conftest import PASSPHRASE


def _with_log(folder: Path) -> list[str]:
    vault = Vault.unlock(folder, PASSPHRASE)
    try:
        rows = case_service.list_cases(vault)
        first, second = rows[0].id, rows[1].id
        log_service.add_entry(vault, first, CommunicationEntry(kind="communication", date=PartialDate(2020, 6, 3),
                                                               reference="UA CHN 6/2020", mandates=["wgad"]))
        log_service.add_entry(vault, second, CommunicationEntry(kind="communication", date=PartialDate(2099, 1, 1),
                                                                reference="AL CHN 1/2099"))
        log_service.add_entry(vault, second, CommunicationEntry(kind="opinion", date=PartialDate(2098, 8, 31),
                                                                reference="1/2098"))
    finally:
        vault.lock()
    return [first, second]


def test_due_view_sorted_marked_and_opens_the_case(demo_folder: Path, unlocked: Any, qtbot: Any) -> None:
    first, second = _with_log(demo_folder)
    window = unlocked(demo_folder, editor_factory=True)
    assert window.due_action.shortcut() == QKeySequence("Ctrl+Shift+D")
    assert window.due_action in window.menuBar().actions()[2].menu().actions()  # View menu
    window.due_action.trigger()
    dialog = window._dialogs[-1]
    qtbot.waitUntil(lambda: dialog.table.rowCount() == 3, timeout=10_000)
    dues = [dialog.table.item(r, 0).text() for r in range(3)]
    assert dues == ["2020-08-02", "2099-02-28", "2099-03-02"]  # sorted; 31 August + 6 months = 28 February
    status = dialog.table.item(0, 1)
    assert status.text().startswith("Overdue by") and not status.icon().isNull()  # words and icon
    assert dialog.table.item(1, 1).text().startswith("In ")
    assert "1 overdue" in dialog.summary.text()

    dialog.filter.setCurrentIndex(dialog.filter.findData(-1))  # overdue only
    qtbot.waitUntil(lambda: dialog.table.rowCount() == 1, timeout=10_000)
    log_service.add_entry(window.session.vault, second, CommunicationEntry(
        kind="communication", date=PartialDate(2019, 1, 1), reference="UA CHN 1/2019"))
    dialog.refresh_btn.click()  # edits made meanwhile show after Refresh
    qtbot.waitUntil(lambda: dialog.table.rowCount() == 2, timeout=10_000)
    assert dialog.table.item(0, 4).text() == "UA CHN 1/2019"  # the older one first
    dialog.table.setCurrentCell(1, 0)
    rect = dialog.table.visualItemRect(dialog.table.item(1, 2))
    qtbot.mouseClick(dialog.table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    qtbot.mouseDClick(dialog.table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    editor = window.editor
    assert editor.case is not None and editor.case.id == first

    assert editor.stack.currentWidget() is editor.communications
    assert editor.communications.list.current() == 0
    QApplication.processEvents()
    window.lock_now()
    assert dialog not in window._dialogs
