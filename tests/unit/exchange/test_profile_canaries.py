"""Redaction profiles on every export, proven with canaries in every free-text field of a rich case.

A unique token goes into every text field and every list of free strings (names, addresses, contact
details, testimonies, evidence descriptions...), and into the bytes of two evidence files (one
confidential).  For each profile, every export (the bundle's whole decrypted content -- manifest
included -- and the persons, cases and Uwazi CSVs) may hold a token only if the disclosure engine's
view for that profile holds it; ``full`` must carry every token (lossless), ``partner`` and
``public`` never a contact detail, a confidential item or field, and ``public`` no evidence file.
"""

from __future__ import annotations

import dataclasses
import io
import json

import pytest

from app.crypto import age
from app.domain.codec import encode
from app.domain.model import Case, CommunicationEntry, Contact, Item, ReprisalIncident
from app.services import bundle, identity, spreadsheets, transfer
from app.services import cases as case_service
from app.services import evidence as evidence_service
from app.services.demo import demo_cases
from app.services.disclosure import disclose
from app.services.evidence import EvidenceMeta

SKIP = {"id", "created_at", "updated_at", "media_type", "sha256", "confidential_fields"}


def _inject(obj, tokens, path, secret):  # type: ignore[no-untyped-def]
    """Put a token into every free-text field under *obj*; record (path, secret?, contact?) per token."""
    secret = secret or (isinstance(obj, Item) and obj.confidential)
    marked = set(obj.confidential_fields) if isinstance(obj, Item) else set()
    for f in dataclasses.fields(obj):
        meta = f.metadata
        if f.name in SKIP or "vocab" in meta or "ref" in meta or "pattern" in meta:
            continue
        value = getattr(obj, f.name)
        here = f"{path}.{f.name}"
        hidden = secret or f.name in marked
        contact = isinstance(obj, Contact)
        if isinstance(value, str):
            tok = f"CNRY{len(tokens):04d}X"
            tokens[tok] = (here, hidden, contact)
            setattr(obj, f.name, f"{value} {tok}".strip())
        elif isinstance(value, list) and value and all(isinstance(x, str) for x in value) or \
                isinstance(value, list) and not value and f.type in ("list[str]",):
            tok = f"CNRY{len(tokens):04d}X"
            tokens[tok] = (here, hidden, contact)
            value.append(tok)
        elif dataclasses.is_dataclass(value):
            _inject(value, tokens, here, hidden)
        elif isinstance(value, list):
            for i, x in enumerate(value):
                if dataclasses.is_dataclass(x):
                    _inject(x, tokens, f"{here}[{i}]", hidden)


@pytest.fixture
def canary(pair, tmp_path):
    a, b = pair
    case: Case = demo_cases()[0]
    # the communications log and the reprisals log go through every export too: plain, withheld whole,
    # and with fields marked (the tokens then go into every text field of each entry)
    pid = case.persons[0].id
    case.communications = [
        CommunicationEntry(kind="communication", letter_type="urgent-appeal", mandates=["wgad"]),
        CommunicationEntry(kind="state-reply", confidential=True),
        CommunicationEntry(kind="opinion", confidential_fields=["summary", "follow_up_text", "reference"])]
    case.reprisals = [
        ReprisalIncident(person_id=pid, kinds=["threats"], engagement_kind="meeting"),
        ReprisalIncident(person_id=pid, kinds=["surveillance"], confidential=True),
        ReprisalIncident(person_id=pid, confidential_fields=["description", "place", "engagement"])]
    tokens: dict[str, tuple[str, bool, bool]] = {}
    _inject(case, tokens, "$", False)
    stored = case_service.save_case(a, case)
    files = tmp_path / "f"
    files.mkdir()
    (files / "open.txt").write_bytes(b"CNRYFILEOPENX evidence bytes")
    (files / "secret.txt").write_bytes(b"CNRYFILESECRETX evidence bytes")
    evidence_service.attach(a, stored.id, files / "open.txt")
    evidence_service.attach(a, stored.id, files / "secret.txt", EvidenceMeta(confidential=True))
    assert len(tokens) > 150
    return a, b, case_service.get_case(a, stored.id), tokens


def _outputs(a, b, case, profile, tmp_path) -> str:  # type: ignore[no-untyped-def]
    out = tmp_path / f"{profile}.age"
    bundle.create(a, [case.id], out, contacts=["Bob"], profile=profile)
    plain = io.BytesIO()
    with open(out, "rb") as f:
        age.decrypt_with(f, plain, [identity.ensure(b).age_secret])
    texts = [plain.getvalue().decode("utf-8", "replace")]
    for kind in ("persons", "cases"):
        dest = tmp_path / f"{profile}-{kind}.csv"
        spreadsheets.export_csv(a, kind, dest, profile=profile, case_idents=[case.id])
        texts.append(dest.read_text(encoding="utf-8-sig"))
    dest = tmp_path / f"{profile}-uwazi.csv"
    spreadsheets.export_uwazi(a, dest, profile=profile, case_idents=[case.id])
    texts.append(dest.read_text(encoding="utf-8-sig"))
    dest = tmp_path / f"{profile}-cases.json"
    transfer.export_cases(a, [case.id], dest, profile=profile)
    texts.append(dest.read_text(encoding="utf-8"))
    return "\n".join(texts)


@pytest.mark.parametrize("profile", ["full", "partner", "public"])
def test_every_export_follows_the_profile(canary, tmp_path, profile):
    a, b, case, tokens = canary
    text = _outputs(a, b, case, profile, tmp_path)
    view = json.dumps(encode(disclose(case, profile).case), ensure_ascii=False)
    found = {t for t in tokens if t in text}
    assert found - {t for t in tokens if t in view} == set()  # nothing beyond the engine's view
    if profile == "full":
        assert found == set(tokens)  # lossless
        assert "CNRYFILEOPENX" in text and "CNRYFILESECRETX" in text
        return
    contact = {t for t, (_p, _h, c) in tokens.items() if c}
    hidden = {t for t, (_p, h, _c) in tokens.items() if h}
    assert contact and hidden
    assert found & contact == set(), "contact details leaked"
    assert found & hidden == set(), "confidential items or fields leaked"
    assert "CNRYFILESECRETX" not in text
    if profile == "public":
        assert "CNRYFILEOPENX" not in text
        assert not any(tokens[t][0].startswith("$.evidence") for t in found)
    else:
        assert "CNRYFILEOPENX" in text
    assert len(found) > 20  # the export is not simply empty
    for log in ("$.communications", "$.reprisals"):  # the logs are in the exports, as far as the profile allows
        assert any(tokens[t][0].startswith(log) for t in found), log


def test_partner_and_public_drop_names_without_consent(canary, tmp_path):
    a, b, case, tokens = canary
    for profile in ("partner", "public"):
        d = disclose(case, profile)
        text = _outputs(a, b, case, profile, tmp_path)
        for p in case.persons:
            if d.name(p.id) == p.display_name():
                continue  # consent allows the full name for this audience
            for field in ("family_name_latin", "given_name_latin"):
                tok = getattr(p, field).split()[-1]
                assert tok.startswith("CNRY") and tok not in text, (profile, p.roles, field)
