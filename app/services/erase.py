"""Emergency erase and the failed-unlock limit.

Erasing destroys the only copies of the wrapped master key first (the header
is overwritten in place with random bytes and fsynced, then deleted), then
removes the database, its WAL and shared-memory files, the blobs and the
folder.  Once the wrapped keys are gone nothing can open the vault -- not the
right passphrase, not a copy of ``vault.db`` taken earlier -- unless someone
kept a copy of the *header* (or a backup, or a recovery key together with a
copy of the folder).  Overwriting the header does not reliably erase it from
flash storage (wear levelling may keep the old block); full-disk encryption
is what makes that residue unreadable (docs/threat-model.md).

The failed-unlock limit (off by default) is a header option: after N
consecutive wrong passphrases the vault erases itself.  The counter lives
outside the header MAC (it changes without the key); the option itself is
MACed but can only be checked after a successful unlock, so it protects
against guessing on this computer, not against someone who copies the folder.
"""

from __future__ import annotations

import os
import shutil
from pathlib import Path

from app.errors import RecourseError, StorageFull, VaultNotFound
from app.storage.files import fsync_dir
from app.storage.header import HEADER_NAME, Header, write_header

# Files a vault folder can hold, besides blobs/ (a vault made by Recourse holds nothing else).
_DB_FILES = ("vault.db", "vault.db-wal", "vault.db-shm", "vault.db-journal")


class VaultErased(RecourseError):
    """The vault was erased (emergency erase, or too many failed unlocks)."""

    def __init__(self, path: str, reason: str = "erased") -> None:
        super().__init__(f"{path}: {reason}")
        self.path = path
        self.reason = reason


def _overwrite(path: Path, passes: int = 1) -> None:
    """Overwrite a file in place with random bytes and fsync (best effort on flash)."""
    try:
        size = path.stat().st_size
        fd = os.open(path, os.O_WRONLY)
    except OSError:
        return
    try:
        for _ in range(passes):
            os.lseek(fd, 0, os.SEEK_SET)
            left = max(size, 4096)
            while left > 0:
                n = min(left, 1 << 20)
                os.write(fd, os.urandom(n))
                left -= n
            os.fsync(fd)
    except OSError:
        pass
    finally:
        os.close(fd)


def looks_like_vault(folder: Path) -> bool:
    return (folder / HEADER_NAME).is_file()


def emergency_erase(folder: Path) -> None:
    """Destroy the vault in *folder* for good.  Raises VaultNotFound if it holds no vault.

    Order: every header file (the real one and any leftover temporary header
    from an interrupted write) is overwritten with random bytes, fsynced and
    deleted; then the database files are overwritten and deleted, then blobs,
    then the folder.  Interrupted half-way, the vault is already unopenable
    once the first step has finished.
    """
    folder = Path(folder)
    if not folder.is_dir() or not looks_like_vault(folder):
        raise VaultNotFound(str(folder))
    headers = [folder / HEADER_NAME] + [p for p in folder.glob(f".{HEADER_NAME}.tmp-*")]
    for path in headers:
        _overwrite(path, passes=2)
        path.unlink(missing_ok=True)
    fsync_dir(folder)
    for name in _DB_FILES:  # the database is useless without the master key; overwrite anyway
        path = folder / name
        if path.exists():
            _overwrite(path)
            path.unlink(missing_ok=True)
    shutil.rmtree(folder / "blobs", ignore_errors=True)
    shutil.rmtree(folder, ignore_errors=True)
    if folder.exists():  # e.g. foreign files we could not delete: at least the key is gone
        for child in folder.iterdir():
            shutil.rmtree(child, ignore_errors=True) if child.is_dir() else child.unlink(missing_ok=True)
    fsync_dir(folder.parent)


def count_failed_unlock(folder: Path, header: Header) -> None:
    """Record one failed unlock; at the limit erase the vault and raise VaultErased."""
    from app.services.vault import unlock_limit

    limit = unlock_limit(header)
    if limit is None:
        return
    header.failed_unlocks = max(header.failed_unlocks, 0) + 1
    if header.failed_unlocks >= limit:
        emergency_erase(folder)
        raise VaultErased(str(folder), "failed-unlock limit reached")
    try:
        write_header(folder, header)
    except (OSError, StorageFull):  # read-only or full disk: the attempt cannot be counted here
        pass


def set_unlock_limit(vault, limit: int | None) -> None:  # type: ignore[no-untyped-def]
    """Turn the failed-unlock limit on (``limit`` >= 1) or off (None) on an unlocked vault."""
    from app.services.vault import UNLOCK_LIMIT

    if limit is not None and (not isinstance(limit, int) or isinstance(limit, bool) or not 1 <= limit <= 1000):
        raise ValueError("unlock limit must be between 1 and 1000")
    header = Header(vault.header.vault_id, list(vault.header.keyslots), dict(vault.header.options), 0, b"",
                    vault.header.version)
    if limit is None:
        header.options.pop(UNLOCK_LIMIT, None)
    else:
        header.options[UNLOCK_LIMIT] = limit
    vault.write_header(header)
    with vault.db.transaction() as conn:
        vault.audit(conn, "settings", "vault", header.vault_id, {"unlock_limit": limit})
