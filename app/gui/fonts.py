"""Register the vendored fonts so Chinese, Uyghur and Tibetan display without system fonts."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtGui import QFont, QFontDatabase
from PySide6.QtWidgets import QApplication

from app.paths import resources_dir

# Fallback order after the platform's interface font: Latin, then each script's face.
FALLBACKS = ("Noto Serif", "Droid Sans Fallback", "UKIJ Tuz", "Noto Serif Tibetan")
_registered: dict[str, list[str]] = {}


def register_fonts(folder: Path | None = None) -> dict[str, list[str]]:
    """Add every ``*.ttf`` under ``resources/fonts``; returns file name -> families."""
    folder = folder or resources_dir() / "fonts"
    for path in sorted(folder.glob("*.ttf")):
        if path.name in _registered:
            continue
        font_id = QFontDatabase.addApplicationFont(str(path))
        _registered[path.name] = list(QFontDatabase.applicationFontFamilies(font_id)) if font_id >= 0 else []
    return dict(_registered)


def apply_default_font(app: QApplication) -> None:
    """Keep the platform font first, with the vendored faces as fallbacks for other scripts."""
    font = QFont(app.font())
    have = set(QFontDatabase.families())
    families = [f for f in [font.family(), *FALLBACKS] if f in have or f == font.family()]
    font.setFamilies(list(dict.fromkeys(families)))
    app.setFont(font)
