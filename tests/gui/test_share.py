"""File › Share…, Import bundle…, Identity and contacts… on real vaults (dialogs scripted)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt

from app.gui import dialogs
from app.gui.share import ShareDialog
from app.gui.share_import import ImportBundleDialog
from app.services import bundle_import, contacts, identity
from app.services import cases as case_service
from app.services.vault import Vault
from tests.conftest import PASSPHRASE, TEST_KDF
from tests.gui.conftest import minimal_cases


def _partner(tmp_path: Path, window: Any) -> Vault:
    """A second vault; the window's vault and it know each other as verified contacts."""
    other = Vault.create(tmp_path / "partner", PASSPHRASE, kdf=TEST_KDF, allow_weak_kdf=True)
    mine = window.session.vault
    contacts.add(mine, identity.ensure(other).card("Partner"), verified=True)
    contacts.add(other, identity.ensure(mine).card("Me"), verified=True)
    return other


def _tick(widget: Any, text: str) -> None:
    for i in range(widget.count()):
        if text in widget.item(i).text():
            widget.item(i).setCheckState(Qt.CheckState.Checked)


def test_file_menu_entries(qtbot: Any, make_vault: Any, unlocked: Any) -> None:
    window = unlocked(make_vault())
    texts = [a.text() for a in window.menuBar().actions()[0].menu().actions()]
    for action in (window.share_action, window.import_bundle_action, window.contacts_action):
        assert action.text() in texts and action.isEnabled()
    window.lock_now()
    assert not window.share_action.isEnabled()


def test_share_then_import_with_review(qtbot: Any, make_vault: Any, unlocked: Any, tmp_path: Path) -> None:
    window = unlocked(make_vault(cases=minimal_cases(3)))
    other = _partner(tmp_path, window)
    try:
        dialog = window.sharing.share()
        assert isinstance(dialog, ShareDialog)
        assert dialog.problem()  # nothing ticked yet
        _tick(dialog.cases, "RC-0001")
        _tick(dialog.contacts, "Partner")
        assert dialog.problem() == ""
        assert not dialog.strip.isChecked()  # full profile keeps exact originals
        dialog.profile.setCurrentIndex(1)
        assert dialog.strip.isChecked()
        dialog.profile.setCurrentIndex(0)
        dest = tmp_path / "out.age"
        with qtbot.waitSignal(window.sharing.shared, timeout=20_000):
            dialog.start_sealing(dest)
        assert dest.read_bytes().startswith(b"age-encryption.org/v1")
        assert any("out.age" in s.text for s in dialogs.history if s.kind == "inform")

        # the partner imports it, edits the title; both sides edit it; it comes back: a conflict to review
        report = bundle_import.import_bundle(other, dest)
        cid = report.cases[0].case_id
        theirs = case_service.get_case(other, cid)
        theirs.title = "Partner title"
        case_service.save_case(other, theirs)
        mine = case_service.get_case(window.session.vault, cid)
        mine.title = "My title"
        case_service.save_case(window.session.vault, mine)
        from app.services import bundle

        back = tmp_path / "back.age"
        bundle.create(other, [cid], back, contacts=["Me"])
        dialogs.set_next_answer(str(back))
        imp = window.sharing.import_bundle()
        assert isinstance(imp, ImportBundleDialog)
        qtbot.waitUntil(lambda: imp.staged is not None, timeout=20_000)
        assert "Partner" in imp.status.text() and imp.go_button.isEnabled()
        with qtbot.waitSignal(imp.imported, timeout=20_000):
            imp.go_button.click()
        assert imp.results.rowCount() == 1 and imp.conflicts.count() == 1
        assert "Partner title" in imp.conflicts.item(0).text()
        imp.take_theirs.click()
        assert imp.conflicts.count() == 0
        assert case_service.get_case(window.session.vault, cid).title == "Partner title"
    finally:
        other.lock()
        window.lock_now()


def test_tampered_bundle_is_refused_in_the_dialog(qtbot: Any, make_vault: Any, unlocked: Any,
                                                  tmp_path: Path) -> None:
    window = unlocked(make_vault(cases=minimal_cases(1)))
    other = _partner(tmp_path, window)
    try:
        from app.services import bundle

        out = tmp_path / "t.age"
        case_service.save_cases(other, minimal_cases(1, prefix="P"))
        bundle.create(other, [case_service.list_cases(other)[0].id], out, contacts=["Me"])
        data = bytearray(out.read_bytes())
        data[-30] ^= 1
        out.write_bytes(bytes(data))
        dialogs.set_next_answer(str(out))
        imp = window.sharing.import_bundle()
        with qtbot.waitSignal(imp.stopped, timeout=20_000):
            pass
        assert "altered or damaged" in imp.status.text() and not imp.go_button.isEnabled()
        assert len(case_service.list_cases(window.session.vault)) == 1
    finally:
        other.lock()
        window.lock_now()


def test_identity_and_contacts_dialog(qtbot: Any, make_vault: Any, unlocked: Any, tmp_path: Path) -> None:
    window = unlocked(make_vault())
    other = Vault.create(tmp_path / "p2", PASSPHRASE, kdf=TEST_KDF, allow_weak_kdf=True)
    try:
        dialog = window.sharing.identity()
        assert dialog.fingerprint.text() == identity.public(window.session.vault).short
        dialog.paste.setPlainText(identity.ensure(other).card("Lawyer"))
        dialog.add_button.click()
        assert dialog.table.rowCount() == 1 and dialog.table.item(0, 0).text() == "Lawyer"
        assert identity.ensure(other).short in dialog.note.text()
        dialog.table.selectRow(0)
        dialogs.set_next_answer(True)
        dialog.verify_button.click()
        assert contacts.list_contacts(window.session.vault)[0].verified
        dialog.paste.setPlainText("not a card")
        dialog.add_button.click()
        assert "not a usable contact card" in dialog.note.text()
        card = tmp_path / "me.txt"
        dialog.choose_file = lambda *_a: str(card)
        dialog.card_button.click()
        assert identity.public(window.session.vault).age_recipient in card.read_text()
        dialog.reject()
    finally:
        other.lock()
        window.lock_now()
