"""Consent: who agreed to what, per person, in order; withdrawals kept."""

from __future__ import annotations

from PySide6.QtWidgets import QCheckBox, QLineEdit, QVBoxLayout, QWidget

from app.domain.model import Case, ConsentRecord
from app.gui.editor.binding import ItemForm, ItemListEditor, form_layout, scrolled_body, text_box
from app.gui.editor.sections.base import Section, header
from app.gui.editor.widgets import PartialDateEdit, PersonPicker, RefPicker, VocabCombo


class ConsentForm(ItemForm):
    def __init__(self, ctx) -> None:  # type: ignore[no-untyped-def]
        super().__init__(ctx)
        body = QWidget()
        lay = form_layout(body)
        lay.addRow(
            header(
                self.tr("Consent record"),
                self.tr("Nothing identifying goes to the UN or the State without the consent recorded here."),
                self.conf,
            )
        )
        self.add_fields(lay, [
            ("person_id", PersonPicker(), self.tr("Person concerned")),
            ("given_by", VocabCombo("consent_giver"), self.tr("Given by")),
            ("given_by_name", QLineEdit(), self.tr("Name of who gave it")),
            ("date", PartialDateEdit(), self.tr("Date")),
            ("method", VocabCombo("consent_method"), self.tr("Method")),
            ("evidence_id", RefPicker("evidence"), self.tr("Recording or signed form")),
            ("submit_to_un", QCheckBox(self.tr("may be submitted to the UN")), self.tr("Submit to the UN")),
            (
                "name_to_state",
                QCheckBox(self.tr("name may be disclosed to the State")),
                self.tr("Name to the State"),
            ),
            ("name_in_public", VocabCombo("name_disclosure"), self.tr("Name in public reports")),
            (
                "share_with_partners",
                QCheckBox(self.tr("may be shared with partner organisations")),
                self.tr("Share with partners"),
            ),
            ("withdrawn_on", PartialDateEdit(), self.tr("Withdrawn on")),
            ("notes", text_box(3), self.tr("Notes")),
        ])
        scrolled_body(self, body)


class ConsentSection(Section):
    roots = ("consents",)

    def title(self) -> str:
        return self.tr("Consent")

    def __init__(self, ctx, parent: QWidget | None = None) -> None:  # type: ignore[no-untyped-def]
        super().__init__(ctx, parent)
        self.form = ConsentForm(ctx)
        self.list = ItemListEditor(
            ctx, self.form, ConsentRecord, self._label, noun=self.tr("consent records"), refs=True
        )
        lay = QVBoxLayout(self)
        lay.addWidget(self.list)
        self.list.edited.connect(self.edited)
        ctx.refs_changed.connect(self.list.refresh_labels)

    def _label(self, c: ConsentRecord) -> str:
        p = self.ctx.case.person(c.person_id) if self.ctx.case else None
        who = (p.display_name() if p else "") or self.tr("(choose the person)")
        state = (
            self.tr("withdrawn")
            if c.withdrawn_on
            else (self.tr("UN: yes") if c.submit_to_un else self.tr("UN: no"))
        )
        return f"{who} — {c.date or '?'} ({state})"

    def completeness(self, case: Case) -> str | None:
        victims = {p.id for p in case.victims()}
        covered = {c.person_id for c in case.consents if not c.withdrawn_on}
        if not case.consents:
            return "empty"
        return "done" if victims <= covered else "started"

    def load(self, case: Case | None) -> None:
        self.list.set_items(case.consents if case else None, "consents")

    def focus(self, toks: list[str | int]) -> bool:
        if len(toks) == 1 and self.ctx.case and self.ctx.case.consents:
            return self.list.focus([len(self.ctx.case.consents) - 1])
        return self.list.focus(toks[1:])

    def mark(self) -> None:
        self.list.mark()
