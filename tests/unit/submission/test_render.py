"""Submissions end to end: a case in a real vault becomes PDFs that are parsed back."""

from __future__ import annotations

import re

import pytest

from app.domain.dates import PartialDate
from app.errors import SubmissionBlocked
from app.services import cases as case_service
from app.services.demo import demo_cases
from app.services.submission import render as sub
from app.services.submission.forms import load_form
from tests.unit.export.pdfutil import STANDARD_14, fonts, full_text, reader
from tests.unit.submission.canaries import CANARIES, canary_case, expected_in_annex

DAY = PartialDate(2026, 11, 22)


def _squash(text: str) -> str:
    """Text as extracted, with line breaks and repeated blanks folded (PDF wraps lines)."""
    return re.sub(r"\s+", " ", text)


@pytest.fixture
def demo(vault):  # type: ignore[no-untyped-def]
    return [case_service.save_case(vault, c) for c in demo_cases()]


@pytest.mark.parametrize("form,lang,which", [
    ("wgad", "en", 0), ("wgad", "fr", 1), ("wgad", "es", 2),
    ("wgad-urgent", "en", 1), ("sp-allegation", "fr", 0), ("sp-urgent", "es", 2),
])
def test_every_section_with_the_case_values(vault, demo, form: str, lang: str, which: int) -> None:  # type: ignore[no-untyped-def]
    case = demo[which]
    r = sub.render(vault, case.id, form, lang, date=DAY)
    text = _squash(full_text(r.main_pdf))
    definition = load_form(form, lang)
    for section in definition.sections:
        heading = _squash(f"{section.number}. {section.title}" if section.number else section.title)
        assert heading in text, heading
    assert _squash(definition.title) in _squash(text)
    assert case.reference in text
    victim = case.victims()[0]
    if r.submission.main.sections and victim.family_name_latin:
        assert victim.family_name_latin in text  # demo victims consented to be named
    # the arrest date, written in the document's language
    from app.services.disclosure import fmt

    assert fmt.date(case.deprivations[0].arrest.date, lang) in text
    pages = len(reader(r.main_pdf).pages)
    assert definition.label("page").format(page=pages, pages=pages) in text


def test_chinese_names_extract_and_fonts_are_embedded(vault, demo) -> None:  # type: ignore[no-untyped-def]
    r = sub.render(vault, demo[0].id, "wgad", "en", date=DAY)
    text = full_text(r.main_pdf)
    assert "晓雯" in text and "北京市公安局" in text
    for pdf in (r.main_pdf, r.annex_pdf):
        for f in fonts(pdf):
            name = str(f["/BaseFont"]).lstrip("/").split("+")[-1]
            assert name not in STANDARD_14
            descriptor = f.get("/FontDescriptor") or f["/DescendantFonts"][0].get_object()["/FontDescriptor"]
            assert "/FontFile2" in descriptor.get_object()


def test_canaries_are_absent_from_the_main_pdf_and_present_in_the_annex(vault) -> None:  # type: ignore[no-untyped-def]
    case = case_service.save_case(vault, canary_case())
    for form, lang in (("wgad", "en"), ("sp-urgent", "fr"), ("reprisals", "es")):
        r = sub.render(vault, case.id, form, lang, date=DAY)
        # compare without any white space: table cells wrap long words anywhere
        main = re.sub(r"\s+", "", full_text(r.main_pdf)).casefold()
        annex = re.sub(r"\s+", "", full_text(r.annex_pdf)).casefold()
        flat = {k: re.sub(r"\s+", "", v).casefold() for k, v in CANARIES.items()}
        assert [k for k, v in flat.items() if v in main] == []
        present = [k for k, v in flat.items() if v in annex]
        assert expected_in_annex(form) - set(present) == set(), form
        assert b"CANARY" not in r.main_pdf  # not hidden in the file's bytes either


def test_user_text_is_printed_literally(vault, demo) -> None:  # type: ignore[no-untyped-def]
    case = demo[0]
    case.narrative = 'He wrote <b>not bold</b> & <font name="x">, then left.'
    case = case_service.save_case(vault, case)
    text = _squash(full_text(sub.render(vault, case.id, "wgad", "en", date=DAY).main_pdf))
    assert '<b>not bold</b> & <font name="x">' in text


def test_identical_input_gives_identical_bytes(vault, demo) -> None:  # type: ignore[no-untyped-def]
    a = sub.render(vault, demo[1].id, "sp-allegation", "es", date=DAY)
    b = sub.render(vault, demo[1].id, "sp-allegation", "es", date=DAY)
    assert a.main_pdf == b.main_pdf and a.annex_pdf == b.annex_pdf
    assert a.record.main_sha256 == b.record.main_sha256 and a.record.id != b.record.id


def test_metadata_is_scrubbed(vault, demo) -> None:  # type: ignore[no-untyped-def]
    r = sub.render(vault, demo[0].id, "wgad", "en", date=DAY)
    meta = reader(r.main_pdf).metadata
    assert set(meta) <= {"/Title", "/CreationDate", "/ModDate"}
    assert meta["/CreationDate"].startswith("D:20261122000000")
    assert b"ReportLab" not in r.main_pdf and b"reportlab" not in r.main_pdf


def test_blocking_findings_stop_a_final_render_but_not_a_draft(vault, demo) -> None:  # type: ignore[no-untyped-def]
    case = demo[0]
    for c in case.consents:
        c.submit_to_un = False
    case = case_service.save_case(vault, case)
    with pytest.raises(SubmissionBlocked) as err:
        sub.render(vault, case.id, "wgad", "en", date=DAY)
    assert {f.code for f in err.value.findings} == {"no-consent"}
    assert sub.history(vault, case.id) == []
    r = sub.render(vault, case.id, "wgad", "en", date=DAY, draft=True)
    for page in reader(r.main_pdf).pages:
        assert "DRAFT" in page.extract_text()
    assert r.record.draft and r.record.blocking == 1


def test_history_and_tracking(vault, demo, tmp_path) -> None:  # type: ignore[no-untyped-def]
    r = sub.render(vault, demo[0].id, "wgad", "en", date=DAY)
    sub.save(vault, r, tmp_path / "main.pdf", tmp_path / "annex.pdf")
    assert (tmp_path / "main.pdf").read_bytes() == r.main_pdf
    (rec,) = sub.history(vault, demo[0].id)
    assert rec.main_sha256 == r.record.main_sha256 and rec.form == "wgad" and rec.language == "en"
    rec = sub.track(vault, rec.id[:8], sent_on="2026-11-23", channel="e-mail", un_reference="AU/2026/1")
    assert rec.reply_due == "2027-01-22"
    rec = sub.track(vault, rec.id, outcome="opinion-arbitrary", opinion_number="3/2027", opinion_date="2027-05-02")
    assert rec.follow_up_due == "2027-11-02"
    assert sub.history(vault)[0].un_reference == "AU/2026/1"
