"""Progress callbacks and cancel tokens for services: the shared contract of :mod:`app.progress`."""

from __future__ import annotations

from app.progress import Cancel, CancelToken, Progress, no_progress

__all__ = ["Cancel", "CancelToken", "Progress", "no_progress"]
