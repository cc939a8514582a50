"""The vault header: the only plaintext file in a vault.

It holds what is needed to derive the key-encryption key and unwrap the master
key -- format version, vault id, KDF parameters, salts, wrapped master keys --
the header generation and the audit head it was bound to, and nothing about
the content.  See ``docs/vault-format.md`` §2.

On disk (version 2) the file has a fixed size and two fixed **slots**, each a
complete copy of the header JSON with a checksum.  A write overwrites the slots
*in place*, one after the other with an ``fsync`` between, so an earlier header
does not survive in a renamed-away file, and a crash mid-write leaves one good
slot.  Version-1 vaults (one JSON file) are read and converted in place at the
next write.
"""

from __future__ import annotations

import base64
import hashlib
import json
import os
import re
import stat
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from app.errors import StorageFull, TamperDetected, UnsupportedVersion, VaultCorrupted, VaultNotFound
from app.storage.files import fsync_dir

FORMAT = "recourse-vault"
VERSION = 2  # 2: two fixed slots, generation and audit head; 1: one JSON file (read, converted on write)
VERSIONS = (1, 2)
SLOT_AAD_VERSION = 1  # the "version" in every key slot's associated data, whatever the header version
HEADER_NAME = "vault.header"
SLOT_SIZE = 32 * 1024
FILE_SIZE = 2 * SLOT_SIZE
SLOT_MAGIC = b"RCHSLOT\x02"
_SLOT_FIXED = len(SLOT_MAGIC) + 4 + 32  # magic, length, SHA-256
MAX_HEADER_BYTES = SLOT_SIZE - _SLOT_FIXED  # the JSON of one slot
_HASH_RE = re.compile(r"[0-9a-f]{64}")


def b64(data: bytes) -> str:
    return base64.b64encode(data).decode("ascii")


def unb64(text: Any, what: str) -> bytes:
    if not isinstance(text, str):
        raise VaultCorrupted("header", f"{what} is not base64 text")
    try:
        return base64.b64decode(text.encode("ascii"), validate=True)
    except (ValueError, UnicodeEncodeError) as exc:
        raise VaultCorrupted("header", f"{what} is not valid base64") from exc


def canonical(obj: Any) -> bytes:
    """Canonical JSON bytes: sorted keys, no spaces, UTF-8.  Used for AAD and MACs."""
    return json.dumps(obj, sort_keys=True, separators=(",", ":"), ensure_ascii=False).encode("utf-8")


@dataclass
class KeySlot:
    """One way to unwrap the master key: a passphrase, or a recovery key."""

    kind: str  # "passphrase" | "recovery"
    kdf: dict[str, Any]  # {"name": "argon2id", "memory_kib", "iterations", "lanes"} or {"name": "none"}
    salt: bytes
    wrapped_key: bytes

    def public(self) -> dict[str, Any]:
        """The slot without its wrapped key: what the wrapping authenticates as AAD."""
        return {"kind": self.kind, "kdf": self.kdf, "salt": b64(self.salt)}

    def to_json(self) -> dict[str, Any]:
        return {**self.public(), "wrapped_key": b64(self.wrapped_key)}


