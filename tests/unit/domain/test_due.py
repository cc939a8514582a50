"""Due dates of the communications log and the submission history: arithmetic and rules."""

from __future__ import annotations

import calendar
from datetime import date, timedelta

import pytest
from hypothesis import given
from hypothesis import strategies as st

from app.domain.communications import hints, latest
from app.domain.dates import PartialDate
from app.domain.due import DEFAULT_PERIODS, Periods, add_days, due_items, select
from app.domain.model import Case, CommunicationEntry
from app.domain.tracking import SubmissionRecord, add_months, with_tracking

days = st.dates(min_value=date(1990, 1, 1), max_value=date(2200, 12, 31))


# --- arithmetic: explicit fixtures ------------------------------------------------------
@pytest.mark.parametrize(("start", "expected"), [
    (date(2023, 12, 31), date(2024, 2, 29)),  # across the year end, into a leap February
    (date(2024, 1, 1), date(2024, 3, 1)),  # across 29 February 2024
    (date(2023, 1, 1), date(2023, 3, 2)),  # the same in a common year: one day later
    (date(2024, 2, 29), date(2024, 4, 29)),
    (date(2024, 12, 31), date(2025, 3, 1)),
])
def test_sixty_days_fixtures(start: date, expected: date) -> None:
    assert add_days(start, 60) == expected
    case = Case(communications=[CommunicationEntry(kind="communication", date=PartialDate.from_date(start))])
    (item,) = due_items(case)
    assert item.kind == "state-reply" and item.due == expected and item.since == start


@pytest.mark.parametrize(("start", "expected"), [
    (date(2023, 8, 31), date(2024, 2, 29)),  # month end -> the last day of a leap February
    (date(2024, 8, 31), date(2025, 2, 28)),  # ... of a common February
    (date(2024, 3, 31), date(2024, 9, 30)),  # 31 -> a 30-day month's last day
    (date(2024, 12, 31), date(2025, 6, 30)),
    (date(2024, 2, 29), date(2024, 8, 29)),  # same day number when it exists
    (date(2023, 9, 30), date(2024, 3, 30)),
    (date(2024, 7, 15), date(2025, 1, 15)),  # across the year end
])
def test_six_months_fixtures(start: date, expected: date) -> None:
    assert add_months(start, 6) == expected
    case = Case(communications=[CommunicationEntry(kind="opinion", reference=f"1/{start.year}",
                                                   date=PartialDate.from_date(start))])
    (item,) = due_items(case)
    assert item.kind == "opinion-follow-up" and item.due == expected


# --- arithmetic: properties ---------------------------------------------------------------
@given(days, st.integers(1, 400))
def test_days_are_counted_exactly(start: date, n: int) -> None:
    end = add_days(start, n)
    assert (end - start).days == n
    assert date.fromordinal(start.toordinal() + n) == end


@given(days, st.integers(1, 24))
def test_months_keep_the_day_or_clamp_to_the_month_end(start: date, months: int) -> None:
    end = add_months(start, months)
    assert (end.year * 12 + end.month) - (start.year * 12 + start.month) == months
    last = calendar.monthrange(end.year, end.month)[1]
    if start.day <= last:
        assert end.day == start.day
    else:  # the day does not exist in that month: its last day
        assert end.day == last
    if start.day == calendar.monthrange(start.year, start.month)[1] and start.day >= last:
        assert end.day == last  # a month end lands on a month end whenever the day cannot be kept
    assert end > start


@given(days)
def test_reply_due_is_sixty_days_after_whatever_the_month(start: date) -> None:
    case = Case(communications=[CommunicationEntry(kind="communication", date=PartialDate.from_date(start),
                                                   mandates=["wgad"])])
    (item,) = due_items(case)
    assert item.due - item.since == timedelta(days=60)
    assert item.overdue(item.due + timedelta(days=1)) and not item.overdue(item.due)
    assert item.days_left(item.due) == 0 and item.days_left(start) == 60


# --- rules ------------------------------------------------------------------------------------
def _d(text: str) -> PartialDate:
    return PartialDate.parse(text)


def test_a_reply_closes_the_communication_and_opens_comments_for_the_wgad() -> None:
    comm = CommunicationEntry(kind="communication", date=_d("2024-01-10"), reference="UA CHN 1/2024",
                              mandates=["wgad"])
    case = Case(communications=[comm])
    assert [i.kind for i in due_items(case)] == ["state-reply"]
    reply = CommunicationEntry(kind="state-reply", date=_d("2024-03-01"), in_reply_to=comm.id)
    case.communications.append(reply)
    (item,) = due_items(case)
    assert item.kind == "comments" and item.estimated and item.due == date(2024, 3, 15)
    assert item.reference == "UA CHN 1/2024"
    reply.comments_due = _d("2024-03-20")  # the date the Working Group set wins
    (item,) = due_items(case)
    assert item.due == date(2024, 3, 20) and not item.estimated
    case.communications.append(CommunicationEntry(kind="follow-up", date=_d("2024-03-18"), in_reply_to=reply.id))
    assert due_items(case) == []


