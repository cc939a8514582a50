"""Hypothesis strategies for the case model.

``cases()`` draws random *valid* cases (``validate_case`` finds nothing): text
in many scripts (Chinese, Uyghur in Arabic script, Tibetan), emoji and markup
characters; only known vocabulary codes; references that point at persons,
organisations, evidence and consent records of the same case; partial dates of
every precision; nested deprivations with periods, proceedings and hearings;
testimonies with translations; confidentiality markers naming real fields.

The case is built generically from the dataclass fields and their metadata
(``vocab``, ``ref``, ``pattern``, ``multiline``), so a field added to the model
is generated without touching this file -- unless it comes with a new rule,
which then belongs in :data:`_SPECIAL` or :func:`_repair`.  List sizes are
kept small so that examples stay cheap.
"""

from __future__ import annotations

import calendar
import dataclasses
import string
import typing
from collections.abc import Callable
from typing import Any, TypeVar

from hypothesis import strategies as st

from app.domain.codec import field_types
from app.domain.dates import PartialDate
from app.domain.model import Case, DetentionPeriod, Item
from app.domain.vocab import vocabulary

T = TypeVar("T")
Draw = Callable[[st.SearchStrategy[Any]], Any]

# --- text -------------------------------------------------------------------------
_RANGES = (
    (0x20, 0x7E),  # ASCII
    (0x4E00, 0x9FFF),  # CJK unified ideographs
    (0x20000, 0x2A6DF),  # CJK extension B (outside the BMP)
    (0x0600, 0x06FF),  # Arabic block, as used for Uyghur
    (0x0F00, 0x0FDA),  # Tibetan
    (0x1F300, 0x1FAFF),  # emoji and pictographs
)
_SPECIAL_CHARS = "<>&\"'\\/\n\t\u200d\u200f\ufeff\x00"  # markup, escapes, joiners, bidi mark, BOM, NUL
_FRAGMENTS = (
    "陈秋实", "北京市国家安全局", "ئۇيغۇر", "ئىلھام توختى", "བོད་ཡིག", "བཀྲ་ཤིས་",
    "<b>bold</b> & <i>", "&amp;&lt;", "👨‍👩‍👧", "🇨🇳", "𠀋𡈽", "Ünïcödé", "\"quoted\"", "a\nb\r\nc",
)

_chars = st.one_of(
    *(st.characters(min_codepoint=lo, max_codepoint=hi) for lo, hi in _RANGES),
    st.sampled_from(_SPECIAL_CHARS),
    st.characters(),  # anything else Hypothesis likes (never a lone surrogate)
)


def texts(max_size: int = 8, *, min_size: int = 0) -> st.SearchStrategy[str]:
    """Short text mixing scripts, emoji and markup, often one of a few realistic fragments."""
    fragments = [f for f in _FRAGMENTS if len(f) >= min_size] or [""]
    return st.one_of(
        st.sampled_from(fragments),
        st.text(_chars, min_size=min_size, max_size=max_size),
    )


def optional_texts(max_size: int = 8) -> st.SearchStrategy[str]:
    """Mostly-empty text: most optional fields of a real case are blank."""
    return st.one_of(st.just(""), texts(max_size))


_NON_BLANK = st.builds(lambda head, tail: head + tail,
                       st.sampled_from("a陈ئབ😀<&"), texts(6))

# --- dates, times, codes ----------------------------------------------------------


@st.composite
def partial_dates(draw: Draw) -> PartialDate:
    """A :class:`PartialDate` of year, month or day precision, exact or approximate."""
    year = draw(st.integers(1, 9999))
    precision = draw(st.sampled_from(("year", "month", "day")))
    approximate = draw(st.booleans())
    if precision == "year":
        return PartialDate(year, approximate=approximate)
    month = draw(st.integers(1, 12))
    if precision == "month":
        return PartialDate(year, month, approximate=approximate)
    day = draw(st.integers(1, calendar.monthrange(year, month)[1]))
    return PartialDate(year, month, day, approximate)


def times() -> st.SearchStrategy[str]:
    """A 24-hour ``HH:MM`` time, or empty."""
    return st.one_of(st.just(""), st.builds("{:02d}:{:02d}".format, st.integers(0, 23), st.integers(0, 59)))


def countries() -> st.SearchStrategy[str]:
    """An ISO 3166-1 alpha-2 shaped code: usually one of the country vocabulary, sometimes any two letters."""
    return st.one_of(
        st.sampled_from(sorted(vocabulary("country").codes)),
        st.builds(lambda a, b: a + b, st.sampled_from(string.ascii_uppercase),
                  st.sampled_from(string.ascii_uppercase)),
    )


def sha256s() -> st.SearchStrategy[str]:
    return st.binary(min_size=32, max_size=32).map(bytes.hex)


def ids() -> st.SearchStrategy[str]:
    """Identifiers: usually uuid4 hex like the app makes, sometimes any text of 1-64 characters."""
    return st.one_of(st.uuids().map(lambda u: u.hex), st.text(_chars, min_size=1, max_size=64))


# --- the case ---------------------------------------------------------------------
_REF_POOLS = {"person": (0, 3), "organisation": (0, 3), "evidence": (0, 2), "consent": (0, 2)}
_POOL_LISTS = {"persons": "person", "organisations": "organisation", "evidence": "evidence",
               "consents": "consent"}

