"""One refused field never stops the rest of the case from being stored; it is kept as a draft."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from app.domain.dates import PartialDate
from app.domain.model import Arrest, Case, Deprivation, Person
from app.errors import ValidationError
from app.services import cases, drafts


def stored_case(vault: Any) -> Case:
    p = Person(family_name="Li", given_name="Wei")
    case = Case(reference="RC-1", title="Lawyer", persons=[p],
                deprivations=[Deprivation(person_id=p.id, arrest=Arrest(time="10:00"))])
    return cases.save_case(vault, case)


def test_valid_fields_save_and_the_refused_one_becomes_a_draft(vault: Any) -> None:
    case = stored_case(vault)
    case.title = "Detained lawyer"  # valid
    case.deprivations[0].arrest.time = "25:99"  # refused
    result = drafts.save_keeping_drafts(vault, case)
    again = cases.get_case(vault, case.id)
    assert again.title == "Detained lawyer"
    assert again.deprivations[0].arrest.time == "10:00"  # the stored value stays
    key = f"deprivations[@{case.deprivations[0].id}].arrest.time"  # the item by id, not position
    assert result.drafts == {key: "25:99"}
    assert drafts.load(vault, case.id) == {key: "25:99"}
    assert [p for p, _m in result.set_back] == ["deprivations[0].arrest.time"]
    assert case.deprivations[0].arrest.time == "25:99"  # the editor's copy keeps what was typed


def test_fixing_the_field_clears_the_draft(vault: Any) -> None:
    case = stored_case(vault)
    case.deprivations[0].arrest.time = "25:99"
    drafts.save_keeping_drafts(vault, case)
    case.deprivations[0].arrest.time = "23:59"
    result = drafts.save_keeping_drafts(vault, case)
    assert result.drafts == {} and drafts.load(vault, case.id) == {}
    assert cases.get_case(vault, case.id).deprivations[0].arrest.time == "23:59"


def test_editor_drafts_are_kept_and_stored_encrypted(vault: Any, vault_path: Path) -> None:
    case = stored_case(vault)
    key = f"deprivations[@{case.deprivations[0].id}].arrest.date"
    result = drafts.save_keeping_drafts(vault, case, {key: "UNIQUEDRAFT 7月"})
    assert result.drafts[key] == "UNIQUEDRAFT 7月"
    vault.db.checkpoint()
    for f in vault_path.rglob("*"):
        if f.is_file():
            assert b"UNIQUEDRAFT" not in f.read_bytes(), f


def test_a_new_item_that_cannot_be_stored_is_set_aside_and_restored(vault: Any) -> None:
    case = stored_case(vault)
    case.title = "Kept"
    case.deprivations.append(Deprivation(person_id="", arrest=Arrest(date=PartialDate(2023, 7, 9))))
    result = drafts.save_keeping_drafts(vault, case)
    again = cases.get_case(vault, case.id)
    assert again.title == "Kept" and len(again.deprivations) == 1
    assert list(result.drafts) == ["+deprivations[1]"]  # where it goes back (it has no stored place)
    reopened = cases.get_case(vault, case.id)
    drafts.restore_items(reopened, drafts.load(vault, case.id))
    assert len(reopened.deprivations) == 2
    assert reopened.deprivations[1].arrest.date == PartialDate(2023, 7, 9)
    assert reopened.deprivations[1].id == case.deprivations[1].id


def test_a_reference_another_case_uses_is_a_draft(vault: Any) -> None:
    stored_case(vault)
    other = cases.save_case(vault, Case(reference="RC-2", title="Other"))
    other.reference = "RC-1"
    result = drafts.save_keeping_drafts(vault, other)
    assert cases.get_case(vault, other.id).reference == "RC-2"
    assert result.drafts == {"reference": "RC-1"}


def test_deleting_the_case_deletes_its_drafts(vault: Any) -> None:
    case = stored_case(vault)
    drafts.save(vault, case.id, {"title": "x"})
    cases.delete_case(vault, case.id)
    assert drafts.load(vault, case.id) == {}


def test_a_problem_no_field_or_item_explains_still_refuses(vault: Any) -> None:
    case = stored_case(vault)
    case.tags = ["ok", " "]  # a blank tag: a list entry, not a field or an item
    with pytest.raises(ValidationError):
        drafts.save_keeping_drafts(vault, case)
    assert cases.get_case(vault, case.id).tags == []


def three_people(vault: Any) -> Case:
    people = [Person(family_name=n) for n in ("Li", "Wang", "Zhang")]
    return cases.save_case(vault, Case(reference="RC-3", title="Three", persons=people))


def test_a_draft_follows_its_item_when_an_earlier_one_is_deleted(vault: Any) -> None:
    case = three_people(vault)
    wang = case.persons[1]
    key = f"persons[@{wang.id}].birth_date"
    drafts.save_keeping_drafts(vault, case, {key: "1985年13月"})  # an unreadable date on item 2 of 3
    del case.persons[0]
    result = drafts.save_keeping_drafts(vault, case, drafts.load(vault, case.id, case))
    assert result.drafts == {key: "1985年13月"}
    again = cases.get_case(vault, case.id)
    loaded = drafts.load(vault, case.id, again)
    assert [drafts.display_path(again, k) for k in loaded] == ["persons[0].birth_date"]  # Wang is first now
    assert again.persons[0].family_name == "Wang"


def test_a_draft_follows_its_item_when_items_are_reordered(vault: Any) -> None:
    case = three_people(vault)
    key = f"persons[@{case.persons[2].id}].birth_date"
    case.persons.reverse()
    drafts.save_keeping_drafts(vault, case, {key: "1985年13月"})
    again = cases.get_case(vault, case.id)
    assert [drafts.display_path(again, k) for k in drafts.load(vault, case.id, again)] == ["persons[0].birth_date"]


def test_drafts_of_a_deleted_item_are_dropped(vault: Any) -> None:
    case = three_people(vault)
    key = f"persons[@{case.persons[1].id}].birth_date"
    drafts.save_keeping_drafts(vault, case, {key: "1985年13月"})
    del case.persons[1]
    assert drafts.save_keeping_drafts(vault, case, {key: "1985年13月"}).drafts == {}
    assert drafts.load(vault, case.id) == {}


def test_old_drafts_by_position_are_read_against_the_case_they_were_saved_with(vault: Any) -> None:
    """Drafts written before ids were used (plain indexes) name the items of the stored case then;
    they are read against it and move with their items from then on."""
    case = three_people(vault)
    drafts.save(vault, case.id, {"persons[1].birth_date": "1985年13月", "persons[7].birth_date": "gone",
                                 "title": "a title draft"})
    wang = case.persons[1].id
    loaded = drafts.load(vault, case.id)
    assert loaded == {f"persons[@{wang}].birth_date": "1985年13月", "title": "a title draft"}
    del case.persons[0]
    drafts.save_keeping_drafts(vault, case, loaded)
    assert drafts.load(vault, case.id) == loaded


def test_stable_and_positional_paths_are_inverse() -> None:
    from app.domain.paths import positional, stable

    case = Case(persons=[Person(family_name="A"), Person(family_name="B")])
    case.deprivations.append(Deprivation(person_id=case.persons[1].id))
    b, d = case.persons[1].id, case.deprivations[0].id
    assert stable(case, "persons[1].birth_date") == f"persons[@{b}].birth_date"
    assert stable(case, "$.deprivations[0].arrest.time") == f"deprivations[@{d}].arrest.time"
    assert stable(case, "persons[5].birth_date") is None
    assert stable(case, "deprivations[0].periods[3]", keep_last=True) == f"deprivations[@{d}].periods[3]"
    assert positional(case, f"persons[@{b}].birth_date") == "persons[1].birth_date"
    assert positional(case, "persons[@nobody].birth_date") is None
    assert positional(case, "persons[0].birth_date") == "persons[0].birth_date"  # a plain path stays
    assert positional(case, f"deprivations[@{d}].periods[3]") == "deprivations[0].periods[3]"  # an insertion point
    case.persons.reverse()
    assert positional(case, f"persons[@{b}].birth_date") == "persons[0].birth_date"
