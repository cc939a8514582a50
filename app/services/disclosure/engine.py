"""The generic walk: a case in, a disclosed view and the list of withheld items out."""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass, field, fields, is_dataclass
from typing import Any

from app.domain.dates import PartialDate
from app.domain.model import Case, Item, LegalProvision, Person, Place
from app.errors import UnknownPurpose
from app.services.disclosure import fmt
from app.services.disclosure import fields as table
from app.services.disclosure.clues import Clue, find_clues, strip_kinship
from app.services.disclosure.names import FULL, Scrubber, Shown, naming, pseudonym
from app.services.disclosure.textlang import guess

# what each purpose discloses to whom
AUDIENCES = {"wgad": "state", "wgad-urgent": "state", "sp-allegation": "state", "sp-urgent": "state",
             "wgeid": "state", "wgad-comments": "state", "sp-update": "state", "reprisals": "state", "state": "state",
             "partner": "partner", "public": "public", "full": "internal"}
NAME_FIELDS = ("family_name", "given_name", "family_name_latin", "given_name_latin", "other_names",
               "identity_documents")
_YES_NO = {"en": ("Yes", "No"), "fr": ("Oui", "Non"), "es": ("Sí", "No")}


@dataclass(frozen=True)
class Withheld:
    """One value kept out of the disclosed view (for the confidential annex)."""

    path: str  # deprivations[0].arrest.forces_description
    label: str  # "Arrest — Description of the forces", in the requested language
    value: str  # the value as text, in the requested language
    item_id: str  # the nearest identifiable item
    person_id: str  # whom it concerns ("" = the case as a whole)
    reason: str  # confidential | field | name | source | annex


@dataclass
class Disclosed:
    """A disclosed view of a case for one purpose, and what was withheld from it.

    ``case`` has the same types as the stored case; withheld values are blank
    (items withheld whole are dropped from their list, except persons, who stay
    as a stub with their roles).  ``confidential``/``confidential_fields`` of
    each item in the view say what was withheld from it (to print "withheld"
    instead of "not known"), nothing more -- except for ``full``, where nothing is
    withheld and they keep the case's own markings (bundles between the team's vaults).
    """

    case: Case
    purpose: str
    audience: str
    lang: str
    person_ids: tuple[str, ...]
    names: dict[str, Shown]
    withheld: list[Withheld] = field(default_factory=list)
    clues: list[Clue] = field(default_factory=list)
    withheld_ids: set[str] = field(default_factory=set)

    def name(self, pid: str) -> str:
        """How the person is named in the view ("" for an unknown id)."""
        s = self.names.get(pid)
        return s.text if s else ""

    def is_withheld(self, obj: Any, name: str | None = None) -> bool:
        """Whether *obj* (an item of the view, or an id) or its field *name* was withheld."""
        if isinstance(obj, str):
            return obj in self.withheld_ids
        if not isinstance(obj, Item):
            return False
        return obj.confidential or (name is not None and name in obj.confidential_fields)


def disclose(case: Case, purpose: str, person_ids: list[str] | tuple[str, ...] | None = None,
             lang: str = "en", *, parts: frozenset[str] | None = None) -> Disclosed:
    """The disclosed view of *case* for *purpose*, narrowed to the victims *person_ids*.

    *purpose* is a form id (``wgad``, ``wgad-urgent``, ``sp-allegation``,
    ``sp-urgent``, ``wgeid``: the main document goes to the State) or a profile
    (``state``, ``partner``, ``public``, ``full``).  *lang* is the language of
    pseudonyms and of the withheld items' labels and values.

    *parts* (names of fields of :class:`Case`) narrows the view to what its caller reads: every
    other field of the case is left at its default, not walked and not listed as withheld.  It
    only ever shows less -- what a part holds is disclosed exactly as without *parts* (names
    follow consent over the whole case) -- and spares the text scrubbing of parts nobody reads
    (testimonies, narrative): the figures facts read three parts of every case at every save.
    """
    audience = AUDIENCES.get(purpose)
    if audience is None:
        raise UnknownPurpose(purpose)
    selected = tuple(person_ids or ())
    narrowed, dropped = _narrow(case, selected)
    names = naming(narrowed, audience, lang)
    counters = {s.role: s.number for s in names.values()}
    for p in dropped:  # co-victims not selected: still scrubbed from free text, numbered after
        counters["victim"] = counters.get("victim", 0) + 1
        n = counters["victim"]
        names[p.id] = Shown("withheld", pseudonym("victim", n, lang), p.display_name(), "victim", n)
    d = Disclosed(narrowed, purpose, audience, lang, selected, names)
    unknown = (parts or frozenset()) - {f.name for f in fields(Case)}
    if unknown:
        raise ValueError(f"not parts of a case: {sorted(unknown)}")
    walker = _Walker(d, narrowed, dropped, parts)
    d.case = walker.visit(narrowed, "", "", None)
    return d


