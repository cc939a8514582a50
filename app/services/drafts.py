"""Save what can be saved; keep what cannot as an encrypted draft of that field.

One field the rules refuse (a time ``25:99``, a reference another case uses) must not stop the
rest of the case from being stored.  :func:`save_keeping_drafts` puts the stored value (or the
field's default, for a new item) back into a copy of the case for every refused field, stores
that copy, and keeps the refused text as a *draft* of the field, inside the vault, until the user
fixes or clears it.  Drafts are never written anywhere else.

Drafts are keyed by *stable* paths: list items are named by their id, not their position
(``persons[@3f2a…].birth_date``, see :func:`app.domain.paths.stable`), so deleting or reordering
items never attaches a draft to another item.  A draft set aside as a whole item keeps the index
where it goes back (``+deprivations[@…].periods[2]``).  Drafts written before this (plain indexes)
are read against the stored case they were saved with, and rewritten with ids; a draft whose item
is gone is dropped.
"""

from __future__ import annotations

import copy
import dataclasses
import json
import typing
from collections.abc import Sequence
from dataclasses import dataclass, field

from app.domain.codec import decode, encode, field_types
from app.domain.dates import PartialDate
from app.domain.model import Case, Item
from app.domain.paths import get_at, join, normalise, positional, stable, tokens
from app.domain.validation import Problem, validate_case
from app.errors import NotFound, ValidationError
from app.services import cases as case_service
from app.services.vault import Vault
from app.storage import drafts as store

MAX_ROUNDS = 4  # a revert can uncover another problem (rarely): give up after a few rounds
ITEM = "+"  # a draft key starting with this holds a whole item (JSON) that could not be stored


@dataclass
class SaveResult:
    stored: Case
    drafts: dict[str, str]  # every draft of the case now (stable path -> text; "+path" -> item JSON)
    set_back: list[tuple[str, str]] = field(default_factory=list)  # (path, problem) kept as drafts


def load(vault: Vault, case_id: str, case: Case | None = None) -> dict[str, str]:
    """The drafts of *case_id* by stable path (items named by id), read against *case* (the stored
    case when not given): drafts of items no longer in it are left out."""
    with vault.db.reading() as conn:
        raw = store.get(conn, case_id)
    if not raw:
        return {}
    if case is None:
        try:
            case = case_service.get_case(vault, case_id)
        except NotFound:
            return {}
    out = {}
    for key, text in raw.items():
        now = restable(case, key)
        if now is not None:
            out[now] = text
    return out


def restable(case: Case, key: str) -> str | None:
    """*key* (stable, or an old plain path) as a stable path of *case*; None if its item is gone."""
    item = key.startswith(ITEM)
    path = positional(case, key[len(ITEM):] if item else key)
    if path is None:
        return None
    now = stable(case, path, keep_last=item)
    return None if now is None else (ITEM + now if item else now)


def display_path(case: Case, key: str) -> str | None:
    """The plain path (``persons[1].birth_date``) of a draft's key in *case* now, for messages and
    focus; ``None`` when the item is gone."""
    return positional(case, key[len(ITEM):] if key.startswith(ITEM) else key)


def save(vault: Vault, case_id: str, drafts: dict[str, str]) -> None:
    with vault.db.transaction() as conn:
        store.put(conn, case_id, drafts)


def discard(vault: Vault, case_id: str) -> None:
    with vault.db.transaction() as conn:
        store.delete(conn, case_id)


def save_keeping_drafts(vault: Vault, case: Case, drafts: dict[str, str] | None = None) -> SaveResult:
    """Store *case* with every refused field set back (or refused new item set aside).

    *drafts* are the editor's own (text no input could read, e.g. an unreadable date) and are
    kept as they are.  ``ValidationError`` only when a problem is neither one field's value nor
    inside a list item: then nothing is stored.
    """
    kept = {k: v for k, v in (drafts or {}).items()
            if not k.startswith(ITEM) and positional(case, k) is not None}  # items deleted: drafts too
    to_store = copy.deepcopy(case)
    set_back: list[tuple[str, str]] = []
    try:
        before: Case | None = case_service.get_case(vault, case.id)
    except NotFound:
        before = None
    problems: Sequence[tuple[str, str]] = []
    for _round in range(MAX_ROUNDS):
        problems = validate_case(to_store)
        if not problems:
            try:
                stored = case_service.save_case(vault, to_store)
            except ValidationError as exc:  # e.g. the reference is another case's
                problems = exc.problems
            else:
                save(vault, stored.id, kept)
                return SaveResult(stored, kept, set_back)
        unfixed = [pr for pr in problems if not _set_back(to_store, before, pr[0], kept)]
        set_back += [_renamed(pr) for pr in problems if pr not in unfixed]
        aside: list[tuple[list[str | int], tuple[str, str]]] = []
        for pr in unfixed:
            where = _item_of(to_store, tokens(pr[0]))
            if where is None:
                raise ValidationError(unfixed)
            aside.append((where, pr))
        _set_aside(to_store, before, [w for w, _pr in aside], kept)
        set_back += [_renamed(pr) for _w, pr in aside]
    raise ValidationError(problems)


