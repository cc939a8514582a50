"""The case editor: sections on the left, the chosen section on the right, saving in the background.

Edits change an in-memory copy of the case.  Saving (Ctrl+S, or 2 s after the
last edit) validates and stores the whole case in one transaction; problems
are shown beside the fields and nothing is half-written.  Nothing is ever
written to disk in plaintext.
"""

from __future__ import annotations

import copy
from datetime import datetime

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSizePolicy,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from app.domain.model import Case
from app.errors import NotFound, RecourseError, ValidationError
from app.gui.editor.binding import label_gaps
from app.gui.editor.context import Dialogs, EditorContext
from app.gui.editor.mnemonics import assign_mnemonics
from app.gui.colors import error_box_style, styled
from app.gui.icons import status_icon
from app.gui.messages import failure_text
from app.gui.editor.paths import normalise, tokens
from app.gui.editor.sections.base import Section
from app.gui.editor.sections.communications import CommunicationsSection
from app.gui.editor.sections.consent import ConsentSection
from app.gui.editor.sections.detention import DetentionSection
from app.gui.editor.sections.evidence import EvidenceSection
from app.gui.editor.sections.illtreatment import IllTreatmentSection
from app.gui.editor.sections.legal import LegalSection
from app.gui.editor.sections.organisations import OrganisationsSection
from app.gui.editor.sections.people import PeopleSection
from app.gui.editor.sections.proceedings import ProceedingsSection
from app.gui.editor.sections.remedies import RemediesSection
from app.gui.editor.sections.reprisals import ReprisalsSection
from app.gui.editor.sections.submissions import SubmissionsSection
from app.gui.editor.sections.summary import SummarySection
from app.gui.editor.sections.testimonies import TestimoniesSection
from app.gui.editor.messages import ITEM_KEPT_AS_DRAFT, KEPT_AS_DRAFT, UNREADABLE_DATE, describe_path, plain_message
from app.services import cases as case_service
from app.services import drafts as draft_service

AUTOSAVE_MS = 2000
# the number row, in order: Ctrl+1 … Ctrl+9, then Ctrl+0, Ctrl+- and Ctrl+= reach sections 10–12; the keys
# beside it, Ctrl+[ and Ctrl+], sections 13–14; Ctrl+Shift+1 … Ctrl+Shift+3 the sections after those
SECTION_KEYS = [f"Ctrl+{n}" for n in range(1, 10)] + ["Ctrl+0", "Ctrl+-", "Ctrl+=", "Ctrl+[", "Ctrl+]"] + \
    [f"Ctrl+Shift+{n}" for n in range(1, 4)]


