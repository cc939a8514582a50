"""``recourse-cli reprisal ...`` and the reprisals form on the real demo vault."""

from __future__ import annotations

from pathlib import Path

from app.cli.exitcodes import Exit
from tests.e2e.conftest import Cli, VaultRef
from tests.unit.export.pdfutil import full_text


def test_reprisal_log_and_report(cli: Cli, demo: VaultRef, tmp_path: Path) -> None:
    shown = cli(*demo.args(), "--json", "case", "show", "DEMO-002").json()
    case = shown.get("case", shown)
    relative = next(p for p in case["persons"] if "relative" in p["roles"] or "victim" in p["roles"])
    org = case["organisations"][0]["id"]

    logged = cli(*demo.args(), "reprisal", "list", "DEMO-001")  # the demo's lawyer case logs two incidents
    assert logged.code == 0 and "loss-of-licence, threats" in logged.stdout and "NO" not in logged.stdout
    empty = cli(*demo.args(), "reprisal", "list", "DEMO-002")
    assert empty.code == 0 and "empty" in empty.stdout

    r = cli(*demo.args(), "--json", "reprisal", "add", "DEMO-002", "--person", relative["id"][:8],
            "--kind", "threats", "--kind", "travel-ban", "--date", "2021-05", "--country", "CN",
            "--locality", "Wuhan", "--organisation", org[:8], "--engagement-kind", "submission",
            "--engagement", "Information sent to the Working Group on Arbitrary Detention.",
            "--description", "Police officers warned the family to stop contacting the United Nations.")
    assert r.code == 0, r.stderr
    incident = r.json()["incident"]
    assert incident["kinds"] == ["threats", "travel-ban"] and incident["organisation_ids"] == [org]
    assert incident["place"]["locality"] == "Wuhan"

    listed = cli(*demo.args(), "reprisal", "list", "DEMO-002")
    assert listed.code == 0 and "threats, travel-ban" in listed.stdout and incident["id"][:8] in listed.stdout

    edited = cli(*demo.args(), "reprisal", "edit", "DEMO-002", incident["id"][:8], "--steps-taken",
                 "A complaint to the procuratorate went unanswered.")
    assert edited.code == 0, edited.stderr

    out = tmp_path / "reprisals.pdf"
    rendered = cli(*demo.args(), "submission", "render", "DEMO-002", "--form", "reprisals", "--lang", "fr",
                   "-o", str(out), "--date", "2026-11-22", "--draft")
    assert rendered.code == 0, rendered.stderr
    text = full_text(out.read_bytes())
    assert "reprisals@ohchr.org" in text and "Menaces ou intimidation" in text
    assert "procuratorate went unanswered" in text
    assert (tmp_path / "reprisals-confidential-annex.pdf").exists()
    check = cli(*demo.args(), "--json", "submission", "check", "DEMO-002", "--form", "reprisals")
    assert check.code in (0, Exit.SUBMISSION_BLOCKED), check.stderr
    assert "no-reprisals" not in check.stdout and "reprisal-no-engagement" not in check.stdout

    bad = cli(*demo.args(), "reprisal", "add", "DEMO-002", "--person", relative["id"][:8], "--kind", "beating")
    assert bad.code == 7 and "threats" in bad.stderr
    nobody = cli(*demo.args(), "reprisal", "add", "DEMO-002", "--person", "zzzzzzzz")
    assert nobody.code == 8 and "case show" in nobody.stderr
    gone = cli(*demo.args(), "reprisal", "remove", "DEMO-002", incident["id"][:8])
    assert gone.code == 0
    assert "empty" in cli(*demo.args(), "reprisal", "list", "DEMO-002").stdout
