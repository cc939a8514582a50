"""Vault creation, unlocking, passphrases and the key hierarchy, on real files."""

from __future__ import annotations

import json
import os
import unicodedata
from pathlib import Path

import pytest

from app.crypto import KdfParams
from app.errors import TamperDetected, UnsupportedVersion, VaultCorrupted, VaultExists, VaultNotFound, WrongPassphrase
from app.services import cases as svc
from app.services.vault import Vault
from app.storage.header import HEADER_NAME
from tests.security.helpers import header_doc, write_header_doc
from tests.conftest import PASSPHRASE, TEST_KDF


def test_create_then_unlock_sees_the_same_data(vault, vault_path: Path) -> None:  # type: ignore[no-untyped-def]
    from app.domain.model import Case

    c = svc.save_case(vault, Case(title="t"))
    vault.lock()
    assert vault.locked
    again = Vault.unlock(vault_path, PASSPHRASE)
    assert svc.get_case(again, c.id).title == "t"
    again.lock()


def test_vault_folder_layout_and_header_reveals_nothing(vault, vault_path: Path) -> None:  # type: ignore[no-untyped-def]
    vault.lock()
    names = sorted(p.name for p in vault_path.iterdir())
    assert names == ["blobs", "vault.db", HEADER_NAME] or names == ["blobs", "vault.db", "vault.db-wal", HEADER_NAME]
    header = header_doc(vault_path)
    assert set(header) == {"format", "version", "vault_id", "generation", "keyslots", "options", "audit_head",
                           "failed_unlocks", "mac"}
    slot = header["keyslots"][0]
    assert slot["kind"] == "passphrase"
    assert slot["kdf"] == {"name": "argon2id", "memory_kib": 8192, "iterations": 1, "lanes": 1}
    if os.name == "posix":
        for p in [vault_path, *vault_path.iterdir()]:
            assert p.stat().st_mode & 0o077 == 0, p


def test_wrong_and_empty_passphrase(vault, vault_path: Path) -> None:  # type: ignore[no-untyped-def]
    vault.lock()
    with pytest.raises(WrongPassphrase):
        Vault.unlock(vault_path, "correct horse battery stapler")
    with pytest.raises(WrongPassphrase):
        Vault.unlock(vault_path, "")


def test_passphrase_is_nfc_normalised(tmp_path: Path) -> None:
    composed = "pässwörd 密码 é"
    decomposed = unicodedata.normalize("NFD", composed)
    assert composed != decomposed
    Vault.create(tmp_path / "v", composed, kdf=TEST_KDF, allow_weak_kdf=True).lock()
    Vault.unlock(tmp_path / "v", decomposed).lock()


def test_weak_kdf_parameters_are_refused_without_opt_in(tmp_path: Path) -> None:
    with pytest.raises(ValueError):
        Vault.create(tmp_path / "v", PASSPHRASE, kdf=KdfParams(8192, 1, 1))
    assert not (tmp_path / "v").exists()  # nothing half-made


def test_floor_parameters_are_accepted(tmp_path: Path) -> None:
    v = Vault.create(tmp_path / "v", PASSPHRASE, kdf=KdfParams(65536, 3, 4))
    v.lock()
    Vault.unlock(tmp_path / "v", PASSPHRASE).lock()


def test_create_refuses_a_non_empty_folder(tmp_path: Path) -> None:
    (tmp_path / "v").mkdir()
    (tmp_path / "v" / "keep.txt").write_text("mine")
    with pytest.raises(VaultExists):
        Vault.create(tmp_path / "v", PASSPHRASE, kdf=TEST_KDF, allow_weak_kdf=True)
    assert (tmp_path / "v" / "keep.txt").read_text() == "mine"


def test_missing_vault(tmp_path: Path) -> None:
    with pytest.raises(VaultNotFound):
        Vault.unlock(tmp_path / "nope", PASSPHRASE)


