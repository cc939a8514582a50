"""Field paths ("$.deprivations[0].arrest.date") as tokens, and reading/writing a case at a path."""

from __future__ import annotations

import re

_TOKEN = re.compile(r"([A-Za-z_][A-Za-z0-9_]*)(?:\[(\d+)\])?")


def tokens(path: str) -> list[str | int]:
    """``"$.persons[2].contact.email"`` -> ``["persons", 2, "contact", "email"]``."""
    path = path.strip()
    path = path.removeprefix("$")
    path = path.lstrip(".")
    out: list[str | int] = []
    for part in path.split(".") if path else []:
        for m in _TOKEN.finditer(part):
            out.append(m.group(1))
            if m.group(2) is not None:
                out.append(int(m.group(2)))
    return out


def join(base: str, *more: str | int) -> str:
    """Build a normalised path (no leading ``$.``)."""
    out = base
    for m in more:
        if isinstance(m, int):
            out += f"[{m}]"
        else:
            out = f"{out}.{m}" if out else m
    return out


def normalise(path: str) -> str:
    return join("", *tokens(path))


def get_at(obj: object, toks: list[str | int]) -> object:
    """The value at *toks* inside *obj* (attributes and list indexes); ``LookupError`` if absent."""
    for t in toks:
        if isinstance(t, int):
            if not isinstance(obj, list) or not 0 <= t < len(obj):
                raise LookupError(t)
            obj = obj[t]
        else:
            if not hasattr(obj, t):
                raise LookupError(t)
            obj = getattr(obj, t)
    return obj
