"""Forms bound to one item of the case, and master/detail lists of items.

A form edits a dataclass in place: every change writes the new value into the
in-memory case at once (nothing on disk) and tells the editor, which saves.
Paths (``persons[2].contact``) locate widgets for validation problems and for
submission findings.
"""

from __future__ import annotations

import copy
from collections.abc import Callable
from typing import Any, TypeVar

from PySide6.QtCore import QSize, Qt, Signal
from PySide6.QtGui import QBrush, QColor, QKeySequence, QPalette, QShortcut
from PySide6.QtWidgets import (
    QAbstractScrollArea,
    QApplication,
    QCheckBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QSpinBox,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from app.gui.editor.context import EditorContext
from app.gui.editor.paths import join
from app.gui.colors import error_color, hint_color, styled
from app.gui.editor.widgets import ConfidentialToggle, FieldLock, RefMultiPicker, RefPicker, wrapped
from app.gui.icons import status_icon


# --- uniform access to inputs ------------------------------------------------------
def get_value(w: Any) -> Any:
    if isinstance(w, QPlainTextEdit):
        return w.toPlainText()
    if isinstance(w, QLineEdit) and not hasattr(w, "value"):
        return w.text()
    if isinstance(w, QCheckBox):
        return w.isChecked()
    if isinstance(w, QSpinBox):
        return None if w.value() == w.minimum() else w.value()
    return w.value()


def set_value(w: Any, v: Any) -> None:
    w.blockSignals(True)
    try:
        if isinstance(w, QPlainTextEdit):
            if w.toPlainText() != (v or ""):
                w.setPlainText(v or "")
        elif isinstance(w, QLineEdit) and not hasattr(w, "value"):
            w.setText(v or "")
        elif isinstance(w, QCheckBox):
            w.setChecked(bool(v))
        elif isinstance(w, QSpinBox):
            w.setValue(w.minimum() if v is None else int(v))
        else:
            w.setValue(v)
    finally:
        w.blockSignals(False)


def changed_signal(w: Any) -> Any:
    if isinstance(w, QPlainTextEdit):
        return w.textChanged
    if isinstance(w, QLineEdit) and not hasattr(w, "value"):
        return w.textEdited
    if isinstance(w, QCheckBox):
        return w.toggled
    if isinstance(w, QSpinBox):
        return w.valueChanged
    return w.changed


ScrollArea = TypeVar("ScrollArea", bound=QAbstractScrollArea)


def steady_scrollbars(box: ScrollArea) -> ScrollArea:
    """Keep a word-wrapped text box's vertical scrollbar always shown.

    With "as needed", a QPlainTextEdit whose text fits without the scrollbar but not
    with it decides from the line breaks of the *previous* width: it shows the bar
    (narrower: more lines, so it is needed), relayouts, hides it (wider: fewer lines, not
    needed), relayouts, and so on for ever through queued calls — even while hidden.
    That starved every timer (autosave, idle lock) in the Testimonies section.  A
    scrollbar that is always there makes the width independent of the text.
    """
    box.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOn)
    box.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
    return box


class TextBox(QPlainTextEdit):
    """Multi-line text sized to about *lines* lines; Tab moves focus (keyboard users)."""

    def __init__(self, lines: int = 4) -> None:
        super().__init__()
        self.lines = lines
        self.setTabChangesFocus(True)
        steady_scrollbars(self)
        # grow when the layout has room (testimony texts), but never push a form's rows apart
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        self.setMinimumHeight(min(lines, 3) * self.fontMetrics().lineSpacing() + 14)

    def sizeHint(self) -> QSize:
        hint = super().sizeHint()
        return QSize(hint.width(), self.lines * self.fontMetrics().lineSpacing() + 14)


def text_box(lines: int = 4) -> QPlainTextEdit:
    return TextBox(lines)


