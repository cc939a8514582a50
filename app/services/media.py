"""Evidence bytes for sharing: images without their metadata, and SHA-256 helpers.

Copies that leave the vault (stripped exports, bundles for partners) lose EXIF, GPS, XMP, ICC
profiles and comments: the pixels are copied into a fresh file of the same format.  The original in
the vault is never modified and keeps its hash.
"""

from __future__ import annotations

import hashlib
from pathlib import Path
from typing import Any

from app.errors import Cancelled
from app.export.image import STRIPPABLE, photo_metadata, strip_image, upright
from app.services.progress import Cancel, Progress
from app.services.userfiles import save_file

__all__ = ["STRIPPABLE", "export_without_metadata", "guess_kind", "is_image", "photo_metadata", "resolve_evidence",
           "sha256", "strip_image", "upright"]
Hasher = hashlib.sha256


def sha256(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def guess_kind(file_name: str) -> str:
    """The evidence kind a file's type suggests ("photo-video", "audio"), or "" (the user chooses)."""
    import mimetypes

    media_type = mimetypes.guess_type(file_name)[0] or ""
    if media_type.startswith(("image/", "video/")):
        return "photo-video"
    if media_type.startswith("audio/"):
        return "audio"
    return ""


def is_image(media_type: str) -> bool:
    return media_type.startswith("image/")


def export_without_metadata(vault: Any, evidence_id: str, dest: Path, *, progress: Progress | None = None,
                            cancel: Cancel | None = None) -> Path:
    """Export an image with its metadata removed (an exact, checked copy for other files).

    Decrypts into memory only; the copy is written atomically (temporary name, fsync, rename) and
    the export is audited.
    """
    from app.services import evidence as evidence_service

    data = evidence_service.read_bytes(vault, evidence_id)
    if cancel is not None and cancel():
        raise Cancelled()
    try:
        clean = strip_image(data)
    except ValueError:
        return evidence_service.export_copy(vault, evidence_id, dest, cancel=cancel)
    del data
    save_file(Path(dest), clean)
    with vault.db.transaction() as conn:
        vault.audit(conn, "export", "evidence", evidence_id, {"metadata": "stripped"})
    if progress is not None:
        progress(1, 1, "written")
    return dest


def resolve_evidence(vault: Any, ident: str) -> str:
    """An evidence id from the full id or a unique prefix of at least 6 characters."""
    from app.errors import NotFound
    from app.storage import evidence as evidence_store

    ident = ident.strip().lower()
    with vault.db.reading() as conn:
        ids = [r.evidence_id for r in evidence_store.all_records(conn)]
    found = [i for i in ids if i == ident] or ([i for i in ids if i.startswith(ident)] if len(ident) >= 6 else [])
    if len(found) != 1:
        raise NotFound("evidence", ident)
    return found[0]
