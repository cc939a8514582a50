"""``due``: what is due and overdue across every case (State replies, comments, follow-ups)."""

from __future__ import annotations

import argparse

from app.cli.context import Context
from app.cli.errors import usage
from app.cli.exitcodes import Exit
from app.cli.output import table
from app.services import communications as log_service

#: what each kind of due item means, for the text output
WHAT = {
    "state-reply": "State's reply to the communication",
    "comments": "source's comments on the State's reply",
    "opinion-follow-up": "follow-up on the opinion",
    "submission-reply": "State's reply (estimated from the date the submission was sent)",
    "submission-comments": "source's comments (submission history)",
    "submission-follow-up": "follow-up on the opinion (submission history)",
}
_COLUMNS = ("due", "status", "case", "what", "reference", "id")


def _status(days: int, estimated: bool) -> str:
    if days < 0:
        text = f"OVERDUE {-days} day{'s' if days != -1 else ''}"
    elif days == 0:
        text = "due today"
    else:
        text = f"in {days} day{'s' if days != 1 else ''}"
    return text + (" (estimate)" if estimated else "")


def run_due(ctx: Context) -> int:
    a = ctx.args
    if a.within is not None and a.within < 0:
        raise usage("--within takes a number of days, 0 or more.")
    with ctx.unlocked() as vault:
        rows = log_service.due(vault, overdue_only=a.overdue, within=a.within)
        today = log_service.today(vault)
    overdue = [r for r in rows if r.overdue]
    ctx.out.document({"today": today.isoformat(), "overdue": len(overdue), "items": [
        {"case": r.item.case_id, "case_reference": r.case_reference, "case_title": r.case_title,
         "kind": r.item.kind, "due": r.item.due.isoformat(), "since": r.item.since.isoformat(),
         "days_left": r.days_left, "overdue": r.overdue, "estimated": r.item.estimated,
         "reference": r.item.reference, "entry": r.item.entry_id, "from_log": r.item.from_log} for r in rows]})
    if not rows:
        ctx.out.line("Nothing overdue." if a.overdue else "Nothing is due.")
    else:
        ctx.out.lines(table(_COLUMNS, [[r.item.due.isoformat(), _status(r.days_left, r.item.estimated),
                                        r.case_reference, WHAT[r.item.kind], r.item.reference,
                                        r.item.entry_id[:8]] for r in rows]))
        ctx.out.line(f"{len(rows)} item{'s' if len(rows) != 1 else ''}, {len(overdue)} overdue (as of {today}).")
    return Exit.OVERDUE if overdue else Exit.OK


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser],
             parents: list[argparse.ArgumentParser]) -> None:
    p = sub.add_parser("due", parents=parents, help="what is due and overdue across cases",
                       description="State replies (60 days after a communication), the source's comments on a "
                                   "reply, follow-up six months after an opinion, and the due dates of sent "
                                   "submissions, earliest first. Exits with code 20 when something listed "
                                   "is overdue.")
    p.add_argument("--overdue", action="store_true", help="only what is overdue")
    p.add_argument("--within", type=int, metavar="DAYS", help="only what is due within DAYS days (and overdue)")
    p.set_defaults(handler=run_due)
