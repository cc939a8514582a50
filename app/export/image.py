"""Images without their metadata: the pixels in a fresh file of the same format."""

from __future__ import annotations

import io
from typing import Any

from PIL import Image, ImageOps

STRIPPABLE = {"JPEG", "PNG", "WEBP", "TIFF", "BMP", "GIF"}


def strip_image(data: bytes) -> bytes:
    """The pixels of an image in a fresh file of the same format: no EXIF, GPS, XMP, ICC or comments.

    The orientation recorded in EXIF is applied to the pixels first, so the copy looks the same.
    Raises ``ValueError`` for data Pillow cannot read as one of :data:`STRIPPABLE`.
    """
    try:
        src = Image.open(io.BytesIO(data))
        src.load()
    except Exception as exc:  # Pillow raises many types for undecodable data; re-raised as one
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
