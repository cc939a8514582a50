"""Where Recourse keeps things.  No I/O happens at import time."""

from __future__ import annotations

import os
import sys
from pathlib import Path


def resources_dir() -> Path:
    """The read-only ``resources/`` folder (source tree, editable install or frozen bundle)."""
    frozen = getattr(sys, "_MEIPASS", None)
    if frozen:
        return Path(frozen) / "resources"
    return Path(__file__).resolve().parent.parent / "resources"


def home_dir() -> Path | None:
    """``RECOURSE_HOME`` redirects every per-user folder (tests, portable installs)."""
    value = os.environ.get("RECOURSE_HOME")
    return Path(value) if value else None


def data_dir() -> Path:
    home = home_dir()
    if home is not None:
        return home / "data"
    from platformdirs import user_data_dir

    return Path(user_data_dir("Recourse", appauthor=False))


def config_dir() -> Path:
    home = home_dir()
    if home is not None:
        return home / "config"
    from platformdirs import user_config_dir

    return Path(user_config_dir("Recourse", appauthor=False))


def default_vault_path() -> Path:
    """``RECOURSE_VAULT`` if set, else ``<user data>/vault``."""
    value = os.environ.get("RECOURSE_VAULT")
    return Path(value) if value else data_dir() / "vault"
