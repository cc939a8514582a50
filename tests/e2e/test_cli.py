"""``recourse-cli`` end to end: real subprocesses, real vaults, real encryption.

Fixtures (tests/e2e/conftest.py): ``cli`` runs ``python -m app.cli`` with
RECOURSE_HOME in tmp_path and no terminal; ``demo_master`` is the demo vault
made once per module; ``demo`` is a private copy of it for tests that change it.
"""

from __future__ import annotations

import json
import os
import re
import signal
import sys
from pathlib import Path

import pytest

FAST_KDF = ["--kdf-memory-mib", "64", "--kdf-iterations", "3"]

# Names and testimony phrases of the demo cases, as they would appear in plaintext.
DEMO_SECRETS = ["林晓雯", "晓雯", "Xiaowen", "周文博", "Abdurehman", "ئابدۇرەھمان", "阿不都热合曼",
                "Tsering Dorje", "次仁多吉", "ཚེ་རིང་རྡོ་རྗེ", "七八个人来敲门", "老虎凳",
                "zhou.wenbo@example.org", "Gulnar", "inciting subversion"]


def new_vault(cli, tmp_path: Path, name: str = "vault", passphrase: str = "first passphrase 一"):
    """Create a vault with the fast (floor) KDF; return (path, passphrase file)."""
    passfile = cli.passfile(passphrase, f"{name}.pass")
    path = tmp_path / name
    result = cli("--vault", path, "--passphrase-file", passfile, "init", *FAST_KDF)
    assert result.code == 0, result.stderr
    return path, passfile


def flip_byte(path: Path, offset: int) -> None:
    data = bytearray(path.read_bytes())
    data[offset] ^= 0xFF
    path.write_bytes(bytes(data))


def all_evidence_ids(cli, vault) -> set[str]:
    ids = set()
    for row in cli(*vault.args(), "--json", "case", "list").json()["cases"]:
        case = cli(*vault.args(), "--json", "case", "show", row["id"]).json()
        ids |= {e["id"] for e in case["evidence"]}
    return ids


# --- the whole round trip -------------------------------------------------------------------
def test_workflow_init_to_verify(cli, tmp_path):
    path, pf = new_vault(cli, tmp_path)
    v = ["--vault", path, "--passphrase-file", pf]

    created = cli(*v, "case", "new", "--title", "陈秋实 detained at the airport", "--reference", "RC-1",
                  "--region", "mainland", "--status", "documenting", "--urgency", "urgent",
                  "--summary", "Qiushi was stopped at the border.", "--tag", "airport", "--tag", "lawyer")
    assert created.code == 0, created.stderr
    case_id = created.stdout.strip()
    assert re.fullmatch(r"[0-9a-f]{32}", case_id)
    assert "陈秋实" not in created.stderr and "Qiushi" not in created.stderr

    listed = cli(*v, "case", "list")
    assert listed.code == 0
    assert "RC-1" in listed.stdout and "陈秋实" in listed.stdout and case_id[:8] in listed.stdout
    assert cli(*v, "case", "list", "--tag", "lawyer", "--json").json()["total"] == 1
    assert cli(*v, "case", "list", "--status", "closed", "--json").json()["total"] == 0

    shown = cli(*v, "case", "show", case_id[:6])  # a unique prefix of 6 characters
    assert shown.code == 0 and "陈秋实" in shown.stdout and "Summary" in shown.stdout

    found = cli(*v, "search", "秋实")  # two characters: the LIKE fallback
    assert found.code == 0 and "RC-1" in found.stdout and "[秋实]" in found.stdout
    latin = cli(*v, "search", "QIUSHI", "--json").json()  # case-insensitive
    assert {r["case_id"] for r in latin["results"]} == {case_id}

    evidence = tmp_path / "notice.txt"
    evidence.write_bytes("拘留通知书 detention notice\n".encode() * 100)
    attached = cli(*v, "--json", "attach", "RC-1", evidence, "--kind", "official-document",
                   "--date", "2024-03", "--description", "Notice", "--confidential")
    assert attached.code == 0, attached.stdout
    item = attached.json()["evidence"][0]
    assert item["size"] == evidence.stat().st_size
    case = cli(*v, "case", "show", "RC-1", "--json").json()
    assert case["evidence"][0]["sha256"] == item["sha256"] and case["evidence"][0]["confidential"] is True
    assert item["sha256"] in cli(*v, "case", "show", "RC-1").stdout
    assert cli(*v, "verify").code == 0

    export = tmp_path / "cases.json"
    exported = cli(*v, "case", "export", "-o", export)
    assert exported.code == 0 and export.is_file()
    assert "NOT encrypted" in exported.stderr
    assert cli(*v, "case", "export", "-o", export).code == 9  # will not overwrite without --force

    other, opf = new_vault(cli, tmp_path, "other", "second passphrase")
    o = ["--vault", other, "--passphrase-file", opf]
    imported = cli(*o, "case", "import", export)
    assert imported.code == 0, imported.stderr
    assert cli(*o, "case", "import", export).code == 7  # same ids again, without --replace
    assert cli(*o, "case", "import", export, "--replace").code == 0
    before = cli(*v, "case", "show", case_id, "--json").json()
    after = cli(*o, "case", "show", case_id, "--json").json()
    assert before == after  # lossless

    assert cli(*v, "case", "delete", "RC-1").code == 2  # no terminal, no --yes: refused
    deleted = cli(*v, "case", "delete", "RC-1", "--yes")
    assert deleted.code == 0
    assert cli(*v, "case", "show", case_id).code == 8
    verified = cli(*v, "verify", "--json")
    assert verified.code == 0 and verified.json()["ok"] is True
    assert not list((path / "blobs").iterdir())  # the evidence blob went with the case


