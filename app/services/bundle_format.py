"""The inside of a sealed bundle: a POSIX tar stream whose first two members are a manifest and its
Ed25519 signature (``docs/bundles.md``).

::

    manifest.json                 canonical JSON: format, bundle id, sender keys, time, sequence,
                                  redaction profile, and every following file with SHA-256 and size
    manifest.sig                  base64 Ed25519 signature of "recourse-bundle-v1\\0" || manifest.json
    cases/<case id>.json          one case in the case file format (docs/case-format.md)
    evidence/<evidence id>/<name> the evidence bytes (ASCII-safe name; the real one is in the manifest)

Member names are ASCII and short, so plain ustar headers suffice and ``tar -x`` works on any system.
"""

from __future__ import annotations

import base64
import json
import re
import tarfile
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

from app.crypto import signing
from app.errors import TamperDetected

FORMAT = "recourse-bundle-v1"
MANIFEST = "manifest.json"
SIGNATURE = "manifest.sig"
MAX_MANIFEST = 16 * 1024 * 1024
_SIGN_CONTEXT = FORMAT.encode("ascii") + b"\0"
_BLOCK = 512


def safe_name(name: str) -> str:
    """An ASCII file name for a tar member (the original name travels in the manifest)."""
    cleaned = re.sub(r"[^A-Za-z0-9._-]+", "_", name).strip("._")[:60]
    return cleaned or "file"


def tar_header(name: str, size: int, mtime: int) -> bytes:
    info = tarfile.TarInfo(name)
    info.size = size
    info.mtime = mtime
    info.mode = 0o600
    info.type = tarfile.REGTYPE
    return info.tobuf(format=tarfile.USTAR_FORMAT, encoding="ascii", errors="strict")


def padding(size: int) -> bytes:
    return b"\0" * (-size % _BLOCK)


END_OF_ARCHIVE = b"\0" * (2 * _BLOCK)


def member(name: str, data: bytes, mtime: int) -> Iterator[bytes]:
    yield tar_header(name, len(data), mtime)
    yield data
    yield padding(len(data))


# --- manifest ---------------------------------------------------------------------------
@dataclass(frozen=True)
class FileEntry:
    path: str
    kind: str  # "case" | "evidence"
    case_id: str
    sha256: str
    size: int
    evidence_id: str = ""
    file_name: str = ""
    metadata_stripped: bool = False
    original_sha256: str = ""

    def to_dict(self) -> dict[str, Any]:
        d: dict[str, Any] = {"path": self.path, "kind": self.kind, "case_id": self.case_id,
                             "sha256": self.sha256, "size": self.size}
        if self.kind == "evidence":
            d.update(evidence_id=self.evidence_id, file_name=self.file_name,
                     metadata_stripped=self.metadata_stripped, original_sha256=self.original_sha256)
        return d


@dataclass(frozen=True)
class Manifest:
    bundle_id: str
    created_at: str
    sequence: int
    sender_recipient: str
    sender_sign_key: bytes
    sender_fingerprint: str
    profile: str
    recipients: tuple[str, ...]  # contact fingerprints the bundle was sealed to ("passphrase" for scrypt)
    files: tuple[FileEntry, ...]

    def to_bytes(self) -> bytes:
        doc = {"format": FORMAT, "bundle_id": self.bundle_id, "created_at": self.created_at,
               "sequence": self.sequence,
               "sender": {"age_recipient": self.sender_recipient,
                          "sign_key": signing.encode_public(self.sender_sign_key),
                          "fingerprint": self.sender_fingerprint},
               "profile": self.profile, "recipients": list(self.recipients),
               "files": [f.to_dict() for f in self.files]}
        return json.dumps(doc, ensure_ascii=False, sort_keys=True, separators=(",", ":")).encode("utf-8")

    @property
    def case_ids(self) -> list[str]:
        return [f.case_id for f in self.files if f.kind == "case"]

    @property
    def total_bytes(self) -> int:
        return sum(f.size for f in self.files)


def sign_manifest(data: bytes, sign_secret: bytes) -> bytes:
    return base64.b64encode(signing.sign(sign_secret, _SIGN_CONTEXT + data))


def _bad(detail: str) -> TamperDetected:
    return TamperDetected("bundle manifest", detail)


def _str(d: dict[str, Any], key: str, pattern: str | None = None) -> str:
    v = d.get(key)
    if not isinstance(v, str) or (pattern and not re.fullmatch(pattern, v)):
        raise _bad(key)
    return v


def _int(d: dict[str, Any], key: str) -> int:
    v = d.get(key)
    if not isinstance(v, int) or isinstance(v, bool) or v < 0:
        raise _bad(key)
    return v


_HEX64 = r"[0-9a-f]{64}"
_ID = r"[0-9a-f]{32}"


