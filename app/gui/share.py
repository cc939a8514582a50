"""File › Share…, Import bundle…, Identity and contacts…: sealed bundles in the desktop app.

Long work (sealing, checking, importing) runs in a :class:`~app.gui.workers.Worker` on its own vault
connection, with a progress bar and Cancel; dialogs are registered with the main window so locking
closes them.  See ``docs/bundles.md``.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QProgressBar,
    QVBoxLayout,
    QWidget,
)

from app import errors
from app.gui import dialogs
from app.gui.window_tasks import WindowTasks
from app.gui.messages import failure_text
from app.gui.security_dialogs import choose_open_file, choose_save_file
from app.gui.workers import Worker, start, with_vault
from app.services import bundle
from app.services import cases as case_service
from app.services import contacts as contact_service
from app.services.sharing import PROFILES


def exchange_failure(exc: BaseException) -> str:
    """The calm sentence for a bundle or contact failure (every one says whether anything was written)."""
    if isinstance(exc, errors.NotARecipient):
        return QCoreApplication.translate("Share", "This bundle is not sealed for this vault, or the bundle passphrase is wrong. "
                          "Nothing was imported.")
    if isinstance(exc, errors.UnknownSigner):
        return QCoreApplication.translate("Share", "This bundle is signed by someone who is not among your contacts. Nothing was imported.")
    if isinstance(exc, errors.BundleReplayed):
        return QCoreApplication.translate("Share", "This bundle was imported before, or is older than one already imported from the same "
                          "sender. Nothing was imported.")
    if isinstance(exc, errors.TamperDetected):
        return QCoreApplication.translate("Share", "This bundle was altered or damaged on its way: it failed its checks. Nothing was "
                          "imported. Ask the sender for a new copy.")
    if isinstance(exc, errors.ContactInvalid):
        return QCoreApplication.translate("Share", "This is not a usable contact card (a key is missing or damaged, it is your own, or "
                          "the contact is already there).")
    if isinstance(exc, errors.BundleTooLarge):
        return QCoreApplication.translate("Share", "A bundle sealed with a passphrase is limited to 512 MiB. Seal it for contacts instead.")
    return failure_text(exc)


def _profile_names() -> dict[str, str]:
    return {"full": QCoreApplication.translate("Share", "Full — my own team"),
            "partner": QCoreApplication.translate("Share", "Partner organisation — what consent allows"),
            "public": QCoreApplication.translate("Share", "Public — names only with consent, no evidence files")}


class ShareDialog(QDialog):
    """Choose cases, contacts (or a passphrase), a redaction profile; then seal with progress and Cancel.

    Emits ``succeeded(Created)`` or ``stopped(exc_or_None)``.
    """

    succeeded = Signal(object)
    stopped = Signal(object)

    def __init__(self, vault: Any, current_case: str | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.vault = vault
        self.worker: Worker | None = None
        self.setWindowTitle(self.tr("Share cases"))
        self.cases = QListWidget()
        self.cases.setAccessibleName(self.tr("Cases to share"))
        for row in case_service.list_cases(vault, limit=10_000):
            item = QListWidgetItem(f"{row.reference}  {row.title}".strip())
            item.setData(Qt.ItemDataRole.UserRole, row.id)
            item.setCheckState(Qt.CheckState.Checked if row.id == current_case else Qt.CheckState.Unchecked)
            self.cases.addItem(item)
        self.contacts = QListWidget()
        self.contacts.setAccessibleName(self.tr("Contacts to seal it for"))
        for c in contact_service.list_contacts(vault):
            label = c.name if c.verified else self.tr("%1 (not verified)").replace("%1", c.name)
            item = QListWidgetItem(label)
            item.setData(Qt.ItemDataRole.UserRole, c.id)
            item.setCheckState(Qt.CheckState.Unchecked)
            self.contacts.addItem(item)
        self.use_passphrase = QCheckBox(self.tr("Seal with a passphrase instead of contacts"))
        self.passphrase = QLineEdit()
        self.passphrase.setEchoMode(QLineEdit.EchoMode.Password)
        self.passphrase.setAccessibleName(self.tr("Bundle passphrase"))
        self.repeat = QLineEdit()
        self.repeat.setEchoMode(QLineEdit.EchoMode.Password)
        self.repeat.setAccessibleName(self.tr("Repeat the bundle passphrase"))
        self.profile = QComboBox()
        self.profile.setAccessibleName(self.tr("Redaction profile"))
        for key, name in _profile_names().items():
            self.profile.addItem(name, key)
        self.strip = QCheckBox(self.tr("Remove image metadata (EXIF, GPS, comments)"))
        self.profile.currentIndexChanged.connect(self._profile_changed)
        self.use_passphrase.toggled.connect(self._mode_changed)
        self.note = QLabel()
        self.note.setWordWrap(True)
        self.bar = QProgressBar()
        self.bar.setAccessibleName(self.tr("Sealing progress"))
        self.bar.hide()
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.share_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.share_button.setText(self.tr("Share…"))
        self.buttons.accepted.connect(self.ask_destination)
        self.buttons.rejected.connect(self.reject)
        form = QFormLayout()
        form.addRow(self.tr("Cases:"), self.cases)
        form.addRow(self.tr("For:"), self.contacts)
        form.addRow("", self.use_passphrase)
        form.addRow(self.tr("Passphrase:"), self.passphrase)
        form.addRow(self.tr("Repeat:"), self.repeat)
        form.addRow(self.tr("Profile:"), self.profile)
        form.addRow("", self.strip)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.note)
        layout.addWidget(self.bar)
        layout.addWidget(self.buttons)
        self.choose_file = choose_save_file
        self._profile_changed()
        self._mode_changed(False)

    # -- choices ---------------------------------------------------------------------------
    def _profile_changed(self, *_: Any) -> None:
        self.strip.setChecked(self.profile.currentData() != "full")

    def _mode_changed(self, on: bool) -> None:
        self.contacts.setEnabled(not on)
        self.passphrase.setEnabled(on)
        self.repeat.setEnabled(on)

    def _checked(self, widget: QListWidget) -> list[str]:
        return [widget.item(i).data(Qt.ItemDataRole.UserRole) for i in range(widget.count())
                if widget.item(i).checkState() == Qt.CheckState.Checked]

    def problem(self) -> str:
        """What stops sealing now ("" when nothing)."""
        if not self._checked(self.cases):
            return self.tr("Tick at least one case.")
        if self.use_passphrase.isChecked():
            if not self.passphrase.text():
                return self.tr("Type a passphrase for the bundle.")
            if self.passphrase.text() != self.repeat.text():
                return self.tr("The two passphrases differ.")
        elif not self._checked(self.contacts):
            return self.tr("Tick at least one contact, or seal with a passphrase.")
        return ""

    # -- sealing ---------------------------------------------------------------------------
    def ask_destination(self) -> None:
        problem = self.problem()
        if problem:
            self.note.setText(problem)
            return
        chosen = self.choose_file(self, self.tr("Save the bundle as"), "recourse-cases.age")
        if chosen:
            self.start_sealing(Path(chosen))

    def start_sealing(self, dest: Path) -> None:
        passphrase = self.passphrase.text() if self.use_passphrase.isChecked() else None
        kwargs: dict[str, Any] = {"contacts": [] if passphrase else self._checked(self.contacts), "passphrase": passphrase,
                  "profile": self.profile.currentData() or PROFILES[0], "strip_metadata": self.strip.isChecked()}
        self.worker = Worker(with_vault(self.vault, bundle.create), self._checked(self.cases), dest, **kwargs)
        self.worker.signals.progress.connect(self._progress)
        self.worker.signals.finished.connect(self._finished)
        self.worker.signals.failed.connect(self._failed)
        self.share_button.setEnabled(False)
        self.note.setText(self.tr("Sealing…"))
        self.bar.setRange(0, 0)
        self.bar.show()
        start(self.worker)

    def _progress(self, done: int, total: int, _label: str) -> None:
        if total > 0:
            scale = max(1, total // 1_000_000)
            self.bar.setRange(0, total // scale)
            self.bar.setValue(done // scale)

    def _finished(self, made: Any) -> None:
        self.worker = None
        self.passphrase.clear()
        self.repeat.clear()
        self.accept()
        self.succeeded.emit(made)

    def _failed(self, exc: BaseException) -> None:
        self.worker = None
        self.passphrase.clear()
        self.repeat.clear()
        super().reject()
        self.stopped.emit(None if isinstance(exc, errors.Cancelled) else exc)

    def reject(self) -> None:  # Cancel, Escape, locking: stop the sealing (no file is kept)
        if self.worker is not None:
            self.worker.cancel()
            self.note.setText(self.tr("Cancelling…"))
            return
        super().reject()


class ShareTasks(WindowTasks):
    """Share…, Import bundle…, Identity and contacts… for one main window."""

    shared = Signal(object)  # bundle.Created
    share_stopped = Signal(object)  # None when cancelled, else the exception
    imported = Signal(object)  # the ImportBundleDialog, after an import
    import_stopped = Signal(object)

    def __init__(self, window: Any) -> None:
        super().__init__(window)
        self.choose_bundle = choose_open_file

    def share(self) -> ShareDialog | None:
        vault = self._vault()
        if vault is None:
            return None
        dialog = ShareDialog(vault, self.window.current_case_id(), self.window)
        dialog.succeeded.connect(self._shared)
        dialog.stopped.connect(self._share_stopped)
        self._keep(dialog)
        dialog.open()
        return dialog

    def _shared(self, made: Any) -> None:
        dialogs.inform(self.window, self.tr("Share cases"),
                       self.tr("%1 case(s) and %2 evidence file(s) were sealed into %3. Send this file by any "
                               "channel: only the chosen recipients can open it.")
                       .replace("%1", str(len(made.cases))).replace("%2", str(made.evidence))
                       .replace("%3", Path(made.path).name))
        self.shared.emit(made)

    def _share_stopped(self, exc: BaseException | None) -> None:
        if exc is None:
            dialogs.inform(self.window, self.tr("Share cases"), self.tr("Cancelled: no file was kept."))
        else:
            dialogs.warn(self.window, self.tr("Share cases"), exchange_failure(exc))
        self.share_stopped.emit(exc)

    def import_bundle(self) -> QDialog | None:
        from app.gui.share_import import ImportBundleDialog

        vault = self._vault()
        if vault is None:
            return None
        chosen = self.choose_bundle(self.window, self.tr("Choose the bundle to import"))
        if not chosen:
            return None
        dialog = ImportBundleDialog(vault, Path(chosen), self.window)
        dialog.imported.connect(lambda _r: self.imported.emit(dialog))
        dialog.imported.connect(lambda _r: self.window._refresh_timer.start())
        dialog.stopped.connect(self.import_stopped.emit)
        self._keep(dialog)
        dialog.open()
        dialog.begin()
        return dialog

    def identity(self) -> QDialog | None:
        from app.gui.share_contacts import ContactsDialog

        vault = self._vault()
        if vault is None:
            return None
        dialog = ContactsDialog(vault, self.window)
        self._keep(dialog)
        dialog.open()
        return dialog
