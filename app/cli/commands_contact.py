"""``contact add|list|verify|rename|remove``: partners to send bundles to and accept them from."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from app.cli.context import Context
from app.cli.errors import usage
from app.cli.exitcodes import Exit
from app.cli.output import table
from app.services import contacts as contact_service
from app.services.contacts import Contact


def _doc(c: Contact) -> dict[str, object]:
    return {"id": c.id, "name": c.name, "age_recipient": c.age_recipient, "fingerprint": c.fingerprint,
            "fingerprint_short": c.short, "verified": c.verified, "verified_at": c.verified_at,
            "added_at": c.added_at}


def run_add(ctx: Context) -> int:
    a = ctx.args
    if a.file == "-":
        text = sys.stdin.read(contact_service.MAX_CARD_BYTES)
    else:
        text = contact_service.read_card_file(Path(a.file))
    with ctx.unlocked() as vault:
        contact = contact_service.add(vault, text, name=a.name, verified=a.verified)
    ctx.out.document(_doc(contact))
    ctx.out.line(f"Added contact {contact.name!r} (id {contact.id[:8]}).")
    ctx.out.line(f"Fingerprint: {contact.short}")
    if not contact.verified:
        ctx.out.line("Compare this fingerprint with your partner (read it aloud by phone or in person), then run "
                     f"'recourse-cli contact verify {contact.id[:8]}'.")
    return Exit.OK


def run_list(ctx: Context) -> int:
    with ctx.unlocked() as vault:
        everyone = contact_service.list_contacts(vault)
    ctx.out.document({"contacts": [_doc(c) for c in everyone]})
    if not everyone:
        ctx.out.line("No contacts. Add one with 'recourse-cli contact add CARD-FILE'.")
        return Exit.OK
    rows = [[c.id[:8], c.name, c.short, "verified" if c.verified else "NOT verified"] for c in everyone]
    ctx.out.lines(table(["ID", "NAME", "FINGERPRINT", "STATUS"], rows))
    return Exit.OK


def run_verify(ctx: Context) -> int:
    with ctx.unlocked() as vault:
        contact = contact_service.find(vault, ctx.args.contact)
        if not ctx.args.yes:
            if not sys.stdin.isatty():
                raise usage("Give --yes to mark the contact verified without a question (no terminal to ask on).")
            ctx.out.note(f"Fingerprint of {contact.name!r}: {contact.short}")
            answer = input("Does your partner read out exactly these digits? [y/N] ").strip().lower()
            if answer not in ("y", "yes"):
                ctx.out.line("Not verified.")
                return Exit.CANCELLED
        contact = contact_service.verify(vault, contact.id)
    ctx.out.document(_doc(contact))
    ctx.out.line(f"Contact {contact.name!r} is verified.")
    return Exit.OK


def run_rename(ctx: Context) -> int:
    with ctx.unlocked() as vault:
        contact = contact_service.rename(vault, ctx.args.contact, ctx.args.name)
    ctx.out.document(_doc(contact))
    ctx.out.line(f"Renamed to {contact.name!r}.")
    return Exit.OK


def run_remove(ctx: Context) -> int:
    with ctx.unlocked() as vault:
        contact = contact_service.remove(vault, ctx.args.contact)
    ctx.out.document(_doc(contact))
    ctx.out.line(f"Removed contact {contact.name!r}.")
    return Exit.OK


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser],
             parents: list[argparse.ArgumentParser]) -> None:
    p = sub.add_parser("contact", help="partners to send sealed bundles to",
                       description="Contacts hold a partner's age recipient and signing key, from their "
                                   "contact card ('recourse-cli identity show' on their side).")
    inner = p.add_subparsers(dest="contact_command", metavar="ACTION", required=True)
    s = inner.add_parser("add", parents=parents, help="add a contact from a card file (or - for pasted text)")
    s.add_argument("file", metavar="CARD", help="contact card file, or - to read pasted text from standard input")
    s.add_argument("--name", help="the name to show for this contact (default: the card's)")
    s.add_argument("--verified", action="store_true",
                   help="mark verified at once (only if you compared the fingerprint already)")
    s.set_defaults(handler=run_add)
    s = inner.add_parser("list", parents=parents, help="list contacts with fingerprints")
    s.set_defaults(handler=run_list)
    s = inner.add_parser("verify", parents=parents, help="mark a contact verified after comparing fingerprints")
    s.add_argument("contact", metavar="CONTACT", help="id (prefix), name or fingerprint digits")
    s.add_argument("--yes", action="store_true", help="do not ask; you compared the fingerprint")
    s.set_defaults(handler=run_verify)
    s = inner.add_parser("rename", parents=parents, help="change the name shown for a contact")
    s.add_argument("contact", metavar="CONTACT")
    s.add_argument("name", metavar="NAME")
    s.set_defaults(handler=run_rename)
    s = inner.add_parser("remove", parents=parents, help="remove a contact")
    s.add_argument("contact", metavar="CONTACT")
    s.set_defaults(handler=run_remove)
