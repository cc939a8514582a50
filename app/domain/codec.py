"""Lossless conversion between domain objects and JSON-ready dictionaries.

``encode`` writes every field (the canonical form: stable key order, dates as
text).  ``decode`` is strict: unknown keys, wrong types and unparsable dates are
reported with the JSON path of the offending field, all of them at once, so an
import can list every problem in a file rather than the first.
"""

from __future__ import annotations

import dataclasses
import types
import typing
from typing import Any, TypeVar, Union

from app.domain.dates import PartialDate
from app.errors import DecodeError

T = TypeVar("T")

Problems = list[tuple[str, str]]


FieldTypes = tuple[tuple[dataclasses.Field[Any], Any], ...]
_FIELD_TYPES: dict[type, FieldTypes] = {}


def field_types(cls: type) -> FieldTypes:
    """The fields of dataclass *cls* with their resolved types (computed once per class)."""
    found = _FIELD_TYPES.get(cls)
    if found is None:
        hints = typing.get_type_hints(cls)
        found = _FIELD_TYPES[cls] = tuple((f, hints[f.name]) for f in dataclasses.fields(cls))
    return found


def encode(obj: Any) -> Any:
    if dataclasses.is_dataclass(obj) and not isinstance(obj, type):
        if isinstance(obj, PartialDate):
            return str(obj)
        return {f.name: encode(getattr(obj, f.name)) for f, _ in field_types(type(obj))}
    if isinstance(obj, list):
        return [encode(v) for v in obj]
    return obj


def _unwrap_optional(tp: Any) -> tuple[Any, bool]:
    origin = typing.get_origin(tp)
    if origin in (Union, types.UnionType):
        args = [a for a in typing.get_args(tp) if a is not type(None)]
        if len(args) == 1:
            return args[0], True
    return tp, False


_JSON_NAMES = {str: "a string", int: "an integer", bool: "true or false", float: "a number"}


def _decode_value(tp: Any, value: Any, path: str, problems: Problems) -> Any:
    tp, optional = _unwrap_optional(tp)
    if value is None:
        if optional:
            return None
        problems.append((path, "must not be null"))
        return _MISSING
    if tp is PartialDate:
        if not isinstance(value, str):
            problems.append((path, "must be a date string such as 2019, 2019-03, 2019-03-05 or ~2019-03"))
            return _MISSING
        try:
            return PartialDate.parse(value)
        except ValueError as exc:
            problems.append((path, f"invalid date: {exc}"))  # never the value: stderr holds no case content
            return _MISSING
    if isinstance(tp, type) and dataclasses.is_dataclass(tp):
        return decode(tp, value, path, problems)
    if typing.get_origin(tp) is list:
        (item_tp,) = typing.get_args(tp)
        if not isinstance(value, list):
            problems.append((path, "must be a list"))
            return _MISSING
        out = []
        for i, v in enumerate(value):
            item = _decode_value(item_tp, v, f"{path}[{i}]", problems)
            if item is not _MISSING:
                out.append(item)
        return out
    if tp in _JSON_NAMES:
        ok = isinstance(value, tp) and not (tp is int and isinstance(value, bool))
        if not ok:
            problems.append((path, f"must be {_JSON_NAMES[tp]}"))
            return _MISSING
        return value
    raise TypeError(f"unsupported field type {tp!r} at {path}")  # a programming error


_MISSING = object()


def decode(cls: type[T], data: Any, path: str = "$", problems: Problems | None = None) -> T:
    """Build *cls* from *data*.

    With ``problems`` given, errors are appended to it and a best-effort object is
    returned; without it, a :class:`ValueError` carrying the list is raised.
    """
    own = problems is None
    found: Problems = [] if own else problems  # type: ignore[assignment]
    if not isinstance(data, dict):
        found.append((path, "must be an object"))
        obj = cls()
    else:
        known = {f.name for f in dataclasses.fields(cls)}  # type: ignore[arg-type]
        for key in data:
            if key not in known:
                found.append((f"{path}.{key}", "unknown field"))
        kwargs = {}
        for f, tp in field_types(cls):
            if f.name in data:
                value = _decode_value(tp, data[f.name], f"{path}.{f.name}", found)
                if value is not _MISSING:
                    kwargs[f.name] = value
        obj = cls(**kwargs)
    if own and found:
        raise DecodeError(found)
    return obj


