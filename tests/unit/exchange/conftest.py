"""Two real vaults (sender and receiver) that know each other as verified contacts."""

from __future__ import annotations

from pathlib import Path

import pytest

from app.services import contacts, identity
from app.services.demo import demo_cases
from app.services.vault import Vault
from app.services import cases as case_service
from app.services import evidence as evidence_service
from tests.conftest import PASSPHRASE, TEST_KDF


def new_vault(path: Path) -> Vault:
    return Vault.create(path, PASSPHRASE, kdf=TEST_KDF, allow_weak_kdf=True)


@pytest.fixture
def pair(tmp_path):
    a, b = new_vault(tmp_path / "alice"), new_vault(tmp_path / "bob")
    contacts.add(a, identity.ensure(b).card("Bob"), verified=True)
    contacts.add(b, identity.ensure(a).card("Alice"), verified=True)
    yield a, b
    a.lock()
    b.lock()


@pytest.fixture
def stocked(pair, tmp_path):
    """Alice holds the demo cases, the first with two evidence files (one a JPEG with EXIF/GPS)."""
    a, b = pair
    stored = [case_service.save_case(a, c) for c in demo_cases()]
    files = tmp_path / "files"
    files.mkdir()
    (files / "report.txt").write_bytes("证据 evidence — ئۇيغۇر\n".encode() * 1000)
    (files / "photo.jpg").write_bytes(jpeg_with_gps())
    for name in ("report.txt", "photo.jpg"):
        evidence_service.attach(a, stored[0].id, files / name)
    return a, b, [c.id for c in stored]


def jpeg_with_gps() -> bytes:
    import io

    from PIL import Image

    img = Image.new("RGB", (24, 16), (200, 30, 30))
    exif = Image.Exif()
    exif[0x010F] = "CanaryCamMaker"  # Make
    gps = {1: "N", 2: (39.0, 54.0, 27.0), 3: "E", 4: (116.0, 23.0, 50.0)}
    exif[0x8825] = gps
    out = io.BytesIO()
    img.save(out, format="JPEG", exif=exif, comment=b"CanaryComment")
    return out.getvalue()
