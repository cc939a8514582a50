"""Record-by-record three-way merge of an incoming case into the vault's copy.

Records are the items of a case's lists, by stable id (``persons/<id>``, ``evidence/<id>``…), and
each other top-level field (``field/title``, ``field/legal_analysis``…).  The *base* is the version
of the case last exchanged (sent or received).  For each record:

* only incoming -> added (unless we deleted it since the base and they did not change it);
* same on both sides, or they did not change it since the base -> kept as ours;
* we did not change it since the base -> theirs is taken (updated);
* both changed it -> a **conflict**: ours stays in the case, theirs is kept beside it for review.

Nothing is ever deleted by a merge; nothing is silently overwritten.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from typing import Any

from app.domain.codec import decode, encode
from app.domain.model import Case

LISTS = ("persons", "organisations", "deprivations", "remedies", "testimonies", "evidence", "consents", "reprisals")
SKIP = ("id", "created_at", "updated_at")


@dataclass
class Merged:
    case: Case
    added: list[str] = field(default_factory=list)  # record keys
    updated: list[str] = field(default_factory=list)
    unchanged: int = 0
    conflicts: list[tuple[str, str, str]] = field(default_factory=list)  # (record, ours JSON, theirs JSON)

    @property
    def changed(self) -> bool:
        return bool(self.added or self.updated)


def canonical(value: Any) -> str:
    return json.dumps(value, ensure_ascii=False, sort_keys=True, separators=(",", ":"))


def _records(doc: dict[str, Any] | None) -> dict[str, Any]:
    out: dict[str, Any] = {}
    if doc is None:
        return out
    for key, value in doc.items():
        if key in SKIP:
            continue
        if key in LISTS and isinstance(value, list):
            for item in value:
                out[f"{key}/{item.get('id', '')}"] = item
        else:
            out[f"field/{key}"] = value
    return out


def merge(ours: Case | None, theirs: Case, base: dict[str, Any] | None) -> Merged:
    """Merge *theirs* into *ours* (None: the case is new here) against *base* (an encoded case or None)."""
    if ours is None:
        keys = list(_records(encode(theirs)))
        return Merged(theirs, added=keys)
    o_doc, t_doc = encode(ours), encode(theirs)
    o, t, b = _records(o_doc), _records(t_doc), _records(base)
    result: dict[str, Any] = dict(o)
    merged = Merged(ours)
    for key, tv in t.items():
        ov, bv = o.get(key), b.get(key)
        if key not in o:
            if key in b and canonical(tv) == canonical(bv):
                merged.unchanged += 1  # we deleted it; they did not touch it
            elif key in b:
                merged.conflicts.append((key, "null", canonical(tv)))
            else:
                result[key] = tv
                merged.added.append(key)
            continue
        if canonical(ov) == canonical(tv) or (key in b and canonical(tv) == canonical(bv)):
            merged.unchanged += 1
        elif key in b and canonical(ov) == canonical(bv):
            result[key] = tv
            merged.updated.append(key)
        else:
            merged.conflicts.append((key, canonical(ov), canonical(tv)))
    if merged.changed:
        merged.case = decode(Case, _rebuild(o_doc, t_doc, result))
    return merged


def _rebuild(o_doc: dict[str, Any], t_doc: dict[str, Any], records: dict[str, Any]) -> dict[str, Any]:
    doc: dict[str, Any] = {k: o_doc[k] for k in SKIP if k in o_doc}
    for key in list(o_doc) + [k for k in t_doc if k not in o_doc]:
        if key in SKIP:
            continue
        if key in LISTS:
            ids = [i.get("id") for i in o_doc.get(key, [])]
            ids += [i.get("id") for i in t_doc.get(key, []) if i.get("id") not in ids]
            doc[key] = [records[f"{key}/{i}"] for i in ids if f"{key}/{i}" in records]
        elif f"field/{key}" in records:
            doc[key] = records[f"field/{key}"]
    return doc


def apply_resolution(case: Case, record: str, theirs_json: str) -> Case:
    """*case* with *record* replaced by (or, for a list item we lack, extended with) theirs."""
    doc = encode(case)
    value = json.loads(theirs_json)
    kind, _, ident = record.partition("/")
    if kind == "field":
        doc[ident] = value
    elif kind in LISTS:
        items = doc.get(kind, [])
        for i, item in enumerate(items):
            if item.get("id") == ident:
                items[i] = value
                break
        else:
            items.append(value)
        doc[kind] = items
    return decode(Case, doc)
