"""Ill-treatment and health, per detained person."""

from __future__ import annotations

from PySide6.QtWidgets import QVBoxLayout, QWidget

from app.domain.model import Case
from app.gui.editor.binding import ItemForm, form_layout, scrolled, text_box
from app.gui.editor.paths import join
from app.gui.editor.sections.base import Section, header
from app.gui.editor.sections.victims import VictimSelector
from app.gui.editor.widgets import RefMultiPicker, TriStateCombo


class IllTreatmentForm(ItemForm):
    def __init__(self, ctx) -> None:  # type: ignore[no-untyped-def]
        super().__init__(ctx)
        lay = form_layout(self)
        lay.addRow(
            header(
                self.tr("Ill-treatment and health"),
                self.tr(
                    "Torture or ill-treatment, health condition and care. Mark details confidential when "
                    "disclosure could expose the person to reprisals."
                ),
                self.conf,
            )
        )
        for attr, w, label in [
            ("torture_or_ill_treatment", TriStateCombo(), self.tr("Torture or ill-treatment")),
            ("description", text_box(6), self.tr("Description")),
            ("health_condition", text_box(4), self.tr("Health condition")),
            ("medical_care_denied", TriStateCombo(), self.tr("Medical care denied")),
            ("risk_to_life", TriStateCombo(), self.tr("Risk to life")),
            ("perpetrator_ids", RefMultiPicker("person", rows=4), self.tr("Perpetrators (people on file)")),
        ]:
            lay.addRow(label, self.field(attr, w, label))


class IllTreatmentSection(Section):
    roots = ("deprivations",)

    def title(self) -> str:
        return self.tr("Ill-treatment and health")

    def handles(self, toks: list[str | int]) -> bool:
        return len(toks) > 2 and toks[0] == "deprivations" and toks[2] == "ill_treatment"

    def __init__(self, ctx, parent: QWidget | None = None) -> None:  # type: ignore[no-untyped-def]
        super().__init__(ctx, parent)
        self.victim = VictimSelector(ctx)
        self.form = IllTreatmentForm(ctx)
        lay = QVBoxLayout(self)
        lay.addWidget(self.victim)
        lay.addWidget(scrolled(self.form), 1)
        self.form.edited.connect(self.edited)
        self.victim.selected.connect(self._show)
        self._dep = None

    def _show(self, index: int) -> None:
        case = self.ctx.case
        dep = case.deprivations[index] if case and 0 <= index < len(case.deprivations) else None
        if dep is self._dep and dep is not None:
            return
        self._dep = dep
        self.form.load(dep.ill_treatment if dep else None, join("deprivations", index, "ill_treatment"))

    def load(self, case: Case | None) -> None:
        self._dep = None
        self.victim.refresh()

    def focus(self, toks: list[str | int]) -> bool:
        if len(toks) > 1 and isinstance(toks[1], int):
            self.victim.choose(toks[1])
        return self.form.focus(toks[3:])

    def mark(self) -> None:
        self.form.mark()
