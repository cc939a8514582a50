"""File › Import bundle…: check the bundle (signer, contents), import it, review what needs review.

Three steps in one dialog: (1) the bundle passphrase when it has one; (2) the check -- who signed it
(a verified contact, a contact not yet verified, or an unknown fingerprint) and which cases it holds,
nothing written; (3) the import and its report, with every conflict shown side by side and a choice
to keep ours or take theirs.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QProgressBar,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app import errors
from app.gui.bidi import cells_in_their_direction
from app.gui.share import exchange_failure
from app.gui.workers import Worker, start, with_vault
from app.services import bundle_import, bundle_read
from app.services.identity import short_fingerprint


class ImportBundleDialog(QDialog):
    imported = Signal(object)  # the import report
    stopped = Signal(object)  # None when cancelled, else the exception

    def __init__(self, vault: Any, path: Path, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.vault, self.path = vault, Path(path)
        self.worker: Worker | None = None
        self.staged: Any = None
        self.report: Any = None
        self.setWindowTitle(self.tr("Import bundle"))
        self.resize(640, 480)
        self.status = QLabel()
        self.status.setWordWrap(True)
        self.passphrase = QLineEdit()
        self.passphrase.setEchoMode(QLineEdit.EchoMode.Password)
        self.passphrase.setAccessibleName(self.tr("Bundle passphrase"))
        self.passphrase.hide()
        self.contents = QListWidget()
        self.contents.setAccessibleName(self.tr("Cases in the bundle"))
        self.trust = QCheckBox(self.tr("Import anyway: I trust this sender"))
        self.trust.hide()
        self.bar = QProgressBar()
        self.bar.setAccessibleName(self.tr("Import progress"))
        self.bar.setRange(0, 0)
        self.results = cells_in_their_direction(QTableWidget(0, 5))
        self.results.setHorizontalHeaderLabels([self.tr("Case"), self.tr("Result"), self.tr("Added"),
                                                self.tr("Updated"), self.tr("To review")])
        self.results.hide()
        self.conflicts = QListWidget()
        self.conflicts.setAccessibleName(self.tr("Conflicting edits"))
        self.conflicts.hide()
        self.keep_ours = QPushButton(self.tr("Keep ours"))
        self.take_theirs = QPushButton(self.tr("Take theirs"))
        self.keep_ours.clicked.connect(lambda: self.resolve("ours"))
        self.take_theirs.clicked.connect(lambda: self.resolve("theirs"))
        review = QHBoxLayout()
        review.addWidget(self.keep_ours)
        review.addWidget(self.take_theirs)
        for b in (self.keep_ours, self.take_theirs):
            b.hide()
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.go_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.go_button.setText(self.tr("Import"))
        self.go_button.setEnabled(False)
        self.buttons.accepted.connect(self.next_step)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        for w in (self.status, self.passphrase, self.contents, self.trust, self.bar, self.results, self.conflicts):
            layout.addWidget(w)
        layout.addLayout(review)
        layout.addWidget(self.buttons)

    # -- step 1 and 2: passphrase, check ------------------------------------------------------
    def begin(self) -> None:
        try:
            needs = bundle_read.needs_passphrase(self.path)
        except errors.RecourseError as exc:
            self._fail(exc)
            return
        if needs:
            self.status.setText(self.tr("This bundle is sealed with a passphrase. Type it to open the bundle."))
            self.passphrase.show()
            self.bar.hide()
            self.go_button.setText(self.tr("Open"))
            self.go_button.setEnabled(True)
            return
        self.check()

    def _bundle_passphrase(self) -> str | None:
        return self.passphrase.text() if self.passphrase.isVisible() or self.passphrase.text() else None

    def check(self) -> None:
        self.status.setText(self.tr("Checking the signature and every file…"))
        self.go_button.setEnabled(False)
        self.bar.show()
        self._run(bundle_read.read, self._checked, self.path, passphrase=self._bundle_passphrase())

    def _checked(self, staged: Any) -> None:
        self.staged = staged
        self.bar.hide()
        self.passphrase.hide()
        s = staged.signer
        who = {"verified": self.tr("Signed by %1, a verified contact."),
               "unverified": self.tr("Signed by %1, a contact you have NOT verified yet."),
               "self": self.tr("Made by this vault."),
               "unknown": self.tr("Signed by an UNKNOWN key, fingerprint %2. Compare it with the sender before "
                                  "importing.")}[s.status]
        self.status.setText(who.replace("%1", s.name).replace("%2", short_fingerprint(s.fingerprint)) + " "
                            + self.tr("Every file checks out; nothing has been written yet."))
        for case in staged.cases:
            self.contents.addItem(QListWidgetItem(f"{case.reference}  {case.title}".strip()))
        self.trust.setVisible(s.status == "unknown")
        self.trust.toggled.connect(lambda on: self.go_button.setEnabled(on))
        self.go_button.setText(self.tr("Import"))
        self.go_button.setEnabled(s.status != "unknown")

    # -- step 3: import, review ---------------------------------------------------------------
    def next_step(self) -> None:
        if self.report is not None:
            self.accept()
        elif self.staged is None:
            self.check()
        else:
            self.run_import()

    def run_import(self) -> None:
        self.status.setText(self.tr("Importing…"))
        self.go_button.setEnabled(False)
        self.bar.show()
        self._run(bundle_import.import_bundle, self._imported, self.path, passphrase=self._bundle_passphrase(),
                  allow_unknown_signer=self.trust.isChecked())

    def _imported(self, report: Any) -> None:
        self.report = report
        self.passphrase.clear()
        self.bar.hide()
        self.contents.hide()
        self.trust.hide()
        self.status.setText(self.tr("Imported. Evidence: %1 file(s) added, %2 already here.")
                            .replace("%1", str(report.evidence_added)).replace("%2", str(report.evidence_duplicates)))
        names = {"added": self.tr("added"), "updated": self.tr("updated"), "unchanged": self.tr("unchanged"),
                 "conflicts": self.tr("to review")}
        self.results.setRowCount(len(report.cases))
        for r, c in enumerate(report.cases):
            for col, text in enumerate((c.reference or c.case_id[:8], names[c.status], str(len(c.added)),
                                        str(len(c.updated)), str(len(c.conflicts)))):
                self.results.setItem(r, col, QTableWidgetItem(text))
        self.results.show()
        self._show_conflicts()
        self.go_button.setText(self.tr("Close"))
        self.go_button.setEnabled(True)
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).hide()
        self.imported.emit(report)

    def _show_conflicts(self) -> None:
        self.conflicts.clear()
        ids = {cid for c in self.report.cases for cid in c.conflicts}
        open_ = [c for c in bundle_import.conflicts(self.vault) if c.id in ids]
        for c in open_:
            text = self.tr("%1 — ours: %2 — theirs: %3").replace("%1", c.record) \
                .replace("%2", _short(c.ours)).replace("%3", _short(c.theirs))
            item = QListWidgetItem(text)
            item.setData(Qt.ItemDataRole.UserRole, c.id)
            self.conflicts.addItem(item)
        for w in (self.conflicts, self.keep_ours, self.take_theirs):
            w.setVisible(bool(open_))
        if open_:
            self.conflicts.setCurrentRow(0)

    def resolve(self, keep: str) -> None:
        item = self.conflicts.currentItem()
        if item is None:
            return
        try:
            bundle_import.resolve(self.vault, item.data(Qt.ItemDataRole.UserRole), keep)
        except errors.RecourseError as exc:
            self.status.setText(exchange_failure(exc))
            return
        self._show_conflicts()

    # -- plumbing ---------------------------------------------------------------------------
    def _run(self, fn: Any, done: Any, *args: Any, **kwargs: Any) -> None:
        self.worker = Worker(with_vault(self.vault, fn), *args, **kwargs)
        self.worker.signals.progress.connect(self._progress)
        self.worker.signals.finished.connect(lambda result: self._done(done, result))
        self.worker.signals.failed.connect(self._fail)
        start(self.worker)

    def _done(self, fn: Any, result: Any) -> None:
        self.worker = None
        fn(result)

    def _progress(self, done: int, total: int, _label: str) -> None:
        if total > 0:
            scale = max(1, total // 1_000_000)
            self.bar.setRange(0, total // scale)
            self.bar.setValue(done // scale)

    def _fail(self, exc: BaseException) -> None:
        self.worker = None
        self.bar.hide()
        if isinstance(exc, errors.NotARecipient) and self.passphrase.isVisible():
            self.passphrase.clear()
            self.status.setText(exchange_failure(exc))
            self.go_button.setEnabled(True)
            return
        self.passphrase.clear()
        self.status.setText(self.tr("Cancelled: nothing was imported.") if isinstance(exc, errors.Cancelled)
                            else exchange_failure(exc))
        self.go_button.setEnabled(False)
        self.stopped.emit(None if isinstance(exc, errors.Cancelled) else exc)

    def reject(self) -> None:
        if self.worker is not None:
            self.worker.cancel()
            self.status.setText(self.tr("Cancelling…"))
            return
        self.passphrase.clear()
        super().reject()


def _short(value: Any) -> str:
    text = value if isinstance(value, str) else json.dumps(value, ensure_ascii=False)
    return text if len(text) <= 80 else text[:79] + "…"
