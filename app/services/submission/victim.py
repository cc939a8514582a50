"""Per-victim blocks: identity, each arrest, each detention episode, proceedings, ill-treatment.

Each function takes the :class:`Builder` (the disclosed view) and returns
document blocks; the form-specific layout (WGAD numbered sections, SP labelled
per-victim blocks) is in :mod:`.mapping`.
"""

from __future__ import annotations

from app.domain.dates import PartialDate
from app.domain.document import Block, FieldRow, Paragraph, Section, Table
from app.domain.model import Arrest, Deprivation, DetentionPeriod, Person, Place
from app.services.disclosure import fmt
from app.services.disclosure.names import rtl
from app.services.submission.builder import Builder
from app.services.submission.forms import SectionDef


def _opt(rows: list[FieldRow | None]) -> list[Block]:
    return [r for r in rows if r is not None]


# -- identity ------------------------------------------------------------------------------
def names(b: Builder, p: Person) -> tuple[str, str, str]:
    """(family name, given name, other names) as the document prints them."""
    hidden = b.name_withheld_text(p)
    if hidden:
        return hidden, "", ""
    latin_first = rtl(p.family_name + p.given_name)  # keeps the row left to right in a Latin-script document
    family = fmt.join(*((p.family_name_latin, p.family_name) if latin_first else (p.family_name, p.family_name_latin)),
                      sep=" / ")
    given = fmt.join(*((p.given_name_latin, p.given_name) if latin_first else (p.given_name, p.given_name_latin)),
                     sep=" / ")
    if given and not family:
        family = b.l("single_name")
    elif family and not given:
        family, given = b.l("single_name"), family
    return family, given, "; ".join(p.other_names)


def birth(b: Builder, p: Person) -> str:
    first = next((d for d in b.deprivations(p.id)), None)
    at = (first.arrest.date or next((x.start for x in first.periods if x.start), None)) if first else None
    age = p.age_at_detention if p.age_at_detention is not None else fmt.age(p.birth_date, at)
    return fmt.join(fmt.date(p.birth_date, b.lang), b.l("aged", age=age) if age is not None else "", sep=", ")


def identity(b: Builder, sec: SectionDef, p: Person) -> list[FieldRow]:
    family, given, others = names(b, p)
    docs = "; ".join(fmt.join(fmt.vocab("identity_document", d.kind, b.lang), d.issued_by,
                              fmt.date(d.issued_on, b.lang), d.number, sep=", ") for d in p.identity_documents)
    values = {
        "family_name": family,
        "first_name": given,
        "other_names": b.val(others, p, "other_names"),
        "sex": b.val(fmt.vocab("sex", p.sex, b.lang) if p.sex != "unknown" else "", p, "sex"),
        "birth": b.val(birth(b, p), p, "birth_date", "age_at_detention"),
        "place_of_birth": b.val(p.place_of_birth, p, "place_of_birth"),
        "nationality": b.val(fmt.vocab_list("country", p.nationalities, b.lang), p, "nationalities"),
        "ethnicity": b.val(p.ethnicity, p, "ethnicity"),
        "id_document": b.val(docs, p, "identity_documents"),
        "profession": b.val(fmt.join(p.profession, p.activities), p, "profession", "activities"),
        "groups": b.val(fmt.vocab_list("group_membership", p.groups, b.lang), p, "groups"),
        "residence": b.val(fmt.place(p.residence, b.lang), p, "residence"),
    }
    return [b.row(sec, f.id, values.get(f.id, "")) for f in sec.fields]


# -- arrest ------------------------------------------------------------------------------------
def arrest_values(b: Builder, a: Arrest) -> dict[str, str]:
    issuer = fmt.join(b.org(a.warrant_issuer_id), a.warrant_issuer)
    return {
        "arrest_date": b.val(fmt.join(fmt.date(a.date, b.lang), a.time, sep=", "), a, "date", "time"),
        "arrest_place": b.val(fmt.place(a.place, b.lang), a, "place"),
        "arrest_forces": b.val(fmt.join(b.orgs(a.force_ids), a.forces_description), a, "force_ids",
                               "forces_description"),
        "warrant_shown": b.val(b.tri(a.warrant_shown), a, "warrant_shown"),
        "warrant_issuer": b.val(issuer, a, "warrant_issuer", "warrant_issuer_id"),
        "arrest_reasons": b.val(a.reasons_given, a, "reasons_given"),
        "arrest_legal_basis": b.val(fmt.provisions(a.legal_basis, b.lang), a, "legal_basis"),
    }


