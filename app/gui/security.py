"""Idle lock and a clipboard that hides from clipboard managers and clears itself.

Both follow KeePassXC: an application-wide event filter restarts a single-shot
timer on every input event, and copies are marked with the hint formats that
clipboard managers and the Windows clipboard history honour, then cleared after
a delay if the clipboard still holds what we put there.
"""

from __future__ import annotations

import sys

from PySide6.QtCore import QEvent, QMimeData, QObject, QTimer, Signal
from PySide6.QtGui import (
    QClipboard,
    QGuiApplication,
    QInputEvent,
    QInputMethodEvent,
    QKeyEvent,
    QKeySequence,
    QShortcutEvent,
)
from shiboken6 import isValid

INPUT_EVENTS = frozenset({
    QEvent.Type.KeyPress, QEvent.Type.KeyRelease, QEvent.Type.MouseButtonPress,
    QEvent.Type.MouseButtonRelease, QEvent.Type.MouseButtonDblClick, QEvent.Type.MouseMove,
    QEvent.Type.Wheel, QEvent.Type.TouchBegin, QEvent.Type.TouchUpdate, QEvent.Type.TabletPress,
    QEvent.Type.Shortcut, QEvent.Type.InputMethod,
})

# the classes of every event above (key, mouse, wheel, touch, tablet and shortcut-override events
# are QInputEvents): anything else is let through without asking its type
INPUT_CLASSES = (QInputEvent, QShortcutEvent, QInputMethodEvent)


class InputWatch(QObject):
    """The one application-wide event filter: every event of the app passes through it, so each
    filter costs a call into Python per event (hundreds per section switch, thousands per case
    opened).  The idle lock and the lock key share this one, and it looks no further than the
    event's class unless it is input."""

    def __init__(self) -> None:
        super().__init__()
        self.handlers: list[object] = []  # objects with on_input(event) -> bool (True: consumed)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt name)
        if not isinstance(event, INPUT_CLASSES):
            return False
        for h in tuple(self.handlers):
            if not isValid(h):  # its window was deleted without stopping it
                self.handlers.remove(h)
            elif h.on_input(event):  # type: ignore[attr-defined]
                return True
        return False


_watch: InputWatch | None = None


def watch_input(handler: QObject) -> None:
    """Give *handler* (``on_input(event) -> bool``) every input event of the application."""
    global _watch
    app = QGuiApplication.instance()
    if app is None:
        return
    if _watch is None:
        _watch = InputWatch()
        app.installEventFilter(_watch)
    if handler not in _watch.handlers:
        _watch.handlers.append(handler)


def unwatch_input(handler: QObject) -> None:
    global _watch
    if _watch is None:
        return
    if handler in _watch.handlers:
        _watch.handlers.remove(handler)
    if not _watch.handlers:
        app = QGuiApplication.instance()
        if app is not None:
            app.removeEventFilter(_watch)
        _watch = None


DEFAULT_IDLE_MS = 5 * 60 * 1000
CLIPBOARD_CLEAR_MS = 30 * 1000


