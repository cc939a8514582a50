"""The reprisals form: information for OHCHR's reprisals focal point, from the reprisals log, through disclosure."""

from __future__ import annotations

import pytest

from app.domain.dates import PartialDate
from app.domain.model import Case, CommunicationEntry, ConsentRecord, Person, ReprisalIncident
from app.export import render_docx
from app.export.pdf import render_pdf
from app.services.submission import LANGUAGES
from app.services.submission.checks import check
from app.services.submission.mapping import build
from tests.unit.export.docxutil import all_text
from tests.unit.export.pdfutil import full_text

DAY = PartialDate(2026, 11, 22)


def _codes(case: Case, person_ids: list[str] | None = None) -> dict[str, str]:
    return {f.code: f.severity for f in check(case, "reprisals", person_ids)}


def test_the_complete_case_is_ready_and_printed(case: Case) -> None:
    assert [f.code for f in check(case, "reprisals") if f.blocking] == []
    sub = build(case, "reprisals", "en", date=DAY)
    main = sub.main_text()
    assert len(sub.documents) == 1 and sub.person_ids == [[case.persons[0].id]]
    for text in ("reprisals@ohchr.org", "Harassment of family members; Threats or intimidation", "14 September 2020",
                 "Wenzhou", "Wuhan Municipal Public Security Bureau", "Two officers of the Public Security Bureau.",
                 "Information sent to the UN", "August 2020", "sent to the Working Group",
                 "told them the family would suffer", "the family fears further reprisals", "陈秋实 (Chen Qiushi)"):
        assert text in main, text
    assert "held incommunicado" not in main  # the narrative of the detention is not part of this document


@pytest.mark.parametrize("lang", LANGUAGES)
def test_labels_and_vocabulary_in_each_language(case: Case, lang: str) -> None:
    main = build(case, "reprisals", lang, date=DAY).main_text()
    kinds = {"en": "Threats or intimidation", "fr": "Menaces ou intimidation", "es": "Amenazas o intimidación"}
    consent = {"en": "Consents to this information being reported to the United Nations",
               "fr": "Consent à ce que ces informations soient communiquées",
               "es": "Consiente en que esta información se comunique"}
    assert kinds[lang] in main and consent[lang] in main


def test_consent_is_a_prerequisite(case: Case) -> None:
    case.consents[0].submit_to_un = False
    assert _codes(case)["reprisal-no-consent"] == "blocking"
    case.consents[0].submit_to_un = True
    case.consents[0].withdrawn_on = PartialDate(2025, 1)
    assert _codes(case)["reprisal-no-consent"] == "blocking"
    case.consents[0].withdrawn_on = None
    assert "reprisal-no-consent" not in _codes(case)
    # a record cited by the incident is the one that counts, and it must be the person's
    other = ConsentRecord(person_id=case.persons[1].id, submit_to_un=True, name_to_state=True)
    case.consents.append(other)
    case.reprisals[0].consent_id = other.id
    assert _codes(case)["reprisal-no-consent"] == "blocking"
    own = ConsentRecord(person_id=case.persons[0].id, submit_to_un=False)
    case.consents.append(own)
    case.reprisals[0].consent_id = own.id
    assert _codes(case)["reprisal-no-consent"] == "blocking"
    own.submit_to_un = True
    assert "reprisal-no-consent" not in _codes(case)


def test_a_person_not_named_to_the_state_is_not_named(case: Case) -> None:
    case.consents[0].name_to_state = False
    case.consents[0].name_in_public = "none"
    codes = _codes(case)
    assert codes["reprisal-unnamed"] == "warning" and "reprisal-no-consent" not in codes
    sub = build(case, "reprisals", "en", date=DAY)
    main, annex = sub.main_text(), "\n".join(sub.annex.all_text())
    assert "陈" not in main and "Qiushi" not in main and "Victim 1" in main
    assert "please do not disclose the name to the Government" in main
    assert "陈秋实 (Chen Qiushi)" in annex  # the UN gets the name in the confidential annex


def test_what_blocks_and_what_warns(case: Case) -> None:
    r = case.reprisals[0]
    r.kinds, r.date = [], None
    codes = _codes(case)
    assert codes["reprisal-no-kind"] == "warning" and codes["reprisal-no-date"] == "warning"
    r.engagement_kind, r.engagement = "", ""
    assert _codes(case)["reprisal-no-engagement"] == "blocking"
    r.engagement = "Met the Special Rapporteur during the country visit."
    assert "reprisal-no-engagement" not in _codes(case)
    r.description = "警察威胁了他的父母。"
    assert _codes(case)["reprisal-language"] == "blocking"
    r.description = ""
    assert _codes(case)["reprisal-no-description"] == "blocking"
    r.person_id = ""
    assert _codes(case)["reprisal-no-person"] == "blocking"
    case.reprisals = []
    assert _codes(case)["no-reprisals"] == "blocking"


