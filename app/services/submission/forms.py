"""Form definitions (``resources/forms/<form>.<lang>.json``) and configuration.

A definition holds a form's official section structure and labels in one
language; which case data fills each field is decided by :mod:`.mapping`.
Addresses, deadlines and language lists live in ``resources/forms/config.json``.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from functools import lru_cache
from typing import Any

from app.errors import UnknownForm
from app.paths import resources_dir
from app.services.submission import FORMS, LANGUAGES


@dataclass(frozen=True)
class FieldDef:
    id: str
    number: str
    label: str
    verified: bool


@dataclass(frozen=True)
class SectionDef:
    id: str
    number: str
    title: str
    fields: tuple[FieldDef, ...]
    verified: bool

    def field(self, field_id: str) -> FieldDef:
        for f in self.fields:
            if f.id == field_id:
                return f
        raise KeyError(f"{self.id}.{field_id}")


@dataclass(frozen=True)
class FormDef:
    form: str
    language: str
    body: str  # wgad | sp | wgeid
    kind: str
    title: str
    intro: str
    labels: dict[str, str]
    sections: tuple[SectionDef, ...]
    verified: bool
    verification_note: str

    def section(self, section_id: str) -> SectionDef:
        for s in self.sections:
            if s.id == section_id:
                return s
        raise KeyError(section_id)

    def has_section(self, section_id: str) -> bool:
        return any(s.id == section_id for s in self.sections)

    def label(self, key: str, **params: object) -> str:
        text = self.labels[key]
        return text.format(**params) if params else text


@lru_cache(maxsize=None)
def load_form(form: str, language: str) -> FormDef:
    if form not in FORMS:
        raise UnknownForm(form)
    if language not in LANGUAGES:
        raise UnknownForm(form, language)
    raw = json.loads((resources_dir() / "forms" / f"{form}.{language}.json").read_text(encoding="utf-8"))
    sections = tuple(
        SectionDef(s["id"], s["number"], s["title"],
                   tuple(FieldDef(f["id"], f["number"], f["label"], bool(f.get("verified"))) for f in s["fields"]),
                   bool(s.get("verified")))
        for s in raw["sections"])
    return FormDef(raw["form"], raw["language"], raw["body"], raw["kind"], raw["title"], raw["intro"],
                   dict(raw["labels"]), sections, bool(raw["verified"]), raw["verification_note"])


@lru_cache(maxsize=1)
def config() -> dict[str, Any]:
    return json.loads((resources_dir() / "forms" / "config.json").read_text(encoding="utf-8"))


def body_config(form: str) -> dict[str, Any]:
    cfg = config()
    return cfg["bodies"][cfg["forms"][form]]
