"""File › Back up vault…, Create recovery key…, Emergency erase… on real vaults, dialogs scripted."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from PySide6.QtWidgets import QLabel, QPushButton

from app.errors import VaultNotFound
from app.gui import dialogs
from app.gui.security_dialogs import ERASE_WORD, BackupDialog, EraseConfirmDialog, RecoveryKeyDialog
from app.services import backup, recovery
from app.services.vault import Vault
from tests.conftest import PASSPHRASE, TEST_KDF
from tests.gui.conftest import minimal_cases


def _file_actions(window: Any) -> list[str]:
    menu = window.menuBar().actions()[0].menu()
    return [a.text() for a in menu.actions()]


def test_file_menu_has_the_three_actions(qtbot: Any, make_vault: Any, unlocked: Any) -> None:
    window = unlocked(make_vault())
    texts = _file_actions(window)
    for action in (window.backup_action, window.recovery_action, window.erase_action):
        assert action.text() in texts
        assert action.isEnabled()
    window.lock_now()
    assert not window.backup_action.isEnabled()
    assert not window.recovery_action.isEnabled()


# -- backup ------------------------------------------------------------------------------------
def test_backup_creates_a_file_that_verifies(qtbot: Any, make_vault: Any, unlocked: Any, tmp_path: Path) -> None:
    window = unlocked(make_vault(cases=minimal_cases(5)))
    dest = tmp_path / "out" / "my-backup.rcbk"
    dest.parent.mkdir()
    dialogs.set_next_answer(str(dest))
    with qtbot.waitSignal(window.security.backup_done, timeout=20_000) as blocker:
        window.backup_action.trigger()
    assert blocker.args[0] == dest
    assert dest.is_file()
    info = backup.verify(dest, PASSPHRASE)
    assert info.vault_id == window.session.vault.header.vault_id
    said = [s for s in dialogs.history if s.kind == "inform"]
    assert said and "my-backup.rcbk" in said[-1].text
    assert window.security.current is None  # the progress dialog closed
    assert window.unlocked  # the window's own vault still works
    window.lock_now()


def test_backup_cancel_leaves_nothing(qtbot: Any, make_vault: Any, unlocked: Any, tmp_path: Path) -> None:
    window = unlocked(make_vault(cases=minimal_cases(5)))
    out = tmp_path / "out"
    out.mkdir()
    dest = out / "cancelled.rcbk"
    dialogs.set_next_answer(str(dest))
    dialog = window.security.back_up(autostart=False)
    assert isinstance(dialog, BackupDialog)
    assert dialog.bar.accessibleName()
    dialog.cancel_button.click()  # before the worker gets to copy anything
    with qtbot.waitSignal(window.security.backup_stopped, timeout=20_000) as blocker:
        dialog.start()
    assert blocker.args[0] is None  # cancelled, not failed
    assert list(out.iterdir()) == []
    assert any("cancelled" in s.text for s in dialogs.history if s.kind == "inform")
    window.lock_now()


def test_backup_choosing_no_file_does_nothing(make_vault: Any, unlocked: Any) -> None:
    window = unlocked(make_vault())
    dialogs.set_next_answer(None)
    assert window.security.back_up() is None
    assert window.security.current is None
    window.lock_now()


# -- recovery key ----------------------------------------------------------------------------------
def _make_key(qtbot: Any, window: Any, passphrase: str) -> Any:
    window.recovery_action.trigger()
    prompt = window.security.current
    assert prompt is not None
    assert prompt.passphrase.echoMode() == prompt.passphrase.EchoMode.Password
    assert prompt.passphrase.accessibleName()
    prompt.passphrase.setText(passphrase)
    with qtbot.waitSignal(window.security.key_shown, timeout=20_000) as blocker:
        prompt.ok_button.click()
    return blocker.args[0]


def test_recovery_key_is_shown_and_opens_the_vault(qtbot: Any, make_vault: Any, unlocked: Any) -> None:
    folder = make_vault()
    window = unlocked(folder)
    printed: list[str] = []
    window.security.printer = lambda parent, text: printed.append(text)
    shown = _make_key(qtbot, window, PASSPHRASE)
    assert isinstance(shown, RecoveryKeyDialog)
    assert shown.isVisible()
    key = shown.shown_text()
    assert recovery.parse_key(key)  # the printable key itself
    texts = " ".join(w.text() for w in shown.findChildren(QPushButton))
    assert "Print" in texts
    assert "Anyone with this key can open the vault" in " ".join(
        lbl.text() for lbl in shown.findChildren(QLabel))
    shown.print_button.click()
    assert printed and key in printed[0]

    # the 2-of-3 split: three shares, any two rebuild the key
    shown.split_button.setChecked(True)
    shares = shown.shares
    assert len(shares) == 3
    for share in shares:
        assert share in shown.shown_text()
    assert recovery.combine(shares[:2]) == recovery.parse_key(key)
    shown.split_button.setChecked(False)
    assert shown.shown_text() == key

    shown.close_button.click()
    assert shown.key_text == ""
    # the session's vault knows the new slot: a later header write keeps it
    assert recovery.has_recovery(window.session.vault.header)
    window.lock_now()

    recovery.reset_passphrase(folder, key, "a brand new passphrase", kdf=TEST_KDF, allow_weak_kdf=True)
    Vault.unlock(folder, "a brand new passphrase").lock()


def test_recovery_key_wrong_passphrase_makes_no_key(qtbot: Any, make_vault: Any, unlocked: Any) -> None:
    window = unlocked(make_vault())
    assert _make_key(qtbot, window, "not the passphrase") is None
    assert any("not correct" in s.text for s in dialogs.history if s.kind == "warn")
    assert not recovery.has_recovery(window.session.vault.header)
    window.lock_now()


def test_recovery_key_cancel_does_nothing(qtbot: Any, make_vault: Any, unlocked: Any) -> None:
    window = unlocked(make_vault())
    window.recovery_action.trigger()
    prompt = window.security.current
    prompt.passphrase.setText(PASSPHRASE)
    prompt.reject()
    qtbot.wait(50)
    assert not recovery.has_recovery(window.session.vault.header)
    window.lock_now()


def test_locking_closes_the_key_dialog(qtbot: Any, make_vault: Any, unlocked: Any) -> None:
    window = unlocked(make_vault())
    shown = _make_key(qtbot, window, PASSPHRASE)
    window.lock_now()
    assert not shown.isVisible()
    assert window.security.current is None


# -- emergency erase ---------------------------------------------------------------------------
def test_erase_cancel_at_first_step_does_nothing(make_vault: Any, unlocked: Any) -> None:
    folder = make_vault()
    window = unlocked(folder)
    dialogs.set_next_answer(False)
    assert window.security.emergency_erase() is None
    assert window.unlocked
    assert window.erase_action.isEnabled()
    window.lock_now()
    Vault.unlock(folder, PASSPHRASE).lock()


@pytest.mark.parametrize("folder_text, word", [("wrong-name", ERASE_WORD), ("vault", "erase"), ("vault", "")])
def test_erase_needs_exact_folder_name_and_word(make_vault: Any, unlocked: Any, folder_text: str, word: str) -> None:
    folder = make_vault()
    window = unlocked(folder)
    dialogs.set_next_answer(True)
    dialog = window.security.emergency_erase()
    assert isinstance(dialog, EraseConfirmDialog)
    assert dialog.folder_edit.accessibleName() and dialog.word_edit.accessibleName()
    dialog.folder_edit.setText(folder_text)
    dialog.word_edit.setText(word)
    assert not dialog.erase_button.isEnabled()
    dialog.accept()  # even forced, a wrong answer does not erase
    assert dialog.isVisible()
    dialog.reject()
    assert window.unlocked
    window.lock_now()
    Vault.unlock(folder, PASSPHRASE).lock()


def test_erase_with_both_confirmations(qtbot: Any, make_vault: Any, unlocked: Any) -> None:
    folder = make_vault(cases=minimal_cases(3))
    window = unlocked(folder)
    locked: list[bool] = []
    window.session.locking.connect(lambda: locked.append(True))
    dialogs.set_next_answer(True)
    window.erase_action.trigger()
    dialog = window.security.current
    assert isinstance(dialog, EraseConfirmDialog)
    assert "Continue" not in dialog.windowTitle()
    dialog.folder_edit.setText(folder.name)
    dialog.word_edit.setText(ERASE_WORD)
    assert dialog.erase_button.isEnabled()
    with qtbot.waitSignal(window.security.erased, timeout=10_000):
        dialog.erase_button.click()
    assert locked == [True]  # the session was locked before the files went
    assert not window.unlocked
    assert window.stack.currentWidget() is window.create_screen
    assert any(s.kind == "inform" and "erased" in s.text for s in dialogs.history)
    with pytest.raises(VaultNotFound):
        Vault.unlock(folder, PASSPHRASE)


def test_erase_from_the_unlock_screen(qtbot: Any, make_vault: Any, window_factory: Any) -> None:
    folder = make_vault()
    window = window_factory(folder)
    assert not window.unlocked and window.erase_action.isEnabled()
    dialogs.set_next_answer(True)
    dialog = window.security.emergency_erase()
    dialog.folder_edit.setText(folder.name)
    dialog.word_edit.setText(ERASE_WORD)
    dialog.erase_button.click()
    assert window.stack.currentWidget() is window.create_screen
    assert not window.erase_action.isEnabled()
    with pytest.raises(VaultNotFound):
        Vault.unlock(folder, PASSPHRASE)


# -- recovery key offered at creation -------------------------------------------------------------
def _create_through_screen(qtbot: Any, window: Any, recovery_key: bool) -> None:
    screen = window.create_screen
    assert screen.recovery_box.isChecked()  # offered by default
    screen.recovery_box.setChecked(recovery_key)
    screen.passphrase.setText(PASSPHRASE)
    screen.confirm.setText(PASSPHRASE)
    with qtbot.waitSignal(screen.created, timeout=10_000):
        screen.create_button.click()


def test_creating_a_vault_offers_a_recovery_key(qtbot: Any, window_factory: Any, tmp_path: Path) -> None:
    folder = tmp_path / "with-key"
    window = window_factory(folder)
    with qtbot.waitSignal(window.security.key_shown, timeout=20_000) as blocker:
        _create_through_screen(qtbot, window, True)
    shown = blocker.args[0]
    assert isinstance(shown, RecoveryKeyDialog) and shown.isVisible()
    key = shown.shown_text()
    assert recovery.parse_key(key)
    shown.close_button.click()
    assert recovery.has_recovery(window.session.vault.header)
    window.lock_now()
    recovery.reset_passphrase(folder, key, "a brand new passphrase", kdf=TEST_KDF, allow_weak_kdf=True)
    Vault.unlock(folder, "a brand new passphrase").lock()


def test_creating_a_vault_without_a_recovery_key(qtbot: Any, window_factory: Any, tmp_path: Path) -> None:
    folder = tmp_path / "no-key"
    window = window_factory(folder)
    shown: list[Any] = []
    window.security.key_shown.connect(shown.append)
    _create_through_screen(qtbot, window, False)
    qtbot.wait(200)
    assert shown == []
    assert not recovery.has_recovery(window.session.vault.header)
    window.lock_now()
    vault = Vault.unlock(folder, PASSPHRASE)
    assert not recovery.has_recovery(vault.header)
    vault.lock()


# -- restore from a backup ------------------------------------------------------------------------
def _backup_of(make_vault: Any, tmp_path: Path) -> Path:
    folder = make_vault(cases=minimal_cases(4), name="original")
    dest = tmp_path / "original.rcbk"
    vault = Vault.unlock(folder, PASSPHRASE)
    try:
        backup.create(vault, dest)
    finally:
        vault.lock()
    return dest


def test_restore_from_the_unlock_screen(qtbot: Any, make_vault: Any, window_factory: Any, tmp_path: Path) -> None:
    from tests.gui.conftest import unlock

    src = _backup_of(make_vault, tmp_path)
    window = window_factory(make_vault(name="current"))
    target = tmp_path / "restored"
    target.mkdir()  # an empty folder is fine
    dialogs.set_next_answer(str(src))
    dialogs.set_next_answer(str(target))
    window.unlock_screen.restore_button.click()
    dialog = window.security.current
    assert dialog is not None and dialog.passphrase.echoMode() == dialog.passphrase.EchoMode.Password
    dialog.passphrase.setText("not the passphrase")
    qtbot.waitUntil(lambda: dialog.ok_button.isEnabled())
    dialog.ok_button.click()
    qtbot.waitUntil(lambda: "not correct" in dialog.status.text(), timeout=20_000)
    assert dialog.isVisible() and list(target.iterdir()) == []
    dialog.passphrase.setText(PASSPHRASE)
    with qtbot.waitSignal(window.security.restored, timeout=20_000):
        dialog.ok_button.click()
    assert window.folder == target
    assert window.stack.currentWidget() is window.unlock_screen
    assert window.unlock_screen.folder == target
    unlock(qtbot, window)
    assert window.session.vault.folder == target
    window.lock_now()


def test_restore_of_a_damaged_backup_creates_nothing(qtbot: Any, make_vault: Any, window_factory: Any,
                                                     tmp_path: Path) -> None:
    src = _backup_of(make_vault, tmp_path)
    data = bytearray(src.read_bytes())
    data[len(data) // 2] ^= 0x01
    src.write_bytes(bytes(data))
    window = window_factory(tmp_path / "none-yet")
    assert window.stack.currentWidget() is window.create_screen
    target = tmp_path / "restored"
    dialogs.set_next_answer(str(src))
    dialogs.set_next_answer(str(target))
    window.create_screen.restore_button.click()
    dialog = window.security.current
    dialog.passphrase.setText(PASSPHRASE)
    with qtbot.waitSignal(window.security.restore_stopped, timeout=20_000) as blocker:
        dialog.ok_button.click()
    assert blocker.args[0] is not None
    assert any(s.kind == "warn" and "damaged" in s.text for s in dialogs.history)
    assert not target.exists()
    assert [p.name for p in tmp_path.iterdir() if p.name.startswith(".restored")] == []
    assert window.stack.currentWidget() is window.create_screen


def test_restore_refuses_a_folder_that_is_not_empty(make_vault: Any, window_factory: Any, tmp_path: Path) -> None:
    src = _backup_of(make_vault, tmp_path)
    window = window_factory(make_vault(name="current"))
    target = tmp_path / "busy"
    target.mkdir()
    (target / "keep.txt").write_text("mine")
    dialogs.set_next_answer(str(src))
    dialogs.set_next_answer(str(target))
    assert window.security.restore_backup() is None
    assert any(s.kind == "warn" and "not empty" in s.text for s in dialogs.history)
    assert [p.name for p in target.iterdir()] == ["keep.txt"]


def test_a_backup_given_on_the_command_line_opens_its_restore_dialog(make_vault: Any, window_factory: Any,
                                                                     tmp_path: Path) -> None:
    """``recourse FILE.rcbk`` (a double-clicked backup): the restore asks only for the new folder."""
    src = _backup_of(make_vault, tmp_path)
    assert backup.is_backup(src) and not backup.is_backup(tmp_path / "missing.rcbk")
    window = window_factory(tmp_path / "none-yet")
    target = tmp_path / "restored-from-file"
    dialogs.set_next_answer(str(target))  # the folder: the backup itself is not asked for
    dialog = window.security.restore_backup(src)
    assert dialog is not None and dialog.src == src and dialog.dest == target
    dialog.reject()
