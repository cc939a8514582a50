"""Submissions: check → findings that lead to the field → render in a worker → preview → save → track."""

from __future__ import annotations

from app.services.submission import render as submission


def test_check_lists_blocking_first_and_findings_focus_fields(editor, demo, qtbot) -> None:
    editor.open_case(demo.id)
    editor.show()
    qtbot.waitExposed(editor)
    # make the demo incomplete: no consent (blocking), no arrest date for the victim (nor a detention start)
    editor.case.deprivations[0].arrest.date = None
    for period in editor.case.deprivations[0].periods:
        period.start = None
    for consent in editor.case.consents:
        consent.submit_to_un = False
    editor.ctx.edited.emit()
    sub = editor.submissions
    with qtbot.waitSignal(sub.checked) as blocker:
        sub.check_btn.click()
    findings = blocker.args[0]
    assert findings and findings[0].blocking
    severities = [f.blocking for f in findings]
    assert severities == sorted(severities, reverse=True)  # blocking first
    assert sub.render_btn.text() == sub.tr("Render draft")
    row = next(i for i, f in enumerate(findings) if f.code == "no-arrest-date")
    sub.findings_list.itemClicked.emit(sub.findings_list.item(row))
    assert editor.stack.currentWidget() is editor.detention
    assert editor.focusWidget() is editor.detention.form.arrest.widget("date").edit


def test_no_victim_finding_opens_people(editor, qtbot) -> None:
    editor.new_case()
    qtbot.keyClicks(editor.summary.form.widget("title"), "Bare")
    editor.show_section(editor.sections.index(editor.submissions))
    findings = editor.submissions.run_check()
    codes = [f.code for f in findings]
    assert "no-victim" in codes and "no-source" in codes
    row = codes.index("no-victim")
    editor.submissions.findings_list.itemClicked.emit(editor.submissions.findings_list.item(row))
    assert editor.stack.currentWidget() is editor.people


def test_render_preview_save_and_track(editor, vault, demo, tmp_path, qtbot, dialogs) -> None:
    editor.open_case(demo.id)
    sub = editor.submissions
    findings = sub.run_check()
    assert not any(f.blocking for f in findings)
    assert sub.render_btn.isEnabled() and sub.render_btn.text() == sub.tr("Render")
    with qtbot.waitSignal(sub.rendered_ready, timeout=60000) as blocker:
        sub.render_btn.click()
    rendered = blocker.args[0]
    assert not rendered.record.draft
    assert len(sub.page_labels) >= 1 and not sub.page_labels[0].pixmap().isNull()
    sub.doc_switch.setCurrentIndex(1)  # the confidential annex
    assert len(sub.page_labels) >= 1
    main, annex = tmp_path / "main.pdf", tmp_path / "annex.pdf"
    dialogs.next_saves = [str(main), str(annex)]
    with qtbot.waitSignal(sub.saved_files):
        assert sub.save_btn.isEnabled()
        sub.save_btn.click()
    assert main.read_bytes().startswith(b"%PDF") and annex.read_bytes().startswith(b"%PDF")
    assert main.read_bytes() == rendered.main_pdf and annex.read_bytes() == rendered.annex_pdf
    # history and tracking
    assert sub.history.rowCount() == 1
    sub.history.setCurrentCell(0, 0)
    sub.track_edits["sent_on"].setText("2024-05-02")
    sub.track_edits["un_reference"].setText("AL CHN 9/2024")
    w = sub.track_edits["outcome"]
    w.setCurrentIndex(w.findData("pending"))
    new = sub.save_tracking()
    assert new is not None and new.reply_due == "2024-07-01"  # derived: 60 days after sending
    rec = submission.history(vault, demo.id)[0]
    assert (rec.sent_on, rec.un_reference, rec.outcome) == ("2024-05-02", "AL CHN 9/2024", "pending")
    assert sub.history.item(0, 6).text() == "2024-07-01"
    sub.track_edits["opinion_date"].setText("not a date")
    assert sub.save_tracking() is None and dialogs.messages  # refused, explained


def test_render_draft_when_blocking(editor, qtbot) -> None:
    editor.new_case()
    qtbot.keyClicks(editor.summary.form.widget("title"), "Draft only")
    sub = editor.submissions
    assert any(f.blocking for f in sub.run_check())
    with qtbot.waitSignal(sub.rendered_ready, timeout=60000) as blocker:
        sub.start_render()
    assert blocker.args[0].record.draft
    editor.clear()
    assert sub.rendered is None and not sub.page_labels and sub.history.rowCount() == 0


def test_consent_finding_opens_the_victims_consent(editor, demo, qtbot) -> None:
    editor.open_case(demo.id)
    victim = editor.case.victims()[0]
    record = next(c for c in editor.case.consents if c.person_id == victim.id)
    record.submit_to_un = False
    editor.ctx.edited.emit()
    findings = editor.submissions.run_check()
    row = next(i for i, f in enumerate(findings) if f.code == "no-consent")
    editor.submissions.findings_list.itemClicked.emit(editor.submissions.findings_list.item(row))
    assert editor.stack.currentWidget() is editor.consent
    assert editor.consent.form.item is record


def test_victim_selection_narrows_the_check_and_the_render(editor, demo, qtbot) -> None:
    from PySide6.QtCore import Qt

    from app.domain.model import Person

    editor.open_case(demo.id)
    editor.case.persons.append(Person(roles=["victim"], family_name_latin="Third", given_name_latin="Covictim"))
    editor.ctx.edited.emit()
    sub = editor.submissions
    findings = sub.run_check()
    assert sub.victims_list.count() == len(editor.case.victims())
    assert any(f.code == "no-consent" for f in findings)  # the third victim has no consent on record
    third = sub.victims_list.item(sub.victims_list.count() - 1)
    third.setCheckState(Qt.CheckState.Unchecked)
    assert sub.person_ids() == [v.id for v in editor.case.victims()][:-1]
    findings = sub.run_check()
    assert not any(f.blocking for f in findings)
    with qtbot.waitSignal(sub.rendered_ready, timeout=60000) as blocker:
        sub.render_btn.click()
    rendered = blocker.args[0]
    assert not rendered.record.draft
    assert "Covictim" not in rendered.submission.main_text()
