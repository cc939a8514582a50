"""Key slots, the header generation and the unlock policy: ONE place, used by the CLI and the app.

* **Key slots** -- a ``passphrase`` slot (Argon2id KEK) and an optional ``recovery`` slot (HKDF KEK
  of a 256-bit recovery key, printable whole or as a 2-of-3 split); each wraps the master key.
* **Header generation and binding** -- every keyed header write raises ``generation`` and records
  the audit head (``{seq, hash}`` of the newest audit entry); the database keeps the same
  generation in ``meta``.  At unlock :func:`binding_problems` compares them, so an older header
  put back (an old passphrase, a revoked recovery key) or an older or truncated database is
  reported by ``verify`` (docs/vault-format.md §2, docs/threat-model.md).
* **Unlock policy** -- the optional failed-unlock limit.  It is acted on only when the limit is
  authenticated *before* the passphrase is tried: by a tag under a key kept on this computer
  (``<data dir>/unlock-limit.key``), so an edited header cannot set a limit of 1.  Each attempt is
  counted *before* the passphrase is tried, under an exclusive lock on the header file, so
  parallel guesses each count and killing the process does not un-count one; when the counter
  cannot be written the unlock is refused (:class:`UnlockNotCounted`).

This module does not import :mod:`app.services.vault` (the vault calls it), and
:mod:`app.services.erase` imports neither.
"""

from __future__ import annotations

import os
from collections.abc import Callable
from pathlib import Path
from typing import Any

from app import crypto
from app.errors import StorageFull, TamperDetected, UnlockNotCounted, VaultErased, WrongPassphrase
from app.services.erase import emergency_erase
from app.storage import audit as audit_store
from app.storage.database import Connection
from app.storage.header import Header, KeySlot, canonical, locked_header

PASSPHRASE = "passphrase"
RECOVERY = "recovery"
RECOVERY_KDF = "hkdf-sha256"
UNLOCK_LIMIT = "unlock_limit"  # header option: erase after this many consecutive failed unlocks
UNLOCK_LIMIT_TAG = "unlock_limit_tag"  # header option: HMAC of the limit under this computer's key
GENERATION_KEY = "header_generation"  # meta key in the database
LIMIT_KEY_NAME = "unlock-limit.key"


# --- key slots -------------------------------------------------------------------------------------
def kdf_dict(params: crypto.KdfParams) -> dict[str, Any]:
    return {"name": "argon2id", **params.to_dict()}


def passphrase_slot(header: Header, passphrase: str, master: bytes, params: crypto.KdfParams,
                    allow_weak: bool = False) -> KeySlot:
    salt = os.urandom(16)
    slot = KeySlot(PASSPHRASE, kdf_dict(params), salt, b"")
    kek = crypto.derive_kek(passphrase, salt, params, allow_weak=allow_weak)
    slot.wrapped_key = crypto.wrap_key(kek, master, header.slot_aad(slot))
    return slot


def recovery_slot(header: Header, recovery_key: bytes, master: bytes) -> KeySlot:
    salt = os.urandom(16)
    slot = KeySlot(RECOVERY, {"name": RECOVERY_KDF}, salt, b"")
    kek = crypto.derive_recovery_kek(recovery_key, salt)
    slot.wrapped_key = crypto.wrap_key(kek, master, header.slot_aad(slot))
    return slot


def new_header(vault_id: str, master: bytes, passphrase: str, params: crypto.KdfParams, *,
               recovery_key: bytes | None = None, allow_weak: bool = False) -> Header:
    """A complete, unMACed header: a passphrase slot (ONE Argon2id run) and optionally a recovery slot."""
    header = Header(vault_id=vault_id)
    header.keyslots.append(passphrase_slot(header, passphrase, master, params, allow_weak))
    if recovery_key is not None:
        header.keyslots.append(recovery_slot(header, recovery_key, master))
    return header


def unwrap_with_passphrase(header: Header, passphrase: str) -> bytes:
    """Run the KDF of each passphrase slot and unwrap; :class:`WrongPassphrase` if none opens."""
    if not passphrase:
        raise WrongPassphrase()
    for slot in header.keyslots:
        if slot.kind != PASSPHRASE:
            continue
        params = crypto.KdfParams.from_dict({k: v for k, v in slot.kdf.items() if k != "name"})
        kek = crypto.derive_kek(passphrase, slot.salt, params, allow_weak=True)
        try:
            return crypto.unwrap_key(kek, slot.wrapped_key, header.slot_aad(slot))
        except WrongPassphrase:
            continue
    raise WrongPassphrase()


