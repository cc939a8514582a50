"""Schema migrations and database-level guarantees, on real SQLCipher files."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from app.errors import TamperDetected, UnsupportedVersion
from app.storage import schema
from app.storage.database import Database

KEY = bytes(range(32))


def _schema_of(db: Database) -> set[tuple[str, str]]:
    rows = db.conn.execute("SELECT type, name FROM sqlite_master WHERE name NOT LIKE 'sqlite_%'")
    return {(r[0], r[1]) for r in rows}


def test_empty_vault_migrates_to_latest(tmp_path: Path) -> None:
    db = Database(tmp_path, KEY, create=True)
    assert db.schema_version == schema.SCHEMA_VERSION
    names = {n for _, n in _schema_of(db)}
    assert {"cases", "search_rows", "search_tri", "search_bi", "evidence_blobs", "audit", "case_tags", "meta"} <= names
    db.close()


@pytest.mark.parametrize("start", [v for v, _ in schema.MIGRATIONS])
def test_every_earlier_version_migrates_to_the_same_schema(tmp_path: Path, start: int) -> None:
    (tmp_path / "a").mkdir()
    fresh = Database(tmp_path / "a", KEY, create=True)
    expected = _schema_of(fresh)
    fresh.close()
    old_dir = tmp_path / "b"
    old_dir.mkdir()
    old = Database(old_dir, KEY, create=True, migrate=False)
    old.migrate(target=start)
    assert old.schema_version == start
    old.conn.execute("INSERT INTO meta (key, value) VALUES ('marker', 'kept')")
    old.close()
    reopened = Database(old_dir, KEY)  # migrates on open
    assert reopened.schema_version == schema.SCHEMA_VERSION
    assert _schema_of(reopened) == expected
    assert reopened.conn.execute("SELECT value FROM meta WHERE key='marker'").fetchone()[0] == "kept"
    reopened.close()


def test_newer_schema_is_refused(tmp_path: Path) -> None:
    db = Database(tmp_path, KEY, create=True)
    db.conn.execute(f"PRAGMA user_version = {schema.SCHEMA_VERSION + 1}")
    db.close()
    with pytest.raises(UnsupportedVersion):
        Database(tmp_path, KEY)


def test_wrong_key_is_reported_as_tampering(tmp_path: Path) -> None:
    Database(tmp_path, KEY, create=True).close()
    with pytest.raises(TamperDetected):
        Database(tmp_path, bytes(32))


def test_file_has_no_plaintext_header_and_private_mode(tmp_path: Path) -> None:
    db = Database(tmp_path, KEY, create=True)
    db.conn.execute("INSERT INTO meta VALUES ('x', 'PLAINTEXT-CANARY-7731')")
    db.close()
    data = (tmp_path / "vault.db").read_bytes()
    assert not data.startswith(b"SQLite format 3")
    assert b"PLAINTEXT-CANARY-7731" not in data
    if os.name == "posix":
        assert (tmp_path / "vault.db").stat().st_mode & 0o077 == 0


def test_transaction_rolls_back_everything_on_error(tmp_path: Path) -> None:
    db = Database(tmp_path, KEY, create=True)
    with pytest.raises(RuntimeError):
        with db.transaction() as conn:
            conn.execute("INSERT INTO meta VALUES ('a', '1')")
            raise RuntimeError("boom")
    assert db.conn.execute("SELECT count(*) FROM meta").fetchone()[0] == 0
    db.close()


def test_close_truncates_the_wal(tmp_path: Path) -> None:
    db = Database(tmp_path, KEY, create=True)
    with db.transaction() as conn:
        conn.executemany("INSERT INTO meta VALUES (?, ?)", [(str(i), "x" * 500) for i in range(200)])
    assert (tmp_path / "vault.db-wal").stat().st_size > 0
    db.close()
    wal = tmp_path / "vault.db-wal"
    assert not wal.exists() or wal.stat().st_size == 0


def test_flipped_byte_is_found_by_the_integrity_check(tmp_path: Path) -> None:
    db = Database(tmp_path, KEY, create=True)
    with db.transaction() as conn:
        conn.executemany("INSERT INTO meta VALUES (?, ?)", [(str(i), "y" * 300) for i in range(100)])
    db.close()
    path = tmp_path / "vault.db"
    data = bytearray(path.read_bytes())
    data[4096 * 2 + 100] ^= 0x01  # inside the third page
    path.write_bytes(bytes(data))
    db = Database(tmp_path, KEY)
    problems = db.integrity_problems()
    assert problems and any("HMAC" in p or "page" in p for p in problems)
    db.close()


def test_version_8_purges_what_deleted_cases_left_in_exchange_bases(tmp_path: Path) -> None:
    """A vault where a case shared in a bundle was deleted before the fix: its last shared JSON is
    gone after the migration (and its bytes with it), the bases of cases still on file stay."""
    from tests.security import rawpages

    old = Database(tmp_path, KEY, create=True, migrate=False)
    old.migrate(target=7)
    old.conn.execute("INSERT INTO cases (id, reference, title, status, state, region, urgency, created_at, "
                     "updated_at, doc) VALUES ('kept', '', '', 'draft', 'CN', 'mainland', 'none', '', '', '{}')")
    for case_id, doc in (("kept", "STILL-ON-FILE-4411"), ("gone", "DELETED-CASE-CANARY-9127")):
        old.conn.execute("INSERT INTO exchange_bases (case_id, doc, updated_at) VALUES (?, ?, '')", (case_id, doc))
    old.conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    old.close()
    assert rawpages.count(tmp_path, KEY, [b"DELETED-CASE-CANARY-9127"]) >= 1  # there before

    db = Database(tmp_path, KEY)  # migrates on open
    assert db.schema_version >= 8
    assert [r[0] for r in db.conn.execute("SELECT case_id FROM exchange_bases")] == ["kept"]
    db.conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    db.close()
    assert rawpages.count(tmp_path, KEY, [b"DELETED-CASE-CANARY-9127"]) == 0
    assert rawpages.count(tmp_path, KEY, [b"STILL-ON-FILE-4411"]) >= 1
