"""The vault header: the only plaintext file in a vault.

It holds what is needed to derive the key-encryption key and unwrap the master
key -- format version, vault id, KDF parameters, salts, wrapped master keys --
and nothing about the content.  See ``docs/vault-format.md``.
"""

from __future__ import annotations

import base64
import json
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from app.errors import TamperDetected, UnsupportedVersion, VaultCorrupted, VaultNotFound
from app.storage.files import atomic_write

FORMAT = "recourse-vault"
VERSION = 1
HEADER_NAME = "vault.header"
MAX_HEADER_BYTES = 64 * 1024


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

    def slot_aad(self, slot: KeySlot) -> bytes:
        return canonical({"format": FORMAT, "version": self.version, "vault_id": self.vault_id,
                          "slot": slot.public()})

    def body(self) -> bytes:
        """What the header MAC covers: everything except the MAC and the failure counter."""
        return canonical({"format": FORMAT, "version": self.version, "vault_id": self.vault_id,
                          "keyslots": [s.to_json() for s in self.keyslots], "options": self.options})

    def to_bytes(self) -> bytes:
        doc = {
            "format": FORMAT,
            "version": self.version,
            "vault_id": self.vault_id,
            "keyslots": [s.to_json() for s in self.keyslots],
            "options": self.options,
            "failed_unlocks": self.failed_unlocks,
            "mac": b64(self.mac),
        }
        return (json.dumps(doc, indent=1, ensure_ascii=False) + "\n").encode("utf-8")

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
        if version != VERSION:
            raise UnsupportedVersion("vault header", version, [VERSION])
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
        except (KeyError, TypeError) as exc:
            raise VaultCorrupted("header", "missing or malformed field") from exc
        if not slots:
            raise VaultCorrupted("header", "no key slots")
        header = cls(vault_id, slots, options, failed, mac, version)
        # Strict: only the exact bytes our writer produces are accepted, so no edit -- not even
        # of whitespace or an unknown extra field -- goes unnoticed.  (Only the value of
        # failed_unlocks may change without the key, by design.)
        if header.to_bytes() != data:
            raise TamperDetected("header", "altered (not in canonical form)")
        return header


def read_header(folder: Path) -> Header:
    path = folder / HEADER_NAME
    if not folder.is_dir() or not path.is_file():
        raise VaultNotFound(str(folder))
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise VaultCorrupted("header", exc.strerror or "unreadable") from exc
    return Header.from_bytes(data)


def write_header(folder: Path, header: Header) -> None:
    atomic_write(folder / HEADER_NAME, header.to_bytes())
