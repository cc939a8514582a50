"""Reprisals: incidents of intimidation or reprisal against people for cooperating with the UN.

Reported to OHCHR's reprisals focal point on the ``reprisals`` form (Submissions), only with the
person's consent; the hint under the consent field says when none is on record.
"""

from __future__ import annotations

from PySide6.QtWidgets import QLineEdit, QVBoxLayout, QWidget

from app.domain.model import Case, ReprisalIncident
from app.domain.vocab import vocabulary
from app.gui.editor.binding import ItemForm, ItemListEditor, form_layout, scrolled_body, text_box
from app.gui.editor.composite import PlaceEdit
from app.gui.editor.sections.base import Section, header
from app.gui.editor.widgets import (
    PartialDateEdit,
    PersonPicker,
    RefMultiPicker,
    RefPicker,
    VocabCombo,
    VocabMultiSelect,
    ui_lang,
)
from app.services.submission.reprisal_checks import reportable


class ReprisalForm(ItemForm):
    def __init__(self, ctx) -> None:  # type: ignore[no-untyped-def]
        super().__init__(ctx)
        body = QWidget()
        lay = form_layout(body)
        lay.addRow(
            header(
                self.tr("Incident"),
                self.tr("Reported to the UN only with the informed consent of the person concerned."),
                self.conf,
            )
        )
        self.add_fields(lay, [
            ("person_id", PersonPicker(), self.tr("Person concerned")),
            ("kinds", VocabMultiSelect("reprisal_type", rows=9), self.tr("Form of reprisal")),  # all nine at once
            ("date", PartialDateEdit(), self.tr("Date")),
            ("place", PlaceEdit(), self.tr("Place")),
            ("organisation_ids", RefMultiPicker("organisation", rows=3), self.tr("Authorities responsible (on file)")),
            ("perpetrator_ids", RefMultiPicker("person", rows=3), self.tr("Perpetrators (people on file)")),
            ("perpetrators_description", text_box(2), self.tr("Perpetrators (not on file)")),
            ("engagement_kind", VocabCombo("un_engagement", allow_empty=True), self.tr("Cooperation with the UN")),
            ("engagement_date", PartialDateEdit(), self.tr("Date of the cooperation")),
            ("engagement", text_box(2), self.tr("Which submission, communication or meeting")),
            ("communication_id", RefPicker("communication"), self.tr("UN communication it followed")),
            ("un_reference", QLineEdit(), self.tr("UN reference")),
            ("description", text_box(4), self.tr("Description")),
            ("steps_taken", text_box(3), self.tr("Steps taken")),
            ("evidence_ids", RefMultiPicker("evidence", rows=3), self.tr("Supporting evidence")),
            ("consent_id", RefPicker("consent"), self.tr("Consent covering this report")),
            ("notes", text_box(2), self.tr("Notes (never printed)")),
        ])
        self.hint("consent_id", lambda r: bool(r.person_id) and ctx.case is not None and not reportable(ctx.case, r),
                  self.tr("No consent to report this to the UN is on record for this person: the reprisals "
                          "form will not be sent without it (Consent)."))
        scrolled_body(self, body)


class ReprisalsSection(Section):
    roots = ("reprisals",)

    def title(self) -> str:
        return self.tr("Reprisals")

    def __init__(self, ctx, parent: QWidget | None = None) -> None:  # type: ignore[no-untyped-def]
        super().__init__(ctx, parent)
        self.form = ReprisalForm(ctx)
        self.list = ItemListEditor(ctx, self.form, ReprisalIncident, self._label, noun=self.tr("incidents"))
        lay = QVBoxLayout(self)
        lay.addWidget(header(self.title(), self.tr("Intimidation or reprisals against people for cooperating "
                                                   "with the UN: threats, travel bans, detention, surveillance, "
                                                   "harassment of family members…")))
        lay.addWidget(self.list, 1)
        self.list.edited.connect(self.edited)
        ctx.refs_changed.connect(self.list.refresh_labels)

    def _label(self, r: ReprisalIncident) -> str:
        p = self.ctx.case.person(r.person_id) if self.ctx.case else None
        who = (p.display_name() if p else "") or self.tr("(choose the person)")
        kinds = ", ".join(vocabulary("reprisal_type").label(k, ui_lang()) for k in r.kinds)
        return f"{r.date or '?'}  {who}" + (f" — {kinds}" if kinds else "")

    def completeness(self, case: Case) -> str | None:
        if not case.reprisals:
            return "empty"
        return "done" if all(r.person_id and r.description.strip() for r in case.reprisals) else "started"

    def load(self, case: Case | None) -> None:
        self.list.set_items(case.reprisals if case else None, "reprisals")

    def focus(self, toks: list[str | int]) -> bool:
        return self.list.focus(toks[1:])

    def mark(self) -> None:
        self.list.mark()