def parse_manifest(data: bytes, signature: bytes) -> Manifest:
    """Check the structure, the sender's fingerprint and the signature; :class:`TamperDetected` if any fails."""
    try:
        doc = json.loads(data.decode("utf-8"))
    except (UnicodeDecodeError, json.JSONDecodeError):
        raise _bad("not JSON") from None
    if not isinstance(doc, dict) or doc.get("format") != FORMAT:
        raise _bad("format")
    sender = doc.get("sender")
    if not isinstance(sender, dict):
        raise _bad("sender")
    try:
        sign_key = signing.decode_public(_str(sender, "sign_key"))
    except ValueError:
        raise _bad("sender signing key") from None
    recipient = _str(sender, "age_recipient", r"age1[0-9a-z]{58}")
    fingerprint = _str(sender, "fingerprint", _HEX64)
    if signing.fingerprint(recipient, sign_key) != fingerprint:
        raise _bad("sender fingerprint")
    try:
        raw_sig = base64.b64decode(signature.strip(), validate=True)
    except ValueError:
        raise TamperDetected("bundle signature", "not base64") from None
    if not signing.verify(sign_key, raw_sig, _SIGN_CONTEXT + data):
        raise TamperDetected("bundle signature", "does not match the manifest")
    files = doc.get("files")
    recipients = doc.get("recipients")
    if not isinstance(files, list) or not isinstance(recipients, list) \
            or not all(isinstance(r, str) for r in recipients):
        raise _bad("files")
    entries = []
    seen: set[str] = set()
    for f in files:
        if not isinstance(f, dict):
            raise _bad("files")
        kind = _str(f, "kind")
        if kind not in ("case", "evidence"):
            raise _bad("file kind")
        e = FileEntry(_str(f, "path"), kind, _str(f, "case_id", _ID), _str(f, "sha256", _HEX64), _int(f, "size"),
                      _str(f, "evidence_id", _ID) if kind == "evidence" else "",
                      _str(f, "file_name") if kind == "evidence" else "",
                      bool(f.get("metadata_stripped", False)),
                      str(f.get("original_sha256", "")) if kind == "evidence" else "")
        if e.path in seen or e.path in (MANIFEST, SIGNATURE):
            raise _bad("duplicate path")
        seen.add(e.path)
        entries.append(e)
    return Manifest(_str(doc, "bundle_id", _ID), _str(doc, "created_at"), _int(doc, "sequence"), recipient,
                    sign_key, fingerprint, _str(doc, "profile"), tuple(recipients), tuple(entries))


# --- reading the stream -------------------------------------------------------------------
class MemberHandler:
    """What :class:`TarPush` calls: ``begin`` a member (returns where its bytes go), ``end`` it."""

    def begin(self, name: str, size: int) -> Any:  # returns a callable taking bytes
        raise NotImplementedError

    def end(self) -> None:
        raise NotImplementedError


class TarPush:
    """A tar reader fed with pieces of any size (age hands over the decrypted stream this way).

    Only regular files in ustar/GNU headers are accepted; anything else is :class:`TamperDetected`.
    """

    def __init__(self, handler: MemberHandler) -> None:
        self._h = handler
        self._head = bytearray()
        self._sink: Any = None
        self._left = 0  # data bytes left in the current member
        self._pad = 0  # padding bytes left after it
        self._ended = False

    def feed(self, data: bytes | memoryview) -> None:
        view = memoryview(data)
        while view:
            if self._ended:
                if any(view):
                    raise TamperDetected("bundle", "data after the end of the archive")
                return
            if self._left:
                n = min(self._left, len(view))
                self._sink(view[:n])
                view, self._left = view[n:], self._left - n
                if not self._left:
                    self._h.end()
                continue
            if self._pad:
                n = min(self._pad, len(view))
                view, self._pad = view[n:], self._pad - n
                continue
            n = min(_BLOCK - len(self._head), len(view))
            self._head += view[:n]
            view = view[n:]
            if len(self._head) == _BLOCK:
                self._header(bytes(self._head))
                self._head.clear()

    def _header(self, block: bytes) -> None:
        if not any(block):
            self._ended = True
            return
        try:
            info = tarfile.TarInfo.frombuf(block, "utf-8", "strict")
        except (tarfile.HeaderError, UnicodeDecodeError):
            raise TamperDetected("bundle", "archive damaged") from None
        if info.type not in (tarfile.REGTYPE, tarfile.AREGTYPE):
            raise TamperDetected("bundle", "unexpected archive member")
        self._sink = self._h.begin(info.name, info.size)
        self._left, self._pad = info.size, -info.size % _BLOCK
        if not info.size:
            self._h.end()

    def close(self) -> None:
        if not self._ended or self._left or self._head:
            raise TamperDetected("bundle", "archive truncated")
