"""Encrypted backups: the whole vault as ONE self-contained file.

Framing (all integers big-endian; see docs/vault-format.md §8)::

    file     = preamble ‖ member_0 ‖ … ‖ member_{n-1} ‖ manifest ‖ trailer
    preamble = "RCBACKUP" ‖ 0x01 (format version) ‖ 7 zero bytes            16 bytes
    member   = the exact bytes of one vault file: vault.header, vault.db, blobs/<name>
    manifest = canonical JSON (sorted keys, no spaces, UTF-8), at most 64 MiB
    trailer  = manifest length (u32) ‖ "RCBKEND" ‖ 0x01                      12 bytes

The manifest lists every member with its name, offset, size and SHA-256 and is
MACed (HMAC-SHA256) with a key derived from the vault's master key
(HKDF of the header-MAC sub-key, label "recourse/v1/backup-mac").  The content
is already encrypted (SQLCipher pages, encrypted blobs; the header holds only
wrapped keys), so the backup adds no plaintext and needs the vault passphrase
(or recovery key) to verify or restore.  Anyone holding the file learns what
the vault folder itself shows: the number and sizes of evidence files.

``create`` takes a consistent snapshot: it checkpoints the WAL into the
database, then holds the write lock while it copies the database and the
blobs that records point to (orphan blobs are left out).  ``restore`` writes
into a hidden temporary folder beside the destination, checks every hash,
opens the vault and runs the full ``verify``, and only then renames the folder
into place: a damaged backup is never half-restored.
"""

from __future__ import annotations

import errno
import hashlib
import json
import os
import re
import secrets
import shutil
import struct
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any, BinaryIO

from app import crypto
from app.domain.dates import utc_now
from app.errors import (Cancelled, InputFileError, StorageFull, TamperDetected, UnsupportedVersion,
                        VaultCorrupted, VaultExists)
from app.services.progress import Cancel, Progress, no_progress
from app.services.vault import Vault, derive_master
from app.storage.files import atomic_file, create_private, fsync_dir
from app.storage.header import HEADER_NAME, Header, canonical, parse_file

MAGIC = b"RCBACKUP"
VERSION = 1
PREAMBLE = MAGIC + bytes([VERSION]) + bytes(7)
TRAILER_MAGIC = b"RCBKEND\x01"
TRAILER_LEN = 4 + len(TRAILER_MAGIC)
MAX_MANIFEST = 64 * 1024 * 1024
FORMAT = "recourse-backup"
DB_NAME = "vault.db"
_BLOB_RE = re.compile(r"blobs/[0-9a-f]{32}")
_HEX64 = re.compile(r"[0-9a-f]{64}")
_BUF = 1 << 20


@dataclass(frozen=True)
class Member:
    name: str
    offset: int
    size: int
    sha256: str


@dataclass
class Manifest:
    vault_id: str
    created_at: str
    members: list[Member]
    mac: bytes

    def body(self) -> bytes:
        return canonical(_body_dict(self.vault_id, self.created_at, self.members))

    @property
    def total(self) -> int:
        return sum(m.size for m in self.members)


@dataclass(frozen=True)
class BackupInfo:
    path: Path
    vault_id: str
    created_at: str
    members: int
    evidence_files: int
    size: int


def _body_dict(vault_id: str, created_at: str, members: list[Member]) -> dict[str, Any]:
    return {"format": FORMAT, "version": VERSION, "vault_id": vault_id, "created_at": created_at,
            "members": [{"name": m.name, "offset": m.offset, "size": m.size, "sha256": m.sha256}
                        for m in members]}


def _mac(keys: crypto.SubKeys, body: bytes) -> bytes:
    return crypto.hmac_sha256(crypto.backup_mac_key(keys), body)


def _check_cancel(cancel: Cancel | None) -> None:
    if cancel is not None and cancel():
        raise Cancelled()


# --- parsing (untrusted input) -------------------------------------------------------------
def _bad(detail: str) -> VaultCorrupted:
    return VaultCorrupted("backup", detail)


