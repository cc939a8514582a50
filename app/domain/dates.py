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


# -- lenient reading of dates as people type them -------------------------------------------------
# ISO forms are always understood; besides them: 2023年7月9日, 约2019年, 2023.7.9, 2023/7/9,
# 16/03/2021 and 03/2021 (day/month order from the locale), "March 2021", "9 mars 2021",
# "9 de marzo de 2021", "around 2019".  A preview shows the user how the text was understood.

DAY_FIRST, MONTH_FIRST = "DMY", "MDY"

_MONTHS: dict[str, int] = {}
for _n, _names in enumerate(
    [
        "january jan janvier janv enero ene",
        "february feb février fevrier févr fevr febrero",
        "march mar mars marzo",
        "april apr avril avr abril abr",
        "may mai mayo",
        "june jun juin junio",
        "july jul juillet juil julio",
        "august aug août aout agosto ago",
        "september sep sept septembre septiembre setiembre",
        "october oct octobre octubre",
        "november nov novembre noviembre",
        "december dec décembre decembre déc diciembre dic",
    ],
    start=1,
):
    for _name in _names.split():
        _MONTHS[_name] = _n

# words meaning "approximately" (zh, en, fr, es)
_APPROX = re.compile(
    r"^(?:~|约|大约|大概|左右|約|大約|around|about|approx\.?|approximately|circa|ca\.?|c\.|vers|environ|"
    r"hacia|aprox\.?|aproximadamente|alrededor de)\s*",
    re.IGNORECASE,
)
_APPROX_TAIL = re.compile(r"\s*(?:左右|前后|前後|\?|？)$")
_CJK = re.compile(r"(\d{1,4})\s*年(?:\s*(\d{1,2})\s*月(?:\s*(\d{1,2})\s*[日号號]?)?)?")
_YEAR_FIRST = re.compile(r"(\d{4})[./\-\s](\d{1,2})(?:[./\-\s](\d{1,2}))?")
_NUMERIC = re.compile(r"(\d{1,2})[./\-](\d{1,2})[./\-](\d{4})")
_MONTH_YEAR = re.compile(r"(\d{1,2})[./\-](\d{4})")
_WORD = re.compile(r"[^\W\d_]+\.?", re.UNICODE)


def parse_lenient(text: str, order: str = DAY_FIRST) -> PartialDate:
    """A :class:`PartialDate` from *text* as people write dates; ``ValueError`` when not a date.

    *order* is the locale's order of day and month in numeric dates (``"DMY"`` or ``"MDY"``);
    when the numbers leave no choice (16/03/2021 in a month-first locale) the possible reading wins.
    """
    import unicodedata

    s = unicodedata.normalize("NFKC", text).strip()
    approx = False
    m = _APPROX.match(s)
    if m and m.end():
        approx, s = True, s[m.end():].strip()
    m = _APPROX_TAIL.search(s)
    if m:
        approx, s = True, s[: m.start()].strip()
    if not s:
        raise ValueError("empty date")
    d = _read(s, order)
    return PartialDate(d.year, d.month, d.day, approx or d.approximate)


def _read(s: str, order: str) -> PartialDate:
    if _PATTERN.fullmatch(s):
        return PartialDate.parse(s)
    m = _CJK.fullmatch(s)
    if m:
        return _make(m.group(1), m.group(2), m.group(3))
    m = _YEAR_FIRST.fullmatch(s)
    if m:
        return _make(m.group(1), m.group(2), m.group(3))
    m = _NUMERIC.fullmatch(s)
    if m:
        a, b, y = int(m.group(1)), int(m.group(2)), int(m.group(3))
        day, month = (a, b) if order != MONTH_FIRST else (b, a)
        if month > 12 >= day:  # only the other reading is a date
            day, month = month, day
        return PartialDate(y, month, day)
    m = _MONTH_YEAR.fullmatch(s)
    if m:
        return _make(m.group(2), m.group(1), None)
    return _read_words(s)


def _make(y: str, mo: str | None, d: str | None) -> PartialDate:
    year = int(y)
    if year < 1000:
        raise ValueError("write the year with four digits")
    return PartialDate(year, int(mo) if mo else None, int(d) if d else None)


def _read_words(s: str) -> PartialDate:
    """ "March 2021", "9 March 2021", "March 9, 2021", "9 mars 2021", "9 de marzo de 2021"."""
    words = [w.lower().rstrip(".") for w in _WORD.findall(s)]
    words = [w for w in words if w not in ("de", "del", "the", "of", "le", "er", "st", "nd", "rd", "th")]
    months = [_MONTHS[w] for w in words if w in _MONTHS]
    if len(months) != 1 or len(words) != 1:
        raise ValueError("not a date")
    numbers = [int(n) for n in re.findall(r"\d+", s)]
    years = [n for n in numbers if n >= 1000]
    days = [n for n in numbers if n < 1000]
    if len(years) != 1 or len(days) > 1:
        raise ValueError("not a date")
    return PartialDate(years[0], months[0], days[0] if days else None)


def date_order(short_format: str) -> str:
    """``"DMY"`` or ``"MDY"`` from a locale's short date format (``"M/d/yy"``, ``"dd/MM/yyyy"``)."""
    d, m = short_format.find("d"), short_format.find("M")
    return MONTH_FIRST if 0 <= m < d else DAY_FIRST
