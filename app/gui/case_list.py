"""The case list: a lazily loaded table model over ``cases.list_cases``, with filters.

Rows arrive in pages of :data:`PAGE` as the view scrolls (``canFetchMore`` /
``fetchMore``), so a vault of 100,000 cases opens as fast as one of ten.
Sorting re-queries the service (the database sorts), never a proxy model over
everything.  Locking calls :meth:`CaseTableModel.clear`, which drops every row.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from app.domain.vocab import label, vocabulary
from app.gui.bidi import cells_in_their_direction
from app.services import cases as case_service
from app.services.cases import CaseRow

PAGE = 200
MAX_PAGE = 5000  # deep scrolling fetches bigger pages: each OFFSET query may re-sort the table
Index = QModelIndex | QPersistentModelIndex
CaseIdRole = Qt.ItemDataRole.UserRole + 1


class CaseTableModel(QAbstractTableModel):
    COLUMNS = ("reference", "title", "status", "state", "updated")

    def __init__(self, parent: Any = None, lang: str = "en") -> None:
        super().__init__(parent)
        self.lang = lang
        self._vault: Any = None
        self._rows: list[CaseRow] = []
        self._total = 0
        self.sort_key = "updated"
        self.descending = True
        self.status: str | None = None
        self.tag: str | None = None
        self.headers = (self.tr("Reference"), self.tr("Title"), self.tr("Status"), self.tr("State"),
                        self.tr("Last update"))

    # -- data source ------------------------------------------------------------------------
    def set_vault(self, vault: Any) -> None:
        self._vault = vault
        self.reload()

    def clear(self) -> None:
        """Forget the vault and every row (locking)."""
        self.beginResetModel()
        self._vault = None
        self._rows = []
        self._total = 0
        self.endResetModel()

    def reload(self) -> None:
        self.beginResetModel()
        self._rows = []
        self._total = 0
        if self._vault is not None:
            self._total = case_service.count_cases(self._vault, status=self.status, tag=self.tag)
            self._rows = self._page(0)
        self.endResetModel()

    def _page(self, offset: int) -> list[CaseRow]:
        # Pages grow with depth (200, 200, 300, 450, ...) so reaching row 10,000 takes a dozen
        # queries, not fifty, while the first screen stays one small query.
        limit = max(PAGE, min(MAX_PAGE, offset // 2))
        return case_service.list_cases(self._vault, sort=self.sort_key, descending=self.descending,
                                       offset=offset, limit=limit, status=self.status, tag=self.tag)

    def set_filter(self, status: str | None, tag: str | None) -> None:
        self.status, self.tag = status or None, tag or None
        self.reload()

    @property
    def total(self) -> int:
        return self._total

    def case_id(self, row: int) -> str:
        return self._rows[row].id

    def row_of(self, case_id: str) -> int:
        return next((i for i, r in enumerate(self._rows) if r.id == case_id), -1)

    # -- Qt model ---------------------------------------------------------------------------
    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802,B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802,B008
        return 0 if parent.isValid() else len(self.COLUMNS)

    def canFetchMore(self, parent: Index = QModelIndex()) -> bool:  # noqa: N802,B008
        return not parent.isValid() and self._vault is not None and len(self._rows) < self._total

    def fetchMore(self, parent: Index = QModelIndex()) -> None:  # noqa: N802,B008
        if not self.canFetchMore(parent):
            return
        page = self._page(len(self._rows))
        if not page:
            self._total = len(self._rows)
            return
        self.beginInsertRows(QModelIndex(), len(self._rows), len(self._rows) + len(page) - 1)
        self._rows.extend(page)
        self.endInsertRows()

    def headerData(self, section: int, orientation: Qt.Orientation,  # noqa: N802
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self.headers[section]
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or index.row() >= len(self._rows):
            return None
        row = self._rows[index.row()]
        if role == CaseIdRole:
            return row.id
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            key = self.COLUMNS[index.column()]
            if key == "reference":
                return row.reference
            if key == "title":
                return row.title
            if key == "status":
                return label("case_status", row.status, self.lang)
            if key == "state":
                return label("country", row.state, self.lang) if row.state else ""
            return row.updated_at[:16].replace("T", " ")
        return None

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        self.sort_key = self.COLUMNS[column]
        self.descending = order == Qt.SortOrder.DescendingOrder
        self.reload()


class CaseListView(QWidget):
    """Filters (status, tag) above the lazily loaded, server-sorted table."""

    activated = Signal(str)  # case id

    def __init__(self, parent: QWidget | None = None, lang: str = "en") -> None:
        super().__init__(parent)
        self.lang = lang
        self.model = CaseTableModel(self, lang)
        self.table = cells_in_their_direction(QTableView())
        self.table.setAccessibleName(self.tr("Cases"))
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)
        self.table.setTabKeyNavigation(False)  # Tab leaves the table; arrows move between cases
        self.table.verticalHeader().hide()
        self.table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        header = self.table.horizontalHeader()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        header.setSortIndicatorShown(True)
        header.setSortIndicator(4, Qt.SortOrder.DescendingOrder)
        self.table.setSortingEnabled(True)  # after the indicator, so it does not sort twice
        fm = self.table.fontMetrics()
        pad = 4 * fm.averageCharWidth() + 16  # text margins and the sort arrow
        samples = ((0, "RC-2024-0000"), (2, "Ready to submit"), (3, "China"), (4, "0000-00-00 00:00"))
        for col, sample in samples:  # as wide as a typical value and as the column's title (French)
            header.resizeSection(col, max(fm.horizontalAdvance(sample) + pad,
                                          header.sectionSizeFromContents(col).width()))
        self.table.activated.connect(self._activated)

        self.status = QComboBox()
        self.status.setAccessibleName(self.tr("Filter by status"))
        self.tag = QComboBox()
        self.tag.setAccessibleName(self.tr("Filter by tag"))
        self.count = QLabel()
        self.count.setAccessibleName(self.tr("Number of cases"))
        status_label = QLabel(self.tr("S&tatus:"))
        status_label.setBuddy(self.status)
        tag_label = QLabel(self.tr("T&ag:"))
        tag_label.setBuddy(self.tag)
        filters = QHBoxLayout()
        filters.addWidget(status_label)
        filters.addWidget(self.status)
        filters.addWidget(tag_label)
        filters.addWidget(self.tag, 1)
        filters.addWidget(self.count)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(filters)
        layout.addWidget(self.table, 1)
        self._filters = filters
        self.compact = False
        self._fill_status()
        self.status.currentIndexChanged.connect(self._filter_changed)
        self.tag.currentIndexChanged.connect(self._filter_changed)
        self.model.modelReset.connect(self._update_count)

    def full_width(self) -> int:
        """The width the whole table needs: every column and its title, no sideways scrolling."""
        header = self.table.horizontalHeader()
        columns = sum(header.sectionSize(c) for c in range(self.model.columnCount()) if c != 1)
        title = header.sectionSizeFromContents(1).width()
        return columns + title + self.table.verticalScrollBar().sizeHint().width() + 2 * self.table.frameWidth()

    def compact_width(self) -> int:
        """The width the narrow list beside a case needs: the reference column and the title's
        title whole (a Uyghur "Title" was cut in the 150 px the list was allowed)."""
        header = self.table.horizontalHeader()
        return (header.sectionSize(0) + header.sectionSizeFromContents(1).width()
                + self.table.verticalScrollBar().sizeHint().width() + 2 * self.table.frameWidth())

    def set_compact(self, on: bool) -> None:
        """A narrow column beside an open case: reference and title only, no filters."""
        for col in range(2, self.model.columnCount()):
            self.table.setColumnHidden(col, on)
        for i in range(self._filters.count()):
            item = self._filters.itemAt(i)
            w = item.widget() if item is not None else None
            if w is not None:
                w.setVisible(not on)
        self.compact = on

    def _fill_status(self) -> None:
        self.status.blockSignals(True)
        self.status.clear()
        self.status.addItem(self.tr("All"), "")
        for term in vocabulary("case_status").terms:
            self.status.addItem(term.label(self.lang), term.code)
        self.status.blockSignals(False)

    def _fill_tags(self, vault: Any) -> None:
        self.tag.blockSignals(True)
        self.tag.clear()
        self.tag.addItem(self.tr("All"), "")
        if vault is not None:
            for tag, n in case_service.tags(vault):
                self.tag.addItem(f"{tag} ({n})", tag)
        self.tag.blockSignals(False)

    def set_vault(self, vault: Any) -> None:
        self._fill_tags(vault)
        self.model.set_vault(vault)

    def refresh(self, vault: Any) -> None:
        """After a save or delete: keep the filters and the selected case, re-read tags and rows."""
        current = self.current_case_id()
        tag = self.tag.currentData()
        self._fill_tags(vault)
        i = self.tag.findData(tag)
        self.tag.blockSignals(True)
        self.tag.setCurrentIndex(max(0, i))
        self.tag.blockSignals(False)
        self.model.tag = tag if i > 0 else None
        self.model.reload()
        row = self.model.row_of(current) if current else -1
        if row >= 0:
            self.table.setCurrentIndex(self.model.index(row, 0))

    def clear(self) -> None:
        self.model.clear()
        self._fill_tags(None)
        self.status.blockSignals(True)
        self.status.setCurrentIndex(0)
        self.status.blockSignals(False)
        self.count.clear()

    def set_status_filter(self, code: str) -> None:
        self.status.setCurrentIndex(max(0, self.status.findData(code)))

    def set_tag_filter(self, tag: str) -> None:
        self.tag.setCurrentIndex(max(0, self.tag.findData(tag)))

    def _filter_changed(self) -> None:
        self.model.set_filter(self.status.currentData() or None, self.tag.currentData() or None)

    def _update_count(self) -> None:
        n = self.model.total
        text = self.tr("1 case") if n == 1 else self.tr("%1 cases").replace("%1", f"{n:,}")
        self.count.setText(text if self.model._vault is not None else "")

    def _activated(self, index: QModelIndex) -> None:
        if index.isValid():
            self.activated.emit(self.model.case_id(index.row()))

    def current_case_id(self) -> str | None:
        index = self.table.currentIndex()
        return self.model.case_id(index.row()) if index.isValid() else None
