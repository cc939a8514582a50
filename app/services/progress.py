"""Progress callbacks and cancel tokens, for long work run from the CLI or a GUI worker."""

from __future__ import annotations

import threading
from collections.abc import Callable

from app.errors import Cancelled

#: ``progress(done, total, label)``; total 0 means unknown.
Progress = Callable[[int, int, str], None]


def no_progress(done: int, total: int, label: str) -> None:
    return None


class CancelToken:
    """Set from any thread; checked by the worker between records or chunks."""

    def __init__(self) -> None:
        self._event = threading.Event()

    def cancel(self) -> None:
        self._event.set()

    @property
    def cancelled(self) -> bool:
        return self._event.is_set()

    def __call__(self) -> bool:
        return self._event.is_set()

    def check(self) -> None:
        if self._event.is_set():
            raise Cancelled()