@dataclass
class Header:
    vault_id: str
    keyslots: list[KeySlot] = field(default_factory=list)
    options: dict[str, Any] = field(default_factory=dict)  # non-secret settings, e.g. unlock limit
    failed_unlocks: int = 0  # counted only when the unlock limit is on
    mac: bytes = b""  # HMAC over body(); checked after unlock
    version: int = VERSION
    generation: int = 0  # raised by every keyed header write; the database keeps the same number
    audit_head: dict[str, Any] = field(default_factory=dict)  # {"seq", "hash"} of the audit trail

    def slot_aad(self, slot: KeySlot) -> bytes:
        return canonical({"format": FORMAT, "version": SLOT_AAD_VERSION, "vault_id": self.vault_id,
                          "slot": slot.public()})

    def _doc(self) -> dict[str, Any]:
        doc: dict[str, Any] = {"format": FORMAT, "version": self.version, "vault_id": self.vault_id}
        if self.version >= 2:
            doc["generation"] = self.generation
        doc["keyslots"] = [s.to_json() for s in self.keyslots]
        doc["options"] = self.options
        if self.version >= 2:
            doc["audit_head"] = self.audit_head
        return doc

    def body(self) -> bytes:
        """What the header MAC covers: everything except the MAC and the failure counter."""
        return canonical(self._doc())

    def to_bytes(self) -> bytes:
        doc = {**self._doc(), "failed_unlocks": self.failed_unlocks, "mac": b64(self.mac)}
        return (json.dumps(doc, indent=1, ensure_ascii=False) + "\n").encode("utf-8")

    def copy(self) -> "Header":
        import copy

        return copy.deepcopy(self)

    @classmethod
    def from_bytes(cls, data: bytes) -> "Header":
        if len(data) > MAX_HEADER_BYTES:
            raise VaultCorrupted("header", "too large")
        try:
            doc = json.loads(data.decode("utf-8"))
        except (UnicodeDecodeError, ValueError) as exc:
            raise VaultCorrupted("header", "not valid JSON") from exc
        if not isinstance(doc, dict) or doc.get("format") != FORMAT:
            raise VaultCorrupted("header", "not a Recourse vault header")
        version = doc.get("version")
        if version not in VERSIONS or isinstance(version, bool):
            raise UnsupportedVersion("vault header", version, list(VERSIONS))
        try:
            slots = []
            for raw in doc["keyslots"]:
                kdf = raw["kdf"]
                if not isinstance(kdf, dict) or not isinstance(raw["kind"], str):
                    raise TypeError("slot")
                slots.append(KeySlot(raw["kind"], kdf, unb64(raw["salt"], "salt"),
                                     unb64(raw["wrapped_key"], "wrapped key")))
            vault_id = doc["vault_id"]
            options = doc.get("options", {})
            failed = doc.get("failed_unlocks", 0)
            if not isinstance(vault_id, str) or not isinstance(options, dict) or not isinstance(failed, int):
                raise TypeError("fields")
            mac = unb64(doc["mac"], "mac")
            generation = doc.get("generation", 0)
            head = doc.get("audit_head", {})
            if version >= 2 and not (isinstance(generation, int) and not isinstance(generation, bool)
                                     and generation >= 1 and _valid_head(head)):
                raise TypeError("generation")
        except (KeyError, TypeError) as exc:
            raise VaultCorrupted("header", "missing or malformed field") from exc
        if not slots:
            raise VaultCorrupted("header", "no key slots")
        header = cls(vault_id, slots, options, failed, mac, version, generation, head)
        # Strict: only the exact bytes our writer produces are accepted, so no edit -- not even
        # of whitespace or an unknown extra field -- goes unnoticed.  (Only the value of
        # failed_unlocks may change without the key, by design.)
        if header.to_bytes() != data:
            raise TamperDetected("header", "altered (not in canonical form)")
        return header


def _valid_head(head: Any) -> bool:
    if not isinstance(head, dict) or set(head) != {"seq", "hash"}:
        return False
    seq, digest = head["seq"], head["hash"]
    return (isinstance(seq, int) and not isinstance(seq, bool) and seq >= 0 and isinstance(digest, str)
            and bool(_HASH_RE.fullmatch(digest)))


# --- the file: two fixed slots -------------------------------------------------------------
def pack_slot(body: bytes) -> bytes:
    """One slot: magic ‖ length (u32 BE) ‖ header JSON ‖ zero padding ‖ SHA-256 of all before it."""
    if len(body) > MAX_HEADER_BYTES:
        raise VaultCorrupted("header", "too large")
    head = SLOT_MAGIC + len(body).to_bytes(4, "big") + body
    head += bytes(SLOT_SIZE - 32 - len(head))
    return head + hashlib.sha256(head).digest()


def unpack_slot(raw: bytes) -> bytes | None:
    """The header JSON of a slot, or None if the slot is damaged (torn write, flipped byte)."""
    if len(raw) != SLOT_SIZE or not raw.startswith(SLOT_MAGIC):
        return None
    if hashlib.sha256(raw[:-32]).digest() != raw[-32:]:
        return None
    n = int.from_bytes(raw[len(SLOT_MAGIC):len(SLOT_MAGIC) + 4], "big")
    if n > MAX_HEADER_BYTES:
        return None
    return raw[len(SLOT_MAGIC) + 4:len(SLOT_MAGIC) + 4 + n]


def pack_file(body: bytes) -> bytes:
    """A whole header file with *body* in both slots (what a completed write leaves)."""
    slot = pack_slot(body)
    return slot + slot


@dataclass
class HeaderFile:
    """What is on disk: the header in use and the state of the two slots."""

    header: Header
    slots: list[bytes | None]  # the JSON of each slot (None: damaged); [json] for a version-1 file
    legacy: bool = False  # a version-1 file (one JSON document)

    @property
    def newest(self) -> int:
        """Index of the slot holding :attr:`header`."""
        return max((i for i, s in enumerate(self.slots) if s is not None),
                   key=lambda i: Header.from_bytes(self.slots[i]).generation)  # type: ignore[arg-type]

    def problems(self) -> list[str]:
        """Damage or disagreement between the slots (each a complete copy after a finished write)."""
        if self.legacy:
            return []
        out = [f"header slot {i} is damaged" for i, s in enumerate(self.slots) if s is None]
        if not out and self.slots[0] != self.slots[1]:
            out.append("the two header slots differ (an interrupted write, or an older header put back)")
        return out


