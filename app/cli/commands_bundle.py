"""``bundle create|inspect|import|conflicts|resolve``: sealed, signed bundles between vaults."""

from __future__ import annotations

import argparse
from pathlib import Path

from app.cli.context import Context
from app.cli.errors import usage
from app.cli.exitcodes import Exit
from app.cli.output import table
from app.cli.passphrase import PassphraseSource
from app.cli.progress import ProgressBar, cancel_on_interrupt
from app.services import bundle as bundle_service
from app.services import bundle_import, bundle_read
from app.services import identity as identity_service
from app.services.sharing import PROFILES

_STATUS = {"verified": "a verified contact", "unverified": "a contact NOT yet verified",
           "unknown": "an UNKNOWN key", "self": "this vault"}


def _bundle_passphrase(ctx: Context, *, new: bool) -> str:
    source = PassphraseSource(ctx.args.bundle_passphrase_file, False)
    return source.new("Bundle passphrase: ") if new else source.get("Bundle passphrase: ")


def run_create(ctx: Context) -> int:
    a = ctx.args
    if bool(a.to) == bool(a.passphrase_protect):
        raise usage("Give --to CONTACT (one or more) or --passphrase-protect, not both: age cannot mix a "
                    "passphrase with other recipients.")
    dest = Path(a.output)
    if dest.exists() and not a.force:
        raise usage(f"{dest} exists. Choose another name or give --force to replace it.")
    passphrase = _bundle_passphrase(ctx, new=True) if a.passphrase_protect else None
    bar = ProgressBar(ctx.out.stderr)
    with ctx.unlocked() as vault, cancel_on_interrupt() as token:
        try:
            made = bundle_service.create(vault, a.cases, dest, contacts=a.to or [], passphrase=passphrase,
                                         profile=a.profile, person_ids=a.person or None,
                                         strip_metadata=a.strip_metadata, progress=bar, cancel=token)
        finally:
            bar.clear()
    ctx.out.document({"bundle_id": made.bundle_id, "path": str(made.path), "profile": made.profile,
                      "cases": made.cases, "evidence": made.evidence, "metadata_stripped": made.stripped,
                      "bytes": made.bytes, "recipients": made.recipients})
    ctx.out.line(f"Sealed {len(made.cases)} case(s) and {made.evidence} evidence file(s) into {made.path}")
    ctx.out.line(f"  profile {made.profile}; for {', '.join(made.recipients)}; bundle id {made.bundle_id[:12]}")
    if made.stripped:
        ctx.out.line(f"  {made.stripped} image(s) travel without their metadata (EXIF, GPS, XMP, comments).")
    return Exit.OK


def _signer_line(s: bundle_read.Signer) -> str:
    who = f" ({s.name})" if s.name else ""
    return f"Signed by {_STATUS[s.status]}{who}, fingerprint {identity_service.short_fingerprint(s.fingerprint)}"


def run_inspect(ctx: Context) -> int:
    a = ctx.args
    path = Path(a.file)
    with ctx.unlocked() as vault:
        passphrase = _bundle_passphrase(ctx, new=False) if bundle_read.needs_passphrase(path) else None
        staged = bundle_read.read(vault, path, passphrase=passphrase)
    m = staged.manifest
    ctx.out.document({"bundle_id": m.bundle_id, "created_at": m.created_at, "sequence": m.sequence,
                      "profile": m.profile, "signer": {"fingerprint": m.sender_fingerprint,
                                                       "status": staged.signer.status, "name": staged.signer.name},
                      "files": [f.to_dict() for f in m.files],
                      "cases": [{"id": c.id, "reference": c.reference, "title": c.title} for c in staged.cases]})
    ctx.out.line(f"Bundle {m.bundle_id[:12]}, made {m.created_at}, profile {m.profile}: signature and every "
                 f"SHA-256 check out.")
    ctx.out.line(_signer_line(staged.signer))
    rows = [[c.reference or c.id[:8], c.title,
             str(sum(1 for f in m.files if f.kind == "evidence" and f.case_id == c.id))] for c in staged.cases]
    ctx.out.lines(table(["CASE", "TITLE", "EVIDENCE"], rows))
    return Exit.OK


def run_import(ctx: Context) -> int:
    a = ctx.args
    path = Path(a.file)
    bar = ProgressBar(ctx.out.stderr)
    with ctx.unlocked() as vault, cancel_on_interrupt() as token:
        passphrase = _bundle_passphrase(ctx, new=False) if bundle_read.needs_passphrase(path) else None
        try:
            report = bundle_import.import_bundle(vault, path, passphrase=passphrase,
                                                 allow_unknown_signer=a.allow_unknown_signer,
                                                 allow_older=a.allow_older, progress=bar, cancel=token)
        finally:
            bar.clear()
    ctx.out.document(report.to_dict())
    ctx.out.line(_signer_line(report.signer))
    rows = [[c.reference or c.case_id[:8], c.status, str(len(c.added)), str(len(c.updated)), str(len(c.conflicts))]
            for c in report.cases]
    ctx.out.lines(table(["CASE", "RESULT", "ADDED", "UPDATED", "TO REVIEW"], rows))
    ctx.out.line(f"Evidence: {report.evidence_added} file(s) added, {report.evidence_duplicates} already here.")
    if report.conflicts:
        ctx.out.line(f"{report.conflicts} conflicting edit(s) kept side by side: review them with "
                     "'recourse-cli bundle conflicts'.")
    return Exit.OK


