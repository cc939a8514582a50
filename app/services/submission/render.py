"""Check, render, save and track UN submissions of a case stored in the vault."""

from __future__ import annotations

import hashlib
from dataclasses import dataclass
from pathlib import Path

from app.domain.dates import PartialDate
from app.domain.model import new_id
from app.domain.tracking import SubmissionRecord, with_tracking
from app.errors import InputFileError, NotFound, SubmissionBlocked
from app.export import render_docx, render_odt, render_pdf
from app.services import cases as case_service
from app.services.progress import Cancel, Progress, no_progress
from app.services.submission.checks import Finding, blocking, check
from app.services.submission.forms import body_config
from app.services.submission.mapping import Submission, build
from app.services.vault import Vault
from app.storage import submissions as store
from app.storage.files import atomic_write


@dataclass
class Part:
    """One main document (one WGAD questionnaire per victim, or the one SP letter) and its history record."""

    pdf: bytes
    record: SubmissionRecord
    person_ids: list[str]


@dataclass
class Rendered:
    submission: Submission
    main_pdf: bytes  # the first (often only) main document
    annex_pdf: bytes
    record: SubmissionRecord
    parts: list[Part]


def check_case(vault: Vault, ident: str, form: str, person_ids: list[str] | None = None) -> list[Finding]:
    return check(case_service.get_case(vault, ident), form, person_ids)


def part_paths(main_path: Path, count: int) -> list[Path]:
    """Where the main documents go: *main_path* itself, or ``stem-1.pdf``, ``stem-2.pdf``… when several."""
    if count <= 1:
        return [main_path]
    return [main_path.with_name(f"{main_path.stem}-{n}{main_path.suffix}") for n in range(1, count + 1)]


def render(vault: Vault, ident: str, form: str, language: str, *, draft: bool = False,
           date: PartialDate | None = None, person_ids: list[str] | None = None,
           progress: Progress = no_progress, cancel: Cancel | None = None) -> Rendered:
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

    steps = len(sub.documents) + 1

    def stage(offset: int, label: str) -> Progress:
        return lambda done, total, _l: progress(offset * max(total, 1) + done, steps * max(total, 1), label)

    mains = [render_pdf(doc, progress=stage(n, "main document"), cancel=cancel)
             for n, doc in enumerate(sub.documents)]
    annex = render_pdf(sub.annex, progress=stage(len(mains), "confidential annex"), cancel=cancel)
    parts = []
    for main, pids in zip(mains, sub.person_ids):
        record = SubmissionRecord(
            id=new_id(), case_id=case.id, form=form, language=language, rendered_at=vault.clock(),
            document_date=str(day), draft=draft, main_sha256=hashlib.sha256(main).hexdigest(),
            annex_sha256=hashlib.sha256(annex).hexdigest(), blocking=len(stop),
            warnings=len(sub.findings) - len(stop))
        parts.append(Part(main, record, pids))
    with vault.db.transaction() as conn:
        for part in parts:
            store.add(conn, part.record)
            vault.audit(conn, "render", "submission", part.record.id,
                        {"case": case.id, "form": form, "lang": language})
    return Rendered(sub, parts[0].pdf, annex, parts[0].record, parts)


#: what :func:`save` writes: the rendered PDFs, or editable documents of the same text (Word,
#: OpenDocument)
FORMATS = ("pdf", "docx", "odt")


def documents(rendered: Rendered, fmt: str = "pdf", progress: Progress = no_progress,
              cancel: Cancel | None = None) -> tuple[list[bytes], bytes]:
    """The main documents and the annex in *fmt*.

    DOCX and ODT files are made from the very :class:`~app.domain.document.Document` objects the PDFs
    were made from -- built from the disclosed view of the case -- so they carry the same
    sections, values and withheld-item notes, and nothing else.
    """
    if fmt == "pdf":
        return [part.pdf for part in rendered.parts], rendered.annex_pdf
    editable = {"docx": render_docx, "odt": render_odt}.get(fmt)
    if editable is None:
        raise ValueError(fmt)
    docs = [*rendered.submission.documents, rendered.submission.annex]
    out = []
    for n, doc in enumerate(docs):
        progress(n, len(docs), "editable documents")
        out.append(editable(doc, cancel=cancel))
    progress(len(docs), len(docs), "editable documents")
    return out[:-1], out[-1]


def save(vault: Vault, rendered: Rendered, main_path: Path, annex_path: Path | None, fmt: str = "pdf",
         progress: Progress = no_progress, cancel: Cancel | None = None) -> list[Path]:
    """Write the documents (PDF, or DOCX: see :func:`documents`) atomically where the user chose
    (see :func:`part_paths`); audited as an export."""
    paths = part_paths(Path(main_path), len(rendered.parts))
    mains, annex = documents(rendered, fmt, progress, cancel)
    files: list[tuple[Path | None, bytes]] = list(zip(paths, mains))
    for path, data in files + [(annex_path, annex)]:
        if path is None:
            continue
        try:
            atomic_write(Path(path), data)
        except FileNotFoundError as exc:
            raise InputFileError(str(path), "folder not found") from exc
        except PermissionError as exc:
            raise InputFileError(str(path), "permission denied") from exc
    with vault.db.transaction() as conn:
        for part in rendered.parts:
            vault.audit(conn, "export", "submission", part.record.id, {"format": fmt})
    return paths


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
