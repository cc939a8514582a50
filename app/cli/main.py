"""``recourse-cli``: argument parsing, process hardening, dispatch and error reporting."""

from __future__ import annotations

import argparse
import os
import sys
import traceback
from typing import Any, NoReturn

from app import __version__
from app.cli import (
    commands_bundle,
    commands_case,
    commands_contact,
    commands_csv,
    commands_due,
    commands_evidence,
    commands_identity,
    commands_log,
    commands_reprisal,
    commands_search,
    commands_security,
    commands_stats,
    commands_submission,
    commands_vault,
)
from app.cli.context import Context
from app.cli.errors import CliError, describe, usage
from app.cli.exitcodes import Exit, epilog
from app.cli.output import Output
from app.cli.passphrase import PassphraseSource, reject_in_argv
from app.hardening import harden_process

DESCRIPTION = """\
Recourse keeps human-rights case files in an encrypted vault, offline.

The vault is --vault PATH, else $RECOURSE_VAULT, else the per-user default.
The passphrase is asked on the terminal, or read from --passphrase-file FILE
(first line) or --passphrase-stdin (one line). It is never accepted as an
argument. Global options may come before or after the command."""


class Parser(argparse.ArgumentParser):
    """An ArgumentParser that raises instead of exiting, and never abbreviates options."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        kwargs.setdefault("allow_abbrev", False)
        super().__init__(*args, **kwargs)

    def error(self, message: str) -> NoReturn:
        raise usage(f"{redact_usage(message)}. See '{self.prog} --help'.")


def redact_usage(message: str) -> str:
    """argparse repeats what was typed ("unrecognized arguments: --pwd hunter2", "invalid choice:
    'hunter2'"); a mistyped passphrase option would be echoed to the terminal and its scrollback.
    Keep the kind of mistake, never the typed values (the list of valid choices stays)."""
    import re

    if message.startswith("unrecognized arguments:"):
        count = len(message.split(":", 1)[1].split())
        return f"{count} unrecognized argument{'s' if count != 1 else ''} (not repeated here, in case one is a passphrase)"
    return re.sub(r"invalid choice: '[^']*'", "invalid choice", message)


def _global_options(parser: argparse.ArgumentParser, *, suppress: bool) -> None:
    """Options accepted everywhere; on subcommands they default to SUPPRESS so they do not
    overwrite a value given before the command."""
    default: Any = argparse.SUPPRESS if suppress else None
    g = parser.add_argument_group("global options")
    g.add_argument("--vault", metavar="PATH", default=default, help="the vault folder")
    g.add_argument("--json", action="store_true", default=argparse.SUPPRESS if suppress else False,
                   help="print one JSON document on standard output (errors too)")
    g.add_argument("--passphrase-file", metavar="FILE", default=default,
                   help="read the passphrase from the first line of FILE")
    g.add_argument("--passphrase-stdin", action="store_true",
                   default=argparse.SUPPRESS if suppress else False,
                   help="read the passphrase from one line of standard input")


def build_parser() -> Parser:
    common = Parser(add_help=False)
    _global_options(common, suppress=True)
    parser = Parser(prog="recourse-cli", description=DESCRIPTION, epilog=epilog(),
                    formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--version", action="version", version=f"recourse-cli {__version__}")
    _global_options(parser, suppress=False)
    sub = parser.add_subparsers(dest="command", metavar="COMMAND", required=True)
    for module in (commands_vault, commands_case, commands_evidence, commands_search, commands_submission,
                   commands_log, commands_due, commands_reprisal, commands_security, commands_identity,
                   commands_contact, commands_bundle, commands_csv, commands_stats):
        module.register(sub, [common])
    return parser




def _debug() -> bool:
    return os.environ.get("RECOURSE_DEBUG", "") not in ("", "0")


def _wants_json(argv: list[str]) -> bool:
    head = argv[: argv.index("--")] if "--" in argv else argv
    return "--json" in head


def main(argv: list[str] | None = None) -> int:
    """Run one command; return its exit code (see :mod:`app.cli.exitcodes`)."""
    argv = list(sys.argv[1:] if argv is None else argv)
    harden_process()
    for stream in (sys.stdout, sys.stderr):
        try:
            stream.reconfigure(errors="backslashreplace")  # type: ignore[union-attr]
        except (AttributeError, ValueError):
            pass
    out = Output(_wants_json(argv))
    try:
        reject_in_argv(argv)
        args = build_parser().parse_args(argv)
        out.json_mode = bool(args.json)
        if args.passphrase_file and args.passphrase_stdin:
            raise usage("Give either --passphrase-file or --passphrase-stdin, not both.")
        ctx = Context(args, out, PassphraseSource(args.passphrase_file, args.passphrase_stdin))
        return int(args.handler(ctx))
    except SystemExit as exc:  # --help and --version
        return exc.code if isinstance(exc.code, int) else Exit.OK
    except BrokenPipeError:  # output piped into `head` and closed early
        silence_stdout()
        return Exit.OK
    except BaseException as exc:  # noqa: BLE001 -- every error becomes one line and an exit code
        failure = describe(exc)
        if _debug():
            traceback.print_exc(file=sys.stderr)
        try:
            out.failure(failure)
        except BrokenPipeError:
            silence_stdout()
        return int(failure.code)


def silence_stdout() -> None:
    """Point stdout at the null device, so the interpreter's final flush cannot fail again."""
    try:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
    except (OSError, ValueError):
        pass


__all__ = ["CliError", "build_parser", "main"]
