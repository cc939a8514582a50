"""``identity show``: this vault's age recipient, signing key and read-aloud fingerprint."""

from __future__ import annotations

import argparse
from pathlib import Path

from app.cli.context import Context
from app.cli.exitcodes import Exit
from app.services import identity as identity_service


def run_show(ctx: Context) -> int:
    a = ctx.args
    with ctx.unlocked() as vault:
        ident = identity_service.public(vault)
    card = ident.card(a.name or "")
    if a.card:
        identity_service.write_card(Path(a.card), card)
    ctx.out.document({"age_recipient": ident.age_recipient, "sign_key": ident.sign_key_text,
                      "fingerprint": ident.fingerprint, "fingerprint_short": ident.short,
                      "created_at": ident.created_at, "card": card, "card_file": a.card})
    ctx.out.line(f"Recipient (age):  {ident.age_recipient}")
    ctx.out.line(f"Signing key:      {ident.sign_key_text}")
    ctx.out.line(f"Fingerprint:      {ident.short}")
    ctx.out.line("Read the fingerprint aloud to your partner (by phone or in person); it must match what "
                 "their Recourse shows for you.")
    if a.card:
        ctx.out.line(f"Contact card written to {a.card} (it holds no secret).")
    else:
        ctx.out.line("")
        ctx.out.lines(card.rstrip("\n").split("\n"))
    return Exit.OK


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser],
             parents: list[argparse.ArgumentParser]) -> None:
    p = sub.add_parser("identity", help="this vault's identity for sealed bundles",
                       description="Each vault has an age X25519 key pair (partners encrypt bundles to its "
                                   "recipient) and an Ed25519 signing key (bundles it makes are signed), kept "
                                   "inside the vault.")
    inner = p.add_subparsers(dest="identity_command", metavar="ACTION", required=True)
    s = inner.add_parser("show", parents=parents, help="print the recipient, signing key, fingerprint and card",
                         description="Print the vault's age recipient, its signing key, the 24-digit fingerprint "
                                     "to read aloud, and a contact card to give to partners.")
    s.add_argument("--card", metavar="FILE", help="also write the contact card to FILE")
    s.add_argument("--name", help="the name to put on the contact card (e.g. your organisation)")
    s.set_defaults(handler=run_show)
