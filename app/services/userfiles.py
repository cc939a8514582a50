"""Files the user names: read one (bounded) or save one, with one set of errors.

Every service that reads a file the user picked (a contact card, a spreadsheet, a bundle's head)
or writes one they chose (an exported case, a stripped photo) goes through these two functions, so
a missing folder, a permission problem or a full disk reads the same everywhere:
``InputFileError(path, reason)`` or ``StorageFull``.
"""

from __future__ import annotations

from pathlib import Path

from app.errors import InputFileError, StorageFull
from app.storage.files import atomic_write


def read_user_file(path: Path, limit: int) -> bytes:
    """At most ``limit + 1`` bytes of *path* (so a caller can tell "too large" from "exactly full")."""
    path = Path(path)
    try:
        if path.is_dir():
            raise InputFileError(str(path), "is a folder")
        with open(path, "rb") as f:
            return f.read(limit + 1)
    except FileNotFoundError:
        raise InputFileError(str(path), "not found") from None
    except PermissionError:
        raise InputFileError(str(path), "permission denied") from None
    except OSError as exc:
        raise InputFileError(str(path), exc.strerror or "unreadable") from None


def save_file(dest: Path, data: bytes) -> None:
    """Write a file the user chose to save: atomically, private (0600), never through a planted
    link (``app/storage/files.py``).  ``StorageFull``, or ``InputFileError`` naming the problem."""
    dest = Path(dest)
    try:
        atomic_write(dest, data)
    except StorageFull:
        raise
    except FileNotFoundError as exc:
        raise InputFileError(str(dest.parent), "folder not found") from exc
    except OSError as exc:
        raise InputFileError(str(dest), exc.strerror or "cannot write") from exc
