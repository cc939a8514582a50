"""Evidence file names: what is kept in the case and offered as a name to save a copy under.

A name comes from a file on someone's disk, or from a case file or bundle someone else made; it
must never steer where a copy is written (``../``, ``/``, ``\\``), hide what it is (right-to-left
overrides turning ``gpj.exe`` around) or break a terminal or a log line (NUL, newlines, controls).
"""

from __future__ import annotations

import re

MAX_BYTES = 200  # well under every filesystem's 255-byte limit, room for " (2)" and a temp suffix
_BAD = re.compile("[\\x00-\\x1f\\x7f-\\x9f/\\\\\\u061c\\u200b-\\u200f\\u202a-\\u202e\\u2066-\\u2069\\ufeff]")


def problem(name: str) -> str | None:
    """Why *name* is not a safe evidence file name (None: it is)."""
    if name != clean(name):
        return "must be a plain file name (no folders, control characters or direction overrides)"
    return None


def clean(name: str) -> str:
    """A safe file name for *name*: separators, controls and bidi/invisible marks become ``_``; no
    ``.``/``..``, no leading dots or spaces, at most :data:`MAX_BYTES` UTF-8 bytes (keeping the
    extension)."""
    text = _BAD.sub("_", name or "").strip().lstrip(". ").rstrip(". ")
    if not text:
        text = "evidence"
    if len(text.encode("utf-8")) > MAX_BYTES:
        stem, dot, ext = text.rpartition(".")
        ext = ext if dot and 0 < len(ext.encode()) <= 16 else ""
        stem = stem if ext else text
        budget = MAX_BYTES - (len(ext.encode()) + 1 if ext else 0)
        stem = stem.encode("utf-8")[:budget].decode("utf-8", "ignore")
        text = f"{stem}.{ext}" if ext else stem
    return text
