"""The communications log: the UN's side of the case (communications to the State, the State's replies,
WGAD opinions, press releases, the source's follow-ups), each linked to the submissions that led to it.

The form shows the fields that matter for the kind of entry chosen (the others keep their values);
below it, what is due from this entry and the hints on it (a reference that does not look like the UN's,
a date not known to the day) -- never blocking.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtWidgets import QFormLayout, QLabel, QLineEdit, QVBoxLayout, QWidget

from app.domain.communications import hints
from app.domain.due import due_items
from app.domain.model import Case, CommunicationEntry
from app.domain.vocab import vocabulary
from app.errors import NotFound
from app.gui.colors import hint_color, styled
from app.gui.editor.binding import ItemForm, ItemListEditor, form_layout, scrolled_body, text_box
from app.gui.editor.sections.base import Section, header
from app.gui.editor.widgets import CheckList, PartialDateEdit, RefPicker, VocabCombo, VocabMultiSelect, ui_lang
from app.gui.messages import form_name, problem_text
from app.services import communications as log_service
from app.services.submission import render as submission

#: the fields each kind of entry uses (the others are hidden, their values kept)
SHOWN = {
    "communication": ("date", "reference", "letter_type", "mandates", "evidence_id", "submission_ids",
                      "follow_up_text", "notes"),
    "state-reply": ("date", "reference", "in_reply_to", "summary", "comments_due", "evidence_id", "submission_ids",
                    "follow_up_text", "notes"),
    "opinion": ("date", "reference", "in_reply_to", "finding", "categories", "summary", "evidence_id",
                "submission_ids", "follow_up_text", "notes"),
    "press-release": ("date", "title", "link", "mandates", "in_reply_to", "summary", "evidence_id", "notes"),
    "follow-up": ("date", "in_reply_to", "follow_up_text", "evidence_id", "submission_ids", "notes"),
}


def entry_label(e: CommunicationEntry, answered: CommunicationEntry | None = None) -> str:
    """``2026-09-22  Reply of the State  → UA CHN 14/2026``: date, kind, reference or title, what it answers."""
    kind = vocabulary("log_kind").label(e.kind, ui_lang())
    to = f"→ {answered.reference}" if answered is not None and answered.reference and not e.reference else ""
    return "  ".join(x for x in (str(e.date or "?"), kind, e.reference or e.title, to) if x)


class CommunicationForm(ItemForm):
    def __init__(self, ctx) -> None:  # type: ignore[no-untyped-def]
        super().__init__(ctx)
        body = QWidget()
        self.lay: QFormLayout = form_layout(body)
        self.lay.addRow(header(self.tr("Log entry"), "", self.conf))
        self.rows: dict[str, QWidget] = {}
        self.submissions = CheckList(rows=3)
        reference = QLineEdit()
        reference.setPlaceholderText(self.tr("UA CHN 6/2020 — 74/2018"))
        follow_up = text_box(4)
        follow_up.setToolTip(
            self.tr("Printed by the follow-up documents: the source's comments on a reply (WGAD), or the "
                    "update on a communication (Special Procedures)."))
        for attr, w, label in [
            ("kind", VocabCombo("log_kind"), self.tr("Kind of entry")),
            ("date", PartialDateEdit(), self.tr("Date (sent, received, adopted, issued)")),
            ("reference", reference, self.tr("UN reference or opinion number")),
            ("letter_type", VocabCombo("communication_type", allow_empty=True), self.tr("Type of communication")),
            ("mandates", VocabMultiSelect("mandate", rows=4), self.tr("Mandate holders")),
            ("in_reply_to", RefPicker("communication"), self.tr("In reply to")),
            ("summary", text_box(3), self.tr("Summary")),
            ("finding", VocabCombo("opinion_finding", allow_empty=True), self.tr("Finding")),
            ("categories", VocabMultiSelect("wgad_category", rows=3), self.tr("Categories")),
            ("title", QLineEdit(), self.tr("Title of the press release")),
            ("link", QLineEdit(), self.tr("Where published")),
            ("comments_due", PartialDateEdit(), self.tr("Comments due (as set by the UN)")),
            ("evidence_id", RefPicker("evidence"), self.tr("Document (attached as evidence)")),
            ("submission_ids", self.submissions, self.tr("Submissions that led to it")),
            ("follow_up_text", follow_up, self.tr("Comments or update")),
            ("notes", text_box(2), self.tr("Notes")),
        ]:
            row = self.field(attr, w, label)
            self.rows[attr] = row
            self.lay.addRow(label, row)
        scrolled_body(self, body)
        self.edited.connect(self.show_fields)

    def load(self, item, path: str) -> None:  # type: ignore[no-untyped-def,override]
        super().load(item, path)
        self.show_fields()

    def show_fields(self) -> None:
        kind = self.item.kind if self.item is not None else "communication"
        shown = ("kind",) + SHOWN.get(kind, tuple(self.rows))
        for attr, row in self.rows.items():
            self.lay.setRowVisible(row, attr in shown)


class CommunicationsSection(Section):
    roots = ("communications",)

    def title(self) -> str:
        return self.tr("Communications log")

    def __init__(self, ctx, parent: QWidget | None = None) -> None:  # type: ignore[no-untyped-def]
        super().__init__(ctx, parent)
        self.form = CommunicationForm(ctx)
        self.list = ItemListEditor(ctx, self.form, CommunicationEntry, self._label,
                                   noun=self.tr("log entries"), refs=True, reorder=True)
        self.status = QLabel()
        self.status.setWordWrap(True)
        self.status.setAccessibleName(self.tr("Due dates and hints"))
        styled(self.status, lambda: f"color: {hint_color()};")
        lay = QVBoxLayout(self)
        lay.addWidget(header(self.title(), self.tr(
            "What the UN and the State did after a submission: communications sent to the State, the State's "
            "replies, opinions, press releases, and what the source sent back. Due dates follow from it.")))
        lay.addWidget(self.list, 1)
        lay.addWidget(self.status)
        self.list.edited.connect(self.edited)
        self.list.edited.connect(self.update_status)
        self.list.current_changed.connect(lambda _r: self.update_status())
        ctx.refs_changed.connect(self.list.refresh_labels)

    def _label(self, e: CommunicationEntry) -> str:
        case = self.ctx.case
        return entry_label(e, case.communication(e.in_reply_to) if case is not None and e.in_reply_to else None)

    def load(self, case: Case | None) -> None:
        self.form.submissions.set_options(self._submission_options(case))
        self.list.set_items(case.communications if case else None, "communications")
        self.update_status()

    def _submission_options(self, case: Case | None) -> list[tuple[str, str]]:
        if case is None or self.ctx.session is None or getattr(self.ctx.session, "vault", None) is None:
            return []
        try:
            records = submission.history(self.ctx.session.vault, case.id)
        except NotFound:  # a case not saved yet has no history
            return []
        return [(r.id, " — ".join(x for x in (r.rendered_at[:10], form_name(r.form), r.language,
                                               r.un_reference, r.sent_on and self.tr("sent %1").replace("%1", r.sent_on))
                                  if x)) for r in records if not r.draft]

    def update_status(self) -> None:
        case = self.ctx.case
        row = self.list.current()
        if case is None or not 0 <= row < len(case.communications):
            self.status.setText("")
            return
        entry = case.communications[row]
        lines = []
        today = date.today()
        for item in due_items(case, (), log_service.periods()):
            if item.entry_id != entry.id:
                continue
            left = item.days_left(today)
            when = item.due.isoformat()
            if left < 0:
                lines.append("⚠ " + self.tr("Overdue since %1 (%2 days)").replace("%1", when).replace("%2", str(-left)))
            else:
                lines.append(self.tr("Due on %1 (in %2 days)").replace("%1", when).replace("%2", str(left)))
        prefix = f"$.communications[{row}]."
        lines += ["ⓘ " + problem_text(p) for p in hints(case, today) if p[0].startswith(prefix)]
        self.status.setText("\n".join(lines))

    def focus(self, toks: list[str | int]) -> bool:
        return self.list.focus(toks[1:])

    def mark(self) -> None:
        self.list.mark()
