"""Sections every form shares: domestic steps, consent, attachments, perpetrators, testimonies."""

from __future__ import annotations

from app.domain.document import Block, FieldRow, Paragraph, Table
from app.domain.model import Testimony
from app.services.disclosure import fmt
from app.services.submission.builder import Builder
from app.services.submission.checks import UN_LANGUAGES
from app.services.submission.forms import SectionDef


def remedies(b: Builder, sec: SectionDef | None = None) -> list[Block]:
    l = b.l
    out: list[Block] = []
    rows = tuple((b.val(fmt.date(r.date, b.lang), r, "date"),
                  b.val(fmt.join(b.org(r.body_id), r.body), r, "body_id", "body"),
                  b.val(r.action, r, "action"),
                  b.val(fmt.join(fmt.vocab("remedy_outcome", r.outcome, b.lang), r.outcome_details, sep=fmt.colon_sep(b.lang)),
                        r, "outcome", "outcome_details"))
                 for r in b.case.remedies)
    if rows:
        out.append(Table((l("col_date"), l("col_body"), l("col_action"), l("col_outcome")), rows, (1.2, 2.2, 3, 3)))
    note = b.val(b.case.remedies_note, b.case, "remedies_note")
    out += [Paragraph(x) for x in note.split("\n\n") if x.strip()]
    if not out and sec is not None:
        out.append(b.row(sec, "remedy_steps", ""))  # "Not known", rather than an empty section
    return out


def consent(b: Builder) -> list[Block]:
    """What is on record, for the victims of this document first, then other named persons."""
    l = b.l
    rows: list[Block] = []
    people = list(b.victims) + [p for p in b.case.persons
                                if p not in b.victims and "victim" not in p.roles and "source" not in p.roles
                                and "perpetrator" not in p.roles and b.case.consent_for(p.id) is not None]
    for p in people:
        c = b.case.consent_for(p.id)
        who = b.person(p.id)
        if c is None:
            rows.append(FieldRow("", fmt.join(who, l("consent_on_record"), sep=" — "), l("consent_none")))
            continue
        rows += [
            FieldRow("", f"{who} — {l('consent_given_by')}",
                     fmt.join(fmt.vocab("consent_giver", c.given_by, b.lang),
                              b.val(c.given_by_name, c, "given_by_name"), sep=fmt.colon_sep(b.lang))),
            FieldRow("", l("consent_date"), fmt.join(b.val(fmt.date(c.date, b.lang), c, "date"),
                                                     fmt.vocab("consent_method", c.method, b.lang), sep=", ")),
            FieldRow("", l("consent_submit"), l("yes") if c.submit_to_un else l("no")),
            FieldRow("", l("consent_state"), l("yes") if c.name_to_state else l("no")),
            FieldRow("", l("consent_public"), fmt.vocab("name_disclosure", c.name_in_public, b.lang)),
        ]
    return rows


def attachments(b: Builder) -> list[Block]:
    l = b.l
    items = b.case.evidence
    if not items:
        return [Paragraph(l("no_attachments"))]
    rows = tuple((b.val(e.file_name, e, "file_name"), b.val(fmt.date(e.date, b.lang), e, "date"),
                  fmt.vocab("evidence_kind", e.kind, b.lang), b.val(e.description, e, "description"),
                  b.val(e.sha256, e, "sha256")) for e in items)
    return [Paragraph(l("evidence_intro")),
            Table((l("col_file"), l("col_date"), l("col_kind"), l("col_description"), l("col_sha")), rows,
                  (2, 1.1, 1.4, 2.6, 3.4), monospace_columns=(4,))]


def perpetrators(b: Builder, sec: SectionDef) -> list[FieldRow]:
    rows = []
    for o in b.case.organisations:
        if o.kind in ("ngo", "law-firm", "media"):
            continue
        state = b.field_label("Organisation", "state_actor") if o.state_actor == "yes" else ""
        desc = fmt.join(b.org(o.id), fmt.vocab("organisation_kind", o.kind, b.lang), state,
                        fmt.place(o.place, b.lang), sep=" — ")
        rows.append(b.row(sec, "perpetrator", desc))
    for p in b.case.persons_with_role("perpetrator"):
        desc = fmt.join(b.person(p.id), b.val(p.function, p, "function"), b.org(p.organisation_id), sep=" — ")
        rows.append(b.row(sec, "perpetrator", desc))
    return rows or [b.row(sec, "perpetrator", "")]


def testimonies(b: Builder) -> list[Block]:
    out: list[Block] = []
    for t in b.case.testimonies:
        out += _testimony(b, t)
    return out


def _testimony(b: Builder, t: Testimony) -> list[Block]:
    head = b.l("testimony_of", person=b.person(t.interviewee_id) or "—",
               date=fmt.date(t.date, b.lang) or b.l("not_known"))
    out: list[Block] = [Paragraph(head, "lead")]
    ordered = sorted(t.translations, key=lambda tr: (tr.language != b.lang, tr.language not in UN_LANGUAGES))
    for tr in ordered:
        if tr.language in UN_LANGUAGES and tr.text.strip():
            out += [Paragraph(x, "body") for x in tr.text.split("\n\n") if x.strip()]
            break
    if t.original_text.strip():
        lang_name = fmt.vocab("language", t.language, b.lang)
        out.append(Paragraph(b.l("original_text", language=lang_name), "note"))
        out.append(Paragraph(t.original_text, "quote", t.language))
    elif b.withheld(t, "original_text"):
        out.append(Paragraph(b.l("withheld"), "note"))
    return out
