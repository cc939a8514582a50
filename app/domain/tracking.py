"""Submission history: what was rendered, when it was sent, and what is due.

Due dates are derived, never typed twice: the State's reply is due
``government_reply_days`` after the date sent (60 by default, from
``resources/forms/config.json``) unless the UN gave another date; follow-up
on an opinion is due six months after it.
"""

from __future__ import annotations

import calendar
from dataclasses import dataclass, replace
from datetime import date, timedelta
from typing import Any

OUTCOMES = ("", "pending", "government-replied", "opinion-arbitrary", "opinion-not-arbitrary",
            "filed-released", "further-information", "urgent-appeal-sent", "communication-sent", "closed")


@dataclass(frozen=True)
class SubmissionRecord:
    id: str
    case_id: str
    form: str
    language: str
    rendered_at: str  # ISO UTC timestamp
    document_date: str  # ISO date printed in the document
    draft: bool
    main_sha256: str
    annex_sha256: str
    blocking: int  # blocking findings at render time
    warnings: int
    sent_on: str = ""  # ISO date
    channel: str = ""  # e-mail, online form, post...
    un_reference: str = ""
    reply_due: str = ""  # ISO date; derived from sent_on unless set
    comments_due: str = ""  # source's comments on the State's reply (set per case by the UN)
    outcome: str = ""
    opinion_number: str = ""  # e.g. "74/2018"
    opinion_date: str = ""
    follow_up_due: str = ""  # derived: opinion_date + 6 months
    notes: str = ""


def add_months(d: date, months: int) -> date:
    month = d.month - 1 + months
    year = d.year + month // 12
    month = month % 12 + 1
    return date(year, month, min(d.day, calendar.monthrange(year, month)[1]))


TRACKING_FIELDS = ("sent_on", "channel", "un_reference", "reply_due", "comments_due", "outcome",
                   "opinion_number", "opinion_date", "notes")


def with_tracking(rec: SubmissionRecord, *, reply_days: int = 60, follow_up_months: int = 6,
                  **changes: str) -> SubmissionRecord:
    """Apply tracking changes and recompute the derived due dates.

    ``reply_due`` given explicitly wins over the computed one; when ``sent_on``
    changes and ``reply_due`` is not given, it is recomputed.
    """
    unknown = set(changes) - set(TRACKING_FIELDS)
    if unknown:
        raise ValueError(f"not a tracking field: {sorted(unknown)}")
    for key in ("sent_on", "reply_due", "comments_due", "opinion_date"):
        if changes.get(key):
            date.fromisoformat(changes[key])  # ValueError on a bad date
    if changes.get("outcome", "") not in OUTCOMES:
        raise ValueError(f"outcome must be one of {OUTCOMES[1:]}")
    fields: dict[str, Any] = dict(changes)
    new = replace(rec, **fields)
    if "reply_due" not in changes and new.sent_on and ("sent_on" in changes or not new.reply_due):
        new = replace(new, reply_due=(date.fromisoformat(new.sent_on) + timedelta(days=reply_days)).isoformat())
    if new.opinion_date:
        new = replace(new, follow_up_due=add_months(date.fromisoformat(new.opinion_date), follow_up_months).isoformat())
    return new
