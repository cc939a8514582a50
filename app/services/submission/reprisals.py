"""Information for the UN's reprisals focal point, from the case's reprisals log.

The document goes to OHCHR (reprisals@ohchr.org, with a copy to the mechanism
the person cooperated with), which may raise the case with the State: the main
document is built from the ``state`` audience's disclosed view, like every other
form, and the confidential annex from what that view withheld.

Only what the document is about enters the view: the selected incidents, the
people (all of them, so pseudonyms are numbered as in the other forms and every
name is scrubbed from free text), the organisations, the consent records, and the
evidence and UN communications the incidents cite.  The annex then lists only what concerns the
incidents, the persons they name, and the sources: OHCHR receives no unrelated
confidential material of the case.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Callable, Sequence

from app.domain.document import Block, Document, FieldRow, Paragraph, Section, Signature
from app.domain.model import Case, ConsentRecord, ReprisalIncident
from app.services.disclosure import Disclosed, Withheld, fmt
from app.services.disclosure.names import WITHHELD
from app.services.submission.annex import annex
from app.services.submission.builder import Builder
from app.services.submission.forms import FormDef, SectionDef, body_config
from app.services.submission.reprisal_checks import consent_of

FORM = "reprisals"


def selected(case: Case, person_ids: list[str] | None) -> list[ReprisalIncident]:
    """The incidents of the persons *person_ids* (every incident when empty)."""
    return [r for r in case.reprisals if not person_ids or r.person_id in person_ids]


def concerned(case: Case) -> list[str]:
    """The persons the log names as having suffered reprisals, in order, once each."""
    return list(dict.fromkeys(r.person_id for r in case.reprisals if r.person_id))


def narrowed(case: Case, person_ids: list[str] | None) -> Case:
    """The case as the reprisals document sees it before disclosure: the selected incidents and what they need."""
    incidents = selected(case, person_ids)
    cited = {e for r in incidents for e in r.evidence_ids}
    followed = {r.communication_id for r in incidents}
    blank = Case()
    return dataclasses.replace(
        case, reprisals=incidents, consents=_governing_consents(case, incidents),
        evidence=[e for e in case.evidence if e.id in cited],
        communications=[c for c in case.communications if c.id in followed],
        deprivations=[], remedies=[], testimonies=[], legal_analysis=blank.legal_analysis,
        summary="", narrative="", urgency_reason="", remedies_note="")


def _strictness(c: ConsentRecord | None) -> tuple[bool, bool, bool]:
    """Lower is stricter: no (active) consent to the UN, then no name to the State, then none in public."""
    if c is None or not c.active or not c.submit_to_un:
        return (False, False, False)
    return (True, c.name_to_state, c.name_in_public in ("full", "initials"))


def _governing_consents(case: Case, incidents: list[ReprisalIncident]) -> list[ConsentRecord]:
    """The consent records, ordered so that the person's current record (what names them in the view) is
    the strictest of the records covering the reported incidents: an incident citing its own record
    (``consent_id``) is reported as that record allows, not as a later, wider one would.  A person
    whose strictest covering record is missing or withdrawn has no active record in the view (unnamed)."""
    out = list(case.consents)
    for pid in dict.fromkeys(r.person_id for r in incidents if r.person_id):
        covering = [c if c is not None and c.person_id == pid else None  # a record of no one else covers them
                    for c in (consent_of(case, r) for r in incidents if r.person_id == pid)]
        strictest = min(covering, key=_strictness)
        own = [c for c in out if c.person_id == pid]
        rest = [c for c in out if c.person_id != pid]
        if _strictness(strictest) == (False, False, False):
            own = [c for c in own if not c.active]  # draft despite the blocking finding: name no one
        elif strictest is not None:
            own = [c for c in own if c is not strictest] + [strictest]
        out = rest + own
    return out


# --- the main document ------------------------------------------------------------------
def document(b: Builder, common: dict) -> Document:  # type: ignore[type-arg]
    form, l, lang = b.f, b.l, b.lang
    incidents = b.case.reprisals
    sections = []
    for sec in form.sections:
        s = Section(sec.number, sec.title)
        if sec.id in ("incidents", "engagement", "steps", "consent"):
            for n, r in enumerate(incidents, 1):
                target = s if len(incidents) == 1 else Section("", _heading(b, n, len(incidents), r))
                for x in _SECTIONS[sec.id](b, sec, r):
                    (target.subsections if isinstance(x, Section) else target.blocks).append(x)  # type: ignore[arg-type]
                if target is not s:
                    s.subsections.append(target)
            if not incidents:
                s.blocks.append(Paragraph(l("no_incidents"), "note"))
        elif sec.id == "source":
            s.blocks.append(Paragraph(l("source_in_annex")))
            sources = [_name(b, p.id) for p in b.case.persons_with_role("source")]
            if sources:
                s.blocks.append(FieldRow("", l("sources_list"), ", ".join(sources)))
        sections.append(s)
    cfg = body_config(FORM)
    address = fmt.join(cfg["name"][lang], cfg["email"], sep=" — ")
    state = fmt.join(fmt.vocab("country", b.case.state, lang), fmt.vocab("region", b.case.region, lang), sep=" — ")
    day = fmt.date(b.date, lang) if b.date else ""
    return Document(title=form.title, marking=l("marking_main"),
                    intro=[Paragraph(address, "note"), Paragraph(l("copy_to"), "note"), Paragraph(form.intro, "lead"),
                           Paragraph(state, "lead")],
                    sections=sections,
                    signature=Signature(l("sign_place"), l("sign_date"), l("sign_signature"), l("sign_name"),
                                        day, l("sign_name_value")),
                    **common)


def _name(b: Builder, pid: str) -> str:
    """How the view names a person, only if the person is in the view (a case-level mark can withhold them all)."""
    return b.person(pid) if b.case.person(pid) is not None else ""


def _heading(b: Builder, n: int, count: int, r: ReprisalIncident) -> str:
    return fmt.join(b.l("incident_n", n=n, count=count), _name(b, r.person_id), fmt.date(r.date, b.lang), sep=" — ")


def _person(b: Builder, r: ReprisalIncident) -> str:
    p = b.case.person(r.person_id)
    if p is None:
        return b.l("withheld") if b.d.is_withheld(r.person_id) else ""
    shown = b.person(p.id)
    if "source" in p.roles:
        return fmt.join(shown, b.l("person_is_source"), sep=" — ")
    note = b.name_withheld_text(p) if b.d.names[p.id].mode == WITHHELD else ""
    return fmt.join(shown, note, sep=" — ")


def _perpetrators(b: Builder, r: ReprisalIncident) -> str:
    people = [fmt.join(_name(b, pid), b.val(p.function, p, "function"), sep=", ") if p else
              (b.l("withheld") if b.d.is_withheld(pid) else "")
              for pid in r.perpetrator_ids for p in [b.case.person(pid)]]
    text = fmt.join(*people, b.orgs(r.organisation_ids), r.perpetrators_description, sep="\n")
    return b.val(text, r, "perpetrator_ids", "organisation_ids", "perpetrators_description")


def _incident(b: Builder, sec: SectionDef, r: ReprisalIncident) -> list[Block | Section]:
    lang = b.lang
    p = b.case.person(r.person_id)
    values = {
        "person": _person(b, r),
        # a source is "Source": its other roles (relative, witness) could identify it
        "role": fmt.vocab("person_role", "source", lang) if p and "source" in p.roles else
        fmt.vocab_list("person_role", p.roles, lang) if p else "",
        "kinds": b.val(fmt.vocab_list("reprisal_type", r.kinds, lang), r, "kinds"),
        "date": b.val(fmt.date(r.date, lang), r, "date"),
        "place": b.val(fmt.place(r.place, lang), r, "place"),
        "perpetrators": _perpetrators(b, r),
    }
    out: list[Block | Section] = [b.row(sec, f.id, values[f.id]) for f in sec.fields if f.id in values]
    if p is not None and b.d.names[p.id].mode == WITHHELD and "source" not in p.roles:
        out.append(Paragraph(b.l("unnamed_note"), "note"))
    desc = sec.field("description")
    out.append(Section(desc.number, desc.label, _paragraphs(b, r, "description") or [FieldRow("", desc.label, "")]))
    return out


def _paragraphs(b: Builder, r: ReprisalIncident, name: str) -> list[Block]:
    text = b.val(getattr(r, name), r, name)
    return [Paragraph(x) for x in text.split("\n\n") if x.strip()]


def _communication(b: Builder, r: ReprisalIncident) -> str:
    """The UN communication of the case's log the incident followed: its reference, type and date."""
    if not r.communication_id:
        return b.val("", r, "communication_id")
    c = b.case.communication(r.communication_id)
    if c is None:
        return b.l("withheld") if b.d.is_withheld(r.communication_id) else ""
    return fmt.join(b.val(c.reference, c, "reference"), fmt.vocab("communication_type", c.letter_type, b.lang),
                    b.val(fmt.date(c.date, b.lang), c, "date"), sep=", ")


