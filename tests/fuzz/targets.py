"""The parsers of untrusted input, each with the only errors it may raise, and seed inputs.

Shared by the Hypothesis tests (tests/fuzz/test_parsers.py, CI) and the atheris harness
(``python -m tests.fuzz.atheris_harness``, needs ``pip install atheris``).
"""

from __future__ import annotations

import io
from collections.abc import Callable
from dataclasses import dataclass

from app import crypto
from app.domain import casefile
from app.domain.model import Case, Person, Testimony
from app.errors import ContactInvalid, InvalidCaseFile, TamperDetected, UnsupportedVersion, VaultCorrupted
from app.services import backup, recovery
from app.storage.header import Header, KeySlot

FILE_KEY = bytes(range(32))


@dataclass(frozen=True)
class Target:
    name: str
    parse: Callable[[bytes], object]
    allowed: tuple[type[BaseException], ...]
    seeds: tuple[bytes, ...]


def _casefile_seed() -> bytes:
    return casefile.dumps([Case(title="t", persons=[Person(family_name="王", roles=["victim"])],
                                testimonies=[Testimony(original_text="x")])])


def _header_seed() -> bytes:
    h = Header("0" * 32, [KeySlot("passphrase", {"name": "argon2id", "memory_kib": 8192, "iterations": 1,
                                                  "lanes": 1}, bytes(16), bytes(60))], {}, 0, bytes(32))
    return h.to_bytes()


def _blob_seed(size: int) -> bytes:
    out = io.BytesIO()
    crypto.encrypt_stream(io.BytesIO(bytes(size)), out, FILE_KEY)
    return out.getvalue()


def _backup_seed() -> bytes:
    import json
    import struct
    header = _header_seed()
    db = b"\x00" * 64
    import hashlib
    members = [{"name": "vault.header", "offset": 16, "size": len(header), "sha256": hashlib.sha256(header).hexdigest()},
               {"name": "vault.db", "offset": 16 + len(header), "size": len(db), "sha256": hashlib.sha256(db).hexdigest()}]
    manifest = json.dumps({"format": "recourse-backup", "version": 1, "vault_id": "0" * 32, "created_at": "x",
                           "members": members, "mac": "00" * 32}, separators=(",", ":")).encode()
    return backup.PREAMBLE + header + db + manifest + struct.pack(">I", len(manifest)) + backup.TRAILER_MAGIC


def _blob_read(data: bytes) -> object:
    return crypto.decrypt_to_bytes(io.BytesIO(data), FILE_KEY, max_size=1 << 20)


def _blob_random_access(data: bytes) -> object:
    reader = crypto.BlobReader(io.BytesIO(data), FILE_KEY)
    return [reader.read_chunk(i) for i in range(min(reader.chunk_count, 4))]


def _manifest_seed() -> bytes:
    from app.crypto import signing
    from app.services.bundle_format import FileEntry, Manifest

    recipient = _BUNDLE_RECIPIENT
    public = signing.public_of(_BUNDLE_SIGN)
    files = (FileEntry("cases/" + "a" * 32 + ".json", "case", "a" * 32, "b" * 64, 10),
             FileEntry("evidence/" + "c" * 32 + "/x.jpg", "evidence", "a" * 32, "d" * 64, 5, "c" * 32, "x.jpg"))
    return Manifest("e" * 32, "2026-01-01T00:00:00Z", 3, recipient, public, signing.fingerprint(recipient, public),
                    "partner", ("f" * 64,), files).to_bytes()


_BUNDLE_RECIPIENT = "age172waf4ps2z3zd2qhlqkzfw0zakydfg3r56heyrjmx7j4chqya9wqn59tgw"
_BUNDLE_SIGN = bytes(range(1, 33))


def _manifest(data: bytes) -> object:
    """Re-signed with the seed's key, so the fuzzer reaches the structure checks behind the signature."""
    from app.services.bundle_format import parse_manifest, sign_manifest

    return parse_manifest(data, sign_manifest(data, _BUNDLE_SIGN))


def _bundle_tar(data: bytes) -> object:
    from app.services.bundle_format import MemberHandler, TarPush

    class Sink(MemberHandler):
        def begin(self, name: str, size: int) -> object:
            return lambda chunk: None

        def end(self) -> None:
            pass

    t = TarPush(Sink())
    for i in range(0, len(data), 700):
        t.feed(data[i:i + 700])
    t.close()
    return t


def _tar_seed() -> bytes:
    import tarfile

    buf = io.BytesIO()
    with tarfile.open(fileobj=buf, mode="w", format=tarfile.USTAR_FORMAT) as t:
        for name, body in (("manifest.json", b"{}"), ("cases/x.json", b"[1]" * 300)):
            info = tarfile.TarInfo(name)
            info.size = len(body)
            t.addfile(info, io.BytesIO(body))
    return buf.getvalue()


def _contact_card(data: bytes) -> object:
    from app.services.contacts import parse_card

    return parse_card(data.decode("utf-8", errors="replace"))


def _card_seed() -> bytes:
    from app.crypto import signing

    return (f"recourse-contact-v1\nname: x\nage: {_BUNDLE_RECIPIENT}\n"
            f"sign: {signing.encode_public(signing.public_of(_BUNDLE_SIGN))}\n").encode()


def _recovery(data: bytes) -> object:
    return recovery.key_from_text(data.decode("utf-8", errors="replace"))


TARGETS = (
    Target("casefile", lambda d: casefile.loads(d, "fuzz"), (InvalidCaseFile,), (_casefile_seed(), b"{}", b"[]")),
    Target("header", Header.from_bytes, (VaultCorrupted, UnsupportedVersion, TamperDetected), (_header_seed(),)),
    Target("blob", _blob_read, (TamperDetected, crypto.BlobTooLarge), (_blob_seed(0), _blob_seed(70_000))),
    Target("blob-reader", _blob_random_access, (TamperDetected,), (_blob_seed(10), _blob_seed(140_000))),
    Target("backup", backup.parse, (VaultCorrupted, UnsupportedVersion), (_backup_seed(),)),
    Target("bundle-manifest", _manifest, (TamperDetected,), (_manifest_seed(),)),
    Target("bundle-tar", _bundle_tar, (TamperDetected,), (_tar_seed(),)),
    Target("contact-card", _contact_card, (ContactInvalid,), (_card_seed(),)),
    Target("recovery-text", _recovery, (recovery.RecoveryKeyInvalid,),
           (recovery.format_key(bytes(32)).encode(), "\n".join(recovery.split(bytes(32))[:2]).encode())),
)


def run_one(target: Target, data: bytes) -> None:
    """Parse *data*; an error outside ``target.allowed`` propagates (a finding)."""
    try:
        target.parse(data)
    except target.allowed:
        pass
