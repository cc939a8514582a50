"""``recourse`` (the desktop program's entry point) as a real subprocess: flags and PATH."""

from __future__ import annotations

from app import __version__

from .conftest import FAST_KDF

OFFSCREEN = {"QT_QPA_PLATFORM": "offscreen"}


def test_help_and_version_answer_without_starting_anything(cli):
    shown = cli("--help", module="app.main")
    assert shown.code == 0 and shown.stdout.startswith("usage: recourse")
    assert "PATH" in shown.stdout and "--demo" in shown.stdout and "--version" in shown.stdout
    version = cli("--version", module="app.main")
    assert version.code == 0 and version.stdout.strip() == f"recourse {__version__}"
    assert not (cli.home / "data").exists()  # no demo vault made, no window


def test_an_unknown_flag_is_a_usage_error(cli):
    result = cli("--frobnicate", module="app.main")
    assert result.code == 2 and "unrecognized arguments: --frobnicate" in result.stderr


def test_path_opens_that_vault_at_the_unlock_screen(cli, tmp_path):
    vault = tmp_path / "mine"
    made = cli("--vault", vault, "--passphrase-stdin", "init", *FAST_KDF, input="a long enough passphrase\n")
    assert made.code == 0, made.stderr
    result = cli("--startup-check", vault, module="app.main", env=OFFSCREEN)
    assert result.code == 0, result.stderr
    assert f"unlock screen for {vault} shown" in result.stdout


def test_path_to_a_new_folder_offers_to_create_a_vault_there(cli, tmp_path):
    result = cli("--startup-check", tmp_path / "new", module="app.main", env=OFFSCREEN)
    assert result.code == 0, result.stderr
    assert f"create screen for {tmp_path / 'new'} shown" in result.stdout
    assert not (tmp_path / "new").exists()  # nothing is created before the user asks


def test_path_that_is_not_a_vault_is_refused(cli, tmp_path):
    (tmp_path / "papers").mkdir()
    (tmp_path / "papers" / "letter.txt").write_text("x")
    result = cli(tmp_path / "papers", module="app.main", env=OFFSCREEN)
    assert result.code == 2 and "is not a Recourse vault" in result.stderr
    result = cli(tmp_path / "papers" / "letter.txt", module="app.main", env=OFFSCREEN)
    assert result.code == 2 and "is a file" in result.stderr
