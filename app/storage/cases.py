"""Cases and their full-text index."""

from __future__ import annotations

import json
import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass

from app.domain.codec import decode, encode
from app.domain.model import Case
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


@dataclass(frozen=True)
class SearchHit:
    case_id: str
    kind: str  # title | summary | narrative | name | testimony | translation | ...
    item_id: str
    text: str  # the matching text (caller makes a snippet)
    rank: float


def case_json(case: Case) -> str:
    return json.dumps(encode(case), ensure_ascii=False, separators=(",", ":"))


def search_rows(case: Case) -> Iterator[tuple[str, str, str]]:
    """``(kind, item_id, text)`` for every searchable text of a case."""
    for kind, text in (("title", case.title), ("reference", case.reference),
                       ("summary", case.summary), ("narrative", case.narrative),
                       ("tags", " ".join(case.tags))):
        if text.strip():
            yield kind, case.id, text
    for p in case.persons:
        names = [p.family_name + p.given_name, f"{p.given_name} {p.family_name}",
                 f"{p.family_name_latin} {p.given_name_latin}", f"{p.given_name_latin} {p.family_name_latin}",
                 *p.other_names]
        joined = " | ".join(n.strip() for n in dict.fromkeys(names) if n.strip())
        if joined:
            yield "name", p.id, joined
    for o in case.organisations:
        text = " | ".join(x for x in (o.name, o.name_original, o.abbreviation) if x)
        if text:
            yield "organisation", o.id, text
    for t in case.testimonies:
        if t.original_text.strip():
            yield "testimony", t.id, t.original_text
        for tr in t.translations:
            if tr.text.strip():
                yield "translation", tr.id, tr.text
    for e in case.evidence:
        text = " | ".join(x for x in (e.file_name, e.description) if x)
        if text:
            yield "evidence", e.id, text


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
    _unindex(conn, case.id)
    for kind, item_id, text in search_rows(case):
        cur = conn.execute("INSERT INTO search_docs (case_id, kind, item_id) VALUES (?,?,?)",
                           (case.id, kind, item_id))
        conn.execute("INSERT INTO search (rowid, body) VALUES (?, ?)", (cur.lastrowid, text))


def _unindex(conn: Connection, case_id: str) -> None:
    rows = [r[0] for r in conn.execute("SELECT id FROM search_docs WHERE case_id = ?", (case_id,))]
    if rows:
        conn.executemany("DELETE FROM search WHERE rowid = ?", [(r,) for r in rows])
        conn.execute("DELETE FROM search_docs WHERE case_id = ?", (case_id,))


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
    _unindex(conn, case_id)
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


def all_tags(conn: Connection) -> list[tuple[str, int]]:
    return [(r[0], r[1]) for r in
            conn.execute("SELECT tag, count(*) FROM case_tags GROUP BY tag ORDER BY tag")]


def all_ids(conn: Connection) -> list[str]:
    return [r[0] for r in conn.execute("SELECT id FROM cases ORDER BY id")]


# --- search ------------------------------------------------------------------------
def _terms(query: str) -> list[str]:
    return [t for t in query.split() if t]


def _fts_phrase(term: str) -> str:
    return '"' + term.replace('"', '""') + '"'


def _like(term: str) -> str:
    return "%" + term.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%"


def search(conn: Connection, query: str, *, limit: int = 50, case_ids: Iterable[str] | None = None) -> list[SearchHit]:
    """Hits for every whitespace-separated term (all must match one text).

    Terms of three or more characters use the trigram index; shorter terms (a
    two-character Chinese given name, say) fall back to ``LIKE`` on the same
    table, which scans but stops at ``limit`` hits.
    """
    terms = _terms(query)
    if not terms:
        return []
    long_terms = [t for t in terms if len(t) >= 3]
    short_terms = [t for t in terms if len(t) < 3]
    where, args = [], []
    if long_terms:
        where.append("search MATCH ?")
        args.append(" AND ".join(_fts_phrase(t) for t in long_terms))
    for t in short_terms:
        where.append("search.body LIKE ? ESCAPE '\\'")
        args.append(_like(t))
    # Newest texts first rather than bm25 relevance: ranking must score every match (seconds for
    # a common term over 100,000 testimonies); rowid order lets FTS5 stop after ``limit`` hits.
    sql = (f"SELECT d.case_id, d.kind, d.item_id, search.body, 0 FROM search "
           f"JOIN search_docs d ON d.id = search.rowid WHERE {' AND '.join(where)} "
           f"ORDER BY search.rowid DESC LIMIT ?")
    hits = [SearchHit(r[0], r[1], r[2], r[3], float(r[4])) for r in conn.execute(sql, [*args, limit])]
    if case_ids is not None:
        wanted = set(case_ids)
        hits = [h for h in hits if h.case_id in wanted]
    return hits
