"""Testimonies: the original text and its translations side by side."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSplitter,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from app.domain.model import Case, Testimony, Translation
from app.domain.vocab import vocabulary
from app.gui.editor.binding import ItemForm, ItemListEditor, form_layout, label_gaps, scrolled_body, text_box
from app.gui.editor.paths import join
from app.gui.editor.sections.base import Section, header
from app.gui.editor.widgets import PartialDateEdit, PersonPicker, RefPicker, VocabCombo, ui_lang


class TranslationForm(ItemForm):
    def __init__(self, ctx) -> None:  # type: ignore[no-untyped-def]
        super().__init__(ctx)
        lay = QVBoxLayout(self)
        lay.setContentsMargins(4, 4, 4, 4)
        top = form_layout()
        top.addRow(
            self.tr("Language"),
            self.field("language", VocabCombo("language"), self.tr("Translation language")),
        )
        top.addRow(self.tr("Translator"), self.field("translator", QLineEdit(), self.tr("Translator")))
        top.addRow(self.tr("Date"), self.field("date", PartialDateEdit(), self.tr("Translation date")))
        assert self.conf is not None  # an ItemForm is confidential by default
        top.addRow("", self.conf)  # a row of its own: half a form is narrow
        lay.addLayout(top)
        self.text = text_box(12)
        lay.addWidget(self.field("text", self.text, self.tr("Translation")), 1)
        label_gaps(self)  # made with each tab, after the editor's pass over its sections


class TranslationsPanel(QWidget):
    """Tabs of translations, one per language; the same interface as a list editor."""

    edited = Signal()

    def __init__(self, ctx, parent: QWidget | None = None) -> None:  # type: ignore[no-untyped-def]
        super().__init__(parent)
        self.ctx = ctx
        self.items: list[Translation] | None = None
        self.path = ""
        self.forms: list[TranslationForm] = []
        self.tabs = QTabWidget()
        self.tabs.setAccessibleName(self.tr("Translations"))
        self.add_btn = QPushButton(self.tr("Add translation"))
        self.del_btn = QPushButton(self.tr("Remove translation"))
        self.empty = QLabel(self.tr("No translation yet. The UN works in English, French and Spanish."))
        self.empty.setWordWrap(True)
        self.tabs.setDocumentMode(True)
        title = QLabel(self.tr("<b>Translations</b>"))
        # the buttons under the title: in the tab bar's corner they left the tabs no room (French)
        bar = QHBoxLayout()
        bar.setContentsMargins(0, 0, 0, 0)
        bar.addWidget(self.add_btn)
        bar.addWidget(self.del_btn)
        bar.addStretch(1)
        lay = QVBoxLayout(self)
        lay.setContentsMargins(0, 0, 0, 0)
        lay.addWidget(title)
        lay.addLayout(bar)
        lay.addWidget(self.empty)
        lay.addWidget(self.tabs, 1)
        self.add_btn.clicked.connect(self.add)
        self.del_btn.clicked.connect(self.remove_current)

    def _tab_title(self, t: Translation) -> str:
        return vocabulary("language").label(t.language, ui_lang())

    def set_items(self, items: list[Translation] | None, path: str) -> None:
        self.items = items
        self.path = path
        wanted = len(items or [])
        while len(self.forms) > wanted:  # tabs no longer needed go, with their text
            f = self.forms.pop()
            self.tabs.removeTab(self.tabs.indexOf(f))
            f.blockSignals(True)
            f.text.blockSignals(True)  # detached: clearing must not write "" into the translation
            f.text.clear()  # no case text may outlive the tab, even until deleteLater runs
            f.hide()
            f.deleteLater()
        for i, t in enumerate(items or []):
            if i < len(self.forms):  # reuse the tab: building a form takes longer than filling it
                self.forms[i].load(t, join(self.path, i))
                self.tabs.setTabText(i, self._tab_title(t))
            else:
                self._add_tab(t, i)
        if self.forms:
            self.tabs.setCurrentIndex(0)
        self.empty.setVisible(not items)
        self.add_btn.setEnabled(items is not None)
        self.del_btn.setEnabled(bool(items))

    def _add_tab(self, t: Translation, i: int) -> TranslationForm:
        form = TranslationForm(self.ctx)
        form.load(t, join(self.path, i))
        form.edited.connect(lambda f=form: self._edited(f))
        self.forms.append(form)
        self.tabs.addTab(form, self._tab_title(t))
        return form

    def _edited(self, form: TranslationForm) -> None:
        i = self.forms.index(form)
        self.tabs.setTabText(i, self._tab_title(form.item))
        self.edited.emit()

    def add(self, translation: Any = None) -> Translation | None:
        if self.items is None:
            return None
        t = translation if isinstance(translation, Translation) else Translation(language="en")
        self.items.append(t)
        form = self._add_tab(t, len(self.items) - 1)
        self.tabs.setCurrentWidget(form)
        self.empty.hide()
        self.del_btn.setEnabled(True)
        form.text.setFocus()
        self.edited.emit()
        return t

    def remove_current(self) -> None:
        i = self.tabs.currentIndex()
        if self.items is None or not 0 <= i < len(self.items):
            return
        if not self.ctx.dialogs.confirm(self, self.tr("Remove"), self.tr("Remove this translation?")):
            return
        del self.items[i]
        self.set_items(self.items, self.path)
        self.edited.emit()

    def focus(self, toks: list[str | int]) -> bool:
        if toks and isinstance(toks[0], int) and toks[0] < len(self.forms):
            self.tabs.setCurrentIndex(toks[0])
            return self.forms[toks[0]].focus(toks[1:]) or True
        if self.forms:
            self.forms[self.tabs.currentIndex()].text.setFocus()
        else:
            self.add_btn.setFocus()
        return True

    def mark(self) -> None:
        for f in self.forms:
            f.mark()


class TestimonyForm(ItemForm):
    def __init__(self, ctx) -> None:  # type: ignore[no-untyped-def]
        super().__init__(ctx)
        body = QWidget()  # scrolled: with translations the form is taller than a 700 px window
        lay = QVBoxLayout(body)
        lay.setContentsMargins(0, 0, 0, 0)
        top = form_layout()
        top.addRow(header(self.tr("Testimony"), "", self.conf))
        for attr, w, label in [
            ("interviewee_id", PersonPicker(), self.tr("Interviewee")),
            ("consent_id", RefPicker("consent"), self.tr("Consent record")),
            ("interviewer", QLineEdit(), self.tr("Interviewer")),
            ("date", PartialDateEdit(), self.tr("Date")),
            ("place", QLineEdit(), self.tr("Place")),
        ]:
            top.addRow(label, self.field(attr, w, label))
        lay.addLayout(top)
        split = QSplitter(Qt.Orientation.Horizontal)
        split.setChildrenCollapsible(False)
        left = QWidget()
        ll = QVBoxLayout(left)
        ll.setContentsMargins(0, 0, 0, 0)
        lang = form_layout()
        lang.addRow(
            self.tr("<b>Original</b> — language"),
            self.field("language", VocabCombo("language"), self.tr("Original language")),
        )
        ll.addLayout(lang)
        self.original = text_box(12)
        ll.addWidget(self.field("original_text", self.original, self.tr("Original text")), 1)
        split.addWidget(left)
        self.translations = self.sub("translations", TranslationsPanel(ctx))
        split.addWidget(self.translations)
        split.setSizes([500, 500])
        lay.addWidget(split, 1)
        notes = form_layout()
        notes.addRow(self.tr("Notes"), self.field("notes", text_box(2), self.tr("Notes")))
        lay.addLayout(notes)
        scrolled_body(self, body)


def testimony_label(ctx, t: Testimony) -> str:  # type: ignore[no-untyped-def]
    p = ctx.case.person(t.interviewee_id) if ctx.case else None
    who = p.display_name() if p else "—"
    return f"{who}  {t.date or ''}".strip()


class TestimoniesSection(Section):
    roots = ("testimonies",)

    def title(self) -> str:
        return self.tr("Testimonies")

    def __init__(self, ctx, parent: QWidget | None = None) -> None:  # type: ignore[no-untyped-def]
        super().__init__(ctx, parent)
        self.form = TestimonyForm(ctx)
        self.list = ItemListEditor(
            ctx,
            self.form,
            Testimony,
            lambda t: testimony_label(ctx, t),
            noun=self.tr("testimonies"),
            list_width=180,
        )
        lay = QVBoxLayout(self)
        lay.addWidget(self.list)
        self.list.edited.connect(self.edited)
        ctx.refs_changed.connect(self.list.refresh_labels)

    def load(self, case: Case | None) -> None:
        self.list.set_items(case.testimonies if case else None, "testimonies")

    def focus(self, toks: list[str | int]) -> bool:
        return self.list.focus(toks[1:])

    def mark(self) -> None:
        self.list.mark()
