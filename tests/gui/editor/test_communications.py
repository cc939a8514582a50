"""The communications log section: entries edited, linked, saved; fields per kind; due dates and hints."""

from __future__ import annotations

from PySide6.QtWidgets import QComboBox

from app.services import cases as case_service
from app.services.submission import render as submission


def pick(combo: QComboBox, code: str) -> None:
    combo.setCurrentIndex(combo.findData(code))


def test_log_entries_round_trip_with_links_hints_and_due_dates(editor, vault, demo, qtbot) -> None:
    submission.render(vault, demo.id, "sp-allegation", "en", draft=True)
    assert editor.open_case(demo.id)
    section = editor.communications
    editor.show_section(editor.sections.index(section))
    form = section.form
    # a draft is not a sent submission: nothing to link yet
    assert form.submissions.count() == 0

    section.list.add()
    pick(form.widget("kind"), "communication")
    qtbot.keyClicks(form.widget("date").edit, "2020-06-03")
    qtbot.keyClicks(form.widget("reference"), "CHN 6/2020")
    form.widget("mandates").set_checked("wgad")
    assert form.lay.isRowVisible(form.rows["letter_type"]) and not form.lay.isRowVisible(form.rows["finding"])
    assert "Overdue since 2020-08-02" in section.status.text()  # 60 days later, said in words

    section.list.add()
    pick(form.widget("kind"), "state-reply")
    assert form.lay.isRowVisible(form.rows["in_reply_to"]) and not form.lay.isRowVisible(form.rows["letter_type"])
    first = editor.case.communications[0]
    pick(form.widget("in_reply_to"), first.id)
    qtbot.keyClicks(form.widget("date").edit, "2020-05")  # before the communication, and not to the day
    texts = section.status.text()
    assert "not known to the day" in texts and "before the entry it answers" not in texts  # month precision
    qtbot.keyClicks(form.widget("summary"), "The Government denies it.")
    assert section.list.list.item(1).text().endswith("→ CHN 6/2020")  # the list says what the reply answers
    assert editor.save_now()

    stored = case_service.get_case(vault, demo.id).communications
    assert [(e.kind, e.reference, str(e.date)) for e in stored] == [
        ("communication", "CHN 6/2020", "2020-06-03"), ("state-reply", "", "2020-05")]
    assert stored[1].in_reply_to == stored[0].id and stored[0].mandates == ["wgad"]
    assert stored[1].summary == "The Government denies it."


def test_sent_submissions_can_be_linked(editor, vault, demo, qtbot) -> None:
    rendered = submission.render(vault, demo.id, "sp-allegation", "en", draft=True)
    submission.track(vault, rendered.record.id, sent_on="2020-05-20")
    # only final renders are offered; make one final record by hand through the store's service
    from dataclasses import replace

    from app.storage import submissions as store

    with vault.db.transaction() as conn:
        store.update(conn, replace(store.get(conn, rendered.record.id), draft=False))
    assert editor.open_case(demo.id)
    section = editor.communications
    assert section.form.submissions.count() == 1
    section.list.add()
    section.form.submissions.set_checked(rendered.record.id)
    assert editor.save_now()
    assert case_service.get_case(vault, demo.id).communications[0].submission_ids == [rendered.record.id]


def test_follow_up_document_from_the_submissions_section(editor, vault, demo, qtbot) -> None:
    from app.domain.dates import PartialDate
    from app.domain.model import CommunicationEntry
    from app.services import communications as log_service

    sub = editor.submissions
    assert editor.open_case(demo.id)
    sub.form_combo.setCurrentIndex(sub.form_combo.findData("wgad-comments"))
    findings = sub.run_check()
    nothing = [f for f in findings if f.code == "followup-nothing-logged"]
    assert nothing and nothing[0].blocking
    item = next(sub.findings_list.item(i) for i in range(sub.findings_list.count())
                if "nothing to follow up" in sub.findings_list.item(i).text())
    sub._finding_clicked(item)  # goes to the log
    assert editor.stack.currentWidget() is editor.communications

    comm = CommunicationEntry(kind="communication", date=PartialDate(2024, 3, 1), reference="UA CHN 3/2024",
                              mandates=["wgad"])
    log_service.add_entry(vault, demo.id, comm)
    log_service.add_entry(vault, demo.id, CommunicationEntry(
        kind="state-reply", date=PartialDate(2024, 4, 30), in_reply_to=comm.id, summary="CANARY reply summary",
        follow_up_text="The reply ignores the questions asked."))
    assert editor.open_case(demo.id)
    sub.form_combo.setCurrentIndex(sub.form_combo.findData("wgad-comments"))
    assert not any(f.blocking for f in sub.run_check())
    with qtbot.waitSignal(sub.rendered_ready, timeout=60000) as blocker:
        sub.render_btn.click()
    rendered = blocker.args[0]
    text = "\n".join(rendered.submission.main.all_text())
    assert "CANARY reply summary" in text and "The reply ignores the questions asked." in text
    assert len(rendered.parts) == 1 and rendered.record.form == "wgad-comments"
