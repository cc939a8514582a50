"""``verify``: is everything in the vault authentic and complete?

Checks, in order: the header MAC and its two slots; header/database binding (generation, audit
head: rollback and truncation); SQLCipher's per-page HMACs and SQLite's
structural integrity; the audit hash chain; every evidence blob (present,
every chunk authentic, size and SHA-256 as recorded); blob files no record
points to.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass, field

from app import crypto
from app.errors import RecourseError, TamperDetected
from app.services.evidence import _file_key
from app.services.progress import Cancel, Progress, no_progress
from app.services import keyslots
from app.services.vault import Vault, audit_fingerprint
from app.storage import audit as audit_store
from app.storage import evidence as evidence_store
from app.storage.header import read_header_file


@dataclass
class Check:
    name: str
    ok: bool
    checked: int = 0
    problems: list[str] = field(default_factory=list)


@dataclass
class VerifyReport:
    checks: list[Check] = field(default_factory=list)
    audit_fingerprint: str = ""  # note it down; compare it later (docs/threat-model.md)

    @property
    def ok(self) -> bool:
        return all(c.ok for c in self.checks)

    def to_dict(self) -> dict[str, object]:
        return {"ok": self.ok, "audit_fingerprint": self.audit_fingerprint, "checks": [
            {"name": c.name, "ok": c.ok, "checked": c.checked, "problems": c.problems} for c in self.checks]}


class _HashingSink:
    def __init__(self) -> None:
        self.h = hashlib.sha256()

    def write(self, data: bytes) -> int:
        self.h.update(data)
        return len(data)


def verify(vault: Vault, *, progress: Progress = no_progress, cancel: Cancel | None = None) -> VerifyReport:
    report = VerifyReport()
    header_problems = ([] if vault.header_authentic() else ["header MAC mismatch"]) + list(vault.header_notes)
    try:
        header_problems += read_header_file(vault.folder).problems()
    except RecourseError as exc:
        header_problems.append(f"header file: {type(exc).__name__}")
    report.checks.append(Check("header", not header_problems, 1, header_problems))
    with vault.db.reading() as conn:
        binding = keyslots.binding_problems(vault.header, conn)
    binding = list(dict.fromkeys([*vault.rollback_problems, *binding]))
    report.checks.append(Check("rollback", not binding, 1, binding))

    problems = vault.db.integrity_problems()
    report.checks.append(Check("database", not problems, 1, problems))

    with vault.db.reading() as conn:
        n, problems = audit_store.verify(conn, vault.audit_mac(), vault.earlier_audit_macs(conn))
        records = evidence_store.all_records(conn)
    report.audit_fingerprint = audit_fingerprint(vault)
    report.checks.append(Check("audit", not problems, n, problems))

    blob_problems: list[str] = []
    for i, rec in enumerate(records):
        progress(i, len(records), "evidence")
        if cancel is not None and cancel():
            from app.errors import Cancelled

            raise Cancelled()
        try:
            key = _file_key(vault, rec)
            with vault.blobs.open(rec.blob) as src:
                sink = _HashingSink()
                result = crypto.decrypt_stream(src, sink, key)  # type: ignore[arg-type]
            if result.size != rec.size:
                blob_problems.append(f"evidence {rec.evidence_id}: size {result.size}, recorded {rec.size}")
            if result.sha256 != rec.sha256:
                blob_problems.append(f"evidence {rec.evidence_id}: SHA-256 differs from the recorded one")
        except FileNotFoundError:
            blob_problems.append(f"evidence {rec.evidence_id}: blob file missing")
        except TamperDetected as exc:
            blob_problems.append(f"evidence {rec.evidence_id}: {exc.detail or 'authentication failed'}")
        except RecourseError as exc:
            blob_problems.append(f"evidence {rec.evidence_id}: {type(exc).__name__}")
    progress(len(records), len(records), "evidence")
    report.checks.append(Check("evidence", not blob_problems, len(records), blob_problems))

    known = {r.blob for r in records}
    orphans = sorted(vault.blobs.names() - known)
    report.checks.append(Check("orphans", not orphans, len(vault.blobs.names()),
                               [f"blob file {n} belongs to no evidence record" for n in orphans]))
    return report
