"""Editor tests: offscreen Qt, a real vault, dialogs that never block."""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")  # before any Qt import



from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from app.gui.editor.context import Dialogs


class FakeDialogs(Dialogs):
    """Answers queued by the test; every question is recorded."""

    def __init__(self) -> None:
        super().__init__(
            open_files=self._open, save_file=self._save, confirm=self._confirm, inform=self._inform
        )
        self.next_files: list[str] = []
        self.next_saves: list[str] = []
        self.answer = True
        self.asked: list[str] = []

    def _open(self, _parent: Any, caption: str) -> list[str]:
        self.asked.append(caption)
        files, self.next_files = self.next_files, []
        return files

    def _save(self, _parent: Any, caption: str, _suggested: str) -> str:
        self.asked.append(caption)
        return self.next_saves.pop(0) if self.next_saves else ""

    def _confirm(self, _parent: Any, title: str, _text: str) -> bool:
        self.asked.append(title)
        return self.answer

    def _inform(self, _parent: Any, title: str, text: str) -> None:
        self.asked.append(title)
        self.messages.append(text)


@pytest.fixture
def dialogs() -> FakeDialogs:
    return FakeDialogs()


@pytest.fixture
def session(vault: Any, qtbot: Any) -> Iterator[Any]:
    from app.gui.session import Session

    s = Session(vault)
    yield s


@pytest.fixture
def editor(session: Any, dialogs: FakeDialogs, qtbot: Any) -> Iterator[Any]:
    from app.gui.editor import CaseEditor

    ed = CaseEditor(session, dialogs=dialogs)
    qtbot.addWidget(ed)
    ed.resize(1280, 860)
    yield ed
    ed.evidence.cancel_jobs()
    from PySide6.QtCore import QThreadPool

    QThreadPool.globalInstance().waitForDone(10000)
    ed.clear()


@pytest.fixture
def demo(vault: Any) -> Any:
    """The first demo case stored in the vault (no evidence files)."""
    from app.services import cases
    from app.services.demo import demo_cases

    case = demo_cases()[0]
    return cases.save_case(vault, case)


def write(path: Path, data: bytes) -> Path:
    path.write_bytes(data)
    return path
