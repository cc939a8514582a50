"""Photos as people expect: their metadata is shown when attached, kept (sealed) or stripped by
choice; kind and date come from the file; previews stand the right way up."""

from __future__ import annotations

import io
from pathlib import Path

from PIL import Image

from app.domain.dates import PartialDate
from app.services import evidence as evidence_service
from app.services.cases import get_case
from app.services.media import photo_metadata
from tests.gui.editor.test_evidence import attach


def phone_photo(path: Path) -> Path:
    img = Image.new("RGB", (64, 32), (200, 30, 30))  # wider than tall, turned by the EXIF flag
    exif = Image.Exif()
    exif[0x010F] = "Acme"
    exif[0x0110] = "Acme Phone 7"
    exif[0x0112] = 6  # rotate 90° to show
    exif[0x8825] = {1: "N", 2: (39.0, 54.0, 0.0), 3: "E", 4: (116.0, 24.0, 0.0)}
    exif[0x8769] = {0x9003: "2021:03:16 23:40:00"}
    img.save(path, format="JPEG", exif=exif)
    return path


def test_keeping_the_original_shows_what_it_records(editor, vault, demo, tmp_path, dialogs, qtbot) -> None:
    editor.open_case(demo.id)
    photo = phone_photo(tmp_path / "IMG_0001.jpg")
    dialogs.answer = True  # keep the original
    attach(editor, qtbot, [photo])
    assert "Photo metadata" in dialogs.asked
    item = next(e for e in get_case(vault, demo.id).evidence if e.file_name == "IMG_0001.jpg")
    assert item.kind == "photo-video" and item.date == PartialDate(2021, 3, 16)
    stored = evidence_service.read_bytes(vault, item.id)
    assert stored == photo.read_bytes()  # the original, sealed and hashed
    assert photo_metadata(stored)["gps"] == (39.9, 116.4)


def test_storing_a_stripped_copy(editor, vault, demo, tmp_path, dialogs, qtbot) -> None:
    editor.open_case(demo.id)
    photo = phone_photo(tmp_path / "IMG_0002.jpg")
    dialogs.answer = False  # store without the metadata
    attach(editor, qtbot, [photo])
    item = next(e for e in get_case(vault, demo.id).evidence if e.file_name == "IMG_0002.jpg")
    stored = evidence_service.read_bytes(vault, item.id)
    info = photo_metadata(stored)
    assert info["gps"] is None and info["device"] == "" and info["taken"] == ""
    assert Image.open(io.BytesIO(stored)).size == (32, 64)  # turned upright before stripping


def test_preview_honours_the_orientation(editor, demo, tmp_path, dialogs, qtbot) -> None:
    from app.gui.editor.preview import image_from_bytes

    img = image_from_bytes(phone_photo(tmp_path / "p.jpg").read_bytes())
    assert (img.width(), img.height()) == (32, 64)


def test_an_image_that_cannot_be_read_is_said(editor, vault, demo, tmp_path, dialogs, qtbot) -> None:
    editor.open_case(demo.id)
    fake = tmp_path / "broken.jpg"
    fake.write_bytes(b"not really a jpeg")
    attach(editor, qtbot, [fake])
    assert any("cannot be read as one" in m for m in dialogs.messages)
