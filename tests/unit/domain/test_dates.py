"""PartialDate: text form, validity, ranges; and the HH:MM time check."""

from __future__ import annotations

from datetime import date

import pytest
from hypothesis import given, settings

from app.domain.dates import PartialDate, utc_now, valid_time
from tests.strategies import partial_dates


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("2019", PartialDate(2019)),
        ("2019-03", PartialDate(2019, 3)),
        ("2019-03-05", PartialDate(2019, 3, 5)),
        ("~2019", PartialDate(2019, approximate=True)),
        ("~2019-03", PartialDate(2019, 3, approximate=True)),
        ("~2019-03-05", PartialDate(2019, 3, 5, approximate=True)),
        ("0001", PartialDate(1)),
        ("9999-12-31", PartialDate(9999, 12, 31)),
        ("2020-02-29", PartialDate(2020, 2, 29)),
    ],
)
def test_parse_and_str_round_trip(text: str, expected: PartialDate) -> None:
    assert PartialDate.parse(text) == expected
    assert str(expected) == text


@settings(max_examples=200, deadline=None)
@given(partial_dates())
def test_every_partial_date_survives_its_text_form(d: PartialDate) -> None:
    assert PartialDate.parse(str(d)) == d


@pytest.mark.parametrize(
    "text",
    [
        "2019-13",  # no such month
        "2019-00",
        "2019-02-30",  # no such day
        "2019-02-29",  # not a leap year
        "2019-04-31",
        "19",  # year needs four digits
        "2019-3",  # month needs two digits
        "2019-03-5",
        "0000",  # year out of range
        "",
        "~",
        "~~2019",
        "2019/03",
        "2019-03-05T10:00",
        "March 2019",
    ],
)
def test_invalid_text_is_refused(text: str) -> None:
    with pytest.raises(ValueError):
        PartialDate.parse(text)


@pytest.mark.parametrize("args", [(2019, None, 5), (2019, 13), (2019, 2, 29), (0,), (10000,)])
def test_invalid_parts_are_refused(args: tuple[int | None, ...]) -> None:
    with pytest.raises(ValueError):
        PartialDate(*args)  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("text", "earliest", "latest", "precision"),
    [
        ("2019", date(2019, 1, 1), date(2019, 12, 31), "year"),
        ("2019-02", date(2019, 2, 1), date(2019, 2, 28), "month"),
        ("2020-02", date(2020, 2, 1), date(2020, 2, 29), "month"),
        ("2019-04", date(2019, 4, 1), date(2019, 4, 30), "month"),
        ("2019-03-05", date(2019, 3, 5), date(2019, 3, 5), "day"),
        ("~2019-12", date(2019, 12, 1), date(2019, 12, 31), "month"),
    ],
)
def test_earliest_latest_and_precision(text: str, earliest: date, latest: date, precision: str) -> None:
    d = PartialDate.parse(text)
    assert (d.earliest(), d.latest(), d.precision) == (earliest, latest, precision)


@settings(max_examples=100, deadline=None)
@given(partial_dates())
def test_a_partial_date_covers_a_non_empty_range(d: PartialDate) -> None:
    assert d.earliest() <= d.latest()
    assert d.earliest().year == d.latest().year == d.year


def test_from_date_is_exact() -> None:
    assert PartialDate.from_date(date(2024, 5, 1)) == PartialDate(2024, 5, 1, approximate=False)


def test_utc_now_is_iso_utc_to_the_second() -> None:
    now = utc_now()
    assert len(now) == 20 and now.endswith("Z") and now[10] == "T"


@pytest.mark.parametrize("text", ["", "00:00", "09:05", "23:59"])
def test_valid_times(text: str) -> None:
    assert valid_time(text)


@pytest.mark.parametrize("text", ["24:00", "12:60", "7:30", "0730", "12:30:00", " 12:30"])
def test_invalid_times(text: str) -> None:
    assert not valid_time(text)


# --- strictness and ordering -------------------------------------------------------
def test_dates_of_different_precision_can_be_sorted() -> None:
    dates = [PartialDate(2019, 3, 5), PartialDate(2019, 3), PartialDate(2018), PartialDate(2019)]
    assert sorted(dates) == [PartialDate(2018), PartialDate(2019), PartialDate(2019, 3), PartialDate(2019, 3, 5)]


def test_a_time_with_a_trailing_newline_is_refused() -> None:
    assert not valid_time("12:30\n")


def test_only_ascii_digits_make_a_date() -> None:
    with pytest.raises(ValueError):
        PartialDate.parse("٢٠١٩")  # Arabic-Indic digits
