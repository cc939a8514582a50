"""Switch the interface language now, keeping the unlocked vault, the open case and every edit.

Qt widgets are built in one language, so a new main window is built in the new one and takes
over the session: the vault stays unlocked (no passphrase asked again), the case that was open
is opened again on the same section.  Edits are stored first (fields the rules refuse are kept
as encrypted drafts by the editor); if the case cannot be stored at all, the edited copy in
memory moves to the new editor, still marked unsaved.
"""

from __future__ import annotations

import copy
from pathlib import Path
from typing import Any

from PySide6.QtWidgets import QApplication

from app.gui.app import install_translations

_alive: list[Any] = []  # the current main window, kept referenced after its predecessor goes


def switch_language(window: Any, language: str, folder: Path | None = None) -> Any:
    """Rebuild *window* in *language*; returns the new main window (the old one is closed)."""
    from app.gui.main_window import MainWindow

    editor: Any = window.editor if window.unlocked else None
    case = getattr(editor, "case", None)
    section, unsaved = 0, None
    if case is not None:
        section = max(0, editor.nav.currentRow())
        if editor.has_unsaved_changes() and not editor.save_now():
            unsaved = (copy.deepcopy(case), editor._stored)  # could not be stored: carried over in memory
        editor.clear()
    session, window.session = (window.session, None) if window.unlocked else (None, window.session)
    vault = session.vault if session is not None else None
    if session is not None:
        session.blockSignals(True)  # the old window must not react any more
        session._vault = None  # handed over, not locked
        session.deleteLater()

    qapp = QApplication.instance()
    assert isinstance(qapp, QApplication)
    install_translations(qapp, language, folder)
    new = MainWindow(window.folder, **window.init_options)
    new.resize(window.size())
    new.move(window.pos())
    if vault is not None:
        new._unlocked(vault)
        if case is not None:
            if unsaved is None:
                new.open_case(case.id)
            elif new._ensure_editor() is not None:
                new.editor._show(unsaved[0], stored=unsaved[1])
                new.editor._dirty = True
                new.editor_area.setCurrentWidget(new.editor)
            if new.editor is not None and hasattr(new.editor, "show_section"):
                new.editor.show_section(section)
    new.show()
    window.close()  # emptied above (no case, no session); Qt frees it with its last reference
    _alive[:] = [new]
    return new
