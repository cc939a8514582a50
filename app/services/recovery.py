"""Recovery keys: a second way to unwrap the master key, for a forgotten passphrase.

A recovery key is 256 random bits, shown ONCE for printing as 14 groups of 4
base32 characters (the key and a 24-bit checksum).  It unwraps the master
key through a ``recovery`` key slot in the header, whose KEK is
HKDF-SHA256(recovery key, slot salt, "recourse/v1/recovery-kek") -- no
Argon2id: the key is already high-entropy.

Instead of one key, the user can print a **2-of-3 split** (Shamir over
GF(256)): three shares, any two of which rebuild the key; one share alone
reveals nothing.  Each share is 16 groups of 4 base32 characters: a 4-byte
split id (all shares of one split share it), the share index, the 32 share
bytes and a 24-bit checksum, so a mistyped share is refused with a clear error
before anything is tried.

Whoever holds the recovery key (or two shares) AND a copy of the vault folder
can open the vault: keep them apart from the laptop (docs/threat-model.md).
"""

from __future__ import annotations

import base64
import hashlib
import os
import re
from collections.abc import Sequence
from pathlib import Path

from app import crypto
from app.errors import (
    EmptyPassphrase,
    NoRecoverySlot,
    RecoveryKeyInvalid,
    WrongPassphrase,
    WrongRecoveryKey,
)
from app.services import keyslots
from app.services.keyslots import RECOVERY
from app.services.vault import Vault, derive_master
from app.storage.header import Header, read_header

KEY_BYTES = 32
CHECK_BYTES = 3
KEY_CHARS = 56  # (32 + 3) bytes * 8 / 5
SHARE_CHARS = 64  # (4 + 1 + 32 + 3) bytes * 8 / 5
KDF_NAME = keyslots.RECOVERY_KDF


# --- text encoding ---------------------------------------------------------------------
def _check(data: bytes) -> bytes:
    return hashlib.sha256(b"recourse/v1/recovery-check" + data).digest()[:CHECK_BYTES]


def _encode(data: bytes) -> str:
    text = base64.b32encode(data + _check(data)).decode("ascii")
    assert "=" not in text
    return "-".join(text[i:i + 4] for i in range(0, len(text), 4))


def _normalise(text: str) -> str:
    text = re.sub(r"[\s\-_.]", "", text).upper()
    return text.replace("0", "O").replace("1", "I").replace("8", "B")


def _decode(text: str, chars: int) -> bytes:
    norm = _normalise(text)
    if len(norm) != chars or not re.fullmatch(r"[A-Z2-7]+", norm):
        raise RecoveryKeyInvalid("format")
    raw = base64.b32decode(norm)
    data, check = raw[:-CHECK_BYTES], raw[-CHECK_BYTES:]
    if not crypto.constant_time_equal(_check(data), check):
        raise RecoveryKeyInvalid("checksum")
    return data


def format_key(key: bytes) -> str:
    """The printable form of a 32-byte recovery key: ``XXXX-XXXX-…`` (14 groups)."""
    if len(key) != KEY_BYTES:
        raise ValueError("recovery key must be 32 bytes")
    return _encode(key)


def parse_key(text: str) -> bytes:
    """The 32-byte key from its printed form (case, spaces and dashes ignored; 0/1/8 read as O/I/B)."""
    return _decode(text, KEY_CHARS)


def new_key() -> bytes:
    return crypto.random_key()


# --- 2-of-3 split --------------------------------------------------------------------------
def split(recovery_key: bytes | str) -> list[str]:
    """Three printable shares of the recovery key; any two rebuild it."""
    key = parse_key(recovery_key) if isinstance(recovery_key, str) else recovery_key
    if len(key) != KEY_BYTES:
        raise ValueError("recovery key must be 32 bytes")
    split_id = os.urandom(4)
    return [_encode(split_id + bytes([x]) + y) for x, y in crypto.shamir.split(key)]


def parse_share(text: str) -> tuple[bytes, int, bytes]:
    data = _decode(text, SHARE_CHARS)
    x = data[4]
    if not 1 <= x <= 3:
        raise RecoveryKeyInvalid("format")
    return data[:4], x, data[5:]


def combine(shares: Sequence[str]) -> bytes:
    """The recovery key from two (or three) printed shares of one split."""
    parsed = [parse_share(s) for s in shares if _normalise(s)]
    if len({x for _, x, _ in parsed}) < 2:
        raise RecoveryKeyInvalid("one_share" if len(parsed) <= 1 else "duplicate_share")
    if len({sid for sid, _, _ in parsed}) != 1:
        raise RecoveryKeyInvalid("mixed_shares")
    try:
        return crypto.shamir.combine([(x, y) for _, x, y in parsed])
    except ValueError:
        raise RecoveryKeyInvalid("mixed_shares") from None


