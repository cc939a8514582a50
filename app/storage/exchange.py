"""Rows of the exchange tables (schema v5): the vault identity, contacts, imported bundles,
merge bases and merge conflicts.  Plain SQL; the meaning lives in ``app/services``."""

from __future__ import annotations

from dataclasses import dataclass

from app.storage.database import Connection


# --- identity -----------------------------------------------------------------------
@dataclass(frozen=True)
class IdentityRow:
    age_secret: str
    sign_secret: bytes
    created_at: str
    bundle_seq: int


def get_identity(conn: Connection) -> IdentityRow | None:
    r = conn.execute("SELECT age_secret, sign_secret, created_at, bundle_seq FROM identity WHERE id = 1").fetchone()
    return IdentityRow(r[0], bytes(r[1]), r[2], int(r[3])) if r else None


def put_identity(conn: Connection, row: IdentityRow) -> None:
    conn.execute("INSERT INTO identity (id, age_secret, sign_secret, created_at, bundle_seq) VALUES (1,?,?,?,?)",
                 (row.age_secret, row.sign_secret, row.created_at, row.bundle_seq))


def next_bundle_seq(conn: Connection) -> int:
    conn.execute("UPDATE identity SET bundle_seq = bundle_seq + 1 WHERE id = 1")
    return int(conn.execute("SELECT bundle_seq FROM identity WHERE id = 1").fetchone()[0])


# --- contacts -----------------------------------------------------------------------
@dataclass(frozen=True)
class ContactRow:
    id: str
    name: str
    age_recipient: str
    sign_key: bytes
    fingerprint: str
    verified_at: str
    added_at: str


_CONTACT_COLS = "id, name, age_recipient, sign_key, fingerprint, verified_at, added_at"


def _contact(r: tuple) -> ContactRow:  # type: ignore[type-arg]
    return ContactRow(r[0], r[1], r[2], bytes(r[3]), r[4], r[5], r[6])


def add_contact(conn: Connection, row: ContactRow) -> None:
    conn.execute(f"INSERT INTO contacts ({_CONTACT_COLS}) VALUES (?,?,?,?,?,?,?)",
                 (row.id, row.name, row.age_recipient, row.sign_key, row.fingerprint, row.verified_at,
                  row.added_at))


def contacts(conn: Connection) -> list[ContactRow]:
    return [_contact(r) for r in conn.execute(f"SELECT {_CONTACT_COLS} FROM contacts ORDER BY name COLLATE NOCASE, id")]


def contact_by_fingerprint(conn: Connection, fingerprint: str) -> ContactRow | None:
    r = conn.execute(f"SELECT {_CONTACT_COLS} FROM contacts WHERE fingerprint = ?", (fingerprint,)).fetchone()
    return _contact(r) if r else None


def contact_by_sign_key(conn: Connection, sign_key: bytes) -> ContactRow | None:
    r = conn.execute(f"SELECT {_CONTACT_COLS} FROM contacts WHERE sign_key = ?", (sign_key,)).fetchone()
    return _contact(r) if r else None


def update_contact(conn: Connection, contact_id: str, *, name: str | None = None,
                   verified_at: str | None = None) -> bool:
    if not conn.execute("SELECT 1 FROM contacts WHERE id = ?", (contact_id,)).fetchone():
        return False
    if name is not None:
        conn.execute("UPDATE contacts SET name = ? WHERE id = ?", (name, contact_id))
    if verified_at is not None:
        conn.execute("UPDATE contacts SET verified_at = ? WHERE id = ?", (verified_at, contact_id))
    return True


def delete_contact(conn: Connection, contact_id: str) -> bool:
    return bool(conn.execute("DELETE FROM contacts WHERE id = ?", (contact_id,)).rowcount)


# --- imported bundles (replay detection) --------------------------------------------
def bundle_seen(conn: Connection, bundle_id: str) -> bool:
    return conn.execute("SELECT 1 FROM bundle_imports WHERE bundle_id = ?", (bundle_id,)).fetchone() is not None


def last_sequence(conn: Connection, signer: str) -> int:
    r = conn.execute("SELECT max(sequence) FROM bundle_imports WHERE signer = ?", (signer,)).fetchone()
    return int(r[0]) if r and r[0] is not None else 0


def record_import(conn: Connection, bundle_id: str, signer: str, sequence: int, created_at: str,
                  imported_at: str) -> None:
    conn.execute("INSERT INTO bundle_imports (bundle_id, signer, sequence, created_at, imported_at) "
                 "VALUES (?,?,?,?,?)", (bundle_id, signer, sequence, created_at, imported_at))


# --- merge bases ----------------------------------------------------------------------
def get_base(conn: Connection, case_id: str) -> str | None:
    r = conn.execute("SELECT doc FROM exchange_bases WHERE case_id = ?", (case_id,)).fetchone()
    return r[0] if r else None


def put_base(conn: Connection, case_id: str, doc: str, at: str) -> None:
    conn.execute("INSERT INTO exchange_bases (case_id, doc, updated_at) VALUES (?,?,?) "
                 "ON CONFLICT(case_id) DO UPDATE SET doc = excluded.doc, updated_at = excluded.updated_at",
                 (case_id, doc, at))


def delete_base(conn: Connection, case_id: str) -> None:
    """Forget the base of a deleted case (a base only serves a merge into a case that exists)."""
    conn.execute("DELETE FROM exchange_bases WHERE case_id = ?", (case_id,))


# --- merge conflicts ------------------------------------------------------------------
@dataclass(frozen=True)
class ConflictRow:
    id: str
    case_id: str
    record: str  # "persons/<id>", "field/title", ...
    ours: str  # canonical JSON
    theirs: str
    bundle_id: str
    signer: str
    created_at: str
    resolved_at: str = ""
    resolution: str = ""  # "ours" | "theirs"


_CONFLICT_COLS = "id, case_id, record, ours, theirs, bundle_id, signer, created_at, resolved_at, resolution"


def add_conflict(conn: Connection, row: ConflictRow) -> None:
    conn.execute(f"INSERT INTO merge_conflicts ({_CONFLICT_COLS}) VALUES (?,?,?,?,?,?,?,?,?,?)",
                 (row.id, row.case_id, row.record, row.ours, row.theirs, row.bundle_id, row.signer,
                  row.created_at, row.resolved_at, row.resolution))


def conflicts(conn: Connection, *, case_id: str | None = None, open_only: bool = True) -> list[ConflictRow]:
    sql = f"SELECT {_CONFLICT_COLS} FROM merge_conflicts WHERE 1=1"
    args: list[str] = []
    if case_id is not None:
        sql += " AND case_id = ?"
        args.append(case_id)
    if open_only:
        sql += " AND resolved_at = ''"
    return [ConflictRow(*r) for r in conn.execute(sql + " ORDER BY created_at, id", args)]


def get_conflict(conn: Connection, conflict_id: str) -> ConflictRow | None:
    r = conn.execute(f"SELECT {_CONFLICT_COLS} FROM merge_conflicts WHERE id = ?", (conflict_id,)).fetchone()
    return ConflictRow(*r) if r else None


def resolve_conflict(conn: Connection, conflict_id: str, resolution: str, at: str) -> None:
    conn.execute("UPDATE merge_conflicts SET resolved_at = ?, resolution = ? WHERE id = ?",
                 (at, resolution, conflict_id))
