"""``log add|edit|list|remove``: the communications log of a case (the UN's side: communications,
replies, opinions, press releases, follow-ups)."""

from __future__ import annotations

import argparse
from typing import Any

from app.cli.commands_case import check_code
from app.cli.commands_evidence import partial_date
from app.cli.context import Context
from app.cli.errors import usage
from app.cli.exitcodes import Exit
from app.cli.output import table
from app.domain.codec import encode
from app.domain.communications import hints as log_hints
from app.domain.model import CommunicationEntry
from app.domain.validation import Problem
from app.domain.vocab import vocabulary
from app.errors import NotFound
from app.services import cases as case_service
from app.services import communications as log_service
from app.services.submission import render as submission_service

_COLUMNS = ("id", "kind", "date", "reference", "type / finding", "in reply to", "submissions")


def _row(e: CommunicationEntry, by_id: dict[str, CommunicationEntry]) -> list[str]:
    target = by_id.get(e.in_reply_to)
    answered = (target.reference or target.id[:8]) if target is not None else ""
    return [e.id[:8], e.kind, str(e.date or ""), e.reference or e.title, e.letter_type or e.finding, answered,
            " ".join(s[:8] for s in e.submission_ids)]


def _hint_lines(hints: list[Problem]) -> list[str]:
    return [f"  hint  {p[0]}: {p[1]}" for p in hints]


def _changes(ctx: Context, vault: Any, case_id: str) -> dict[str, Any]:
    """The fields given on the command line (only those), checked."""
    a = ctx.args
    out: dict[str, Any] = {}
    if a.kind is not None:
        out["kind"] = check_code("log_kind", "--kind", a.kind)
    if a.letter_type is not None:
        out["letter_type"] = check_code("communication_type", "--type", a.letter_type) if a.letter_type else ""
    if a.finding is not None:
        out["finding"] = check_code("opinion_finding", "--finding", a.finding) if a.finding else ""
    if a.mandate is not None:
        out["mandates"] = [check_code("mandate", "--mandate", m) for m in a.mandate]
    if a.category is not None:
        out["categories"] = [check_code("wgad_category", "--category", c) for c in a.category]
    for name in ("date", "comments_due"):
        if getattr(a, name) is not None:
            out[name] = getattr(a, name)
    for name in ("reference", "summary", "title", "link", "follow_up_text", "notes"):
        if getattr(a, name) is not None:
            out[name] = getattr(a, name)
    case, _entries = log_service.entries(vault, case_id)
    if a.in_reply_to is not None:
        out["in_reply_to"] = log_service.find(case, a.in_reply_to).id if a.in_reply_to else ""
    if a.evidence is not None:
        ev = [e for e in case.evidence if a.evidence and (e.id == a.evidence or e.id.startswith(a.evidence))]
        if a.evidence and len(ev) != 1:
            raise NotFound("evidence", a.evidence)
        out["evidence_id"] = ev[0].id if ev else ""
    if a.submission is not None:
        history = submission_service.history(vault, case_id)
        ids = []
        for prefix in a.submission:
            found = [r.id for r in history if r.id == prefix or (len(prefix) >= 6 and r.id.startswith(prefix))]
            if len(found) != 1:
                raise NotFound("submission", prefix)
            ids.append(found[0])
        out["submission_ids"] = ids
    return out


def run_add(ctx: Context) -> int:
    with ctx.unlocked() as vault:
        case_id = case_service.resolve(vault, ctx.args.case)
        changes = _changes(ctx, vault, case_id)
        entry, hints = log_service.add_entry(vault, case_id, CommunicationEntry(**changes))
    _report(ctx, "Added", entry, hints)
    return Exit.OK


def run_edit(ctx: Context) -> int:
    with ctx.unlocked() as vault:
        case_id = case_service.resolve(vault, ctx.args.case)
        changes = _changes(ctx, vault, case_id)
        if not changes:
            raise usage("Nothing to change: give at least one field option (see 'recourse-cli log edit --help').")
        case, _ = log_service.entries(vault, case_id)
        entry, hints = log_service.update_entry(vault, case_id, log_service.find(case, ctx.args.entry).id,
                                                **changes)
    _report(ctx, "Changed", entry, hints)
    return Exit.OK


def _report(ctx: Context, verb: str, entry: CommunicationEntry, hints: list[Problem]) -> None:
    ctx.out.document({"entry": encode(entry), "hints": [{"path": p[0], "message": p[1], "code": p.code}
                                                        for p in hints]})
    ctx.out.line(f"{verb} {vocabulary('log_kind').label(entry.kind)} {entry.reference} (id {entry.id[:8]}).")
    if hints:
        ctx.out.line("Hints (saved anyway):")
        ctx.out.lines(_hint_lines(hints))


