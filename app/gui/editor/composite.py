"""Inputs for small value objects: places, contact details, legal provisions, identity documents."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QEvent, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.domain.dates import PartialDate
from app.domain.model import Contact, IdentityDocument, LegalProvision, Place
from app.gui.bidi import cells_in_their_direction
from app.gui.editor.widgets import VocabCombo


class PlaceEdit(QWidget):
    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.country = VocabCombo("country", allow_empty=True)
        self.admin_area = QLineEdit()
        self.locality = QLineEdit()
        self.detail = QLineEdit()
        self.admin_area.setPlaceholderText(self.tr("province / region"))
        self.locality.setPlaceholderText(self.tr("city, county, township"))
        self.detail.setPlaceholderText(self.tr("address, facility, landmark"))
        lay = QGridLayout(self)
        lay.setContentsMargins(0, 0, 0, 0)
        lay.addWidget(self.country, 0, 0)
        lay.addWidget(self.admin_area, 0, 1)
        lay.addWidget(self.locality, 0, 2)
        lay.addWidget(self.detail, 1, 0, 1, 3)
        lay.setColumnStretch(1, 1)
        lay.setColumnStretch(2, 1)
        self.setFocusProxy(self.country)
        self.country.changed.connect(self.changed)
        for e in (self.admin_area, self.locality, self.detail):
            e.textEdited.connect(lambda _t: self.changed.emit())

    def setAccessibleName(self, name: str) -> None:
        super().setAccessibleName(name)
        self.country.setAccessibleName(self.tr("%1: country").replace("%1", name))
        self.admin_area.setAccessibleName(self.tr("%1: province or region").replace("%1", name))
        self.locality.setAccessibleName(self.tr("%1: locality").replace("%1", name))
        self.detail.setAccessibleName(self.tr("%1: detail").replace("%1", name))

    def value(self) -> Place:
        return Place(self.country.value(), self.admin_area.text(), self.locality.text(), self.detail.text())

    def setValue(self, p: Place | None) -> None:
        p = p or Place()
        self.country.setValue(p.country)
        self.admin_area.setText(p.admin_area)
        self.locality.setText(p.locality)
        self.detail.setText(p.detail)


class ContactEdit(QWidget):
    changed = Signal()
    FIELDS = ("email", "phone", "address", "other")

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        lay = QGridLayout(self)
        lay.setContentsMargins(0, 0, 0, 0)
        labels = (self.tr("E-mail"), self.tr("Phone"), self.tr("Address"), self.tr("Other (messengers)"))
        self.edits: dict[str, QLineEdit] = {}
        for i, (name, label) in enumerate(zip(self.FIELDS, labels)):
            e = QLineEdit()
            e.setPlaceholderText(label)
            e.setAccessibleName(label)
            e.textEdited.connect(lambda _t: self.changed.emit())
            lay.addWidget(e, i // 2, i % 2)
            self.edits[name] = e
        self.setFocusProxy(self.edits["email"])

    def value(self) -> Contact:
        return Contact(**{k: e.text() for k, e in self.edits.items()})

    def setValue(self, c: Contact | None) -> None:
        c = c or Contact()
        for k, e in self.edits.items():
            e.setText(getattr(c, k))


class RecordTable(QWidget):
    """A small editable table of records (rows), with Add / Remove buttons."""

    changed = Signal()

    def __init__(self, columns: list[tuple[str, str]], parent: QWidget | None = None, rows: int = 3) -> None:
        super().__init__(parent)
        self.columns = columns
        self.table = cells_in_their_direction(QTableWidget(0, len(columns)))
        self.table.setHorizontalHeaderLabels([c[1] for c in columns])
        # the columns share the table's width in _fit_columns (not QHeaderView.Stretch, which makes
        # every column as wide as the widest title: four Uyghur titles then needed 587 px)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        self.table.horizontalHeader().setMinimumSectionSize(1)
        self._combo_widths: dict[int, tuple[int, int]] = {}  # column of combos: (narrowest, whole)
        for col, (name, _title) in enumerate(columns):
            if name.startswith("vocab:"):
                probe = VocabCombo(name.split(":", 1)[1])
                self._combo_widths[col] = (probe.minimumSizeHint().width(), probe.sizeHint().width())
        self.table.viewport().installEventFilter(self)
        self.table.verticalHeader().hide()
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setTabKeyNavigation(False)
        self.table.setMaximumHeight(28 + rows * 28)
        self.table.itemChanged.connect(lambda _i: self.changed.emit())
        self.add = QPushButton(self.tr("Add"))
        self.remove = QPushButton(self.tr("Remove"))
        self.add.clicked.connect(self.add_row)
        self.remove.clicked.connect(self._remove)
        # the buttons under the table: beside it they took the width its column titles need
        buttons = QHBoxLayout()
        buttons.addWidget(self.add)
        buttons.addWidget(self.remove)
        buttons.addStretch(1)
        lay = QVBoxLayout(self)
        lay.setContentsMargins(0, 0, 0, 0)
        lay.setSpacing(2)
        lay.addWidget(self.table, 1)
        lay.addLayout(buttons)
        self.setFocusProxy(self.table)
        self._fit_columns()

    def setAccessibleName(self, name: str) -> None:
        super().setAccessibleName(name)
        self.table.setAccessibleName(name)
        self.add.setAccessibleName(self.tr("Add to %1").replace("%1", name))
        self.remove.setAccessibleName(self.tr("Remove from %1").replace("%1", name))

    def _cell(self, row: int, col: int, value: str) -> None:
        name = self.columns[col][0]
        if name.startswith("vocab:"):
            combo = VocabCombo(name.split(":", 1)[1])
            combo.setValue(value)
            combo.changed.connect(self.changed)
            self.table.setCellWidget(row, col, combo)
        else:
            self.table.setItem(row, col, QTableWidgetItem(value))

    def _column_widths(self) -> tuple[list[int], list[int]]:
        """Each column's narrowest width (its title whole; for a column of combos, a shortened
        entry too) and the width it would like: a combo's longest entry, or for the others the
        widest title (equal columns, as they were when the header stretched them)."""
        header = self.table.horizontalHeader()
        titles = [header.sectionSizeFromContents(col).width() for col in range(len(self.columns))]
        widest = max((t for col, t in enumerate(titles) if col not in self._combo_widths), default=0)
        least, like = [], []
        for col, title in enumerate(titles):
            if col in self._combo_widths:
                short, whole = self._combo_widths[col]
                for row in range(self.table.rowCount()):  # an unknown code kept is a longer entry
                    cell = self.table.cellWidget(row, col)
                    whole = max(whole, cell.sizeHint().width()) if cell is not None else whole
                least.append(max(title, short))
                like.append(max(title, whole))
            else:
                least.append(title)
                like.append(max(title, widest))
        return least, like

    def _fit_columns(self) -> None:
        """Share the table's width: every column its narrowest width, then towards the width it
        would like, in proportion while the room lasts; what is left goes to the text columns.
        Never narrower than a title, so no title is cut and nothing scrolls sideways."""
        least, like = self._column_widths()
        spare = self.table.viewport().width() - sum(least)
        wanted = sum(like) - sum(least)
        if spare >= wanted:
            widths = list(like)
            texts = [c for c in range(len(widths)) if c not in self._combo_widths] or list(range(len(widths)))
            for i, c in enumerate(texts):
                widths[c] += (spare - wanted) // len(texts) + (1 if i < (spare - wanted) % len(texts) else 0)
        else:
            widths = [lo + max(spare, 0) * (hi - lo) // max(wanted, 1) for lo, hi in zip(least, like)]
            widths[-1] += max(spare, 0) - (sum(widths) - sum(least))  # the pixels rounding left over
        header = self.table.horizontalHeader()
        for col, width in enumerate(widths):
            if header.sectionSize(col) != width:
                header.resizeSection(col, width)
        bar = self.table.verticalScrollBar().sizeHint().width()  # when the rows outgrow the table
        self.table.setMinimumWidth(sum(least) + 2 * self.table.frameWidth() + bar)

    def eventFilter(self, watched: Any, event: Any) -> bool:  # noqa: N802
        if watched is self.table.viewport() and event.type() == QEvent.Type.Resize:
            self._fit_columns()
        return super().eventFilter(watched, event)

    def add_row(self, values: list[str] | None = None) -> None:
        values = values if isinstance(values, list) else [""] * len(self.columns)
        self.table.blockSignals(True)
        row = self.table.rowCount()
        self.table.insertRow(row)
        for col, v in enumerate(values):
            self._cell(row, col, v)
        self.table.blockSignals(False)
        self._fit_columns()
        self.changed.emit()

    def _remove(self) -> None:
        row = self.table.currentRow()
        if row >= 0:
            self.table.removeRow(row)
            self.changed.emit()

    def rows(self) -> list[list[str]]:
        out = []
        for r in range(self.table.rowCount()):
            row = []
            for c in range(len(self.columns)):
                w: Any = self.table.cellWidget(r, c)  # one of this table's editors, each with value()
                if w is not None:
                    row.append(w.value())
                else:
                    it = self.table.item(r, c)
                    row.append(it.text() if it else "")
            out.append(row)
        return out

    def set_rows(self, rows: list[list[str]]) -> None:
        self.table.blockSignals(True)
        self.table.setRowCount(0)
        for r in rows:
            row = self.table.rowCount()
            self.table.insertRow(row)
            for c, v in enumerate(r):
                self._cell(row, c, v)
        self.table.blockSignals(False)
        self._fit_columns()


class ProvisionsEdit(RecordTable):
    """Laws and articles invoked (list of :class:`LegalProvision`)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__([("law", self.tr("Law")), ("articles", self.tr("Articles"))], parent)

    def value(self) -> list[LegalProvision]:
        return [LegalProvision(law, arts) for law, arts in self.rows() if law.strip() or arts.strip()]

    def setValue(self, items: list[LegalProvision]) -> None:
        self.set_rows([[p.law, p.articles] for p in items or []])


class IdentityDocsEdit(RecordTable):
    """Identity documents; an unparseable "issued on" date is shown and not stored."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(
            [
                ("vocab:identity_document", self.tr("Kind")),
                ("number", self.tr("Number")),
                ("issued_by", self.tr("Issued by")),
                ("issued_on", self.tr("Issued on")),
            ],
            parent,
        )
        self.note = QLabel()

    def value(self) -> list[IdentityDocument]:
        out = []
        for kind, number, by, on in self.rows():
            try:
                when = PartialDate.parse(on.strip()) if on.strip() else None
            except ValueError:
                when = None
            out.append(IdentityDocument(kind, number, by, when))
        return out

    def is_valid(self) -> bool:
        for *_rest, on in self.rows():
            try:
                if on.strip():
                    PartialDate.parse(on.strip())
            except ValueError:
                return False
        return True

    def setValue(self, items: list[IdentityDocument]) -> None:
        self.set_rows(
            [[d.kind, d.number, d.issued_by, str(d.issued_on) if d.issued_on else ""] for d in items or []]
        )
