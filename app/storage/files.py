"""The one way Recourse writes a file: privately, atomically, never through a planted link.

* :func:`create_private` -- a new file, ``0600``, ``O_EXCL | O_NOFOLLOW``: it fails rather than
  open anything that already exists under that name (a file, or a symlink pointing at one).
* :func:`atomic_file` / :func:`atomic_write` -- write under a random hidden name beside the
  destination (created with :func:`create_private`), ``fsync``, rename over the destination,
  ``fsync`` the folder.  Readers see the old file or the new one, never a mix; a crash, an error
  or a full disk leaves the destination untouched and no temporary file behind.  Renaming over a
  symlink replaces the link itself, it never writes to where the link points.

Everything that writes outside the vault's own fixed-size header (case exports, submission PDFs,
evidence copies, backups, settings) goes through here.  See ``docs/vault-format.md``.
"""

from __future__ import annotations

import errno
import os
import secrets
import stat
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import BinaryIO, NoReturn

from app.errors import StorageFull

TMP_SUFFIX = ".tmp"
_NOFOLLOW = getattr(os, "O_NOFOLLOW", 0)
_CLOEXEC = getattr(os, "O_CLOEXEC", 0)
_DIRECTORY = getattr(os, "O_DIRECTORY", 0)
_BINARY = getattr(os, "O_BINARY", 0)  # Windows


def fsync_dir(path: Path) -> None:
    try:
        fd = os.open(path, os.O_RDONLY | _DIRECTORY)
    except OSError:
        return  # not supported (e.g. Windows); rename is still atomic
    try:
        os.fsync(fd)
    except OSError:
        pass
    finally:
        os.close(fd)


def create_private(path: Path, *, dir_fd: int | None = None) -> int:
    """Create a NEW file (mode 0600) and return a writable descriptor.

    ``FileExistsError`` if anything exists under *path* -- including a symlink, dangling or not.
    """
    flags = os.O_WRONLY | os.O_CREAT | os.O_EXCL | _NOFOLLOW | _CLOEXEC | _BINARY
    return os.open(path, flags, 0o600, dir_fd=dir_fd)


def overwrite_fd(fd: int) -> None:
    """Overwrite an open regular file in place with random bytes and fsync (best effort on flash
    and copy-on-write filesystems, which may write elsewhere: docs/threat-model.md)."""
    size = os.fstat(fd).st_size
    os.lseek(fd, 0, os.SEEK_SET)
    left = size
    while left > 0:
        n = min(left, 1 << 20)
        os.write(fd, os.urandom(n))
        left -= n
    os.fsync(fd)


def destroy(path: Path) -> None:
    """Overwrite and delete *path* if it is a regular file with no other link; never follows a
    link (a link or a hard-linked file is only unlinked, its target untouched)."""
    try:
        fd = os.open(path, os.O_RDWR | _NOFOLLOW | _CLOEXEC)
    except FileNotFoundError:
        return
    except OSError:
        Path(path).unlink(missing_ok=True) if Path(path).is_symlink() else None
        return
    try:
        st = os.fstat(fd)
        if stat.S_ISREG(st.st_mode) and st.st_nlink == 1:
            overwrite_fd(fd)
    finally:
        os.close(fd)
    Path(path).unlink(missing_ok=True)


def temp_name(name: str) -> str:
    """A hidden, unpredictable name for writing *name* (128 random bits; short enough for any FS)."""
    return f".{name[:80]}.{secrets.token_hex(16)}{TMP_SUFFIX}"


def is_temp_name(name: str, of: str) -> bool:
    """Whether *name* is a temporary name :func:`temp_name` made for *of*."""
    prefix = f".{of[:80]}."
    middle = name[len(prefix):-len(TMP_SUFFIX)] if name.startswith(prefix) and name.endswith(TMP_SUFFIX) else ""
    return len(middle) == 32 and all(c in "0123456789abcdef" for c in middle)


def _raise_storage_error(exc: OSError) -> NoReturn:
    if exc.errno in (errno.ENOSPC, errno.EDQUOT):
        raise StorageFull() from exc
    raise exc


@contextmanager
def atomic_file(path: Path) -> Iterator[BinaryIO]:
    """Yield a binary file to write; when the block ends normally it replaces *path* atomically.

    An exception inside the block (including a check the caller makes after writing, e.g. a hash
    mismatch) removes the temporary file and leaves *path* as it was.  ``StorageFull`` on a full
    disk; other ``OSError`` s pass through for the caller to describe.
    """
    path = Path(path)
    tmp = path.with_name(temp_name(path.name))
    try:
        fd = create_private(tmp)
    except OSError as exc:
        _raise_storage_error(exc)
    try:
        with os.fdopen(fd, "wb") as out:
            yield out
            out.flush()
            os.fsync(out.fileno())
        os.replace(tmp, path)
    except OSError as exc:
        tmp.unlink(missing_ok=True)
        _raise_storage_error(exc)
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise
    fsync_dir(path.parent)


def atomic_write(path: Path, data: bytes) -> None:
    """Write *data* to *path* so readers see the old or the new file, never a mix.

    A full disk raises :class:`StorageFull` and leaves the old file untouched.
    """
    with atomic_file(path) as out:
        out.write(data)


atomic_stream = atomic_file  # the name app/services/bundle.py uses: the same writer
