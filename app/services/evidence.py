"""Evidence: encrypt files into the vault, read them back, export copies, crypto-erase.

Each file gets a random 256-bit key, wrapped (AES-256-GCM) with the vault's
blob key-wrapping key and stored in the database; the content is encrypted
in 64 KiB authenticated chunks into ``blobs/<random name>`` while its SHA-256
is computed in the same pass.  Deleting the database row destroys the only
copy of the wrapped key.
"""

from __future__ import annotations

import copy
import errno
import io
import mimetypes
from dataclasses import dataclass
from pathlib import Path

from app import crypto
from app.domain import filenames
from app.domain.dates import PartialDate
from app.domain.model import EvidenceItem, new_id
from app.errors import InputFileError, NotFound, StorageFull, TamperDetected, VaultCorrupted
from app.services import cases as case_service
from app.services.progress import Cancel, Progress, no_progress
from app.services.vault import Vault
from app.services.figures import facts as figure_facts
from app.storage import cases as case_store
from app.storage import evidence as store
from app.storage.evidence import BlobRecord
from app.storage.files import atomic_file


@dataclass
class EvidenceMeta:
    """What the user says about a file when attaching it."""

    description: str = ""
    kind: str = "documentary"
    source: str = ""
    date: PartialDate | None = None
    confidential: bool = False


def _aad(evidence_id: str) -> bytes:
    return b"recourse/v1/evidence-key:" + evidence_id.encode("ascii")


def _open_input(path: Path):  # type: ignore[no-untyped-def]
    try:
        if path.is_dir():
            raise InputFileError(str(path), "is a folder")
        return open(path, "rb")
    except FileNotFoundError as exc:
        raise InputFileError(str(path), "not found") from exc
    except PermissionError as exc:
        raise InputFileError(str(path), "permission denied") from exc
    except OSError as exc:
        raise InputFileError(str(path), exc.strerror or "unreadable") from exc


class _Source:
    """The user's file: read errors name it (InputFileError); write errors are the vault's."""

    def __init__(self, handle, path: Path) -> None:  # type: ignore[no-untyped-def]
        self._f = handle
        self._path = path

    def _fail(self, exc: OSError) -> InputFileError:
        return InputFileError(str(self._path), exc.strerror or "read failed")

    def readinto(self, buffer) -> int:  # type: ignore[no-untyped-def]
        try:
            return self._f.readinto(buffer)
        except OSError as exc:
            raise self._fail(exc) from exc

    def read(self, size: int = -1) -> bytes:
        try:
            return self._f.read(size)
        except OSError as exc:
            raise self._fail(exc) from exc


def attach(vault: Vault, case_ident: str, path: Path, meta: EvidenceMeta | None = None, *,
           progress: Progress = no_progress, cancel: Cancel | None = None,
           content: bytes | None = None) -> EvidenceItem:
    """Encrypt *path* into the vault and add an evidence item to the case.

    With *content* (e.g. a photo stripped of its metadata, held in memory), those bytes are
    stored under *path*'s name instead of the file's: nothing is written outside the vault.
    All or nothing: on cancel, a full disk or any error, the partial blob is
    removed and the case is unchanged.
    """
    meta = meta or EvidenceMeta()
    case_id = case_service.resolve(vault, case_ident)
    path = Path(path)
    if content is not None:
        total = len(content)
    else:
        total = path.stat().st_size if path.is_file() else 0
    evidence_id = new_id()
    file_key = crypto.random_key()
    name = vault.blobs.new_name()
    src = io.BytesIO(content) if content is not None else _open_input(path)
    out = None
    try:
        with src:
            out = vault.blobs.create_part(name)
            result = crypto.encrypt_stream(_Source(src, path), out, file_key,  # type: ignore[arg-type]
                                           progress=progress, cancel=cancel, total=total)
            vault.blobs.publish(name, out)
    except OSError as exc:  # writing into the vault failed
        vault.blobs.discard_part(name, out)
        if exc.errno in (errno.ENOSPC, errno.EDQUOT):
            raise StorageFull() from exc
        raise VaultCorrupted("blobs", exc.strerror or "cannot write") from exc
    except BaseException:
        vault.blobs.discard_part(name, out)
        raise
    item = EvidenceItem(id=evidence_id, file_name=filenames.clean(path.name),
                        media_type=mimetypes.guess_type(path.name)[0] or "application/octet-stream",
                        size=result.size, sha256=result.sha256, date=meta.date, kind=meta.kind,
                        source=meta.source, description=meta.description, confidential=meta.confidential)
    wrapped = crypto.wrap_key(vault.keys.blob_wrapping, file_key, _aad(evidence_id))
    try:
        with vault.db.transaction() as conn:
            case = case_store.get(conn, case_id)
            if case is None:
                raise NotFound("case", case_ident)
            case.evidence.append(item)
            case.updated_at = vault.clock()
            figure_facts.store_case(conn, case)
            store.add(conn, BlobRecord(evidence_id, case_id, name, wrapped, result.sha256, result.size,
                                       result.stored_size, vault.clock()))
            vault.audit(conn, "attach", "evidence", evidence_id, {"case": case_id})
    except BaseException:
        vault.blobs.remove(name)
        raise
    return item


