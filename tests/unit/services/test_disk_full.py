"""A disk that fills up: a real, tiny tmpfs (needs root, as on CI machines)."""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

import pytest

from app.domain.model import Case, Testimony
from app.errors import StorageFull
from app.services import cases as svc
from app.services import evidence as ev
from app.services.vault import Vault
from app.services.verify import verify
from tests.conftest import PASSPHRASE, TEST_KDF, tmpfs


@pytest.fixture
def small_disk(tmp_path: Path) -> Iterator[Path]:
    with tmpfs(tmp_path / "small", "1536k") as mount:
        yield mount


def test_attach_on_a_full_disk_keeps_the_vault_intact(small_disk: Path, tmp_path: Path) -> None:
    v = Vault.create(small_disk / "v", PASSPHRASE, kdf=TEST_KDF, allow_weak_kdf=True)
    case = svc.save_case(v, Case(title="before the disk filled"))
    big = tmp_path / "video.mp4"
    big.write_bytes(os.urandom(3 * 1024 * 1024))
    with pytest.raises(StorageFull):
        ev.attach(v, case.id, big)
    assert v.blobs.names() == set() and v.blobs.leftovers() == []
    assert svc.get_case(v, case.id).evidence == []
    assert verify(v).ok
    v.lock()
    again = Vault.unlock(small_disk / "v", PASSPHRASE)
    assert svc.get_case(again, case.id).title == "before the disk filled"
    again.lock()


def test_saving_cases_until_the_disk_is_full(small_disk: Path) -> None:
    v = Vault.create(small_disk / "v", PASSPHRASE, kdf=TEST_KDF, allow_weak_kdf=True)
    saved = []
    with pytest.raises(StorageFull):
        for i in range(10_000):
            c = Case(title=f"case {i}", testimonies=[Testimony(original_text=os.urandom(6000).hex())])
            saved.append(svc.save_case(v, c).id)
    assert len(saved) > 3
    # every acknowledged case is there; the failed one left nothing behind
    assert svc.count_cases(v) == len(saved)
    v.lock()
    again = Vault.unlock(small_disk / "v", PASSPHRASE)
    assert svc.count_cases(again) == len(saved)
    assert [c.name for c in verify(again).checks if not c.ok] == []
    again.lock()
