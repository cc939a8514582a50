"""Organisations: police units, courts, facilities, NGOs."""

from __future__ import annotations

from PySide6.QtWidgets import QLineEdit, QVBoxLayout, QWidget

from app.domain.model import Case, Organisation
from app.gui.editor.binding import ItemForm, ItemListEditor, form_layout, scrolled_body, text_box
from app.gui.editor.composite import PlaceEdit
from app.gui.editor.sections.base import Section, header
from app.gui.editor.widgets import OrganisationPicker, TriStateCombo, VocabCombo


def org_label(o: Organisation) -> str:
    return o.name or o.name_original or o.abbreviation or "—"


class OrganisationForm(ItemForm):
    def __init__(self, ctx) -> None:  # type: ignore[no-untyped-def]
        super().__init__(ctx)
        body = QWidget()
        lay = form_layout(body)
        lay.addRow(
            header(
                self.tr("Organisation"),
                self.tr("Write the full name: the UN does not accept abbreviations alone."),
                self.conf,
            )
        )
        rows = [
            ("name", QLineEdit(), self.tr("Full name")),
            ("name_original", QLineEdit(), self.tr("Name in original script")),
            ("abbreviation", QLineEdit(), self.tr("Abbreviation")),
            ("kind", VocabCombo("organisation_kind"), self.tr("Kind")),
            ("state_actor", TriStateCombo(), self.tr("State actor")),
            ("parent_id", OrganisationPicker(), self.tr("Part of")),
            ("place", PlaceEdit(), self.tr("Place")),
            ("notes", text_box(4), self.tr("Notes")),
        ]
        self.add_fields(lay, rows)
        scrolled_body(self, body)


class OrganisationsSection(Section):
    roots = ("organisations",)

    def title(self) -> str:
        return self.tr("Organisations")

    def __init__(self, ctx, parent: QWidget | None = None) -> None:  # type: ignore[no-untyped-def]
        super().__init__(ctx, parent)
        self.form = OrganisationForm(ctx)
        self.list = ItemListEditor(
            ctx, self.form, Organisation, org_label, noun=self.tr("organisations"), refs=True
        )
        lay = QVBoxLayout(self)
        lay.addWidget(self.list)
        self.list.edited.connect(self.edited)

    def load(self, case: Case | None) -> None:
        self.list.set_items(case.organisations if case else None, "organisations")

    def focus(self, toks: list[str | int]) -> bool:
        return self.list.focus(toks[1:])

    def mark(self) -> None:
        self.list.mark()