def _narrow(case: Case, selected: tuple[str, ...]) -> tuple[Case, list[Person]]:
    if not selected:
        return case, []
    dropped = [p for p in case.persons if "victim" in p.roles and p.id not in selected]
    gone = {p.id for p in dropped}
    narrowed = dataclasses.replace(
        case,
        persons=[p for p in case.persons if p.id not in gone],
        deprivations=[x for x in case.deprivations if x.person_id not in gone],
        consents=[c for c in case.consents if c.person_id not in gone],
        testimonies=[t for t in case.testimonies if t.interviewee_id not in gone])
    return narrowed, dropped


def _default(f: dataclasses.Field) -> Any:  # type: ignore[type-arg]
    if f.default is not dataclasses.MISSING:
        return f.default
    if f.default_factory is not dataclasses.MISSING:
        return f.default_factory()
    return None


def _empty(value: Any) -> bool:
    if value is None or value == "" or value == [] or value is False:
        return True
    if isinstance(value, Place):
        return value.is_empty()
    if is_dataclass(value) and not isinstance(value, (Item, PartialDate)):
        return all(_empty(getattr(value, f.name)) for f in fields(value))
    return False


def _has_items(value: Any) -> bool:
    """An item, a list of items, or a value object holding some (the legal analysis)."""
    if isinstance(value, Item) or (isinstance(value, list) and any(isinstance(x, Item) for x in value)):
        return True
    return is_dataclass(value) and not isinstance(value, (PartialDate, Place)) and \
        any(_has_items(getattr(value, f.name)) for f in fields(value))


