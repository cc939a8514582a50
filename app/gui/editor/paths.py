"""Paths of the editor's fields: the domain's path helpers (kept importable from here)."""

from app.domain.paths import join, normalise, tokens

__all__ = ["join", "normalise", "tokens"]
