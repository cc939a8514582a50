"""Ed25519 signatures (RFC 8032) for bundle manifests, and the fingerprint of a vault identity.

* A signing key is 32 raw private bytes; its public key 32 raw bytes, written as
  ``ed25519:<base64>`` in contact cards.
* The fingerprint of an identity is SHA-256 over ``b"recourse/v1/fingerprint\\0" || age recipient
  (ASCII) || b"\\0" || Ed25519 public key``; people compare its first 80 bits as 24 decimal digits in
  six groups of four (:func:`read_aloud`) -- digits read the same in every language.
"""

from __future__ import annotations

import base64
import binascii
import hashlib

from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey, Ed25519PublicKey
from cryptography.hazmat.primitives.serialization import Encoding, NoEncryption, PrivateFormat, PublicFormat

PREFIX = "ed25519:"
FINGERPRINT_LABEL = b"recourse/v1/fingerprint\0"


def generate() -> tuple[bytes, bytes]:
    """A new key pair: ``(private 32 bytes, public 32 bytes)``."""
    key = Ed25519PrivateKey.generate()
    return (key.private_bytes(Encoding.Raw, PrivateFormat.Raw, NoEncryption()),
            key.public_key().public_bytes(Encoding.Raw, PublicFormat.Raw))


def public_of(private: bytes) -> bytes:
    return Ed25519PrivateKey.from_private_bytes(private).public_key().public_bytes(Encoding.Raw, PublicFormat.Raw)


def sign(private: bytes, message: bytes) -> bytes:
    return Ed25519PrivateKey.from_private_bytes(private).sign(message)


def verify(public: bytes, signature: bytes, message: bytes) -> bool:
    try:
        Ed25519PublicKey.from_public_bytes(public).verify(signature, message)
        return True
    except (InvalidSignature, ValueError):
        return False


def encode_public(public: bytes) -> str:
    return PREFIX + base64.b64encode(public).decode("ascii")


def decode_public(text: str) -> bytes:
    """``ed25519:<base64>`` → 32 bytes; ``ValueError`` otherwise."""
    text = text.strip()
    if not text.startswith(PREFIX):
        raise ValueError("not an ed25519 public key")
    try:
        raw = base64.b64decode(text[len(PREFIX):], validate=True)
    except binascii.Error as exc:
        raise ValueError("not base64") from exc
    if len(raw) != 32:
        raise ValueError("wrong length")
    Ed25519PublicKey.from_public_bytes(raw)  # rejects nothing of length 32, but keep the check explicit
    return raw


def fingerprint(age_recipient: str, sign_public: bytes) -> str:
    """Hex SHA-256 identifying a (recipient, signing key) pair."""
    h = hashlib.sha256(FINGERPRINT_LABEL + age_recipient.encode("ascii") + b"\0" + sign_public)
    return h.hexdigest()


def read_aloud(fingerprint_hex: str) -> str:
    """``1234 5678 9012 3456 7890 1234``: the first 80 bits of a fingerprint, modulo 10^24, as 24 digits."""
    n = int(fingerprint_hex[:20], 16) % 10**24
    digits = f"{n:024d}"
    return " ".join(digits[i:i + 4] for i in range(0, 24, 4))
