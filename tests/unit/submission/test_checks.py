"""Each completeness finding, triggered by a case built to trigger it."""

from __future__ import annotations

import pytest

from app.domain.dates import PartialDate
from app.domain.model import Case, EvidenceItem, Organisation, Place
from app.services.submission import FORMS
from app.services.submission.checks import check, word_count


def codes(case: Case, form: str = "wgad") -> dict[str, str]:
    return {f.code: f.severity for f in check(case, form)}


@pytest.mark.parametrize("form", FORMS)
def test_complete_case_has_no_blocking_findings(case: Case, form: str) -> None:
    assert [f for f in check(case, form) if f.blocking] == []


def test_no_identified_victim(case: Case) -> None:
    case.persons[0].roles = ["witness"]
    assert codes(case)["no-victim"] == "blocking"


def test_victim_without_any_name_does_not_count(case: Case) -> None:
    v = case.persons[0]
    v.family_name = v.given_name = v.family_name_latin = v.given_name_latin = ""
    assert "no-victim" in codes(case)


def test_no_source_identity(case: Case) -> None:
    case.persons[1].roles = ["witness"]
    assert codes(case)["no-source"] == "blocking"


def test_source_without_contact_is_a_warning(case: Case) -> None:
    case.persons[1].contact.email = ""
    assert codes(case)["no-source-contact"] == "warning"


def test_no_consent_to_submit(case: Case) -> None:
    case.consents[0].submit_to_un = False
    finding = [f for f in check(case, "wgad") if f.code == "no-consent"][0]
    assert finding.blocking and finding.item_id == case.persons[0].id and finding.path == "consents"


def test_withdrawn_consent_does_not_count(case: Case) -> None:
    from app.domain.dates import PartialDate

    case.consents[0].withdrawn_on = PartialDate(2021)
    assert "no-consent" in codes(case)


def test_no_date_or_place_of_arrest_is_a_warning_not_known_is_an_answer(case: Case) -> None:
    dep = case.deprivations[0]
    dep.arrest.date = None
    dep.arrest.place = Place()
    dep.periods[0].start = None
    found = {f.code: f for f in check(case, "wgad")}
    assert found["no-arrest-date"].path == "deprivations[0].arrest.date" and not found["no-arrest-date"].blocking
    assert found["no-arrest-place"].path == "deprivations[0].arrest.place"
    assert "陈秋实" in found["no-arrest-date"].message  # the finding names the victim


def test_detention_start_is_enough_for_the_wgad_date(case: Case) -> None:
    case.deprivations[0].arrest.date = None
    assert "no-arrest-date" not in codes(case)


def test_sp_incident_that_is_not_an_arrest_does_not_block(case: Case) -> None:
    """A sentence, a disappearance, a travel ban: SP takes incidents without an arrest, and approximate dates."""
    dep = case.deprivations[0]
    dep.arrest.date = None
    dep.arrest.place = Place()
    dep.periods = []
    found = {f.code: f for f in check(case, "sp-allegation")}
    assert "no-arrest-date" not in found and "no-arrest-place" not in found
    assert not found["no-incident-date"].blocking
    dep.proceedings[0].verdict_date = PartialDate(2021, 5, approximate=True)
    assert "no-incident-date" not in codes(case, "sp-allegation")


def test_findings_concern_only_the_selected_victims(case: Case) -> None:
    from app.domain.model import Person

    third = Person(roles=["victim"], family_name_latin="Third", given_name_latin="Covictim")
    case.persons.append(third)  # no consent, no arrest
    assert {"no-consent", "no-arrest-date"} <= set(codes(case))
    assert not [f for f in check(case, "wgad", [case.persons[0].id]) if f.item_id and f.item_id != case.persons[0].id]
    assert {f.item_id for f in check(case, "wgad", [third.id]) if f.item_id} == {third.id}


def test_unnamed_victim_in_an_urgent_appeal_is_a_warning(case: Case) -> None:
    case.consents[0].name_to_state = False
    case.consents[0].name_in_public = "initials"
    f = [f for f in check(case, "sp-urgent") if f.code == "unnamed-to-state"][0]
    assert not f.blocking and "initials" in f.message and "陈秋实" in f.message


