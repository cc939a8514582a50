"""``case`` commands: new, list, show, delete, import, export."""

from __future__ import annotations

import argparse
import re
import sys
from pathlib import Path
from typing import Any

from app.cli.context import Context
from app.cli.errors import CliError
from app.cli.exitcodes import Exit
from app.cli.output import clip, table
from app.cli.render import render_case
from app.domain.codec import encode
from app.domain.dates import utc_now
from app.domain.model import Case
from app.domain.vocab import vocabulary
from app.services import cases as case_service
from app.services import sharing, transfer
from app.services.cases import CaseRow
from app.services.vault import Vault

SORT_KEYS = ("reference", "title", "status", "state", "updated")
TITLE_COLUMNS = 48
PLAINTEXT_WARNING = ("Note: a case file is NOT encrypted. It holds the case content in plain text; keep it "
                     "on an encrypted drive, send it only through a secure channel, and delete it when done.")


def check_code(vocab_name: str, option: str, code: str) -> str:
    """*code* if it is in the vocabulary; otherwise an error listing the valid codes."""
    voc = vocabulary(vocab_name)
    if code not in voc:
        valid = ", ".join(t.code for t in voc.terms)
        raise CliError(Exit.INVALID_INPUT, "invalid_code",
                       f"Unknown {option} code {code!r}. Valid codes: {valid}.",
                       [(option.lstrip("-"), f"unknown code {code!r}; valid codes: {valid}")])
    return code


def _row_dict(r: CaseRow) -> dict[str, Any]:
    return {"id": r.id, "reference": r.reference, "title": r.title, "status": r.status, "state": r.state,
            "region": r.region, "urgency": r.urgency, "created_at": r.created_at, "updated_at": r.updated_at}


def _when(stamp: str) -> str:
    """``2024-05-01T09:30:00Z`` -> ``2024-05-01 09:30``."""
    return stamp[:16].replace("T", " ") if stamp else ""


# --- new ---------------------------------------------------------------------------------
def _next_reference(vault: Vault) -> str:
    """``RC-<year>-<NNN>``, one above the highest of this year."""
    year = utc_now()[:4]
    pattern = re.compile(rf"^RC-{year}-(\d+)$")
    rows = case_service.list_cases(vault, limit=1_000_000)
    highest = max((int(m.group(1)) for r in rows if (m := pattern.match(r.reference))), default=0)
    return f"RC-{year}-{highest + 1:03d}"


def run_new(ctx: Context) -> int:
    a = ctx.args
    state = a.state.upper()
    if not re.fullmatch(r"[A-Z]{2}", state):
        raise CliError(Exit.INVALID_INPUT, "invalid_code",
                       f"--state must be a two-letter ISO 3166-1 code such as CN, not {a.state!r}.",
                       [("state", "must be a two-letter ISO 3166-1 code such as CN")])
    check_code("region", "--region", a.region)
    check_code("case_status", "--status", a.status)
    check_code("urgency", "--urgency", a.urgency)
    if not a.title.strip():
        message = "The title is empty. Give a short title with --title."
        raise CliError(Exit.INVALID_INPUT, "invalid_input", message, [("title", "must not be empty")])
    with ctx.unlocked() as vault:
        reference = a.reference or _next_reference(vault)
        clash = [r for r in case_service.list_cases(vault, limit=1_000_000) if r.reference == reference]
        if clash:
            raise CliError(Exit.INVALID_INPUT, "duplicate_reference",
                           f"The reference {reference!r} is already used by case {clash[0].id[:8]}. "
                           "Choose another with --reference.", [("reference", "already used")])
        case = Case(title=a.title.strip(), reference=reference, state=state, region=a.region, status=a.status,
                    urgency=a.urgency, summary=a.summary or "", tags=list(dict.fromkeys(a.tag or [])))
        stored = case_service.save_case(vault, case)
    ctx.out.line(stored.id)
    if not ctx.out.json_mode:
        ctx.out.note(f"Created case {stored.reference} ({stored.id[:8]}).")
    ctx.out.document({"id": stored.id, "reference": stored.reference})
    return Exit.OK


