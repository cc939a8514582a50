"""What every editor section offers the editor."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QGroupBox, QHBoxLayout, QLabel, QVBoxLayout, QWidget

from app.domain.model import Case
from app.gui.colors import muted_color, styled
from app.gui.editor.context import EditorContext


class Section(QWidget):
    edited = Signal()
    roots: tuple[str, ...] = ()  # first tokens of the paths this section shows

    def __init__(self, ctx: EditorContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.edited.connect(ctx.edited)

    def title(self) -> str:
        raise NotImplementedError

    def handles(self, toks: list[str | int]) -> bool:
        return bool(toks) and toks[0] in self.roots

    def load(self, case: Case | None) -> None:
        raise NotImplementedError

    def clear(self) -> None:
        self.load(None)

    def focus(self, toks: list[str | int]) -> bool:
        return False

    def completeness(self, case: Case) -> str | None:
        """ "empty", "started" or "done" for the mark beside the section's name (None: no mark).

        By default a section is done when something is filled in under its roots."""
        filled = [_filled(getattr(case, r, None)) for r in self.roots]
        if not filled:
            return None
        return "done" if all(filled) else "started" if any(filled) else "empty"

    def mark(self) -> None:
        return None


def header(title: str, note: str = "", conf: Any = None) -> QWidget:
    box = QWidget()
    lay = QHBoxLayout(box)
    lay.setContentsMargins(0, 0, 0, 4)
    col = QVBoxLayout()
    if title:
        t = QLabel(f"<h2 style='margin:0'>{title}</h2>")
        col.addWidget(t)
    if note:
        n = QLabel(note)
        n.setWordWrap(True)
        styled(n, lambda: f"color: {muted_color()};")
        col.addWidget(n)
    lay.addLayout(col, 1)
    if conf is not None:
        lay.addWidget(conf)
    return box


def group(title: str, *widgets: QWidget) -> QGroupBox:
    g = QGroupBox(title)
    lay = QVBoxLayout(g)
    for w in widgets:
        lay.addWidget(w)
    return g


def _filled(value: Any) -> bool:
    """Something was entered (not empty, not the default)."""
    import dataclasses

    if value is None or value == "" or value == []:
        return False
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        try:
            return value != type(value)()  # type: ignore[call-arg]
        except TypeError:
            return True
    return True
