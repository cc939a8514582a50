"""Rows of the ``submissions`` table (schema v2)."""

from __future__ import annotations

import dataclasses

from app.domain.tracking import SubmissionRecord
from app.storage.database import Connection

_FIELDS = [f.name for f in dataclasses.fields(SubmissionRecord)]
_COLS = ", ".join(_FIELDS)


def _row(r: tuple) -> SubmissionRecord:  # type: ignore[type-arg]
    values = dict(zip(_FIELDS, r))
    values["draft"] = bool(values["draft"])
    return SubmissionRecord(**values)


def add(conn: Connection, rec: SubmissionRecord) -> None:
    values = dataclasses.astuple(rec)
    conn.execute(f"INSERT INTO submissions ({_COLS}) VALUES ({', '.join('?' * len(_FIELDS))})",
                 [int(v) if isinstance(v, bool) else v for v in values])


def update(conn: Connection, rec: SubmissionRecord) -> None:
    sets = ", ".join(f"{f} = ?" for f in _FIELDS if f != "id")
    conn.execute(f"UPDATE submissions SET {sets} WHERE id = ?",
                 [int(getattr(rec, f)) if isinstance(getattr(rec, f), bool) else getattr(rec, f)
                  for f in _FIELDS if f != "id"] + [rec.id])


def get(conn: Connection, sub_id: str) -> SubmissionRecord | None:
    r = conn.execute(f"SELECT {_COLS} FROM submissions WHERE id = ?", (sub_id,)).fetchone()
    if r is None:
        rows = conn.execute(f"SELECT {_COLS} FROM submissions WHERE id >= ? AND id < ? LIMIT 2",
                            (sub_id, sub_id + "g")).fetchall() if len(sub_id) >= 6 else []
        r = rows[0] if len(rows) == 1 else None
    return _row(r) if r else None


def for_case(conn: Connection, case_id: str | None) -> list[SubmissionRecord]:
    if case_id is None:
        return [_row(r) for r in conn.execute(f"SELECT {_COLS} FROM submissions ORDER BY rendered_at, id")]
    return [_row(r) for r in conn.execute(
        f"SELECT {_COLS} FROM submissions WHERE case_id = ? ORDER BY rendered_at, id", (case_id,))]
