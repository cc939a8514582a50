"""Interface translations: complete catalogues, loading, right-to-left layout."""

from __future__ import annotations

import shutil
import subprocess
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from PySide6.QtCore import QLocale, Qt
from PySide6.QtWidgets import QApplication

from app.gui.app import LANGUAGES, _tool, compile_translations, install_translations, translations_dir
from app.gui.unlock import UnlockScreen

GUI = Path(__file__).resolve().parents[2] / "app" / "gui"
SOURCES = ["app.py", "main_window.py", "case_list.py", "search_view.py", "unlock.py", "security.py",
           "settings.py", "dialogs.py", "about.py", "security_dialogs.py"]


def messages(ts: Path) -> dict[tuple[str, str], str | None]:
    out = {}
    for ctx in ET.parse(ts).getroot().iter("context"):
        name = ctx.findtext("name") or ""
        for m in ctx.iter("message"):
            tr = m.find("translation")
            done = tr is not None and tr.get("type") not in ("unfinished", "obsolete", "vanished") and tr.text
            out[(name, m.findtext("source") or "")] = tr.text if done else None
    return out


@pytest.fixture(scope="module")
def current_messages(tmp_path_factory: pytest.TempPathFactory) -> set[tuple[str, str]]:
    """What ``pyside6-lupdate`` finds in the sources now."""
    fresh = tmp_path_factory.mktemp("ts") / "recourse_xx.ts"
    subprocess.run([_tool("pyside6-lupdate"), "-silent", *[str(GUI / f) for f in SOURCES], "-ts", str(fresh)],
                   check=True)
    return set(messages(fresh))


@pytest.mark.parametrize("lang", LANGUAGES)
def test_catalogue_is_complete_and_current(lang, current_messages):
    committed = messages(translations_dir() / f"recourse_{lang}.ts")
    wanted = current_messages
    assert wanted - set(committed) == set(), "run pyside6-lupdate (see app/gui/app.py)"
    untranslated = [k for k in wanted if not committed[k]]
    assert untranslated == []


def test_french_interface_and_back(qtbot, tmp_path):
    for ts in translations_dir().glob("recourse_*.ts"):
        shutil.copy(ts, tmp_path)
    compile_translations(tmp_path)
    app = QApplication.instance()
    try:
        assert "recourse_fr" in install_translations(app, "fr", tmp_path)
        screen = UnlockScreen(tmp_path)
        qtbot.addWidget(screen)
        assert screen.unlock_button.text() == "&Déverrouiller"
        assert "zh_CN" in LANGUAGES and install_translations(app, "zh_CN", tmp_path)
        assert UnlockScreen(tmp_path).unlock_button.text() == "解锁(&U)"
    finally:
        install_translations(app, "en")
        QLocale.setDefault(QLocale("en_US"))
    assert UnlockScreen(tmp_path).unlock_button.text() == "&Unlock"


def test_right_to_left_languages_mirror_the_layout():
    app = QApplication.instance()
    try:
        install_translations(app, "ug")  # Uyghur: no catalogue yet, but the layout mirrors
        assert app.layoutDirection() == Qt.LayoutDirection.RightToLeft
    finally:
        install_translations(app, "en")
        QLocale.setDefault(QLocale("en_US"))
    assert app.layoutDirection() == Qt.LayoutDirection.LeftToRight
