"""Blob files: encrypted evidence under ``blobs/`` with random names.

Writes go to ``<name>.part`` and are renamed into place after an fsync, so a
blob file either is complete or does not exist under its final name.
"""

from __future__ import annotations

import os
import secrets
from pathlib import Path
from typing import BinaryIO

from app.storage.files import fsync_dir

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
        fd = os.open(self.path(name).with_suffix(PART), os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
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
        self.path(name).unlink(missing_ok=True)

    def names(self) -> set[str]:
        if not self.folder.is_dir():
            return set()
        return {p.name for p in self.folder.iterdir() if p.is_file() and len(p.name) == 32}

    def leftovers(self) -> list[Path]:
        """Partial writes left by a crash."""
        if not self.folder.is_dir():
            return []
        return [p for p in self.folder.iterdir() if p.name.endswith(PART)]
