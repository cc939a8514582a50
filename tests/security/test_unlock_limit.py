"""The failed-unlock limit: authenticated before it is acted on, counted atomically (parallel
guesses each count), and no guess is tried when it cannot be counted."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from app.errors import TamperDetected, VaultErased, WrongPassphrase
from app.services import keyslots
from app.services import vault as vault_service
from app.services.vault import Vault
from app.storage.header import read_header
from tests.conftest import PASSPHRASE
from tests.security.helpers import header_doc, write_header_doc

ROOT = Path(__file__).resolve().parents[2]


def test_an_unkeyed_limit_is_not_acted_on(vault: Vault, vault_path: Path) -> None:
    """The red-team's edit: unlock_limit set to 1 without the key.  One typo must not erase."""
    vault.lock()
    doc = header_doc(vault_path)
    doc["options"]["unlock_limit"] = 1
    write_header_doc(vault_path, doc)
    assert vault_service.inspect(vault_path).attempts_left is None  # not shown as active either
    for _ in range(3):
        with pytest.raises(WrongPassphrase):
            Vault.unlock(vault_path, "typo")
    assert vault_path.exists()
    with pytest.raises(TamperDetected):  # and the edit is caught by the header MAC
        Vault.unlock(vault_path, PASSPHRASE)


def test_a_forged_tag_or_a_copied_limit_is_not_acted_on(vault: Vault, vault_path: Path, tmp_path: Path,
                                                        monkeypatch: pytest.MonkeyPatch) -> None:
    keyslots.set_unlock_limit(vault, 5)
    vault.lock()
    doc = header_doc(vault_path)
    doc["options"]["unlock_limit"] = 1  # the tag was made for 5
    write_header_doc(vault_path, doc)
    with pytest.raises(WrongPassphrase):
        Vault.unlock(vault_path, "typo")
    assert vault_path.exists()
    monkeypatch.setenv("RECOURSE_HOME", str(tmp_path / "other-computer"))
    assert keyslots.unlock_limit(read_header(vault_path)) is None


GUESS = """
import sys
from app.errors import WrongPassphrase
from app.services.vault import Vault
sys.stdin.readline()  # start together
try:
    Vault.unlock(sys.argv[1], "wrong guess")
except WrongPassphrase:
    print("wrong")
"""


def test_parallel_guesses_each_count(vault: Vault, vault_path: Path) -> None:
    """12 processes guess at once (the red team's 12 guesses counted once)."""
    keyslots.set_unlock_limit(vault, 100)
    vault.lock()
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    procs = [subprocess.Popen([sys.executable, "-c", GUESS, str(vault_path)], stdin=subprocess.PIPE,
                              stdout=subprocess.PIPE, env=env, cwd=ROOT) for _ in range(12)]
    for p in procs:
        p.stdin.write(b"go\n")  # type: ignore[union-attr]
        p.stdin.flush()  # type: ignore[union-attr]
    outs = [p.communicate(timeout=600)[0] for p in procs]
    assert all(o.strip() == b"wrong" for o in outs)
    assert read_header(vault_path).failed_unlocks == 12
    assert vault_service.inspect(vault_path).attempts_left == 88


def test_limit_reached_by_parallel_guesses_erases(vault: Vault, vault_path: Path) -> None:
    keyslots.set_unlock_limit(vault, 3)
    vault.lock()
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    procs = [subprocess.Popen([sys.executable, "-c", GUESS, str(vault_path)], stdin=subprocess.PIPE,
                              stdout=subprocess.PIPE, stderr=subprocess.PIPE, env=env, cwd=ROOT) for _ in range(6)]
    for p in procs:
        p.stdin.write(b"go\n")  # type: ignore[union-attr]
        p.stdin.flush()  # type: ignore[union-attr]
    for p in procs:
        p.communicate(timeout=600)
    assert not (vault_path / "vault.header").exists()


def test_no_guess_when_the_counter_cannot_be_written(vault: Vault, vault_path: Path, tmp_path: Path) -> None:
    keyslots.set_unlock_limit(vault, 10)
    vault.lock()
    if os.geteuid() != 0:
        pytest.skip("needs root for a read-only bind mount")
    ro = tmp_path / "ro"
    ro.mkdir()
    if subprocess.run(["mount", "--bind", str(vault_path), str(ro)], capture_output=True).returncode != 0:
        pytest.skip("cannot bind-mount here")
    try:
        subprocess.run(["mount", "-o", "remount,bind,ro", str(ro)], check=True, capture_output=True)
        before = (vault_path / "vault.header").read_bytes()
        for guess in ("wrong", PASSPHRASE):  # not even the right one is tried
            with pytest.raises(keyslots.UnlockNotCounted):
                Vault.unlock(ro, guess)
        assert (vault_path / "vault.header").read_bytes() == before
    finally:
        subprocess.run(["umount", "-l", str(ro)], check=False)


def test_success_resets_and_kill_after_count_still_counts(vault: Vault, vault_path: Path) -> None:
    keyslots.set_unlock_limit(vault, 4)
    vault.lock()
    keyslots._count_attempt(vault_path)  # an attempt whose process died during the KDF
    assert vault_service.inspect(vault_path).attempts_left == 3
    Vault.unlock(vault_path, PASSPHRASE).lock()
    assert vault_service.inspect(vault_path).attempts_left == 4
    assert VaultErased  # the error a reached limit raises
