"""Header and database are bound together: rollback and truncation are reported; rotation makes an
old header useless; a header write overwrites in place and survives a crash."""

from __future__ import annotations

import os
import shutil
from pathlib import Path

import pytest

from app.domain.model import Case, Testimony
from app.errors import TamperDetected, WrongPassphrase
from app.services import cases as svc
from app.services import evidence as ev
from app.services import keyslots, recovery, rotation
from app.services import vault as vault_service
from app.services.vault import Vault
from app.services.verify import verify
from app.storage.database import Database
from app.storage.header import FILE_SIZE, SLOT_SIZE, pack_slot, read_header, read_header_file
from tests.conftest import PASSPHRASE, TEST_KDF

NEW = "a new passphrase"


def _failed(vault: Vault) -> dict[str, list[str]]:
    return {c.name: c.problems for c in verify(vault).checks if not c.ok}


def _change(folder: Path, old: str, new: str) -> None:
    vault_service.change_passphrase(folder, old, new, kdf=TEST_KDF, allow_weak_kdf=True)


def test_fresh_vault_is_bound_and_verifies(vault: Vault, vault_path: Path) -> None:
    svc.save_case(vault, Case(title="x"))
    vault.lock()
    hf = read_header_file(vault_path)
    assert not hf.legacy and hf.problems() == [] and (vault_path / "vault.header").stat().st_size == FILE_SIZE
    v = Vault.unlock(vault_path, PASSPHRASE)
    assert v.header.audit_head["seq"] == 2 and _failed(v) == {}
    with v.db.reading() as conn:
        assert keyslots.db_generation(conn) == v.header.generation
    v.lock()


def test_header_rollback_is_reported(vault: Vault, vault_path: Path) -> None:
    """The red-team's attack: keep the header, change the passphrase, put the old header back."""
    recovery_text = recovery.add_recovery_key(vault)
    vault.lock()
    old_header = (vault_path / "vault.header").read_bytes()
    _change(vault_path, PASSPHRASE, NEW)
    v = Vault.unlock(vault_path, NEW)
    recovery.remove_recovery_key(v)  # revoke it
    v.lock()
    (vault_path / "vault.header").write_bytes(old_header)
    v = Vault.unlock(vault_path, PASSPHRASE)  # the old passphrase works again (same master key) ...
    problems = _failed(v)  # ... but verify says what happened
    assert "rollback" in problems and "header rolled back" in problems["rollback"][0]
    v.lock()
    v = Vault.unlock(vault_path, PASSPHRASE)  # still reported later: the evidence is not bound over
    assert "rollback" in _failed(v)
    v.lock()
    assert recovery_text


def test_database_rollback_and_audit_truncation_are_reported(vault: Vault, vault_path: Path, tmp_path: Path) -> None:
    keep = svc.save_case(vault, Case(title="kept"))
    vault.lock()
    old_db = tmp_path / "old.db"
    shutil.copy(vault_path / "vault.db", old_db)
    v = Vault.unlock(vault_path, PASSPHRASE)
    svc.delete_case(v, keep.id)
    svc.save_case(v, Case(title="later"))
    v.lock()
    shutil.copy(old_db, vault_path / "vault.db")  # the deleted case comes back, audit entries go
    v = Vault.unlock(vault_path, PASSPHRASE)
    assert svc.get_case(v, keep.id).title == "kept"
    problems = _failed(v)
    assert "rollback" in problems
    assert any("truncated" in p or "database rolled back" in p for p in problems["rollback"])
    v.lock()


def test_deleting_every_audit_entry_is_reported(vault: Vault, vault_path: Path) -> None:
    svc.save_case(vault, Case(title="x"))
    key = vault.keys.database
    vault.lock()
    db = Database(vault_path, key)
    db.conn.execute("DROP TRIGGER audit_no_delete")
    db.conn.execute("DELETE FROM audit")
    db.close()
    v = Vault.unlock(vault_path, PASSPHRASE)
    problems = _failed(v)
    assert any("truncated" in p for p in problems.get("rollback", [])), problems
    v.lock()


def test_crash_between_header_and_database_is_accepted(vault: Vault, vault_path: Path) -> None:
    """A header one generation ahead of the database is the crash window of a header write."""
    gen = vault.header.generation
    with vault.db.transaction() as conn:
        keyslots.set_db_generation(conn, gen - 1)
    vault.rollback_problems = ["test: skip binding at lock"]
    vault.lock()
    v = Vault.unlock(vault_path, PASSPHRASE)
    assert _failed(v) == {}
    with v.db.reading() as conn:
        assert keyslots.db_generation(conn) == gen
    v.lock()


