"""Every path a search hit carries opens a section of the real case editor."""

from __future__ import annotations

from app.domain.model import ConsentRecord, EvidenceItem, Person, Testimony, Translation
from app.services.cases import save_case
from app.storage.search import index_rows
from tests.unit.services.test_search import _full_case


def test_every_search_path_opens_a_section(editor, vault, qtbot) -> None:  # type: ignore[no-untyped-def]
    case = _full_case()
    case.summary, case.narrative, case.urgency_reason, case.tags = "s", "n", "u", ["tibet"]
    case.persons.append(Person(roles=["witness"], given_name_latin="Dolma", profession="teacher", notes="n"))
    case.testimonies[0].translations.append(Translation(text="We last saw her at the gate."))
    case.testimonies.append(Testimony(original_text="x", interviewer="R.", place="Dharamsala"))
    case.evidence.append(EvidenceItem(file_name="photo.jpg", description="the gate"))
    case.consents.append(ConsentRecord(person_id=case.persons[0].id, notes="by phone"))
    case.legal_analysis.argument = "Category I"
    case.remedies_note = "No remedy was effective."
    stored = save_case(vault, case)
    editor.open_case(stored.id)
    editor.show()
    qtbot.waitExposed(editor)
    rows = index_rows(stored)
    assert {r.kind for r in rows} >= {"name", "person", "organisation", "arrest", "detention", "proceedings",
                                      "ill-treatment", "remedies", "legal", "testimony", "translation",
                                      "evidence", "consent", "title", "summary", "narrative", "tags"}
    for row in rows:
        assert editor.focus_path(row.path, row.item_id), row.path
