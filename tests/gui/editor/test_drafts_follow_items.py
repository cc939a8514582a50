"""A draft belongs to its item, not to a position in the list: removing or moving items never
shows one person's unreadable date on another person."""

from __future__ import annotations

from typing import Any

from app.domain.model import Case, Person
from app.services import cases
from app.services import drafts as draft_service

BAD = "1985年13月"  # no 13th month: cannot be stored, kept as a draft


def three_people(vault: Any) -> Case:
    return cases.save_case(vault, Case(reference="RC-3", title="Three",
                                       persons=[Person(family_name=n) for n in ("Li", "Wang", "Zhang")]))


def people(editor: Any) -> Any:
    editor.show_section(editor.sections.index(editor.people))
    return editor.people


def birth(editor: Any) -> Any:
    return editor.people.form.widget("birth_date")


def shown(editor: Any, row: int) -> tuple[str, str]:
    """(family name, birth date text) of the person at *row* once selected."""
    section = people(editor)
    section.list.select(row)
    return section.list.items[row].family_name, birth(editor).text()


def test_a_typed_draft_stays_with_its_person_when_an_earlier_one_is_removed(editor: Any, vault: Any) -> None:
    case = three_people(vault)
    editor.open_case(case.id)
    section = people(editor)
    section.list.select(1)  # Wang, item 2 of 3
    birth(editor).edit.setText(BAD)
    birth(editor).edit.textEdited.emit(BAD)
    assert not birth(editor).is_valid()
    section.list.select(0)
    section.list.remove_current()  # Li goes
    assert [p.family_name for p in editor.case.persons] == ["Wang", "Zhang"]
    assert shown(editor, 1) == ("Zhang", "")
    assert shown(editor, 0) == ("Wang", BAD)
    assert editor.save_now()
    wang = editor.case.persons[0].id
    assert draft_service.load(vault, case.id) == {f"persons[@{wang}].birth_date": BAD}


def test_a_stored_draft_stays_with_its_person_after_reopening_and_removing(editor: Any, vault: Any) -> None:
    case = three_people(vault)
    wang = case.persons[1].id
    editor.open_case(case.id)
    people(editor).list.select(1)
    birth(editor).edit.setText(BAD)
    birth(editor).edit.textEdited.emit(BAD)
    assert editor.save_now()
    other = cases.save_case(vault, Case(reference="RC-4", title="Other"))
    editor.open_case(other.id)
    editor.open_case(case.id)  # the draft comes back from the vault, Li is shown first
    section = people(editor)
    assert shown(editor, 0) == ("Li", "")
    section.list.remove_current()  # remove Li before Wang was ever shown
    assert shown(editor, 1) == ("Zhang", "")
    assert shown(editor, 0) == ("Wang", BAD)
    assert not birth(editor).is_valid()
    assert editor.save_now()
    assert draft_service.load(vault, case.id) == {f"persons[@{wang}].birth_date": BAD}
    assert cases.get_case(vault, case.id).persons[0].id == wang


def test_a_draft_moves_with_its_person(editor: Any, vault: Any) -> None:
    case = three_people(vault)
    editor.open_case(case.id)
    section = people(editor)
    section.list.select(1)
    birth(editor).edit.setText(BAD)
    birth(editor).edit.textEdited.emit(BAD)
    section.list.move_item(-1)  # Wang up, Li down
    assert shown(editor, 1) == ("Li", "")
    assert shown(editor, 0) == ("Wang", BAD)


def test_a_draft_of_an_item_not_shown_yet_survives_a_save(editor: Any, vault: Any) -> None:
    case = three_people(vault)
    editor.open_case(case.id)
    people(editor).list.select(2)
    birth(editor).edit.setText(BAD)
    birth(editor).edit.textEdited.emit(BAD)
    assert editor.save_now()
    editor.open_case(cases.save_case(vault, Case(reference="RC-4", title="Other")).id)
    editor.open_case(case.id)
    editor.summary.form.widget("title").setText("Three, edited")
    editor.summary.form.widget("title").textEdited.emit("Three, edited")
    assert editor.save_now()  # Zhang's draft was never shown in this session: it is kept
    assert list(draft_service.load(vault, case.id).values()) == [BAD]
    assert shown(editor, 2) == ("Zhang", BAD)
