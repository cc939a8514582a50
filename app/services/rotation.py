"""Rotate the master key: after it, an old header (carved from free blocks, kept in a copy) opens
nothing that exists now.

Changing the passphrase only re-wraps the master key, so a header saved before the change still
unwraps the same master key with the old passphrase -- and that key opens the current database.
``rotate_master_key`` draws a NEW master key and:

1. exports the database into ``vault.db.rotate`` keyed with the new database sub-key
   (``sqlcipher_export``), re-wraps every evidence file key with the new key-wrapping sub-key, keeps
   the earlier audit-MAC key inside the new database (so the old audit entries still verify) and
   appends a ``rotate-master-key`` audit entry -- all in the new file, ``fsync``ed;
2. writes the new header (new passphrase slot; the recovery slot is dropped: it wraps the old
   key, so the user makes a new recovery key) in place, one generation up;
3. renames ``vault.db.rotate`` over ``vault.db`` and overwrites the old database file in place with
   random bytes through a descriptor kept open across the rename.

A crash after 1 leaves a stray ``vault.db.rotate`` that the next unlock deletes (the old header and
database still match); a crash after 2 is finished by the next unlock (the new header's key opens
``vault.db.rotate``, which is renamed into place).  Evidence blobs are not rewritten: their per-file
keys do not change, only how they are wrapped.
"""

from __future__ import annotations

import json
import os
from pathlib import Path

from app import crypto
from app.errors import EmptyPassphrase, VaultCorrupted
from app.services import keyslots
from app.services.keyslots import PASSPHRASE
from app.services.vault import Vault, derive_master
from app.storage.database import ROTATE_NAME, Database, promote_rotated
from app.storage.files import destroy as overwrite_and_remove
from app.storage.header import locked_header, read_header

_EVIDENCE_AAD = b"recourse/v1/evidence-key:"


def rotate_master_key(folder: Path, passphrase: str, new_passphrase: str | None = None, *,
                      kdf: crypto.KdfParams | None = None, allow_weak_kdf: bool = False) -> bool:
    """Rotate the master key of the locked vault in *folder*; optionally set a new passphrase.

    Returns True if a recovery key was removed (it wrapped the old master key: make a new one).
    """
    folder = Path(folder)
    new_passphrase = passphrase if new_passphrase is None else new_passphrase
    if not new_passphrase:
        raise EmptyPassphrase()
    header = read_header(folder)
    master = derive_master(header, passphrase, folder)
    vault = Vault.open(folder, header, master)
    had_recovery = any(s.kind != PASSPHRASE for s in vault.header.keyslots)
    try:
        vault._bind()  # the header records the audit head before anything changes
        if not vault.exclusive():
            raise VaultCorrupted("database", "busy: close the other windows using this vault and try again")
        new_master = crypto.random_key()
        new_keys = crypto.derive_subkeys(new_master)
        params = kdf or crypto.calibrate()
        generation = vault.header.generation + 1
        _export(vault, new_keys, generation)
        old_keys = vault.keys
        with locked_header(folder) as locked:
            current = locked.read()
            new = current.copy()
            new.keyslots = []
            new.keyslots.append(keyslots.passphrase_slot(new, new_passphrase, new_master, params, allow_weak_kdf))
            new.generation = generation
            with vault.db.reading() as conn:
                new.audit_head = keyslots.audit_head(conn)
            new.failed_unlocks = 0
            new.mac = keyslots.header_mac(new_keys, new)
            vault.lock_without_binding()
            locked.write(new)
        del old_keys
        promote_rotated(folder)
    finally:
        vault.lock()
    return had_recovery


def _export(vault: Vault, new_keys: crypto.SubKeys, generation: int) -> None:
    target = vault.folder / ROTATE_NAME
    overwrite_and_remove(target)
    conn = vault.db.conn
    quoted = str(target).replace("'", "''")
    conn.execute(f"ATTACH DATABASE '{quoted}' AS rotated KEY \"x'{new_keys.database.hex()}'\"")
    try:
        conn.execute("SELECT sqlcipher_export('rotated')")
        conn.execute(f"PRAGMA rotated.user_version = {vault.db.schema_version}")
        conn.execute("BEGIN IMMEDIATE")
        rows = conn.execute("SELECT evidence_id, wrapped_key FROM rotated.evidence_blobs").fetchall()
        for evidence_id, wrapped in rows:
            aad = _EVIDENCE_AAD + str(evidence_id).encode("ascii")
            file_key = crypto.unwrap_key(vault.keys.blob_wrapping, bytes(wrapped), aad)
            conn.execute("UPDATE rotated.evidence_blobs SET wrapped_key = ? WHERE evidence_id = ?",
                         (crypto.wrap_key(new_keys.blob_wrapping, file_key, aad), evidence_id))
        row = conn.execute("SELECT value FROM rotated.meta WHERE key = 'audit_keys'").fetchone()
        earlier = json.loads(row[0]) if row else []
        last = conn.execute("SELECT coalesce(max(seq), 0) FROM rotated.audit").fetchone()[0]
        earlier.append({"last_seq": int(last), "key": vault.keys.audit_mac.hex()})
        conn.execute("INSERT INTO rotated.meta (key, value) VALUES ('audit_keys', ?) "
                     "ON CONFLICT(key) DO UPDATE SET value = excluded.value", (json.dumps(earlier),))
        conn.execute("INSERT INTO rotated.meta (key, value) VALUES (?, ?) ON CONFLICT(key) DO UPDATE "
                     "SET value = excluded.value", (keyslots.GENERATION_KEY, str(generation)))
        conn.execute("COMMIT")
    except BaseException:
        try:
            conn.execute("ROLLBACK")
        except Exception:  # noqa: BLE001 - no transaction open
            pass
        conn.execute("DETACH DATABASE rotated")
        overwrite_and_remove(target)
        raise
    conn.execute("DETACH DATABASE rotated")
    # the rotation's own audit entry, MACed with the new audit key, in the new database
    db = Database(vault.folder, new_keys.database, name=ROTATE_NAME)
    try:
        from app.storage import audit as audit_store

        with db.transaction() as c:
            audit_store.append(c, lambda data: crypto.hmac_sha256(new_keys.audit_mac, data), at=vault.clock(),
                               action="rotate-master-key", kind="vault", record_id=vault.header.vault_id)
    finally:
        db.close()
    fd = os.open(target, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)
