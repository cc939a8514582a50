"""The consent record an incident cites governs how the reprisals document names the person (real vault,
real PDF and DOCX): the person's later, wider consent must not override what they agreed to for this report."""

from __future__ import annotations

import pytest

from app.domain.dates import PartialDate
from app.domain.model import ConsentRecord
from app.services import cases as case_service
from app.services.submission import render as sub
from app.services.vault import Vault
from tests.unit.export.docxutil import all_text
from tests.unit.export.pdfutil import full_text
from tests.unit.submission.conftest import complete_case

DAY = PartialDate(2026, 11, 22)


def _texts(vault: Vault, ident: str, lang: str, tmp_path) -> tuple[str, str, str]:  # type: ignore[no-untyped-def]
    rendered = sub.render(vault, ident, "reprisals", lang, draft=True, date=DAY)
    main_pdf = full_text(rendered.main_pdf)
    [main_docx], annex_docx = sub.documents(rendered, "docx")
    return main_pdf, all_text(main_docx), full_text(rendered.annex_pdf)


@pytest.mark.parametrize("lang", ["en", "fr", "es"])
def test_the_record_the_incident_cites_keeps_the_name_from_the_state(vault: Vault, lang: str, tmp_path) -> None:  # type: ignore[no-untyped-def]
    case = complete_case()
    person = case.person(case.reprisals[0].person_id)
    assert person is not None
    # for this report: the UN may know, the State may not have the name; a later record (about the
    # detention submissions) allows the name to the State
    narrow = ConsentRecord(person_id=person.id, submit_to_un=True, name_to_state=False, name_in_public="none",
                           date=PartialDate(2021, 4, 1))
    case.consents.insert(0, narrow)
    assert case.consent_for(person.id) is not narrow and case.consent_for(person.id).name_to_state  # type: ignore[union-attr]
    for r in case.reprisals:
        if r.person_id == person.id:
            r.consent_id = narrow.id
    stored = case_service.save_case(vault, case)
    main_pdf, main_docx, annex = _texts(vault, stored.id, lang, tmp_path)
    for text in (main_pdf, main_docx):
        assert "Qiushi" not in text and "陈" not in text, lang
    assert "Qiushi" in annex  # the UN still gets the name, in the confidential annex


def test_without_a_cited_record_the_current_one_counts(vault: Vault, tmp_path) -> None:  # type: ignore[no-untyped-def]
    stored = case_service.save_case(vault, complete_case())
    main_pdf, main_docx, _ = _texts(vault, stored.id, "en", tmp_path)
    assert "Qiushi" in main_pdf and "Qiushi" in main_docx  # named to the State, as the current record allows


def test_a_withdrawn_or_foreign_record_names_no_one_even_in_a_draft(vault: Vault, tmp_path) -> None:  # type: ignore[no-untyped-def]
    case = complete_case()
    person = case.person(case.reprisals[0].person_id)
    other = next(p for p in case.persons if p.id != person.id)  # type: ignore[union-attr]
    foreign = ConsentRecord(person_id=other.id, submit_to_un=True, name_to_state=True, name_in_public="full")
    case.consents.append(foreign)
    for r in case.reprisals:
        r.consent_id = foreign.id
    stored = case_service.save_case(vault, case)
    main_pdf, main_docx, _ = _texts(vault, stored.id, "en", tmp_path)
    for text in (main_pdf, main_docx):
        assert "Qiushi" not in text and "陈" not in text
