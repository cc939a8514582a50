"""Evidence: encrypted on the way in, authenticated on the way out, erased for real."""

from __future__ import annotations

import hashlib
import os
from pathlib import Path

import pytest

from app.domain.model import Case
from app.errors import Cancelled, InputFileError, NotFound, TamperDetected
from app.services import cases as svc
from app.services import evidence as ev
from app.services.progress import CancelToken
from app.services.verify import verify


@pytest.fixture
def case_id(vault) -> str:  # type: ignore[no-untyped-def]
    return svc.save_case(vault, Case(title="evidence case")).id


def _file(tmp_path: Path, name: str, data: bytes) -> Path:
    p = tmp_path / name
    p.write_bytes(data)
    return p


def test_attach_read_export_round_trip(vault, case_id: str, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    data = os.urandom(300_000) + "EVIDENCE-CANARY 证据".encode()
    src = _file(tmp_path, "拘留通知书.jpg", data)
    seen: list[int] = []
    item = ev.attach(vault, case_id, src, ev.EvidenceMeta(description="notice", kind="official-document"),
                     progress=lambda done, total, label: seen.append(done))
    assert item.sha256 == hashlib.sha256(data).hexdigest() and item.size == len(data)
    assert item.media_type == "image/jpeg" and item.file_name == "拘留通知书.jpg"
    assert seen and seen[-1] == len(data)
    case = svc.get_case(vault, case_id)
    assert case.evidence[0].id == item.id
    assert ev.read_bytes(vault, item.id) == data
    out = ev.export_copy(vault, item.id, tmp_path / "copy.jpg")
    assert out.read_bytes() == data
    # nothing in the vault folder holds the plaintext or the file name
    for f in vault.folder.rglob("*"):
        if f.is_file():
            raw = f.read_bytes()
            assert b"EVIDENCE-CANARY" not in raw and "拘留通知书".encode() not in raw


def test_empty_file(vault, case_id: str, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    item = ev.attach(vault, case_id, _file(tmp_path, "empty.txt", b""))
    assert item.size == 0 and ev.read_bytes(vault, item.id) == b""


def test_missing_and_directory_inputs(vault, case_id: str, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    with pytest.raises(InputFileError):
        ev.attach(vault, case_id, tmp_path / "nope.pdf")
    with pytest.raises(InputFileError):
        ev.attach(vault, case_id, tmp_path)
    assert vault.blobs.names() == set() and vault.blobs.leftovers() == []


def test_cancel_leaves_nothing(vault, case_id: str, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    token = CancelToken()

    def progress(done: int, total: int, label: str) -> None:
        if done > 100_000:
            token.cancel()

    with pytest.raises(Cancelled):
        ev.attach(vault, case_id, _file(tmp_path, "big.bin", os.urandom(2_000_000)),
                  progress=progress, cancel=token)
    assert vault.blobs.names() == set() and vault.blobs.leftovers() == []
    assert svc.get_case(vault, case_id).evidence == []


def test_cancelled_export_leaves_nothing_under_dest(vault, case_id: str, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    """The stream path out: the shared progress contract reaches the service unchanged, and a CancelToken
    set part-way stops the decryption; no file (and no temporary) appears in the destination folder."""
    data = os.urandom(1_000_000)
    item = ev.attach(vault, case_id, _file(tmp_path, "big.bin", data))
    out_dir = tmp_path / "out"
    out_dir.mkdir()
    token = CancelToken()
    seen: list[tuple[int, int, str]] = []

    def progress(done: int, total: int, label: str) -> None:
        seen.append((done, total, label))
        if done > 200_000:
            token.cancel()

    with pytest.raises(Cancelled):
        ev.export_copy(vault, item.id, out_dir / "copy.bin", progress=progress, cancel=token)
    assert list(out_dir.iterdir()) == []
    assert seen[0][1:] == (len(data), "decrypting") and seen[-1][0] < len(data)
    assert ev.export_copy(vault, item.id, out_dir / "copy.bin").read_bytes() == data  # still whole


def test_unknown_case_leaves_no_blob(vault, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    with pytest.raises(NotFound):
        ev.attach(vault, "no-such-case", _file(tmp_path, "a.txt", b"x"))
    assert vault.blobs.names() == set()


def test_flipped_blob_byte_is_detected_everywhere(vault, case_id: str, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    item = ev.attach(vault, case_id, _file(tmp_path, "a.bin", os.urandom(200_000)))
    (name,) = vault.blobs.names()
    path = vault.blobs.path(name)
    raw = bytearray(path.read_bytes())
    raw[70_000] ^= 0x40
    path.write_bytes(bytes(raw))
    with pytest.raises(TamperDetected):
        ev.read_bytes(vault, item.id)
    with pytest.raises(TamperDetected):
        ev.export_copy(vault, item.id, tmp_path / "out.bin")
    assert not (tmp_path / "out.bin").exists()
    assert not [p for p in tmp_path.iterdir() if p.name.startswith(".out.bin")]
    report = verify(vault)
    assert not report.ok
    (check,) = [c for c in report.checks if c.name == "evidence"]
    assert item.id in check.problems[0]


def test_truncated_and_missing_blob(vault, case_id: str, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    a = ev.attach(vault, case_id, _file(tmp_path, "a.bin", os.urandom(150_000)))
    b = ev.attach(vault, case_id, _file(tmp_path, "b.bin", os.urandom(10)))
    recs = {r.evidence_id: r.blob for r in __import__("app.storage.evidence", fromlist=["x"]).all_records(vault.db.conn)}
    pa = vault.blobs.path(recs[a.id])
    pa.write_bytes(pa.read_bytes()[: 65_536 + 16 + 24])  # drop everything after the first chunk
    vault.blobs.path(recs[b.id]).unlink()
    with pytest.raises(TamperDetected):
        ev.read_bytes(vault, a.id)
    with pytest.raises(TamperDetected):
        ev.read_bytes(vault, b.id)
    problems = [c for c in verify(vault).checks if c.name == "evidence"][0].problems
    assert len(problems) == 2


def test_remove_crypto_erases(vault, case_id: str, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    item = ev.attach(vault, case_id, _file(tmp_path, "a.bin", b"secret"))
    ev.remove(vault, case_id, item.id)
    assert vault.blobs.names() == set()
    assert vault.db.conn.execute("SELECT count(*) FROM evidence_blobs").fetchone()[0] == 0
    assert svc.get_case(vault, case_id).evidence == []
    with pytest.raises(NotFound):
        ev.read_bytes(vault, item.id)


def test_deleting_a_case_erases_its_blobs(vault, case_id: str, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    ev.attach(vault, case_id, _file(tmp_path, "a.bin", b"1"))
    ev.attach(vault, case_id, _file(tmp_path, "b.bin", b"2"))
    svc.delete_case(vault, case_id)
    assert vault.blobs.names() == set()
    assert verify(vault).ok


def test_orphan_blob_is_reported_and_partial_writes_cleaned(vault, case_id: str, vault_path: Path) -> None:  # type: ignore[no-untyped-def]
    from app.services.vault import Vault
    from tests.conftest import PASSPHRASE

    (vault_path / "blobs" / ("ab" * 16)).write_bytes(b"junk")
    (vault_path / "blobs" / ("cd" * 16 + ".part")).write_bytes(b"partial")
    report = verify(vault)
    assert [c.name for c in report.checks if not c.ok] == ["orphans"]
    vault.lock()
    v = Vault.unlock(vault_path, PASSPHRASE)
    assert v.blobs.leftovers() == []
    v.lock()
