"""``reprisal add|edit|list|remove``: the reprisals log of a case (intimidation or reprisals for cooperating with
the UN).  Reporting it is ``submission render --form reprisals``."""

from __future__ import annotations

import argparse
from typing import Any

from app.cli.commands_case import check_code
from app.cli.commands_evidence import partial_date
from app.cli.context import Context
from app.cli.errors import usage
from app.cli.exitcodes import Exit
from app.cli.output import table
from app.domain.codec import encode
from app.domain.model import Case, Place, ReprisalIncident
from app.domain.vocab import vocabulary
from app.services import cases as case_service
from app.services import reprisals as log_service
from app.services.submission.reprisal_checks import consent_of, reportable

_COLUMNS = ("id", "date", "person", "forms", "cooperation with the UN", "consent to report")
_TEXTS = ("perpetrators_description", "engagement", "un_reference", "description", "steps_taken", "notes")


def _consent(case: Case, r: ReprisalIncident) -> str:
    c = consent_of(case, r)
    if c is None or not reportable(case, r):
        return "NO"
    return "yes, named to the State" if c.name_to_state else "yes, not named to the State"


def _row(case: Case, r: ReprisalIncident) -> list[str]:
    p = case.person(r.person_id)
    return [r.id[:8], str(r.date or ""), p.display_name() if p else "", ", ".join(r.kinds),
            r.engagement_kind or (r.engagement[:30] + ("…" if len(r.engagement) > 30 else "")), _consent(case, r)]


def _changes(ctx: Context, case: Case) -> dict[str, Any]:
    """The fields given on the command line (only those), checked."""
    a = ctx.args
    out: dict[str, Any] = {}
    if a.person is not None:
        out["person_id"] = log_service.find(case.persons, a.person, "person").id if a.person else ""
    if a.kind is not None:
        out["kinds"] = [check_code("reprisal_type", "--kind", k) for k in a.kind]
    if a.engagement_kind is not None:
        out["engagement_kind"] = check_code("un_engagement", "--engagement-kind", a.engagement_kind) \
            if a.engagement_kind else ""
    for name in ("date", "engagement_date"):
        if getattr(a, name) is not None:
            out[name] = getattr(a, name)
    for name in _TEXTS:
        if getattr(a, name) is not None:
            out[name] = getattr(a, name)
    if a.perpetrator is not None:
        out["perpetrator_ids"] = [log_service.find(case.persons, x, "person").id for x in a.perpetrator]
    if a.organisation is not None:
        out["organisation_ids"] = [log_service.find(case.organisations, x, "organisation").id for x in a.organisation]
    if a.evidence is not None:
        out["evidence_ids"] = [log_service.find(case.evidence, x, "evidence").id for x in a.evidence]
    if a.consent is not None:
        out["consent_id"] = log_service.find(case.consents, a.consent, "consent").id if a.consent else ""
    if a.communication is not None:
        out["communication_id"] = log_service.find(case.communications, a.communication, "communication").id \
            if a.communication else ""
    if any(getattr(a, n) is not None for n in ("country", "province", "locality", "place_detail")):
        out["place"] = Place(a.country or "", a.province or "", a.locality or "", a.place_detail or "")
    return out


def run_add(ctx: Context) -> int:
    with ctx.unlocked() as vault:
        case = case_service.get_case(vault, ctx.args.case)
        incident = log_service.add_incident(vault, case.id, ReprisalIncident(**_changes(ctx, case)))
        case = case_service.get_case(vault, case.id)
    _report(ctx, "Added", case, incident)
    return Exit.OK


def run_edit(ctx: Context) -> int:
    with ctx.unlocked() as vault:
        case = case_service.get_case(vault, ctx.args.case)
        changes = _changes(ctx, case)
        if not changes:
            raise usage("Nothing to change: give at least one field option (see 'recourse-cli reprisal edit --help').")
        target = log_service.find(case.reprisals, ctx.args.incident, "reprisal")
        incident = log_service.update_incident(vault, case.id, target.id, **changes)
        case = case_service.get_case(vault, case.id)
    _report(ctx, "Changed", case, incident)
    return Exit.OK


def _report(ctx: Context, verb: str, case: Case, r: ReprisalIncident) -> None:
    ctx.out.document({"incident": encode(r), "consent_to_report": _consent(case, r)})
    ctx.out.line(f"{verb} reprisal {r.id[:8]} ({', '.join(r.kinds) or 'no form given'}).")
    if _consent(case, r) == "NO":
        ctx.out.line("Note: no consent to report it to the UN is on record; the reprisals form will refuse it "
                     "until there is.")


