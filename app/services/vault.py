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
    RecourseError,
    StorageFull,
    TamperDetected,
    VaultExists,
    VaultLocked,
    VaultReadOnly,
)
from app.storage import audit as audit_store
from app.storage.blobs import BlobStore
from app.storage.database import ROTATE_NAME, Connection, Database, promote_rotated
from app.storage.files import destroy
from app.storage.header import HEADER_NAME, Header, read_header, read_header_file

from app.services import keyslots
from app.services.keyslots import (PASSPHRASE, RECOVERY, UNLOCK_LIMIT, attempts_left, derive_master,
                                   unlock_limit)

__all__ = ["PASSPHRASE", "RECOVERY", "UNLOCK_LIMIT", "Vault", "VaultReadOnly", "attempts_left",
           "derive_master", "unlock_limit"]

def is_vault(folder: Path) -> bool:
    """Whether *folder* holds a vault header (it may still be damaged)."""
    return (Path(folder) / HEADER_NAME).is_file()


def read_vault_header(folder: Path) -> Header:
    """The plaintext header of *folder*: VaultNotFound / VaultCorrupted / UnsupportedVersion."""
    return read_header(Path(folder))




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


_header_mac = keyslots.header_mac


def _open_database(folder: Path, keys: crypto.SubKeys) -> Database:
    """Open ``vault.db``, finishing or discarding a master-key rotation a crash interrupted
    (``app/services/rotation.py``): if the header's key opens ``vault.db.rotate`` and not
    ``vault.db``, the rotation had written its header -- put the new database in place; if the key
    opens ``vault.db``, a leftover ``vault.db.rotate`` is from before the header write -- delete it."""
    rotated = folder / ROTATE_NAME
    if not (rotated.is_file() and not rotated.is_symlink()):
        return Database(folder, keys.database)
    try:
        db = Database(folder, keys.database)
    except TamperDetected:
        Database(folder, keys.database, name=ROTATE_NAME, migrate=False).close()  # TamperDetected if not ours
        promote_rotated(folder)
        return Database(folder, keys.database)
    destroy(rotated)
    return db


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
        self.rollback_problems: list[str] = []  # header/database binding problems found at unlock
        self.header_notes: list[str] = []  # header slot damage found (and repaired) at unlock
        self._folder_lock: int | None = None  # shared flock on the folder while open (see _tidy)

    # -- opening --------------------------------------------------------------------
    @classmethod
    def create(cls, folder: Path, passphrase: str, *, kdf: crypto.KdfParams | None = None,
               allow_weak_kdf: bool = False, recovery_key: bytes | None = None) -> "Vault":
        """Make a new vault in *folder* (which must not exist, or be empty).

        *kdf* defaults to parameters calibrated to about one second on this
        machine; parameters below the floor (64 MiB, t=3, p=4) are refused unless
        *allow_weak_kdf* (tests only).  With *recovery_key* (32 bytes) the header gets a recovery
        slot too -- one Argon2id run in all (``app/services/recovery.py`` makes and prints the key).
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
            header = keyslots.new_header(uuid.uuid4().hex, master, passphrase, params,
                                         recovery_key=recovery_key, allow_weak=allow_weak_kdf)
            keys = crypto.derive_subkeys(master)
            header.mac = _header_mac(keys, header)
            db = Database(folder, keys.database, create=True)
            BlobStore(folder).ensure()
            vault = cls(folder, header, keys, db)
            vault._master = master
            vault._folder_lock = _shared_folder_lock(folder)
            with db.transaction() as conn:
                vault.audit(conn, "create", "vault", header.vault_id)
                if recovery_key is not None:
                    vault.audit(conn, "recovery-key", "vault", header.vault_id)
            keyslots.commit(vault, create=True)  # last: a folder without a header is not a vault
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
        db = _open_database(folder, keys)
        vault = cls(folder, header, keys, db)
        vault._master = master
        try:
            if header.failed_unlocks:  # a successful unlock resets the failed-unlock counter
                keyslots.reset_counter(folder)
                header.failed_unlocks = 0
            vault._check_binding()
            vault._tidy()
        except BaseException:
            vault.lock()
            raise
        return vault

    def _check_binding(self) -> None:
        """Header and database bound together?  Problems are kept for ``verify`` (the data stays
        readable: a rollback is reported, not repaired over).  The crash window (header one
        generation ahead) is repaired; so are header slots left unequal by an interrupted write."""
        with self.db.reading() as conn:
            self.rollback_problems = keyslots.binding_problems(self.header, conn)
            db_gen = keyslots.db_generation(conn)
        if self.rollback_problems:
            return
        try:
            self.header_notes = [f"{p} (found at unlock; rewritten)" for p in read_header_file(self.folder).problems()]
            if self.header.version < 2 or self.header_notes:
                keyslots.commit(self)  # convert a version-1 header; rewrite both slots
            elif db_gen == self.header.generation - 1:
                with self.db.transaction() as conn:
                    keyslots.set_db_generation(conn, self.header.generation)
        except (StorageFull, OSError):
            pass  # a full disk: repaired at a later unlock; nothing is lost meanwhile

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

    def exclusive(self) -> bool:
        """Whether no other Vault (here or in another process) has the folder open."""
        try:
            import fcntl
        except ImportError:  # pragma: no cover - Windows
            return True
        if self._folder_lock is None:
            self._folder_lock = _shared_folder_lock(self.folder)
        if self._folder_lock is None:
            return False
        try:
            fcntl.flock(self._folder_lock, fcntl.LOCK_EX | fcntl.LOCK_NB)
            return True
        except OSError:
            return False

    def lock_without_binding(self) -> None:
        """Close without recording the audit head (the header is about to be replaced)."""
        self.rollback_problems = self.rollback_problems or ["closing for a header replacement"]
        self.lock()

    def _bind(self) -> None:
        """Record the current audit head in the header (a new generation) if it moved."""
        if self.rollback_problems or self._keys is None:
            return
        try:
            with self.db.reading() as conn:
                head = keyslots.audit_head(conn)
            if head != self.header.audit_head:
                keyslots.commit(self)
        except (RecourseError, OSError):
            pass  # erased meanwhile, read-only, full: the next unlock still checks what is there

    @classmethod
    def reopen(cls, folder: Path, header: Header, keys: crypto.SubKeys) -> "Vault":
        """A vault just created (or unlocked) in another thread, opened again in this one."""
        return cls(Path(folder), header, keys, Database(Path(folder), keys.database))

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
        """Bind the header to the audit head, checkpoint and truncate the WAL, close the database,
        forget the keys."""
        if self._db is not None:
            self._bind()
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

    def earlier_audit_macs(self, conn: Connection) -> list[tuple[int, Callable[[bytes], bytes]]]:
        """MACs of audit entries written under earlier master keys (kept inside the database by
        ``rotate_master_key``)."""
        import json

        row = conn.execute("SELECT value FROM meta WHERE key = 'audit_keys'").fetchone()
        def mac_with(key: bytes) -> Callable[[bytes], bytes]:
            return lambda data: crypto.hmac_sha256(key, data)

        return [(int(item["last_seq"]), mac_with(bytes.fromhex(item["key"])))
                for item in (json.loads(row[0]) if row else [])]

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
        """Commit *header*'s key slots and options as a new generation (it becomes ``self.header``)."""
        def change(h: Header) -> None:
            h.keyslots, h.options = list(header.keyslots), dict(header.options)

        keyslots.commit(self, change)

    def _rewrap(self, master: bytes, new: str, kdf: crypto.KdfParams | None, allow_weak_kdf: bool) -> None:
        params = kdf or crypto.calibrate()

        def change(header: Header) -> None:  # keeps a recovery slot
            header.keyslots = [s for s in header.keyslots if s.kind != PASSPHRASE]
            header.keyslots.insert(0, keyslots.passphrase_slot(header, new, master, params, allow_weak_kdf))

        keyslots.commit(self, change)
        with self.db.transaction() as conn:
            self.audit(conn, "passwd", "vault", self.header.vault_id)


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


