"""Import a sealed bundle: read and check it whole (:func:`app.services.bundle_read.read`), then merge
record by record (:mod:`.merge`) and commit everything in ONE transaction, with the report in the
audit trail.  Conflicts are kept for review (:func:`conflicts`, :func:`resolve`)."""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from app.domain.codec import encode
from app.domain.model import Case, new_id
from app.domain.validation import validate_case
from app.errors import NotFound, ValidationError
from app.services import bundle_read
from app.services import evidence as evidence_service
from app.services.merge import Merged, apply_resolution, canonical, merge
from app.services.progress import Cancel, Progress, no_progress
from app.services.vault import Vault
from app.services.figures import facts as figure_facts
from app.storage import cases as case_store
from app.storage import evidence as evidence_store
from app.storage import exchange as store
from app.storage.evidence import BlobRecord


@dataclass
class CaseOutcome:
    case_id: str
    reference: str
    title: str
    status: str  # added | updated | unchanged | conflicts
    added: list[str] = field(default_factory=list)
    updated: list[str] = field(default_factory=list)
    unchanged: int = 0
    conflicts: list[str] = field(default_factory=list)  # conflict ids

    def to_dict(self) -> dict[str, Any]:
        return {"case_id": self.case_id, "reference": self.reference, "status": self.status,
                "added": self.added, "updated": self.updated, "unchanged": self.unchanged,
                "conflicts": self.conflicts}


@dataclass
class Report:
    bundle_id: str
    created_at: str
    profile: str
    signer: bundle_read.Signer
    cases: list[CaseOutcome]
    evidence_added: int
    evidence_duplicates: int
    evidence_bytes: int

    @property
    def conflicts(self) -> int:
        return sum(len(c.conflicts) for c in self.cases)

    def to_dict(self) -> dict[str, Any]:
        return {"bundle_id": self.bundle_id, "created_at": self.created_at, "profile": self.profile,
                "signer": {"fingerprint": self.signer.fingerprint, "status": self.signer.status,
                           "name": self.signer.name},
                "cases": [c.to_dict() for c in self.cases], "evidence_added": self.evidence_added,
                "evidence_duplicates": self.evidence_duplicates, "conflicts": self.conflicts}


def _status(m: Merged, new: bool) -> str:
    if new:
        return "added"
    if m.conflicts:
        return "conflicts"
    return "updated" if m.changed else "unchanged"


def import_bundle(vault: Vault, path: Path, *, passphrase: str | None = None, allow_unknown_signer: bool = False,
                  allow_older: bool = False, progress: Progress = no_progress, cancel: Cancel | None = None) -> Report:
    """Check *path* whole, then merge its cases into the vault (all or nothing)."""
    staged = bundle_read.read(vault, path, passphrase=passphrase, stage=True,
                                 allow_unknown_signer=allow_unknown_signer, allow_older=allow_older,
                                 progress=progress, cancel=cancel)
    m = staged.manifest
    try:
        plans = []
        with vault.db.reading() as conn:
            for theirs in staged.cases:
                ours = case_store.get(conn, theirs.id)
                base_json = store.get_base(conn, theirs.id)
                merged = merge(ours, theirs, json.loads(base_json) if base_json else None)
                plans.append((theirs, ours is None, merged))
        problems = []
        for i, (_theirs, _new, merged) in enumerate(plans):
            problems += validate_case(merged.case, f"$.cases[{i}]")
        if problems:
            raise ValidationError(problems)
        outcomes = _commit(vault, staged, plans)
    except BaseException:
        bundle_read.discard(vault, staged)
        raise
    return Report(m.bundle_id, m.created_at, m.profile, staged.signer, outcomes, len(staged.parts),
                  len(staged.duplicates), m.total_bytes)


