"""Vault commands: init, passwd, info, verify, demo."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

from app.cli.context import Context, add_kdf_options, kdf_from_args, kdf_text, warn_unlock_limit
from app.cli.errors import Failure, usage
from app.cli.exitcodes import Exit
from app.cli.passphrase import PassphraseSource, read_file
from app.cli.progress import ProgressBar, cancel_on_interrupt
from app.cli.commands_security import print_recovery
from app.cli.summary import folder_size, summarize
from app.errors import VaultExists
from app.services import cases as case_service
from app.services import demo as demo_service
from app.services import recovery as recovery_service
from app.services import rotation
from app.services import vault as vault_service
from app.services.vault import PASSPHRASE, Vault
from app.services.verify import Check, verify

LOST_PASSPHRASE_WARNING = (
    "Important: Recourse cannot recover a lost passphrase. If you forget it, everything in this "
    "vault is lost for good. Write it down and keep it somewhere safe, away from this computer.")


def _refuse_existing(folder: Path) -> None:
    if folder.exists() and (not folder.is_dir() or any(folder.iterdir())):
        raise VaultExists(str(folder))


def _slot_kdf(vault: Vault) -> dict[str, Any]:
    slot = next((s for s in vault.header.keyslots if s.kind == PASSPHRASE), vault.header.keyslots[0])
    return dict(slot.kdf)


# --- init ------------------------------------------------------------------------------
def run_init(ctx: Context) -> int:
    folder = ctx.vault_path
    kdf = kdf_from_args(ctx.args)
    _refuse_existing(folder)
    ctx.out.note(LOST_PASSPHRASE_WARNING)
    passphrase = ctx.passphrase.new("Passphrase for the new vault: ")
    if kdf is None:
        ctx.out.note("Tuning key derivation to take about one second on this computer...")
    key: str | None = None
    if ctx.args.recovery_key or ctx.args.split:  # one step: one Argon2id run, one header write
        vault, printed = recovery_service.create_vault(folder, passphrase, kdf=kdf)
        key = printed[0]
    else:
        vault = Vault.create(folder, passphrase, kdf=kdf)
    try:
        params = _slot_kdf(vault)
    finally:
        vault.lock()
    ctx.out.line(f"Created an encrypted vault at {folder}")
    ctx.out.line(f"Key derivation: {kdf_text(params)}")
    if key is not None:
        return print_recovery(ctx, key, bool(ctx.args.split), {"kdf": params})
    ctx.out.document({"vault": str(folder), "kdf": params})
    return Exit.OK


# --- passwd ------------------------------------------------------------------------------
def run_passwd(ctx: Context) -> int:
    kdf = kdf_from_args(ctx.args)
    folder = ctx.vault_path
    warn_unlock_limit(ctx.out, vault_service.inspect(folder))  # VaultNotFound / VaultCorrupted before any prompt
    old = ctx.passphrase.get(f"Passphrase for {folder}: ")
    if ctx.args.new_passphrase_file:
        new = read_file(ctx.args.new_passphrase_file)
    else:
        ctx.out.note(LOST_PASSPHRASE_WARNING)
        new = PassphraseSource().new("New passphrase: ")
    if kdf is None:
        ctx.out.note("Tuning key derivation to take about one second on this computer...")
    recovery_removed = False
    if ctx.args.rotate_master_key:
        recovery_removed = rotation.rotate_master_key(folder, old, new, kdf=kdf)
    else:
        vault_service.change_passphrase(folder, old, new, kdf=kdf)
    params = vault_service.inspect(folder).kdf
    ctx.out.line("Passphrase changed. The old passphrase no longer opens this vault.")
    if ctx.args.rotate_master_key:
        ctx.out.line("Master key rotated: the database was re-keyed and every evidence key re-wrapped, so an "
                     "old copy of the header opens nothing that is in the vault now.")
        if recovery_removed:
            ctx.out.line("The recovery key was removed (it opened the old master key). Create a new one: "
                         "recourse-cli recovery create")
    ctx.out.line(f"Key derivation: {kdf_text(params)}")
    ctx.out.document({"vault": str(ctx.vault_path), "changed": True, "kdf": params,
                      "master_key_rotated": bool(ctx.args.rotate_master_key), "recovery_removed": recovery_removed})
    return Exit.OK


# --- info ----------------------------------------------------------------------------------
def run_info(ctx: Context) -> int:
    with ctx.unlocked() as vault:
        summary = summarize(vault)
        fingerprint = vault_service.audit_fingerprint(vault)
    summary.disk_bytes = folder_size(ctx.vault_path)  # after locking: the WAL is folded in
    ctx.out.lines(summary.lines())
    ctx.out.line(f"Audit fingerprint: {fingerprint}  (note it down; `verify --expect` checks it later)")
    ctx.out.document({**summary.to_dict(), "audit_fingerprint": fingerprint})
    return Exit.OK


# --- verify --------------------------------------------------------------------------------
def run_verify(ctx: Context) -> int:
    bar = ProgressBar(ctx.out.stderr)
    with ctx.unlocked() as vault, cancel_on_interrupt() as token:
        try:
            report = verify(vault, progress=bar, cancel=token)
        finally:
            bar.clear()
        if ctx.args.expect:
            try:
                found = vault_service.check_fingerprint(vault, ctx.args.expect)
            except ValueError:
                raise usage("--expect: a fingerprint looks like '#12 1A2B-3C4D-5E6F-7A8B'.") from None
            report.checks.append(Check("fingerprint", found, 1, [] if found else [
                "the audit trail no longer holds the entry of the noted fingerprint (rolled back or rewritten)"]))
    for check in report.checks:
        ctx.out.line(f"{'ok    ' if check.ok else 'FAILED'}  {check.name} ({check.checked} checked)")
        for problem in check.problems:
            ctx.out.line(f"        - {problem}")
    ctx.out.line(f"Audit fingerprint: {report.audit_fingerprint}")
    doc = report.to_dict()
    if report.ok:
        ctx.out.line("Everything in the vault is authentic and complete.")
        ctx.out.document(doc)
        return Exit.OK
    failed = [c for c in report.checks if not c.ok]
    failure = Failure(Exit.TAMPER, "tamper_detected",
                      "Verification failed: " + ", ".join(c.name for c in failed) + ". "
                      "Do not trust the failed parts; keep a copy of the vault folder for investigation "
                      "and restore from a backup.",
                      [(c.name, p) for c in failed for p in c.problems])
    if ctx.out.json_mode:
        ctx.out.failure(failure, {"ok": False, "checks": doc["checks"]})
    else:
        ctx.out.note(f"recourse-cli: {failure.message}")
    return failure.code


# --- demo ------------------------------------------------------------------------------------
def run_demo(ctx: Context) -> int:
    folder = Path(ctx.args.path).expanduser()
    kdf = kdf_from_args(ctx.args)
    _refuse_existing(folder)
    if ctx.passphrase.interactive:
        passphrase = demo_service.DEMO_PASSPHRASE
        demo_note = (f"The passphrase of this demo vault is the public demo passphrase "
                     f"'{demo_service.DEMO_PASSPHRASE}'. Never keep real cases in it.")
    else:
        passphrase = ctx.passphrase.get()
        demo_note = "The demo vault uses the passphrase you gave."
    vault = demo_service.create_demo_vault(folder, passphrase, kdf=kdf)
    try:
        rows = case_service.list_cases(vault, sort="reference", descending=False)
    finally:
        vault.lock()
    ctx.out.line(f"Created a demo vault with {len(rows)} fictional cases at {folder}")
    for row in rows:
        ctx.out.line(f"  {row.reference}  {row.title}")
    ctx.out.line(demo_note)
    ctx.out.document({"vault": str(folder), "demo_passphrase": ctx.passphrase.interactive,
                      "passphrase": demo_service.DEMO_PASSPHRASE if ctx.passphrase.interactive else None,
                      "cases": [{"id": r.id, "reference": r.reference, "title": r.title} for r in rows]})
    return Exit.OK


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser],
             parents: list[argparse.ArgumentParser]) -> None:
    p = sub.add_parser("init", parents=parents, help="create a new encrypted vault",
                       description="Create a new encrypted vault at --vault (or RECOURSE_VAULT, or the "
                                   "default place). A lost passphrase cannot be recovered.")
    add_kdf_options(p)
    p.add_argument("--recovery-key", action="store_true",
                   help="also create a recovery key, printed once (recommended: print it, keep it elsewhere)")
    p.add_argument("--split", action="store_true",
                   help="with --recovery-key: print it as three shares, any two of which open the vault")
    p.set_defaults(handler=run_init)

    p = sub.add_parser("passwd", parents=parents, help="change the vault passphrase",
                       description="Change the passphrase. The data is not re-encrypted; the master key "
                                   "is wrapped again under the new passphrase.")
    p.add_argument("--new-passphrase-file", metavar="FILE",
                   help="read the new passphrase from the first line of FILE (for scripts)")
    p.add_argument("--rotate-master-key", action="store_true",
                   help="also replace the master key (re-keys the database, re-wraps evidence keys): an old "
                        "header, copied or left in free disk blocks, then opens nothing; removes the recovery key")
    add_kdf_options(p)
    p.set_defaults(handler=run_passwd)

    p = sub.add_parser("info", parents=parents, help="show vault versions, key derivation and counts")
    p.set_defaults(handler=run_info)

    p = sub.add_parser("verify", parents=parents,
                       help="check that everything in the vault is authentic and complete",
                       description="Check the header, header/database binding (rollback), every database "
                                   "page, the audit chain and every evidence file. Exit code 6 when any "
                                   "check fails. Prints the audit fingerprint to note down.")
    p.add_argument("--expect", metavar="FINGERPRINT",
                   help="an audit fingerprint noted earlier: fail unless the trail still holds that entry")
    p.set_defaults(handler=run_verify)

    p = sub.add_parser("demo", parents=parents, help="create a demo vault with three fictional cases",
                       description="Create a demo vault at PATH holding three fictional cases. Its "
                                   f"passphrase is '{demo_service.DEMO_PASSPHRASE}' unless you give one "
                                   "with --passphrase-file or --passphrase-stdin.")
    p.add_argument("path", metavar="PATH", help="folder to create (must not exist, or be empty)")
    add_kdf_options(p)
    p.set_defaults(handler=run_demo)
