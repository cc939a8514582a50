"""Each section edits the in-memory case; Save stores it; re-opening from the vault shows the same."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QInputMethodEvent
from PySide6.QtWidgets import (
    QApplication,
    QComboBox,
    QLabel,
    QLineEdit,
    QListWidget,
    QPlainTextEdit,
    QTableWidget,
)

from app.domain.dates import PartialDate
from app.services.cases import get_case


def ime(widget, text: str) -> None:
    """Type *text* the way an input method commits it (CJK, Uyghur, Tibetan...)."""
    ev = QInputMethodEvent("", [])
    ev.setCommitString(text)
    QApplication.sendEvent(widget, ev)


def pick(combo: QComboBox, code: str) -> None:
    combo.setCurrentIndex(combo.findData(code))


def test_summary_round_trip(editor, vault, qtbot) -> None:
    editor.new_case()
    f = editor.summary.form
    qtbot.keyClicks(f.widget("title"), "Detention of a lawyer")
    qtbot.keyClicks(f.widget("reference"), "RC-2024-007")
    pick(f.widget("region"), "xinjiang")
    pick(f.widget("urgency"), "urgent")
    qtbot.keyClicks(f.widget("urgency_reason"), "No medication")
    qtbot.keyClicks(f.widget("narrative"), "She was taken on 5 March.")
    qtbot.keyClicks(f.widget("tags"), "lawyers; RSDL")
    f.widget("mandates").set_checked("wgad")
    assert editor.has_unsaved_changes()
    with qtbot.waitSignal(editor.saved):
        assert editor.save_now()
    assert not editor.has_unsaved_changes()
    got = get_case(vault, editor.case.id)
    assert (got.title, got.reference, got.region, got.urgency) == (
        "Detention of a lawyer",
        "RC-2024-007",
        "xinjiang",
        "urgent",
    )
    assert got.urgency_reason == "No medication"
    assert got.tags == ["lawyers", "RSDL"]
    assert got.mandates == ["wgad"]
    editor.open_case(got.id)
    assert f.widget("title").text() == "Detention of a lawyer"
    assert f.widget("region").value() == "xinjiang"


def test_person_names_in_original_script_and_latin(editor, vault, qtbot) -> None:
    editor.new_case()
    person = editor.people.list.add()
    f = editor.people.form
    f.widget("roles").set_checked("victim")
    ime(f.widget("family_name"), "陈")
    ime(f.widget("given_name"), "秋实")
    qtbot.keyClicks(f.widget("family_name_latin"), "Chen")
    qtbot.keyClicks(f.widget("given_name_latin"), "Qiushi")
    ime(f.widget("other_names"), "Qiushi Chen; 陳秋實")
    qtbot.keyClicks(f.widget("birth_date").edit, "~1985-09")
    f.widget("age_at_detention").setValue(34)
    f.widget("nationalities").set_checked("CN")
    qtbot.keyClicks(f.widget("residence").locality, "Qingdao")
    qtbot.keyClicks(f.widget("contact").edits["email"], "c@example.org")
    assert editor.people.list.list.item(0).text().startswith("陈秋实 (Chen Qiushi)")
    assert editor.save_now()
    got = get_case(vault, editor.case.id).persons[0]
    assert got.id == person.id
    assert (got.family_name, got.given_name, got.family_name_latin, got.given_name_latin) == (
        "陈",
        "秋实",
        "Chen",
        "Qiushi",
    )
    assert got.other_names == ["Qiushi Chen", "陳秋實"]
    assert got.birth_date == PartialDate(1985, 9, None, True)
    assert got.age_at_detention == 34
    assert got.nationalities == ["CN"] and got.roles == ["victim"]
    assert got.residence.locality == "Qingdao" and got.contact.email == "c@example.org"
    editor.open_case(editor.case.id)
    assert f.widget("birth_date").text() == "1985-09"
    assert f.widget("birth_date").approx.isChecked()


def test_partial_date_feedback_and_unsaved_bad_date(editor, qtbot) -> None:
    editor.new_case()
    editor.people.list.add()
    d = editor.people.form.widget("birth_date")
    qtbot.keyClicks(d.edit, "2019-13")
    assert not d.is_valid() and d.error.isVisibleTo(d)
    assert editor.save_now()  # the rest is stored; the unreadable date is kept as a draft
    assert editor.problems.isVisibleTo(editor)
    assert editor.case.persons[0].birth_date == PartialDate(2019, 1)  # the last readable value typed
    d.edit.clear()
    qtbot.keyClicks(d.edit, "2019")
    assert d.is_valid() and editor.save_now()
    assert editor.case.persons[0].birth_date == PartialDate(2019)
    d.approx.setChecked(True)
    assert editor.case.persons[0].birth_date == PartialDate(2019, approximate=True)


def test_confidential_toggles_persist(editor, vault, qtbot) -> None:
    editor.new_case()
    editor.people.list.add()
    f = editor.people.form
    ime(f.widget("family_name"), "王")
    f.conf.click()
    f.lock("residence").click()
    f.lock("contact").click()
    f.lock("contact").click()  # toggled twice: public again
    f.lock("birth_date").click()
    assert editor.save_now()
    got = get_case(vault, editor.case.id).persons[0]
    assert got.confidential is True
    assert got.confidential_fields == ["residence", "birth_date"]
    editor.open_case(editor.case.id)
    assert f.conf.isChecked() and f.lock("residence").isChecked() and not f.lock("contact").isChecked()


def test_organisations_round_trip(editor, vault, qtbot) -> None:
    editor.new_case()
    editor.organisations.list.add()
    f = editor.organisations.form
    qtbot.keyClicks(f.widget("name"), "Qingdao Municipal Public Security Bureau")
    ime(f.widget("name_original"), "青岛市公安局")
    qtbot.keyClicks(f.widget("abbreviation"), "PSB")
    pick(f.widget("kind"), "public-security")
    pick(f.widget("state_actor"), "yes")
    assert editor.save_now()
    got = get_case(vault, editor.case.id).organisations[0]
    assert (got.name_original, got.abbreviation, got.kind, got.state_actor) == (
        "青岛市公安局",
        "PSB",
        "public-security",
        "yes",
    )


def _victim(editor, qtbot, family="李", latin="Li"):
    p = editor.people.list.add()
    editor.people.form.widget("roles").set_checked("victim")
    ime(editor.people.form.widget("family_name"), family)
    qtbot.keyClicks(editor.people.form.widget("family_name_latin"), latin)
    return p


def test_arrest_and_ordered_periods(editor, vault, qtbot) -> None:
    editor.new_case()
    victim = _victim(editor, qtbot)
    editor.organisations.list.add()
    qtbot.keyClicks(editor.organisations.form.widget("name"), "Detention Centre No. 1")
    dep = editor.detention.list.add()
    assert dep.person_id == victim.id  # the first victim without a deprivation
    form = editor.detention.form
    qtbot.keyClicks(form.arrest.widget("date").edit, "2021-03-16")
    qtbot.keyClicks(form.arrest.widget("time"), "23:40")
    pick(form.arrest.widget("place").country, "CN")
    qtbot.keyClicks(form.arrest.widget("place").locality, "Beijing")
    pick(form.arrest.widget("warrant_shown"), "no")
    form.arrest.widget("force_ids").set_checked(editor.case.organisations[0].id)
    periods = form.periods
    periods.add()
    pf = form.period_form
    pick(pf.widget("kind"), "rsdl")
    qtbot.keyClicks(pf.widget("start").edit, "2021-03")
    qtbot.keyClicks(pf.widget("end").edit, "~2021-09")
    pick(pf.widget("incommunicado"), "yes")
    pick(pf.widget("facility_id"), editor.case.organisations[0].id)
    periods.add()
    pick(pf.widget("kind"), "criminal-detention")
    qtbot.keyClicks(pf.widget("start").edit, "2021-09")
    pf.widget("ongoing").setChecked(True)
    periods.move_item(-1)  # now criminal detention first
    assert periods.list.item(0).text().startswith("2021-09")
    periods.select(0)
    periods.move_item(1)  # back in order
    assert editor.save_now(), editor.ctx.problems
    got = get_case(vault, editor.case.id).deprivations[0]
    assert got.arrest.date == PartialDate(2021, 3, 16) and got.arrest.time == "23:40"
    assert got.arrest.place.country == "CN" and got.arrest.place.locality == "Beijing"
    assert got.arrest.warrant_shown == "no"
    assert got.arrest.force_ids == [editor.case.organisations[0].id]
    assert [p.kind for p in got.periods] == ["rsdl", "criminal-detention"]
    assert got.periods[0].end == PartialDate(2021, 9, approximate=True)
    assert got.periods[0].incommunicado == "yes"
    assert got.periods[0].facility_id == editor.case.organisations[0].id
    assert got.periods[1].ongoing and got.periods[1].end is None


def test_proceedings_and_ill_treatment(editor, vault, qtbot) -> None:
    editor.new_case()
    _victim(editor, qtbot)
    editor.detention.list.add()
    editor.show_section(editor.sections.index(editor.proceedings))
    assert editor.proceedings.victim.combo.count() == 1
    editor.proceedings.list.add()
    f = editor.proceedings.form
    f.widget("charges").add_row(["Criminal Law", "105(2)"])
    ime(f.widget("court_case_number"), "(2022) 京02刑初12号")
    pick(f.widget("lawyer_access"), "no")
    pick(f.widget("televised_confession"), "yes")
    f.hearings.add()
    qtbot.keyClicks(f.hearing_form.widget("date").edit, "2022-08-09")
    pick(f.hearing_form.widget("public"), "no")
    qtbot.keyClicks(f.widget("sentence"), "4 years 6 months")
    it = editor.ill_treatment.form
    pick(it.widget("torture_or_ill_treatment"), "yes")
    qtbot.keyClicks(it.widget("health_condition"), "High blood pressure")
    it.widget("perpetrator_ids").set_checked(editor.case.persons[0].id)
    assert editor.save_now(), editor.ctx.problems
    d = get_case(vault, editor.case.id).deprivations[0]
    pr = d.proceedings[0]
    assert pr.charges[0].law == "Criminal Law" and pr.charges[0].articles == "105(2)"
    assert pr.court_case_number == "(2022) 京02刑初12号"
    assert (pr.lawyer_access, pr.televised_confession, pr.sentence) == ("no", "yes", "4 years 6 months")
    assert pr.hearings[0].date == PartialDate(2022, 8, 9) and pr.hearings[0].public == "no"
    assert d.ill_treatment.torture_or_ill_treatment == "yes"
    assert d.ill_treatment.health_condition == "High blood pressure"
    assert d.ill_treatment.perpetrator_ids == [editor.case.persons[0].id]


def test_remedies_and_legal_analysis(editor, vault, qtbot) -> None:
    editor.new_case()
    editor.remedies.list.add()
    rf = editor.remedies.form
    qtbot.keyClicks(rf.widget("date").edit, "2021-04")
    qtbot.keyClicks(rf.widget("body"), "Beijing Municipal Procuratorate")
    qtbot.keyClicks(rf.widget("action"), "Complaint about RSDL")
    pick(rf.widget("outcome"), "no-response")
    qtbot.keyClicks(editor.remedies.note, "Lawyers were threatened.")
    legal = editor.legal
    pick(legal.top.widget("iccpr_party"), "no")
    box = next(b for b in legal.boxes if b.code == "III")
    box.setChecked(True)
    box.articles.set_checked("ICCPR-14")
    qtbot.keyClicks(box.argument, "Closed trial.")
    first = next(b for b in legal.boxes if b.code == "I")
    first.setChecked(True)
    qtbot.keyClicks(first.argument, "No legal basis.")
    first.form.conf.click()
    assert editor.save_now(), editor.ctx.problems
    got = get_case(vault, editor.case.id)
    r = got.remedies[0]
    assert (str(r.date), r.body, r.action, r.outcome) == (
        "2021-04",
        "Beijing Municipal Procuratorate",
        "Complaint about RSDL",
        "no-response",
    )
    assert got.remedies_note == "Lawyers were threatened."
    cats = got.legal_analysis.categories
    assert [c.category for c in cats] == ["I", "III"]  # kept in category order
    assert cats[1].articles == ["ICCPR-14"] and cats[1].argument == "Closed trial."
    assert cats[0].confidential
    first.setChecked(False)  # unticked: out of the case, but restored with its text when ticked again
    assert [c.category for c in editor.case.legal_analysis.categories] == ["III"]
    first.setChecked(True)
    assert editor.case.legal_analysis.categories[0].argument == "No legal basis."


def test_testimony_with_two_translations(editor, vault, qtbot) -> None:
    editor.new_case()
    witness = editor.people.list.add()
    ime(editor.people.form.widget("family_name"), "周")
    editor.consent.list.add()
    pick(editor.consent.form.widget("person_id"), witness.id)
    editor.consent.form.widget("submit_to_un").setChecked(True)
    pick(editor.consent.form.widget("name_in_public"), "initials")
    qtbot.keyClicks(editor.consent.form.widget("date").edit, "2021-04-02")
    editor.testimonies.list.add()
    f = editor.testimonies.form
    pick(f.widget("interviewee_id"), witness.id)
    pick(f.widget("consent_id"), editor.case.consents[0].id)
    pick(f.widget("language"), "zh-Hans")
    ime(f.original, "他们拿走了她的手机。")
    t1 = f.translations.add()
    form1 = f.translations.forms[0]
    pick(form1.widget("language"), "en")
    qtbot.keyClicks(form1.text, "They took her phone.")
    f.translations.add()
    form2 = f.translations.forms[1]
    pick(form2.widget("language"), "fr")
    ime(form2.text, "Ils ont pris son téléphone.")
    assert f.translations.tabs.tabText(1) == form2.widget("language").currentText()
    assert editor.save_now(), editor.ctx.problems
    got = get_case(vault, editor.case.id)
    t = got.testimonies[0]
    assert t.original_text == "他们拿走了她的手机。" and t.language == "zh-Hans"
    assert t.interviewee_id == witness.id and t.consent_id == got.consents[0].id
    assert [(x.language, x.text) for x in t.translations] == [
        ("en", "They took her phone."),
        ("fr", "Ils ont pris son téléphone."),
    ]
    assert t.translations[0].id == t1.id
    c = got.consents[0]
    assert c.submit_to_un and c.name_in_public == "initials" and c.date == PartialDate(2021, 4, 2)
    editor.open_case(got.id)
    assert f.original.toPlainText() == "他们拿走了她的手机。"
    assert f.translations.tabs.count() == 2


def test_validation_problem_shown_next_to_field(editor, vault, qtbot) -> None:
    editor.new_case()
    editor.people.list.add()
    qtbot.keyClicks(editor.people.form.widget("family_name"), "X")
    editor.detention.list.add()  # no victim: no person chosen
    assert editor.save_now()  # the rest is stored; the incomplete entry is kept as a draft
    assert any("person_id" in p for p in editor.ctx.problems)
    err = editor.detention.form._errors["person_id"]
    assert err.isVisibleTo(editor.detention.form) and err.text()
    assert editor.problems.count() >= 1
    assert "person_id" not in editor.problems.item(0).text()  # plain words, not a path
    stored = get_case(vault, editor.case.id)
    assert stored.persons[0].family_name == "X" and stored.deprivations == []
    assert len(editor.case.deprivations) == 1  # still on screen, to be completed
    editor.show_section(0)
    editor.problems.itemClicked.emit(editor.problems.item(0))
    assert editor.stack.currentWidget() is editor.detention
    pick(editor.detention.form.widget("person_id"), editor.case.persons[0].id)
    assert editor.save_now()
    assert not err.isVisibleTo(editor.detention.form)
    assert len(get_case(vault, editor.case.id).deprivations) == 1


def test_autosave_after_edits(editor, vault, qtbot) -> None:
    editor.new_case()
    editor.autosave.setInterval(10)
    qtbot.keyClicks(editor.summary.form.widget("title"), "Autosaved")
    with qtbot.waitSignal(editor.saved, timeout=5000):
        pass
    assert get_case(vault, editor.case.id).title == "Autosaved"


def test_undo_in_text_fields(editor, qtbot) -> None:
    editor.new_case()
    title = editor.summary.form.widget("title")
    qtbot.keyClicks(title, "abc")
    title.setFocus()
    qtbot.keyClick(title, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert title.text() == ""
    assert editor.case.title == ""  # the undo reached the in-memory case too


def test_clear_leaves_no_case_text(editor, demo, qtbot) -> None:
    editor.open_case(demo.id)
    for i in range(len(editor.sections)):
        editor.show_section(i)
    assert not editor.has_unsaved_changes()  # loading and browsing edit nothing
    secrets = ["Lin Xiaowen", "林", "DEMO-001", "Zhou", "RSDL"]
    editor.clear()
    texts = []
    for w in editor.findChildren(QLineEdit):
        texts.append(w.text())
    for w in editor.findChildren(QPlainTextEdit):
        texts.append(w.toPlainText())
    for w in editor.findChildren(QComboBox):
        texts += [w.itemText(i) for i in range(w.count())]
    for w in editor.findChildren(QListWidget):
        texts += [w.item(i).text() for i in range(w.count())]
    for w in editor.findChildren(QTableWidget):
        texts += [
            w.item(r, c).text() for r in range(w.rowCount()) for c in range(w.columnCount()) if w.item(r, c)
        ]
    for w in editor.findChildren(QLabel):
        texts.append(w.text())
    blob = "\n".join(texts)
    for s in secrets:
        assert s not in blob
    assert editor.case is None and not editor.has_unsaved_changes()


def test_lock_saves_then_clears(editor, session, vault, demo, qtbot) -> None:
    editor.open_case(demo.id)
    qtbot.keyClicks(editor.summary.form.widget("title"), " (edited)")
    case_id = editor.case.id
    session.locking.emit()
    assert editor.case is None
    assert get_case(vault, case_id).title.endswith("(edited)")


def focused(editor):
    return editor.focusWidget()  # the child setFocus() went to last (works offscreen too)


def test_focus_path_opens_section_and_widget(editor, demo, qtbot) -> None:
    editor.open_case(demo.id)
    editor.show()
    qtbot.waitExposed(editor)
    assert editor.focus_path("deprivations[0].arrest.date")
    assert editor.stack.currentWidget() is editor.detention
    assert focused(editor) is editor.detention.form.arrest.widget("date").edit
    assert editor.focus_path("$.persons[1].contact")
    assert editor.people.list.current() == 1
    assert focused(editor) is editor.people.form.widget("contact").edits["email"]
    assert editor.focus_path("testimonies[0].translations")
    assert editor.stack.currentWidget() is editor.testimonies
    assert editor.focus_path("urgency_reason")
    assert focused(editor) is editor.summary.form.widget("urgency_reason")
    assert editor.focus_path("deprivations[0].proceedings[0].hearings[0].date")
    assert focused(editor) is editor.proceedings.form.hearing_form.widget("date").edit
    assert editor.focus_path("legal_analysis.categories")
    assert editor.stack.currentWidget() is editor.legal


def test_keyboard_shortcuts(editor, demo, qtbot) -> None:
    editor.open_case(demo.id)
    editor.show()
    editor.activateWindow()
    qtbot.waitActive(editor)
    editor.nav.setFocus()
    qtbot.keyClick(editor.windowHandle(), Qt.Key.Key_3, Qt.KeyboardModifier.ControlModifier)
    assert editor.stack.currentWidget() is editor.organisations
    title = editor.summary.form.widget("title")
    editor.show_section(0)
    title.setFocus()
    qtbot.keyClicks(title, "!")
    with qtbot.waitSignal(editor.saved):
        qtbot.keyClick(editor.windowHandle(), Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    assert not editor.has_unsaved_changes()
    for w in (title, editor.summary.form.widget("narrative"), editor.people.form.widget("family_name")):
        assert w.accessibleName()


def test_switching_away_keeps_what_cannot_be_stored_as_a_draft(editor, demo, vault, dialogs, qtbot) -> None:
    editor.open_case(demo.id)
    editor.detention.form.widget("person_id").setCurrentIndex(0)  # "—": invalid
    assert editor.new_case() is not None  # nothing to ask: nothing is lost
    assert not dialogs.asked
    assert get_case(vault, demo.id).deprivations[0].person_id == demo.deprivations[0].person_id
    editor.open_case(demo.id)
    assert editor.case.deprivations[0].person_id == ""  # the edit is shown again, to be finished
    assert editor.problems.isVisibleTo(editor)


def test_ctrl_shift_l_marks_the_focused_field_confidential(editor, qtbot) -> None:
    editor.new_case()
    editor.show()
    editor.activateWindow()
    qtbot.waitActive(editor)
    title = editor.summary.form.widget("title")
    title.setFocus()
    qtbot.keyClick(
        editor.windowHandle(),
        Qt.Key.Key_L,
        Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier,
    )
    assert editor.summary.form.lock("title").isChecked()
    assert editor.case.confidential_fields == ["title"]


def test_no_plaintext_on_disk(editor, vault, vault_path, tmp_path, qtbot) -> None:
    marker = "Zhangsan-7f3a 张三丰"
    editor.new_case()
    qtbot.keyClicks(editor.summary.form.widget("title"), "Case")
    ime(editor.summary.form.widget("narrative"), marker)
    editor.people.list.add()
    ime(editor.people.form.widget("family_name"), marker)
    assert editor.save_now()
    editor.autosave.stop()
    needle = marker.encode("utf-8")
    for path in tmp_path.rglob("*"):
        if path.is_file():
            assert needle not in path.read_bytes(), path


def _touch(form) -> None:
    """Write every input of *form* (and nested forms and lists) back into the model."""
    from app.gui.editor.binding import ItemForm

    if form.item is None:
        return
    for attr in list(form._fields):
        form._changed(attr)
    for sub in form._subs.values():
        if isinstance(sub, ItemForm):
            _touch(sub)
        elif hasattr(sub, "forms"):  # translations
            for f in sub.forms:
                _touch(f)
        else:
            _walk(sub)


def _walk(lst) -> None:
    for i in range(len(lst.items or [])):
        lst.select(i)
        _touch(lst.form)


def test_widgets_write_back_exactly_what_they_show(editor, vault, qtbot) -> None:
    """Every demo case survives a trip through every input unchanged (no lossy widget)."""
    import copy

    from app.services import cases
    from app.services.demo import demo_cases

    for demo_case in demo_cases():
        stored = cases.save_case(vault, demo_case)
        editor.open_case(stored.id)
        original = copy.deepcopy(editor.case)
        _touch(editor.summary.form)
        for section in (
            editor.people,
            editor.organisations,
            editor.detention,
            editor.remedies,
            editor.testimonies,
            editor.consent,
        ):
            _walk(section.list)
        _touch(editor.remedies.note_form)
        _touch(editor.legal.top)
        for box in editor.legal.boxes:
            _touch(box.form)
        for i in range(len(editor.case.deprivations)):
            editor.proceedings.victim.choose(i)
            _walk(editor.proceedings.list)
            editor.ill_treatment.victim.choose(i)
            _touch(editor.ill_treatment.form)
        for i in range(len(editor.case.evidence)):
            editor.evidence._select(i, preview=False)
            _touch(editor.evidence.form)
        assert editor.case == original
        assert editor.save_now()