def test_the_persons_chosen_narrow_the_incidents(case: Case) -> None:
    lawyer = Person(roles=["lawyer"], family_name_latin="He", given_name_latin="Mingzhe")
    case.persons.append(lawyer)
    case.consents.append(ConsentRecord(person_id=lawyer.id, submit_to_un=True, name_to_state=True))
    case.reprisals.append(ReprisalIncident(person_id=lawyer.id, kinds=["loss-of-licence"], engagement_kind="session",
                                           description="His licence was not renewed after he spoke in Geneva."))
    both = build(case, "reprisals", "en", date=DAY)
    assert "Incident 1 of 2" in both.main_text() and "Loss of licence or employment" in both.main_text()
    one = build(case, "reprisals", "en", date=DAY, person_ids=[lawyer.id])
    assert "Incident" not in one.main_text() and "Mingzhe He" in one.main_text()
    assert "Wenzhou" not in one.main_text() and one.person_ids == [[lawyer.id]]
    assert [f.code for f in check(case, "reprisals", [lawyer.id]) if f.blocking] == []


def test_the_annex_holds_only_what_concerns_the_incidents(case: Case) -> None:
    case.deprivations[0].arrest.forces_description = "CANARY-DETENTION unit 7"
    case.deprivations[0].arrest.confidential_fields = ["forces_description"]
    case.reprisals[0].steps_taken = "CANARY-STEPS complaint"
    case.reprisals[0].confidential_fields = ["steps_taken"]
    sub = build(case, "reprisals", "en", date=DAY)
    annex = "\n".join(sub.annex.all_text())
    assert "CANARY-STEPS complaint" in annex and "CANARY-STEPS" not in sub.main_text()
    assert "CANARY-DETENTION" not in annex  # unrelated confidential material is not sent to OHCHR
    wgad = build(case, "wgad", "en", date=DAY)
    assert "CANARY-DETENTION" in "\n".join(wgad.annex.all_text())
    assert "CANARY-STEPS" not in "\n".join(wgad.annex.all_text())  # nor the log to the other mechanisms


def test_a_source_who_suffered_reprisals_stays_a_pseudonym(case: Case) -> None:
    source = case.persons[1]
    case.consents.append(ConsentRecord(person_id=source.id, submit_to_un=True, name_to_state=True))
    case.reprisals[0].person_id = source.id
    codes = _codes(case)
    assert codes["reprisal-source"] == "warning" and "reprisal-unnamed" not in codes
    sub = build(case, "reprisals", "en", date=DAY)
    assert "Zheng" not in sub.main_text() and "郑" not in sub.main_text() and "Source 1" in sub.main_text()
    assert "郑安" in "\n".join(sub.annex.all_text())


def test_a_confidential_incident_is_only_in_the_annex(case: Case) -> None:
    case.reprisals[0].confidential = True
    assert _codes(case)["reprisal-confidential"] == "warning"
    sub = build(case, "reprisals", "en", date=DAY)
    assert "told them the family would suffer" not in sub.main_text()
    assert "every selected incident is withheld" in sub.main_text()
    assert "told them the family would suffer" in "\n".join(sub.annex.all_text())


def test_the_communication_it_followed_is_printed(case: Case) -> None:
    comm = CommunicationEntry(kind="communication", reference="AL CHN 6/2020", letter_type="allegation-letter",
                              date=PartialDate(2020, 6, 3))
    case.communications.append(comm)
    case.reprisals[0].communication_id = comm.id
    main = build(case, "reprisals", "en", date=DAY).main_text()
    assert "AL CHN 6/2020" in main and "3 June 2020" in main
    comm.confidential = True
    sub = build(case, "reprisals", "en", date=DAY)
    assert "AL CHN 6/2020" not in sub.main_text() and "AL CHN 6/2020" in "\n".join(sub.annex.all_text())


@pytest.mark.parametrize("lang", LANGUAGES)
def test_real_pdf_and_docx(case: Case, lang: str) -> None:
    case.consents[0].name_to_state = False
    sub = build(case, "reprisals", lang, date=DAY)
    pdf, docx = full_text(render_pdf(sub.main)), all_text(render_docx(sub.main))
    annex = full_text(render_pdf(sub.annex))
    for text in (pdf, docx):
        assert "reprisals@ohchr.org" in text and "Wenzhou" in text
        assert "Qiushi" not in text and "陈" not in text
    assert "Qiushi" in annex
