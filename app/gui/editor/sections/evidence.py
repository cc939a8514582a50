"""Evidence: encrypted attachments with progress and cancel, in-memory previews, clean exports."""

from __future__ import annotations

import mimetypes
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QIcon, QPixmap
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QStackedWidget,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.domain import filenames
from app.domain.dates import PartialDate
from app.domain.model import Case, EvidenceItem
from app.errors import Cancelled
from app.gui.bidi import cells_in_their_direction
from app.gui.editor.binding import ItemForm, form_layout, scrolled, steady_scrollbars, text_box
from app.gui.editor.jobs import JobRow
from app.gui.editor.media import export_without_metadata, is_image
from app.gui.editor.preview import image_from_bytes, is_text, pdf_pages, text_from_bytes
from app.gui.editor.sections.base import Section, header
from app.gui.editor.widgets import PartialDateEdit, VocabCombo, lock_icon
from app.gui.messages import failure_text
from app.gui.workers import Worker, deliver, start, with_vault
from app.services import evidence as evidence_service
from app.services import media
from app.services.evidence import EvidenceMeta


def human_size(n: int) -> str:
    size = float(n)
    for unit in ("B", "KB", "MB", "GB"):
        if size < 1024 or unit == "GB":
            return f"{size:.0f} {unit}" if unit == "B" else f"{size:.1f} {unit}"
        size /= 1024
    return str(n)


class EvidenceForm(ItemForm):
    def __init__(self, ctx) -> None:  # type: ignore[no-untyped-def]
        super().__init__(ctx)
        lay = form_layout(self)
        lay.addRow(header(self.tr("About this file"), "", self.conf))
        self.add_fields(lay, [
            ("kind", VocabCombo("evidence_kind"), self.tr("Kind")),
            ("date", PartialDateEdit(), self.tr("Date created or obtained")),
            ("source", QLineEdit(), self.tr("Provided by")),
            ("description", text_box(3), self.tr("Description")),
        ])


PHOTO_READ_LIMIT = 64 * 1024 * 1024  # larger images are stored without reading their metadata first


