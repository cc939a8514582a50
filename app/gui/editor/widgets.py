"""Reusable inputs of the case editor: partial dates, vocabularies, pickers, confidentiality.

Each custom input offers ``value()``, ``setValue(v)`` and a ``changed`` signal so
forms can bind them uniformly (see :mod:`app.gui.editor.binding`).
"""

from __future__ import annotations

from typing import Any, TypeVar

from PySide6.QtCore import QEvent, QLocale, QSize, Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListView,
    QListWidget,
    QListWidgetItem,
    QSizePolicy,
    QStyle,
    QStyleOptionComboBox,
    QStylePainter,
    QToolButton,
    QToolTip,
    QWidget,
)

from app.domain.dates import PartialDate, date_order, parse_lenient
from app.domain.vocab import vocabulary
from app.gui import i18n
from app.gui.colors import error_box_style, error_color, error_style, muted_color, tint


def ui_lang() -> str:
    """Interface language for vocabulary labels (``zh_CN``, ``fr``...; labels fall back to English)."""
    return i18n.current()


ListView = TypeVar("ListView", bound=QListView)


def wrapped(view: ListView) -> ListView:
    """A list whose long entries wrap at its width instead of scrolling it sideways.

    The vertical scroll bar is always shown so the wrapping width never depends on it (a bar that
    comes and goes with the line breaks is the layout loop :func:`~app.gui.editor.binding.
    steady_scrollbars` prevents in text boxes)."""
    view.setWordWrap(True)
    view.setResizeMode(QListView.ResizeMode.Adjust)
    view.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
    view.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOn)
    return view


class ElidingCombo(QComboBox):
    """A combo of entries of any length (names of people, courts, prisons; long vocabulary labels or
    form names in some languages): when the field is short the entry shown ends with "…" and the
    whole of it shows as a tooltip and in the opened list, never silently cut."""

    elides = True  # tests/gui/clipping.py: the shown entry may be shortened, on purpose
    short_chars = 0  # > 0: a narrow layout may shrink the combo to this many characters

    def minimumSizeHint(self) -> QSize:  # noqa: N802
        """With :attr:`short_chars`, room for that many characters, not for the longest entry."""
        hint = super().minimumSizeHint()
        if self.short_chars <= 0:
            return hint
        opt = QStyleOptionComboBox()
        self.initStyleOption(opt)
        fm = self.fontMetrics()
        text = QSize(fm.averageCharWidth() * self.short_chars, fm.height())
        short = self.style().sizeFromContents(QStyle.ContentsType.CT_ComboBox, opt, text, self)
        return QSize(min(hint.width(), short.width()), hint.height())

    def event(self, event: Any) -> bool:
        # the tooltip is made when asked, never stored: no name outlives the case (lock, clear)
        if event.type() == QEvent.Type.ToolTip and self.currentText():
            QToolTip.showText(event.globalPos(), self.currentText(), self)
            return True
        return super().event(event)

    def paintEvent(self, event: Any) -> None:  # noqa: N802
        painter = QStylePainter(self)
        opt = QStyleOptionComboBox()
        self.initStyleOption(opt)
        painter.drawComplexControl(QStyle.ComplexControl.CC_ComboBox, opt)
        field = self.style().subControlRect(QStyle.ComplexControl.CC_ComboBox, opt,
                                            QStyle.SubControl.SC_ComboBoxEditField, self)
        room = field.width() - (opt.iconSize.width() + 4 if not opt.currentIcon.isNull() else 0)
        opt.currentText = self.fontMetrics().elidedText(opt.currentText, Qt.TextElideMode.ElideRight, room)
        painter.drawControl(QStyle.ControlElement.CE_ComboBoxLabel, opt)


