"""Create, unlock, lock a vault; change its passphrase.

Key hierarchy (see docs/vault-format.md)::

    passphrase --NFC--> Argon2id(salt, params) --> KEK --AES-GCM unwrap--> master key
    master key --HKDF--> SQLCipher key | blob key-wrapping key | audit MAC key | header MAC key

Unlocking is split in two so callers can run the slow part off the UI thread and
benchmarks can time the rest: :func:`derive_master` (Argon2id, ~1 s) and
:meth:`Vault.open` (everything after the KDF).
"""

from __future__ import annotations

import os
import shutil
import time
import uuid
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from app import crypto
from app.domain.dates import utc_now
from app.errors import (
    EmptyPassphrase,
    TamperDetected,
    VaultExists,
    VaultLocked,
    VaultReadOnly,
    WrongPassphrase,
)
from app.storage import audit as audit_store
from app.storage.blobs import BlobStore
from app.storage.database import Connection, Database
from app.storage.header import HEADER_NAME, Header, KeySlot, read_header, write_header

PASSPHRASE = "passphrase"

def is_vault(folder: Path) -> bool:
    """Whether *folder* holds a vault header (it may still be damaged)."""
    return (Path(folder) / HEADER_NAME).is_file()


def read_vault_header(folder: Path) -> Header:
    """The plaintext header of *folder*: VaultNotFound / VaultCorrupted / UnsupportedVersion."""
    return read_header(Path(folder))


RECOVERY = "recovery"
UNLOCK_LIMIT = "unlock_limit"  # header option: erase after this many consecutive failed unlocks


def unlock_limit(header: Header) -> int | None:
    """The failed-unlock limit set in *header* (None when off)."""
    value = header.options.get(UNLOCK_LIMIT)
    return value if isinstance(value, int) and not isinstance(value, bool) and value > 0 else None


def attempts_left(header: Header) -> int | None:
    limit = unlock_limit(header)
    return None if limit is None else max(limit - max(header.failed_unlocks, 0), 0)


def _kdf_dict(params: crypto.KdfParams) -> dict[str, Any]:
    return {"name": "argon2id", **params.to_dict()}


def _passphrase_slot(header: Header, passphrase: str, master: bytes, params: crypto.KdfParams,
                     allow_weak: bool = False) -> KeySlot:
    salt = os.urandom(16)
    slot = KeySlot(PASSPHRASE, _kdf_dict(params), salt, b"")
    kek = crypto.derive_kek(passphrase, salt, params, allow_weak=allow_weak)
    slot.wrapped_key = crypto.wrap_key(kek, master, header.slot_aad(slot))
    return slot


def derive_master(header: Header, passphrase: str, folder: Path | None = None) -> bytes:
    """Run the KDF and unwrap the master key; :class:`WrongPassphrase` if no slot opens.

    With *folder*, a wrong passphrase counts towards the failed-unlock limit
    (when the header enables one): the counter in the header is raised and,
    at the limit, the vault is erased and :class:`~app.services.erase.VaultErased`
    raised instead.  Interfaces that unlock should pass the folder.
    """
    if not passphrase:
        raise WrongPassphrase()
    try:
        return _derive_master(header, passphrase)
    except WrongPassphrase:
        if folder is not None and unlock_limit(header) is not None:
            from app.services import erase

            erase.count_failed_unlock(Path(folder), header)
        raise


def _derive_master(header: Header, passphrase: str) -> bytes:
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


def _shared_folder_lock(folder: Path) -> int | None:
    """A shared flock on the vault folder, held while a Vault is open (see Vault._tidy)."""
    try:
        import fcntl
    except ImportError:  # Windows
        return None
    try:
        fd = os.open(folder, os.O_RDONLY)
    except OSError:
        return None
    try:
        fcntl.flock(fd, fcntl.LOCK_SH)
    except OSError:
        pass
    return fd


def _header_mac(keys: crypto.SubKeys, header: Header) -> bytes:
    return crypto.hmac_sha256(keys.header_mac, header.body())