def incident(b: Builder, dep: Deprivation, date: bool) -> str:
    """The SP incident's date or place: the arrest's, or else what is known (detention, sentence), labelled."""
    values = arrest_values(b, dep.arrest)
    own = values["arrest_date" if date else "arrest_place"]
    if own:
        return own
    first = next((p for p in dep.periods if (p.start if date else (not p.place.is_empty() or p.facility_id))), None)
    if first is not None:
        text = fmt.date(first.start, b.lang) if date else \
            fmt.join(b.org(first.facility_id), fmt.place(first.place, b.lang), sep=", ")
        return b.field_label('DetentionPeriod', 'start' if date else 'place') + fmt.colon_sep(b.lang) + text
    pr = next((p for p in dep.proceedings if (p.verdict_date if date else p.court_id)), None)
    if pr is not None:
        text = fmt.date(pr.verdict_date, b.lang) if date else b.org(pr.court_id)
        return b.field_label('Proceedings', 'verdict_date' if date else 'court_id') + fmt.colon_sep(b.lang) + text
    return ""


def arrest(b: Builder, sec: SectionDef, dep: Deprivation) -> list[FieldRow]:
    values = arrest_values(b, dep.arrest)
    return [b.row(sec, f.id, values.get(f.id, "")) for f in sec.fields]


def episodes(b: Builder, p: Person, make) -> list[Block | Section]:  # type: ignore[no-untyped-def]
    """*make(dep)* for each deprivation of *p*; labelled "Episode n of m" when there are several."""
    deps = b.deprivations(p.id) or [Deprivation(person_id=p.id)]
    if len(deps) == 1:
        return list(make(deps[0]))
    return [Section("", _episode_title(b, n, len(deps), dep), list(make(dep))) for n, dep in enumerate(deps, 1)]


def _episode_title(b: Builder, n: int, count: int, dep: Deprivation) -> str:
    start = dep.arrest.date or next((x.start for x in dep.periods if x.start), None)
    head = b.l("episode_n", n=n, count=count)
    return f"{head} ({fmt.date(start, b.lang)})" if start else head


# -- detention ------------------------------------------------------------------------------------
def _period_end(b: Builder, p: DetentionPeriod) -> str:
    if p.ongoing:
        return b.l("ongoing")
    return b.val(fmt.date(p.end, b.lang), p, "end")


def period_duration(b: Builder, p: DetentionPeriod) -> str:
    if p.ongoing and p.start and b.date:
        return b.l("until_today", duration=fmt.duration(p.start, b.date, b.lang), date=fmt.date(b.date, b.lang))
    return fmt.duration(p.start, p.end, b.lang)


def periods_table(b: Builder, dep: Deprivation) -> Table | None:
    if not dep.periods:
        return None
    rows = tuple((
        b.val(fmt.join(b.org(p.facility_id), fmt.place(p.place, b.lang), sep=", "), p, "place", "facility_id"),
        b.val(fmt.date(p.start, b.lang), p, "start"),
        _period_end(b, p),
        period_duration(b, p),
        b.val(fmt.vocab("deprivation_type", p.kind, b.lang), p, "kind"),
        b.val(b.org(p.holding_authority_id), p, "holding_authority_id"),
    ) for p in dep.periods)
    return Table((b.l("col_place"), b.l("col_from"), b.l("col_to"), b.l("col_duration"), b.l("col_type"),
                  b.l("col_authority")), rows, (2.6, 1.3, 1.3, 1.3, 1.8, 2.2))


