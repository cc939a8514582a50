"""Keeping the facts table of figures in step with the cases: at every save, and by a backfill.

Every path that stores a case goes through :func:`store_case` (case rows, tags, search index AND
the facts of each profile), so the figures can never count a version of a case that is not the
stored one.  The facts of a profile are taken from the disclosed view of that profile
(:func:`app.services.sharing.disclosed`), never from the raw case.
"""

from __future__ import annotations

from app.domain.figures import READS, victim_facts
from app.domain.model import Case
from app.progress import Cancel, Progress, no_progress
from app.services import passes
from app.services.sharing import PROFILES, disclosed
from app.storage import cases as case_store
from app.storage import figures as store
from app.storage.database import Connection, Database

# bump when what a victim counts as changes (app/domain/figures.py): existing facts are rebuilt
VERSION = "3"  # 3: every deprivation of a person counts, not only the first
BACKFILL_BATCH = 200


def fact_rows(case: Case) -> list[store.FactRow]:
    rows = []
    for profile in PROFILES:
        view = disclosed(case, profile, parts=READS).case  # the parts it counts: no testimony is scrubbed
        for vf in victim_facts(view, withheld_marks=profile != "full"):
            rows.append(store.FactRow(profile, store.VICTIM, "", vf.ordinal, vf.start))
            for dim, values in vf.values.items():
                rows += [store.FactRow(profile, dim, v, vf.ordinal, vf.start) for v in values]
    return rows


def store_case(conn: Connection, case: Case) -> None:
    """Insert or replace *case* with its tags, index rows and facts (caller holds a transaction)."""
    case_store.put(conn, case)
    store.replace(conn, case.id, fact_rows(case))
    store.mark_version(conn, VERSION)


def pending_cases(conn: Connection) -> int:
    """How many cases the backfill still has to do (0: the facts are complete and current)."""
    return case_store.remaining(conn, *store.pending(conn, VERSION))


def backfill(db: Database, progress: Progress = no_progress, cancel: Cancel = lambda: False,
             *, batch: int = BACKFILL_BATCH) -> int:
    """Build the facts of every case not done yet; returns how many were done.

    Batches of *batch* cases, each its own transaction with the cursor in ``meta``: a cancel or a
    crash keeps what was done and the next call carries on.  Raises ``Cancelled`` on cancel.
    """
    with db.transaction() as conn:
        stale, _ = store.pending(conn, VERSION)
        if stale:
            store.restart(conn, VERSION)
    return passes.run(db, "figures", cursor=lambda conn: store.pending(conn, VERSION)[1],
                      set_cursor=store.set_cursor,
                      work=lambda conn, case: store.replace(conn, case.id, fact_rows(case)),
                      batch=batch, progress=progress, cancel=cancel)
