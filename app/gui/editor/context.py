"""State shared by the sections of one editor: the in-memory case, problems, pickers, dialogs."""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget

from app.domain.model import Case
from app.domain.paths import positional, stable


def _open_files(parent: QWidget, caption: str) -> list[str]:
    files, _ = QFileDialog.getOpenFileNames(parent, caption)
    return files


def _save_file(parent: QWidget, caption: str, suggested: str) -> str:
    path, _ = QFileDialog.getSaveFileName(parent, caption, suggested)
    return path


def _confirm(parent: QWidget, title: str, text: str) -> bool:
    answer = QMessageBox.question(
        parent,
        title,
        text,
        QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
        QMessageBox.StandardButton.No,
    )
    return answer == QMessageBox.StandardButton.Yes


def _inform(parent: QWidget, title: str, text: str) -> None:
    QMessageBox.warning(parent, title, text)


@dataclass
class Dialogs:
    """Every modal question the editor asks, replaceable in tests (nothing ever blocks)."""

    open_files: Callable[[QWidget, str], list[str]] = _open_files
    save_file: Callable[[QWidget, str, str], str] = _save_file
    confirm: Callable[[QWidget, str, str], bool] = _confirm
    inform: Callable[[QWidget, str, str], None] = _inform
    messages: list[str] = field(default_factory=list)  # last messages shown, for tests and status


class EditorContext(QObject):
    edited = Signal()  # the in-memory case changed
    refs_changed = Signal()  # persons / organisations / evidence / consents added, removed or renamed
    problems_changed = Signal()

    def __init__(self, session: Any, dialogs: Dialogs, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.dialogs = dialogs
        self.case: Case | None = None
        self.problems: dict[str, str] = {}  # normalised path -> message
        self.invalid: set[QObject] = set()  # inputs holding text that cannot be stored (bad dates)
        # Drafts are keyed by stable paths (list items named by id: app.domain.paths.stable), so
        # removing or moving items never gives one item's draft to another.
        # text an input could not read (stable path -> text as typed): saved as encrypted drafts
        self.input_drafts: dict[str, str] = {}
        # drafts read from the vault with the case, shown again by the forms as they load
        self.loaded_drafts: dict[str, str] = {}
        self.labels: dict[str, str] = {}  # field path with "*" for indexes -> label of its input
        self._pickers: list[Any] = []
        self.refs_changed.connect(self._refresh_pickers)

    # -- reference pickers ------------------------------------------------------
    def register_picker(self, picker: Any) -> None:
        self._pickers.append(picker)
        picker.set_options(self.options(picker.kind))

    def options(self, kind: str) -> list[tuple[str, str]]:
        case = self.case
        if case is None:
            return []
        unnamed = self.tr("(unnamed)")
        if kind == "person":
            return [(p.id, p.display_name() or unnamed) for p in case.persons]
        if kind == "organisation":
            return [
                (o.id, o.name or o.name_original or o.abbreviation or unnamed) for o in case.organisations
            ]
        if kind == "evidence":
            return [(e.id, e.file_name or unnamed) for e in case.evidence]
        if kind == "consent":
            out = []
            for c in case.consents:
                p = case.person(c.person_id)
                who = p.display_name() if p else unnamed
                out.append(
                    (c.id, f"{who} — {c.date or '?'}" + (self.tr(" (withdrawn)") if c.withdrawn_on else ""))
                )
            return out
        if kind == "communication":
            from app.gui.editor.sections.communications import entry_label

            return [(e.id, entry_label(e)) for e in case.communications]
        return []

    def _refresh_pickers(self) -> None:
        for p in self._pickers:
            p.set_options(self.options(p.kind))

    # -- problems ----------------------------------------------------------------
    def problem_at(self, path: str) -> str:
        """The message for *path*, or for something inside it (``persons[0]`` covers ``persons[0].x``)."""
        if path in self.problems:
            return self.problems[path]
        for p, msg in self.problems.items():
            if p.startswith((path + ".", path + "[")):
                return msg
        return ""

    # -- drafts --------------------------------------------------------------------
    def draft_key(self, path: str) -> str:
        """The stable key of the field at *path* (``persons[1].x`` -> ``persons[@id].x``)."""
        return (stable(self.case, path) if self.case is not None else None) or path

    def draft_for(self, path: str) -> str | None:
        """Text to show again in the input for *path* (an unreadable date typed earlier)."""
        if not self.input_drafts and not self.loaded_drafts:
            return None  # the usual case: no key to work out
        key = self.draft_key(path)
        if key in self.input_drafts:
            return self.input_drafts[key]
        return self.loaded_drafts.pop(key, None)

    def set_input_draft(self, path: str, text: str) -> None:
        self.input_drafts[self.draft_key(path)] = text

    def drop_input_draft(self, path: str) -> None:
        self.input_drafts.pop(self.draft_key(path), None)

    def drafts_to_keep(self) -> dict[str, str]:
        """Every draft the next save must keep: typed now, or loaded and not shown yet."""
        return {**self.loaded_drafts, **self.input_drafts}

    def items_removed(self, list_path: str, row: int) -> None:
        """An item of *list_path* is gone: drop the drafts of items no longer in the case (the
        others are keyed by id and stay with their items)."""
        del list_path, row
        case = self.case
        if case is None:
            return
        self.input_drafts = {k: v for k, v in self.input_drafts.items() if positional(case, k) is not None}
        self.loaded_drafts = {k: v for k, v in self.loaded_drafts.items() if positional(case, k) is not None}

    def remember_label(self, path: str, label: str) -> None:
        self.labels[_INDEX.sub("[*]", path)] = label

    def label_of(self, path: str) -> str:
        return self.labels.get(_INDEX.sub("[*]", path), "")


_INDEX = re.compile(r"\[\d+\]")