def test_change_passphrase_rewraps_only(vault, vault_path: Path) -> None:  # type: ignore[no-untyped-def]
    from app.domain.model import Case

    c = svc.save_case(vault, Case(title="kept"))
    db_before = (vault_path / "vault.db").stat().st_ino
    with pytest.raises(WrongPassphrase):
        vault.change_passphrase("not it", "new one", kdf=TEST_KDF, allow_weak_kdf=True)
    vault.change_passphrase(PASSPHRASE, "新的口令 new", kdf=TEST_KDF, allow_weak_kdf=True)
    vault.lock()
    with pytest.raises(WrongPassphrase):
        Vault.unlock(vault_path, PASSPHRASE)
    v = Vault.unlock(vault_path, "新的口令 new")
    assert svc.get_case(v, c.id).title == "kept"
    assert (vault_path / "vault.db").stat().st_ino == db_before
    v.lock()


@pytest.mark.parametrize("mutate", ["options", "vault_id", "kdf", "salt", "wrapped", "mac"])
def test_altered_header_is_detected(vault, vault_path: Path, mutate: str) -> None:  # type: ignore[no-untyped-def]
    vault.lock()
    doc = header_doc(vault_path)
    slot = doc["keyslots"][0]
    if mutate == "options":
        doc["options"]["unlock_limit"] = 1
    elif mutate == "vault_id":
        doc["vault_id"] = "0" * 32
    elif mutate == "kdf":
        slot["kdf"]["iterations"] = 2
    elif mutate == "salt":
        slot["salt"] = "AAAAAAAAAAAAAAAAAAAAAA=="
    elif mutate == "wrapped":
        raw = bytearray(__import__("base64").b64decode(slot["wrapped_key"]))
        raw[20] ^= 1
        slot["wrapped_key"] = __import__("base64").b64encode(bytes(raw)).decode()
    elif mutate == "mac":
        doc["mac"] = __import__("base64").b64encode(bytes(32)).decode()
    write_header_doc(vault_path, doc)
    # Key-slot changes make unwrapping fail (they are its associated data); the
    # rest is caught by the header MAC.  Either way the vault does not open.
    with pytest.raises((WrongPassphrase, TamperDetected)):
        Vault.unlock(vault_path, PASSPHRASE)


@pytest.mark.parametrize("content", [b"", b"{", b"[]", b'{"format": "other"}', b"\xff\xfe",
                                     b'{"format": "recourse-vault", "version": 1}'])
def test_corrupt_header_is_reported(vault, vault_path: Path, content: bytes) -> None:  # type: ignore[no-untyped-def]
    vault.lock()
    (vault_path / HEADER_NAME).write_bytes(content)
    with pytest.raises(VaultCorrupted):
        Vault.unlock(vault_path, PASSPHRASE)


def test_future_header_version_is_refused(vault, vault_path: Path) -> None:  # type: ignore[no-untyped-def]
    vault.lock()
    doc = header_doc(vault_path)
    doc["version"] = 99
    write_header_doc(vault_path, json.dumps(doc).encode())
    with pytest.raises(UnsupportedVersion):
        Vault.unlock(vault_path, PASSPHRASE)


def test_truncated_database_is_detected(vault, vault_path: Path) -> None:  # type: ignore[no-untyped-def]
    from app.services.verify import verify

    vault.lock()
    db = vault_path / "vault.db"
    db.write_bytes(db.read_bytes()[:5000])
    try:
        v = Vault.unlock(vault_path, PASSPHRASE)
    except (TamperDetected, VaultCorrupted):
        return  # refused at once
    try:
        assert not verify(v).ok
    finally:
        v.lock()


def test_locked_vault_refuses_work(vault) -> None:  # type: ignore[no-untyped-def]
    from app.errors import VaultLocked

    vault.lock()
    with pytest.raises(VaultLocked):
        svc.count_cases(vault)


def test_clone_has_its_own_connection_for_another_thread(vault) -> None:  # type: ignore[no-untyped-def]
    import threading

    from app.domain.model import Case

    seen = []

    def work() -> None:
        clone = vault.clone()
        try:
            seen.append(svc.save_case(clone, Case(title="from a worker")).id)
        finally:
            clone.lock()

    t = threading.Thread(target=work)
    t.start()
    t.join()
    assert not vault.locked and svc.get_case(vault, seen[0]).title == "from a worker"
