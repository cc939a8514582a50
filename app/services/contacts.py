"""Contacts: the partners a vault sends bundles to and accepts signed bundles from.

A contact is an age recipient (to encrypt to) and an Ed25519 public key (to check signatures),
taken from a pasted contact card or a card file (:mod:`app.services.identity`).  Its fingerprint is
shown so the two people can compare it over the phone; then it is marked verified.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path

from app.crypto import age, signing
from app.domain.model import new_id
from app.errors import ContactInvalid, NotFound
from app.services.userfiles import read_user_file
from app.services import identity as identity_service
from app.services.vault import Vault
from app.storage import exchange as store

MAX_CARD_BYTES = 64 * 1024
_AGE_RE = re.compile(r"\bage1[02-9ac-hj-np-z]{58}\b")
_SIGN_RE = re.compile(r"ed25519:[A-Za-z0-9+/]{43}=")
_NAME_RE = re.compile(r"^\s*name\s*:\s*(.+?)\s*$", re.MULTILINE | re.IGNORECASE)


@dataclass(frozen=True)
class Contact:
    id: str
    name: str
    age_recipient: str
    sign_public: bytes
    fingerprint: str
    verified_at: str
    added_at: str

    @property
    def verified(self) -> bool:
        return bool(self.verified_at)

    @property
    def short(self) -> str:
        return signing.read_aloud(self.fingerprint)


@dataclass(frozen=True)
class Card:
    """A parsed contact card: what would be added."""

    name: str
    age_recipient: str
    sign_public: bytes
    fingerprint: str

    @property
    def short(self) -> str:
        return signing.read_aloud(self.fingerprint)


def _contact(row: store.ContactRow) -> Contact:
    return Contact(row.id, row.name, row.age_recipient, row.sign_key, row.fingerprint, row.verified_at,
                   row.added_at)


def parse_card(text: str) -> Card:
    """Find the recipient, signing key and (optional) name in pasted text or a card.

    Raises :class:`ContactInvalid` with a reason code when something is missing or malformed.
    """
    recipients = set(_AGE_RE.findall(text))
    keys = set(_SIGN_RE.findall(text))
    if not recipients:
        raise ContactInvalid("bad_recipient" if "age1" in text else "no_recipient")
    if not keys:
        raise ContactInvalid("bad_signing_key" if "ed25519:" in text else "no_signing_key")
    if len(recipients) > 1 or len(keys) > 1:
        raise ContactInvalid("several_keys")
    try:
        recipient = age.check_recipient(recipients.pop())
    except ValueError:
        raise ContactInvalid("bad_recipient") from None
    try:
        public = signing.decode_public(keys.pop())
    except ValueError:
        raise ContactInvalid("bad_signing_key") from None
    m = _NAME_RE.search(text)
    name = " ".join(m.group(1).split())[:200] if m else ""
    return Card(name, recipient, public, signing.fingerprint(recipient, public))


def read_card_file(path: Path) -> str:
    data = read_user_file(path, MAX_CARD_BYTES)
    if len(data) > MAX_CARD_BYTES:
        raise ContactInvalid("too_large")
    return data.decode("utf-8", errors="replace")


def add(vault: Vault, card_text: str, *, name: str | None = None, verified: bool = False) -> Contact:
    """Add the contact in *card_text* (a card or pasted keys).  *name* overrides the card's name.

    Refuses the vault's own identity and a contact already present (same fingerprint).
    """
    card = parse_card(card_text)
    own = identity_service.ensure(vault)
    if card.fingerprint == own.fingerprint or card.age_recipient == own.age_recipient:
        raise ContactInvalid("own_identity")
    label = " ".join((name if name is not None else card.name).split())[:200] or card.short[:9]
    now = vault.clock()
    row = store.ContactRow(new_id(), label, card.age_recipient, card.sign_public, card.fingerprint,
                           now if verified else "", now)
    with vault.db.transaction() as conn:
        if store.contact_by_fingerprint(conn, card.fingerprint) is not None:
            raise ContactInvalid("duplicate")
        store.add_contact(conn, row)
        vault.audit(conn, "create", "contact", row.id, {"fingerprint": card.fingerprint[:16]})
    return _contact(row)


def list_contacts(vault: Vault) -> list[Contact]:
    with vault.db.reading() as conn:
        return [_contact(r) for r in store.contacts(conn)]


def find(vault: Vault, ident: str) -> Contact:
    """A contact by id, id prefix (4+ characters), fingerprint prefix (8+ hex) or exact name."""
    ident = ident.strip()
    everyone = list_contacts(vault)
    digits = ident.replace(" ", "")
    for test in (lambda c: c.id == ident,
                 lambda c: c.name == ident,
                 lambda c: len(ident) >= 4 and c.id.startswith(ident),
                 lambda c: len(digits) >= 8 and c.fingerprint.startswith(digits.lower()),
                 lambda c: len(digits) >= 8 and c.short.replace(" ", "").startswith(digits)):
        found = [c for c in everyone if test(c)]
        if len(found) == 1:
            return found[0]
        if len(found) > 1:
            raise ContactInvalid("ambiguous")
    raise NotFound("contact", ident)


def verify(vault: Vault, ident: str) -> Contact:
    """Mark a contact verified (after comparing fingerprints)."""
    contact = find(vault, ident)
    with vault.db.transaction() as conn:
        store.update_contact(conn, contact.id, verified_at=vault.clock())
        vault.audit(conn, "verify", "contact", contact.id)
    return find(vault, contact.id)


def rename(vault: Vault, ident: str, name: str) -> Contact:
    label = " ".join(name.split())[:200]
    if not label:
        raise ContactInvalid("empty_name")
    contact = find(vault, ident)
    with vault.db.transaction() as conn:
        store.update_contact(conn, contact.id, name=label)
        vault.audit(conn, "rename", "contact", contact.id)
    return find(vault, contact.id)


def remove(vault: Vault, ident: str) -> Contact:
    contact = find(vault, ident)
    with vault.db.transaction() as conn:
        store.delete_contact(conn, contact.id)
        vault.audit(conn, "delete", "contact", contact.id)
    return contact


def by_sign_key(vault: Vault, public: bytes) -> Contact | None:
    with vault.db.reading() as conn:
        row = store.contact_by_sign_key(conn, public)
    return _contact(row) if row else None
