"""Choosing which victim's deprivation of liberty a section shows."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QVBoxLayout, QWidget

from app.domain.model import Case, Deprivation
from app.gui.colors import muted_color, styled
from app.gui.editor.context import EditorContext
from app.gui.editor.paths import join
from app.gui.editor.sections.base import Section
from app.gui.editor.widgets import ElidingCombo


def deprivation_label(case: Case | None, d: Deprivation, unnamed: str) -> str:
    p = case.person(d.person_id) if case else None
    return (p.display_name() if p else "") or unnamed


class VictimSelector(QWidget):
    """A combo of the case's deprivations (one per detained person)."""

    selected = Signal(int)

    def __init__(self, ctx: EditorContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.combo = ElidingCombo()
        self.combo.setAccessibleName(self.tr("Detained person"))
        self.combo.setMinimumContentsLength(24)
        self.combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)  # the whole name
        self.empty = QLabel(self.tr("Add the detained person under “Arrest and detention” first."))
        styled(self.empty, lambda: f"color: {muted_color()};")
        lab = QLabel(self.tr("Detained person:"))
        lab.setBuddy(self.combo)
        lay = QHBoxLayout(self)
        lay.setContentsMargins(0, 0, 0, 0)
        lay.addWidget(lab)
        lay.addWidget(self.combo)
        lay.addWidget(self.empty)
        lay.addStretch(1)
        self.combo.currentIndexChanged.connect(self.selected)
        ctx.refs_changed.connect(self.refresh)

    def refresh(self) -> None:
        case = self.ctx.case
        deps = case.deprivations if case else []
        keep = self.combo.currentIndex()
        self.combo.blockSignals(True)
        self.combo.clear()
        for d in deps:
            self.combo.addItem(deprivation_label(case, d, self.tr("(no person chosen)")))
        self.combo.blockSignals(False)
        self.empty.setVisible(case is not None and not deps)
        index = keep if 0 <= keep < len(deps) else (0 if deps else -1)
        self.combo.blockSignals(True)
        self.combo.setCurrentIndex(index)
        self.combo.blockSignals(False)
        self.selected.emit(index)

    def current(self) -> int:
        return self.combo.currentIndex()

    def choose(self, index: int) -> None:
        if self.combo.currentIndex() != index:
            self.combo.setCurrentIndex(index)


class PerVictimSection(Section):
    """A section editing one part (``part``) of the chosen victim's deprivation of liberty.

    Subclasses build their body widget, call :meth:`_place`, and implement
    :meth:`show_part` (load the part into the body) and :meth:`focus_part`.
    """

    roots = ("deprivations",)
    part = ""  # the Deprivation attribute edited here, e.g. "proceedings"

    def handles(self, toks: list[str | int]) -> bool:
        return len(toks) > 2 and toks[0] == "deprivations" and toks[2] == self.part

    def completeness(self, case: Case) -> str | None:
        from app.gui.editor.sections.base import _filled

        parts = [_filled(getattr(d, self.part, None)) for d in case.deprivations]
        if not parts:
            return "empty"
        return "done" if all(parts) else "started" if any(parts) else "empty"

    def _place(self, body: QWidget) -> None:
        self.victim = VictimSelector(self.ctx)
        lay = QVBoxLayout(self)
        lay.addWidget(self.victim)
        lay.addWidget(body, 1)
        self.victim.selected.connect(self._show)
        self._dep: Deprivation | None = None

    def _show(self, index: int) -> None:
        case = self.ctx.case
        dep = case.deprivations[index] if case and 0 <= index < len(case.deprivations) else None
        if dep is self._dep and dep is not None:
            return
        self._dep = dep
        self.show_part(getattr(dep, self.part) if dep else None, join("deprivations", index, self.part))

    def show_part(self, value: Any, path: str) -> None:
        raise NotImplementedError

    def focus_part(self, toks: list[str | int]) -> bool:
        raise NotImplementedError

    def load(self, case: Case | None) -> None:
        self._dep = None
        self.victim.refresh()

    def focus(self, toks: list[str | int]) -> bool:
        if len(toks) > 1 and isinstance(toks[1], int):
            self.victim.choose(toks[1])
        return self.focus_part(toks[3:])
