"""From a case to the documents of one form: the transmissible document(s) and the confidential annex.

:func:`build` first asks the disclosure engine (:mod:`app.services.disclosure`)
for the disclosed view of the case for this form and these victims; every
section below reads only that view, so no line can print what the view does
not hold.  The annex is made from the engine's list of withheld items.

The WGAD asks for one questionnaire per person deprived of liberty, and the
WGEID one form per disappeared person: with several victims, :func:`build`
makes one main document per victim (sharing one annex).  A Special Procedures letter names all the selected victims, each with
a labelled block.
"""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass, field

from app.domain.dates import PartialDate
from app.domain.document import Block, Document, FieldRow, Paragraph, Section, Signature
from app.domain.model import Case, Deprivation, Person
from app.services.disclosure import Disclosed, disclose, fmt
from app.services.submission import reprisals
from app.services.submission import victim as V
from app.services.submission import followup
from app.services.submission.wgeid import last_seen
from app.services.submission.annex import annex
from app.services.submission.builder import Builder
from app.services.submission.checks import Finding, check
from app.services.submission.common import attachments, consent, perpetrators, remedies, testimonies
from app.services.submission.forms import FormDef, SectionDef, body_config, load_form


ONE_PER_PERSON = ("wgad", "wgeid")  # bodies that want one document per victim


@dataclass
class Submission:
    form: str
    language: str
    documents: list[Document]  # one per victim for the WGAD and WGEID forms, one for a Special Procedures letter
    annex: Document
    findings: list[Finding] = field(default_factory=list)
    person_ids: list[list[str]] = field(default_factory=list)  # the victims of each document

    @property
    def main(self) -> Document:
        return self.documents[0]

    def main_text(self) -> str:
        return "\n".join(t for d in self.documents for t in d.all_text())


def build(case: Case, form_name: str, language: str, *, date: PartialDate | None = None, draft: bool = False,
          person_ids: list[str] | None = None) -> Submission:
    """Map *case* onto *form_name* in *language*; never raises for an incomplete case.

    For the reprisals form, *person_ids* selects the persons whose incidents the document reports."""
    form = load_form(form_name, language)
    if form.body == "reprisals":
        return _reprisals(case, form, date, draft, person_ids)
    # the reprisals log is reported on its own form (to OHCHR's focal point): not part of this one's view or annex
    d = disclose(dataclasses.replace(case, reprisals=[]), form_name, person_ids, language)
    base = Builder(d, form, date)
    findings = check(case, form_name, person_ids, disclosed=d)
    one_each = form.body in ONE_PER_PERSON and form_name not in followup.FORMS
    groups = [[v] for v in base.victims] if one_each and len(base.victims) > 1 else [base.victims]
    documents = []
    for n, group in enumerate(groups, 1):
        b = Builder(d, form, date)
        b.victims = group
        b.followed = followup.followed_id(case, form_name)
        intro_extra = []
        if len(groups) > 1:
            name = b.person(group[0].id)
            intro_extra = [Paragraph(form.label("questionnaire_n", n=n, count=len(groups), name=name), "lead"),
                           Paragraph(form.label("one_per_person", name=name, count=len(groups)), "note")]
        documents.append(_document(b, form, form_name, date, draft, intro_extra))
    common = _common(form, case_reference(d), date, draft)
    return Submission(form_name, language, documents, annex(d, form, common), findings,
                      [[v.id for v in g] for g in groups])


def _reprisals(case: Case, form: FormDef, date: PartialDate | None, draft: bool,
               person_ids: list[str] | None) -> Submission:
    source = reprisals.narrowed(case, person_ids)
    d = disclose(source, form.form, None, form.language)
    findings = check(case, form.form, person_ids, disclosed=d)
    common = _common(form, case_reference(d), date, draft)
    main = reprisals.document(Builder(d, form, date), common)
    concerned = reprisals.concerned(source)
    return Submission(form.form, form.language, [main],
                      reprisals.annex_for(source, d, form, common, "\n".join(main.all_text())), findings,
                      [concerned])


def case_reference(d: Disclosed) -> str:
    return d.case.reference or d.case.id[:8]


def _common(form: FormDef, reference: str, date: PartialDate | None, draft: bool) -> dict:  # type: ignore[type-arg]
    l = form.label
    return dict(language=form.language, reference=reference, page_label=l("page"), not_known=l("not_known"),
                draft=draft, draft_label=l("draft"), date=str(date) if date else "")


