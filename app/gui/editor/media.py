"""Evidence bytes in memory: metadata-free image copies.  The work is in :mod:`app.services.media`
(shared with the command line); this module keeps the names the editor imports."""

from __future__ import annotations

from app.services.media import STRIPPABLE, export_without_metadata, is_image, strip_image

__all__ = ["STRIPPABLE", "export_without_metadata", "is_image", "strip_image"]