# --- list ----------------------------------------------------------------------------------
def run_list(ctx: Context) -> int:
    a = ctx.args
    if a.status:
        check_code("case_status", "--status", a.status)
    if a.limit is not None and a.limit < 1:
        raise CliError(Exit.USAGE, "usage", "--limit must be at least 1.")
    limit = a.limit or 200
    with ctx.unlocked() as vault:
        rows = case_service.list_cases(vault, sort=a.sort, descending=not a.asc, limit=limit,
                                       status=a.status, tag=a.tag)
        total = case_service.count_cases(vault, status=a.status, tag=a.tag)
    ctx.out.document({"total": total, "cases": [_row_dict(r) for r in rows]})
    if not rows:
        ctx.out.line("No cases." if total == 0 else "No cases on this page.")
        return Exit.OK
    ctx.out.lines(case_table(rows))
    if total > len(rows):
        ctx.out.line(f"({len(rows)} of {total} cases shown; use --limit to see more)")
    return Exit.OK


def case_table(rows: list[CaseRow]) -> list[str]:
    """The case list as text: reference, title, status, State, updated, short id."""
    body = [[r.reference, clip(r.title, TITLE_COLUMNS), r.status, r.state, _when(r.updated_at), r.id[:8]]
            for r in rows]
    return table(["Reference", "Title", "Status", "State", "Updated (UTC)", "Id"], body)


# --- show ------------------------------------------------------------------------------------
def run_show(ctx: Context) -> int:
    with ctx.unlocked() as vault:
        case = case_service.get_case(vault, ctx.args.case)
    if ctx.out.json_mode:
        ctx.out.document(encode(case))
    else:
        ctx.out.lines(render_case(case))
    return Exit.OK


# --- delete ------------------------------------------------------------------------------------
def _confirm_delete(ctx: Context, case: Case) -> None:
    if ctx.args.yes:
        return
    if not sys.stdin.isatty():
        raise CliError(Exit.USAGE, "confirmation_required",
                       "Deleting a case needs confirmation, and there is no terminal to ask on. "
                       "Add --yes to confirm. Nothing was deleted.")
    n = len(case.evidence)
    prompt = (f"Delete case {case.reference or case.id[:8]} ({case.id[:8]}) and crypto-erase its {n} "
              f"evidence file{'s' if n != 1 else ''}? This cannot be undone. Type 'yes' to confirm: ")
    ctx.out.stderr.write(prompt)
    ctx.out.stderr.flush()
    try:
        answer = sys.stdin.readline()
    except KeyboardInterrupt:
        answer = ""
    if answer.strip().lower() != "yes":
        raise CliError(Exit.CANCELLED, "cancelled", "Not confirmed. Nothing was deleted.")


def run_delete(ctx: Context) -> int:
    with ctx.unlocked() as vault:
        case = case_service.get_case(vault, ctx.args.case)
        _confirm_delete(ctx, case)
        case_id = case_service.delete_case(vault, case.id)
    ctx.out.line(f"Deleted case {case.reference or case_id[:8]} ({case_id[:8]}).")
    ctx.out.document({"deleted": case_id, "reference": case.reference})
    return Exit.OK


# --- import / export ------------------------------------------------------------------------
def run_import(ctx: Context) -> int:
    with ctx.unlocked() as vault:
        cases = transfer.import_cases(vault, Path(ctx.args.file), replace=ctx.args.replace)
    ctx.out.line(f"Imported {len(cases)} case{'s' if len(cases) != 1 else ''}:")
    for c in cases:
        ctx.out.line(f"  {c.reference or '(no reference)'}  {c.id[:8]}")
    ctx.out.document({"imported": [{"id": c.id, "reference": c.reference} for c in cases]})
    return Exit.OK


