"""``search``: find text in every case (any script, substrings, folded; see app/services/search.py).

After a migration the index is rebuilt first, with a progress bar on standard error (Ctrl-C
stops it; what was indexed is kept and the next search carries on).
"""

from __future__ import annotations

import argparse

from app.cli.context import Context
from app.cli.errors import CliError
from app.cli.exitcodes import Exit
from app.cli.output import clip, highlight
from app.cli.progress import ProgressBar, cancel_on_interrupt
from app.services import search as search_service

TITLE_COLUMNS = 40


def run_search(ctx: Context) -> int:
    query = " ".join(ctx.args.query).strip()
    if not query:
        raise CliError(Exit.USAGE, "usage", "The search query is empty. Give a word or part of a name.")
    if ctx.args.limit < 1:
        raise CliError(Exit.USAGE, "usage", "--limit must be at least 1.")
    with ctx.unlocked() as vault:
        if search_service.pending_cases(vault):
            bar = ProgressBar(ctx.out.stderr, sizes=False, prefix="Updating ")
            with cancel_on_interrupt() as token:
                try:
                    search_service.rebuild_index(vault, progress=bar, cancel=token)
                finally:
                    bar.clear()
        results = search_service.search(vault, query, limit=ctx.args.limit)
    ctx.out.document({"query": query, "results": [
        {"case_id": r.case_id, "reference": r.reference, "title": r.title, "kind": r.kind,
         "item_id": r.item_id, "path": r.path, "confidential": r.confidential,
         "snippet": r.snippet, "spans": [list(s) for s in r.spans]} for r in results]})
    if not results:
        ctx.out.line("No matches.")
        return Exit.OK
    ansi = ctx.out.stdout_tty
    for r in results:
        mark = ", confidential" if r.confidential else ""
        ctx.out.line(f"{r.reference or r.case_id[:8]}  {clip(r.title, TITLE_COLUMNS)}  ({r.kind}{mark})")
        ctx.out.line("    " + highlight(r.snippet, r.spans, ansi=ansi))
    n = len(results)
    if n >= ctx.args.limit:  # there may be more: say so rather than let the count look complete
        ctx.out.line(f"The first {n} match{'es' if n != 1 else ''}: add a word, or --limit N for more.")
    else:
        ctx.out.line(f"{n} match{'es' if n != 1 else ''}.")
    return Exit.OK


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser],
             parents: list[argparse.ArgumentParser]) -> None:
    p = sub.add_parser("search", parents=parents, help="search every case",
                       description="Search every text of every case: names (as written, in pinyin, "
                                   "Uyghur in Arabic or Latin script, Tibetan in Wylie), organisations, arrest, "
                                   "detention, proceedings, ill-treatment, remedies, testimonies, translations, "
                                   "evidence, consent notes. Traditional and Simplified Chinese, case and accents "
                                   "are folded. Every word must match; matches are marked with their section.")
    p.add_argument("query", metavar="QUERY", nargs="+")
    p.add_argument("--limit", type=int, default=50, metavar="N", help="at most N results (default 50)")
    p.set_defaults(handler=run_search)
