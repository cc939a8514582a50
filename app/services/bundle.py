"""Sealed bundles: chosen cases with their evidence, in one standard age file (``docs/bundles.md``).

:func:`create` streams the signed tar (:mod:`.bundle_format`) straight into age encryption, so memory
stays flat whatever the evidence size.  Reading and checking a bundle is :mod:`.bundle_read`; merging
it into the vault is :mod:`.bundle_import`.
"""

from __future__ import annotations

import io
import uuid
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from app import crypto
from app.crypto import age
from app.domain import casefile
from app.domain.codec import encode
from app.domain.model import Case, EvidenceItem
from app.errors import BundleTooLarge, Cancelled, InputFileError, StorageFull, TamperDetected, UnknownProfile
from app.services import cases as case_service
from app.services import contacts as contact_service
from app.services import evidence as evidence_service
from app.services import identity as identity_service
from app.services import media, sharing
from app.services.bundle_format import (END_OF_ARCHIVE, MANIFEST, SIGNATURE, FileEntry, Manifest, member, padding,
                                        safe_name, sign_manifest, tar_header)
from app.services.progress import Cancel, Progress, no_progress
from app.services.vault import Vault
from app.storage import evidence as evidence_store
from app.storage import exchange as store
from app.storage.files import atomic_stream


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
            progress: Progress, cancel: Cancel | None) -> Iterator[bytes]:
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
           strip_metadata: bool | None = None, progress: Progress = no_progress, cancel: Cancel | None = None) -> Created:
    """Seal *case_idents* (with evidence) into *dest* for the *contacts* (ids, names or fingerprints),
    or for a *passphrase* -- not both (age does not mix a passphrase with other recipients).

    Evidence images lose their metadata unless the profile is ``full`` (override with
    *strip_metadata*).  The file appears complete or not at all; the export is audited per case.
    """
    if bool(passphrase) == bool(contacts):
        raise ValueError("give contacts or a passphrase, not both and not neither")
    if profile not in sharing.PROFILES:
        raise UnknownProfile(profile)
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
            raise BundleTooLarge(buf.tell(), age.PASSPHRASE_MAX_BYTES)
    return buf.getvalue()


def _base_json(case: Case) -> str:
    from app.services.merge import canonical

    return canonical(encode(case))
