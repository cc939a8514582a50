"""Domestic remedies: dated steps (body, action, outcome) and a note on why they failed."""

from __future__ import annotations

from PySide6.QtWidgets import QLineEdit, QVBoxLayout, QWidget

from app.domain.model import Case, RemedyStep
from app.domain.vocab import vocabulary
from app.gui.editor.binding import ItemForm, ItemListEditor, form_layout, scrolled_body, text_box
from app.gui.editor.sections.base import Section, group, header
from app.gui.editor.widgets import OrganisationPicker, PartialDateEdit, VocabCombo, ui_lang


def remedy_label(r: RemedyStep) -> str:
    outcome = vocabulary("remedy_outcome").label(r.outcome, ui_lang()) if r.outcome else ""
    action = r.action.splitlines()[0][:40] if r.action else ""
    return f"{r.date or '?'}  {action}  {outcome}".strip()


class RemedyForm(ItemForm):
    def __init__(self, ctx) -> None:  # type: ignore[no-untyped-def]
        super().__init__(ctx)
        lay = form_layout(self)
        lay.addRow(header(self.tr("Step"), "", self.conf))
        self.add_fields(lay, [
            ("date", PartialDateEdit(), self.tr("Date")),
            ("body_id", OrganisationPicker(), self.tr("Body (on file)")),
            ("body", QLineEdit(), self.tr("Body (not on file)")),
            ("action", text_box(3), self.tr("Action taken")),
            ("outcome", VocabCombo("remedy_outcome", allow_empty=True), self.tr("Outcome")),
            ("outcome_details", text_box(3), self.tr("Outcome: details")),
        ])


class RemediesSection(Section):
    roots = ("remedies", "remedies_note")

    def title(self) -> str:
        return self.tr("Domestic remedies")

    def __init__(self, ctx, parent: QWidget | None = None) -> None:  # type: ignore[no-untyped-def]
        super().__init__(ctx, parent)
        self.form = RemedyForm(ctx)
        self.list = ItemListEditor(
            ctx, self.form, RemedyStep, remedy_label, noun=self.tr("remedy steps"), reorder=True
        )
        self.note_form = ItemForm(ctx, confidential=False)
        self.note = text_box(4)
        body = QWidget()  # scrolled like every long section: the window may be 700 px high
        lay = QVBoxLayout(body)
        lay.addWidget(
            header(self.title(), self.tr("Complaints, applications, petitions, and what came of them."))
        )
        lay.addWidget(self.list, 3)
        lay.addWidget(
            group(
                self.tr("Why remedies were ineffective or not attempted"),
                self.note_form.field("remedies_note", self.note, self.tr("Remedies note")),
            ),
            1,
        )
        scrolled_body(self, body)
        self.list.edited.connect(self.edited)
        self.note_form.edited.connect(self.edited)

    def load(self, case: Case | None) -> None:
        self.list.set_items(case.remedies if case else None, "remedies")
        self.note_form.load(case, "")

    def focus(self, toks: list[str | int]) -> bool:
        if toks[0] == "remedies_note":
            return self.note_form.focus(toks)
        return self.list.focus(toks[1:])

    def mark(self) -> None:
        self.list.mark()
        self.note_form.mark()
