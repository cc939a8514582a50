"""Evidence exported without metadata: the pixels only, audited; other files exactly."""

from __future__ import annotations

from pathlib import Path

import pytest
from PIL import Image

from app.domain.model import Case
from app.errors import InputFileError
from app.services import cases as svc
from app.services import evidence as ev
from app.services.media import export_without_metadata


@pytest.fixture
def case_id(vault) -> str:  # type: ignore[no-untyped-def]
    return svc.save_case(vault, Case(title="stripped export")).id


def _jpeg_with_gps(path: Path) -> Path:
    img = Image.new("RGB", (40, 20), (200, 30, 30))
    exif = Image.Exif()
    exif[0x010F] = "SpyCam Maker"
    exif[0x0112] = 6  # rotate 90°
    exif[0x8825] = {1: "N", 2: (39.0, 54.0, 0.0)}
    img.save(path, format="JPEG", exif=exif, comment=b"secret comment")
    return path


def test_an_image_loses_its_metadata_but_keeps_its_look(vault, case_id, tmp_path):  # type: ignore[no-untyped-def]
    item = ev.attach(vault, case_id, _jpeg_with_gps(tmp_path / "scene.jpg"))
    steps: list[tuple[int, int, str]] = []
    out = export_without_metadata(vault, item.id, tmp_path / "clean.jpg", progress=lambda *a: steps.append(a))
    img = Image.open(out)
    assert len(img.getexif()) == 0 and "comment" not in img.info
    assert img.size == (20, 40)  # the EXIF rotation was applied to the pixels
    assert b"SpyCam" not in out.read_bytes()
    assert steps[-1] == (1, 1, "written")
    with vault.db.reading() as conn:
        row = conn.execute("SELECT action, detail FROM audit ORDER BY seq DESC LIMIT 1").fetchone()
    assert row[0] == "export" and "stripped" in row[1]


def test_other_files_are_exported_exactly(vault, case_id, tmp_path):  # type: ignore[no-untyped-def]
    src = tmp_path / "note.txt"
    src.write_bytes(b"not an image \x00\x01")
    item = ev.attach(vault, case_id, src)
    out = export_without_metadata(vault, item.id, tmp_path / "copy.txt")
    assert out.read_bytes() == src.read_bytes()


def test_a_missing_destination_folder_is_an_input_error(vault, case_id, tmp_path):  # type: ignore[no-untyped-def]
    item = ev.attach(vault, case_id, _jpeg_with_gps(tmp_path / "scene.jpg"))
    with pytest.raises(InputFileError):
        export_without_metadata(vault, item.id, tmp_path / "no such folder" / "clean.jpg")
    assert not (tmp_path / "no such folder").exists()