class PartialDateEdit(QWidget):
    """A date as people write it -- 2019, 2019-03-05, 2023年7月9日, 2023.7.9, 16/03/2021 (in the
    locale's order), March 2021, 约2019年 -- with a preview of how it was understood.  Empty means
    unknown.  Text it cannot read stays in the box, marked, and is kept as a draft."""

    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.edit = QLineEdit(self)
        self.edit.setPlaceholderText(self.tr("e.g. 2019-03-05, March 2019"))
        self.edit.setToolTip(
            self.tr("Write the date as you know it: 2019, March 2019, 5 March 2019, 2019-03-05, "
                    "2019年3月5日, 05/03/2019. Tick “approximate” (or write “about”) when unsure.")
        )
        self.edit.setMinimumWidth(self.fontMetrics().horizontalAdvance("0000-00-00") + 40)
        self.edit.setMaximumWidth(200)
        self.approx = QCheckBox(self.tr("approximate"), self)
        self.approx.setToolTip(self.tr("The date is approximate (written with ~)"))
        self.preview = QLabel(self)  # how the text was understood, or what is wrong with it
        self.preview.setTextFormat(Qt.TextFormat.PlainText)
        self.preview.setWordWrap(True)
        self.error = self.preview  # kept for callers that look for the message
        lay = QHBoxLayout(self)
        lay.setContentsMargins(0, 0, 0, 0)
        lay.addWidget(self.edit)
        lay.addWidget(self.approx)
        lay.addWidget(self.preview, 1)
        self.setFocusProxy(self.edit)
        self._valid = True
        self._approx_from_text = False  # the tick came from the text ("about 2019"), not a click
        self.edit.textEdited.connect(self._on_text)
        self.approx.toggled.connect(self._on_approx)

    def setAccessibleName(self, name: str) -> None:  # noqa: N802
        super().setAccessibleName(name)
        self.edit.setAccessibleName(name)
        self.approx.setAccessibleName(self.tr("%1: approximate").replace("%1", name))

    def _read_text(self) -> PartialDate | None:
        text = self.edit.text().strip()
        if not text:
            return None
        return parse_lenient(text, date_order(QLocale().dateFormat(QLocale.FormatType.ShortFormat)))

    def _parse(self) -> PartialDate | None:
        d = self._read_text()
        if d is None:
            return None
        return PartialDate(d.year, d.month, d.day, d.approximate or self.approx.isChecked())

    def _on_text(self, _t: str) -> None:
        try:
            d = self._read_text()
        except ValueError:
            d = None
        says_approx = d is not None and d.approximate  # "~2019", "约2019年", "around 2019"
        if says_approx != self._approx_from_text and says_approx != self.approx.isChecked():
            self.approx.blockSignals(True)
            self.approx.setChecked(says_approx)
            self.approx.blockSignals(False)
        self._approx_from_text = says_approx
        self._validate()
        self.changed.emit()

    def _on_approx(self, _on: bool) -> None:
        text = self.edit.text()
        if not _on and text.strip().startswith("~"):
            self.edit.setText(text.strip().lstrip("~"))
        self._validate()
        self.changed.emit()

    def _validate(self) -> None:
        try:
            d = self._parse()
        except ValueError:
            self._valid = False
            self.preview.setText(self.tr("Not understood as a date: write e.g. 2019, March 2019 or 2019-03-05"))
            self.preview.setStyleSheet(f"color: {error_color(self)};")
            self.preview.show()
            self.edit.setStyleSheet(error_style())
            return
        self._valid = True
        self.edit.setStyleSheet("")
        text = self.edit.text().strip().lstrip("~").strip()
        if d is None or text == str(PartialDate(d.year, d.month, d.day)):
            self.preview.clear()
            self.preview.hide()
        else:
            self.preview.setText(self.tr("= %1").replace("%1", describe_date(d)))
            self.preview.setStyleSheet("")
            self.preview.show()

    def is_valid(self) -> bool:
        return self._valid

    def palette_changed(self) -> None:
        self._validate()  # the red of an unreadable date, for the new background

    def value(self) -> PartialDate | None:
        try:
            return self._parse()
        except ValueError:
            return None

    def setValue(self, d: PartialDate | None) -> None:  # noqa: N802
        self.blockSignals(True)
        self.approx.blockSignals(True)
        if d is None:
            self.edit.setText("")
            self.approx.setChecked(False)
        else:
            self.edit.setText(str(PartialDate(d.year, d.month, d.day, False)))
            self.approx.setChecked(d.approximate)
        self.approx.blockSignals(False)
        self.blockSignals(False)
        self._validate()

    def set_draft(self, text: str) -> None:
        """Show *text* typed earlier (kept as a draft) without storing anything."""
        self.edit.setText(text)
        self._validate()

    def text(self) -> str:
        return self.edit.text()


