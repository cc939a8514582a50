"""The field-coverage table accounts for every field of the case model."""

from __future__ import annotations

from dataclasses import fields, is_dataclass

import app.domain.model as model
from app.services.disclosure import fields as table
from app.services.submission import FORMS, LANGUAGES

STRUCTURAL = ("id", "confidential", "confidential_fields")


def _model_classes() -> dict[str, type]:
    return {name: cls for name, cls in vars(model).items()
            if isinstance(cls, type) and is_dataclass(cls) and cls.__module__ == model.__name__}


def test_every_model_field_has_an_entry() -> None:
    missing = []
    for name, cls in _model_classes().items():
        for f in fields(cls):
            holder = "Item" if f.name in STRUCTURAL else name
            if not table.entry(holder, f.name):
                missing.append(f"{name}.{f.name}")
    assert missing == [], f"add these fields to resources/fields/coverage.json: {missing}"


def test_no_entry_for_a_field_that_does_not_exist() -> None:
    classes = _model_classes()
    stale = [f"{c}.{n}" for c, spec in table.table()["classes"].items() for n in spec["fields"]
             if c not in classes or n not in {f.name for f in fields(classes[c])}]
    assert stale == []


def test_each_entry_says_where_or_why_not_and_has_labels() -> None:
    bad = []
    for c, spec in table.table()["classes"].items():
        assert set(spec["label"]) >= set(LANGUAGES), c
        for n, e in spec["fields"].items():
            kinds = [k for k in ("print", "internal", "annex") if k in e]
            if len(kinds) != 1 or set(e["label"]) < set(LANGUAGES) or not all(e["label"].values()):
                bad.append(f"{c}.{n}")
            if "print" in e and (not e["print"] or set(e["print"]) - set(FORMS)):
                bad.append(f"{c}.{n}: unknown form")
    assert bad == []


def test_the_table_detects_a_new_field() -> None:
    """The check is real: a field added to the model without an entry is reported."""
    from dataclasses import dataclass

    @dataclass
    class Person(model.Person):  # type: ignore[misc]
        favourite_colour: str = ""

    assert not table.entry("Person", "favourite_colour")
    assert "favourite_colour" in {f.name for f in fields(Person)}
