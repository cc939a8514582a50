"""JSON Schema (draft 2020-12) of the case file, generated from the model dataclasses.

The schema is for partners writing importers and exporters: it states the
envelope, every field with its JSON type, the vocabulary codes each coded field
accepts, the text patterns (dates, times, country codes, SHA-256 digests) and
the simple range rules of :func:`app.domain.validation.validate_case`.  What a
schema cannot express -- references resolving to an item of the same case,
unique ids, periods that end after they start -- is checked by
:func:`app.domain.casefile.loads` only.

Fields may be omitted (the loader uses the model's default), so no property of
a case is ``required``; unknown properties are errors everywhere.

The generated schema is committed as ``resources/schema/case-file-v<VERSION>.schema.json``
and a test keeps the two identical.  Regenerate it with::

    python -m app.domain.schema > resources/schema/case-file-v2.schema.json
"""

from __future__ import annotations

import dataclasses
import json
import sys
import typing
from typing import Any

from app.domain import casefile
from app.domain.codec import field_types
from app.domain.dates import PartialDate
from app.domain.model import Case, Item
from app.domain.vocab import vocabulary

DRAFT = "https://json-schema.org/draft/2020-12/schema"
SCHEMA_ID = f"urn:recourse:schema:case-file:{casefile.VERSION}"
SCHEMA_PATH = f"resources/schema/case-file-v{casefile.VERSION}.schema.json"  # relative to the source tree

DATE_PATTERN = r"^~?\d{4}(-\d{2}(-\d{2})?)?$"
TIME_PATTERN = r"^(([01]\d|2[0-3]):[0-5]\d)?$"
_PATTERNS = {"country": r"[A-Z]{2}", "sha256": r"[0-9a-f]{64}", "submission-id": r"[0-9a-f]{32}"}  # anchored (and maybe optional) below

_ITEM_FIELDS = frozenset(f.name for f in dataclasses.fields(Item))

# Rules of validate_case that are simple bounds on one field (kept in step by tests).
_EXTRA: dict[tuple[str, str], dict[str, Any]] = {
    ("Item", "id"): {
        "minLength": 1, "maxLength": 64,
        "description": "Identifier of this item, unique within the case; other items refer to it.",
    },
    ("Person", "age_at_detention"): {"minimum": 0, "maximum": 130},
    ("EvidenceItem", "size"): {"minimum": 0},
    ("Deprivation", "person_id"): {"minLength": 1, "description": "The id of the person deprived of liberty "
                                                                  "(in this case's \"persons\")."},
}
_TAG = {"type": "string", "pattern": r"\S", "description": "A free label; not blank."}

_REF_TARGET = {"person": 'a person of this case (in "persons")',
               "organisation": 'an organisation of this case (in "organisations")',
               "evidence": 'an evidence item of this case (in "evidence")',
               "consent": 'a consent record of this case (in "consents")',
               "communication": 'an entry of this case\'s communications log (in "communications")'}


def build_schema() -> dict[str, Any]:
    """The JSON Schema of a version-``casefile.VERSION`` case file."""
    defs: dict[str, Any] = {}
    _define(Case, defs)
    defs["PartialDate"] = {
        "type": "string",
        "pattern": DATE_PATTERN,
        "description": "A date known to a year, month or day (YYYY, YYYY-MM, YYYY-MM-DD), "
                       "with a leading ~ when approximate.",
    }
    return {
        "$schema": DRAFT,
        "$id": SCHEMA_ID,
        "title": f"Recourse case file, version {casefile.VERSION}",
        "description": "One or more human-rights cases exported from (or to be imported into) Recourse. "
                       "See docs/case-format.md.",
        "type": "object",
        "additionalProperties": False,
        "required": ["format", "version", "cases"],
        "properties": {
            "format": {"const": casefile.FORMAT},
            "version": {"const": casefile.VERSION},
            "exported_at": {
                "type": "string",
                "pattern": casefile.EXPORTED_AT_PATTERN,
                "description": "When the file was written: an ISO 8601 UTC timestamp, or empty.",
            },
            "generator": {"type": "string", "description": "The program that wrote the file."},
            "cases": {"type": "array", "items": _ref(Case)},
        },
        "$defs": dict(sorted(defs.items())),
    }


def render() -> str:
    """The schema as committed: sorted keys, one-space indent, UTF-8 text, trailing newline."""
    return json.dumps(build_schema(), sort_keys=True, indent=1, ensure_ascii=False) + "\n"


