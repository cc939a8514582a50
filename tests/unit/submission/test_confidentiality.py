"""Consent and confidentiality in every output, proven with canary strings."""

from __future__ import annotations

import pytest

from app.domain.dates import PartialDate
from app.services.submission import FORMS, LANGUAGES
from app.services.submission.mapping import build
from app.services.disclosure.names import initials
from tests.unit.submission.canaries import CANARIES, canary_case, expected_in_annex


@pytest.mark.parametrize("form", FORMS)
@pytest.mark.parametrize("lang", LANGUAGES)
def test_canaries_never_reach_the_main_document(form: str, lang: str) -> None:
    sub = build(canary_case(), form, lang, date=PartialDate(2026, 11, 22))
    main = sub.main_text()
    annex = "\n".join(sub.annex.all_text())
    leaked = [k for k, v in CANARIES.items() if v.casefold() in main.casefold()]
    assert leaked == []
    # everything withheld is available to the UN in the annex
    missing = [k for k, v in CANARIES.items() if v not in annex and k in expected_in_annex(form)]
    assert missing == []


def test_names_follow_consent() -> None:
    case = canary_case()
    sub = build(case, "wgad", "en", date=PartialDate(2026, 11, 22))
    main = sub.main_text()
    victim = case.persons[0]
    assert initials(victim) in main  # initials allowed
    assert "陈秋实" not in main and "秋实" not in main
    # the witness is named by role only
    assert "Witness 1" in main
    # a fully consenting victim is named in full in original script and transliteration
    case.consents[0].name_to_state = True
    main = build(case, "wgad", "en").main_text()
    assert "陈" in main and CANARIES["victim-given"] in main


def test_perpetrators_are_named() -> None:
    from app.domain.model import Person

    case = canary_case()
    case.persons.append(Person(roles=["perpetrator"], family_name_latin="Wang", given_name_latin="Interrogator",
                               function="Deputy director"))
    main = build(case, "sp-allegation", "en").main_text()
    assert "Interrogator Wang" in main and "Deputy director" in main  # Latin-only names: given name first


def test_source_is_only_in_the_annex() -> None:
    sub = build(canary_case(), "sp-urgent", "fr")
    main = sub.main_text()
    annex = "\n".join(sub.annex.all_text())
    assert "郑安" not in main and "郑安" in annex
    assert "annexe confidentielle" in main  # the main document says where the source is
    assert sub.annex.marking.startswith("CONFIDENTIEL")


def test_confidential_arrest_date_and_place_stay_out_of_the_sp_incident() -> None:
    case = canary_case()
    arrest = case.deprivations[0].arrest
    arrest.place.detail = "CANARY-ARREST-PLACE hotel room"
    arrest.confidential_fields = ["forces_description", "date", "place"]
    for form in ("sp-allegation", "sp-urgent", "wgad"):
        sub = build(case, form, "en")
        main = sub.main_text()
        assert "CANARY-ARREST-PLACE" not in main and "6 February 2020" not in main
        assert "CANARY-ARREST-PLACE" in "\n".join(sub.annex.all_text())
