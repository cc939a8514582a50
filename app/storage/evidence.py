"""Rows of the ``evidence_blobs`` table: which blob file holds an item, and its wrapped key."""

from __future__ import annotations

from dataclasses import dataclass

from app.storage.database import Connection


@dataclass(frozen=True)
class BlobRecord:
    evidence_id: str
    case_id: str
    blob: str
    wrapped_key: bytes
    sha256: str
    size: int
    stored_size: int
    created_at: str


_COLS = "evidence_id, case_id, blob, wrapped_key, sha256, size, stored_size, created_at"


def add(conn: Connection, rec: BlobRecord) -> None:
    conn.execute(f"INSERT INTO evidence_blobs ({_COLS}) VALUES (?,?,?,?,?,?,?,?)",
                 (rec.evidence_id, rec.case_id, rec.blob, rec.wrapped_key, rec.sha256, rec.size,
                  rec.stored_size, rec.created_at))


def _row(r: tuple) -> BlobRecord:  # type: ignore[type-arg]
    return BlobRecord(r[0], r[1], r[2], bytes(r[3]), r[4], r[5], r[6], r[7])


def get(conn: Connection, evidence_id: str) -> BlobRecord | None:
    r = conn.execute(f"SELECT {_COLS} FROM evidence_blobs WHERE evidence_id = ?", (evidence_id,)).fetchone()
    return _row(r) if r else None


def for_case(conn: Connection, case_id: str) -> list[BlobRecord]:
    return [_row(r) for r in conn.execute(f"SELECT {_COLS} FROM evidence_blobs WHERE case_id = ?", (case_id,))]


def all_records(conn: Connection) -> list[BlobRecord]:
    return [_row(r) for r in conn.execute(f"SELECT {_COLS} FROM evidence_blobs ORDER BY created_at")]


def delete(conn: Connection, evidence_id: str) -> None:
    conn.execute("DELETE FROM evidence_blobs WHERE evidence_id = ?", (evidence_id,))


def blob_names(conn: Connection) -> set[str]:
    return {r[0] for r in conn.execute("SELECT blob FROM evidence_blobs")}
