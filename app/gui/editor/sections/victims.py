"""Choosing which victim's deprivation of liberty a section shows."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QWidget

from app.domain.model import Case, Deprivation
from app.gui.editor.context import EditorContext


def deprivation_label(case: Case | None, d: Deprivation, unnamed: str) -> str:
    p = case.person(d.person_id) if case else None
    return (p.display_name() if p else "") or unnamed


class VictimSelector(QWidget):
    """A combo of the case's deprivations (one per detained person)."""

    selected = Signal(int)

    def __init__(self, ctx: EditorContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.combo = QComboBox()
        self.combo.setAccessibleName(self.tr("Detained person"))
        self.combo.setMinimumContentsLength(24)
        self.empty = QLabel(self.tr("Add the detained person under “Arrest and detention” first."))
        self.empty.setStyleSheet("color: #555;")
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
