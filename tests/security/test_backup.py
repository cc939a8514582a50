"""One-file encrypted backups: round trip, verification, damage, permissions, full disk, CLI."""

from __future__ import annotations

import os
import random
from pathlib import Path

import pytest

from app.errors import Cancelled, InputFileError, StorageFull, TamperDetected, UnsupportedVersion, VaultCorrupted, \
    VaultExists, WrongPassphrase
from app.services import backup
from app.services.vault import Vault
from app.services.verify import verify
from tests.conftest import PASSPHRASE
from tests.security.helpers import can_mount, fill, mounted_tmpfs, private, snapshot

DOCUMENTED = (VaultCorrupted, UnsupportedVersion, TamperDetected, WrongPassphrase)


@pytest.fixture
def filled(vault, tmp_path: Path):  # type: ignore[no-untyped-def]
    fill(vault, tmp_path, 3)
    return vault


def test_round_trip_is_identical(filled, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    before = snapshot(filled)
    # an orphan blob (crash leftover) is not part of the backup
    info = backup.create(filled, tmp_path / "b.rcbackup")
    assert info.evidence_files == 3 and private(tmp_path / "b.rcbackup")
    assert backup.verify(tmp_path / "b.rcbackup", PASSPHRASE).vault_id == filled.header.vault_id
    backup.restore(tmp_path / "b.rcbackup", tmp_path / "restored", PASSPHRASE)
    filled.lock()
    restored = Vault.unlock(tmp_path / "restored", PASSPHRASE)
    try:
        assert snapshot(restored) == before
        assert verify(restored).ok
        assert restored.header.vault_id == info.vault_id
    finally:
        restored.lock()
    for p in [tmp_path / "restored", *(tmp_path / "restored").rglob("*")]:
        assert private(p), p
    assert not [n for n in os.listdir(tmp_path) if n.startswith(".")]  # no temp names left


def test_backup_records_itself_in_the_audit_trail(filled, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    from app.storage import audit
    backup.create(filled, tmp_path / "b")
    with filled.db.reading() as conn:
        assert audit.entries(conn)[-1].action == "backup"


def test_wrong_passphrase_and_existing_destinations(filled, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    b = tmp_path / "b"
    backup.create(filled, b)
    with pytest.raises(VaultExists):
        backup.create(filled, b)
    with pytest.raises(WrongPassphrase):
        backup.verify(b, "not the passphrase")
    with pytest.raises(WrongPassphrase):
        backup.restore(b, tmp_path / "r", "not the passphrase")
    assert not (tmp_path / "r").exists()
    (tmp_path / "r").mkdir()
    with pytest.raises(VaultExists):
        backup.restore(b, tmp_path / "r", PASSPHRASE)
    with pytest.raises(InputFileError):
        backup.verify(tmp_path / "missing", PASSPHRASE)


def test_cancel_leaves_nothing(filled, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    with pytest.raises(Cancelled):
        backup.create(filled, tmp_path / "b", cancel=lambda: True)
    assert not list(tmp_path.glob("*b*"))
    backup.create(filled, tmp_path / "b")
    with pytest.raises(Cancelled):
        backup.restore(tmp_path / "b", tmp_path / "r", PASSPHRASE, cancel=lambda: True)
    assert [p.name for p in tmp_path.iterdir() if "r" in p.name and p.name not in ("b",)] == []


def test_every_damaged_byte_is_refused_and_never_half_restored(filled, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    b = tmp_path / "b"
    backup.create(filled, b)
    good = b.read_bytes()
    rng = random.Random(5)
    manifest = backup.parse(good)
    # flips in every member, the manifest, the trailer and the preamble
    regions = [(m.offset, m.offset + m.size) for m in manifest.members]
    end = manifest.members[-1].offset + manifest.members[-1].size
    regions += [(end, len(good) - backup.TRAILER_LEN), (len(good) - backup.TRAILER_LEN, len(good)), (0, 16)]
    detected = flips = 0
    for lo, hi in regions:
        for _ in range(4):
            pos = rng.randrange(lo, hi)
            bad = bytearray(good)
            bad[pos] ^= rng.randrange(1, 256)
            b.write_bytes(bytes(bad))
            flips += 1
            dest = tmp_path / f"r{flips}"
            with pytest.raises(DOCUMENTED):
                backup.restore(b, dest, PASSPHRASE)
            with pytest.raises(DOCUMENTED):
                backup.verify(b, PASSPHRASE)
            detected += 1
            assert not dest.exists()
            assert not [p for p in tmp_path.iterdir() if ".restore-" in p.name]
    for damaged in (good[:-1], good[: len(good) // 2], good + b"x", good[:100]):
        b.write_bytes(damaged)
        flips += 1
        with pytest.raises(DOCUMENTED):
            backup.restore(b, tmp_path / "rt", PASSPHRASE)
        detected += 1
        assert not (tmp_path / "rt").exists()
    print(f"backup damage: {detected}/{flips} detected")
    assert detected == flips


def test_a_backup_of_another_vault_cannot_be_spliced(filled, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    """Members swapped in from another vault's backup (same passphrase) are refused."""
    from tests.conftest import TEST_KDF
    other = Vault.create(tmp_path / "other", PASSPHRASE, kdf=TEST_KDF, allow_weak_kdf=True)
    backup.create(other, tmp_path / "o")
    other.lock()
    backup.create(filled, tmp_path / "b")
    mine, theirs = (tmp_path / "b").read_bytes(), (tmp_path / "o").read_bytes()
    m1, m2 = backup.parse(mine), backup.parse(theirs)
    h2 = m2.members[0]
    spliced = mine[:16] + theirs[h2.offset:h2.offset + h2.size] + mine[16 + m1.members[0].size:]
    (tmp_path / "s").write_bytes(spliced)
    with pytest.raises(DOCUMENTED):
        backup.verify(tmp_path / "s", PASSPHRASE)


@pytest.mark.skipif(not can_mount(), reason="mounting a tmpfs needs root")
def test_backup_and_restore_on_a_full_disk(filled, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    big = tmp_path / "big.bin"
    big.write_bytes(os.urandom(2 * 1024 * 1024))
    from app.services import cases as svc, evidence as ev
    case = svc.list_cases(filled)[0]
    ev.attach(filled, case.id, big)
    with mounted_tmpfs(tmp_path / "small") as small:
        with pytest.raises(StorageFull):
            backup.create(filled, small / "b")
        assert os.listdir(small) == []
        backup.create(filled, tmp_path / "b")
        with pytest.raises(StorageFull):
            backup.restore(tmp_path / "b", small / "r", PASSPHRASE)
        assert os.listdir(small) == []
    assert verify(filled).ok