def run_list(ctx: Context) -> int:
    with ctx.unlocked() as vault:
        case, entries = log_service.entries(vault, ctx.args.case)
        hints = log_hints(case, log_service.today(vault))
    ctx.out.document({"case": case.id, "entries": [encode(e) for e in entries],
                      "hints": [{"path": p[0], "message": p[1], "code": p.code} for p in hints]})
    if not entries:
        ctx.out.line("The communications log of this case is empty. Add to it with 'recourse-cli log add'.")
        return Exit.OK
    by_id = {e.id: e for e in entries}
    ctx.out.lines(table(_COLUMNS, [_row(e, by_id) for e in entries]))
    if hints:
        ctx.out.line("Hints:")
        ctx.out.lines(_hint_lines(hints))
    return Exit.OK


def run_remove(ctx: Context) -> int:
    with ctx.unlocked() as vault:
        case, _ = log_service.entries(vault, ctx.args.case)
        entry = log_service.remove_entry(vault, case.id, log_service.find(case, ctx.args.entry).id)
    ctx.out.document({"removed": entry.id})
    ctx.out.line(f"Removed log entry {entry.id[:8]}.")
    return Exit.OK


def _entry_options(p: argparse.ArgumentParser, *, adding: bool) -> None:
    p.add_argument("--kind", required=adding, metavar="KIND",
                   help="communication, state-reply, opinion, press-release or follow-up")
    p.add_argument("--date", type=partial_date, metavar="YYYY-MM-DD",
                   help="sent, received, adopted or issued on (due dates need the day)")
    p.add_argument("--reference", metavar="REF", help="the UN's reference (UA CHN 6/2020) or opinion number (74/2018)")
    p.add_argument("--type", dest="letter_type", metavar="TYPE",
                   help="of a communication: urgent-appeal, allegation-letter or other-letter")
    p.add_argument("--mandate", action="append", metavar="CODE", help="mandate holder (repeatable), e.g. wgad, sr-hrd")
    p.add_argument("--in-reply-to", metavar="ENTRY", help="the log entry this answers or follows up")
    p.add_argument("--summary", metavar="TEXT")
    p.add_argument("--finding", metavar="CODE", help="of an opinion: arbitrary, not-arbitrary or filed")
    p.add_argument("--category", action="append", metavar="I-V", help="WGAD category found (repeatable)")
    p.add_argument("--title", metavar="TEXT", help="of a press release")
    p.add_argument("--link", metavar="TEXT", help="where a press release is published (kept as text)")
    p.add_argument("--comments-due", type=partial_date, metavar="YYYY-MM-DD",
                   help="the date the UN set for the source's comments on a reply")
    p.add_argument("--evidence", metavar="EVIDENCE_ID", help="the document itself, attached as evidence")
    p.add_argument("--submission", action="append", metavar="SUBMISSION_ID",
                   help="a submission (from 'submission list') that led to it (repeatable)")
    p.add_argument("--follow-up-text", metavar="TEXT",
                   help="the source's comments on a reply, or the update to send (printed by the follow-up documents)")
    p.add_argument("--notes", metavar="TEXT")


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser],
             parents: list[argparse.ArgumentParser]) -> None:
    p = sub.add_parser("log", help="the communications log of a case: communications, replies, opinions",
                       description="The UN's side of a case: communications sent to the State, the State's "
                                   "replies, WGAD opinions, press releases and the source's follow-ups. "
                                   "Due dates are derived from it ('recourse-cli due').")
    inner = p.add_subparsers(dest="log_command", metavar="COMMAND", required=True)
    a = inner.add_parser("add", parents=parents, help="add an entry")
    a.add_argument("case", metavar="CASE")
    _entry_options(a, adding=True)
    a.set_defaults(handler=run_add)
    e = inner.add_parser("edit", parents=parents, help="change fields of an entry")
    e.add_argument("case", metavar="CASE")
    e.add_argument("entry", metavar="ENTRY")
    _entry_options(e, adding=False)
    e.set_defaults(handler=run_edit)
    li = inner.add_parser("list", parents=parents, help="the entries of a case, with hints")
    li.add_argument("case", metavar="CASE")
    li.set_defaults(handler=run_list)
    r = inner.add_parser("remove", parents=parents, help="remove an entry")
    r.add_argument("case", metavar="CASE")
    r.add_argument("entry", metavar="ENTRY")
    r.set_defaults(handler=run_remove)
