"""What a forensic examiner carves from the raw blocks of a real filesystem (a loop-mounted ext4
image): no earlier header survives a passphrase change or an erase."""

from __future__ import annotations

import os
import subprocess
from collections.abc import Iterator
from pathlib import Path

import pytest

from app.services import erase
from app.services import vault as vault_service
from app.services.vault import Vault
from app.storage.header import read_header
from tests.conftest import PASSPHRASE, TEST_KDF


@pytest.fixture
def ext4(tmp_path: Path) -> Iterator[tuple[Path, Path]]:
    if not hasattr(os, "geteuid") or os.geteuid() != 0:
        pytest.skip("needs root for a loop mount")
    image = tmp_path / "disk.img"
    with open(image, "wb") as f:
        f.truncate(16 * 1024 * 1024)
    if subprocess.run(["mkfs.ext4", "-q", "-F", str(image)], capture_output=True).returncode != 0:
        pytest.skip("mkfs.ext4 unavailable")
    mnt = tmp_path / "mnt"
    mnt.mkdir()
    if subprocess.run(["mount", "-o", "loop", str(image), str(mnt)], capture_output=True).returncode != 0:
        pytest.skip("cannot loop-mount here")
    try:
        yield image, mnt
    finally:
        subprocess.run(["umount", "-l", str(mnt)], check=False)


def _carve(image: Path, mnt: Path, needles: list[bytes]) -> int:
    subprocess.run(["sync"], check=True)
    subprocess.run(["umount", str(mnt)], check=True)  # everything on the "disk"
    data = image.read_bytes()
    found = sum(data.count(n) for n in needles)
    subprocess.run(["mount", "-o", "loop", str(image), str(mnt)], check=True)
    return found


def _wrapped_keys(folder: Path) -> list[bytes]:
    text = read_header(folder).to_bytes()
    return [part.split(b'"')[0] for part in text.split(b'"wrapped_key": "')[1:]]


def test_no_old_header_in_free_blocks_after_passwd_and_erase(ext4: tuple[Path, Path]) -> None:
    image, mnt = ext4
    folder = mnt / "vault"
    Vault.create(folder, PASSPHRASE, kdf=TEST_KDF, allow_weak_kdf=True).lock()
    old = _wrapped_keys(folder)
    assert _carve(image, mnt, old) >= 2  # both slots hold it: the method sees it
    for i in range(3):
        vault_service.change_passphrase(folder, PASSPHRASE if i == 0 else f"new {i}", f"new {i + 1}",
                                        kdf=TEST_KDF, allow_weak_kdf=True)
    found_after_passwd = _carve(image, mnt, old)
    current = _wrapped_keys(folder)
    erase.emergency_erase(folder)
    found_after_erase = _carve(image, mnt, old + current + [b'"format": "recourse-vault"'])
    print(f"raw disk: old wrapped key found {found_after_passwd}x after 3 passphrase changes, "
          f"{found_after_erase}x any header after erase")
    assert found_after_passwd == 0
    assert found_after_erase == 0
