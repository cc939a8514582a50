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
    assert result.drafts == {"deprivations[0].arrest.time": "25:99"}
    assert drafts.load(vault, case.id) == {"deprivations[0].arrest.time": "25:99"}
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
    result = drafts.save_keeping_drafts(vault, case, {"deprivations[0].arrest.date": "UNIQUEDRAFT 7月"})
    assert result.drafts["deprivations[0].arrest.date"] == "UNIQUEDRAFT 7月"
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
    assert list(result.drafts) == ["+deprivations[1]"]
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
