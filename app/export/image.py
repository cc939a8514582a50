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


# --- what a photo says about itself (shown when it is attached) -----------------------------------
_GPS_IFD, _EXIF_IFD = 0x8825, 0x8769
_MAKE, _MODEL, _ORIENTATION, _DATETIME = 0x010F, 0x0110, 0x0112, 0x0132
_DATETIME_ORIGINAL = 0x9003


def photo_metadata(data: bytes) -> dict[str, Any]:
    """``{"gps": (lat, lon) | None, "device": str, "taken": "YYYY-MM-DD" | "", "orientation": int}``
    read from an image's EXIF; empty values when there is none.  ``ValueError`` if not an image."""
    try:
        img = Image.open(io.BytesIO(data))
        exif = img.getexif()
    except Exception as exc:  # Pillow raises many types for undecodable data
        raise ValueError("not an image") from exc
    out: dict[str, Any] = {"gps": None, "device": "", "taken": "", "orientation": int(exif.get(_ORIENTATION, 1) or 1)}
    make, model = str(exif.get(_MAKE, "") or "").strip(" \x00"), str(exif.get(_MODEL, "") or "").strip(" \x00")
    out["device"] = model if make and model.startswith(make) else " ".join(p for p in (make, model) if p)
    try:
        sub = exif.get_ifd(_EXIF_IFD)
    except Exception:  # noqa: BLE001 -- a damaged sub-directory: no date from it
        sub = {}
    stamp = str(sub.get(_DATETIME_ORIGINAL) or exif.get(_DATETIME) or "")
    if len(stamp) >= 10 and stamp[4] == ":" and stamp[:4].isdigit():
        out["taken"] = stamp[:10].replace(":", "-")
    try:
        gps = exif.get_ifd(_GPS_IFD)
    except Exception:  # noqa: BLE001
        gps = {}
    if gps and 2 in gps and 4 in gps:
        try:
            lat, lon = _degrees(gps[2]), _degrees(gps[4])
            if str(gps.get(1, "N")).upper().startswith("S"):
                lat = -lat
            if str(gps.get(3, "E")).upper().startswith("W"):
                lon = -lon
            out["gps"] = (round(lat, 5), round(lon, 5))
        except (TypeError, ValueError, ZeroDivisionError):
            out["gps"] = None
    return out


def _degrees(dms: Any) -> float:
    d, m, s = (float(v) for v in dms)
    return d + m / 60 + s / 3600


def upright(data: bytes) -> bytes:
    """The image with its EXIF orientation applied to the pixels (for previews), as PNG bytes;
    the data unchanged when there is nothing to turn."""
    try:
        img = Image.open(io.BytesIO(data))
        if int(img.getexif().get(_ORIENTATION, 1) or 1) == 1:
            return data
        turned = ImageOps.exif_transpose(img)
    except Exception:  # noqa: BLE001 -- not an image Pillow reads: let the preview say so
        return data
    out = io.BytesIO()
    turned.save(out, format="PNG")
    return out.getvalue()
