"""What is due next on a case, and when: from its communications log and its submission history.

Due dates are derived, never typed twice (as in :mod:`app.domain.tracking`):

* a **communication** the UN sent to the State: the State's reply is due
  ``reply_days`` after it (60 days: ``government_reply_days`` of the body in
  ``resources/forms/config.json``; the WGAD's period when the communication
  names the WGAD, the Special Procedures' otherwise) — until a reply is logged
  that answers it;
* a **reply of the State** to a WGAD communication: the source's comments are
  due on the date the Working Group set (``comments_due``), or, when none is
  recorded, ``comments_days`` after the reply (an estimate, marked as such) —
  until a follow-up is logged that answers the reply;
* an **opinion**: follow-up information is due ``follow_up_months`` after it
  (six months; a day that does not exist in the target month becomes that
  month's last day: 31 August + 6 months = 28 or 29 February) — until a
  follow-up is logged that answers the opinion;
* a **sent submission** (its history record) that no log entry links to yet: its
  ``reply_due``, ``comments_due`` and ``follow_up_due`` (:func:`~app.domain.tracking.with_tracking`)
  while its outcome leaves them open.  Once the log links an entry to the
  submission, the log's own dates (more precise: counted from the UN's letter,
  not from the date the source wrote) replace them.

Only dates known to the day give a due date; an entry dated ``2020-06`` is
reported by :func:`app.domain.communications.hints` instead.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, timedelta

from app.domain.dates import PartialDate
from app.domain.model import Case, CommunicationEntry
from app.domain.tracking import SubmissionRecord, add_months

#: what is due: the State's reply to a logged communication, the source's comments on a reply,
#: follow-up after an opinion, and the same three derived from a submission's history record
KINDS = ("state-reply", "comments", "opinion-follow-up", "submission-reply", "submission-comments",
         "submission-follow-up")

#: outcomes of a submission record after which the State's reply is no longer awaited
_REPLY_CLOSED = ("government-replied", "opinion-arbitrary", "opinion-not-arbitrary", "filed-released", "closed")
_ALL_CLOSED = ("filed-released", "closed")
#: documents that follow up a communication (comments on a reply, an update): the State owes no reply to them
FOLLOW_UP_FORMS = ("wgad-comments", "sp-update")


@dataclass(frozen=True)
class Periods:
    """The periods due dates are counted with (from ``resources/forms/config.json``)."""

    reply_days: dict[str, int]  # body (wgad | sp) -> days
    follow_up_months: int = 6
    comments_days: int = 14

    def reply_days_for(self, body: str) -> int:
        return self.reply_days.get(body, self.reply_days.get("sp", 60))


DEFAULT_PERIODS = Periods({"wgad": 60, "sp": 60})


@dataclass(frozen=True)
class DueItem:
    case_id: str
    kind: str  # one of KINDS
    due: date
    since: date  # the date it is counted from
    entry_id: str  # the log entry, or the submission record
    reference: str  # the UN reference, opinion number or form of the submission
    estimated: bool = False  # counted with a configured period, not a date the UN set

    @property
    def from_log(self) -> bool:
        return not self.kind.startswith("submission-")

    def days_left(self, today: date) -> int:
        """Days until due (0 = due today, negative = overdue by that many days)."""
        return (self.due - today).days

    def overdue(self, today: date) -> bool:
        return today > self.due


def add_days(d: date, days: int) -> date:
    return d + timedelta(days=days)


def exact(d: PartialDate | None) -> date | None:
    """The day of a date known to the day (an approximate day counts: it is the best known)."""
    return d.earliest() if d is not None and d.precision == "day" else None


def body_of(entry: CommunicationEntry) -> str:
    return "wgad" if "wgad" in entry.mandates else "sp"


def due_items(case: Case, records: Sequence[SubmissionRecord] = (), periods: Periods = DEFAULT_PERIODS
              ) -> list[DueItem]:
    """Everything still open on *case*, earliest due first."""
    out: list[DueItem] = []
    replies_to = {e.in_reply_to for e in case.communications if e.kind == "state-reply" and e.in_reply_to}
    followed = {e.in_reply_to for e in case.communications if e.kind == "follow-up" and e.in_reply_to}
    by_id = {e.id: e for e in case.communications}
    for e in case.communications:
        day = exact(e.date)
        if e.kind == "communication" and day and e.id not in replies_to:
            out.append(DueItem(case.id, "state-reply", add_days(day, periods.reply_days_for(body_of(e))), day, e.id,
                               e.reference, estimated=False))
        elif e.kind == "state-reply" and day and e.id not in followed:
            asked = exact(e.comments_due)
            answered_comm = by_id.get(e.in_reply_to)
            wgad = "wgad" in e.mandates or (answered_comm is not None and body_of(answered_comm) == "wgad")
            if asked:
                out.append(DueItem(case.id, "comments", asked, day, e.id, _ref(e, by_id)))
            elif wgad:
                out.append(DueItem(case.id, "comments", add_days(day, periods.comments_days), day, e.id,
                                   _ref(e, by_id), estimated=True))
        elif e.kind == "opinion" and day and e.id not in followed:
            out.append(DueItem(case.id, "opinion-follow-up", add_months(day, periods.follow_up_months), day, e.id,
                               e.reference))
    linked = {s for e in case.communications for s in e.submission_ids}
    for r in records:
        if r.case_id != case.id or r.draft or not r.sent_on or r.id in linked:
            continue
        sent = date.fromisoformat(r.sent_on)
        ref = r.un_reference or r.form
        if r.reply_due and r.outcome not in _REPLY_CLOSED and r.form not in FOLLOW_UP_FORMS:
            out.append(DueItem(case.id, "submission-reply", date.fromisoformat(r.reply_due), sent, r.id, ref,
                               estimated=True))
        if r.comments_due and r.outcome not in _ALL_CLOSED:
            out.append(DueItem(case.id, "submission-comments", date.fromisoformat(r.comments_due), sent, r.id, ref))
        if r.follow_up_due and r.outcome not in _ALL_CLOSED:
            since = date.fromisoformat(r.opinion_date) if r.opinion_date else sent
            out.append(DueItem(case.id, "submission-follow-up", date.fromisoformat(r.follow_up_due), since, r.id,
                               r.opinion_number or ref))
    return sorted(out, key=lambda i: (i.due, i.kind, i.entry_id))


def _ref(reply: CommunicationEntry, by_id: dict[str, CommunicationEntry]) -> str:
    comm = by_id.get(reply.in_reply_to)
    return reply.reference or (comm.reference if comm is not None else "")


def select(items: list[DueItem], today: date, *, overdue_only: bool = False, within: int | None = None
           ) -> list[DueItem]:
    """The items overdue (``overdue_only``), or due within *within* days from *today* (overdue ones included)."""
    if overdue_only:
        return [i for i in items if i.overdue(today)]
    if within is not None:
        return [i for i in items if i.days_left(today) <= within]
    return list(items)
