"""Due and overdue (View menu, Ctrl+Shift+D): what is expected and by when, across every case.

Rows come from :func:`app.services.communications.due` (read in a worker), earliest first. Overdue
rows say so in words and with an icon (never by colour alone); double-click or Enter opens the case
at the log entry (or at the Submissions section for a submission's own dates).
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.gui.bidi import cells_in_their_direction
from app.gui.icons import status_icon
from app.gui.messages import failure_text
from app.gui.workers import Worker, deliver, start, with_vault
from app.services import communications as log_service
from app.services.communications import DueRow

SOON_DAYS = 7  # rows due within a week carry the warning icon


def what_text(kind: str) -> str:
    texts = {
        "state-reply": QCoreApplication.translate("DueView", "Reply of the State to the communication"),
        "comments": QCoreApplication.translate("DueView", "Comments of the source on the State's reply"),
        "opinion-follow-up": QCoreApplication.translate("DueView", "Follow-up on the opinion"),
        "submission-reply": QCoreApplication.translate(
            "DueView", "Reply of the State (estimated from the date the submission was sent)"),
        "submission-comments": QCoreApplication.translate("DueView", "Comments of the source (submission history)"),
        "submission-follow-up": QCoreApplication.translate("DueView",
                                                           "Follow-up on the opinion (submission history)"),
    }
    return texts.get(kind, kind)


def status_text(days_left: int, estimated: bool) -> str:
    if days_left < 0:
        text = QCoreApplication.translate("DueView", "Overdue by %1 days").replace("%1", str(-days_left))
    elif days_left == 0:
        text = QCoreApplication.translate("DueView", "Due today")
    else:
        text = QCoreApplication.translate("DueView", "In %1 days").replace("%1", str(days_left))
    if estimated:
        text += " " + QCoreApplication.translate("DueView", "(estimate)")
    return text


class DueDialog(QDialog):
    open_requested = Signal(str, str)  # case id, path in the case ("" = its submissions)

    COLUMNS = 5

    def __init__(self, vault: Any, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.vault = vault
        self.rows: list[DueRow] = []
        self.worker: Worker | None = None
        self.setWindowTitle(self.tr("Due and overdue"))
        self.filter = QComboBox()
        self.filter.setAccessibleName(self.tr("Show"))
        for label, data in ((self.tr("Everything due"), None), (self.tr("Overdue only"), -1),
                            (self.tr("Due within 14 days"), 14), (self.tr("Due within 30 days"), 30)):
            self.filter.addItem(label, data)
        self.filter.currentIndexChanged.connect(lambda _i: self.refresh())
        self.summary = QLabel()
        self.summary.setAccessibleName(self.tr("Summary"))
        self.table = cells_in_their_direction(QTableWidget(0, self.COLUMNS))
        self.table.setHorizontalHeaderLabels([self.tr("Due"), self.tr("Status"), self.tr("Case"), self.tr("What"),
                                              self.tr("UN reference")])
        self.table.setAccessibleName(self.tr("Due and overdue items"))
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setTabKeyNavigation(False)
        self.table.verticalHeader().hide()
        head = self.table.horizontalHeader()
        head.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        head.setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)  # what is due: the rest of the width
        self.table.cellActivated.connect(lambda r, _c: self.open_row(r))
        self.table.cellDoubleClicked.connect(lambda r, _c: self.open_row(r))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.open_btn = buttons.addButton(self.tr("Open case"), QDialogButtonBox.ButtonRole.ActionRole)
        self.open_btn.clicked.connect(lambda: self.open_row(self.table.currentRow()))
        self.refresh_btn = buttons.addButton(self.tr("Refresh"), QDialogButtonBox.ButtonRole.ActionRole)
        self.refresh_btn.setToolTip(self.tr("Read the cases again (after editing a log entry)"))
        self.refresh_btn.clicked.connect(self.refresh)
        buttons.rejected.connect(self.reject)
        top = QHBoxLayout()
        show = QLabel(self.tr("&Show:"))
        show.setBuddy(self.filter)
        top.addWidget(show)
        top.addWidget(self.filter)
        top.addStretch(1)
        lay = QVBoxLayout(self)
        lay.addLayout(top)
        lay.addWidget(self.table, 1)
        lay.addWidget(self.summary)
        lay.addWidget(buttons)
        self.resize(900, 420)
        self.refresh()

    def refresh(self) -> None:
        choice = self.filter.currentData()
        overdue, within = (choice == -1), (choice if isinstance(choice, int) and choice >= 0 else None)
        self.summary.setText(self.tr("Reading the cases…"))
        worker = Worker(with_vault(self.vault, log_service.due), overdue_only=overdue, within=within)
        self.worker = worker
        deliver(worker.signals.finished, self, lambda rows, w=worker: self._show(w, rows))
        deliver(worker.signals.failed, self, lambda exc, w=worker: self._failed(w, exc))
        start(worker)

    def _failed(self, worker: Worker, exc: BaseException) -> None:
        if worker is self.worker:
            self.summary.setText(failure_text(exc))

    def _show(self, worker: Worker, rows: list[DueRow]) -> None:
        if worker is not self.worker:
            return  # an older refresh
        self.rows = rows
        self.table.setRowCount(len(rows))
        for r, row in enumerate(rows):
            status = QTableWidgetItem(status_text(row.days_left, row.item.estimated))
            if row.overdue:
                status.setIcon(status_icon("blocking"))
            elif row.days_left <= SOON_DAYS:
                status.setIcon(status_icon("warning"))
            case = QTableWidgetItem(row.case_reference)
            case.setToolTip(row.case_title)
            for c, item in enumerate((QTableWidgetItem(row.item.due.isoformat()), status, case,
                                      QTableWidgetItem(what_text(row.item.kind)),
                                      QTableWidgetItem(row.item.reference))):
                if row.overdue:
                    font = item.font()
                    font.setBold(True)
                    item.setFont(font)
                self.table.setItem(r, c, item)
        if rows:
            self.table.setCurrentCell(0, 0)
        overdue = sum(1 for r in rows if r.overdue)
        self.summary.setText(self.tr("%1 items, %2 overdue. Double-click or press Enter to open the case.")
                             .replace("%1", str(len(rows))).replace("%2", str(overdue)) if rows
                             else self.tr("Nothing is due."))
        self.open_btn.setEnabled(bool(rows))

    def open_row(self, r: int) -> None:
        if 0 <= r < len(self.rows):
            row = self.rows[r]
            self.open_requested.emit(row.item.case_id, row.path)
