"""The age file format (``age-encryption.org/v1``) through ``pyrage``, the binding of the Rust
implementation ``rage`` -- interoperable with the reference ``age`` command-line tool.

* An identity is an ``AGE-SECRET-KEY-1…`` string; its recipient an ``age1…`` string.
* :func:`encrypt_to` / :func:`decrypt_with` stream from a reader to a writer in 64 KiB chunks:
  memory stays flat whatever the size.
* A passphrase (scrypt) recipient cannot be mixed with other recipients in one file (age's rule).
  pyrage offers passphrase encryption for whole byte strings only, so :func:`encrypt_passphrase`
  and :func:`decrypt_passphrase` hold the payload in memory, up to :data:`PASSPHRASE_MAX_BYTES`.

Errors: :class:`~app.errors.NotARecipient` (no identity of ours opens the file, or the passphrase is wrong),
:class:`~app.errors.TamperDetected` (a header or payload chunk failed authentication, or the file
is truncated), ``ValueError`` for malformed keys.
"""

from __future__ import annotations

import io
from collections.abc import Iterable
from typing import BinaryIO

import pyrage
from pyrage import x25519

from app.errors import BundleTooLarge, NotARecipient, RecourseError, TamperDetected

MAGIC = b"age-encryption.org/v1\n"
PASSPHRASE_MAX_BYTES = 512 * 1024 * 1024
SCRYPT_WORK_FACTOR = 18  # log2(N), age's default


def generate_identity() -> tuple[str, str]:
    """A new X25519 identity: ``(AGE-SECRET-KEY-1…, age1…)``."""
    ident = x25519.Identity.generate()
    return str(ident), str(ident.to_public())


def recipient_of(secret: str) -> str:
    return str(_identity(secret).to_public())


def check_recipient(text: str) -> str:
    """The canonical ``age1…`` string, or ``ValueError`` when *text* is not an X25519 recipient."""
    try:
        return str(x25519.Recipient.from_str(text.strip()))
    except Exception as exc:  # pyrage raises RecipientError / ValueError variants
        raise ValueError("not an age X25519 recipient") from exc


def _identity(secret: str) -> x25519.Identity:
    try:
        return x25519.Identity.from_str(secret.strip())
    except Exception as exc:
        raise ValueError("not an age X25519 identity") from exc


def is_age_file(head: bytes) -> bool:
    return head.startswith(MAGIC)


def encrypt_to(reader: BinaryIO | io.RawIOBase, writer: BinaryIO, recipients: Iterable[str]) -> None:
    """Stream *reader* into *writer* as an age file for the ``age1…`` *recipients*."""
    recips = [x25519.Recipient.from_str(r) for r in recipients]
    if not recips:
        raise ValueError("no recipients")
    pyrage.encrypt_io(reader, writer, recips)


def _decrypt_failure(exc: Exception, *, passphrase: bool = False) -> RecourseError:
    """pyrage's messages: "No matching keys found" (not for us -- or a stanza altered: age cannot tell
    the two apart), "Decryption failed" (wrong passphrase), OSError "decryption error" (a payload
    chunk failed authentication or the file is truncated), anything else (not an age file)."""
    text = str(exc).lower()
    if "no matching keys" in text or (passphrase and "decryption failed" in text):
        return NotARecipient()
    if isinstance(exc, OSError):
        return TamperDetected("bundle", "payload failed authentication or is truncated")
    return TamperDetected("bundle", "not an age file, or its header is damaged")


def decrypt_with(reader: BinaryIO, writer: BinaryIO | io.RawIOBase, secrets: Iterable[str]) -> None:
    """Stream the age file *reader* into *writer* with the X25519 identities *secrets*.

    What is written before a failure is unauthenticated: callers discard it on error.
    """
    idents = [_identity(s) for s in secrets]
    try:
        pyrage.decrypt_io(reader, writer, idents)
    except (pyrage.DecryptError, OSError) as exc:
        if isinstance(exc, OSError) and not isinstance(exc, pyrage.DecryptError) and exc.errno is not None:
            raise  # a real I/O error of the reader or writer (disk full...): the caller maps it
        raise _decrypt_failure(exc) from None


def encrypt_passphrase(data: bytes, passphrase: str) -> bytes:
    if len(data) > PASSPHRASE_MAX_BYTES:
        raise BundleTooLarge(len(data), PASSPHRASE_MAX_BYTES)
    return pyrage.passphrase.encrypt(data, passphrase)


def decrypt_passphrase(data: bytes, passphrase: str) -> bytes:
    try:
        return pyrage.passphrase.decrypt(data, passphrase)
    except (pyrage.DecryptError, OSError) as exc:
        raise _decrypt_failure(exc, passphrase=True) from None


def stanza_kinds(head: bytes) -> list[str]:
    """The recipient stanza types (``X25519``, ``scrypt``…) of an age header, from its first bytes."""
    if not is_age_file(head):
        return []
    kinds = []
    for line in head[len(MAGIC):].split(b"\n"):
        if line.startswith(b"---"):
            break
        if line.startswith(b"-> "):
            parts = line[3:].split(b" ")
            kinds.append(parts[0].decode("ascii", "replace") if parts else "")
    return kinds
