"""Wrong and weak input: passphrases, normalisation, a read-only vault."""

from __future__ import annotations

import os
import subprocess
import unicodedata
from pathlib import Path

import pytest

from app.errors import EmptyPassphrase, WrongPassphrase
from app.services import backup
from app.services.vault import Vault, VaultReadOnly
from app.services.verify import verify
from tests.conftest import PASSPHRASE, TEST_KDF
from tests.security.helpers import fill


@pytest.mark.parametrize("wrong", ["", " ", PASSPHRASE + " ", PASSPHRASE.upper(), PASSPHRASE[:-1], "\x00",
                                   "correct horse battery staple\n"])
def test_wrong_and_empty_passphrases(vault, vault_path: Path, wrong: str) -> None:  # type: ignore[no-untyped-def]
    vault.lock()
    with pytest.raises(WrongPassphrase):
        Vault.unlock(vault_path, wrong)


def test_empty_new_passphrase_is_refused(tmp_path: Path) -> None:
    with pytest.raises(EmptyPassphrase):
        Vault.create(tmp_path / "v", "", kdf=TEST_KDF, allow_weak_kdf=True)
    assert not (tmp_path / "v").exists()


@pytest.mark.parametrize("text", ["Café crème brûlée", "Ǖyghur ئۇيغۇر", "བོད་ཡིག ñandú", "한국어 가나다", "Å ﬁ"])
def test_nfc_and_nfd_open_the_same_vault(tmp_path: Path, text: str) -> None:
    nfd, nfc = unicodedata.normalize("NFD", text), unicodedata.normalize("NFC", text)
    v = Vault.create(tmp_path / "v", nfd, kdf=TEST_KDF, allow_weak_kdf=True)
    v.lock()
    Vault.unlock(tmp_path / "v", nfc).lock()
    Vault.unlock(tmp_path / "v", nfd).lock()
    # NFKC is NOT applied: a compatibility variant (ﬁ vs fi) is a different passphrase
    if "ﬁ" in text:
        with pytest.raises(WrongPassphrase):
            Vault.unlock(tmp_path / "v", unicodedata.normalize("NFKC", text))


@pytest.fixture
def readonly_vault(vault, vault_path: Path, tmp_path: Path):  # type: ignore[no-untyped-def]
    """The vault seen through a read-only bind mount (root ignores chmod, so chmod would prove nothing)."""
    fill(vault, tmp_path, 2)
    vault.lock()
    if os.geteuid() != 0:
        vault_path.chmod(0o500)
        for p in vault_path.rglob("*"):
            p.chmod(0o400 if p.is_file() else 0o500)
        yield vault_path
        for p in [vault_path, *vault_path.rglob("*")]:
            p.chmod(0o700 if p.is_dir() else 0o600)
        return
    ro = tmp_path / "ro"
    ro.mkdir()
    if subprocess.run(["mount", "--bind", str(vault_path), str(ro)], capture_output=True).returncode != 0:
        pytest.skip("cannot bind-mount here")
    try:
        if subprocess.run(["mount", "-o", "remount,bind,ro", str(ro)], capture_output=True).returncode != 0:
            pytest.skip("cannot remount read-only here")
        yield ro
    finally:
        subprocess.run(["umount", "-l", str(ro)], check=False)


def test_read_only_vault_is_a_clear_error_and_nothing_is_corrupted(readonly_vault: Path, vault_path: Path,
                                                                   tmp_path: Path) -> None:
    """What happens: unlocking refuses with VaultReadOnly (CLI exit 16) before SQLite touches
    anything; the vault is unchanged and opens normally from a writable place."""
    before = {p.name: p.read_bytes() for p in vault_path.rglob("*") if p.is_file()}
    with pytest.raises(VaultReadOnly):  # a clear error, not "damaged"
        Vault.unlock(readonly_vault, PASSPHRASE)
    after = {p.name: p.read_bytes() for p in vault_path.rglob("*") if p.is_file()}
    assert after == before
    w = Vault.unlock(vault_path, PASSPHRASE)
    assert verify(w).ok
    backup.create(w, tmp_path / "fine.backup")  # the real folder still works
    w.lock()