def _per_victim(b: Builder, title_sec: Section, make) -> Section:  # type: ignore[no-untyped-def]
    """*make(victim)* for each victim; labelled subsections when there are several."""
    for n, v in enumerate(b.victims, 1):
        blocks = make(v)
        if len(b.victims) == 1:
            _extend(title_sec, blocks)
        else:
            sub = Section("", b.who(n, v))
            _extend(sub, blocks)
            title_sec.subsections.append(sub)
    return title_sec


def _extend(sec: Section, items: list) -> None:  # type: ignore[type-arg]
    for x in items:
        (sec.subsections if isinstance(x, Section) else sec.blocks).append(x)


def _document(b: Builder, form: FormDef, form_name: str, date: PartialDate | None, draft: bool,
              intro_extra: list[Paragraph]) -> Document:
    case = b.case
    lang = b.lang
    l = form.label
    sections: list[Section] = []
    for sec in form.sections:
        s = Section(sec.number, sec.title)
        if sec.id == "identity":
            _per_victim(b, s, lambda v, sec=sec: V.identity(b, sec, v))
        elif sec.id == "arrest":
            _per_victim(b, s, lambda v, sec=sec: V.episodes(b, v, lambda dep: V.arrest(b, sec, dep)))
        elif sec.id == "detention":
            _per_victim(b, s, lambda v, sec=sec: V.episodes(b, v, lambda dep: V.detention(b, sec, dep)))
        elif sec.id == "last_seen":
            _per_victim(b, s, lambda v, sec=sec: V.episodes(b, v, lambda dep: last_seen(b, sec, dep)))
        elif sec.id in ("circumstances", "incident"):
            _circumstances(b, form, sec, s)
        elif sec.id == "remedies":
            s.blocks += remedies(b, sec)
            if any(f.id == "other_procedures" for f in sec.fields):
                s.blocks += _other_procedures(b, sec.field("other_procedures").label)
        elif sec.id == "source":
            s.blocks.append(Paragraph(l("source_in_annex")))
        elif sec.id == "consent":
            s.blocks += consent(b)
        elif sec.id == "attachments":
            s.blocks += attachments(b)
        elif sec.id == "urgency":
            _urgency(b, sec, s)
        elif sec.id == "victims":
            _per_victim(b, s, lambda v, sec=sec: _sp_victim(b, sec, v))
        elif sec.id == "perpetrators":
            s.blocks += perpetrators(b, sec)
        elif sec.id == "rights":
            la = case.legal_analysis
            codes = list(dict.fromkeys([a for c in la.categories for a in c.articles] + la.rights_invoked))
            s.blocks.append(b.row(sec, "rights", fmt.vocab_list("article", codes, lang)))
            s.blocks += [Paragraph(x) for x in la.argument.split("\n\n") if x.strip()]
            s.blocks += [Paragraph(x) for c in la.categories for x in b.val(c.argument, c, "argument").split("\n\n")
                         if x.strip()]
        elif sec.id == "confidentiality":
            s.blocks.append(Paragraph(l("source_in_annex")))
            s.blocks.append(Paragraph(l("annex_intro"), "note"))
        elif sec.id == "followup_case":
            s.blocks += followup.references(b, sec, form_name)
        elif sec.id == "reply":
            s.blocks += followup.reply(b, sec, form_name)
        elif sec.id in ("comments", "update"):
            s.blocks += followup.body(b, form_name)
        elif sec.id == "developments":
            _extend(s, followup.developments(b))
        elif sec.id == "log":
            _extend(s, followup.chronology(b, form_name))
        elif sec.id == "request":
            s.blocks.append(Paragraph(l("request_text")))
        elif sec.id == "mandates":
            s.blocks.append(b.row(sec, "mandates", fmt.vocab_list("mandate", case.mandates, lang)))
        sections.append(s)

    cfg = body_config(form_name)
    address = fmt.join(cfg["name"][lang], cfg.get("email", ""),
                       cfg.get("postal", "") if form.body != "sp" else cfg.get("online_form", ""), sep=" — ")
    state = fmt.join(fmt.vocab("country", case.state, lang), fmt.vocab("region", case.region, lang), sep=" — ")
    day = fmt.date(date, lang) if date else ""
    return Document(title=form.title, marking=l("marking_main"),
                    intro=[Paragraph(address, "note"), Paragraph(form.intro, "lead"), Paragraph(state, "lead"),
                           *intro_extra],
                    sections=sections,
                    signature=Signature(l("sign_place"), l("sign_date"), l("sign_signature"), l("sign_name"),
                                        day, l("sign_name_value")),
                    **_common(form, case_reference(b.d), date, draft))  # type: ignore[arg-type]


