"""``search``: find text in every case (any script, substrings, case-insensitive)."""

from __future__ import annotations

import argparse

from app.cli.context import Context
from app.cli.errors import CliError
from app.cli.exitcodes import Exit
from app.cli.output import clip, highlight
from app.services import cases as case_service

TITLE_COLUMNS = 40


def run_search(ctx: Context) -> int:
    query = " ".join(ctx.args.query).strip()
    if not query:
        raise CliError(Exit.USAGE, "usage", "The search query is empty. Give a word or part of a name.")
    if ctx.args.limit < 1:
        raise CliError(Exit.USAGE, "usage", "--limit must be at least 1.")
    with ctx.unlocked() as vault:
        results = case_service.search(vault, query, limit=ctx.args.limit)
    ctx.out.document({"query": query, "results": [
        {"case_id": r.case_id, "reference": r.reference, "title": r.title, "kind": r.kind,
         "item_id": r.item_id, "snippet": r.snippet, "spans": [list(s) for s in r.spans]} for r in results]})
    if not results:
        ctx.out.line("No matches.")
        return Exit.OK
    ansi = ctx.out.stdout_tty
    for r in results:
        ctx.out.line(f"{r.reference or r.case_id[:8]}  {clip(r.title, TITLE_COLUMNS)}  ({r.kind})")
        ctx.out.line("    " + highlight(r.snippet, r.spans, ansi=ansi))
    ctx.out.line(f"{len(results)} match{'es' if len(results) != 1 else ''}.")
    return Exit.OK


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser],
             parents: list[argparse.ArgumentParser]) -> None:
    p = sub.add_parser("search", parents=parents, help="search every case",
                       description="Search titles, summaries, names (original script and transliteration), "
                                   "organisations, testimonies, translations and evidence descriptions. "
                                   "Every word must match; matches are marked.")
    p.add_argument("query", metavar="QUERY", nargs="+")
    p.add_argument("--limit", type=int, default=50, metavar="N", help="at most N results (default 50)")
    p.set_defaults(handler=run_search)
