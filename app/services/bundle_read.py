"""Read and check a sealed bundle (``docs/bundles.md``).

age decrypts the file and hands the plaintext over piece by piece; a push-style tar reader
(:class:`~app.services.bundle_format.TarPush`) routes each member as it arrives, in ONE thread with
flat memory: the manifest and its signature first (checked before anything else is read: structure,
sender fingerprint, Ed25519 signature, signer, replay), then every file against the manifest (name,
size, SHA-256).  With ``stage=True`` evidence the vault lacks is re-encrypted at once under a fresh
key into a ``.part`` blob (:class:`~app.crypto.StreamSealer`; never plaintext on disk); the caller
publishes those blobs in its transaction, or :func:`discard` removes them.  Nothing else is written.
"""

from __future__ import annotations

import io
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from app import crypto
from app.crypto import age
from app.domain import casefile
from app.domain.model import Case
from app.errors import (BundleReplayed, BundleTooLarge, Cancelled, NotARecipient, TamperDetected,
                        UnknownSigner)
from app.services.userfiles import read_user_file
from app.services import contacts as contact_service
from app.services import identity as identity_service
from app.services import media
from app.services.bundle_format import (MANIFEST, MAX_MANIFEST, SIGNATURE, FileEntry, Manifest, MemberHandler,
                                        TarPush, parse_manifest)
from app.services.progress import Cancel, Progress, no_progress
from app.services.vault import Vault
from app.storage import evidence as evidence_store
from app.storage import exchange as store

HEAD_BYTES = 8192
_PROGRESS_STEP = 1 << 20


def _head(path: Path) -> bytes:
    return read_user_file(path, HEAD_BYTES)[:HEAD_BYTES]


def needs_passphrase(path: Path) -> bool:
    """Whether the bundle is sealed with a passphrase (to ask for it before :func:`read`)."""
    head = _head(Path(path))
    if not age.is_age_file(head):
        raise TamperDetected("bundle", "not an age file")
    return "scrypt" in age.stanza_kinds(head)


@dataclass
class Signer:
    fingerprint: str
    status: str  # "verified" | "unverified" | "unknown" | "self"
    name: str = ""


@dataclass
class Staged:
    """A bundle read and checked: cases decoded, evidence re-encrypted into ``.part`` blobs."""

    manifest: Manifest
    signer: Signer
    cases: list[Case] = field(default_factory=list)
    parts: dict[str, tuple[str, bytes, Any]] = field(default_factory=dict)  # evidence id -> (blob, key, StreamResult)
    duplicates: list[str] = field(default_factory=list)  # evidence ids whose bytes the vault already has


def _signer(vault: Vault, m: Manifest) -> Signer:
    own = identity_service.ensure(vault)
    if m.sender_fingerprint == own.fingerprint:
        return Signer(m.sender_fingerprint, "self", "")
    c = contact_service.by_sign_key(vault, m.sender_sign_key)
    if c is None:
        return Signer(m.sender_fingerprint, "unknown")
    return Signer(m.sender_fingerprint, "verified" if c.verified else "unverified", c.name)


def _replay(vault: Vault, m: Manifest) -> str:
    with vault.db.reading() as conn:
        if store.bundle_seen(conn, m.bundle_id):
            return "seen"
        if m.sequence <= store.last_sequence(conn, m.sender_fingerprint):
            return "older"
    return ""