def _ref(cls: type) -> dict[str, str]:
    """A reference to the ``$defs`` entry of dataclass *cls*."""
    return {"$ref": f"#/$defs/{cls.__name__}"}


def _define(cls: type, defs: dict[str, Any]) -> None:
    """Add the definition of dataclass *cls*, and of every dataclass it contains, to *defs*."""
    if cls.__name__ in defs:
        return
    defs[cls.__name__] = {}  # reserve the name first: guards against cycles
    properties = {}
    for f, tp in field_types(cls):
        properties[f.name] = _field_schema(cls, f, tp, defs)
    definition: dict[str, Any] = {"type": "object", "additionalProperties": False, "properties": properties}
    if cls.__doc__ and not cls.__doc__.startswith(cls.__name__ + "("):  # skip the generated signature
        definition["description"] = " ".join(cls.__doc__.split())
    defs[cls.__name__] = definition


def _field_schema(owner: type, f: dataclasses.Field[Any], tp: Any, defs: dict[str, Any]) -> dict[str, Any]:
    """Schema of field *f* (declared type *tp*) of dataclass *owner*."""
    if f.name == "confidential_fields":
        names = [g.name for g in dataclasses.fields(owner) if g.name not in _ITEM_FIELDS]
        return {
            "type": "array",
            "items": {"enum": names},
            "description": "Names of fields of this item that are confidential.",
        }
    if owner is Case and f.name == "tags":
        return {"type": "array", "items": _TAG}
    schema = _type_schema(tp, f, defs)
    target = schema["anyOf"][0] if "anyOf" in schema else schema  # the non-null alternative
    target.update(_EXTRA.get((_declaring_class(owner, f.name), f.name), {}))
    return schema


def _declaring_class(owner: type, name: str) -> str:
    """Name of the class in *owner*'s hierarchy that declares field *name*."""
    for cls in reversed(owner.__mro__):
        if name in cls.__dict__.get("__annotations__", {}):
            return cls.__name__
    return owner.__name__


def _type_schema(tp: Any, f: dataclasses.Field[Any], defs: dict[str, Any]) -> dict[str, Any]:
    """Schema for a value of type *tp*; *f* supplies metadata and the default."""
    inner, optional = _unwrap_optional(tp)
    if optional:
        return {"anyOf": [_type_schema(inner, f, defs), {"type": "null"}]}
    if typing.get_origin(tp) is list:
        (item_tp,) = typing.get_args(tp)
        return {"type": "array", "items": _scalar_schema(item_tp, f, defs, in_list=True)}
    return _scalar_schema(tp, f, defs, in_list=False)


def _unwrap_optional(tp: Any) -> tuple[Any, bool]:
    args = typing.get_args(tp)
    if type(None) in args and len(args) == 2:
        return next(a for a in args if a is not type(None)), True
    return tp, False


def _scalar_schema(
    tp: Any, f: dataclasses.Field[Any], defs: dict[str, Any], *, in_list: bool
) -> dict[str, Any]:
    """Schema for one non-list value; a list field's metadata applies to each element."""
    if tp is PartialDate:
        return {"$ref": "#/$defs/PartialDate"}
    if isinstance(tp, type) and dataclasses.is_dataclass(tp):
        _define(tp, defs)
        return _ref(tp)
    if tp is bool:
        return {"type": "boolean"}
    if tp is int:
        return {"type": "integer"}
    if tp is not str:
        raise TypeError(f"no JSON Schema for field {f.name!r} of type {tp!r}")
    # An empty string is allowed exactly where it is the field's default.
    may_be_empty = not in_list and f.default == ""
    meta = f.metadata
    if "vocab" in meta:
        name = meta["vocab"]
        codes = [t.code for t in vocabulary(name).terms]
        return {
            "type": "string",
            "enum": ([""] if may_be_empty else []) + codes,
            "description": f"A code of the {name!r} vocabulary (resources/vocab/{name}.json)"
                           + (", or empty." if may_be_empty else "."),
        }
    if "ref" in meta:
        return {
            "type": "string",
            "description": f"The id of {_REF_TARGET[meta['ref']]}" + (", or empty." if may_be_empty else "."),
        }
    pattern = meta.get("pattern")
    if pattern == "time":
        return {"type": "string", "pattern": TIME_PATTERN}
    if pattern in _PATTERNS:
        body = _PATTERNS[pattern]
        return {"type": "string", "pattern": f"^({body})?$" if may_be_empty else f"^{body}$"}
    return {"type": "string"}


def main() -> int:
    """Print the schema (``python -m app.domain.schema``)."""
    sys.stdout.write(render())
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
