"""Nothing typed is lost: valid fields are stored when another is not; what cannot be stored is
kept as an encrypted draft of its field, through lock, close and reopening."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from app.services import cases as case_service
from app.services import drafts as draft_service
from tests.gui.conftest import unlock


def first_case_id(window: Any) -> str:
    return window.case_list.model.case_id(0)


def type_into(qtbot: Any, widget: Any, text: str) -> None:
    """Type *text* as an input method commits it (CJK text cannot be sent as key clicks)."""
    from PySide6.QtGui import QInputMethodEvent
    from PySide6.QtWidgets import QApplication

    widget.selectAll()
    ev = QInputMethodEvent("", [])
    ev.setCommitString(text)
    QApplication.sendEvent(widget, ev)


def test_lock_keeps_valid_edits_and_the_unreadable_date_as_a_draft(
    demo_folder: Path, unlocked: Any, qtbot: Any
) -> None:
    window = unlocked(demo_folder, editor_factory=True)
    case_id = first_case_id(window)
    window.open_case(case_id)
    editor = window.editor
    type_into(qtbot, editor.summary.form.widget("title"), "Title typed before the lock")
    editor.show_section(editor.sections.index(editor.people))
    birth = editor.people.form.widget("birth_date")
    type_into(qtbot, birth.edit, "1985年13月")  # no 13th month: cannot be stored
    assert not birth.is_valid()
    window.lock_now()  # the idle lock does the same
    assert not window.unlocked

    unlock(qtbot, window)
    vault = window.session.vault
    stored = case_service.get_case(vault, case_id)
    assert stored.title == "Title typed before the lock"
    person = stored.persons[0].id  # drafts name items by id, not position
    assert draft_service.load(vault, case_id) == {f"persons[@{person}].birth_date": "1985年13月"}
    window.open_case(case_id)
    editor = window.editor
    editor.show_section(editor.sections.index(editor.people))
    birth = editor.people.form.widget("birth_date")
    assert birth.text() == "1985年13月" and not birth.is_valid()  # shown again, marked
    assert editor.problems.isVisibleTo(editor)
    type_into(qtbot, birth.edit, "1985年12月")
    assert birth.preview.text()  # how it was understood
    assert editor.save_now()
    born = case_service.get_case(vault, case_id).persons[0].birth_date
    assert born is not None and (born.year, born.month, born.day) == (1985, 12, None)
    assert draft_service.load(vault, case_id) == {}
    assert not editor.problems.isVisibleTo(editor)


def test_closing_the_window_keeps_the_draft(
    demo_folder: Path, unlocked: Any, window_factory: Any, qtbot: Any
) -> None:
    window = unlocked(demo_folder, editor_factory=True)
    case_id = first_case_id(window)
    window.open_case(case_id)
    editor = window.editor
    editor.show_section(editor.sections.index(editor.detention))
    time = editor.detention.form.arrest.widget("time") if hasattr(editor.detention.form, "arrest") else None
    if time is None:  # the arrest form's time field, wherever the section puts it
        time = next(w for w in _inputs(editor.detention) if w.accessibleName().lower().startswith("arrest time")
                    or w.accessibleName().lower() == "time")
    time.setFocus()
    type_into(qtbot, time, "25:99")
    window.close()
    assert window.session is None or not window.unlocked

    again = window_factory(demo_folder, editor_factory=True)
    unlock(qtbot, again)
    drafts = draft_service.load(again.session.vault, case_id)
    assert list(drafts.values()) == ["25:99"]
    assert case_service.get_case(again.session.vault, case_id).deprivations[0].arrest.time != "25:99"


def _inputs(root: Any) -> list[Any]:
    from PySide6.QtWidgets import QLineEdit

    return [w for w in root.findChildren(QLineEdit) if w.accessibleName()]
