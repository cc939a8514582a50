"""render_docx: the same document as the PDF, as an editable .docx read back with python-docx."""

from __future__ import annotations

import io
import os
import subprocess
import sys
import zipfile

import pytest
from docx.oxml.ns import qn

from app.domain.document import Document, FieldRow, Paragraph, Section
from app.errors import Cancelled
from app.export import render_docx, render_pdf
from app.export.docx_writer import CHINESE_FONT, CHINESE_TRADITIONAL_FONT, TIBETAN_FONT, UYGHUR_FONT, script_parts
from app.export.text import field_label, heading_text

from .docs import DIGEST, TIBETAN, UYGHUR_QUOTE, UYGHUR_WORDS, long_document, multilingual
from .docxutil import all_text, paragraphs, read
from .pdfutil import full_text


@pytest.fixture(scope="module")
def doc() -> Document:
    return multilingual(draft=True)


@pytest.fixture(scope="module")
def data(doc: Document) -> bytes:
    return render_docx(doc)


def _walk(section: Section):
    yield section
    for sub in section.subsections:
        yield from _walk(sub)


def test_every_section_and_value_of_the_pdf_is_in_the_docx(doc: Document, data: bytes) -> None:
    text = all_text(data)
    pdf_text = full_text(render_pdf(doc))
    headings = [p.text for p in paragraphs(read(data)) if p.style.name.startswith("Heading")]
    for section in (s for top in doc.sections for s in _walk(top)):
        assert heading_text(section) in headings
        for block in section.blocks:
            if isinstance(block, FieldRow):
                assert field_label(block) in text
                assert (block.value or doc.not_known) in text
                assert block.note in text
    for s in doc.all_text():
        assert s.strip() in text, s
    # what the PDF prints outside all_text(): signature, "not known", the DRAFT label
    sig = doc.signature
    assert sig is not None
    for s in (sig.place_label, sig.place_value, sig.date_label, sig.date_value, sig.name_label, sig.name_value,
              sig.signature_label, doc.not_known, doc.draft_label):
        assert s in text and s in pdf_text


def test_text_is_the_documents_exactly_no_replacement_marks(data: bytes) -> None:
    text = all_text(data)
    assert "陳𠮷" in text  # the PDF prints � (no embedded face has it); a word processor may
    assert "\ufffd" not in text
    assert '<b>bold</b> & <font name="x"> &amp; </para> <br/> &#x41;' in text
    assert DIGEST in text and DIGEST[::-1] in text  # whole, ready to copy


def test_numbered_sections_fields_and_tables_as_in_the_pdf(data: bytes) -> None:
    d = read(data)
    headings = [(p.style.name, p.text) for p in paragraphs(d) if p.style.name.startswith("Heading")]
    assert headings == [("Heading 1", "I. Identité"), ("Heading 2", "I.1. Témoignage"), ("Heading 1", "II. Pièces")]
    fields, evidence, signature = d.tables
    assert [c.text for c in fields.rows[0].cells] == ["1. Nom de famille", "CHEN"]
    assert fields.rows[4].cells[1].paragraphs[0].style.name == "Recourse Unknown"  # "Inconnu"
    assert [c.text for c in evidence.rows[0].cells] == ["N°", "Description", "SHA-256"]
    assert evidence.rows[0]._tr.trPr.find(qn("w:tblHeader")) is not None  # repeated on every page
    widths = [c.width for c in evidence.rows[1].cells]
    assert widths[2] > widths[1] > widths[0]
    assert "Jeanne Dupont" in signature.cell(1, 0).text


def _runs_with(d, text: str) -> list:
    return [r for p in paragraphs(d) for r in p.runs if text in r.text]


def test_fonts_named_per_script_and_rtl_marked(data: bytes) -> None:
    d = read(data)
    (zh,) = _runs_with(d, "陈秋实")
    rfonts = zh._r.rPr.rFonts
    assert rfonts.get(qn("w:eastAsia")) == CHINESE_FONT and rfonts.get(qn("w:hint")) == "eastAsia"
    ug = _runs_with(d, UYGHUR_WORDS[1])
    assert ug and all(r._r.rPr.rFonts.get(qn("w:cs")) == UYGHUR_FONT for r in ug)
    assert all(r._r.rPr.find(qn("w:rtl")) is not None for r in ug)
    bo = _runs_with(d, TIBETAN.split("་")[0])
    assert bo and bo[0]._r.rPr.rFonts.get(qn("w:cs")) == TIBETAN_FONT
    assert bo[0]._r.rPr.find(qn("w:lang")).get(qn("w:bidi")) == "bo-CN"
    # right-to-left paragraphs: the Uyghur quote and the value of "Nom ouïghour"; labels are not
    rtl = [p.text for p in paragraphs(d) if p._p.pPr is not None and p._p.pPr.find(qn("w:bidi")) is not None]
    assert UYGHUR_QUOTE in rtl and " ".join(UYGHUR_WORDS) in rtl
    assert not any(t.startswith("7.") for t in rtl)


