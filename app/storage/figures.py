"""The facts table of figures across cases (schema version 7) and the counts over it.

Rows are ``(profile, dim, value, case_id, victim, start)``: one per victim, profile, dimension and
value, plus one ``dim = 'victim'`` row per victim (the totals).  Which values a profile sees is
decided before they get here (``app/services/figures``); this module stores and counts.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from app.storage import meta
from app.storage.database import Connection

META_PENDING = "figures_pending"  # cursor of the backfill (last case id done); absent = complete
META_VERSION = "figures_version"  # the derivation the rows were built with
VICTIM = "victim"
UNITS = ("victims", "cases")


@dataclass(frozen=True)
class FactRow:
    profile: str
    dim: str
    value: str
    victim: int
    start: str


def replace(conn: Connection, case_id: str, rows: Iterable[FactRow]) -> None:
    """The facts of *case_id* become *rows* (caller holds a write transaction)."""
    delete(conn, case_id)
    conn.executemany("INSERT OR IGNORE INTO figure_facts (profile, dim, value, case_id, victim, start) "
                     "VALUES (?,?,?,?,?,?)",
                     [(r.profile, r.dim, r.value, case_id, r.victim, r.start) for r in rows])


def delete(conn: Connection, case_id: str) -> None:
    conn.execute("DELETE FROM figure_facts WHERE case_id = ?", (case_id,))


def clear(conn: Connection) -> None:
    conn.execute("DELETE FROM figure_facts")


@dataclass(frozen=True)
class Filters:
    tags: tuple[str, ...] = ()  # cases holding every one of these tags
    start_from: str = ""  # ISO day, inclusive
    start_to: str = ""  # ISO day, inclusive


def _where(profile: str, f: Filters) -> tuple[str, list[object]]:
    where = ["profile = ?"]
    args: list[object] = [profile]
    if f.start_from:
        where.append("start != '' AND start >= ?")
        args.append(f.start_from)
    if f.start_to:
        where.append("start != '' AND start <= ?")
        args.append(f.start_to)
    if f.tags:
        where.append("case_id IN (" + " INTERSECT ".join(
            "SELECT case_id FROM case_tags WHERE tag = ?" for _ in f.tags) + ")")
        args.extend(f.tags)
    return " AND ".join(where), args


def counts(conn: Connection, profile: str, dims: Sequence[str], f: Filters = Filters(),
           unit: str = "victims") -> tuple[int, dict[str, dict[str, int]]]:
    """``(total, {dim: {value: count}})`` of *profile*'s facts under the filters.

    *unit* ``victims`` counts victims (one per case and ordinal); ``cases`` counts a case once per
    value any of its victims has, and the total is the cases with at least one victim.
    """
    if unit not in UNITS:
        raise ValueError(unit)
    where, args = _where(profile, f)
    counted = "count(*)" if unit == "victims" else "count(DISTINCT case_id)"
    total = int(conn.execute(f"SELECT {counted} FROM figure_facts WHERE dim = ? AND {where}",
                             [VICTIM, *args]).fetchone()[0])
    out: dict[str, dict[str, int]] = {d: {} for d in dims}
    if not dims:
        return total, out
    marks = ",".join("?" * len(dims))
    sql = (f"SELECT dim, value, {counted} FROM figure_facts WHERE dim IN ({marks}) AND {where} "
           f"GROUP BY dim, value")
    for dim, value, n in conn.execute(sql, [*dims, *args]):
        out[dim][value] = int(n)
    return total, out


# --- the backfill after the migration, or after the derivation changed ------------------------------
def pending(conn: Connection, version: str) -> tuple[bool, str | None]:
    """``(version differs, cursor)``: cursor is the last case id the backfill reached ('' = none)."""
    has_cases = conn.execute("SELECT 1 FROM cases LIMIT 1").fetchone() is not None
    return has_cases and meta.get(conn, META_VERSION) != version, meta.get(conn, META_PENDING)


def restart(conn: Connection, version: str) -> None:
    """Drop every fact and start a backfill for *version* (caller holds a write transaction)."""
    clear(conn)
    meta.put(conn, META_VERSION, version)
    meta.set_cursor(conn, META_PENDING, "")


def mark_version(conn: Connection, version: str) -> None:
    """Record the derivation the facts are built with, unless one is recorded (a different one is
    the backfill's to find and rebuild)."""
    meta.put(conn, META_VERSION, version, replace=False)


def set_cursor(conn: Connection, case_id: str | None) -> None:
    meta.set_cursor(conn, META_PENDING, case_id)