def test_interrupted_header_write_keeps_one_good_slot(vault: Vault, vault_path: Path) -> None:
    vault.lock()
    path = vault_path / "vault.header"
    before = read_header(vault_path)
    _change(vault_path, PASSPHRASE, NEW)
    after = path.read_bytes()
    # the second slot write was torn: slot 0 holds garbage, slot 1 the new header
    path.write_bytes(os.urandom(SLOT_SIZE // 2) + after[SLOT_SIZE // 2:])
    assert read_header(vault_path).generation > before.generation
    v = Vault.unlock(vault_path, NEW)  # opens from the good slot, and repairs the other
    v.lock()
    assert read_header_file(vault_path).problems() == []
    # torn FIRST write: the older slot survives, the old state opens
    path.write_bytes(after[:SLOT_SIZE] + pack_slot(b"{")[:100] + bytes(SLOT_SIZE - 100))
    Vault.unlock(vault_path, NEW).lock()


def test_header_is_overwritten_in_place(vault: Vault, vault_path: Path) -> None:
    vault.lock()
    path = vault_path / "vault.header"
    inode = path.stat().st_ino
    fd = os.open(path, os.O_RDONLY)
    try:
        old = os.pread(fd, FILE_SIZE, 0)
        slot_b64 = read_header(vault_path).to_bytes().split(b'"wrapped_key": "')[1][:40]
        _change(vault_path, PASSPHRASE, NEW)
        now = os.pread(fd, FILE_SIZE, 0)
    finally:
        os.close(fd)
    assert path.stat().st_ino == inode  # the same file, not a renamed copy
    assert slot_b64 in old and slot_b64 not in now  # the old wrapped key is gone from the file


def test_legacy_version_1_header_is_converted(vault: Vault, vault_path: Path) -> None:
    header = read_header(vault_path).copy()
    header.version, header.generation, header.audit_head = 1, 0, {}
    header.mac = keyslots.header_mac(vault.keys, header)
    with vault.db.transaction() as conn:
        conn.execute("DELETE FROM meta WHERE key = ?", (keyslots.GENERATION_KEY,))
    vault.rollback_problems = ["test: skip binding at lock"]
    vault.lock()
    (vault_path / "vault.header").write_bytes(header.to_bytes())
    assert read_header_file(vault_path).legacy
    v = Vault.unlock(vault_path, PASSPHRASE)
    assert v.header.version == 2 and _failed(v) == {}
    v.lock()
    assert not read_header_file(vault_path).legacy


def test_rotation_makes_an_old_header_useless(vault: Vault, vault_path: Path, tmp_path: Path) -> None:
    case = svc.save_case(vault, Case(title="before", testimonies=[Testimony(original_text="words")]))
    src = tmp_path / "f.bin"
    src.write_bytes(os.urandom(3000))
    item = ev.attach(vault, case.id, src)
    recovery.add_recovery_key(vault)
    old_db_key = vault.keys.database
    vault.lock()
    old_header = (vault_path / "vault.header").read_bytes()
    removed = rotation.rotate_master_key(vault_path, PASSPHRASE, NEW, kdf=TEST_KDF, allow_weak_kdf=True)
    assert removed
    v = Vault.unlock(vault_path, NEW)
    assert ev.read_bytes(v, item.id) == src.read_bytes()
    svc.save_case(v, Case(title="after rotation"))
    assert _failed(v) == {}
    assert v.keys.database != old_db_key
    v.lock()
    # the carved old header with the old passphrase: its master key opens nothing now
    (vault_path / "vault.header").write_bytes(old_header)
    with pytest.raises(TamperDetected):
        Vault.unlock(vault_path, PASSPHRASE)
    with pytest.raises(TamperDetected):
        Database(vault_path, old_db_key)


@pytest.mark.parametrize("stop", ["after-export", "after-header"])
def test_rotation_interrupted_is_finished_or_undone(vault: Vault, vault_path: Path, stop: str,
                                                     monkeypatch: pytest.MonkeyPatch) -> None:
    case = svc.save_case(vault, Case(title="kept"))
    vault.lock()

    class Crash(Exception):
        pass

    def crash(*a: object) -> None:
        raise Crash()

    if stop == "after-export":
        from app.storage import header as header_mod

        monkeypatch.setattr(header_mod.LockedHeader, "write", crash)
    else:
        monkeypatch.setattr(rotation, "promote_rotated", crash)
    with pytest.raises(Crash):
        rotation.rotate_master_key(vault_path, PASSPHRASE, NEW, kdf=TEST_KDF, allow_weak_kdf=True)
    monkeypatch.undo()
    assert (vault_path / "vault.db.rotate").exists()
    passphrase = PASSPHRASE if stop == "after-export" else NEW
    with pytest.raises(WrongPassphrase):
        Vault.unlock(vault_path, NEW if passphrase == PASSPHRASE else PASSPHRASE)
    v = Vault.unlock(vault_path, passphrase)
    assert svc.get_case(v, case.id).title == "kept"
    assert _failed(v) == {}
    v.lock()
    assert not (vault_path / "vault.db.rotate").exists()


def test_fingerprint_can_be_checked_later(vault: Vault, vault_path: Path, tmp_path: Path) -> None:
    svc.save_case(vault, Case(title="one"))
    noted = vault_service.audit_fingerprint(vault)
    assert noted.startswith("#2 ") and len(noted) == len("#2 XXXX-XXXX-XXXX-XXXX")
    vault.lock()
    old_db = tmp_path / "old.db"
    shutil.copy(vault_path / "vault.db", old_db)
    v = Vault.unlock(vault_path, PASSPHRASE)
    svc.save_case(v, Case(title="two"))
    assert vault_service.check_fingerprint(v, noted) and vault_service.check_fingerprint(v, noted.lower())
    later = vault_service.audit_fingerprint(v)
    v.lock()
    shutil.copy(old_db, vault_path / "vault.db")  # the whole database rolled back past the note
    v = Vault.unlock(vault_path, PASSPHRASE)
    assert vault_service.check_fingerprint(v, noted)
    assert not vault_service.check_fingerprint(v, later)
    v.lock()
