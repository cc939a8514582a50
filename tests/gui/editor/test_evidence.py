"""Evidence: attach with progress and cancel, previews from memory, exports without metadata."""

from __future__ import annotations

import io
import os
from pathlib import Path

from PIL import Image
from PySide6.QtCore import Qt

from app.errors import Cancelled
from app.services import evidence as evidence_service
from app.services.cases import get_case


def jpeg_with_exif(path: Path) -> Path:
    img = Image.new("RGB", (64, 48), (200, 30, 30))
    exif = Image.Exif()
    exif[0x010F] = "SpyCam Maker"  # Make
    exif[0x0110] = "Model X"
    exif[0x0112] = 6  # orientation: rotate 90°
    exif[0x8825] = {1: "N", 2: (39.0, 54.0, 0.0)}  # GPS
    img.save(path, format="JPEG", exif=exif, comment=b"secret comment")
    return path


def attach(editor, qtbot, paths):
    with qtbot.waitSignals([editor.evidence.attached] * len(paths), timeout=30000):
        workers = editor.evidence.add_files(paths)
    assert len(workers) == len(paths)


def test_attach_several_files_with_progress(editor, vault, demo, tmp_path, qtbot) -> None:
    editor.open_case(demo.id)
    big = tmp_path / "recording.bin"
    big.write_bytes(os.urandom(4 * 1024 * 1024))
    note = tmp_path / "note.txt"
    note.write_text("证词 testimony notes", encoding="utf-8")
    progress: list[tuple[int, int]] = []
    editor.evidence.worker_hook = lambda w: w.signals.progress.connect(
        lambda d, t, _l: progress.append((d, t))
    )
    attach(editor, qtbot, [big, note])
    assert len(progress) > 10 and progress[-1][0] == progress[-1][1]  # many steps, up to the total
    stored = get_case(vault, demo.id).evidence
    assert sorted(e.file_name for e in stored) == ["note.txt", "recording.bin"]
    table = editor.evidence.table
    names = {table.item(r, 0).text() for r in range(table.rowCount())}
    assert names == {"note.txt", "recording.bin"}
    row = next(r for r in range(table.rowCount()) if table.item(r, 0).text() == "recording.bin")
    assert table.item(row, 4).text() == next(e.sha256 for e in stored if e.file_name == "recording.bin")
    assert "MB" in table.item(row, 2).text()
    assert not editor.evidence.jobs  # progress rows are gone
    # an edit of the case after attaching keeps the evidence
    editor.summary.form.widget("title").setText("x")
    editor.summary.form._changed("title")
    assert editor.save_now()
    assert len(get_case(vault, demo.id).evidence) == 2


def test_cancel_leaves_nothing(editor, vault, demo, tmp_path, qtbot) -> None:
    editor.open_case(demo.id)
    big = tmp_path / "video.mp4"
    big.write_bytes(os.urandom(6 * 1024 * 1024))
    # cancel as soon as the first chunk is encrypted (direct connection: runs in the worker thread)
    editor.evidence.worker_hook = lambda w: w.signals.progress.connect(
        lambda *_a: w.cancel(), Qt.ConnectionType.DirectConnection
    )
    with qtbot.waitSignal(editor.evidence.job_failed, timeout=30000) as blocker:
        editor.evidence.add_files([big])
    assert isinstance(blocker.args[0], Cancelled)
    assert vault.blobs.names() == set()
    assert not any(vault.blobs.folder.iterdir())  # no partial file either
    assert get_case(vault, demo.id).evidence == []
    assert editor.case.evidence == []
    assert "nothing was kept" in editor.evidence.status.text()


def test_cancel_button(editor, vault, demo, tmp_path, qtbot) -> None:
    editor.open_case(demo.id)
    big = tmp_path / "a.bin"
    big.write_bytes(os.urandom(2 * 1024 * 1024))
    editor.evidence.worker_hook = lambda w: w.token.cancel()  # as if Cancel was pressed at once
    with qtbot.waitSignal(editor.evidence.job_failed, timeout=30000):
        editor.evidence.add_files([big])
    assert vault.blobs.names() == set()


def test_image_preview_from_memory(editor, demo, tmp_path, qtbot, monkeypatch) -> None:
    editor.open_case(demo.id)
    png = tmp_path / "photo.png"
    Image.new("RGB", (40, 30), (10, 200, 10)).save(png)
    attach(editor, qtbot, [png])
    png.unlink()  # the preview cannot come from the original file
    opened: list[str] = []
    real_open = open
    monkeypatch.setattr("builtins.open", lambda f, *a, **k: (opened.append(str(f)), real_open(f, *a, **k))[1])
    with qtbot.waitSignal(editor.evidence.preview_ready, timeout=10000):
        editor.evidence.show_preview(editor.case.evidence[0])
    pix = editor.evidence.preview_image.pixmap()
    assert not pix.isNull() and pix.width() == 40 and pix.height() == 30
    assert all("/blobs/" in f or "vault" in f for f in opened)  # only the encrypted blob was read


