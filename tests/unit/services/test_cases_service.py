"""Case service rules beyond storage: unique references, crypto-erase on save, imports, stats."""

from __future__ import annotations

from pathlib import Path

import pytest

from app.domain import casefile
from app.domain.model import Case
from app.errors import InvalidCaseFile, ValidationError
from app.services import cases as svc
from app.services import evidence as ev
from app.services import transfer
from app.services.vault import inspect, stats
from app.services.verify import verify


def test_references_are_unique(vault) -> None:  # type: ignore[no-untyped-def]
    svc.save_case(vault, Case(title="a", reference="R-1"))
    with pytest.raises(ValidationError) as err:
        svc.save_case(vault, Case(title="b", reference="R-1"))
    assert err.value.problems[0][0] == "$.reference"
    assert svc.count_cases(vault) == 1


def test_removing_evidence_from_a_case_erases_its_content(vault, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    c = svc.save_case(vault, Case(title="a"))
    f = tmp_path / "x.bin"
    f.write_bytes(b"content")
    ev.attach(vault, c.id, f)
    c = svc.get_case(vault, c.id)
    c.evidence = []
    svc.save_case(vault, c)
    assert vault.blobs.names() == set()
    assert stats(vault).evidence_files == 0
    assert verify(vault).ok


def test_import_replace_erases_evidence_the_file_drops(vault, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    c = svc.save_case(vault, Case(title="a"))
    f = tmp_path / "x.bin"
    f.write_bytes(b"content")
    ev.attach(vault, c.id, f)
    replacement = svc.get_case(vault, c.id)
    replacement.evidence = []
    path = tmp_path / "cases.json"
    path.write_bytes(casefile.dumps([replacement]))
    with pytest.raises(InvalidCaseFile):
        transfer.import_cases(vault, path)  # the id clashes
    transfer.import_cases(vault, path, replace=True)
    assert stats(vault).evidence_files == 0 and vault.blobs.names() == set()


def test_export_then_import_into_another_vault_is_lossless(vault, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    from app.services.demo import demo_cases
    from app.services.vault import Vault
    from tests.conftest import PASSPHRASE, TEST_KDF

    originals = [svc.save_case(vault, c) for c in demo_cases()]
    path = tmp_path / "out.json"
    assert transfer.export_cases(vault, None, path) == len(originals)
    other = Vault.create(tmp_path / "other", PASSPHRASE, kdf=TEST_KDF, allow_weak_kdf=True)
    imported = transfer.import_cases(other, path)
    assert sorted(c.id for c in imported) == sorted(c.id for c in originals)
    for c in originals:
        assert svc.get_case(other, c.id) == c
    other.lock()


def test_inspect_and_stats(vault) -> None:  # type: ignore[no-untyped-def]
    svc.save_case(vault, Case(title="a"))
    info = inspect(vault.folder)
    assert info.version == 2 and info.keyslots == ("passphrase",) and info.kdf["name"] == "argon2id"
    s = stats(vault)
    assert (s.cases, s.evidence_files, s.submissions) == (1, 0, 0) and s.audit_entries == 2
