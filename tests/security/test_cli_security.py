"""End to end: backup, recovery, erase and unlock-limit commands as a real subprocess."""

from __future__ import annotations

from pathlib import Path

import pytest

from app.cli.exitcodes import Exit
from tests.e2e.conftest import FAST_KDF, PASSPHRASE, Cli, cli  # noqa: F401 (fixture)


@pytest.fixture
def made(cli: Cli, tmp_path: Path):  # type: ignore[no-untyped-def]
    passfile = cli.passfile(PASSPHRASE)
    folder = tmp_path / "v"
    assert cli("init", "--vault", folder, "--passphrase-file", passfile, *FAST_KDF).code == 0
    return folder, passfile


def test_backup_commands(cli: Cli, made, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    folder, passfile = made
    b = tmp_path / "v.backup"
    r = cli("backup", "create", b, "--vault", folder, "--passphrase-file", passfile, "--json")
    assert r.code == 0, r.stderr
    assert r.json()["members"] == 2 and oct(b.stat().st_mode & 0o777) == "0o600"
    assert cli("backup", "verify", b, "--passphrase-file", passfile).code == 0
    wrong = cli.passfile("wrong", "wrong.txt")
    assert cli("backup", "verify", b, "--passphrase-file", wrong).code == Exit.WRONG_PASSPHRASE
    assert cli("backup", "restore", b, tmp_path / "r", "--passphrase-file", passfile).code == 0
    assert cli("info", "--vault", tmp_path / "r", "--passphrase-file", passfile).code == 0
    data = bytearray(b.read_bytes())
    data[len(data) // 2] ^= 0x10
    b.write_bytes(bytes(data))
    r = cli("backup", "restore", b, tmp_path / "r2", "--passphrase-file", passfile)
    assert r.code in (Exit.TAMPER, Exit.VAULT_CORRUPTED) and not (tmp_path / "r2").exists()


def test_recovery_commands(cli: Cli, made, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    folder, passfile = made
    r = cli("recovery", "create", "--split", "--vault", folder, "--passphrase-file", passfile, "--json")
    assert r.code == 0, r.stderr
    shares = r.json()["shares"]
    newpass = cli.passfile("new passphrase", "new.txt")
    one = tmp_path / "one.txt"
    one.write_text(shares[0] + "\n")
    r = cli("recovery", "reset", "--vault", folder, "--recovery-file", one, "--new-passphrase-file", newpass)
    assert r.code == Exit.RECOVERY_KEY_INVALID and "two of the three" in r.stderr
    r = cli("recovery", "reset", "--vault", folder, "--recovery-stdin", "--new-passphrase-file", newpass,
            *FAST_KDF, input=shares[2] + "\n" + shares[0] + "\n")
    assert r.code == 0, r.stderr
    assert cli("info", "--vault", folder, "--passphrase-file", newpass).code == 0
    assert cli("info", "--vault", folder, "--passphrase-file", passfile).code == Exit.WRONG_PASSPHRASE


def test_recovery_key_never_in_argv(cli: Cli, made) -> None:  # type: ignore[no-untyped-def]
    folder, passfile = made
    r = cli("recovery", "reset", "--vault", folder, "AAAA-BBBB")
    assert r.code == Exit.USAGE


def test_erase_needs_both_confirmations(cli: Cli, made) -> None:  # type: ignore[no-untyped-def]
    folder, _ = made
    assert cli("erase", "--vault", folder, input="wrong name\nERASE\n").code == Exit.CANCELLED
    assert cli("erase", "--vault", folder, input=f"{folder.name}\nerase\n").code == Exit.CANCELLED
    assert cli("erase", "--vault", folder).code == Exit.CANCELLED  # no input at all
    assert folder.exists()
    assert cli("erase", "--vault", folder, input=f"{folder.name}\nERASE\n").code == 0
    assert not folder.exists()


def test_erase_for_scripts(cli: Cli, made) -> None:  # type: ignore[no-untyped-def]
    folder, _ = made
    assert cli("erase", "--vault", folder, "--yes-i-understand").code == 0
    assert not folder.exists()
    assert cli("erase", "--vault", folder, "--yes-i-understand").code == Exit.VAULT_MISSING_OR_EXISTS


def test_unlock_limit_command(cli: Cli, made) -> None:  # type: ignore[no-untyped-def]
    folder, passfile = made
    wrong = cli.passfile("wrong", "wrong.txt")
    assert cli("security", "unlock-limit", "2", "--vault", folder, "--passphrase-file", wrong).code \
        == Exit.WRONG_PASSPHRASE  # requires unlocking
    assert cli("security", "unlock-limit", "2", "--vault", folder, "--passphrase-file", passfile).code == 0
    r = cli("info", "--vault", folder, "--passphrase-file", wrong)
    assert r.code == Exit.WRONG_PASSPHRASE and "2 attempts left before this vault erases itself" in r.stderr
    r = cli("info", "--vault", folder, "--passphrase-file", wrong)
    assert "1 attempt left before this vault erases itself" in r.stderr
    assert r.code == Exit.VAULT_ERASED and not folder.exists()


def test_unlock_limit_off(cli: Cli, made) -> None:  # type: ignore[no-untyped-def]
    folder, passfile = made
    assert cli("security", "unlock-limit", "3", "--vault", folder, "--passphrase-file", passfile).code == 0
    assert cli("security", "unlock-limit", "off", "--vault", folder, "--passphrase-file", passfile).code == 0
    r = cli("info", "--vault", folder, "--passphrase-file", passfile)
    assert "erases itself" not in r.stderr
    assert cli("security", "unlock-limit", "0", "--vault", folder, "--passphrase-file", passfile).code == Exit.USAGE


def test_restore_with_recovery_shares(cli: Cli, made, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    folder, passfile = made
    shares = cli("recovery", "create", "--split", "--vault", folder, "--passphrase-file", passfile,
                 "--json").json()["shares"]
    b = tmp_path / "b"
    assert cli("backup", "create", b, "--vault", folder, "--passphrase-file", passfile).code == 0
    two = tmp_path / "two.txt"
    two.write_text(shares[0] + "\n" + shares[2] + "\n")
    r = cli("backup", "restore", b, tmp_path / "r", "--recovery-file", two)
    assert r.code == 0, r.stderr
    newpass = cli.passfile("after the border", "new.txt")
    assert cli("recovery", "reset", "--vault", tmp_path / "r", "--recovery-file", two, "--new-passphrase-file",
               newpass, *FAST_KDF).code == 0
    assert cli("verify", "--vault", tmp_path / "r", "--passphrase-file", newpass).code == 0


def test_init_can_create_the_recovery_key_at_once(cli: Cli, tmp_path: Path) -> None:
    folder = tmp_path / "v"
    passfile = cli.passfile(PASSPHRASE)
    made = cli("init", "--vault", folder, "--passphrase-file", passfile, *FAST_KDF, "--recovery-key", "--json")
    assert made.code == Exit.OK
    doc = made.json()
    assert doc["recovery_key"] and doc["kdf"]["name"] == "argon2id"
    keyfile = tmp_path / "key.txt"
    keyfile.write_text(doc["recovery_key"] + "\n")
    newpass = cli.passfile("a brand new passphrase", "new.txt")
    reset = cli("recovery", "reset", "--vault", folder, "--recovery-file", keyfile, "--new-passphrase-file", newpass)
    assert reset.code == Exit.OK
    assert cli("info", "--vault", folder, "--passphrase-file", newpass).code == Exit.OK


def test_terminal_escapes_in_case_text_are_neutralised(cli: Cli, made) -> None:  # type: ignore[no-untyped-def]
    """ANSI/OSC sequences, carriage returns and bidi overrides in case text reach the terminal as
    visible escapes, never as control codes."""
    folder, passfile = made
    v = ["--vault", folder, "--passphrase-file", passfile]
    title = "Case \x1b[2J\x1b]0;owned\x07 red\x1b[31m \u202eexe.txt\rhidden"
    assert cli(*v, "case", "new", "--title", title).code == 0
    out = cli(*v, "case", "list")
    assert out.code == 0
    assert "\x1b" not in out.stdout and "\u202e" not in out.stdout and "\r" not in out.stdout
    assert "\\x1b[2J" in out.stdout and "\\u202e" in out.stdout


def test_mistyped_passphrase_option_is_not_echoed(cli: Cli, made) -> None:  # type: ignore[no-untyped-def]
    folder, _ = made
    for args in (["case", "list", "--pwd", "hunter2"], ["hunter2"], ["case", "list", "--passphrase=hunter2"]):
        out = cli("--vault", folder, *args)
        assert out.code == Exit.USAGE
        assert "hunter2" not in out.stdout + out.stderr


def test_verify_prints_and_checks_the_audit_fingerprint(cli: Cli, made) -> None:  # type: ignore[no-untyped-def]
    folder, passfile = made
    v = ["--vault", folder, "--passphrase-file", passfile]
    info = cli(*v, "info", "--json")
    fingerprint = info.json()["audit_fingerprint"]
    assert fingerprint.startswith("#")
    assert cli(*v, "case", "new", "--title", "later").code == 0
    good = cli(*v, "verify", "--expect", fingerprint)
    assert good.code == 0 and "Audit fingerprint: #" in good.stdout
    bad = fingerprint[:-4] + ("0000" if not fingerprint.endswith("0000") else "1111")
    assert cli(*v, "verify", "--expect", bad).code == Exit.TAMPER


def test_passwd_rotate_master_key(cli: Cli, made, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    folder, passfile = made
    new = cli.passfile("a different passphrase", "new.txt")
    out = cli("--vault", folder, "--passphrase-file", passfile, "passwd", "--rotate-master-key",
              "--new-passphrase-file", new, *FAST_KDF, "--json")
    assert out.code == 0 and out.json()["master_key_rotated"] is True
    assert cli("--vault", folder, "--passphrase-file", new, "verify").code == 0
