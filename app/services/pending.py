"""Edits that could not be stored when the vault locked, sealed in memory until it is unlocked again.

Locking never waits for a save: the keys go whatever happens.  When the open case cannot be
stored at that moment (the disk is full, the vault's disk went read-only, a rule refused the
case as a whole), the desktop app seals the case as it was on screen with :func:`seal` while the
keys are still there, keeps only the sealed bytes, and :func:`reopen` gives the case back after the
same vault is unlocked.  Nothing is written to disk, and while locked nothing readable is held:
the case is encrypted like an evidence blob (random key, chunked AES-GCM) and that key is wrapped
with the vault's blob-wrapping key under its own associated data, so only this vault opens it.
"""

from __future__ import annotations

import io
import json
from dataclasses import dataclass

from app import crypto
from app.domain.codec import decode, encode
from app.domain.model import Case
from app.errors import TamperDetected
from app.services.vault import Vault

_AAD = b"recourse/v1/pending-edit:"
_MAX = 64 * 1024 * 1024


@dataclass(frozen=True)
class Sealed:
    """A case (and the editor's drafts of text no input could read) sealed to one vault."""

    case_id: str
    wrapped_key: bytes
    blob: bytes

    def __repr__(self) -> str:  # never the bytes
        return f"Sealed(case_id={self.case_id!r}, {len(self.blob)} bytes)"


def _aad(vault: Vault, case_id: str) -> bytes:
    return _AAD + vault.header.vault_id.encode("ascii") + b":" + case_id.encode("ascii")


def seal(vault: Vault, case: Case, drafts: dict[str, str] | None = None) -> Sealed:
    """Seal *case* and *drafts* to the unlocked *vault* (in memory only)."""
    data = json.dumps({"case": encode(case), "drafts": dict(drafts or {})}, ensure_ascii=False).encode("utf-8")
    key = crypto.random_key()
    out = io.BytesIO()
    crypto.encrypt_stream(io.BytesIO(data), out, key)
    return Sealed(case.id, crypto.wrap_key(vault.keys.blob_wrapping, key, _aad(vault, case.id)), out.getvalue())


def reopen(vault: Vault, sealed: Sealed) -> tuple[Case, dict[str, str]]:
    """The case and drafts sealed by :func:`seal`.  Raises :class:`~app.errors.WrongPassphrase` when
    *vault* is not the vault they were sealed to (keep them for that one), and
    :class:`~app.errors.TamperDetected` if the bytes were altered."""
    key = crypto.unwrap_key(vault.keys.blob_wrapping, sealed.wrapped_key, _aad(vault, sealed.case_id))
    data = json.loads(crypto.decrypt_to_bytes(io.BytesIO(sealed.blob), key, max_size=_MAX))
    if not isinstance(data, dict) or not isinstance(data.get("drafts"), dict):
        raise TamperDetected("pending edit", "layout")
    return decode(Case, data["case"]), {str(k): str(v) for k, v in data["drafts"].items()}

