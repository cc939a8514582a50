"""A row per running job: label, progress bar, Cancel."""

from __future__ import annotations

from PySide6.QtWidgets import QHBoxLayout, QLabel, QProgressBar, QPushButton, QWidget

from app.gui.workers import Worker


class JobRow(QWidget):
    def __init__(self, label: str, worker: Worker, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.worker = worker
        self.label = QLabel(label)
        self.bar = QProgressBar()
        self.bar.setRange(0, 0)
        self.bar.setAccessibleName(self.tr("Progress: %1").replace("%1", label))
        self.cancel = QPushButton(self.tr("Cancel"))
        self.cancel.setAccessibleName(self.tr("Cancel: %1").replace("%1", label))
        lay = QHBoxLayout(self)
        lay.setContentsMargins(0, 0, 0, 0)
        lay.addWidget(self.label)
        lay.addWidget(self.bar, 1)
        lay.addWidget(self.cancel)
        self.cancel.clicked.connect(self._cancel)
        worker.signals.progress.connect(self._progress)

    def _progress(self, done: int, total: int, _label: str) -> None:
        if total > 0:
            self.bar.setRange(0, 1000)
            self.bar.setValue(int(1000 * done / total))

    def _cancel(self) -> None:
        self.worker.cancel()
        self.cancel.setEnabled(False)
        self.label.setText(self.tr("Cancelling…"))
