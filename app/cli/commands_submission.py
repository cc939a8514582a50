"""``submission check|render|list|track``: UN submissions from a case."""

from __future__ import annotations

import argparse
import dataclasses
import hashlib
from pathlib import Path

from app.cli.context import Context
from app.cli.errors import usage
from app.cli.exitcodes import Exit
from app.cli.output import table
from app.cli.progress import ProgressBar, cancel_on_interrupt
from app.domain.dates import PartialDate
from app.domain.tracking import OUTCOMES
from app.services.submission import FORMS, LANGUAGES
from app.services.submission import render as submission_service


def _finding_lines(findings) -> list[str]:  # type: ignore[no-untyped-def]
    if not findings:
        return ["No findings: the case has everything this form needs."]
    out = []
    for f in sorted(findings, key=lambda f: (not f.blocking, f.path)):
        mark = "BLOCKING" if f.blocking else "warning "
        out.append(f"  {mark}  {f.path}: {f.message}")
        if getattr(f, "detail", ""):
            out.append(f"            \u201c{f.detail}\u201d")
    return out


def run_check(ctx: Context) -> int:
    with ctx.unlocked() as vault:
        findings = submission_service.check_case(vault, ctx.args.case, ctx.args.form, ctx.args.person or None)
    blocking = [f for f in findings if f.blocking]
    ctx.out.document({"form": ctx.args.form, "ready": not blocking, "findings": [f.to_dict() for f in findings]})
    ctx.out.line(f"{ctx.args.form}: {'ready' if not blocking else 'not ready'} "
                 f"({len(blocking)} blocking, {len(findings) - len(blocking)} warning(s))")
    ctx.out.lines(_finding_lines(findings))
    return Exit.SUBMISSION_BLOCKED if blocking else Exit.OK


def run_render(ctx: Context) -> int:
    a = ctx.args
    out = Path(a.output)
    suffix = out.suffix.lower().lstrip(".")
    fmt = a.format or (suffix if suffix in submission_service.FORMATS else "pdf")
    annex = Path(a.annex) if a.annex else out.with_name(f"{out.stem}-confidential-annex.{fmt}")
    for p in (out, annex):
        if p.exists() and not a.force:
            raise usage(f"{p} exists; choose another name or add --force to replace it.")
    date = None
    if a.date:
        try:
            date = PartialDate.parse(a.date)
        except ValueError:
            raise usage("--date must be YYYY-MM-DD.") from None
    with ctx.unlocked() as vault, cancel_on_interrupt() as cancel:
        bar = ProgressBar(ctx.out.stderr, sizes=False)
        try:
            rendered = submission_service.render(vault, a.case, a.form, a.lang, draft=a.draft, date=date,
                                                 person_ids=a.person or None, progress=bar, cancel=cancel)
        finally:
            bar.clear()
        count = len(rendered.parts)
        for p in submission_service.part_paths(out, count)[1:] if count > 1 else []:
            if p.exists() and not a.force:
                raise usage(f"{p} exists; choose another name or add --force to replace it.")
        paths = submission_service.save(vault, rendered, out, annex, fmt, cancel=cancel)
    rec = rendered.record
    # the history records the PDFs' digests; an editable copy has digests of its own
    digests = ([part.record.main_sha256 for part in rendered.parts] + [rec.annex_sha256] if fmt == "pdf"
               else [hashlib.sha256(p.read_bytes()).hexdigest() for p in [*paths, annex]])
    ctx.out.document({"submission": dataclasses.asdict(rec), "format": fmt, "main": str(paths[0]),
                      "annex": str(annex), "annex_sha256": digests[-1],
                      "parts": [{"main": str(p), "sha256": d, "submission": dataclasses.asdict(part.record),
                                 "persons": part.person_ids} for p, d, part in zip(paths, digests, rendered.parts)],
                      "findings": [f.to_dict() for f in rendered.submission.findings]})
    kind = "Draft" if a.draft else "Submission"
    if len(paths) > 1:
        ctx.out.line(f"The WGAD asks for one questionnaire per person: {len(paths)} questionnaires written.")
    for p, d, part in zip(paths, digests, rendered.parts):
        ctx.out.line(f"{kind} written{f' (editable {fmt.upper()})' if fmt != 'pdf' else ''}: {p}")
        ctx.out.line(f"  SHA-256: {d}; recorded as submission {part.record.id[:8]}")
    ctx.out.line(f"Confidential annex (not for the State): {annex}")
    ctx.out.line(f"SHA-256 annex: {digests[-1]}")
    ctx.out.line(f"After sending, run 'recourse-cli submission track {rec.id[:8]} --sent-on YYYY-MM-DD'"
                 f"{' for each submission' if len(paths) > 1 else ''}.")
    warnings = [f for f in rendered.submission.findings if not f.blocking]
    if warnings or rec.blocking:
        ctx.out.line("Findings:")
        ctx.out.lines(_finding_lines(rendered.submission.findings))
    return Exit.OK


