"""Emergency erase and the failed-unlock limit."""

from __future__ import annotations

import os
import shutil
from pathlib import Path

import pytest

from app.errors import TamperDetected, VaultErased, VaultNotFound, WrongPassphrase
from app.services import erase, keyslots, recovery
from app.services import vault as vault_service
from app.services.vault import Vault
from tests.conftest import PASSPHRASE, TEST_KDF
from tests.security.helpers import fill, header_doc, write_header_doc


def test_erase_destroys_everything(vault, vault_path: Path, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    fill(vault, tmp_path, 2)
    recovery.add_recovery_key(vault)
    vault.lock()
    db_copy = tmp_path / "db-copy"
    shutil.copy(vault_path / "vault.db", db_copy)  # someone copied the database before
    header_fd = os.open(vault_path / "vault.header", os.O_RDONLY)  # watch the header's inode
    try:
        erase.emergency_erase(vault_path)
        erased = os.pread(header_fd, 1 << 16, 0)
    finally:
        os.close(header_fd)
    assert not vault_path.exists()
    assert b"wrapped_key" not in erased and b"recourse-vault" not in erased  # overwritten in place
    with pytest.raises(VaultNotFound):
        Vault.unlock(vault_path, PASSPHRASE)
    # The old database copy with the right passphrase: the wrapped master key is gone, so the only
    # thing left to try is a fresh header -- which wraps a different master key.
    other = Vault.create(tmp_path / "other", PASSPHRASE, kdf=TEST_KDF, allow_weak_kdf=True)
    other.lock()
    os.replace(db_copy, tmp_path / "other" / "vault.db")
    with pytest.raises(TamperDetected):
        Vault.unlock(tmp_path / "other", PASSPHRASE)


def test_erase_refuses_a_folder_that_is_not_a_vault(tmp_path: Path) -> None:
    (tmp_path / "photos").mkdir()
    (tmp_path / "photos" / "a.jpg").write_bytes(b"x")
    with pytest.raises(VaultNotFound):
        erase.emergency_erase(tmp_path / "photos")
    assert (tmp_path / "photos" / "a.jpg").exists()


def test_erase_of_an_open_vault(vault, vault_path: Path, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    fill(vault, tmp_path, 1)
    erase.emergency_erase(vault_path)  # e.g. from another window while unlocked
    assert not vault_path.exists()
    vault.lock()  # must not crash or recreate anything
    assert not vault_path.exists()


def test_unlock_limit_is_off_by_default(vault, vault_path: Path) -> None:  # type: ignore[no-untyped-def]
    vault.lock()
    for _ in range(12):
        with pytest.raises(WrongPassphrase):
            Vault.unlock(vault_path, "guess")
    assert vault_service.inspect(vault_path).unlock_limit is None
    Vault.unlock(vault_path, PASSPHRASE).lock()


def test_unlock_limit_erases_after_n_failures(vault, vault_path: Path) -> None:  # type: ignore[no-untyped-def]
    keyslots.set_unlock_limit(vault, 3)
    vault.lock()
    info = vault_service.inspect(vault_path)
    assert (info.unlock_limit, info.attempts_left) == (3, 3)
    for left in (2, 1):
        with pytest.raises(WrongPassphrase):
            Vault.unlock(vault_path, "guess")
        assert vault_service.inspect(vault_path).attempts_left == left
    with pytest.raises(VaultErased):
        Vault.unlock(vault_path, "guess")
    assert not vault_path.exists()
    with pytest.raises(VaultNotFound):
        Vault.unlock(vault_path, PASSPHRASE)


def test_success_resets_the_counter(vault, vault_path: Path) -> None:  # type: ignore[no-untyped-def]
    keyslots.set_unlock_limit(vault, 2)
    vault.lock()
    for _ in range(5):
        with pytest.raises(WrongPassphrase):
            Vault.unlock(vault_path, "guess")
        v = Vault.unlock(vault_path, PASSPHRASE)
        assert v.header.failed_unlocks == 0
        v.lock()
        assert vault_service.inspect(vault_path).attempts_left == 2
    v = Vault.unlock(vault_path, PASSPHRASE)
    keyslots.set_unlock_limit(v, None)
    v.lock()
    assert vault_service.inspect(vault_path).unlock_limit is None


def test_the_limit_option_is_authenticated(vault, vault_path: Path) -> None:  # type: ignore[no-untyped-def]
    """Turning the limit off by editing the header is caught at the next unlock (header MAC)."""
    keyslots.set_unlock_limit(vault, 5)
    vault.lock()
    doc = header_doc(vault_path)
    doc["options"]["unlock_limit"] = 50
    write_header_doc(vault_path, doc)
    with pytest.raises(TamperDetected):
        Vault.unlock(vault_path, PASSPHRASE)


def test_limit_values(vault) -> None:  # type: ignore[no-untyped-def]
    for bad in (0, -1, 1001, True):
        with pytest.raises(ValueError):
            keyslots.set_unlock_limit(vault, bad)
