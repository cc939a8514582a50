"""Locking (shortcut, idle), the clipboard, and what the window shows."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication

from app.gui import dialogs
from app.gui.security import ClipboardGuard, IdleLock, copy_sensitive, sensitive_mime
from tests.gui.conftest import minimal_cases, unlock, visible_texts

SECRETS = ("林晓雯", "晓雯", "Lin Xiaowen", "DEMO-001")


def demo_texts(window):
    return [t for t in visible_texts(window) if any(s in t for s in SECRETS)]


def show_everything(qtbot, window):
    """Open a case and search, so that case text is on screen before locking."""
    window.case_list.model.fetchMore()
    index = window.case_list.model.index(0, 0)
    window.case_list.table.setCurrentIndex(index)
    window.case_list.table.activated.emit(index)
    window.search_box.setText("晓雯")
    qtbot.waitUntil(lambda: window.search_view.model.rowCount() > 0, timeout=10_000)
    assert demo_texts(window)


def assert_nothing_shown(window):
    assert window.case_list.model.rowCount() == 0
    assert window.search_view.model.rowCount() == 0
    assert window.case_list.tag.count() <= 1
    assert demo_texts(window) == []
    assert window.windowTitle() == "Recourse — locked"
    assert window.stack.currentWidget() is window.unlock_screen


def test_ctrl_l_locks_and_clears_every_view(qtbot, unlocked, demo_folder):
    window = unlocked(demo_folder)
    show_everything(qtbot, window)
    vault = window.session.vault
    qtbot.keyClick(window.case_list.table, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
    assert not window.unlocked and vault.locked
    assert_nothing_shown(window)
    unlock(qtbot, window)  # and it opens again
    assert window.case_list.model.rowCount() == 3


def test_lock_closes_open_dialogs(qtbot, unlocked, make_vault):
    window = unlocked(make_vault(minimal_cases(2)))
    settings, about = window.open_settings(), window.open_about()
    assert settings.isVisible() and about.isVisible()
    window.lock_action.trigger()
    assert not settings.isVisible() and not about.isVisible()


def test_idle_lock(qtbot, unlocked, demo_folder):
    window = unlocked(demo_folder, idle_ms=60_000)
    show_everything(qtbot, window)
    window.idle.set_timeout_ms(200)  # short, once there is something on screen to clear
    qtbot.waitUntil(lambda: not window.unlocked, timeout=10_000)
    assert_nothing_shown(window)
    assert not window.idle.active  # no timer runs while locked


def test_input_restarts_the_idle_timer(qtbot):
    from PySide6.QtWidgets import QLineEdit

    edit = QLineEdit()
    qtbot.addWidget(edit)
    idle = IdleLock(60_000)
    idle.start()
    try:
        before = idle.resets
        qtbot.keyClick(edit, Qt.Key.Key_A)
        qtbot.mouseClick(edit, Qt.MouseButton.LeftButton)
        assert idle.resets >= before + 2 and idle.active
    finally:
        idle.stop()


def test_window_title_never_shows_a_case(qtbot, unlocked, demo_folder):
    window = unlocked(demo_folder)
    titles = {window.windowTitle()}
    show_everything(qtbot, window)
    titles.add(window.windowTitle())
    window.lock_now()
    titles.add(window.windowTitle())
    assert titles == {"Recourse", "Recourse — locked"}


def test_copies_are_marked_for_clipboard_managers():
    mime = sensitive_mime("秘密", platform="linux")
    assert mime.text() == "秘密" and bytes(mime.data("x-kde-passwordManagerHint")) == b"secret"
    win = sensitive_mime("x", platform="win32")
    assert any("ExcludeClipboardContentFromMonitorProcessing" in f for f in win.formats())
    mac = sensitive_mime("x", platform="darwin")
    assert "application/x-nspasteboard-concealed-type" in mac.formats()


def test_clipboard_is_cleared_after_the_delay(qtbot):
    clipboard = QGuiApplication.clipboard()
    guard = ClipboardGuard(clear_after_ms=100)
    with qtbot.waitSignal(guard.cleared, timeout=5000):
        guard.copy("次仁多吉")
        assert clipboard.text() == "次仁多吉"
        assert bytes(clipboard.mimeData().data("x-kde-passwordManagerHint")) == b"secret"
    assert clipboard.text() == ""


def test_clipboard_not_cleared_when_the_user_copied_something_else(qtbot):
    clipboard = QGuiApplication.clipboard()
    guard = ClipboardGuard(clear_after_ms=50)
    guard.copy("ours")
    clipboard.setText("theirs")
    qtbot.wait(150)
    assert clipboard.text() == "theirs"


def test_copy_reference_then_lock_clears_the_clipboard(qtbot, unlocked, make_vault):
    window = unlocked(make_vault(minimal_cases(2)), clipboard_clear_ms=60_000)
    window.case_list.table.setCurrentIndex(window.case_list.model.index(0, 0))
    window.copy_ref_action.trigger()
    assert QGuiApplication.clipboard().text().startswith("RC-")
    window.lock_now()
    assert QGuiApplication.clipboard().text() == ""


def test_copy_sensitive_helper(qtbot):
    with qtbot.waitSignal(copy_sensitive.__globals__["clipboard_guard"]().cleared, timeout=5000):
        copy_sensitive("RC-1", clear_after_ms=50)
    assert QGuiApplication.clipboard().text() == ""


def test_delete_case_asks_naming_the_reference_only(qtbot, unlocked, demo_folder):
    window = unlocked(demo_folder)
    model = window.case_list.model
    row = next(r for r in range(model.rowCount()) if model.index(r, 0).data() == "DEMO-001")
    window.case_list.table.setCurrentIndex(model.index(row, 0))
    dialogs.set_next_answer(False)
    window.delete_action.trigger()
    question = dialogs.history[-1]
    assert "DEMO-001" in question.text and "晓雯" not in question.text and "Lin" not in question.text
    assert model.rowCount() == 3
    dialogs.set_next_answer(True)
    window.delete_action.trigger()
    qtbot.waitUntil(lambda: model.rowCount() == 2, timeout=5000)
    assert "DEMO-001" not in [model.index(r, 0).data() for r in range(2)]


@pytest.mark.parametrize("action", ["new_action", "delete_action", "lock_action", "find_action"])
def test_vault_actions_disabled_while_locked(qtbot, window_factory, make_vault, action):
    window = window_factory(make_vault())
    assert not getattr(window, action).isEnabled()
