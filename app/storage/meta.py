"""Small values kept in the vault's ``meta`` table: the versions that derived data (the search
index, the figures facts) was built with, and the cursors of the resumable passes that rebuild it."""

from __future__ import annotations

from app.storage.database import Connection


def get(conn: Connection, key: str) -> str | None:
    row = conn.execute("SELECT value FROM meta WHERE key = ?", (key,)).fetchone()
    return str(row[0]) if row else None


def put(conn: Connection, key: str, value: str, *, replace: bool = True) -> None:
    """Set *key* (with ``replace=False``: only if it is not set yet)."""
    verb = "INSERT OR REPLACE" if replace else "INSERT OR IGNORE"
    conn.execute(f"{verb} INTO meta (key, value) VALUES (?, ?)", (key, value))


def drop(conn: Connection, key: str) -> None:
    conn.execute("DELETE FROM meta WHERE key = ?", (key,))


def set_cursor(conn: Connection, key: str, case_id: str | None) -> None:
    """Where a resumable pass got to ('' = due, from the start); None: the pass is complete."""
    if case_id is None:
        drop(conn, key)
    else:
        put(conn, key, case_id)
