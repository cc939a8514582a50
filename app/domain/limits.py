"""Size limits of case fields, checked wherever a case enters the vault (editor, command line,
case-file import, bundles) through :func:`app.domain.validation.validate_case`.

A 100 MB title made listing cases take 37 s; no real title, name or testimony comes near these.
Limits are in characters (Python ``str`` length).
"""

from __future__ import annotations

SHORT_TEXT = 2_000
"""Titles, references, names, places, codes: one line of text."""

LONG_TEXT = 2_000_000
"""Summaries, narratives, testimonies, translations, notes (about 2 MB of text each)."""

LIST_ITEMS = 10_000
"""Entries of one list (persons, testimonies, tags, other names...)."""

SHORT_FIELDS = frozenset({
    "title", "reference", "family_name", "given_name", "family_name_latin", "given_name_latin", "name",
    "name_original", "name_in_public", "other_names", "abbreviation", "file_name", "media_type", "sha256",
    "country", "region", "admin_area", "locality", "place", "place_of_birth", "email", "phone", "language",
    "status", "state", "urgency", "sex", "kind", "id", "created_at", "updated_at", "time",
    "court_case_number", "number", "profession", "ethnicity", "function", "interviewer", "translator",
    "given_by_name", "tags",
})
"""Fields that hold one line (and every ``*_id``); every other text field may be long."""


def limit_for(field_name: str) -> int:
    if field_name in SHORT_FIELDS or field_name.endswith(("_id", "_ids")):
        return SHORT_TEXT
    return LONG_TEXT
