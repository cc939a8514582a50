"""Arrest and detention, per detained person: the arrest and the ordered periods of detention."""

from __future__ import annotations

from PySide6.QtWidgets import QCheckBox, QLineEdit, QVBoxLayout, QWidget

from app.domain.model import Case, Deprivation, DetentionPeriod
from app.domain.vocab import vocabulary
from app.gui.editor.binding import ItemForm, ItemListEditor, form_layout, scrolled_body, text_box
from app.gui.editor.composite import PlaceEdit, ProvisionsEdit
from app.gui.editor.sections.base import Section, group, header
from app.gui.editor.sections.victims import deprivation_label
from app.gui.editor.widgets import (
    OrganisationPicker,
    PartialDateEdit,
    PersonPicker,
    RefMultiPicker,
    TriStateCombo,
    VocabCombo,
    ui_lang,
)


class ArrestForm(ItemForm):
    def __init__(self, ctx) -> None:  # type: ignore[no-untyped-def]
        super().__init__(ctx)
        lay = form_layout(self)
        lay.addRow(header("", "", self.conf))
        rows = [
            ("date", PartialDateEdit(), self.tr("Date of arrest")),
            ("time", _narrow(QLineEdit(), 90), self.tr("Time (HH:MM)")),
            ("place", PlaceEdit(), self.tr("Place of arrest")),
            ("force_ids", RefMultiPicker("organisation", rows=3), self.tr("Forces (on file)")),
            ("forces_description", text_box(2), self.tr("Forces: uniforms, vehicles, number")),
            ("warrant_shown", TriStateCombo(), self.tr("Warrant shown")),
            ("warrant_issuer_id", OrganisationPicker(), self.tr("Warrant issued by")),
            ("warrant_issuer", QLineEdit(), self.tr("Issuer (not on file)")),
            ("reasons_given", text_box(2), self.tr("Reasons given")),
            ("legal_basis", ProvisionsEdit(), self.tr("Legal basis")),
            ("circumstances", text_box(3), self.tr("Circumstances")),
        ]
        self.add_fields(lay, rows)


def _narrow(w: QLineEdit, width: int) -> QLineEdit:
    w.setMaximumWidth(width)
    return w


def period_label(p: DetentionPeriod) -> str:
    kind = vocabulary("deprivation_type").label(p.kind, ui_lang())
    start = str(p.start) if p.start else "?"
    end = "…" if p.ongoing else (str(p.end) if p.end else "?")
    return f"{start} – {end}  {kind}"


class PeriodForm(ItemForm):
    def __init__(self, ctx) -> None:  # type: ignore[no-untyped-def]
        super().__init__(ctx)
        lay = form_layout(self)
        lay.addRow(header(self.tr("Period of detention"), "", self.conf))
        rows = [
            ("kind", VocabCombo("deprivation_type"), self.tr("Type")),
            ("start", PartialDateEdit(), self.tr("From")),
            ("end", PartialDateEdit(), self.tr("To")),
            ("ongoing", QCheckBox(self.tr("still held here")), self.tr("Ongoing")),
            ("place", PlaceEdit(), self.tr("Place")),
            ("facility_id", OrganisationPicker(), self.tr("Facility")),
            ("holding_authority_id", OrganisationPicker(), self.tr("Holding authority")),
            ("ordering_authority_id", OrganisationPicker(), self.tr("Ordering authority")),
            ("incommunicado", TriStateCombo(), self.tr("Incommunicado")),
            ("lawyer_of_choice", TriStateCombo(), self.tr("Lawyer of choice")),
            ("family_notified", TriStateCombo(), self.tr("Family notified")),
            ("reasons_given", text_box(2), self.tr("Reasons given")),
            ("legal_basis", ProvisionsEdit(), self.tr("Legal basis")),
            ("conditions", text_box(3), self.tr("Conditions")),
        ]
        self.add_fields(lay, rows)


class DeprivationForm(ItemForm):
    def __init__(self, ctx) -> None:  # type: ignore[no-untyped-def]
        super().__init__(ctx)
        body = QWidget()
        lay = form_layout(body)
        lay.addRow(header(self.tr("Deprivation of liberty"), "", self.conf))
        rows = [
            ("person_id", PersonPicker(), self.tr("Detained person")),
            ("still_detained", TriStateCombo(), self.tr("Still detained")),
            ("released_on", PartialDateEdit(), self.tr("Released on")),
            ("other_procedures", text_box(2), self.tr("Other international procedures")),
        ]
        self.add_fields(lay, rows)
        self.arrest = self.sub("arrest", ArrestForm(ctx))
        lay.addRow(group(self.tr("Arrest"), self.arrest))
        self.period_form = PeriodForm(ctx)
        self.periods = self.sub(
            "periods",
            ItemListEditor(
                ctx,
                self.period_form,
                DetentionPeriod,
                period_label,
                noun=self.tr("periods of detention"),
                reorder=True,
                list_width=200,
            ),
        )
        self.periods.setMinimumHeight(520)
        lay.addRow(group(self.tr("Periods of detention, in order (transfers included)"), self.periods))
        scrolled_body(self, body)


class DetentionSection(Section):
    roots = ("deprivations",)

    def title(self) -> str:
        return self.tr("Arrest and detention")

    def handles(self, toks: list[str | int]) -> bool:
        return (
            bool(toks)
            and toks[0] == "deprivations"
            and not (len(toks) > 2 and toks[2] in ("proceedings", "ill_treatment"))
        )

    def __init__(self, ctx, parent: QWidget | None = None) -> None:  # type: ignore[no-untyped-def]
        super().__init__(ctx, parent)
        self.form = DeprivationForm(ctx)
        self.list = ItemListEditor(
            ctx,
            self.form,
            self._new,
            self._label,
            noun=self.tr("detained persons"),
            refs=True,
            list_width=200,
        )
        lay = QVBoxLayout(self)
        lay.addWidget(self.list)
        self.list.edited.connect(self.edited)
        ctx.refs_changed.connect(self.list.refresh_labels)

    def _label(self, d: Deprivation) -> str:
        return deprivation_label(self.ctx.case, d, self.tr("(choose the person)"))

    def _new(self) -> Deprivation:
        case = self.ctx.case
        taken = {d.person_id for d in case.deprivations} if case else set()
        victim = next((p for p in (case.victims() if case else []) if p.id not in taken), None)
        return Deprivation(person_id=victim.id if victim else "")

    def load(self, case: Case | None) -> None:
        self.list.set_items(case.deprivations if case else None, "deprivations")

    def focus(self, toks: list[str | int]) -> bool:
        return self.list.focus(toks[1:])

    def mark(self) -> None:
        self.list.mark()
