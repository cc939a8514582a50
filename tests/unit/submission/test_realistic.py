"""The five realistic fictional cases (tests/unit/submission/realistic.py) in every form and language."""

from __future__ import annotations

import pytest

from app.domain.dates import PartialDate
from app.domain.validation import validate_case
from app.services.submission import FOLLOW_UP, FORMS, LANGUAGES
from app.services.submission.mapping import build
from tests.unit.submission.realistic import CASES

DAY = PartialDate(2026, 11, 22)


@pytest.mark.parametrize("key", sorted(CASES))
def test_every_form_and_language_builds(key: str) -> None:
    case = CASES[key]()
    assert validate_case(case) == []
    for form in FORMS:
        for lang in LANGUAGES:
            sub = build(case, form, lang, date=DAY)
            text = sub.main_text()
            # testimonies are in the first submission, not in the follow-up documents
            assert "Source 1" in text or "Fuente 1" in text or not case.testimonies or form in FOLLOW_UP
            for p in case.persons_with_role("source"):
                assert p.display_name() not in text and (p.relationship_to_victim or "§") not in text.split("\n")


def test_ngo_staff_checks_and_names() -> None:
    case = CASES["ngo"]()
    third = case.persons[2]
    sub = build(case, "sp-urgent", "en", date=DAY)
    blocking = [f for f in sub.findings if f.blocking]
    assert [(f.code, f.item_id) for f in blocking] == [("no-consent", third.id)]
    assert "Liang" not in sub.main_text() and "Victim 3" in sub.main_text()
    narrowed = build(case, "sp-urgent", "en", date=DAY, person_ids=[p.id for p in case.persons[:2]])
    assert not [f for f in narrowed.findings if f.blocking]
    assert "Victim 3" in narrowed.main_text()  # still scrubbed in the shared narrative
    assert "Person 2 of 2: W. Z." in narrowed.main_text()


def test_tibetan_single_name_and_two_detentions() -> None:
    text = build(CASES["tibet"](), "wgad", "en", date=DAY).main_text()
    assert "None (the person has a single name)" in text and "Lobsang" in text
    assert "5 January 2024 – 15 January 2024 (10 days)" in text
    assert "since 2 October 2024, still held" in text


def test_uyghur_name_latin_first_and_testimony_in_uyghur() -> None:
    sub = build(CASES["uyghur"](), "wgad", "en", date=DAY)
    text = sub.main_text()
    assert "Imin / ئىمىن" in text and "Memetjan Imin (مەمەتجان ئىمىن)" in text
    assert "ئاكام مەمەتجان" in text
    assert "Source 1 has had no news since." in text
    assert any(f.code == "source-clue" and "My brother" in f.detail for f in sub.findings)


def test_hunger_striker_incident_is_the_sentence() -> None:
    text = build(CASES["hunger"](), "sp-urgent", "es", date=DAY).main_text()
    assert "Fecha de la sentencia: 28 de diciembre de 2024" in text or "Inicio de la detención: 28 de diciembre de 2024" in text
    assert "desde el 28 de diciembre de 2024" in text
