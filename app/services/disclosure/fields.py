"""The field-coverage table (``resources/fields/coverage.json``): every field of the case model.

For each ``Class.field`` the table gives a label in en/fr/es and either where
each form prints it (``print``: form id -> questionnaire place), or that it is
deliberately not printed: ``internal`` (working data; blanked in every
disclosed view except the ``full`` profile, never listed in an annex) or
``annex`` (always withheld from the main document, listed in the confidential
annex: contact details, who provided a piece of evidence).  A test fails when a
model field has no entry.
"""

from __future__ import annotations

import json
from functools import lru_cache
from typing import Any

from app.paths import resources_dir

STRUCTURAL = frozenset({"id", "confidential", "confidential_fields"})


@lru_cache(maxsize=1)
def table() -> dict[str, Any]:
    return json.loads((resources_dir() / "fields" / "coverage.json").read_text(encoding="utf-8"))


def entry(cls: str, name: str) -> dict[str, Any]:
    return table()["classes"].get(cls, {}).get("fields", {}).get(name, {})


def label(cls: str, name: str, lang: str) -> str:
    lab = entry(cls, name).get("label") or {}
    return lab.get(lang) or lab.get("en") or name.replace("_", " ").capitalize()


def class_label(cls: str, lang: str) -> str:
    lab = table()["classes"].get(cls, {}).get("label") or {}
    return lab.get(lang) or lab.get("en") or cls


@lru_cache(maxsize=None)
def policy(cls: str) -> tuple[frozenset[str], frozenset[str]]:
    """(internal fields, annex-only fields) of a model class."""
    fields = table()["classes"].get(cls, {}).get("fields", {})
    return (frozenset(k for k, v in fields.items() if "internal" in v),
            frozenset(k for k, v in fields.items() if "annex" in v))
