"""``csv export|import``: persons and cases as spreadsheets (CSV with BOM, .xlsx, Uwazi layout)."""

from __future__ import annotations

import argparse
from pathlib import Path

from app.cli.context import Context
from app.cli.errors import usage
from app.cli.exitcodes import Exit
from app.services import spreadsheets
from app.services.sharing import PROFILES


def run_export(ctx: Context) -> int:
    a = ctx.args
    dest = Path(a.output)
    if dest.exists() and not a.force:
        raise usage(f"{dest} exists. Choose another name or give --force to replace it.")
    profile = a.profile or ("public" if a.kind == "uwazi" else "full")
    cases = a.case or None
    with ctx.unlocked() as vault:
        if a.kind == "xlsx":
            n = spreadsheets.export_xlsx(vault, dest, profile=profile, case_idents=cases)
            extra = ""
        elif a.kind == "uwazi":
            template = spreadsheets.export_uwazi(vault, dest, profile=profile, case_idents=cases)
            n, extra = -1, f" Template description: {template}."
        else:
            n = spreadsheets.export_csv(vault, a.kind, dest, profile=profile, case_idents=cases)
            extra = ""
    ctx.out.document({"kind": a.kind, "path": str(dest), "profile": profile, "rows": n})
    ctx.out.line(f"Wrote {dest} (profile {profile}).{extra}")
    return Exit.OK


def run_import(ctx: Context) -> int:
    a = ctx.args
    try:
        mapping = spreadsheets.parse_mapping(a.map or [])
    except ValueError as exc:
        raise usage(f"--map {exc.args[0]!r}: write 'CSV header=field' with a field among: "
                    f"{', '.join(spreadsheets.IMPORTABLE)}.") from None
    with ctx.unlocked() as vault:
        result = spreadsheets.import_persons_csv(vault, Path(a.file), mapping)
    ctx.out.document({"cases_created": result.cases_created, "cases_updated": result.cases_updated,
                      "persons": result.persons,
                      "warnings": [{"path": p, "reason": r} for p, r in result.warnings]})
    for where, why in result.warnings:
        ctx.out.note(f"  {where}: {why}")
    ctx.out.line(f"Imported {result.persons} person(s): {result.cases_created} new case(s), "
                 f"{result.cases_updated} existing case(s) completed.")
    return Exit.OK


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser],
             parents: list[argparse.ArgumentParser]) -> None:
    p = sub.add_parser("csv", help="spreadsheets: persons and cases out (CSV, .xlsx, Uwazi), persons in",
                       description="CSV files are UTF-8 with a byte-order mark, so Excel and LibreOffice show "
                                   "Chinese, Uyghur and Tibetan correctly. Redaction profiles apply.")
    inner = p.add_subparsers(dest="csv_command", metavar="ACTION", required=True)
    e = inner.add_parser("export", parents=parents, help="write persons, cases, an .xlsx workbook or Uwazi CSV")
    e.add_argument("kind", choices=("persons", "cases", "xlsx", "uwazi"),
                   help="persons or cases (CSV), xlsx (both as sheets), uwazi (Uwazi's CSV import layout)")
    e.add_argument("-o", "--output", required=True, metavar="FILE")
    e.add_argument("--profile", choices=PROFILES,
                   help="redaction profile (default full; public for uwazi)")
    e.add_argument("--case", action="append", metavar="CASE", help="only this case (repeatable; default all)")
    e.add_argument("--force", action="store_true", help="replace FILE if it exists")
    e.set_defaults(handler=run_export)
    i = inner.add_parser("import", parents=parents, help="add persons (and their cases) from a CSV file",
                         description="All or nothing: every problem is listed with its row and column and "
                                     "nothing is imported until the file is clean. Rows with the same "
                                     "case_reference go to one case (an existing one with that reference, "
                                     "or a new one).")
    i.add_argument("file", metavar="FILE")
    i.add_argument("--map", action="append", metavar="HEADER=FIELD",
                   help="read the column HEADER as FIELD (repeatable), e.g. --map '姓=family_name'")
    i.set_defaults(handler=run_import)
