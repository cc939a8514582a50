"""Figures across cases: what one victim of one (disclosed) case counts as, per dimension.

The counting unit is the **victim**: a person of the case with the role ``victim`` or with a
deprivation of liberty on file.  Every victim has exactly one value in each single-valued
dimension (``unknown`` when the case does not say) and one or more in the multi-valued ones
(``deprivation_type``: every kind of detention the victim went through, residential surveillance
at a designated location included; ``charge``: every article of every charge).  Counting *cases*
instead counts a case once per value any of its victims has.

This module only reads a case; which case (the disclosed view of a profile, never the raw case)
is the caller's business (``app/services/figures``).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from app.domain.dates import PartialDate
from app.domain.model import Case, Deprivation, Item, Person
from app.domain.vocab import label as vocab_label
from app.domain.vocab import vocabulary

DIMENSIONS = ("deprivation_type", "charge", "region", "year", "sex", "ethnicity", "status",
              "ill_treatment")
MULTI = frozenset({"deprivation_type", "charge"})
UNKNOWN = "unknown"
# the vocabulary each coded dimension's values come from (the others are years or text as written)
VOCABULARIES = {"deprivation_type": "deprivation_type", "region": "region", "sex": "sex",
                "status": "victim_status", "ill_treatment": "tri"}
_ARTICLES = re.compile(r"\s*[,;，、；]\s*")
_SPACE = re.compile(r"\s+")
CHARGE_SEP = "|"  # law|article in a charge value
# the fields of a case that victim_facts reads: the disclosed view it counts needs only these
READS = frozenset({"region", "persons", "deprivations"})


@dataclass(frozen=True)
class VictimFacts:
    """One victim's values: ``start`` is the first day the deprivation may have begun (ISO,
    '' unknown), what date-range filters compare."""

    ordinal: int
    start: str
    values: dict[str, tuple[str, ...]]


def victims(case: Case) -> list[Person]:
    held = {d.person_id for d in case.deprivations}
    return [p for p in case.persons if "victim" in p.roles or p.id in held]


def victim_facts(case: Case, *, withheld_marks: bool = False) -> list[VictimFacts]:
    """The facts of every victim of *case*, in the order of its persons.

    With *withheld_marks* (a disclosed view other than ``full``) a field the view marks as withheld
    counts as ``unknown``: the disclosure engine puts a withheld code back to its default (a
    confidential region would read "mainland", a confidential detention kind "criminal
    detention"), and a withheld place is a place that exists, not a place unknown.
    """
    hidden = _Withheld(withheld_marks)
    out = []
    for n, person in enumerate(victims(case)):
        deps = episodes(case, person.id)  # every deprivation of liberty of the person, earliest first
        starts = [d for d in (_start(dep) for dep in deps) if d is not None]
        start = min(starts, key=first_day) if starts else None
        values = {
            "deprivation_type": tuple(dict.fromkeys(k for dep in deps for k in _deprivation_types(dep, hidden)
                                                    if k != UNKNOWN)) or (UNKNOWN,),
            "charge": tuple(dict.fromkeys(c for dep in deps for c in _charges(dep) if c != UNKNOWN)) or (UNKNOWN,),
            "region": (hidden.code(case, "region", case.region),),
            "year": (str(start.year) if start else UNKNOWN,),
            "sex": (hidden.code(person, "sex", person.sex),),
            "ethnicity": (hidden.code(person, "ethnicity", _clean(person.ethnicity)),),
            "status": (status(deps[-1] if deps else None, hidden),),  # where the latest episode left them
            "ill_treatment": (_ill_treatment(deps, hidden),),
        }
        out.append(VictimFacts(n, first_day(start) if start else "", values))
    return out


def episodes(case: Case, pid: str) -> list[Deprivation]:
    """The person's deprivations of liberty in order of their beginning (undated ones first, as recorded)."""
    deps = [d for d in case.deprivations if d.person_id == pid]

    def key(t: tuple[int, Deprivation]) -> tuple[str, int]:
        start = _start(t[1])
        return (first_day(start) if start else "", t[0])

    return [d for _, d in sorted(enumerate(deps), key=key)]


def _ill_treatment(deps: list[Deprivation], hidden: _Withheld) -> str:
    """``yes`` if ill-treatment is reported in any episode, else ``no`` if any says no, else unknown."""
    codes = {hidden.code(d.ill_treatment, "torture_or_ill_treatment", d.ill_treatment.torture_or_ill_treatment)
             for d in deps}
    return "yes" if "yes" in codes else "no" if "no" in codes else UNKNOWN


class _Withheld:
    def __init__(self, honoured: bool) -> None:
        self.honoured = honoured

    def __call__(self, item: Item, name: str) -> bool:
        return self.honoured and (item.confidential or name in item.confidential_fields)

    def code(self, item: Item, name: str, value: str) -> str:
        return UNKNOWN if self(item, name) else (value or UNKNOWN)


def status(dep: Deprivation | None, hidden: _Withheld | None = None) -> str:
    """released > disappeared > sentenced > detained > unknown, from what the case records.

    * released: a release date, or "still detained: no";
    * disappeared: the last known detention is "whereabouts unknown", or incommunicado with no
      place and no facility on file (typical of residential surveillance at a designated location);
    * sentenced: a sentence recorded in any proceedings (or the last detention is a prison sentence);
    * detained: "still detained: yes" or a detention period still going on.
    """
    if dep is None:
        return UNKNOWN
    hidden = hidden or _Withheld(False)
    if dep.released_on is not None or hidden.code(dep, "still_detained", dep.still_detained) == "no":
        return "released"
    last = dep.periods[-1] if dep.periods else None
    place_unknown = last is not None and last.place.is_empty() and not last.facility_id and not (
        hidden(last, "place") or hidden(last, "facility_id"))
    if last is not None and (hidden.code(last, "kind", last.kind) == "whereabouts-unknown" or (
            hidden.code(last, "incommunicado", last.incommunicado) == "yes" and place_unknown)):
        return "disappeared"
    if any(p.sentence.strip() for p in dep.proceedings) or (
            last is not None and hidden.code(last, "kind", last.kind) == "prison-sentence"):
        return "sentenced"
    if dep.still_detained == "yes" or any(p.ongoing for p in dep.periods):
        return "detained"
    return UNKNOWN


def _start(dep: Deprivation | None) -> PartialDate | None:
    if dep is None:
        return None
    if dep.arrest.date is not None:
        return dep.arrest.date
    return next((p.start for p in dep.periods if p.start is not None), None)


def _deprivation_types(dep: Deprivation | None, hidden: _Withheld) -> tuple[str, ...]:
    kinds = list(dict.fromkeys(hidden.code(p, "kind", p.kind) for p in dep.periods)) if dep else []
    return tuple(kinds) or (UNKNOWN,)


def _charges(dep: Deprivation | None) -> tuple[str, ...]:
    out: list[str] = []
    for proc in dep.proceedings if dep else []:
        for provision in proc.charges:
            law = _clean(provision.law).replace(CHARGE_SEP, "/")
            articles = [a for a in _ARTICLES.split(provision.articles.strip()) if a] or [""]
            for art in articles:
                if law or art:
                    out.append(f"{law}{CHARGE_SEP}{_clean(art).replace(CHARGE_SEP, '/')}")
    return tuple(dict.fromkeys(out)) or (UNKNOWN,)


def _clean(text: str) -> str:
    return _SPACE.sub(" ", text).strip()


# --- dates of filters -----------------------------------------------------------------------------
def first_day(d: PartialDate) -> str:
    return f"{d.year:04d}-{d.month or 1:02d}-{d.day or 1:02d}"


def last_day(d: PartialDate) -> str:
    import calendar

    month = d.month or 12
    day = d.day or calendar.monthrange(d.year, month)[1]
    return f"{d.year:04d}-{month:02d}-{day:02d}"


# --- labels ------------------------------------------------------------------------------------
_ARTICLE_FORMS = {"zh_CN": "{law}第{art}条", "zh_TW": "{law}第{art}條", "ug": "{law} {art}-ماددا",
                  "fr": "{law}, art. {art}", "es": "{law}, art. {art}"}


def value_label(dim: str, value: str, lang: str = "en") -> str:
    """How a value reads in *lang*: vocabulary labels for coded dimensions, charges as
    "law, art. N", years and ethnicities as written; ``unknown`` everywhere as the vocabulary says."""
    if dim in VOCABULARIES and value in vocabulary(VOCABULARIES[dim]):
        return vocab_label(VOCABULARIES[dim], value, lang)
    if value == UNKNOWN:
        return vocab_label("tri", UNKNOWN, lang)
    if dim == "charge" and CHARGE_SEP in value:
        law, art = value.split(CHARGE_SEP, 1)
        if not art:
            return law
        if not law:
            return art
        return _ARTICLE_FORMS.get(lang, "{law}, art. {art}").format(law=law, art=art)
    return value


def dimension_label(dim: str, lang: str = "en") -> str:
    return vocab_label("figure_dimension", dim, lang)
