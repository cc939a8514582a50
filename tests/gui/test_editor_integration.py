"""The real case editor, when this build has it (app.gui.editor.CaseEditor); skipped otherwise."""

from __future__ import annotations

import pytest

from app.gui.main_window import editor_class
from tests.gui.test_security import assert_nothing_shown, show_everything


@pytest.mark.skipif(editor_class() is None, reason="app.gui.editor.CaseEditor is not in this build")
def test_real_editor_opens_a_case_and_is_cleared_on_lock(qtbot, unlocked, demo_folder):
    window = unlocked(demo_folder, editor_factory=True)
    assert window.editor is None  # built when first needed
    show_everything(qtbot, window)
    assert window.editor is not None and window.editor is not window.placeholder
    assert window.editor_area.currentWidget() is window.editor
    window.lock_now()
    assert_nothing_shown(window)


def test_placeholder_when_there_is_no_editor(qtbot, unlocked, demo_folder):
    window = unlocked(demo_folder, editor_factory=None)
    assert window.editor is window.placeholder
    show_everything(qtbot, window)
    window.lock_now()
    assert_nothing_shown(window)


@pytest.mark.skipif(editor_class() is None, reason="app.gui.editor.CaseEditor is not in this build")
def test_ctrl_l_locks_even_with_focus_in_the_editor(qtbot, unlocked, demo_folder):
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QLineEdit

    window = unlocked(demo_folder, editor_factory=True)
    window.open_case(window.case_list.model.case_id(0))
    assert window._editor_case_id() == window.case_list.model.case_id(0)
    edit = next(w for w in window.editor.findChildren(QLineEdit) if w.isVisible() and w.isEnabled())
    edit.setFocus()
    qtbot.keyClick(edit, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
    assert not window.unlocked
    assert_nothing_shown(window)


@pytest.mark.skipif(editor_class() is None, reason="app.gui.editor.CaseEditor is not in this build")
def test_locking_keeps_a_valid_edit(qtbot, unlocked, demo_folder):
    from PySide6.QtWidgets import QLineEdit

    from app.services import cases as case_service
    from app.services.vault import Vault
    from tests.conftest import PASSPHRASE

    window = unlocked(demo_folder, editor_factory=True)
    case_id = window.case_list.model.case_id(0)
    title = window.case_list.model.index(0, 1).data()
    window.open_case(case_id)
    edit = next(w for w in window.editor.findChildren(QLineEdit) if w.text() == title)
    edit.setText(title + " (edited before lock)")
    edit.textEdited.emit(edit.text())
    window.lock_now()
    with Vault.unlock(demo_folder, PASSPHRASE) as vault:
        assert case_service.get_case(vault, case_id).title == title + " (edited before lock)"


def test_an_editor_that_fails_to_build_is_reported_not_hidden(qtbot, unlocked, demo_folder):
    def broken(_session, _parent):
        raise RuntimeError("secret case text must not reach the log")

    window = unlocked(demo_folder, editor_factory=broken)
    editor = window._ensure_editor()  # the editor is built on first use
    assert editor is window.placeholder and window.placeholder.broken
    window.placeholder.open_case("0" * 32)
    assert "could not start" in window.placeholder.label.text()
    assert "not part of this build" not in window.placeholder.label.text()
    assert "secret case text" not in window.placeholder.label.text()