def parse_manifest(data: bytes, file_size: int) -> Manifest:
    """Check the manifest's structure against the file size.  VaultCorrupted / UnsupportedVersion only."""
    try:
        doc = json.loads(data.decode("utf-8"))
    except (UnicodeDecodeError, ValueError, RecursionError):
        raise _bad("manifest is not valid JSON") from None
    if not isinstance(doc, dict) or doc.get("format") != FORMAT:
        raise _bad("not a Recourse backup")
    if doc.get("version") != VERSION:
        raise UnsupportedVersion("backup", doc.get("version"), [VERSION])
    vault_id, created, raw_members, mac = (doc.get("vault_id"), doc.get("created_at"), doc.get("members"),
                                           doc.get("mac"))
    if not isinstance(vault_id, str) or not isinstance(created, str) or not isinstance(raw_members, list) \
            or not isinstance(mac, str):
        raise _bad("missing or malformed field")
    try:
        mac_bytes = bytes.fromhex(mac)
    except ValueError:
        raise _bad("mac is not hex") from None
    members: list[Member] = []
    offset = len(PREAMBLE)
    seen: set[str] = set()
    for raw in raw_members:
        if not isinstance(raw, dict):
            raise _bad("member is not an object")
        name, m_off, size, sha = raw.get("name"), raw.get("offset"), raw.get("size"), raw.get("sha256")
        if not isinstance(name, str) or not (name in (HEADER_NAME, DB_NAME) or _BLOB_RE.fullmatch(name)):
            raise _bad("bad member name")
        if name in seen:
            raise _bad("duplicate member")
        seen.add(name)
        if type(m_off) is not int or type(size) is not int or size < 0 or m_off != offset:
            raise _bad("bad member offset or size")
        if not isinstance(sha, str) or not _HEX64.fullmatch(sha):
            raise _bad("bad member hash")
        members.append(Member(name, m_off, size, sha))
        offset += size
    if not members or members[0].name != HEADER_NAME or DB_NAME not in seen:
        raise _bad("header or database missing")
    if offset + len(data) + TRAILER_LEN != file_size:
        raise _bad("members do not fill the file")
    return Manifest(vault_id, created, members, mac_bytes)


def read_manifest(src: BinaryIO) -> Manifest:
    """Read preamble, trailer and manifest of an open backup file (structure only, nothing authenticated)."""
    size = src.seek(0, os.SEEK_END)
    if size < len(PREAMBLE) + TRAILER_LEN:
        raise _bad("too short")
    src.seek(0)
    pre = src.read(len(PREAMBLE))
    if pre[:len(MAGIC)] != MAGIC:
        raise _bad("not a Recourse backup")
    if pre[len(MAGIC)] != VERSION:
        raise UnsupportedVersion("backup", pre[len(MAGIC)], [VERSION])
    if pre != PREAMBLE:
        raise _bad("bad preamble")
    src.seek(size - TRAILER_LEN)
    trailer = src.read(TRAILER_LEN)
    if len(trailer) != TRAILER_LEN or trailer[4:] != TRAILER_MAGIC:
        raise _bad("bad trailer (truncated?)")
    (mlen,) = struct.unpack(">I", trailer[:4])
    if mlen > MAX_MANIFEST or mlen > size - len(PREAMBLE) - TRAILER_LEN:
        raise _bad("bad manifest length")
    src.seek(size - TRAILER_LEN - mlen)
    return parse_manifest(src.read(mlen), size)


def parse(data: bytes) -> Manifest:
    """Structure check of a whole backup held in memory (fuzzing entry point)."""
    import io

    return read_manifest(io.BytesIO(data))


def _open_backup(path: Path) -> BinaryIO:
    path = Path(path)
    try:
        if path.is_dir():
            raise InputFileError(str(path), "is a folder")
        return open(path, "rb")
    except FileNotFoundError:
        raise InputFileError(str(path), "not found") from None
    except PermissionError:
        raise InputFileError(str(path), "permission denied") from None


def _read_member(src: BinaryIO, m: Member, limit: int | None = None) -> bytes:
    src.seek(m.offset)
    data = src.read(m.size if limit is None else min(m.size, limit))
    return data


def _authenticate(src: BinaryIO, passphrase: str | None, recovery_key: bytes | None = None
                  ) -> tuple[Manifest, Header, bytes]:
    """Manifest structure, header member hash, passphrase, header MAC, manifest MAC.  Returns master key."""
    manifest = read_manifest(src)
    head = manifest.members[0]
    if head.size > 64 * 1024:
        raise _bad("header member too large")
    raw = _read_member(src, head)
    if hashlib.sha256(raw).hexdigest() != head.sha256:
        raise TamperDetected("backup", "vault.header differs from its recorded hash")
    header = parse_file(raw).header
    if header.vault_id != manifest.vault_id:
        raise TamperDetected("backup", "manifest and header belong to different vaults")
    if recovery_key is not None:
        from app.services.recovery import master_from_recovery

        master = master_from_recovery(header, recovery_key)
    else:
        master = derive_master(header, passphrase or "")
    keys = crypto.derive_subkeys(master)
    if not crypto.constant_time_equal(crypto.hmac_sha256(keys.header_mac, header.body()), header.mac):
        raise TamperDetected("backup", "header MAC mismatch")
    if not crypto.constant_time_equal(_mac(keys, manifest.body()), manifest.mac):
        raise TamperDetected("backup", "manifest MAC mismatch")
    return manifest, header, master


