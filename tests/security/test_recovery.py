"""Recovery key and 2-of-3 split: both paths, wrong key, one share, tampered share, CLI."""

from __future__ import annotations

import itertools
from pathlib import Path

import pytest

from app.errors import WrongPassphrase
from app.services import recovery
from app.services.vault import Vault
from tests.conftest import PASSPHRASE, TEST_KDF

NEW = "a brand new passphrase ünïcode"


def _reset(folder: Path, what, new: str = NEW) -> None:  # type: ignore[no-untyped-def]
    recovery.reset_passphrase(folder, what, new, kdf=TEST_KDF, allow_weak_kdf=True)


def test_recovery_key_resets_the_passphrase(vault, vault_path: Path) -> None:  # type: ignore[no-untyped-def]
    key = recovery.add_recovery_key(vault)
    assert len(key.split("-")) == 14 and all(len(g) == 4 for g in key.split("-"))
    assert [s.kind for s in vault.header.keyslots] == ["passphrase", "recovery"]
    assert vault.header.keyslots[1].kdf == {"name": "hkdf-sha256"}
    vault.lock()
    _reset(vault_path, key.lower().replace("-", " "))  # typed sloppily: still accepted
    with pytest.raises(WrongPassphrase):
        Vault.unlock(vault_path, PASSPHRASE)
    Vault.unlock(vault_path, NEW).lock()
    _reset(vault_path, key, "third")  # the key keeps working
    Vault.unlock(vault_path, "third").lock()


def test_recovery_slot_survives_a_passphrase_change(vault, vault_path: Path) -> None:  # type: ignore[no-untyped-def]
    key = recovery.add_recovery_key(vault, PASSPHRASE)
    vault.change_passphrase(PASSPHRASE, "changed", kdf=TEST_KDF, allow_weak_kdf=True)
    vault.lock()
    _reset(vault_path, key)
    Vault.unlock(vault_path, NEW).lock()


def test_add_requires_the_right_passphrase(vault) -> None:  # type: ignore[no-untyped-def]
    with pytest.raises(WrongPassphrase):
        recovery.add_recovery_key(vault, "wrong")


def test_create_vault_with_split(tmp_path: Path) -> None:
    v, shares = recovery.create_vault(tmp_path / "v", PASSPHRASE, split_key=True, kdf=TEST_KDF, allow_weak_kdf=True)
    v.lock()
    assert len(shares) == 3
    for pair in itertools.permutations(shares, 2):
        _reset(tmp_path / "v", list(pair), NEW)
        Vault.unlock(tmp_path / "v", NEW).lock()
    _reset(tmp_path / "v", "\n".join(shares), "all three")
    Vault.unlock(tmp_path / "v", "all three").lock()


def test_split_and_combine_are_inverse() -> None:
    key = recovery.new_key()
    shares = recovery.split(key)
    for pair in itertools.combinations(shares, 2):
        assert recovery.combine(list(pair)) == key


def test_wrong_key_one_share_and_tampered_shares(vault, vault_path: Path) -> None:  # type: ignore[no-untyped-def]
    key = recovery.add_recovery_key(vault)
    shares = recovery.split(key)
    vault.lock()
    before = (vault_path / "vault.header").read_bytes()
    with pytest.raises(recovery.WrongRecoveryKey):
        _reset(vault_path, recovery.format_key(recovery.new_key()))
    with pytest.raises(recovery.RecoveryKeyInvalid) as one:
        _reset(vault_path, [shares[0]])
    assert one.value.reason == "one_share"
    with pytest.raises(recovery.RecoveryKeyInvalid) as dup:
        _reset(vault_path, [shares[0], shares[0]])
    assert dup.value.reason == "duplicate_share"
    # a mistyped character: the checksum catches it
    typo = shares[1][:10] + ("A" if shares[1][10] != "A" else "B") + shares[1][11:]
    with pytest.raises(recovery.RecoveryKeyInvalid) as bad:
        _reset(vault_path, [shares[0], typo])
    assert bad.value.reason == "checksum"
    # a forged share with a valid checksum: the rebuilt key does not open the vault
    sid, x, y = recovery.parse_share(shares[1])
    forged = recovery._encode(sid + bytes([x]) + bytes([y[0] ^ 1]) + y[1:])
    with pytest.raises(recovery.WrongRecoveryKey):
        _reset(vault_path, [shares[0], forged])
    # shares of two different splits of the same key
    other = recovery.split(key)
    with pytest.raises(recovery.RecoveryKeyInvalid) as mixed:
        _reset(vault_path, [shares[0], other[1]])
    assert mixed.value.reason == "mixed_shares"
    with pytest.raises(recovery.RecoveryKeyInvalid):
        _reset(vault_path, "not a key at all")
    assert (vault_path / "vault.header").read_bytes() == before  # nothing changed
    Vault.unlock(vault_path, PASSPHRASE).lock()


def test_no_recovery_slot(vault, vault_path: Path) -> None:  # type: ignore[no-untyped-def]
    vault.lock()
    with pytest.raises(recovery.NoRecoverySlot):
        _reset(vault_path, recovery.format_key(recovery.new_key()))


def test_a_new_recovery_key_replaces_the_old(vault, vault_path: Path) -> None:  # type: ignore[no-untyped-def]
    old = recovery.add_recovery_key(vault)
    recovery.add_recovery_key(vault)
    vault.lock()
    with pytest.raises(recovery.WrongRecoveryKey):
        _reset(vault_path, old)


def test_one_share_reveals_nothing_about_the_key() -> None:
    """For a fixed share value, every secret byte is possible (information-theoretic)."""
    from app.crypto import shamir
    # share 1 = s ^ a*1: for any observed y and any candidate s there is exactly one a
    assert len({y ^ s for s in range(256) for y in [0x5A]}) == 256
    assert shamir.gf_mul(0x57, 0x83) == 0xC1  # FIPS-197 §4.2 example


def test_restore_a_backup_with_the_recovery_key_only(vault, vault_path: Path, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    """Laptop lost AND passphrase forgotten: backup + two shares still bring the vault back."""
    from app.services import backup
    from app.services import cases as svc
    from app.domain.model import Case
    case = svc.save_case(vault, Case(title="kept safe"))
    shares = recovery.split(recovery.add_recovery_key(vault))
    backup.create(vault, tmp_path / "b")
    vault.lock()
    key = recovery.combine(shares[1:])
    with pytest.raises(recovery.WrongRecoveryKey):
        backup.restore(tmp_path / "b", tmp_path / "r", None, recovery_key=recovery.new_key())
    assert not (tmp_path / "r").exists()
    backup.verify(tmp_path / "b", None, recovery_key=key)
    backup.restore(tmp_path / "b", tmp_path / "r", None, recovery_key=key)
    _reset(tmp_path / "r", key)
    with Vault.unlock(tmp_path / "r", NEW) as v:
        assert svc.get_case(v, case.id).title == "kept safe"
