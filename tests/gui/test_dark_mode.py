"""Dark mode: every colour of the app comes from the palette, and what it marks stays readable.

1. No stylesheet, brush or pen in ``app/gui`` names a colour by hand (``#555``, ``white``,
   ``rgb(…)``, ``QColor("…")``, ``Qt.GlobalColor.red``), except the :data:`ALLOWED` list below.
2. With a dark palette applied, the main window, every section of the editor and the findings of
   a submission check show hint labels, error labels, notes, problems and findings at a WCAG
   contrast of at least 4.5:1.  The foreground is the widget's own colour (its palette, which a
   stylesheet sets, or the item's brush); the background is what was really painted behind it
   (the most frequent colour of the widget's rectangle in a grab of the window).
"""

from __future__ import annotations

import io
import re
import tokenize
from collections import Counter
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QRect, Qt
from PySide6.QtGui import QColor, QImage, QPalette
from PySide6.QtWidgets import QApplication, QLabel, QListWidget, QWidget

from app.gui.colors import MIN_CONTRAST, contrast, dark_palette

GUI = Path(__file__).resolve().parents[2] / "app" / "gui"

# file (relative to app/gui) -> why it may name colours
ALLOWED = {
    "icons.py": "status icons are self-contained marks: a white tick/bar/! on a filled green, red or amber "
                "shape, so their contrast does not depend on the background, and the shapes differ",
    "colors.py": "the one place that derives colours from the palette (hues and WCAG arithmetic)",
}

HEX = re.compile(r"#(?:[0-9a-fA-F]{3}|[0-9a-fA-F]{6}|[0-9a-fA-F]{8})\b")
FUNC = re.compile(r"\b(?:rgba?|hsla?|hsva?)\s*\(")
NAMED = re.compile(
    r"(?:color|background|border[-a-z]*)\s*:[^;}]*\b(?:white|black|red|green|blue|yellow|gray|grey|orange|"
    r"darkred|darkgray|lightgray|lightgrey|pink|navy)\b", re.IGNORECASE)
COLOUR_NAMES = {"white", "black", "red", "darkRed", "green", "darkGreen", "blue", "darkBlue", "cyan", "darkCyan",
                "magenta", "darkMagenta", "yellow", "darkYellow", "gray", "darkGray", "lightGray"}


def colour_literals(source: str) -> list[str]:
    """Colours written by hand in *source*: inside strings, ``QColor("…")`` and ``Qt.GlobalColor``."""
    found = []
    toks = [t for t in tokenize.generate_tokens(io.StringIO(source).readline)
            if t.type not in (tokenize.COMMENT, tokenize.NL, tokenize.NEWLINE, tokenize.INDENT, tokenize.DEDENT)]
    for k, tok in enumerate(toks):
        if tok.type == tokenize.STRING or tok.type == getattr(tokenize, "FSTRING_MIDDLE", -1):
            for rx in (HEX, FUNC, NAMED):
                found += [f"{tok.start[0]}: {m.group(0)}" for m in rx.finditer(tok.string)]
        nxt = [t.string for t in toks[k + 1:k + 3]]
        if tok.string == "QColor" and len(nxt) == 2 and nxt[0] == "(" and toks[k + 2].type == tokenize.STRING:
            found.append(f"{tok.start[0]}: QColor({nxt[1]})")
        if tok.string in ("GlobalColor", "Qt") and len(nxt) == 2 and nxt[0] == "." and nxt[1] in COLOUR_NAMES:
            found.append(f"{tok.start[0]}: {tok.string}.{nxt[1]}")
    return found


def test_the_scanner_finds_hand_written_colours() -> None:
    samples = ['s.setStyleSheet("color: #555;")', "x = 'QListWidget { background: #fff4f4; }'",
               'w.setStyleSheet("border: 1px solid white")', "c = QColor('#c62828')",
               "b = QBrush(Qt.GlobalColor.red)", 'w.setStyleSheet(f"color: rgb(1, 2, 3); {x}")']
    for s in samples:
        assert colour_literals(s), s
    fine = ['w.setStyleSheet(f"color: {error_color()};")', "pix.fill(Qt.GlobalColor.transparent)",
            'w.setStyleSheet("QScrollArea { background: palette(dark); }")  # not #777']
    for s in fine:
        assert not colour_literals(s), s


