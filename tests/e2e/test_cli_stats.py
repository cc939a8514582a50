"""``recourse-cli stats``: the hand-counted figures as JSON and CSV, filters, and the backfill after
an upgrade."""

from __future__ import annotations

import csv
import io
from pathlib import Path

from app.services import cases as svc
from app.services.vault import Vault
from app.storage import figures as store
from tests.conftest import TEST_KDF
from tests.e2e.conftest import Cli
from tests.unit.services import figures_fixtures as fx

PASS = "stats pass for tests"


def _vault(cli: Cli, tmp_path: Path) -> list[str]:
    path = tmp_path / "v"
    vault = Vault.create(path, PASS, kdf=TEST_KDF, allow_weak_kdf=True)
    svc.save_cases(vault, fx.cases())
    vault.lock()
    return ["--vault", str(path), "--passphrase-file", str(cli.passfile(PASS))]


def test_json_matches_the_hand_count_and_filters_apply(cli: Cli, tmp_path: Path) -> None:
    args = _vault(cli, tmp_path)
    doc = cli(*args, "stats", "--json").json()
    assert doc["profile"] == "public" and doc["unit"] == "victims" and doc["total"] == fx.TOTAL_VICTIMS
    assert {d: {r["value"]: r["count"] for r in rows} for d, rows in doc["by"].items()} == fx.BY_VICTIM
    doc = cli(*args, "stats", "--by", "deprivation_type", "--tag", "lawyers", "--from", "2015-07",
              "--to", "2015-07-09", "--json").json()
    assert doc["total"] == 1 and list(doc["by"]) == ["deprivation_type"]
    assert doc["by"]["deprivation_type"] == [{"value": "rsdl", "count": 1}]
    cases = cli(*args, "stats", "--unit", "cases", "--by", "region", "--by", "sex", "--json").json()
    assert list(cases["by"]) == ["region", "sex"]
    assert cases["total"] == fx.TOTAL_CASES and {r["value"]: r["count"] for r in cases["by"]["region"]} == \
        fx.BY_CASE["region"]
    bad = cli(*args, "stats", "--from", "last year")
    assert bad.code != 0 and "YYYY" in bad.stderr
    backwards = cli(*args, "stats", "--from", "2020", "--to", "2019-12")  # an empty range is a typo, not "0"
    assert backwards.code == 2 and "--from" in backwards.stderr and backwards.stdout == ""
    assert cli(*args, "stats", "--from", "2019-12", "--to", "2019-12-31").code == 0


def test_text_table_in_chinese(cli: Cli, tmp_path: Path) -> None:
    args = _vault(cli, tmp_path)
    out = cli(*args, "stats", "--by", "deprivation_type", "status", "--lang", "zh_CN").stdout
    assert "5 victims (profile public)" in out
    assert "指定居所监视居住" in out and "失踪（下落不明）" in out


def test_csv_reads_back_with_the_same_counts(cli: Cli, tmp_path: Path) -> None:
    args = _vault(cli, tmp_path)
    dest = tmp_path / "figures.csv"
    result = cli(*args, "stats", "--csv", dest, "--lang", "zh_CN")
    assert result.code == 0, result.stderr
    data = dest.read_bytes()
    assert data.startswith(b"\xef\xbb\xbf")  # Excel reads UTF-8 only with the byte-order mark
    rows = list(csv.DictReader(io.StringIO(data.decode("utf-8-sig"))))
    assert rows[0]["dimension"] == "total" and rows[0]["count"] == str(fx.TOTAL_VICTIMS)
    got: dict[str, dict[str, int]] = {}
    for r in rows[1:]:
        got.setdefault(r["dimension"], {})[r["value"]] = int(r["count"])
        assert r["profile"] == "public" and r["unit"] == "victims"
    assert got == fx.BY_VICTIM
    labels = {r["value"]: r["value_label"] for r in rows if r["dimension"] == "deprivation_type"}
    assert labels["rsdl"] == "指定居所监视居住"
    assert cli(*args, "stats", "--csv", dest).code != 0  # exists: --force needed


def test_first_stats_after_an_upgrade_builds_the_facts(cli: Cli, tmp_path: Path) -> None:
    args = _vault(cli, tmp_path)
    vault = Vault.unlock(tmp_path / "v", PASS)
    with vault.db.transaction() as conn:  # what migration 7 leaves behind in a vault with cases
        store.clear(conn)
        conn.execute("DELETE FROM meta WHERE key = ?", (store.META_VERSION,))
        conn.execute("INSERT INTO meta (key, value) VALUES (?, '')", (store.META_PENDING,))
    vault.lock()
    doc = cli(*args, "stats", "--json").json()
    assert doc["total"] == fx.TOTAL_VICTIMS


def test_pdf_report(cli: Cli, tmp_path: Path) -> None:
    args = _vault(cli, tmp_path)
    dest = tmp_path / "figures.pdf"
    result = cli(*args, "stats", "--pdf", dest, "--lang", "zh_CN", "--by", "status", "--json")
    assert result.code == 0 and result.json()["path"] == str(dest)
    assert dest.read_bytes().startswith(b"%PDF-")