class _Reader(MemberHandler, io.RawIOBase):
    """The writer age decrypts into; checks and routes every member (see the module docstring)."""

    def __init__(self, vault: Vault, *, stage: bool, allow_unknown_signer: bool, allow_older: bool,
                 progress: Progress, cancel: Cancel | None) -> None:
        super().__init__()
        self.vault, self.stage = vault, stage
        self.allow_unknown_signer, self.allow_older = allow_unknown_signer, allow_older
        self.progress, self.cancel = progress, cancel
        self.tar = TarPush(self)
        self.error: BaseException | None = None
        self.staged: Staged | None = None
        self.parts: dict[str, tuple[str, bytes, Any]] = {}  # also those of an unfinished read
        self._index = 0
        self._buf: bytearray | None = None
        self._limit = 0
        self._entry: FileEntry | None = None
        self._manifest_bytes = b""
        self._known: dict[tuple[str, str], str] = {}
        self._sealer: Any = None
        self._sha: Any = None
        self._part: tuple[str, bytes, Any] | None = None
        self._done = 0
        self._next_report = 0

    # -- io.RawIOBase: age writes here ---------------------------------------------------------
    def writable(self) -> bool:
        return True

    def write(self, data: Any) -> int:
        if self.error is not None:
            raise self.error
        try:
            if self.cancel is not None and self.cancel():
                raise Cancelled()
            self.tar.feed(data)
        except BaseException as exc:
            self.error = exc
            raise
        return len(data)

    # -- members ----------------------------------------------------------------------------
    def begin(self, name: str, size: int) -> Any:
        i = self._index
        if i < 2:
            expected, limit = (MANIFEST, MAX_MANIFEST) if i == 0 else (SIGNATURE, 4096)
            if name != expected or size > limit:
                raise TamperDetected("bundle", f"{expected} missing")
            return self._buffer(size)
        m = self.staged.manifest if self.staged else None
        if m is None or i - 2 >= len(m.files):
            raise TamperDetected("bundle", "files not listed in the manifest")
        entry = m.files[i - 2]
        if name != entry.path or size != entry.size:
            raise TamperDetected("bundle", f"{entry.path}: missing or wrong size")
        self._entry = entry
        if entry.kind == "case":
            if size > casefile.MAX_BYTES:
                raise TamperDetected("bundle", f"{entry.path}: too large")
            return self._buffer(size)
        self._sha = media.Hasher()
        if self.stage and (entry.case_id, entry.sha256) not in self._known:
            name = self.vault.blobs.new_name()
            key = crypto.random_key()
            handle = self.vault.blobs.create_part(name)
            self._part = (name, key, handle)
            self.parts[entry.evidence_id] = (name, key, None)
            self._sealer = crypto.StreamSealer(handle, key)
            return self._evidence
        if self.stage:
            self.staged.duplicates.append(entry.evidence_id)  # type: ignore[union-attr]
        self._sealer = None
        return self._evidence

    def _buffer(self, size: int) -> Any:
        self._buf = bytearray()
        self._limit = size
        return self._buf.extend

    def _evidence(self, data: memoryview) -> None:
        if self._sealer is not None:
            self._sealer.update(data)
        else:
            self._sha.update(data)
        self._done += len(data)
        if self._done >= self._next_report:
            self._next_report = self._done + _PROGRESS_STEP
            self.progress(self._done, self.staged.manifest.total_bytes if self.staged else 0, "checking")

    def end(self) -> None:
        i = self._index
        self._index += 1
        if i == 0:
            self._manifest_bytes = bytes(self._buf or b"")
            return
        if i == 1:
            self._manifest(bytes(self._buf or b""))
            return
        entry = self._entry
        assert entry is not None and self.staged is not None
        if entry.kind == "case":
            data = bytes(self._buf or b"")
            self._buf = None
            if media.sha256(data) != entry.sha256:
                raise TamperDetected("bundle", f"{entry.path}: SHA-256 mismatch")
            cases = casefile.loads(data, entry.path)
            if len(cases) != 1 or cases[0].id != entry.case_id:
                raise TamperDetected("bundle", f"{entry.path}: not the case the manifest names")
            self.staged.cases.append(cases[0])
            self._done += len(data)
            return
        if self._sealer is not None:
            result = self._sealer.finish()
            name, key, handle = self._part  # type: ignore[misc]
            self.vault.blobs.seal_part(handle)
            self.parts[entry.evidence_id] = (name, key, result)
            self._sealer = self._part = None
            digest = result.sha256
        else:
            digest = self._sha.hexdigest()
        if digest != entry.sha256:
            raise TamperDetected("bundle", f"{entry.path}: SHA-256 mismatch")

    def _manifest(self, signature: bytes) -> None:
        m = parse_manifest(self._manifest_bytes, signature)
        signer = _signer(self.vault, m)
        if signer.status == "unknown" and not self.allow_unknown_signer:
            raise UnknownSigner(m.sender_fingerprint)
        replay = _replay(self.vault, m) if signer.status != "self" else ""
        if replay and not (self.allow_older and replay == "older"):
            raise BundleReplayed(m.bundle_id, replay)
        self.staged = Staged(m, signer)
        if self.stage:
            with self.vault.db.reading() as conn:
                for cid in m.case_ids:
                    for rec in evidence_store.for_case(conn, cid):
                        self._known[(cid, rec.sha256)] = rec.evidence_id

    def finish(self) -> Staged:
        if self.error is not None:
            raise self.error
        self.tar.close()
        if self.staged is None or self._index - 2 != len(self.staged.manifest.files):
            raise TamperDetected("bundle", "files missing")
        self.staged.parts = dict(self.parts)
        return self.staged

    def abandon(self) -> None:
        if self._part is not None:
            self._part[2].close()
        for name, _key, _result in self.parts.values():
            self.vault.blobs.discard_part(name)
        self.parts.clear()


def read(vault: Vault, path: Path, *, passphrase: str | None = None, stage: bool = False,
         allow_unknown_signer: bool = True, allow_older: bool = True, progress: Progress = no_progress,
         cancel: Cancel | None = None) -> Staged:
    """Decrypt *path* and check the signature, the signer, replay, then every file's size and SHA-256.

    Raises :class:`NotARecipient`, :class:`TamperDetected`, :class:`UnknownSigner` (unless
    *allow_unknown_signer*), :class:`BundleReplayed` (a bundle seen before always; an older one unless
    *allow_older*), :class:`Cancelled`.  On any error the staged blobs are already removed.
    """
    path = Path(path)
    sealed_with_passphrase = needs_passphrase(path)
    reader = _Reader(vault, stage=stage, allow_unknown_signer=allow_unknown_signer, allow_older=allow_older,
                     progress=progress, cancel=cancel)
    try:
        try:
            if sealed_with_passphrase:
                if passphrase is None:
                    raise NotARecipient()
                _feed_passphrase(path, passphrase, reader)
            else:
                with open(path, "rb") as src:
                    age.decrypt_with(src, reader, [identity_service.ensure(vault).age_secret])
        except (TamperDetected, NotARecipient, OSError):
            if reader.error is not None:
                raise reader.error from None
            raise
        except Exception:
            if reader.error is not None:
                raise reader.error from None
            raise
        return reader.finish()
    except BaseException:
        reader.abandon()
        raise


def _feed_passphrase(path: Path, passphrase: str, reader: _Reader) -> None:
    size = path.stat().st_size
    if size > age.PASSPHRASE_MAX_BYTES + (1 << 20):
        raise BundleTooLarge(size, age.PASSPHRASE_MAX_BYTES)
    plain = memoryview(age.decrypt_passphrase(path.read_bytes(), passphrase))
    for i in range(0, len(plain), 1 << 20):
        reader.write(plain[i:i + (1 << 20)])


def discard(vault: Vault, staged: Staged) -> None:
    for name, _key, _result in staged.parts.values():
        vault.blobs.discard_part(name)
    staged.parts.clear()
