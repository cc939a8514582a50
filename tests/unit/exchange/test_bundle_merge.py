"""Concurrent edits on two vaults merge record by record; conflicts are kept side by side."""

from __future__ import annotations

import io
import tarfile

import pytest

from app.crypto import age
from app.domain.model import Person
from app.errors import NotARecipient
from app.services import bundle, bundle_import, bundle_read, identity
from app.services import cases as case_service
from app.services import evidence as evidence_service
from app.services.merge import merge


def _send(src, dst, ids, path, **kw):
    bundle.create(src, ids, path, contacts=[kw.pop("to")], **kw)
    return bundle_import.import_bundle(dst, path)


def test_concurrent_edits_merge_into_a_reviewable_conflict(stocked, tmp_path):
    a, b, ids = stocked
    cid = ids[0]
    _send(a, b, [cid], tmp_path / "1.age", to="Bob")
    # both sides edit the title; Bob also adds a person and changes the summary (Alice does not)
    mine = case_service.get_case(a, cid)
    mine.title = "Alice's title"
    case_service.save_case(a, mine)
    theirs = case_service.get_case(b, cid)
    theirs.title = "Bob's title 律师"
    theirs.summary = "Bob's new summary"
    theirs.persons.append(Person(family_name="王", given_name="新", roles=["witness"]))
    case_service.save_case(b, theirs)
    report = _send(b, a, [cid], tmp_path / "2.age", to="Alice")
    outcome = report.cases[0]
    assert outcome.status == "conflicts"
    assert outcome.updated == ["field/summary"]
    assert [k for k in outcome.added if k.startswith("persons/")] == [f"persons/{theirs.persons[-1].id}"]
    merged = case_service.get_case(a, cid)
    assert merged.title == "Alice's title"  # never silently overwritten
    assert merged.summary == "Bob's new summary"
    assert merged.person(theirs.persons[-1].id).family_name == "王"
    [conflict] = bundle_import.conflicts(a, cid)
    assert (conflict.record, conflict.ours, conflict.theirs) == ("field/title", "Alice's title", "Bob's title 律师")
    bundle_import.resolve(a, conflict.id, "theirs")
    assert case_service.get_case(a, cid).title == "Bob's title 律师"
    assert bundle_import.conflicts(a, cid) == []


def test_unchanged_bundle_again_changes_nothing(stocked, tmp_path):
    a, b, ids = stocked
    _send(a, b, ids[:1], tmp_path / "1.age", to="Bob")
    report = _send(a, b, ids[:1], tmp_path / "2.age", to="Bob")
    assert report.cases[0].status == "unchanged"
    assert report.evidence_added == 0 and report.evidence_duplicates == 2


def test_merge_without_a_base_never_overwrites():
    from app.domain.model import Case

    ours = Case(title="ours", summary="same")
    theirs = Case(id=ours.id, title="theirs", summary="same")
    m = merge(ours, theirs, None)
    assert m.case.title == "ours" and [c[0] for c in m.conflicts] == ["field/title"] and not m.changed


def test_passphrase_bundle_round_trip_and_wrong_passphrase(stocked, tmp_path):
    a, b, ids = stocked
    out = tmp_path / "p.age"
    bundle.create(a, ids[:1], out, passphrase="horse battery 马")
    assert bundle_read.needs_passphrase(out)
    with pytest.raises(NotARecipient):
        bundle_import.import_bundle(b, out, passphrase="wrong")
    report = bundle_import.import_bundle(b, out, passphrase="horse battery 马")
    assert report.cases[0].status == "added" and report.evidence_added == 2


def test_images_can_travel_without_metadata(stocked, tmp_path):
    a, b, ids = stocked
    out = tmp_path / "s.age"
    made = bundle.create(a, ids[:1], out, contacts=["Bob"], strip_metadata=True)
    assert made.stripped == 1
    plain = io.BytesIO()
    with open(out, "rb") as f:
        age.decrypt_with(f, plain, [identity.ensure(b).age_secret])
    raw = plain.getvalue()
    assert b"CanaryCamMaker" not in raw and b"CanaryComment" not in raw
    names = tarfile.open(fileobj=io.BytesIO(raw)).getnames()
    assert any(n.endswith("photo.jpg") for n in names)
    report = bundle_import.import_bundle(b, out)
    photo = next(e for e in case_service.get_case(b, ids[0]).evidence if e.file_name == "photo.jpg")
    data = evidence_service.read_bytes(b, photo.id)
    assert data.startswith(b"\xff\xd8") and photo.sha256 != next(
        e for e in case_service.get_case(a, ids[0]).evidence if e.file_name == "photo.jpg").sha256
    assert report.evidence_added == 2
    # the original in the sender's vault is untouched
    original = next(e for e in case_service.get_case(a, ids[0]).evidence if e.file_name == "photo.jpg")
    assert b"CanaryCamMaker" in evidence_service.read_bytes(a, original.id)
