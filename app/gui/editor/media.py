"""Evidence bytes in memory: metadata-free image copies and previews.  Plaintext never touches
disk except the copy the user explicitly exports (written under a temporary name, then renamed).
"""

from __future__ import annotations

import io
from pathlib import Path
from typing import Any

from PIL import Image, ImageOps

from app.errors import Cancelled, InputFileError
from app.services import evidence as evidence_service
from app.services import transfer

STRIPPABLE = {"JPEG", "PNG", "WEBP", "TIFF", "BMP", "GIF"}


def strip_image(data: bytes) -> bytes:
    """The pixels of an image in a fresh file of the same format: no EXIF, GPS, XMP, ICC or comments.

    The orientation recorded in EXIF is applied to the pixels first, so the copy looks the same.
    Raises ``ValueError`` for data Pillow cannot read as one of :data:`STRIPPABLE`.
    """
    try:
        src = Image.open(io.BytesIO(data))
        src.load()
    except Exception as exc:  # Pillow raises many types for undecodable data
        raise ValueError("not an image") from exc
    fmt = src.format or "PNG"
    if fmt not in STRIPPABLE:
        raise ValueError(f"unsupported image format {fmt}")
    img = ImageOps.exif_transpose(src) or src
    if img.mode == "P":
        img = img.convert("RGBA" if "transparency" in img.info else "RGB")
    if fmt == "JPEG" and img.mode not in ("RGB", "L", "CMYK"):
        img = img.convert("RGB")
    clean = Image.new(img.mode, img.size)
    clean.paste(img)  # pixels only: clean.info is empty
    out = io.BytesIO()
    options: dict[str, Any] = {"quality": 95} if fmt == "JPEG" else {}
    clean.save(out, format=fmt, **options)
    return out.getvalue()


def is_image(media_type: str) -> bool:
    return media_type.startswith("image/")


def export_without_metadata(
    vault: Any, evidence_id: str, dest: Path, *, progress: Any = None, cancel: Any = None
) -> Path:
    """Export an image with its metadata removed (falls back to an exact copy for other files)."""
    data = evidence_service.read_bytes(vault, evidence_id)
    if cancel is not None and cancel():
        raise Cancelled()
    try:
        clean = strip_image(data)
    except ValueError:
        return evidence_service.export_copy(vault, evidence_id, dest, cancel=cancel)
    del data
    transfer.save_file(Path(dest), clean)  # the one atomic writer
    with vault.db.transaction() as conn:
        vault.audit(conn, "export", "evidence", evidence_id, {"metadata": "stripped"})
    if progress is not None:
        progress(1, 1, "written")
    return Path(dest)