def test_a_special_procedures_reply_asks_for_no_comments_unless_a_date_is_set() -> None:
    comm = CommunicationEntry(kind="communication", date=_d("2024-01-10"), mandates=["sr-hrd"])
    reply = CommunicationEntry(kind="state-reply", date=_d("2024-03-01"), in_reply_to=comm.id)
    assert due_items(Case(communications=[comm, reply])) == []


def test_configured_periods_and_partial_dates() -> None:
    comm = CommunicationEntry(kind="communication", date=_d("2024-01-10"), mandates=["wgad"])
    (item,) = due_items(Case(communications=[comm]), periods=Periods({"wgad": 90, "sp": 60}))
    assert item.due == date(2024, 4, 9)
    comm.date = _d("2024-01")  # not known to the day: no due date, a hint instead
    case = Case(communications=[comm])
    assert due_items(case) == []
    assert [p.code for p in hints(case)] == ["log-date-not-exact"]


def test_submission_records_are_due_until_the_log_takes_over() -> None:
    case = Case()
    rec = SubmissionRecord("a" * 32, case.id, "wgad", "en", "2024-01-01T00:00:00Z", "2024-01-01", False,
                           "x", "y", 0, 0)
    rec = with_tracking(rec, sent_on="2024-01-05")
    draft = with_tracking(SubmissionRecord("b" * 32, case.id, "wgad", "en", "", "", True, "x", "y", 0, 0),
                          sent_on="2024-01-05")
    (item,) = due_items(case, [rec, draft])
    assert item.kind == "submission-reply" and item.due == date(2024, 3, 5) and item.estimated
    assert due_items(case, [with_tracking(rec, outcome="government-replied")]) == []
    opinion = with_tracking(rec, outcome="opinion-arbitrary", opinion_number="3/2024", opinion_date="2024-08-31")
    (item,) = due_items(case, [opinion])
    assert item.kind == "submission-follow-up" and item.due == date(2025, 2, 28) and item.reference == "3/2024"
    # the log links a communication to the submission: its own, more precise, date replaces the record's
    case.communications.append(CommunicationEntry(kind="communication", date=_d("2024-02-01"),
                                                  submission_ids=[rec.id], mandates=["wgad"]))
    (item,) = due_items(case, [rec])
    assert item.kind == "state-reply" and item.due == date(2024, 4, 1)


def test_select_overdue_and_within() -> None:
    comms = [CommunicationEntry(kind="communication", date=_d(d)) for d in ("2024-01-01", "2024-02-01", "2024-05-01")]
    items = due_items(Case(communications=comms))
    assert [i.due for i in items] == [date(2024, 3, 1), date(2024, 4, 1), date(2024, 6, 30)]
    today = date(2024, 3, 15)
    assert [i.due for i in select(items, today, overdue_only=True)] == [date(2024, 3, 1)]
    assert [i.due for i in select(items, today, within=20)] == [date(2024, 3, 1), date(2024, 4, 1)]
    assert DEFAULT_PERIODS.reply_days_for("wgeid") == 60


def test_reference_hints() -> None:
    comm = CommunicationEntry(kind="communication", date=_d("2020-06-03"), reference="UA CHN 6/2020",
                              letter_type="urgent-appeal")
    case = Case(communications=[comm])
    assert hints(case, date(2024, 1, 1)) == []
    comm.letter_type = "allegation-letter"
    assert [p.code for p in hints(case)] == ["log-reference-type"]
    comm.letter_type, comm.reference = "", "CHN 6/2021"
    assert [p.code for p in hints(case)] == ["log-reference-year"]
    comm.reference = "China 6-2020"
    assert [p.code for p in hints(case)] == ["log-reference-format"]
    comm.reference = "JAL CHN 12/2020"
    assert hints(case) == []
    opinion = CommunicationEntry(kind="opinion", date=_d("2018-11-20"), reference="74/2018", in_reply_to=comm.id)
    reply = CommunicationEntry(kind="state-reply", date=_d("2020-05-01"), in_reply_to=comm.id)
    case.communications += [opinion, reply]
    assert [(p.code, p[0]) for p in hints(case)] == [("log-before-answered", "$.communications[1].date"),
                                                      ("log-before-answered", "$.communications[2].date")]
    opinion.reference = "opinion seventy-four"
    assert "log-opinion-format" in [p.code for p in hints(case)]
    assert [p.code for p in hints(Case(communications=[CommunicationEntry(kind="state-reply")]))] == \
        ["log-no-date", "log-reply-unlinked"]
    assert [p.code for p in hints(Case(communications=[comm]), today=date(2019, 1, 1))] == ["log-date-future"]
    assert latest(case, "communication") is comm and latest(case, "press-release") is None
