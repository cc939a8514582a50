"""Partial and approximate dates.

Documenters rarely know every date exactly: "spring 2019", "around March 2019",
"5 March 2019".  A :class:`PartialDate` holds a year, optionally a month and a
day, and an ``approximate`` flag.  Its text form is ISO 8601 truncated to the
known precision, with a leading ``~`` when approximate::

    2019        2019-03        2019-03-05        ~2019-03
"""

from __future__ import annotations

import calendar
import re
from dataclasses import dataclass
from datetime import date, datetime, timezone

_PATTERN = re.compile(r"(~)?([0-9]{4})(?:-([0-9]{2})(?:-([0-9]{2}))?)?")


@dataclass(frozen=True)
class PartialDate:
    year: int
    month: int | None = None
    day: int | None = None
    approximate: bool = False

    def __post_init__(self) -> None:
        if not 1 <= self.year <= 9999:
            raise ValueError("year out of range")
        if self.month is None and self.day is not None:
            raise ValueError("day without month")
        if self.month is not None and not 1 <= self.month <= 12:
            raise ValueError("month out of range")
        if self.day is not None:
            assert self.month is not None
            last = calendar.monthrange(self.year, self.month)[1]
            if not 1 <= self.day <= last:
                raise ValueError("day out of range")

    # -- text form -------------------------------------------------------
    @classmethod
    def parse(cls, text: str) -> "PartialDate":
        m = _PATTERN.fullmatch(text)
        if not m:
            raise ValueError("expected YYYY, YYYY-MM or YYYY-MM-DD, optionally prefixed by ~")
        approx, y, mo, d = m.groups()
        return cls(int(y), int(mo) if mo else None, int(d) if d else None, bool(approx))

    def __str__(self) -> str:
        text = f"{self.year:04d}"
        if self.month is not None:
            text += f"-{self.month:02d}"
            if self.day is not None:
                text += f"-{self.day:02d}"
        return ("~" if self.approximate else "") + text

    # -- comparisons -------------------------------------------------------
    @property
    def precision(self) -> str:
        return "day" if self.day is not None else "month" if self.month is not None else "year"

    def earliest(self) -> date:
        return date(self.year, self.month or 1, self.day or 1)

    def latest(self) -> date:
        month = self.month or 12
        day = self.day or calendar.monthrange(self.year, month)[1]
        return date(self.year, month, day)

    def sort_key(self) -> tuple[date, date, bool]:
        return (self.earliest(), self.latest(), self.approximate)

    def __lt__(self, other: "PartialDate") -> bool:
        """Chronological order: by earliest day, then latest day (2019 < 2019-03 < 2019-03-05)."""
        if not isinstance(other, PartialDate):
            return NotImplemented
        return self.sort_key() < other.sort_key()

    @classmethod
    def from_date(cls, d: date) -> "PartialDate":
        return cls(d.year, d.month, d.day)


def utc_now() -> str:
    """Current time as an ISO 8601 UTC timestamp with second precision."""
    return datetime.now(timezone.utc).replace(microsecond=0).isoformat().replace("+00:00", "Z")


_TIME = re.compile(r"([01][0-9]|2[0-3]):[0-5][0-9]")


def valid_time(text: str) -> bool:
    """True for an empty string or a 24-hour ``HH:MM`` time."""
    return text == "" or bool(_TIME.fullmatch(text))
