"""Sealed bundles: chosen cases with their evidence, in one standard age file (``docs/bundles.md``).

:func:`create` streams the signed tar (:mod:`.bundle_format`) straight into age encryption, so memory
stays flat whatever the evidence size.  :func:`read` decrypts and checks a bundle -- the manifest
signature, then every file's size and SHA-256 -- before anything is committed: evidence is
re-encrypted under fresh keys into ``.part`` blobs while it streams (never plaintext on disk) and
those are deleted if any check fails.  :func:`import_bundle` then merges record by record
(:mod:`.merge`) in one transaction, with the report in the audit trail.
"""

from __future__ import annotations

import io
import os
import threading
import uuid
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, BinaryIO

from app import crypto
from app.crypto import age
from app.domain import casefile
from app.domain.codec import encode
from app.domain.model import Case, EvidenceItem
from app.errors import (BundleReplayed, Cancelled, InputFileError, NotARecipient, StorageFull, TamperDetected,
                        UnknownSigner)
from app.services import cases as case_service
from app.services import contacts as contact_service
from app.services import evidence as evidence_service
from app.services import identity as identity_service
from app.services import media, sharing
from app.services.bundle_format import (END_OF_ARCHIVE, MANIFEST, MAX_MANIFEST, SIGNATURE, FileEntry, Manifest,
                                        MemberStream, member, padding, parse_manifest, read_exactly, safe_name,
                                        sign_manifest, tar_header)
from app.services.progress import Progress, no_progress
from app.services.vault import Vault
from app.storage import evidence as evidence_store
from app.storage import exchange as store
from app.storage.files import atomic_stream

SUFFIX = ".age"
HEAD_BYTES = 8192


# --- creating -----------------------------------------------------------------------------
@dataclass
class Created:
    bundle_id: str
    path: Path
    profile: str
    cases: list[str]
    evidence: int
    stripped: int
    bytes: int  # plaintext bytes of cases and evidence
    recipients: list[str]  # contact names ("passphrase" for a passphrase bundle)


@dataclass
class _Plan:
    entry: FileEntry
    data: bytes | None = None  # case files (small)
    blob: evidence_store.BlobRecord | None = None  # evidence, streamed from the vault
    strip: bool = False


def _strip_wanted(item: EvidenceItem, strip_metadata: bool | None, profile: str) -> bool:
    wanted = strip_metadata if strip_metadata is not None else profile != "full"
    return wanted and media.is_image(item.media_type)


def _plan(vault: Vault, case_ids: list[str], profile: str, person_ids: list[str] | None,
          strip_metadata: bool | None, now: str) -> tuple[list[_Plan], list[sharing.View]]:
    plans: list[_Plan] = []
    views: list[sharing.View] = []
    for cid in case_ids:
        view = sharing.disclosed(case_service.get_case(vault, cid), profile, person_ids)
        views.append(view)
        files: list[_Plan] = []
        for item in view.case.evidence:
            with vault.db.reading() as conn:
                rec = evidence_store.get(conn, item.id)
            if rec is None:
                continue  # an item without content: only its description travels
            strip = _strip_wanted(item, strip_metadata, profile)
            sha, size = rec.sha256, rec.size
            if strip:
                clean = _stripped(vault, item.id)
                if clean is None:
                    strip = False
                else:
                    sha, size = media.sha256(clean), len(clean)
                    item.sha256, item.size = sha, size  # the case file describes the copy it travels with
            path = f"evidence/{item.id}/{safe_name(item.file_name)}"
            files.append(_Plan(FileEntry(path, "evidence", cid, sha, size, item.id, item.file_name, strip,
                                         rec.sha256 if strip else ""), blob=rec, strip=strip))
        data = casefile.dumps([view.case], exported_at=now)
        plans.append(_Plan(FileEntry(f"cases/{cid}.json", "case", cid, media.sha256(data), len(data)), data=data))
        plans += files
    return plans, views


def _stripped(vault: Vault, evidence_id: str) -> bytes | None:
    try:
        return media.strip_image(evidence_service.read_bytes(vault, evidence_id))
    except ValueError:
        return None


class _Pull(io.RawIOBase):
    """A readable stream over a generator of byte strings; an exception inside the generator is kept
    (age's binding only sees an I/O error) and re-raised by :meth:`reraise`."""

    def __init__(self, chunks: Iterator[bytes]) -> None:
        self._chunks = chunks
        self._buf = b""
        self.error: BaseException | None = None

    def readable(self) -> bool:
        return True

    def readinto(self, b: Any) -> int:
        try:
            while not self._buf:
                self._buf = next(self._chunks)
        except StopIteration:
            return 0
        except BaseException as exc:
            self.error = exc
            raise
        n = min(len(b), len(self._buf))
        b[:n] = self._buf[:n]
        self._buf = self._buf[n:]
        return n

    def reraise(self) -> None:
        if self.error is not None:
            raise self.error


