"""Switching the interface language: at once, the vault stays unlocked, the case and its edits stay."""

from __future__ import annotations

import shutil

from PySide6.QtCore import QLocale, Qt
from PySide6.QtWidgets import QApplication, QLineEdit

from app.gui import i18n, language_switch
from app.gui.app import compile_translations, install_translations, translations_dir
from app.services import cases as case_service


def _title_edit(editor):
    return next(e for e in editor.sections[0].findChildren(QLineEdit) if e.text() == editor.case.title)


def test_switching_keeps_the_vault_the_open_case_its_section_and_unsaved_edits(qtbot, demo_folder, unlocked,
                                                                               tmp_path):
    for ts in translations_dir().glob("recourse_*.ts"):
        shutil.copy(ts, tmp_path)
    compile_translations(tmp_path)
    window = unlocked(demo_folder, editor_factory=True)
    case_id = window.case_list.model.case_id(0)
    window.open_case(case_id)
    editor = window.editor
    editor.show_section(0)
    qtbot.keyClicks(_title_edit(editor), " (edited)")
    assert editor.has_unsaved_changes()
    editor.show_section(3)
    try:
        new = language_switch.switch_language(window, "zh_CN", tmp_path)
        qtbot.addWidget(new)
        assert i18n.current() == "zh_CN"
        assert new.unlocked and not window.unlocked  # handed over: no passphrase asked again
        assert new.menuBar().actions()[0].text() == "文件(&F)"
        assert new.editor.case.id == case_id and new.editor.case.title.endswith(" (edited)")
        assert new.editor.nav.currentRow() == 3
        assert new.editor.nav.item(3).text() == "抓捕与羁押"
        assert case_service.get_case(new.session.vault, case_id).title.endswith(" (edited)")  # stored
        back = language_switch.switch_language(new, "ug", tmp_path)
        qtbot.addWidget(back)
        assert back.layoutDirection() == Qt.LayoutDirection.RightToLeft
        assert back.editor.case.title.endswith(" (edited)")
        back.lock_now()
        assert not back.unlocked
    finally:
        install_translations(QApplication.instance(), "en")
        QLocale.setDefault(QLocale("en_US"))


def test_preferences_switch_the_language_without_locking(qtbot, demo_folder, unlocked):
    language_switch._alive.clear()
    window = unlocked(demo_folder, editor_factory=True)
    case_id = window.case_list.model.case_id(1)
    window.open_case(case_id)
    dialog = window.open_settings()
    dialog.interface.setCurrentIndex(dialog.interface.findData("fr"))
    try:
        dialog.accept()
        qtbot.waitUntil(lambda: bool(language_switch._alive) and language_switch._alive[0] is not window,
                        timeout=10_000)
        new = language_switch._alive[0]
        qtbot.addWidget(new)
        assert new.unlocked and new.settings.interface_language == "fr"
        assert new.editor.case.id == case_id
    finally:
        install_translations(QApplication.instance(), "en")
        QLocale.setDefault(QLocale("en_US"))
