"""What a follow-up document follows up is chosen on the case, not on what the disclosed view left of it: a
confidential mark on the latest reply (or on its date) must not turn the document into comments on an older
reply, with the older comments as its body (real vault, PDF and DOCX)."""

from __future__ import annotations

import pytest

from app.domain.dates import PartialDate
from app.domain.model import Case, CommunicationEntry
from app.services import cases as case_service
from app.services.submission import render as sub
from app.services.vault import Vault
from tests.unit.export.docxutil import all_text
from tests.unit.export.pdfutil import full_text
from tests.unit.submission.conftest import complete_case

DAY = PartialDate(2026, 11, 22)
OLD = "The reply does not say where he is held"  # the comments on the first reply (complete_case)
NEW = "The second reply contradicts the first one"


def _with_second_reply(mark: str) -> Case:
    case = complete_case()
    first = next(e for e in case.communications if e.kind == "state-reply")
    assert first.follow_up_text.startswith(OLD)
    second = CommunicationEntry(kind="state-reply", date=PartialDate(2020, 9, 1), in_reply_to=first.in_reply_to,
                                summary="The Government now says he was released.", follow_up_text=NEW + ".")
    if mark == "item":
        second.confidential = True
    else:
        second.confidential_fields = [mark]
    case.communications.append(second)
    return case


def _body(text: str) -> str:
    """Section 3 (the comments), up to section 4."""
    start = text.index("Comments of the source on the Government")
    return text[start:text.index("Developments since the communication", start)]


@pytest.mark.parametrize("mark", ["date", "item", "follow_up_text"])
def test_the_latest_reply_stays_the_one_commented_on(vault: Vault, mark: str) -> None:
    stored = case_service.save_case(vault, _with_second_reply(mark))
    rendered = sub.render(vault, stored.id, "wgad-comments", "en", draft=True, date=DAY)
    [docx], _ = sub.documents(rendered, "docx")
    for text in (full_text(rendered.main_pdf), all_text(docx)):
        body = " ".join(_body(text).split())
        assert OLD not in body, mark  # never the comments on the older reply as the body
        if mark == "date":
            assert NEW in body  # only the date is withheld: the comments are those on the latest reply
        else:
            assert NEW not in text and "Withheld" in body  # withheld, and said so
        if mark == "item":  # the references of a reply withheld whole are withheld, not "not known"
            refs = " ".join(text[:text.index("The Government's reply", text.index("Persons concerned"))].split())
            assert refs.count("Withheld") == 3, refs  # 1.2-1.4: the communication it answers and its own date
    assert NEW in full_text(rendered.annex_pdf) or mark == "date"


def test_an_sp_update_follows_the_latest_communication_even_when_its_date_is_withheld(vault: Vault) -> None:
    case = complete_case()
    first = next(e for e in case.communications if e.kind == "communication")
    later = CommunicationEntry(kind="communication", date=PartialDate(2021, 2, 3), reference="AL CHN 2/2021",
                               mandates=["sr-hrd"], follow_up_text="He was moved to a prison in the north.",
                               confidential_fields=["date"])
    case.communications.append(later)
    stored = case_service.save_case(vault, case)
    rendered = sub.render(vault, stored.id, "sp-update", "en", draft=True, date=DAY)
    text = " ".join(full_text(rendered.main_pdf).split())
    body = text[text.index("Update on the situation"):text.index("Current situation")]
    assert "He was moved to a prison in the north." in body and first.follow_up_text[:30] not in body
    assert "3 February 2021" not in text  # the withheld date stays withheld