def _urgency(b: Builder, sec: SectionDef, s: Section) -> None:
    case = b.case
    deps = [dep for v in b.victims for dep in b.deprivations(v.id)]
    s.blocks.append(b.row(sec, "urgency_reason", b.val(case.urgency_reason, case, "urgency_reason")))
    if any(f.id == "health" for f in sec.fields):
        health = []
        for n, v in enumerate(b.victims, 1):
            for dep in b.deprivations(v.id):
                t = dep.ill_treatment
                text = fmt.join(t.health_condition, t.description, sep=" ")
                if text:
                    health.append(f"{b.who(n, v)} — {text}" if len(b.victims) > 1 else text)
        s.blocks.append(b.row(sec, "health", "\n".join(health)))
    risk = "yes" if any(dep.ill_treatment.risk_to_life == "yes" for dep in deps) else \
        "no" if deps and all(dep.ill_treatment.risk_to_life == "no" for dep in deps) else ""
    s.blocks.append(b.row(sec, "risk_to_life", b.tri(risk)))


def _sp_victim(b: Builder, sec: SectionDef, v: Person) -> list[Block]:
    wgad_identity = load_form("wgad", b.lang).section("identity")
    by_id = {r_id: row.value for r_id, row in zip((f.id for f in wgad_identity.fields),
                                                   V.identity(b, wgad_identity, v))}
    family, given, others = V.names(b, v)
    name = b.name_withheld_text(v) or b.person(v.id)
    source = {"victim_name": name, "victim_sex": by_id["sex"], "victim_other_names": by_id["other_names"],
              "victim_age": by_id["birth"], "victim_birthplace": by_id["place_of_birth"],
              "victim_nationality": by_id["nationality"], "victim_ethnicity": by_id["ethnicity"],
              "victim_residence": by_id["residence"], "victim_profession": by_id["profession"],
              "victim_groups": by_id["groups"]}
    return [FieldRow("", f.label, source.get(f.id, "")) for f in sec.fields]


def _circumstances(b: Builder, form: FormDef, sec: SectionDef, s: Section) -> None:
    case = b.case
    sp = form.body == "sp"
    many = len(b.victims) > 1
    for fd in sec.fields:
        if fd.id in ("incident_date", "incident_place"):
            for n, v in enumerate(b.victims, 1):
                deps: list[Deprivation | None] = [*b.deprivations(v.id)] or [None]
                for dep in deps:
                    value = V.incident(b, dep, fd.id == "incident_date") if dep is not None else ""
                    label = f"{fd.label} — {b.who(n, v)}" if many else fd.label
                    s.blocks.append(FieldRow(fd.number, label, value))
            continue
        sub = Section(fd.number, fd.label)
        if fd.id == "facts":
            if case.summary.strip():
                sub.blocks.append(Paragraph(case.summary, "lead"))
            elif b.withheld(case, "summary"):
                sub.blocks.append(Paragraph(b.l("withheld"), "note"))
            sub.blocks += [Paragraph(x) for x in case.narrative.split("\n\n") if x.strip()]
            if not case.narrative.strip() and b.withheld(case, "narrative"):
                sub.blocks.append(Paragraph(b.l("withheld"), "note"))
            for n, v in enumerate(b.victims, 1):
                blocks = V.episodes(b, v, lambda dep: _arrest_facts(b, dep, sp))
                _victim_block(b, sub, n, v, blocks, sp or many)
        elif fd.id == "detention_places":
            for n, v in enumerate(b.victims, 1):
                if any(dep.periods for dep in b.deprivations(v.id)):
                    blocks = V.episodes(b, v, lambda dep: _detention_facts(b, dep))
                    _victim_block(b, sub, n, v, blocks, True)
        elif fd.id == "proceedings":
            for n, v in enumerate(b.victims, 1):
                if any(dep.proceedings for dep in b.deprivations(v.id)):
                    _victim_block(b, sub, n, v, V.episodes(b, v, lambda dep: V.proceedings(b, dep)), many or sp)
        elif fd.id == "treatment":
            for n, v in enumerate(b.victims, 1):
                blocks = V.episodes(b, v, lambda dep: V.treatment(b, dep))
                if _has_content(blocks):
                    _victim_block(b, sub, n, v, blocks, many or sp)
        elif fd.id == "arbitrariness":
            _arbitrariness(b, sub)
        elif fd.id == "testimonies":
            sub.blocks += testimonies(b)
        elif fd.id == "other_procedures":
            sub.blocks += _other_procedures(b, "")
        if sub.blocks or sub.subsections:
            s.subsections.append(sub)