def _stream(vault: Vault, manifest: bytes, signature: bytes, plans: list[_Plan], mtime: int,
            progress: Progress, cancel: Any) -> Iterator[bytes]:
    total = sum(p.entry.size for p in plans)
    done = 0
    yield from member(MANIFEST, manifest, mtime)
    yield from member(SIGNATURE, signature, mtime)
    for p in plans:
        if cancel is not None and cancel():
            raise Cancelled()
        if p.data is not None:
            yield from member(p.entry.path, p.data, mtime)
            done += len(p.data)
            progress(done, total, "sealing")
            continue
        yield tar_header(p.entry.path, p.entry.size, mtime)
        sha = media.Hasher()
        for chunk in _evidence_chunks(vault, p):
            sha.update(chunk)
            done += len(chunk)
            yield chunk
            progress(done, total, "sealing")
            if cancel is not None and cancel():
                raise Cancelled()
        if sha.hexdigest() != p.entry.sha256:
            raise TamperDetected("blob", f"{p.entry.evidence_id}: SHA-256 mismatch")
        yield padding(p.entry.size)
    yield END_OF_ARCHIVE


def _evidence_chunks(vault: Vault, p: _Plan) -> Iterator[bytes]:
    assert p.blob is not None
    if p.strip:
        clean = _stripped(vault, p.entry.evidence_id)
        yield clean or b""
        return
    key = evidence_service.file_key(vault, p.blob)
    try:
        src = vault.blobs.open(p.blob.blob)
    except FileNotFoundError:
        raise TamperDetected("blob", f"{p.entry.evidence_id}: file missing") from None
    with src:
        reader = crypto.BlobReader(src, key)
        if reader.plaintext_size != p.blob.size:
            raise TamperDetected("blob", f"{p.entry.evidence_id}: size mismatch")
        for i in range(reader.chunk_count):
            yield reader.read_chunk(i)


def create(vault: Vault, case_idents: list[str], dest: Path, *, contacts: list[str] = (),  # type: ignore[assignment]
           passphrase: str | None = None, profile: str = "full", person_ids: list[str] | None = None,
           strip_metadata: bool | None = None, progress: Progress = no_progress, cancel: Any = None) -> Created:
    """Seal *case_idents* (with evidence) into *dest* for the *contacts* (ids, names or fingerprints),
    or for a *passphrase* -- not both (age does not mix a passphrase with other recipients).

    Evidence images lose their metadata unless the profile is ``full`` (override with
    *strip_metadata*).  The file appears complete or not at all; the export is audited per case.
    """
    if bool(passphrase) == bool(contacts):
        raise ValueError("give contacts or a passphrase, not both and not neither")
    if profile not in sharing.PROFILES:
        raise sharing.UnknownProfile(profile)
    ident = identity_service.ensure(vault)
    chosen = [contact_service.find(vault, c) for c in contacts]
    case_ids = list(dict.fromkeys(case_service.resolve(vault, c) for c in case_idents))
    now = vault.clock()
    plans, views = _plan(vault, case_ids, profile, person_ids, strip_metadata, now)
    with vault.db.transaction() as conn:
        seq = store.next_bundle_seq(conn)
    bundle_id = uuid.uuid4().hex
    manifest = Manifest(bundle_id, now, seq, ident.age_recipient, ident.sign_public, ident.fingerprint, profile,
                        tuple(c.fingerprint for c in chosen) if chosen else ("passphrase",),
                        tuple(p.entry for p in plans))
    data = manifest.to_bytes()
    signature = sign_manifest(data, ident.sign_secret)
    chunks = _stream(vault, data, signature, plans, 0, progress, cancel)
    dest = Path(dest)
    try:
        with atomic_stream(dest) as out:
            if passphrase:
                out.write(age.encrypt_passphrase(_collect(chunks), passphrase))
            else:
                pull = _Pull(chunks)
                try:
                    age.encrypt_to(pull, out, [c.age_recipient for c in chosen] + [ident.age_recipient])
                except Exception:
                    pull.reraise()
                    raise
    except FileNotFoundError as exc:
        raise InputFileError(str(dest.parent), "folder not found") from exc
    except (StorageFull, Cancelled, TamperDetected):
        raise
    except OSError as exc:
        raise InputFileError(str(dest), exc.strerror or "cannot write") from exc
    names = [c.name for c in chosen] or ["passphrase"]
    with vault.db.transaction() as conn:
        for view in views:
            vault.audit(conn, "export", "case", view.case.id,
                        {"bundle": bundle_id, "profile": profile, "to": [c.fingerprint[:16] for c in chosen]
                         or ["passphrase"]})
            store.put_base(conn, view.case.id, _base_json(view.case), now)
    evidence = [p for p in plans if p.entry.kind == "evidence"]
    return Created(bundle_id, dest, profile, case_ids, len(evidence), sum(p.strip for p in evidence),
                   manifest.total_bytes, names)


