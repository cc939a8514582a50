"""The one progress/cancel contract of long work, shared by every layer (crypto, export, services).

``progress(done, total, label)`` reports work done (``total`` 0 means unknown); ``cancel()``
returns True once the user asked to stop, and the work then raises
:class:`~app.errors.Cancelled` between chunks, pages or records.  Nothing here knows of Qt or
terminals: the GUI's ``Worker`` and the CLI's progress line adapt to it.
"""

from __future__ import annotations

import threading
from collections.abc import Callable

from app.errors import Cancelled

#: ``progress(done, total, label)``; total 0 means unknown.
Progress = Callable[[int, int, str], None]
#: ``cancel()`` -> True once the work should stop.
Cancel = Callable[[], bool]


def no_progress(done: int, total: int, label: str) -> None:
    return None


class CancelToken:
    """A :data:`Cancel` set from any thread; checked by the worker between records or chunks."""

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
