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
    QDialog,
    QLabel,
    QProgressBar,
    QPushButton,
    QListView,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QVBoxLayout,
    QWidget,
)

from app.errors import Cancelled
from app.gui.workers import Worker, deliver, start, with_vault
from app.services import cases as case_service
from app.services import search as search_service
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
            "legal": self.tr("legal analysis"), "consent": self.tr("consent"),
            "communications": self.tr("communications log"), "urgency": self.tr("urgency"),
            "reprisal": self.tr("reprisal"), "case": self.tr("case"),
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
        section = self.kind_label(r.kind) + (" · " + self.tr("confidential") if r.confidential else "")
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            return f"{r.reference} — {r.title} ({section}): {r.snippet}"
        if role == HtmlRole:
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
        self._prepared: Worker | None = None  # the folding tables built ahead of the first search
        self._query = ""
        self._generation = 0
        self._workers: set[Worker] = set()
        self.rebuild: IndexRebuildDialog | None = None
        self.incomplete = ""  # what a cancelled or failed rebuild left to say beside every count
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
        self.summary.setWordWrap(True)  # the note on an incomplete index is a sentence
        self.summary.setAccessibleName(self.tr("Search summary"))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.summary)
        layout.addWidget(self.list, 1)

    def set_vault(self, vault: Any) -> None:
        self._vault = vault
        if vault is not None and self._prepared is None:  # the folding tables, once, off the GUI thread
            self._prepared = start(Worker(search_service.prepare, wants_progress=False))

    def ensure_index(self, parent: QWidget | None = None) -> "IndexRebuildDialog | None":
        """After unlocking: if the search index needs building (a vault from an earlier version),
        rebuild it in a worker behind a progress dialog with Cancel."""
        if self._vault is None or self.rebuild is not None or not search_service.pending_cases(self._vault):
            return None
        self.rebuild = IndexRebuildDialog(self._vault, parent or self)
        self.rebuild.finished.connect(self._rebuild_done)
        self.rebuild.start()
        self.rebuild.show()
        return self.rebuild

    def _rebuild_done(self, _code: int) -> None:
        dialog, self.rebuild = self.rebuild, None
        if dialog is not None and self._vault is not None:
            self.incomplete = dialog.outcome or ""
            self.summary.setText(self.incomplete)
        if dialog is not None:
            dialog.deleteLater()
        if self._query and self._vault is not None:
            self.run_now()

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
        count = (self.tr("No case matches.") if not n else self.tr("1 match") if n == 1
                 else self.tr("The first %1 matches: add a word to narrow the search.").replace("%1", str(n))
                 if n >= LIMIT else self.tr("%1 matches").replace("%1", str(n)))
        self.summary.setText(count + (" · " + self.incomplete if self.incomplete else ""))

    @property
    def busy(self) -> bool:
        return bool(self._workers)

    def clear(self) -> None:
        """Locking: forget the vault, the query and every result; stop a rebuild of the index."""
        if self.rebuild is not None:
            self.rebuild.reject()
        self._vault = None
        self.incomplete = ""
        self._query = ""
        self._generation += 1
        self.debounce.stop()
        self.model.clear()
        self.summary.clear()

    def _activated(self, index: QModelIndex) -> None:
        if index.isValid():
            r = self.model.result(index.row())
            self.activated.emit(r.case_id, r.item_id)


class IndexRebuildDialog(QDialog):
    """Progress of the search index rebuild after an upgrade (``services.search.rebuild_index``).

    Cancel stops between batches; what was indexed is kept and the rebuild carries on at the next
    unlock.  ``outcome`` is what the search summary should say afterwards (None: nothing to say).
    """

    def __init__(self, vault: Any, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Search index"))
        self.setModal(False)
        self.outcome: str | None = None
        self.last_progress = (0, 0)
        intro = QLabel(self.tr("This vault was made by an earlier version. Its search index is being rebuilt so "
                               "that names in pinyin, Traditional and Simplified Chinese, Uyghur in either script "
                               "and every section can be found."))
        intro.setWordWrap(True)
        self.label = QLabel(self.tr("Updating the search index"))
        self.bar = QProgressBar()
        self.bar.setAccessibleName(self.tr("Search index"))
        self.bar.setRange(0, 0)
        self.cancel_button = QPushButton(self.tr("Cancel"))
        self.cancel_button.clicked.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.label)
        layout.addWidget(self.bar)
        layout.addWidget(self.cancel_button)
        self.worker = Worker(with_vault(vault, search_service.rebuild_index))
        deliver(self.worker.signals.progress, self, self._progress)
        deliver(self.worker.signals.finished, self, lambda _n: self.accept())
        deliver(self.worker.signals.failed, self, self._failed)
        self.running = False

    def start(self) -> None:
        self.running = True
        start(self.worker)

    def _progress(self, done: int, total: int, _label: str) -> None:
        self.last_progress = (done, total)
        if total > 0:
            self.bar.setRange(0, total)
            self.bar.setValue(done)
            self.label.setText(self.tr("Indexing the cases for search (%1 of %2)…")
                               .replace("%1", str(done)).replace("%2", str(total)))

    def accept(self) -> None:
        self.running = False
        super().accept()

    def reject(self) -> None:  # Cancel, Escape, locking
        if self.running:
            self.worker.cancel()
            self.outcome = self.tr("Search results are incomplete until the index is rebuilt. It continues "
                                   "the next time the vault is unlocked.")
        self.running = False
        super().reject()

    def _failed(self, exc: BaseException) -> None:
        if self.running and not isinstance(exc, Cancelled):
            self.outcome = self.tr("The search index could not be rebuilt. Search results may be incomplete.")
        self.running = False
        super().reject()