class Vault:
    """An unlocked vault.  Everything that reads or writes cases goes through one."""

    def __init__(self, folder: Path, header: Header, keys: crypto.SubKeys, db: Database,
                 clock: Callable[[], str] = utc_now) -> None:
        self.folder = folder
        self.header = header
        self._keys: crypto.SubKeys | None = keys
        self._db: Database | None = db
        self.blobs = BlobStore(folder)
        self.clock = clock
        self._master: bytes | None = None  # kept while unlocked, to add a recovery slot
        self._folder_lock: int | None = None  # shared flock on the folder while open (see _tidy)

    # -- opening --------------------------------------------------------------------
    @classmethod
    def create(cls, folder: Path, passphrase: str, *, kdf: crypto.KdfParams | None = None,
               allow_weak_kdf: bool = False) -> "Vault":
        """Make a new vault in *folder* (which must not exist, or be empty).

        *kdf* defaults to parameters calibrated to about one second on this
        machine; parameters below the floor (64 MiB, t=3, p=4) are refused unless
        *allow_weak_kdf* (tests only).
        """
        folder = Path(folder)
        if folder.exists() and (not folder.is_dir() or any(folder.iterdir())):
            raise VaultExists(str(folder))
        if not passphrase:
            raise EmptyPassphrase()
        params = kdf or crypto.calibrate()
        created = not folder.exists()
        folder.mkdir(mode=0o700, parents=True, exist_ok=True)
        try:
            master = crypto.random_key()
            header = Header(vault_id=uuid.uuid4().hex)
            header.keyslots.append(_passphrase_slot(header, passphrase, master, params, allow_weak_kdf))
            keys = crypto.derive_subkeys(master)
            header.mac = _header_mac(keys, header)
            db = Database(folder, keys.database, create=True)
            BlobStore(folder).ensure()
            vault = cls(folder, header, keys, db)
            vault._master = master
            vault._folder_lock = _shared_folder_lock(folder)
            with db.transaction() as conn:
                vault.audit(conn, "create", "vault", header.vault_id)
            write_header(folder, header)  # last: a folder without a header is not a vault
            return vault
        except BaseException:
            if created:
                shutil.rmtree(folder, ignore_errors=True)
            else:
                for child in folder.iterdir():
                    shutil.rmtree(child, ignore_errors=True) if child.is_dir() else child.unlink()
            raise

    @classmethod
    def unlock(cls, folder: Path, passphrase: str) -> "Vault":
        header = read_header(Path(folder))
        master = derive_master(header, passphrase, Path(folder))
        return cls.open(Path(folder), header, master)

    @classmethod
    def open(cls, folder: Path, header: Header, master: bytes) -> "Vault":
        """Everything after the KDF: check the header MAC, open the database, tidy up."""
        keys = crypto.derive_subkeys(master)
        if not crypto.constant_time_equal(_header_mac(keys, header), header.mac):
            raise TamperDetected("header", "MAC mismatch")
        db_path = folder / "vault.db"
        if db_path.is_file() and not (os.access(folder, os.W_OK) and os.access(db_path, os.W_OK)):
            raise VaultReadOnly(str(folder))  # SQLite would fail with an obscure error
        db = Database(folder, keys.database)
        vault = cls(folder, header, keys, db)
        vault._master = master
        try:
            if header.failed_unlocks:  # a successful unlock resets the failed-unlock counter
                header.failed_unlocks = 0
                write_header(folder, header)
            vault._tidy()
        except BaseException:
            vault.lock()
            raise
        return vault

    def _tidy(self) -> None:
        """Remove what a crash can leave: ``.part`` files and orphan blobs (complete blobs whose
        database row never committed, or whose row was deleted just before the crash).

        Only done when no other Vault -- in this or another process -- has the folder open:
        each open Vault holds a shared ``flock`` on the folder, and tidying needs it exclusively
        (a concurrent attach publishes its blob before committing its row).  Where ``flock`` is
        unavailable, nothing is removed and ``verify`` reports orphans.
        """
        try:
            import fcntl
        except ImportError:  # Windows
            return
        try:
            fd = os.open(self.folder, os.O_RDONLY)
        except OSError:
            return
        self._folder_lock = fd
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except OSError:
            fcntl.flock(fd, fcntl.LOCK_SH)
            return
        try:
            for leftover in self.blobs.leftovers():
                leftover.unlink(missing_ok=True)
            with self.db.reading() as conn:
                known = {str(r[0]) for r in conn.execute("SELECT blob FROM evidence_blobs")}
            for name in self.blobs.names() - known:
                self.blobs.remove(name)
        except OSError:
            pass  # a read-only folder: leave them; verify reports orphans
        finally:
            fcntl.flock(fd, fcntl.LOCK_SH)

    def clone(self) -> "Vault":
        """Another handle on this unlocked vault with its own database connection.

        SQLite connections belong to one thread: a worker thread calls ``clone()``
        and locks the clone when done (locking a clone leaves this vault open).
        """
        twin = Vault(self.folder, self.header, self.keys, Database(self.folder, self.keys.database), self.clock)
        twin._folder_lock = _shared_folder_lock(self.folder)  # no tidying while the clone works
        return twin

    # -- state ---------------------------------------------------------------------------
    @property
    def locked(self) -> bool:
        return self._db is None

    @property
    def db(self) -> Database:
        if self._db is None:
            raise VaultLocked()
        return self._db

    @property
    def keys(self) -> crypto.SubKeys:
        if self._keys is None:
            raise VaultLocked()
        return self._keys

    def lock(self) -> None:
        """Checkpoint and truncate the WAL, close the database, forget the keys."""
        if self._db is not None:
            self._db.close()
        self._db = None
        self._keys = None
        self._master = None
        if self._folder_lock is not None:
            try:
                os.close(self._folder_lock)  # releases the flock
            except OSError:
                pass
            self._folder_lock = None

    close = lock

    def __enter__(self) -> "Vault":
        return self

    def __exit__(self, *exc: object) -> None:
        self.lock()

    # -- audit ---------------------------------------------------------------------------
    def audit(self, conn: Connection, action: str, kind: str, record_id: str,
              detail: dict[str, Any] | None = None) -> None:
        """Record an action by id inside the caller's transaction (never content)."""
        key = self.keys.audit_mac
        audit_store.append(conn, lambda data: crypto.hmac_sha256(key, data), at=self.clock(),
                           action=action, kind=kind, record_id=record_id, detail=detail)

    def audit_mac(self) -> Callable[[bytes], bytes]:
        key = self.keys.audit_mac
        return lambda data: crypto.hmac_sha256(key, data)

    def header_authentic(self) -> bool:
        return crypto.constant_time_equal(_header_mac(self.keys, self.header), self.header.mac)

    # -- passphrase -----------------------------------------------------------------------
    def change_passphrase(self, old: str, new: str, *, kdf: crypto.KdfParams | None = None,
                          allow_weak_kdf: bool = False) -> None:
        """Re-wrap the master key under *new*; the data is not re-encrypted.

        The old passphrase is required even though the vault is unlocked, so
        that someone at an unattended, unlocked computer cannot change it.
        """
        if not new:
            raise EmptyPassphrase()
        master = derive_master(self.header, old)
        self._rewrap(master, new, kdf, allow_weak_kdf)

    def write_header(self, header: Header) -> None:
        """MAC *header* with this vault's key and write it atomically (it becomes ``self.header``)."""
        header.mac = _header_mac(self.keys, header)
        write_header(self.folder, header)
        self.header = header

    def _rewrap(self, master: bytes, new: str, kdf: crypto.KdfParams | None, allow_weak_kdf: bool) -> None:
        params = kdf or crypto.calibrate()
        header = Header(self.header.vault_id, [s for s in self.header.keyslots if s.kind != PASSPHRASE],
                        dict(self.header.options), 0, b"", self.header.version)  # keeps a recovery slot
        header.keyslots.insert(0, _passphrase_slot(header, new, master, params, allow_weak_kdf))
        header.mac = _header_mac(self.keys, header)
        write_header(self.folder, header)
        self.header = header
        with self.db.transaction() as conn:
            self.audit(conn, "passwd", "vault", header.vault_id)


