"""Pseudo-locale walk: every visible text of every window, section and dialog passed through translation.

The catalogue is rebuilt from the sources with every translation set to ``⟦source⟧``.  The app is
then driven through the unlock and create screens, the main window, every section of every demo
case (with the submission check run, so findings show), and its dialogs.  Any text still showing
Latin words outside ``⟦…⟧`` that is not case data, a vocabulary label, a file name or a Qt stock
button did not go through ``tr()``/``translate()``.
"""

from __future__ import annotations

import dataclasses
import re
import subprocess
import xml.etree.ElementTree as ET
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QCoreApplication, QModelIndex, Qt, QTranslator
from PySide6.QtWidgets import (
    QAbstractButton,
    QComboBox,
    QGroupBox,
    QLabel,
    QLineEdit,
    QListWidget,
    QPlainTextEdit,
    QTableView,
    QTabWidget,
    QTextEdit,
    QTreeView,
    QWidget,
)

from app.domain.vocab import NAMES, vocabulary
from app.gui import dialogs
from app.gui.app import _tool
from app.gui.editor.sections.legal import category_parts
from app.services.demo import demo_cases

ROOT = Path(__file__).resolve().parents[2]
OPEN, CLOSE = "⟦", "⟧"
# Qt's own words (translated by Qt's qtbase catalogue, not ours) and names never translated
STOCK = {"OK", "Cancel", "Apply", "Close", "Yes", "No", "Save", "Discard", "Help", "Reset", "Open",
         "Recourse", "PDF", "SHA-256", "GPS", "EXIF", "ERASE", "Ctrl", "Shift", "Alt", "PgUp", "PgDown",
         "Tab", "Esc", "Scroll", "Left", "Right", "UTC", "GNU", "GPL", "LGPL", "PySide6", "Qt", "Python", "WGAD", "UN", "ICCPR", "UDHR"}


@pytest.fixture
def pseudo(qapp: Any, tmp_path_factory: pytest.TempPathFactory) -> Any:
    folder = tmp_path_factory.mktemp("pseudo")
    ts = folder / "recourse_pseudo.ts"
    sources = sorted(str(p) for p in (ROOT / "app").rglob("*.py"))
    subprocess.run([_tool("pyside6-lupdate"), "-silent", "-locations", "none", *sources, "-ts", str(ts)],
                   check=True)
    tree = ET.parse(ts)
    for m in tree.getroot().iter("message"):
        tr = m.find("translation")
        tr.text = OPEN + (m.findtext("source") or "") + CLOSE
        tr.attrib.pop("type", None)
    tree.write(ts, encoding="utf-8", xml_declaration=True)
    qm = folder / "recourse_pseudo.qm"
    subprocess.run([_tool("pyside6-lrelease"), "-silent", str(ts), "-qm", str(qm)], check=True)
    translator = QTranslator()
    assert translator.load(str(qm))
    QCoreApplication.installTranslator(translator)
    yield translator
    QCoreApplication.removeTranslator(translator)


def _strings(obj: Any, out: set[str]) -> None:
    if isinstance(obj, str):
        if obj.strip():
            out.add(obj.strip())
    elif dataclasses.is_dataclass(obj):
        for f in dataclasses.fields(obj):
            _strings(getattr(obj, f.name), out)
    elif isinstance(obj, (list, tuple)):
        for x in obj:
            _strings(x, out)
    elif obj is not None and not isinstance(obj, (int, float, bool)):
        out.add(str(obj))


def data_strings(extra: list[str]) -> list[str]:
    """Case data and vocabulary labels: shown as they are, never through the catalogue."""
    out: set[str] = set(extra)
    for case in demo_cases():
        _strings(case, out)
    for name in NAMES:
        for term in vocabulary(name).terms:
            out.update(term.labels.values())
            out.add(term.code)
    for term in vocabulary("wgad_category").terms:  # the legal section shows a category's name and
        for label in term.labels.values():  # its description apart (the description wraps)
            out.update(part for part in category_parts(label) if part)
    return sorted(out, key=len, reverse=True)


def untranslated(text: str, data: list[str]) -> bool:
    rest = re.sub(r"<[^>]+>", " ", text)  # rich text tags
    while OPEN in rest:  # translated parts, innermost first (a translated label inside a translated format)
        stripped = re.sub(f"{OPEN}[^{OPEN}{CLOSE}]*{CLOSE}", " ", rest)
        if stripped == rest:
            break
        rest = stripped
    rest = re.sub(r"\S+\.(png|jpe?g|txt|pdf|docx?|mp3|mp4|ogg|wav)\b", " ", rest)  # file names
    for segment in re.split(r"\s{2,}", rest):  # list rows cut data short: "2021-03-20  Lawyer He Min…"
        cut = segment.strip().rstrip("…")
        if len(cut) > 8 and any(d.startswith(cut) for d in data):
            continue
        for d in data:
            if len(d) > 1 and d in segment:
                segment = segment.replace(d, " ")
        if any(w not in STOCK for w in re.findall(r"[A-Za-z][A-Za-z'’-]+", segment.replace("&", ""))):
            return True
    return False


