"""``case show``: a case as readable, sectioned text.

Original-script names come first with the transliteration beside them;
vocabulary codes are shown with their English labels; confidential items and
fields are marked ``[confidential]``.
"""

from __future__ import annotations

from collections.abc import Iterable

from app.domain.dates import PartialDate
from app.domain.model import (
    Arrest,
    Case,
    DetentionPeriod,
    IllTreatment,
    Item,
    LegalProvision,
    Person,
    Place,
    Proceedings,
)
from app.domain.vocab import label

CONF = "[confidential]"
TESTIMONY_LINES = 3


def _date(d: PartialDate | None, unknown: str = "date unknown") -> str:
    return str(d) if d else unknown


def _lower(text: str) -> str:
    """A label used mid-sentence: ``A family member`` -> ``a family member``."""
    return text if text[1:2].isupper() else text[:1].lower() + text[1:]


def _tri(code: str) -> str:
    return label("tri", code) if code else "not recorded"


def _place(p: Place) -> str:
    return ", ".join(x for x in (p.detail, p.locality, p.admin_area, p.country) if x) or "not recorded"


def _provisions(items: Iterable[LegalProvision]) -> str:
    return "; ".join(f"{p.law}, art. {p.articles}" if p.articles else p.law for p in items)


def _mark(item: Item, field: str = "") -> str:
    """`` [confidential]`` when the item (or the named field of it) is confidential."""
    if item.confidential or (field and field in item.confidential_fields):
        return f" {CONF}"
    return ""


def _block(text: str, indent: str) -> list[str]:
    """Multi-line text, each line indented."""
    return [indent + line if line.strip() else "" for line in text.strip().splitlines()]


def _field(name: str, value: str, indent: str = "    ") -> list[str]:
    if not value.strip():
        return []
    lines = value.strip().splitlines()
    out = [f"{indent}{name}: {lines[0]}"]
    out += [f"{indent}  {line}" for line in lines[1:]]
    return out


def _heading(title: str) -> list[str]:
    return ["", title, "-" * len(title)]


