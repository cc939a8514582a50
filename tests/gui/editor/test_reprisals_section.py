"""The Reprisals section edits the reprisals log; Submissions offers the reprisals form for the persons concerned."""

from __future__ import annotations

from app.domain.dates import PartialDate
from app.domain.model import ConsentRecord, ReprisalIncident
from app.services import cases
from app.services.cases import get_case


def _pick(combo, data: str) -> None:  # type: ignore[no-untyped-def]
    combo.setCurrentIndex(combo.findData(data))


def test_an_incident_round_trip_with_the_consent_hint(editor, vault, demo, qtbot) -> None:  # type: ignore[no-untyped-def]
    editor.open_case(demo.id)
    section = editor.reprisals
    editor.show_section(editor.sections.index(section))
    n = len(demo.reprisals)  # the demo case logs two incidents already
    assert n == 2 and section.list.list.count() == n and section.completeness(editor.case) == "done"
    section.list.add()
    assert section.completeness(editor.case) == "started"  # no person, no description yet
    f = section.form
    person = demo.persons[0]
    _pick(f.widget("person_id"), person.id)
    f.widget("kinds").set_checked("travel-ban")
    f.widget("kinds").set_checked("family-harassment")
    qtbot.keyClicks(f.widget("date").edit, "2021-05")
    _pick(f.widget("engagement_kind"), "meeting")
    qtbot.keyClicks(f.widget("engagement"), "Met the Special Rapporteur in Geneva.")
    qtbot.keyClicks(f.widget("description"), "Border police stopped him at the airport.")
    f.widget("organisation_ids").set_checked(demo.organisations[0].id)
    f.lock("steps_taken").click()  # this field is confidential: annex only
    qtbot.keyClicks(f.widget("steps_taken"), "A complaint to the border authority.")
    hint = next(note for attr, _when, note in f._hints if attr == "consent_id")
    reportable = any(c.person_id == person.id and c.submit_to_un and not c.withdrawn_on for c in demo.consents)
    assert hint.isVisibleTo(f) == (not reportable)
    assert editor.save_now(), editor.ctx.problems
    got = get_case(vault, demo.id).reprisals[n]
    assert got.person_id == person.id and got.kinds == ["travel-ban", "family-harassment"]
    assert str(got.date) == "2021-05" and got.engagement_kind == "meeting"
    assert got.organisation_ids == [demo.organisations[0].id]
    assert got.confidential_fields == ["steps_taken"]
    assert section.completeness(editor.case) == "done"
    label = section.list.list.item(n).text()
    assert "2021-05" in label and "Travel ban or passport confiscated" in label


def test_the_hint_follows_the_consent_record(editor, vault, demo, qtbot) -> None:  # type: ignore[no-untyped-def]
    person = demo.persons[0]
    for c in demo.consents:
        if c.person_id == person.id:
            c.withdrawn_on = PartialDate(2024)
    demo.reprisals = [ReprisalIncident(person_id=person.id, kinds=["threats"], description="Warned.")]
    stored = cases.save_case(vault, demo)
    editor.open_case(stored.id)
    editor.show_section(editor.sections.index(editor.reprisals))
    editor.reprisals.list.select(0)
    f = editor.reprisals.form
    hint = next(note for attr, _when, note in f._hints if attr == "consent_id")
    assert hint.isVisibleTo(f)
    stored.consents.append(ConsentRecord(person_id=person.id, submit_to_un=True))
    stored = cases.save_case(vault, stored)
    editor.open_case(stored.id)
    editor.reprisals.list.select(0)
    assert not hint.isVisibleTo(f)


def test_submissions_list_the_persons_concerned_for_the_reprisals_form(editor, vault, demo, qtbot) -> None:  # type: ignore[no-untyped-def]
    victim = demo.victims()[0]
    other = next(p for p in demo.persons if p.id != victim.id)
    demo.reprisals = [ReprisalIncident(person_id=other.id, kinds=["surveillance"], description="Followed.")]
    for c in demo.consents:
        if c.person_id == other.id:
            c.withdrawn_on = PartialDate(2024)
    stored = cases.save_case(vault, demo)
    editor.open_case(stored.id)
    subs = editor.submissions
    names = lambda: [subs.victims_list.item(i).text() for i in range(subs.victims_list.count())]  # noqa: E731
    assert victim.display_name() in names()
    _pick(subs.form_combo, "reprisals")
    assert names() == [other.display_name()]
    assert subs.victims_label.text() == "Persons concerned by the incidents"
    codes = {f.code for f in subs.run_check()}
    assert {"reprisal-no-consent", "reprisal-no-engagement"} <= codes and "no-victim" not in codes
    _pick(subs.form_combo, "wgad")
    assert victim.display_name() in names() and subs.victims_label.text() == "Victims in this submission"