class IdleLock(QObject):
    """Emits :attr:`idle` after *timeout_ms* without keyboard, mouse or touch input."""

    idle = Signal()

    def __init__(self, timeout_ms: int = DEFAULT_IDLE_MS, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(max(1, int(timeout_ms)))
        self._timer.timeout.connect(self.idle)
        self._installed = False
        self.resets = 0  # input events seen while armed (tests, diagnostics)

    @property
    def timeout_ms(self) -> int:
        return self._timer.interval()

    def set_timeout_ms(self, timeout_ms: int) -> None:
        self._timer.setInterval(max(1, int(timeout_ms)))
        if self._timer.isActive():
            self._timer.start()

    @property
    def active(self) -> bool:
        return self._timer.isActive()

    def start(self) -> None:
        """Watch input application-wide (call when the vault is unlocked)."""
        watch_input(self)
        self._installed = True
        self._timer.start()

    def stop(self) -> None:
        self._timer.stop()
        unwatch_input(self)
        self._installed = False

    def on_input(self, event: QEvent) -> bool:
        if event.type() in INPUT_EVENTS and self._timer.isActive():
            self._timer.start()
            self.resets += 1
        return False


class LockKey(QObject):
    """The lock shortcut wins over any widget's own use of the same keys.

    Qt treats two shortcuts with the same keys as ambiguous and fires neither
    (the case editor uses Ctrl+L inside its fields).  This application-wide filter
    sees the key first (as ``ShortcutOverride``) and emits :attr:`pressed`.
    """

    pressed = Signal()

    def __init__(self, sequence: QKeySequence, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.sequence = sequence
        self._installed = False

    def install(self) -> None:
        watch_input(self)
        self._installed = True

    def remove(self) -> None:
        unwatch_input(self)
        self._installed = False

    def on_input(self, event: QEvent) -> bool:
        kinds = (QEvent.Type.ShortcutOverride, QEvent.Type.KeyPress)
        if event.type() in kinds and isinstance(event, QKeyEvent):
            if QKeySequence(event.keyCombination()) == self.sequence:
                event.accept()
                self.pressed.emit()
                return True
        return False


OURS = "application/x-recourse-copy"  # marks our copies so we only ever clear our own


def sensitive_mime(text: str, platform: str = sys.platform) -> QMimeData:
    """Text plus the formats that ask clipboard managers and histories to skip it."""
    mime = QMimeData()
    mime.setText(text)
    mime.setData(OURS, b"1")
    mime.setData("x-kde-passwordManagerHint", b"secret")  # Klipper and most Linux managers
    if platform == "darwin":
        mime.setData("application/x-nspasteboard-concealed-type", text.encode("utf-8"))
    if platform.startswith("win"):
        # Qt maps this MIME form to a registered Windows clipboard format of exactly that name.
        for name, value in (("ExcludeClipboardContentFromMonitorProcessing", b"\x01\x00\x00\x00"),
                            ("CanIncludeInClipboardHistory", b"\x00\x00\x00\x00"),
                            ("CanUploadToCloudClipboard", b"\x00\x00\x00\x00")):
            mime.setData(f'application/x-qt-windows-mime;value="{name}"', value)
    return mime


class ClipboardGuard(QObject):
    """``copy(text)`` puts marked text on the clipboard and clears it after a delay."""

    cleared = Signal()

    def __init__(self, clear_after_ms: int = CLIPBOARD_CLEAR_MS, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.clear_after_ms = clear_after_ms
        self._text: str | None = None
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.timeout.connect(self.clear)

    def copy(self, text: str) -> None:
        QGuiApplication.clipboard().setMimeData(sensitive_mime(text))
        self._text = text
        self._timer.start(max(1, int(self.clear_after_ms)))

    def holds_ours(self) -> bool:
        if self._text is None:
            return False
        clipboard = QGuiApplication.clipboard()
        mime = clipboard.mimeData(QClipboard.Mode.Clipboard)
        return mime is not None and mime.text() == self._text

    def clear(self) -> None:
        """Clear now (also on lock) -- only if the clipboard still holds our text."""
        self._timer.stop()
        if self.holds_ours():
            QGuiApplication.clipboard().clear(QClipboard.Mode.Clipboard)
            self.cleared.emit()
        self._text = None


_guard: ClipboardGuard | None = None


def clipboard_guard() -> ClipboardGuard:
    global _guard
    if _guard is None:
        _guard = ClipboardGuard()
    return _guard


def copy_sensitive(text: str, clear_after_ms: int | None = None) -> None:
    """Copy case text: hidden from clipboard managers, cleared after 30 s (or *clear_after_ms*)."""
    guard = clipboard_guard()
    if clear_after_ms is not None:
        guard.clear_after_ms = clear_after_ms
    guard.copy(text)
