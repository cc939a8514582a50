"""Previews built from bytes in memory: images, text, and PDF pages (pypdfium2)."""

from __future__ import annotations

from PySide6.QtGui import QImage


def image_from_bytes(data: bytes) -> QImage:
    """The image as it should be seen: a photo's EXIF orientation (rotated phone pictures) applied."""
    from app.services.media import upright

    img = QImage()
    img.loadFromData(upright(data))
    return img


def text_from_bytes(data: bytes, limit: int = 200_000) -> str:
    for enc in ("utf-8", "utf-16"):
        try:
            return data[:limit].decode(enc)
        except UnicodeDecodeError:
            continue
    return data[:limit].decode("utf-8", errors="replace")


def pdf_pages(data: bytes, *, max_pages: int = 50, width: int = 700) -> list[QImage]:
    """Render the pages of a PDF held in memory (never a file) to images *width* pixels wide."""
    import pypdfium2 as pdfium

    doc = pdfium.PdfDocument(data)
    images = []
    try:
        for i in range(min(len(doc), max_pages)):
            page = doc[i]
            scale = width / max(page.get_width(), 1)
            bitmap = page.render(scale=scale)
            pil = bitmap.to_pil().convert("RGB")
            raw = pil.tobytes()
            qimg = QImage(raw, pil.width, pil.height, pil.width * 3, QImage.Format.Format_RGB888).copy()
            images.append(qimg)
            page.close()
    finally:
        doc.close()
    return images


def page_count(data: bytes) -> int:
    import pypdfium2 as pdfium

    doc = pdfium.PdfDocument(data)
    try:
        return len(doc)
    finally:
        doc.close()


def is_text(media_type: str) -> bool:
    return media_type.startswith("text/") or media_type in ("application/json", "application/xml")
