"""render_pdf, read back with pypdf and fontTools (no poppler)."""

from __future__ import annotations

import re

import pytest

from app.domain.document import Document, FieldRow, Paragraph, Section, Table
from app.errors import Cancelled
from app.export import render_pdf

from .docs import DIGEST, MARKUP, TIBETAN, UYGHUR_WORDS, long_document, multilingual
from .pdfutil import STANDARD_14, all_streams, fold, fonts, full_text, notdef_codes, reader, shown_text


@pytest.fixture(scope="module")
def pdf() -> bytes:
    return render_pdf(multilingual())


@pytest.fixture(scope="module")
def long_pdf() -> bytes:
    return render_pdf(long_document(draft=True))


def _in_order(text: str, needles: list[str]) -> None:
    text = " ".join(text.split())  # lines wrap wherever the layout breaks them
    pos = 0
    for needle in needles:
        found = text.find(needle, pos)
        assert found >= 0, f"{needle!r} missing or out of order after {text[max(0, pos - 60):pos]!r}"
        pos = found + len(needle)


def test_is_a_pdf_with_a4_pages(pdf: bytes) -> None:
    assert pdf.startswith(b"%PDF-1.") and pdf.rstrip().endswith(b"%%EOF")
    box = reader(pdf).pages[0].mediabox
    assert (round(float(box.width)), round(float(box.height))) == (595, 842)


def test_sections_and_fields_in_reading_order(pdf: bytes) -> None:
    text = full_text(pdf)
    _in_order(text, [
        "Communication au Groupe de travail sur la détention arbitraire",
        "Destinataire : Groupe de travail, HCDH, Genève.",
        "I. Identité",
        "1. Nom de famille", "CHEN",
        "2. Prénom(s)", "Qiushi",
        "2 bis. Nom dans l'écriture d'origine", "陈秋实",
        "3. Autres noms", "黃子健",
        "4. Sexe", "Inconnu",
        "5. Date de naissance", "5 mars 1985", "(non divulgué — voir l'annexe)",
        "6. ¿Se presentó una orden de detención?", "No; año 2019, señal «niño»",
        "I.1. Témoignage",
        "II. Pièces", "N°", "Description", "SHA-256", "1", "Avis de détention",
        "Lieu", "Genève", "Date", "5 mars 2024", "Nom", "Jeanne Dupont", "Signature",
    ])


def test_accents_and_chinese_extract_exactly(pdf: bytes) -> None:
    text = full_text(pdf)
    for s in ("Identité", "Témoignage", "Pièces", "Photographie (été)", "¿Se presentó", "señal «niño»",
              "陈秋实", "黃子健"):
        assert s in text, s


def test_digests_print_in_full(pdf: bytes) -> None:
    text = re.sub(r"\s+", "", full_text(pdf))
    assert DIGEST in text and DIGEST[::-1] in text
    mono = {s.font for page in reader(pdf).pages for s in shown_text(page) if s.text.strip()[:6] == DIGEST[:6]}
    assert mono == {"NotoSansMono-Regular"}


def test_ext_b_prints_a_replacement_mark_not_a_box(pdf: bytes) -> None:
    assert "Rare: 陳\ufffd" in full_text(pdf)


def test_user_markup_prints_literally(pdf: bytes) -> None:
    text = full_text(pdf).replace("\n", " ")
    assert "Témoignage : " + MARKUP in re.sub(r" +", " ", text)


def test_uyghur_words_right_to_left(pdf: bytes) -> None:
    page = reader(pdf).pages[0]
    shown = shown_text(page)
    # the quote "w0 1 w1 2 w2": digits split it, so each word is drawn on its own
    first = next(s for s in shown if s.font == "UKIJTuz" and fold(s.text) == UYGHUR_WORDS[0])
    line = [s for s in shown if abs(s.y - first.y) < 1]
    x = {fold(s.text): s.x for s in line}
    assert x[UYGHUR_WORDS[0]] > x["1"] > x[UYGHUR_WORDS[1]] > x["2"] > x[UYGHUR_WORDS[2]]
    # field 7 "w0 w1 w2" is one right-to-left run: read right to left it is the fold text
    assert " ".join(UYGHUR_WORDS) in [fold(s.text) for s in shown]


