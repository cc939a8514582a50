"""The same property on the real PDFs: marked values are not in the main PDFs' text or bytes, and are in the
annex PDF; a source's relationship never reaches the main PDF."""

from __future__ import annotations

import re

import pytest

from app.domain.dates import PartialDate
from app.export.pdf import render_pdf
from app.services.disclosure import fields as table
from app.services.submission import FORMS, LANGUAGES
from app.services.submission.mapping import build
from tests.unit.disclosure.test_property import _mark
from tests.unit.export.pdfutil import full_text
from tests.unit.submission.conftest import complete_case

DAY = PartialDate(2026, 11, 22)


def _flat(text: str) -> str:
    return re.sub(r"\s+", "", text)


@pytest.mark.parametrize("form", FORMS)
def test_marked_values_are_not_in_the_main_pdfs(form: str) -> None:
    case, canaries = _mark(seed=20261122, p_field=0.3, p_item=0.1)
    marked = [c for c in canaries if c.marked()]
    assert len(marked) > 40
    for lang in LANGUAGES:
        sub = build(case, form, lang, date=DAY)
        mains = [render_pdf(d) for d in sub.documents]
        annex = _flat(full_text(render_pdf(sub.annex)))
        for pdf in mains:
            text = _flat(full_text(pdf))
            assert [c.value for c in marked if c.value in text] == []
            assert [c.value for c in marked if c.value.startswith("Cnry") and c.value.encode() in pdf] == []
        assert [c.value for c in marked if "internal" not in table.entry(c.cls, c.name) and c.for_form(form)
                and c.value not in annex] == []


def test_a_source_relationship_never_reaches_the_main_pdf() -> None:
    case = complete_case()
    source = case.persons[1]
    source.relationship_to_victim = "wife"
    case.consents[0].given_by_name = "Zheng An (wife)"
    case.narrative = "According to his wife, Zheng An, he was beaten. Zheng An, his wife, saw the police."
    for form in ("wgad", "sp-urgent", "wgeid"):  # the WGEID asks for the relationship: the annex has it
        sub = build(case, form, "en", date=DAY)
        text = full_text(render_pdf(sub.main))
        assert "wife" not in text and "Zheng" not in text and "郑安" not in text
        assert "Source 1" in text
        assert "wife" in full_text(render_pdf(sub.annex))
