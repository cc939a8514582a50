"""The whole flow in the real window: create a vault, enter a case, attach evidence, check,
render, preview, lock, unlock, and find the case again by search."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QThreadPool
from PySide6.QtGui import QInputMethodEvent
from PySide6.QtWidgets import QApplication

from app.services import cases as case_service
from tests.conftest import PASSPHRASE
from tests.gui.conftest import unlock, visible_texts
from tests.gui.editor.conftest import FakeDialogs
from tests.gui.test_search import search


def ime(widget, text: str) -> None:  # type: ignore[no-untyped-def]
    """Type text the way an input method commits it (CJK cannot go through key clicks)."""
    ev = QInputMethodEvent("", [])
    ev.setCommitString(text)
    QApplication.sendEvent(widget, ev)


def pick(combo, code: str) -> None:  # type: ignore[no-untyped-def]
    combo.setCurrentIndex(combo.findData(code))


def test_create_enter_attach_check_render_lock_unlock_search(qtbot, window_factory, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    from app.gui.editor import CaseEditor

    dialogs = FakeDialogs()
    folder = tmp_path / "vault"
    window = window_factory(folder, editor_factory=lambda session, parent: CaseEditor(session, parent, dialogs=dialogs))

    # 1. first run: create the vault through the screen
    create = window.create_screen
    create.passphrase.setText(PASSPHRASE)
    create.confirm.setText(PASSPHRASE)
    with qtbot.waitSignal(create.created, timeout=20_000):
        create.create_button.click()
    assert window.unlocked

    # 2. a new case with a victim, a source, an arrest, a detention period and a testimony
    window.new_case()
    editor = window.editor
    qtbot.keyClicks(editor.summary.form.widget("title"), "Detention of a citizen journalist")
    qtbot.keyClicks(editor.summary.form.widget("reference"), "FLOW-1")
    qtbot.keyClicks(editor.summary.form.widget("narrative"), "He was taken from his hotel in Wuhan.")
    victim = editor.people.list.add()
    people = editor.people.form
    people.widget("roles").set_checked("victim")
    ime(people.widget("family_name"), "陈")
    ime(people.widget("given_name"), "秋实")
    qtbot.keyClicks(people.widget("family_name_latin"), "Chen")
    qtbot.keyClicks(people.widget("given_name_latin"), "Qiushi")
    source = editor.people.list.add()
    people.widget("roles").set_checked("source")
    qtbot.keyClicks(people.widget("family_name_latin"), "Zheng")
    qtbot.keyClicks(people.widget("given_name_latin"), "An")
    editor.consent.list.add()
    pick(editor.consent.form.widget("person_id"), victim.id)
    editor.consent.form.widget("submit_to_un").setChecked(True)
    editor.consent.form.widget("name_to_state").setChecked(True)
    editor.detention.list.add()
    det = editor.detention.form
    qtbot.keyClicks(det.arrest.widget("date").edit, "2020-02-06")
    pick(det.arrest.widget("place").country, "CN")
    qtbot.keyClicks(det.arrest.widget("place").locality, "Wuhan")
    det.periods.add()
    pick(det.period_form.widget("kind"), "rsdl")
    qtbot.keyClicks(det.period_form.widget("start").edit, "2020-02")
    det.period_form.widget("ongoing").setChecked(True)
    editor.testimonies.list.add()
    tf = editor.testimonies.form
    pick(tf.widget("interviewee_id"), source.id)
    pick(tf.widget("language"), "zh-Hans")
    ime(tf.original, "他在武汉被带走了。")
    tf.translations.add()
    pick(tf.translations.forms[0].widget("language"), "en")
    qtbot.keyClicks(tf.translations.forms[0].text, "He was taken away in Wuhan.")
    assert editor.save_now(), editor.ctx.problems
    case_id = editor.case.id

    # 3. evidence, encrypted in a worker
    photo = tmp_path / "notice.txt"
    photo.write_text("Detention notice (copy)", encoding="utf-8")
    with qtbot.waitSignal(editor.evidence.attached, timeout=30_000):
        editor.evidence.add_files([photo])

    # 4. check: only the WGAD category is missing; render a draft, preview it
    sub = editor.submissions
    codes = {f.code for f in sub.run_check()}
    assert "no-category" in codes and "no-victim" not in codes and "no-consent" not in codes
    with qtbot.waitSignal(sub.rendered_ready, timeout=60_000) as rendered:
        sub.render_btn.click()
    assert rendered.args[0].record.draft
    assert sub.page_labels and not sub.page_labels[0].pixmap().isNull()

    # 5. lock: nothing of the case is left on screen
    QThreadPool.globalInstance().waitForDone(10_000)
    window.lock_now()
    leaks = [t for t in visible_texts(window) if any(x in t for x in ("秋实", "citizen journalist", "Wuhan"))]
    assert leaks == []
    assert "FLOW-1" not in window.windowTitle()

    # 6. unlock and find it again by the victim's two-character given name
    unlock(qtbot, window)
    view = search(qtbot, window, "秋实")
    assert case_id in {view.model.result(r).case_id for r in range(view.model.rowCount())}
    stored = case_service.get_case(window.session.vault, case_id)
    assert stored.evidence[0].file_name == "notice.txt" and stored.testimonies[0].translations[0].language == "en"
