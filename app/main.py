"""``recourse``: the desktop program (and the launcher behind ``make run``).

    recourse [PATH]        open the vault in folder PATH (a new or empty folder: create one there;
                           a backup file FILE.rcbk: restore it into a new folder)
    recourse --demo        open the demo vault (``<data dir>/demo-vault``, passphrase ``recourse-demo``)
    recourse --text        no window: show what is in the demo vault, with command-line examples
    recourse --help | --version

Without PATH the window opens the vault at ``RECOURSE_VAULT`` or the default location
(create-vault screen on first run, unlock screen afterwards).  Where there is no display (a
terminal session, or ``QT_QPA_PLATFORM=offscreen``) and no PATH is given, the launcher does what
``--text`` does.
"""

from __future__ import annotations

import argparse
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
from app.services.backup import is_backup
from app.services.vault import Vault, is_vault

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


def parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(
        prog="recourse",
        description="Recourse: encrypted, offline case files for human-rights documenters, and UN "
                    "submissions (WGAD, Special Procedures) as PDFs. Opens the desktop window.",
        epilog="The command line is recourse-cli (recourse-cli --help).",
    )
    p.add_argument("path", nargs="?", metavar="PATH", type=Path,
                   help="vault folder to open (a new or empty folder: create a vault there; a .rcbk backup: restore it)")
    p.add_argument("--demo", action="store_true",
                   help="open the demo vault (three fictional cases; passphrase recourse-demo)")
    p.add_argument("--text", action="store_true",
                   help="no window: show the demo vault and command-line examples")
    p.add_argument("--startup-check", action="store_true",
                   help="start the window (offscreen works too), print which screen it reached and "
                        "how long that took, and quit (checks a package)")
    p.add_argument("--version", action="version", version=f"recourse {__version__}")
    return p


def vault_folder_problem(folder: Path) -> str | None:
    """Why *folder* cannot be opened or created as a vault (None when it can; a backup file can)."""
    if is_vault(folder) or is_backup(folder):
        return None
    if folder.is_file():
        return f"{folder} is a file; give the folder that holds a Recourse vault (or a .rcbk backup)"
    if folder.is_dir() and any(folder.iterdir()):
        return f"{folder} is not a Recourse vault (and not empty, so no new vault can be made there)"
    return None


def main(argv: list[str] | None = None) -> int:
    argv = sys.argv[1:] if argv is None else argv
    args = parser().parse_args(argv)  # --help, --version and usage errors exit here
    harden_process()
    if args.path is not None and args.demo:
        parser().error("give either PATH or --demo")
    folder: Path | None = None
    if args.path is not None:
        folder = args.path.expanduser().absolute()
        problem = vault_folder_problem(folder)
        if problem:
            print(f"recourse: {problem}", file=sys.stderr)
            return 2
    if args.startup_check:
        from app.gui.startup import startup_check

        return startup_check(sys.argv[:1], folder)
    if args.text or (folder is None and not has_display()):
        return describe_demo()
    if not has_display():
        print("recourse: no display for the desktop window; use recourse-cli --vault PATH", file=sys.stderr)
        return 2
    if args.demo:
        folder = demo_vault_path()
        if not folder.exists():
            create_demo_vault(folder, DEMO_PASSPHRASE).lock()
    from app.gui.app import run

    if folder is not None and is_backup(folder):  # a double-clicked backup: offer to restore it
        return run(sys.argv[:1], None, restore=folder)
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
