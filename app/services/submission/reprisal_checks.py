"""Findings for the reprisals form: is each selected incident ready to be reported to the UN?

The informed consent of the person concerned is a prerequisite (OHCHR): an
incident without an active consent record that allows submission to the UN
blocks the document.  A person who may not be named to the State is a warning:
the UN can then only raise the case without the name.
"""

from __future__ import annotations

from collections.abc import Callable

from app.domain.model import Case, ConsentRecord, ReprisalIncident
from app.services.submission.checks import BLOCKING, WARNING, Finding, non_latin_share

Add = Callable[[Finding], None]


def consent_of(case: Case, r: ReprisalIncident) -> ConsentRecord | None:
    """The consent record covering the report of *r*: the one it cites, else the person's current one."""
    if r.consent_id:
        return case.consent_record(r.consent_id)
    return case.consent_for(r.person_id) if r.person_id else None


def reportable(case: Case, r: ReprisalIncident) -> bool:
    """An active consent record of the person concerned allows reporting *r* to the UN."""
    c = consent_of(case, r)
    return c is not None and c.active and c.submit_to_un and (not c.person_id or c.person_id == r.person_id)


def reprisal_checks(case: Case, person_ids: list[str] | None, add: Add) -> None:
    incidents = [(i, r) for i, r in enumerate(case.reprisals) if not person_ids or r.person_id in person_ids]
    if not incidents:
        add(Finding(BLOCKING, "no-reprisals", "No incident of intimidation or reprisal is recorded (for the "
                    "selected persons): add one to the case's reprisals log.", "reprisals"))
    for i, r in incidents:
        _incident(case, i, r, add)


def _incident(case: Case, i: int, r: ReprisalIncident, add: Add) -> None:
    at = f"reprisals[{i}]"
    p = case.person(r.person_id)
    if p is None:
        add(Finding(BLOCKING, "reprisal-no-person", "An incident does not say who suffered it: choose the person "
                    "concerned among the persons of the case.", f"{at}.person_id", r.id))
        return
    who = p.display_name() or f"persons[{case.persons.index(p)}]"
    named = (("person", who),)
    c = consent_of(case, r)
    if c is None or not reportable(case, r):
        add(Finding(BLOCKING, "reprisal-no-consent",
                    f"No consent of {who} to report this incident to the UN is on record; the UN acts on reprisals "
                    "only with the informed consent of the person concerned.", f"{at}.consent_id", r.id,
                    params=named))
    elif not c.name_to_state and "source" not in p.roles:
        add(Finding(WARNING, "reprisal-unnamed",
                    f"{who} has not agreed to be named to the State: the document does not give the name, and the UN "
                    "can raise the incident with the Government only without it. Ask again, or send it as it is "
                    "knowingly.", f"{at}.consent_id", r.id, params=named))
    if "source" in p.roles:
        add(Finding(WARNING, "reprisal-source",
                    f"{who} is the source of the case: the document calls them by their pseudonym and gives the "
                    "identity only in the confidential annex.", f"{at}.person_id", r.id, params=named))
    if r.confidential:
        add(Finding(WARNING, "reprisal-confidential",
                    "An incident is marked confidential: the main document leaves it out and only the confidential "
                    "annex carries it.", at, r.id))
    if not r.kinds:
        add(Finding(WARNING, "reprisal-no-kind", "An incident has no form of reprisal (threats, travel ban…).",
                    f"{at}.kinds", r.id))
    if r.date is None:
        add(Finding(WARNING, "reprisal-no-date", "An incident has no date; give at least the year if you can.",
                    f"{at}.date", r.id))
    if not r.engagement_kind and not r.engagement.strip():
        add(Finding(BLOCKING, "reprisal-no-engagement",
                    "An incident does not say which cooperation with the UN it followed (a submission, a "
                    "communication, a session, a meeting); that link is what makes it a reprisal case for the UN.",
                    f"{at}.engagement", r.id))
    if not r.description.strip():
        add(Finding(BLOCKING, "reprisal-no-description", "An incident has no description of the facts.",
                    f"{at}.description", r.id))
    for name in ("description", "steps_taken", "engagement", "perpetrators_description"):
        if non_latin_share(getattr(r, name)) > 0.2:
            add(Finding(BLOCKING, "reprisal-language",
                        "An incident's text is not written in English, French or Spanish; the UN works only in "
                        "these languages. Write or translate it.", f"{at}.{name}", r.id,
                        params=(("field", name),)))
