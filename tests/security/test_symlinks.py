"""Planted links: no write and no destructive path ever follows one.

Another local user (or malware with the user's rights) plants symlinks or hard links under the
names Recourse writes or erases -- the old predictable temporary names, the header's temporary
name, database side files, blob names.  Each test checks the file the link points at (the
user's backup, another user's file) is unchanged afterwards.
"""

from __future__ import annotations

import os
import stat
from pathlib import Path

import pytest

from app.domain.model import Case, Testimony
from app.errors import VaultNotFound
from app.services import backup, erase, transfer
from app.services import cases as svc
from app.services import evidence as ev
from app.services.vault import Vault
from app.storage import files
from app.storage.files import atomic_file, atomic_write, temp_name

VICTIM = b"the user's precious backup\n"


def _victim(tmp_path: Path) -> Path:
    path = tmp_path / "elsewhere" / "backup.rcb"
    path.parent.mkdir(exist_ok=True)
    path.write_bytes(VICTIM)
    return path


def _fixed_token(monkeypatch: pytest.MonkeyPatch) -> str:
    monkeypatch.setattr(files.secrets, "token_hex", lambda n=16: "ab" * n)
    return "ab" * 16


def test_temporary_name_is_unpredictable_and_never_followed(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    names = {temp_name("export.json") for _ in range(100)}
    assert len(names) == 100  # random: nothing to plant in advance
    victim = _victim(tmp_path)
    token = _fixed_token(monkeypatch)  # the attacker guessed the name anyway
    dest = tmp_path / "export.json"
    (tmp_path / f".export.json.{token}.tmp").symlink_to(victim)
    with pytest.raises(FileExistsError):
        atomic_write(dest, b"plaintext case file")
    assert victim.read_bytes() == VICTIM and not dest.exists()


def test_old_predictable_names_are_ignored(vault: Vault, tmp_path: Path) -> None:
    """The red-team's attack: links at ``.NAME.tmp-<pid>`` and ``.NAME.part-<pid>``."""
    victim = _victim(tmp_path)
    case = svc.save_case(vault, Case(title="secret", testimonies=[Testimony(original_text="testimony")]))
    src = tmp_path / "photo.jpg"
    src.write_bytes(b"\xff\xd8 evidence")
    item = ev.attach(vault, case.id, src)
    out = tmp_path / "out"
    out.mkdir()
    for name in ("cases.json", "copy.jpg", "vault.rcb"):
        for pattern in (".{}.tmp-{}", ".{}.part-{}"):
            (out / pattern.format(name, os.getpid())).symlink_to(victim)
    transfer.export_cases(vault, None, out / "cases.json")
    ev.export_copy(vault, item.id, out / "copy.jpg")
    backup.create(vault, out / "vault.rcb")
    assert victim.read_bytes() == VICTIM
    for name in ("cases.json", "copy.jpg", "vault.rcb"):
        st = (out / name).lstat()
        assert stat.S_ISREG(st.st_mode) and stat.S_IMODE(st.st_mode) == 0o600
    assert b"testimony" in (out / "cases.json").read_bytes()


def test_destination_link_is_replaced_not_followed(tmp_path: Path) -> None:
    victim = _victim(tmp_path)
    dest = tmp_path / "report.pdf"
    dest.symlink_to(victim)
    atomic_write(dest, b"%PDF")
    assert victim.read_bytes() == VICTIM
    assert not dest.is_symlink() and dest.read_bytes() == b"%PDF"


def test_writer_is_private_atomic_and_cleans_up(tmp_path: Path) -> None:
    old = os.umask(0o022)
    try:
        dest = tmp_path / "a.bin"
        atomic_write(dest, b"one")
        assert stat.S_IMODE(dest.stat().st_mode) == 0o600
        with pytest.raises(RuntimeError):
            with atomic_file(dest) as out:
                out.write(b"half of two")
                raise RuntimeError("hash mismatch")
        assert dest.read_bytes() == b"one"
        assert sorted(p.name for p in tmp_path.iterdir()) == ["a.bin"]  # no temporary file left
    finally:
        os.umask(old)


def test_erase_leaves_planted_links_and_their_targets(vault: Vault, vault_path: Path, tmp_path: Path) -> None:
    """A link named like the header's temporary file (the red-team's attack), and links or hard
    links under every other vault name: erase removes the vault, never touches what they point at."""
    victim = _victim(tmp_path)
    other = tmp_path / "elsewhere" / "notes.txt"
    other.write_bytes(b"notes")
    case = svc.save_case(vault, Case(title="x"))
    src = tmp_path / "f.txt"
    src.write_bytes(b"evidence")
    ev.attach(vault, case.id, src)
    vault.lock()
    (vault_path / temp_name("vault.header")).symlink_to(victim)
    (vault_path / ".vault.header.tmp-1234").symlink_to(victim)  # the old temporary name
    (vault_path / "vault.db-shm").unlink(missing_ok=True)
    (vault_path / "vault.db-shm").symlink_to(victim)
    os.link(other, vault_path / "vault.db-journal")  # a hard link: overwriting would reach notes.txt
    (vault_path / "blobs" / ("f" * 32)).symlink_to(victim)
    (vault_path / "blobs" / ("e" * 32 + ".part")).symlink_to(victim)
    left = erase.emergency_erase(vault_path)
    assert victim.read_bytes() == VICTIM
    assert other.read_bytes() == b"notes"
    assert not (vault_path / "vault.header").exists() and not (vault_path / "vault.db").exists()
    assert sorted(left) == sorted([temp_name_link.name for temp_name_link in vault_path.iterdir()])
    assert all((vault_path / n).is_symlink() or n == "blobs" for n in left)


def test_erase_refuses_a_linked_vault_folder(vault: Vault, vault_path: Path, tmp_path: Path) -> None:
    vault.lock()
    link = tmp_path / "link-to-vault"
    link.symlink_to(vault_path)
    with pytest.raises(VaultNotFound):
        erase.emergency_erase(link)
    assert (vault_path / "vault.header").is_file()


def test_tidy_leaves_planted_links(vault: Vault, vault_path: Path, tmp_path: Path) -> None:
    victim = _victim(tmp_path)
    vault.lock()
    part = vault_path / "blobs" / ("d" * 32 + ".part")
    orphan = vault_path / "blobs" / ("c" * 32)
    part.symlink_to(victim)
    orphan.symlink_to(victim)
    from tests.conftest import PASSPHRASE

    Vault.unlock(vault_path, PASSPHRASE).lock()
    assert victim.read_bytes() == VICTIM
