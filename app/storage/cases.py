"""Case rows, tags and listing; each put/delete keeps the search index (``search.py``) in step."""

from __future__ import annotations

import json
import re
from dataclasses import dataclass

from app.domain.codec import decode, encode
from app.domain.model import Case
from app.storage import exchange as exchange_store
from app.storage import figures as figures_store
from app.storage import search as search_index
from app.storage.database import Connection

SORT_COLUMNS = {
    "reference": "reference COLLATE NOCASE",
    "title": "title COLLATE NOCASE",
    "status": "status",
    "state": "state",
    "updated": "updated_at",
    "created": "created_at",
}


@dataclass(frozen=True)
class CaseRow:
    """What a case list shows, without decoding the whole case."""

    id: str
    reference: str
    title: str
    status: str
    state: str
    region: str
    urgency: str
    created_at: str
    updated_at: str


def case_json(case: Case) -> str:
    return json.dumps(encode(case), ensure_ascii=False, separators=(",", ":"))


def put(conn: Connection, case: Case) -> None:
    """Insert or replace a case, its tags and its index rows (caller holds a transaction)."""
    conn.execute(
        """INSERT INTO cases (id, reference, title, status, state, region, urgency, created_at,
                              updated_at, doc)
           VALUES (?,?,?,?,?,?,?,?,?,?)
           ON CONFLICT(id) DO UPDATE SET reference=excluded.reference, title=excluded.title,
             status=excluded.status, state=excluded.state, region=excluded.region,
             urgency=excluded.urgency, created_at=excluded.created_at,
             updated_at=excluded.updated_at, doc=excluded.doc""",
        (case.id, case.reference, case.title, case.status, case.state, case.region, case.urgency,
         case.created_at, case.updated_at, case_json(case)),
    )
    conn.execute("DELETE FROM case_tags WHERE case_id = ?", (case.id,))
    conn.executemany("INSERT OR IGNORE INTO case_tags (case_id, tag) VALUES (?, ?)",
                     [(case.id, t) for t in case.tags])
    search_index.index_case(conn, case)


def get(conn: Connection, case_id: str) -> Case | None:
    row = conn.execute("SELECT doc FROM cases WHERE id = ?", (case_id,)).fetchone()
    if row is None:
        return None
    return decode(Case, _load_doc(row[0]))


def _load_doc(doc: str) -> object:
    """Parse a stored case document.  SQLCipher hands back a page that failed its HMAC as
    zeros (and fails the *next* statement), so a damaged overflow page shows up here as NUL
    characters or broken JSON: report it as tampering, never return it."""
    from app.errors import TamperDetected

    if not isinstance(doc, str) or "\x00" in doc:
        raise TamperDetected("database", "case record damaged")
    try:
        return json.loads(doc)
    except ValueError:
        raise TamperDetected("database", "case record damaged") from None


def exists(conn: Connection, case_id: str) -> bool:
    return conn.execute("SELECT 1 FROM cases WHERE id = ?", (case_id,)).fetchone() is not None


def delete(conn: Connection, case_id: str) -> bool:
    search_index.unindex_case(conn, case_id)
    figures_store.delete(conn, case_id)
    exchange_store.delete_base(conn, case_id)  # what was last shared of it: no foreign key cascades there
    cur = conn.execute("DELETE FROM cases WHERE id = ?", (case_id,))
    return cur.rowcount > 0


def resolve(conn: Connection, ident: str) -> str | None:
    """A case id from an id, an id prefix (≥ 6 hex digits) or an internal reference."""
    row = conn.execute("SELECT id FROM cases WHERE id = ?", (ident,)).fetchone()
    if row:
        return str(row[0])
    rows = conn.execute("SELECT id FROM cases WHERE reference = ? LIMIT 2", (ident,)).fetchall()
    if len(rows) == 1:
        return str(rows[0][0])
    if len(ident) >= 6 and re.fullmatch(r"[0-9a-f]+", ident):
        rows = conn.execute("SELECT id FROM cases WHERE id >= ? AND id < ? LIMIT 2",
                            (ident, ident + "g")).fetchall()
        if len(rows) == 1:
            return str(rows[0][0])
    return None


def _filters(status: str | None, tag: str | None) -> tuple[str, list[str]]:
    where, args = [], []
    if status:
        where.append("status = ?")
        args.append(status)
    if tag:
        where.append("id IN (SELECT case_id FROM case_tags WHERE tag = ?)")
        args.append(tag)
    return (" WHERE " + " AND ".join(where)) if where else "", args


def count(conn: Connection, *, status: str | None = None, tag: str | None = None) -> int:
    where, args = _filters(status, tag)
    return int(conn.execute(f"SELECT count(*) FROM cases{where}", args).fetchone()[0])


def rows(conn: Connection, *, sort: str = "updated", descending: bool = True, offset: int = 0,
         limit: int = 200, status: str | None = None, tag: str | None = None) -> list[CaseRow]:
    order = SORT_COLUMNS[sort]
    direction = "DESC" if descending else "ASC"
    where, args = _filters(status, tag)
    sql = (f"SELECT id, reference, title, status, state, region, urgency, created_at, updated_at "
           f"FROM cases{where} ORDER BY {order} {direction}, id {direction} LIMIT ? OFFSET ?")
    return [CaseRow(*r) for r in conn.execute(sql, [*args, limit, offset])]


def ids_after(conn: Connection, cursor: str, limit: int) -> list[str]:
    """The next *limit* case ids after *cursor* in id order (a resumable pass over every case)."""
    return [r[0] for r in conn.execute("SELECT id FROM cases WHERE id > ? ORDER BY id LIMIT ?", (cursor, limit))]


def count_upto(conn: Connection, cursor: str) -> int:
    """Cases a resumable pass that reached *cursor* has done."""
    return int(conn.execute("SELECT count(*) FROM cases WHERE id <= ?", (cursor,)).fetchone()[0])


def remaining(conn: Connection, stale: bool, cursor: str | None) -> int:
    """Cases a resumable pass over ids (search re-index, figures backfill) still has to do: all of
    them when its data is *stale*, none when it has no *cursor*, else those after the cursor."""
    if stale:
        return count(conn)
    if cursor is None:
        return 0
    return int(conn.execute("SELECT count(*) FROM cases WHERE id > ?", (cursor,)).fetchone()[0])


def all_tags(conn: Connection) -> list[tuple[str, int]]:
    return [(r[0], r[1]) for r in
            conn.execute("SELECT tag, count(*) FROM case_tags GROUP BY tag ORDER BY tag")]


def all_ids(conn: Connection) -> list[str]:
    return [r[0] for r in conn.execute("SELECT id FROM cases ORDER BY id")]
