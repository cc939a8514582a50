"""View › Figures across cases…: counts by dimension as a bar chart and a table, with filters
(disclosure profile, counting unit, tags, date range) and CSV / PDF export.

Counting runs in a :class:`~app.gui.workers.Worker` on its own vault connection (after an upgrade it
first builds the facts, with progress and Cancel).  What is counted, and why the public profile
counts a confidential value as unknown: ``docs/figures.md``.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, QRectF, QSize, Qt, QTimer, Signal
from PySide6.QtGui import QColor, QPainter, QPalette
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QProgressBar,
    QPushButton,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.domain.dates import PartialDate
from app.domain.figures import DIMENSIONS, MULTI, dimension_label
from app.errors import Cancelled
from app.gui import i18n
from app.gui.bidi import cells_in_their_direction
from app.gui.messages import failure_text
from app.gui.security_dialogs import choose_save_file
from app.gui.window_tasks import WindowTasks
from app.gui.workers import Worker, deliver, start, with_vault
from app.services import cases as case_service
from app.services import figures
from app.services.figures import export
from app.services.figures.report import LANGS

DEBOUNCE_MS = 200


def report_language() -> str:
    """The interface language if the report speaks it (Uyghur falls back to English)."""
    lang = i18n.current()
    return lang if lang in LANGS else "en"


class BarChart(QWidget):
    """Horizontal bars drawn with QPainter: a label, a bar and its count per row (labels in any
    script, laid out by Qt; right-to-left interfaces mirror the chart)."""

    ROW = 24

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.rows: list[tuple[str, int]] = []
        self.setAccessibleName(QCoreApplication.translate("Figures", "Chart"))
        self.setMinimumHeight(80)

    def set_rows(self, rows: list[tuple[str, int]]) -> None:
        self.rows = rows
        self.setMinimumHeight(max(80, self.ROW * len(rows) + 16))
        self.updateGeometry()
        self.update()

    def sizeHint(self) -> QSize:
        return QSize(480, max(80, self.ROW * len(self.rows) + 16))

    def paintEvent(self, _event: Any) -> None:
        p = QPainter(self)
        p.setRenderHint(QPainter.RenderHint.Antialiasing)
        pal = self.palette()
        p.fillRect(self.rect(), pal.color(QPalette.ColorRole.Base))
        if not self.rows:
            return
        fm = p.fontMetrics()
        rtl = self.layoutDirection() == Qt.LayoutDirection.RightToLeft
        width = self.width() - 16
        label_w = min(int(width * 0.42), max(fm.horizontalAdvance(t) for t, _ in self.rows) + 12)
        count_w = fm.horizontalAdvance(str(max(n for _, n in self.rows))) + 12
        bar_room = max(10, width - label_w - count_w)
        top = max(1, max(n for _, n in self.rows))
        bar = pal.color(QPalette.ColorRole.Highlight)
        text = pal.color(QPalette.ColorRole.Text)
        for i, (label, n) in enumerate(self.rows):
            y = 8 + i * self.ROW
            length = bar_room * n / top
            shown = fm.elidedText(label, Qt.TextElideMode.ElideRight, label_w - 12)
            if rtl:
                label_rect = QRectF(self.width() - 8 - label_w, y, label_w - 8, self.ROW)
                bar_rect = QRectF(self.width() - 8 - label_w - length, y + 4, length, self.ROW - 8)
                count_rect = QRectF(bar_rect.left() - count_w, y, count_w - 4, self.ROW)
                label_align = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
                count_align = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
            else:
                label_rect = QRectF(8, y, label_w - 8, self.ROW)
                bar_rect = QRectF(8 + label_w, y + 4, length, self.ROW - 8)
                count_rect = QRectF(bar_rect.right() + 4, y, count_w, self.ROW)
                label_align = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
                count_align = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter
            p.setPen(text)
            p.drawText(label_rect, int(label_align), shown)
            p.fillRect(bar_rect, QColor(bar))
            p.drawText(count_rect, int(count_align), str(n))
        p.end()


class FiguresDialog(QDialog):
    """Filters on top; dimensions on the left; the chart and the table of the chosen dimension."""

    computed = Signal(object)  # Figures, each time counts arrive
    exported = Signal(str)  # the path written

    def __init__(self, vault: Any, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.vault = vault
        self.lang = report_language()
        self.fig: figures.Figures | None = None
        self.worker: Worker | None = None
        self.export_worker: Worker | None = None
        self._generation = 0
        self.setWindowTitle(self.tr("Figures across cases"))
        self.resize(900, 620)

        self.profile = QComboBox()
        for code, text in (("public", self.tr("Public — only what may be published")),
                           ("partner", self.tr("Partner organisations")),
                           ("full", self.tr("Full — internal, not for publication"))):
            self.profile.addItem(text, code)
        self.unit = QComboBox()
        self.unit.addItem(self.tr("Victims (persons)"), "victims")
        self.unit.addItem(self.tr("Cases"), "cases")
        self.tags = QListWidget()
        self.tags.setAccessibleName(self.tr("Tags"))
        self.tags.setMaximumHeight(90)
        with_vault_tags = case_service.tags(vault)
        for tag, n in with_vault_tags:
            item = QListWidgetItem(f"{tag} ({n})")
            item.setData(Qt.ItemDataRole.UserRole, tag)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Unchecked)
            self.tags.addItem(item)
        self.date_from = QLineEdit()
        self.date_to = QLineEdit()
        for box in (self.date_from, self.date_to):
            box.setPlaceholderText(self.tr("YYYY, YYYY-MM or YYYY-MM-DD"))
        self.date_from.setAccessibleName(self.tr("From"))
        self.date_to.setAccessibleName(self.tr("To"))

        form = QFormLayout()
        form.addRow(self.tr("Disclosure profile"), self.profile)
        form.addRow(self.tr("Count"), self.unit)
        dates = QHBoxLayout()
        dates.addWidget(self.date_from)
        dates.addWidget(QLabel(self.tr("to")))
        dates.addWidget(self.date_to)
        form.addRow(self.tr("Deprivation of liberty began"), dates)
        form.addRow(self.tr("Only cases with every tag ticked"), self.tags)

        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.summary.setAccessibleName(self.tr("Summary"))
        self.bar = QProgressBar()
        self.bar.setVisible(False)
        self.dimensions = QListWidget()
        self.dimensions.setAccessibleName(self.tr("Count by"))
        for dim in DIMENSIONS:
            item = QListWidgetItem(dimension_label(dim, self.lang))
            item.setData(Qt.ItemDataRole.UserRole, dim)
            self.dimensions.addItem(item)
        self.dimensions.setCurrentRow(0)
        self.note = QLabel()
        self.note.setWordWrap(True)
        self.chart = BarChart()
        self.table = cells_in_their_direction(QTableWidget(0, 3))
        self.table.setHorizontalHeaderLabels([self.tr("Value"), self.tr("Count"), self.tr("Share of total")])
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().setVisible(False)
        self.table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        right = QWidget()
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(0, 0, 0, 0)
        right_layout.addWidget(self.note)
        right_layout.addWidget(self.chart, 3)
        right_layout.addWidget(self.table, 2)
        split = QSplitter()
        split.addWidget(self.dimensions)
        split.addWidget(right)
        split.setStretchFactor(1, 4)
        split.setSizes([250, 650])

        self.csv_button = QPushButton(self.tr("Export CSV…"))
        self.pdf_button = QPushButton(self.tr("Export PDF report…"))
        self.close_button = QPushButton(self.tr("Close"))
        self.csv_button.clicked.connect(lambda: self.export("csv"))
        self.pdf_button.clicked.connect(lambda: self.export("pdf"))
        self.close_button.clicked.connect(self.reject)
        buttons = QHBoxLayout()
        buttons.addWidget(self.csv_button)
        buttons.addWidget(self.pdf_button)
        buttons.addStretch(1)
        buttons.addWidget(self.close_button)

        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.summary)
        layout.addWidget(self.bar)
        layout.addWidget(split, 1)
        layout.addLayout(buttons)

        self.debounce = QTimer(self)
        self.debounce.setSingleShot(True)
        self.debounce.setInterval(DEBOUNCE_MS)
        self.debounce.timeout.connect(self.refresh)
        self.profile.currentIndexChanged.connect(lambda _i: self.debounce.start())
        self.unit.currentIndexChanged.connect(lambda _i: self.debounce.start())
        self.tags.itemChanged.connect(lambda _i: self.debounce.start())
        self.date_from.textChanged.connect(lambda _t: self.debounce.start())
        self.date_to.textChanged.connect(lambda _t: self.debounce.start())
        self.dimensions.currentRowChanged.connect(lambda _r: self.show_dimension())

    # -- the query --------------------------------------------------------------------------------
    def _date(self, box: QLineEdit) -> PartialDate | None | str:
        text = box.text().strip()
        if not text:
            return None
        try:
            return PartialDate.parse(text)
        except ValueError:
            return "bad"

    def query(self) -> figures.Query | None:
        """The filters as a query; None while a date cannot be read."""
        start, end = self._date(self.date_from), self._date(self.date_to)
        if isinstance(start, str) or isinstance(end, str):
            return None
        tags = tuple(self.tags.item(i).data(Qt.ItemDataRole.UserRole) for i in range(self.tags.count())
                     if self.tags.item(i).checkState() == Qt.CheckState.Checked)
        return figures.Query(tags=tags, date_from=start, date_to=end, profile=self.profile.currentData(),
                             unit=self.unit.currentData())

    def refresh(self) -> None:
        self.debounce.stop()
        q = self.query()
        if q is None or q.backwards:
            # no count for filters that cannot be read: the figures shown are not those of these filters
            self._generation += 1
            if self.worker is not None:
                self.worker.cancel()
                self.worker = None
            self.fig = None
            self.bar.setVisible(False)
            self._exports(False)
            self.show_dimension()
            self.summary.setText(self.tr("Write a date as YYYY, YYYY-MM or YYYY-MM-DD.") if q is None else
                                 self.tr("The first date is after the second: no deprivation of liberty can "
                                         "fall between them. Swap them?"))
            return
        self._generation += 1
        generation = self._generation
        if self.worker is not None:
            self.worker.cancel()
        worker = Worker(with_vault(self.vault, figures.compute), q)
        deliver(worker.signals.progress, self, self._progress)
        deliver(worker.signals.finished, self, lambda fig, g=generation: self._done(g, fig))
        deliver(worker.signals.failed, self, lambda exc, g=generation: self._failed(g, exc))
        self.worker = worker
        self.summary.setText(self.tr("Counting…"))
        start(worker)

    def _progress(self, done: int, total: int, _label: str) -> None:
        self.bar.setVisible(True)
        self.bar.setRange(0, max(total, 1))
        self.bar.setValue(done)
        self.summary.setText(self.tr("Preparing the figures of each case (%1 of %2)…")
                             .replace("%1", str(done)).replace("%2", str(total)))

    def _done(self, generation: int, fig: figures.Figures) -> None:
        if generation != self._generation:
            return
        self.worker = None
        self.bar.setVisible(False)
        self.fig = fig
        self._exports(True)
        q = fig.query
        if q.unit == "victims":
            text = self.tr("%1 victims — persons with the role victim or a deprivation of liberty on file.")
        else:
            text = self.tr("%1 cases with at least one victim; a case counts once under each value any of "
                           "its victims has.")
        if q.profile == "public":
            text += " " + self.tr("Only what may be published is counted: a confidential value counts as unknown.")
        self.summary.setText(text.replace("%1", str(fig.total)))
        self.show_dimension()
        self.computed.emit(fig)

    def _failed(self, generation: int, exc: BaseException) -> None:
        if generation != self._generation:
            return
        self.worker = None
        self.bar.setVisible(False)
        if isinstance(exc, Cancelled):
            self.summary.setText(self.tr("Counting was stopped."))
        else:
            self.summary.setText(failure_text(exc))

    def _exports(self, enabled: bool) -> None:
        self.csv_button.setEnabled(enabled)
        self.pdf_button.setEnabled(enabled)

    def current_dimension(self) -> str:
        item = self.dimensions.currentItem()
        return str(item.data(Qt.ItemDataRole.UserRole)) if item is not None else DIMENSIONS[0]

    def show_dimension(self) -> None:
        dim = self.current_dimension()
        self.note.setText(self.tr("A victim may count more than once here: the counts add up to more than "
                                  "the total.") if dim in MULTI else "")
        self.note.setVisible(dim in MULTI and self.fig is not None)  # no counts shown: nothing to explain
        rows = export.table(self.fig, dim, self.lang) if self.fig is not None else []
        self.chart.set_rows([(r.label, r.count) for r in rows])
        self.table.setRowCount(len(rows))
        for i, r in enumerate(rows):
            self.table.setItem(i, 0, QTableWidgetItem(r.label))
            for col, text in ((1, str(r.count)), (2, f"{r.percent:.1f} %")):
                cell = QTableWidgetItem(text)
                cell.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
                self.table.setItem(i, col, cell)

    # -- export ------------------------------------------------------------------------------------
    def export(self, kind: str) -> str | None:
        if self.fig is None:
            return None
        title = self.tr("Export figures as CSV") if kind == "csv" else self.tr("Export the figures report (PDF)")
        path = choose_save_file(self, title, f"figures-{self.fig.query.profile}.{kind}")
        if not path:
            return None
        self.start_export(kind, Path(path))
        return path

    def start_export(self, kind: str, dest: Path) -> None:
        assert self.fig is not None
        fn = export.save_csv if kind == "csv" else export.save_pdf
        worker = Worker(with_vault(self.vault, fn), self.fig, dest, self.lang, wants_progress=False)
        deliver(worker.signals.finished, self, lambda _r: self._exported(dest))
        deliver(worker.signals.failed, self, lambda exc: self.summary.setText(failure_text(exc)))
        self.export_worker = worker
        self.csv_button.setEnabled(False)
        self.pdf_button.setEnabled(False)
        start(worker)

    def _exported(self, dest: Path) -> None:
        self.export_worker = None
        self.csv_button.setEnabled(True)
        self.pdf_button.setEnabled(True)
        self.summary.setText(self.tr("Saved %1.").replace("%1", i18n.isolate(str(dest))))
        self.exported.emit(str(dest))

    def reject(self) -> None:  # Close, Escape, locking
        if self.worker is not None:
            self.worker.cancel()
        super().reject()


class FiguresTasks(WindowTasks):
    """View › Figures across cases…: one dialog at a time, closed when the vault locks."""

    delete_finished = True

    def open(self) -> FiguresDialog | None:
        vault = self._vault()
        if vault is None:
            return None
        if self.current is not None:
            self.current.raise_()
            return self.current  # type: ignore[return-value]
        dialog = FiguresDialog(vault, self.window)
        self._keep(dialog)
        dialog.show()
        dialog.refresh()
        return dialog
