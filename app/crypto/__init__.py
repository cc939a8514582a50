"""Cryptography layer of Recourse: the only package that imports ``cryptography``.

* :mod:`app.crypto.kdf` -- passphrase -> key-encryption key (Argon2id).
* :mod:`app.crypto.keys` -- random keys, AES-256-GCM key wrapping, HKDF
  sub-keys, HMAC.
* :mod:`app.crypto.stream` -- chunked authenticated encryption of evidence
  blobs.

Each module's docstring states its on-disk format.
"""

from app.crypto.kdf import (
    CEILING_MEMORY_KIB,
    DEFAULT,
    FLOOR,
    KdfParams,
    argon2id_raw,
    calibrate,
    derive_kek,
    normalize_passphrase,
)
from app.crypto.keys import (
    SubKeys,
    backup_mac_key,
    constant_time_equal,
    derive_recovery_kek,
    derive_subkeys,
    hmac_sha256,
    random_key,
    unwrap_key,
    wrap_key,
)
from app.crypto import shamir
from app.crypto.stream import (
    CHUNK,
    BlobReader,
    BlobTooLarge,
    StreamResult,
    StreamSealer,
    decrypt_stream,
    decrypt_to_bytes,
    encrypt_stream,
    plaintext_size_from_stored,
    stored_size_for,
)

__all__ = [
    "CEILING_MEMORY_KIB",
    "CHUNK",
    "DEFAULT",
    "FLOOR",
    "BlobReader",
    "BlobTooLarge",
    "KdfParams",
    "StreamResult",
    "StreamSealer",
    "SubKeys",
    "argon2id_raw",
    "backup_mac_key",
    "derive_recovery_kek",
    "shamir",
    "calibrate",
    "constant_time_equal",
    "decrypt_stream",
    "decrypt_to_bytes",
    "derive_kek",
    "derive_subkeys",
    "encrypt_stream",
    "hmac_sha256",
    "normalize_passphrase",
    "plaintext_size_from_stored",
    "random_key",
    "stored_size_for",
    "unwrap_key",
    "wrap_key",
]
