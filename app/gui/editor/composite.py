"""Inputs for small value objects: places, contact details, legal provisions, identity documents."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Signal
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
        self.table = QTableWidget(0, len(columns))
        self.table.setHorizontalHeaderLabels([c[1] for c in columns])
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        header = self.table.horizontalHeader()
        need = 2 * self.table.frameWidth()
        stretched = [col for col, (name, _t) in enumerate(columns) if not name.startswith("vocab:")]
        for col, (name, _title) in enumerate(columns):
            if name.startswith("vocab:"):  # a column of combos is as wide as its longest label
                header.setSectionResizeMode(col, QHeaderView.ResizeMode.ResizeToContents)
        # the other columns share the rest equally: each at least as wide as the widest title
        widest = max((header.sectionSizeFromContents(col).width() for col in stretched), default=0)
        header.setMinimumSectionSize(max(header.minimumSectionSize(), widest))
        for col, (name, _title) in enumerate(columns):
            need += widest if col in stretched else max(
                widest, header.sectionSizeFromContents(col).width(),
                VocabCombo(name.split(":", 1)[1]).sizeHint().width())
        self.table.setMinimumWidth(need)  # every column title whole (a narrow form puts it below its label)
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

    def _fit_combos(self) -> None:
        """Columns of combos follow the combos just put in their cells (the header measured the
        column before they were there: "Lawyer's licence" showed in 36 px)."""
        for col, (name, _title) in enumerate(self.columns):
            if name.startswith("vocab:"):
                self.table.resizeColumnToContents(col)

    def add_row(self, values: list[str] | None = None) -> None:
        values = values if isinstance(values, list) else [""] * len(self.columns)
        self.table.blockSignals(True)
        row = self.table.rowCount()
        self.table.insertRow(row)
        for col, v in enumerate(values):
            self._cell(row, col, v)
        self.table.blockSignals(False)
        self._fit_combos()
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
        self._fit_combos()


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
