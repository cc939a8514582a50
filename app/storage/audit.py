"""The audit trail: an append-only hash chain whose every link is MACed.

Entry *n* stores ``prev`` (the hash of entry *n-1*, or 64 zeros), and
``hash = SHA-256(prev || canonical_json(entry))`` where the entry is
``{seq, at, action, kind, record_id, detail}``; ``mac = HMAC-SHA256(audit key,
hash)``.  Entries record *identifiers*, never content.  Triggers refuse UPDATE
and DELETE; :func:`verify` walks the whole chain.
"""

from __future__ import annotations

import hashlib
import hmac
import json
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from app.storage.database import Connection

GENESIS = "0" * 64
Mac = Callable[[bytes], bytes]


@dataclass(frozen=True)
class AuditEntry:
    seq: int
    at: str
    action: str  # create | update | delete | export | attach | import | render | passwd | ...
    kind: str  # case | evidence | submission | vault | ...
    record_id: str
    detail: dict[str, Any]


def _digest(prev: str, entry: AuditEntry) -> str:
    body = json.dumps({"seq": entry.seq, "at": entry.at, "action": entry.action, "kind": entry.kind,
                       "record_id": entry.record_id, "detail": entry.detail},
                      sort_keys=True, separators=(",", ":"), ensure_ascii=False)
    return hashlib.sha256(prev.encode("ascii") + body.encode("utf-8")).hexdigest()


def append(conn: Connection, mac: Mac, *, at: str, action: str, kind: str, record_id: str,
           detail: dict[str, Any] | None = None) -> AuditEntry:
    """Append one entry (caller holds the transaction that makes the change it records)."""
    last = conn.execute("SELECT seq, hash FROM audit ORDER BY seq DESC LIMIT 1").fetchone()
    seq, prev = (last[0] + 1, last[1]) if last else (1, GENESIS)
    entry = AuditEntry(seq, at, action, kind, record_id, dict(detail or {}))
    digest = _digest(prev, entry)
    conn.execute(
        "INSERT INTO audit (seq, at, action, kind, record_id, detail, prev, hash, mac) VALUES (?,?,?,?,?,?,?,?,?)",
        (seq, at, action, kind, record_id, json.dumps(entry.detail, sort_keys=True), prev, digest,
         mac(digest.encode("ascii")).hex()),
    )
    return entry


def entries(conn: Connection, *, record_id: str | None = None, limit: int | None = None) -> list[AuditEntry]:
    sql = "SELECT seq, at, action, kind, record_id, detail FROM audit"
    args: list[Any] = []
    if record_id:
        sql += " WHERE record_id = ?"
        args.append(record_id)
    sql += " ORDER BY seq"
    if limit:
        sql += " LIMIT ?"
        args.append(limit)
    return [AuditEntry(r[0], r[1], r[2], r[3], r[4], json.loads(r[5])) for r in conn.execute(sql, args)]


def verify(conn: Connection, mac: Mac, earlier: list[tuple[int, Mac]] | None = None) -> tuple[int, list[str]]:
    """Walk the chain; return (entries checked, problems).

    *earlier*: ``(last seq, mac)`` for entries MACed under an earlier master key (before a key
    rotation); an entry uses the first of them whose last seq it does not exceed, else *mac*."""
    earlier = sorted(earlier or [])

    def mac_for(seq: int) -> Mac:
        return next((m for last, m in earlier if seq <= last), mac)

    problems: list[str] = []
    prev = GENESIS
    expected_seq = 1
    n = 0
    for seq, at, action, kind, record_id, detail, stored_prev, digest, tag in conn.execute(
            "SELECT seq, at, action, kind, record_id, detail, prev, hash, mac FROM audit ORDER BY seq"):
        n += 1
        if seq != expected_seq:
            problems.append(f"audit entry {expected_seq} missing (next is {seq})")
        expected_seq = seq + 1
        try:
            entry = AuditEntry(seq, at, action, kind, record_id, json.loads(detail))
        except ValueError:
            problems.append(f"audit entry {seq} is malformed")
            prev = digest
            continue
        if stored_prev != prev:
            problems.append(f"audit entry {seq} does not link to the previous entry")
        if _digest(stored_prev, entry) != digest:
            problems.append(f"audit entry {seq} was altered (hash mismatch)")
        if not hmac.compare_digest(mac_for(seq)(digest.encode("ascii")).hex(), tag):
            problems.append(f"audit entry {seq} has an invalid MAC")
        prev = digest
    return n, problems
