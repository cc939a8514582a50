"""File menu security tasks: back up the vault, create a recovery key, emergency erase.

Everything long runs in a :class:`~app.gui.workers.Worker` on its own vault
connection (:func:`~app.gui.workers.with_vault`).  Dialogs are opened with
``open()`` (window-modal, never blocking the event loop) and registered with the
main window so locking closes them.  Choosing a file and printing go through
module-level functions that tests (or other front ends) replace.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtGui import QFont, QFontMetrics
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.errors import Cancelled, TamperDetected, UnsupportedVersion, VaultCorrupted, WrongPassphrase
from app.gui import dialogs
from app.gui.window_tasks import WindowTasks
from app.gui.i18n import isolate
from app.gui.workers import Worker, start, with_vault
from app.services import backup, erase, recovery
from app.services.progress import Cancel, Progress, no_progress

ERASE_WORD = "ERASE"


# -- injectable platform helpers ----------------------------------------------------------------
def choose_save_file(parent: QWidget | None, title: str, suggested: str = "") -> str | None:
    """A file name to save to, or None.  Scripted mode answers from ``dialogs.set_next_answer``."""
    if dialogs._scripted:
        answer = dialogs._take("save", title, suggested)
        return None if answer is None else str(answer)
    path, _filter = QFileDialog.getSaveFileName(parent, title, suggested)
    return path or None


def choose_open_file(parent: QWidget | None, title: str) -> str | None:
    """An existing file to read, or None.  Scripted mode answers from ``dialogs.set_next_answer``."""
    if dialogs._scripted:
        answer = dialogs._take("open", title, "")
        return None if answer is None else str(answer)
    path, _filter = QFileDialog.getOpenFileName(parent, title)
    return path or None


def print_text(parent: QWidget | None, text: str) -> bool:
    """Print *text* through the platform print dialog.  False when printing is not available."""
    try:
        from PySide6.QtGui import QTextDocument
        from PySide6.QtPrintSupport import QPrintDialog, QPrinter
    except ImportError:
        return False
    printer = QPrinter()
    dialog = QPrintDialog(printer, parent)
    if dialog.exec() != QDialog.DialogCode.Accepted:
        return False
    doc = QTextDocument()
    doc.setDefaultFont(QFont("monospace", 14))
    doc.setPlainText(text)
    doc.print_(printer)
    return True


# -- back up -----------------------------------------------------------------------------------
class BackupDialog(QDialog):
    """Progress of one backup, with Cancel.  Emits ``succeeded(path)`` or ``stopped(exc_or_None)``."""

    succeeded = Signal(object)
    stopped = Signal(object)

    def __init__(self, vault: Any, dest: Path, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.dest = Path(dest)
        self.setWindowTitle(self.tr("Back up vault"))
        self.label = QLabel(self.tr("Writing the encrypted backup…"))
        self.bar = QProgressBar()
        self.bar.setAccessibleName(self.tr("Backup progress"))
        self.bar.setRange(0, 0)
        self.cancel_button = QPushButton(self.tr("Cancel"))
        self.cancel_button.clicked.connect(self.cancel)
        layout = QVBoxLayout(self)
        layout.addWidget(self.label)
        layout.addWidget(self.bar)
        layout.addWidget(self.cancel_button)
        self.worker = Worker(with_vault(vault, backup.create), self.dest)
        self.worker.signals.progress.connect(self._progress)
        self.worker.signals.finished.connect(self._finished)
        self.worker.signals.failed.connect(self._failed)
        self.running = False

    def start(self) -> None:
        self.running = True
        start(self.worker)

    def cancel(self) -> None:
        self.worker.cancel()
        self.cancel_button.setEnabled(False)
        self.label.setText(self.tr("Cancelling…"))

    def reject(self) -> None:  # Escape, closing, locking: cancel the backup
        self.worker.cancel()
        super().reject()

    def _progress(self, done: int, total: int, _label: str) -> None:
        if total > 0:
            scale = max(1, total // 1_000_000)  # keep within int range of the bar
            self.bar.setRange(0, total // scale)
            self.bar.setValue(done // scale)

    def _finished(self, info: Any) -> None:
        self.running = False
        self.accept()
        self.succeeded.emit(Path(getattr(info, "path", self.dest)))

    def _failed(self, exc: BaseException) -> None:
        self.running = False
        super().reject()
        self.stopped.emit(None if isinstance(exc, Cancelled) else exc)


# -- recovery key ------------------------------------------------------------------------------
class PassphraseDialog(QDialog):
    """Asks for the current passphrase before a recovery key is made."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Create recovery key"))
        intro = QLabel(self.tr("A recovery key opens the vault if the passphrase is forgotten. "
                               "Type the current passphrase to create one. "
                               "A recovery key made earlier stops working."))
        intro.setWordWrap(True)
        self.passphrase = QLineEdit()
        self.passphrase.setEchoMode(QLineEdit.EchoMode.Password)
        self.passphrase.setAccessibleName(self.tr("Current passphrase"))
        form = QFormLayout()
        form.addRow(self.tr("Current passphrase:"), self.passphrase)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.ok_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok_button.setText(self.tr("Create key"))
        self.ok_button.setEnabled(False)
        self.passphrase.textChanged.connect(lambda t: self.ok_button.setEnabled(bool(t)))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(self.buttons)

