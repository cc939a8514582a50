"""Security commands: backup, recovery keys, emergency erase, the failed-unlock limit."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from app.cli.context import Context, add_kdf_options, kdf_from_args
from app.cli.errors import CliError, usage
from app.cli.exitcodes import Exit
from app.cli.passphrase import PassphraseSource, read_file
from app.cli.progress import ProgressBar, cancel_on_interrupt
from app.errors import InputFileError
from app.services import backup as backup_service
from app.services import erase as erase_service
from app.services import keyslots
from app.services import recovery as recovery_service
from app.services import vault as vault_service

RECOVERY_WARNING = (
    "Print or write down what follows NOW: it is shown only once. Anyone who has it AND a copy of the "
    "vault folder can open the vault, so keep it away from this computer (for example with a trusted "
    "partner). It does not replace backups.")
SPLIT_WARNING = (
    "Give each share to a different trusted person or place. Any TWO shares rebuild the recovery key; "
    "one share alone reveals nothing. They are shown only once.")


# --- backup ------------------------------------------------------------------------------------
def _backup_doc(info: backup_service.BackupInfo) -> dict[str, object]:
    return {"backup": str(info.path), "vault_id": info.vault_id, "created_at": info.created_at,
            "members": info.members, "evidence_files": info.evidence_files, "bytes": info.size}


def run_backup_create(ctx: Context) -> int:
    dest = Path(ctx.args.file).expanduser()
    bar = ProgressBar(ctx.out.stderr)
    with ctx.unlocked() as vault, cancel_on_interrupt() as token:
        try:
            info = backup_service.create(vault, dest, bar, token)
        finally:
            bar.clear()
    ctx.out.line(f"Backup written to {dest} ({info.evidence_files} evidence files, {info.size} bytes).")
    ctx.out.line("It is encrypted: the vault passphrase (or recovery key) is needed to restore it. "
                 "Check it with 'recourse-cli backup verify'.")
    ctx.out.document(_backup_doc(info))
    return Exit.OK


def run_backup_verify(ctx: Context) -> int:
    path = Path(ctx.args.file).expanduser()
    if not path.is_file():
        raise InputFileError(str(path), "not found")
    bar = ProgressBar(ctx.out.stderr)
    with cancel_on_interrupt() as token:
        try:
            info = backup_service.verify(path, ctx.passphrase.get(f"Passphrase of the vault in {path}: "),
                                         bar, token)
        finally:
            bar.clear()
    ctx.out.line(f"The backup {path} is complete and authentic ({info.members} files, "
                 f"{info.evidence_files} evidence files, made {info.created_at}).")
    ctx.out.document({**_backup_doc(info), "ok": True})
    return Exit.OK


def run_backup_restore(ctx: Context) -> int:
    path = Path(ctx.args.file).expanduser()
    dest = Path(ctx.args.dest).expanduser()
    if not path.is_file():
        raise InputFileError(str(path), "not found")
    if dest.exists():
        from app.errors import VaultExists

        raise VaultExists(str(dest))
    key = recovery_service.key_from_text(_read_recovery(ctx)) if _recovery_given(ctx) else None
    passphrase = None if key is not None else ctx.passphrase.get(f"Passphrase of the vault in {path}: ")
    bar = ProgressBar(ctx.out.stderr)
    with cancel_on_interrupt() as token:
        try:
            info = backup_service.restore(path, dest, passphrase, bar, token, recovery_key=key)
        finally:
            bar.clear()
    ctx.out.line(f"Restored the vault to {dest}; every file and record was verified.")
    if key is not None:
        ctx.out.line(f"Now set a new passphrase: recourse-cli recovery reset --vault {dest}")
    ctx.out.document({**_backup_doc(info), "restored_to": str(dest)})
    return Exit.OK


# --- recovery -------------------------------------------------------------------------------------
def run_recovery_create(ctx: Context) -> int:
    with ctx.unlocked() as vault:
        replacing = recovery_service.has_recovery(vault.header)
        key = recovery_service.add_recovery_key(vault)
    if replacing:
        ctx.out.note("The previous recovery key (and its shares) no longer work.")
    return print_recovery(ctx, key, bool(ctx.args.split))


def print_recovery(ctx: Context, key: str, split: bool, extra: dict | None = None) -> int:  # type: ignore[type-arg]
    """Show a new recovery key (or its three shares) once, with the warnings."""
    parts = recovery_service.split(key) if split else [key]
    ctx.out.note(RECOVERY_WARNING)
    if split:
        ctx.out.note(SPLIT_WARNING)
        for i, share in enumerate(parts, 1):
            ctx.out.line(f"Share {i} of 3: {share}")
    else:
        ctx.out.line(f"Recovery key: {key}")
    ctx.out.document({"vault": str(ctx.vault_path), "split": split,
                      "recovery_key": None if split else key, "shares": parts if split else None,
                      **(extra or {})})
    return Exit.OK


def _recovery_given(ctx: Context) -> bool:
    return bool(getattr(ctx.args, "recovery_file", None) or getattr(ctx.args, "recovery_stdin", False))


def _add_recovery_input(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--recovery-file", metavar="FILE", help="file holding the key or two or three shares")
    parser.add_argument("--recovery-stdin", action="store_true", help="read the key or shares from standard input")


def _read_recovery(ctx: Context) -> str:
    if ctx.args.recovery_file:
        p = Path(ctx.args.recovery_file)
        try:
            return p.read_text(encoding="utf-8")
        except FileNotFoundError:
            raise InputFileError(str(p), "not found") from None
        except (PermissionError, IsADirectoryError):
            raise InputFileError(str(p), "unreadable") from None
        except UnicodeDecodeError:
            raise InputFileError(str(p), "not UTF-8 text") from None
    if ctx.args.recovery_stdin:
        return sys.stdin.read(64 * 1024)
    if not sys.stdin.isatty():
        raise usage("Give the recovery key with --recovery-file FILE or --recovery-stdin.")
    ctx.out.note("Type the recovery key, or two shares one per line; end with an empty line.")
    lines = []
    while True:
        line = sys.stdin.readline()
        if not line.strip():
            break
        lines.append(line)
    return "".join(lines)


def run_recovery_reset(ctx: Context) -> int:
    folder = ctx.vault_path
    vault_service.inspect(folder)
    text = _read_recovery(ctx)
    key = recovery_service.key_from_text(text)  # RecoveryKeyInvalid before asking for a new passphrase
    kdf = kdf_from_args(ctx.args)
    if ctx.args.new_passphrase_file:
        new = read_file(ctx.args.new_passphrase_file)
    else:
        new = PassphraseSource().new("New passphrase: ")
    recovery_service.reset_passphrase(folder, key, new, kdf=kdf)
    ctx.out.line("Passphrase reset with the recovery key. The recovery key still works; the old passphrase "
                 "does not.")
    ctx.out.document({"vault": str(folder), "reset": True})
    return Exit.OK


# --- erase ----------------------------------------------------------------------------------------
def _ask(ctx: Context, prompt: str) -> str:
    ctx.out.stderr.write(prompt)
    ctx.out.stderr.flush()
    line = sys.stdin.readline()
    if not line:
        raise CliError(Exit.CANCELLED, "cancelled", "Not confirmed. Nothing was erased.")
    return line.rstrip("\r\n")


def run_erase(ctx: Context) -> int:
    folder = ctx.vault_path
    if not folder.is_dir() or not erase_service.looks_like_vault(folder):  # never erase a non-vault
        from app.errors import VaultNotFound

        raise VaultNotFound(str(folder))  # (a vault with a damaged header can still be erased)
    if not ctx.args.yes_i_understand:
        ctx.out.note(f"This destroys the vault at {folder} for good: its keys are overwritten and every file "
                     "is deleted. Nobody can open it again, not even with the right passphrase. Only a backup "
                     "can bring it back.")
        if _ask(ctx, f"Type the vault folder's name ({folder.name}) to continue: ").strip() != folder.name:
            raise CliError(Exit.CANCELLED, "cancelled", "The folder name did not match. Nothing was erased.")
        if _ask(ctx, "Type ERASE to erase it now: ").strip() != "ERASE":
            raise CliError(Exit.CANCELLED, "cancelled", "Not confirmed. Nothing was erased.")
    erase_service.emergency_erase(folder)
    ctx.out.line(f"The vault at {folder} was erased.")
    ctx.out.document({"vault": str(folder), "erased": True})
    return Exit.OK


# --- security settings ------------------------------------------------------------------------------
def _limit(text: str) -> int | None:
    if text.lower() == "off":
        return None
    try:
        n = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{text!r}: give a number from 1 to 1000, or 'off'") from None
    if not 1 <= n <= 1000:
        raise argparse.ArgumentTypeError(f"{text!r}: give a number from 1 to 1000, or 'off'")
    return n


def run_unlock_limit(ctx: Context) -> int:
    limit = ctx.args.limit
    with ctx.unlocked() as vault:
        keyslots.set_unlock_limit(vault, limit)
    if limit is None:
        ctx.out.line("Failed-unlock limit turned off.")
    else:
        ctx.out.line(f"Failed-unlock limit set: after {limit} wrong passphrases in a row this vault ERASES "
                     "ITSELF. Keep a backup with a trusted partner.")
    ctx.out.document({"vault": str(ctx.vault_path), "unlock_limit": limit})
    return Exit.OK


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser],
             parents: list[argparse.ArgumentParser]) -> None:
    p = sub.add_parser("backup", parents=parents, help="encrypted one-file backups: create, verify, restore")
    bsub = p.add_subparsers(dest="backup_command", metavar="ACTION", required=True)
    b = bsub.add_parser("create", parents=parents, help="write the whole vault into one encrypted file")
    b.add_argument("file", metavar="FILE", help="the backup file to write (must not exist)")
    b.set_defaults(handler=run_backup_create)
    b = bsub.add_parser("verify", parents=parents, help="check a backup file (needs the vault passphrase)")
    b.add_argument("file", metavar="FILE")
    b.set_defaults(handler=run_backup_verify)
    b = bsub.add_parser("restore", parents=parents, help="restore a backup into a new folder")
    b.add_argument("file", metavar="FILE")
    b.add_argument("dest", metavar="FOLDER", help="the new vault folder (must not exist)")
    _add_recovery_input(b)
    b.set_defaults(handler=run_backup_restore)

    p = sub.add_parser("recovery", parents=parents, help="recovery key for a forgotten passphrase")
    rsub = p.add_subparsers(dest="recovery_command", metavar="ACTION", required=True)
    r = rsub.add_parser("create", parents=parents, help="make a recovery key (shown once), or 3 shares",
                        description="Make a printable recovery key that can reset the passphrase. With "
                                    "--split, print three shares instead: any two rebuild the key.")
    r.add_argument("--split", action="store_true", help="print a 2-of-3 split instead of one key")
    r.set_defaults(handler=run_recovery_create)
    r = rsub.add_parser("reset", parents=parents, help="set a new passphrase using the recovery key",
                        description="Read the recovery key (or two shares, one per line) from a file or "
                                    "standard input -- never from the command line -- and set a new passphrase.")
    _add_recovery_input(r)
    r.add_argument("--new-passphrase-file", metavar="FILE", help="read the new passphrase from FILE")
    add_kdf_options(r)
    r.set_defaults(handler=run_recovery_reset)

    p = sub.add_parser("erase", parents=parents, help="EMERGENCY ERASE: destroy the vault for good",
                       description="Overwrite the vault's keys and delete every file. Asks you to type the "
                                   "folder name, then ERASE.")
    p.add_argument("--yes-i-understand", action="store_true",
                   help="skip the two confirmations (for scripts)")
    p.set_defaults(handler=run_erase)

    p = sub.add_parser("security", parents=parents, help="security settings")
    ssub = p.add_subparsers(dest="security_command", metavar="SETTING", required=True)
    s = ssub.add_parser("unlock-limit", parents=parents,
                        help="erase the vault after N wrong passphrases in a row (or 'off')")
    s.add_argument("limit", type=_limit, metavar="N|off")
    s.set_defaults(handler=run_unlock_limit)
