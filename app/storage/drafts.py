"""Drafts of fields that could not be stored yet (a date the editor cannot read, a time 25:99).

They live inside the encrypted database, in the ``meta`` table under ``draft:<case id>`` as a
JSON object ``{field path: text as typed}`` -- never in a file of their own.
"""

from __future__ import annotations

import json

from app.storage.database import Connection

PREFIX = "draft:"


def get(conn: Connection, case_id: str) -> dict[str, str]:
    row = conn.execute("SELECT value FROM meta WHERE key = ?", (PREFIX + case_id,)).fetchone()
    if not row:
        return {}
    value = json.loads(row[0])
    return {str(k): str(v) for k, v in value.items()} if isinstance(value, dict) else {}


def put(conn: Connection, case_id: str, drafts: dict[str, str]) -> None:
    if not drafts:
        delete(conn, case_id)
        return
    conn.execute(
        "INSERT INTO meta (key, value) VALUES (?, ?) ON CONFLICT(key) DO UPDATE SET value = excluded.value",
        (PREFIX + case_id, json.dumps(drafts, ensure_ascii=False, sort_keys=True)),
    )


def delete(conn: Connection, case_id: str) -> None:
    conn.execute("DELETE FROM meta WHERE key = ?", (PREFIX + case_id,))