def timed_unlock(folder: Path, passphrase: str) -> tuple[Vault, float, float]:
    """Unlock and return (vault, seconds in the KDF, seconds after it) — for benchmarks."""
    header = read_header(Path(folder))
    t0 = time.perf_counter()
    master = derive_master(header, passphrase)
    t1 = time.perf_counter()
    vault = Vault.open(Path(folder), header, master)
    return vault, t1 - t0, time.perf_counter() - t1


# --- facts and settings the interfaces need --------------------------------------------
FLOOR = crypto.FLOOR
DEFAULT_KDF = crypto.DEFAULT
CEILING_MEMORY_KIB = crypto.CEILING_MEMORY_KIB
KdfParams = crypto.KdfParams


def kdf_params(memory_kib: int, iterations: int, lanes: int = crypto.FLOOR.lanes) -> crypto.KdfParams:
    """Explicit Argon2id parameters; ValueError when out of range or below the floor."""
    params = crypto.KdfParams(memory_kib=memory_kib, iterations=iterations, lanes=lanes)
    if not params.meets_floor():
        raise ValueError("below the floor of 64 MiB, 3 iterations, 4 lanes")
    return params


@dataclass(frozen=True)
class VaultInfo:
    """What can be known about a vault without its passphrase."""

    folder: Path
    version: int
    vault_id: str
    kdf: dict[str, Any]
    keyslots: tuple[str, ...]
    disk_bytes: int
    unlock_limit: int | None = None  # failed-unlock limit (None: off)
    attempts_left: int | None = None  # failed unlocks left before the vault erases itself


