"""Every way a bundle can be refused is reported clearly, and leaves the receiving vault as it was."""

from __future__ import annotations

import io
import tarfile

import pytest

from app.crypto import age
from app.errors import BundleReplayed, NotARecipient, TamperDetected, UnknownSigner
from app.services import bundle, bundle_import, contacts, identity
from tests.unit.exchange.conftest import new_vault


def snapshot(v):
    with v.db.reading() as conn:
        counts = tuple(conn.execute(f"SELECT count(*) FROM {t}").fetchone()[0]
                       for t in ("cases", "evidence_blobs", "audit", "bundle_imports", "merge_conflicts",
                                 "exchange_bases"))
    files = sorted(p.name for p in (v.folder / "blobs").iterdir())
    return counts, files


def test_tampered_payload_writes_nothing(stocked, tmp_path):
    a, b, ids = stocked
    out = tmp_path / "t.age"
    bundle.create(a, ids, out, contacts=["Bob"])
    data = bytearray(out.read_bytes())
    data[len(data) - 5000] ^= 0x01  # inside the last evidence file, after the manifest checked out
    out.write_bytes(bytes(data))
    before = snapshot(b)
    with pytest.raises(TamperDetected):
        bundle_import.import_bundle(b, out)
    assert snapshot(b) == before


def test_truncated_bundle_writes_nothing(stocked, tmp_path):
    a, b, ids = stocked
    out = tmp_path / "t.age"
    bundle.create(a, ids, out, contacts=["Bob"])
    out.write_bytes(out.read_bytes()[:-70000])
    before = snapshot(b)
    with pytest.raises(TamperDetected):
        bundle_import.import_bundle(b, out)
    assert snapshot(b) == before


def _reseal(path, secret, recipient, change):
    """What an attacker who knows Bob's public recipient can do: decrypt a copy meant for him, alter it,
    seal it again to him."""
    plain = io.BytesIO()
    with open(path, "rb") as f:
        age.decrypt_with(f, plain, [secret])
    src = tarfile.open(fileobj=io.BytesIO(plain.getvalue()))
    dst_buf = io.BytesIO()
    dst = tarfile.open(fileobj=dst_buf, mode="w", format=tarfile.USTAR_FORMAT)
    for info in src.getmembers():
        data = src.extractfile(info).read()
        data = change(info.name, data)
        info.size = len(data)
        dst.addfile(info, io.BytesIO(data))
    dst.close()
    out = io.BytesIO()
    age.encrypt_to(io.BytesIO(dst_buf.getvalue()), out, [recipient])
    path.write_bytes(out.getvalue())


@pytest.mark.parametrize("target", ["manifest.json", "cases/", "evidence/"])
def test_altered_content_resealed_to_the_recipient_is_detected(stocked, tmp_path, target):
    a, b, ids = stocked
    out = tmp_path / "t.age"
    bundle.create(a, ids, out, contacts=["Bob"])
    bob = identity.ensure(b)

    def change(name, data):
        if name.startswith(target):
            return data.replace(b"a", b"b", 1) if b"a" in data else data + b" "
        return data

    _reseal(out, bob.age_secret, bob.age_recipient, change)
    before = snapshot(b)
    with pytest.raises(TamperDetected):
        bundle_import.import_bundle(b, out)
    assert snapshot(b) == before


def test_wrong_recipient_writes_nothing(stocked, tmp_path):
    a, b, ids = stocked
    carol = new_vault(tmp_path / "carol")
    try:
        contacts.add(carol, identity.ensure(a).card("Alice"), verified=True)
        out = tmp_path / "t.age"
        bundle.create(a, ids, out, contacts=["Bob"])
        before = snapshot(carol)
        with pytest.raises(NotARecipient):
            bundle_import.import_bundle(carol, out)
        assert snapshot(carol) == before
    finally:
        carol.lock()


def test_unknown_signer_is_refused_unless_allowed(stocked, tmp_path):
    a, b, ids = stocked
    contacts.remove(b, "Alice")
    out = tmp_path / "t.age"
    bundle.create(a, ids, out, contacts=["Bob"])
    before = snapshot(b)
    with pytest.raises(UnknownSigner) as err:
        bundle_import.import_bundle(b, out)
    assert err.value.fingerprint == identity.ensure(a).fingerprint
    assert snapshot(b) == before
    report = bundle_import.import_bundle(b, out, allow_unknown_signer=True)
    assert report.signer.status == "unknown" and len(report.cases) == len(ids)


def test_replayed_and_older_bundles_are_refused(stocked, tmp_path):
    a, b, ids = stocked
    first, second = tmp_path / "1.age", tmp_path / "2.age"
    bundle.create(a, ids[:1], first, contacts=["Bob"])
    bundle.create(a, ids[1:], second, contacts=["Bob"])
    bundle_import.import_bundle(b, second)
    before = snapshot(b)
    with pytest.raises(BundleReplayed) as err:
        bundle_import.import_bundle(b, second)
    assert err.value.reason == "seen"
    with pytest.raises(BundleReplayed) as err:
        bundle_import.import_bundle(b, first)
    assert err.value.reason == "older"
    assert snapshot(b) == before
    assert bundle_import.import_bundle(b, first, allow_older=True).cases[0].status == "added"


def test_unverified_signer_is_reported_as_such(stocked, tmp_path):
    a, b, ids = stocked
    contacts.remove(b, "Alice")
    contacts.add(b, identity.ensure(a).card("Alice (unchecked)"))
    out = tmp_path / "t.age"
    bundle.create(a, ids[:1], out, contacts=["Bob"])
    report = bundle_import.import_bundle(b, out)
    assert report.signer.status == "unverified" and report.signer.name == "Alice (unchecked)"


def test_not_an_age_file(stocked, tmp_path):
    _a, b, _ids = stocked
    junk = tmp_path / "junk.age"
    junk.write_bytes(b"PK\x03\x04 not a bundle")
    with pytest.raises(TamperDetected):
        bundle_import.import_bundle(b, junk)
