"""The SQLCipher database of a vault: connection, pragmas, migrations, errors.

The database is keyed with a raw 256-bit key (``PRAGMA key = "x'..'"``), so
SQLCipher's own PBKDF2 never runs; the key comes from the vault's key
hierarchy (HKDF of the master key).  Each thread opens its own ``Database``.
"""

from __future__ import annotations

import errno
import os
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import TypeAlias

import sqlcipher3

from app.errors import StorageFull, TamperDetected, VaultCorrupted
from app.storage.files import create_private
from app.storage.schema import MIGRATIONS, SCHEMA_VERSION

DB_NAME = "vault.db"
ROTATE_NAME = "vault.db.rotate"  # the re-keyed database while the master key is rotated

Connection: TypeAlias = sqlcipher3.Connection
DatabaseError = sqlcipher3.DatabaseError


def _key_pragma(key: bytes) -> str:
    if len(key) != 32:
        raise ValueError("database key must be 32 bytes")
    return f"PRAGMA key = \"x'{key.hex()}'\""


def _quote(name: str) -> str:
    return '"' + name.replace('"', '""') + '"'


def translate(exc: Exception) -> Exception:
    """Map a sqlite/sqlcipher exception to one of Recourse's typed errors."""
    message = str(exc).lower()
    if "disk is full" in message or "database or disk is full" in message:
        return StorageFull()
    if "not a database" in message or "hmac" in message:
        return TamperDetected("database", "authentication failed")
    if "malformed" in message or "corrupt" in message:
        return TamperDetected("database", "malformed")
    if isinstance(exc, OSError) and exc.errno in (errno.ENOSPC, errno.EDQUOT):
        return StorageFull()
    if "readonly" in message or "read-only" in message:
        return VaultCorrupted("database", "read-only")
    return VaultCorrupted("database", type(exc).__name__)