def unwrap_with_recovery(header: Header, recovery_key: bytes) -> bytes | None:
    """The master key from the recovery slot; None if there is no recovery slot; WrongPassphrase if it
    does not open."""
    slots = [s for s in header.keyslots if s.kind == RECOVERY]
    if not slots:
        return None
    for slot in slots:
        if slot.kdf.get("name") != RECOVERY_KDF:
            continue
        kek = crypto.derive_recovery_kek(recovery_key, slot.salt)
        try:
            return crypto.unwrap_key(kek, slot.wrapped_key, header.slot_aad(slot))
        except WrongPassphrase:
            continue
    raise WrongPassphrase()


def header_mac(keys: crypto.SubKeys, header: Header) -> bytes:
    return crypto.hmac_sha256(keys.header_mac, header.body())


# --- unlock policy ----------------------------------------------------------------------------------
def _limit_key_path() -> Path:
    from app.paths import data_dir

    return data_dir() / LIMIT_KEY_NAME


def _limit_key(create: bool = False) -> bytes | None:
    path = _limit_key_path()
    try:
        data = path.read_bytes()
        if len(data) == 32 and not path.is_symlink():
            return data
        return None
    except FileNotFoundError:
        if not create:
            return None
    from app.storage.files import atomic_write

    path.parent.mkdir(mode=0o700, parents=True, exist_ok=True)
    key = crypto.random_key()
    atomic_write(path, key)
    return key


def _limit_tag(key: bytes, vault_id: str, limit: int) -> str:
    return crypto.hmac_sha256(key, canonical({"vault_id": vault_id, UNLOCK_LIMIT: limit})).hex()


def unlock_limit(header: Header) -> int | None:
    """The failed-unlock limit, only when it is authentic on THIS computer (None: off, or not
    verifiable here -- an edited header, or a copy of the vault on another computer)."""
    value = header.options.get(UNLOCK_LIMIT)
    if not (isinstance(value, int) and not isinstance(value, bool) and 1 <= value <= 1000):
        return None
    key = _limit_key()
    tag = header.options.get(UNLOCK_LIMIT_TAG)
    if key is None or not isinstance(tag, str):
        return None
    if not crypto.constant_time_equal(_limit_tag(key, header.vault_id, value).encode(), tag.encode()):
        return None
    return value


def limit_configured(header: Header) -> int | None:
    """The limit the header asks for, authenticated here or not (for "not active here" notices)."""
    value = header.options.get(UNLOCK_LIMIT)
    return value if isinstance(value, int) and not isinstance(value, bool) and value > 0 else None


def attempts_left(header: Header) -> int | None:
    limit = unlock_limit(header)
    return None if limit is None else max(limit - max(header.failed_unlocks, 0), 0)


def derive_master(header: Header, passphrase: str, folder: Path | None = None) -> bytes:
    """Run the KDF and unwrap the master key; :class:`WrongPassphrase` if no slot opens.

    With *folder* and an authentic failed-unlock limit, the attempt is counted first (atomically,
    under the header lock) and a wrong passphrase at the limit erases the vault
    (:class:`VaultErased`).  :class:`UnlockNotCounted` if the counter cannot be written.
    """
    if not passphrase:
        raise WrongPassphrase()
    if folder is None or unlock_limit(header) is None:
        return unwrap_with_passphrase(header, passphrase)
    folder = Path(folder)
    count, limit = _count_attempt(folder)
    try:
        master = unwrap_with_passphrase(header, passphrase)
    except WrongPassphrase:
        if limit is not None and count >= limit:
            emergency_erase(folder)
            raise VaultErased(str(folder), "failed-unlock limit reached") from None
        raise
    return master


def _count_attempt(folder: Path) -> tuple[int, int | None]:
    """Raise the on-disk counter by one under the header lock; return (count, authentic limit)."""
    try:
        with locked_header(folder) as locked:
            current = locked.read()
            limit = unlock_limit(current)
            if limit is None:
                return 0, None
            current.failed_unlocks = max(current.failed_unlocks, 0) + 1
            if current.version < 2:  # a version-1 header is converted by the first keyed write
                raise UnlockNotCounted(str(folder))
            locked.write(current)
            return current.failed_unlocks, limit
    except (OSError, StorageFull) as exc:
        raise UnlockNotCounted(str(folder)) from exc


def reset_counter(folder: Path) -> None:
    """After a successful unlock: the counter back to 0 (only the counter; under the lock)."""
    with locked_header(folder) as locked:
        current = locked.read()
        if current.failed_unlocks and current.version >= 2:
            current.failed_unlocks = 0
            locked.write(current)