def describe_date(d: PartialDate) -> str:
    """ "9 July 2023", "July 2023", "2019" in the interface locale; "about …" when approximate."""
    from PySide6.QtCore import QCoreApplication, QDate

    loc = QLocale()
    if d.day is not None:
        text = loc.toString(QDate(d.year, d.month or 1, d.day), QLocale.FormatType.LongFormat)
    elif d.month is not None:
        text = f"{loc.standaloneMonthName(d.month, QLocale.FormatType.LongFormat)} {d.year}"
        if loc.language() in (QLocale.Language.Chinese, QLocale.Language.Japanese):
            text = f"{d.year}年{d.month}月"
    else:
        text = str(d.year)
    if d.approximate:
        return QCoreApplication.translate("PartialDateEdit", "about %1").replace("%1", text)
    return text


class VocabCombo(ElidingCombo):
    """One code of a controlled vocabulary; shows labels in the interface language.

    As wide as its longest label when the form has room; in a narrow form it may be as narrow as
    :attr:`short_chars` characters, the entry shown ending with "…" (whole in the tooltip and in
    the list it opens).  A label can be far longer in one language than in English (Uyghur spells out
    "UN session (Human Rights Council, treaty body, UPR)"): sized to it, a combo pushed its form
    sideways out of a 1024 px window."""

    short_chars = 12  # characters a narrowed combo still shows

    changed = Signal()

    def __init__(self, name: str, *, allow_empty: bool = False, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.vocab_name = name
        lang = ui_lang()
        if allow_empty:
            self.addItem("—", "")
        for term in vocabulary(name).terms:
            self.addItem(term.label(lang), term.code)
        self.currentIndexChanged.connect(lambda _i: self.changed.emit())
        self.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)

    def value(self) -> str:
        return self.currentData() or ""

    def setValue(self, code: str) -> None:
        i = self.findData(code or "")
        if i < 0 and code:  # an unknown code is kept, never silently changed
            self.addItem(code, code)
            i = self.count() - 1
        self.blockSignals(True)
        self.setCurrentIndex(max(i, 0))
        self.blockSignals(False)


