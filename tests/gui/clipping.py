"""Find what a widget tree shows cut off: the one clipping check of the GUI tests.

A visible widget is *clipped* when

- a label, button, check box, spin box or group box is narrower than its content needs
  (its size hint), or a word-wrapped label is shorter than its wrapped text;
- a combo box is narrower than its minimum size hint (its widest entry, or its minimum contents
  length), or the entry it shows does not fit its text field;
- a table header's column is narrower than its title;
- it sticks out sideways beyond one of the widgets that contain it (a row wider than its pane);
- it is a scroll area (form, list, table, text box) showing a horizontal scroll bar: nothing in
  the editor should need sideways scrolling.

Labels that elide on purpose (the editor's heading, full text in its tooltip) are exempt, and a
widget scrolled out of sight vertically is not clipped.  Used in-process by
``tests/gui/test_clipping.py`` and, for 200 % scaling (``QT_SCALE_FACTOR`` must be set before Qt
starts), as ``python -m tests.gui.clipping LANG --size WxH`` in a subprocess (see :func:`main`).
"""

from __future__ import annotations

import json
import os
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractScrollArea,
    QAbstractSpinBox,
    QComboBox,
    QGroupBox,
    QHeaderView,
    QLabel,
    QSizePolicy,
    QStyle,
    QStyleOptionComboBox,
    QTabBar,
    QWidget,
)

SLACK = 1  # rounding at fractional scale factors


def _name(w: QWidget) -> str:
    text = ""
    for attr in ("text", "currentText", "title"):
        fn = getattr(w, attr, None)
        if callable(fn):
            try:
                value = fn()
            except TypeError:
                continue
            if isinstance(value, str) and value:
                text = value
                break
    text = text or w.accessibleName() or w.objectName()
    return f"{type(w).__name__} {text[:40]!r}"


def _elides_on_purpose(w: QWidget) -> bool:
    return w.sizePolicy().horizontalPolicy() == QSizePolicy.Policy.Ignored and bool(w.toolTip())


def _too_narrow(w: QWidget) -> str | None:
    width = w.width()
    if isinstance(w, QLabel):
        if not w.text() or _elides_on_purpose(w) or w.pixmap() is not None and not w.pixmap().isNull():
            return None
        if w.wordWrap():
            need_h = w.heightForWidth(width)
            if need_h > w.height() + SLACK:
                return f"wrapped text needs {need_h} px of height, has {w.height()}"
            return None
        need = w.sizeHint().width()
    elif isinstance(w, (QAbstractButton, QAbstractSpinBox)):
        need = w.sizeHint().width()
    elif isinstance(w, QComboBox):
        need = w.minimumSizeHint().width()
        opt = QStyleOptionComboBox()
        w.initStyleOption(opt)
        field = w.style().subControlRect(QStyle.ComplexControl.CC_ComboBox, opt,
                                         QStyle.SubControl.SC_ComboBoxEditField, w)
        icon = w.iconSize().width() + 4 if not w.itemIcon(w.currentIndex()).isNull() else 0
        text = w.fontMetrics().horizontalAdvance(w.currentText()) + icon
        if getattr(w, "elides", False):  # case data shortened with "…", whole in the tooltip
            text = min(text, field.width())
        if text > field.width() + SLACK and width < need + SLACK:
            return f"shows {text} px of text in a {field.width()} px field"
        if text > field.width() + SLACK:
            return f"its entry needs {text} px, the field has {field.width()}"
    elif isinstance(w, QGroupBox):
        need = w.fontMetrics().horizontalAdvance(w.title()) + 16 if w.title() else 0
    elif isinstance(w, QHeaderView):
        if w.orientation().name != "Horizontal":
            return None
        for i in range(w.count()):
            if w.isSectionHidden(i) or w.sectionSize(i) == 0:
                continue
            need_i = w.sectionSizeFromContents(i).width()
            if w.sectionSize(i) + SLACK < need_i:
                label = w.model().headerData(i, w.orientation()) if w.model() is not None else i
                return f"column {label!r} is {w.sectionSize(i)} px, its title needs {need_i}"
        return None
    else:
        return None
    if width + SLACK < need:
        return f"{width} px wide, needs {need}"
    return None


