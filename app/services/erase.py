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

The failed-unlock limit that can trigger an erase lives in
``app/services/keyslots.py`` (the unlock policy); this module imports no other
service.
"""

from __future__ import annotations

import os
import stat
from pathlib import Path

from app.errors import VaultNotFound
from app.storage.blobs import BLOB_DIR, PART, BlobStore
from app.storage.files import fsync_dir, is_temp_name
from app.storage.header import HEADER_NAME

# Files a vault folder can hold, besides blobs/ (a vault made by Recourse holds nothing else).
_DB_FILES = ("vault.db", "vault.db-wal", "vault.db-shm", "vault.db-journal", "vault.db.rotate",
             "vault.db.rotate-journal")


_DIR_FLAGS = os.O_RDONLY | getattr(os, "O_DIRECTORY", 0) | getattr(os, "O_NOFOLLOW", 0)
_FILE_FLAGS = os.O_WRONLY | getattr(os, "O_NOFOLLOW", 0) | getattr(os, "O_CLOEXEC", 0)


def _is_regular(name: str, dir_fd: int) -> bool:
    try:
        return stat.S_ISREG(os.stat(name, dir_fd=dir_fd, follow_symlinks=False).st_mode)
    except OSError:
        return False


def _overwrite(name: str, dir_fd: int, passes: int = 1) -> None:
    """Overwrite a regular file in place with random bytes and fsync (best effort on flash).

    Never through a link: ``O_NOFOLLOW`` refuses a symlink, and a file with other hard links
    (which could be someone's backup) is only unlinked, not overwritten.
    """
    try:
        fd = os.open(name, _FILE_FLAGS, dir_fd=dir_fd)
    except OSError:
        return
    try:
        st = os.fstat(fd)
        if not stat.S_ISREG(st.st_mode) or st.st_nlink != 1:
            return
        for _ in range(passes):
            os.lseek(fd, 0, os.SEEK_SET)
            left = max(st.st_size, 4096)
            while left > 0:
                n = min(left, 1 << 20)
                os.write(fd, os.urandom(n))
                left -= n
            os.fsync(fd)
    except OSError:
        pass
    finally:
        os.close(fd)


def _remove(name: str, dir_fd: int, passes: int = 0) -> None:
    """Overwrite (when *passes*) and unlink *name* if it is a regular file; leave anything else."""
    if not _is_regular(name, dir_fd):
        return
    if passes:
        _overwrite(name, dir_fd, passes)
    try:
        os.unlink(name, dir_fd=dir_fd)
    except OSError:
        pass


def _header_names(names: list[str]) -> list[str]:
    """The header and temporary header files an interrupted write may have left (ours only)."""
    return [n for n in names if n == HEADER_NAME or is_temp_name(n, HEADER_NAME)]


def looks_like_vault(folder: Path) -> bool:
    header = folder / HEADER_NAME
    return folder.is_dir() and not folder.is_symlink() and header.is_file() and not header.is_symlink()


def emergency_erase(folder: Path) -> list[str]:
    """Destroy the vault in *folder* for good.  Raises VaultNotFound if it holds no vault.

    Order: every header file (the real one and any temporary header an interrupted write left)
    is overwritten with random bytes, fsynced and deleted; then the database files are
    overwritten and deleted, then blobs, then the folder.  Interrupted half-way, the vault is
    already unopenable once the first step has finished.

    Only files a vault consists of are touched -- by name *and* as regular files, through a
    descriptor of the folder opened without following links -- so a symlink planted under a
    vault name (pointing at a backup, say) is left alone, and so is the file it points to.
    Returns the names of foreign entries left in place (the folder then stays).
    """
    folder = Path(folder)
    if not looks_like_vault(folder):
        raise VaultNotFound(str(folder))
    try:
        dfd = os.open(folder, _DIR_FLAGS)
    except OSError as exc:
        raise VaultNotFound(str(folder)) from exc
    try:
        names = os.listdir(dfd)
        for name in _header_names(names):
            _remove(name, dfd, passes=2)
        os.fsync(dfd)
        for name in _DB_FILES:  # useless without the master key; overwrite anyway
            if name in names:
                _remove(name, dfd, passes=1)
        if BLOB_DIR in names:
            _erase_blobs(dfd)
        os.fsync(dfd)
        left = sorted(os.listdir(dfd))
    finally:
        os.close(dfd)
    if not left:
        try:
            folder.rmdir()
        except OSError:
            pass
    fsync_dir(folder.parent)
    return left


def _erase_blobs(parent_fd: int) -> None:
    try:
        bfd = os.open(BLOB_DIR, _DIR_FLAGS, dir_fd=parent_fd)
    except OSError:
        return  # a link or not a folder: not ours
    try:
        for name in os.listdir(bfd):
            if BlobStore.is_blob_name(name) or (name.endswith(PART) and BlobStore.is_blob_name(name[:-len(PART)])):
                _remove(name, bfd)
        remaining = os.listdir(bfd)
    finally:
        os.close(bfd)
    if not remaining:
        try:
            os.rmdir(BLOB_DIR, dir_fd=parent_fd)
        except OSError:
            pass
