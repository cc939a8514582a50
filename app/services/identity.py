"""The vault's own identity for exchanging bundles: an age X25519 key pair (others encrypt to its
``age1…`` recipient) and an Ed25519 signing key (bundle manifests are signed with it), both kept
inside the encrypted database.  Created on first use, so vaults made before schema v5 get one the
first time they need it.

A *contact card* is a few lines of text a person can paste into a message or save as a file::

    recourse-contact-v1
    name: Field office
    age: age1…
    sign: ed25519:<base64>
    fingerprint: 1234 5678 9012 3456 7890 1234
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from app.crypto import age, signing
from app.services.vault import Vault
from app.errors import InputFileError, StorageFull
from app.storage import exchange as store
from app.storage.files import atomic_write

CARD_MAGIC = "recourse-contact-v1"


@dataclass(frozen=True)
class Identity:
    age_recipient: str
    sign_public: bytes
    fingerprint: str  # hex SHA-256 (see app.crypto.signing.fingerprint)
    created_at: str
    age_secret: str = field(repr=False, default="")
    sign_secret: bytes = field(repr=False, default=b"")

    @property
    def short(self) -> str:
        """The 24 digits people read aloud to compare."""
        return signing.read_aloud(self.fingerprint)

    @property
    def sign_key_text(self) -> str:
        return signing.encode_public(self.sign_public)

    def card(self, name: str = "") -> str:
        lines = [CARD_MAGIC]
        if name.strip():
            lines.append(f"name: {' '.join(name.split())}")
        lines += [f"age: {self.age_recipient}", f"sign: {self.sign_key_text}", f"fingerprint: {self.short}"]
        return "\n".join(lines) + "\n"


def _from_row(row: store.IdentityRow) -> Identity:
    recipient = age.recipient_of(row.age_secret)
    public = signing.public_of(row.sign_secret)
    return Identity(recipient, public, signing.fingerprint(recipient, public), row.created_at,
                    row.age_secret, row.sign_secret)


def ensure(vault: Vault) -> Identity:
    """The vault's identity, created (and audited) the first time it is asked for."""
    with vault.db.reading() as conn:
        row = store.get_identity(conn)
    if row is not None:
        return _from_row(row)
    secret, _ = age.generate_identity()
    sign_secret, _ = signing.generate()
    with vault.db.transaction() as conn:
        row = store.get_identity(conn)  # another handle may have made it meanwhile
        if row is None:
            row = store.IdentityRow(secret, sign_secret, vault.clock(), 0)
            store.put_identity(conn, row)
            ident = _from_row(row)
            vault.audit(conn, "create", "identity", ident.fingerprint[:16])
    return _from_row(row)


def public(vault: Vault) -> Identity:
    """The identity without its secrets (for display)."""
    ident = ensure(vault)
    return Identity(ident.age_recipient, ident.sign_public, ident.fingerprint, ident.created_at)


def short_fingerprint(fingerprint_hex: str) -> str:
    return signing.read_aloud(fingerprint_hex)


def write_card(dest: Path, card: str) -> None:
    """Write a contact card (public keys only) atomically."""
    try:
        atomic_write(Path(dest), card.encode("utf-8"))
    except StorageFull:
        raise
    except OSError as exc:
        raise InputFileError(str(dest), exc.strerror or "cannot write") from exc