def _collect(chunks: Iterator[bytes]) -> bytes:
    buf = io.BytesIO()
    for c in chunks:
        buf.write(c)
        if buf.tell() > age.PASSPHRASE_MAX_BYTES:
            from app.errors import BundleTooLarge

            raise BundleTooLarge(buf.tell(), age.PASSPHRASE_MAX_BYTES)
    return buf.getvalue()


def _base_json(case: Case) -> str:
    from app.services.merge import canonical

    return canonical(encode(case))


# --- reading ------------------------------------------------------------------------------
def _head(path: Path) -> bytes:
    try:
        if path.is_dir():
            raise InputFileError(str(path), "is a folder")
        with open(path, "rb") as f:
            return f.read(HEAD_BYTES)
    except FileNotFoundError:
        raise InputFileError(str(path), "not found") from None
    except PermissionError:
        raise InputFileError(str(path), "permission denied") from None
    except OSError as exc:
        raise InputFileError(str(path), exc.strerror or "unreadable") from None


def needs_passphrase(path: Path) -> bool:
    """Whether the bundle is sealed with a passphrase (asked before :func:`read`)."""
    head = _head(Path(path))
    if not age.is_age_file(head):
        raise TamperDetected("bundle", "not an age file")
    return "scrypt" in age.stanza_kinds(head)


class _Decrypting:
    """The decrypted tar stream of a bundle file.  X25519: age decrypts on a worker thread into a pipe
    (flat memory); passphrase: in memory.  :meth:`finish` raises what the decryption found."""

    def __init__(self, path: Path, secret: str, passphrase: str | None) -> None:
        self.error: BaseException | None = None
        self._thread: threading.Thread | None = None
        if passphrase is not None:
            size = path.stat().st_size
            if size > age.PASSPHRASE_MAX_BYTES + (1 << 20):
                from app.errors import BundleTooLarge

                raise BundleTooLarge(size, age.PASSPHRASE_MAX_BYTES)
            self.stream: BinaryIO = io.BytesIO(age.decrypt_passphrase(path.read_bytes(), passphrase))
            return
        rfd, wfd = os.pipe()
        self.stream = open(rfd, "rb", buffering=1 << 20)
        src = open(path, "rb")

        def run() -> None:
            try:
                with src, open(wfd, "wb", buffering=1 << 20) as sink:
                    age.decrypt_with(src, sink, [secret])
            except BaseException as exc:  # noqa: BLE001 -- handed to the reading thread
                self.error = exc

        self._thread = threading.Thread(target=run, name="bundle-decrypt", daemon=True)
        self._thread.start()

    def finish(self) -> None:
        """Wait for the decryption to end; raise its error (a payload chunk that failed, truncation)."""
        if self._thread is not None:
            rest = self.stream.read(1 << 16)
            while rest:  # drain: age authenticates the last chunk only when it is read
                rest = self.stream.read(1 << 16)
            self._thread.join()
        self._raise()

    def _raise(self) -> None:
        err = self.error
        if err is None:
            return
        if isinstance(err, (NotARecipient, TamperDetected)):
            raise err
        if isinstance(err, (BrokenPipeError,)):
            return
        raise TamperDetected("bundle", "payload failed authentication or is truncated") from err

    def close(self) -> None:
        self.stream.close()  # a writer still running gets EPIPE and stops
        if self._thread is not None:
            self._thread.join()


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
    cases: list[Case]
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


def _check_replay(vault: Vault, m: Manifest) -> str:
    with vault.db.reading() as conn:
        if store.bundle_seen(conn, m.bundle_id):
            return "seen"
        if m.sequence <= store.last_sequence(conn, m.sender_fingerprint):
            return "older"
    return ""


def _known_hashes(vault: Vault, case_ids: list[str]) -> dict[tuple[str, str], str]:
    """(case id, sha256) -> evidence id of the vault's evidence with content, for deduplication."""
    out: dict[tuple[str, str], str] = {}
    with vault.db.reading() as conn:
        for cid in case_ids:
            for rec in evidence_store.for_case(conn, cid):
                out[(cid, rec.sha256)] = rec.evidence_id
    return out


