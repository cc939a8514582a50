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


_TEXT = "urn:oasis:names:tc:opendocument:xmlns:text:1.0"


def _odt_text(el) -> str:
    """The text of an ODF element: spans, <text:s c=N/>, line breaks and tabs."""
    from lxml import etree

    local = etree.QName(el).localname
    if local == "s":
        inner = " " * int(el.get(f"{{{_TEXT}}}c", "1"))
    elif local == "line-break":
        inner = "\n"
    elif local == "tab":
        inner = "\t"
    else:
        inner = (el.text or "") + "".join(_odt_text(child) + (child.tail or "") for child in el)
    return inner


def odt_paragraphs(data: bytes) -> list[tuple[str, str]]:
    """(style name, text) of every text:p/text:h of an .odt's content.xml, in document order."""
    import zipfile

    from lxml import etree

    root = etree.fromstring(zipfile.ZipFile(io.BytesIO(data)).read("content.xml"))
    return [(p.get(f"{{{_TEXT}}}style-name"), _odt_text(p)) for p in root.iter(f"{{{_TEXT}}}p", f"{{{_TEXT}}}h")]


def odt_text(data: bytes) -> str:
    return "\n".join(t for _, t in odt_paragraphs(data))
