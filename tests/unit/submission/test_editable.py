"""Editable (DOCX) submissions: the same Documents as the PDFs, through the same disclosure step."""

from __future__ import annotations

import re

import pytest

from app.domain.dates import PartialDate
from app.services import cases as case_service
from app.services.demo import demo_cases
from app.services.submission import render as sub
from tests.unit.export.docxutil import all_text, odt_text, paragraphs, read
from tests.unit.export.pdfutil import full_text
from tests.unit.submission.canaries import CANARIES, canary_case, expected_in_annex

DAY = PartialDate(2026, 11, 22)
_RTL = re.compile("[\u0590-\u08ff]")


def _flat(text: str) -> str:
    return re.sub(r"\s+", "", text).casefold()


@pytest.fixture
def demo(vault):  # type: ignore[no-untyped-def]
    return [case_service.save_case(vault, c) for c in demo_cases()]


@pytest.mark.parametrize("form,lang,which", [("wgad", "fr", 1), ("sp-urgent", "es", 2), ("sp-allegation", "en", 0)])
def test_docx_has_every_section_and_value_the_pdf_has(vault, demo, form: str, lang: str, which: int) -> None:  # type: ignore[no-untyped-def]
    r = sub.render(vault, demo[which].id, form, lang, date=DAY)
    mains, annex = sub.documents(r, "docx")
    assert len(mains) == len(r.parts) == len(r.submission.documents)
    for doc, pdf, data in zip(r.submission.documents, [p.pdf for p in r.parts], mains):
        text = all_text(data)
        pdf_text = _flat(full_text(pdf))
        for s in doc.all_text():
            if s.strip():
                assert s.strip() in text, s
                for line in s.split("\n"):  # the PDF has it too (a cell may continue on the next page)
                    if not _RTL.search(line):  # (pypdf reorders mixed right-to-left lines its own way)
                        assert _flat(line) in pdf_text, line
        headings = [p.text for p in paragraphs(read(data)) if p.style.name.startswith("Heading")]
        assert len(headings) == sum(1 for _ in _sections(doc.sections))
    assert r.submission.annex.title in all_text(annex)


def _sections(sections):  # type: ignore[no-untyped-def]
    for s in sections:
        yield s
        yield from _sections(s.subsections)


@pytest.mark.parametrize("fmt", ["docx", "odt"])
def test_canaries_stay_out_of_the_main_document_and_reach_the_annex(vault, fmt: str) -> None:  # type: ignore[no-untyped-def]
    case = case_service.save_case(vault, canary_case())
    text_of = all_text if fmt == "docx" else odt_text
    for form, lang in (("wgad", "en"), ("sp-urgent", "fr"), ("reprisals", "es")):
        r = sub.render(vault, case.id, form, lang, date=DAY)
        mains, annex = sub.documents(r, fmt)
        flat = {k: _flat(v) for k, v in CANARIES.items()}
        for data in mains:
            main = _flat(text_of(data))
            assert [k for k, v in flat.items() if v in main] == []
            assert b"CANARY" not in data
        annex_text = _flat(text_of(annex))
        present = {k for k, v in flat.items() if v in annex_text}
        assert expected_in_annex(form) - present == set(), form


def test_save_writes_docx_files_and_audits_the_format(vault, demo, tmp_path) -> None:  # type: ignore[no-untyped-def]
    r = sub.render(vault, demo[0].id, "wgad", "en", date=DAY)
    paths = sub.save(vault, r, tmp_path / "wgad.docx", tmp_path / "annex.docx", "docx")
    assert [p.name for p in paths] == ["wgad.docx"]
    mains, annex = sub.documents(r, "docx")
    assert paths[0].read_bytes() == mains[0] and (tmp_path / "annex.docx").read_bytes() == annex
    assert read(mains[0]).core_properties.title == r.submission.documents[0].title
    with pytest.raises(ValueError):
        sub.documents(r, "rtf")
