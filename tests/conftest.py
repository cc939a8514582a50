"""Shared fixtures.  Every test runs with network sockets forbidden."""

from __future__ import annotations

import contextlib
import os
import socket
import subprocess
from collections.abc import Iterator
from pathlib import Path

import pytest

from app.crypto import KdfParams

# Small Argon2id parameters keep unit tests fast; production code refuses them
# unless ``allow_weak_kdf=True`` is passed explicitly, which only tests do.
TEST_KDF = KdfParams(memory_kib=8192, iterations=1, lanes=1)
PASSPHRASE = "correct horse battery staple"

_real_socket = socket.socket


class NetworkForbidden(AssertionError):
    pass


class _GuardedSocket(_real_socket):
    def __init__(self, family: int = -1, *args: object, **kwargs: object) -> None:
        if family in (socket.AF_INET, socket.AF_INET6) or family == -1:
            raise NetworkForbidden("Recourse must never open a network socket")
        super().__init__(family, *args, **kwargs)  # type: ignore[arg-type]


@pytest.fixture(autouse=True)
def _no_network(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(socket, "socket", _GuardedSocket)
    monkeypatch.setattr(socket, "create_connection",
                        lambda *a, **k: (_ for _ in ()).throw(NetworkForbidden("no network")))


@pytest.fixture(autouse=True)
def _isolated_home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    home = tmp_path / "home"
    monkeypatch.setenv("RECOURSE_HOME", str(home))
    monkeypatch.delenv("RECOURSE_VAULT", raising=False)
    return home


@pytest.fixture
def vault_path(tmp_path: Path) -> Path:
    return tmp_path / "vault"


@pytest.fixture
def vault(vault_path: Path) -> Iterator["object"]:
    from app.services.vault import Vault

    v = Vault.create(vault_path, PASSPHRASE, kdf=TEST_KDF, allow_weak_kdf=True)
    yield v
    v.lock()


@contextlib.contextmanager
def tmpfs(mount: Path, size: str) -> Iterator[Path]:
    """A real, tiny disk of *size* (``1536k``) mounted at *mount*: disk-full tests. Needs root (as on CI
    machines); the test is skipped elsewhere."""
    mount.mkdir(parents=True, exist_ok=True)
    if os.geteuid() != 0:
        pytest.skip("mounting a tmpfs needs root")
    done = subprocess.run(["mount", "-t", "tmpfs", "-o", f"size={size}", "tmpfs", str(mount)], capture_output=True)
    if done.returncode != 0:
        pytest.skip("cannot mount a tmpfs here: " + done.stderr.decode(errors="replace"))
    try:
        yield mount
    finally:
        subprocess.run(["umount", "-l", str(mount)], check=False)