def test_passwd_changes_the_passphrase(cli, tmp_path):
    path, pf = new_vault(cli, tmp_path)
    new = cli.passfile("a brand new passphrase", "new.pass")
    changed = cli("--vault", path, "--passphrase-file", pf, "passwd", "--new-passphrase-file", new, *FAST_KDF)
    assert changed.code == 0, changed.stderr
    assert cli("--vault", path, "--passphrase-file", pf, "info").code == 3
    info = cli("--vault", path, "--passphrase-file", new, "info", "--json")
    assert info.code == 0 and info.json()["audit_entries"] == 2  # create + passwd


def test_python_m_and_help_show_the_exit_codes(cli):
    result = cli("--help")
    assert result.code == 0
    for code in range(13):
        assert re.search(rf"^\s+{code}\s+\S", result.stdout, re.MULTILINE), code
    assert cli("--version").code == 0


# --- the demo vault ------------------------------------------------------------------------
def test_demo_vault_content_and_info(cli, demo_master):
    listed = cli(*demo_master.args(), "case", "list", "--sort", "reference", "--asc", "--json").json()
    assert [c["reference"] for c in listed["cases"]] == ["DEMO-001", "DEMO-002", "DEMO-003"]
    assert all("fictional demo" in c["title"] for c in listed["cases"])
    info = cli(*demo_master.args(), "info", "--json").json()
    assert info["cases"] == 3 and info["evidence"] == 3 and info["schema_version"] >= 1
    assert info["kdf"]["memory_kib"] == 64 * 1024 and info["kdf"]["iterations"] == 3
    assert set(info) >= {"vault", "format_version", "schema_version", "kdf", "audit_entries", "disk_bytes"}
    shown = cli(*demo_master.args(), "case", "show", "DEMO-002")
    assert shown.code == 0
    for section in ("People", "Deprivation of liberty", "Detention, in order", "Proceedings", "Ill-treatment",
                    "Domestic remedies", "Legal analysis", "Testimonies", "Evidence", "Consent"):
        assert section in shown.stdout, section
    assert "ئابدۇرەھمان" in shown.stdout and "Uyghur" in shown.stdout
    assert cli(*demo_master.args(), "verify").code == 0


def test_vault_from_environment_variable(cli, demo_master):
    result = cli("--passphrase-file", demo_master.passfile, "info",
                 env={"RECOURSE_VAULT": str(demo_master.path)})
    assert result.code == 0 and "Cases:" in result.stdout


def test_search_marks_matches(cli, demo_master):
    chinese = cli(*demo_master.args(), "search", "晓雯")  # part of a given name, two characters
    assert chinese.code == 0 and "DEMO-001" in chinese.stdout and "[晓雯]" in chinese.stdout
    latin = cli(*demo_master.args(), "search", "xiaowen", "--json").json()
    assert latin["results"] and {r["reference"] for r in latin["results"]} == {"DEMO-001"}
    first = latin["results"][0]
    a, b = first["spans"][0]
    assert first["snippet"][a:b].lower() == "xiaowen"
    assert "DEMO-002" in cli(*demo_master.args(), "search", "TURSUN").stdout
    assert "DEMO-003" in cli(*demo_master.args(), "search", "次仁").stdout
    assert cli(*demo_master.args(), "search", "no-such-words-anywhere").stdout.strip() == "No matches."


