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


# --- paths that survive reordering: list items named by their id ---------------------------------
_KEY_PART = re.compile(r"([A-Za-z_][A-Za-z0-9_]*)|\[(\d+)\]|\[@([^\]]+)\]")


def stable(obj: object, path: str, *, keep_last: bool = False) -> str | None:
    """*path* with each list index replaced by the id of the item there now:
    ``persons[1].birth_date`` -> ``persons[@3f2a…].birth_date``.  Indexes into lists whose entries
    have no id stay as they are, and so does the last one with *keep_last* (where an item that is
    not in the list is to be put back).  ``None`` when *path* leads nowhere in *obj*."""
    toks = tokens(path)
    out = ""
    cur: object = obj
    for k, t in enumerate(toks):
        last = k == len(toks) - 1
        try:
            nxt = get_at(cur, [t]) if not (keep_last and last and isinstance(t, int)) else None
        except LookupError:
            return None
        if isinstance(t, int):
            ident = getattr(nxt, "id", None)
            out += f"[@{ident}]" if isinstance(ident, str) and ident and not (keep_last and last) else f"[{t}]"
        else:
            out = f"{out}.{t}" if out else t
        cur = nxt
    return out


def positional(obj: object, key: str) -> str | None:
    """The inverse of :func:`stable`: ids back to the indexes their items have now in *obj*.
    ``None`` when an item named by its id is no longer there.  A plain path is returned as is
    (normalised) when it leads somewhere."""
    out = ""
    cur: object = obj
    parts = list(_KEY_PART.finditer(key))
    for k, m in enumerate(parts):
        name, index, ident = m.groups()
        last = k == len(parts) - 1
        if name is not None:
            if not hasattr(cur, name):
                return None
            cur = getattr(cur, name)
            out = f"{out}.{name}" if out else name
            continue
        if not isinstance(cur, list):
            return None
        if ident is not None:
            at = next((i for i, x in enumerate(cur) if getattr(x, "id", None) == ident), None)
            if at is None:
                return None
        else:
            at = int(index)
            if not 0 <= at < len(cur) and not last:
                return None
        out += f"[{at}]"
        cur = cur[at] if 0 <= at < len(cur) else None
    return out