def test_no_hand_written_colour_in_app_gui() -> None:
    offenders = {}
    for path in sorted(GUI.rglob("*.py")):
        rel = path.relative_to(GUI).as_posix()
        if rel in ALLOWED:
            continue
        found = colour_literals(path.read_text(encoding="utf-8"))
        if found:
            offenders[rel] = found
    assert not offenders, f"colours must come from the palette (app/gui/colors.py): {offenders}"


# --- contrast under a dark palette ----------------------------------------------------------------
@pytest.fixture
def dark_app() -> Any:
    app = QApplication.instance()
    before = app.palette()
    app.setPalette(dark_palette())  # what a dark desktop theme hands Qt
    yield app
    app.setPalette(before)


def painted_background(image: QImage, rect: QRect) -> QColor:
    """The most frequent colour of *rect* in *image* (what was painted behind the text)."""
    crop = image.copy(rect).convertToFormat(QImage.Format.Format_RGB32)
    raw = bytes(crop.constBits())[: crop.sizeInBytes()]
    counts = Counter(raw[i:i + 4] for i in range(0, len(raw), 4))
    b, g, r, _a = counts.most_common(1)[0][0]
    return QColor(r, g, b)


def window_rect(window: QWidget, widget: QWidget, rect: QRect | None = None) -> QRect:
    rect = rect if rect is not None else widget.visibleRegion().boundingRect()
    top_left = widget.mapTo(window, rect.topLeft())
    return QRect(top_left, rect.size()).intersected(window.rect())


class Readings:
    def __init__(self, window: QWidget) -> None:
        self.window = window
        self.seen: dict[str, float] = {}  # what -> contrast
        self.image = QImage()

    def grab(self) -> None:
        QApplication.processEvents()
        self.image = self.window.grab().toImage()
        ratio = self.image.devicePixelRatio()
        assert ratio == 1, ratio

    def label(self, what: str, lab: QLabel) -> None:
        if not lab.isVisible() or lab.visibleRegion().isEmpty() or not lab.text():
            return
        lab.ensurePolished()
        fg = lab.palette().color(lab.foregroundRole())
        bg = painted_background(self.image, window_rect(self.window, lab))
        self.seen[f"{what}: {lab.text()[:40]!r} {fg.name()} on {bg.name()}"] = contrast(fg, bg)

    def button(self, what: str, btn: QWidget) -> None:
        if not btn.isVisible() or btn.visibleRegion().isEmpty():
            return
        btn.ensurePolished()
        fg = btn.palette().color(btn.foregroundRole())
        rect = btn.rect().adjusted(3, 3, -3, -3)  # inside the border
        bg = painted_background(self.image, window_rect(self.window, btn, rect))
        self.seen[f"{what}: {btn.text()[:40]!r} {fg.name()} on {bg.name()}"] = contrast(fg, bg)

    def items(self, what: str, lst: QListWidget) -> None:
        if not lst.isVisible():
            return
        lst.ensurePolished()
        lst.clearSelection()
        lst.setCurrentRow(-1)
        self.grab()
        vp = lst.viewport()
        for row in range(lst.count()):
            it = lst.item(row)
            rect = lst.visualItemRect(it).intersected(vp.rect())
            if rect.isEmpty():
                continue
            brush = it.foreground()
            fg = brush.color() if brush.style() != Qt.BrushStyle.NoBrush else lst.palette().color(QPalette.ColorRole.Text)
            bg = painted_background(self.image, window_rect(self.window, vp, rect))
            self.seen[f"{what}: {it.text()[:40]!r} {fg.name()} on {bg.name()}"] = contrast(fg, bg)

    def low(self) -> dict[str, float]:
        return {k: round(v, 2) for k, v in self.seen.items() if v < MIN_CONTRAST}


def coloured_labels(root: QWidget) -> list[QLabel]:
    """Labels given a colour of their own (hints, errors, notes, previews)."""
    return [lab for lab in root.findChildren(QLabel) if "color" in lab.styleSheet()]