def test_uyghur_quote_with_numbers_and_chinese(pdf: bytes) -> None:
    shown = shown_text(reader(pdf).pages[0])
    y = next(s.y for s in shown if s.text == "乌鲁木齐")
    line = sorted((s for s in shown if abs(s.y - y) < 1), key=lambda s: s.x)
    texts = [s.text if s.font != "UKIJTuz" else fold(s.text) for s in line]
    # right to left: "مەن" first, the year to the left of it, the Chinese name in its brackets
    assert texts[-1] == fold("مەن")
    assert texts.index("2019") > texts.index("乌鲁木齐")
    assert fold("-يىلى") in texts and texts.index(fold("-يىلى")) < texts.index("2019")


def test_tibetan_has_no_notdef(pdf: bytes) -> None:
    names = {str(f["/BaseFont"]) for f in fonts(pdf)}
    assert any("NotoSerifTibetan" in n for n in names)
    assert notdef_codes(pdf, "NotoSerifTibetan") == set()
    for part in ("UKIJTuz", "NotoSerif-Regular", "DroidSansFallback", "NotoSansMono"):
        assert notdef_codes(pdf, part) == set(), part


def test_tibetan_text_is_present(pdf: bytes) -> None:
    # pypdf cannot reassemble stacks, but the syllables drawn start with the right letters
    shown = [s.text for s in shown_text(reader(pdf).pages[0]) if s.font == "NotoSerifTibetan-Regular"]
    assert shown and shown[0].startswith("ང་")
    assert "ActualText" in reader(pdf).pages[0].get_contents().get_data().decode("latin-1")
    assert TIBETAN.encode("utf-16-be").hex().upper()[:40] in reader(pdf).pages[0].get_contents().get_data().decode(
        "latin-1")


def test_every_font_is_embedded_and_none_is_standard(pdf: bytes, long_pdf: bytes) -> None:
    for data in (pdf, long_pdf):
        found = fonts(data)
        assert found
        for f in found:
            base = str(f["/BaseFont"]).lstrip("/")
            assert base.split("+")[-1] not in STANDARD_14, base
            assert "Helvetica" not in base and "Times" not in base and "Courier" not in base
            descriptor = f["/FontDescriptor"].get_object()
            assert "/FontFile2" in descriptor, base
        assert b"Helvetica" not in data


def test_metadata_is_scrubbed(pdf: bytes) -> None:
    info = reader(pdf).metadata
    assert set(info) == {"/Title", "/CreationDate", "/ModDate"}
    assert info["/Title"] == "Communication au Groupe de travail sur la détention arbitraire"
    assert info["/CreationDate"] == info["/ModDate"] == "D:20240305000000+00'00'"
    assert b"/Metadata" not in pdf  # no XMP
    for word in (b"ReportLab", b"reportlab", b"Producer", b"Creator", b"Author", b"anonymous"):
        assert word not in pdf, word
    streams = all_streams(pdf)
    assert len(streams) > 10
    for stream in streams:  # nothing inside compressed streams either (fonts, content, CMaps)
        assert b"reportlab" not in stream.lower()


def test_dates_fall_back_to_the_epoch() -> None:
    doc = Document(title="", language="en", reference="R", marking="M", date="")
    info = reader(render_pdf(doc)).metadata
    assert "/Title" not in info
    assert info["/CreationDate"] == "D:19700101000000+00'00'"


def test_page_x_of_y(long_pdf: bytes) -> None:
    pages = reader(long_pdf).pages
    assert len(pages) >= 3
    for n, page in enumerate(pages, start=1):
        assert f"Page {n} of {len(pages)}" in page.extract_text()
        assert "RC-LONG" in page.extract_text() and "CONFIDENTIAL" in page.extract_text()