def texts_of(w: QWidget) -> list[tuple[str, str]]:
    out: list[tuple[str, str]] = []
    if isinstance(w, (QLabel, QAbstractButton)):
        out.append(("text", w.text()))
    if isinstance(w, QGroupBox):
        out.append(("title", w.title()))
    if isinstance(w, (QLineEdit, QTextEdit, QPlainTextEdit)):
        out.append(("placeholder", w.placeholderText()))
    if isinstance(w, QComboBox):
        out += [("item", w.itemText(i)) for i in range(w.count())]
    if isinstance(w, QListWidget):
        out += [("item", w.item(i).text()) for i in range(w.count())]
    if isinstance(w, QTabWidget):
        out += [("tab", w.tabText(i)) for i in range(w.count())]
    if isinstance(w, (QTableView, QTreeView)) and w.model() is not None:
        m = w.model()
        out += [("header", str(m.headerData(c, Qt.Orientation.Horizontal) or ""))
                for c in range(m.columnCount(QModelIndex()))]
    if w.isWindow():
        out.append(("window title", w.windowTitle()))
    out += [("tooltip", w.toolTip()), ("accessible name", w.accessibleName())]
    for a in w.actions():
        out += [("action", a.text()), ("action tooltip", a.toolTip() if a.toolTip() != a.text().replace("&", "")
                                        else "")]
    return [(k, t) for k, t in out if t and t.strip()]


def walk(where: str, root: QWidget, data: list[str], found: dict[tuple[str, str], str]) -> None:
    widgets = [root, *root.findChildren(QWidget)]
    for w in widgets:
        if not (w is root or w.isVisibleTo(root)):
            continue
        for kind, text in texts_of(w):
            if untranslated(text, data):
                found.setdefault((kind, text), f"{where}: {type(w).__name__}")


def test_every_window_section_and_dialog_is_translated(pseudo, demo_folder, unlocked, window_factory, qtbot,
                                                        tmp_path):
    data = data_strings([str(demo_folder), demo_folder.name, str(tmp_path)])
    found: dict[tuple[str, str], str] = {}
    locked = window_factory(demo_folder)
    walk("unlock screen", locked, data, found)
    locked.stack.setCurrentWidget(locked.create_screen)
    walk("create screen", locked, data, found)
    locked.close()

    window = unlocked(demo_folder, editor_factory=True)
    window.resize(1280, 800)
    walk("main window", window, data, found)
    for kind, label in window.search_view.model.kinds.items():  # where a search result was found
        if untranslated(label, data):
            found.setdefault(("search result kind", label), kind)
    for menu in window.menuBar().findChildren(QWidget):
        walk("menu", menu, data, found)
    ids = [window.case_list.model.case_id(r) for r in range(window.case_list.model.rowCount())]
    assert len(ids) >= 3
    for case_id in ids:
        window.open_case(case_id)
        editor = window.editor
        for i, section in enumerate(editor.sections):
            editor.show_section(i)
            if hasattr(section, "run_check"):
                section.run_check()
            walk(f"{case_id} › section {i}", window, data, found)
    for opener in ("open_settings", "open_about"):
        dialog = getattr(window, opener)()
        walk(opener, dialog, data, found)
        dialog.close()
    from app.gui.security_dialogs import EraseConfirmDialog, PassphraseDialog, RecoveryKeyDialog, RestoreDialog
    from app.gui.share import ShareDialog
    from app.gui.share_contacts import ContactsDialog

    for dialog in (PassphraseDialog(window), RecoveryKeyDialog("ABCD-EFGH", window), EraseConfirmDialog("vault",
                   window), RestoreDialog(tmp_path / "old.backup", tmp_path / "restored", window),
                   ShareDialog(window.session.vault, ids[0], window), ContactsDialog(window.session.vault, window)):
        dialog.show()
        walk(type(dialog).__name__, dialog, data, found)
        dialog.close()
    figures_dialog = window.figure_tasks.open()
    qtbot.waitUntil(lambda: figures_dialog.fig is not None, timeout=20_000)
    walk("FiguresDialog", figures_dialog, data, found)
    figures_dialog.close()
    for shown in dialogs.history:
        for text in (shown.title, shown.text):
            if untranslated(text, data):
                found.setdefault(("message", text), f"dialog ({shown.kind})")
    from app.domain.tracking import OUTCOMES
    from app.gui.editor.sections.submissions import HISTORY_COLUMNS, history_cell
    from app.services.submission import FORMS

    samples = {"form": FORMS, "outcome": OUTCOMES[1:], "draft": (True,), "language": ("en", "fr")}
    for name in HISTORY_COLUMNS:
        for value in samples.get(name, ()):
            if untranslated(history_cell(name, value), data):
                found.setdefault(("history", history_cell(name, value)), "submission history")
    report = "\n".join(f"{where}: {kind}: {text!r}" for (kind, text), where in sorted(found.items()))
    assert not found, f"{len(found)} texts did not pass through translation:\n{report}"
