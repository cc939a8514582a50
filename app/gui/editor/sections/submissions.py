"""Submissions: check, render (in a worker), preview in memory, save, history and tracking."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, QDateTime, QEvent, QLocale, Qt, QTimer, Signal
from PySide6.QtGui import QColor, QKeySequence, QPalette, QPixmap, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSplitter,
    QTabWidget,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.domain.model import Case
from app.domain.vocab import vocabulary
from app.domain.tracking import OUTCOMES, TRACKING_FIELDS, SubmissionRecord
from app.errors import Cancelled, NotFound, SubmissionBlocked
from app.gui.bidi import cells_in_their_direction
from app.gui.editor.binding import form_layout, scrolled
from app.gui.colors import error_color, hint_color
from app.gui.editor.widgets import ElidingCombo, ui_lang, wrapped
from app.gui.icons import status_icon
from app.gui.editor.jobs import JobRow
from app.gui.editor.preview import pdf_pages
from app.gui.editor.sections.base import Section, header
from app.gui.messages import failure_text, finding_text, form_name, outcome_label
from app.gui.workers import Worker, deliver, start, with_vault
from app.services.submission import FORMS, LANGUAGES
from app.services.submission import render as submission
from app.services.submission.checks import Finding
from app.services.submission.reprisals import concerned

BLOCKING_ROLE = Qt.ItemDataRole.UserRole + 1  # a finding's severity, to colour it again
HISTORY_COLUMNS = (
    "rendered_at",
    "form",
    "language",
    "draft",
    "sent_on",
    "un_reference",
    "reply_due",
    "outcome",
    "follow_up_due",
)


def history_cell(name: str, value: Any) -> str:
    """A submission-history value as the user reads it: names, not codes; local time, not UTC."""
    if name == "draft":
        return QCoreApplication.translate("SubmissionsSection", "draft") if value else ""
    if name == "form":
        return form_name(value)
    if name == "language":
        return vocabulary("language").label(value, ui_lang())
    if name == "outcome":
        return outcome_label(value) if value else ""
    if name == "rendered_at" and value:
        when = QDateTime.fromString(str(value).replace("Z", "+00:00"), Qt.DateFormat.ISODate)
        return QLocale().toString(when.toLocalTime(), QLocale.FormatType.ShortFormat) if when.isValid() else value
    return str(value)


class SubmissionsSection(Section):
    roots = ()  # no completeness mark: the Check button says what is missing
    checked = Signal(list)
    rendered_ready = Signal(object)
    render_failed = Signal(object)
    saved_files = Signal(str, str)

    def title(self) -> str:
        return self.tr("Submissions")

    def __init__(self, ctx, parent: QWidget | None = None) -> None:  # type: ignore[no-untyped-def]
        super().__init__(ctx, parent)
        self.save_first: Any = None
        self.focus_path: Any = None  # set by the editor
        self.rendered: submission.Rendered | None = None
        self.findings: list[Finding] = []
        self.worker: Worker | None = None
        self.job: JobRow | None = None
        self.form_combo = ElidingCombo()  # a form's name is long in some languages (Uyghur: 730 px)
        self.form_combo.short_chars = 24
        for f in FORMS:
            self.form_combo.addItem(form_name(f), f)
        self.form_combo.setAccessibleName(self.tr("Form"))
        self.lang_combo = QComboBox()
        for code, label in (
            ("en", self.tr("English")),
            ("fr", self.tr("French")),
            ("es", self.tr("Spanish")),
        ):
            if code in LANGUAGES:
                self.lang_combo.addItem(label, code)
        self.lang_combo.setAccessibleName(self.tr("Document language"))
        self.check_btn = QPushButton(self.tr("Check"))
        self.render_btn = QPushButton(self.tr("Render"))
        self.save_btn = QPushButton(self.tr("Save PDFs…"))
        self.save_btn.setEnabled(False)
        self.save_docx_btn = QPushButton(self.tr("Save DOCX…"))  # editable copies of the same documents
        self.save_docx_btn.setEnabled(False)
        self.render_btn.setEnabled(False)
        # what to make (form, then language: a form's name can be long), then what to do; one row
        # cut the form's name and the last buttons at 1024 px, in French most of all
        choose = QGridLayout()
        for row, (label, combo) in enumerate(((self.tr("Form"), self.form_combo),
                                              (self.tr("Language"), self.lang_combo))):
            lab = QLabel(label)
            lab.setBuddy(combo)
            choose.addWidget(lab, row, 0)
            choose.addWidget(combo, row, 1, Qt.AlignmentFlag.AlignLeft)
        choose.setColumnStretch(2, 1)
        act = QHBoxLayout()
        for b in (self.check_btn, self.render_btn, self.save_btn, self.save_docx_btn):
            act.addWidget(b)
        act.addStretch(1)
        top = QVBoxLayout()
        top.addLayout(choose)
        top.addLayout(act)
        # which victims this submission concerns: narrows the check, every per-victim section, the consent
        # section and the annex (the WGAD gets one questionnaire per ticked victim)
        self.victims_list = QListWidget()
        self.victims_list.setAccessibleName(self.tr("Victims in this submission"))
        self.victims_list.setMaximumHeight(96)
        wrapped(self.victims_list)
        self.victims_list.itemChanged.connect(lambda _it: self._reset_results())
        self.findings_list = QListWidget()
        self.findings_list.setAccessibleName(self.tr("Findings"))
        wrapped(self.findings_list)
        self.summary = QLabel(self.tr("Check the case against the form before rendering."))
        self.summary.setWordWrap(True)
        self.jobs_box = QVBoxLayout()
        self.status = QLabel()
        self.status.setWordWrap(True)
        left = QWidget()
        ll = QVBoxLayout(left)
        ll.setContentsMargins(0, 0, 0, 0)
        victims_label = QLabel(self.tr("Victims in this submission"))
        victims_label.setWordWrap(True)  # long in Uyghur: unwrapped it widened the pane past the window
        victims_label.setBuddy(self.victims_list)
        self.victims_label = victims_label
        ll.addWidget(victims_label)
        ll.addWidget(self.victims_list)
        ll.addWidget(self.summary)
        ll.addWidget(self.findings_list, 1)
        ll.addLayout(self.jobs_box)
        ll.addWidget(self.status)
        self.pages = QWidget()
        self.pages_layout = QVBoxLayout(self.pages)
        self.pages_layout.setAlignment(Qt.AlignmentFlag.AlignHCenter)
        self.page_labels: list[QLabel] = []
        self.pages_area = scrolled(self.pages)
        self.pages_area.setStyleSheet("QScrollArea { background: palette(dark); }")
        self.pages_area.setAccessibleName(self.tr("Document preview"))
        self.doc_switch = QComboBox()
        self.doc_switch.addItem(self.tr("Main document"), "main")
        self.doc_switch.addItem(self.tr("Confidential annex"), "annex")
        self.doc_switch.setAccessibleName(self.tr("Previewed document"))
        self.doc_switch.currentIndexChanged.connect(lambda _i: self._show_pages())
        self.pages_area.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOn)  # fit never loops
        self.zoom = QComboBox()  # fit to the pane's width, or a fixed scale of the A4 page
        self.zoom.addItem(self.tr("Fit width"), 0)
        for pct in (50, 75, 100, 125, 150, 200):
            self.zoom.addItem(f"{pct} %", pct)
        self.zoom.setAccessibleName(self.tr("Zoom"))
        self.zoom.currentIndexChanged.connect(lambda _i: self._show_pages())
        self._fit_timer = QTimer(self)
        self._fit_timer.setSingleShot(True)
        self._fit_timer.setInterval(200)
        self._fit_timer.timeout.connect(self._refit)
        self._shown_width = 0
        self.pages_area.viewport().installEventFilter(self)
        zoom_in = QShortcut(QKeySequence.StandardKey.ZoomIn, self.pages_area)
        zoom_in.activated.connect(lambda: self._step_zoom(1))
        zoom_out = QShortcut(QKeySequence.StandardKey.ZoomOut, self.pages_area)
        zoom_out.activated.connect(lambda: self._step_zoom(-1))
        right = QWidget()
        rl = QVBoxLayout(right)
        rl.setContentsMargins(0, 0, 0, 0)
        bar = QHBoxLayout()
        bar.addWidget(self.doc_switch, 1)
        bar.addWidget(self.zoom)
        rl.addLayout(bar)
        rl.addWidget(self.pages_area, 1)
        split = QSplitter(Qt.Orientation.Horizontal)
        split.addWidget(left)
        split.addWidget(right)
        split.setSizes([360, 700])
        # history and tracking
        self.history = cells_in_their_direction(QTableWidget(0, len(HISTORY_COLUMNS)))
        self.history.setHorizontalHeaderLabels(
            [
                self.tr("Rendered"),
                self.tr("Form"),
                self.tr("Lang."),
                self.tr("Draft"),
                self.tr("Sent on"),
                self.tr("UN reference"),
                self.tr("Reply due"),
                self.tr("Outcome"),
                self.tr("Follow-up due"),
            ]
        )
        self.history.setAccessibleName(self.tr("Submission history"))
        self.history.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.history.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.history.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.history.verticalHeader().hide()
        self.history.setTabKeyNavigation(False)
        hh = self.history.horizontalHeader()
        hh.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        hh.setSectionResizeMode(HISTORY_COLUMNS.index("form"), QHeaderView.ResizeMode.Stretch)
        self.history.setTextElideMode(Qt.TextElideMode.ElideMiddle)
        # the tracking form below shows these for the selected row: the table stays narrow enough
        # for a 1024 px window instead of scrolling sideways
        for name in ("draft", "un_reference", "reply_due"):
            self.history.setColumnHidden(HISTORY_COLUMNS.index(name), True)
        self.records: list[SubmissionRecord] = []
        self.track_edits: dict[str, Any] = {}
        track = QGroupBox(self.tr("Tracking of the selected submission"))
        tl = form_layout(track)
        labels = {
            "sent_on": self.tr("Sent on (YYYY-MM-DD)"),
            "channel": self.tr("Channel"),
            "un_reference": self.tr("UN reference"),
            "reply_due": self.tr("State reply due"),
            "comments_due": self.tr("Comments due"),
            "outcome": self.tr("Outcome"),
            "opinion_number": self.tr("Opinion number"),
            "opinion_date": self.tr("Opinion date"),
            "notes": self.tr("Notes"),
        }
        for name in TRACKING_FIELDS:
            if name == "outcome":
                w: Any = QComboBox()
                for o in OUTCOMES:
                    w.addItem(outcome_label(o) if o else "—", o)
            else:
                w = QLineEdit()
            w.setAccessibleName(labels[name])
            self.track_edits[name] = w
            tl.addRow(labels[name], w)
        self.follow_up = QLabel()
        tl.addRow(self.tr("Follow-up due"), self.follow_up)
        self.track_btn = QPushButton(self.tr("Save tracking"))
        tl.addRow("", self.track_btn)
        track.setEnabled(False)
        self.track_box = track
        # history and tracking on a page of their own, the table above its form at the full width:
        # side by side below the preview, both scrolled sideways at 1024 px
        bottom = QSplitter(Qt.Orientation.Vertical)
        bottom.setChildrenCollapsible(False)
        bottom.addWidget(self.history)
        bottom.addWidget(scrolled(track))
        bottom.setSizes([200, 400])
        self.pages_tabs = QTabWidget()
        self.pages_tabs.setDocumentMode(True)
        self.pages_tabs.addTab(split, self.tr("Check and render"))
        self.pages_tabs.addTab(bottom, self.tr("History and tracking"))
        lay = QVBoxLayout(self)
        lay.addWidget(
            header(
                self.title(),
                self.tr(
                    "Check the case, render the documents, preview them here, "
                    "then save them where you choose."
                ),
            )
        )
        lay.addLayout(top)
        lay.addWidget(self.pages_tabs, 1)
        self.check_btn.clicked.connect(self.run_check)
        self.render_btn.clicked.connect(self.start_render)
        self.save_btn.clicked.connect(self.save_pdfs)
        self.save_docx_btn.clicked.connect(self.save_docx)
        self.findings_list.itemActivated.connect(self._finding_clicked)
        self.findings_list.itemClicked.connect(self._finding_clicked)
        self.history.currentCellChanged.connect(lambda r, _c, _pr, _pc: self._select_record(r))
        self.track_btn.clicked.connect(self.save_tracking)
        self.form_combo.currentIndexChanged.connect(lambda _i: self._form_changed())
        self.lang_combo.currentIndexChanged.connect(lambda _i: self._reset_results())

    def form(self) -> str:
        return self.form_combo.currentData()

    def lang(self) -> str:
        return self.lang_combo.currentData()

    # -- lifecycle ------------------------------------------------------------------
    def person_ids(self) -> list[str] | None:
        """The ticked victims, or None when all are (the whole case)."""
        items = [self.victims_list.item(i) for i in range(self.victims_list.count())]
        ticked = [it.data(Qt.ItemDataRole.UserRole) for it in items if it.checkState() == Qt.CheckState.Checked]
        return None if len(ticked) == len(items) else ticked

    def _form_changed(self) -> None:
        """The reprisals form is about the persons its incidents concern, not the victims: list those."""
        self.victims_list.clear()
        self._fill_victims(self.ctx.case)
        self._reset_results()

    def _fill_victims(self, case: Case | None) -> None:
        keep = {self.victims_list.item(i).data(Qt.ItemDataRole.UserRole): self.victims_list.item(i).checkState()
                for i in range(self.victims_list.count())}
        reprisals = self.form() == "reprisals"
        label = self.tr("Persons concerned by the incidents") if reprisals else self.tr("Victims in this submission")
        self.victims_label.setText(label)
        self.victims_list.setAccessibleName(label)
        people = [] if case is None else \
            [p for pid in concerned(case) for p in [case.person(pid)] if p] if reprisals else case.victims()
        self.victims_list.blockSignals(True)
        self.victims_list.clear()
        for v in people:
            it = QListWidgetItem(v.display_name() or self.tr("(no name)"))
            it.setData(Qt.ItemDataRole.UserRole, v.id)
            it.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsUserCheckable)
            it.setCheckState(keep.get(v.id, Qt.CheckState.Checked))
            self.victims_list.addItem(it)
        self.victims_list.blockSignals(False)

    def load(self, case: Case | None) -> None:
        self.victims_list.clear()
        self._fill_victims(case)
        self._reset_results()
        if self.worker is not None:
            self.worker.cancel()
        self.refresh_history()
        self.check_btn.setEnabled(case is not None)

    def _reset_results(self) -> None:
        self.rendered = None
        self.findings = []
        self.findings_list.clear()
        self._clear_pages()
        self.render_btn.setEnabled(False)
        self.render_btn.setText(self.tr("Render"))
        self.save_btn.setEnabled(False)
        self.save_docx_btn.setEnabled(False)
        self.summary.setText(self.tr("Check the case against the form before rendering."))
        self.status.clear()

    def palette_changed(self) -> None:
        """Colour the findings for the background they are on (again, when the palette changes)."""
        on = (self.findings_list, QPalette.ColorRole.Base)
        for row in range(self.findings_list.count()):
            it = self.findings_list.item(row)
            blocking = it.data(BLOCKING_ROLE)
            if blocking is not None:
                it.setForeground(QColor(error_color(*on) if blocking else hint_color(*on)))

    def _clear_pages(self) -> None:
        for lab in self.page_labels:
            lab.clear()  # drop the page image (case content) now, not when deleteLater runs
            lab.hide()
            lab.deleteLater()
        self.page_labels = []

    # -- check -------------------------------------------------------------------------
    def run_check(self) -> list[Finding]:
        case = self.ctx.case
        if case is None:
            return []
        if self.save_first is not None and not self.save_first():
            self.summary.setText(self.tr("Fix the problems shown in the case first: it cannot be saved."))
            return []
        self._fill_victims(case)
        self._reset_results()
        findings = submission.check_case(self.ctx.session.vault, case.id, self.form(), self.person_ids())
        findings.sort(key=lambda f: 0 if f.blocking else 1)
        self.findings = findings
        for f in findings:
            # shape and a word, not only colour: an icon drawn by the app (no emoji font needed)
            word = self.tr("Must fix") if f.blocking else self.tr("Check")
            it = QListWidgetItem(status_icon("blocking" if f.blocking else "warning"),
                                 f"{word}: {finding_text(f)}")
            it.setData(Qt.ItemDataRole.UserRole, (f.path, f.item_id))
            it.setData(BLOCKING_ROLE, f.blocking)
            it.setToolTip(self.tr("Click to go to the field"))
            self.findings_list.addItem(it)
        self.palette_changed()
        if not findings:
            done = QListWidgetItem(status_icon("done"), self.tr("Nothing to fix for this form."))
            done.setFlags(Qt.ItemFlag.ItemIsEnabled)
            self.findings_list.addItem(done)
        blocking = sum(1 for f in findings if f.blocking)
        if blocking:
            self.summary.setText(
                self.tr(
                    "%1 blocking problem(s), %2 warning(s). Click one to go to the field. "
                    "You can still render a draft."
                )
                .replace("%1", str(blocking))
                .replace("%2", str(len(findings) - blocking))
            )
            self.render_btn.setText(self.tr("Render draft"))
        else:
            self.summary.setText(
                self.tr("Ready: no blocking problem, %1 warning(s).").replace("%1", str(len(findings)))
            )
            self.render_btn.setText(self.tr("Render"))
        self.render_btn.setEnabled(True)
        self.checked.emit(findings)
        return findings

    def _finding_clicked(self, it: QListWidgetItem) -> None:
        data = it.data(Qt.ItemDataRole.UserRole)
        if not data:
            return
        path, item_id = data
        if self.focus_path is not None:
            self.focus_path(path, item_id)

    # -- render --------------------------------------------------------------------------
    def start_render(self) -> Worker | None:
        case = self.ctx.case
        if case is None or self.worker is not None:
            return None
        draft = any(f.blocking for f in self.findings)
        worker = Worker(
            with_vault(self.ctx.session.vault, submission.render),
            case.id,
            self.form(),
            self.lang(),
            draft=draft,
            person_ids=self.person_ids(),
        )
        self.job = JobRow(self.tr("Rendering"), worker)
        self.jobs_box.addWidget(self.job)
        deliver(worker.signals.finished, self, self._rendered)
        deliver(worker.signals.failed, self, self._render_failed)
        self.worker = worker
        self.render_btn.setEnabled(False)
        return start(worker)

    def _end_job(self) -> None:
        self.worker = None
        if self.job is not None:
            self.job.hide()
            self.job.deleteLater()
            self.job = None
        self.render_btn.setEnabled(self.ctx.case is not None)

    def _rendered(self, rendered: Any) -> None:
        self._end_job()
        if self.ctx.case is None or rendered.record.case_id != self.ctx.case.id:
            return
        self.rendered = rendered
        self.save_btn.setEnabled(True)
        self.save_docx_btn.setEnabled(True)
        self.doc_switch.setCurrentIndex(0)
        self._show_pages()
        self.status.setText(
            self.tr("Rendered%1. Preview below; nothing is written until you save.").replace(
                "%1", self.tr(" (draft)") if rendered.record.draft else ""
            )
        )
        self.refresh_history()
        self.rendered_ready.emit(rendered)

    def _render_failed(self, exc: object) -> None:
        self._end_job()
        if isinstance(exc, Cancelled):
            self.status.setText(self.tr("Rendering cancelled."))
        elif isinstance(exc, SubmissionBlocked):
            self.status.setText(self.tr("Blocking problems remain: run Check again."))
        else:
            self.status.setText(self.tr("Rendering failed: %1").replace("%1", failure_text(exc)))
        self.render_failed.emit(exc)

    def _show_pages(self) -> None:
        self._clear_pages()
        if self.rendered is None:
            return
        data = self.rendered.main_pdf if self.doc_switch.currentData() == "main" else self.rendered.annex_pdf
        self._shown_width = self._page_width()
        for img in pdf_pages(data, width=self._shown_width):
            lab = QLabel()
            lab.setPixmap(QPixmap.fromImage(img))
            lab.setFixedSize(img.width() + 2, img.height() + 2)
            lab.setStyleSheet("border: 1px solid palette(shadow);")  # the page image is the paper
            self.pages_layout.addWidget(lab)
            self.page_labels.append(lab)

    def _page_width(self) -> int:
        """Pixels across a page: the pane's width (fit), or the zoom of an A4 page at 96 dpi."""
        pct = int(self.zoom.currentData() or 0)
        if pct:
            return max(100, int(794 * pct / 100))
        return max(200, self.pages_area.viewport().width() - 24)

    def _step_zoom(self, step: int) -> None:
        self.zoom.setCurrentIndex(min(max(self.zoom.currentIndex() + step, 0), self.zoom.count() - 1))

    def eventFilter(self, obj, event) -> bool:  # type: ignore[no-untyped-def]  # noqa: N802
        if obj is self.pages_area.viewport() and event.type() == QEvent.Type.Resize and self.page_labels:
            if not self.zoom.currentData():
                self._fit_timer.start()  # re-render once the pane stops changing size
        return super().eventFilter(obj, event)

    def _refit(self) -> None:
        if self.rendered is not None and abs(self._page_width() - self._shown_width) > 8:
            self._show_pages()

    def set_default_language(self, code: str) -> None:
        """The "Submission language" preference: the language offered first."""
        i = self.lang_combo.findData(code)
        if i >= 0:
            self.lang_combo.setCurrentIndex(i)

    # -- save ------------------------------------------------------------------------------
    def save_pdfs(self) -> bool:
        r = self.rendered
        case = self.ctx.case
        if r is None or case is None:
            return False
        base = f"{case.reference or 'case'}-{r.record.form}-{r.record.language}"
        main = self.ctx.dialogs.save_file(self, self.tr("Save the main document"), base + ".pdf")
        if not main:
            return False
        annex = self.ctx.dialogs.save_file(self, self.tr("Save the confidential annex"), base + "-annex.pdf")
        submission.save(self.ctx.session.vault, r, Path(main), Path(annex) if annex else None)
        self.status.setText(self.tr("Saved. Keep the confidential annex apart from the main document."))
        self.saved_files.emit(main, annex or "")
        return True

    def save_docx(self) -> Worker | None:
        """Editable Word copies of the rendered documents (the same text), written in a worker."""
        r = self.rendered
        case = self.ctx.case
        if r is None or case is None or self.worker is not None:
            return None
        base = f"{case.reference or 'case'}-{r.record.form}-{r.record.language}"
        main = self.ctx.dialogs.save_file(self, self.tr("Save the main document"), base + ".docx")
        if not main:
            return None
        annex = self.ctx.dialogs.save_file(self, self.tr("Save the confidential annex"), base + "-annex.docx")
        worker = Worker(with_vault(self.ctx.session.vault, submission.save), r, Path(main),
                        Path(annex) if annex else None, "docx")
        self.job = JobRow(self.tr("Saving"), worker)
        self.jobs_box.addWidget(self.job)
        deliver(worker.signals.finished, self, lambda _paths: self._saved(main, annex or ""))
        deliver(worker.signals.failed, self, self._save_failed)
        self.worker = worker
        self.render_btn.setEnabled(False)
        self.save_docx_btn.setEnabled(False)
        return start(worker)

    def _saved(self, main: str, annex: str) -> None:
        self._end_job()
        self.save_docx_btn.setEnabled(self.rendered is not None)
        self.status.setText(self.tr("Saved. Keep the confidential annex apart from the main document."))
        self.saved_files.emit(main, annex)

    def _save_failed(self, exc: object) -> None:
        self._end_job()
        self.save_docx_btn.setEnabled(self.rendered is not None)
        self.status.setText(failure_text(exc) if isinstance(exc, BaseException) else "")

    # -- history and tracking ----------------------------------------------------------------
    def refresh_history(self, select: str = "") -> None:
        case = self.ctx.case
        self.records = []
        if case is not None:
            try:
                self.records = submission.history(self.ctx.session.vault, case.id)
            except NotFound:  # a case not yet stored has no history
                self.records = []
        self.history.blockSignals(True)
        self.history.setRowCount(len(self.records))
        for r, rec in enumerate(self.records):
            for c, name in enumerate(HISTORY_COLUMNS):
                text = history_cell(name, getattr(rec, name))
                self.history.setItem(r, c, QTableWidgetItem(text))
        self.history.blockSignals(False)
        row = next((i for i, rec in enumerate(self.records) if rec.id == select), -1)
        if row >= 0:
            self.history.setCurrentCell(row, 0)
        self._select_record(self.history.currentRow())

    def _select_record(self, row: int) -> None:
        rec = self.records[row] if 0 <= row < len(self.records) else None
        self.track_box.setEnabled(rec is not None)
        for name, w in self.track_edits.items():
            value = getattr(rec, name) if rec else ""
            if isinstance(w, QComboBox):
                w.setCurrentIndex(max(0, w.findData(value)))
            else:
                w.setText(value)
        self.follow_up.setText(rec.follow_up_due if rec else "")

    def save_tracking(self) -> SubmissionRecord | None:
        row = self.history.currentRow()
        if not 0 <= row < len(self.records):
            return None
        rec = self.records[row]
        changes = {}
        for name, w in self.track_edits.items():
            value = w.currentData() if isinstance(w, QComboBox) else w.text().strip()
            if value != getattr(rec, name):
                changes[name] = value
        if not changes:
            return rec
        try:
            new = submission.track(self.ctx.session.vault, rec.id, **changes)
        except ValueError:
            self.ctx.dialogs.inform(
                self,
                self.tr("Tracking"),
                self.tr("Dates are written YYYY-MM-DD; the outcome must be one of the list."),
            )
            return None
        self.refresh_history(select=new.id)
        return new

    def focus(self, toks: list[str | int]) -> bool:
        self.pages_tabs.setCurrentIndex(0)
        self.form_combo.setFocus()
        return True

    def show_history(self) -> None:
        """The History and tracking page (a submission's due dates are there)."""
        self.pages_tabs.setCurrentIndex(1)