def test_demo_vault_holds_no_plaintext(demo_master):
    files = [p for p in demo_master.path.rglob("*") if p.is_file()]
    assert len(files) >= 5  # header, database, three blobs
    for f in files:
        raw = f.read_bytes()
        for secret in DEMO_SECRETS:
            assert secret.encode("utf-8") not in raw, (f.name, secret)


# --- exit codes -------------------------------------------------------------------------------
def test_wrong_passphrase_is_3(cli, demo_master):
    wrong = cli.passfile("not the passphrase")
    text = cli("--vault", demo_master.path, "--passphrase-file", wrong, "info")
    assert text.code == 3 and "Wrong passphrase" in text.stderr and "Caps Lock" in text.stderr
    js = cli("--vault", demo_master.path, "--passphrase-file", wrong, "info", "--json")
    assert js.code == 3 and js.stderr == ""
    doc = js.json()
    assert doc["error"] == "wrong_passphrase" and doc["problems"] == [] and doc["exit_code"] == 3
    assert isinstance(doc["message"], str)


def test_vault_missing_is_4(cli, tmp_path):
    pf = cli.passfile("whatever")
    result = cli("--vault", tmp_path / "nowhere", "--passphrase-file", pf, "case", "list", "--json")
    assert result.code == 4 and result.json()["error"] == "vault_not_found"


def test_init_on_existing_vault_is_4(cli, demo_master):
    pf = cli.passfile("whatever")
    result = cli("--vault", demo_master.path, "--passphrase-file", pf, "init", *FAST_KDF)
    assert result.code == 4 and "already exists" in result.stderr


def test_corrupted_header_is_5(cli, demo):
    (demo.path / "vault.header").write_bytes(os.urandom(300))
    result = cli(*demo.args(), "info", "--json")
    assert result.code == 5 and result.json()["error"] == "vault_corrupted"


def test_altered_first_database_page_is_6(cli, demo):
    flip_byte(demo.path / "vault.db", 200)
    result = cli(*demo.args(), "info")
    assert result.code == 6 and "Tampering detected" in result.stderr


