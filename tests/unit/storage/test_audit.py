"""The audit trail: append-only, chained, MACed, ids only."""

from __future__ import annotations

import pytest

from app.domain.model import Case, Person
from app.services import cases as svc
from app.storage import audit


def test_every_change_is_recorded_by_id(vault) -> None:  # type: ignore[no-untyped-def]
    c = svc.save_case(vault, Case(title="秘密标题 secret title",
                                  persons=[Person(family_name="林", given_name="晓雯")]))
    svc.save_case(vault, c)
    svc.delete_case(vault, c.id)
    entries = audit.entries(vault.db.conn)
    assert [(e.action, e.kind) for e in entries] == [
        ("create", "vault"), ("create", "case"), ("update", "case"), ("delete", "case")]
    assert all(e.record_id == c.id for e in entries[1:])
    raw = vault.db.conn.execute("SELECT group_concat(detail || record_id || action) FROM audit").fetchone()[0]
    assert "秘密" not in raw and "晓雯" not in raw


def test_audit_rows_cannot_be_changed_or_deleted(vault) -> None:  # type: ignore[no-untyped-def]
    from app.errors import VaultCorrupted

    with pytest.raises(VaultCorrupted):
        with vault.db.transaction() as conn:
            conn.execute("DELETE FROM audit")
    with pytest.raises(VaultCorrupted):
        with vault.db.transaction() as conn:
            conn.execute("UPDATE audit SET action = 'x'")


@pytest.mark.parametrize("column,value", [("action", "'delete'"), ("record_id", "'other'"),
                                          ("mac", "'00'"), ("prev", "'ff'")])
def test_altered_entry_is_detected(vault, column: str, value: str) -> None:  # type: ignore[no-untyped-def]
    for i in range(3):
        svc.save_case(vault, Case(title=f"c{i}"))
    conn = vault.db.conn
    assert audit.verify(conn, vault.audit_mac()) == (4, [])
    conn.execute("DROP TRIGGER audit_no_update")  # an attacker with raw database access
    conn.execute(f"UPDATE audit SET {column} = {value} WHERE seq = 2")
    n, problems = audit.verify(conn, vault.audit_mac())
    assert n == 4 and problems and "2" in problems[0]


def test_removed_entry_is_detected(vault) -> None:  # type: ignore[no-untyped-def]
    for i in range(3):
        svc.save_case(vault, Case(title=f"c{i}"))
    conn = vault.db.conn
    conn.execute("DROP TRIGGER audit_no_delete")
    conn.execute("DELETE FROM audit WHERE seq = 3")
    _, problems = audit.verify(conn, vault.audit_mac())
    assert any("missing" in p for p in problems)
