"""``attach``: encrypt files into the vault as evidence of a case."""

from __future__ import annotations

import argparse
import os
from pathlib import Path

from app.cli.commands_case import check_code
from app.cli.context import Context
from app.cli.exitcodes import Exit
from app.cli.progress import ProgressBar, cancel_on_interrupt
from app.domain.dates import PartialDate
from app.domain.model import EvidenceItem
from app.errors import InputFileError
from app.services import cases as case_service
from app.services import evidence as evidence_service
from app.services import media
from app.services.evidence import EvidenceMeta


def partial_date(text: str) -> PartialDate:
    """argparse type for ``YYYY``, ``YYYY-MM`` or ``YYYY-MM-DD`` (``~`` prefix: approximate)."""
    try:
        return PartialDate.parse(text)
    except ValueError as exc:
        raise argparse.ArgumentTypeError(f"{text!r}: {exc}") from None


def check_readable(path: str) -> None:
    """Refuse a missing, unreadable or folder path before anything is written."""
    try:
        os.stat(path)
    except FileNotFoundError:
        raise InputFileError(path, "not found") from None
    except PermissionError:
        raise InputFileError(path, "permission denied") from None
    except OSError as exc:
        raise InputFileError(path, exc.strerror or "unreadable") from None
    if Path(path).is_dir():
        raise InputFileError(path, "is a folder")
    if not os.access(path, os.R_OK):
        raise InputFileError(path, "permission denied")


def run_attach(ctx: Context) -> int:
    a = ctx.args
    check_code("evidence_kind", "--kind", a.kind)
    for f in a.files:
        check_readable(f)
    meta = EvidenceMeta(description=a.description or "", kind=a.kind, source=a.source or "", date=a.date,
                        confidential=a.confidential)
    bar = ProgressBar(ctx.out.stderr)
    attached: list[EvidenceItem] = []
    with ctx.unlocked() as vault:
        case_id = case_service.resolve(vault, a.case)
        with cancel_on_interrupt() as token:
            try:
                for i, f in enumerate(a.files, 1):
                    bar.prefix = f"[{i}/{len(a.files)}] " if len(a.files) > 1 else ""
                    attached.append(evidence_service.attach(vault, case_id, Path(f), meta,
                                                            progress=bar, cancel=token))
            except BaseException:
                bar.clear()
                for item in reversed(attached):  # all or nothing: undo this run's earlier files
                    evidence_service.remove(vault, case_id, item.id)
                raise
            bar.clear()
        case = case_service.get_case(vault, case_id)
    ctx.out.line(f"Attached {len(attached)} file{'s' if len(attached) != 1 else ''} to case "
                 f"{case.reference or case_id[:8]}:")
    for item in attached:
        ctx.out.line(f"  {item.file_name}  {item.size} bytes  SHA-256 {item.sha256}  id {item.id[:8]}")
    ctx.out.document({"case": case_id, "evidence": [
        {"id": e.id, "file_name": e.file_name, "size": e.size, "sha256": e.sha256, "media_type": e.media_type}
        for e in attached]})
    return Exit.OK


def run_export(ctx: Context) -> int:
    a = ctx.args
    dest = Path(a.output)
    if dest.exists() and not a.force:
        raise InputFileError(str(dest), "exists (give --force to replace it)")
    with ctx.unlocked() as vault:
        evidence_id = media.resolve_evidence(vault, a.evidence)
        if a.exact:
            evidence_service.export_copy(vault, evidence_id, dest)
        else:
            media.export_without_metadata(vault, evidence_id, dest)
    ctx.out.document({"evidence": evidence_id, "path": str(dest), "metadata_stripped": not a.exact})
    ctx.out.line(f"Exported {evidence_id[:8]} to {dest}" + (" (exact copy)." if a.exact else
                 " (images without EXIF, GPS, XMP or comments; other files exact)."))
    return Exit.OK


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser],
             parents: list[argparse.ArgumentParser]) -> None:
    p = sub.add_parser("attach", parents=parents, help="encrypt files into the vault as evidence of a case",
                       description="Encrypt each FILE into the vault and add it to CASE as evidence, with "
                                   "its SHA-256. The original files are not changed. All or nothing: if one "
                                   "file fails or you press Ctrl-C, none is kept.")
    p.add_argument("case", metavar="CASE")
    p.add_argument("files", metavar="FILE", nargs="+")
    p.add_argument("--description", help="what the file shows")
    p.add_argument("--kind", default="documentary", help="evidence kind code (default documentary)")
    p.add_argument("--source", help="who provided it")
    p.add_argument("--date", type=partial_date, metavar="YYYY[-MM[-DD]]",
                   help="when it was created or obtained")
    p.add_argument("--confidential", action="store_true", help="keep it out of documents sent to the State")
    p.set_defaults(handler=run_attach)

    e = sub.add_parser("evidence", help="evidence copies for sharing")
    inner = e.add_subparsers(dest="evidence_command", metavar="ACTION", required=True)
    x = inner.add_parser("export", parents=parents, help="export a copy of an evidence file",
                         description="Decrypt a copy of an evidence file. Images lose their metadata (EXIF, "
                                     "GPS, XMP, comments) unless --exact; the original in the vault is not "
                                     "changed. The export is recorded in the audit trail.")
    x.add_argument("evidence", metavar="EVIDENCE", help="evidence id (or a unique prefix of 6+ characters)")
    x.add_argument("-o", "--output", required=True, metavar="FILE")
    x.add_argument("--exact", action="store_true", help="the exact stored bytes (metadata kept; hash checked)")
    x.add_argument("--force", action="store_true", help="replace FILE if it exists")
    x.set_defaults(handler=run_export)