# --- one item --------------------------------------------------------------------
class ItemForm(QWidget):
    """Edits one dataclass (usually an :class:`~app.domain.model.Item`)."""

    edited = Signal()

    def __init__(
        self, ctx: EditorContext, *, confidential: bool = True, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.item: Any = None
        self.path = ""
        self._fields: dict[str, Any] = {}
        self._locks: dict[str, FieldLock] = {}
        self._errors: dict[str, QLabel] = {}
        self._labels: dict[str, str] = {}
        self._subs: dict[str, Any] = {}  # attr -> ItemForm or ItemListEditor
        self._focus_map: dict[str, QWidget] = {}  # extra: attr -> widget to focus (e.g. a section box)
        self.conf: ConfidentialToggle | None = None
        if confidential:
            self.conf = ConfidentialToggle()
            self.conf.changed.connect(self._conf_changed)
        self.after_load: list[Callable[[], None]] = []
        self._hints: list[tuple[str, Callable[[Any], bool], QLabel]] = []

    # -- building --------------------------------------------------------------
    def add_fields(self, lay: QFormLayout, rows: list[tuple[str, QWidget, str]]) -> None:
        """One row of *lay* per ``(attr, widget, label)``: the label beside :meth:`field`'s row."""
        for attr, widget, label in rows:
            lay.addRow(label, self.field(attr, widget, label))

    def field(self, attr: str, widget: QWidget, label: str, *, lock: bool = True) -> QWidget:
        """Register *widget* for ``item.<attr>``; returns the row (input, lock, inline error)."""
        self._fields[attr] = widget
        self._labels[attr] = label
        widget.setAccessibleName(label)
        if isinstance(widget, (RefPicker, RefMultiPicker)):
            self.ctx.register_picker(widget)
        changed_signal(widget).connect(lambda *_a, a=attr: self._changed(a))
        row = QWidget()
        outer = QVBoxLayout(row)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.setSpacing(1)
        line = QHBoxLayout()
        line.setContentsMargins(0, 0, 0, 0)
        if widget.maximumWidth() < 2000:  # narrow inputs (dates, numbers) stay left-aligned
            line.addWidget(widget)
            line.addStretch(1)
        else:
            line.addWidget(widget, 1)
        if lock and self.conf is not None:
            name = attr.split(".")[0]
            fl = FieldLock(name, label)
            fl.toggled.connect(lambda on, a=name: self._lock_toggled(a, on))
            self._locks[name] = fl
            line.addWidget(fl, 0, Qt.AlignmentFlag.AlignTop)
        outer.addLayout(line)
        err = QLabel()
        styled(err, lambda: f"color: {error_color()};")
        err.setWordWrap(True)
        err.hide()
        outer.addWidget(err)
        self._errors[attr] = err
        row.setFocusProxy(widget)
        return row

    def hint(self, attr: str, when: Callable[[Any], bool], text: str) -> QLabel:
        """A note under the field *attr*, shown while ``when(item)`` holds (e.g. Urgent, no reason)."""
        note = QLabel(text)
        note.setWordWrap(True)
        styled(note, lambda: f"color: {hint_color()};")
        note.hide()
        row = self._fields[attr].parentWidget()
        lay = row.layout() if row is not None else None
        if lay is not None:
            lay.addWidget(note)
        self._hints.append((attr, when, note))
        return note

    def _update_hints(self) -> None:
        for _attr, when, note in self._hints:
            try:
                note.setVisible(self.item is not None and bool(when(self.item)))
            except (AttributeError, TypeError):
                note.hide()

    def sub(self, attr: str, editor: Any) -> Any:
        """A nested item form or list editor for ``item.<attr>``."""
        self._subs[attr] = editor
        editor.edited.connect(self.edited)
        return editor

    def focus_target(self, attr: str, widget: QWidget) -> None:
        self._focus_map[attr] = widget

    def widget(self, attr: str) -> QWidget:
        return self._fields[attr]

    def lock(self, attr: str) -> FieldLock:
        return self._locks[attr]

    # -- model <-> widgets -------------------------------------------------------
    def load(self, item: Any, path: str) -> None:
        self.item = item
        self.path = path
        for attr, w in self._fields.items():
            value = _getattr(item, attr) if item is not None else _empty(w)
            set_value(w, value)
            self.ctx.invalid.discard(w)
            if item is not None:
                self._show_draft(attr, w)
        conf_fields = set(getattr(item, "confidential_fields", []) or [])
        for name, fl in self._locks.items():
            fl.blockSignals(True)
            fl.setChecked(name in conf_fields)
            fl.blockSignals(False)
            fl._update(name in conf_fields)
        if self.conf is not None:
            self.conf.setValue(bool(getattr(item, "confidential", False)))
        for attr, sub in self._subs.items():
            sub_item = getattr(item, attr) if item is not None else None
            if isinstance(sub, ItemForm):
                sub.load(sub_item, join(path, attr))
            else:
                sub.set_items(sub_item, join(path, attr))
        self.setEnabled(item is not None)
        for fn in self.after_load:
            fn()
        self._update_hints()
        self.mark()

    def _show_draft(self, attr: str, w: Any) -> None:
        """Show again what was typed but could not be stored (kept as an encrypted draft)."""
        path = join(self.path, attr)
        self.ctx.remember_label(path, self._labels[attr])
        text = self.ctx.draft_for(path)
        if text is None:
            return
        if hasattr(w, "set_draft"):  # an input that reads text (dates): show it, unread
            w.set_draft(text)
            if not w.is_valid():
                self.ctx.invalid.add(w)
                self.ctx.set_input_draft(path, text)
        else:  # the rules refused it: the editor's copy holds it again until it is fixed
            current = _getattr(self.item, attr)
            if isinstance(current, bool) or isinstance(current, list):
                return
            try:
                value: Any = int(text) if isinstance(current, int) else text
            except ValueError:
                return
            set_value(w, value)
            _setattr(self.item, attr, value)

    def _changed(self, attr: str) -> None:
        if self.item is None:
            return
        w = self._fields[attr]
        path = join(self.path, attr)
        if hasattr(w, "is_valid") and not w.is_valid():
            self.ctx.invalid.add(w)
            self.ctx.set_input_draft(path, w.text())
            self.ctx.edited.emit()
            return
        self.ctx.invalid.discard(w)
        self.ctx.drop_input_draft(path)
        _setattr(self.item, attr, get_value(w))
        self._update_hints()
        self.edited.emit()

    def _conf_changed(self) -> None:
        if self.item is not None and self.conf is not None:
            self.item.confidential = self.conf.value()
            self.edited.emit()

    def _lock_toggled(self, name: str, on: bool) -> None:
        if self.item is None:
            return
        fields = list(self.item.confidential_fields)
        if on and name not in fields:
            fields.append(name)
        elif not on and name in fields:
            fields.remove(name)
        self.item.confidential_fields = fields
        self.edited.emit()

    # -- problems and focus ----------------------------------------------------------
    def mark(self) -> None:
        for attr, err in self._errors.items():
            msg = self.ctx.problem_at(join(self.path, attr)) if self.item is not None else ""
            err.setText(msg)
            err.setVisible(bool(msg))
        for sub in self._subs.values():
            sub.mark()

    def focus(self, toks: list[str | int]) -> bool:
        """Focus the input for the path *toks* relative to this item."""
        if not toks:
            first = next(iter(self._fields.values()), None)
            if first is not None:
                first.setFocus(Qt.FocusReason.OtherFocusReason)
                return True
            return False
        head = toks[0]
        if isinstance(head, str) and head in self._subs:
            return self._subs[head].focus(toks[1:])
        if isinstance(head, str):
            for attr, w in self._fields.items():
                if attr == head or attr.split(".")[0] == head:
                    _reveal(w)
                    w.setFocus(Qt.FocusReason.OtherFocusReason)
                    return True
            if head in self._focus_map:
                w = self._focus_map[head]
                _reveal(w)
                w.setFocus(Qt.FocusReason.OtherFocusReason)
                return True
        return False


def _reveal(w: QWidget) -> None:
    """Scroll the enclosing scroll area to *w*."""
    p = w.parentWidget()
    while p is not None:
        if isinstance(p, QScrollArea):
            p.ensureWidgetVisible(w)
            break
        p = p.parentWidget()


def _getattr(obj: Any, attr: str) -> Any:
    for part in attr.split("."):
        obj = getattr(obj, part)
    return obj


def _setattr(obj: Any, attr: str, value: Any) -> None:
    parts = attr.split(".")
    for part in parts[:-1]:
        obj = getattr(obj, part)
    setattr(obj, parts[-1], value)


def _empty(w: Any) -> Any:
    if isinstance(w, (QPlainTextEdit, QLineEdit)) and not hasattr(w, "value"):
        return ""
    if isinstance(w, QCheckBox):
        return False
    if isinstance(w, QSpinBox):
        return None
    from app.gui.editor.widgets import CheckList, StringListEdit, VocabCombo

    if isinstance(w, (CheckList, StringListEdit)):
        return []
    if isinstance(w, (VocabCombo, RefPicker)):
        return ""
    return None


def scrolled_body(owner: QWidget, body: QWidget) -> None:
    """Lay *owner* out as *body* (a form's rows) scrolling vertically, edge to edge."""
    outer = QVBoxLayout(owner)
    outer.setContentsMargins(0, 0, 0, 0)
    outer.addWidget(scrolled(body))


def scrolled(widget: QWidget) -> QScrollArea:
    area = QScrollArea()
    area.setWidgetResizable(True)
    area.setWidget(widget)
    area.setFrameShape(QScrollArea.Shape.NoFrame)
    return area


def form_layout(parent: QWidget | None = None) -> QFormLayout:
    lay = QFormLayout(parent)
    lay.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
    lay.setLabelAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignTop)
    # a row whose label and field do not fit side by side (a long French label beside a long
    # check box, a narrow window) puts its label above the field instead of cutting either
    lay.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
    return lay