def _sticks_out(w: QWidget) -> str | None:
    """*w* reaches beyond the left or right edge of the widget that contains it."""
    p = w.parentWidget()
    if p is None or w.isWindow():
        return None
    left, right = w.x(), w.x() + w.width()
    if left < -SLACK or right > p.width() + SLACK:
        return f"reaches {left}–{right} px in its container {_name(p)}, {p.width()} px wide"
    return None


def _tabs_scroll(w: QTabBar) -> str | None:
    need = sum(w.tabSizeHint(i).width() for i in range(w.count()))
    if need > w.width() + SLACK:
        return f"its tabs need {need} px, it has {w.width()} (scroll arrows shown)"
    return None


def _widgets(root: QWidget) -> Iterator[QWidget]:
    for w in root.findChildren(QWidget):
        if w.isVisible() and w.width() > 0:
            yield w


def clipped(root: QWidget) -> list[str]:
    """What is cut off in the visible part of *root* (empty: nothing)."""
    problems = []
    for w in _widgets(root):
        if isinstance(w.parentWidget(), QTabBar):
            continue  # the tab bar's own scroll arrows: the tab bar is checked as a whole
        why = _tabs_scroll(w) if isinstance(w, QTabBar) else _too_narrow(w)
        if why is None and isinstance(w, QAbstractScrollArea) and w.horizontalScrollBar().isVisible():
            why = "scrolls sideways (horizontal scroll bar shown)"
        if why is None and not isinstance(w.parentWidget(), QAbstractScrollArea):
            why = _sticks_out(w)
        if why is not None:
            problems.append(f"{_name(w)}: {why}")
    return problems


def every_section(window: Any) -> Iterator[tuple[str, str]]:
    """Open every section of every case of *window*'s list; yield (case, section) as each shows."""
    from PySide6.QtWidgets import QApplication

    model = window.case_list.model
    for case_id in [model.case_id(r) for r in range(model.rowCount())]:
        window.open_case(case_id)
        editor = window.editor
        for i, section in enumerate(editor.sections):
            editor.show_section(i)
            for _ in range(3):
                QApplication.processEvents()
            yield editor.case.reference, section.title()


def every_item(window: Any) -> Iterator[str]:
    """Select each item of each list shown in the current section (people, hearings, evidence
    files…), yielding "item N" as each form shows: a long value of item 5 can cut as item 1 does not."""
    from PySide6.QtWidgets import QApplication

    from app.gui.editor.binding import ItemListEditor
    from app.gui.editor.sections.evidence import EvidenceSection

    page = window.editor.stack.currentWidget()
    lists = [(le.list.count(), le.select) for le in page.findChildren(ItemListEditor) if le.isVisible()]
    if isinstance(page, EvidenceSection):
        lists.append((page.table.rowCount(), lambda r: page.table.setCurrentCell(r, 0)))
    for count, select in lists:
        for row in range(1, count):  # the first is shown already
            select(row)
            for _ in range(2):
                QApplication.processEvents()
            yield f"item {row + 1}"


def too_big(window: Any, width: int, height: int) -> str | None:
    """The window cannot be as small as *width* × *height*: what it shows needs more."""
    need = window.minimumSizeHint()
    if need.width() > width or need.height() > height:
        return f"the window needs at least {need.width()}×{need.height()} px, not {width}×{height}"
    return None


