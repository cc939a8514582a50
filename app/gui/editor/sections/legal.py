"""Legal analysis: WGAD categories I-V (each with articles and argument), ICCPR, rights invoked."""

from __future__ import annotations

from PySide6.QtWidgets import QGroupBox, QHBoxLayout, QLabel, QVBoxLayout, QWidget

from app.domain.model import Case, CategoryArgument
from app.domain.vocab import vocabulary
from app.gui.editor.binding import ItemForm, form_layout, scrolled_body, text_box
from app.gui.editor.paths import join
from app.gui.editor.sections.base import Section, header
from app.gui.editor.widgets import TriStateCombo, VocabMultiSelect, ui_lang


def category_parts(label: str) -> tuple[str, str]:
    """ "Category IV: prolonged administrative custody…" -> ("Category IV", "Prolonged administrative
    custody…"): the name for the box's title, the description to wrap under it."""
    for sep in ("：", " : ", ": "):
        if sep in label:
            head, rest = label.split(sep, 1)
            rest = rest.strip()
            return head.strip(), rest[:1].upper() + rest[1:]
    return label, ""


class CategoryBox(QGroupBox):
    """One category: checked when argued; its articles and argument text."""

    def __init__(self, ctx, code: str, section: LegalSection) -> None:  # type: ignore[no-untyped-def]
        label = vocabulary("wgad_category").label(code, ui_lang())
        head, rest = category_parts(label)
        super().__init__(head)  # "Category IV": a title cannot wrap, the rest wraps below it
        self.code = code
        self.section = section
        self.setCheckable(True)
        self.setChecked(False)
        self.setAccessibleName(label)
        self.setToolTip(label)
        self.description = QLabel(rest)
        self.description.setWordWrap(True)
        self.description.setVisible(bool(rest))
        self.form = ItemForm(ctx)
        lay = form_layout(self.form)
        self.articles = VocabMultiSelect("article", rows=5)
        self.argument = text_box(5)
        lay.addRow(self.tr("Articles"), self.form.field("articles", self.articles, self.tr("Articles")))
        lay.addRow(self.tr("Argument"), self.form.field("argument", self.argument, self.tr("Argument")))
        top = QHBoxLayout()
        top.addWidget(self.description, 1)
        assert self.form.conf is not None  # an ItemForm is confidential by default
        top.addWidget(self.form.conf)
        box = QVBoxLayout(self)
        box.addLayout(top)
        box.addWidget(self.form)
        self._parked: CategoryArgument | None = None  # kept in memory when unticked, restored on re-tick
        self.toggled.connect(self._toggled)
        self.form.edited.connect(section.edited)

    def _toggled(self, on: bool) -> None:
        case = self.section.ctx.case
        if case is None:
            return
        cats = case.legal_analysis.categories
        if on:
            item = self._parked or CategoryArgument(category=self.code)
            order = [t.code for t in vocabulary("wgad_category").terms]
            cats.append(item)
            cats.sort(key=lambda c: order.index(c.category) if c.category in order else 99)
        else:
            found = next((c for c in cats if c.category == self.code), None)
            if found is not None:
                cats.remove(found)
                self._parked = found
        self.section.reload_boxes()
        self.section.edited.emit()

    def show_item(self, item: CategoryArgument | None, path: str) -> None:
        self.blockSignals(True)
        self.setChecked(item is not None)
        self.blockSignals(False)
        self.form.load(item, path)
        self.form.setVisible(item is not None)
        if self.form.conf is not None:
            self.form.conf.setVisible(item is not None)


class LegalSection(Section):
    roots = ("legal_analysis",)

    def title(self) -> str:
        return self.tr("Legal analysis")

    def __init__(self, ctx, parent: QWidget | None = None) -> None:  # type: ignore[no-untyped-def]
        super().__init__(ctx, parent)
        body = QWidget()
        lay = QVBoxLayout(body)
        lay.addWidget(
            header(
                self.title(),
                self.tr("Tick each WGAD category that applies; say which articles were violated and why."),
            )
        )
        self.top = ItemForm(ctx, confidential=False)
        top = form_layout()
        top.addRow(
            self.tr("State party to the ICCPR"),
            self.top.field("iccpr_party", TriStateCombo(), self.tr("State party to the ICCPR")),
        )
        lay.addLayout(top)
        self.boxes = [CategoryBox(ctx, t.code, self) for t in vocabulary("wgad_category").terms]
        for b in self.boxes:
            lay.addWidget(b)
        rest = form_layout()
        rest.addRow(
            self.tr("Other rights invoked"),
            self.top.field("rights_invoked", VocabMultiSelect("article", rows=5), self.tr("Rights invoked")),
        )
        rest.addRow(
            self.tr("General argument"), self.top.field("argument", text_box(5), self.tr("General argument"))
        )
        lay.addLayout(rest)
        lay.addWidget(QLabel())
        self.top.focus_target("categories", self.boxes[0])
        scrolled_body(self, body)
        self.top.edited.connect(self.edited)

    def reload_boxes(self) -> None:
        case = self.ctx.case
        cats = case.legal_analysis.categories if case else []
        for b in self.boxes:
            i = next((i for i, c in enumerate(cats) if c.category == b.code), -1)
            b.show_item(
                cats[i] if i >= 0 else None, join("legal_analysis", "categories", i) if i >= 0 else ""
            )
            b.setEnabled(case is not None)

    def load(self, case: Case | None) -> None:
        for b in self.boxes:
            b._parked = None
        self.top.load(case.legal_analysis if case else None, "legal_analysis")
        self.reload_boxes()

    def focus(self, toks: list[str | int]) -> bool:
        rest = toks[1:]
        if len(rest) >= 2 and rest[0] == "categories" and isinstance(rest[1], int):
            cats = self.ctx.case.legal_analysis.categories if self.ctx.case else []
            if rest[1] < len(cats):
                box = next(b for b in self.boxes if b.code == cats[rest[1]].category)
                if not box.form.focus(rest[2:]):
                    box.setFocus()
                return True
        if rest and rest[0] == "categories":
            self.boxes[0].setFocus()
            return True
        return self.top.focus(rest)

    def mark(self) -> None:
        self.top.mark()
        for b in self.boxes:
            b.form.mark()