def _engagement(b: Builder, sec: SectionDef, r: ReprisalIncident) -> list[Block]:
    lang = b.lang
    return [b.row(sec, "engagement_kind", b.val(fmt.vocab("un_engagement", r.engagement_kind, lang), r,
                                                "engagement_kind")),
            b.row(sec, "engagement_date", b.val(fmt.date(r.engagement_date, lang), r, "engagement_date")),
            b.row(sec, "engagement", b.val(r.engagement, r, "engagement")),
            # optional: printed only when there is one (not "Not known": most reprisals follow no communication)
            *[b.row(sec, name, value) for name, value in (("communication", _communication(b, r)),
                                                          ("un_reference", b.val(r.un_reference, r, "un_reference")))
              if value]]


def _steps(b: Builder, sec: SectionDef, r: ReprisalIncident) -> list[Block]:
    docs = []
    for eid in r.evidence_ids:
        e = b.case.evidence_item(eid)
        if e is None:
            docs.append(b.l("withheld") if b.d.is_withheld(eid) else "")
            continue
        docs.append(fmt.join(b.val(e.file_name, e, "file_name"), b.val(e.description, e, "description"),
                             fmt.date(e.date, b.lang), sep=" — "))
    return [b.row(sec, "steps_taken", b.val(r.steps_taken, r, "steps_taken")),
            b.row(sec, "evidence", b.val("\n".join(x for x in dict.fromkeys(docs) if x), r, "evidence_ids"))]


