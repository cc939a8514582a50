"""``recourse``: the launcher behind ``make run``.

Opens the desktop window on the vault at ``RECOURSE_VAULT`` or the default
location (create-vault screen on first run, unlock screen afterwards).
``recourse --demo`` opens the demo vault instead (``<data dir>/demo-vault``,
passphrase ``recourse-demo``), creating it first.

Where there is no display (a terminal session, ``--text``, or
``QT_QPA_PLATFORM=offscreen``) the launcher does what it did before the window
existed: it makes sure the demo vault exists, shows what is in it, and lists
command-line examples that work on it.
"""

from __future__ import annotations

import os
import shlex
import sys
from pathlib import Path

from app import __version__
from app.errors import RecourseError, WrongPassphrase
from app.hardening import harden_process
from app.paths import data_dir
from app.services import cases as case_service
from app.services.demo import DEMO_PASSPHRASE, create_demo_vault
from app.services.vault import Vault

DEMO_FOLDER = "demo-vault"

INTRO = f"""\
Recourse {__version__}: encrypted, offline case files for human-rights documenters working on
China (mainland, Hong Kong, Tibet, Xinjiang), and submissions to the UN (WGAD, Special Procedures).

No display was found for the desktop window. Here is the demo vault, with three FICTIONAL cases."""


def demo_vault_path() -> Path:
    return data_dir() / DEMO_FOLDER


def open_or_create(folder: Path) -> tuple[Vault, bool]:
    """The demo vault, unlocked; created first if the folder does not exist."""
    if not folder.exists():
        return create_demo_vault(folder, DEMO_PASSPHRASE), True
    return Vault.unlock(folder, DEMO_PASSPHRASE), False


def examples(folder: Path) -> list[str]:
    cli = f"recourse-cli --vault {shlex.quote(str(folder))}"
    return [
        "Try (each command asks for the passphrase):",
        f"  {cli} case list",
        f"  {cli} case show DEMO-001",
        f"  {cli} search 晓雯          # part of a Chinese given name",
        f"  {cli} search tursun        # a transliteration, any case",
        f"  {cli} search 次仁",
        f"  {cli} verify",
        "In scripts, give the passphrase with --passphrase-file FILE or --passphrase-stdin.",
        "Start your own vault with:  recourse-cli init      (all commands: recourse-cli --help)",
    ]




def has_display() -> bool:
    """Whether a desktop window can be shown (Windows and macOS always; X11 or Wayland elsewhere)."""
    if os.environ.get("QT_QPA_PLATFORM", "").split(":")[0] in ("offscreen", "minimal"):
        return False
    if sys.platform in ("win32", "darwin"):
        return True
    return bool(os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY"))


def main(argv: list[str] | None = None) -> int:
    argv = sys.argv[1:] if argv is None else argv
    harden_process()
    if "--text" in argv or not has_display():
        return describe_demo()
    folder = None
    if "--demo" in argv:
        folder = demo_vault_path()
        if not folder.exists():
            create_demo_vault(folder, DEMO_PASSPHRASE).lock()
    from app.gui.app import run

    return run(sys.argv[:1], folder)


def describe_demo() -> int:
    # The CLI's helpers are only needed here: the desktop launch does not depend on app.cli.
    from app.cli.commands_case import case_table
    from app.cli.errors import describe
    from app.cli.main import silence_stdout
    from app.cli.summary import folder_size, summarize

    folder = demo_vault_path()
    try:
        vault, created = open_or_create(folder)
    except WrongPassphrase:
        print(f"The demo vault at {folder} no longer opens with the demo passphrase (was it changed?).\n"
              "Open it with recourse-cli and your passphrase, or move the folder away to get a fresh demo.",
              file=sys.stderr)
        return int(describe(WrongPassphrase()).code)
    except RecourseError as exc:
        failure = describe(exc)
        print(f"recourse: {failure.message}", file=sys.stderr)
        return int(failure.code)
    try:
        summary = summarize(vault)
        rows = case_service.list_cases(vault, sort="reference", descending=False)
    finally:
        vault.lock()
    summary.disk_bytes = folder_size(folder)  # after locking: the WAL is folded in
    lines = [INTRO, "",
             f"Demo vault ({'created just now' if created else 'already there'}): {folder}",
             f"Demo passphrase: {DEMO_PASSPHRASE}   (public: never keep real cases in the demo vault)", "",
             *summary.lines()[1:], "", *case_table(rows), "", *examples(folder)]
    try:
        print("\n".join(lines))
        sys.stdout.flush()
    except BrokenPipeError:  # piped into `head`
        silence_stdout()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