def run_conflicts(ctx: Context) -> int:
    with ctx.unlocked() as vault:
        case_id = None
        if ctx.args.case:
            from app.services import cases as case_service

            case_id = case_service.resolve(vault, ctx.args.case)
        found = bundle_import.conflicts(vault, case_id)
    ctx.out.document({"conflicts": [{"id": c.id, "case_id": c.case_id, "record": c.record, "ours": c.ours,
                                     "theirs": c.theirs, "bundle_id": c.bundle_id, "signer": c.signer}
                                    for c in found]})
    if not found:
        ctx.out.line("No conflicts to review.")
        return Exit.OK
    for c in found:
        ctx.out.line(f"{c.id[:8]}  case {c.case_id[:8]}  {c.record}")
        ctx.out.line(f"    ours:   {str(c.ours)[:200]}")
        ctx.out.line(f"    theirs: {str(c.theirs)[:200]}")
    ctx.out.line("Keep one side with 'recourse-cli bundle resolve ID --keep ours|theirs'.")
    return Exit.OK


def run_resolve(ctx: Context) -> int:
    with ctx.unlocked() as vault:
        c = bundle_import.resolve(vault, ctx.args.conflict, ctx.args.keep)
    ctx.out.document({"id": c.id, "case_id": c.case_id, "record": c.record, "resolution": c.resolution})
    ctx.out.line(f"Conflict {c.id[:8]} resolved: kept {c.resolution}.")
    return Exit.OK


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser],
             parents: list[argparse.ArgumentParser]) -> None:
    p = sub.add_parser("bundle", help="sealed, signed bundles of cases with evidence (age format)",
                       description="Cases with their evidence in one age file, encrypted to contacts or a "
                                   "passphrase, with a signed manifest of SHA-256 hashes. See docs/bundles.md.")
    inner = p.add_subparsers(dest="bundle_command", metavar="ACTION", required=True)
    c = inner.add_parser("create", parents=parents, help="seal cases with their evidence into one file")
    c.add_argument("cases", metavar="CASE", nargs="+")
    c.add_argument("-o", "--output", required=True, metavar="FILE", help="the bundle file to write (.age)")
    c.add_argument("--to", action="append", metavar="CONTACT", help="a contact to seal it for (repeatable)")
    c.add_argument("--passphrase-protect", action="store_true",
                   help="seal with a passphrase instead of contacts (asked twice; at most 512 MiB)")
    c.add_argument("--bundle-passphrase-file", metavar="FILE", help="read the bundle passphrase from FILE")
    c.add_argument("--profile", choices=PROFILES, default="full",
                   help="redaction profile: full (your own team), partner, public (default full)")
    c.add_argument("--person", action="append", metavar="PERSON-ID", help="only these victims (repeatable)")
    strip = c.add_mutually_exclusive_group()
    strip.add_argument("--strip-metadata", dest="strip_metadata", action="store_true", default=None,
                       help="remove EXIF/GPS/XMP/comments from images (default for partner and public)")
    strip.add_argument("--keep-metadata", dest="strip_metadata", action="store_false",
                       help="send images exactly as stored (default for full)")
    c.add_argument("--force", action="store_true", help="replace the output file if it exists")
    c.set_defaults(handler=run_create)
    i = inner.add_parser("inspect", parents=parents, help="check a bundle and list what is inside (writes nothing)")
    i.add_argument("file", metavar="FILE")
    i.add_argument("--bundle-passphrase-file", metavar="FILE", help="read the bundle passphrase from FILE")
    i.set_defaults(handler=run_inspect)
    m = inner.add_parser("import", parents=parents, help="check a bundle whole, then merge it record by record")
    m.add_argument("file", metavar="FILE")
    m.add_argument("--bundle-passphrase-file", metavar="FILE", help="read the bundle passphrase from FILE")
    m.add_argument("--allow-unknown-signer", action="store_true",
                   help="accept a bundle signed by a key that is not among your contacts")
    m.add_argument("--allow-older", action="store_true",
                   help="accept a bundle older than one already imported from the same sender")
    m.set_defaults(handler=run_import)
    k = inner.add_parser("conflicts", parents=parents, help="list conflicting edits kept for review")
    k.add_argument("case", metavar="CASE", nargs="?")
    k.set_defaults(handler=run_conflicts)
    r = inner.add_parser("resolve", parents=parents, help="close a conflict, keeping ours or theirs")
    r.add_argument("conflict", metavar="ID")
    r.add_argument("--keep", choices=("ours", "theirs"), required=True)
    r.set_defaults(handler=run_resolve)