def _stream_member(src: BinaryIO, m: Member, sink: BinaryIO | None, progress: Callable[[int], None],
                   cancel: Cancel | None) -> None:
    src.seek(m.offset)
    h = hashlib.sha256()
    left = m.size
    while left:
        _check_cancel(cancel)
        chunk = src.read(min(left, _BUF))
        if not chunk:
            raise TamperDetected("backup", f"{m.name}: truncated")
        h.update(chunk)
        if sink is not None:
            sink.write(chunk)
        left -= len(chunk)
        progress(len(chunk))
    if h.hexdigest() != m.sha256:
        raise TamperDetected("backup", f"{m.name}: content differs from its recorded hash")


def _info(path: Path, manifest: Manifest) -> BackupInfo:
    return BackupInfo(Path(path), manifest.vault_id, manifest.created_at, len(manifest.members),
                      sum(1 for m in manifest.members if m.name.startswith("blobs/")),
                      manifest.total)


# --- create -------------------------------------------------------------------------------
def create(vault: Vault, dest: Path, progress: Progress = no_progress, cancel: Cancel | None = None) -> BackupInfo:
    """Write a backup of the unlocked *vault* to *dest* (a new file; 0600; temp name then rename).

    Raises VaultExists if *dest* exists, StorageFull on a full disk, Cancelled;
    in every failure case nothing is left at *dest* or under a temporary name.
    """
    dest = Path(dest)
    if dest.exists():
        raise VaultExists(str(dest))
    if not dest.parent.is_dir():
        raise InputFileError(str(dest.parent), "folder not found")
    wal = vault.folder / f"{DB_NAME}-wal"
    for attempt in range(20):
        vault.db.checkpoint()
        try:
            return _create_locked(vault, dest, wal, progress, cancel)
        except _WalNotEmpty:
            import time

            time.sleep(0.05 * (attempt + 1))
    raise VaultCorrupted("database", "busy: another program keeps writing; close it and try again")


class _WalNotEmpty(Exception):
    pass


def _create_locked(vault: Vault, dest: Path, wal: Path, progress: Progress,
                   cancel: Cancel | None) -> BackupInfo:
    try:
        # the file is renamed into place only after the transaction (and its audit entry) committed
        with atomic_file(dest) as out, vault.db.transaction() as conn:  # the write lock: nothing changes
            if wal.exists() and wal.stat().st_size:  # a writer slipped in, or a reader blocked the checkpoint
                raise _WalNotEmpty()
            blobs = sorted({r[0] for r in conn.execute("SELECT blob FROM evidence_blobs")})
            names = [HEADER_NAME, DB_NAME] + [f"blobs/{b}" for b in blobs]
            paths = [vault.folder / HEADER_NAME, vault.folder / DB_NAME] + [vault.blobs.path(b) for b in blobs]
            try:
                sizes = [p.stat().st_size for p in paths]
            except FileNotFoundError as exc:
                raise TamperDetected("blob", "file missing; run verify") from exc
            total = sum(sizes)
            done = 0
            members: list[Member] = []
            out.write(PREAMBLE)
            offset = len(PREAMBLE)
            for name, path in zip(names, paths):
                h = hashlib.sha256()
                size = 0
                with open(path, "rb") as src:
                    while True:
                        _check_cancel(cancel)
                        chunk = src.read(_BUF)
                        if not chunk:
                            break
                        h.update(chunk)
                        out.write(chunk)
                        size += len(chunk)
                        done += len(chunk)
                        progress(done, total, "backup")
                members.append(Member(name, offset, size, h.hexdigest()))
                offset += size
            created = utc_now()
            body = canonical(_body_dict(vault.header.vault_id, created, members))
            doc = json.loads(body)
            doc["mac"] = _mac(vault.keys, body).hex()
            manifest_bytes = canonical(doc)
            out.write(manifest_bytes)
            out.write(struct.pack(">I", len(manifest_bytes)) + TRAILER_MAGIC)
            vault.audit(conn, "backup", "vault", vault.header.vault_id, {"members": len(members)})
    except (_WalNotEmpty, StorageFull):
        raise
    except OSError as exc:
        raise InputFileError(str(dest), exc.strerror or "cannot write") from exc
    return BackupInfo(dest, vault.header.vault_id, created, len(members), len(blobs), total)