def key_from_text(text: str) -> bytes:
    """A recovery key from what the user typed or saved: one key, or two or three shares (one per line)."""
    lines = [ln for ln in text.splitlines() if _normalise(ln)]
    if len(lines) == 1 and len(_normalise(lines[0])) == KEY_CHARS:
        return parse_key(lines[0])
    if not lines:
        raise RecoveryKeyInvalid("format")
    if all(len(_normalise(ln)) == SHARE_CHARS for ln in lines):
        return combine(lines)
    joined = _normalise("".join(lines))
    if len(joined) == KEY_CHARS:  # a key broken over several lines
        return parse_key(joined)
    raise RecoveryKeyInvalid("format")


# --- key slots -------------------------------------------------------------------------------
def has_recovery(header: Header) -> bool:
    return any(s.kind == RECOVERY for s in header.keyslots)


def add_recovery_key(vault: Vault, old_passphrase: str | None = None) -> str:
    """Add (or replace) the recovery slot of an unlocked vault; return the key, printable, ONCE.

    *old_passphrase*, when given, is checked first (as for a passphrase change);
    without it the vault must have been unlocked in this session (it holds the
    master key).  A previous recovery key stops working.
    """
    if old_passphrase is not None:
        master = derive_master(vault.header, old_passphrase)
    elif vault._master is not None:
        master = vault._master
    else:
        raise WrongPassphrase()
    key = new_key()

    def change(header: Header) -> None:
        header.keyslots = [s for s in header.keyslots if s.kind != RECOVERY]
        header.keyslots.append(keyslots.recovery_slot(header, key, master))

    keyslots.commit(vault, change)
    with vault.db.transaction() as conn:
        vault.audit(conn, "recovery-key", "vault", vault.header.vault_id)
    return format_key(key)


def remove_recovery_key(vault: Vault) -> None:
    def change(header: Header) -> None:
        header.keyslots = [s for s in header.keyslots if s.kind != RECOVERY]

    keyslots.commit(vault, change)
    with vault.db.transaction() as conn:
        vault.audit(conn, "recovery-key-removed", "vault", vault.header.vault_id)


def create_vault(folder: Path, passphrase: str, *, split_key: bool = False,
                 kdf: crypto.KdfParams | None = None, allow_weak_kdf: bool = False) -> tuple[Vault, list[str]]:
    """Create a vault with a recovery key in ONE step (one Argon2id run, one header write); return it
    unlocked and [key] or the three shares.  The CLI and the app both use this."""
    raw = new_key()
    vault = Vault.create(folder, passphrase, kdf=kdf, allow_weak_kdf=allow_weak_kdf, recovery_key=raw)
    key = format_key(raw)
    return vault, (split(key) if split_key else [key])


def master_from_recovery(header: Header, recovery_key: bytes) -> bytes:
    try:
        master = keyslots.unwrap_with_recovery(header, recovery_key)
    except WrongPassphrase:
        raise WrongRecoveryKey() from None
    if master is None:
        raise NoRecoverySlot()
    return master


def reset_passphrase(folder: Path, recovery_key_or_shares: bytes | str | Sequence[str], new_passphrase: str, *,
                     kdf: crypto.KdfParams | None = None, allow_weak_kdf: bool = False) -> None:
    """Set a new passphrase using the recovery key (bytes, its text, or a list of 2-3 shares).

    The recovery key keeps working afterwards; the failed-unlock counter is reset.
    """
    if not new_passphrase:
        raise EmptyPassphrase()
    if isinstance(recovery_key_or_shares, bytes):
        key = recovery_key_or_shares
    elif isinstance(recovery_key_or_shares, str):
        key = key_from_text(recovery_key_or_shares)
    else:
        key = combine(list(recovery_key_or_shares))
    if len(key) != KEY_BYTES:
        raise RecoveryKeyInvalid("format")
    folder = Path(folder)
    header = read_header(folder)
    master = master_from_recovery(header, key)
    vault = Vault.open(folder, header, master)
    try:
        vault._rewrap(master, new_passphrase, kdf, allow_weak_kdf)
        with vault.db.transaction() as conn:
            vault.audit(conn, "recover", "vault", header.vault_id)
    finally:
        vault.lock()