def label_gaps(root: QWidget) -> None:
    """Move the gap between label and field into the labels of each form under *root*.

    A ``WrapLongRows`` form keeps a row side by side while ``label + field minimum <= width`` —
    forgetting the spacing between them — and then gives the field ``width - label - spacing``: a
    wide field (the identity-documents table) was cut by those few pixels.  With the gap inside
    the label the test is exact.  Contents margins are not mirrored: in a right-to-left form the
    field is on the label's left, and the gap goes there.  Call once the labels are made."""
    for lay in root.findChildren(QFormLayout):
        gap = lay.horizontalSpacing()
        if gap < 0:
            parent = lay.parentWidget()
            style = parent.style() if parent is not None else QApplication.style()
            gap = max(style.combinedLayoutSpacing(QSizePolicy.ControlType.Label, QSizePolicy.ControlType.LineEdit,
                                                  Qt.Orientation.Horizontal), 0)
        lay.setHorizontalSpacing(0)
        for row in range(lay.rowCount()):
            item = lay.itemAt(row, QFormLayout.ItemRole.LabelRole)
            label = item.widget() if item is not None else None
            if isinstance(label, QLabel):  # on the field's side: its left in a right-to-left form
                margins = label.contentsMargins()
                if label.isRightToLeft():
                    margins.setLeft(margins.left() + gap)
                else:
                    margins.setRight(margins.right() + gap)
                label.setContentsMargins(margins)


