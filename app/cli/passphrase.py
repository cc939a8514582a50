"""Where a passphrase comes from: a file, standard input, or the terminal.

Never from the command line: arguments are visible to every user of the
machine (``ps``) and end up in shell history.  :func:`reject_in_argv` refuses
``--passphrase``-like options before argparse can echo their value.
"""

from __future__ import annotations

import getpass
import sys
from pathlib import Path
from typing import BinaryIO, TextIO

from app.cli.errors import passphrase_unavailable, usage
from app.errors import InputFileError

_MAX_LINE = 64 * 1024
_FORBIDDEN = ("--passphrase", "--password", "--pass", "--new-passphrase", "--pw")


def reject_in_argv(argv: list[str]) -> None:
    """Refuse a passphrase given as an argument, without repeating it anywhere."""
    for arg in argv:
        if arg == "--":
            return
        name = arg.split("=", 1)[0]
        if name in _FORBIDDEN:
            raise usage(f"{name} is not accepted: a passphrase on the command line is visible to other "
                        "users and kept in shell history. Use --passphrase-file FILE, --passphrase-stdin, "
                        "or type it when asked.")


def _strip_newline(line: str) -> str:
    """Remove one trailing line ending (LF or CRLF), nothing else: spaces are part of it."""
    if line.endswith("\n"):
        line = line[:-1]
        line = line.removesuffix("\r")
    return line


def _decode(raw: bytes, where: str) -> str:
    try:
        return raw.decode("utf-8")
    except UnicodeDecodeError:
        raise passphrase_unavailable(f"The passphrase from {where} is not UTF-8 text. "
                                     "Save it as UTF-8 and try again.") from None


def read_file(path: str) -> str:
    """The first line of *path*, without its line ending."""
    p = Path(path)
    try:
        if p.is_dir():
            raise InputFileError(path, "is a folder")
        with open(p, "rb") as f:
            raw = f.readline(_MAX_LINE)
    except FileNotFoundError:
        raise InputFileError(path, "not found") from None
    except PermissionError:
        raise InputFileError(path, "permission denied") from None
    except OSError as exc:
        raise InputFileError(path, exc.strerror or "unreadable") from None
    text = _strip_newline(_decode(raw, "the passphrase file"))
    if not text:
        raise passphrase_unavailable(f"The passphrase file {path} is empty (its first line is blank). "
                                     "Write the passphrase on its first line.")
    return text


def read_stream(stream: BinaryIO) -> str:
    """One line of standard input, without its line ending."""
    text = _strip_newline(_decode(stream.readline(_MAX_LINE), "standard input"))
    if not text:
        raise passphrase_unavailable("Standard input gave an empty passphrase. "
                                     "Send the passphrase as the first line of standard input.")
    return text


class PassphraseSource:
    """Reads the passphrase once, from the place the user chose."""

    def __init__(self, file: str | None = None, use_stdin: bool = False, *,
                 stdin: TextIO | None = None) -> None:
        self.file = file
        self.use_stdin = use_stdin
        self._stdin = stdin or sys.stdin
        self._cached: str | None = None

    @property
    def interactive(self) -> bool:
        return not (self.file or self.use_stdin)

    def _tty(self) -> bool:
        try:
            return self._stdin.isatty()
        except (AttributeError, ValueError):
            return False

    def _prompt(self, prompt: str) -> str:
        if not self._tty():
            raise passphrase_unavailable(
                "No passphrase: there is no terminal to ask on. "
                "Use --passphrase-file FILE or --passphrase-stdin.")
        try:
            text = getpass.getpass(prompt)
        except EOFError:
            text = ""
        if not text:
            raise passphrase_unavailable("The passphrase is empty. Type the passphrase when asked.")
        return text

    def get(self, prompt: str = "Passphrase: ") -> str:
        """The passphrase of an existing vault."""
        if self._cached is None:
            if self.file:
                self._cached = read_file(self.file)
            elif self.use_stdin:
                self._cached = read_stream(self._stdin.buffer)
            else:
                self._cached = self._prompt(prompt)
        return self._cached

    def new(self, prompt: str = "New passphrase: ") -> str:
        """A passphrase being chosen: asked twice on a terminal."""
        if not self.interactive:
            return self.get()
        first = self._prompt(prompt)
        second = self._prompt("Repeat it: ")
        if first != second:
            raise passphrase_unavailable("The two passphrases differ. Nothing was changed; try again.")
        self._cached = first
        return first