def test_wgad_publishing_names_is_a_warning(case: Case) -> None:
    case.consents[0].name_in_public = "initials"
    assert codes(case)["wgad-publishes-names"] == "warning"
    assert "wgad-publishes-names" not in codes(case, "sp-allegation")


def test_narrative_in_a_language_the_un_does_not_work_in(case: Case) -> None:
    case.narrative = "他在武汉的酒店被带走，至今下落不明。" * 3
    assert codes(case)["narrative-language"] == "blocking"


def test_untranslated_testimony(case: Case) -> None:
    case.testimonies[0].translations = []
    f = [f for f in check(case, "wgad") if f.code == "testimony-untranslated"][0]
    assert f.blocking and f.path == "testimonies[0].translations"


def test_translation_into_a_non_un_language_does_not_help(case: Case) -> None:
    case.testimonies[0].translations[0].language = "de"
    assert "testimony-untranslated" in codes(case)


def test_confidential_testimony_needs_no_translation(case: Case) -> None:
    case.testimonies[0].translations = []
    case.testimonies[0].confidential = True
    assert "testimony-untranslated" not in codes(case)


def test_no_domestic_steps_is_only_a_warning(case: Case) -> None:
    case.remedies = []
    assert codes(case)["no-remedies"] == "warning"
    case.remedies_note = "The family was threatened when they asked at the police station."
    assert "no-remedies" not in codes(case)


def test_no_category_argued(case: Case) -> None:
    case.legal_analysis.categories = []
    assert codes(case, "wgad")["no-category"] == "blocking"
    assert codes(case, "wgad-urgent")["no-category"] == "warning"
    assert "no-category" not in codes(case, "sp-allegation")


def test_forces_named_only_by_abbreviation(case: Case) -> None:
    case.organisations.append(Organisation(name="MSS"))
    f = [f for f in check(case, "wgad") if f.code == "abbreviation"][0]
    assert f.severity == "warning" and f.path == "organisations[1].name"


def test_abbreviation_in_the_narrative(case: Case) -> None:
    case.narrative = "He was taken by the MSS."
    assert any(f.code == "abbreviation" and f.path == "narrative" for f in check(case, "wgad"))


def test_only_media_reports_as_sources(case: Case) -> None:
    case.testimonies = []
    case.evidence = [EvidenceItem(kind="media-report"), EvidenceItem(kind="social-media")]
    assert codes(case)["only-media"] == "warning"


def test_very_long_narrative_without_a_summary(case: Case) -> None:
    case.summary = ""
    case.narrative = "word " * 3100
    assert codes(case)["long-without-summary"] == "warning"
    case.summary = "Short."
    assert "long-without-summary" not in codes(case)


def test_urgent_forms_need_a_reason(case: Case) -> None:
    case.urgency_reason = ""
    assert codes(case, "sp-urgent")["no-urgency-reason"] == "blocking"
    assert "no-urgency-reason" not in codes(case, "sp-allegation")


def test_word_count_counts_chinese() -> None:
    assert word_count("one two three") == 3
    assert word_count("陈秋实被带走") == 3


def test_an_abbreviation_introduced_in_brackets_is_fine(case: Case) -> None:
    case.narrative = "She was held in residential surveillance at a designated location (RSDL)."
    assert not any(f.code == "abbreviation" for f in check(case, "wgad"))


def test_an_abbreviation_once_introduced_may_be_used_afterwards(case: Case) -> None:
    case.summary = "Held in residential surveillance at a designated location (RSDL, 指定居所监视居住)."
    case.narrative = "Six months in RSDL without a lawyer. The PSB refused every request."
    # RSDL introduced in brackets; PSB is the recorded abbreviation of an authority printed with its full name
    assert not any(f.code == "abbreviation" for f in check(case, "wgad"))
    case.organisations[0].abbreviation = ""
    assert [f.params for f in check(case, "wgad") if f.code == "abbreviation"] == [
        (("field", "narrative"), ("abbreviation", "PSB"))]