def _consent(b: Builder, sec: SectionDef, r: ReprisalIncident) -> list[Block]:
    l = b.l
    c = b.case.consent_record(r.consent_id) if r.consent_id else b.case.consent_for(r.person_id)
    if c is None:
        withheld = (r.consent_id and b.d.is_withheld(r.consent_id)) or b.withheld(r, "consent_id")
        return [FieldRow("", l("consent_on_record"), l("withheld") if withheld else l("consent_none"))]
    return [
        FieldRow("", l("consent_given_by"), fmt.join(fmt.vocab("consent_giver", c.given_by, b.lang),
                                                     b.val(c.given_by_name, c, "given_by_name"),
                                                     sep=fmt.colon_sep(b.lang))),
        FieldRow("", l("consent_date"), fmt.join(b.val(fmt.date(c.date, b.lang), c, "date"),
                                                 fmt.vocab("consent_method", c.method, b.lang), sep=", ")),
        FieldRow("", l("consent_report"), l("yes") if c.submit_to_un and c.active else l("no")),
        FieldRow("", l("consent_state_reprisal"), l("yes") if c.name_to_state else l("no")),
        FieldRow("", l("consent_public_reprisal"), fmt.vocab("name_disclosure", c.name_in_public, b.lang)),
    ]


_SECTIONS: dict[str, Callable[[Builder, SectionDef, ReprisalIncident], Sequence[Block | Section]]] = {
    "incidents": _incident, "engagement": _engagement, "steps": _steps, "consent": _consent}


# --- the confidential annex -----------------------------------------------------------------
def annex_for(case: Case, d: Disclosed, form: FormDef, common: dict,  # type: ignore[type-arg]
              main_text: str) -> Document:
    """The annex, limited to the incidents, the persons they concern or name, and the sources.

    *case* is the narrowed case the view *d* was made from (withheld incidents are in it, not in the view).
    """
    people = {r.person_id for r in case.reprisals} | {x for r in case.reprisals for x in r.perpetrator_ids}
    named = {pid for pid, s in d.names.items() if s.text and s.text in main_text}

    def keep(w: Withheld) -> bool:
        if w.path.startswith(("reprisals[", "evidence[", "communications[")):  # only what the incidents cite
            return True
        return w.path.startswith(("persons[", "consents[")) and w.person_id in people

    return annex(d, form, common, keep=keep, persons=people | named)
