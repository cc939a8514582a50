"""Base direction per paragraph and per label/value, copy-and-search order of Uyghur in
poppler, pdfium and pypdf, and table cells that never break inside a word."""

from __future__ import annotations

import re
import shutil
import subprocess

import pypdfium2
import pytest

from app.domain.document import Document, FieldRow, Paragraph, Section, Table
from app.export import render_pdf
from app.export.layout import STYLES, text_flowable
from app.export.text import paragraph_rtl
from app.export.text import majority_rtl

from .docs import TIBETAN, UYGHUR_WORDS
from .pdfutil import full_text, reader, shown_text

NAME = "مەمەتجان ئىمىن"  # Memetjan Imin
CHILD = "بالا"  # "child": lam-alef ligature
SENTENCE = " ".join(UYGHUR_WORDS + (CHILD,))
_EMBEDDINGS = re.compile("[\u202a-\u202e]")


def _doc() -> Document:
    return Document(
        title="Direction", language="en", reference="RC-1", marking="CONFIDENTIAL", date="2024-01-01",
        sections=[Section("I", "Victims", [
            FieldRow("1", f"{NAME} (Memetjan Imin) — date of arrest", "5 March 2019"),
            FieldRow("2", "Name in original script", NAME),
            Paragraph(SENTENCE, "quote", "ug"),
            Paragraph(TIBETAN, "quote", "bo"),
            Paragraph("The detainee was held incommunicado. " * 8),
            Table(("Date", "Event", "Place"),
                  (("17 September 2019", "Taken from his home by plainclothes police officers " * 3, "Ürümqi"),
                   ("2019年9月5日", "他在家中被便衣警察带走，此后家属一直没有得到任何消息。", "乌鲁木齐")),
                  widths=(0.35, 4, 0.6)),
        ])])


@pytest.fixture(scope="module")
def pdf() -> bytes:
    return render_pdf(_doc())


def test_document_direction_unless_the_text_is_plainly_the_other() -> None:
    assert majority_rtl(SENTENCE, False)
    assert majority_rtl(f"{SENTENCE} (Ürümqi)", False)
    assert not majority_rtl(f"{NAME} (Memetjan Imin) — date of arrest", False)
    assert not majority_rtl(f"{NAME} (Memetjan Imin)", False)
    assert not majority_rtl("ئابدۇرەھمان / Abdurehman", False) and not majority_rtl("تۇرسۇن / Tursun", False)
    assert majority_rtl("مەن 2019-يىلى ئۈرۈمچىدە (乌鲁木齐) تۇتۇلدۇم.", False)
    assert not majority_rtl(f"Name: {NAME}", False)
    assert not majority_rtl("2019", False) and majority_rtl("2019", True)
    assert paragraph_rtl(Paragraph("Memetjan", language="ug"), False)
    assert not paragraph_rtl(Paragraph(SENTENCE, direction="ltr"), False)
    assert paragraph_rtl(Paragraph(SENTENCE), False)


def test_label_starting_with_a_uyghur_name_reads_left_to_right() -> None:
    label = text_flowable(f"1. {NAME} (Memetjan Imin) — date of arrest", STYLES["label"], False)
    label.wrap(1000, 100)
    (line,) = label._lines
    assert not line.rtl
    texts = [it.text.strip() for it in line.items if not it.space]
    # number, the name (its words right to left), the transliteration: not "Memetjan Imin) —( ..."
    assert texts == ["1.", NAME.split()[1], NAME.split()[0], "(Memetjan Imin) — date of arrest"]


def test_label_row_on_the_page_keeps_its_order(pdf: bytes) -> None:
    shown = shown_text(reader(pdf).pages[0])
    number = next(s for s in shown if s.text.startswith("1."))
    latin = next(s for s in shown if "Memetjan Imin)" in s.text)
    arabic = [s for s in shown if "Arabic" in s.font or "UKIJ" in s.font]
    row = [s for s in arabic if abs(s.y - number.y) < 1]
    assert row and all(number.x < s.x < latin.x for s in row)


def _poppler(data: bytes) -> str:
    if shutil.which("pdftotext") is None:
        pytest.skip("poppler-utils not installed")
    out = subprocess.run(["pdftotext", "-", "-"], input=data, capture_output=True, check=True).stdout
    return _EMBEDDINGS.sub("", out.decode("utf-8"))


def _pdfium(data: bytes) -> str:
    doc = pypdfium2.PdfDocument(data)
    try:
        return "\n".join(doc[i].get_textpage().get_text_range() for i in range(len(doc)))
    finally:
        doc.close()


def test_uyghur_copies_in_logical_order_in_poppler(pdf: bytes) -> None:
    text = _poppler(pdf)
    assert SENTENCE in text
    assert NAME in text
    assert CHILD[::-1] not in text and NAME[::-1] not in text
    assert TIBETAN in text  # through ActualText


def test_uyghur_copies_in_logical_order_in_pdfium(pdf: bytes) -> None:
    text = _pdfium(pdf)
    assert SENTENCE in text  # its last word has the lam-alef ligature
    assert TIBETAN in text


def test_uyghur_reads_back_in_pypdf_with_letters_not_presentation_forms(pdf: bytes) -> None:
    text = full_text(pdf)
    assert SENTENCE in text
    assert not re.search("[\ufb50-\ufdff\ufe70-\ufeff]", text)


def test_table_cells_break_at_spaces_only(pdf: bytes) -> None:
    words = full_text(pdf).split()
    assert "September" in words and "Septembe" not in words
    assert "plainclothes" in words and "Ürümqi" in words


def test_fit_widths_takes_room_from_columns_with_some_to_spare() -> None:
    from app.export.columns import fit_widths

    assert fit_widths([10, 80, 10], [5, 5, 5]) == [10, 80, 10]
    out = fit_widths([10, 80, 10], [30, 5, 5])
    assert out[0] == 30 and out[2] >= 5 and abs(sum(out) - 100) < 1e-9
    out = fit_widths([10, 80, 10], [60, 60, 0])  # impossible: shares in proportion to the needs
    assert out == [50, 50, 0]


def test_no_break_spaces_hold_in_plain_and_shaped_paragraphs() -> None:
    from app.export.fonts import script_runs
    from app.export.shaped import layout

    for space in ("\u00a0", "\u202f"):
        plain = text_flowable(f"Personne 1 sur 3{space}: Jean", STYLES["body"], False)
        for width in (70, 75, 80, 90):
            plain.wrap(width, 1000)
            lines = [" ".join(w if isinstance(w, str) else w.text for w in ln[1]) for ln in plain.blPara.lines]
            assert not any(ln.rstrip().endswith("3") for ln in lines), lines
            shaped = layout(script_runs(f"Personne 1 sur 3{space}: {CHILD}"), 10, width)
            assert not any(ln.items[-1].text.endswith("3") for ln in shaped)