def test_altered_database_is_6_on_verify(cli, demo):
    db = demo.path / "vault.db"
    flip_byte(db, db.stat().st_size // 2)
    result = cli(*demo.args(), "verify", "--json")
    assert result.code == 6
    doc = result.json()
    assert doc["error"] == "tamper_detected"
    if "checks" in doc:  # the damage was found by the database check, not on the way there
        assert doc["problems"] and not doc["ok"]


def test_altered_blob_is_6_and_names_the_evidence(cli, demo):
    ids = all_evidence_ids(cli, demo)
    blob = min((demo.path / "blobs").iterdir())
    flip_byte(blob, blob.stat().st_size // 2)
    text = cli(*demo.args(), "verify")
    assert text.code == 6 and "FAILED  evidence" in text.stdout
    named = {i for i in ids if f"evidence {i}" in text.stdout}
    assert len(named) == 1
    doc = cli(*demo.args(), "verify", "--json").json()
    failed = [c for c in doc["checks"] if not c["ok"]]
    assert [c["name"] for c in failed] == ["evidence"]
    assert doc["ok"] is False and doc["problems"][0]["path"] == "evidence"


def test_invalid_case_file_is_7_with_field_paths(cli, demo, tmp_path):
    export = tmp_path / "one.json"
    assert cli(*demo.args(), "case", "export", "DEMO-001", "-o", export).code == 0
    doc = json.loads(export.read_text(encoding="utf-8"))
    doc["cases"][0]["status"] = "bogus"
    doc["cases"][0]["persons"][0]["birth_date"] = "1984-13"
    doc["cases"][0]["id"] = "f" * 32
    export.write_text(json.dumps(doc, ensure_ascii=False), encoding="utf-8")
    result = cli(*demo.args(), "case", "import", export)
    assert result.code == 7
    assert "$.cases[0].status: unknown case_status code" in result.stderr
    assert "bogus" not in result.stderr and "1984-13" not in result.stderr  # no case content on stderr
    assert "$.cases[0].persons[0].birth_date:" in result.stderr
    js = cli(*demo.args(), "case", "import", export, "--json").json()
    assert js["error"] == "invalid_case_file"
    assert {p["path"] for p in js["problems"]} >= {"$.cases[0].status", "$.cases[0].persons[0].birth_date"}
    assert cli(*demo.args(), "case", "list", "--json").json()["total"] == 3  # nothing imported


def test_invalid_vocabulary_code_is_7_and_lists_codes(cli, demo):
    result = cli(*demo.args(), "case", "new", "--title", "x", "--status", "finished")
    assert result.code == 7 and "draft, documenting, ready" in result.stderr


def test_unknown_case_is_8(cli, demo_master):
    result = cli(*demo_master.args(), "case", "show", "DEMO-999", "--json")
    assert result.code == 8 and result.json()["error"] == "not_found"


def test_missing_attach_file_is_9(cli, demo, tmp_path):
    result = cli(*demo.args(), "attach", "DEMO-001", tmp_path / "missing.jpg")
    assert result.code == 9 and "missing.jpg" in result.stderr
    empty_passfile = cli("--vault", demo.path, "--passphrase-file", tmp_path / "no-such-pass", "info")
    assert empty_passfile.code == 9


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="needs a named pipe")
def test_ctrl_c_during_attach_is_11_and_keeps_nothing(cli, demo, tmp_path):
    fifo = tmp_path / "video.mp4"
    os.mkfifo(fifo)
    proc = cli.popen(*demo.args(), "attach", "DEMO-001", fifo)
    try:
        with open(fifo, "wb") as pipe:  # returns once the CLI has opened the file to encrypt it
            pipe.write(b"\0" * 200_000)
            pipe.flush()
            proc.send_signal(signal.SIGINT)
            try:
                pipe.write(b"\1" * 3_000_000)
            except BrokenPipeError:
                pass
        _out, err = proc.communicate(timeout=60)
    finally:
        if proc.poll() is None:
            proc.kill()
    assert proc.returncode == 11, err.decode()
    assert b"Traceback" not in err and b"Nothing was kept" in err
    case = cli(*demo.args(), "case", "show", "DEMO-001", "--json").json()
    assert len(case["evidence"]) == 1
    assert not [p for p in (demo.path / "blobs").iterdir() if p.suffix == ".part"]
    assert cli(*demo.args(), "verify").code == 0  # no orphan blob either


def test_no_terminal_and_no_passphrase_is_12(cli, demo_master, tmp_path):
    result = cli("--vault", demo_master.path, "info")
    assert result.code == 12 and "--passphrase-file" in result.stderr
    empty = tmp_path / "empty.pass"
    empty.write_text("\n", encoding="utf-8")
    assert cli("--vault", demo_master.path, "--passphrase-file", empty, "info").code == 12
    assert cli("--vault", tmp_path / "new", "init", *FAST_KDF).code == 12


def test_passphrase_from_stdin_keeps_spaces(cli, tmp_path):
    spaced = cli.passfile("  spaces around  ", "spaced.pass")
    path = tmp_path / "spaced"
    assert cli("--vault", path, "--passphrase-file", spaced, "init", *FAST_KDF).code == 0
    assert cli("--vault", path, "--passphrase-stdin", "info", input="  spaces around  \n").code == 0
    assert cli("--vault", path, "--passphrase-stdin", "info", input="spaces around\n").code == 3


def test_usage_errors_are_2(cli, demo_master):
    assert cli("frobnicate").code == 2
    assert cli("case").code == 2
    assert cli(*demo_master.args(), "case", "new").code == 2  # --title missing
    js = cli("--json", "case", "list", "--sort", "nonsense")
    assert js.code == 2 and js.json()["error"] == "usage"
    pf = cli.passfile("x")
    both = cli("--vault", demo_master.path, "--passphrase-file", pf, "--passphrase-stdin", "info",
               input="x\n")
    assert both.code == 2


def test_passphrase_is_never_accepted_in_argv(cli, demo_master):
    for args in (["--passphrase", "hunter2-秘密"], ["--passphrase=hunter2-秘密"]):
        result = cli("--vault", demo_master.path, *args, "info")
        assert result.code == 2
        assert "hunter2" not in result.stderr and "hunter2" not in result.stdout
        assert "--passphrase-file" in result.stderr


def test_kdf_below_the_floor_is_refused(cli, tmp_path):
    pf = cli.passfile("whatever")
    result = cli("--vault", tmp_path / "weak", "--passphrase-file", pf, "init", "--kdf-memory-mib", "32",
                 "--kdf-iterations", "3")
    assert result.code == 2 and "64" in result.stderr
    assert not (tmp_path / "weak").exists()


def test_no_case_content_on_stderr(cli, demo):
    commands = [["case", "list"], ["case", "show", "DEMO-002"], ["search", "晓雯"], ["verify"], ["info"],
                ["case", "delete", "DEMO-003", "--yes"]]
    for args in commands:
        result = cli(*demo.args(), *args)
        assert result.code == 0
        for secret in DEMO_SECRETS:
            assert secret not in result.stderr, (args, secret)


def test_launcher_creates_and_describes_the_demo_vault(cli):
    result = cli("--text", module="app.main")
    assert result.code == 0, result.stderr
    folder = cli.home / "data" / "demo-vault"
    assert (folder / "vault.header").is_file()
    assert "recourse-demo" in result.stdout and str(folder) in result.stdout
    assert "DEMO-001" in result.stdout and "search 晓雯" in result.stdout
    found = cli("--vault", folder, "--passphrase-stdin", "search", "晓雯", input="recourse-demo\n")
    assert found.code == 0 and "DEMO-001" in found.stdout
    again = cli("--text", module="app.main")  # second start: opens the existing demo vault
    assert again.code == 0 and "already there" in again.stdout


def test_demo_command_default_passphrase(cli, tmp_path):
    result = cli("demo", tmp_path / "d", *FAST_KDF, "--json")
    assert result.code == 0
    doc = result.json()
    assert doc["passphrase"] == "recourse-demo" and len(doc["cases"]) == 3
    assert cli("--vault", tmp_path / "d", "--passphrase-stdin", "info", input="recourse-demo\n").code == 0


@pytest.mark.skipif(sys.platform == "win32", reason="POSIX file modes")
def test_vault_files_are_private(cli, demo_master):
    for p in [demo_master.path, *demo_master.path.rglob("*")]:
        assert p.stat().st_mode & 0o077 == 0, p


# --- on a terminal: prompts, confirmation, progress bar -------------------------------------
def run_in_pty(cli, args: list, answers: list[tuple[str, str]], timeout: float = 60) -> tuple[int, str]:
    """Run the CLI on a new pseudo-terminal, typing each answer after its prompt appears."""
    import pty
    import select
    import time

    cmd = cli.command([str(a) for a in args])
    pid, fd = pty.fork()
    if pid == 0:  # child: the pty is its controlling terminal, so getpass can open /dev/tty
        try:
            os.chdir(Path(__file__).resolve().parents[2])
            os.execve(sys.executable, cmd, cli.env)
        finally:
            os._exit(127)
    output, searched_to, pending = b"", 0, list(answers)
    deadline = time.monotonic() + timeout
    try:
        while time.monotonic() < deadline:
            ready, _, _ = select.select([fd], [], [], 0.2)
            if ready:
                try:
                    data = os.read(fd, 4096)
                except OSError:  # EIO: the child closed the terminal
                    break
                if not data:
                    break
                output += data
            if pending and pending[0][0].encode() in output[searched_to:]:
                searched_to = output.index(pending[0][0].encode(), searched_to) + len(pending[0][0])
                os.write(fd, pending.pop(0)[1].encode() + b"\n")
    finally:
        os.close(fd)
    _, status = os.waitpid(pid, 0)
    return os.waitstatus_to_exitcode(status), output.decode("utf-8", "replace")


@pytest.mark.skipif(sys.platform == "win32", reason="needs a pseudo-terminal")
def test_terminal_prompts_confirmation_and_progress(cli, demo, tmp_path):
    folder = tmp_path / "typed"
    code, out = run_in_pty(cli, ["--vault", folder, "init", *FAST_KDF],
                           [("Passphrase for the new vault: ", "typed secret"),
                            ("Repeat it: ", "typed secret")])
    assert code == 0, out
    assert "cannot recover a lost passphrase" in out and "typed secret" not in out  # not echoed
    code, out = run_in_pty(cli, ["--vault", folder, "info"], [("Passphrase for", "typed secret")])
    assert code == 0 and "Cases:" in out
    code, out = run_in_pty(cli, ["--vault", tmp_path / "typo", "init", *FAST_KDF],
                           [("Passphrase for the new vault: ", "one"), ("Repeat it: ", "two")])
    assert code == 12 and "differ" in out and not (tmp_path / "typo").exists()

    code, out = run_in_pty(cli, [*demo.args(), "case", "delete", "DEMO-003"], [("Type 'yes'", "no")])
    assert code == 11 and "Nothing was deleted" in out
    code, out = run_in_pty(cli, [*demo.args(), "case", "delete", "DEMO-003"], [("Type 'yes'", "yes")])
    assert code == 0 and "Deleted case DEMO-003" in out

    big = tmp_path / "recording.bin"
    big.write_bytes(os.urandom(3 * 1024 * 1024))
    code, out = run_in_pty(cli, [*demo.args(), "attach", "DEMO-001", big], [])
    assert code == 0 and "encrypting [" in out and "\033[K" in out
    assert "Traceback" not in out
