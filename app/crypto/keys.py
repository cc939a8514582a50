"""Random keys, key wrapping, sub-key derivation and MACs.

Formats:

* Keys are 32 random bytes from the operating system's CSPRNG.
* A wrapped key is ``nonce (12) || ciphertext (32) || tag (16)`` = 60 bytes:
  AES-256-GCM under the key-encryption key with a fresh random 96-bit nonce
  and the caller's associated data (the vault header for the master key, an
  item identifier for a per-file key), so a wrapped key cannot be moved to
  another context unnoticed.
* Sub-keys of the master key are HKDF-SHA256 (RFC 5869) with no salt (i.e. a
  zero-filled 32-byte salt), 32-byte output, and one ``info`` label each:

  ===================================  ====================================
  ``info`` label                       sub-key
  ===================================  ====================================
  ``b"recourse/v1/sqlcipher"``         SQLCipher raw database key
  ``b"recourse/v1/blob-kwk"``          wraps the per-attachment file keys
  ``b"recourse/v1/audit-mac"``         HMAC-SHA256 key of the audit chain
  ``b"recourse/v1/header-mac"``        HMAC-SHA256 key of the vault header
  ===================================  ====================================

  The ``v1`` in each label is the key-hierarchy version; a new hierarchy
  uses new labels, never reuses these for another purpose.
"""

from __future__ import annotations

import hashlib
import hmac
import secrets
from dataclasses import dataclass, field

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from cryptography.hazmat.primitives.kdf.hkdf import HKDF

from app.errors import VaultCorrupted, WrongPassphrase

KEY_LEN = 32
"""Length in bytes of every symmetric key in the hierarchy."""

NONCE_LEN = 12
TAG_LEN = 16
WRAPPED_KEY_LEN = NONCE_LEN + KEY_LEN + TAG_LEN
"""Length in bytes of :func:`wrap_key`'s output (60)."""

LABEL_SQLCIPHER = b"recourse/v1/sqlcipher"
LABEL_BLOB_KWK = b"recourse/v1/blob-kwk"
LABEL_AUDIT_MAC = b"recourse/v1/audit-mac"
LABEL_HEADER_MAC = b"recourse/v1/header-mac"


def random_key() -> bytes:
    """Return a fresh 32-byte key from the OS CSPRNG."""
    return secrets.token_bytes(KEY_LEN)


def _require_key(name: str, key: bytes) -> None:
    if len(key) != KEY_LEN:
        raise ValueError(f"{name} must be {KEY_LEN} bytes")


def wrap_key(kek: bytes, key: bytes, aad: bytes) -> bytes:
    """Encrypt the 32-byte ``key`` under the 32-byte ``kek``.

    Returns ``nonce (12) || ciphertext (32) || tag (16)``; ``aad`` is
    authenticated, not stored.  Raises ``ValueError`` on wrong key lengths.
    """
    _require_key("kek", kek)
    _require_key("key", key)
    nonce = secrets.token_bytes(NONCE_LEN)
    return nonce + AESGCM(kek).encrypt(nonce, key, aad)


def unwrap_key(kek: bytes, wrapped: bytes, aad: bytes) -> bytes:
    """Reverse :func:`wrap_key`.

    Raises :class:`~app.errors.VaultCorrupted` ``("wrapped key", "length")``
    if ``wrapped`` is not 60 bytes, and :class:`~app.errors.WrongPassphrase`
    if authentication fails (wrong ``kek``, wrong ``aad`` or altered bytes;
    these cannot be told apart).  Callers whose ``kek`` does not come from a
    passphrase re-map ``WrongPassphrase`` to the error that fits them.
    """
    _require_key("kek", kek)
    if len(wrapped) != WRAPPED_KEY_LEN:
        raise VaultCorrupted("wrapped key", "length")
    nonce, sealed = wrapped[:NONCE_LEN], wrapped[NONCE_LEN:]
    try:
        return AESGCM(kek).decrypt(nonce, sealed, aad)
    except InvalidTag:
        raise WrongPassphrase() from None


@dataclass(frozen=True)
class SubKeys:
    """The four 32-byte keys derived from the master key.

    Fields are hidden from ``repr`` so that a stray log line cannot print
    them.
    """

    database: bytes = field(repr=False)
    blob_wrapping: bytes = field(repr=False)
    audit_mac: bytes = field(repr=False)
    header_mac: bytes = field(repr=False)


def _hkdf_sha256(key: bytes, info: bytes) -> bytes:
    return HKDF(algorithm=hashes.SHA256(), length=KEY_LEN, salt=None, info=info).derive(key)


def derive_subkeys(master: bytes) -> SubKeys:
    """Derive the sub-keys of the 32-byte ``master`` key (labels above)."""
    _require_key("master", master)
    return SubKeys(
        database=_hkdf_sha256(master, LABEL_SQLCIPHER),
        blob_wrapping=_hkdf_sha256(master, LABEL_BLOB_KWK),
        audit_mac=_hkdf_sha256(master, LABEL_AUDIT_MAC),
        header_mac=_hkdf_sha256(master, LABEL_HEADER_MAC),
    )


def hmac_sha256(key: bytes, data: bytes) -> bytes:
    """Return the 32-byte HMAC-SHA256 of ``data`` under ``key``."""
    return hmac.new(key, data, hashlib.sha256).digest()


def constant_time_equal(a: bytes, b: bytes) -> bool:
    """Compare two byte strings in time independent of where they differ."""
    return hmac.compare_digest(a, b)


# --- recovery key slots and backups (additions; see docs/vault-format.md) -----------
LABEL_RECOVERY_KEK = b"recourse/v1/recovery-kek"
LABEL_BACKUP_MAC = b"recourse/v1/backup-mac"


def derive_recovery_kek(recovery_key: bytes, salt: bytes) -> bytes:
    """KEK of a ``recovery`` key slot: HKDF-SHA256(recovery key, salt, "recourse/v1/recovery-kek").

    The recovery key is 256 random bits, so a slow password KDF adds nothing.
    """
    _require_key("recovery key", recovery_key)
    return HKDF(algorithm=hashes.SHA256(), length=KEY_LEN, salt=salt, info=LABEL_RECOVERY_KEK).derive(recovery_key)


def backup_mac_key(keys: SubKeys) -> bytes:
    """MAC key of a backup manifest: HKDF-SHA256(header-MAC sub-key, no salt, "recourse/v1/backup-mac")."""
    return _hkdf_sha256(keys.header_mac, LABEL_BACKUP_MAC)
