"""The open case gets the room: the case list folds to a narrow column, its width is remembered,
and every list of items sits above one full-width form."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QSplitter

from tests.gui.conftest import unlock


def test_opening_a_case_gives_the_editor_the_room(demo_folder: Path, unlocked: Any, qtbot: Any) -> None:
    window = unlocked(demo_folder, editor_factory=True)
    window.resize(1024, 700)
    qtbot.wait(10)
    browse = window.splitter.sizes()
    assert browse[0] > browse[1]  # no case open: the list has the room
    window.open_case(window.case_list.model.case_id(0))
    list_width, editor_width = window.splitter.sizes()
    assert editor_width >= 3 * list_width
    assert window.case_list.table.isColumnHidden(4) and not window.case_list.table.isColumnHidden(1)
    window.toggle_case_list()  # F9: all of it to the editor
    assert window.splitter.sizes()[0] == 0
    window.toggle_case_list()
    assert window.splitter.sizes()[0] > 0


def test_the_list_width_is_remembered(demo_folder: Path, unlocked: Any, window_factory: Any, qtbot: Any) -> None:
    window = unlocked(demo_folder, editor_factory=True)
    window.resize(1280, 800)
    window.open_case(window.case_list.model.case_id(0))
    total = sum(window.splitter.sizes())
    window.splitter.setSizes([333, total - 333])
    window.splitter.splitterMoved.emit(333, 1)
    window.close()

    again = window_factory(demo_folder, editor_factory=True)
    again.resize(1280, 800)
    unlock(qtbot, again)
    again.open_case(again.case_list.model.case_id(0))
    assert abs(again.splitter.sizes()[0] - 333) <= 2


def test_tab_leaves_the_case_table(demo_folder: Path, unlocked: Any) -> None:
    window = unlocked(demo_folder)
    assert not window.case_list.table.tabKeyNavigation()


def test_no_list_beside_a_form_beside_a_list(demo_folder: Path, unlocked: Any) -> None:
    from app.gui.editor.binding import ItemListEditor

    window = unlocked(demo_folder, editor_factory=True)
    window.open_case(window.case_list.model.case_id(0))
    lists = window.editor.findChildren(ItemListEditor)
    assert len(lists) >= 8
    for editor in lists:
        split = editor.findChild(QSplitter)
        assert split.orientation() == Qt.Orientation.Vertical, editor.list.accessibleName()


def test_keyboard_reaches_every_section_and_labelled_field(demo_folder: Path, unlocked: Any, qtbot: Any) -> None:
    from PySide6.QtGui import QKeySequence
    from PySide6.QtWidgets import QLabel

    from app.gui.editor.editor import SECTION_KEYS

    window = unlocked(demo_folder, editor_factory=True)
    window.open_case(window.case_list.model.case_id(0))
    editor = window.editor
    assert len(SECTION_KEYS) >= len(editor.sections)  # Evidence, Consent, Submissions included
    for i, key in enumerate(SECTION_KEYS[: len(editor.sections)]):
        assert key in editor.nav.item(i).toolTip() or QKeySequence(key).toString(
            QKeySequence.SequenceFormat.NativeText) in editor.nav.item(i).toolTip()
    buddies = [lab for lab in editor.summary.findChildren(QLabel) if lab.buddy() is not None]
    assert len(buddies) >= 8 and all("&" in lab.text() for lab in buddies)
    letters = [lab.text()[lab.text().index("&") + 1].lower() for lab in buddies]
    assert len(letters) == len(set(letters))  # one letter, one field


def test_sections_show_how_complete_they_are(demo_folder: Path, unlocked: Any) -> None:
    window = unlocked(demo_folder, editor_factory=True)
    window.open_case(window.case_list.model.case_id(0))
    editor = window.editor
    assert not editor.nav.item(0).icon().isNull()
    assert "complete" in editor.nav.item(0).toolTip()
    summary = editor.summary.form
    urgency = summary.widget("urgency")
    reason = summary.widget("urgency_reason")
    urgency.setCurrentIndex(urgency.findData("urgent"))
    reason.setPlainText("")
    hint = summary._hints[0][2]
    assert hint.isVisibleTo(editor.summary)
    reason.setPlainText("Denied medication")
    assert not hint.isVisibleTo(editor.summary)


def test_submissions_history_has_a_page_of_its_own(demo_folder: Path, unlocked: Any) -> None:
    window = unlocked(demo_folder, editor_factory=True)
    window.resize(1024, 700)
    case_id = window.case_list.model.case_id(0)
    window.open_due_item(case_id, "")  # a submission's reply or follow-up date: its history page
    sub = window.editor.submissions
    assert window.editor.stack.currentWidget() is sub and sub.history.isVisible()
    assert sub.track_box.isVisible() and not sub.pages_area.isVisible()
    sub.focus(["submissions"])  # a finding or the section key: back to checking and rendering
    assert sub.pages_area.isVisible() and not sub.history.isVisible()