def test_traditional_chinese_paragraph_names_a_traditional_font() -> None:
    doc = Document("T", "en", "R", "M", sections=[Section("1", "S", [Paragraph("黃子健於香港被捕", language="zh-Hant")])])
    (run,) = _runs_with(read(render_docx(doc)), "黃子健")
    assert run._r.rPr.rFonts.get(qn("w:eastAsia")) == CHINESE_TRADITIONAL_FONT


def test_script_parts_keep_neutrals_with_their_run() -> None:
    assert script_parts("CHEN 陈秋实 (乌鲁木齐), 2019") == [("la", "CHEN "), ("zh", "陈秋实 (乌鲁木齐), 2019")]
    assert [k for k, _ in script_parts("2019-يىلى abc")] == ["ar", "la"]


def test_metadata_is_scrubbed_and_bytes_are_deterministic(doc: Document, data: bytes) -> None:
    names = zipfile.ZipFile(io.BytesIO(data)).namelist()
    assert "docProps/app.xml" not in names and "docProps/thumbnail.jpeg" not in names
    assert not any(n.startswith("customXml") for n in names)
    core = read(data).core_properties
    assert core.title == doc.title and core.author == "" and core.last_modified_by == ""
    assert core.created.isoformat().startswith("2024-03-05T00:00:00") and core.modified == core.created
    blob = b"".join(zipfile.ZipFile(io.BytesIO(data)).read(n) for n in names)
    for leak in (b"python-docx", b"Macintosh", b"rsid", b"docId"):
        assert leak not in blob
    assert all(i.date_time == (1980, 1, 1, 0, 0, 0) for i in zipfile.ZipFile(io.BytesIO(data)).infolist())
    assert render_docx(doc) == data


def test_same_bytes_in_another_process_and_time_zone(data: bytes, tmp_path) -> None:
    script = ("import sys; sys.path.insert(0, 'tests/unit/export'); from docs import multilingual; "
              "from app.export import render_docx; sys.stdout.buffer.write(render_docx(multilingual(draft=True)))")
    env = dict(os.environ, TZ="Asia/Shanghai", SOURCE_DATE_EPOCH="1700000000")
    out = subprocess.run([sys.executable, "-c", script], capture_output=True, env=env, check=True,
                         cwd=os.path.dirname(os.path.dirname(os.path.dirname(os.path.dirname(__file__)))))
    assert out.stdout == data


def test_page_furniture(doc: Document, data: bytes) -> None:
    d = read(data)
    header = d.sections[0].header.paragraphs[0].text
    assert header.split("\t") == [doc.reference, doc.draft_label, doc.marking]
    footer = d.sections[0].footer.paragraphs[0]._p.xml
    assert "PAGE" in footer and "NUMPAGES" in footer and "Page" in footer and "sur" in footer
    assert d.sections[0].page_width.mm == pytest.approx(210, abs=0.1)
    header_xml = d.sections[0].header._element.xml
    assert 'string="PROJET"' in header_xml and "rotation:315" in header_xml  # the diagonal mark
    final = read(render_docx(multilingual()))
    assert final.sections[0].header.paragraphs[0].text.split("\t")[1] == ""
    assert "v:textpath" not in final.sections[0].header._element.xml


def test_cancel_and_progress() -> None:
    with pytest.raises(Cancelled):
        render_docx(long_document(1), cancel=lambda: True)
    calls = []
    seen = {"n": 0}

    def cancel() -> bool:
        seen["n"] += 1
        return seen["n"] > 3

    with pytest.raises(Cancelled):
        render_docx(long_document(1), cancel=cancel)
    render_docx(long_document(1), progress=lambda d, t, s: calls.append((d, t)))
    assert calls and calls[-1][0] == calls[-1][1]
    assert all(b[0] >= a[0] for a, b in zip(calls, calls[1:]))


def test_property_children_in_schema_order(data: bytes) -> None:
    """Word rejects a file whose pPr/rPr/tblPr children are out of order (LibreOffice does not)."""
    from lxml import etree

    from app.export.docx_writer import SEQUENCES

    w = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
    package = zipfile.ZipFile(io.BytesIO(data))
    checked = 0
    for name in package.namelist():
        if not name.startswith("word/") or not name.endswith(".xml"):
            continue
        root = etree.fromstring(package.read(name))
        for kind, seq in SEQUENCES.items():
            for el in root.iter(w + kind):
                tags = [etree.QName(c).localname for c in el if etree.QName(c).namespace == w[1:-1]]
                known = [t for t in tags if t in seq]
                assert known == sorted(known, key=seq.index), (name, kind, tags)
                checked += 1
    assert checked > 50
