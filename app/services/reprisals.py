"""The reprisals log of a case (CLI and GUI share these).

The log is part of the case (``Case.reprisals``): adding an incident saves the
case (validated, audited, one transaction), so it travels with case files and
bundles and passes through the disclosure engine like every field.  Reporting
it to the UN is the ``reprisals`` submission form (:mod:`app.services.submission.reprisals`).
"""

from __future__ import annotations

import copy
import dataclasses
from collections.abc import Sequence
from typing import TypeVar

from app.domain.model import Case, Item, ReprisalIncident
from app.errors import NotFound
from app.services import cases as case_service
from app.services.vault import Vault

T = TypeVar("T", bound=Item)


def incidents(vault: Vault, ident: str) -> tuple[Case, list[ReprisalIncident]]:
    case = case_service.get_case(vault, ident)
    return case, list(case.reprisals)


def add_incident(vault: Vault, ident: str, incident: ReprisalIncident) -> ReprisalIncident:
    """Append *incident* to the case's log and save the case."""
    case = case_service.get_case(vault, ident)
    case.reprisals.append(incident)
    case_service.save_case(vault, case)
    return incident


def update_incident(vault: Vault, ident: str, incident_id: str, **changes: object) -> ReprisalIncident:
    case = case_service.get_case(vault, ident)
    old = find(case.reprisals, incident_id, "reprisal")
    new = dataclasses.replace(copy.deepcopy(old), **changes)  # type: ignore[arg-type]
    case.reprisals[case.reprisals.index(old)] = new
    case_service.save_case(vault, case)
    return new


def remove_incident(vault: Vault, ident: str, incident_id: str) -> ReprisalIncident:
    case = case_service.get_case(vault, ident)
    old = find(case.reprisals, incident_id, "reprisal")
    case.reprisals.remove(old)
    case_service.save_case(vault, case)
    return old


def find(items: Sequence[T], ident: str, kind: str) -> T:
    """An item of a case by id, or by a unique id prefix of at least 4 characters."""
    exact = [x for x in items if x.id == ident]
    found = exact or [x for x in items if len(ident) >= 4 and x.id.startswith(ident)]
    if len(found) != 1:
        raise NotFound(kind, ident)
    return found[0]
