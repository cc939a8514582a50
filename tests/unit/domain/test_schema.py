"""The generated JSON Schema: committed copy in step, accepts what we write, rejects broken files."""

from __future__ import annotations

import copy
import json
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from jsonschema import Draft202012Validator

from app.domain import schema as schema_module
from app.domain.casefile import dumps
from app.domain.codec import field_types
from app.domain.model import Case, Deprivation, EvidenceItem, Hearing, LegalAnalysis, Person, Place
from app.domain.schema import SCHEMA_PATH, build_schema, render
from tests.strategies import cases

ROOT = Path(__file__).resolve().parents[3]
COMMITTED = ROOT / SCHEMA_PATH
EXAMPLE = ROOT / "tests" / "data" / "example-case-file.json"
REGENERATE = f"python -m app.domain.schema > {SCHEMA_PATH}"


@pytest.fixture(scope="module")
def validator() -> Draft202012Validator:
    return Draft202012Validator(build_schema())


def _errors(validator: Draft202012Validator, document: Any) -> list[tuple[str, str]]:
    return [(e.json_path, e.message) for e in validator.iter_errors(document)]


def test_the_committed_schema_is_the_generated_one() -> None:
    committed = COMMITTED.read_text(encoding="utf-8").replace("\r\n", "\n")
    assert json.loads(committed) == build_schema(), f"the schema is out of date; regenerate it: {REGENERATE}"
    assert committed == render(), f"the schema file is not in canonical form; regenerate it: {REGENERATE}"


def test_main_prints_the_schema(capsys: pytest.CaptureFixture[str]) -> None:
    assert schema_module.main() == 0
    assert capsys.readouterr().out == render()


def test_it_is_a_valid_draft_2020_12_schema() -> None:
    schema = build_schema()
    Draft202012Validator.check_schema(schema)
    assert schema["$schema"] == "https://json-schema.org/draft/2020-12/schema"


@pytest.mark.parametrize("cls", [Case, Person, Deprivation, Hearing, Place, LegalAnalysis, EvidenceItem])
def test_every_model_field_is_described_and_objects_are_closed(cls: type) -> None:
    definition = build_schema()["$defs"][cls.__name__]
    assert definition["additionalProperties"] is False
    assert list(definition["properties"]) == [f.name for f, _ in field_types(cls)]


def test_field_rules_come_from_the_metadata() -> None:
    defs = build_schema()["$defs"]
    person = defs["Person"]["properties"]
    assert person["sex"]["enum"] == ["female", "male", "other", "unknown"]  # default "unknown": no ""
    assert person["roles"]["items"]["enum"][0] == "victim"
    assert person["nationalities"]["items"]["pattern"] == "^[A-Z]{2}$"
    assert person["birth_date"] == {"anyOf": [{"$ref": "#/$defs/PartialDate"}, {"type": "null"}]}
    assert "notes" in person["confidential_fields"]["items"]["enum"]
    assert "id" not in person["confidential_fields"]["items"]["enum"]
    assert defs["RemedyStep"]["properties"]["outcome"]["enum"][0] == ""  # default "": may stay empty
    assert defs["Place"]["properties"]["country"]["pattern"] == "^([A-Z]{2})?$"
    assert defs["Case"]["properties"]["state"]["pattern"] == "^[A-Z]{2}$"
    assert defs["EvidenceItem"]["properties"]["sha256"]["pattern"] == "^([0-9a-f]{64})?$"
    assert defs["Arrest"]["properties"]["time"]["pattern"] == r"^(([01]\d|2[0-3]):[0-5]\d)?$"
    assert defs["PartialDate"]["pattern"] == r"^~?\d{4}(-\d{2}(-\d{2})?)?$"


@settings(max_examples=30, deadline=None)
@given(st.lists(cases(), min_size=1, max_size=3, unique_by=lambda c: c.id))
def test_the_schema_accepts_what_dumps_writes(validator: Draft202012Validator, original: list[Case]) -> None:
    assert _errors(validator, json.loads(dumps(original, "2024-05-01T09:30:00Z"))) == []


def test_the_schema_accepts_the_example(validator: Draft202012Validator) -> None:
    assert _errors(validator, json.loads(EXAMPLE.read_text(encoding="utf-8"))) == []


def test_the_schema_accepts_a_case_of_defaults(validator: Draft202012Validator) -> None:
    assert _errors(validator, json.loads(dumps([Case(persons=[Person()])]))) == []


def _broken(change: str) -> dict[str, Any]:
    document = copy.deepcopy(json.loads(EXAMPLE.read_text(encoding="utf-8")))
    case = document["cases"][0]
    person = case["persons"][0]
    if change == "unknown field":
        person["nickname"] = "小林"
    elif change == "bad enum":
        person["sex"] = "f"
    elif change == "bad date":
        person["birth_date"] = "1988-3"
    elif change == "impossible month":
        person["birth_date"] = "1988-13"
    elif change == "bad country":
        person["nationalities"] = ["China"]
    elif change == "bad sha256":
        case["evidence"][0]["sha256"] = "XYZ"
    elif change == "bad time":
        case["deprivations"][0]["arrest"]["time"] = "25:00"
    elif change == "wrong type":
        person["age_at_detention"] = "34"
    elif change == "age out of range":
        person["age_at_detention"] = 200
    elif change == "bad confidential field":
        person["confidential_fields"] = ["address"]
    elif change == "unknown envelope key":
        document["comment"] = "x"
    elif change == "wrong format":
        document["format"] = "recourse-vault"
    elif change == "newer version":
        document["version"] = 3
    return document


@pytest.mark.parametrize(("change", "where"), [
    ("unknown field", "$.cases[0].persons[0]"),
    ("bad enum", "$.cases[0].persons[0].sex"),
    ("bad date", "$.cases[0].persons[0].birth_date"),
    ("bad country", "$.cases[0].persons[0].nationalities[0]"),
    ("bad sha256", "$.cases[0].evidence[0].sha256"),
    ("bad time", "$.cases[0].deprivations[0].arrest.time"),
    ("wrong type", "$.cases[0].persons[0].age_at_detention"),
    ("age out of range", "$.cases[0].persons[0].age_at_detention"),
    ("bad confidential field", "$.cases[0].persons[0].confidential_fields[0]"),
    ("unknown envelope key", "$"),
    ("wrong format", "$.format"),
    ("newer version", "$.version"),
])
def test_the_schema_rejects_broken_files(validator: Draft202012Validator, change: str, where: str) -> None:
    errors = _errors(validator, _broken(change))
    assert [path for path, _ in errors] == [where], errors


def test_what_a_schema_cannot_see_is_left_to_the_loader(validator: Draft202012Validator) -> None:
    # an impossible month matches the date pattern; loads() refuses it (see test_casefile.py)
    assert _errors(validator, _broken("impossible month")) == []
