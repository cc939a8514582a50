"""Blob files: encrypted evidence under ``blobs/`` with random names.

Writes go to ``<name>.part`` and are renamed into place after an fsync, so a
blob file either is complete or does not exist under its final name.
"""

from __future__ import annotations

import os
import secrets
from pathlib import Path
from typing import BinaryIO

from app.storage.files import create_private, fsync_dir

BLOB_DIR = "blobs"
PART = ".part"


class BlobStore:
    def __init__(self, vault_folder: Path) -> None:
        self.folder = vault_folder / BLOB_DIR

    def ensure(self) -> None:
        self.folder.mkdir(mode=0o700, exist_ok=True)

    @staticmethod
    def new_name() -> str:
        return secrets.token_hex(16)

    def path(self, name: str) -> Path:
        if not (len(name) == 32 and all(c in "0123456789abcdef" for c in name)):
            raise ValueError("bad blob name")
        return self.folder / name

    def create_part(self, name: str) -> BinaryIO:
        fd = create_private(self.path(name).with_suffix(PART))
        return os.fdopen(fd, "wb")

    def publish(self, name: str, handle: BinaryIO) -> None:
        handle.flush()
        os.fsync(handle.fileno())
        handle.close()
        os.replace(self.path(name).with_suffix(PART), self.path(name))
        fsync_dir(self.folder)

    def seal_part(self, handle: BinaryIO) -> None:
        """Flush, fsync and close a part written now and published later (:meth:`publish_sealed`)."""
        handle.flush()
        os.fsync(handle.fileno())
        handle.close()

    def publish_sealed(self, name: str) -> None:
        os.replace(self.path(name).with_suffix(PART), self.path(name))
        fsync_dir(self.folder)

    def discard_part(self, name: str, handle: BinaryIO | None = None) -> None:
        if handle is not None and not handle.closed:
            handle.close()
        self.path(name).with_suffix(PART).unlink(missing_ok=True)

    def open(self, name: str) -> BinaryIO:
        return open(self.path(name), "rb")

    def size(self, name: str) -> int | None:
        try:
            return self.path(name).stat().st_size
        except FileNotFoundError:
            return None

    def remove(self, name: str) -> None:
        self.path(name).unlink(missing_ok=True)  # unlink never follows a link

    @staticmethod
    def is_blob_name(name: str) -> bool:
        return len(name) == 32 and all(c in "0123456789abcdef" for c in name)

    def names(self) -> set[str]:
        """Blob files: regular files (not links) with a blob name."""
        if not self.folder.is_dir() or self.folder.is_symlink():
            return set()
        return {p.name for p in self.folder.iterdir()
                if self.is_blob_name(p.name) and p.is_file() and not p.is_symlink()}

    def leftovers(self) -> list[Path]:
        """Partial writes left by a crash (``<blob name>.part``, regular files only)."""
        if not self.folder.is_dir() or self.folder.is_symlink():
            return []
        return [p for p in self.folder.iterdir()
                if p.name.endswith(PART) and self.is_blob_name(p.name[:-len(PART)])
                and p.is_file() and not p.is_symlink()]