def test_text_preview(editor, demo, tmp_path, qtbot) -> None:
    editor.open_case(demo.id)
    note = tmp_path / "note.txt"
    note.write_text("他们拿走了她的手机", encoding="utf-8")
    attach(editor, qtbot, [note])
    with qtbot.waitSignal(editor.evidence.preview_ready, timeout=10000):
        editor.evidence.show_preview(editor.case.evidence[0])
    assert editor.evidence.preview_text.toPlainText() == "他们拿走了她的手机"


def test_export_strips_exif_by_default(editor, demo, tmp_path, qtbot, dialogs) -> None:
    editor.open_case(demo.id)
    src = jpeg_with_exif(tmp_path / "scene.jpg")
    assert Image.open(src).getexif()  # the original has EXIF
    attach(editor, qtbot, [src])
    editor.evidence.table.setCurrentCell(0, 0)
    out = tmp_path / "out" / "clean.jpg"
    out.parent.mkdir()
    dialogs.next_saves = [str(out)]
    with qtbot.waitSignal(editor.evidence.exported, timeout=10000):
        editor.evidence.export_selected()
    data = out.read_bytes()
    img = Image.open(io.BytesIO(data))
    assert len(img.getexif()) == 0
    assert "exif" not in img.info and "comment" not in img.info
    assert b"SpyCam" not in data and b"secret comment" not in data
    assert img.size == (48, 64)  # orientation applied to the pixels
    assert [p.name for p in out.parent.iterdir()] == ["clean.jpg"]  # no temporary left behind
    # exact copy keeps the original bytes
    exact = tmp_path / "out" / "exact.jpg"
    dialogs.next_saves = [str(exact)]
    editor.evidence.exact.setChecked(True)
    with qtbot.waitSignal(editor.evidence.exported, timeout=10000):
        editor.evidence.export_selected()
    assert exact.read_bytes() == src.read_bytes()


def test_remove_erases_after_confirmation(editor, vault, demo, tmp_path, qtbot, dialogs) -> None:
    editor.open_case(demo.id)
    f = tmp_path / "doc.txt"
    f.write_text("x")
    attach(editor, qtbot, [f])
    eid = editor.case.evidence[0].id
    dialogs.answer = False
    assert not editor.evidence.remove_selected()
    assert evidence_service.has_content(vault, eid)
    dialogs.answer = True
    assert editor.evidence.remove_selected()
    assert not evidence_service.has_content(vault, eid)
    assert vault.blobs.names() == set()
    assert editor.case.evidence == [] and editor.evidence.table.rowCount() == 0
    assert editor.save_now()
    assert get_case(vault, demo.id).evidence == []


def test_files_by_dialog(editor, vault, demo, tmp_path, qtbot, dialogs) -> None:
    editor.open_case(demo.id)
    a, b = tmp_path / "a.txt", tmp_path / "b.txt"
    a.write_text("a")
    b.write_text("b")
    dialogs.next_files = [str(a), str(b)]
    with qtbot.waitSignals([editor.evidence.attached, editor.evidence.attached], timeout=30000):
        editor.evidence.add_btn.click()
    assert len(get_case(vault, demo.id).evidence) == 2


def test_pdf_first_page_preview(editor, demo, tmp_path, qtbot) -> None:
    editor.open_case(demo.id)
    pdf = tmp_path / "decision.pdf"
    Image.new("RGB", (200, 280), (255, 255, 255)).save(pdf, format="PDF")
    attach(editor, qtbot, [pdf])
    assert editor.case.evidence[0].media_type == "application/pdf"
    with qtbot.waitSignal(editor.evidence.preview_ready, timeout=10000):
        editor.evidence.show_preview(editor.case.evidence[0])
    assert not editor.evidence.preview_image.pixmap().isNull()


def test_drop_files(editor, vault, demo, tmp_path, qtbot) -> None:
    from PySide6.QtCore import QMimeData, QPointF, QUrl
    from PySide6.QtGui import QDropEvent

    editor.open_case(demo.id)
    a = tmp_path / "dropped.txt"
    a.write_text("dropped")
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(a))])
    event = QDropEvent(
        QPointF(5, 5),
        Qt.DropAction.CopyAction,
        mime,
        Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
    )
    with qtbot.waitSignal(editor.evidence.attached, timeout=30000):
        editor.evidence.dropEvent(event)
    assert [e.file_name for e in get_case(vault, demo.id).evidence] == ["dropped.txt"]
