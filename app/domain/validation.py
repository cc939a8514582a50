"""Semantic validation of a case: vocabulary codes, references, dates, formats.

Returns problems as ``(json_path, message)`` pairs; an empty list means valid.
Completeness for a UN form is a different question, answered by the submission
checks; this module only says whether the case is *well-formed*.
"""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Iterator
from typing import Any

from app.domain.codec import field_types
from app.domain.dates import PartialDate, valid_time
from app.domain.model import Case, Item
from app.domain.vocab import vocabulary

_PATTERNS = {
    "country": (re.compile(r"[A-Z]{2}"), "must be an ISO 3166-1 alpha-2 code such as CN"),
    "sha256": (re.compile(r"[0-9a-f]{64}"), "must be 64 lowercase hex digits"),
}

_REF_COLLECTIONS = {
    "person": "persons",
    "organisation": "organisations",
    "evidence": "evidence",
    "consent": "consents",
}


def walk(obj: Any, path: str = "$") -> Iterator[tuple[str, Any, dataclasses.Field[Any], Any]]:
    """Yield ``(path, owner, field, value)`` for every field of every nested dataclass."""
    for f, _tp in field_types(type(obj)):
        value = getattr(obj, f.name)
        fpath = f"{path}.{f.name}"
        yield fpath, obj, f, value
        if dataclasses.is_dataclass(value) and not isinstance(value, PartialDate):
            yield from walk(value, fpath)
        elif isinstance(value, list):
            for i, item in enumerate(value):
                if dataclasses.is_dataclass(item):
                    yield from walk(item, f"{fpath}[{i}]")


def items(case: Case) -> Iterator[tuple[str, Item]]:
    """Every identifiable item in the case (including the case itself)."""
    yield "$", case
    for path, _owner, _f, value in walk(case):
        if isinstance(value, Item):
            yield path, value
        elif isinstance(value, list):
            for i, v in enumerate(value):
                if isinstance(v, Item):
                    yield f"{path}[{i}]", v


def validate_case(case: Case, path: str = "$") -> list[tuple[str, str]]:
    problems: list[tuple[str, str]] = []
    ids: dict[str, set[str]] = {
        kind: {x.id for x in getattr(case, coll)} for kind, coll in _REF_COLLECTIONS.items()
    }
    seen: dict[str, str] = {}
    for ipath, item in items(case):
        ipath = path + ipath[1:]
        if not item.id or len(item.id) > 64:
            problems.append((f"{ipath}.id", "must be a non-empty identifier of at most 64 characters"))
        elif item.id in seen:
            problems.append((f"{ipath}.id", f"duplicate id (also at {seen[item.id]})"))
        else:
            seen[item.id] = ipath
        names = {f.name for f in dataclasses.fields(item)}
        for name in item.confidential_fields:
            if name not in names or name in ("id", "confidential", "confidential_fields"):
                problems.append((f"{ipath}.confidential_fields", f"no field named {name!r}"))

    for fpath, _owner, f, value in walk(case):
        fpath = path + fpath[1:]
        meta = f.metadata
        if "vocab" in meta:
            voc = vocabulary(meta["vocab"])
            values = value if isinstance(value, list) else [value]
            for i, v in enumerate(values):
                if v == "" and not isinstance(value, list) and f.default == "":
                    continue  # an optional code left empty
                if v not in voc:
                    where = f"{fpath}[{i}]" if isinstance(value, list) else fpath
                    problems.append((where, f"unknown {meta['vocab']} code {v!r}"))
        if "ref" in meta:
            known = ids[meta["ref"]]
            values = value if isinstance(value, list) else [value]
            for i, v in enumerate(values):
                if v and v not in known:
                    where = f"{fpath}[{i}]" if isinstance(value, list) else fpath
                    problems.append((where, f"refers to a {meta['ref']} that is not in this case"))
        pattern = meta.get("pattern")
        if pattern == "time" and not valid_time(value):
            problems.append((fpath, "must be a 24-hour time HH:MM"))
        elif pattern in _PATTERNS:
            rx, message = _PATTERNS[pattern]
            values = value if isinstance(value, list) else [value]
            for i, v in enumerate(values):
                if v and not rx.fullmatch(v):
                    where = f"{fpath}[{i}]" if isinstance(value, list) else fpath
                    problems.append((where, message))

    for i, dep in enumerate(case.deprivations):
        dpath = f"{path}.deprivations[{i}]"
        if not dep.person_id:
            problems.append((f"{dpath}.person_id", "must name the person deprived of liberty"))
        for j, period in enumerate(dep.periods):
            if period.start and period.end and period.end.latest() < period.start.earliest():
                problems.append((f"{dpath}.periods[{j}].end", "ends before it starts"))
            if period.ongoing and period.end:
                problems.append((f"{dpath}.periods[{j}].ongoing", "an ongoing period has no end date"))
    for i, person in enumerate(case.persons):
        if person.age_at_detention is not None and not 0 <= person.age_at_detention <= 130:
            problems.append((f"{path}.persons[{i}].age_at_detention", "must be between 0 and 130"))
    for i, ev in enumerate(case.evidence):
        if ev.size < 0:
            problems.append((f"{path}.evidence[{i}].size", "must not be negative"))
    for i, tag in enumerate(case.tags):
        if not tag.strip():
            problems.append((f"{path}.tags[{i}]", "must not be empty"))
    return problems
