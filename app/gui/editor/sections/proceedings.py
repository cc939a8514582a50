"""Proceedings: charges, court, hearings, lawyer access, confession, verdict, sentence, appeal."""

from __future__ import annotations

from PySide6.QtWidgets import QLineEdit, QWidget

from app.domain.model import Hearing, Proceedings
from app.domain.vocab import vocabulary
from app.gui.editor.binding import ItemForm, ItemListEditor, form_layout, scrolled_body, text_box
from app.gui.editor.composite import ProvisionsEdit
from app.gui.editor.sections.base import group, header
from app.gui.editor.sections.victims import PerVictimSection
from app.gui.editor.widgets import OrganisationPicker, PartialDateEdit, TriStateCombo, VocabCombo, ui_lang


def hearing_label(h: Hearing) -> str:
    return f"{h.date or '?'}  {vocabulary('hearing_kind').label(h.kind, ui_lang())}"


class HearingForm(ItemForm):
    def __init__(self, ctx) -> None:  # type: ignore[no-untyped-def]
        super().__init__(ctx)
        lay = form_layout(self)
        lay.addRow(header(self.tr("Hearing"), "", self.conf))
        self.add_fields(lay, [
            ("date", PartialDateEdit(), self.tr("Date")),
            ("kind", VocabCombo("hearing_kind"), self.tr("Kind")),
            ("public", TriStateCombo(), self.tr("Public")),
            ("lawyer_present", TriStateCombo(), self.tr("Lawyer present")),
            ("family_admitted", TriStateCombo(), self.tr("Family admitted")),
            ("description", text_box(3), self.tr("Description")),
        ])


class ProceedingsForm(ItemForm):
    def __init__(self, ctx) -> None:  # type: ignore[no-untyped-def]
        super().__init__(ctx)
        body = QWidget()
        lay = form_layout(body)
        lay.addRow(header(self.tr("Proceedings"), "", self.conf))
        self.add_fields(lay, [
            ("charges", ProvisionsEdit(), self.tr("Charges (law, articles)")),
            ("charges_description", text_box(2), self.tr("Charges as described")),
            ("court_id", OrganisationPicker(), self.tr("Court")),
            ("court_case_number", QLineEdit(), self.tr("Court case number")),
            ("informed_of_charges", TriStateCombo(), self.tr("Informed of charges")),
            ("informed_of_charges_on", PartialDateEdit(), self.tr("Informed on")),
            ("brought_before_judge_on", PartialDateEdit(), self.tr("Brought before a judge on")),
            ("lawyer_access", TriStateCombo(), self.tr("Lawyer access")),
            ("lawyer_access_details", text_box(2), self.tr("Lawyer access: details")),
            ("coerced_confession", TriStateCombo(), self.tr("Coerced confession")),
            ("televised_confession", TriStateCombo(), self.tr("Televised confession")),
        ])
        self.hearing_form = HearingForm(ctx)
        self.hearings = self.sub(
            "hearings",
            ItemListEditor(
                ctx, self.hearing_form, Hearing, hearing_label, noun=self.tr("hearings"), reorder=True
            ),
        )
        self.hearings.setMinimumHeight(300)
        lay.addRow(group(self.tr("Hearings"), self.hearings))
        self.add_fields(lay, [
            ("verdict", text_box(2), self.tr("Verdict")),
            ("verdict_date", PartialDateEdit(), self.tr("Verdict date")),
            ("sentence", QLineEdit(), self.tr("Sentence")),
            ("appeal", text_box(2), self.tr("Appeal")),
            ("appeal_outcome", text_box(2), self.tr("Appeal outcome")),
        ])
        scrolled_body(self, body)


def proceedings_label(p: Proceedings) -> str:
    charges = ", ".join(f"{c.law} {c.articles}".strip() for c in p.charges)
    return charges or p.court_case_number or "—"


class ProceedingsSection(PerVictimSection):
    part = "proceedings"

    def title(self) -> str:
        return self.tr("Proceedings")

    def __init__(self, ctx, parent: QWidget | None = None) -> None:  # type: ignore[no-untyped-def]
        super().__init__(ctx, parent)
        self.form = ProceedingsForm(ctx)
        self.list = ItemListEditor(
            ctx, self.form, Proceedings, proceedings_label, noun=self.tr("proceedings"), list_width=180
        )
        self._place(self.list)
        self.list.edited.connect(self.edited)

    def show_part(self, value, path: str) -> None:  # type: ignore[no-untyped-def]
        self.list.set_items(value, path)

    def focus_part(self, toks: list[str | int]) -> bool:
        return self.list.focus(toks)

    def mark(self) -> None:
        self.list.mark()
