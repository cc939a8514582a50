"""One resumable pass over every case, in batches: the search re-index and the figures backfill.

Each batch is its own transaction and moves a cursor (the last case id done, kept in ``meta`` by
the caller's store): a cancel or a crash keeps what was done, and the next call carries on.
"""

from __future__ import annotations

from collections.abc import Callable
from contextlib import AbstractContextManager
from typing import Protocol

from app.domain.model import Case
from app.errors import Cancelled
from app.progress import Cancel, Progress, no_progress
from app.storage import cases as case_store
from app.storage.database import Connection


class Database(Protocol):
    """What a pass needs of a database: ``app.storage.database.Database`` has it (and the
    benchmark's plain copy)."""

    def reading(self) -> AbstractContextManager[Connection]: ...

    def transaction(self) -> AbstractContextManager[Connection]: ...


def run(db: Database, label: str, *, cursor: Callable[[Connection], str | None],
        set_cursor: Callable[[Connection, str | None], None], work: Callable[[Connection, Case], None],
        batch: int, progress: Progress = no_progress, cancel: Cancel = lambda: False) -> int:
    """Apply *work* to every case after ``cursor(conn)`` (None: nothing to do), *batch* cases per
    transaction; returns how many were done.  Raises ``Cancelled`` on cancel (between batches)."""
    with db.reading() as conn:
        total = case_store.count(conn)
    done = 0
    while True:
        with db.reading() as conn:
            at = cursor(conn)
            if at is None:
                break
            already = case_store.count_upto(conn, at)
        progress(already, total, label)
        if cancel():
            raise Cancelled()
        with db.transaction() as conn:
            ids = case_store.ids_after(conn, at, batch)
            for case_id in ids:
                case = case_store.get(conn, case_id)
                if case is not None:
                    work(conn, case)
            set_cursor(conn, ids[-1] if len(ids) == batch else None)
        done += len(ids)
    progress(total, total, label)
    return done
