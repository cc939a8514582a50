"""The communications log of a case, and what is due across cases (CLI and GUI share these).

The log is part of the case (``Case.communications``): adding an entry saves
the case (validated, audited, one transaction), so the log travels with case
files and bundles and passes through the disclosure engine like every field.
The due view reads every case and the submission history once
(:func:`due`), and counts with the periods of ``resources/forms/config.json``.
"""

from __future__ import annotations

import copy
import dataclasses
from dataclasses import dataclass
from datetime import date

from app.domain.communications import hints
from app.domain.due import DueItem, Periods, due_items, select
from app.domain.model import Case, CommunicationEntry
from app.domain.validation import Problem
from app.errors import Cancelled, NotFound
from app.progress import Cancel, Progress, no_progress
from app.services import cases as case_service
from app.services.submission.forms import config
from app.services.vault import Vault
from app.storage import cases as store
from app.storage import submissions as submissions_store


def periods() -> Periods:
    bodies = config()["bodies"]
    return Periods({name: int(b["government_reply_days"]) for name, b in bodies.items()
                    if "government_reply_days" in b},
                   follow_up_months=int(bodies["wgad"]["follow_up_months_after_opinion"]),
                   comments_days=int(config().get("comments_on_reply_days", 14)))


def today(vault: Vault) -> date:
    return date.fromisoformat(vault.clock()[:10])


# --- the log of one case ----------------------------------------------------------------
def entries(vault: Vault, ident: str) -> tuple[Case, list[CommunicationEntry]]:
    case = case_service.get_case(vault, ident)
    return case, list(case.communications)


def add_entry(vault: Vault, ident: str, entry: CommunicationEntry) -> tuple[CommunicationEntry, list[Problem]]:
    """Append *entry* to the case's log and save the case; returns the entry and its hints."""
    case = case_service.get_case(vault, ident)
    case.communications.append(entry)
    stored = case_service.save_case(vault, case)
    return entry, entry_hints(vault, stored, entry.id)


def update_entry(vault: Vault, ident: str, entry_id: str, **changes: object
                 ) -> tuple[CommunicationEntry, list[Problem]]:
    case = case_service.get_case(vault, ident)
    entry = find(case, entry_id)
    new = dataclasses.replace(copy.deepcopy(entry), **changes)  # type: ignore[arg-type]
    case.communications[case.communications.index(entry)] = new
    stored = case_service.save_case(vault, case)
    return new, entry_hints(vault, stored, new.id)


def remove_entry(vault: Vault, ident: str, entry_id: str) -> CommunicationEntry:
    case = case_service.get_case(vault, ident)
    entry = find(case, entry_id)
    case.communications.remove(entry)
    for other in case.communications:  # nothing may point at an entry that is gone
        if other.in_reply_to == entry.id:
            other.in_reply_to = ""
    case_service.save_case(vault, case)
    return entry


def find(case: Case, entry_id: str) -> CommunicationEntry:
    """An entry by id or unique id prefix (at least 4 characters)."""
    exact = case.communication(entry_id)
    if exact is not None:
        return exact
    found = [e for e in case.communications if len(entry_id) >= 4 and e.id.startswith(entry_id)]
    if len(found) != 1:
        raise NotFound("communication", entry_id)
    return found[0]


def entry_hints(vault: Vault, case: Case, entry_id: str) -> list[Problem]:
    i = next(n for n, e in enumerate(case.communications) if e.id == entry_id)
    return [p for p in hints(case, today(vault)) if p[0].startswith(f"$.communications[{i}].")]


# --- due and overdue across cases ------------------------------------------------------
@dataclass(frozen=True)
class DueRow:
    item: DueItem
    case_reference: str
    case_title: str
    days_left: int  # negative: overdue by that many days
    path: str = ""  # where the editor shows it: "$.communications[2]"; "" for a submission's history record

    @property
    def overdue(self) -> bool:
        return self.days_left < 0


def due(vault: Vault, *, overdue_only: bool = False, within: int | None = None, on: date | None = None,
        progress: Progress = no_progress, cancel: Cancel | None = None) -> list[DueRow]:
    """What is due across every case of the vault, earliest first (see :mod:`app.domain.due`)."""
    day = on or today(vault)
    per = periods()
    with vault.db.reading() as conn:
        records = submissions_store.for_case(conn, None)
        by_case: dict[str, list] = {}  # type: ignore[type-arg]
        for r in records:
            by_case.setdefault(r.case_id, []).append(r)
        rows: list[DueRow] = []
        ids = store.all_ids(conn)
        for n, case_id in enumerate(ids):
            if cancel is not None and cancel():
                raise Cancelled()
            progress(n, len(ids), "cases")
            case = store.get(conn, case_id)
            if case is None or case.status == "closed":  # a closed case asks for nothing more
                continue
            items = select(due_items(case, by_case.get(case_id, []), per), day, overdue_only=overdue_only,
                           within=within)
            where = {e.id: f"$.communications[{k}]" for k, e in enumerate(case.communications)}
            rows += [DueRow(i, case.reference or case.id[:8], case.title, i.days_left(day),
                            where.get(i.entry_id, "") if i.from_log else "") for i in items]
        progress(len(ids), len(ids), "cases")
    return sorted(rows, key=lambda r: (r.item.due, r.case_reference, r.item.kind, r.item.entry_id))