def _record(vault: Vault, evidence_id: str) -> BlobRecord:
    with vault.db.reading() as conn:
        rec = store.get(conn, evidence_id)
    if rec is None:
        raise NotFound("evidence", evidence_id)
    return rec


def _file_key(vault: Vault, rec: BlobRecord) -> bytes:
    try:
        return crypto.unwrap_key(vault.keys.blob_wrapping, rec.wrapped_key, _aad(rec.evidence_id))
    except Exception as exc:  # WrongPassphrase from unwrap: here it means the row was altered
        raise TamperDetected("evidence key", rec.evidence_id) from exc


def file_key(vault: Vault, rec: BlobRecord) -> bytes:
    """The unwrapped key of an evidence blob (bundles stream it chunk by chunk)."""
    return _file_key(vault, rec)


def wrap_file_key(vault: Vault, evidence_id: str, key: bytes) -> bytes:
    """Wrap an evidence file key for the ``evidence_blobs`` row (bundle import stages blobs itself)."""
    return crypto.wrap_key(vault.keys.blob_wrapping, key, _aad(evidence_id))


def has_content(vault: Vault, evidence_id: str) -> bool:
    with vault.db.reading() as conn:
        return store.get(conn, evidence_id) is not None


def read_bytes(vault: Vault, evidence_id: str, *, max_size: int = 256 * 1024 * 1024) -> bytes:
    """Decrypt into memory (previews).  Never writes plaintext to disk."""
    rec = _record(vault, evidence_id)
    key = _file_key(vault, rec)
    try:
        with vault.blobs.open(rec.blob) as src:
            data = crypto.decrypt_to_bytes(src, key, max_size=max_size)
    except FileNotFoundError as exc:
        raise TamperDetected("blob", f"{rec.evidence_id}: file missing") from exc
    if len(data) != rec.size:
        raise TamperDetected("blob", f"{rec.evidence_id}: size mismatch")
    return data


def export_copy(vault: Vault, evidence_id: str, dest: Path, *, progress: Progress = no_progress,
                cancel: Cancel | None = None) -> Path:
    """Decrypt a copy to *dest*: written under a temporary name, checked, then renamed.

    A blob that fails authentication or whose SHA-256 differs from the recorded
    one never appears under *dest*.
    """
    rec = _record(vault, evidence_id)
    key = _file_key(vault, rec)
    dest = Path(dest)
    try:
        with vault.blobs.open(rec.blob) as src, atomic_file(dest) as out:
            result = crypto.decrypt_stream(src, out, key, progress=progress, cancel=cancel, total=rec.size)
            if result.sha256 != rec.sha256:  # raised inside: nothing appears under dest
                raise TamperDetected("blob", f"{evidence_id}: SHA-256 mismatch")
    except FileNotFoundError as exc:
        if not vault.blobs.path(rec.blob).exists():
            raise TamperDetected("blob", f"{evidence_id}: file missing") from exc
        raise InputFileError(str(dest.parent), "folder not found") from exc
    except OSError as exc:
        raise InputFileError(str(dest), exc.strerror or "cannot write") from exc
    with vault.db.transaction() as conn:
        vault.audit(conn, "export", "evidence", evidence_id)
    return dest


def remove(vault: Vault, case_ident: str, evidence_id: str) -> None:
    """Remove an evidence item and crypto-erase its content."""
    case_id = case_service.resolve(vault, case_ident)
    with vault.db.transaction() as conn:
        case = case_store.get(conn, case_id)
        if case is None or case.evidence_item(evidence_id) is None:
            raise NotFound("evidence", evidence_id)
        rec = store.get(conn, evidence_id)
        case = copy.deepcopy(case)
        case.evidence = [e for e in case.evidence if e.id != evidence_id]
        case.updated_at = vault.clock()
        figure_facts.store_case(conn, case)
        store.delete(conn, evidence_id)
        vault.audit(conn, "delete", "evidence", evidence_id, {"case": case_id})
    if rec is not None:
        vault.blobs.remove(rec.blob)
