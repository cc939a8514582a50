"""No layout feedback loop: every section of every demo case, at several window sizes, lets the
event loop go quiet.

A layout loop (a text box's scrollbar shown and hidden for ever) floods the event queue with
resize/show/queued-call events and starves the timers that autosave and lock the vault.  After a
section has settled, a quiet window of the event loop must deliver only a handful of events
(cursor blinks, timers).  The guard counts events rather than timing them, so a busy machine
cannot make it fail; the time spent is reported with any failure.
"""

from __future__ import annotations

import time
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QEvent, QObject
from PySide6.QtWidgets import QApplication

SIZES = [(1024, 700), (1280, 800), (1920, 1080)]
SETTLE_S = 0.15  # the first layout of a section may post many events
WINDOW_S = 0.25  # then this much of event loop must stay nearly quiet
MAX_EVENTS = 400  # the loop delivered 12 000 – 50 000 events in such a window


class EventCounter(QObject):
    def __init__(self) -> None:
        super().__init__()
        self.counting = False
        self.counts: dict[Any, int] = {}

    def eventFilter(self, obj: QObject, event: QEvent) -> bool:  # noqa: N802
        if self.counting:
            key = (event.type(), type(obj).__name__)
            self.counts[key] = self.counts.get(key, 0) + 1
        return False

    def total(self) -> int:
        return sum(self.counts.values())


def spin(seconds: float) -> None:
    app = QApplication.instance()
    end = time.monotonic() + seconds
    while time.monotonic() < end:
        app.processEvents()


def quiet_window(counter: EventCounter) -> tuple[int, float, list[Any]]:
    counter.counts = {}
    counter.counting = True
    start = time.monotonic()
    spin(WINDOW_S)
    counter.counting = False
    top = sorted(counter.counts.items(), key=lambda kv: -kv[1])[:4]
    return counter.total(), time.monotonic() - start, top


@pytest.mark.parametrize("size", SIZES, ids=lambda s: f"{s[0]}x{s[1]}")
def test_every_section_of_every_demo_case_settles(
    size: tuple[int, int], demo_folder: Path, unlocked: Any, qtbot: Any
) -> None:
    window = unlocked(demo_folder, editor_factory=True)
    window.resize(*size)
    counter = EventCounter()
    app = QApplication.instance()
    app.installEventFilter(counter)
    try:
        ids = [window.case_list.model.case_id(r) for r in range(window.case_list.model.rowCount())]
        assert len(ids) >= 3
        floods = []
        for case_id in ids:
            window.open_case(case_id)
            editor = window.editor
            assert editor.case is not None and editor.case.id == case_id
            for i, section in enumerate(editor.sections):
                editor.show_section(i)
                spin(SETTLE_S)
                n, took, top = quiet_window(counter)
                if n > MAX_EVENTS:
                    floods.append(f"{section.title()} of {editor.case.reference}: {n} events in "
                                  f"{took:.2f} s ({top})")
        assert not floods, "layout loop: " + "; ".join(floods)
    finally:
        app.removeEventFilter(counter)