def test_localised_page_label(pdf: bytes) -> None:
    pages = reader(pdf).pages
    assert f"Page 1 sur {len(pages)}" in pages[0].extract_text()


def test_draft_mark_on_every_page(long_pdf: bytes) -> None:
    for page in reader(long_pdf).pages:
        assert "DRAFT" in [s.text.strip() for s in shown_text(page)]
        assert b"/Watermark" in page.get_contents().get_data()


def test_no_draft_mark_when_final(pdf: bytes) -> None:
    for page in reader(pdf).pages:
        assert "PROJET" not in page.extract_text()
        assert b"/Watermark" not in page.get_contents().get_data()


def test_localised_draft_mark() -> None:
    data = render_pdf(multilingual(draft=True))
    for page in reader(data).pages:
        assert "PROJET" in [s.text.strip() for s in shown_text(page)]


def test_cancel_raises_cancelled() -> None:
    calls = []

    def cancel() -> bool:
        calls.append(1)
        return len(calls) > 5

    with pytest.raises(Cancelled):
        render_pdf(long_document(), cancel=cancel)
    with pytest.raises(Cancelled):
        render_pdf(long_document(), cancel=lambda: True)
    # nothing of the cancelled documents stays in the shared font objects
    from reportlab.pdfbase import pdfmetrics

    from app.export.fonts import ALL_FACES
    assert all(not pdfmetrics.getFont(f.name).state for f in ALL_FACES)
    # and the next render is unaffected
    assert render_pdf(long_document(), cancel=lambda: False) == render_pdf(long_document())


def test_progress_reports_layout() -> None:
    seen: list[tuple[int, int, str]] = []
    render_pdf(long_document(), progress=lambda d, t, label: seen.append((d, t, label)))
    assert seen and seen[-1][0] == seen[-1][1] > 0
    assert [d for d, _, _ in seen] == sorted(d for d, _, _ in seen)
    assert {label for _, _, label in seen} == {"layout"}


def test_long_field_values_and_empty_document_render() -> None:
    long_value = "\n".join(["A long account of the arrest, line after line."] * 120)
    doc = Document(title="T", language="en", reference="R", marking="M",
                   sections=[Section("I", "S", [FieldRow("1", "Account", long_value),
                                                FieldRow("2", "Uyghur account", "ئۈرۈمچى " * 900),
                                                Paragraph("ئۈرۈمچى " * 400, "quote")])])
    data = render_pdf(doc)
    assert len(reader(data).pages) >= 4
    assert notdef_codes(data, "UKIJTuz") == set()
    assert render_pdf(Document(title="", language="", reference="", marking="")).startswith(b"%PDF")


def test_table_header_repeats_on_every_page() -> None:
    rows = tuple((str(i), f"Item {i}", DIGEST) for i in range(1, 121))
    doc = Document(title="T", language="en", reference="R", marking="M",
                   sections=[Section("I", "Evidence", [Table(("No.", "Description", "SHA-256"), rows,
                                                             widths=(1, 3, 5), monospace_columns=(2,))])])
    pages = reader(render_pdf(doc)).pages
    assert len(pages) >= 3
    for page in pages:
        heads = [s for s in shown_text(page) if s.text in ("No.", "Description", "SHA-256")]
        assert [s.text for s in heads] == ["No.", "Description", "SHA-256"]
        assert {s.font for s in heads} == {"NotoSerif-Bold"}
    assert "Item 120" in full_text(render_pdf(doc))


def test_field_note_in_italics_and_not_known(pdf: bytes) -> None:
    shown = shown_text(reader(pdf).pages[0])
    fonts_of = {s.text: s.font for s in shown}
    assert fonts_of["(non divulgué — voir l'annexe)"] == "NotoSerif-Italic"
    assert fonts_of["Inconnu"] == "NotoSerif-Italic"
    assert fonts_of["5 mars 1985"] == "NotoSerif-Regular"
