"""render_odt: the same document as an OpenDocument text, read back from its XML."""

from __future__ import annotations

import io
import zipfile

import pytest

from app.domain.document import Document
from app.errors import Cancelled
from app.export import render_odt

from .docs import DIGEST, UYGHUR_QUOTE, UYGHUR_WORDS, long_document, multilingual
from .docxutil import odt_paragraphs, odt_text


@pytest.fixture(scope="module")
def doc() -> Document:
    return multilingual(draft=True)


@pytest.fixture(scope="module")
def data(doc: Document) -> bytes:
    return render_odt(doc)


def test_every_string_of_the_document_is_there(doc: Document, data: bytes) -> None:
    text = odt_text(data)
    for s in doc.all_text():
        if s not in (doc.reference, doc.marking):  # page header: styles.xml, below
            assert s.strip() in text, s
    assert "陳𠮷" in text and DIGEST in text and "I.1. Témoignage" in text
    styles = zipfile.ZipFile(io.BytesIO(data)).read("styles.xml").decode()
    for s in (doc.reference, doc.marking, doc.draft_label, "text:page-number", "text:page-count"):
        assert s in styles


def test_right_to_left_paragraphs_and_script_fonts(data: bytes) -> None:
    content = zipfile.ZipFile(io.BytesIO(data)).read("content.xml").decode()
    rtl_styles = {name for name, _ in odt_paragraphs(data) if name and "_R" in name}
    assert rtl_styles and all(f'style:name="{n}"' in content for n in rtl_styles)
    assert 'style:writing-mode="rl-tb"' in content
    by_text = dict((t, s) for s, t in odt_paragraphs(data))
    assert "_R" in by_text[UYGHUR_QUOTE] and "_R" in by_text[" ".join(UYGHUR_WORDS)]
    assert not any("_R" in s for s, t in odt_paragraphs(data) if t.startswith("7."))  # labels stay LTR
    assert 'text:style-name="Tibetan"' in content
    styles = zipfile.ZipFile(io.BytesIO(data)).read("styles.xml").decode()
    assert 'style:font-name-asian="SimSun"' in styles and 'style:font-name-complex="Microsoft Uighur"' in styles


def test_package_is_valid_deterministic_and_anonymous(doc: Document, data: bytes) -> None:
    z = zipfile.ZipFile(io.BytesIO(data))
    first = z.infolist()[0]
    assert first.filename == "mimetype" and first.compress_type == zipfile.ZIP_STORED
    assert z.read("mimetype") == b"application/vnd.oasis.opendocument.text"
    assert all(i.date_time == (1980, 1, 1, 0, 0, 0) for i in z.infolist())
    meta = z.read("meta.xml").decode()
    assert "generator" not in meta and "creator" not in meta and "2024-03-05T00:00:00" in meta
    assert render_odt(doc) == data


def test_cancel() -> None:
    with pytest.raises(Cancelled):
        render_odt(long_document(1), cancel=lambda: True)