# --- a list of items -------------------------------------------------------------
class ItemListEditor(QWidget):
    """Master/detail: the items of one list field on the left, the selected one's form on the right."""

    edited = Signal()
    current_changed = Signal(int)

    def __init__(
        self,
        ctx: EditorContext,
        form: ItemForm,
        factory: Callable[[], Any],
        label: Callable[[Any], str],
        *,
        noun: str,
        reorder: bool = False,
        refs: bool = False,
        vertical: bool = False,
        list_width: int = 220,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.form = form
        self.factory = factory
        self.label_fn = label
        self.refs = refs  # adding/removing/renaming changes what pickers offer
        self.items: list[Any] | None = None
        self.path = ""
        self.list = wrapped(QListWidget())  # long labels wrap: the strip never scrolls sideways
        self.list.setAccessibleName(noun)
        self.add_btn = QPushButton(self.tr("Add"))
        self.del_btn = QPushButton(self.tr("Remove"))
        self.add_btn.setAccessibleName(self.tr("Add: %1").replace("%1", noun))
        self.del_btn.setAccessibleName(self.tr("Remove: %1").replace("%1", noun))
        self.up_btn = QPushButton(self.tr("Up"))
        self.down_btn = QPushButton(self.tr("Down"))
        self.up_btn.setAccessibleName(self.tr("Move up: %1").replace("%1", noun))
        self.down_btn.setAccessibleName(self.tr("Move down: %1").replace("%1", noun))
        # One list of items above one full-width form (never list-beside-form-beside-list): the
        # list is a short strip with its buttons beside it; the form gets the whole width.
        buttons = QVBoxLayout()
        buttons.setContentsMargins(0, 0, 0, 0)
        buttons.setSpacing(2)
        for b in (self.add_btn, self.del_btn) + ((self.up_btn, self.down_btn) if reorder else ()):
            buttons.addWidget(b)
        buttons.addStretch(1)
        left = QWidget()
        lv = QHBoxLayout(left)
        lv.setContentsMargins(0, 0, 0, 0)
        lv.addWidget(self.list, 1)
        lv.addLayout(buttons)
        if not reorder:
            self.up_btn.hide()
            self.down_btn.hide()
        rows = 4 if reorder else 3
        strip = rows * (self.list.fontMetrics().lineSpacing() + 8) + 6
        self.list.setMinimumHeight(strip)
        self.list.setMaximumHeight(max(strip, 4 * (self.list.fontMetrics().lineSpacing() + 8) + 6))
        split = QSplitter(Qt.Orientation.Vertical)
        split.setChildrenCollapsible(False)
        split.addWidget(left)
        split.addWidget(form)
        split.setStretchFactor(1, 1)
        del vertical, list_width  # kept in the signature for callers; the layout is always this one
        lay = QVBoxLayout(self)
        lay.setContentsMargins(0, 0, 0, 0)
        lay.addWidget(split)
        self.add_btn.clicked.connect(self.add)
        self.del_btn.clicked.connect(self.remove_current)
        self.up_btn.clicked.connect(lambda: self.move_item(-1))
        self.down_btn.clicked.connect(lambda: self.move_item(1))
        self.list.currentRowChanged.connect(self._select)
        form.edited.connect(self._form_edited)
        del_key = QShortcut(QKeySequence(Qt.Key.Key_Delete), self.list)
        del_key.setContext(Qt.ShortcutContext.WidgetShortcut)
        del_key.activated.connect(self.remove_current)
        self._update_buttons()

    def set_items(self, items: list[Any] | None, path: str) -> None:
        self.items = items
        self.path = path
        self.list.blockSignals(True)
        self.list.clear()
        for it in items or []:
            self.list.addItem(self.label_fn(it))
        self.list.blockSignals(False)
        if items:
            self.list.setCurrentRow(0)
            self._select(0)
        else:
            self._select(-1)
        self.setEnabled(items is not None)
        self._update_buttons()

    def current(self) -> int:
        return self.list.currentRow()

    def _select(self, row: int) -> None:
        items = self.items or []
        if 0 <= row < len(items):
            self.form.load(items[row], join(self.path, row))
        else:
            self.form.load(None, "")
        self._update_buttons()
        self.current_changed.emit(row)

    def select(self, row: int) -> None:
        if self.list.currentRow() == row:
            self._select(row)
        else:
            self.list.setCurrentRow(row)

    def _update_buttons(self) -> None:
        row = self.list.currentRow()
        n = len(self.items or [])
        self.add_btn.setEnabled(self.items is not None)
        self.del_btn.setEnabled(0 <= row < n)
        self.up_btn.setEnabled(row > 0)
        self.down_btn.setEnabled(0 <= row < n - 1)

    def _form_edited(self) -> None:
        row = self.list.currentRow()
        renamed = False
        if self.items is not None and 0 <= row < len(self.items):
            new = self.label_fn(self.items[row])
            renamed = new != self.list.item(row).text()
            if renamed:
                self.list.item(row).setText(new)
        if self.refs and renamed:
            self.ctx.refs_changed.emit()
        self.edited.emit()

    def add(self, item: Any = None) -> Any:
        if self.items is None:
            return None
        item = item if item is not None and not isinstance(item, bool) else self.factory()
        self.items.append(item)
        self.list.addItem(self.label_fn(item))
        if self.refs:
            self.ctx.refs_changed.emit()
        self.select(len(self.items) - 1)
        self.edited.emit()
        self.form.focus([])
        return item

    def remove_current(self) -> None:
        row = self.list.currentRow()
        if self.items is None or not 0 <= row < len(self.items):
            return
        if not self.ctx.dialogs.confirm(
            self, self.tr("Remove"), self.tr("Remove “%1”?").replace("%1", self.list.item(row).text())
        ):
            return
        del self.items[row]
        self.ctx.items_removed(self.path, row)
        self.set_items(self.items, self.path)
        if self.items:
            self.select(min(row, len(self.items) - 1))
        if self.refs:
            self.ctx.refs_changed.emit()
        self.edited.emit()

    def move_item(self, delta: int) -> None:
        row = self.list.currentRow()
        items = self.items
        if items is None or not 0 <= row < len(items) or not 0 <= row + delta < len(items):
            return
        items[row], items[row + delta] = items[row + delta], items[row]
        self.set_items(items, self.path)
        self.select(row + delta)
        self.edited.emit()

    def refresh_labels(self) -> None:
        for i, it in enumerate(self.items or []):
            self.list.item(i).setText(self.label_fn(it))

    def palette_changed(self) -> None:
        self.mark()  # entries with a problem: red that reads on the new background

    def mark(self) -> None:
        red = QBrush(QColor(error_color(self.list, QPalette.ColorRole.Base)))
        for i in range(self.list.count()):
            bad = bool(self.ctx.problem_at(join(self.path, i)))
            item = self.list.item(i)
            item.setData(Qt.ItemDataRole.ForegroundRole, red if bad else None)
            item.setData(Qt.ItemDataRole.DecorationRole, status_icon("blocking") if bad else None)  # not colour only
        self.form.mark()

    def focus(self, toks: list[str | int]) -> bool:
        if toks and isinstance(toks[0], int) and self.items and toks[0] < len(self.items):
            self.select(toks[0])
            if not self.form.focus(toks[1:]):
                self.list.setFocus()
            return True
        self.list.setFocus(Qt.FocusReason.OtherFocusReason)
        return True


def duplicate(item: Any) -> Any:
    return copy.deepcopy(item)