def spans(dep: Deprivation) -> list[tuple[PartialDate | None, PartialDate | None, bool]]:
    """Continuous stretches of detention: periods that follow each other (transfers) are one span; a gap
    (released, then detained again) starts a new one.  (start, end, ongoing) each."""
    out: list[list] = []  # type: ignore[type-arg]
    for p in dep.periods:
        if p.start is None and p.end is None and not p.ongoing:
            continue
        if out and out[-1][1] is not None and p.start is not None and \
                (p.start.earliest() - out[-1][1].latest()).days <= 1:
            out[-1][1], out[-1][2] = p.end, p.ongoing
        elif out and out[-1][1] is None and not out[-1][2]:
            out[-1][1], out[-1][2] = p.end, p.ongoing  # the previous period's end is not known: same stretch
        else:
            out.append([p.start, p.end, p.ongoing])
    if not out and dep.arrest.date:
        out.append([dep.arrest.date, dep.released_on, dep.still_detained == "yes"])
    if out and dep.still_detained == "yes" and out[-1][1] is None:
        out[-1][2] = True
    if out and dep.released_on and not out[-1][2] and out[-1][1] is None:
        out[-1][1] = dep.released_on
    return [(a, b, c) for a, b, c in out]


def episode_duration(b: Builder, dep: Deprivation) -> str:
    """Each continuous stretch: "3 January 2019 – 13 January 2019 (10 days)", "since 15 October 2019, still held (…)"."""
    parts = []
    for start, end, ongoing in spans(dep):
        if start is None:
            parts.append(f"? – {fmt.date(end, b.lang)}" if end else "")
        elif ongoing:
            text = b.l("since", date=fmt.on_date(start, b.lang))
            parts.append(text + (f" ({fmt.duration(start, b.date, b.lang)})" if b.date else ""))
        elif end is None:
            parts.append(f"{fmt.date(start, b.lang)} – ?")
        else:
            length = fmt.duration(start, end, b.lang)
            parts.append(f"{fmt.date(start, b.lang)} – {fmt.date(end, b.lang)}" + (f" ({length})" if length else ""))
    return "; ".join(p for p in parts if p)


def _each(values: list[str]) -> str:
    return "; ".join(dict.fromkeys(v for v in values if v))


def _per_period(b: Builder, dep: Deprivation, attr: str, render) -> str:  # type: ignore[no-untyped-def]
    """One value per period, labelled by its place when periods say different things."""
    vals = [(p, b.val(render(p), p, attr)) for p in dep.periods]
    distinct = list(dict.fromkeys(v for _, v in vals if v))
    if len(distinct) <= 1:
        return distinct[0] if distinct else ""
    return "\n".join(_period_label(b, p) + fmt.colon_sep(b.lang) + v for p, v in vals if v)


def _period_label(b: Builder, p: DetentionPeriod) -> str:
    kind = fmt.vocab("deprivation_type", p.kind, b.lang) if not b.withheld(p, "kind") else ""
    start = fmt.date(p.start, b.lang)
    return fmt.join(kind, f"{b.l('from')} {start}" if start else "", sep=", ") or b.org(p.facility_id)


def detention_values(b: Builder, dep: Deprivation) -> dict[str, str]:
    first = dep.periods[0] if dep.periods else None
    released = fmt.date(dep.released_on, b.lang)
    return {
        "detention_date": b.val(fmt.date(first.start, b.lang), first, "start") if first else "",
        "detention_duration": episode_duration(b, dep),
        "detention_forces": _each([b.org(p.holding_authority_id) for p in dep.periods]),
        "detention_places": b.l("see_table") if dep.periods else "",
        "detention_ordered_by": _per_period(b, dep, "ordering_authority_id", lambda p: b.org(p.ordering_authority_id)),
        "detention_reasons": _per_period(b, dep, "reasons_given", lambda p: p.reasons_given),
        "detention_legal_basis": _per_period(b, dep, "legal_basis", lambda p: fmt.provisions(p.legal_basis, b.lang)),
        "incommunicado": _per_period(b, dep, "incommunicado", lambda p: b.tri(p.incommunicado)),
        "lawyer_of_choice": _per_period(b, dep, "lawyer_of_choice", lambda p: b.tri(p.lawyer_of_choice)),
        "family_notified": _per_period(b, dep, "family_notified", lambda p: b.tri(p.family_notified)),
        "still_detained": b.val(fmt.join(b.tri(dep.still_detained), released, sep=" — "), dep, "still_detained",
                                "released_on"),
        "conditions": _per_period(b, dep, "conditions", lambda p: p.conditions),
    }


