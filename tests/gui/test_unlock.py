"""Create-vault and unlock screens, with a real vault and the real (small) Argon2id."""

from __future__ import annotations

from pathlib import Path

import pytest

from app.gui import dialogs
from app.storage.header import HEADER_NAME
from tests.conftest import PASSPHRASE
from tests.gui.conftest import unlock

WRONG = "That passphrase did not open this vault. Check Caps Lock and the keyboard layout."


def test_first_run_creates_a_vault_through_the_screen(qtbot, window_factory, tmp_path):
    folder = tmp_path / "new-vault"
    window = window_factory(folder)
    screen = window.create_screen
    assert window.stack.currentWidget() is screen
    assert "cannot" in screen.warning.text().lower() or "nobody can recover" in screen.warning.text().lower()
    assert not screen.create_button.isEnabled()
    screen.passphrase.setText(PASSPHRASE)
    screen.confirm.setText(PASSPHRASE + "x")
    assert not screen.create_button.isEnabled()
    assert screen.match_label.text()
    screen.confirm.setText(PASSPHRASE)
    assert screen.create_button.isEnabled()
    with qtbot.waitSignal(screen.created, timeout=10_000):
        screen.create_button.click()
        assert screen.busy.isVisibleTo(screen)  # the KDF runs off the UI thread
    assert (folder / HEADER_NAME).is_file()
    assert window.unlocked and window.stack.currentWidget() is window.workspace
    assert screen.passphrase.text() == "" and screen.confirm.text() == ""
    window.lock_now()
    unlock(qtbot, window)  # the passphrase chosen on the screen opens it


def test_weak_passphrase_asks_first(qtbot, window_factory, tmp_path):
    window = window_factory(tmp_path / "v")
    screen = window.create_screen
    screen.passphrase.setText("china")
    screen.confirm.setText("china")
    dialogs.set_next_answer(False)
    screen.create_button.click()
    assert dialogs.history[-1].kind == "ask"
    assert screen.worker is None and not (tmp_path / "v").exists()


def test_unlock_opens_the_workspace(qtbot, window_factory, make_vault):
    window = window_factory(make_vault())
    assert window.windowTitle() == "Recourse — locked"
    unlock(qtbot, window)
    assert window.windowTitle() == "Recourse"
    assert window.stack.currentWidget() is window.workspace
    assert window.unlock_screen.passphrase.text() == ""


def test_wrong_passphrase_is_calm_and_clears_the_field(qtbot, window_factory, make_vault):
    window = window_factory(make_vault())
    screen = window.unlock_screen
    screen.passphrase.setText("not the passphrase")
    qtbot.keyClick(screen.passphrase, "\r")
    qtbot.waitUntil(lambda: screen.worker is None and screen.message.text() == WRONG, timeout=10_000)
    assert screen.passphrase.text() == ""
    assert not window.unlocked and screen.unlock_button.isEnabled()


def test_open_another_vault_folder(qtbot, window_factory, make_vault, tmp_path):
    first, second = make_vault(name="a"), make_vault(name="b")
    window = window_factory(first)
    dialogs.set_next_answer(str(tmp_path))  # not a vault
    window.unlock_screen.other_button.click()
    assert dialogs.history[-1].kind == "warn" and window.folder == first
    dialogs.set_next_answer(str(second))
    window.unlock_screen.other_button.click()
    assert window.folder == second and str(second) in window.unlock_screen.folder_label.text()
    unlock(qtbot, window)
    assert Path(window.session.vault.folder) == second


def test_create_new_vault_from_unlock_screen_and_back(qtbot, window_factory, make_vault, tmp_path):
    window = window_factory(make_vault())
    target = tmp_path / "empty"
    target.mkdir()
    dialogs.set_next_answer(str(target))
    window.unlock_screen.new_button.click()
    assert window.stack.currentWidget() is window.create_screen
    assert window.create_screen.folder == target and window.create_screen.cancel_button.isVisibleTo(window)
    window.create_screen.cancel_button.click()
    assert window.stack.currentWidget() is window.unlock_screen


@pytest.mark.parametrize("name", ["settings.json"])
def test_no_vault_location_is_remembered(qtbot, window_factory, make_vault, tmp_path, name):
    window = window_factory(make_vault())
    unlock(qtbot, window)
    window.lock_now()
    for path in (tmp_path / "home").rglob("*"):  # RECOURSE_HOME: config and data
        if path.is_file():
            assert str(tmp_path) not in path.read_text(errors="replace")


def test_failed_unlocks_count_towards_the_limit_and_warn(qtbot, window_factory, make_vault):
    from app.services.keyslots import set_unlock_limit
    from app.services.vault import Vault, inspect

    folder = make_vault()
    v = Vault.unlock(folder, PASSPHRASE)
    set_unlock_limit(v, 3)
    v.lock()
    window = window_factory(folder)
    screen = window.unlock_screen
    screen.passphrase.setText("not the passphrase")
    screen.unlock_button.click()
    qtbot.waitUntil(lambda: screen.worker is None and screen.message.text() != "", timeout=10_000)
    assert inspect(folder).attempts_left == 2
    assert "erases itself: 2" in screen.message.text()
