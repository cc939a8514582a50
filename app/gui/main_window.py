"""The main window: create/unlock screens, then the case list, search and editor.

The window title is only ever "Recourse" or "Recourse — locked": never a case
title, a name or a folder.  Locking (Ctrl+L, the toolbar, the idle timer,
closing the window) goes through :meth:`Session.lock`, whose ``locking`` signal
makes every view drop what it shows and every dialog close before the keys go.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QEvent, QSize, Qt, QTimer
from PySide6.QtGui import QAction, QCloseEvent, QIcon, QKeySequence
from PySide6.QtWidgets import (
    QLabel,
    QLineEdit,
    QMainWindow,
    QSplitter,
    QStackedWidget,
    QStyle,
    QToolBar,
    QVBoxLayout,
    QWidget,
)

from app.gui import dialogs, i18n
from app.gui.colors import follow_palette
from app.errors import RecourseError, WrongPassphrase
from app.gui.messages import failure_text
from app.gui.about import AboutDialog
from app.gui.empty_state import EmptyState
from app.gui.case_list import CaseListView
from app.gui.search_view import SearchView
from app.gui.security import IdleLock, LockKey, clipboard_guard, copy_sensitive
from app.gui.security_dialogs import SecurityTasks
from app.gui.figures_view import FiguresTasks
from app.gui.share import ShareTasks
from app.gui.session import Session
from app.gui.settings import Settings, SettingsDialog
from app.gui.settings import load as load_settings
from app.gui.settings import save as save_settings
from app.gui.unlock import CreateVaultScreen, UnlockScreen
from app.paths import default_vault_path
from app.services import cases as case_service
from app.services import pending
from app.services.vault import KdfParams, is_vault

APP_TITLE = "Recourse"


def editor_class() -> Any:
    """``app.gui.editor.CaseEditor`` when that package is present and imports, else None."""
    try:
        from app.gui.editor import CaseEditor  # type: ignore[attr-defined]
    except Exception:  # noqa: BLE001 -- any failure means "no editor in this build"
        return None
    return CaseEditor


class EditorPlaceholder(QWidget):
    """Stands in for the case editor when it is not available: says which case is open."""

    def __init__(self, session: Session | None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.broken = False  # True when the editor exists but failed to build
        self.case_id: str | None = None
        self.label = QLabel()
        self.label.setWordWrap(True)
        self.label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.label.setAccessibleName(self.tr("Open case"))
        self.empty = EmptyState()
        layout = QVBoxLayout(self)
        layout.addWidget(self.label)
        layout.addWidget(self.empty)
        self.clear()

    def open_case(self, case_id: str) -> None:
        self.case_id = case_id
        ref = ""
        if self.session is not None and self.session.is_open:
            try:
                ref = case_service.get_case(self.session.vault, case_id).reference
            except Exception:  # noqa: BLE001
                ref = ""
        if self.broken:
            text = self.tr("Case %1 is open, but the case editor could not start. Nothing was changed; "
                           "restart Recourse, and report the problem if it happens again.")
        else:
            text = self.tr("Case %1 is open (read-only: the case editor is not part of this build).")
        self.label.setText(text.replace("%1", ref or case_id[:8]))
        self.label.show()
        self.empty.hide()

    def new_case(self) -> None:
        dialogs.inform(self, self.tr("New case"), self.tr("The case editor is not part of this build."))

    def clear(self) -> None:
        self.case_id = None
        self.label.clear()
        self.label.hide()
        self.empty.show()

    def focus_path(self, path: str) -> None:
        pass


class MainWindow(QMainWindow):
    search_view: SearchView  # built in _build_workspace, used by lambdas connected before it

    def __init__(self, folder: Path | None = None, *, settings: Settings | None = None,
                 settings_file: Path | None = None, kdf: KdfParams | None = None,
                 allow_weak_kdf: bool = False, editor_factory: Callable[..., Any] | None | bool = True,
                 clipboard_clear_ms: int | None = None, idle_ms: int | None = None) -> None:
        super().__init__()
        # what a rebuilt window (another interface language, app/gui/language_switch.py) is made with
        self._demo_worker: Any = None  # keeps the demo-creation worker alive until it reports
        self.init_options = dict(settings=settings, settings_file=settings_file, kdf=kdf,
                                 allow_weak_kdf=allow_weak_kdf, editor_factory=editor_factory,
                                 clipboard_clear_ms=clipboard_clear_ms, idle_ms=idle_ms)
        self.settings_file = settings_file
        self.settings = settings or load_settings(settings_file)
        self.lang = i18n.current()
        self.folder = Path(folder) if folder else default_vault_path()
        self.session: Session | None = None
        self.editor: Any = None
        self._editor_factory = editor_class() if editor_factory is True else (editor_factory or None)
        self._dialogs: list[Any] = []
        self._pending_edit: pending.Sealed | None = None  # the open case's changes a lock could not save
        self.guard = clipboard_guard()
        if clipboard_clear_ms is not None:
            self.guard.clear_after_ms = clipboard_clear_ms
        self.idle = IdleLock(idle_ms if idle_ms is not None else self.settings.idle_minutes * 60_000, self)
        self.idle.idle.connect(self.lock_now)

        self.create_screen = CreateVaultScreen(self.folder, kdf=kdf, allow_weak_kdf=allow_weak_kdf)
        self.create_screen.created.connect(self._unlocked)
        self.create_screen.recovery_created.connect(lambda key: self.security.show_recovery_key(key))
        self.create_screen.cancelled.connect(self._show_unlock)
        self.unlock_screen = UnlockScreen(self.folder)
        self.unlock_screen.unlocked.connect(self._unlocked)
        self.unlock_screen.open_other.connect(self.open_vault_folder)
        self.unlock_screen.create_new.connect(self.create_new_vault)
        self.workspace = self._build_workspace()
        self.stack = QStackedWidget()
        for w in (self.create_screen, self.unlock_screen, self.workspace):
            self.stack.addWidget(w)
        self.setCentralWidget(self.stack)
        self._refresh_timer = QTimer(self)
        self._refresh_timer.setSingleShot(True)
        self._refresh_timer.setInterval(0)
        self._refresh_timer.timeout.connect(self._refresh_list)
        self._build_actions()
        self.resize(1100, 700)
        self.start()

    # -- building ---------------------------------------------------------------------------
    def _build_workspace(self) -> QWidget:
        self.search_box = QLineEdit()
        self.search_box.setPlaceholderText(self.tr("Search cases, names, testimonies…"))
        self.search_box.setAccessibleName(self.tr("Search"))
        self.search_box.setClearButtonEnabled(True)
        self.search_box.textChanged.connect(self._query_changed)
        self.search_box.returnPressed.connect(lambda: self.search_view.run_now())
        self.case_list = CaseListView(lang=self.lang)
        self.case_list.activated.connect(self.open_case)
        self.search_view = SearchView()
        self.search_view.activated.connect(self._open_result)
        self.left_stack = QStackedWidget()
        self.left_stack.addWidget(self.case_list)
        self.left_stack.addWidget(self.search_view)
        left = QWidget()
        left_layout = QVBoxLayout(left)
        # a margin on the window's edge, none at the splitter: layout margins are not mirrored, so
        # right to left (Uyghur) the list would touch the window's right edge
        left_layout.setContentsMargins(*((0, 6, 6, 6) if left.isRightToLeft() else (6, 6, 0, 6)))
        left_layout.addWidget(self.search_box)
        left_layout.addWidget(self.left_stack, 1)
        left.setMinimumWidth(self._browse_min_width())  # a case open: 150 (see set_editing)
        self.editor_area = QStackedWidget()
        self.editor_area.setMinimumWidth(300)
        self.placeholder = EditorPlaceholder(None)
        self.placeholder.empty.new_case.connect(lambda: self.new_case())
        self.placeholder.empty.open_demo.connect(lambda: self.open_demo())
        self.editor_area.addWidget(self.placeholder)
        self.splitter = QSplitter()
        self.splitter.addWidget(left)
        self.splitter.addWidget(self.editor_area)
        self.splitter.setStretchFactor(0, 3)
        self.splitter.setStretchFactor(1, 2)
        self.splitter.setChildrenCollapsible(False)
        self.splitter.setCollapsible(0, True)  # the case list can be hidden (F9) to give the editor all
        self.splitter.splitterMoved.connect(lambda _pos, _i: self._remember_split())
        self.editing = False  # a case is open: the list is a narrow column, the editor gets the room
        return self.splitter

    # -- layout: the list gives the room to the open case -----------------------------------
    def _split_key(self) -> str:
        return "editing_split" if self.editing else "browse_split"

    def _remember_split(self) -> None:
        sizes = self.splitter.sizes()
        if len(sizes) == 2 and sum(sizes) > 0:
            setattr(self.settings, self._split_key(), [int(v) for v in sizes])

    def _default_split(self) -> list[int]:
        total = max(self.splitter.width(), 600)
        if self.editing:
            narrow = max(180, self.case_list.compact_width() + 6, min(300, total // 5))
            return [narrow, total - narrow]
        return [total * 3 // 5, total * 2 // 5]

    def _browse_min_width(self) -> int:
        """Browsing, the list keeps room for every column and its title (no sideways scrolling, even
        with a larger font: Uyghur); capped so the window still fits 1024 px."""
        return min(self.case_list.full_width() + 6, 680)

    def set_editing(self, on: bool) -> None:
        """With a case open, the case list becomes a narrow column (reference and title)."""
        if on == self.editing:
            return
        self._remember_split()
        self.editing = on
        self.case_list.set_compact(on)
        # narrower than its contents' hints beside an open case; every column when browsing
        left = self.splitter.widget(0)
        if left is not None:
            left.setMinimumWidth(self.case_list.compact_width() + 6 if on else self._browse_min_width())
        self.search_view.setMinimumWidth(0)
        saved = getattr(self.settings, self._split_key())
        self.splitter.setSizes(saved if saved else self._default_split())
        self.list_action.setChecked(self.splitter.sizes()[0] > 0)

    def toggle_case_list(self, show: bool | None = None) -> None:
        """F9: hide the case list to give the editor the whole window, or bring it back."""
        sizes = self.splitter.sizes()
        show = sizes[0] == 0 if show is None else show
        total = sum(sizes)
        if show:
            saved = getattr(self.settings, self._split_key())
            width = saved[0] if saved and saved[0] > 0 else self._default_split()[0]
            self.splitter.setSizes([width, max(total - width, 0)])
        else:
            self._remember_split()
            self.splitter.setSizes([0, total])
        self.list_action.setChecked(show)

    def _action(self, text: str, slot: Callable[..., Any], shortcut: Any = None,
                icon: QStyle.StandardPixmap | None = None) -> QAction:
        action = QAction(text, self)
        if shortcut is not None:
            if isinstance(shortcut, QKeySequence.StandardKey):
                keys = QKeySequence.keyBindings(shortcut)
                action.setShortcuts(keys)
            else:
                action.setShortcut(QKeySequence(shortcut))
        if icon is not None:
            action.setIcon(self.style().standardIcon(icon))
        action.triggered.connect(lambda checked=False: slot())
        self.addAction(action)
        return action

    def _build_actions(self) -> None:
        SK = QKeySequence.StandardKey
        SP = QStyle.StandardPixmap
        self.new_action = self._action(self.tr("&New case"), self.new_case, SK.New, SP.SP_FileIcon)
        self.open_action = self._action(self.tr("&Open vault folder…"), self.open_vault_folder, SK.Open,
                                        SP.SP_DirOpenIcon)
        self.lock_action = self._action(self.tr("&Lock"), self.lock_now, "Ctrl+L", SP.SP_DialogCloseButton)
        self.lock_action.setToolTip(self.tr("Lock the vault now (Ctrl+L)"))
        # Another widget may claim Ctrl+L too (the editor's field lock): locking wins.
        self.lock_key = LockKey(self.lock_action.shortcut(), self)
        self.lock_key.pressed.connect(self.lock_now)
        self.security = SecurityTasks(self)
        self.security.restored.connect(self._open_restored)
        self.create_screen.restore_backup.connect(self.security.restore_backup)
        self.unlock_screen.restore_backup.connect(self.security.restore_backup)
        self.backup_action = self._action(self.tr("&Back up vault…"), self.security.back_up)
        self.recovery_action = self._action(self.tr("Create &recovery key…"), self.security.create_recovery_key)
        self.erase_action = self._action(self.tr("&Emergency erase…"), self.security.emergency_erase)
        self.sharing = ShareTasks(self)
        self.share_action = self._action(self.tr("&Share…"), self.sharing.share)
        self.import_bundle_action = self._action(self.tr("&Import bundle…"), self.sharing.import_bundle)
        self.contacts_action = self._action(self.tr("Identity and &contacts…"), self.sharing.identity)
        self.quit_action = self._action(self.tr("&Quit"), self.close, SK.Quit)
        if not self.quit_action.shortcuts():
            self.quit_action.setShortcut(QKeySequence("Ctrl+Q"))
        self.find_action = self._action(self.tr("&Find"), self.focus_search, SK.Find)
        self.delete_action = self._action(self.tr("&Delete case…"), self.delete_case, None, SP.SP_TrashIcon)
        self.copy_ref_action = self._action(self.tr("&Copy reference"), self.copy_reference, "Ctrl+Shift+C")
        self.prefs_action = self._action(self.tr("&Preferences…"), self.open_settings, SK.Preferences)
        if not self.prefs_action.shortcuts():
            self.prefs_action.setShortcut(QKeySequence("Ctrl+,"))
        self.prefs_action.setMenuRole(QAction.MenuRole.PreferencesRole)
        self.figure_tasks = FiguresTasks(self)
        self.figures_action = self._action(self.tr("&Figures across cases…"), self.figure_tasks.open, "Ctrl+Shift+G")
        self.list_action = self._action(self.tr("Case &list"), lambda: self.toggle_case_list(), "F9")
        self.list_action.setCheckable(True)
        self.list_action.setChecked(True)
        self.list_action.setToolTip(self.tr("Show or hide the case list (F9)"))
        self.due_action = self._action(self.tr("&Due and overdue…"), self.open_due, "Ctrl+Shift+D")
        self.due_action.setToolTip(self.tr("State replies, comments and follow-ups due across cases (Ctrl+Shift+D)"))
        self.about_action = self._action(self.tr("&About Recourse"), self.open_about)
        self.about_action.setMenuRole(QAction.MenuRole.AboutRole)
        self.quit_action.setMenuRole(QAction.MenuRole.QuitRole)

        file_menu = self.menuBar().addMenu(self.tr("&File"))
        file_menu.addAction(self.new_action)
        file_menu.addAction(self.open_action)
        file_menu.addSeparator()
        file_menu.addAction(self.lock_action)
        file_menu.addSeparator()
        file_menu.addAction(self.share_action)
        file_menu.addAction(self.import_bundle_action)
        file_menu.addAction(self.contacts_action)
        file_menu.addSeparator()
        file_menu.addAction(self.backup_action)
        file_menu.addAction(self.recovery_action)
        file_menu.addAction(self.erase_action)
        file_menu.addSeparator()
        file_menu.addAction(self.quit_action)
        edit_menu = self.menuBar().addMenu(self.tr("&Edit"))
        edit_menu.addAction(self.find_action)
        edit_menu.addAction(self.copy_ref_action)
        edit_menu.addAction(self.delete_action)
        edit_menu.addSeparator()
        edit_menu.addAction(self.prefs_action)
        view_menu = self.menuBar().addMenu(self.tr("&View"))
        view_menu.addAction(self.list_action)
        view_menu.addAction(self.due_action)
        view_menu.addAction(self.figures_action)
        help_menu = self.menuBar().addMenu(self.tr("&Help"))
        help_menu.addAction(self.about_action)

        self.toolbar = QToolBar(self.tr("Main toolbar"))
        self.toolbar.setObjectName("mainToolbar")
        self.toolbar.setMovable(False)
        self.toolbar.setIconSize(QSize(20, 20))
        self.toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.toolbar.addAction(self.new_action)
        self.toolbar.addAction(self.delete_action)
        self.toolbar.addSeparator()
        self.toolbar.addAction(self.lock_action)
        self.addToolBar(self.toolbar)
        self._update_actions()

    # -- state -------------------------------------------------------------------------------
    @property
    def unlocked(self) -> bool:
        return self.session is not None and self.session.is_open

    def _update_actions(self) -> None:
        on = self.unlocked
        for a in (self.new_action, self.lock_action, self.find_action, self.delete_action,
                  self.copy_ref_action, self.backup_action, self.recovery_action, self.share_action,
                  self.import_bundle_action, self.contacts_action, self.list_action, self.due_action,
                  self.figures_action):
            a.setEnabled(on)
        self.erase_action.setEnabled(on or is_vault(self.folder))
        self.toolbar.setVisible(on)
        self.setWindowTitle(APP_TITLE if on or self.stack.currentWidget() is self.create_screen
                            else self.tr("%1 — locked").replace("%1", APP_TITLE))
        self.setWindowIcon(QIcon())

    def start(self) -> None:
        """Unlock screen when a vault is there, else the create-vault screen."""
        if is_vault(self.folder):
            self._show_unlock()
        else:
            self.create_screen.set_folder(self.folder)
            self.create_screen.set_can_cancel(False)
            self.stack.setCurrentWidget(self.create_screen)
            self._update_actions()
            self.create_screen.passphrase.setFocus()

    def _show_unlock(self) -> None:
        self.unlock_screen.set_folder(self.folder)
        self.stack.setCurrentWidget(self.unlock_screen)
        self._update_actions()
        self.unlock_screen.passphrase.setFocus()

    def _open_restored(self, folder: Path) -> None:
        if self.unlocked:  # a restore finished while a vault was open: leave that one alone
            return
        self.folder = Path(folder)
        self._show_unlock()

    def _unlocked(self, vault: Any) -> None:
        self.folder = Path(vault.folder)
        self.session = Session(vault, self)
        self.session.locking.connect(self._on_locking)
        self.session.locked.connect(self._on_locked)
        self.session.case_saved.connect(lambda _id: self._refresh_timer.start())
        self.session.case_deleted.connect(lambda _id: self._refresh_timer.start())
        self.placeholder.session = self.session
        self.placeholder.clear()
        self.editor_area.setCurrentWidget(self.placeholder)
        # The real editor is a large widget tree (~0.3 s to build): made when first needed.
        self.editor = None if self._editor_factory is not None else self.placeholder
        self.case_list.set_vault(vault)
        self._update_empty_state()
        self.search_view.set_vault(vault)
        self.search_view.ensure_index(self)  # a vault from an earlier version: rebuild with progress
        self.left_stack.setCurrentWidget(self.case_list)
        self.stack.setCurrentWidget(self.workspace)
        self._update_actions()
        self.idle.start()
        self.lock_key.install()
        self.case_list.table.setFocus()
        self._resume_unsaved_edits()

    def _ensure_editor(self) -> Any:
        if self.editor is None and self.unlocked:
            self._make_editor()
        return self.editor

    def _make_editor(self) -> None:
        editor: Any = None
        if self._editor_factory is not None:
            try:
                editor = self._editor_factory(self.session, self.editor_area)
            except Exception:  # noqa: BLE001 -- a broken editor must not keep the vault unusable
                # no log (the app keeps none, so no content can leak into one): the placeholder says it
                self.placeholder.broken = True
                editor = None
        if editor is None:
            self.placeholder.session = self.session
            self.placeholder.clear()
            editor = self.placeholder
        else:
            self.editor_area.addWidget(editor)
            self._apply_submission_language(editor)
            if hasattr(editor, "saved"):
                editor.saved.connect(lambda _id: self._refresh_timer.start())
        self.editor = editor
        self.editor_area.setCurrentWidget(self.placeholder)  # the editor shows once a case is open

    # -- locking -------------------------------------------------------------------------------
    def lock_now(self) -> None:
        if self.session is not None:
            self.session.lock()

    def _on_locking(self) -> None:
        self.idle.stop()
        self.lock_key.remove()
        dialogs.close_all()
        for d in self._dialogs:
            d.reject()
        self._dialogs.clear()
        self._refresh_timer.stop()
        self.search_box.blockSignals(True)
        self.search_box.clear()
        self.search_box.blockSignals(False)
        self.search_view.clear()
        self.case_list.clear()
        self._not_saved_on_lock = ""
        if self.editor is not None:
            # Valid edits are stored before the keys go (the editor may not have seen ``locking`` yet:
            # it connected after this window did).  What cannot be stored now is sealed, not dropped.
            unsaved = getattr(self.editor, "has_unsaved_changes", None)
            if callable(unsaved) and unsaved() and hasattr(self.editor, "save_now"):
                try:
                    saved = self.editor.save_now()
                    if saved is False:
                        self._not_saved_on_lock = self.tr("The case had problems that stopped it being saved.")
                except Exception as exc:  # noqa: BLE001 -- the vault locks whatever the save does; the user is told
                    saved = False
                    self._not_saved_on_lock = failure_text(exc)
                if saved is False:
                    self._seal_unsaved_edits()
            try:
                self.editor.clear()
            except Exception as exc:  # noqa: BLE001 -- the vault locks whatever the editor does; the user is told
                self._not_saved_on_lock = self._not_saved_on_lock or failure_text(exc)
        self.placeholder.clear()
        self.placeholder.session = None
        self.set_editing(False)
        self._save_layout()
        self.guard.clear()

    def _on_locked(self) -> None:
        editor, self.editor = self.editor, None
        if editor is not None and editor is not self.placeholder:
            self.editor_area.removeWidget(editor)
            editor.hide()
            editor.deleteLater()
        self.editor_area.setCurrentWidget(self.placeholder)
        session, self.session = self.session, None
        if session is not None:
            session.deleteLater()
        self._show_unlock()
        if getattr(self, "_not_saved_on_lock", ""):  # said on the unlock screen, where the user now is
            text = self.tr("Locked, but the last changes to the open case were not saved: %1").replace(
                "%1", self._not_saved_on_lock)
            if self._pending_edit is not None:
                text += " " + self.tr("They are kept, encrypted, until you unlock this vault again in this "
                                      "window; then they are back in the editor.")
            self.unlock_screen.message.setText(text)

    def _seal_unsaved_edits(self) -> None:
        """Seal the open case as it is on screen (and its unreadable inputs) to the vault, in memory."""
        case = getattr(self.editor, "case", None)
        ctx: Any = getattr(self.editor, "ctx", None)
        if case is None or self.session is None or not self.session.is_open:
            return
        try:
            # every draft: typed now, or read from the vault with the case and not shown yet
            kept = ctx.drafts_to_keep() if hasattr(ctx, "drafts_to_keep") else getattr(ctx, "input_drafts", {})
            self._pending_edit = pending.seal(self.session.vault, case, kept)
        except Exception as exc:  # noqa: BLE001 -- the vault locks anyway; the message says the changes are lost
            self._pending_edit = None
            self._not_saved_on_lock += " " + failure_text(exc)

    def _resume_unsaved_edits(self) -> None:
        """After an unlock: the changes a lock could not save come back into the editor (same vault only)."""
        if self._pending_edit is None or self.session is None:
            return
        try:
            case, drafts = pending.reopen(self.session.vault, self._pending_edit)
        except WrongPassphrase:
            return  # another vault: they wait for theirs
        except RecourseError as exc:
            self._pending_edit = None
            dialogs.warn(self, self.tr("Unsaved changes"), failure_text(exc))
            return
        self._pending_edit = None
        if self._ensure_editor() is None or not hasattr(self.editor, "resume"):
            return
        self.editor.resume(case, drafts)
        self.editor_area.setCurrentWidget(self.editor)
        self.set_editing(True)

    # -- vault folders -----------------------------------------------------------------------
    def open_vault_folder(self) -> None:
        chosen = dialogs.choose_folder(self, self.tr("Open a vault folder"))
        if not chosen:
            return
        folder = Path(chosen)
        if not is_vault(folder):
            dialogs.warn(self, self.tr("Not a vault"),
                         self.tr("There is no Recourse vault in this folder."))
            return
        self.lock_now()
        self.folder = folder
        self._show_unlock()

    def create_new_vault(self) -> None:
        chosen = dialogs.choose_folder(self, self.tr("Folder for the new vault"))
        if not chosen:
            return
        folder = Path(chosen)
        if folder.exists() and any(folder.iterdir()):
            folder = folder / "Recourse vault"
            if folder.exists() and any(folder.iterdir()):
                dialogs.warn(self, self.tr("Folder not empty"),
                             self.tr("This folder is not empty. Choose an empty folder for a new vault."))
                return
        self.lock_now()
        self.create_screen.set_folder(folder)
        self.create_screen.set_can_cancel(is_vault(self.folder))
        self.stack.setCurrentWidget(self.create_screen)
        self._update_actions()
        self.create_screen.passphrase.setFocus()

    # -- cases ----------------------------------------------------------------------------------
    def open_case(self, case_id: str, path: str | None = None) -> None:
        if not self.unlocked or self._ensure_editor() is None:
            return
        self.editor.open_case(case_id)
        self.editor_area.setCurrentWidget(self.editor)
        self.set_editing(self.editor is not self.placeholder)
        if path and path != "$":
            try:
                self.editor.focus_path(path)
            except Exception:  # noqa: BLE001 -- focusing is a convenience
                pass

    def _open_result(self, case_id: str, item_id: str) -> None:
        row = self.search_view.list.currentIndex().row()
        path = None
        if self.unlocked and row >= 0:
            path = self.search_view.model.result(row).path  # the section and field the text came from
        self.open_case(case_id, path)

    def _editor_case_id(self) -> str | None:
        """The case open in the editor (the real editor exposes ``case``, the placeholder ``case_id``)."""
        case = getattr(self.editor, "case", None)
        if case is not None and getattr(case, "id", None):
            return str(case.id)
        value = getattr(self.editor, "case_id", None)
        return value if isinstance(value, str) and value else None

    def current_case_id(self) -> str | None:
        editor_id = self._editor_case_id()
        if isinstance(editor_id, str) and editor_id and self.left_stack.currentWidget() is self.search_view:
            return editor_id
        return self.case_list.current_case_id() or (editor_id if isinstance(editor_id, str) else None)

    def new_case(self) -> None:
        if self.unlocked and self._ensure_editor() is not None:
            self.editor.new_case()
            if self.editor is not self.placeholder:
                self.editor_area.setCurrentWidget(self.editor)
                self.set_editing(True)

    def delete_case(self) -> None:
        if not self.unlocked:
            return
        case_id = self.current_case_id()
        if not case_id:
            dialogs.inform(self, self.tr("Delete case"), self.tr("Choose a case in the list first."))
            return
        assert self.session is not None
        try:
            reference = case_service.get_case(self.session.vault, case_id).reference or case_id[:8]
        except RecourseError as exc:  # gone meanwhile, or unreadable: say so rather than do nothing
            dialogs.warn(self, self.tr("Delete case"), failure_text(exc))
            return
        if not dialogs.ask(self, self.tr("Delete case"),
                           self.tr("Delete case %1 and all its evidence? This cannot be undone: "
                                   "the encrypted content is erased.").replace("%1", reference),
                           yes=self.tr("Delete"), no=self.tr("Keep")):
            return
        case_service.delete_case(self.session.vault, case_id)
        if self._editor_case_id() == case_id:
            self.editor.clear()
            self.placeholder.clear()
            self.editor_area.setCurrentWidget(self.placeholder)
            self.set_editing(False)
        self.session.case_deleted.emit(case_id)

    def copy_reference(self) -> None:
        case_id = self.current_case_id()
        if self.unlocked and case_id:
            assert self.session is not None
            copy_sensitive(case_service.get_case(self.session.vault, case_id).reference)

    def _refresh_list(self) -> None:
        if self.unlocked:
            assert self.session is not None
            self.case_list.refresh(self.session.vault)
            self._update_empty_state()

    def _update_empty_state(self) -> None:
        self.placeholder.empty.set_empty_vault(self.unlocked and self.case_list.model.total == 0)
        self.placeholder.empty.demo_btn.setEnabled(True)

    def open_demo(self) -> None:
        """The demo: fictional cases in their own vault (made once, in the data folder), unlocked."""
        from app.gui.workers import Worker, deliver, start
        from app.paths import data_dir
        from app.services.demo import DEMO_PASSPHRASE, create_demo_vault

        folder = data_dir() / "demo-vault"
        if Path(folder) == Path(self.folder):
            return

        def unlock_demo(_result: object = None) -> None:
            self._demo_worker = None
            self.lock_now()
            self.folder = folder
            self._show_unlock()
            self.unlock_screen.passphrase.setText(DEMO_PASSPHRASE)
            self.unlock_screen.submit()

        if is_vault(folder):
            unlock_demo()
            return
        kdf_option = self.init_options.get("kdf")
        kdf = kdf_option if isinstance(kdf_option, KdfParams) else None
        weak = bool(self.init_options.get("allow_weak_kdf"))
        worker = Worker(lambda: create_demo_vault(folder, DEMO_PASSPHRASE, kdf=kdf, allow_weak_kdf=weak).lock(),
                        wants_progress=False)
        deliver(worker.signals.finished, self, unlock_demo)
        deliver(worker.signals.failed, self, lambda _exc: dialogs.warn(
            self, self.tr("Demo"), self.tr("The demo vault could not be made.")))
        self.placeholder.empty.demo_btn.setEnabled(False)
        self._demo_worker = start(worker)

    # -- search --------------------------------------------------------------------------------
    def focus_search(self) -> None:
        if self.unlocked:
            self.search_box.setFocus()
            self.search_box.selectAll()

    def _query_changed(self, text: str) -> None:
        self.left_stack.setCurrentWidget(self.search_view if text.strip() else self.case_list)
        self.search_view.set_query(text)

    # -- dialogs ---------------------------------------------------------------------------------
    def open_settings(self) -> SettingsDialog:
        dialog = SettingsDialog(self.settings, self)
        dialog.accepted.connect(lambda: self.apply_settings(dialog.values()))
        dialog.finished.connect(lambda _r: self._forget_dialog(dialog))
        self._dialogs.append(dialog)
        dialog.open()  # window-modal, does not block the event loop (tests, idle lock)
        return dialog

    def open_about(self) -> AboutDialog:
        dialog = AboutDialog(self)
        dialog.finished.connect(lambda _r: self._forget_dialog(dialog))
        self._dialogs.append(dialog)
        dialog.open()
        return dialog

    def open_due(self) -> Any:
        """The due and overdue view across cases (non-modal; closed at lock like every dialog)."""
        if not self.unlocked or self.session is None:
            return None
        from app.gui.due_view import DueDialog

        dialog = DueDialog(self.session.vault, self)
        dialog.open_requested.connect(self.open_due_item)
        dialog.finished.connect(lambda _r: self._forget_dialog(dialog))
        self._dialogs.append(dialog)
        dialog.show()
        return dialog

    def open_due_item(self, case_id: str, path: str) -> None:
        """Open a case where a due item is: its log entry, or its Submissions section."""
        self.open_case(case_id, path or None)
        submissions = getattr(self.editor, "submissions", None)
        if not path and submissions is not None and hasattr(self.editor, "sections"):
            self.editor.show_section(self.editor.sections.index(submissions))
            submissions.show_history()  # a submission's dates are on its History and tracking page

    def _forget_dialog(self, dialog: Any) -> None:
        if dialog in self._dialogs:
            self._dialogs.remove(dialog)
        dialog.deleteLater()

    def _apply_submission_language(self, editor: Any = None) -> None:
        """The "Submission language" preference is the language the Submissions section offers."""
        section = getattr(editor or self.editor, "submissions", None)
        if section is not None and hasattr(section, "set_default_language"):
            section.set_default_language(self.settings.submission_language)

    def _save_layout(self) -> None:
        """Keep the pane widths for next time (they are not sensitive)."""
        self._remember_split()
        try:
            save_settings(self.settings, self.settings_file)
        except OSError:
            pass  # a read-only config folder must not stop locking

    def apply_settings(self, settings: Settings) -> None:
        self._remember_split()
        settings.browse_split, settings.editing_split = self.settings.browse_split, self.settings.editing_split
        self.settings = settings.normalised()
        save_settings(self.settings, self.settings_file)
        self.idle.set_timeout_ms(self.settings.idle_minutes * 60_000)
        self._apply_submission_language()
        language = i18n.resolve(self.settings.interface_language)
        if language != i18n.current():  # at once, keeping the vault, the case and its edits
            from app.gui.language_switch import switch_language

            self.init_options["settings"] = self.settings
            QTimer.singleShot(0, lambda: switch_language(self, language))

    # -- closing ----------------------------------------------------------------------------------
    def changeEvent(self, event: QEvent) -> None:  # noqa: N802
        super().changeEvent(event)
        if event.type() == QEvent.Type.PaletteChange:
            key = self.palette().cacheKey()
            if key != getattr(self, "_palette_key", None):  # e.g. a dark theme switched on while running
                QTimer.singleShot(0, self, lambda: follow_palette(self))  # once every widget has it
            self._palette_key = key

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802
        self.lock_now()
        if self._pending_edit is not None and not dialogs.ask(
                self, self.tr("Unsaved changes"),
                self.tr("The last changes to the open case could not be saved. If you quit now they are lost. "
                        "Quit anyway?\n\nNo: unlock the vault again to get them back and save them."),
                yes=self.tr("Quit and lose them"), no=self.tr("Keep them")):
            event.ignore()
            return
        self._pending_edit = None
        self._save_layout()
        self.guard.clear()
        super().closeEvent(event)
