"""Edits a lock could not save: sealed to the vault in memory, opened only by that vault."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

import pytest

from app.domain.model import Case
from app.errors import TamperDetected, WrongPassphrase
from app.services import pending
from app.services.vault import Vault
from tests.conftest import PASSPHRASE, TEST_KDF


def test_sealed_edits_open_in_the_same_vault_only(vault, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    case = Case(title="PENDING-CANARY 未保存", narrative="typed while the disk was full")
    sealed = pending.seal(vault, case, {"persons[0].birth_date": "1985年13月"})
    assert b"PENDING-CANARY" not in sealed.blob and "未保存".encode() not in sealed.blob
    assert "PENDING" not in repr(sealed)
    back, drafts = pending.reopen(vault, sealed)
    assert (back.id, back.title, back.narrative) == (case.id, case.title, case.narrative)
    assert drafts == {"persons[0].birth_date": "1985年13月"}

    other = Vault.create(tmp_path / "other", PASSPHRASE, kdf=TEST_KDF, allow_weak_kdf=True)
    try:
        with pytest.raises(WrongPassphrase):
            pending.reopen(other, sealed)
    finally:
        other.lock()
    flipped = bytearray(sealed.blob)
    flipped[40] ^= 1
    with pytest.raises(TamperDetected):
        pending.reopen(vault, replace(sealed, blob=bytes(flipped)))
    with pytest.raises(WrongPassphrase):  # the key is bound to the case it was sealed with
        pending.reopen(vault, replace(sealed, case_id="another-case"))