def read(vault: Vault, path: Path, *, passphrase: str | None = None, stage: bool = False,
         allow_unknown_signer: bool = True, allow_older: bool = True, progress: Progress = no_progress,
         cancel: Any = None) -> Staged:
    """Decrypt *path* and check the signature, then every file's size and SHA-256.

    With *stage*, evidence the vault lacks is re-encrypted into ``.part`` blobs (the caller publishes
    or discards them); otherwise nothing at all is written.  Raises :class:`NotARecipient`,
    :class:`TamperDetected`, :class:`UnknownSigner` or :class:`BundleReplayed` (per the flags).
    """
    path = Path(path)
    needs_passphrase(path)
    secret = identity_service.ensure(vault).age_secret
    payload = _Decrypting(path, secret, passphrase)
    staged: Staged | None = None
    try:
        try:
            members = MemberStream(payload.stream)
            manifest_bytes = members.read_small(MANIFEST, MAX_MANIFEST)
            signature = members.read_small(SIGNATURE, 4096)
        except TamperDetected:
            payload.finish()  # an age error (not for us, damaged) explains a broken stream best
            raise
        m = parse_manifest(manifest_bytes, signature)
        signer = _signer(vault, m)
        if signer.status == "unknown" and not allow_unknown_signer:
            raise UnknownSigner(m.sender_fingerprint)
        replay = _check_replay(vault, m) if signer.status != "self" else ""
        if replay and not (allow_older and replay == "older"):
            raise BundleReplayed(m.bundle_id, replay)
        staged = Staged(m, signer, [])
        known = _known_hashes(vault, m.case_ids) if stage else {}
        done = 0
        for entry in m.files:
            got = members.next()
            if got is None or got[0].name != entry.path or got[0].size != entry.size:
                raise TamperDetected("bundle", f"{entry.path}: missing or wrong size")
            if entry.kind == "case":
                data = read_exactly(got[1], entry.size)
                if media.sha256(data) != entry.sha256:
                    raise TamperDetected("bundle", f"{entry.path}: SHA-256 mismatch")
                cases = casefile.loads(data, entry.path)
                if len(cases) != 1 or cases[0].id != entry.case_id:
                    raise TamperDetected("bundle", f"{entry.path}: not the case the manifest names")
                staged.cases.append(cases[0])
            elif stage and (entry.case_id, entry.sha256) not in known:
                staged.parts[entry.evidence_id] = _stage_evidence(vault, got[1], entry, progress, done, m, cancel)
            else:
                if stage:
                    staged.duplicates.append(entry.evidence_id)
                _drain_checked(got[1], entry, cancel)
            done += entry.size
            progress(done, m.total_bytes, "checking")
            if cancel is not None and cancel():
                raise Cancelled()
        if members.next() is not None:
            raise TamperDetected("bundle", "files not listed in the manifest")
        payload.finish()
        return staged
    except BaseException:
        if staged is not None:
            discard(vault, staged)
        try:
            payload.finish()
        except (TamperDetected, NotARecipient) as age_error:
            payload.close()
            raise age_error from None
        except BaseException:  # noqa: BLE001 -- the original error is the one to report
            pass
        raise
    finally:
        payload.close()


def _drain_checked(handle: Any, entry: FileEntry, cancel: Any) -> None:
    sha = media.Hasher()
    left = entry.size
    while left:
        chunk = handle.read(min(left, 1 << 20))
        if not chunk:
            raise TamperDetected("bundle", f"{entry.path}: truncated")
        sha.update(chunk)
        left -= len(chunk)
        if cancel is not None and cancel():
            raise Cancelled()
    if sha.hexdigest() != entry.sha256:
        raise TamperDetected("bundle", f"{entry.path}: SHA-256 mismatch")


def _stage_evidence(vault: Vault, handle: Any, entry: FileEntry, progress: Progress, done: int, m: Manifest,
                    cancel: Any) -> tuple[str, bytes, Any]:
    name = vault.blobs.new_name()
    key = crypto.random_key()
    out = vault.blobs.create_part(name)
    try:
        result = crypto.encrypt_stream(handle, out, key, progress=lambda d: progress(done + d, m.total_bytes,
                                                                                     "checking"), cancel=cancel)
        if result.size != entry.size or result.sha256 != entry.sha256:
            raise TamperDetected("bundle", f"{entry.path}: SHA-256 mismatch")
        vault.blobs.seal_part(out)
        return name, key, result
    except BaseException:
        vault.blobs.discard_part(name, out)
        raise


def discard(vault: Vault, staged: Staged) -> None:
    for name, _key, _result in staged.parts.values():
        vault.blobs.discard_part(name)
    staged.parts.clear()
