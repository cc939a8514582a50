"""Every question and message box goes through here, so tests can answer them.

``ask()``/``inform()``/``warn()``/``choose_folder()`` show a modal dialog in the
application.  Tests switch to scripted mode with :func:`script` (KeePassXC's
``MessageBox::setNextAnswer`` idea): queued answers are consumed in order,
every message is recorded in :data:`history`, and a question with no queued
answer fails the test instead of blocking on a modal that nobody will click.
"""

from __future__ import annotations

from collections import deque
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QApplication, QDialog, QFileDialog, QMessageBox, QWidget


@dataclass(frozen=True)
class Shown:
    kind: str  # ask | inform | warn | folder
    title: str
    text: str


class NoScriptedAnswer(AssertionError):
    pass


_scripted = False
_answers: deque[Any] = deque()
history: list[Shown] = []


def script(enabled: bool = True) -> None:
    """Tests: never show a modal; answer from :func:`set_next_answer`."""
    global _scripted
    _scripted = enabled
    _answers.clear()
    history.clear()


def set_next_answer(answer: Any) -> None:
    """Queue the answer of the next ``ask`` (bool) or ``choose_folder`` (path or None)."""
    _answers.append(answer)


def _take(kind: str, title: str, text: str) -> Any:
    history.append(Shown(kind, title, text))
    if kind in ("inform", "warn"):
        return None
    if not _answers:
        raise NoScriptedAnswer(f"{kind}: {title!r} asked with no scripted answer")
    return _answers.popleft()


def ask(parent: QWidget | None, title: str, text: str, *, yes: str = "", no: str = "") -> bool:
    """A yes/no question; ``False`` (the safe choice) is the default button."""
    if _scripted:
        return bool(_take("ask", title, text))
    box = QMessageBox(QMessageBox.Icon.Question, title, text, QMessageBox.StandardButton.NoButton, parent)
    yes_button = box.addButton(yes or QCoreApplication.translate("QMessageBox", "Yes"), QMessageBox.ButtonRole.AcceptRole)
    no_button = box.addButton(no or QCoreApplication.translate("QMessageBox", "Cancel"), QMessageBox.ButtonRole.RejectRole)
    box.setDefaultButton(no_button)
    box.setEscapeButton(no_button)
    box.exec()
    return box.clickedButton() is yes_button


def inform(parent: QWidget | None, title: str, text: str) -> None:
    if _scripted:
        _take("inform", title, text)
        return
    QMessageBox.information(parent, title, text)


def warn(parent: QWidget | None, title: str, text: str) -> None:
    if _scripted:
        _take("warn", title, text)
        return
    QMessageBox.warning(parent, title, text)


def choose_folder(parent: QWidget | None, title: str, start: str = "") -> str | None:
    """A folder picked by the user, or None.  Nothing remembers it afterwards."""
    if _scripted:
        answer = _take("folder", title, "")
        return None if answer is None else str(answer)
    # DontUseNativeDialog would lose platform conventions; the native dialog may keep its own
    # history, which is the platform's business.  We keep none (no QSettings, no recent list).
    path = QFileDialog.getExistingDirectory(parent, title, start)
    return path or None


def close_all() -> None:
    """Locking: reject every open dialog (message boxes, settings, about, file pickers)."""
    app = QApplication.instance()
    if app is None:
        return
    for widget in QApplication.topLevelWidgets():  # type: ignore[attr-defined]
        if isinstance(widget, QDialog) and widget.isVisible():
            widget.reject()