class TriStateCombo(VocabCombo):
    """Yes / no / unknown (vocabulary ``tri``)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__("tri", parent=parent)


class CheckList(QListWidget):
    """Checkable list of (code, label); value is the list of checked codes in list order."""

    changed = Signal()

    def __init__(self, parent: QWidget | None = None, *, rows: int = 5) -> None:
        super().__init__(parent)
        self._rows = rows
        self._order: list[str] = []
        self.itemChanged.connect(lambda _i: self.changed.emit())
        self._set_rows(rows)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        wrapped(self)  # a long mandate or organisation name wraps: no sideways scrolling

    def _set_rows(self, rows: int) -> None:
        """Tall enough for *rows* entries in the current font (and checkbox)."""
        self._rows = rows
        row = max(self.fontMetrics().lineSpacing(), 16) + 4
        self.setMaximumHeight(rows * row + 2 * self.frameWidth() + 4)

    def sizeHint(self) -> QSize:
        return QSize(super().sizeHint().width(), self.maximumHeight())

    def set_options(self, options: list[tuple[str, str]]) -> None:
        current = self.value()
        self.blockSignals(True)
        self.clear()
        for code, label in options:
            it = QListWidgetItem(label, self)
            it.setData(Qt.ItemDataRole.UserRole, code)
            it.setFlags(it.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            it.setCheckState(Qt.CheckState.Unchecked)
        self.blockSignals(False)
        self.setValue(current)

    def value(self) -> list[str]:
        """Checked codes: those already stored keep their order, newly ticked ones follow."""
        checked = []
        for i in range(self.count()):
            it = self.item(i)
            if it.checkState() == Qt.CheckState.Checked:
                checked.append(it.data(Qt.ItemDataRole.UserRole))
        kept = [c for c in self._order if c in checked]
        self._order = kept + [c for c in checked if c not in kept]
        return list(self._order)

    def setValue(self, codes: list[str]) -> None:
        self._order = list(codes or [])
        self.blockSignals(True)
        known = set()
        for i in range(self.count()):
            it = self.item(i)
            code = it.data(Qt.ItemDataRole.UserRole)
            known.add(code)
            it.setCheckState(Qt.CheckState.Checked if code in codes else Qt.CheckState.Unchecked)
        for code in codes or []:
            if code not in known:  # keep unknown codes and dangling references visible
                it = QListWidgetItem(code, self)
                it.setData(Qt.ItemDataRole.UserRole, code)
                it.setFlags(it.flags() | Qt.ItemFlag.ItemIsUserCheckable)
                it.setCheckState(Qt.CheckState.Checked)
        self.blockSignals(False)

    def set_checked(self, code: str, on: bool = True) -> None:
        for i in range(self.count()):
            it = self.item(i)
            if it.data(Qt.ItemDataRole.UserRole) == code:
                it.setCheckState(Qt.CheckState.Checked if on else Qt.CheckState.Unchecked)


class VocabMultiSelect(CheckList):
    """Several codes of a vocabulary (checkable list)."""

    def __init__(self, name: str, parent: QWidget | None = None, *, rows: int = 5) -> None:
        super().__init__(parent, rows=rows)
        self.vocab_name = name
        lang = ui_lang()
        terms = vocabulary(name).terms
        if len(terms) <= 8:  # a short list is shown whole: no scrolling to find the 6th role
            self._set_rows(len(terms))
        self.set_options([(t.code, t.label(lang)) for t in terms])


class RefPicker(ElidingCombo):
    """The id of a person / organisation / evidence item / consent record of the case."""

    changed = Signal()

    def __init__(self, kind: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.kind = kind
        self.addItem("—", "")
        self.currentIndexChanged.connect(lambda _i: self.changed.emit())
        self.setMinimumContentsLength(18)

    def set_options(self, options: list[tuple[str, str]]) -> None:
        current = self.value()
        self.blockSignals(True)
        self.clear()
        self.addItem("—", "")
        for rid, label in options:
            self.addItem(label, rid)
        self.blockSignals(False)
        self.setValue(current)

    def value(self) -> str:
        return self.currentData() or ""

    def setValue(self, rid: str) -> None:
        i = self.findData(rid or "")
        if i < 0 and rid:
            self.addItem(self.tr("(missing: %1)").replace("%1", rid[:8]), rid)
            i = self.count() - 1
        self.blockSignals(True)
        self.setCurrentIndex(max(i, 0))
        self.blockSignals(False)


class PersonPicker(RefPicker):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__("person", parent)


class OrganisationPicker(RefPicker):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__("organisation", parent)


class RefMultiPicker(CheckList):
    """Several ids of persons / organisations of the case."""

    def __init__(self, kind: str, parent: QWidget | None = None, *, rows: int = 4) -> None:
        super().__init__(parent, rows=rows)
        self.kind = kind


class StringListEdit(QLineEdit):
    """A list of short strings written "a; b; c"."""

    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setPlaceholderText(self.tr("separate with ;"))
        self.textEdited.connect(lambda _t: self.changed.emit())

    def value(self) -> list[str]:
        return [p.strip() for p in self.text().split(";") if p.strip()]

    def setValue(self, items: list[str]) -> None:
        self.setText("; ".join(items or []))


class ConfidentialToggle(QToolButton):
    """Marks a whole item confidential (it then goes only into the confidential annex)."""

    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setCheckable(True)
        self.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        self.setAccessibleName(self.tr("Confidential item"))
        self.setToolTip(self.tr("Confidential: kept out of documents sent to the State (annex only)"))
        self.toggled.connect(self._update)
        self.toggled.connect(lambda _c: self.changed.emit())
        # as wide in both states: the note beside it does not re-wrap from one item to the next
        # (a Uyghur note, re-wrapped to one more line, was cut for a moment while the form's
        # height caught up)
        widths = []
        for on in (True, False):
            self._update(on)
            widths.append(self.sizeHint().width())
        self.setMinimumWidth(max(widths))

    def _update(self, on: bool) -> None:
        if getattr(self, "_shown", None) == (on, error_color()):
            return  # loading a case sets every toggle: skip the ones already showing this
        self._shown = (on, error_color())
        self.setText(self.tr("Confidential") if on else self.tr("Not confidential"))
        self.setIcon(lock_icon(on))
        self.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.setStyleSheet(
            "QToolButton { %s font-weight: bold; border-radius: 3px; padding: 2px 6px; }" % error_box_style()
            if on
            else ""
        )

    def value(self) -> bool:
        return self.isChecked()

    def palette_changed(self) -> None:
        self._update(self.isChecked())

    def setValue(self, on: bool) -> None:
        self.blockSignals(True)
        self.setChecked(bool(on))
        self.blockSignals(False)
        self._update(bool(on))


class FieldLock(QToolButton):
    """Small lock beside a field: toggles the field name in ``item.confidential_fields``."""

    def __init__(self, field_name: str, label: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.field_name = field_name
        self.setCheckable(True)
        self.setAutoRaise(True)
        self.setAccessibleName(self.tr("Confidential field: %1").replace("%1", label))
        self.setToolTip(self.tr("Mark this field confidential (annex only)"))
        self.setFocusPolicy(Qt.FocusPolicy.ClickFocus)  # Tab skips it; Ctrl+Shift+L toggles
        self.toggled.connect(self._update)
        self._update(False)

    def palette_changed(self) -> None:
        self._update(self.isChecked())

    def _update(self, on: bool) -> None:
        if getattr(self, "_shown", None) == (on, error_color()):
            return  # loading a case sets every padlock: skip the ones already showing this
        self._shown = (on, error_color())
        self.setIcon(lock_icon(on))
        self.setText("")
        self.setStyleSheet(
            f"QToolButton {{ background: {tint(0, amount=0.25)}; border: 1px solid {error_color()}; "
            "border-radius: 3px; }"
            if on
            else ""
        )
        self.setToolTip(
            self.tr("Confidential field (annex only) — click to make it public")
            if on
            else self.tr("Mark this field confidential (annex only)")
        )


_ICONS: dict[tuple[bool, str], Any] = {}


def lock_icon(closed: bool) -> Any:
    """A small padlock drawn with QPainter (no emoji font needed): red and shut, or faded and open,
    in colours that read on the palette's background (light or dark)."""
    from PySide6.QtGui import QColor, QIcon, QPainter, QPen, QPixmap

    name = error_color() if closed else muted_color()
    if (closed, name) in _ICONS:
        return _ICONS[(closed, name)]

    pix = QPixmap(32, 32)
    pix.fill(Qt.GlobalColor.transparent)
    p = QPainter(pix)
    p.setRenderHint(QPainter.RenderHint.Antialiasing)
    color = QColor(name)
    p.setPen(QPen(color, 3.5))
    if closed:
        p.drawArc(9, 3, 14, 18, 0, 180 * 16)
        p.drawLine(9, 12, 9, 15)
        p.drawLine(23, 12, 23, 15)
    else:
        p.drawArc(15, 2, 14, 18, 0, 180 * 16)
        p.drawLine(29, 11, 29, 14)
    p.setPen(Qt.PenStyle.NoPen)
    p.setBrush(color)
    p.drawRoundedRect(5, 14, 22, 16, 3, 3)
    p.end()
    _ICONS[(closed, name)] = QIcon(pix)
    return _ICONS[(closed, name)]
