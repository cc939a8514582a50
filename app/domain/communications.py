"""The communications log of a case: format hints and look-ups.

The log itself is ``Case.communications`` (:class:`~app.domain.model.CommunicationEntry`).
Its *well-formedness* (codes, references between entries, dates) is checked by
:mod:`app.domain.validation` like every other field.  The checks here are
**hints**: a reference that does not look like the UN's, an entry dated only
to the month (no due date can be counted from it), a reply dated before the
communication it answers.  They never block saving: the UN's own references
vary, and a lawyer may know better.
"""

from __future__ import annotations

import re
from datetime import date

from app.domain.due import exact
from app.domain.model import Case, CommunicationEntry
from app.domain.validation import Problem

#: an OHCHR communication reference: an optional type (UA urgent appeal, AL allegation letter, OL other
#: letter; J for a joint communication), the State's ISO 3166-1 alpha-3 code, number/year: "UA CHN 6/2020"
COMMUNICATION_REF = re.compile(r"(?:(J?UA|J?AL|J?OL)\s+)?([A-Z]{3})\s+(\d{1,4})/(\d{4})")
#: a WGAD opinion number: "74/2018" (optionally "No. 74/2018")
OPINION_REF = re.compile(r"(?:No\.?\s*)?(\d{1,3})/(\d{4})")
_TYPE_PREFIX = {"UA": "urgent-appeal", "AL": "allegation-letter", "OL": "other-letter"}
#: kinds whose due dates are counted from their date
DATED_KINDS = ("communication", "state-reply", "opinion")
#: what each kind may answer (``in_reply_to``)
ANSWERS = {"state-reply": ("communication",), "follow-up": ("communication", "state-reply", "opinion"),
           "opinion": ("communication",), "press-release": ("communication", "opinion"), "communication": ()}


def hints(case: Case, today: date | None = None, path: str = "$") -> list[Problem]:
    """Non-blocking remarks on the log of *case* (see the module docstring)."""
    out: list[Problem] = []
    by_id = {e.id: e for e in case.communications}
    for i, e in enumerate(case.communications):
        out += entry_hints(e, by_id, today, f"{path}.communications[{i}]")
    return out


def entry_hints(e: CommunicationEntry, by_id: dict[str, CommunicationEntry], today: date | None,
                path: str) -> list[Problem]:
    out: list[Problem] = []
    ref = e.reference.strip()
    if e.kind == "communication" and ref:
        m = COMMUNICATION_REF.fullmatch(ref)
        if not m:
            out.append(Problem(f"{path}.reference", "does not look like a UN reference such as UA CHN 6/2020",
                               "log-reference-format"))
        else:
            prefix = (m.group(1) or "").lstrip("J")
            if prefix and e.letter_type and _TYPE_PREFIX[prefix] != e.letter_type:
                out.append(Problem(f"{path}.letter_type", "does not match the type in the reference",
                                   "log-reference-type", prefix=prefix))
            out += _year_hint(path, e, m.group(4))
    elif e.kind == "opinion" and ref:
        m = OPINION_REF.fullmatch(ref)
        if not m:
            out.append(Problem(f"{path}.reference", "does not look like an opinion number such as 74/2018",
                               "log-opinion-format"))
        else:
            out += _year_hint(path, e, m.group(2))
    if e.kind in DATED_KINDS:
        if e.date is None:
            out.append(Problem(f"{path}.date", "has no date: no due date can be counted", "log-no-date"))
        elif exact(e.date) is None:
            out.append(Problem(f"{path}.date", "is not known to the day: no due date can be counted",
                               "log-date-not-exact"))
    day = exact(e.date)
    if day and today and day > today:
        out.append(Problem(f"{path}.date", "is in the future", "log-date-future"))
    target = by_id.get(e.in_reply_to) if e.in_reply_to else None
    if target is not None:
        if target.kind not in ANSWERS.get(e.kind, ()):
            out.append(Problem(f"{path}.in_reply_to", "links to an entry of another kind than expected",
                               "log-reply-target", kind=target.kind))
        there = exact(target.date)
        if day and there and day < there:
            out.append(Problem(f"{path}.date", "is before the entry it answers", "log-before-answered"))
    elif e.kind == "state-reply" and not e.in_reply_to:
        out.append(Problem(f"{path}.in_reply_to", "does not say which communication it answers",
                           "log-reply-unlinked"))
    asked = exact(e.comments_due)
    if asked and day and asked < day:
        out.append(Problem(f"{path}.comments_due", "is before the reply was received", "log-before-answered"))
    return out


def _year_hint(path: str, e: CommunicationEntry, year: str) -> list[Problem]:
    if e.date is not None and e.date.year != int(year):
        return [Problem(f"{path}.reference", "names another year than the entry's date", "log-reference-year",
                        year=year)]
    return []


def target(case: Case, form: str) -> CommunicationEntry | None:
    """The entry the document follows up: the latest reply (WGAD comments) or communication (SP update)."""
    return latest(case, "state-reply" if form == "wgad-comments" else "communication")


def linked(case: Case, submission_id: str) -> list[CommunicationEntry]:
    """The log entries that a submission led to."""
    return [e for e in case.communications if submission_id in e.submission_ids]


def latest(case: Case, kind: str) -> CommunicationEntry | None:
    """The most recent entry of *kind* (by date; undated entries count as oldest, then log order)."""
    entries = [(e.date.sort_key() if e.date else (date.min,), n, e) for n, e in enumerate(case.communications)
               if e.kind == kind]
    return max(entries, key=lambda t: (t[0], t[1]))[2] if entries else None
