"""Search: a debounced box backed by ``cases.search``, results with highlighted snippets.

The search runs on the thread pool with its own connection (``with_vault``);
answers to an older query, or arriving after the vault was locked, are dropped.
Snippets are user text: every piece is HTML-escaped before ``<b>`` marks the
matched spans.
"""

from __future__ import annotations

import html
from typing import Any

from PySide6.QtCore import (
    QAbstractListModel,
    QModelIndex,
    QPersistentModelIndex,
    QRectF,
    QSize,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import QAbstractTextDocumentLayout, QPalette, QTextDocument
from PySide6.QtWidgets import (
    QApplication,
    QLabel,
    QListView,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QVBoxLayout,
    QWidget,
)

from app.gui.workers import Worker, deliver, start, with_vault
from app.services import cases as case_service
from app.services.cases import SearchResult

DEBOUNCE_MS = 250
LIMIT = 100
HtmlRole = Qt.ItemDataRole.UserRole + 2
ResultRole = Qt.ItemDataRole.UserRole + 3
Index = QModelIndex | QPersistentModelIndex


def highlight_html(snippet: str, spans: tuple[tuple[int, int], ...] | list[tuple[int, int]]) -> str:
    """*snippet* HTML-escaped, with ``<b>`` around the (merged) *spans*."""
    merged: list[list[int]] = []
    for a, b in sorted((max(0, a), min(len(snippet), b)) for a, b in spans):
        if b <= a:
            continue
        if merged and a <= merged[-1][1]:
            merged[-1][1] = max(merged[-1][1], b)
        else:
            merged.append([a, b])
    out, pos = [], 0
    for a, b in merged:
        out.append(html.escape(snippet[pos:a]))
        out.append("<b>" + html.escape(snippet[a:b]) + "</b>")
        pos = b
    out.append(html.escape(snippet[pos:]))
    return "".join(out)


class SearchResultModel(QAbstractListModel):
    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._results: list[SearchResult] = []
        self.kinds = {
            "title": self.tr("title"), "reference": self.tr("reference"), "summary": self.tr("summary"),
            "narrative": self.tr("narrative"), "tags": self.tr("tags"), "name": self.tr("name"),
            "organisation": self.tr("organisation"), "testimony": self.tr("testimony"),
            "translation": self.tr("translation"), "evidence": self.tr("evidence"),
            "person": self.tr("person"), "arrest": self.tr("arrest"), "detention": self.tr("detention"),
            "proceedings": self.tr("proceedings"), "ill-treatment": self.tr("ill-treatment"),
            "deprivation": self.tr("deprivation of liberty"), "remedies": self.tr("remedies"),
            "legal": self.tr("legal analysis"), "consent": self.tr("consent"), "urgency": self.tr("urgency"),
            "case": self.tr("case"),
        }

    def set_results(self, results: list[SearchResult]) -> None:
        self.beginResetModel()
        self._results = list(results)
        self.endResetModel()

    def clear(self) -> None:
        self.set_results([])

    def result(self, row: int) -> SearchResult:
        return self._results[row]

    def kind_label(self, kind: str) -> str:
        return self.kinds.get(kind, kind)

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802,B008
        return 0 if parent.isValid() else len(self._results)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or index.row() >= len(self._results):
            return None
        r = self._results[index.row()]
        if role == ResultRole:
            return r
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            return f"{r.reference} — {r.title} ({self.kind_label(r.kind)}): {r.snippet}"
        if role == HtmlRole:
            section = self.kind_label(r.kind) + (" · " + self.tr("confidential") if r.confidential else "")
            return (f"<b>{html.escape(r.reference)}</b> — {html.escape(r.title)} "
                    f"<i>({html.escape(section)})</i><br>"
                    f"{highlight_html(r.snippet, r.spans)}")
        return None


class HtmlDelegate(QStyledItemDelegate):
    """Paints :data:`HtmlRole` rich text (already escaped) in list rows."""

    def _document(self, option: QStyleOptionViewItem, index: Index) -> QTextDocument:
        doc = QTextDocument()
        doc.setDefaultFont(option.font)
        doc.setHtml(index.data(HtmlRole) or "")
        doc.setTextWidth(max(50, option.rect.width() - 8))
        return doc

    def paint(self, painter: Any, option: QStyleOptionViewItem, index: Index) -> None:
        opt = QStyleOptionViewItem(option)
        self.initStyleOption(opt, index)
        doc = self._document(opt, index)
        opt.text = ""
        style = opt.widget.style() if opt.widget else QApplication.style()
        style.drawControl(QStyle.ControlElement.CE_ItemViewItem, opt, painter, opt.widget)
        ctx = QAbstractTextDocumentLayout.PaintContext()
        if opt.state & QStyle.StateFlag.State_Selected:
            selected_text = opt.palette.color(QPalette.ColorRole.HighlightedText)
            ctx.palette.setColor(QPalette.ColorRole.Text, selected_text)
        painter.save()
        painter.translate(opt.rect.left() + 4, opt.rect.top() + 2)
        painter.setClipRect(QRectF(0, 0, opt.rect.width() - 4, opt.rect.height() - 2))
        doc.documentLayout().draw(painter, ctx)
        painter.restore()

    def sizeHint(self, option: QStyleOptionViewItem, index: Index) -> QSize:  # noqa: N802
        opt = QStyleOptionViewItem(option)
        self.initStyleOption(opt, index)
        doc = self._document(opt, index)
        return QSize(int(doc.idealWidth()), int(doc.size().height()) + 4)


class SearchView(QWidget):
    """Results of the current query; :meth:`set_query` is debounced."""

    activated = Signal(str, str)  # case id, item id

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._vault: Any = None
        self._query = ""
        self._generation = 0
        self._workers: set[Worker] = set()
        self.debounce = QTimer(self)
        self.debounce.setSingleShot(True)
        self.debounce.setInterval(DEBOUNCE_MS)
        self.debounce.timeout.connect(self._run)
        self.model = SearchResultModel(self)
        self.list = QListView()
        self.list.setAccessibleName(self.tr("Search results"))
        self.list.setModel(self.model)
        self.list.setItemDelegate(HtmlDelegate(self.list))
        self.list.setWordWrap(True)
        self.list.setUniformItemSizes(False)
        self.list.setAlternatingRowColors(True)
        self.list.activated.connect(self._activated)
        self.summary = QLabel()
        self.summary.setAccessibleName(self.tr("Search summary"))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.summary)
        layout.addWidget(self.list, 1)

    def set_vault(self, vault: Any) -> None:
        self._vault = vault

    def set_query(self, text: str) -> None:
        self._query = text.strip()
        self._generation += 1
        if not self._query:
            self.debounce.stop()
            self.model.clear()
            self.summary.clear()
            return
        self.debounce.start()

    def run_now(self) -> None:
        self.debounce.stop()
        self._run()

    def _run(self) -> None:
        if self._vault is None or not self._query:
            return
        self._generation += 1
        generation = self._generation
        worker = Worker(with_vault(self._vault, case_service.search), self._query, limit=LIMIT,
                        wants_progress=False)
        deliver(worker.signals.finished, self, lambda results, g=generation, w=worker: self._done(g, w, results))
        deliver(worker.signals.failed, self, lambda exc, g=generation, w=worker: self._done(g, w, None))
        self._workers.add(worker)
        self.summary.setText(self.tr("Searching…"))
        start(worker)

    def _done(self, generation: int, worker: Worker, results: list[SearchResult] | None) -> None:
        self._workers.discard(worker)
        if generation != self._generation or self._vault is None:
            return  # an older query, or the vault was locked meanwhile
        if results is None:
            self.summary.setText(self.tr("The search failed. Try other words."))
            self.model.clear()
            return
        self.model.set_results(results)
        n = len(results)
        self.summary.setText(self.tr("No case matches.") if not n else self.tr("1 match") if n == 1
                             else self.tr("%1 matches").replace("%1", str(n)))

    @property
    def busy(self) -> bool:
        return bool(self._workers)

    def clear(self) -> None:
        """Locking: forget the vault, the query and every result."""
        self._vault = None
        self._query = ""
        self._generation += 1
        self.debounce.stop()
        self.model.clear()
        self.summary.clear()

    def _activated(self, index: QModelIndex) -> None:
        if index.isValid():
            r = self.model.result(index.row())
            self.activated.emit(r.case_id, r.item_id)