# --- verify ---------------------------------------------------------------------------------
def is_backup(path: Path) -> bool:
    """Whether *path* is a file that starts like a Recourse backup (its magic; nothing is checked)."""
    try:
        with open(path, "rb") as f:
            return f.read(len(MAGIC)) == MAGIC
    except OSError:
        return False


def verify(path: Path, passphrase: str | None, progress: Progress = no_progress, cancel: Cancel | None = None, *,
           recovery_key: bytes | None = None) -> BackupInfo:
    """Check a backup without restoring it: structure, passphrase, header and manifest MACs, every hash.

    Raises InputFileError, VaultCorrupted("backup", …), UnsupportedVersion,
    WrongPassphrase, TamperDetected("backup", …), Cancelled.
    """
    with _open_backup(path) as src:
        manifest, _, _ = _authenticate(src, passphrase, recovery_key)
        total, done = manifest.total, 0

        def tick(n: int) -> None:
            nonlocal done
            done += n
            progress(done, total, "verifying")

        for m in manifest.members:
            _stream_member(src, m, None, tick, cancel)
    return _info(path, manifest)


# --- restore --------------------------------------------------------------------------------
def restore(path: Path, dest_folder: Path, passphrase: str | None, progress: Progress = no_progress,
            cancel: Cancel | None = None, *, recovery_key: bytes | None = None) -> BackupInfo:
    """Restore the backup at *path* into the NEW folder *dest_folder*.

    Everything is written into a hidden temporary folder beside it, checked
    (hashes, then the restored vault is opened and fully verified), and only
    then renamed into place.  On any error the temporary folder is removed and
    *dest_folder* does not exist.  With *recovery_key* (32 bytes) instead of a
    passphrase, the backup's recovery slot is used (then reset the passphrase of
    the restored vault with ``recovery.reset_passphrase``).
    """
    from app.services.verify import verify as verify_vault

    dest_folder = Path(dest_folder)
    if dest_folder.exists():
        raise VaultExists(str(dest_folder))
    if not dest_folder.parent.is_dir():
        raise InputFileError(str(dest_folder.parent), "folder not found")
    tmp = dest_folder.with_name(f".{dest_folder.name}.restore-{secrets.token_hex(16)}")
    with _open_backup(path) as src:
        manifest, header, master = _authenticate(src, passphrase, recovery_key)
        total, done = manifest.total, 0

        def tick(n: int) -> None:
            nonlocal done
            done += n
            progress(done, total, "restoring")

        try:
            tmp.mkdir(mode=0o700)
            (tmp / "blobs").mkdir(mode=0o700)
            for m in manifest.members:
                fd = create_private(tmp / m.name)
                with os.fdopen(fd, "wb") as out:
                    _stream_member(src, m, out, tick, cancel)
                    out.flush()
                    os.fsync(out.fileno())
            fsync_dir(tmp / "blobs")
            fsync_dir(tmp)
            vault = Vault.open(tmp, header, master)
            try:
                report = verify_vault(vault, cancel=cancel)
            finally:
                vault.lock()
            if not report.ok:
                failed = [c.name for c in report.checks if not c.ok]
                raise TamperDetected("backup", "restored vault fails verify: " + ", ".join(failed))
            for extra in ("vault.db-wal", "vault.db-shm"):
                (tmp / extra).unlink(missing_ok=True)
            if dest_folder.exists():
                raise VaultExists(str(dest_folder))
            os.rename(tmp, dest_folder)
            fsync_dir(dest_folder.parent)
        except OSError as exc:
            shutil.rmtree(tmp, ignore_errors=True)
            if exc.errno in (errno.ENOSPC, errno.EDQUOT):
                raise StorageFull() from exc
            raise InputFileError(str(dest_folder), exc.strerror or "cannot write") from exc
        except BaseException:
            shutil.rmtree(tmp, ignore_errors=True)
            raise
    return _info(path, manifest)
