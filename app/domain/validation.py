"""Semantic validation of a case: vocabulary codes, references, dates, formats.

Returns problems as ``(json_path, message)`` pairs (:class:`Problem`); an empty
list means valid.  The message is English, for the command line; each problem
also carries a stable ``code`` and ``params`` so an interface can say it in the
user's language (the desktop app's table is ``app/gui/messages.py``).
Completeness for a UN form is a different question, answered by the submission
checks; this module only says whether the case is *well-formed*.
"""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Iterator
from typing import Any

from app.domain import filenames, limits
from app.domain.codec import field_types
from app.domain.dates import PartialDate, valid_time
from app.domain.model import Case, Item
from app.domain.vocab import vocabulary

_PATTERNS = {
    "country": (re.compile(r"[A-Z]{2}"), "must be an ISO 3166-1 alpha-2 code such as CN", "invalid-country"),
    "sha256": (re.compile(r"[0-9a-f]{64}"), "must be 64 lowercase hex digits", "invalid-sha256"),
    "submission-id": (re.compile(r"[0-9a-f]{32}"), "must be a submission id (32 lowercase hex digits)",
                      "invalid-submission-id"),
}


class Problem(tuple):  # type: ignore[type-arg]
    """``(path, message)``, with a stable ``code`` and ``params`` (str -> str) for translation."""

    code: str
    params: dict[str, str]

    def __new__(cls, path: str, message: str, code: str = "", **params: object) -> "Problem":
        self = super().__new__(cls, (path, message))
        self.code = code
        self.params = {k: str(v) for k, v in params.items()}
        return self

    def __getnewargs__(self) -> tuple[str, str, str]:  # type: ignore[override]
        return self[0], self[1], self.code

_REF_COLLECTIONS = {
    "person": "persons",
    "organisation": "organisations",
    "evidence": "evidence",
    "consent": "consents",
    "communication": "communications",
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


def _length_problems(fpath: str, name: str, value: Any) -> list[Problem]:
    """Field size limits (``app/domain/limits.py``); never the value in the message."""
    limit = limits.limit_for(name)
    if isinstance(value, str):
        return [Problem(fpath, f"is too long (at most {limit} characters)", "too-long", limit=limit)] \
            if len(value) > limit else []
    if isinstance(value, list):
        out = []
        if len(value) > limits.LIST_ITEMS:
            out.append(Problem(fpath, f"has too many entries (at most {limits.LIST_ITEMS})", "too-many",
                               limit=limits.LIST_ITEMS))
        out += [Problem(f"{fpath}[{i}]", f"is too long (at most {limit} characters)", "too-long", limit=limit)
                for i, v in enumerate(value) if isinstance(v, str) and len(v) > limit]
        return out
    return []


def validate_case(case: Case, path: str = "$") -> list[Problem]:
    problems: list[Problem] = []
    ids: dict[str, set[str]] = {
        kind: {x.id for x in getattr(case, coll)} for kind, coll in _REF_COLLECTIONS.items()
    }
    seen: dict[str, str] = {}
    for ipath, item in items(case):
        ipath = path + ipath[1:]
        if not item.id or len(item.id) > 64:
            problems.append(Problem(f"{ipath}.id", "must be a non-empty identifier of at most 64 characters",
                                    "invalid-id"))
        elif item.id in seen:
            problems.append(Problem(f"{ipath}.id", f"duplicate id (also at {seen[item.id]})", "duplicate-id",
                                    other=seen[item.id]))
        else:
            seen[item.id] = ipath
        names = {f.name for f in dataclasses.fields(item)}
        for name in item.confidential_fields:
            if name not in names or name in ("id", "confidential", "confidential_fields"):
                problems.append(Problem(f"{ipath}.confidential_fields", "names a field that does not exist",
                                        "unknown-confidential-field", name=name))

    for fpath, _owner, f, value in walk(case):
        fpath = path + fpath[1:]
        problems += _length_problems(fpath, f.name, value)
        meta = f.metadata
        if "vocab" in meta:
            voc = vocabulary(meta["vocab"])
            values = value if isinstance(value, list) else [value]
            for i, v in enumerate(values):
                if v == "" and not isinstance(value, list) and f.default == "":
                    continue  # an optional code left empty
                if v not in voc:
                    where = f"{fpath}[{i}]" if isinstance(value, list) else fpath
                    # the message never repeats the value: it goes to stderr, which must hold no case content
                    problems.append(Problem(where, f"unknown {meta['vocab']} code", "unknown-code",
                                            vocabulary=meta["vocab"], value=v))
        if "ref" in meta:
            known = ids[meta["ref"]]
            values = value if isinstance(value, list) else [value]
            for i, v in enumerate(values):
                if v and v not in known:
                    where = f"{fpath}[{i}]" if isinstance(value, list) else fpath
                    problems.append(Problem(where, f"refers to a {meta['ref']} that is not in this case",
                                            "unknown-reference", kind=meta["ref"]))
        pattern = meta.get("pattern")
        if pattern == "time" and not valid_time(value):
            problems.append(Problem(fpath, "must be a 24-hour time HH:MM", "invalid-time", value=value))
        elif pattern in _PATTERNS:
            rx, message, code = _PATTERNS[pattern]
            values = value if isinstance(value, list) else [value]
            for i, v in enumerate(values):
                if v and not rx.fullmatch(v):
                    where = f"{fpath}[{i}]" if isinstance(value, list) else fpath
                    problems.append(Problem(where, message, code, value=v))

    for i, dep in enumerate(case.deprivations):
        dpath = f"{path}.deprivations[{i}]"
        if not dep.person_id:
            problems.append(Problem(f"{dpath}.person_id", "must name the person deprived of liberty",
                                    "no-detained-person"))
        for j, period in enumerate(dep.periods):
            if period.start and period.end and period.end.latest() < period.start.earliest():
                problems.append(Problem(f"{dpath}.periods[{j}].end", "ends before it starts", "ends-before-start"))
            if period.ongoing and period.end:
                problems.append(Problem(f"{dpath}.periods[{j}].ongoing", "an ongoing period has no end date",
                                        "ongoing-with-end"))
    for i, person in enumerate(case.persons):
        if person.age_at_detention is not None and not 0 <= person.age_at_detention <= 130:
            problems.append(Problem(f"{path}.persons[{i}].age_at_detention", "must be between 0 and 130",
                                    "age-out-of-range"))
    for i, ev in enumerate(case.evidence):
        if ev.file_name and filenames.problem(ev.file_name):
            problems.append(Problem(f"{path}.evidence[{i}].file_name", filenames.problem(ev.file_name) or "",
                                    "unsafe-file-name"))
        if ev.size < 0:
            problems.append(Problem(f"{path}.evidence[{i}].size", "must not be negative", "negative-size"))
    for i, tag in enumerate(case.tags):
        if not tag.strip():
            problems.append(Problem(f"{path}.tags[{i}]", "must not be empty", "empty-tag"))
    return problems
