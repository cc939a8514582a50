"""Sealed bundles between two real vaults: lossless round trip, the real `age` tool, failures."""

from __future__ import annotations

import shutil
import subprocess

import pytest

from app.services import bundle, bundle_import, identity
from app.services import cases as case_service
from app.services import evidence as evidence_service
from app.storage import audit as audit_store


def _audit(v):
    with v.db.reading() as conn:
        return [(e.action, e.kind, e.record_id) for e in audit_store.entries(conn)]


def test_round_trip_is_lossless(stocked, tmp_path):
    a, b, ids = stocked
    out = tmp_path / "cases.age"
    made = bundle.create(a, ids, out, contacts=["Bob"])
    assert out.read_bytes().startswith(b"age-encryption.org/v1\n")
    assert made.evidence == 2 and made.stripped == 0
    report = bundle_import.import_bundle(b, out)
    assert [c.status for c in report.cases] == ["added"] * len(ids)
    assert report.signer.status == "verified" and report.signer.name == "Alice"
    for cid in ids:
        mine, theirs = case_service.get_case(a, cid), case_service.get_case(b, cid)
        mine.updated_at = theirs.updated_at = ""
        mine.created_at = theirs.created_at = ""
        assert mine == theirs
    for item in case_service.get_case(a, ids[0]).evidence:
        assert evidence_service.read_bytes(b, item.id) == evidence_service.read_bytes(a, item.id)
    assert [x for x in _audit(a) if x[0] == "export"] == [("export", "case", c) for c in ids]
    assert ("import", "bundle", made.bundle_id) in _audit(b)


def test_the_real_age_tool_opens_a_bundle(stocked, tmp_path):
    age = shutil.which("age")
    if age is None:
        pytest.skip("age not installed")
    a, b, ids = stocked
    out = tmp_path / "x.age"
    bundle.create(a, ids[:1], out, contacts=["Bob"])
    key = tmp_path / "bob.key"
    key.write_text(identity.ensure(b).age_secret + "\n")
    tar = subprocess.run([age, "-d", "-i", str(key), str(out)], capture_output=True, check=True).stdout
    import io
    import tarfile

    names = tarfile.open(fileobj=io.BytesIO(tar)).getnames()
    assert names[:2] == ["manifest.json", "manifest.sig"] and f"cases/{ids[0]}.json" in names
    assert any(n.startswith("evidence/") and n.endswith("report.txt") for n in names)
