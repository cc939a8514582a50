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
import functools
import string
import typing
from collections.abc import Callable
from typing import Any, TypeVar

from hypothesis import strategies as st

from app.domain import filenames
from app.domain.codec import field_types
from app.domain.dates import PartialDate
from app.domain.model import Case, DetentionPeriod, EvidenceItem, Item
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
    st.characters(codec="utf-8"),  # anything else encodable (no lone surrogates)
)


def texts(max_size: int = 8) -> st.SearchStrategy[str]:
    """Short text mixing scripts, emoji and markup, often one of a few realistic fragments."""
    return st.one_of(st.sampled_from(_FRAGMENTS), st.text(_chars, max_size=max_size))


def optional_texts(max_size: int = 8) -> st.SearchStrategy[str]:
    """Mostly-empty text: most optional fields of a real case are blank."""
    return st.one_of(st.just(""), texts(max_size))


_NON_BLANK = st.builds(lambda head, tail: head + tail, st.sampled_from("a陈ئབ😀<&"), texts(6))

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
    """A SHA-256 digest as 64 lowercase hex digits."""
    return st.binary(min_size=32, max_size=32).map(bytes.hex)


def ids() -> st.SearchStrategy[str]:
    """Identifiers: uuid4 hex like the app makes, or any text of 1-64 characters."""
    return st.one_of(st.uuids().map(lambda u: u.hex), st.text(_chars, min_size=1, max_size=64))


# --- the case ---------------------------------------------------------------------
_REF_POOLS = {"person": (0, 3), "organisation": (0, 3), "evidence": (0, 2), "consent": (0, 2),
              "communication": (0, 2)}
_POOL_LISTS = {"persons": "person", "organisations": "organisation", "evidence": "evidence",
               "consents": "consent", "communications": "communication"}

_LIST_SIZES: dict[tuple[str, str], int] = {  # largest size of a list of dataclasses; default 1
    ("Case", "deprivations"): 2,
    ("Case", "testimonies"): 2,
    ("Case", "remedies"): 2,
    ("Deprivation", "periods"): 2,
    ("Proceedings", "hearings"): 2,
    ("Testimony", "translations"): 2,
    ("LegalAnalysis", "categories"): 2,
}


_SPECIAL: dict[tuple[str, str], st.SearchStrategy[Any]] = {
    # fields whose validity rule is not expressed by their metadata
    ("Person", "age_at_detention"): st.one_of(st.none(), st.integers(0, 130)),
    ("EvidenceItem", "size"): st.integers(0, 2**40),
    ("Case", "tags"): st.lists(_NON_BLANK, max_size=2),
    ("Case", "state"): countries(),  # never empty, unlike Place.country
    ("Case", "created_at"): st.sampled_from(("", "2024-05-01T09:30:00Z")),
    ("Case", "updated_at"): st.sampled_from(("", "2024-05-02T10:00:00Z")),
}


class _Builder:
    """Draws one valid case, field by field, from the dataclass definitions.

    Strategies are built once per field (:func:`_field_strategy`) and reused
    across examples; references are drawn as positions and resolved against the
    collections of the case being built.
    """

    def __init__(self, draw: Draw) -> None:
        self.draw = draw
        self.used_ids: set[str] = set()
        self.pools: dict[str, list[str]] = {
            kind: [self.new_id() for _ in range(draw(_POOL_SIZES[kind]))] for kind in _REF_POOLS
        }

    def new_id(self) -> str:
        """A fresh id, unique within the case."""
        drawn = ident = self.draw(_IDS)
        suffix = 0
        while ident in self.used_ids:  # rare: disambiguate rather than filter (cheaper, no retries)
            suffix += 1
            ident = f"{drawn[:56]}~{suffix}"
        self.used_ids.add(ident)
        return ident

    def build(self, cls: type[T], **given: Any) -> T:
        """An instance of dataclass *cls*; *given* fixes some fields."""
        values = {}
        for f, tp in field_types(cls):
            values[f.name] = given[f.name] if f.name in given else self.field_value(cls, f, tp)
        return _repair(cls(**values))

    def field_value(self, owner: type, f: dataclasses.Field[Any], tp: Any) -> Any:
        """The value of field *f* of a new *owner*: ids, the case's collections and references first."""
        if f.name == "id" and issubclass(owner, Item):
            return self.new_id()
        if owner is Case and f.name in _POOL_LISTS:
            cls = typing.get_args(tp)[0]
            return [self.build(cls, id=ident) for ident in self.pools[_POOL_LISTS[f.name]]]
        if "ref" in f.metadata:
            return self.reference(owner, f)
        return self.value(owner, f, tp)

    def reference(self, owner: type, f: dataclasses.Field[Any]) -> Any:
        """Id(s) of items of the same case: drawn positions, resolved in the current pool."""
        pool = self.pools[f.metadata["ref"]]
        if isinstance(f.default, str):  # a single reference
            position = self.draw(_field_strategy(owner, f.name, False))
            return pool[position % len(pool)] if pool and position is not None else ""
        positions = self.draw(st.lists(_field_strategy(owner, f.name, True), max_size=2))
        return [pool[p % len(pool)] for p in positions] if pool else []

    def value(self, owner: type, f: dataclasses.Field[Any], tp: Any) -> Any:
        """A value of type *tp* for field *f*; nested dataclasses are built, not drawn whole."""
        item_tp = typing.get_args(tp)[0] if typing.get_origin(tp) is list else None
        if item_tp is not None and dataclasses.is_dataclass(item_tp):
            size = self.draw(_list_size(owner.__name__, f.name))
            return [self.build(item_tp) for _ in range(size)]
        if dataclasses.is_dataclass(tp) and tp is not PartialDate:
            return self.build(tp)
        return self.draw(_field_strategy(owner, f.name, False))


