"""What every command receives: parsed options, output, the vault path and its passphrase."""

from __future__ import annotations

import argparse
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from app.services import vault as vault_service
from app.cli.errors import usage
from app.cli.output import Output
from app.cli.passphrase import PassphraseSource
from app.paths import default_vault_path
from app.services.vault import Vault

MIB = 1024


@dataclass
class Context:
    args: argparse.Namespace
    out: Output
    passphrase: PassphraseSource

    @property
    def vault_path(self) -> Path:
        """``--vault``, else ``RECOURSE_VAULT``, else the per-user default."""
        given = getattr(self.args, "vault", None)
        return Path(given).expanduser() if given else default_vault_path()

    @contextmanager
    def unlocked(self) -> Iterator[Vault]:
        """Unlock the vault (checking it exists before asking for the passphrase); lock on exit."""
        folder = self.vault_path
        info = vault_service.inspect(folder)  # VaultNotFound / VaultCorrupted before any prompt
        warn_unlock_limit(self.out, info)
        vault = Vault.unlock(folder, self.passphrase.get(f"Passphrase for {folder}: "))
        try:
            yield vault
        finally:
            vault.lock()


def warn_unlock_limit(out: Output, info: vault_service.VaultInfo) -> None:
    """The visible warning of the failed-unlock limit, printed before the passphrase is asked."""
    if info.attempts_left is not None:
        n = info.attempts_left
        out.note(f"Warning: {n} attempt{'s' if n != 1 else ''} left before this vault erases itself.")


def add_kdf_options(parser: argparse.ArgumentParser) -> None:
    """``--kdf-memory-mib`` and ``--kdf-iterations`` (default: calibrated to ~1 s)."""
    parser.add_argument("--kdf-memory-mib", type=int, metavar="N",
                        help="Argon2id memory in MiB (at least 64; default: calibrated to about 1 s)")
    parser.add_argument("--kdf-iterations", type=int, metavar="N",
                        help="Argon2id passes (at least 3; default: calibrated)")


def kdf_from_args(args: argparse.Namespace) -> Any:
    """Explicit KDF parameters (a ``KdfParams``), or None to calibrate.  Below the floor is refused."""
    memory = getattr(args, "kdf_memory_mib", None)
    iterations = getattr(args, "kdf_iterations", None)
    if memory is None and iterations is None:
        return None
    memory_kib = memory * MIB if memory is not None else vault_service.DEFAULT_KDF.memory_kib
    iterations = iterations if iterations is not None else vault_service.DEFAULT_KDF.iterations
    if memory_kib < vault_service.FLOOR.memory_kib or iterations < vault_service.FLOOR.iterations:
        raise usage(f"Key-derivation settings below the safe minimum are refused: use at least "
                    f"--kdf-memory-mib {vault_service.FLOOR.memory_kib // MIB} and --kdf-iterations "
                    f"{vault_service.FLOOR.iterations}, or leave both out to calibrate them for this machine.")
    try:
        return vault_service.kdf_params(memory_kib, iterations)
    except ValueError:
        raise usage(f"Key-derivation settings out of range: memory at most "
                    f"{vault_service.CEILING_MEMORY_KIB // MIB} MiB, at most 64 iterations.") from None


def kdf_text(kdf: dict[str, object]) -> str:
    """``Argon2id, 256 MiB, 3 passes, 4 lanes`` from a header's KDF dictionary."""
    if kdf.get("name") != "argon2id":
        return str(kdf.get("name", "unknown"))
    mem = int(kdf.get("memory_kib", 0))  # type: ignore[call-overload]
    return f"Argon2id, {mem // MIB} MiB, {kdf.get('iterations')} passes, {kdf.get('lanes')} lanes"