def run_list(ctx: Context) -> int:
    with ctx.unlocked() as vault:
        case, items = log_service.incidents(vault, ctx.args.case)
    ctx.out.document({"case": case.id, "incidents": [encode(r) for r in items],
                      "consent_to_report": {r.id: _consent(case, r) for r in items}})
    if not items:
        ctx.out.line("The reprisals log of this case is empty. Add to it with 'recourse-cli reprisal add'.")
        return Exit.OK
    ctx.out.lines(table(_COLUMNS, [_row(case, r) for r in items]))
    return Exit.OK


def run_remove(ctx: Context) -> int:
    with ctx.unlocked() as vault:
        case, items = log_service.incidents(vault, ctx.args.case)
        gone = log_service.remove_incident(vault, case.id, log_service.find(items, ctx.args.incident, "reprisal").id)
    ctx.out.document({"removed": gone.id})
    ctx.out.line(f"Removed reprisal {gone.id[:8]}.")
    return Exit.OK


def _options(p: argparse.ArgumentParser, *, adding: bool) -> None:
    p.add_argument("--person", required=adding, metavar="PERSON",
                   help="who suffered it: a person of the case (id or id prefix)")
    p.add_argument("--kind", action="append", metavar="CODE",
                   help=f"form of reprisal (repeatable): {', '.join(vocabulary('reprisal_type').codes)}")
    p.add_argument("--date", type=partial_date, metavar="YYYY[-MM[-DD]]")
    p.add_argument("--country", metavar="CC", help="place: ISO country code")
    p.add_argument("--province", metavar="TEXT", help="place: province or region")
    p.add_argument("--locality", metavar="TEXT", help="place: city, county")
    p.add_argument("--place-detail", metavar="TEXT", help="place: address or landmark")
    p.add_argument("--perpetrator", action="append", metavar="PERSON", help="an official on file (repeatable)")
    p.add_argument("--organisation", action="append", metavar="ORG", help="an authority on file (repeatable)")
    p.add_argument("--perpetrators", dest="perpetrators_description", metavar="TEXT",
                   help="perpetrators not on file, described")
    p.add_argument("--engagement-kind", metavar="CODE",
                   help=f"the cooperation with the UN it followed: {', '.join(vocabulary('un_engagement').codes)}")
    p.add_argument("--engagement-date", type=partial_date, metavar="YYYY[-MM[-DD]]")
    p.add_argument("--engagement", metavar="TEXT",
                   help="which submission, communication, session or meeting, e.g. 'met the Special Rapporteur "
                        "during the country visit'")
    p.add_argument("--communication", metavar="ENTRY", help="the UN communication of the case's log it followed")
    p.add_argument("--un-reference", metavar="REF", help="e.g. 'AL CHN 6/2020', 'Opinion No. 74/2018'")
    p.add_argument("--description", metavar="TEXT")
    p.add_argument("--steps-taken", metavar="TEXT", help="complaints, protection measures, earlier reports")
    p.add_argument("--evidence", action="append", metavar="EVIDENCE", help="supporting evidence (repeatable)")
    p.add_argument("--consent", metavar="CONSENT",
                   help="the consent record covering this report (default: the person's current record)")
    p.add_argument("--notes", metavar="TEXT", help="working notes (never printed)")


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser],
             parents: list[argparse.ArgumentParser]) -> None:
    p = sub.add_parser("reprisal", help="the reprisals log of a case: intimidation for cooperating with the UN",
                       description="Incidents of intimidation or reprisal against people who cooperated with the "
                                   "UN. Report them to OHCHR's reprisals focal point with "
                                   "'recourse-cli submission render CASE --form reprisals' (only with the "
                                   "person's consent).")
    inner = p.add_subparsers(dest="reprisal_command", metavar="COMMAND", required=True)
    a = inner.add_parser("add", parents=parents, help="add an incident")
    a.add_argument("case", metavar="CASE")
    _options(a, adding=True)
    a.set_defaults(handler=run_add)
    e = inner.add_parser("edit", parents=parents, help="change fields of an incident")
    e.add_argument("case", metavar="CASE")
    e.add_argument("incident", metavar="INCIDENT")
    _options(e, adding=False)
    e.set_defaults(handler=run_edit)
    li = inner.add_parser("list", parents=parents, help="the incidents of a case, with whether each may be reported")
    li.add_argument("case", metavar="CASE")
    li.set_defaults(handler=run_list)
    r = inner.add_parser("remove", parents=parents, help="remove an incident")
    r.add_argument("case", metavar="CASE")
    r.add_argument("incident", metavar="INCIDENT")
    r.set_defaults(handler=run_remove)