def _commit(vault: Vault, staged: bundle_read.Staged, plans: list[tuple[Case, bool, Merged]]) -> list[CaseOutcome]:
    m = staged.manifest
    now = vault.clock()
    outcomes = []
    published: list[str] = []
    try:
        with vault.db.transaction() as conn:
            for theirs, new, merged in plans:
                case = merged.case
                outcome = CaseOutcome(case.id, case.reference, case.title, _status(merged, new),
                                      merged.added, merged.updated, merged.unchanged)
                if merged.changed:
                    case.created_at = case.created_at or now
                    case.updated_at = now
                    figure_facts.store_case(conn, case)
                wanted = {e.id for e in case.evidence}
                for eid, (blob, key, result) in list(staged.parts.items()):
                    if eid not in wanted or not any(e.id == eid for e in theirs.evidence) \
                            or evidence_store.get(conn, eid) is not None:
                        continue
                    wrapped = evidence_service.wrap_file_key(vault, eid, key)
                    evidence_store.add(conn, BlobRecord(eid, case.id, blob, wrapped, result.sha256, result.size,
                                                        result.stored_size, now))
                    vault.blobs.publish_sealed(blob)
                    published.append(eid)
                for record, ours_json, theirs_json in merged.conflicts:
                    cid = new_id()
                    store.add_conflict(conn, store.ConflictRow(cid, case.id, record, ours_json, theirs_json,
                                                               m.bundle_id, m.sender_fingerprint, now))
                    outcome.conflicts.append(cid)
                store.put_base(conn, theirs.id, canonical(encode(theirs)), now)
                vault.audit(conn, "import", "case", case.id,
                            {"bundle": m.bundle_id, "status": outcome.status, "added": len(outcome.added),
                             "updated": len(outcome.updated), "conflicts": len(outcome.conflicts)})
                outcomes.append(outcome)
            if staged.signer.status != "self":
                store.record_import(conn, m.bundle_id, m.sender_fingerprint, m.sequence, m.created_at, now)
            vault.audit(conn, "import", "bundle", m.bundle_id,
                        {"signer": m.sender_fingerprint[:16], "signer_status": staged.signer.status,
                         "profile": m.profile, "cases": len(outcomes),
                         "evidence_added": len(published), "evidence_duplicates": len(staged.duplicates),
                         "conflicts": sum(len(o.conflicts) for o in outcomes)})
    except BaseException:
        for eid in published:
            vault.blobs.remove(staged.parts[eid][0])
        raise
    for eid in [e for e in staged.parts if e not in published]:  # staged but not needed after all
        vault.blobs.discard_part(staged.parts[eid][0])
    return outcomes


# --- review ---------------------------------------------------------------------------------
@dataclass(frozen=True)
class Conflict:
    id: str
    case_id: str
    record: str
    ours: Any
    theirs: Any
    bundle_id: str
    signer: str
    created_at: str
    resolution: str


def _conflict(row: store.ConflictRow) -> Conflict:
    return Conflict(row.id, row.case_id, row.record, json.loads(row.ours), json.loads(row.theirs), row.bundle_id,
                    row.signer, row.created_at, row.resolution)


def conflicts(vault: Vault, case_id: str | None = None, *, open_only: bool = True) -> list[Conflict]:
    with vault.db.reading() as conn:
        return [_conflict(r) for r in store.conflicts(conn, case_id=case_id, open_only=open_only)]


def resolve(vault: Vault, conflict_id: str, keep: str) -> Conflict:
    """Close a conflict keeping ``ours`` (nothing changes in the case) or ``theirs`` (the record is
    replaced by the incoming version).  Audited."""
    if keep not in ("ours", "theirs"):
        raise ValueError(keep)
    with vault.db.reading() as conn:
        rows = [r for r in store.conflicts(conn) if r.id == conflict_id or
                (len(conflict_id) >= 6 and r.id.startswith(conflict_id))]
    if len(rows) != 1:
        raise NotFound("conflict", conflict_id)
    row = rows[0]
    now = vault.clock()
    with vault.db.transaction() as conn:
        if keep == "theirs":
            case = case_store.get(conn, row.case_id)
            if case is None:
                raise NotFound("case", row.case_id)
            case = apply_resolution(case, row.record, row.theirs)
            problems = validate_case(case)
            if problems:
                raise ValidationError(problems)
            case.updated_at = now
            figure_facts.store_case(conn, case)
        store.resolve_conflict(conn, row.id, keep, now)
        vault.audit(conn, "resolve", "conflict", row.id, {"case": row.case_id, "keep": keep})
    with vault.db.reading() as conn:
        return _conflict(store.get_conflict(conn, row.id))  # type: ignore[arg-type]
