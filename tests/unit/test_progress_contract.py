"""One progress/cancel contract (app/progress.py) for crypto, export and services: no layer defines its own."""

from __future__ import annotations

import ast
import typing
from pathlib import Path

import app
from app import progress
from app.crypto import stream
from app.export import docx_writer, odt_writer, pdf
from app.services import backup, bundle, bundle_import, bundle_read, evidence, media, search, verify
from app.services.submission import render

APP = Path(app.__file__).parent


def test_no_module_defines_a_progress_or_cancel_type_of_its_own() -> None:
    names = {"Progress", "Cancel", "CancelCheck", "ProgressCallback"}
    found = []
    for path in sorted(APP.rglob("*.py")):
        if path == APP / "progress.py":
            continue
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            targets = node.targets if isinstance(node, ast.Assign) else [node.target] if isinstance(
                node, ast.AnnAssign) else []
            found += [f"{path.relative_to(APP)}:{t.id}" for t in targets if isinstance(t, ast.Name) and t.id in names]
    assert found == []


def test_long_work_in_every_layer_takes_the_shared_types() -> None:
    functions = [stream.encrypt_stream, stream.decrypt_stream, pdf.render_pdf, docx_writer.render_docx,
                 odt_writer.render_odt, evidence.attach, evidence.export_copy, backup.create, backup.verify,
                 backup.restore, bundle.create, bundle_read.read, bundle_import.import_bundle,
                 search.rebuild_index, verify.verify, media.export_without_metadata, render.render, render.documents,
                 render.save]
    for fn in functions:
        hints = typing.get_type_hints(fn)
        assert hints["progress"] in (progress.Progress, progress.Progress | None), fn.__qualname__
        assert hints["cancel"] in (progress.Cancel, progress.Cancel | None), fn.__qualname__
