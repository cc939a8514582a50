"""The window icon and the desktop integration files name the same application."""

from __future__ import annotations

import configparser
from pathlib import Path

from app.gui.app import APP_ID, ICON_SIZES, app_icon, make_app

ROOT = Path(__file__).resolve().parents[2]
LINUX = ROOT / "packaging" / "linux"


def test_the_window_icon_has_every_standard_size(qtbot) -> None:
    icon = app_icon()
    sizes = {s.width() for s in icon.availableSizes()}
    assert sizes == set(ICON_SIZES)
    app = make_app()
    assert not app.windowIcon().isNull()
    assert app.desktopFileName() in ("", APP_ID)  # set before the QApplication exists (not under pytest-qt)


def test_desktop_file_metainfo_and_mime_type_agree() -> None:
    desktop = configparser.ConfigParser(interpolation=None)
    desktop.optionxform = str  # type: ignore[assignment,method-assign]
    desktop.read(LINUX / f"{APP_ID}.desktop", encoding="utf-8")
    entry = desktop["Desktop Entry"]
    assert entry["Icon"] == APP_ID and entry["Exec"].split()[0] == "recourse"
    metainfo = (LINUX / f"{APP_ID}.metainfo.xml").read_text(encoding="utf-8")
    assert f"<id>{APP_ID}</id>" in metainfo and f"{APP_ID}.desktop" in metainfo
    mime = (LINUX / f"{APP_ID}.mime.xml").read_text(encoding="utf-8")
    for mime_type in filter(None, entry["MimeType"].split(";")):
        assert f'type="{mime_type}"' in mime and mime_type in metainfo
