"""The communications log service: entries saved with the case, due dates across cases."""

from __future__ import annotations

from datetime import date

import pytest

from app.domain.dates import PartialDate
from app.domain.model import Case, CommunicationEntry
from app.errors import NotFound, ValidationError
from app.services import cases as case_service
from app.services import communications as log


def test_entries_are_saved_with_the_case_and_due_dates_cross_cases(vault) -> None:  # type: ignore[no-untyped-def]
    a = case_service.save_case(vault, Case(reference="A-1", title="First"))
    b = case_service.save_case(vault, Case(reference="B-2", title="Second"))
    closed = case_service.save_case(vault, Case(reference="C-3", status="closed"))
    comm, hints = log.add_entry(vault, a.id, CommunicationEntry(kind="communication", date=PartialDate(2024, 1, 10),
                                                                 reference="UA CHN 1/2024", mandates=["wgad"]))
    assert hints == [] and case_service.get_case(vault, a.id).communications[0].id == comm.id
    log.add_entry(vault, b.id, CommunicationEntry(kind="opinion", date=PartialDate(2023, 8, 31), reference="9/2023"))
    log.add_entry(vault, closed.id, CommunicationEntry(kind="communication", date=PartialDate(2020, 1, 1)))
    rows = log.due(vault, on=date(2024, 3, 1))
    assert [(r.case_reference, r.item.kind, r.item.due, r.days_left, r.path) for r in rows] == [
        ("B-2", "opinion-follow-up", date(2024, 2, 29), -1, "$.communications[0]"),
        ("A-1", "state-reply", date(2024, 3, 10), 9, "$.communications[0]")]
    assert [r.case_reference for r in log.due(vault, on=date(2024, 3, 1), overdue_only=True)] == ["B-2"]
    assert log.due(vault, on=date(2024, 2, 1), within=10) == []

    # a reply answering the communication; hints come back, the entry is saved anyway
    reply, hints = log.add_entry(vault, a.id, CommunicationEntry(kind="state-reply", date=PartialDate(2024, 1),
                                                                  in_reply_to=comm.id))
    assert [h.code for h in hints] == ["log-date-not-exact"]
    new, hints = log.update_entry(vault, a.id, reply.id[:6], date=PartialDate(2024, 2, 20))
    assert hints == [] and new.date == PartialDate(2024, 2, 20)
    kinds = [r.item.kind for r in log.due(vault, on=date(2024, 3, 1)) if r.case_reference == "A-1"]
    assert kinds == ["comments"]  # the reply closed the State's reply; the source's comments are due

    log.remove_entry(vault, a.id, comm.id)
    assert case_service.get_case(vault, a.id).communications[0].in_reply_to == ""  # no dangling link
    with pytest.raises(NotFound):
        log.remove_entry(vault, a.id, "zzzz")
    with pytest.raises(ValidationError):  # a link to nothing is refused like any reference
        log.add_entry(vault, a.id, CommunicationEntry(kind="follow-up", in_reply_to="missing"))