class ElidedLabel(QLabel):
    """One line that ends with "…" when the room is short (the full text is its tooltip)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._full = ""
        self.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)

    def setText(self, text: str) -> None:  # noqa: N802
        self._full = text
        self.setToolTip(text)
        self._elide()

    def clear(self) -> None:
        self.setText("")

    def text(self) -> str:
        return self._full

    def resizeEvent(self, event) -> None:  # type: ignore[no-untyped-def]  # noqa: N802
        super().resizeEvent(event)
        self._elide()

    def _elide(self) -> None:
        shown = self.fontMetrics().elidedText(self._full, Qt.TextElideMode.ElideRight, max(self.width(), 20))
        if shown != super().text():
            super().setText(shown)


class CaseEditor(QWidget):
    """Edit one case of the unlocked vault.  ``saved(case_id)`` after every successful save."""

    saved = Signal(str)
    save_failed = Signal(list)  # [(path, message)]

    def __init__(self, session, parent: QWidget | None = None, *, dialogs: Dialogs | None = None) -> None:  # type: ignore[no-untyped-def]
        super().__init__(parent)
        self.session = session
        self.dialogs = dialogs or Dialogs()
        self.ctx = EditorContext(session, self.dialogs, self)
        self._dirty = False
        self._stored = False  # the case exists in the vault
        self.autosave = QTimer(self)
        self.autosave.setSingleShot(True)
        self.autosave.setInterval(AUTOSAVE_MS)
        self.autosave.timeout.connect(self._autosave)

        self.summary = SummarySection(self.ctx)
        self.people = PeopleSection(self.ctx)
        self.organisations = OrganisationsSection(self.ctx)
        self.detention = DetentionSection(self.ctx)
        self.proceedings = ProceedingsSection(self.ctx)
        self.ill_treatment = IllTreatmentSection(self.ctx)
        self.remedies = RemediesSection(self.ctx)
        self.legal = LegalSection(self.ctx)
        self.testimonies = TestimoniesSection(self.ctx)
        self.evidence = EvidenceSection(self.ctx)
        self.consent = ConsentSection(self.ctx)
        self.reprisals = ReprisalsSection(self.ctx)
        self.submissions = SubmissionsSection(self.ctx)
        self.communications = CommunicationsSection(self.ctx)
        self.sections: list[Section] = [
            self.summary,
            self.people,
            self.organisations,
            self.detention,
            self.proceedings,
            self.ill_treatment,
            self.remedies,
            self.legal,
            self.testimonies,
            self.evidence,
            self.consent,
            self.reprisals,
            self.submissions,
            self.communications,
        ]
        self.evidence.save_first = self._save_before_service
        self.submissions.save_first = self._save_before_service
        self.submissions.focus_path = self.focus_path

        self.nav = QListWidget()
        self.nav.setAccessibleName(self.tr("Sections"))
        self.stack = QStackedWidget()
        for s in self.sections:
            self.nav.addItem(QListWidgetItem(s.title()))
            self.stack.addWidget(s)
        self.nav.currentRowChanged.connect(self.stack.setCurrentIndex)
        widest = max(self.nav.fontMetrics().horizontalAdvance(s.title()) for s in self.sections)
        self.nav.setFixedWidth(min(widest + 40, 260))  # as wide as the longest section name

        self.heading = ElidedLabel()
        self.heading.setTextFormat(Qt.TextFormat.PlainText)
        self.heading.setStyleSheet("font-size: 15px; font-weight: bold;")
        self.status = QLabel()
        self.status.setAccessibleName(self.tr("Save status"))
        self.save_btn = QPushButton(self.tr("Save"))
        self.save_btn.setToolTip(self.tr("Save (Ctrl+S)"))
        self.save_btn.clicked.connect(self.save_now)
        self.problems = QListWidget()
        self.problems.setAccessibleName(self.tr("Problems preventing saving"))
        styled(self.problems, lambda: error_box_style("QListWidget"))
        self.problems.hide()
        self.problems.itemActivated.connect(self._problem_clicked)
        self.problems.itemClicked.connect(self._problem_clicked)

        bar = QHBoxLayout()
        bar.addWidget(self.heading, 1)
        bar.addWidget(self.status)
        bar.addWidget(self.save_btn)
        right = QWidget()
        rl = QVBoxLayout(right)
        rl.setContentsMargins(0, 0, 0, 0)
        rl.addLayout(bar)
        rl.addWidget(self.problems)
        rl.addWidget(self.stack, 1)
        # the section list keeps its fixed width and the form starts right beside it (a splitter
        # here left the list's share empty beside a fixed-width list: ~100 px of nothing)
        lay = QHBoxLayout(self)
        lay.setContentsMargins(4, 4, 4, 4)
        lay.addWidget(self.nav)
        lay.addWidget(right, 1)

        self._shortcut(QKeySequence.StandardKey.Save, self.save_now)
        for i, key in enumerate(SECTION_KEYS[: len(self.sections)]):
            self._shortcut(QKeySequence(key), lambda i=i: self.show_section(i, focus=True))
        self.marks = QTimer(self)  # completeness marks follow the edits, a moment later
        self.marks.setSingleShot(True)
        self.marks.setInterval(300)
        self.marks.timeout.connect(self.update_marks)
        self.update_marks()
        self._shortcut(
            QKeySequence("Ctrl+PgDown"),
            lambda: self.show_section((self.nav.currentRow() + 1) % len(self.sections), focus=True),
        )
        self._shortcut(
            QKeySequence("Ctrl+PgUp"),
            lambda: self.show_section((self.nav.currentRow() - 1) % len(self.sections), focus=True),
        )
        # Ctrl+L locks the vault (the shell); Ctrl+Shift+L marks the focused field confidential
        self._shortcut(QKeySequence("Ctrl+Shift+L"), self._toggle_focused_lock)

        for section in self.sections:
            assign_mnemonics(section)  # Alt+letter to each labelled field of the section shown
            label_gaps(section)  # a form too narrow for a row puts its label above, never cuts it
        self.ctx.edited.connect(self._edited)
        session.locking.connect(self._on_locking)
        self.nav.setCurrentRow(0)
        self.clear()

    def _shortcut(self, key, slot) -> None:  # type: ignore[no-untyped-def]
        sc = QShortcut(key, self)
        sc.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        sc.activated.connect(slot)

    # -- public API -------------------------------------------------------------------
    @property
    def case(self) -> Case | None:
        return self.ctx.case

    def open_case(self, case_id: str) -> bool:
        """Show a stored case.  The current one is saved first; if it cannot be saved the user is
        asked whether to discard the changes, and ``False`` is returned when they keep them."""
        if not self._leave_current():
            return False
        case = case_service.get_case(self.session.vault, case_id)
        self._show(case, stored=True)
        return True

    def new_case(self) -> Case | None:
        """Start a new case; it is stored at the first save (or autosave after the first edit)."""
        if not self._leave_current():
            return None
        case = Case()
        self._show(case, stored=False)
        self.show_section(0, focus=True)
        return case

    def _leave_current(self) -> bool:
        if not self._dirty or self.save_now():
            return True
        return self.dialogs.confirm(
            self,
            self.tr("Unsaved changes"),
            self.tr("This case cannot be saved until the problems shown are fixed. Discard the changes?"),
        )

    def clear(self) -> None:
        """Drop the case and empty every widget (on lock)."""
        self._forget_case()
        for s in self.sections:
            s.clear()
        self.ctx.refs_changed.emit()
        self.stack.setEnabled(False)
        if hasattr(self, "marks"):
            self.update_marks()

    def _forget_case(self) -> None:
        """Drop the case and its state; the sections' widgets are left to the caller (opening
        another case loads every section over them: emptying and disabling them first, only to
        fill and enable them again, took most of the time of opening a case)."""
        self.autosave.stop()
        self.evidence.cancel_jobs()
        if self.submissions.worker is not None:
            self.submissions.worker.cancel()
        self.ctx.case = None
        self.ctx.problems = {}
        self.ctx.invalid.clear()
        self.ctx.input_drafts = {}
        self.ctx.loaded_drafts = {}
        self._item_drafts: list[str] = []
        self._dirty = False
        self._stored = False
        self.heading.clear()
        self.status.clear()
        self.problems.clear()
        self.problems.hide()
        self.save_btn.setEnabled(False)
        if hasattr(self, "marks"):
            self.marks.stop()

    def has_unsaved_changes(self) -> bool:
        return self.ctx.case is not None and self._dirty

    def save_now(self) -> bool:
        """Store the case.  A value the rules refuse (and text no input could read) does not stop
        the rest: it is kept as an encrypted draft of its field, shown again, until fixed.  False
        (problems shown) only when the case could not be stored at all."""
        case = self.ctx.case
        self.autosave.stop()
        if case is None:
            return True
        to_store = copy.deepcopy(case)
        self._merge_stored_evidence(to_store)
        try:
            result = draft_service.save_keeping_drafts(self.session.vault, to_store, self.ctx.drafts_to_keep())
        except ValidationError as exc:
            self._show_problems(exc.problems)
            return False
        stored = result.stored
        for e in to_store.evidence:  # items attached meanwhile join the in-memory copy
            if case.evidence_item(e.id) is None:
                case.evidence.append(copy.deepcopy(e))
        case.created_at, case.updated_at = stored.created_at, stored.updated_at
        self._stored = True
        self._dirty = False
        self._item_drafts = self._item_paths(result.drafts)
        self._show_drafts(result.set_back)
        when = datetime.now().strftime("%H:%M:%S")
        if result.drafts:
            self.status.setText(
                self.tr("Saved %1 — %2 field(s) kept as a draft until fixed")
                .replace("%1", when).replace("%2", str(len(result.drafts)))
            )
        else:
            self.status.setText(self.tr("Saved %1").replace("%1", when))
        self._update_heading()
        self.saved.emit(case.id)
        self.session.case_saved.emit(case.id)
        return True

    def _show_drafts(self, set_back: list[tuple[str, str]]) -> None:
        """Problems of the fields kept as drafts (refused by the rules, or unreadable input)."""
        case = self.ctx.case
        problems = list(set_back)
        seen = {p for p, _m in problems}
        for key in self.ctx.input_drafts:
            path = draft_service.display_path(case, key) if case is not None else key
            if path is not None and path not in seen:
                problems.append((path, UNREADABLE_DATE))
        problems += [(p, ITEM_KEPT_AS_DRAFT) for p in self._item_drafts if p not in seen]
        self._show_problems(problems, blocking=False)

    def focus_path(self, path: str, item_id: str = "") -> bool:
        """Open the section showing *path* (a finding's or validation problem's) and focus its input."""
        toks = tokens(path)
        if not toks or self.ctx.case is None:
            return False
        if toks == ["consents"] and item_id:  # a victim without consent: their latest record, or a new one
            case = self.ctx.case
            idx = [i for i, c in enumerate(case.consents) if c.person_id == item_id]
            self.show_section(self.sections.index(self.consent))
            if idx:
                return self.consent.focus(["consents", idx[-1]])
            return self.consent.focus(["consents"])
        for i, s in enumerate(self.sections):
            if s.handles(toks):
                self.show_section(i)
                return s.focus(toks)
        return False

    def show_section(self, index: int, focus: bool = False) -> None:
        self.nav.setCurrentRow(index)
        if focus:
            self.nav.setFocus()

    # -- internals ----------------------------------------------------------------------------
    def resume(self, case: Case, drafts: dict[str, str]) -> None:
        """Show *case* with changes that are not stored yet (kept sealed across a lock when the save
        failed, ``app/services/pending.py``) and *drafts*, the text no input could read.  The case in
        memory is the newer one: the vault's drafts of it are not loaded over it."""
        try:
            case_service.get_case(self.session.vault, case.id)
            stored = True
        except NotFound:
            stored = False
        self._show(case, stored, drafts)  # the forms take back their drafts as they show them
        self._dirty = True
        self.status.setText(self.tr("The changes not saved before the lock are back. Not saved yet."))
        self.autosave.start()

    def _show(self, case: Case, stored: bool, drafts: dict[str, str] | None = None) -> None:
        self._forget_case()
        self.evidence.status.clear()
        if drafts is None:
            drafts = draft_service.load(self.session.vault, case.id, case) if stored else {}
        draft_service.restore_items(case, drafts)  # items set aside come back to be finished
        self.ctx.loaded_drafts = {k: v for k, v in drafts.items() if not k.startswith(draft_service.ITEM)}
        self.ctx.case = case
        self._item_drafts = self._item_paths(drafts)
        self._stored = stored
        self.ctx.refs_changed.emit()
        for s in self.sections:
            s.load(case)
        self.ctx.refs_changed.emit()
        self.stack.setEnabled(True)
        self.save_btn.setEnabled(True)
        self.update_marks()
        self._update_heading()
        self.status.setText(self.tr("Saved") if stored else self.tr("New case — not saved yet"))
        if drafts:
            paths = [draft_service.display_path(case, k) for k in drafts if not k.startswith(draft_service.ITEM)]
            self._show_drafts([(p, KEPT_AS_DRAFT) for p in paths if p is not None])
            self.status.setText(
                self.tr("%1 field(s) kept as a draft: fix them to store them").replace("%1", str(len(drafts)))
            )

    def _item_paths(self, drafts: dict[str, str]) -> list[str]:
        """Where the items kept as drafts are now in the editor's case (for the problems list)."""
        case = self.ctx.case
        keys = [k for k in drafts if k.startswith(draft_service.ITEM)]
        if case is None:
            return [k[len(draft_service.ITEM):] for k in keys]
        return [p for p in (draft_service.display_path(case, k) for k in keys) if p is not None]

    def _update_heading(self) -> None:
        case = self.ctx.case
        if case is None:
            self.heading.clear()
            return
        title = case.title or self.tr("Untitled case")
        self.heading.setText(f"{case.reference} — {title}" if case.reference else title)

    def update_marks(self) -> None:
        """The mark beside each section's name: complete, started, empty, or a problem in it."""
        case = self.ctx.case
        words = {"done": self.tr("complete"), "started": self.tr("started"), "empty": self.tr("empty"),
                 "blocking": self.tr("a problem to fix")}
        for i, section in enumerate(self.sections):
            it = self.nav.item(i)
            state = section.completeness(case) if case is not None else None
            if case is not None and any(section.handles(tokens(p)) for p in self.ctx.problems):
                state = "blocking"
            it.setIcon(status_icon(state) if state else status_icon("none"))
            key = QKeySequence(SECTION_KEYS[i]).toString(QKeySequence.SequenceFormat.NativeText) \
                if i < len(SECTION_KEYS) else ""
            tip = f"{section.title()} — {words[state]}" if state else section.title()
            it.setToolTip(f"{tip} ({key})" if key else tip)
            it.setData(Qt.ItemDataRole.AccessibleDescriptionRole, words.get(state or "", ""))

    def _edited(self) -> None:
        if self.ctx.case is None:
            return
        self.marks.start()
        self._dirty = True
        self.status.setText(self.tr("Unsaved changes"))
        self._update_heading()
        self.autosave.start()

    def _autosave(self) -> None:
        if not self._dirty:
            return
        try:
            self.save_now()
        except (RecourseError, OSError) as exc:  # a full disk: say so; the changes stay here, unsaved
            self.status.setText(self.tr("Not saved: %1").replace("%1", failure_text(exc)))

    def _save_before_service(self) -> bool:
        """Services read the stored case: store the in-memory one first (if needed)."""
        if self._dirty or not self._stored:
            return self.save_now()
        return True

    def _merge_stored_evidence(self, case: Case) -> None:
        """Evidence attached by a worker is in the vault before the editor hears of it; keep it."""
        if not self._stored:
            return
        try:
            stored = case_service.get_case(self.session.vault, case.id)
        except NotFound:
            return
        for e in stored.evidence:
            if case.evidence_item(e.id) is None:
                case.evidence.append(e)

    def _show_problems(self, problems: list[tuple[str, str]], *, blocking: bool = True) -> None:
        """List *problems* in plain words naming the field; clicking one takes you there."""
        self.ctx.problems = {normalise(p[0]): plain_message(p) for p in problems if p[0]}
        self.problems.clear()
        for problem in problems:
            path = problem[0]
            where = describe_path(self, path) if path else ""
            text = plain_message(problem)
            # an icon as well as the colour: must be fixed (not saved), or kept as a draft
            it = QListWidgetItem(status_icon("blocking" if blocking else "warning"),
                                 f"{where}: {text}" if where else text)
            it.setToolTip(self.tr("Click to go to this field"))
            it.setData(Qt.ItemDataRole.UserRole, path)
            self.problems.addItem(it)
        self.problems.setVisible(bool(problems))
        row = self.problems.sizeHintForRow(0) if problems else 0
        self.problems.setFixedHeight(min(len(problems), 4) * max(row, 16) + 8)
        if problems and blocking:
            self.status.setText(self.tr("Not saved: %1 problem(s) — click one to go to it")
                                .replace("%1", str(len(problems))))
            self.save_failed.emit(list(problems))
        for s in self.sections:
            s.mark()
        if hasattr(self, "marks"):
            self.update_marks()

    def _problem_clicked(self, it: QListWidgetItem) -> None:
        path = it.data(Qt.ItemDataRole.UserRole)
        if path:
            self.focus_path(path)

    def _toggle_focused_lock(self) -> None:
        """Ctrl+Shift+L: toggle the confidentiality padlock of the focused field."""
        from app.gui.editor.widgets import FieldLock

        w: QWidget | None = self.focusWidget()
        while w is not None and w is not self:
            parent = w.parentWidget()
            if parent is not None:
                locks = [c for c in parent.findChildren(FieldLock) if c.parentWidget() is parent]
                if len(locks) == 1:
                    locks[0].toggle()
                    return
            w = parent

    def _on_locking(self) -> None:
        """The vault is about to lock: store what can be stored, then forget everything."""
        if self._dirty:
            self.save_now()
        self.clear()