class Database:
    """An open, keyed connection with the schema migrated to :data:`SCHEMA_VERSION`."""

    def __init__(self, folder: Path, key: bytes, *, create: bool = False, migrate: bool = True,
                 name: str = DB_NAME) -> None:
        self.path = folder / name
        if not create and not self.path.is_file():
            raise VaultCorrupted("database", "missing")
        if create and not self.path.exists():
            # Private from the first byte; SQLite gives -wal and -shm the same mode.
            os.close(create_private(self.path))
        try:
            self.conn: Connection = sqlcipher3.connect(str(self.path), isolation_level=None)
        except sqlcipher3.Error as exc:
            raise translate(exc) from exc
        try:
            self._configure(key)
            if migrate:
                self.migrate()
        except sqlcipher3.Error as exc:
            self.conn.close()
            raise translate(exc) from exc
        except BaseException:
            self.conn.close()
            raise

    def _configure(self, key: bytes) -> None:
        c = self.conn
        c.execute("PRAGMA cipher_log_level = NONE")
        c.execute(_key_pragma(key))
        # Authenticate page 1 now: a wrong key or an altered first page fails here.
        c.execute("SELECT count(*) FROM sqlite_master").fetchone()
        # cipher_memory_security stays OFF (SQLCipher's default since 4.5): measured here it made
        # bulk imports 3.2x and full-text queries up to 13x slower (docs/performance.md), while
        # the decrypted case text lives in Python objects anyway, which nothing can wipe.
        c.execute("PRAGMA secure_delete = ON")
        # 64 MiB of decrypted pages (default 2 MiB): fewer page decryptions on imports and scans
        c.execute("PRAGMA cache_size = -65536")
        c.execute("PRAGMA temp_store = MEMORY")  # never spill to temporary files
        c.execute("PRAGMA foreign_keys = ON")
        c.execute("PRAGMA journal_mode = WAL")
        c.execute("PRAGMA synchronous = FULL")

    # -- schema -----------------------------------------------------------------
    @property
    def schema_version(self) -> int:
        return int(self.conn.execute("PRAGMA user_version").fetchone()[0])

    def migrate(self, target: int = SCHEMA_VERSION) -> None:
        """Apply forward-only migrations, each in its own transaction."""
        current = self.schema_version
        if current > SCHEMA_VERSION:
            from app.errors import UnsupportedVersion

            raise UnsupportedVersion("database schema", current, SCHEMA_VERSION)
        for version, steps in MIGRATIONS:
            if current < version <= target:
                with self.transaction():
                    for sql in steps:
                        self.conn.execute(sql)
                    self.conn.execute(f"PRAGMA user_version = {int(version)}")
                current = version
        if target == SCHEMA_VERSION:
            self.secure_fts_indexes()

    def fts_tables(self) -> list[str]:
        """Every FTS5 table in the database (whoever added it)."""
        rows = self.conn.execute(
            "SELECT name FROM sqlite_master WHERE type = 'table' AND lower(sql) LIKE '%using fts5%'")
        return [str(r[0]) for r in rows]

    def secure_fts_indexes(self) -> None:
        """Turn FTS5 ``secure-delete`` on for every FTS5 table that does not have it yet.

        With it, deleting or replacing a row removes its terms and positions from the index
        segments in place; without it they stay there until a merge.  The setting is persistent
        (the table's ``_config``), so this writes only once per table.
        """
        for name in self.fts_tables():
            table, config = _quote(name), _quote(name + "_config")
            row = self.conn.execute(f"SELECT v FROM {config} WHERE k = 'secure-delete'").fetchone()
            if row is None or str(row[0]) != "1":
                with self.transaction() as conn:
                    conn.execute(f"INSERT INTO {table}({table}, rank) VALUES ('secure-delete', 1)")
                    # drop what was deleted before: merge the segments (freed pages are zeroed)
                    conn.execute(f"INSERT INTO {table}({table}) VALUES ('optimize')")

    # -- transactions -------------------------------------------------------------
    @contextmanager
    def transaction(self) -> Iterator[Connection]:
        """One atomic change: everything inside commits together or not at all."""
        try:
            self.conn.execute("BEGIN IMMEDIATE")
        except sqlcipher3.Error as exc:
            raise translate(exc) from exc
        try:
            yield self.conn
        except sqlcipher3.Error as exc:
            self._rollback()
            raise translate(exc) from exc
        except BaseException:
            self._rollback()
            raise
        try:
            self.conn.execute("COMMIT")
        except sqlcipher3.Error as exc:
            self._rollback()
            raise translate(exc) from exc

    def _rollback(self) -> None:
        try:
            self.conn.execute("ROLLBACK")
        except sqlcipher3.Error:
            pass

    @contextmanager
    def reading(self) -> Iterator[Connection]:
        """Read access with errors translated."""
        try:
            yield self.conn
        except sqlcipher3.Error as exc:
            raise translate(exc) from exc

    # -- integrity and shutdown ---------------------------------------------------
    def integrity_problems(self) -> list[str]:
        """Page authentication (every page's HMAC) and SQLite's structural check."""
        problems: list[str] = []
        try:
            problems += [str(r[0]) for r in self.conn.execute("PRAGMA cipher_integrity_check")]
            rows = [str(r[0]) for r in self.conn.execute("PRAGMA integrity_check")]
            problems += [r for r in rows if r != "ok"]
        except sqlcipher3.Error as exc:
            problems.append(f"integrity check failed: {translate(exc)}")
        return problems

    def checkpoint(self) -> None:
        """Move the WAL into the database and truncate it (deleted content leaves the -wal)."""
        try:
            self.conn.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchone()
        except sqlcipher3.Error:
            pass

    def close(self) -> None:
        if getattr(self, "conn", None) is None:
            return
        self.checkpoint()
        try:
            self.conn.close()
        finally:
            self.conn = None  # type: ignore[assignment]


def promote_rotated(folder: Path) -> None:
    """Put ``vault.db.rotate`` in place of ``vault.db`` (rename, folder fsync), then overwrite the old
    database file in place through a descriptor kept open across the rename."""
    from app.storage.files import destroy, fsync_dir, overwrite_fd

    old = folder / DB_NAME
    fd = os.open(old, os.O_RDWR | getattr(os, "O_NOFOLLOW", 0))
    try:
        os.replace(folder / ROTATE_NAME, old)
        fsync_dir(folder)
        if os.fstat(fd).st_nlink == 0:
            overwrite_fd(fd)
    finally:
        os.close(fd)
    for side in (f"{DB_NAME}-wal", f"{DB_NAME}-shm"):
        destroy(folder / side)
