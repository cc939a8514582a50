"""Process hygiene shared by every entry point (desktop app and command line)."""

from __future__ import annotations

import os


PR_SET_DUMPABLE = 4


def _not_dumpable() -> None:
    """Linux: ``prctl(PR_SET_DUMPABLE, 0)`` -- no core dump even if a limit is raised later, and other
    processes of the same user can no longer attach with ptrace or read ``/proc/<pid>/mem``
    (unless they are root)."""
    import sys

    if not sys.platform.startswith("linux"):
        return
    try:
        import ctypes

        libc = ctypes.CDLL(None, use_errno=True)
        libc.prctl(PR_SET_DUMPABLE, 0, 0, 0, 0)
    except (OSError, AttributeError):
        pass


def harden_process() -> None:
    """Private files by default (umask 077); no core dumps, which would hold keys and case text;
    not dumpable or traceable by the user's other processes (Linux)."""
    os.umask(0o077)
    _not_dumpable()
    try:
        import resource
    except ImportError:  # Windows
        return
    try:
        resource.setrlimit(resource.RLIMIT_CORE, (0, 0))
    except (ValueError, OSError):
        pass
