"""The figures PDF report: parsed back (every label and count of the hand-counted fixtures), in
English and Chinese, with reportlab charts drawn in the vendored fonts only; CSV read back."""

from __future__ import annotations

import csv
import io
import shutil
import subprocess
from pathlib import Path

import pytest

from app.domain.figures import DIMENSIONS, dimension_label, value_label
from app.services import cases as svc
from app.services import figures
from app.services.figures import Query, export
from app.services.figures.report import document
from app.services.vault import Vault
from tests.unit.export.pdfutil import STANDARD_14, fonts, full_text, reader
from tests.unit.services import figures_fixtures as fx


@pytest.fixture
def fig(vault: Vault) -> figures.Figures:
    svc.save_cases(vault, fx.cases())
    return figures.compute(vault, Query(profile="public"))


def _squash(text: str) -> str:
    return "".join(text.split())


@pytest.mark.parametrize("lang", ["en", "zh_CN", "fr"])
def test_the_report_holds_every_label_and_count(vault: Vault, fig: figures.Figures, tmp_path: Path,
                                                lang: str) -> None:
    dest = tmp_path / f"figures-{lang}.pdf"
    export.save_pdf(vault, fig, dest, lang)
    data = dest.read_bytes()
    text = _squash(full_text(data))
    assert _squash(dimension_label("deprivation_type", lang)) in text
    for dim in DIMENSIONS:
        assert _squash(dimension_label(dim, lang)) in text, dim
        for value, n in fx.BY_VICTIM[dim].items():
            row = _squash(value_label(dim, value, lang)) + str(n) + f"{100 * n / fx.TOTAL_VICTIMS:.1f}%"
            assert row in text, (dim, value)
    used = {f["/BaseFont"].split("+")[-1] for f in fonts(data)}
    assert not used & STANDARD_14 and b"Helvetica" not in data  # charts too: vendored fonts only
    if lang == "zh_CN":
        assert "指定居所监视居住" in text and "DroidSansFallback" in " ".join(used)
    assert len(reader(data).pages) >= 2


@pytest.mark.skipif(shutil.which("pdftotext") is None, reason="poppler-utils not installed")
def test_poppler_reads_the_chart_labels_in_chinese(vault: Vault, fig: figures.Figures, tmp_path: Path) -> None:
    dest = tmp_path / "zh.pdf"
    export.save_pdf(vault, fig, dest, "zh_CN")
    out = subprocess.run(["pdftotext", "-layout", str(dest), "-"], capture_output=True, check=True,
                         text=True).stdout
    # each label twice: once drawn in the chart, once in the table beside it
    assert out.count("指定居所监视居住") == 2 and out.count("失踪（下落不明）") == 2
    assert out.count("Criminal Law第105条") == 2


def test_the_report_says_its_unit_profile_and_filters(fig: figures.Figures, vault: Vault) -> None:
    doc = document(fig, "en", "2026-12-01")
    intro = " ".join(p.text for p in doc.intro)
    assert "victims — 5 persons" in intro and "public" in intro and "Filters: none" in intro
    assert doc.marking == "PUBLIC"
    narrowed = figures.compute(vault, Query(profile="full", unit="cases", tags=("lawyers",),
                                            date_from=fx.D(2015)))
    intro = " ".join(p.text for p in document(narrowed, "en").intro)
    assert "cases — 2 cases" in intro and "tags lawyers" in intro and "from 2015" in intro
    assert document(narrowed, "en").marking.startswith("CONFIDENTIAL")


def test_csv_reads_back(fig: figures.Figures, vault: Vault, tmp_path: Path) -> None:
    dest = tmp_path / "f.csv"
    export.save_csv(vault, fig, dest, "fr")
    rows = list(csv.DictReader(io.StringIO(dest.read_bytes().decode("utf-8-sig"))))
    assert rows[0]["count"] == "5"
    status = {r["value"]: (r["value_label"], r["count"]) for r in rows if r["dimension"] == "status"}
    assert status["disappeared"][0].startswith("Disparu") and status["disappeared"][1] == "1"
