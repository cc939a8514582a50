"""Several victims, several detention episodes, different consent, incidents that are not arrests."""

from __future__ import annotations

from app.domain.dates import PartialDate
from app.domain.document import FieldRow, Section
from app.domain.model import (
    Arrest, ConsentRecord, Deprivation, DetentionPeriod, IllTreatment, Person, Place, Proceedings,
)
from app.services.submission.mapping import build
from tests.unit.submission.conftest import complete_case

DAY = PartialDate(2026, 11, 22)


def _rows(section: Section) -> list[FieldRow]:
    out = [b for b in section.blocks if isinstance(b, FieldRow)]
    for s in section.subsections:
        out += _rows(s)
    return out


def _find(doc, number: str) -> Section:  # type: ignore[no-untyped-def]
    return next(s for s in doc.sections if s.number == number)


def _titles(section: Section) -> list[str]:
    out = []
    for s in section.subsections:
        out.append(s.title)
        out += _titles(s)
    return out


def two_victims():  # type: ignore[no-untyped-def]
    case = complete_case()
    second = Person(roles=["victim"], family_name="李", given_name="明", family_name_latin="Li",
                    given_name_latin="Ming", sex="male", birth_date=PartialDate(1985, 3))
    case.persons.append(second)
    case.deprivations.append(Deprivation(
        person_id=second.id,
        arrest=Arrest(date=PartialDate(2020, 2, 10), place=Place("CN", "Hubei", "Wuhan"),
                      circumstances="Police seized him from his home at dawn."),
        periods=[DetentionPeriod(start=PartialDate(2020, 2, 10), ongoing=True, conditions="Shared cell, no daylight.")],
        ill_treatment=IllTreatment(torture_or_ill_treatment="yes", description="Beaten during questioning.")))
    case.consents.append(ConsentRecord(person_id=second.id, submit_to_un=True, name_to_state=False,
                                       name_in_public="initials"))
    return case, second


def test_sp_letter_names_each_victim_per_consent_in_labelled_blocks() -> None:
    case, second = two_victims()
    sub = build(case, "sp-allegation", "en", date=DAY)
    assert len(sub.documents) == 1
    main = sub.main_text()
    assert "陈秋实" in main and "李明" not in main and "Ming" not in main and "L. M." in main
    incident = _find(sub.main, "4")
    titles = _titles(incident)
    assert "Facts concerning Person 2 of 2: L. M." in titles
    block = next(s for s in incident.subsections[0].subsections if s.title.endswith("L. M."))
    assert any("Police seized him" in r.value for r in _rows(block))  # the arrest reads as his, labelled
    dates = [r for r in incident.blocks if isinstance(r, FieldRow) and r.number == "4.1"]
    assert [r.label for r in dates] == ["Date(s) — Person 1 of 2: 陈秋实 (Chen Qiushi)", "Date(s) — Person 2 of 2: L. M."]
    assert "; " not in dates[0].value  # one date per victim, not concatenated
    treatment = next(s for s in incident.subsections if s.number == "4.6")
    assert any("Beaten during questioning." == r.value for r in _rows(treatment))
    assert "Facts concerning Person 2 of 2: L. M." in _titles(treatment)
    # consent: what is on record, for each; the annex has the full name
    consent = _find(sub.main, "8")
    assert any(r.label.startswith("L. M.") for r in _rows(consent))
    assert "李明 (Li Ming)" in "\n".join(sub.annex.all_text())


def test_wgad_makes_one_questionnaire_per_victim() -> None:
    case, second = two_victims()
    sub = build(case, "wgad", "fr", date=DAY)
    assert len(sub.documents) == 2 and sub.person_ids == [[case.persons[0].id], [second.id]]
    first, other = ("\n".join(d.all_text()) for d in sub.documents)
    assert "Questionnaire 1 sur 2 : 陈秋实 (Chen Qiushi)" in first and "Police seized him" not in first
    assert "Police seized him" in other and "Conditions de détention" in other


def test_a_victim_without_consent_is_not_said_to_have_asked_for_anonymity() -> None:
    case, second = two_victims()
    case.consents = case.consents[:1]
    sub = build(case, "sp-allegation", "en", date=DAY)
    main = sub.main_text()
    assert "Name not given: no consent to disclose it is on record" in main
    assert "at the request of the person concerned" not in main
    assert "No consent record" in main


def test_two_detention_episodes_of_one_person() -> None:
    case = complete_case()
    dep = case.deprivations[0]
    dep.periods = [DetentionPeriod(start=PartialDate(2019, 1, 3), end=PartialDate(2019, 1, 13),
                                   conditions="Ten days in a police cell."),
                   DetentionPeriod(start=PartialDate(2019, 10, 15), ongoing=True)]
    again = Deprivation(person_id=dep.person_id, arrest=Arrest(date=PartialDate(2021, 6, 1), place=Place("CN")),
                        periods=[DetentionPeriod(start=PartialDate(2021, 6, 1), end=PartialDate(2021, 6, 20))],
                        still_detained="no")
    case.deprivations.append(again)
    sub = build(case, "wgad", "en", date=DAY)
    detention = _find(sub.main, "III")
    assert [s.title for s in detention.subsections] == ["Episode 1 of 2 (6 February 2020)", "Episode 2 of 2 (1 June 2021)"]
    duration = [r.value for r in _rows(detention) if r.number == "2"]
    assert duration[0] == ("3 January 2019 – 13 January 2019 (10 days); "
                           "since 15 October 2019, still held (7 years 1 month)")
    assert duration[1] == "1 June 2021 – 20 June 2021 (19 days)"
    arrest = _find(sub.main, "II")
    assert len(arrest.subsections) == 2  # every episode's arrest, not only the first


def test_sp_incident_that_is_not_an_arrest() -> None:
    case = complete_case()
    dep = case.deprivations[0]
    dep.arrest = Arrest()
    dep.periods = []
    dep.proceedings = [Proceedings(verdict_date=PartialDate(2021, 5, 4), sentence="Travel ban of two years")]
    sub = build(case, "sp-urgent", "es", date=DAY)
    rows = {r.number: r.value for r in _rows(_find(sub.main, "5")) if r.number in ("5.1", "5.2")}
    assert rows["5.1"] == "Fecha de la sentencia: 4 de mayo de 2021"
    assert not [f for f in sub.findings if f.blocking and f.code.startswith("no-arrest")]


def test_other_procedures_once_per_victim() -> None:
    case = complete_case()
    case.deprivations[0].other_procedures = "Committee against Torture, 2021."
    case.deprivations.append(Deprivation(person_id=case.persons[0].id, other_procedures="Committee against Torture, 2021."))
    main = build(case, "wgad", "en", date=DAY).main_text()
    assert main.count("Committee against Torture, 2021.") == 1