_COLUMNS = ("id", "form", "language", "rendered", "draft", "sent", "UN reference", "reply due", "outcome",
            "follow-up due")


def _row(r) -> list[str]:  # type: ignore[no-untyped-def]
    return [r.id[:8], r.form, r.language, r.rendered_at[:10], "draft" if r.draft else "", r.sent_on,
            r.un_reference, r.reply_due, r.outcome, r.follow_up_due]


def run_list(ctx: Context) -> int:
    with ctx.unlocked() as vault:
        records = submission_service.history(vault, ctx.args.case)
    ctx.out.document({"submissions": [dataclasses.asdict(r) for r in records]})
    if not records:
        ctx.out.line("No submissions yet.")
    else:
        ctx.out.lines(table(_COLUMNS, [_row(r) for r in records]))
    return Exit.OK


def run_track(ctx: Context) -> int:
    a = ctx.args
    changes = {k: v for k, v in (
        ("sent_on", a.sent_on), ("channel", a.channel), ("un_reference", a.un_reference),
        ("reply_due", a.reply_due), ("comments_due", a.comments_due), ("outcome", a.outcome),
        ("opinion_number", a.opinion_number), ("opinion_date", a.opinion_date), ("notes", a.notes)) if v is not None}
    if not changes:
        raise usage("Nothing to record: give at least one of --sent-on, --channel, --un-reference, --reply-due, "
                    "--comments-due, --outcome, --opinion-number, --opinion-date, --notes.")
    with ctx.unlocked() as vault:
        try:
            rec = submission_service.track(vault, a.submission, **changes)
        except ValueError as exc:
            raise usage(f"{exc}. Dates are YYYY-MM-DD.") from None
    ctx.out.document({"submission": dataclasses.asdict(rec)})
    ctx.out.lines(table(_COLUMNS, [_row(rec)]))
    return Exit.OK


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser],
             parents: list[argparse.ArgumentParser]) -> None:
    p = sub.add_parser("submission", help="UN submissions: check, render, list, track",
                       description="Turn a case into a WGAD or Special Procedures submission.")
    inner = p.add_subparsers(dest="submission_command", metavar="COMMAND", required=True)

    c = inner.add_parser("check", parents=parents, help="list what the case lacks for a form")
    c.add_argument("case", metavar="CASE")
    c.add_argument("--form", choices=FORMS, required=True)
    c.add_argument("--person", action="append", metavar="PERSON_ID",
                   help="check only for this victim (repeatable; default: every victim); with --form reprisals, "
                        "the incidents of this person")
    c.set_defaults(handler=run_check)

    r = inner.add_parser("render", parents=parents, help="render the main document and the confidential annex",
                         description="Writes two PDFs (or, with --format docx/odt, two editable documents): "
                                     "the document for transmission and the confidential annex "
                                     "(source identity and withheld information; never sent to the State).")
    r.add_argument("case", metavar="CASE")
    r.add_argument("--form", choices=FORMS, required=True)
    r.add_argument("--lang", choices=LANGUAGES, default="en", help="language of the document (default en)")
    r.add_argument("-o", "--output", required=True, metavar="FILE.pdf")
    r.add_argument("--annex", metavar="FILE.pdf", help="default: <output>-confidential-annex.pdf (.docx, .odt)")
    r.add_argument("--format", choices=submission_service.FORMATS,
                   help="pdf, or docx/odt for editable documents of the same text "
                        "(default: from the extension of FILE, else pdf)")
    r.add_argument("--draft", action="store_true", help="render despite blocking findings; DRAFT on every page")
    r.add_argument("--date", metavar="YYYY-MM-DD", help="date printed in the document (default today)")
    r.add_argument("--person", action="append", metavar="PERSON_ID", help="only this victim (repeatable): narrows the checks, every per-victim "
                                 "section, the consent section and the annex; with --form reprisals, only the "
                                 "incidents of this person")
    r.add_argument("--force", action="store_true", help="replace existing files")
    r.set_defaults(handler=run_render)

    li = inner.add_parser("list", parents=parents, help="the submission history")
    li.add_argument("case", metavar="CASE", nargs="?")
    li.set_defaults(handler=run_list)

    t = inner.add_parser("track", parents=parents, help="record sending, references, replies and outcomes")
    t.add_argument("submission", metavar="SUBMISSION_ID")
    t.add_argument("--sent-on", metavar="YYYY-MM-DD")
    t.add_argument("--channel", metavar="TEXT", help="e.g. e-mail, online form, post")
    t.add_argument("--un-reference", metavar="REF")
    t.add_argument("--reply-due", metavar="YYYY-MM-DD", help="default: sent date + 60 days")
    t.add_argument("--comments-due", metavar="YYYY-MM-DD")
    t.add_argument("--outcome", choices=[o for o in OUTCOMES if o])
    t.add_argument("--opinion-number", metavar="N/YYYY")
    t.add_argument("--opinion-date", metavar="YYYY-MM-DD", help="sets follow-up due six months later")
    t.add_argument("--notes", metavar="TEXT")
    t.set_defaults(handler=run_track)
