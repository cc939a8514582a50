"""Run service calls off the UI thread, with progress and cooperative cancel.

SQLite connections belong to one thread: a function run here that needs the
vault must use ``session.vault.clone()`` inside the worker and lock the clone
when it is done (see :func:`with_vault`).

Services take ``progress(done, total, label)`` and a ``cancel`` callable and know
nothing of Qt.  :class:`Worker` runs one such call in ``QThreadPool`` and turns
its callbacks into signals delivered on the UI thread.  Workers never touch
widgets and are never terminated: Cancel sets the token and the service stops
between chunks, records or pages.
"""

from __future__ import annotations

import traceback
from collections.abc import Callable
from typing import Any

import shiboken6
from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal

from app.services.progress import CancelToken


class WorkerSignals(QObject):
    progress = Signal(int, int, str)
    finished = Signal(object)
    failed = Signal(object)  # the exception (a RecourseError for expected failures)


class Worker(QRunnable):
    """``fn(*args, progress=..., cancel=..., **kwargs)`` on the thread pool.

    Pass ``wants_progress=False`` for functions without progress/cancel keywords.
    """

    def __init__(self, fn: Callable[..., Any], *args: Any, wants_progress: bool = True, **kwargs: Any) -> None:
        super().__init__()
        self.fn = fn
        self.args = args
        self.kwargs = kwargs
        self.wants_progress = wants_progress
        self.token = CancelToken()
        self.signals = WorkerSignals()
        self.setAutoDelete(False)  # the caller keeps a reference while it runs

    def cancel(self) -> None:
        self.token.cancel()

    def run(self) -> None:  # runs on a pool thread
        try:
            if self.wants_progress:
                result = self.fn(*self.args, progress=self._progress, cancel=self.token, **self.kwargs)
            else:
                result = self.fn(*self.args, **self.kwargs)
        except BaseException as exc:  # noqa: BLE001 -- delivered to the UI thread, which decides what to say
            exc.__traceback_text__ = traceback.format_exc()  # type: ignore[attr-defined]
            self.signals.failed.emit(exc)
            return
        self.signals.finished.emit(result)

    def _progress(self, done: int, total: int, label: str) -> None:
        self.signals.progress.emit(int(done), int(total), label)


def deliver(signal: Any, receiver: QObject, fn: Callable[..., Any]) -> None:
    """Connect *fn* to a worker signal, but only while *receiver* (a widget) still exists.

    A worker can finish after the view that started it was destroyed (the vault was locked);
    a plain lambda would then touch a deleted widget.
    """

    def guarded(*args: Any) -> None:
        if shiboken6.isValid(receiver):
            fn(*args)

    signal.connect(guarded)


def with_vault(vault: Any, fn: Callable[..., Any]) -> Callable[..., Any]:
    """Wrap a service function ``fn(vault, ...)`` to run on a worker thread with its own connection."""

    def run(*args: Any, **kwargs: Any) -> Any:
        clone = vault.clone()
        try:
            return fn(clone, *args, **kwargs)
        finally:
            clone.lock()

    return run


def start(worker: Worker, pool: QThreadPool | None = None) -> Worker:
    (pool or QThreadPool.globalInstance()).start(worker)
    return worker