def _renamed(problem: tuple[str, str]) -> tuple[str, str]:
    """*problem* with its path in the editor's form (``persons[0].x``), code and params kept."""
    return Problem(normalise(problem[0]), problem[1], getattr(problem, "code", ""),
                   **getattr(problem, "params", {}))


def restore_items(case: Case, drafts: dict[str, str]) -> None:
    """Put items set aside as drafts back into the in-memory *case* (the editor shows them)."""
    for key in sorted((k for k in drafts if k.startswith(ITEM)), key=_index_order):
        where = positional(case, key[len(ITEM):])
        toks = tokens(where or "")
        if len(toks) < 2 or not isinstance(toks[-1], int):
            continue
        try:
            owner = get_at(case, toks[:-2])
            items = get_at(owner, toks[-2:-1])
            cls = _item_type(owner, str(toks[-2]))
            item: typing.Any = decode(cls, json.loads(drafts[key]))
        except (LookupError, ValueError, TypeError):
            continue
        if not isinstance(items, list):
            continue
        same = [i for i, x in enumerate(items) if getattr(x, "id", None) == item.id]
        if same:
            items[same[0]] = item
        else:
            items.insert(min(int(toks[-1]), len(items)), item)


def _index_order(key: str) -> tuple[str, int]:
    head, _sep, last = key[len(ITEM):].rpartition("[")
    return (head, int(last.rstrip("]")) if last.rstrip("]").isdigit() else 0)


def _item_type(owner: object, attr: str) -> type:
    for f, tp in field_types(type(owner)):
        if f.name == attr:
            args = typing.get_args(tp)
            if args and isinstance(args[0], type) and issubclass(args[0], Item):
                return args[0]
    raise LookupError(attr)


def _item_of(case: Case, toks: list[str | int]) -> list[str | int] | None:
    """The tokens of the outermost list item holding *toks* (``deprivations[1]``), if any."""
    for k in range(len(toks)):
        if isinstance(toks[k], int) and k > 0:
            try:
                if isinstance(get_at(case, toks[: k + 1]), Item):
                    return toks[: k + 1]
            except LookupError:
                return None
    return None


def _set_aside(case: Case, before: Case | None, wheres: list[list[str | int]], drafts: dict[str, str]) -> None:
    """Take each item at *wheres* out of *case* (or put its stored version back) as an item draft."""
    unique = {join("", *w): w for w in wheres}
    for w in sorted(unique.values(), key=lambda w: -int(w[-1])):
        items = get_at(case, w[:-1])
        assert isinstance(items, list)
        item = items[int(w[-1])]
        drafts[ITEM + (stable(case, join("", *w), keep_last=True) or join("", *w))] = json.dumps(encode(item), ensure_ascii=False, sort_keys=True)
        old = None
        if before is not None:
            try:
                old_items = get_at(before, w[:-1])
                old = next((x for x in old_items if getattr(x, "id", None) == item.id), None)  # type: ignore[attr-defined]
            except LookupError:
                old = None
        if old is not None:
            items[int(w[-1])] = copy.deepcopy(old)
        else:
            del items[int(w[-1])]


def _set_back(case: Case, before: Case | None, path: str, drafts: dict[str, str]) -> bool:
    """Put the stored (or default) value back at *path*; remember the refused text.  False if
    *path* is not a single field holding text, a number or a date."""
    toks = tokens(path)
    if not toks or not isinstance(toks[-1], str):
        return False
    try:
        owner = get_at(case, toks[:-1])
    except LookupError:
        return False
    name = toks[-1]
    if not dataclasses.is_dataclass(owner) or name not in {f.name for f in dataclasses.fields(owner)}:
        return False
    if name in ("id", "confidential_fields"):
        return False
    value = getattr(owner, name)
    if value is not None and (isinstance(value, bool) or not isinstance(value, (str, int, float, PartialDate))):
        return False
    original = _value_before(before, toks, owner)
    if original is _MISSING:
        f = next(f for f in dataclasses.fields(owner) if f.name == name)
        if f.default is not dataclasses.MISSING:
            original = f.default
        elif f.default_factory is not dataclasses.MISSING:
            original = f.default_factory()
        else:
            return False
    if original == value:
        return False
    setattr(owner, name, original)
    drafts.setdefault(stable(case, path) or normalise(path), "" if value is None else str(value))
    return True


_MISSING = object()


def _value_before(before: Case | None, toks: list[str | int], owner: object) -> object:
    """The stored value at *toks* when the stored case has the same item there."""
    if before is None:
        return _MISSING
    try:
        old_owner = get_at(before, toks[:-1])
    except LookupError:
        return _MISSING
    if getattr(old_owner, "id", None) != getattr(owner, "id", None) or type(old_owner) is not type(owner):
        return _MISSING
    return copy.deepcopy(getattr(old_owner, str(toks[-1])))