def inspect(folder: Path) -> VaultInfo:
    """Read the header (VaultNotFound / VaultCorrupted / UnsupportedVersion) and measure the folder."""
    folder = Path(folder)
    header = read_header(folder)
    size = sum(p.stat().st_size for p in folder.rglob("*") if p.is_file())
    first = next((s for s in header.keyslots if s.kind == PASSPHRASE), header.keyslots[0])
    return VaultInfo(folder, header.version, header.vault_id, dict(first.kdf),
                     tuple(s.kind for s in header.keyslots), size, unlock_limit(header), attempts_left(header))


@dataclass(frozen=True)
class VaultStats:
    cases: int
    evidence_files: int
    evidence_bytes: int
    submissions: int
    audit_entries: int
    schema_version: int


def stats(vault: Vault) -> VaultStats:
    with vault.db.reading() as conn:
        cases = conn.execute("SELECT count(*) FROM cases").fetchone()[0]
        ev_count, ev_bytes = conn.execute("SELECT count(*), coalesce(sum(size), 0) FROM evidence_blobs").fetchone()
        subs = conn.execute("SELECT count(*) FROM submissions").fetchone()[0]
        audit = conn.execute("SELECT count(*) FROM audit").fetchone()[0]
    return VaultStats(int(cases), int(ev_count), int(ev_bytes), int(subs), int(audit), vault.db.schema_version)


def change_passphrase(folder: Path, old: str, new: str, *, kdf: crypto.KdfParams | None = None,
                      allow_weak_kdf: bool = False) -> None:
    """Change the passphrase of a locked vault: one derivation to unwrap, one to re-wrap."""
    if not new:
        raise EmptyPassphrase()
    header = read_header(Path(folder))
    master = derive_master(header, old, Path(folder))
    vault = Vault.open(Path(folder), header, master)
    try:
        vault._rewrap(master, new, kdf, allow_weak_kdf)
    finally:
        vault.lock()
