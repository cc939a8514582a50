"""PDF and DOCX rendering of submission documents (the only package that imports reportlab
and python-docx).

Public API::

    render_pdf(doc, *, progress=None, cancel=None) -> bytes
    render_docx(doc, *, progress=None, cancel=None) -> bytes
    render_odt(doc, *, progress=None, cancel=None) -> bytes
    script_runs(text, base=SERIF.name) -> list[tuple[str, str]]
    missing_characters(text) -> set[str]
"""

from __future__ import annotations

from app.export.docx_writer import render_docx
from app.export.fonts import missing_characters, script_runs
from app.export.odt_writer import render_odt
from app.export.pdf import render_pdf

__all__ = ["missing_characters", "render_docx", "render_odt", "render_pdf", "script_runs"]
