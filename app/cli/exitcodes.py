"""The one table of exit codes of ``recourse-cli`` (also printed by ``--help``).

Scripts rely on these numbers: never renumber, only add.
"""

from __future__ import annotations

from enum import IntEnum


class Exit(IntEnum):
    """Process exit codes."""

    OK = 0
    INTERNAL = 1
    USAGE = 2
    WRONG_PASSPHRASE = 3
    VAULT_MISSING_OR_EXISTS = 4
    VAULT_CORRUPTED = 5
    TAMPER = 6
    INVALID_INPUT = 7
    NOT_FOUND = 8
    INPUT_FILE = 9
    DISK_FULL = 10
    CANCELLED = 11
    PASSPHRASE_UNAVAILABLE = 12
    SUBMISSION_BLOCKED = 13
    RECOVERY_KEY_INVALID = 14
    VAULT_ERASED = 15
    VAULT_READ_ONLY = 16
    NOT_A_RECIPIENT = 17
    UNKNOWN_SIGNER = 18
    BUNDLE_REPLAYED = 19
    OVERDUE = 20


#: (code, meaning) in order, for ``--help`` and ``docs/cli.md``.
TABLE: tuple[tuple[Exit, str], ...] = (
    (Exit.OK, "success"),
    (Exit.INTERNAL, "unexpected internal error (set RECOURSE_DEBUG=1 for a traceback)"),
    (Exit.USAGE, "usage error (bad option or argument)"),
    (Exit.WRONG_PASSPHRASE, "wrong passphrase"),
    (Exit.VAULT_MISSING_OR_EXISTS, "vault not found, or already exists"),
    (Exit.VAULT_CORRUPTED, "vault damaged or made by an unsupported version"),
    (Exit.TAMPER, "tampering detected (including failed verify checks)"),
    (Exit.INVALID_INPUT, "invalid input (case file or case data); each problem is listed"),
    (Exit.NOT_FOUND, "case or evidence not found"),
    (Exit.INPUT_FILE, "a file you named is missing or unreadable"),
    (Exit.DISK_FULL, "disk full; nothing was written"),
    (Exit.CANCELLED, "cancelled (Ctrl-C or answered no); nothing was kept"),
    (Exit.PASSPHRASE_UNAVAILABLE, "no passphrase: no terminal to ask on, empty, or confirmation mismatch"),
    (Exit.SUBMISSION_BLOCKED, "the case is not ready for that form: blocking findings (render with --draft)"),
    (Exit.RECOVERY_KEY_INVALID, "recovery key or shares mistyped, too few, mixed, or not for this vault"),
    (Exit.VAULT_ERASED, "the vault was erased (failed-unlock limit reached)"),
    (Exit.VAULT_READ_ONLY, "the vault folder is read-only (read-only disk, mount or permissions); nothing changed"),
    (Exit.NOT_A_RECIPIENT, "the bundle is not for this vault (or wrong bundle passphrase); nothing was written"),
    (Exit.UNKNOWN_SIGNER, "the bundle is signed by someone not in your contacts; nothing was written"),
    (Exit.BUNDLE_REPLAYED, "the bundle was imported before, or is older than one already imported; nothing written"),
    (Exit.OVERDUE, "'due': something listed is overdue (the list was printed)"),
)


def epilog() -> str:
    """The exit-code table as plain text."""
    lines = ["exit codes:"]
    lines += [f"  {int(code):>2}  {meaning}" for code, meaning in TABLE]
    return "\n".join(lines)
