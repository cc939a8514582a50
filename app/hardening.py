"""Process hygiene shared by every entry point (desktop app and command line)."""

from __future__ import annotations

import os


def harden_process() -> None:
    """Private files by default (umask 077); no core dumps, which would hold keys and case text."""
    os.umask(0o077)
    try:
        import resource
    except ImportError:  # Windows
        return
    try:
        resource.setrlimit(resource.RLIMIT_CORE, (0, 0))
    except (ValueError, OSError):
        pass
