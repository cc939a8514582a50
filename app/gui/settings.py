"""Non-sensitive preferences in a small JSON file, and the dialog that edits them.

Only the lock timeout, languages and the widths of the window's panes live here:
never a vault or case path, a name, a recent file or a search.  The file is
written atomically.
"""

from __future__ import annotations

import json
from dataclasses import asdict, dataclass, field
from pathlib import Path

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from app.gui.i18n import NATIVE_NAMES, SYSTEM
from app.paths import config_dir
from app.services import userfiles

SUBMISSION_LANGUAGES = ("en", "fr", "es")
INTERFACE_LANGUAGES = (SYSTEM, *NATIVE_NAMES)  # SYSTEM ("") follows the system language
FILE_NAME = "settings.json"
VERSION = 1


@dataclass
class Settings:
    idle_minutes: int = 5
    submission_language: str = "en"
    interface_language: str = SYSTEM
    # pane widths in pixels: [case list, rest] without / with a case open; [] = the defaults
    browse_split: list[int] = field(default_factory=list)
    editing_split: list[int] = field(default_factory=list)

    def normalised(self) -> "Settings":
        minutes = self.idle_minutes if isinstance(self.idle_minutes, int) else 5
        return Settings(
            browse_split=_sizes(self.browse_split),
            editing_split=_sizes(self.editing_split),
            idle_minutes=min(240, max(1, minutes)),
            submission_language=self.submission_language if self.submission_language in SUBMISSION_LANGUAGES
            else "en",
            interface_language=self.interface_language if self.interface_language in INTERFACE_LANGUAGES
            else SYSTEM,
        )


def _sizes(value: object) -> list[int]:
    """Two non-negative pane widths, or [] (defaults)."""
    if isinstance(value, list) and len(value) == 2 and all(isinstance(v, int) and 0 <= v < 100_000 for v in value):
        return list(value)
    return []


def settings_path() -> Path:
    return config_dir() / FILE_NAME


def load(path: Path | None = None) -> Settings:
    """The saved settings; defaults when the file is missing or unreadable."""
    path = path or settings_path()
    try:
        raw = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return Settings()
    if not isinstance(raw, dict):
        return Settings()
    known = {k: raw[k] for k in ("idle_minutes", "submission_language", "interface_language",
                                 "browse_split", "editing_split") if k in raw}
    return Settings(**known).normalised()


def save(settings: Settings, path: Path | None = None) -> Path:
    path = path or settings_path()
    path.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
    data = json.dumps({"version": VERSION, **asdict(settings.normalised())}, indent=2) + "\n"
    userfiles.save_file(path, data.encode("utf-8"))  # the one atomic writer
    return path


class SettingsDialog(QDialog):
    def __init__(self, settings: Settings, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Preferences"))
        self._settings = settings
        self.idle = QSpinBox()
        self.idle.setRange(1, 240)
        self.idle.setSuffix(self.tr(" min"))
        self.idle.setValue(settings.idle_minutes)
        self.idle.setAccessibleName(self.tr("Lock after this many idle minutes"))

        self.submission = QComboBox()
        self.submission.setAccessibleName(self.tr("Default submission language"))
        for code, name in (("en", self.tr("English")), ("fr", self.tr("French")), ("es", self.tr("Spanish"))):
            self.submission.addItem(name, code)
        self.submission.setCurrentIndex(max(0, self.submission.findData(settings.submission_language)))

        self.interface = QComboBox()
        self.interface.setAccessibleName(self.tr("Interface language"))
        self.interface.addItem(self.tr("System language"), SYSTEM)
        for code, name in NATIVE_NAMES.items():
            self.interface.addItem(name, code)
        self.interface.setCurrentIndex(max(0, self.interface.findData(settings.interface_language)))

        form = QFormLayout()
        idle_label = QLabel(self.tr("&Lock after idle:"))
        idle_label.setBuddy(self.idle)
        sub_label = QLabel(self.tr("&Submission language:"))
        sub_label.setBuddy(self.submission)
        ui_label = QLabel(self.tr("&Interface language:"))
        ui_label.setBuddy(self.interface)
        form.addRow(idle_label, self.idle)
        form.addRow(sub_label, self.submission)
        form.addRow(ui_label, self.interface)
        note = QLabel(self.tr("The interface changes language at once; nothing you typed is lost. "
                              "Submissions are written in the language of the UN body, whatever "
                              "the interface language."))
        note.setWordWrap(True)
        ok_cancel = QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        buttons = QDialogButtonBox(ok_cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(note)
        layout.addWidget(buttons)

    def values(self) -> Settings:
        return Settings(idle_minutes=self.idle.value(),
                        submission_language=str(self.submission.currentData()),
                        interface_language=str(self.interface.currentData()),
                        browse_split=list(self._settings.browse_split),
                        editing_split=list(self._settings.editing_split)).normalised()
