"""encode/decode: lossless round trips and path-precise, exhaustive error reports."""

from __future__ import annotations

import json
from typing import Any

import pytest
from hypothesis import given, settings

from app.domain.codec import DecodeError, decode, encode, field_types
from app.domain.dates import PartialDate
from app.domain.model import (
    Case, Deprivation, DetentionPeriod, EvidenceItem, Hearing, Person, Place, Proceedings,
)
from tests.strategies import cases


def _problems(data: Any) -> list[tuple[str, str]]:
    found: list[tuple[str, str]] = []
    decode(Case, data, "$", found)
    return found


def _sample() -> Case:
    victim = Person(id="p1", roles=["victim"], family_name="林", given_name="晓梅",
                    birth_date=PartialDate(1988, approximate=True), nationalities=["CN"])
    period = DetentionPeriod(id="dp1", kind="rsdl", start=PartialDate(2023, 3, 14), ongoing=True)
    hearing = Hearing(id="h1", date=PartialDate(2024, 2))
    dep = Deprivation(id="d1", person_id="p1", periods=[period],
                      proceedings=[Proceedings(id="pr1", hearings=[hearing])])
    return Case(id="c1", title="测试 <b>&", persons=[victim], deprivations=[dep])


# --- encode / decode round trip --------------------------------------------------------
def test_encode_writes_every_field_in_model_order_with_dates_as_text() -> None:
    data = encode(_sample())
    assert list(data) == [f.name for f, _ in field_types(Case)]
    assert list(data["persons"][0]) == [f.name for f, _ in field_types(Person)]
    assert data["persons"][0]["birth_date"] == "~1988"
    assert data["deprivations"][0]["periods"][0]["end"] is None
    json.dumps(data)  # JSON-ready: only dicts, lists, strings, numbers, booleans, null


def test_decode_of_encode_is_identity_for_a_hand_built_case() -> None:
    case = _sample()
    assert decode(Case, encode(case)) == case


@settings(max_examples=40, deadline=None)
@given(cases())
def test_round_trip_is_lossless(case: Case) -> None:
    data = encode(case)
    assert decode(Case, data) == case
    assert decode(Case, json.loads(json.dumps(data, ensure_ascii=False))) == case


def test_missing_keys_take_their_defaults() -> None:
    case = decode(Case, {"id": "c1", "persons": [{"id": "p1"}]})
    assert case == Case(id="c1", persons=[Person(id="p1")])


# --- one problem each, with its path ----------------------------------------------------
@pytest.mark.parametrize(
    ("data", "path", "reason"),
    [
        ({"nickname": "x"}, "$.nickname", "unknown field"),
        ({"persons": [{"id": "p", "birthdate": "2019"}]}, "$.persons[0].birthdate", "unknown field"),
        ({"deprivations": [{"arrest": {"place": {"city": "x"}}}]},
         "$.deprivations[0].arrest.place.city", "unknown field"),
        ({"title": 5}, "$.title", "must be a string"),
        ({"title": None}, "$.title", "must not be null"),
        ({"confidential": "yes"}, "$.confidential", "must be true or false"),
        ({"persons": [{"age_at_detention": True}]}, "$.persons[0].age_at_detention", "must be an integer"),
        ({"evidence": [{"size": 1.5}]}, "$.evidence[0].size", "must be an integer"),
        ({"evidence": [{"size": "10"}]}, "$.evidence[0].size", "must be an integer"),
        ({"tags": "a, b"}, "$.tags", "must be a list"),
        ({"tags": ["a", 2]}, "$.tags[1]", "must be a string"),
        ({"persons": {}}, "$.persons", "must be a list"),
        ({"persons": ["陈"]}, "$.persons[0]", "must be an object"),
        ({"legal_analysis": []}, "$.legal_analysis", "must be an object"),
        ({"persons": [{"birth_date": 2019}]}, "$.persons[0].birth_date", "must be a date string"),
        ({"persons": [{"birth_date": "2019-13"}]}, "$.persons[0].birth_date", "invalid date"),
        ({"deprivations": [{"periods": [{}, {"end": "2019-02-30"}]}]},
         "$.deprivations[0].periods[1].end", "invalid date"),
        ({"deprivations": [{"proceedings": [{"hearings": [{"date": "19"}]}]}]},
         "$.deprivations[0].proceedings[0].hearings[0].date", "invalid date"),
    ],
)
def test_each_problem_is_reported_at_its_path(data: dict[str, Any], path: str, reason: str) -> None:
    problems = _problems(data)
    assert len(problems) == 1, problems
    assert problems[0][0] == path
    assert reason in problems[0][1]


def test_not_an_object_at_the_top() -> None:
    assert _problems([]) == [("$", "must be an object")]


def test_all_problems_are_reported_at_once() -> None:
    data = {
        "nickname": "x",
        "title": 5,
        "persons": [{"birth_date": "2019-13", "sex": 1}, {"nationalities": ["CN", None]}],
        "evidence": [{"size": "big", "extra": True}],
    }
    assert sorted(_problems(data)) == sorted([
        ("$.nickname", "unknown field"),
        ("$.title", "must be a string"),
        ("$.persons[0].birth_date", "invalid date: month out of range"),
        ("$.persons[0].sex", "must be a string"),
        ("$.persons[1].nationalities[1]", "must not be null"),
        ("$.evidence[0].extra", "unknown field"),
        ("$.evidence[0].size", "must be an integer"),
    ])


def test_without_a_problem_list_decode_raises_with_all_problems() -> None:
    with pytest.raises(DecodeError) as info:
        decode(Case, {"title": 5, "tags": [1]})
    assert info.value.problems == [("$.title", "must be a string"), ("$.tags[0]", "must be a string")]
    assert isinstance(info.value, ValueError)


def test_with_a_problem_list_decode_returns_a_best_effort_object() -> None:
    found: list[tuple[str, str]] = []
    case = decode(Case, {"id": "c1", "title": 5, "reference": "R-1"}, "$.cases[3]", found)
    assert (case.id, case.title, case.reference) == ("c1", "", "R-1")
    assert found == [("$.cases[3].title", "must be a string")]


def test_optional_values_accept_null() -> None:
    case = decode(Case, {"persons": [{"birth_date": None, "age_at_detention": None}]})
    assert case.persons[0].birth_date is None and case.persons[0].age_at_detention is None


def test_nested_value_objects_decode() -> None:
    case = decode(Case, {"persons": [{"residence": {"country": "CN", "locality": "深圳市"}}]})
    assert case.persons[0].residence == Place(country="CN", locality="深圳市")


def test_evidence_has_metadata_only() -> None:
    names = {f.name for f, _ in field_types(EvidenceItem)}
    assert {"sha256", "size", "media_type"} <= names
    assert not names & {"content", "data", "bytes"}
