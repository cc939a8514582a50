"""``stats``: figures across cases (counts of victims or cases by dimension), as a table, JSON,
CSV or a PDF report with charts.  Counted from the disclosed facts of a profile (default public).

When the vault was made before figures existed, the facts are built first, with a progress bar on
standard error (Ctrl-C stops it; what was built is kept and the next run carries on).
"""

from __future__ import annotations

import argparse
from pathlib import Path

from app.cli.context import Context
from app.cli.errors import usage
from app.cli.exitcodes import Exit
from app.cli.output import table
from app.cli.progress import ProgressBar, cancel_on_interrupt
from app.domain.dates import PartialDate
from app.domain.figures import DIMENSIONS, MULTI, dimension_label
from app.services import figures
from app.services.figures import export
from app.services.sharing import PROFILES

LANGS = ("en", "fr", "es", "zh_CN", "zh_TW")


def _date(text: str | None, option: str) -> PartialDate | None:
    if not text:
        return None
    try:
        return PartialDate.parse(text)
    except ValueError:
        raise usage(f"{option}: write a date as YYYY, YYYY-MM or YYYY-MM-DD.") from None


def run_stats(ctx: Context) -> int:
    a = ctx.args
    dest = Path(a.csv or a.pdf) if (a.csv or a.pdf) else None
    if dest is not None and dest.exists() and not a.force:
        raise usage(f"{dest} exists. Choose another name or give --force to replace it.")
    date_from, date_to = _date(a.date_from, "--from"), _date(a.date_to, "--to")
    query = figures.Query(by=tuple(dict.fromkeys(a.by or DIMENSIONS)), tags=tuple(a.tag or ()),
                          date_from=date_from, date_to=date_to, profile=a.profile, unit=a.unit)
    if query.backwards:
        raise usage(f"--from {a.date_from} is after --to {a.date_to}: nothing could be counted. Swap them?")
    with ctx.unlocked() as vault:
        if figures.pending_cases(vault):
            bar = ProgressBar(ctx.out.stderr, sizes=False, prefix="Counting ")
            with cancel_on_interrupt() as token:
                try:
                    figures.backfill(vault, progress=bar, cancel=token)
                finally:
                    bar.clear()
        fig = figures.compute(vault, query)
        if a.csv:
            export.save_csv(vault, fig, Path(a.csv), a.lang)
        elif a.pdf:
            export.save_pdf(vault, fig, Path(a.pdf), a.lang)
    doc = fig.as_dict()
    if dest is not None:
        doc["path"] = str(dest)
    ctx.out.document(doc)
    unit = "victims" if query.unit == "victims" else "cases"
    ctx.out.line(f"{fig.total} {unit} (profile {query.profile}"
                 + (f", tags {' + '.join(query.tags)}" if query.tags else "")
                 + (f", from {query.date_from}" if query.date_from else "")
                 + (f", to {query.date_to}" if query.date_to else "") + ").")
    if dest is not None:
        ctx.out.line(f"Wrote {dest}.")
        return Exit.OK
    for dim in query.by:
        rows = [[r.label, str(r.count), f"{r.percent:.0f}%"] for r in export.table(fig, dim, a.lang)]
        ctx.out.line("")
        title = dimension_label(dim, a.lang) + (" (a victim may count more than once)" if dim in MULTI else "")
        ctx.out.line(title)
        for line in table(["value", unit, "share"], rows):
            ctx.out.line("  " + line)
    return Exit.OK


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser],
             parents: list[argparse.ArgumentParser]) -> None:
    p = sub.add_parser("stats", parents=parents, help="figures across cases (counts, CSV, PDF report)",
                       description="Count victims (or cases) by deprivation of liberty, charge, region, year of "
                                   "arrest, sex, ethnicity, status and ill-treatment. Counts are made from what "
                                   "the redaction profile may see (default public): a confidential value counts "
                                   "as unknown. A victim is a person with the role victim or a deprivation of "
                                   "liberty on file.")
    p.add_argument("--by", action="extend", nargs="+", choices=DIMENSIONS, metavar="DIM",
                   help=f"count by these dimensions (default all): {', '.join(DIMENSIONS)}")
    p.add_argument("--tag", action="append", metavar="TAG", help="only cases with this tag (repeatable: all of them)")
    p.add_argument("--from", dest="date_from", metavar="DATE",
                   help="only deprivations that began on or after DATE (YYYY, YYYY-MM or YYYY-MM-DD)")
    p.add_argument("--to", dest="date_to", metavar="DATE", help="... and on or before DATE")
    p.add_argument("--profile", choices=PROFILES, default="public", help="redaction profile (default public)")
    p.add_argument("--unit", choices=figures.UNITS, default="victims",
                   help="count victims (default) or cases (a case once per value any of its victims has)")
    p.add_argument("--lang", choices=LANGS, default="en", help="language of labels, CSV and PDF (default en)")
    out = p.add_mutually_exclusive_group()
    out.add_argument("--csv", metavar="FILE", help="write the figures as CSV (UTF-8 with BOM)")
    out.add_argument("--pdf", metavar="FILE", help="write a PDF report with charts")
    p.add_argument("--force", action="store_true", help="replace FILE if it exists")
    p.set_defaults(handler=run_stats)