def parse_file(data: bytes) -> HeaderFile:
    """Parse a header file: two slots (version 2), else one JSON document (version 1)."""
    if len(data) == FILE_SIZE and (data.startswith(SLOT_MAGIC) or data[SLOT_SIZE:].startswith(SLOT_MAGIC)):
        slots = [unpack_slot(data[:SLOT_SIZE]), unpack_slot(data[SLOT_SIZE:])]
        good = [(i, Header.from_bytes(s)) for i, s in enumerate(slots) if s is not None]
        if not good:
            raise VaultCorrupted("header", "both header slots are damaged")
        if any(h.version < 2 for _, h in good):
            raise TamperDetected("header", "version-1 header in a slot")
        header = max(good, key=lambda ih: ih[1].generation)[1]
        return HeaderFile(header, slots)
    if len(data) >= SLOT_SIZE and data[SLOT_SIZE:].startswith(SLOT_MAGIC):  # pragma: no cover - torn
        raise VaultCorrupted("header", "truncated")
    # version 1: one JSON document; a conversion interrupted after writing slot 1 is handled above,
    # and the zeros a crash can leave after the JSON are not part of it
    body = data.split(b"\0", 1)[0] if len(data) == FILE_SIZE else data
    header = Header.from_bytes(body)
    if header.version != 1:
        raise TamperDetected("header", "version-2 header outside a slot")
    return HeaderFile(header, [body], legacy=True)


_OPEN_FLAGS = os.O_RDWR | getattr(os, "O_NOFOLLOW", 0) | getattr(os, "O_CLOEXEC", 0) | getattr(os, "O_BINARY", 0)


class LockedHeader:
    """The header file opened without following links and locked exclusively (``flock``):
    read-modify-write of the header (a passphrase change, the failed-unlock counter) is atomic
    against every other process using Recourse on this folder."""

    def __init__(self, fd: int) -> None:
        self.fd = fd

    def read_file(self) -> HeaderFile:
        size = os.fstat(self.fd).st_size
        if size > FILE_SIZE:
            raise VaultCorrupted("header", "too large")
        return parse_file(os.pread(self.fd, size, 0))

    def read(self) -> Header:
        return self.read_file().header

    def write(self, header: Header) -> None:
        """Overwrite both slots in place: first the one not holding the newest header, fsync, then
        the other, fsync.  Interrupted anywhere, one slot holds a complete header."""
        if header.version < 2:
            raise ValueError("only version-2 headers are written")
        slot = pack_slot(header.to_bytes())
        try:
            current = self.read_file()
            first = 1 if current.legacy or current.newest == 0 else 0
        except (VaultCorrupted, TamperDetected, UnsupportedVersion):
            first = 1
        try:
            for index in (first, 1 - first):
                _pwrite_all(self.fd, slot, index * SLOT_SIZE)
                os.fsync(self.fd)
        except OSError as exc:
            if exc.errno in (28, 122):  # ENOSPC, EDQUOT
                raise StorageFull() from exc
            raise


def _pwrite_all(fd: int, data: bytes, offset: int) -> None:
    view = memoryview(data)
    while view:
        n = os.pwrite(fd, view, offset)
        view, offset = view[n:], offset + n


@contextmanager
def locked_header(folder: Path, *, create: bool = False) -> Iterator[LockedHeader]:
    """Open ``vault.header`` (never through a link) and hold an exclusive lock on it."""
    path = Path(folder) / HEADER_NAME
    try:
        if create:
            from app.storage.files import create_private

            fd = create_private(path)
            os.close(fd)
            fsync_dir(Path(folder))
        fd = os.open(path, _OPEN_FLAGS)
    except FileNotFoundError as exc:
        raise VaultNotFound(str(folder)) from exc
    try:
        if not stat.S_ISREG(os.fstat(fd).st_mode):
            raise VaultNotFound(str(folder))
        try:
            import fcntl

            fcntl.flock(fd, fcntl.LOCK_EX)
        except ImportError:  # pragma: no cover - Windows: no lock, writes are still in place
            pass
        yield LockedHeader(fd)
    finally:
        os.close(fd)  # releases the lock


def read_header_file(folder: Path) -> HeaderFile:
    path = Path(folder) / HEADER_NAME
    if not Path(folder).is_dir() or not path.is_file() or path.is_symlink():
        raise VaultNotFound(str(folder))
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise VaultCorrupted("header", exc.strerror or "unreadable") from exc
    if len(data) > FILE_SIZE:
        raise VaultCorrupted("header", "too large")
    return parse_file(data)


def read_header(folder: Path) -> Header:
    return read_header_file(folder).header


def write_header(folder: Path, header: Header, *, create: bool = False) -> None:
    """Write *header* into the two slots of ``vault.header`` in place (see :class:`LockedHeader`)."""
    with locked_header(folder, create=create) as locked:
        locked.write(header)
