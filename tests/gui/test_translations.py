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
COMPLETE = ("fr", "es", "zh_CN", "zh_TW", "ug")  # every string translated
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


def test_case_list_shows_vocabulary_in_the_interface_language(qtbot, make_vault, window_factory, tmp_path):
    from app.domain.model import Case
    from tests.gui.conftest import unlock

    for ts in translations_dir().glob("recourse_*.ts"):
        shutil.copy(ts, tmp_path)
    compile_translations(tmp_path)
    folder = make_vault([Case(reference="RC-1", title="T", status="submitted", state="CN")])
    app = QApplication.instance()
    try:
        install_translations(app, "zh_CN", tmp_path)
        window = window_factory(folder)
        unlock(qtbot, window)
        model = window.case_list.model
        qtbot.waitUntil(lambda: model.rowCount() == 1, timeout=5_000)
        row = [model.index(0, c).data() for c in range(model.columnCount())]
        assert "已提交" in row and "中国" in row and "Submitted" not in row and "China" not in row
        assert model.headerData(2, Qt.Orientation.Horizontal) == "状态"
    finally:
        install_translations(app, "en")
        QLocale.setDefault(QLocale("en_US"))


def test_uyghur_is_a_right_to_left_interface(qtbot, tmp_path):
    from PySide6.QtWidgets import QLineEdit

    for ts in translations_dir().glob("recourse_*.ts"):
        shutil.copy(ts, tmp_path)
    compile_translations(tmp_path)
    app = QApplication.instance()
    try:
        assert "recourse_ug" in install_translations(app, "ug", tmp_path)
        screen = UnlockScreen(tmp_path)
        qtbot.addWidget(screen)
        screen.show()
        assert screen.layoutDirection() == Qt.LayoutDirection.RightToLeft
        assert screen.unlock_button.text() == "قۇلۇپ ئېچىش(&U)"
        edit = screen.findChild(QLineEdit)
        assert edit.layoutDirection() == Qt.LayoutDirection.RightToLeft
        # mirrored: the Unlock button, after the entry in reading order, sits to its left
        button = screen.unlock_button
        assert button.mapTo(screen, button.rect().center()).x() < edit.mapTo(screen, edit.rect().center()).x()
        # Qt ships no Uyghur catalogue: ours carries its stock buttons and the text fields' edit menu
        from PySide6.QtWidgets import QDialogButtonBox

        box = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        assert sorted(b.text() for b in box.buttons()) == sorted(["جەزملەش", "ۋاز كېچىش"])
        assert "كۆچۈرۈش(&C)" in [a.text().split("\t")[0] for a in edit.createStandardContextMenu().actions()]
    finally:
        install_translations(app, "en")
        QLocale.setDefault(QLocale("en_US"))
    assert app.layoutDirection() == Qt.LayoutDirection.LeftToRight


def test_the_system_language_is_followed_by_default():
    from app.gui import i18n
    from app.gui.settings import Settings

    assert Settings().interface_language == i18n.SYSTEM
    assert i18n.resolve(i18n.SYSTEM) == i18n.system_language()
    assert i18n.resolve("fr") == "fr"
    cases = {"zh_CN": "zh_CN", "zh-Hans-CN": "zh_CN", "zh_SG": "zh_CN", "zh_TW": "zh_TW", "zh_HK": "zh_TW",
             "zh-Hant": "zh_TW", "ug_CN": "ug", "fr_CA": "fr", "es_MX": "es", "de_DE": "en", "C": "en"}
    assert {name: i18n.match_locale(name) for name in cases} == cases


def test_a_fresh_install_opens_in_the_language_of_the_system(tmp_path):
    import os
    import sys

    code = ("from app.gui import i18n; from app.gui.settings import load; "
            "print(i18n.resolve(load().interface_language))")
    for system, expected in (("zh_TW.UTF-8", "zh_TW"), ("ug_CN.UTF-8", "ug"), ("C.UTF-8", "en")):
        env = {k: v for k, v in os.environ.items() if k not in ("LANGUAGE", "LC_MESSAGES")}
        env.update(LC_ALL=system, LANG=system, QT_QPA_PLATFORM="offscreen", RECOURSE_HOME=str(tmp_path / "home"))
        out = subprocess.run([sys.executable, "-c", code], env=env, capture_output=True, text=True, check=True,
                             cwd=ROOT)
        assert out.stdout.strip() == expected
