"""A vault made before schema 7 gets its figures by a resumable backfill with progress."""

from __future__ import annotations

from pathlib import Path

import pytest

from app.domain.figures import DIMENSIONS
from app.errors import Cancelled
from app.services.figures import facts
from app.storage import cases as case_store
from app.storage import figures as store
from app.storage.database import Database
from tests.unit.services import figures_fixtures as fx

KEY = bytes(range(32))


@pytest.mark.parametrize("start", [1, 5, 6])
def test_an_older_vault_is_backfilled_with_progress_and_can_resume(tmp_path: Path, start: int) -> None:
    old = Database(tmp_path, KEY, create=True, migrate=False)
    old.migrate(target=max(start, 1))
    if start >= 6:  # the search index of version 6 is written with the case
        with old.transaction() as conn:
            for case in fx.cases():
                case_store.put(conn, case)
    else:
        with old.transaction() as conn:
            for case in fx.cases():
                conn.execute("INSERT INTO cases (id, reference, title, status, state, region, urgency, "
                             "created_at, updated_at, doc) VALUES (?,?,?,?,?,?,?,?,?,?)",
                             (case.id, case.reference, case.title, case.status, case.state, case.region,
                              case.urgency, "", "", case_store.case_json(case)))
                conn.executemany("INSERT INTO case_tags (case_id, tag) VALUES (?, ?)",
                                 [(case.id, t) for t in case.tags])
    old.close()
    db = Database(tmp_path, KEY)  # migrates to the latest version
    with db.reading() as conn:
        assert facts.pending_cases(conn) == 4
        assert store.counts(conn, "public", DIMENSIONS)[0] == 0

    seen: list[tuple[int, int]] = []
    calls = iter([False, True])  # cancelled before the second batch
    with pytest.raises(Cancelled):
        facts.backfill(db, lambda done, total, label: seen.append((done, total)), lambda: next(calls), batch=2)
    with db.reading() as conn:
        assert facts.pending_cases(conn) == 2  # the first batch was kept
    facts.backfill(db, lambda done, total, label: seen.append((done, total)), batch=2)
    assert seen[0] == (0, 4) and seen[-1] == (4, 4)
    with db.reading() as conn:
        assert facts.pending_cases(conn) == 0
        total, counts = store.counts(conn, "public", DIMENSIONS)
    assert total == fx.TOTAL_VICTIMS and counts == fx.BY_VICTIM
    db.close()


def test_a_new_vault_needs_no_backfill(vault) -> None:  # type: ignore[no-untyped-def]
    from app.services import cases as svc
    from app.services import figures

    assert figures.pending_cases(vault) == 0
    svc.save_cases(vault, fx.cases())
    assert figures.pending_cases(vault) == 0


def test_a_changed_derivation_rebuilds_every_fact(vault, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    from app.services import cases as svc
    from app.services import figures

    svc.save_cases(vault, fx.cases())
    monkeypatch.setattr(facts, "VERSION", "test-next")
    assert figures.pending_cases(vault) == 4
    assert figures.compute(vault).total == fx.TOTAL_VICTIMS
    assert figures.pending_cases(vault) == 0