def audit_fingerprint(vault: Vault) -> str:
    """What a user can note down and compare later: ``#<seq> XXXX-XXXX-XXXX-XXXX`` -- the number of
    the newest audit entry and the first 64 bits of its chained hash.  Any later state of the same
    vault shows an entry with that number and those digits (``verify --expect``); a rolled-back or
    rewritten trail does not."""
    with vault.db.reading() as conn:
        head = keyslots.audit_head(conn)
    digits = head["hash"][:16].upper()
    return f"#{head['seq']} " + "-".join(digits[i:i + 4] for i in range(0, 16, 4))


def check_fingerprint(vault: Vault, expected: str) -> bool:
    """Whether the audit trail still holds the entry a noted fingerprint names (case, spaces and
    dashes ignored)."""
    import re

    m = re.fullmatch(r"#?(\d+)\s*([0-9A-Fa-f\s-]{16,})", expected.strip())
    if not m:
        raise ValueError("fingerprint")
    seq, digits = int(m.group(1)), re.sub(r"[\s-]", "", m.group(2)).lower()
    if len(digits) != 16:
        raise ValueError("fingerprint")
    with vault.db.reading() as conn:
        row = conn.execute("SELECT hash FROM audit WHERE seq = ?", (seq,)).fetchone()
    return row is not None and str(row[0]).startswith(digits)


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