GROUPS_PER_ROW = 4


def in_rows(key: str) -> str:
    """ "ABCD-EFGH-…" as rows of GROUPS_PER_ROW whole groups (a group is never cut)."""
    groups = [g for g in key.strip().split("-") if g]
    rows = ["-".join(groups[i:i + GROUPS_PER_ROW]) for i in range(0, len(groups), GROUPS_PER_ROW)]
    return "\n".join(rows)


class RecoveryKeyDialog(QDialog):
    """Shows a new recovery key once, with Print… and a 2-of-3 split."""

    def __init__(self, key_text: str, parent: QWidget | None = None,
                 printer: Callable[[QWidget | None, str], Any] | None = None) -> None:
        super().__init__(parent)
        self.key_text = key_text
        self.shares: list[str] = []
        self._printer = printer
        self.setWindowTitle(self.tr("Your recovery key"))
        warning = QLabel(self.tr("Anyone with this key can open the vault. Print it, keep it away from "
                                 "this computer. It is shown only once."))
        warning.setWordWrap(True)
        self._shown = ""
        self.key_view = QPlainTextEdit()
        self.key_view.setReadOnly(True)
        self.key_view.setAccessibleName(self.tr("Recovery key"))
        mono = QFont("monospace", 12)
        mono.setStyleHint(QFont.StyleHint.Monospace)
        self.key_view.setFont(mono)
        # rows of whole groups, never broken inside one: no wrapping, wide enough for a row
        self.key_view.setLineWrapMode(QPlainTextEdit.LineWrapMode.NoWrap)
        row = QFontMetrics(mono).horizontalAdvance("XXXX-" * GROUPS_PER_ROW)
        self.key_view.setMinimumWidth(row + 40)
        self.print_button = QPushButton(self.tr("Print…"))
        self.print_button.clicked.connect(self.print_key)
        self.split_button = QPushButton(self.tr("Show as three shares (any two open the vault)"))
        self.split_button.setCheckable(True)
        self.split_button.toggled.connect(self.show_split)
        self.close_button = QPushButton(self.tr("I have printed it — close"))
        self.close_button.clicked.connect(self.accept)
        layout = QVBoxLayout(self)
        layout.addWidget(warning)
        layout.addWidget(self.key_view)
        layout.addWidget(self.split_button)
        buttons = QDialogButtonBox()
        buttons.addButton(self.print_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.addButton(self.close_button, QDialogButtonBox.ButtonRole.AcceptRole)
        layout.addWidget(buttons)
        self.show_split(False)

    def shown_text(self) -> str:
        """The key (or the shares) as shown, each on one line (what is printed)."""
        return self._shown

    def show_split(self, split: bool) -> None:
        if split:
            if not self.shares:
                self.shares = recovery.split(self.key_text)
            parts = [(self.tr("Share %1 of 3:").replace("%1", str(i + 1)), share)
                     for i, share in enumerate(self.shares)]
            self._shown = "\n\n".join(f"{title}\n{share}" for title, share in parts)
            self.key_view.setPlainText("\n\n".join(f"{title}\n{in_rows(share)}" for title, share in parts))
        else:
            self._shown = self.key_text
            self.key_view.setPlainText(in_rows(self.key_text))

    def print_key(self) -> Any:
        title = self.tr("Recourse recovery key")
        note = self.tr("Anyone with this key can open the vault. Keep it away from the computer.")
        return (self._printer or print_text)(self, f"{title}\n\n{self.shown_text()}\n\n{note}\n")

    def done(self, result: int) -> None:  # type: ignore[override]
        # The key leaves memory we control as soon as the dialog closes.
        self.key_view.clear()
        self._shown = ""
        self.key_text = ""
        self.shares = []
        super().done(result)


# -- restore a backup --------------------------------------------------------------------------
def _restore_into(src: Path, dest: Path, passphrase: str, progress: Progress = no_progress,
                  cancel: Cancel | None = None) -> Any:
    """Worker: restore *src* into *dest* (absent, or an empty folder the user chose)."""
    was_empty_folder = dest.is_dir()
    if was_empty_folder:
        dest.rmdir()  # restore() builds the vault beside it and renames it into place
    try:
        return backup.restore(src, dest, passphrase, progress=progress, cancel=cancel)
    except BaseException:
        if was_empty_folder and not dest.exists():
            dest.mkdir()
        raise


class RestoreDialog(QDialog):
    """Asks the backup's passphrase, then restores with progress and Cancel.

    Emits ``succeeded(folder)`` or ``stopped(exc_or_None)``; a wrong passphrase can be typed again.
    """

    succeeded = Signal(object)
    stopped = Signal(object)

    def __init__(self, src: Path, dest: Path, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.src, self.dest = Path(src), Path(dest)
        self.setWindowTitle(self.tr("Restore from backup"))
        intro = QLabel(self.tr("Type the passphrase of the backup %1. It is restored into %2.")
                       .replace("%1", isolate(self.src.name)).replace("%2", isolate(str(self.dest))))
        intro.setWordWrap(True)
        self.passphrase = QLineEdit()
        self.passphrase.setEchoMode(QLineEdit.EchoMode.Password)
        self.passphrase.setAccessibleName(self.tr("Backup passphrase"))
        form = QFormLayout()
        form.addRow(self.tr("Backup passphrase:"), self.passphrase)
        self.bar = QProgressBar()
        self.bar.setAccessibleName(self.tr("Restore progress"))
        self.bar.setRange(0, 0)
        self.bar.hide()
        self.status = QLabel()
        self.status.setWordWrap(True)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.ok_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok_button.setText(self.tr("Restore"))
        self.ok_button.setEnabled(False)
        self.cancel_button = self.buttons.button(QDialogButtonBox.StandardButton.Cancel)
        self.passphrase.textChanged.connect(lambda t: self.ok_button.setEnabled(bool(t) and self.worker is None))
        self.buttons.accepted.connect(self.start)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(self.bar)
        layout.addWidget(self.status)
        layout.addWidget(self.buttons)
        self.worker: Worker | None = None
        self.keep: list[Worker] = []

    def start(self) -> Worker | None:
        if self.worker is not None or not self.passphrase.text():
            return None
        worker = Worker(_restore_into, self.src, self.dest, self.passphrase.text())
        worker.signals.progress.connect(self._progress)
        worker.signals.finished.connect(self._finished)
        worker.signals.failed.connect(self._failed)
        self.worker = worker
        keep = self.keep
        keep.append(worker)
        for sig in (worker.signals.finished, worker.signals.failed):
            sig.connect(lambda _x, w=worker: keep.remove(w) if w in keep else None)
        self.passphrase.setEnabled(False)
        self.ok_button.setEnabled(False)
        self.bar.show()
        self.status.setText(self.tr("Restoring and checking the vault…"))
        return start(worker)

    def reject(self) -> None:  # Cancel, Escape, locking: stop the restore (it keeps nothing)
        if self.worker is not None:
            self.worker.cancel()
            self.cancel_button.setEnabled(False)
            self.status.setText(self.tr("Cancelling…"))
            return  # closes when the worker has stopped
        super().reject()

    def _progress(self, done: int, total: int, _label: str) -> None:
        if total > 0:
            scale = max(1, total // 1_000_000)
            self.bar.setRange(0, total // scale)
            self.bar.setValue(done // scale)

    def _finished(self, _info: Any) -> None:
        self.worker = None
        self.passphrase.clear()
        self.accept()
        self.succeeded.emit(self.dest)

    def _failed(self, exc: BaseException) -> None:
        self.worker = None
        self.passphrase.clear()
        if isinstance(exc, WrongPassphrase):
            self.passphrase.setEnabled(True)
            self.cancel_button.setEnabled(True)
            self.bar.hide()
            self.status.setText(self.tr("The passphrase is not correct for this backup. Nothing was restored."))
            self.passphrase.setFocus()
            return
        super().reject()
        self.stopped.emit(None if isinstance(exc, Cancelled) else exc)


# -- emergency erase ---------------------------------------------------------------------------
class EraseConfirmDialog(QDialog):
    """Second confirmation: type the vault folder's name and the word ERASE."""

    def __init__(self, folder_name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.folder_name = folder_name
        self.setWindowTitle(self.tr("Emergency erase"))
        text = QLabel(self.tr("To erase the vault for good, type the name of its folder (%1) and the word %2.")
                      .replace("%1", isolate(folder_name)).replace("%2", ERASE_WORD))
        text.setWordWrap(True)
        self.folder_edit = QLineEdit()
        self.folder_edit.setAccessibleName(self.tr("Vault folder name"))
        self.word_edit = QLineEdit()
        self.word_edit.setAccessibleName(self.tr("Type ERASE"))
        form = QFormLayout()
        form.addRow(self.tr("Folder name:"), self.folder_edit)
        form.addRow(self.tr("Type %1:").replace("%1", ERASE_WORD), self.word_edit)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.erase_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.erase_button.setText(self.tr("Erase the vault"))
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setDefault(True)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.folder_edit.textChanged.connect(self._check)
        self.word_edit.textChanged.connect(self._check)
        layout = QVBoxLayout(self)
        layout.addWidget(text)
        layout.addLayout(form)
        layout.addWidget(self.buttons)
        self._check()

    def confirmed(self) -> bool:
        return self.folder_edit.text() == self.folder_name and self.word_edit.text() == ERASE_WORD

    def _check(self) -> None:
        self.erase_button.setEnabled(self.confirmed())

    def accept(self) -> None:
        if self.confirmed():
            super().accept()


# -- the three tasks, for the main window --------------------------------------------------------
class SecurityTasks(WindowTasks):
    """Backup, recovery key and emergency erase for one :class:`MainWindow`."""

    delete_finished = True

    backup_done = Signal(object)  # path
    backup_stopped = Signal(object)  # None when cancelled, else the exception
    key_shown = Signal(object)  # the RecoveryKeyDialog
    restored = Signal(object)  # the folder of the restored vault
    restore_stopped = Signal(object)  # None when cancelled, else the exception
    erased = Signal(object)  # the folder

    def __init__(self, window: Any) -> None:
        super().__init__(window)
        self.choose_file: Callable[[QWidget | None, str, str], str | None] = choose_save_file
        self.choose_backup: Callable[[QWidget | None, str], str | None] = choose_open_file
        self.printer: Callable[[QWidget | None, str], Any] | None = None
        self._worker: Worker | None = None
        self._running: list[Worker] = []  # a running worker must outlive its dialog

    # backup
    def back_up(self, autostart: bool = True) -> BackupDialog | None:
        vault = self._vault()
        if vault is None:
            return None
        chosen = self.choose_file(self.window, self.tr("Save the vault backup as"), "recourse-backup.rcbk")
        if not chosen:
            return None
        dest = Path(chosen)
        if dest.exists():
            dialogs.warn(self.window, self.tr("Back up vault"),
                         self.tr("A file with this name exists already. Choose another name."))
            return None
        dialog = BackupDialog(vault, dest, self.window)
        dialog.succeeded.connect(self._backup_done)
        dialog.stopped.connect(self._backup_stopped)
        self._keep(dialog)
        worker = dialog.worker
        self._running.append(worker)
        for sig in (worker.signals.finished, worker.signals.failed):
            sig.connect(lambda _x, w=worker: self._running.remove(w) if w in self._running else None)
        dialog.open()
        if autostart:
            dialog.start()
        return dialog

    def _backup_done(self, path: Path) -> None:
        dialogs.inform(self.window, self.tr("Back up vault"),
                       self.tr("The backup was saved as %1. It opens with the vault passphrase.")
                       .replace("%1", isolate(Path(path).name)))
        self.backup_done.emit(path)

    def _backup_stopped(self, exc: BaseException | None) -> None:
        if exc is None:
            dialogs.inform(self.window, self.tr("Back up vault"),
                           self.tr("The backup was cancelled. No file was kept."))
        else:
            dialogs.warn(self.window, self.tr("Back up vault"),
                         self.tr("The backup could not be written. No file was kept.") + "\n" + str(exc))
        self.backup_stopped.emit(exc)

    # recovery key
    def create_recovery_key(self) -> PassphraseDialog | None:
        vault = self._vault()
        if vault is None:
            return None
        dialog = PassphraseDialog(self.window)
        dialog.accepted.connect(lambda: self._make_key(vault, dialog.passphrase.text()))
        dialog.finished.connect(lambda _r: dialog.passphrase.clear())
        self._keep(dialog)
        dialog.open()
        return dialog

    def _make_key(self, vault: Any, passphrase: str) -> None:
        def make(clone: Any, old: str) -> tuple[str, Any]:
            key = recovery.add_recovery_key(clone, old_passphrase=old)
            return key, clone.header

        worker = Worker(with_vault(vault, make), passphrase, wants_progress=False)
        worker.signals.finished.connect(self._key_made)
        worker.signals.failed.connect(self._key_failed)
        self._worker = start(worker)

    def _key_made(self, result: tuple[str, Any]) -> None:
        self._worker = None
        key, header = result
        vault = self._vault()
        if vault is None:  # locked meanwhile: never show a key to a locked window
            return
        vault.header = header  # the recovery slot must survive later header writes
        self.show_recovery_key(key)

    def show_recovery_key(self, key: str) -> None:
        """Show a new recovery key once (just created with the vault, or by "create recovery key")."""
        if self._vault() is None:  # never show a key to a locked window
            return
        dialog = RecoveryKeyDialog(key, self.window, printer=self.printer)
        self._keep(dialog)
        dialog.open()
        self.key_shown.emit(dialog)

    def _key_failed(self, exc: BaseException) -> None:
        self._worker = None
        if isinstance(exc, WrongPassphrase):
            text = self.tr("The passphrase is not correct. No recovery key was made.")
        else:
            text = self.tr("The recovery key could not be made.") + "\n" + str(exc)
        dialogs.warn(self.window, self.tr("Create recovery key"), text)
        self.key_shown.emit(None)

    # restore
    def restore_backup(self, backup: Path | None = None) -> RestoreDialog | None:
        """Restore a backup into a new folder; *backup* given (``recourse FILE.rcbk``) skips choosing it."""
        title = self.tr("Restore from backup")
        chosen = str(backup) if backup else self.choose_backup(self.window, self.tr("Choose the backup to restore"))
        if not chosen:
            return None
        src = Path(chosen)
        if not src.is_file():
            dialogs.warn(self.window, title, self.tr("This backup file cannot be found."))
            return None
        folder = dialogs.choose_folder(self.window, self.tr("Choose a new, empty folder for the restored vault"),
                                       str(src.parent))
        if not folder:
            return None
        dest = Path(folder)
        if dest.exists() and (not dest.is_dir() or any(dest.iterdir())):
            dialogs.warn(self.window, title, self.tr("This folder is not empty. Choose an empty folder, or a "
                                                     "new one, for the restored vault."))
            return None
        dialog = RestoreDialog(src, dest, self.window)
        dialog.succeeded.connect(self._restored)
        dialog.stopped.connect(self._restore_stopped)
        self._keep(dialog)
        dialog.keep = self._running  # a running worker must outlive its dialog
        dialog.open()
        return dialog

    def _restored(self, folder: Path) -> None:
        dialogs.inform(self.window, self.tr("Restore from backup"),
                       self.tr("The vault was restored into %1. Unlock it with the backup's passphrase.")
                       .replace("%1", isolate(str(folder))))
        self.restored.emit(folder)

    def _restore_stopped(self, exc: BaseException | None) -> None:
        title = self.tr("Restore from backup")
        if exc is None:
            dialogs.inform(self.window, title, self.tr("The restore was cancelled. Nothing was created."))
        elif isinstance(exc, (TamperDetected, VaultCorrupted)):
            dialogs.warn(self.window, title, self.tr("This backup is damaged or was altered, so it cannot be "
                                                     "restored. Nothing was created. Try another backup."))
        elif isinstance(exc, UnsupportedVersion):
            dialogs.warn(self.window, title, self.tr("This backup was made by a newer version of Recourse. "
                                                     "Update Recourse to restore it. Nothing was created."))
        else:
            dialogs.warn(self.window, title, self.tr("The backup could not be restored. Nothing was created.")
                         + "\n" + str(exc))
        self.restore_stopped.emit(exc)

    # emergency erase
    def emergency_erase(self) -> EraseConfirmDialog | None:
        folder = Path(self.window.folder)
        if not dialogs.ask(self.window, self.tr("Emergency erase"),
                           self.tr("Emergency erase destroys this vault on this computer for good: every "
                                   "case and every piece of evidence. Nobody can undo it, not even with "
                                   "the passphrase or a recovery key. Backups elsewhere are not touched."),
                           yes=self.tr("Continue"), no=self.tr("Cancel")):
            return None
        dialog = EraseConfirmDialog(folder.name, self.window)
        dialog.accepted.connect(lambda: self._erase(folder))
        self._keep(dialog)
        dialog.open()
        return dialog

    def _erase(self, folder: Path) -> None:
        self.window.lock_now()
        try:
            erase.emergency_erase(folder)
        except Exception as exc:  # noqa: BLE001 -- say so; the window goes back to its start screen
            dialogs.warn(self.window, self.tr("Emergency erase"),
                         self.tr("The vault could not be erased completely.") + "\n" + str(exc))
        self.window.start()
        dialogs.inform(self.window, self.tr("Emergency erase"), self.tr("The vault was erased."))
        self.erased.emit(folder)