class _Walker:
    def __init__(self, d: Disclosed, case: Case, dropped: list[Person], parts: frozenset[str] | None) -> None:
        self.d = d
        self.case = case
        self.parts = parts
        self.internal = d.audience == "internal"
        scrub_people = dataclasses.replace(case, persons=case.persons + dropped)
        self.scrub = Scrubber(scrub_people, d.names)
        self.sources = [p for p in case.persons if "source" in p.roles and not self.internal]

    # -- text ------------------------------------------------------------------
    def text(self, value: str, path: str) -> str:
        if self.internal or not value:
            return value
        lang = None
        if self.scrub.changes(value):
            lang = guess(value, self.d.lang)
            value = self.scrub(value, lang)
        for s in self.sources:
            alias = self.d.names[s.id].pseudonym(lang or self.d.lang)
            testimony_by = path.startswith("testimonies[") and self._testimony_by(path) == s.id
            if alias not in value and not testimony_by:
                continue
            lang = lang or guess(value, self.d.lang)
            alias = self.d.names[s.id].pseudonym(lang)
            extra = (s.relationship_to_victim,) if s.relationship_to_victim else ()
            value = strip_kinship(value, alias, lang, extra)
            self.d.clues += find_clues(value, path, alias, s.id, lang, first_person=testimony_by, extra=extra)
        return value

    def _testimony_by(self, path: str) -> str:
        i = int(path[len("testimonies["):path.index("]")])
        return self.case.testimonies[i].interviewee_id

    # -- describing withheld values --------------------------------------------------
    def describe(self, value: Any, f: dataclasses.Field | None) -> str:  # type: ignore[type-arg]
        lang = self.d.lang
        meta = f.metadata if f is not None else {}
        if _empty(value):
            return ""
        if "ref" in meta:
            ids = value if isinstance(value, list) else [value]
            return "; ".join(x for x in (self._ref_text(meta["ref"], i) for i in ids) if x)
        if "vocab" in meta:
            return fmt.vocab_list(meta["vocab"], value, lang) if isinstance(value, list) else \
                fmt.vocab(meta["vocab"], value, lang)
        if meta.get("pattern") == "country":
            return fmt.vocab_list("country", value, lang) if isinstance(value, list) else fmt.vocab("country", value, lang)
        if isinstance(value, bool):
            return _YES_NO[lang][0 if value else 1]
        if isinstance(value, PartialDate):
            return fmt.date(value, lang)
        if isinstance(value, Place):
            return fmt.place(value, lang)
        if isinstance(value, list) and value and isinstance(value[0], LegalProvision):
            return fmt.provisions(value, lang)
        if isinstance(value, list):
            return "; ".join(x for x in (self.describe(v, None) for v in value) if x)
        if is_dataclass(value):
            cls = type(value).__name__
            parts = [(table.label(cls, g.name, lang), self.describe(getattr(value, g.name), g))
                     for g in fields(value) if g.name not in table.STRUCTURAL]
            return "; ".join(k + fmt.colon_sep(lang) + v for k, v in parts if v)
        return str(value)

    def _ref_text(self, kind: str, rid: str) -> str:
        if not rid:
            return ""
        if kind == "person":
            s = self.d.names.get(rid)
            return s.full if s else ""
        if kind == "organisation":
            o = self.case.organisation(rid)
            return fmt.join(o.name, o.name_original, o.abbreviation, sep=", ") if o else ""
        if kind == "evidence":
            e = self.case.evidence_item(rid)
            return e.file_name if e else ""
        return ""

    # -- the walk ----------------------------------------------------------------------
    def _owner(self, path: str, obj: Any, owner: str) -> str:
        if path.startswith("persons[") and isinstance(obj, Person):
            return obj.id
        for attr in ("person_id", "interviewee_id"):
            value = getattr(obj, attr, None) if isinstance(obj, Item) else None
            if value:
                return str(value)
        return owner

    def _rules(self, obj: Any) -> dict[str, str]:
        """Fields withheld by rule (names per consent, sources, annex-only fields) for this object."""
        if self.internal:
            return {}
        cls = type(obj).__name__
        rules = {name: "annex" for name in table.policy(cls)[1]}
        if isinstance(obj, Person):
            shown = self.d.names.get(obj.id)
            if shown is not None and shown.role == "source":
                rules.update({f.name: "source" for f in fields(obj)
                              if f.name not in table.STRUCTURAL and f.name != "roles"})
            elif shown is not None and shown.mode != FULL:
                rules.update({n: "name" for n in NAME_FIELDS})
        return rules

    def visit(self, obj: Any, path: str, owner: str, reason: str | None) -> Any:
        cls = type(obj).__name__
        is_item = isinstance(obj, Item)
        owner = self._owner(path, obj, owner)
        if is_item and obj.confidential and not self.internal:
            reason = reason or "confidential"
        marked = set(obj.confidential_fields) if is_item and not self.internal else set()
        rules = self._rules(obj)
        internal_fields = table.policy(cls)[0] if not self.internal else frozenset()
        kw: dict[str, Any] = {}
        withheld_fields: list[str] = []
        for f in fields(obj):
            value = getattr(obj, f.name)
            if f.name in table.STRUCTURAL:
                kw[f.name] = list(value) if isinstance(value, list) else value
                continue
            fpath = f"{path}.{f.name}" if path else f.name
            if f.name in internal_fields or (obj is self.case and self.parts is not None and f.name not in self.parts):
                kw[f.name] = _default(f)
                continue
            why = reason or ("field" if f.name in marked else None) or rules.get(f.name)
            if why and isinstance(obj, Person) and f.name == "roles":
                why = None  # a withheld person keeps its roles: a confidential victim is still a victim
            if why and f.name == "residence" and why == "name" and isinstance(value, Place):
                kw[f.name] = Place(value.country, value.admin_area)  # the region stays; the address goes
                if value.locality or value.detail:
                    self._record(fpath, cls, f, value, obj, owner, why)
                continue
            if why:
                if _has_items(value):
                    self._withhold_items(value, fpath, owner, why)
                elif not _empty(value):
                    self._record(fpath, cls, f, value, obj, owner, why)
                kw[f.name] = _default(f)
                if not _empty(value):
                    withheld_fields.append(f.name)
                continue
            kw[f.name] = self.value(value, fpath, owner, f, cls)
        new = type(obj)(**kw)
        if is_item:
            if self.internal:  # the "full" profile (the team's own vaults, bundles): keep the item's own markings
                new.confidential, new.confidential_fields = obj.confidential, list(obj.confidential_fields)
            else:
                new.confidential = bool(reason)
                new.confidential_fields = sorted(withheld_fields)
        return new

    def _withhold_items(self, value: Any, path: str, owner: str, why: str) -> None:
        items = value if isinstance(value, list) else [value]
        for i, it in enumerate(items):
            p = f"{path}[{i}]" if isinstance(value, list) else path
            if isinstance(it, Item):
                self.d.withheld_ids.add(it.id)
            self.visit(it, p, owner, why)

    def _record(self, path: str, cls: str, f: dataclasses.Field, value: Any, obj: Any, owner: str,  # type: ignore[type-arg]
                why: str) -> None:
        if "vocab" in f.metadata and value in ("", "unknown"):
            return
        text = self.describe(value, f)
        if not text.strip():
            return
        item_id = obj.id if isinstance(obj, Item) else ""
        lab = f"{table.class_label(cls, self.d.lang)} — {table.label(cls, f.name, self.d.lang)}"
        self.d.withheld.append(Withheld(path, lab, text, item_id, owner, why))

    def value(self, value: Any, path: str, owner: str, f: dataclasses.Field, cls: str) -> Any:  # type: ignore[type-arg]
        if isinstance(value, str):
            if "ref" in f.metadata or "vocab" in f.metadata or "pattern" in f.metadata:
                return value
            if cls == "Person" and f.name in NAME_FIELDS:
                return value
            return self.text(value, path)
        if isinstance(value, list):
            out = []
            for i, x in enumerate(value):
                p = f"{path}[{i}]"
                if isinstance(x, Item) and x.confidential and not self.internal:
                    self.d.withheld_ids.add(x.id)
                    stub = self.visit(x, p, owner, "confidential")
                    if isinstance(x, Person):
                        out.append(stub)
                elif is_dataclass(x) and not isinstance(x, PartialDate):
                    out.append(self.visit(x, p, owner, None))
                elif isinstance(x, str) and not ("vocab" in f.metadata or "ref" in f.metadata
                                                 or "pattern" in f.metadata or (cls == "Person" and f.name in NAME_FIELDS)):
                    out.append(self.text(x, p))
                else:
                    out.append(x)
            return out
        if is_dataclass(value) and not isinstance(value, PartialDate):
            return self.visit(value, path, owner, None)
        return value