_POOL_SIZES = {kind: st.integers(lo, hi) for kind, (lo, hi) in _REF_POOLS.items()}
_IDS = ids()
_POSITIONS = st.integers(0, 7)


@functools.cache
def _list_size(owner: str, name: str) -> st.SearchStrategy[int]:
    return st.integers(0, _LIST_SIZES.get((owner, name), 1))


@functools.cache
def _field_strategy(owner: type, name: str, element: bool) -> st.SearchStrategy[Any]:
    """Strategy for the value of field *name* of *owner* (its element, with *element*).

    Reference fields yield positions (None for "no reference"), see
    :meth:`_Builder.reference`.
    """
    f, tp = next((f, tp) for f, tp in field_types(owner) if f.name == name)
    if (owner.__name__, name) in _SPECIAL:
        return _SPECIAL[(owner.__name__, name)]
    if name == "confidential_fields":
        names = [g.name for g in dataclasses.fields(owner) if g.name not in _ITEM_FIELD_NAMES]
        return st.lists(st.sampled_from(names), max_size=2, unique=True)
    if "ref" in f.metadata:
        required = owner.__name__ == "Deprivation" and name == "person_id"  # validation insists
        return _POSITIONS if element or required else st.one_of(st.none(), _POSITIONS)
    inner, optional = (typing.get_args(tp)[0], True) if type(None) in typing.get_args(tp) else (tp, False)
    if typing.get_origin(inner) is list:
        return st.lists(_scalar(f, typing.get_args(inner)[0], in_list=True), max_size=2)
    scalar = _scalar(f, inner, in_list=False)
    return st.one_of(st.none(), scalar) if optional else scalar


def _scalar(f: dataclasses.Field[Any], tp: Any, *, in_list: bool) -> st.SearchStrategy[Any]:
    """Strategy for one non-list value of *f* (an element, for list fields)."""
    if tp is PartialDate:
        return partial_dates()
    if tp is bool:
        return st.booleans()
    if tp is int:
        return st.integers(0, 1000)
    meta = f.metadata
    empty = [st.just("")] if not in_list and f.default == "" else []  # "" only where it is the default
    if "vocab" in meta:
        return st.one_of(*empty, st.sampled_from([t.code for t in vocabulary(meta["vocab"]).terms]))
    pattern = meta.get("pattern")
    if pattern == "time":
        return times()
    if pattern == "country":
        return st.one_of(*empty, countries())
    if pattern == "sha256":
        return st.one_of(*empty, sha256s())
    if pattern == "submission-id":
        return st.uuids().map(lambda u: u.hex)
    return optional_texts(12 if meta.get("multiline") else 6)


_ITEM_FIELD_NAMES = frozenset(f.name for f in dataclasses.fields(Item))


def _repair(obj: T) -> T:
    """Enforce the cross-field rules of validation that field-wise drawing cannot."""
    if isinstance(obj, EvidenceItem) and obj.file_name:
        obj.file_name = filenames.clean(obj.file_name)  # a plain file name (validation insists)
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
