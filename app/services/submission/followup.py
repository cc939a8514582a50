"""Follow-up documents: the source's comments on a Government reply (WGAD) and an update letter (Special
Procedures), pre-filled from the case and its communications log.

Like every form they read only the disclosed view (:class:`~.builder.Builder`): an entry of the log
marked confidential is not in the view, a withheld field prints "withheld", and the annex lists it.
What they follow up: the most recent Government reply in the log (WGAD comments), or the most recent
communication (SP update) -- with the reply answering it, if one is logged.  The body of the document
is that entry's ``follow_up_text``; the rest of the log is printed as a chronology.
"""

from __future__ import annotations

from app.domain.communications import target
from app.domain.document import Block, FieldRow, Paragraph, Section
from app.domain.model import Case, CommunicationEntry
from app.services.disclosure import fmt
from app.services.submission.builder import Builder
from app.services.submission.forms import SectionDef

from app.services.submission import FOLLOW_UP

FORMS = FOLLOW_UP  # one document for the whole case, whatever the number of victims


def followed_id(case: Case, form: str) -> str:
    """The id of the entry *form* follows up, chosen on the stored *case* ("" if none, or not a follow-up form).

    The choice is made before disclosure, as the checks make it: a withheld date or a withheld entry must
    not make the document follow up an older one.  What the document then shows of it comes from the view."""
    t = target(case, form) if form in FORMS else None
    return t.id if t is not None else ""


def followed(b: Builder) -> CommunicationEntry | None:
    """The followed entry as the view holds it (None: there is none, or it is withheld whole)."""
    return b.case.communication(b.followed) if b.followed else None


def communication_of(b: Builder, form: str) -> CommunicationEntry | None:
    t = followed(b)
    if t is None or form != "wgad-comments":
        return t
    return b.case.communication(t.in_reply_to)


def reply_of(b: Builder, form: str) -> CommunicationEntry | None:
    if form == "wgad-comments":
        return followed(b)
    replies = [e for e in b.case.communications if e.kind == "state-reply" and b.followed
               and e.in_reply_to == b.followed]
    return replies[-1] if replies else None


def _withheld_whole(b: Builder) -> bool:
    return bool(b.followed) and followed(b) is None


# --- sections ------------------------------------------------------------------------------
def references(b: Builder, sec: SectionDef, form: str) -> list[Block]:
    comm = communication_of(b, form)
    reply = reply_of(b, form)
    gone = b.l("withheld") if _withheld_whole(b) else ""  # what is not known because the followed entry is withheld
    values = {
        "persons": "; ".join(b.person(v.id) for v in b.victims),
        "un_reference": b.val(comm.reference, comm, "reference") if comm else gone,
        "communication_date": b.val(fmt.date(comm.date, b.lang), comm, "date") if comm else gone,
        "reply_date": b.val(fmt.date(reply.date, b.lang), reply, "date") if reply else gone,
        "mandates": b.val(fmt.vocab_list("mandate", comm.mandates, b.lang), comm, "mandates") if comm else gone,
    }
    return [b.row(sec, f.id, values.get(f.id, "")) for f in sec.fields]


def reply(b: Builder, sec: SectionDef, form: str) -> list[Block]:
    r = reply_of(b, form)
    if r is None:
        if form == "wgad-comments" and _withheld_whole(b):
            return [Paragraph(b.l("withheld"), "note")]
        return [Paragraph(b.l("no_reply") if form == "sp-update" else b.l("no_reply_logged"))]
    values = {"received": b.val(fmt.date(r.date, b.lang), r, "date"),
              "summary": b.val(r.summary, r, "summary"),
              "document": _document_name(b, r),
              "comments_due": b.val(fmt.date(r.comments_due, b.lang), r, "comments_due")}
    optional = ("document", "comments_due")  # printed only when there is one
    return [b.row(sec, f.id, values.get(f.id, "")) for f in sec.fields if values.get(f.id) or f.id not in optional]


