"""Case use cases: save, load, list, delete (search: ``app/services/search.py``, re-exported here)."""

from __future__ import annotations

import copy
import dataclasses
from collections import Counter

from app.domain.model import Case
from app.domain.validation import validate_case
from app.errors import NotFound, ValidationError
from app.services.search import SearchResult, make_snippet, search  # noqa: F401 -- one search for CLI and GUI
from app.services.vault import Vault
from app.services.figures import facts as figure_facts
from app.storage import cases as store
from app.storage import drafts as drafts_store
from app.storage import evidence as evidence_store
from app.storage.cases import CaseRow


def resolve(vault: Vault, ident: str) -> str:
    """A case id from an id, a unique id prefix or an internal reference; NotFound otherwise."""
    with vault.db.reading() as conn:
        case_id = store.resolve(conn, ident)
    if case_id is None:
        raise NotFound("case", ident)
    return case_id


def get_case(vault: Vault, ident: str) -> Case:
    case_id = resolve(vault, ident)
    with vault.db.reading() as conn:
        case = store.get(conn, case_id)
    if case is None:
        raise NotFound("case", ident)
    return case


def _check_reference(conn, case: Case, path: str = "$") -> None:  # type: ignore[no-untyped-def]
    if case.reference.strip():
        other = conn.execute("SELECT id FROM cases WHERE reference = ? AND id != ? LIMIT 1",
                             (case.reference, case.id)).fetchone()
        if other:
            raise ValidationError([(f"{path}.reference", "already used by another case")])


def _dropped_evidence(conn, case: Case) -> list[str]:  # type: ignore[no-untyped-def]
    """Crypto-erase the keys of evidence the new version of *case* no longer lists; return blob names."""
    keep = {e.id for e in case.evidence}
    gone = [r for r in evidence_store.for_case(conn, case.id) if r.evidence_id not in keep]
    for r in gone:
        evidence_store.delete(conn, r.evidence_id)
    return [r.blob for r in gone]


def save_case(vault: Vault, case: Case) -> Case:
    """Validate and store *case* in one transaction, with an audit entry.

    Returns the stored copy (timestamps set).  Nothing is written when the case
    is invalid (:class:`ValidationError` lists every problem).  Evidence items
    removed from the case lose their encrypted content (crypto-erase).
    """
    problems = validate_case(case)
    if problems:
        raise ValidationError(problems)
    stored = copy.deepcopy(case)
    now = vault.clock()
    with vault.db.transaction() as conn:
        _check_reference(conn, stored)
        existing = conn.execute("SELECT created_at FROM cases WHERE id = ?", (stored.id,)).fetchone()
        stored.created_at = existing[0] if existing else (stored.created_at or now)
        stored.updated_at = now
        figure_facts.store_case(conn, stored)
        erased = _dropped_evidence(conn, stored)
        vault.audit(conn, "update" if existing else "create", "case", stored.id)
    for name in erased:
        vault.blobs.remove(name)
    return stored


def save_cases(vault: Vault, cases: list[Case], *, action: str = "import") -> list[Case]:
    """Store several cases in ONE transaction (all or nothing) -- imports use this."""
    problems: list[tuple[str, str]] = []
    for i, case in enumerate(cases):
        problems += validate_case(case, f"$.cases[{i}]")
    refs = Counter(c.reference for c in cases if c.reference.strip())
    problems += [(f"$.cases[{i}].reference", "used by more than one case in this file")
                 for i, c in enumerate(cases) if c.reference.strip() and refs[c.reference] > 1]
    if problems:
        raise ValidationError(problems)
    now = vault.clock()
    out = []
    erased: list[str] = []
    with vault.db.transaction() as conn:
        for i, case in enumerate(cases):
            stored = dataclasses.replace(case)  # shallow: only the timestamps below differ
            _check_reference(conn, stored, f"$.cases[{i}]")
            stored.created_at = stored.created_at or now
            stored.updated_at = stored.updated_at or now
            figure_facts.store_case(conn, stored)
            erased += _dropped_evidence(conn, stored)
            vault.audit(conn, action, "case", stored.id)
            out.append(stored)
    for name in erased:
        vault.blobs.remove(name)
    return out


def delete_case(vault: Vault, ident: str) -> str:
    """Delete a case and crypto-erase its evidence (wrapped keys go with the rows)."""
    case_id = resolve(vault, ident)
    with vault.db.transaction() as conn:
        blobs = [r.blob for r in evidence_store.for_case(conn, case_id)]
        store.delete(conn, case_id)  # evidence rows cascade
        drafts_store.delete(conn, case_id)
        vault.audit(conn, "delete", "case", case_id)
    for name in blobs:
        vault.blobs.remove(name)
    return case_id


def list_cases(vault: Vault, *, sort: str = "updated", descending: bool = True, offset: int = 0,
               limit: int = 200, status: str | None = None, tag: str | None = None) -> list[CaseRow]:
    with vault.db.reading() as conn:
        return store.rows(conn, sort=sort, descending=descending, offset=offset, limit=limit,
                          status=status, tag=tag)


def count_cases(vault: Vault, *, status: str | None = None, tag: str | None = None) -> int:
    with vault.db.reading() as conn:
        return store.count(conn, status=status, tag=tag)


def tags(vault: Vault) -> list[tuple[str, int]]:
    with vault.db.reading() as conn:
        return store.all_tags(conn)