def make_coloured_things(window: Any, qtbot: Any) -> Any:
    """Open a demo case and give it a hint, an unreadable date, a refused value, a confidential item
    and findings (one blocking): everything the app colours."""
    from tests.gui.test_nothing_lost import type_into

    window.resize(1280, 800)
    window.open_case(window.case_list.model.case_id(0))
    editor = window.editor
    summary = editor.summary.form
    urgency = summary.widget("urgency")
    urgent = next(i for i in range(urgency.count()) if urgency.itemData(i) not in (None, "", "none"))
    urgency.setCurrentIndex(urgent)
    summary.widget("urgency_reason").setPlainText("")  # urgent without a reason: a hint shows
    editor.show_section(editor.sections.index(editor.detention))
    arrest_date = editor.detention.form.arrest.widget("date")
    type_into(qtbot, arrest_date.edit, "not a date at all")
    assert not arrest_date.is_valid()
    type_into(qtbot, editor.detention.form.arrest.widget("time"), "25:99")
    editor.detention.form.arrest.conf.click()  # confidential: red on a red tint
    for consent in editor.case.consents:  # a blocking finding
        consent.submit_to_un = False
    editor.ctx.edited.emit()
    assert editor.save_now()
    assert editor.problems.count() >= 2
    findings = editor.submissions.run_check()
    assert any(f.blocking for f in findings) and any(not f.blocking for f in findings)
    return editor


def read_every_section(window: Any, editor: Any) -> Readings:
    from app.gui.editor.binding import ItemListEditor
    from app.gui.editor.widgets import ConfidentialToggle

    readings = Readings(window)
    hints = 0
    for i, section in enumerate(editor.sections):
        editor.show_section(i)
        if section is editor.submissions:
            readings.items("finding", section.findings_list)
        readings.grab()
        for lab in coloured_labels(window):
            readings.label(type(section).__name__, lab)
        for toggle in section.findChildren(ConfidentialToggle):
            if toggle.isChecked():
                readings.button("confidential", toggle)
        hints += sum(1 for lab in coloured_labels(section) if lab.isVisible())
        readings.items("problem", editor.problems)
        for lists in section.findChildren(ItemListEditor):
            readings.items("list item", lists.list)
    kinds = {k.split(":")[0] for k in readings.seen}
    assert {"finding", "problem", "confidential", "SummarySection", "DetentionSection"} <= kinds, kinds
    assert hints >= 3
    return readings


def test_dark_palette_keeps_hints_errors_and_findings_readable(
    dark_app: Any, demo_folder: Path, unlocked: Any, qtbot: Any
) -> None:
    window = unlocked(demo_folder, editor_factory=True)
    assert window.palette().color(QPalette.ColorRole.Window).lightnessF() < 0.5
    readings = read_every_section(window, make_coloured_things(window, qtbot))
    assert not readings.low(), f"below {MIN_CONTRAST}:1 on a dark palette: {readings.low()}"


def test_a_dark_theme_switched_on_while_running_is_followed(demo_folder: Path, unlocked: Any, qtbot: Any) -> None:
    """Colours worked out for the light palette are worked out again when the palette changes."""
    window = unlocked(demo_folder, editor_factory=True)
    editor = make_coloured_things(window, qtbot)
    app = QApplication.instance()
    before = app.palette()
    try:
        app.setPalette(dark_palette())
        QApplication.processEvents()
        assert window.palette().color(QPalette.ColorRole.Window).lightnessF() < 0.5
        readings = read_every_section(window, editor)
        assert not readings.low(), f"below {MIN_CONTRAST}:1 after switching to dark: {readings.low()}"
    finally:
        app.setPalette(before)


def test_light_palette_stays_readable_too(demo_folder: Path, unlocked: Any, qtbot: Any) -> None:
    """The same colours, derived from the default light palette, also reach 4.5:1."""
    from app.gui.colors import error_color, hint_color, muted_color

    window = unlocked(demo_folder, editor_factory=True)
    pal = window.palette()
    for role in (QPalette.ColorRole.Window, QPalette.ColorRole.Base):
        bg = pal.color(role)
        assert contrast(QColor(error_color(role=role)), bg) >= MIN_CONTRAST
        assert contrast(QColor(hint_color(role=role)), bg) >= MIN_CONTRAST
    assert contrast(QColor(muted_color()), pal.color(QPalette.ColorRole.Window)) >= MIN_CONTRAST
