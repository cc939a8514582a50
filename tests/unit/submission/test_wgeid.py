"""The WGEID form: rendered in three languages from a real vault, its required-element checks, and the
finding that suggests it on the other forms."""

from __future__ import annotations

import re

import pytest

from app.domain.dates import PartialDate
from app.domain.model import Case, ConsentRecord, Deprivation, DetentionPeriod, Organisation, Person, Place
from app.services import cases as case_service
from app.services.demo import demo_cases
from app.services.disclosure import fmt
from app.services.submission import FORMS, LANGUAGES
from app.services.submission import render as sub
from app.services.submission.checks import check
from app.services.submission.forms import body_config, load_form
from app.services.submission.mapping import build
from tests.unit.export.pdfutil import full_text, reader

DAY = PartialDate(2026, 11, 22)


def _squash(text: str) -> str:
    return re.sub(r"\s+", " ", text)


@pytest.mark.parametrize("lang", LANGUAGES)
def test_renders_every_section_with_the_case_values(vault, lang: str) -> None:  # type: ignore[no-untyped-def]
    case = case_service.save_case(vault, demo_cases()[0])
    r = sub.render(vault, case.id, "wgeid", lang, date=DAY)
    text = _squash(full_text(r.main_pdf))
    definition = load_form("wgeid", lang)
    assert _squash(definition.title) in text
    for section in definition.sections:
        assert _squash(f"{section.number}. {section.title}") in text, section.title
    for field in definition.section("last_seen").fields:
        assert _squash(field.label) in text, field.label
    assert "hrc-wg-eid@un.org" == body_config("wgeid")["email"] and "hrc-wg-eid@un.org" in text
    dep = case.deprivations[0]
    assert fmt.date(dep.arrest.date, lang) in text  # last seen: the arrest date, in the form's language
    assert case.organisation(dep.arrest.force_ids[0]).name in text  # by whom
    assert case.reference in text
    pages = len(reader(r.main_pdf).pages)
    assert definition.label("page").format(page=pages, pages=pages) in text
    annex = _squash(full_text(r.annex_pdf))
    source = case.persons_with_role("source")[0]
    assert source.relationship_to_victim and source.relationship_to_victim in annex  # relationship: annex only


def test_one_form_per_disappeared_person(case: Case) -> None:
    second = Person(roles=["victim"], family_name_latin="Li", given_name_latin="Ming")
    case.persons.append(second)
    case.consents.append(ConsentRecord(person_id=second.id, given_by="family", submit_to_un=True, name_to_state=True))
    s = build(case, "wgeid", "en", date=DAY)
    assert len(s.documents) == 2 and s.person_ids == [[case.persons[0].id], [second.id]]
    assert "Form 2 of 2" in "\n".join(s.documents[1].all_text())


def test_last_seen_falls_back_on_the_first_known_detention(case: Case) -> None:
    dep = case.deprivations[0]
    dep.arrest.date, dep.arrest.place, dep.arrest.force_ids = None, Place(), []
    dep.periods[0].place = Place("CN", "Hubei", "Wuhan", "Detention centre No. 2")
    text = build(case, "wgeid", "en", date=DAY).main_text()
    assert "7 February 2020" in text and "Detention centre No. 2" in text
    assert "Wuhan Municipal Public Security Bureau" in text  # the holding authority stands in for the forces


def _codes(case: Case, form: str = "wgeid") -> dict[str, str]:
    return {f.code: f.severity for f in check(case, form)}


def test_complete_case_meets_the_required_elements(case: Case) -> None:
    assert [f for f in check(case, "wgeid") if f.blocking] == []


def test_date_needs_at_least_month_and_year(case: Case) -> None:
    dep = case.deprivations[0]
    dep.arrest.date = PartialDate(2020)
    dep.periods[0].start = None
    found = [f for f in check(case, "wgeid") if f.code == "wgeid-no-date"]
    assert len(found) == 1 and found[0].blocking
    assert found[0].path == "deprivations[0].arrest.date" and "Chen Qiushi" in found[0].message
    assert dict(found[0].params)["person"] == case.persons[0].display_name()
    dep.arrest.date = PartialDate(2020, 2)
    assert "wgeid-no-date" not in _codes(case)


def test_place_forces_and_steps_are_required(case: Case) -> None:
    dep = case.deprivations[0]
    dep.arrest.place = Place()
    dep.arrest.force_ids = []
    dep.periods[0].holding_authority_id = ""
    case.remedies = []
    found = {f.code: f for f in check(case, "wgeid")}
    for code, path in (("wgeid-no-place", "deprivations[0].arrest.place"),
                       ("wgeid-no-forces", "deprivations[0].arrest.force_ids"), ("wgeid-no-steps", "remedies")):
        assert found[code].blocking and found[code].path == path and "Chen Qiushi" in found[code].message
        assert found[code].item_id == case.persons[0].id
    assert "no-remedies" not in found  # the WGAD/SP wording ("not required") is wrong for the WGEID
    case.remedies_note = "The family was turned away by every police station in Wuhan; no lawyer would file."
    assert "wgeid-no-steps" not in _codes(case)


def test_source_relationship_is_asked_for(case: Case) -> None:
    assert _codes(case)["wgeid-no-relationship"] == "warning"
    case.persons[1].relationship_to_victim = "sister"
    assert "wgeid-no-relationship" not in _codes(case)
    case.persons[1].relationship_to_victim = ""
    assert "wgeid-no-relationship" not in _codes(case, "wgad")


@pytest.mark.parametrize("form", [f for f in FORMS if f not in ("wgeid", "reprisals")])  # about a detention
def test_incommunicado_in_an_unknown_place_suggests_the_wgeid(case: Case, form: str) -> None:
    # the complete case: residential surveillance at a designated location, incommunicado, no place known
    found = [f for f in check(case, form) if f.code == "suggest-wgeid"]
    assert len(found) == 1 and not found[0].blocking
    assert found[0].path == "deprivations[0].periods[0].place" and "Chen Qiushi" in found[0].message
    assert "wgeid" in found[0].message


def test_no_suggestion_when_the_place_is_known_or_contact_allowed(case: Case) -> None:
    period = case.deprivations[0].periods[0]
    assert "suggest-wgeid" not in _codes(case, "wgeid")  # not on the WGEID form itself
    period.place = Place("CN", "Hubei", "Wuhan")
    assert "suggest-wgeid" not in _codes(case, "wgad")
    period.place = Place("CN", "Hubei", "", "an undisclosed location")
    assert "suggest-wgeid" in _codes(case, "wgad")
    period.incommunicado = "no"
    assert "suggest-wgeid" not in _codes(case, "wgad")
    period.incommunicado = "yes"
    facility = Organisation(name="Wuhan Municipal Detention Centre", kind="detention-facility")
    case.organisations.append(facility)
    period.facility_id = facility.id
    assert "suggest-wgeid" not in _codes(case, "sp-urgent")
    case.deprivations.append(Deprivation(person_id=case.persons[0].id, periods=[
        DetentionPeriod(kind="whereabouts-unknown", place=Place("CN", "Hubei", "Wuhan"), incommunicado="yes")]))
    assert "suggest-wgeid" in _codes(case, "sp-urgent")
