"""Preferences file, settings and about dialogs, menus, accessibility, the launcher."""

from __future__ import annotations

import json

from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QAbstractButton, QComboBox, QLineEdit, QSpinBox

from app.gui import settings as settings_mod
from app.gui.about import font_licences
from app.gui.settings import Settings
from tests.gui.conftest import minimal_cases


def test_settings_round_trip_and_defaults(tmp_path):
    path = tmp_path / "c" / "settings.json"
    assert settings_mod.load(path) == Settings()
    settings_mod.save(Settings(idle_minutes=12, submission_language="fr", interface_language="zh_CN"), path)
    assert settings_mod.load(path) == Settings(12, "fr", "zh_CN")
    assert set(json.loads(path.read_text())) == {"version", "idle_minutes", "submission_language",
                                                 "interface_language", "browse_split", "editing_split"}
    settings_mod.save(Settings(browse_split=[600, 500], editing_split=[240, 1000]), path)
    assert settings_mod.load(path).editing_split == [240, 1000]
    path.write_text('{"browse_split": [1, 2, 3], "editing_split": "/secret"}')
    assert settings_mod.load(path) == Settings()  # anything but two widths: the defaults
    path.write_text('{"idle_minutes": 0, "interface_language": "xx", "recent": "/secret"}')
    assert settings_mod.load(path) == Settings(1, "en", "")  # unknown language: follow the system
    path.write_text("not json")
    assert settings_mod.load(path) == Settings()


def test_default_settings_path_is_in_the_config_dir(tmp_path):
    assert settings_mod.settings_path() == tmp_path / "home" / "config" / "settings.json"


def test_settings_dialog_applies_the_idle_timeout(qtbot, unlocked, make_vault, tmp_path):
    window = unlocked(make_vault(minimal_cases(1)))
    dialog = window.open_settings()
    dialog.idle.setValue(7)
    dialog.submission.setCurrentIndex(dialog.submission.findData("es"))
    dialog.accept()
    assert window.idle.timeout_ms == 7 * 60_000
    saved = json.loads((tmp_path / "config" / "settings.json").read_text())
    assert saved["idle_minutes"] == 7 and saved["submission_language"] == "es"


def test_about_lists_version_and_licences(qtbot, window_factory, make_vault):
    from app import __version__

    window = window_factory(make_vault())
    text = window.open_about().text.toPlainText()
    assert __version__ in text and "GPL-3.0-or-later" in text and "LGPL" in text
    assert all(f in text for f, _p, _l in font_licences()) and len(font_licences()) >= 5


def test_standard_shortcuts(qtbot, window_factory, make_vault):
    window = window_factory(make_vault())
    assert window.lock_action.shortcut() == QKeySequence("Ctrl+L")
    for action, key in ((window.new_action, QKeySequence.StandardKey.New),
                        (window.open_action, QKeySequence.StandardKey.Open),
                        (window.find_action, QKeySequence.StandardKey.Find),
                        (window.quit_action, QKeySequence.StandardKey.Quit)):
        expected = QKeySequence.keyBindings(key)
        if expected:
            assert action.shortcuts() == expected
    assert not window.prefs_action.shortcut().isEmpty()


def test_find_focuses_the_search_box(qtbot, unlocked, make_vault):
    window = unlocked(make_vault(minimal_cases(1)))
    window.activateWindow()
    window.find_action.trigger()
    assert window.search_box.hasFocus() or window.focusWidget() is window.search_box


def test_every_input_has_an_accessible_name(qtbot, unlocked, make_vault):
    window = unlocked(make_vault(minimal_cases(1)))
    dialog = window.open_settings()
    missing = []
    for root in (window, dialog):
        for w in root.findChildren(QLineEdit) + root.findChildren(QComboBox) + root.findChildren(QSpinBox):
            if w.parent() is not None and type(w.parent()).__name__ in ("QComboBox", "QSpinBox"):
                continue  # a combo's or spin box's own line edit
            if not w.accessibleName():
                missing.append(w)
        for b in root.findChildren(QAbstractButton):
            if not (b.accessibleName() or b.text() or b.toolTip()) and b.isVisibleTo(root):
                missing.append(b)
    assert missing == []


def test_launcher_without_display_describes_the_demo(monkeypatch, capsys):
    from app import main as launcher

    monkeypatch.setenv("QT_QPA_PLATFORM", "offscreen")
    assert not launcher.has_display()
    monkeypatch.setattr(launcher, "describe_demo", lambda: 0)
    assert launcher.main([]) == 0


def test_launcher_hardening(monkeypatch):
    import os

    from app import main as launcher

    old = os.umask(0o022)
    try:
        launcher.harden_process()
        assert os.umask(0o077) == 0o077
    finally:
        os.umask(old)
    try:
        import resource
    except ImportError:
        return
    assert resource.getrlimit(resource.RLIMIT_CORE)[0] == 0


def test_qt_bindings_keep_reference_counts_of_none_and_true():
    """PySide6 6.12.0 drops a reference to None on every None-returning call and to True on every
    emit(), which aborts Python 3.11 after a few thousand calls.  6.11.3 (pinned) does not; this
    guards the pin."""
    import sys

    from PySide6.QtCore import QObject, Signal

    class Emitter(QObject):
        ping = Signal()
        flag = Signal(bool)

    e = Emitter()
    e.ping.connect(lambda: None)
    e.flag.connect(lambda _b: None)
    nones, trues = sys.getrefcount(None), sys.getrefcount(True)
    for _ in range(2000):
        e.ping.emit()
        e.flag.emit(False)
        e.setObjectName("x")
    assert abs(sys.getrefcount(None) - nones) < 100 and abs(sys.getrefcount(True) - trues) < 100