def detention(b: Builder, sec: SectionDef, dep: Deprivation) -> list[Block]:
    values = detention_values(b, dep)
    out: list[Block] = []
    for f in sec.fields:
        out.append(b.row(sec, f.id, values.get(f.id, "")))
        if f.id == "detention_places":
            table = periods_table(b, dep)
            if table is not None:
                out.append(table)
    return out


# -- proceedings and ill-treatment ----------------------------------------------------------------------
def proceedings(b: Builder, dep: Deprivation) -> list[Block]:
    out: list[Block] = []
    for n, pr in enumerate(dep.proceedings, 1):
        if len(dep.proceedings) > 1:
            out.append(Paragraph(f"{b.field_label('Deprivation', 'proceedings')} {n}", "lead"))
        informed = fmt.join(b.tri(pr.informed_of_charges), fmt.date(pr.informed_of_charges_on, b.lang), sep=", ")
        rows = [
            b.fact("Proceedings", "court_id", b.org(pr.court_id), pr),
            b.fact("Proceedings", "court_case_number", pr.court_case_number, pr),
            b.fact("Proceedings", "charges", fmt.provisions(pr.charges, b.lang), pr),
            b.fact("Proceedings", "charges_description", pr.charges_description, pr),
            b.fact("Proceedings", "informed_of_charges", b.val(informed, pr, "informed_of_charges_on")),
            b.fact("Proceedings", "brought_before_judge_on", fmt.date(pr.brought_before_judge_on, b.lang), pr),
            b.fact("Proceedings", "lawyer_access", b.tri(pr.lawyer_access), pr),
            b.fact("Proceedings", "lawyer_access_details", pr.lawyer_access_details, pr),
            b.fact("Proceedings", "coerced_confession", b.tri(pr.coerced_confession), pr),
            b.fact("Proceedings", "televised_confession", b.tri(pr.televised_confession), pr),
            b.fact("Proceedings", "verdict", fmt.join(fmt.date(pr.verdict_date, b.lang), pr.verdict, sep=fmt.colon_sep(b.lang)), pr),
            b.fact("Proceedings", "sentence", pr.sentence, pr),
            b.fact("Proceedings", "appeal", pr.appeal, pr),
            b.fact("Proceedings", "appeal_outcome", pr.appeal_outcome, pr),
        ]
        out += _opt(rows)
        if pr.hearings:
            h_label = lambda name: b.field_label("Hearing", name)  # noqa: E731
            out.append(Table(
                (b.l("col_date"), b.l("col_hearing"), b.l("col_public"), b.l("col_lawyer"),
                 h_label("family_admitted"), b.l("col_description")),
                tuple((b.val(fmt.date(h.date, b.lang), h, "date"), fmt.vocab("hearing_kind", h.kind, b.lang),
                       b.tri_known(h.public), b.tri_known(h.lawyer_present), b.tri_known(h.family_admitted),
                       b.val(h.description, h, "description")) for h in pr.hearings),
                (1.3, 1.4, 0.9, 1.0, 1.0, 3.6)))
    return out


def treatment(b: Builder, dep: Deprivation) -> list[Block]:
    t = dep.ill_treatment
    perpetrators = "; ".join(x for x in (_perpetrator(b, pid) for pid in t.perpetrator_ids) if x)
    return _opt([
        b.fact("IllTreatment", "torture_or_ill_treatment", b.tri(t.torture_or_ill_treatment), t),
        b.fact("IllTreatment", "description", t.description, t),
        b.fact("IllTreatment", "health_condition", t.health_condition, t),
        b.fact("IllTreatment", "medical_care_denied", b.tri(t.medical_care_denied), t),
        b.fact("IllTreatment", "risk_to_life", b.tri(t.risk_to_life), t),
        b.fact("IllTreatment", "perpetrator_ids", perpetrators, t),
    ])


def _perpetrator(b: Builder, pid: str) -> str:
    p = b.case.person(pid)
    if p is None:
        return ""
    return fmt.join(b.person(pid), p.function, b.org(p.organisation_id), sep=", ")


def coarse(place: Place) -> Place:
    return Place(place.country, place.admin_area, place.locality)