def body(b: Builder, form: str) -> list[Block]:
    """The comments on the reply, or the update: the ``follow_up_text`` of the entry followed up."""
    if _withheld_whole(b):
        return [Paragraph(b.l("withheld"), "note")]
    t = followed(b)
    text = b.val(t.follow_up_text, t, "follow_up_text") if t is not None else ""
    paragraphs: list[Block] = [Paragraph(x) for x in text.split("\n\n") if x.strip()]
    return paragraphs or [Paragraph(b.l("comments_none" if form == "wgad-comments" else "update_none"), "note")]


def developments(b: Builder) -> list[Block | Section]:
    """Where each person concerned is now: still held, released, the latest place, verdict and sentence."""
    out: list[Block | Section] = []
    for n, v in enumerate(b.victims, 1):
        rows: list[Block] = []
        for dep in b.deprivations(v.id):
            rows += [r for r in (
                b.fact("Deprivation", "still_detained", b.tri(dep.still_detained), dep),
                b.fact("Deprivation", "released_on", fmt.date(dep.released_on, b.lang), dep)) if r]
            if dep.periods:
                p = dep.periods[-1]
                place = b.val(fmt.join(b.org(p.facility_id), fmt.place(p.place, b.lang), sep=", "), p, "place",
                              "facility_id")
                if place:
                    rows.append(FieldRow("", b.l("current_place"), place))
            for pr in dep.proceedings[-1:]:
                rows += [r for r in (b.fact("Proceedings", "verdict", pr.verdict, pr),
                                     b.fact("Proceedings", "sentence", pr.sentence, pr),
                                     b.fact("Proceedings", "appeal_outcome", pr.appeal_outcome, pr)) if r]
        if len(b.victims) > 1:
            out.append(Section("", b.who(n, v), rows or [Paragraph(b.l("no_developments"), "note")]))
        else:
            out += rows or [Paragraph(b.l("no_developments"), "note")]
    return out


def chronology(b: Builder, form: str) -> list[Block | Section]:
    """Every entry of the log the view holds, in date order, each with what it records."""
    entries = sorted(b.case.communications, key=lambda e: (e.date is not None, e.date.sort_key() if e.date else ()))
    if not entries:
        return [Paragraph(b.l("log_empty"), "note")]
    this = followed(b)
    by_id = {e.id: e for e in b.case.communications}
    out: list[Block | Section] = []
    for e in entries:
        head = fmt.join(fmt.vocab("log_kind", e.kind, b.lang), e.reference, e.title, fmt.date(e.date, b.lang),
                        sep=" — ")
        lab = lambda name: b.field_label("CommunicationEntry", name)  # noqa: E731
        answered = by_id.get(e.in_reply_to)
        rows: list[Block] = [FieldRow("", lab(name), value) for name, value in (
            ("letter_type", fmt.vocab("communication_type", e.letter_type, b.lang) if e.letter_type else ""),
            ("mandates", fmt.vocab_list("mandate", e.mandates, b.lang)),
            ("in_reply_to", fmt.join(answered.reference, fmt.date(answered.date, b.lang), sep=", ")
             if answered else ""),
            ("finding", fmt.vocab("opinion_finding", e.finding, b.lang) if e.finding else ""),
            ("categories", fmt.vocab_list("wgad_category", e.categories, b.lang)),
            ("summary", b.val(e.summary, e, "summary")),
            ("link", b.val(e.link, e, "link")),
            ("comments_due", fmt.date(e.comments_due, b.lang)),
            ("evidence_id", _document_name(b, e)),
        ) if value]
        if e is not this and e.follow_up_text.strip():
            label = b.l("follow_up_sent") if e.kind == "follow-up" else b.l("comments_of_source")
            rows.append(FieldRow("", label, e.follow_up_text))
        out.append(Section("", head or fmt.vocab("log_kind", e.kind, b.lang), rows))
    return out


def _document_name(b: Builder, e: CommunicationEntry) -> str:
    if not e.evidence_id:
        return ""
    ev = b.case.evidence_item(e.evidence_id)
    return b.val(ev.file_name, ev, "file_name") if ev is not None else b.l("withheld")