def check_window(window: Any, width: int, height: int) -> list[str]:
    """The case list, then every section of every case of an unlocked *window* (resized to
    *width* × *height*) and the list folded beside them, as "case › section › widget: why"."""
    from PySide6.QtWidgets import QApplication

    window.resize(width, height)
    for _ in range(3):
        QApplication.processEvents()
    big = too_big(window, width, height)
    problems = [f"case list › {p}" for p in clipped(window.case_list) + ([big] if big else [])]
    for case, section in every_section(window):
        found = clipped(window.editor)
        big = too_big(window, width, height)
        found += [big] if big else []
        problems += [f"{case} › {section} › {p}" for p in found]
        for item in every_item(window):
            problems += [f"{case} › {section} › {item} › {p}" for p in clipped(window.editor)]
    problems += [f"case list beside a case › {p}" for p in clipped(window.case_list)]
    return problems


def main(argv: list[str]) -> int:
    """``python -m tests.gui.clipping LANG --size 1024x700 [--size …] [--qm DIR] [--out DIR]``: the
    demo vault in that interface language at each size (in this process's ``QT_SCALE_FACTOR``).
    Prints one JSON line per size with the problems; with ``--out``, saves a screenshot of each
    section of the first case; ``--qm``: compiled catalogues to use (else compiled here)."""
    import argparse
    import tempfile

    parser = argparse.ArgumentParser()
    parser.add_argument("lang")
    parser.add_argument("--size", action="append", required=True)
    parser.add_argument("--qm", type=Path)
    parser.add_argument("--out", type=Path)
    args = parser.parse_args(argv)
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    work = Path(tempfile.mkdtemp(prefix="recourse-clip-"))
    os.environ["RECOURSE_HOME"] = str(work / "home")

    from app.gui import dialogs
    from app.gui.app import compile_translations, install_translations, make_app, translations_dir
    from app.gui.main_window import MainWindow
    from app.services.demo import create_demo_vault
    from tests.conftest import PASSPHRASE, TEST_KDF

    qm = args.qm
    if qm is None and args.lang != "en":
        qm = work / "qm"
        qm.mkdir()
        ts = translations_dir() / f"recourse_{args.lang}.ts"
        (qm / ts.name).write_bytes(ts.read_bytes())
        compile_translations(qm)
    app = make_app([sys.argv[0]])
    install_translations(app, args.lang, qm)
    dialogs.script(True)
    create_demo_vault(work / "demo", PASSPHRASE, kdf=TEST_KDF, allow_weak_kdf=True).lock()
    window = MainWindow(work / "demo", kdf=TEST_KDF, allow_weak_kdf=True, editor_factory=True,
                        settings_file=work / "settings.json")
    window.show()
    screen = window.unlock_screen
    screen.passphrase.setText(PASSPHRASE)
    screen.submit()
    while not window.unlocked:
        app.processEvents()
    for size in args.size:
        width, height = (int(v) for v in size.lower().split("x"))
        window.resize(width, height)
        for _ in range(3):
            app.processEvents()
        big = too_big(window, width, height)
        problems = [f"case list › {p}" for p in clipped(window.case_list) + ([big] if big else [])]
        first = None
        for case, section in every_section(window):
            found = clipped(window.editor)
            big = too_big(window, width, height)
            problems += [f"{case} › {section} › {p}" for p in found + ([big] if big else [])]
            for item in every_item(window):
                problems += [f"{case} › {section} › {item} › {p}" for p in clipped(window.editor)]
            first = first or case
            if args.out is not None and case == first:
                args.out.mkdir(parents=True, exist_ok=True)
                n = window.editor.nav.currentRow() + 1
                window.grab().save(str(args.out / f"clip-{args.lang}-{size}-{n:02d}.png"))
        problems += [f"case list beside a case › {p}" for p in clipped(window.case_list)]
        print(json.dumps({"scale": os.environ.get("QT_SCALE_FACTOR", "1"), "size": size,
                          "width": window.width(), "height": window.height(),
                          "minimum": [window.minimumSizeHint().width(), window.minimumSizeHint().height()],
                          "device_pixel_ratio": window.devicePixelRatio(), "problems": problems}),
              flush=True)
    window.lock_now()
    window.close()
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
