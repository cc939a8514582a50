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

ROOT = Path(__file__).resolve().parents[2]
SOURCES = sorted(str(p) for p in (ROOT / "app").rglob("*.py"))  # ALL of app/, as translations/README.md says
COMPLETE = ("fr", "es", "zh_CN", "zh_TW")  # every string translated
# Uyghur: at least the shell (untranslated strings fall back to English)
UG_SHELL = ("MainWindow", "UnlockScreen", "CreateVaultScreen", "CaseListView", "CaseTableModel", "Errors",
            "SearchView", "SettingsDialog", "CaseEditor")
SECTIONS = {"Summary", "People", "Organisations", "Arrest and detention", "Ill-treatment and health", "Proceedings",
            "Domestic remedies", "Legal analysis", "Testimonies", "Evidence", "Consent", "Submissions"}


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
    subprocess.run([_tool("pyside6-lupdate"), "-silent", *SOURCES, "-ts", str(fresh)], check=True)
    return set(messages(fresh))


@pytest.mark.parametrize("lang", LANGUAGES)
def test_catalogue_is_current(lang, current_messages):
    committed = messages(translations_dir() / f"recourse_{lang}.ts")
    assert sorted(current_messages - set(committed)) == [], "run the update command in translations/README.md"
    assert sorted(set(committed) - current_messages) == [], "stale entries: update with -no-obsolete"


@pytest.mark.parametrize("lang", COMPLETE)
def test_catalogue_is_complete(lang, current_messages):
    committed = messages(translations_dir() / f"recourse_{lang}.ts")
    assert sorted(k for k in current_messages if not committed.get(k)) == []


def test_uyghur_translates_at_least_the_shell(current_messages):
    committed = messages(translations_dir() / "recourse_ug.ts")
    shell = [k for k in current_messages if k[0] in UG_SHELL or k[0].endswith("Section") and k[1] in SECTIONS]
    assert len(shell) > 100
    assert sorted(k for k in shell if not committed.get(k)) == []


def test_placeholders_survive_translation():
    for lang in LANGUAGES:
        for (ctx, source), text in messages(translations_dir() / f"recourse_{lang}.ts").items():
            if text:
                for ph in ("%1", "%2", "%3"):
                    assert (ph in source) == (ph in text), (lang, ctx, source, text)


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