def run_export(ctx: Context) -> int:
    dest = Path(ctx.args.output)
    if dest.exists() and not ctx.args.force:
        raise CliError(Exit.INPUT_FILE, "output_exists",
                       f"{dest} already exists. Choose another file, or add --force to replace it.")
    if dest.is_dir():
        raise CliError(Exit.INPUT_FILE, "output_exists", f"{dest} is a folder. Give a file name with -o.")
    with ctx.unlocked() as vault:
        if not ctx.args.cases and case_service.count_cases(vault) == 0:
            raise CliError(Exit.NOT_FOUND, "not_found", "The vault holds no cases; nothing to export.")
        n = transfer.export_cases(vault, ctx.args.cases or None, dest, profile=ctx.args.profile)
    ctx.out.note(PLAINTEXT_WARNING)
    ctx.out.line(f"Exported {n} case{'s' if n != 1 else ''} to {dest}")
    ctx.out.document({"exported": n, "file": str(dest)})
    return Exit.OK


# --- parser -------------------------------------------------------------------------------
def register(sub: argparse._SubParsersAction[argparse.ArgumentParser],
             parents: list[argparse.ArgumentParser]) -> None:
    case = sub.add_parser("case", parents=parents, help="create, list, show, delete, import, export cases",
                          description="Work with cases. CASE is an id, a unique id prefix (6+ characters) "
                                      "or a reference.")
    cs = case.add_subparsers(dest="case_command", metavar="COMMAND", required=True)

    p = cs.add_parser("new", parents=parents, help="create a case and print its id")
    p.add_argument("--title", required=True)
    p.add_argument("--reference", help="internal reference (default: RC-<year>-<number>)")
    p.add_argument("--state", default="CN", help="State concerned, ISO 3166-1 code (default CN)")
    p.add_argument("--region", default="mainland", help="region code (default mainland)")
    p.add_argument("--status", default="draft", help="status code (default draft)")
    p.add_argument("--urgency", default="none", help="urgency code (default none)")
    p.add_argument("--summary", help="short summary")
    p.add_argument("--tag", action="append", metavar="TAG", help="a tag (repeatable)")
    p.set_defaults(handler=run_new)

    p = cs.add_parser("list", parents=parents, help="list cases as a table")
    p.add_argument("--status", help="only cases with this status code")
    p.add_argument("--tag", help="only cases with this tag")
    p.add_argument("--sort", choices=SORT_KEYS, default="updated", help="sort key (default updated)")
    p.add_argument("--asc", action="store_true", help="ascending order (default: descending)")
    p.add_argument("--limit", type=int, metavar="N", help="show at most N cases (default 200)")
    p.set_defaults(handler=run_list)

    p = cs.add_parser("show", parents=parents, help="show a case (--json: the canonical JSON)")
    p.add_argument("case", metavar="CASE")
    p.set_defaults(handler=run_show)

    p = cs.add_parser("delete", parents=parents, help="delete a case and crypto-erase its evidence")
    p.add_argument("case", metavar="CASE")
    p.add_argument("--yes", action="store_true", help="do not ask for confirmation")
    p.set_defaults(handler=run_delete)

    p = cs.add_parser("import", parents=parents, help="import the cases of a case file (all or nothing)")
    p.add_argument("file", metavar="FILE")
    p.add_argument("--replace", action="store_true", help="replace cases whose id is already in the vault")
    p.set_defaults(handler=run_import)

    p = cs.add_parser("export", parents=parents, help="write cases to a case file (plain text JSON)")
    p.add_argument("cases", metavar="CASE", nargs="*", help="cases to export (default: all)")
    p.add_argument("-o", "--output", metavar="FILE", required=True)
    p.add_argument("--force", action="store_true", help="replace FILE if it exists")
    p.add_argument("--profile", choices=sharing.PROFILES, default="full",
                   help="redaction profile: full (own team, lossless), partner or public (default: full)")
    p.set_defaults(handler=run_export)
