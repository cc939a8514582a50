"""``disclose(..., parts=...)``: a view narrowed to some fields of the case shows exactly what the
whole view shows in those fields, and nothing of the others."""

from __future__ import annotations

import random
import re
from dataclasses import fields
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from app.domain.model import Case
from app.services.disclosure import disclose
from app.services.disclosure import fields as table
from tests.unit.disclosure.richcase import all_items, markable, rich_case

CASE_FIELDS = [f.name for f in fields(Case) if f.name not in table.STRUCTURAL]
PURPOSES = ("full", "partner", "public", "state", "wgad", "reprisals")


def _same(value: Any, original: Case) -> str:
    """*value* as text, the fresh ids of withheld sub-objects (put back to a new default) made equal."""
    known = set(re.findall(r"[0-9a-f]{32}", repr(original)))
    return re.sub(r"[0-9a-f]{32}", lambda m: m.group(0) if m.group(0) in known else "new", repr(value))


def _marked_case(seed: int):  # type: ignore[no-untyped-def]
    rng = random.Random(seed)
    case, canaries = rich_case()
    for item in all_items(case):
        if hasattr(item, "confidential_fields"):
            item.confidential_fields = [n for n in markable(item) if rng.random() < 0.15]
            item.confidential = item is not case and rng.random() < 0.1
    return case, canaries


@settings(max_examples=15, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(seed=st.integers(0, 2**32 - 1), purpose=st.sampled_from(PURPOSES),
       parts=st.sets(st.sampled_from(CASE_FIELDS), min_size=1, max_size=5))
def test_a_part_is_disclosed_as_in_the_whole_view_and_the_rest_is_left_out(seed: int, purpose: str,
                                                                          parts: set[str]) -> None:
    case, canaries = _marked_case(seed)
    whole = disclose(case, purpose).case
    narrow = disclose(case, purpose, parts=frozenset(parts)).case
    blank = Case()
    for name in CASE_FIELDS:
        if name in parts:
            assert _same(getattr(narrow, name), case) == _same(getattr(whole, name), case), name
        else:
            assert _same(getattr(narrow, name), case) == _same(getattr(blank, name), case), name
    # nothing of the case's free text outside the parts reaches the narrowed view at all
    text = repr(narrow)
    assert any(c.value.startswith("Cnry") and c.chain[0][1] not in parts for c in canaries)
    outside = [c.value for c in canaries if c.chain[0][1] not in parts and c.value.startswith("Cnry") and c.value in text]
    assert outside == []


def test_names_in_a_part_follow_consent_over_the_whole_case() -> None:
    """Narrowing to the deprivations still scrubs a victim who may not be named from them: naming is
    decided over the whole case (its consent records are not a part asked for)."""
    case, _ = rich_case()
    victim = case.persons[0]
    case.consents = []  # no consent: no name anywhere outside the vault
    name = victim.family_name + victim.given_name
    case.deprivations[0].arrest.circumstances = f"{name} was taken from home."
    narrow = disclose(case, "public", parts=frozenset({"deprivations"})).case
    assert name and name not in repr(narrow)
    assert narrow.consents == [] and narrow.testimonies == []


def test_unknown_parts_are_refused() -> None:
    case, _ = rich_case()
    with pytest.raises(ValueError):
        disclose(case, "public", parts=frozenset({"testimony"}))
