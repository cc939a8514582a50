"""Submissions panel: editable DOCX copies of the rendered documents, written in a worker."""

from __future__ import annotations

import zipfile

from tests.unit.export.docxutil import all_text


def test_save_docx_after_render(editor, demo, tmp_path, qtbot, dialogs) -> None:
    editor.open_case(demo.id)
    sub = editor.submissions
    sub.run_check()
    assert not sub.save_docx_btn.isEnabled()  # nothing rendered yet
    with qtbot.waitSignal(sub.rendered_ready, timeout=60000) as blocker:
        sub.render_btn.click()
    rendered = blocker.args[0]
    main, annex = tmp_path / "main.docx", tmp_path / "annex.docx"
    dialogs.next_saves = [str(main), str(annex)]
    with qtbot.waitSignal(sub.saved_files, timeout=60000) as saved:
        assert sub.save_docx_btn.isEnabled()
        sub.save_docx_btn.click()
    assert saved.args == [str(main), str(annex)]
    assert zipfile.is_zipfile(main) and zipfile.is_zipfile(annex)
    text = all_text(main.read_bytes())
    doc = rendered.submission.documents[0]
    assert doc.title in text and doc.reference in text
    assert rendered.submission.annex.title in all_text(annex.read_bytes())
    assert sub.render_btn.isEnabled() and sub.save_docx_btn.isEnabled() and sub.worker is None
