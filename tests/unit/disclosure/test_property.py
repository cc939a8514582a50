"""Property: whatever is marked confidential, at any depth, never reaches a main document and is in the annex."""

from __future__ import annotations

import random

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from app.domain.dates import PartialDate
from app.services.disclosure import fields as table
from app.services.submission import FORMS, LANGUAGES
from app.services.submission.mapping import build
from tests.unit.disclosure.richcase import all_items, markable, rich_case

DAY = PartialDate(2026, 11, 22)


def _mark(seed: int, p_field: float, p_item: float):  # type: ignore[no-untyped-def]
    rng = random.Random(seed)
    case, canaries = rich_case()
    for item in all_items(case):
        if not hasattr(item, "confidential_fields"):
            continue
        item.confidential_fields = [n for n in markable(item) if rng.random() < p_field]
        item.confidential = item is not case and rng.random() < p_item
    return case, canaries


def _internal(c) -> bool:  # type: ignore[no-untyped-def]
    return "internal" in table.entry(c.cls, c.name)


@settings(max_examples=12, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(seed=st.integers(0, 2**32 - 1), p_field=st.sampled_from([0.05, 0.2, 0.5]),
       p_item=st.sampled_from([0.0, 0.05, 0.2]))
def test_marked_values_stay_out_of_every_main_document(seed: int, p_field: float, p_item: float) -> None:
    case, canaries = _mark(seed, p_field, p_item)
    marked = [c for c in canaries if c.marked()]
    assert marked or p_field < 0.1
    assert "wgeid" in FORMS  # the WGEID form (issue 14) goes through the same test as the others
    assert "reprisals" in FORMS  # and the reprisals form
    for form in FORMS:
        for lang in LANGUAGES:
            sub = build(case, form, lang, date=DAY)
            main = sub.main_text()
            annex = "\n".join(sub.annex.all_text())
            leaked = [(c.cls, c.name, c.value) for c in marked if c.value in main]
            assert leaked == [], (form, lang)
            missing = [(c.cls, c.name, c.value) for c in marked
                       if not _internal(c) and c.for_form(form) and c.value not in annex]
            assert missing == [], (form, lang)


def test_unmarked_values_are_printed_where_the_field_table_says() -> None:
    """The other side: with nothing marked, each form prints every field the table says it prints
    (except what consent or the source rule withholds)."""
    from app.domain.model import Person
    from app.services.disclosure import disclose

    case, canaries = rich_case()
    for form in FORMS:
        text, withheld = "", ""
        for lang in LANGUAGES:
            text += build(case, form, lang, date=DAY).main_text()
            withheld += "\n".join(w.value for w in disclose(case, form, lang=lang).withheld)
        missing = []
        for c in canaries:
            entry = table.entry(*c.field())
            owner = c.owner()
            if form not in entry.get("print", {}) or c.value in withheld:
                continue
            if isinstance(owner, Person) and "for" in entry and not set(entry["for"]) & set(owner.roles):
                continue
            if c.value not in text:
                missing.append((c.field(), c.cls, c.name))
        assert missing == [], form
