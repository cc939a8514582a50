"""The first screens: create a vault, unlock a vault.

The slow Argon2id derivation runs on the thread pool with a busy indicator.
SQLite connections belong to their thread, so the worker never hands over a
database: creating returns the header and sub-keys (its connection is closed in
the worker) and unlocking returns the master key; the connection is then opened
here, on the UI thread.  Nothing here remembers a folder or a passphrase.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.errors import (
    EmptyPassphrase,
    TamperDetected,
    UnsupportedVersion,
    VaultCorrupted,
    VaultErased,
    VaultExists,
    VaultNotFound,
    WrongPassphrase,
)
from app.gui import dialogs
from app.gui.i18n import isolate
from app.gui.workers import Worker, start
from app.services import recovery
from app.services.passphrase import Strength, estimate
from app.services.vault import KdfParams, Vault, derive_master, inspect, read_vault_header


# --- error messages ---------------------------------------------------------------------------
def error_text(widget: QWidget, exc: BaseException) -> str:
    """Calm, translated words for what the core raised (never a stack trace, never content)."""
    if isinstance(exc, WrongPassphrase):
        return QCoreApplication.translate("Errors", "That passphrase did not open this vault. Check Caps "
                                                   "Lock and the keyboard layout.")
    if isinstance(exc, EmptyPassphrase):
        return QCoreApplication.translate("Errors", "Type a passphrase first.")
    if isinstance(exc, VaultErased):
        return QCoreApplication.translate("Errors", "This vault was erased after too many wrong passphrases. "
                                                   "Restore it from a backup.")
    if isinstance(exc, VaultNotFound):
        return QCoreApplication.translate("Errors", "There is no Recourse vault in this folder.")
    if isinstance(exc, VaultExists):
        return QCoreApplication.translate("Errors", "This folder is not empty. Choose an empty folder for a "
                                                   "new vault.")
    if isinstance(exc, TamperDetected):
        return QCoreApplication.translate("Errors", "This vault has been altered: its files do not match "
                                          "their checks. Do not use it; restore a backup and ask for help.")
    if isinstance(exc, VaultCorrupted):
        return QCoreApplication.translate("Errors", "This vault cannot be read: a file is damaged or "
                                                   "missing. Restore a backup.")
    if isinstance(exc, UnsupportedVersion):
        return QCoreApplication.translate("Errors", "This vault was made by a newer version of Recourse. "
                                                   "Update Recourse to open it.")
    if isinstance(exc, OSError):
        return QCoreApplication.translate("Errors", "The folder cannot be used (no permission, or the disk "
                                                   "is full).")
    return QCoreApplication.translate("Errors", "Something went wrong. Nothing was changed.")


def _passphrase_field(widget: QWidget, name: str) -> QLineEdit:
    edit = QLineEdit()
    edit.setEchoMode(QLineEdit.EchoMode.Password)
    edit.setAccessibleName(name)
    edit.setInputMethodHints(Qt.InputMethodHint.ImhSensitiveData | Qt.InputMethodHint.ImhNoPredictiveText
                             | Qt.InputMethodHint.ImhHiddenText)
    edit.setContextMenuPolicy(Qt.ContextMenuPolicy.NoContextMenu)
    return edit


def _create_vault(folder: Path, passphrase: str, kdf: KdfParams | None,
                  allow_weak_kdf: bool, with_recovery: bool = False) -> tuple[Any, Any, str | None]:
    """Worker: make the vault (with its recovery key in the same single step when asked: one
    Argon2id run, the same service call as ``recourse-cli init --recovery-key``), close its
    connection in this thread, hand back header, keys and the printable recovery key."""
    key: str | None = None
    if with_recovery:
        vault, printed = recovery.create_vault(folder, passphrase, kdf=kdf, allow_weak_kdf=allow_weak_kdf)
        key = printed[0]
    else:
        vault = Vault.create(folder, passphrase, kdf=kdf, allow_weak_kdf=allow_weak_kdf)
    header, keys = vault.header, vault.keys
    vault.lock()
    return header, keys, key


class CreateVaultScreen(QWidget):
    """First run: choose a passphrase (twice), see its strength, create the vault."""

    created = Signal(object)  # the unlocked Vault
    recovery_created = Signal(str)  # after created: the printable recovery key, to show once
    cancelled = Signal()
    restore_backup = Signal()

    def __init__(self, folder: Path, parent: QWidget | None = None, *, kdf: KdfParams | None = None,
                 allow_weak_kdf: bool = False) -> None:
        super().__init__(parent)
        self.folder = Path(folder)
        self.kdf = kdf  # tests inject small parameters; None calibrates to ~1 s
        self.allow_weak_kdf = allow_weak_kdf
        self.worker: Worker | None = None

        title = QLabel(self.tr("<h2>Create your vault</h2>"))
        intro = QLabel(self.tr("Recourse keeps your case files encrypted in one folder on this computer. "
                               "Choose a passphrase to protect it."))
        intro.setWordWrap(True)
        self.folder_label = QLabel()
        self.folder_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.folder_label.setWordWrap(True)
        self.choose = QPushButton(self.tr("C&hoose folder…"))
        self.choose.setAccessibleName(self.tr("Choose the folder of the new vault"))
        self.choose.clicked.connect(self._choose_folder)
        folder_row = QHBoxLayout()
        folder_row.addWidget(self.folder_label, 1)
        folder_row.addWidget(self.choose)

        self.passphrase = _passphrase_field(self, self.tr("New passphrase"))
        self.confirm = _passphrase_field(self, self.tr("Repeat the passphrase"))
        self.meter = QProgressBar()
        self.meter.setRange(0, 4)
        self.meter.setTextVisible(False)
        self.meter.setMaximumHeight(8)
        self.meter.setAccessibleName(self.tr("Passphrase strength"))
        self.strength_label = QLabel()
        self.strength_label.setWordWrap(True)
        self.match_label = QLabel()

        form = QFormLayout()
        p_label = QLabel(self.tr("&Passphrase:"))
        p_label.setBuddy(self.passphrase)
        c_label = QLabel(self.tr("&Repeat:"))
        c_label.setBuddy(self.confirm)
        form.addRow(self.tr("Folder:"), folder_row)
        form.addRow(p_label, self.passphrase)
        form.addRow("", self.meter)
        form.addRow("", self.strength_label)
        form.addRow(c_label, self.confirm)
        form.addRow("", self.match_label)

        self.warning = QLabel(self.tr(
            "<b>If you lose this passphrase, your cases are lost.</b> Nobody can recover it: not "
            "the Recourse developers, not your organisation, not anyone who takes this computer. "
            "Write it down and keep it somewhere safe, away from this computer, and make backups."))
        self.warning.setWordWrap(True)
        self.warning.setObjectName("lossWarning")
        self.recovery_box = QCheckBox(self.tr("Also create a recovery key (recommended: print it and keep it "
                                              "away from this computer)"))
        self.recovery_box.setChecked(True)

        self.busy = QProgressBar()
        self.busy.setRange(0, 0)  # indeterminate
        self.busy.setAccessibleName(self.tr("Creating the vault"))
        self.busy.hide()
        self.status = QLabel()
        self.status.setWordWrap(True)
        self.status.setAccessibleName(self.tr("Status"))

        self.create_button = QPushButton(self.tr("&Create vault"))
        self.create_button.setDefault(True)
        self.create_button.setEnabled(False)
        self.create_button.clicked.connect(self.submit)
        self.cancel_button = QPushButton(self.tr("Back"))
        self.cancel_button.clicked.connect(self.cancelled)
        self.cancel_button.hide()
        self.restore_button = QPushButton(self.tr("Restore from backup…"))
        self.restore_button.clicked.connect(self.restore_backup)
        buttons = QHBoxLayout()
        buttons.addWidget(self.restore_button)
        buttons.addStretch(1)
        buttons.addWidget(self.cancel_button)
        buttons.addWidget(self.create_button)

        box = QVBoxLayout()
        for w in (title, intro):
            box.addWidget(w)
        box.addLayout(form)
        box.addWidget(self.warning)
        box.addWidget(self.recovery_box)
        box.addWidget(self.busy)
        box.addWidget(self.status)
        box.addLayout(buttons)
        box.addStretch(1)
        outer = QHBoxLayout(self)
        outer.addStretch(1)
        outer.addLayout(box, 4)
        outer.addStretch(1)

        self.passphrase.textChanged.connect(self._update)
        self.confirm.textChanged.connect(self._update)
        self.passphrase.returnPressed.connect(self.confirm.setFocus)
        self.confirm.returnPressed.connect(self.submit)
        self.setTabOrder(self.choose, self.passphrase)
        self.setTabOrder(self.passphrase, self.confirm)
        self.setTabOrder(self.confirm, self.create_button)
        self.set_folder(self.folder)
        self._update()

    def set_folder(self, folder: Path) -> None:
        self.folder = Path(folder)
        self.folder_label.setText(str(self.folder))

    def set_can_cancel(self, can: bool) -> None:
        self.cancel_button.setVisible(can)

    def _choose_folder(self) -> None:
        chosen = dialogs.choose_folder(self, self.tr("Folder for the new vault"), str(self.folder.parent))
        if chosen:
            path = Path(chosen)
            if path.exists() and any(path.iterdir()):
                path = path / "Recourse vault"
            self.set_folder(path)

    def _strength_text(self, s: Strength) -> str:
        names = [self.tr("Very weak"), self.tr("Weak"), self.tr("Fair"), self.tr("Good"), self.tr("Strong")]
        tips = {"empty": "", "common": self.tr("Avoid common words, names and places."),
                "words": self.tr("Use at least 4 random words, not a sentence from a book or a song."),
                "short": self.tr("Use at least 12 characters.")}
        tip = " ".join(tips[a] for a in s.advice if tips.get(a))
        if not s.bits:
            return ""
        return self.tr("Strength: %1.").replace("%1", names[s.score]) + (" " + tip if tip else "")

    def _update(self) -> None:
        s = estimate(self.passphrase.text())
        self.meter.setValue(s.score)
        self.strength_label.setText(self._strength_text(s))
        both = self.passphrase.text() and self.confirm.text()
        same = self.passphrase.text() == self.confirm.text()
        self.match_label.setText("" if not self.confirm.text() or same
                                 else self.tr("The two passphrases are not the same."))
        self.create_button.setEnabled(bool(both and same) and self.worker is None)

    def submit(self) -> None:
        if self.worker is not None or not self.create_button.isEnabled():
            return
        passphrase = self.passphrase.text()
        if estimate(passphrase).score < 2 and not dialogs.ask(
                self, self.tr("Weak passphrase"),
                self.tr("This passphrase would be easy to guess for someone who takes this computer. "
                        "Use it anyway?"), yes=self.tr("Use it anyway"), no=self.tr("Choose another")):
            return
        self._set_busy(True)
        self.status.setText(self.tr("Creating the vault and protecting its key. This takes a few seconds…"))
        worker = Worker(_create_vault, self.folder, passphrase, self.kdf, self.allow_weak_kdf,
                        self.recovery_box.isChecked(), wants_progress=False)
        worker.signals.finished.connect(self._done)
        worker.signals.failed.connect(self._failed)
        self.worker = start(worker)

    def _set_busy(self, busy: bool) -> None:
        self.busy.setVisible(busy)
        for w in (self.passphrase, self.confirm, self.choose, self.cancel_button, self.recovery_box,
                  self.restore_button):
            w.setEnabled(not busy)
        self.create_button.setEnabled(not busy)

    def _done(self, result: tuple[Any, Any, str | None]) -> None:
        self.worker = None
        header, keys, key = result
        vault = Vault.reopen(self.folder, header, keys)
        self.reset()
        self.created.emit(vault)
        if key:
            self.recovery_created.emit(key)

    def _failed(self, exc: BaseException) -> None:
        self.worker = None
        self._set_busy(False)
        self.status.setText(error_text(self, exc))
        self._update()

    def reset(self) -> None:
        self.passphrase.clear()
        self.confirm.clear()
        self.status.clear()
        self._set_busy(False)
        self._update()


class UnlockScreen(QWidget):
    """Later runs: type the passphrase; open another vault folder or create a new one."""

    unlocked = Signal(object)  # the unlocked Vault
    open_other = Signal()
    create_new = Signal()
    restore_backup = Signal()

    def __init__(self, folder: Path, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.folder = Path(folder)
        self.worker: Worker | None = None
        self._header: Any = None

        title = QLabel(self.tr("<h2>Unlock your vault</h2>"))
        self.folder_label = QLabel()
        self.folder_label.setWordWrap(True)
        self.folder_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.passphrase = _passphrase_field(self, self.tr("Passphrase"))
        p_label = QLabel(self.tr("&Passphrase:"))
        p_label.setBuddy(self.passphrase)
        self.unlock_button = QPushButton(self.tr("&Unlock"))
        self.unlock_button.setDefault(True)
        self.unlock_button.clicked.connect(self.submit)
        self.passphrase.returnPressed.connect(self.submit)
        row = QHBoxLayout()
        row.addWidget(p_label)
        row.addWidget(self.passphrase, 1)
        row.addWidget(self.unlock_button)

        self.busy = QProgressBar()
        self.busy.setRange(0, 0)
        self.busy.setAccessibleName(self.tr("Unlocking"))
        self.busy.hide()
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.message.setObjectName("unlockMessage")
        self.message.setAccessibleName(self.tr("Status"))

        self.other_button = QPushButton(self.tr("&Open another vault…"))
        self.other_button.clicked.connect(self.open_other)
        self.new_button = QPushButton(self.tr("Create a &new vault…"))
        self.new_button.clicked.connect(self.create_new)
        self.restore_button = QPushButton(self.tr("Restore from backup…"))
        self.restore_button.clicked.connect(self.restore_backup)
        others = QHBoxLayout()
        others.addWidget(self.other_button)
        others.addWidget(self.new_button)
        others.addWidget(self.restore_button)
        others.addStretch(1)

        box = QVBoxLayout()
        box.addStretch(1)
        box.addWidget(title)
        box.addWidget(self.folder_label)
        box.addLayout(row)
        box.addWidget(self.busy)
        box.addWidget(self.message)
        box.addSpacing(24)
        box.addLayout(others)
        box.addStretch(2)
        outer = QHBoxLayout(self)
        outer.addStretch(1)
        outer.addLayout(box, 4)
        outer.addStretch(1)
        self.setTabOrder(self.passphrase, self.unlock_button)
        self.setTabOrder(self.unlock_button, self.other_button)
        self.setTabOrder(self.other_button, self.new_button)
        self.setTabOrder(self.new_button, self.restore_button)
        self.set_folder(self.folder)

    def set_folder(self, folder: Path) -> None:
        self.folder = Path(folder)
        self.folder_label.setText(self.tr("Vault: %1").replace("%1", isolate(str(self.folder))))
        self.message.clear()
        self.passphrase.clear()

    def submit(self) -> None:
        if self.worker is not None:
            return
        passphrase = self.passphrase.text()
        if not passphrase:
            self.message.setText(error_text(self, EmptyPassphrase()))
            return
        try:
            self._header = read_vault_header(self.folder)
        except Exception as exc:  # noqa: BLE001 -- each known error has its message
            self._show_error(exc)
            return
        self._set_busy(True)
        self.message.setText(self.tr("Unlocking…"))
        # with the folder, failed attempts count towards the vault's unlock limit (if one is set)
        worker = Worker(derive_master, self._header, passphrase, self.folder, wants_progress=False)
        worker.signals.finished.connect(self._derived)
        worker.signals.failed.connect(self._failed)
        self.worker = start(worker)

    def _set_busy(self, busy: bool) -> None:
        self.busy.setVisible(busy)
        for w in (self.passphrase, self.unlock_button, self.other_button, self.new_button, self.restore_button):
            w.setEnabled(not busy)

    def _derived(self, master: bytes) -> None:
        self.worker = None
        try:
            vault = Vault.open(self.folder, self._header, master)
        except Exception as exc:  # noqa: BLE001
            self._failed(exc)
            return
        self._set_busy(False)
        self.passphrase.clear()
        self.message.clear()
        self.unlocked.emit(vault)

    def _failed(self, exc: BaseException) -> None:
        self.worker = None
        self._set_busy(False)
        self._show_error(exc)

    def _show_error(self, exc: BaseException) -> None:
        self.passphrase.clear()
        text = error_text(self, exc)
        if isinstance(exc, WrongPassphrase):
            try:
                left = inspect(self.folder).attempts_left
            except Exception:  # noqa: BLE001 -- the warning is extra; the error above stands
                left = None
            if left is not None:
                text += " " + self.tr("Attempts left before this vault erases itself: %1").replace("%1", str(left))
        self.message.setText(text)
        self.passphrase.setFocus()
