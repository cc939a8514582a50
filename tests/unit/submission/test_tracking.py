"""Submission history and derived due dates."""

from __future__ import annotations

import pytest

from app.domain.tracking import SubmissionRecord, add_months, with_tracking
from datetime import date


def _rec() -> SubmissionRecord:
    return SubmissionRecord("s1", "c1", "wgad", "en", "2026-01-01T00:00:00Z", "2026-01-01", False, "a", "b", 0, 0)


def test_reply_due_is_sixty_days_after_sending_by_default() -> None:
    r = with_tracking(_rec(), sent_on="2026-01-10")
    assert r.reply_due == "2026-03-11"
    r = with_tracking(r, sent_on="2026-02-01")  # changing the date moves the due date
    assert r.reply_due == "2026-04-02"


def test_configured_reply_period_and_explicit_due_date() -> None:
    assert with_tracking(_rec(), sent_on="2026-01-10", reply_days=90).reply_due == "2026-04-10"
    r = with_tracking(_rec(), sent_on="2026-01-10", reply_due="2026-05-01")
    assert r.reply_due == "2026-05-01"
    assert with_tracking(r, channel="e-mail").reply_due == "2026-05-01"  # kept


def test_follow_up_six_months_after_an_opinion() -> None:
    r = with_tracking(_rec(), outcome="opinion-arbitrary", opinion_number="12/2026", opinion_date="2026-08-31")
    assert r.follow_up_due == "2027-02-28"


def test_bad_input_is_refused() -> None:
    with pytest.raises(ValueError):
        with_tracking(_rec(), sent_on="10/01/2026")
    with pytest.raises(ValueError):
        with_tracking(_rec(), outcome="won")
    with pytest.raises(ValueError):
        with_tracking(_rec(), draft="yes")  # not a tracking field


def test_add_months_clamps_to_the_month_end() -> None:
    assert add_months(date(2026, 1, 31), 1) == date(2026, 2, 28)
    assert add_months(date(2026, 11, 15), 3) == date(2027, 2, 15)