def _has_content(blocks: list) -> bool:  # type: ignore[type-arg]
    return any((isinstance(x, Section) and (x.blocks or x.subsections)) or not isinstance(x, Section) for x in blocks)


def _victim_block(b: Builder, sub: Section, n: int, v: Person, blocks: list, labelled: bool) -> None:  # type: ignore[type-arg]
    if not _has_content(blocks):
        return
    if labelled:
        block = Section("", b.l("victim_block", who=b.who(n, v) if len(b.victims) > 1 else b.person(v.id)))
        _extend(block, blocks)
        sub.subsections.append(block)
    else:
        _extend(sub, blocks)


def _arrest_facts(b: Builder, dep, sp: bool) -> list[Block]:  # type: ignore[no-untyped-def]
    a = dep.arrest
    circ = b.val(a.circumstances, a, "circumstances")
    if not sp:  # the WGAD has its own arrest section: only the circumstances go here
        return [Paragraph(x) for x in circ.split("\n\n") if x.strip()]
    values = V.arrest_values(b, a)
    names = {"arrest_date": "date", "arrest_place": "place", "arrest_forces": "force_ids",
             "warrant_shown": "warrant_shown", "warrant_issuer": "warrant_issuer", "arrest_reasons": "reasons_given",
             "arrest_legal_basis": "legal_basis"}
    rows: list[Block] = [FieldRow("", b.field_label("Arrest", attr), values[key]) for key, attr in names.items()
                         if values[key]]
    if not rows and not circ:
        return []
    if circ:
        rows.append(FieldRow("", b.field_label("Arrest", "circumstances"), circ))
    return rows


def _detention_facts(b: Builder, dep) -> list[Block]:  # type: ignore[no-untyped-def]
    values = V.detention_values(b, dep)
    out: list[Block] = []
    table = V.periods_table(b, dep)
    if table is not None:
        out.append(table)
    keys = (("detention_duration", "total_duration"), ("detention_ordered_by", ("DetentionPeriod", "ordering_authority_id")),
            ("detention_reasons", ("DetentionPeriod", "reasons_given")),
            ("detention_legal_basis", ("DetentionPeriod", "legal_basis")),
            ("incommunicado", ("DetentionPeriod", "incommunicado")),
            ("lawyer_of_choice", ("DetentionPeriod", "lawyer_of_choice")),
            ("family_notified", ("DetentionPeriod", "family_notified")),
            ("still_detained", ("Deprivation", "still_detained")), ("conditions", ("DetentionPeriod", "conditions")))
    for key, lab in keys:
        if values.get(key):
            label = b.l(lab) if isinstance(lab, str) else b.field_label(*lab)
            out.append(FieldRow("", label, values[key]))
    return out


def _arbitrariness(b: Builder, sub: Section) -> None:
    la = b.case.legal_analysis
    for c in la.categories:
        blocks: list[Block] = []
        if c.articles:
            blocks.append(FieldRow("", b.l("articles"), fmt.vocab_list("article", c.articles, b.lang)))
        blocks += [Paragraph(x) for x in b.val(c.argument, c, "argument").split("\n\n") if x.strip()]
        sub.subsections.append(Section("", fmt.vocab("wgad_category", c.category, b.lang), blocks))
    sub.blocks += [Paragraph(x) for x in la.argument.split("\n\n") if x.strip()]
    if la.iccpr_party == "no":
        sub.blocks.append(Paragraph(b.l("iccpr_note"), "note"))


def _other_procedures(b: Builder, label: str) -> list[Block]:
    """Other international procedures, once per victim (not once per deprivation)."""
    out: list[Block] = []
    for n, v in enumerate(b.victims, 1):
        texts = list(dict.fromkeys(b.val(dep.other_procedures, dep, "other_procedures")
                                   for dep in b.deprivations(v.id)))
        text = "\n".join(t for t in texts if t)
        if not text:
            continue
        who = b.who(n, v) if len(b.victims) > 1 else ""
        head = fmt.join(label, who, sep=" — ")
        out.append(FieldRow("", head, text) if head else Paragraph(text))
    if not out and label:
        out.append(FieldRow("", label, ""))
    return out