class EvidenceSection(Section):
    roots = ("evidence",)
    attached = Signal(str)  # evidence id
    job_failed = Signal(object)
    preview_ready = Signal(str)
    exported = Signal(str)
    COLUMNS = ("file_name", "media_type", "size", "date", "sha256")

    def title(self) -> str:
        return self.tr("Evidence")

    def __init__(self, ctx, parent: QWidget | None = None) -> None:  # type: ignore[no-untyped-def]
        super().__init__(ctx, parent)
        self.save_first: Any = None  # set by the editor: stores the case before attaching
        self.worker_hook: Any = None  # called with each new worker before it starts (tests)
        self.jobs: list[JobRow] = []
        self.setAcceptDrops(True)
        self.table = cells_in_their_direction(QTableWidget(0, len(self.COLUMNS)))
        self.table.setHorizontalHeaderLabels(
            [self.tr("File"), self.tr("Type"), self.tr("Size"), self.tr("Date"), self.tr("SHA-256")]
        )
        self.table.setAccessibleName(self.tr("Evidence files"))
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.verticalHeader().hide()
        self.table.setTabKeyNavigation(False)
        hh = self.table.horizontalHeader()
        hh.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for c in (1, 2, 3):
            hh.setSectionResizeMode(c, QHeaderView.ResizeMode.ResizeToContents)
        hh.setSectionResizeMode(4, QHeaderView.ResizeMode.Interactive)
        self.table.setColumnWidth(4, 160)
        self.add_btn = QPushButton(self.tr("Add files…"))
        self.export_btn = QPushButton(self.tr("Export a copy…"))
        self.exact = QCheckBox(self.tr("Exact copy (keep metadata)"))
        self.exact.setToolTip(self.tr("By default, exported images lose their EXIF, GPS and comments."))
        self.remove_btn = QPushButton(self.tr("Remove (erase)…"))
        buttons = QVBoxLayout()  # two short rows: long labels (French) fit a narrow window
        row1, row2 = QHBoxLayout(), QHBoxLayout()
        row1.addWidget(self.add_btn)
        row1.addStretch(1)
        row1.addWidget(self.remove_btn)
        row2.addWidget(self.export_btn)
        row2.addWidget(self.exact)
        row2.addStretch(1)
        buttons.addLayout(row1)
        buttons.addLayout(row2)
        self.jobs_box = QVBoxLayout()
        self.status = QLabel()
        self.status.setWordWrap(True)
        self.form = EvidenceForm(ctx)
        self.form.edited.connect(self._meta_edited)
        # preview
        self.preview = QStackedWidget()
        self.preview_note = QLabel(self.tr("Select a file to preview it. Previews are made in memory."))
        self.preview_note.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.preview_note.setWordWrap(True)
        self.preview_image = QLabel()
        self.preview_image.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.preview_text = steady_scrollbars(QPlainTextEdit())
        self.preview_text.setReadOnly(True)
        self.preview_text.setAccessibleName(self.tr("Text preview"))
        self.preview.addWidget(self.preview_note)
        self.preview.addWidget(scrolled(self.preview_image))
        self.preview.addWidget(self.preview_text)
        files = QWidget()
        ll = QVBoxLayout(files)
        ll.setContentsMargins(0, 0, 0, 0)
        ll.addWidget(self.table, 1)
        ll.addLayout(buttons)
        ll.addLayout(self.jobs_box)
        ll.addWidget(self.status)
        # one column, like every list of items: the files, then the chosen file's form at the full
        # width (a long kind such as "Official document (notice, verdict…)" fits), then its preview
        split = QSplitter(Qt.Orientation.Vertical)
        split.setChildrenCollapsible(False)
        split.addWidget(files)
        split.addWidget(scrolled(self.form))
        split.addWidget(self.preview)
        split.setStretchFactor(0, 1)
        split.setStretchFactor(2, 2)
        split.setSizes([140, 270, 300])  # the form whole at 1280×800; the preview takes the rest
        lay = QVBoxLayout(self)
        lay.addWidget(
            header(
                self.title(),
                self.tr("Files are encrypted into the vault. Drop files here or use “Add files…”."),
            )
        )
        lay.addWidget(split, 1)
        self.add_btn.clicked.connect(self.choose_files)
        self.export_btn.clicked.connect(self.export_selected)
        self.remove_btn.clicked.connect(self.remove_selected)
        self.table.currentCellChanged.connect(lambda r, _c, _pr, _pc: self._select(r))
        self._preview_worker: Worker | None = None
        self._export_worker: Worker | None = None
        self._update_buttons()

    # -- list ----------------------------------------------------------------------
    def _items(self) -> list[EvidenceItem]:
        return self.ctx.case.evidence if self.ctx.case else []

    def load(self, case: Case | None) -> None:
        self.refresh()
        self.clear_preview()
        if case is None:
            self.cancel_jobs()
            self.status.clear()

    def refresh(self, select: int | None = None) -> None:
        items = self._items()
        self.table.blockSignals(True)
        self.table.setRowCount(len(items))
        for r, e in enumerate(items):
            values = (e.file_name, e.media_type, human_size(e.size), str(e.date or ""), e.sha256)
            for c, v in enumerate(values):
                cell = QTableWidgetItem(v)
                if c == 4:
                    cell.setToolTip(v)
                if e.confidential and c == 0:
                    cell.setIcon(lock_icon(True))
                    cell.setToolTip(self.tr("Confidential"))
                self.table.setItem(r, c, cell)
        self.table.blockSignals(False)
        row = select if select is not None else (0 if items else -1)
        if 0 <= row < len(items):
            self.table.setCurrentCell(row, 0)
            self._select(row, preview=select is not None)
        else:
            self._select(-1)
        self.add_btn.setEnabled(self.ctx.case is not None)

    def current(self) -> int:
        return self.table.currentRow()

    def _select(self, row: int, preview: bool = True) -> None:
        items = self._items()
        if 0 <= row < len(items):
            self.form.load(items[row], f"evidence[{row}]")
            if preview:
                self.show_preview(items[row])
        else:
            self.form.load(None, "")
            self.clear_preview()
        self._update_buttons()

    def _update_buttons(self) -> None:
        has = 0 <= self.table.currentRow() < len(self._items())
        self.export_btn.setEnabled(has)
        self.remove_btn.setEnabled(has)

    def _meta_edited(self) -> None:
        r = self.table.currentRow()
        items = self._items()
        if 0 <= r < len(items):
            e = items[r]
            date_cell, name_cell = self.table.item(r, 3), self.table.item(r, 0)
            if date_cell is not None and name_cell is not None:
                date_cell.setText(str(e.date or ""))
                name_cell.setIcon(lock_icon(True) if e.confidential else QIcon())
        self.edited.emit()

    # -- attach ----------------------------------------------------------------------
    def choose_files(self) -> None:
        files = self.ctx.dialogs.open_files(self, self.tr("Add evidence files"))
        if files:
            self.add_files([Path(f) for f in files])

    def dragEnterEvent(self, event: Any) -> None:
        if event.mimeData().hasUrls() and self.ctx.case is not None:
            event.acceptProposedAction()

    def dropEvent(self, event: Any) -> None:
        paths = [Path(u.toLocalFile()) for u in event.mimeData().urls() if u.isLocalFile()]
        if paths:
            self.add_files(paths)
            event.acceptProposedAction()

    def add_files(self, paths: list[Path]) -> list[Worker]:
        """Attach each file in its own worker; returns the workers (tests wait on them)."""
        case = self.ctx.case
        if case is None:
            return []
        if self.save_first is not None and not self.save_first():
            self.ctx.dialogs.inform(
                self,
                self.tr("Evidence"),
                self.tr("The case must be saved before files can be added. Fix the problems shown first."),
            )
            return []
        workers = []
        for path in paths:
            prepared = self._prepare(Path(path))
            if prepared is None:
                continue
            meta, content = prepared
            worker = Worker(
                with_vault(self.ctx.session.vault, evidence_service.attach), case.id, path, meta,
                content=content,
            )
            row = JobRow(path.name, worker)
            self.jobs.append(row)
            self.jobs_box.addWidget(row)
            deliver(worker.signals.finished, self, lambda item, r=row: self._attached(r, item))
            deliver(worker.signals.failed, self, lambda exc, r=row: self._failed(r, exc))
            if self.worker_hook is not None:
                self.worker_hook(worker)
            workers.append(start(worker))
        return workers

    def _prepare(self, path: Path) -> tuple[EvidenceMeta, bytes | None] | None:
        """What the file's type and a photo's own metadata say, before it is stored.

        Kind from the file type, date from the photo; a photo recording where (GPS) or with what
        it was taken is shown to the user, who keeps the original as evidence (the default: it is
        sealed and hashed; copies shared or exported are stripped) or stores a stripped copy.
        Returns (meta, bytes to store instead of the file, or None), or None when the file cannot
        be read at all (said in the status line)."""
        meta = EvidenceMeta()
        kind = media.guess_kind(path.name)
        if kind:
            meta.kind = kind
        if not mimetypes.guess_type(path.name)[0] or not str(mimetypes.guess_type(path.name)[0]).startswith("image/"):
            return meta, None
        try:
            if path.stat().st_size > PHOTO_READ_LIMIT:
                return meta, None
            data = path.read_bytes()
        except OSError:
            self.status.setText(self.tr("“%1” cannot be read (missing, a folder, or not allowed).")
                                .replace("%1", path.name))
            return None
        try:
            info = media.photo_metadata(data)
        except ValueError:
            self.ctx.dialogs.inform(self, self.tr("Evidence"), self.tr(
                "“%1” is named as an image but cannot be read as one. It is stored as it is; "
                "check that it is the file you meant.").replace("%1", path.name))
            return meta, None
        if info["taken"]:
            try:
                meta.date = PartialDate.parse(info["taken"])
            except ValueError:
                pass
        found = []
        if info["gps"]:
            found.append(self.tr("where it was taken (GPS %1, %2)")
                         .replace("%1", f"{info['gps'][0]:.5f}").replace("%2", f"{info['gps'][1]:.5f}"))
        if info["device"]:
            found.append(self.tr("the device (%1)").replace("%1", info["device"]))
        if info["taken"]:
            found.append(self.tr("when it was taken (%1)").replace("%1", info["taken"]))
        if not (info["gps"] or info["device"]):
            return meta, None
        keep = self.ctx.dialogs.confirm(self, self.tr("Photo metadata"), self.tr(
            "“%1” records %2.\n\nYes: keep the original as evidence (recommended) — it is sealed and "
            "hashed in the vault; copies you export or share are stripped of this metadata.\n"
            "No: store only a copy without this metadata.").replace("%1", path.name)
            .replace("%2", "; ".join(found)))
        self.last_photo_metadata = info
        if keep:
            return meta, None
        try:
            return meta, media.strip_image(data)
        except ValueError:
            self.ctx.dialogs.inform(self, self.tr("Evidence"), self.tr(
                "The metadata of “%1” cannot be removed (format not supported): the original is kept.")
                .replace("%1", path.name))
            return meta, None

    def _done(self, row: JobRow) -> None:
        if row in self.jobs:
            self.jobs.remove(row)
        row.hide()
        row.deleteLater()

    def _attached(self, row: JobRow, item: EvidenceItem) -> None:
        self._done(row)
        case = self.ctx.case
        if case is None or case.evidence_item(item.id) is not None:
            return
        case.evidence.append(item)
        self.refresh(select=len(case.evidence) - 1)
        self.ctx.refs_changed.emit()
        self.status.setText(self.tr("Added %1.").replace("%1", item.file_name))
        self.attached.emit(item.id)

    def _failed(self, row: JobRow, exc: object) -> None:
        self._done(row)
        if isinstance(exc, Cancelled):
            self.status.setText(self.tr("Cancelled: nothing was kept."))
        else:
            self.status.setText(self.tr("Could not add the file: %1").replace("%1", failure_text(exc)))
        self.job_failed.emit(exc)

    def cancel_jobs(self) -> None:
        for row in list(self.jobs):
            row.worker.cancel()

    def running(self) -> bool:
        return bool(self.jobs)

    # -- preview (memory only) ------------------------------------------------------
    def clear_preview(self) -> None:
        self.preview_image.clear()
        self.preview_text.clear()
        self.preview.setCurrentIndex(0)

    def show_preview(self, item: EvidenceItem) -> None:
        self.clear_preview()
        if not (
            is_image(item.media_type) or is_text(item.media_type) or item.media_type == "application/pdf"
        ):
            self.preview_note.setText(self.tr("No preview for this kind of file."))
            return
        self.preview_note.setText(self.tr("Decrypting for preview…"))
        worker = Worker(
            with_vault(self.ctx.session.vault, evidence_service.read_bytes), item.id, wants_progress=False
        )
        deliver(worker.signals.finished, self, lambda data, i=item: self._show_bytes(i, data))
        deliver(worker.signals.failed, self, 
            lambda _e: self.preview_note.setText(self.tr("The file cannot be read."))
        )
        self._preview_worker = start(worker)

    def _show_bytes(self, item: EvidenceItem, data: bytes) -> None:
        cur = self.table.currentRow()
        items = self._items()
        if not (0 <= cur < len(items)) or items[cur].id != item.id:
            return  # the selection moved on
        if is_image(item.media_type):
            img = image_from_bytes(data)
            if img.isNull():
                self.preview_note.setText(self.tr("This image cannot be shown."))
                return
            pix = QPixmap.fromImage(img)
            if pix.width() > 800:
                pix = pix.scaledToWidth(800, Qt.TransformationMode.SmoothTransformation)
            self.preview_image.setPixmap(pix)
            self.preview.setCurrentIndex(1)
        elif item.media_type == "application/pdf":
            try:
                pages = pdf_pages(data, max_pages=1, width=600)
            except Exception:  # noqa: BLE001 -- any PDF pdfium cannot read: no preview, no crash
                self.preview_note.setText(self.tr("This PDF cannot be shown."))
                return
            self.preview_image.setPixmap(QPixmap.fromImage(pages[0]))
            self.preview.setCurrentIndex(1)
        else:
            self.preview_text.setPlainText(text_from_bytes(data))
            self.preview.setCurrentIndex(2)
        del data
        self.preview_ready.emit(item.id)

    # -- export and remove ---------------------------------------------------------------
    def export_selected(self) -> Worker | None:
        r = self.table.currentRow()
        items = self._items()
        if not 0 <= r < len(items):
            return None
        item = items[r]
        # the offered name is never a path, a control character or a direction override
        dest = self.ctx.dialogs.save_file(self, self.tr("Export a copy"), filenames.clean(item.file_name))
        if not dest:
            return None
        vault = self.ctx.session.vault
        if self.exact.isChecked() or not is_image(item.media_type):
            fn = with_vault(vault, evidence_service.export_copy)
        else:
            fn = with_vault(vault, export_without_metadata)
        worker = Worker(fn, item.id, Path(dest))

        def exported(p: object) -> None:
            self.status.setText(self.tr("Exported."))
            self.exported.emit(str(p))

        def failed(e: BaseException) -> None:
            self.status.setText(self.tr("Export failed: %1").replace("%1", failure_text(e)))
            self.job_failed.emit(e)

        deliver(worker.signals.finished, self, exported)
        deliver(worker.signals.failed, self, failed)
        self._export_worker = start(worker)
        return worker

    def remove_selected(self) -> bool:
        r = self.table.currentRow()
        items = self._items()
        case = self.ctx.case
        if case is None or not 0 <= r < len(items):
            return False
        item = items[r]
        if not self.ctx.dialogs.confirm(
            self,
            self.tr("Remove evidence"),
            self.tr(
                "Erase “%1” from the vault? Its encrypted content is destroyed and cannot be recovered."
            ).replace("%1", item.file_name),
        ):
            return False
        if self.save_first is not None:
            self.save_first()
        evidence_service.remove(self.ctx.session.vault, case.id, item.id)
        case.evidence = [e for e in case.evidence if e.id != item.id]
        for c in case.consents:
            if c.evidence_id == item.id:
                c.evidence_id = ""
        self.refresh(select=min(r, len(case.evidence) - 1) if case.evidence else None)
        self.ctx.refs_changed.emit()
        self.status.setText(self.tr("Erased."))
        return True

    def focus(self, toks: list[str | int]) -> bool:
        if len(toks) > 1 and isinstance(toks[1], int) and toks[1] < len(self._items()):
            self.table.setCurrentCell(toks[1], 0)
            if not self.form.focus(toks[2:]):
                self.table.setFocus()
            return True
        self.table.setFocus()
        return True

    def mark(self) -> None:
        self.form.mark()
