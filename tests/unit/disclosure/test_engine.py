"""The disclosure engine: markings, names per audience, sources' clues, selection."""

from __future__ import annotations

import pytest

from app.domain.model import ConsentRecord, Deprivation, Person, Testimony, Translation
from app.services.disclosure import UnknownPurpose, disclose
from app.services.submission.mapping import build
from tests.unit.submission.conftest import complete_case


def _source(case):  # type: ignore[no-untyped-def]
    return next(p for p in case.persons if "source" in p.roles)


def test_a_name_in_confidential_fields_of_the_case_withholds_the_whole_subtree() -> None:
    case = complete_case()
    case.confidential_fields = ["narrative", "legal_analysis", "deprivations"]
    d = disclose(case, "wgad")
    assert d.case.narrative == "" and d.case.deprivations == [] and d.case.legal_analysis.categories == []
    paths = {w.path for w in d.withheld}
    assert "narrative" in paths
    assert any(p.startswith("deprivations[0].arrest.") for p in paths)
    assert any(p.startswith("legal_analysis.categories[0].") for p in paths)
    assert d.is_withheld(d.case, "narrative")


def test_a_confidential_item_is_dropped_and_a_confidential_person_stays_a_stub() -> None:
    case = complete_case()
    case.deprivations[0].periods[0].confidential = True
    case.persons[0].confidential = True
    d = disclose(case, "sp-allegation")
    assert d.case.deprivations[0].periods == []
    victim = d.case.persons[0]
    assert victim.roles == ["victim"] and victim.family_name == "" and victim.confidential
    assert d.name(victim.id) == "Victim 1"
    assert case.deprivations[0].periods[0].id in d.withheld_ids


def test_names_per_audience() -> None:
    case = complete_case()
    v = case.persons[0]
    case.consents[0] = ConsentRecord(person_id=v.id, submit_to_un=True, name_to_state=False,
                                     name_in_public="initials", share_with_partners=True)
    assert disclose(case, "state").name(v.id) == "C. Q."
    assert disclose(case, "public").name(v.id) == "C. Q."
    assert disclose(case, "partner").name(v.id) == "陈秋实 (Chen Qiushi)"
    full = disclose(case, "full")
    assert full.name(_source(case).id) == "郑安 (Zheng An)" and full.withheld == []
    with pytest.raises(UnknownPurpose):
        disclose(case, "twitter")


@pytest.mark.parametrize("text,expected", [
    ("A family member: Zheng An (wife) gave consent.", "A family member: Source 1 gave consent."),
    ("According to his wife, Zheng An, he was beaten.", "According to Source 1, he was beaten."),
    ("Zheng An, his wife, saw it.", "Source 1, saw it."),
    ("Selon son épouse, Zheng An, il a été battu.", "Selon Source 1, il a été battu."),
])
def test_kinship_next_to_a_source_is_removed(text: str, expected: str) -> None:
    case = complete_case()
    _source(case).relationship_to_victim = "wife"
    case.narrative = text
    d = disclose(case, "wgad", lang="fr" if "Selon" in text else "en")
    if "Selon" in text:
        expected = expected.replace("Source 1", "Source 1")
    assert d.case.narrative == expected
    assert "wife" not in d.case.narrative and "Zheng" not in d.case.narrative


def test_remaining_kinship_and_first_person_clues_are_reported_with_the_sentence() -> None:
    case = complete_case()
    src = _source(case)
    src.relationship_to_victim = "wife"
    case.narrative = "Zheng An went to the police. The police told Zheng An that her husband was a criminal."
    case.testimonies = [Testimony(interviewee_id=src.id, language="en", original_text="",
                                  translations=[Translation(language="en", text="They took my husband at night.")])]
    d = disclose(case, "sp-urgent")
    sentences = {(c.path, c.sentence) for c in d.clues}
    assert ("narrative", "The police told Source 1 that her husband was a criminal.") in sentences
    assert ("testimonies[0].translations[0].text", "They took my husband at night.") in sentences
    findings = build(case, "sp-urgent", "en").findings
    clue = [f for f in findings if f.code == "source-clue"]
    assert clue and not any(f.blocking for f in clue) and clue[0].detail


def test_pseudonyms_follow_the_language_of_the_text() -> None:
    case = complete_case()
    witness = Person(roles=["witness"], family_name_latin="Moreau", given_name_latin="Juliette")
    case.persons.append(witness)
    case.narrative = "Juliette Moreau saw the arrest from the window of the flat."
    d = disclose(case, "wgad", lang="es")
    assert d.case.narrative.startswith("Witness 1 saw")  # English text, English pseudonym
    assert d.name(witness.id) == "Testigo 1"  # the form's own fields speak Spanish


def test_selection_narrows_the_view_and_scrubs_the_others() -> None:
    case = complete_case()
    other = Person(roles=["victim"], family_name_latin="Ilham", given_name_latin="Tohtiyeva")
    case.persons.append(other)
    case.deprivations.append(Deprivation(person_id=other.id))
    case.consents.append(ConsentRecord(person_id=other.id, submit_to_un=True, name_to_state=True))
    case.narrative = "Tohtiyeva Ilham was also taken."
    d = disclose(case, "sp-allegation", [case.persons[0].id])
    assert [p.id for p in d.case.victims()] == [case.persons[0].id]
    assert all(x.person_id == case.persons[0].id for x in d.case.deprivations)
    assert "Ilham" not in d.case.narrative
    assert not any(w.person_id == other.id for w in d.withheld)
