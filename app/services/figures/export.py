"""Figures out of the vault: a table (rows for the app, the CLI and CSV), CSV and the PDF report.

Every output is built from a :class:`~app.services.figures.Figures`, itself counted from the
disclosed facts of one profile.  Writing a file is audited (profile and format, no content).
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from app.domain.figures import MULTI, dimension_label, value_label
from app.services.figures import Figures
from app.services.spreadsheets import csv_bytes
from app.services.userfiles import save_file
from app.services.vault import Vault

CSV_HEADER = ["dimension", "dimension_label", "value", "value_label", "count", "percent", "unit", "profile"]


@dataclass(frozen=True)
class Row:
    dim: str
    value: str
    label: str
    count: int
    percent: float  # of the total (multi-valued dimensions may add up to more than 100)


def table(fig: Figures, dim: str, lang: str = "en") -> list[Row]:
    return [Row(dim, v, value_label(dim, v, lang), n, 100.0 * n / fig.total if fig.total else 0.0)
            for v, n in fig.counts[dim]]


def csv_data(fig: Figures, lang: str = "en") -> bytes:
    """UTF-8 with a byte-order mark (Excel), one row per dimension and value, a total row first."""
    q = fig.query
    body = [["total", "", "", "", str(fig.total), "100.0", q.unit, q.profile]]
    for dim in q.by:
        for r in table(fig, dim, lang):
            body.append([dim, dimension_label(dim, lang), r.value, r.label, str(r.count), f"{r.percent:.1f}",
                         q.unit, q.profile])
    return csv_bytes(CSV_HEADER, body)


def save_csv(vault: Vault, fig: Figures, dest: Path, lang: str = "en") -> None:
    save_file(dest, csv_data(fig, lang))
    _audit(vault, fig, "csv")


def save_pdf(vault: Vault, fig: Figures, dest: Path, lang: str = "en") -> None:
    from app.services.figures.report import render

    save_file(dest, render(fig, lang, vault.clock()[:10]))
    _audit(vault, fig, "pdf")


def _audit(vault: Vault, fig: Figures, fmt: str) -> None:
    with vault.db.transaction() as conn:
        vault.audit(conn, "export", "figures", "", {"format": fmt, "profile": fig.query.profile,
                                                     "unit": fig.query.unit})


__all__ = ["CSV_HEADER", "MULTI", "Row", "csv_data", "save_csv", "save_pdf", "table"]
