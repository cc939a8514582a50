"""Export evidence without its metadata: images are re-encoded from their pixels alone.

Plaintext never touches disk except the copy the user explicitly exports, written through the
project's atomic writer.  Files that are not strippable images are exported as exact copies.
"""

from __future__ import annotations

import errno
from pathlib import Path

from app.errors import Cancelled, InputFileError
from app.export.image import strip_image
from app.services import evidence as evidence_service
from app.services.progress import Progress, no_progress
from app.services.vault import Vault
from app.storage.files import atomic_write


def is_image(media_type: str) -> bool:
    return media_type.startswith("image/")


def export_stripped(vault: Vault, evidence_id: str, dest: Path, *, progress: Progress = no_progress,
                    cancel=None) -> Path:  # type: ignore[no-untyped-def]
    """Export an image with its metadata removed (falls back to an exact copy for other files)."""
    data = evidence_service.read_bytes(vault, evidence_id)
    if cancel is not None and cancel():
        raise Cancelled()
    try:
        clean = strip_image(data)
    except ValueError:
        return evidence_service.export_copy(vault, evidence_id, dest, progress=progress, cancel=cancel)
    del data
    dest = Path(dest)
    try:
        atomic_write(dest, clean)
    except OSError as exc:
        if exc.errno == errno.ENOENT:
            raise InputFileError(str(dest.parent), "folder not found") from exc
        raise InputFileError(str(dest), exc.strerror or "cannot write") from exc
    with vault.db.transaction() as conn:
        vault.audit(conn, "export", "evidence", evidence_id, {"metadata": "stripped"})
    progress(1, 1, "written")
    return dest