_LIST_SIZES: dict[tuple[str, str], int] = {  # largest size of a list of dataclasses; default 1
    ("Case", "deprivations"): 2,
    ("Case", "testimonies"): 2,
    ("Case", "remedies"): 2,
    ("Deprivation", "periods"): 2,
    ("Proceedings", "hearings"): 2,
    ("Testimony", "translations"): 2,
    ("LegalAnalysis", "categories"): 2,
}


def _age() -> st.SearchStrategy[int | None]:
    return st.one_of(st.none(), st.integers(0, 130))


_SPECIAL: dict[tuple[str, str], Callable[[], st.SearchStrategy[Any]]] = {
    # fields whose validity rule is not expressed by metadata
    ("Person", "age_at_detention"): _age,
    ("EvidenceItem", "size"): lambda: st.integers(0, 2**40),
    ("Case", "tags"): lambda: st.lists(_NON_BLANK, max_size=2),
    ("Case", "state"): countries,
    ("Case", "created_at"): lambda: st.sampled_from(("", "2024-05-01T09:30:00Z")),
    ("Case", "updated_at"): lambda: st.sampled_from(("", "2024-05-02T10:00:00Z")),
}


class _Builder:
    """Draws one valid case, field by field, from the dataclass definitions."""

    def __init__(self, draw: Draw) -> None:
        self.draw = draw
        self.used_ids: set[str] = set()
        self.pools: dict[str, list[str]] = {
            kind: [self.new_id() for _ in range(draw(st.integers(lo, hi)))]
            for kind, (lo, hi) in _REF_POOLS.items()
        }

    def new_id(self) -> str:
        ident = self.draw(ids().filter(lambda s: s not in self.used_ids))
        self.used_ids.add(ident)
        return ident

    def build(self, cls: type[T], **given: Any) -> T:
        """An instance of dataclass *cls*; *given* fixes some fields."""
        values = {}
        for f, tp in field_types(cls):
            values[f.name] = given[f.name] if f.name in given else self.field_value(cls, f, tp)
        return _repair(cls(**values))

    def field_value(self, owner: type, f: dataclasses.Field[Any], tp: Any) -> Any:
        key = (owner.__name__, f.name)
        if key in _SPECIAL:
            return self.draw(_SPECIAL[key]())
        if f.name == "id" and issubclass(owner, Item):
            return self.new_id()
        if f.name == "confidential_fields":
            names = [g.name for g in dataclasses.fields(owner) if g.name not in _ITEM_FIELD_NAMES]
            return self.draw(st.lists(st.sampled_from(names), max_size=2, unique=True))
        if owner is Case and f.name in _POOL_LISTS:
            cls = typing.get_args(tp)[0]
            return [self.build(cls, id=ident) for ident in self.pools[_POOL_LISTS[f.name]]]
        if owner.__name__ == "Deprivation" and f.name == "person_id":
            return self.draw(st.sampled_from(self.pools["person"]))
        return self.value(owner, f, tp)

    def value(self, owner: type, f: dataclasses.Field[Any], tp: Any) -> Any:
        """A value of type *tp* for field *f*, honouring the field's metadata."""
        args = typing.get_args(tp)
        if type(None) in args:
            inner = next(a for a in args if a is not type(None))
            return None if self.draw(st.booleans()) else self.value(owner, f, inner)
        if typing.get_origin(tp) is list:
            (item_tp,) = args
            if dataclasses.is_dataclass(item_tp):
                size = self.draw(st.integers(0, _LIST_SIZES.get((owner.__name__, f.name), 1)))
                return [self.build(item_tp) for _ in range(size)]
            return self.draw(st.lists(self.scalar(f, item_tp, in_list=True), max_size=2))
        if dataclasses.is_dataclass(tp) and tp is not PartialDate:
            return self.build(tp)
        return self.draw(self.scalar(f, tp, in_list=False))

    def scalar(self, f: dataclasses.Field[Any], tp: Any, *, in_list: bool) -> st.SearchStrategy[Any]:
        """Strategy for one non-list value of *f* (an element, for list fields)."""
        if tp is PartialDate:
            return partial_dates()
        if tp is bool:
            return st.booleans()
        if tp is int:
            return st.integers(0, 1000)
        meta = f.metadata
        may_be_empty = not in_list and f.default == ""
        empty = [st.just("")] if may_be_empty else []
        if "vocab" in meta:
            return st.one_of(*empty, st.sampled_from([t.code for t in vocabulary(meta["vocab"]).terms]))
        if "ref" in meta:
            pool = self.pools[meta["ref"]]
            return st.one_of(*empty, *([st.sampled_from(pool)] if pool else []))
        pattern = meta.get("pattern")
        if pattern == "time":
            return times()
        if pattern == "country":
            return st.one_of(*empty, countries())
        if pattern == "sha256":
            return st.one_of(*empty, sha256s())
        return optional_texts(12 if meta.get("multiline") else 6)


_ITEM_FIELD_NAMES = frozenset(f.name for f in dataclasses.fields(Item))


def _repair(obj: T) -> T:
    """Enforce the cross-field rules of validation that field-wise drawing cannot."""
    if isinstance(obj, DetentionPeriod):
        if obj.ongoing:
            obj.end = None
        if obj.start and obj.end and obj.end.latest() < obj.start.earliest():
            obj.start, obj.end = obj.end, obj.start  # the swapped pair is always ordered
    return obj


@st.composite
def cases(draw: Draw) -> Case:
    """A random case that ``validate_case`` accepts."""
    builder = _Builder(draw)
    if not builder.pools["person"]:
        return builder.build(Case, deprivations=[])  # a deprivation must name a person
    return builder.build(Case)
