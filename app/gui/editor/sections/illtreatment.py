"""Ill-treatment and health, per detained person."""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from app.gui.editor.binding import ItemForm, form_layout, scrolled, text_box
from app.gui.editor.sections.base import header
from app.gui.editor.sections.victims import PerVictimSection
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
        self.add_fields(lay, [
            ("torture_or_ill_treatment", TriStateCombo(), self.tr("Torture or ill-treatment")),
            ("description", text_box(6), self.tr("Description")),
            ("health_condition", text_box(4), self.tr("Health condition")),
            ("medical_care_denied", TriStateCombo(), self.tr("Medical care denied")),
            ("risk_to_life", TriStateCombo(), self.tr("Risk to life")),
            ("perpetrator_ids", RefMultiPicker("person", rows=4), self.tr("Perpetrators (people on file)")),
        ])


class IllTreatmentSection(PerVictimSection):
    part = "ill_treatment"

    def title(self) -> str:
        return self.tr("Ill-treatment and health")

    def __init__(self, ctx, parent: QWidget | None = None) -> None:  # type: ignore[no-untyped-def]
        super().__init__(ctx, parent)
        self.form = IllTreatmentForm(ctx)
        self._place(scrolled(self.form))
        self.form.edited.connect(self.edited)

    def show_part(self, value, path: str) -> None:  # type: ignore[no-untyped-def]
        self.form.load(value, path)

    def focus_part(self, toks: list[str | int]) -> bool:
        return self.form.focus(toks)

    def mark(self) -> None:
        self.form.mark()
