"""People: victims, relatives, sources, witnesses, perpetrators, lawyers."""

from __future__ import annotations

from PySide6.QtWidgets import QGridLayout, QGroupBox, QLabel, QLineEdit, QSpinBox, QVBoxLayout, QWidget

from app.domain.model import Case, Person
from app.domain.vocab import vocabulary
from app.gui.editor.binding import ItemForm, ItemListEditor, form_layout, scrolled_body, text_box
from app.gui.editor.composite import ContactEdit, IdentityDocsEdit, PlaceEdit
from app.gui.editor.sections.base import Section, header
from app.gui.editor.widgets import (
    OrganisationPicker,
    PartialDateEdit,
    StringListEdit,
    VocabCombo,
    VocabMultiSelect,
    ui_lang,
)


def person_label(p: Person) -> str:
    roles = ", ".join(vocabulary("person_role").label(r, ui_lang()) for r in p.roles)
    name = p.display_name() or "—"
    return f"{name}  [{roles}]" if roles else name


class PersonForm(ItemForm):
    def __init__(self, ctx) -> None:  # type: ignore[no-untyped-def]
        super().__init__(ctx)
        body = QWidget()
        lay = form_layout(body)
        lay.addRow(header(self.tr("Person"), "", self.conf))
        lay.addRow(
            self.tr("Roles"), self.field("roles", VocabMultiSelect("person_role", rows=3), self.tr("Roles"))
        )

        names = QGroupBox(self.tr("Name"))
        grid = QGridLayout(names)
        grid.addWidget(QLabel(self.tr("<b>Original script</b>")), 0, 1)
        grid.addWidget(QLabel(self.tr("<b>Latin transliteration</b>")), 0, 2)
        for r, (orig, latin, label) in enumerate(
            (
                ("family_name", "family_name_latin", self.tr("Family name")),
                ("given_name", "given_name_latin", self.tr("Given name")),
            ),
            1,
        ):
            grid.addWidget(QLabel(label), r, 0)
            grid.addWidget(self.field(orig, QLineEdit(), label + self.tr(" (original script)")), r, 1)
            grid.addWidget(self.field(latin, QLineEdit(), label + self.tr(" (Latin)")), r, 2)
        grid.setColumnStretch(1, 1)
        grid.setColumnStretch(2, 1)
        lay.addRow(names)
        lay.addRow(
            self.tr("Other names"), self.field("other_names", StringListEdit(), self.tr("Other names"))
        )
        lay.addRow(self.tr("Sex"), self.field("sex", VocabCombo("sex"), self.tr("Sex")))
        lay.addRow(self.tr("Born"), self.field("birth_date", PartialDateEdit(), self.tr("Date of birth")))
        age = QSpinBox()
        age.setRange(-1, 130)
        age.setSpecialValueText(self.tr("unknown"))
        age.setMaximumWidth(110)
        lay.addRow(
            self.tr("Age when detained"), self.field("age_at_detention", age, self.tr("Age when detained"))
        )
        lay.addRow(
            self.tr("Place of birth"), self.field("place_of_birth", QLineEdit(), self.tr("Place of birth"))
        )
        lay.addRow(
            self.tr("Nationalities"),
            self.field("nationalities", VocabMultiSelect("country", rows=3), self.tr("Nationalities")),
        )
        lay.addRow(self.tr("Ethnicity"), self.field("ethnicity", QLineEdit(), self.tr("Ethnicity")))
        lay.addRow(
            self.tr("ID documents"),
            self.field("identity_documents", IdentityDocsEdit(), self.tr("Identity documents")),
        )
        lay.addRow(self.tr("Profession"), self.field("profession", QLineEdit(), self.tr("Profession")))
        lay.addRow(self.tr("Activities"), self.field("activities", text_box(3), self.tr("Activities")))
        lay.addRow(
            self.tr("Groups"),
            self.field("groups", VocabMultiSelect("group_membership", rows=4), self.tr("Groups")),
        )
        lay.addRow(self.tr("Residence"), self.field("residence", PlaceEdit(), self.tr("Residence")))
        lay.addRow(self.tr("Contact"), self.field("contact", ContactEdit(), self.tr("Contact")))
        lay.addRow(
            self.tr("Relationship to victim"),
            self.field("relationship_to_victim", QLineEdit(), self.tr("Relationship to victim")),
        )
        lay.addRow(
            self.tr("Organisation"),
            self.field("organisation_id", OrganisationPicker(), self.tr("Organisation")),
        )
        lay.addRow(self.tr("Function / rank"), self.field("function", QLineEdit(), self.tr("Function")))
        lay.addRow(self.tr("Notes"), self.field("notes", text_box(3), self.tr("Notes")))
        scrolled_body(self, body)


class PeopleSection(Section):
    roots = ("persons",)

    def title(self) -> str:
        return self.tr("People")

    def __init__(self, ctx, parent: QWidget | None = None) -> None:  # type: ignore[no-untyped-def]
        super().__init__(ctx, parent)
        self.form = PersonForm(ctx)
        self.list = ItemListEditor(
            ctx, self.form, Person, person_label, noun=self.tr("people"), refs=True, list_width=280
        )
        lay = QVBoxLayout(self)
        lay.addWidget(self.list)
        self.list.edited.connect(self.edited)

    def completeness(self, case: Case) -> str | None:
        if not case.persons:
            return "empty"
        named_victim = any(p.display_name() for p in case.victims())
        return "done" if named_victim else "started"

    def load(self, case: Case | None) -> None:
        self.list.set_items(case.persons if case else None, "persons")

    def focus(self, toks: list[str | int]) -> bool:
        return self.list.focus(toks[1:])

    def mark(self) -> None:
        self.list.mark()
