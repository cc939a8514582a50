"""From a case to the documents of one form: the transmissible document and the confidential annex.

Every value taken from the case goes through :meth:`Builder.value`, the single
gate that withholds confidential items and fields (moving them to the annex)
and replaces withheld names in free text.  Tests plant canary strings in every
confidential place and check they never reach the main document.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from app.domain.dates import PartialDate
from app.domain.document import Block, Document, FieldRow, Paragraph, Section, Signature, Table
from app.domain.model import Case, Deprivation, Item, Person, Testimony
from app.services.submission import fmt
from app.services.submission.checks import UN_LANGUAGES, Finding, check
from app.services.submission.forms import FormDef, SectionDef, body_config, load_form
from app.services.submission.names import FULL, Scrubber, Shown, disclosure


@dataclass
class Submission:
    form: str
    language: str
    main: Document
    annex: Document
    findings: list[Finding] = field(default_factory=list)


def _tri(form: FormDef, code: str) -> str:
    return form.label(code) if code in ("yes", "no") else ""


class Builder:
    def __init__(self, case: Case, form: FormDef, person_ids: list[str] | None) -> None:
        self.case = case
        self.f = form
        self.lang = form.language
        self.shown: dict[str, Shown] = disclosure(case, self.lang)
        self.scrub = Scrubber(case, self.shown)
        self.withheld: list[tuple[str, str]] = []  # (where, content) for the annex
        victims = [p for p in case.victims()]
        if person_ids:
            victims = [p for p in victims if p.id in person_ids]
        self.victims = victims

    # -- the gate ----------------------------------------------------------------------
    def value(self, item: Item, field_name: str, text: str, where: str) -> str:
        """*text* (the formatted value of ``item.field_name``) as the main document may show it."""
        text = text or ""
        if item.confidential or field_name in item.confidential_fields:
            if text.strip():
                self.withheld.append((where, text))
                return self.f.label("withheld")
            return ""
        return self.scrub(text)

    def person(self, pid: str) -> str:
        s = self.shown.get(pid)
        return s.text if s else ""

    def org(self, oid: str, where: str) -> str:
        o = self.case.organisation(oid) if oid else None
        if o is None:
            return ""
        text = o.name
        extras = [x for x in (o.name_original, o.abbreviation) if x]
        if extras:
            text = f"{text} ({', '.join(extras)})" if text else ", ".join(extras)
        return self.value(o, "name", text, where)

    def orgs(self, ids: list[str], where: str) -> str:
        return "; ".join(x for x in (self.org(i, where) for i in ids) if x)

    def row(self, section: SectionDef, field_id: str, value: str, note: str = "") -> FieldRow:
        f = section.field(field_id)
        return FieldRow(f.number, f.label, value, note)

    # -- sections ------------------------------------------------------------------------
    def identity(self, sec: SectionDef, p: Person, who: str) -> list[FieldRow]:
        s = self.shown[p.id]
        w = f"{sec.number} {sec.title} ({who})"
        if s.mode == FULL:
            family = fmt.join(p.family_name, p.family_name_latin, sep=" / ")
            given = fmt.join(p.given_name, p.given_name_latin, sep=" / ")
            family = self.value(p, "family_name", family, w)
            given = self.value(p, "given_name", given, w)
            others = self.value(p, "other_names", "; ".join(p.other_names), w)
            docs = "; ".join(fmt.join(fmt.vocab("identity_document", d.kind, self.lang), d.issued_by,
                                      fmt.date(d.issued_on, self.lang), d.number, sep=", ")
                             for d in p.identity_documents)
            docs = self.value(p, "identity_documents", docs, w)
            residence = self.value(p, "residence", fmt.place(p.residence, self.lang), w)
        else:
            family = s.text if s.mode != "withheld" else self.f.label("withheld_name")
            given = ""
            others = ""
            if p.identity_documents:
                self.withheld.append((w, "; ".join(f"{d.kind} {d.number}" for d in p.identity_documents)))
            docs = self.f.label("withheld") if p.identity_documents else ""
            coarse = p.residence.__class__(p.residence.country, p.residence.admin_area, "", "")
            residence = self.value(p, "residence", fmt.place(coarse, self.lang), w)
            if p.residence.locality or p.residence.detail:
                self.withheld.append((w, fmt.place(p.residence, self.lang)))
        birth = fmt.join(fmt.date(p.birth_date, self.lang),
                         str(p.age_at_detention) if p.age_at_detention is not None else "", sep=" — ")
        rows = [
            self.row(sec, "family_name", family),
            self.row(sec, "first_name", given),
            self.row(sec, "other_names", others),
            self.row(sec, "sex", self.value(p, "sex", fmt.vocab("sex", p.sex, self.lang)
                                            if p.sex != "unknown" else "", w)),
            self.row(sec, "birth", self.value(p, "birth_date", birth, w)),
            self.row(sec, "nationality", self.value(p, "nationalities", "; ".join(
                fmt.vocab("country", c, self.lang) for c in p.nationalities), w)),
            self.row(sec, "id_document", docs),
            self.row(sec, "profession", self.value(p, "profession", fmt.join(p.profession, p.activities), w)),
            self.row(sec, "groups", self.value(p, "groups", fmt.vocab_list("group_membership", p.groups, self.lang), w)),
            self.row(sec, "residence", residence),
        ]
        return rows

    def arrest(self, sec: SectionDef, dep: Deprivation, who: str) -> list[FieldRow]:
        a = dep.arrest
        w = f"{sec.number} {sec.title} ({who})"
        when = fmt.join(fmt.date(a.date, self.lang), a.time, sep=", ")
        issuer = self.org(a.warrant_issuer_id, w) or a.warrant_issuer
        return [
            self.row(sec, "arrest_date", self.value(a, "date", when, w)),
            self.row(sec, "arrest_place", self.value(a, "place", fmt.place(a.place, self.lang), w)),
            self.row(sec, "arrest_forces", fmt.join(self.orgs(a.force_ids, w),
                                                    self.value(a, "forces_description", a.forces_description, w))),
            self.row(sec, "warrant_shown", self.value(a, "warrant_shown", _tri(self.f, a.warrant_shown), w)),
            self.row(sec, "warrant_issuer", self.value(a, "warrant_issuer", issuer, w)),
            self.row(sec, "arrest_reasons", self.value(a, "reasons_given", a.reasons_given, w)),
            self.row(sec, "arrest_legal_basis", self.value(a, "legal_basis", fmt.provisions(a.legal_basis, self.lang), w)),
        ]

    def _duration(self, dep: Deprivation) -> str:
        starts = [p.start for p in dep.periods if p.start]
        if not starts:
            return ""
        start = min(starts, key=lambda d: d.earliest())
        last = dep.periods[-1]
        if last.ongoing or dep.still_detained == "yes":
            return f"{self.f.label('from')} {fmt.date(start, self.lang)} ({self.f.label('ongoing')})"
        ends = [p.end for p in dep.periods if p.end]
        if ends:
            end = max(ends, key=lambda d: d.latest())
            return f"{self.f.label('from')} {fmt.date(start, self.lang)} {self.f.label('to')} {fmt.date(end, self.lang)}"
        return ""

    def _any(self, dep: Deprivation, attr: str) -> str:
        values = [getattr(p, attr) for p in dep.periods if not p.confidential and attr not in p.confidential_fields]
        return "yes" if "yes" in values else "no" if "no" in values else "unknown"

    def detention(self, sec: SectionDef, dep: Deprivation, who: str) -> list[FieldRow | Table]:
        w = f"{sec.number} {sec.title} ({who})"
        rows: list[tuple[str, ...]] = []
        for p in dep.periods:
            place = fmt.join(self.org(p.facility_id, w), fmt.place(p.place, self.lang), sep=", ")
            rows.append((
                self.value(p, "place", place, w),
                self.value(p, "start", fmt.date(p.start, self.lang), w),
                self.value(p, "end", self.f.label("ongoing") if p.ongoing else fmt.date(p.end, self.lang), w),
                self.value(p, "kind", fmt.vocab("deprivation_type", p.kind, self.lang), w),
                self.org(p.holding_authority_id, w),
            ))
        first = dep.periods[0] if dep.periods else None
        out: list[FieldRow | Table] = [
            self.row(sec, "detention_date", self.value(first, "start", fmt.date(first.start, self.lang), w) if first else ""),
            self.row(sec, "detention_duration", self._duration(dep)),
            self.row(sec, "detention_forces", "; ".join(dict.fromkeys(
                x for x in (self.org(p.holding_authority_id, w) for p in dep.periods) if x))),
            self.row(sec, "detention_places", self.f.label("see_table") if rows else ""),
        ]
        if rows:
            l = self.f.label
            out.append(Table((l("col_place"), l("col_from"), l("col_to"), l("col_type"), l("col_authority")),
                             tuple(rows), (3, 1.3, 1.3, 2, 2.4)))
        out += [
            self.row(sec, "detention_ordered_by", "; ".join(dict.fromkeys(
                x for x in (self.org(p.ordering_authority_id, w) for p in dep.periods) if x))),
            self.row(sec, "detention_reasons", "; ".join(dict.fromkeys(
                x for x in (self.value(p, "reasons_given", p.reasons_given, w) for p in dep.periods) if x))),
            self.row(sec, "detention_legal_basis", "; ".join(dict.fromkeys(
                x for x in (self.value(p, "legal_basis", fmt.provisions(p.legal_basis, self.lang), w)
                            for p in dep.periods) if x))),
        ]
        for fid, attr in (("incommunicado", "incommunicado"), ("lawyer_of_choice", "lawyer_of_choice"),
                          ("family_notified", "family_notified")):
            if any(f.id == fid for f in sec.fields):
                out.append(self.row(sec, fid, _tri(self.f, self._any(dep, attr))))
        if any(f.id == "still_detained" for f in sec.fields):
            released = fmt.date(dep.released_on, self.lang)
            out.append(self.row(sec, "still_detained", self.value(dep, "still_detained", fmt.join(
                _tri(self.f, dep.still_detained), released, sep=" — "), w)))
        return out

    def proceedings(self, dep: Deprivation, title: str) -> list[Paragraph | Table]:
        out: list[Paragraph | Table] = []
        l = self.f.label
        for pr in dep.proceedings:
            w = title
            facts = [
                self.org(pr.court_id, w),
                self.value(pr, "court_case_number", pr.court_case_number, w),
                self.value(pr, "charges", fmt.provisions(pr.charges, self.lang), w),
                self.value(pr, "charges_description", pr.charges_description, w),
                self.value(pr, "lawyer_access_details", pr.lawyer_access_details, w),
                self.value(pr, "verdict", fmt.join(fmt.date(pr.verdict_date, self.lang), pr.verdict, sep=": "), w),
                self.value(pr, "sentence", pr.sentence, w),
                self.value(pr, "appeal", fmt.join(pr.appeal, pr.appeal_outcome, sep=" — "), w),
            ]
            out += [Paragraph(x) for x in facts if x]
            if pr.hearings:
                out.append(Table(
                    (l("col_date"), l("col_hearing"), l("col_public"), l("col_lawyer"), l("col_description")),
                    tuple((self.value(h, "date", fmt.date(h.date, self.lang), w),
                           fmt.vocab("hearing_kind", h.kind, self.lang),
                           _tri(self.f, h.public) or l("unknown"), _tri(self.f, h.lawyer_present) or l("unknown"),
                           self.value(h, "description", h.description, w)) for h in pr.hearings),
                    (1.3, 1.5, 0.9, 1.1, 4)))
        return out

    def treatment(self, dep: Deprivation, title: str) -> list[Paragraph]:
        t = dep.ill_treatment
        texts = [self.value(t, "description", t.description, title),
                 self.value(t, "health_condition", t.health_condition, title)]
        return [Paragraph(x) for x in texts if x]

    def testimony(self, t: Testimony) -> list[Paragraph]:
        if t.confidential:
            self.withheld.append((self.f.label("testimony_of", person=self.shown.get(t.interviewee_id, Shown("", "—", "")).full,
                                                date=fmt.date(t.date, self.lang)), self._testimony_text(t)))
            return []
        head = self.f.label("testimony_of", person=self.person(t.interviewee_id) or "—",
                            date=fmt.date(t.date, self.lang) or self.f.label("not_known"))
        out = [Paragraph(head, "lead")]
        ordered = sorted(t.translations, key=lambda tr: (tr.language != self.lang, tr.language not in UN_LANGUAGES))
        for tr in ordered:
            if tr.language in UN_LANGUAGES and tr.text.strip():
                out.append(Paragraph(self.value(tr, "text", tr.text, head), "body"))
                break
        if t.original_text.strip():
            lang_name = fmt.vocab("language", t.language, self.lang)
            out.append(Paragraph(self.f.label("original_text", language=lang_name), "note"))
            out.append(Paragraph(self.value(t, "original_text", t.original_text, head), "quote", t.language))
        return out

    def _testimony_text(self, t: Testimony) -> str:
        parts = [t.original_text] + [f"[{tr.language}] {tr.text}" for tr in t.translations]
        return "\n\n".join(p for p in parts if p.strip())

    def arbitrariness(self) -> list[Section | Paragraph]:
        la = self.case.legal_analysis
        out: list[Section | Paragraph] = []
        for c in la.categories:
            title = fmt.vocab("wgad_category", c.category, self.lang)
            blocks: list = []
            if c.articles:
                blocks.append(FieldRow("", self.f.label("articles"), fmt.vocab_list("article", c.articles, self.lang)))
            if c.argument.strip():
                blocks.append(Paragraph(self.value(c, "argument", c.argument, title)))
            out.append(Section("", title, blocks))
        if la.argument.strip():
            out.append(Paragraph(self.scrub(la.argument)))
        if la.iccpr_party == "no":
            out.append(Paragraph(self.f.label("iccpr_note"), "note"))
        return out

    def remedies(self, where: str) -> list[Table | Paragraph]:
        l = self.f.label
        out: list[Table | Paragraph] = []
        rows = tuple((self.value(r, "date", fmt.date(r.date, self.lang), where),
                      self.org(r.body_id, where) or self.value(r, "body", r.body, where),
                      self.value(r, "action", r.action, where),
                      self.value(r, "outcome", fmt.join(fmt.vocab("remedy_outcome", r.outcome, self.lang),
                                                        r.outcome_details, sep=": "), where))
                     for r in self.case.remedies)
        if rows:
            out.append(Table((l("col_date"), l("col_body"), l("col_action"), l("col_outcome")), rows, (1.2, 2.2, 3, 3)))
        if self.case.remedies_note.strip():
            out.append(Paragraph(self.scrub(self.case.remedies_note)))
        return out

    def consent(self) -> list[FieldRow]:
        l = self.f.label
        rows = []
        for p in self.case.persons:
            c = self.case.consent_for(p.id)
            if c is None or "source" in p.roles:
                continue
            who = self.person(p.id)
            rows += [
                FieldRow("", f"{who} — {l('consent_given_by')}",
                         fmt.join(fmt.vocab("consent_giver", c.given_by, self.lang),
                                  self.value(c, "given_by_name", c.given_by_name, l("consent_given_by")), sep=": ")),
                FieldRow("", l("consent_date"), fmt.join(fmt.date(c.date, self.lang),
                                                         fmt.vocab("consent_method", c.method, self.lang), sep=", ")),
                FieldRow("", l("consent_submit"), l("yes") if c.submit_to_un else l("no")),
                FieldRow("", l("consent_state"), l("yes") if c.name_to_state else l("no")),
                FieldRow("", l("consent_public"), fmt.vocab("name_disclosure", c.name_in_public, self.lang)),
            ]
        return rows

    def attachments(self, where: str) -> list[Paragraph | Table]:
        l = self.f.label
        items = [e for e in self.case.evidence if not e.confidential]
        if not items:
            return [Paragraph(l("no_attachments"))]
        rows = tuple((self.value(e, "file_name", e.file_name, where),
                      self.value(e, "date", fmt.date(e.date, self.lang), where),
                      fmt.vocab("evidence_kind", e.kind, self.lang),
                      self.value(e, "description", e.description, where), e.sha256) for e in items)
        return [Paragraph(l("evidence_intro")),
                Table((l("col_file"), l("col_date"), l("col_kind"), l("col_description"), l("col_sha")), rows,
                      (2, 1.1, 1.4, 2.6, 3.4), monospace_columns=(4,))]

    def perpetrators(self, sec: SectionDef) -> list[FieldRow]:
        rows = []
        for o in self.case.organisations:
            if o.kind in ("ngo", "law-firm", "media"):
                continue
            desc = fmt.join(self.org(o.id, sec.title), fmt.vocab("organisation_kind", o.kind, self.lang),
                            fmt.place(o.place, self.lang), sep=" — ")
            rows.append(self.row(sec, "perpetrator", desc))
        for p in self.case.persons_with_role("perpetrator"):
            desc = fmt.join(self.person(p.id), self.value(p, "function", p.function, sec.title),
                            self.org(p.organisation_id, sec.title), sep=" — ")
            rows.append(self.row(sec, "perpetrator", desc))
        return rows or [self.row(sec, "perpetrator", "")]


def _who(b: Builder, n: int, p: Person) -> str:
    if len(b.victims) == 1:
        return b.person(p.id)
    return f"{b.f.label('person_n', n=n, count=len(b.victims))}: {b.person(p.id)}"


def build(case: Case, form_name: str, language: str, *, date: PartialDate | None = None, draft: bool = False,
          person_ids: list[str] | None = None) -> Submission:
    """Map *case* onto *form_name* in *language*; never raises for an incomplete case."""
    form = load_form(form_name, language)
    b = Builder(case, form, person_ids)
    lang = language
    l = form.label
    cfg = body_config(form_name)
    sections: list[Section] = []

    def per_victim(sec: SectionDef, make) -> Section:  # type: ignore[no-untyped-def]
        top = Section(sec.number, sec.title)
        for n, v in enumerate(b.victims, 1):
            dep = case.deprivation_of(v.id) or Deprivation(person_id=v.id)
            blocks = make(sec, v, dep, _who(b, n, v))
            if len(b.victims) == 1:
                top.blocks.extend(blocks)
            else:
                top.subsections.append(Section("", _who(b, n, v), blocks))
        return top

    for sec in form.sections:
        s = Section(sec.number, sec.title)
        if sec.id == "identity":
            s = per_victim(sec, lambda sd, v, dep, who: b.identity(sd, v, who))
        elif sec.id == "arrest":
            s = per_victim(sec, lambda sd, v, dep, who: b.arrest(sd, dep, who))
        elif sec.id == "detention":
            s = per_victim(sec, lambda sd, v, dep, who: b.detention(sd, dep, who))
        elif sec.id in ("circumstances", "incident"):
            for fd in sec.fields:
                if fd.id in ("incident_date", "incident_place"):  # plain rows, through the same gate
                    s.blocks.append(FieldRow(fd.number, fd.label, _incident(b, fd.id, fd.label)))
                    continue
                sub = Section(fd.number, fd.label)
                if fd.id == "facts":
                    if case.summary.strip():
                        sub.blocks.append(Paragraph(b.value(case, "summary", case.summary, fd.label), "lead"))
                    if case.narrative.strip():
                        sub.blocks += [Paragraph(x) for x in b.value(case, "narrative", case.narrative, fd.label).split("\n\n") if x.strip()]
                    for v in b.victims:
                        dep = case.deprivation_of(v.id)
                        if dep is None:
                            continue
                        a = dep.arrest
                        texts = [b.value(a, "circumstances", a.circumstances, fd.label)]
                        if form.body == "sp":  # no arrest section: who, why and on what basis goes here
                            texts += [fmt.join(b.orgs(a.force_ids, fd.label),
                                               b.value(a, "forces_description", a.forces_description, fd.label)),
                                      b.value(a, "reasons_given", a.reasons_given, fd.label),
                                      b.value(a, "legal_basis", fmt.provisions(a.legal_basis, lang), fd.label)]
                        sub.blocks += [Paragraph(t) for t in texts if t.strip()]
                elif fd.id == "detention_places":
                    det = form.section("detention") if form.has_section("detention") else None
                    for n, v in enumerate(b.victims, 1):
                        dep = case.deprivation_of(v.id)
                        if dep and dep.periods:
                            if det is None:
                                sub.blocks.append(Paragraph(_who(b, n, v), "lead"))
                                sub.blocks += [x for x in _sp_detention(b, dep, _who(b, n, v))]
                elif fd.id == "proceedings":
                    for n, v in enumerate(b.victims, 1):
                        dep = case.deprivation_of(v.id)
                        if dep and dep.proceedings:
                            if len(b.victims) > 1:
                                sub.blocks.append(Paragraph(_who(b, n, v), "lead"))
                            sub.blocks += b.proceedings(dep, fd.label)
                elif fd.id == "treatment":
                    for _n, v in enumerate(b.victims, 1):
                        dep = case.deprivation_of(v.id)
                        if dep:
                            sub.blocks += b.treatment(dep, fd.label)
                elif fd.id == "arbitrariness":
                    for x in b.arbitrariness():
                        (sub.subsections if isinstance(x, Section) else sub.blocks).append(x)  # type: ignore[arg-type]
                elif fd.id == "testimonies":
                    for t in case.testimonies:
                        sub.blocks += b.testimony(t)
                elif fd.id == "other_procedures":
                    texts = [b.value(d, "other_procedures", d.other_procedures, fd.label) for d in case.deprivations]
                    sub.blocks += [Paragraph(t) for t in texts if t]
                if sub.blocks or sub.subsections:
                    s.subsections.append(sub)
        elif sec.id == "remedies":
            s.blocks += b.remedies(f"{sec.number}. {sec.title}")
            if form.body == "sp":
                texts = [b.value(d, "other_procedures", d.other_procedures, sec.title) for d in case.deprivations]
                s.blocks.append(FieldRow("", sec.field("other_procedures").label, "; ".join(t for t in texts if t)))
        elif sec.id == "source":
            s.blocks.append(Paragraph(l("source_in_annex")))
        elif sec.id == "consent":
            s.blocks += b.consent()
        elif sec.id == "attachments":
            s.blocks += b.attachments(f"{sec.number}. {sec.title}")
        elif sec.id == "urgency":
            health = fmt.join(*[b.value(d.ill_treatment, "health_condition", d.ill_treatment.health_condition, sec.title)
                                for d in case.deprivations])
            risk = "yes" if any(d.ill_treatment.risk_to_life == "yes" for d in case.deprivations) else "unknown"
            s.blocks.append(b.row(sec, "urgency_reason", b.value(case, "urgency_reason", case.urgency_reason, sec.title)))
            if any(f.id == "health" for f in sec.fields):
                s.blocks.append(b.row(sec, "health", health))
            s.blocks.append(b.row(sec, "risk_to_life", _tri(form, risk)))
        elif sec.id == "victims":
            identity = load_form("wgad", lang).section("identity")
            for n, v in enumerate(b.victims, 1):
                by_id = dict(zip((f.id for f in identity.fields), b.identity(identity, v, _who(b, n, v))))
                blocks: list[Block] = [FieldRow("", f.label, by_id[src].value, by_id[src].note)
                          for f, src in zip(sec.fields, _SP_VICTIM_FIELDS)]
                shown = b.shown[v.id]
                blocks[0] = FieldRow("", sec.fields[0].label,
                                     shown.text if shown.mode != "withheld" else l("withheld_name"))
                if len(b.victims) > 1:
                    s.subsections.append(Section("", _who(b, n, v), blocks))
                else:
                    s.blocks += blocks
        elif sec.id == "perpetrators":
            s.blocks += b.perpetrators(sec)
        elif sec.id == "rights":
            la = case.legal_analysis
            codes = list(dict.fromkeys([a for c in la.categories for a in c.articles] + la.rights_invoked))
            s.blocks.append(b.row(sec, "rights", fmt.vocab_list("article", codes, lang)))
            if la.argument.strip():
                s.blocks.append(Paragraph(b.scrub(la.argument)))
        elif sec.id == "confidentiality":
            s.blocks.append(Paragraph(l("source_in_annex")))
            s.blocks.append(Paragraph(l("annex_intro"), "note"))
        elif sec.id == "mandates":
            s.blocks.append(b.row(sec, "mandates", fmt.vocab_list("mandate", case.mandates, lang)))
        sections.append(s)

    body_name = cfg["name"][lang]
    address = fmt.join(body_name, cfg.get("email", ""), cfg.get("postal", "") if form.body == "wgad" else cfg.get("online_form", ""), sep=" — ")
    state = fmt.vocab("country", case.state, lang)
    region = fmt.vocab("region", case.region, lang)
    reference = case.reference or case.id[:8]
    day = fmt.date(date, lang) if date else ""
    iso = str(date) if date else ""
    common = dict(language=lang, reference=reference, page_label=l("page"), not_known=l("not_known"),
                  draft=draft, draft_label=l("draft"), date=iso)
    main = Document(title=form.title, marking=l("marking_main"),
                    intro=[Paragraph(address, "note"), Paragraph(form.intro, "lead"),
                           Paragraph(fmt.join(state, region, sep=" — "), "lead")],
                    sections=sections,
                    signature=Signature(l("sign_place"), l("sign_date"), l("sign_signature"), l("sign_name"),
                                        day, l("sign_name_value")),
                    **common)  # type: ignore[arg-type]
    annex = _annex(b, form, reference, common)
    return Submission(form_name, lang, main, annex, check(case, form_name))


def _incident(b: Builder, field_id: str, where: str) -> str:
    """Arrest dates or places of the victims, for the SP incident section (confidentiality applies)."""
    values = []
    for v in b.victims:
        dep = b.case.deprivation_of(v.id)
        if dep is None:
            continue
        a = dep.arrest
        if field_id == "incident_date":
            values.append(b.value(a, "date", fmt.date(a.date, b.lang), where))
        else:
            values.append(b.value(a, "place", fmt.place(a.place, b.lang), where))
    return "; ".join(x for x in values if x)


# SP "alleged victim" fields, in order, and the WGAD identity field each is read from.
_SP_VICTIM_FIELDS = ("family_name", "sex", "birth", "nationality", "residence", "profession", "groups")


def _sp_detention(b: Builder, dep: Deprivation, who: str) -> list[Table]:
    l = b.f.label
    rows = tuple((b.value(p, "place", fmt.join(b.org(p.facility_id, who), fmt.place(p.place, b.lang), sep=", "), who),
                  b.value(p, "start", fmt.date(p.start, b.lang), who),
                  b.value(p, "end", l("ongoing") if p.ongoing else fmt.date(p.end, b.lang), who),
                  fmt.vocab("deprivation_type", p.kind, b.lang), b.org(p.holding_authority_id, who)) for p in dep.periods)
    return [Table((l("col_place"), l("col_from"), l("col_to"), l("col_type"), l("col_authority")), rows, (3, 1.3, 1.3, 2, 2.4))]


def _person_block(b: Builder, p: Person) -> list[FieldRow]:
    l = b.f.label
    c = p.contact
    org = b.case.organisation(p.organisation_id)
    return [
        FieldRow("", l("col_full_name"), b.shown[p.id].full or "—"),
        FieldRow("", l("col_role"), fmt.vocab_list("person_role", p.roles, b.lang)),
        FieldRow("", l("col_organisation"), org.name if org else ""),
        FieldRow("", l("col_email"), c.email), FieldRow("", l("col_phone"), c.phone),
        FieldRow("", l("col_address"), c.address or fmt.place(p.residence, b.lang)),
        FieldRow("", l("col_other"), c.other),
        FieldRow("", l("col_relationship"), p.relationship_to_victim),
    ]


def _annex(b: Builder, form: FormDef, reference: str, common: dict) -> Document:  # type: ignore[type-arg]
    l = form.label
    case = b.case
    sections = []
    src = Section("A", l("annex_sources"))
    for p in case.persons_with_role("source"):
        src.subsections.append(Section("", b.shown[p.id].full or "—", _person_block(b, p)))  # type: ignore[arg-type]
    sections.append(src)
    names = [(b.shown[p.id].text, fmt.join(b.shown[p.id].full, *p.other_names),
              fmt.vocab_list("person_role", p.roles, b.lang))
             for p in case.persons if b.shown[p.id].mode != FULL and "source" not in p.roles]
    sec_b = Section("B", l("annex_withheld_names"))
    if names:
        sec_b.blocks.append(Table((l("col_name_main"), l("col_full_name"), l("col_role")), tuple(names), (2, 3, 2)))
    sections.append(sec_b)
    sec_c = Section("C", l("annex_confidential_items"))
    for where, content in b.withheld:
        sec_c.blocks.append(Paragraph(where, "lead"))
        sec_c.blocks += [Paragraph(part) for part in content.split("\n\n") if part.strip()]
    sections.append(sec_c)
    conf = [e for e in case.evidence if e.confidential]
    sec_d = Section("D", l("annex_evidence"))
    if conf:
        sec_d.blocks.append(Table((l("col_file"), l("col_date"), l("col_description"), l("col_sha")),
                                  tuple((e.file_name, fmt.date(e.date, b.lang), e.description, e.sha256) for e in conf),
                                  (2, 1.1, 3, 3.4), monospace_columns=(3,)))
    sections.append(sec_d)
    return Document(title=f"{l('annex_title')} — {form.title}", marking=l("marking_annex"),
                    intro=[Paragraph(l("annex_intro"), "lead")], sections=sections, **common)  # type: ignore[arg-type]
