"""``recourse-cli submission ...`` on the real demo vault."""

from __future__ import annotations

from pathlib import Path

from tests.e2e.conftest import Cli, VaultRef


def test_check_render_list_track(cli: Cli, demo: VaultRef, tmp_path: Path) -> None:
    ok = cli(*demo.args(), "submission", "check", "DEMO-001", "--form", "wgad")
    assert ok.code == 0 and "ready" in ok.stdout

    out = tmp_path / "wgad.pdf"
    r = cli(*demo.args(), "--json", "submission", "render", "DEMO-001", "--form", "wgad", "--lang", "fr",
            "-o", out, "--date", "2026-11-22")
    assert r.code == 0, r.stdout
    doc = r.json()
    annex = Path(doc["annex"])
    assert out.read_bytes().startswith(b"%PDF") and annex.name == "wgad-confidential-annex.pdf"
    import hashlib

    assert hashlib.sha256(out.read_bytes()).hexdigest() == doc["submission"]["main_sha256"]

    again = cli(*demo.args(), "submission", "render", "DEMO-001", "--form", "wgad", "-o", out)
    assert again.code == 2 and "--force" in again.stderr  # never overwrites silently

    sub_id = doc["submission"]["id"][:8]
    t = cli(*demo.args(), "--json", "submission", "track", sub_id, "--sent-on", "2026-11-23", "--un-reference", "X/1")
    assert t.code == 0 and t.json()["submission"]["reply_due"] == "2027-01-22"
    listed = cli(*demo.args(), "submission", "list", "DEMO-001")
    assert listed.code == 0 and "X/1" in listed.stdout and "2027-01-22" in listed.stdout


def test_blocked_submission_has_its_own_exit_code(cli: Cli, demo: VaultRef, tmp_path: Path) -> None:
    new = cli(*demo.args(), "--json", "case", "new", "--title", "Bare case")
    case_id = new.json()["id"]
    check = cli(*demo.args(), "--json", "submission", "check", case_id, "--form", "wgad")
    assert check.code == 13
    codes = {f["code"] for f in check.json()["findings"]}
    assert {"no-victim", "no-source", "no-category"} <= codes
    r = cli(*demo.args(), "submission", "render", case_id, "--form", "wgad", "-o", tmp_path / "x.pdf")
    assert r.code == 13 and "--draft" in r.stderr and "persons" in r.stderr
    assert not (tmp_path / "x.pdf").exists()
    d = cli(*demo.args(), "submission", "render", case_id, "--form", "wgad", "-o", tmp_path / "x.pdf", "--draft")
    assert d.code == 0 and (tmp_path / "x.pdf").exists()


def test_unknown_form_is_a_usage_error(cli: Cli, demo: VaultRef) -> None:
    r = cli(*demo.args(), "submission", "check", "DEMO-001", "--form", "ced-urgent-action")
    assert r.code == 2


def test_render_wgeid(cli: Cli, demo: VaultRef, tmp_path: Path) -> None:
    ok = cli(*demo.args(), "submission", "check", "DEMO-001", "--form", "wgeid")
    assert ok.code == 0 and "ready" in ok.stdout
    out = tmp_path / "wgeid.pdf"
    r = cli(*demo.args(), "--json", "submission", "render", "DEMO-001", "--form", "wgeid", "--lang", "es",
            "-o", out, "--date", "2026-11-22")
    assert r.code == 0, r.stderr
    assert out.read_bytes().startswith(b"%PDF") and Path(r.json()["annex"]).name == "wgeid-confidential-annex.pdf"


def test_render_editable_docx(cli: Cli, demo: VaultRef, tmp_path: Path) -> None:
    import hashlib
    import zipfile

    out = tmp_path / "letter.docx"
    r = cli(*demo.args(), "--json", "submission", "render", "DEMO-001", "--form", "sp-allegation", "--lang", "es",
            "-o", out, "--date", "2026-11-22")
    assert r.code == 0, r.stderr
    doc = r.json()
    annex = Path(doc["annex"])
    assert doc["format"] == "docx" and annex.name == "letter-confidential-annex.docx"
    for path, digest in ((out, doc["parts"][0]["sha256"]), (annex, doc["annex_sha256"])):
        assert zipfile.ZipFile(path).read("word/document.xml").startswith(b"<?xml")
        assert hashlib.sha256(path.read_bytes()).hexdigest() == digest
    assert doc["submission"]["main_sha256"] != doc["parts"][0]["sha256"]  # the history keeps the PDF's
    text = cli(*demo.args(), "submission", "render", "DEMO-001", "--form", "wgad", "--format", "docx",
               "-o", tmp_path / "q.pdf.docx", "--date", "2026-11-22")
    assert text.code == 0 and "(editable DOCX)" in text.stdout and (tmp_path / "q.pdf-confidential-annex.docx").exists()
    odt = cli(*demo.args(), "submission", "render", "DEMO-001", "--form", "wgad", "-o", tmp_path / "q.odt",
              "--date", "2026-11-22")
    assert odt.code == 0 and zipfile.ZipFile(tmp_path / "q.odt").read("mimetype").endswith(b"opendocument.text")
    assert (tmp_path / "q-confidential-annex.odt").exists()
