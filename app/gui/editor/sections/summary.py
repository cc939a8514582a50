"""Summary: title, reference, State, region, status, urgency, summary, narrative, tags, mandates."""

from __future__ import annotations

from PySide6.QtWidgets import QLineEdit, QWidget

from app.domain.model import Case
from app.gui.editor.binding import ItemForm, form_layout, scrolled_body, text_box
from app.gui.editor.sections.base import Section, header
from app.gui.editor.widgets import StringListEdit, VocabCombo, VocabMultiSelect

FIELDS = (
    "title",
    "reference",
    "state",
    "region",
    "status",
    "urgency",
    "urgency_reason",
    "summary",
    "narrative",
    "tags",
    "mandates",
)


class SummarySection(Section):
    roots = FIELDS

    def title(self) -> str:
        return self.tr("Summary")

    def __init__(self, ctx, parent: QWidget | None = None) -> None:  # type: ignore[no-untyped-def]
        super().__init__(ctx, parent)
        self.form = f = ItemForm(ctx)
        body = QWidget()
        lay = form_layout(body)
        lay.addRow(
            header(self.title(), self.tr("What happened, to whom, and why it matters — in brief."), f.conf)
        )
        rows = [
            ("title", QLineEdit(), self.tr("Title")),
            ("reference", QLineEdit(), self.tr("Internal reference")),
            ("state", VocabCombo("country"), self.tr("State concerned")),
            ("region", VocabCombo("region"), self.tr("Region")),
            ("status", VocabCombo("case_status"), self.tr("Status")),
            ("urgency", VocabCombo("urgency"), self.tr("Urgency")),
            ("urgency_reason", text_box(3), self.tr("Why urgent")),
            ("summary", text_box(5), self.tr("Summary")),
            ("narrative", text_box(14), self.tr("Narrative (English, French or Spanish)")),
            ("tags", StringListEdit(), self.tr("Tags")),
            ("mandates", VocabMultiSelect("mandate", rows=6), self.tr("UN mandates")),
        ]
        for attr, w, label in rows:
            lay.addRow(label, f.field(attr, w, label))
        f.hint(
            "urgency_reason",
            lambda c: c.urgency != "none" and not c.urgency_reason.strip(),
            self.tr("An urgent case needs a reason: say what makes it urgent (health, risk of torture, "
                    "imminent trial or transfer). Urgent-action requests are refused without one."),
        )
        scrolled_body(self, body)
        f.edited.connect(self.edited)

    def completeness(self, case: Case) -> str | None:
        essentials = [case.title.strip(), case.summary.strip(), case.state]
        return "done" if all(essentials) else "started" if any(essentials) else "empty"

    def load(self, case: Case | None) -> None:
        self.form.load(case, "")

    def focus(self, toks: list[str | int]) -> bool:
        return self.form.focus(toks)

    def mark(self) -> None:
        self.form.mark()