class CaseRenderer:
    """Turns one :class:`Case` into lines of text."""

    def __init__(self, case: Case) -> None:
        self.case = case

    # -- look-ups ----------------------------------------------------------------------
    def person(self, pid: str) -> str:
        p = self.case.person(pid) if pid else None
        return p.display_name() or "(unnamed person)" if p else "(unknown person)"

    def org(self, oid: str, fallback: str = "") -> str:
        o = self.case.organisation(oid) if oid else None
        if o is None:
            return fallback
        return f"{o.name} ({o.abbreviation})" if o.abbreviation else o.name

    # -- sections --------------------------------------------------------------------------
    def lines(self) -> list[str]:
        out = self.header()
        for section in (self.summary, self.people, self.organisations, self.deprivations, self.remedies,
                        self.legal_analysis, self.testimonies, self.evidence, self.consents, self.communications):
            out += section()
        return out

    def header(self) -> list[str]:
        c = self.case
        out = [c.title, "=" * max(3, min(len(c.title) * 2, 78))]
        out.append(f"Reference: {c.reference or '(none)'}    Id: {c.id}")
        out.append(f"State: {c.state}    Region: {label('region', c.region)}    "
                   f"Status: {label('case_status', c.status)}    Urgency: {label('urgency', c.urgency)}")
        if c.tags:
            out.append("Tags: " + ", ".join(c.tags))
        mandates: list[str] = getattr(c, "mandates", [])
        if mandates:
            out.append("UN mechanisms: " + "; ".join(label("mandate", m) for m in mandates))
        out.append(f"Created: {c.created_at or '-'}    Updated: {c.updated_at or '-'}")
        out += _field("Why urgent", c.urgency_reason, "")
        return out

    def summary(self) -> list[str]:
        out = _heading("Summary")
        out += _block(self.case.summary, "  ") or ["  (no summary)"]
        if self.case.narrative.strip():
            out += ["", "  Narrative:"] + _block(self.case.narrative, "    ")
        return out

    def people(self) -> list[str]:
        out = _heading(f"People ({len(self.case.persons)})")
        for p in self.case.persons:
            out += self._person(p)
        return out

    def _person(self, p: Person) -> list[str]:
        roles = ", ".join(label("person_role", r) for r in p.roles) or "no role"
        out = [f"  - {p.display_name() or '(unnamed)'} -- {roles}{_mark(p)}"]
        if p.other_names:
            out += _field("Other names", ", ".join(p.other_names))
        facts = [label("sex", p.sex) if p.sex != "unknown" else ""]
        if p.birth_date:
            facts.append(f"born {p.birth_date}")
        if p.age_at_detention is not None:
            facts.append(f"aged {p.age_at_detention} when detained")
        if p.nationalities:
            facts.append("nationality " + ", ".join(p.nationalities))
        if p.ethnicity:
            facts.append(p.ethnicity)
        out += _field("About", "; ".join(f for f in facts if f))
        out += _field("Profession", p.profession)
        out += _field("Relationship", p.relationship_to_victim)
        if p.organisation_id:
            where = self.org(p.organisation_id) + (f", {p.function}" if p.function else "")
            out += _field("Organisation", where)
        elif p.function:
            out += _field("Function", p.function)
        if p.groups:
            out += _field("Groups", ", ".join(label("group_membership", g) for g in p.groups))
        for doc in p.identity_documents:
            out += _field("Identity document", f"{label('identity_document', doc.kind)} {doc.number}".strip()
                          + _mark(p, "identity_documents"))
        if not p.residence.is_empty():
            out += _field("Residence", _place(p.residence) + _mark(p, "residence"))
        c = p.contact
        contact = "; ".join(x for x in (c.email, c.phone, c.address, c.other) if x)
        out += _field("Contact", contact + (_mark(p, "contact") if contact else ""))
        out += _field("Activities", p.activities)
        return out

    def organisations(self) -> list[str]:
        if not self.case.organisations:
            return []
        out = _heading(f"Organisations ({len(self.case.organisations)})")
        for o in self.case.organisations:
            names = " / ".join(x for x in (o.name_original, o.abbreviation) if x)
            out.append(f"  - {o.name}" + (f" ({names})" if names else "") + _mark(o))
            out += _field("Kind", label("organisation_kind", o.kind)
                          + ("; state actor" if o.state_actor == "yes" else ""))
            if not o.place.is_empty():
                out += _field("Place", _place(o.place))
        return out

    def deprivations(self) -> list[str]:
        out: list[str] = []
        for d in self.case.deprivations:
            out += _heading(f"Deprivation of liberty: {self.person(d.person_id)}")
            out += self._arrest(d.arrest)
            out += self._periods(d.periods)
            for i, proc in enumerate(d.proceedings, 1):
                out += self._proceedings(proc, i)
            out += self._ill_treatment(d.ill_treatment)
            status = f"Still detained: {_tri(d.still_detained)}"
            if d.released_on:
                status += f"; released {d.released_on}"
            out += ["", "  " + status]
            out += _field("Other procedures", d.other_procedures, "  ")
        return out

    def _arrest(self, a: Arrest) -> list[str]:
        out = ["", f"  Arrest{_mark(a)}"]
        out += _field("When", _date(a.date) + (f" at {a.time}" if a.time else ""))
        out += _field("Where", _place(a.place))
        forces = ", ".join(self.org(f) for f in a.force_ids)
        out += _field("By", forces)
        out += _field("Forces", a.forces_description)
        issuer = self.org(a.warrant_issuer_id, a.warrant_issuer)
        out += _field("Warrant shown", _tri(a.warrant_shown) + (f" (issued by {issuer})" if issuer else ""))
        out += _field("Reasons given", a.reasons_given)
        out += _field("Legal basis", _provisions(a.legal_basis))
        out += _field("Circumstances", a.circumstances)
        return out

    def _periods(self, periods: list[DetentionPeriod]) -> list[str]:
        if not periods:
            return []
        out = ["", "  Detention, in order"]
        ordered = sorted(periods, key=lambda p: (p.start is None, p.start.earliest() if p.start else None))
        for i, p in enumerate(ordered, 1):
            span = (f"{_date(p.start, 'start unknown')} onwards, still held" if p.ongoing
                    else f"{_date(p.start, 'start unknown')} to {_date(p.end, 'end unknown')}")
            out.append(f"    {i}. {span}: "
                       f"{label('deprivation_type', p.kind)}{_mark(p)}")
            where = self.org(p.facility_id) or _place(p.place)
            if p.facility_id and not p.place.is_empty():
                where += f" ({_place(p.place)})"
            out += _field("Where", where, "       ")
            out += _field("Held by", self.org(p.holding_authority_id), "       ")
            out += _field("Ordered by", self.org(p.ordering_authority_id), "       ")
            out.append(f"       Incommunicado: {_tri(p.incommunicado)}; lawyer of choice: "
                       f"{_tri(p.lawyer_of_choice)}; family notified: {_tri(p.family_notified)}")
            out += _field("Reasons given", p.reasons_given, "       ")
            out += _field("Legal basis", _provisions(p.legal_basis), "       ")
            out += _field("Conditions", p.conditions, "       ")
        return out

    def _proceedings(self, p: Proceedings, n: int) -> list[str]:
        court = self.org(p.court_id) or "court not recorded"
        out = ["", f"  Proceedings {n}: {court}" + (f", case no. {p.court_case_number}" if p.court_case_number
                                                     else "") + _mark(p)]
        out += _field("Charges", _provisions(p.charges))
        out += _field("Charges as described", p.charges_description)
        informed = _tri(p.informed_of_charges)
        if p.informed_of_charges_on:
            informed += f" (on {p.informed_of_charges_on})"
        out += _field("Informed of charges", informed)
        if p.brought_before_judge_on:
            out += _field("Brought before a judge", str(p.brought_before_judge_on))
        out += _field("Lawyer access", _tri(p.lawyer_access))
        out += _field("Lawyer access details", p.lawyer_access_details)
        out += _field("Coerced confession", _tri(p.coerced_confession))
        out += _field("Televised confession", _tri(p.televised_confession))
        for h in sorted(p.hearings, key=lambda h: (h.date is None, h.date.earliest() if h.date else None)):
            out.append(f"    Hearing {_date(h.date)}: {label('hearing_kind', h.kind)}; "
                       f"public: {_tri(h.public)}; lawyer present: {_tri(h.lawyer_present)}; "
                       f"family admitted: {_tri(h.family_admitted)}")
            out += _field("What happened", h.description, "      ")
        out += _field("Verdict", (f"{p.verdict_date}: " if p.verdict_date else "") + p.verdict
                      if p.verdict else "")
        out += _field("Sentence", p.sentence)
        out += _field("Appeal", p.appeal)
        out += _field("Appeal outcome", p.appeal_outcome)
        return out

    def _ill_treatment(self, t: IllTreatment) -> list[str]:
        if t.torture_or_ill_treatment in ("", "unknown") and not t.description.strip():
            return []
        out = ["", f"  Ill-treatment: {_tri(t.torture_or_ill_treatment)}{_mark(t)}"]
        out += _field("Description", t.description)
        out += _field("Health", t.health_condition)
        out += _field("Medical care denied", _tri(t.medical_care_denied))
        out += _field("Risk to life", _tri(t.risk_to_life))
        out += _field("Alleged perpetrators", ", ".join(self.person(pid) for pid in t.perpetrator_ids))
        return out

    def remedies(self) -> list[str]:
        c = self.case
        if not c.remedies and not c.remedies_note.strip():
            return []
        out = _heading("Domestic remedies")
        for r in sorted(c.remedies, key=lambda r: (r.date is None, r.date.earliest() if r.date else None)):
            body = self.org(r.body_id, r.body) or "body not recorded"
            outcome = label("remedy_outcome", r.outcome) if r.outcome else "outcome not recorded"
            out.append(f"  - {_date(r.date)}: {body} -- {outcome}{_mark(r)}")
            out += _field("Action", r.action)
            out += _field("Details", r.outcome_details)
        out += _field("Note", c.remedies_note, "  ")
        return out

    def legal_analysis(self) -> list[str]:
        la = self.case.legal_analysis
        if not la.categories and not la.rights_invoked and not la.argument.strip():
            return []
        out = _heading("Legal analysis")
        out.append(f"  State party to the ICCPR: {_tri(la.iccpr_party)}")
        for cat in la.categories:
            out.append(f"  - {label('wgad_category', cat.category)}{_mark(cat)}")
            out += _field("Articles", ", ".join(cat.articles))
            out += _field("Argument", cat.argument)
        if la.rights_invoked:
            out += _field("Rights invoked", ", ".join(label("article", a) for a in la.rights_invoked), "  ")
        out += _field("Argument", la.argument, "  ")
        return out

    def testimonies(self) -> list[str]:
        if not self.case.testimonies:
            return []
        out = _heading(f"Testimonies ({len(self.case.testimonies)})")
        for t in self.case.testimonies:
            who = self.person(t.interviewee_id) if t.interviewee_id else "interviewee not recorded"
            out.append(f"  - {who}, {_date(t.date)}, in {label('language', t.language)}{_mark(t)}")
            lines = [ln for ln in t.original_text.strip().splitlines() if ln.strip()]
            for line in lines[:TESTIMONY_LINES]:
                out.append(f"      {line}")
            if len(lines) > TESTIMONY_LINES:
                out.append(f"      ... ({len(lines) - TESTIMONY_LINES} more lines)")
            if t.translations:
                languages = ", ".join(label("language", tr.language) for tr in t.translations)
                out += _field("Translations", languages)
        return out

    def evidence(self) -> list[str]:
        out = _heading(f"Evidence ({len(self.case.evidence)})")
        for e in self.case.evidence:
            out.append(f"  - {e.file_name} ({label('evidence_kind', e.kind)}, {e.size} bytes){_mark(e)}")
            out += _field("SHA-256", e.sha256)
            out += _field("Id", e.id)
            out += _field("Date", str(e.date) if e.date else "")
            out += _field("Source", e.source)
            out += _field("Description", e.description)
        return out

    def consents(self) -> list[str]:
        out = _heading("Consent")
        if not self.case.consents:
            return out + ["  No consent recorded. Record it before any submission."]
        for c in self.case.consents:
            state = f"withdrawn {c.withdrawn_on}" if c.withdrawn_on else "active"
            giver = _lower(label("consent_giver", c.given_by))
            if c.given_by_name:
                giver += f" ({c.given_by_name})"
            out.append(f"  - {self.person(c.person_id)}: {state}, given by {giver}, {_date(c.date)}, "
                       f"{label('consent_method', c.method)}{_mark(c)}")
            yn = {True: "yes", False: "no"}
            out.append(f"      Submit to the UN: {yn[c.submit_to_un]}; "
                       f"name given to the State: {yn[c.name_to_state]}; "
                       f"name in public: {label('name_disclosure', c.name_in_public)}; "
                       f"share with partners: {yn[c.share_with_partners]}")
            proof = self.case.evidence_item(c.evidence_id) if c.evidence_id else None
            if proof is not None:
                out += _field("Record kept", proof.file_name, "      ")
            out += _field("Notes", c.notes, "      ")
        return out

    def communications(self) -> list[str]:
        """The communications log, in date order (``recourse-cli log list`` gives the ids)."""
        log = self.case.communications
        if not log:
            return []
        out = _heading(f"Communications log ({len(log)})")
        by_id = {e.id: e for e in log}
        for e in sorted(log, key=lambda e: (e.date is None, e.date.sort_key() if e.date else ())):
            kind = label("log_kind", e.kind)
            what = " ".join(x for x in (e.reference, e.title) if x)
            out.append(f"  - {_date(e.date)}: {kind}{' ' + what if what else ''}{_mark(e)}")
            out += _field("Type", label("communication_type", e.letter_type) if e.letter_type else "")
            out += _field("Mandates", ", ".join(label("mandate", m) for m in e.mandates))
            answered = by_id.get(e.in_reply_to)
            if answered is not None:
                out += _field("In reply to", f"{label('log_kind', answered.kind)} {answered.reference}".strip()
                              + f" ({_date(answered.date)})")
            out += _field("Finding", label("opinion_finding", e.finding) if e.finding else "")
            out += _field("Categories", ", ".join(e.categories))
            out += _field("Summary", e.summary)
            out += _field("Published", e.link)
            out += _field("Comments due", str(e.comments_due) if e.comments_due else "")
            doc = self.case.evidence_item(e.evidence_id) if e.evidence_id else None
            out += _field("Document", doc.file_name if doc else "")
            out += _field("Comments or update", e.follow_up_text)
            out += _field("Notes", e.notes)
        return out


def render_case(case: Case) -> list[str]:
    return CaseRenderer(case).lines()

