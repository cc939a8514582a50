"""Follow-up documents (WGAD comments on a Government reply, SP update letter): pre-filled from the log,
rendered as PDF and DOCX in three languages, through the disclosure step."""

from __future__ import annotations

import re

import pytest

from app.domain.dates import PartialDate
from app.domain.model import CommunicationEntry, EvidenceItem
from app.services import cases as case_service
from app.services.submission import LANGUAGES
from app.services.submission import render as sub
from app.services.submission.checks import check
from app.services.submission.mapping import build
from tests.unit.export.docxutil import all_text
from tests.unit.export.pdfutil import full_text
from tests.unit.submission.conftest import complete_case

DAY = PartialDate(2026, 11, 22)


def _flat(text: str) -> str:
    return re.sub(r"\s+", "", text).casefold()


@pytest.mark.parametrize("lang", LANGUAGES)
def test_wgad_comments_are_filled_from_the_latest_reply(lang: str) -> None:
    case = complete_case()
    text = build(case, "wgad-comments", lang, date=DAY).main_text()
    assert "UA CHN 4/2020" in text and "The Government says he is in quarantine." in text
    comments = "The reply does not say where he is held or under which law."
    assert text.count(comments) == 1  # the body, not again in the chronology
    assert "He is still held; his family has had no news since March." in text  # the communication's update
    assert {"en": "28 April 2020", "fr": "28 avril 2020", "es": "28 de abril de 2020"}[lang] in text
    assert "Zheng" not in text and "郑" not in text  # the source stays in the annex


def test_sp_update_and_the_reply_answering_it() -> None:
    case = complete_case()
    text = build(case, "sp-update", "en", date=DAY).main_text()
    body = text.split("Update on the situation", 1)[1].split("Current situation", 1)[0]
    assert "He is still held; his family has had no news since March." in body
    assert "Reply of the Government" in text and "The Government says he is in quarantine." in text
    case.communications[1].in_reply_to = ""  # a reply to nothing in particular is not this communication's
    text = build(case, "sp-update", "en", date=DAY).main_text()
    assert "No reply of the Government to this communication is known to the source." in text


def test_checks_need_something_to_follow_up() -> None:
    case = complete_case()
    assert [f.code for f in check(case, "wgad-comments") if f.code.startswith("followup")] == []
    case.communications[1].follow_up_text = ""
    assert [(f.code, f.severity) for f in check(case, "wgad-comments") if f.code.startswith("followup")] == \
        [("followup-no-text", "warning")]
    case.communications[1].follow_up_text = "答复没有说明他被关押在哪里。"
    assert "followup-language" in [f.code for f in check(case, "wgad-comments") if f.blocking]
    case.communications = []
    for form in ("wgad-comments", "sp-update"):
        blocking = [f.code for f in check(case, form) if f.blocking]
        assert blocking == ["followup-nothing-logged"]
        # it still builds (a draft), saying the log is empty
        assert "No communication is recorded." in build(case, form, "en", date=DAY).main_text() or \
            "No reply" in build(case, form, "en", date=DAY).main_text()


def test_confidential_log_entries_and_fields_stay_in_the_annex() -> None:
    case = complete_case()
    reply = case.communications[1]
    reply.confidential_fields = ["summary"]
    secret = CommunicationEntry(kind="press-release", date=PartialDate(2020, 5, 1), title="CANARY-RELEASE",
                                confidential=True)
    case.communications.append(secret)
    for form in ("wgad-comments", "sp-update"):
        s = build(case, form, "en", date=DAY)
        main, annex = s.main_text(), "\n".join(s.annex.all_text())
        assert "quarantine" not in main and "CANARY-RELEASE" not in main
        assert "quarantine" in annex and "CANARY-RELEASE" in annex
        assert "Withheld — see the confidential annex" in main


def test_one_document_for_several_victims() -> None:
    from tests.unit.disclosure.richcase import rich_case

    case, _ = rich_case()
    assert len(case.victims()) == 2
    assert len(build(case, "wgad", "en", date=DAY).documents) == 2
    assert len(build(case, "wgad-comments", "en", date=DAY).documents) == 1


@pytest.mark.parametrize("form,lang", [("wgad-comments", "fr"), ("sp-update", "es"), ("sp-update", "en")])
def test_rendered_pdf_and_docx_carry_the_same_text(vault, form: str, lang: str) -> None:  # type: ignore[no-untyped-def]
    case = complete_case()
    case.evidence.append(EvidenceItem(file_name="reply-2020-04-28.pdf", kind="official-document", sha256="b" * 64))
    case.communications[1].evidence_id = case.evidence[-1].id
    stored = case_service.save_case(vault, case)
    r = sub.render(vault, stored.id, form, lang, date=DAY)
    assert len(r.parts) == 1 and r.record.form == form
    pdf = _flat(full_text(r.main_pdf))
    (docx,), _annex = sub.documents(r, "docx")
    docx_text = all_text(docx)
    for s in r.submission.main.all_text():
        if s.strip():
            assert _flat(s) in pdf, s
            assert s.strip() in docx_text, s
    assert "reply-2020-04-28.pdf" in docx_text and "UA CHN 4/2020" in docx_text
    assert "Zheng" not in docx_text and "source@example.org" not in docx_text
    # tracked like any submission: the follow-up's own due dates use its body's period
    rec = sub.track(vault, r.record.id, sent_on="2026-11-23")
    from app.domain.due import due_items

    assert rec.sent_on == "2026-11-23" and not [i for i in due_items(stored, [rec]) if not i.from_log]
    # (the State owes no reply to a follow-up document)