# --- header generation, audit head, commits --------------------------------------------------------
def db_generation(conn: Connection) -> int:
    row = conn.execute("SELECT value FROM meta WHERE key = ?", (GENERATION_KEY,)).fetchone()
    try:
        return int(row[0]) if row else 0
    except ValueError:
        return -1


def audit_head(conn: Connection) -> dict[str, Any]:
    row = conn.execute("SELECT seq, hash FROM audit ORDER BY seq DESC LIMIT 1").fetchone()
    return {"seq": int(row[0]), "hash": str(row[1])} if row else {"seq": 0, "hash": audit_store.GENESIS}


def binding_problems(header: Header, conn: Connection) -> list[str]:
    """Is this header the one this database was last bound to, and does the database still hold the
    audit trail the header recorded?  (Empty list: yes.)"""
    problems: list[str] = []
    db_gen = db_generation(conn)
    if header.version < 2:
        if db_gen > 0:
            problems.append("header rolled back: a version-1 header on a database bound to generation "
                            f"{db_gen}")
        return problems
    if db_gen > header.generation:
        problems.append(f"header rolled back: header generation {header.generation}, "
                        f"the database was bound to generation {db_gen}")
    elif db_gen < header.generation - 1:
        problems.append(f"database rolled back: database bound to generation {db_gen}, "
                        f"header generation {header.generation}")
    seq, digest = int(header.audit_head.get("seq", 0)), str(header.audit_head.get("hash", ""))
    if seq > 0:
        row = conn.execute("SELECT hash FROM audit WHERE seq = ?", (seq,)).fetchone()
        if row is None:
            count = conn.execute("SELECT count(*) FROM audit").fetchone()[0]
            problems.append(f"audit trail truncated: the header recorded entry {seq}, the database has "
                            f"{count} entries")
        elif str(row[0]) != digest:
            problems.append(f"audit trail replaced: entry {seq} differs from the one the header recorded")
    return problems


def set_db_generation(conn: Connection, generation: int) -> None:
    conn.execute("INSERT INTO meta (key, value) VALUES (?, ?) ON CONFLICT(key) DO UPDATE SET value = excluded.value",
                 (GENERATION_KEY, str(generation)))


def commit(vault: Any, change: Callable[[Header], None] | None = None, *, create: bool = False) -> Header:
    """Write a new header generation: *change* applied to the header on disk (re-read under the lock
    and checked with this vault's key, so a concurrent change is neither lost nor trusted blindly),
    generation + 1, the current audit head, MAC; then the database records the generation.

    Order matters for crashes: header first, database second, so the database is never ahead of
    the header (a header exactly one generation ahead is the crash window, accepted and repaired).
    """
    keys = vault.keys
    with locked_header(vault.folder, create=create) as locked:
        if create:
            base = vault.header.copy()
        else:
            base = locked.read()
            if not crypto.constant_time_equal(header_mac(keys, base), base.mac):
                raise TamperDetected("header", "changed by someone else")
        header = base.copy()
        if change is not None:
            change(header)
        header.version = 2
        header.generation = max(base.generation, vault.header.generation) + 1
        with vault.db.reading() as conn:
            header.audit_head = audit_head(conn)
        header.failed_unlocks = 0
        header.mac = header_mac(keys, header)
        locked.write(header)
    with vault.db.transaction() as conn:
        set_db_generation(conn, header.generation)
    vault.header = header
    return header


# --- the failed-unlock limit setting -------------------------------------------------------------------
def set_unlock_limit(vault: Any, limit: int | None) -> None:
    """Turn the failed-unlock limit on (1-1000) or off (None) on an unlocked vault, on this computer."""
    if limit is not None and (not isinstance(limit, int) or isinstance(limit, bool) or not 1 <= limit <= 1000):
        raise ValueError("unlock limit must be between 1 and 1000")

    def change(header: Header) -> None:
        header.options.pop(UNLOCK_LIMIT, None)
        header.options.pop(UNLOCK_LIMIT_TAG, None)
        if limit is not None:
            key = _limit_key(create=True)
            assert key is not None
            header.options[UNLOCK_LIMIT] = limit
            header.options[UNLOCK_LIMIT_TAG] = _limit_tag(key, header.vault_id, limit)

    commit(vault, change)
    with vault.db.transaction() as conn:
        vault.audit(conn, "settings", "vault", vault.header.vault_id, {"unlock_limit": limit})
