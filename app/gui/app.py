"""The QApplication: fonts, translations, layout direction, the main window.

Translations are Qt Linguist files: ``translations/recourse_<lang>.ts`` are the
sources (``pyside6-lupdate``), compiled to ``.qm`` with ``pyside6-lrelease``
(:func:`compile_translations`, ``python -m app.gui.app --compile-translations``).
A missing ``.qm`` simply leaves the interface in English.  Qt's own
``qtbase_<lang>.qm`` is loaded too so stock dialogs are translated.
"""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

from PySide6.QtCore import QLibraryInfo, QLocale, Qt, QTimer, QTranslator
from PySide6.QtGui import QFont, QIcon
from PySide6.QtWidgets import QApplication

from app import __version__
from app.gui import i18n
from app.gui.fonts import apply_default_font, register_fonts
from app.gui.i18n import LANGUAGES  # noqa: F401 -- re-exported (tests, scripts)
from app.paths import resources_dir

_translators: list[QTranslator] = []


def translations_dir() -> Path:
    """``translations/`` beside ``resources/`` (source tree) or inside a frozen bundle."""
    bundled = resources_dir() / "translations"
    return bundled if bundled.is_dir() else resources_dir().parent / "translations"


def _tool(name: str) -> str:
    beside = Path(sys.executable).parent / name
    return str(beside) if beside.exists() else (shutil.which(name) or name)


def compile_translations(folder: Path | None = None, out_dir: Path | None = None) -> list[Path]:
    """``.ts`` -> ``.qm`` with pyside6-lrelease (a build step; needs the PySide6 tools)."""
    folder = folder or translations_dir()
    tool = _tool("pyside6-lrelease")
    out = []
    for ts in sorted(folder.glob("recourse_*.ts")):
        qm = (out_dir or folder) / ts.with_suffix(".qm").name
        subprocess.run([tool, "-silent", str(ts), "-qm", str(qm)], check=True)
        out.append(qm)
    return out


# Arabic-script faces (UKIJ Tuz) draw small beside Latin at the same point size: scale the
# interface font for those languages so Uyghur reads as easily as the others.
FONT_SCALE = {"ug": 1.2}
_base_font: dict[str, QFont] = {}


def _scale_font(app: QApplication, language: str) -> None:
    base = _base_font.setdefault("font", QFont(app.font()))
    font = QFont(base)
    if language in FONT_SCALE and base.pointSizeF() > 0:
        font.setPointSizeF(base.pointSizeF() * FONT_SCALE[language])
    app.setFont(font)


def install_translations(app: QApplication, language: str, folder: Path | None = None) -> list[str]:
    """Load our ``.qm`` and Qt's for *language*; returns what was loaded."""
    _scale_font(app, language)
    for t in _translators:
        app.removeTranslator(t)
    _translators.clear()
    loaded = []
    if language and language != "en":
        locale = QLocale(language)
        ours = QTranslator(app)
        if ours.load(f"recourse_{language}", str(folder or translations_dir())):
            app.installTranslator(ours)
            _translators.append(ours)
            loaded.append(f"recourse_{language}")
        qt = QTranslator(app)
        if qt.load(locale, "qtbase", "_", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)):
            app.installTranslator(qt)
            _translators.append(qt)
            loaded.append("qtbase")
        QLocale.setDefault(locale)
        app.setLayoutDirection(locale.textDirection())  # right-to-left for Uyghur, Arabic...
    else:
        QLocale.setDefault(QLocale("en_US"))
        app.setLayoutDirection(Qt.LayoutDirection.LeftToRight)
    i18n.set_current(language or "en")
    return loaded


APP_ID = "org.recourse.Recourse"  # desktop file, AppStream id and icon name (packaging/linux/)
ICON_SIZES = (16, 24, 32, 48, 64, 128, 256, 512)


def app_icon() -> QIcon:
    """The Recourse icon, rendered from resources/icons/recourse.svg at the standard sizes."""
    icon = QIcon()
    for size in ICON_SIZES:
        png = resources_dir() / "icons" / f"recourse-{size}.png"
        if png.is_file():
            icon.addFile(str(png))
    return icon


def make_app(argv: list[str] | None = None, language: str | None = None) -> QApplication:
    """The QApplication (created once), with fonts and translations."""
    app = QApplication.instance()
    if app is None:
        QApplication.setApplicationName("Recourse")
        QApplication.setApplicationDisplayName("Recourse")
        QApplication.setApplicationVersion(__version__)
        QApplication.setDesktopFileName(APP_ID)  # packaging/linux/<APP_ID>.desktop
        app = QApplication(argv if argv is not None else sys.argv[:1])
    assert isinstance(app, QApplication)
    if app.windowIcon().isNull():
        app.setWindowIcon(app_icon())
    register_fonts()
    apply_default_font(app)
    if language is not None:
        install_translations(app, language)
    return app


def run(argv: list[str] | None = None, folder: Path | None = None, restore: Path | None = None) -> int:
    """The window on *folder*; with *restore* (a backup file), its restore dialog opens at once."""
    from app.gui.file_open import FileOpenFilter
    from app.gui.main_window import MainWindow
    from app.gui.settings import load

    settings = load()
    app = make_app(argv, i18n.resolve(settings.interface_language))
    window = MainWindow(folder, settings=settings)
    app.installEventFilter(FileOpenFilter(window))  # macOS: a backup double-clicked in Finder
    window.show()
    if restore is not None:
        QTimer.singleShot(0, lambda: window.security.restore_backup(restore))
    return int(app.exec())


if __name__ == "__main__":
    if "--compile-translations" in sys.argv:
        for path in compile_translations():
            print(path)
        raise SystemExit(0)
    raise SystemExit(run())
