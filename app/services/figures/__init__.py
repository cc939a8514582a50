"""Figures across cases: counts by deprivation type, charge, region, year, sex, ethnicity, status and
ill-treatment, filtered by tags and a date range, under a disclosure profile.

* **Unit**: ``victims`` (default) counts persons who are victims (role ``victim`` or a deprivation
  of liberty on file), ``cases`` counts cases (once per value any of their victims has).
* **Profile**: ``public`` (default), ``partner`` or ``full``.  Counts are read from facts built at
  save time from the disclosed view of that profile (``facts.py``), so a value the profile may not
  see is counted as ``unknown``, never as itself.
* **Dates**: the date range compares the first possible day of each victim's deprivation (arrest
  date, else the start of the first detention period): "2019" counts as 2019-01-01.  Victims with
  no date on file are left out when a range is given.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from app.domain.dates import PartialDate
from app.domain.figures import DIMENSIONS, MULTI, UNKNOWN, VOCABULARIES, first_day, last_day
from app.domain.vocab import vocabulary
from app.progress import Cancel, Progress, no_progress
from app.services.figures import facts
from app.services.sharing import PROFILES, UnknownProfile
from app.services.vault import Vault
from app.storage import figures as store
from app.storage.figures import UNITS


@dataclass(frozen=True)
class Query:
    by: tuple[str, ...] = DIMENSIONS
    tags: tuple[str, ...] = ()
    date_from: PartialDate | None = None
    date_to: PartialDate | None = None
    profile: str = "public"
    unit: str = "victims"

    def __post_init__(self) -> None:
        if self.profile not in PROFILES:
            raise UnknownProfile(self.profile)
        unknown = [d for d in self.by if d not in DIMENSIONS]
        if unknown or self.unit not in UNITS:
            raise ValueError(unknown or self.unit)

    @property
    def backwards(self) -> bool:
        """The range begins after it ends (no deprivation can fall in it): say so, do not count zeros."""
        return bool(self.date_from and self.date_to and first_day(self.date_from) > last_day(self.date_to))


@dataclass(frozen=True)
class Figures:
    """The counts of a query: per dimension, ``(value, count)`` in display order."""

    query: Query
    total: int
    counts: dict[str, list[tuple[str, int]]] = field(default_factory=dict)

    def count(self, dim: str, value: str) -> int:
        return dict(self.counts.get(dim, [])).get(value, 0)

    def as_dict(self) -> dict[str, object]:
        q = self.query
        return {"profile": q.profile, "unit": q.unit, "tags": list(q.tags),
                "from": str(q.date_from) if q.date_from else None,
                "to": str(q.date_to) if q.date_to else None, "total": self.total,
                "multi_valued": sorted(d for d in q.by if d in MULTI),
                "by": {d: [{"value": v, "count": n} for v, n in self.counts[d]] for d in q.by}}


def pending_cases(vault: Vault) -> int:
    """Cases whose facts a backfill still has to build (after the upgrade to schema 7)."""
    with vault.db.reading() as conn:
        return facts.pending_cases(conn)


def backfill(vault: Vault, progress: Progress = no_progress, cancel: Cancel = lambda: False) -> int:
    return facts.backfill(vault.db, progress, cancel)


def compute(vault: Vault, query: Query = Query(), progress: Progress = no_progress,
            cancel: Cancel = lambda: False) -> Figures:
    """The figures of *query* (building missing facts first, with *progress*)."""
    if pending_cases(vault):
        backfill(vault, progress, cancel)
    f = store.Filters(tuple(query.tags), first_day(query.date_from) if query.date_from else "",
                      last_day(query.date_to) if query.date_to else "")
    with vault.db.reading() as conn:
        total, raw = store.counts(conn, query.profile, query.by, f, query.unit)
    return Figures(query, total, {d: _ordered(d, raw[d]) for d in query.by})


def _ordered(dim: str, counts: dict[str, int]) -> list[tuple[str, int]]:
    """Vocabulary order for coded dimensions, years ascending, text by count then value;
    ``unknown`` last."""
    order = {t.code: i for i, t in enumerate(vocabulary(VOCABULARIES[dim]).terms)} if dim in VOCABULARIES else {}

    def key(kv: tuple[str, int]) -> tuple[object, ...]:
        value, n = kv
        if dim in VOCABULARIES:
            return (value == UNKNOWN, order.get(value, len(order)), value)
        if dim == "year":
            return (value == UNKNOWN, value)
        return (value == UNKNOWN, -n, value)

    return sorted(counts.items(), key=key)


__all__ = ["DIMENSIONS", "Figures", "Query", "UNITS", "backfill", "compute", "pending_cases"]
