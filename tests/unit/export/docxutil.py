"""Reading our .docx files back with python-docx."""

from __future__ import annotations

import io

import docx
from docx.oxml.ns import qn
from docx.text.paragraph import Paragraph


def read(data: bytes):
    return docx.Document(io.BytesIO(data))


def paragraphs(d) -> list:
    """Every paragraph of the body, table cells included, in document order."""
    out = []
    body = d.element.body
    for p in body.iter(qn("w:p")):
        out.append(Paragraph(p, d))
    return out


def all_text(data: bytes) -> str:
    d = read(data)
    parts = [p.text for p in paragraphs(d)]
    for sec in d.sections:
        parts += [p.text for p in sec.header.paragraphs] + [p.text for p in sec.footer.paragraphs]
    return "\n".join(parts)
