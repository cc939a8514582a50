"""Controlled vocabularies: stable codes with labels in the UN working languages.

The vocabularies are data files (``resources/vocab/<name>.json``).  Codes are
stable forever: renaming a label is fine, changing or removing a code needs a
case-file format migration.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from functools import lru_cache

from app.paths import resources_dir


@dataclass(frozen=True)
class Term:
    code: str
    labels: dict[str, str]

    def label(self, lang: str = "en") -> str:
        return self.labels.get(lang) or self.labels["en"]


@dataclass(frozen=True)
class Vocabulary:
    name: str
    version: int
    terms: tuple[Term, ...]

    @property
    def codes(self) -> frozenset[str]:
        return _codes(self.name)

    def __contains__(self, code: object) -> bool:
        return code in self.codes

    def label(self, code: str, lang: str = "en") -> str:
        for term in self.terms:
            if term.code == code:
                return term.label(lang)
        return code


@lru_cache(maxsize=None)
def _codes(name: str) -> frozenset[str]:
    return frozenset(t.code for t in vocabulary(name).terms)


NAMES = (
    "person_role", "sex", "tri", "case_status", "urgency", "region", "deprivation_type",
    "group_membership", "organisation_kind", "consent_giver", "consent_method",
    "name_disclosure", "evidence_kind", "hearing_kind", "wgad_category", "article",
    "remedy_outcome", "language", "country", "identity_document", "mandate",
    "log_kind", "communication_type", "opinion_finding", "reprisal_type", "un_engagement",
    "victim_status", "figure_dimension",
)


@lru_cache(maxsize=None)
def vocabulary(name: str) -> Vocabulary:
    if name not in NAMES:
        raise KeyError(name)
    path = resources_dir() / "vocab" / f"{name}.json"
    raw = json.loads(path.read_text(encoding="utf-8"))
    terms = tuple(Term(t["code"], dict(t["label"])) for t in raw["terms"])
    return Vocabulary(raw["vocabulary"], int(raw["version"]), terms)


def label(name: str, code: str, lang: str = "en") -> str:
    return vocabulary(name).label(code, lang)
