"""Plaintext canary: a unique marker goes through every operation; afterwards it is nowhere on
disk except in the files the user explicitly exported (which are plaintext by design)."""

from __future__ import annotations

import os
import tempfile
import uuid
from pathlib import Path

from app.domain import casefile
from app.domain.model import Case, Person, Testimony
from app.services import backup, cases as svc, evidence as ev, transfer
from app.services.submission import render
from app.services.vault import Vault
from tests.conftest import PASSPHRASE, TEST_KDF


def _encodings(marker: str) -> list[bytes]:
    return [marker.encode("utf-8"), marker.encode("utf-16-le"), marker.encode("utf-16-be")]


def _listing(folder: Path) -> set[Path]:
    try:
        return {p for p in folder.rglob("*") if p.is_file()}
    except OSError:
        return set()


def _hits(paths: set[Path], needles: list[bytes]) -> list[str]:
    hits = []
    for p in sorted(paths):
        try:
            data = p.read_bytes()
        except OSError:
            continue
        for n in needles:
            if n in data:
                hits.append(f"{p}: {n!r}")
    return hits


def test_no_plaintext_anywhere(tmp_path: Path) -> None:
    tag = uuid.uuid4().hex[:12]
    marker = f"CANARY{tag}"
    cjk = f"金丝雀{tag}"
    needles = _encodings(marker) + _encodings(cjk)
    sys_tmp = Path(tempfile.gettempdir())
    tmp_before = _listing(sys_tmp)
    home = Path(os.environ["RECOURSE_HOME"])
    user = tmp_path / "user-files"  # the user's own inputs and chosen exports (excluded)
    user.mkdir()
    exported: set[Path] = set()

    folder = tmp_path / "vault"
    v = Vault.create(folder, PASSPHRASE, kdf=TEST_KDF, allow_weak_kdf=True)
    case = svc.save_case(v, Case(title=f"Detention of {marker}",
                                 persons=[Person(roles=["victim"], family_name="王", given_name=cjk,
                                                 family_name_latin=marker, given_name_latin=marker)],
                                 testimonies=[Testimony(original_text=f"I saw {marker} taken. {cjk} " * 30)]))
    # import a case file carrying the marker
    src = user / "incoming.json"
    src.write_bytes(casefile.dumps([Case(title=f"imported {marker}",
                                         testimonies=[Testimony(original_text=f"{cjk} imported")])]))
    transfer.import_cases(v, src)
    # attach evidence whose name and content carry the marker
    evidence_file = user / f"photo-{marker}.txt"
    evidence_file.write_bytes(f"evidence content {marker} {cjk}\n".encode() * 500)
    item = ev.attach(v, case.id, evidence_file)
    # search, preview, render, export
    assert svc.search(v, marker)
    assert svc.search(v, cjk)
    assert marker.encode() in ev.read_bytes(v, item.id)
    rendered = render.render(v, case.id, "wgad", "en", draft=True)
    main_pdf, annex_pdf = user / "submission.pdf", user / "annex.pdf"
    render.save(v, rendered, main_pdf, annex_pdf)
    exported |= {main_pdf, annex_pdf}
    export_file = user / "export.json"
    transfer.export_cases(v, [case.id], export_file)
    copy = user / "evidence-copy.txt"
    ev.export_copy(v, item.id, copy)
    exported |= {export_file, copy}
    backup.create(v, tmp_path / "vault.backup")
    # the marker is in the database right now (through the WAL) -- and must not be readable there
    v.lock()

    assert _hits({export_file}, needles), "sanity: the user's export does contain the marker"
    scanned = _listing(folder) | _listing(home) | _listing(tmp_path) - _listing(user)
    scanned |= _listing(sys_tmp) - tmp_before - _listing(tmp_path)
    logs = [p for p in _listing(Path.home() / ".cache") if p.suffix == ".log"] if (Path.home() / ".cache").is_dir() else []
    scanned |= set(logs)
    assert folder / "vault.db" in scanned and tmp_path / "vault.backup" in scanned
    hits = _hits(scanned, needles)
    print(f"canary: {len(scanned)} files scanned ({sum(p.stat().st_size for p in scanned if p.exists())} bytes), "
          f"{len(hits)} hits")
    assert hits == []


def test_canary_not_in_the_live_wal(vault, vault_path: Path) -> None:  # type: ignore[no-untyped-def]
    marker = f"CANARY{uuid.uuid4().hex[:12]}"
    svc.save_case(vault, Case(title=marker, testimonies=[Testimony(original_text=marker * 50)]))
    wal = vault_path / "vault.db-wal"
    assert wal.exists() and wal.stat().st_size > 0
    for p in (wal, vault_path / "vault.db"):
        assert marker.encode() not in p.read_bytes()
