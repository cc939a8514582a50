"""Check, render, save and track UN submissions of a case stored in the vault."""

from __future__ import annotations

import hashlib
from dataclasses import dataclass
from pathlib import Path

from app.domain.dates import PartialDate
from app.domain.model import new_id
from app.domain.tracking import SubmissionRecord, with_tracking
from app.errors import InputFileError, NotFound, SubmissionBlocked
from app.export.pdf import render_pdf
from app.services import cases as case_service
from app.services.progress import Progress, no_progress
from app.services.submission.checks import Finding, blocking, check
from app.services.submission.forms import body_config
from app.services.submission.mapping import Submission, build
from app.services.vault import Vault
from app.storage import submissions as store
from app.storage.files import atomic_write


@dataclass
class Rendered:
    submission: Submission
    main_pdf: bytes
    annex_pdf: bytes
    record: SubmissionRecord


def check_case(vault: Vault, ident: str, form: str) -> list[Finding]:
    return check(case_service.get_case(vault, ident), form)


def render(vault: Vault, ident: str, form: str, language: str, *, draft: bool = False,
           date: PartialDate | None = None, person_ids: list[str] | None = None,
           progress: Progress = no_progress, cancel=None) -> Rendered:  # type: ignore[no-untyped-def]
    """Render the main document and the confidential annex; record them in the history.

    Blocking findings raise :class:`SubmissionBlocked` unless *draft* (then every
    page carries a DRAFT mark).  The document date defaults to today (UTC).
    """
    case = case_service.get_case(vault, ident)
    day = date or PartialDate.parse(vault.clock()[:10])
    sub = build(case, form, language, date=day, draft=draft, person_ids=person_ids)
    stop = blocking(sub.findings)
    if stop and not draft:
        raise SubmissionBlocked(stop)

    def stage(offset: int, label: str) -> Progress:
        return lambda done, total, _l: progress(offset + done, 2 * max(total, 1), label)

    main = render_pdf(sub.main, progress=stage(0, "main document"), cancel=cancel)
    annex = render_pdf(sub.annex, progress=stage(1, "confidential annex"), cancel=cancel)
    record = SubmissionRecord(
        id=new_id(), case_id=case.id, form=form, language=language, rendered_at=vault.clock(),
        document_date=str(day), draft=draft, main_sha256=hashlib.sha256(main).hexdigest(),
        annex_sha256=hashlib.sha256(annex).hexdigest(), blocking=len(stop),
        warnings=len(sub.findings) - len(stop))
    with vault.db.transaction() as conn:
        store.add(conn, record)
        vault.audit(conn, "render", "submission", record.id, {"case": case.id, "form": form, "lang": language})
    return Rendered(sub, main, annex, record)


def save(vault: Vault, rendered: Rendered, main_path: Path, annex_path: Path | None) -> None:
    """Write the PDFs atomically where the user chose; audited as an export."""
    for path, data in ((main_path, rendered.main_pdf), (annex_path, rendered.annex_pdf)):
        if path is None:
            continue
        try:
            atomic_write(Path(path), data)
        except FileNotFoundError as exc:
            raise InputFileError(str(path), "folder not found") from exc
        except PermissionError as exc:
            raise InputFileError(str(path), "permission denied") from exc
    with vault.db.transaction() as conn:
        vault.audit(conn, "export", "submission", rendered.record.id)


def history(vault: Vault, ident: str | None = None) -> list[SubmissionRecord]:
    case_id = case_service.resolve(vault, ident) if ident else None
    with vault.db.reading() as conn:
        return store.for_case(conn, case_id)


def track(vault: Vault, sub_id: str, **changes: str) -> SubmissionRecord:
    """Update tracking fields (date sent, UN reference, outcome...) and derived due dates."""
    with vault.db.transaction() as conn:
        rec = store.get(conn, sub_id)
        if rec is None:
            raise NotFound("submission", sub_id)
        cfg = body_config(rec.form)
        new = with_tracking(rec, reply_days=int(cfg["government_reply_days"]),
                            follow_up_months=int(cfg["follow_up_months_after_opinion"]), **changes)
        store.update(conn, new)
        vault.audit(conn, "update", "submission", rec.id, {"fields": sorted(changes)})
    return new
