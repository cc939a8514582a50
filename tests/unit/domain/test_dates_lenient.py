"""Dates as people type them: every written form of a date reads back as that date."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from app.domain.dates import DAY_FIRST, MONTH_FIRST, PartialDate, date_order, parse_lenient

EN = ["January", "February", "March", "April", "May", "June", "July", "August", "September",
      "October", "November", "December"]
FR = ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre",
      "octobre", "novembre", "décembre"]
ES = ["enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto", "septiembre",
      "octubre", "noviembre", "diciembre"]


@st.composite
def partial_dates(draw: st.DrawFn) -> PartialDate:
    year = draw(st.integers(1000, 9999))
    month = draw(st.one_of(st.none(), st.integers(1, 12)))
    day = None
    if month is not None and draw(st.booleans()):
        day = draw(st.integers(1, PartialDate(year, month).latest().day))
    return PartialDate(year, month, day, draw(st.booleans()))


def chinese(d: PartialDate) -> str:
    text = f"{d.year}年" + (f"{d.month}月" if d.month else "") + (f"{d.day}日" if d.day else "")
    return ("约" if d.approximate else "") + text


def dotted(d: PartialDate) -> str:
    if d.month is None:
        return ("~" if d.approximate else "") + str(d.year)
    text = ".".join(str(n) for n in (d.year, d.month, d.day) if n is not None)
    return ("~" if d.approximate else "") + text


def numeric(d: PartialDate, order: str) -> str:
    if d.month is None:
        text = str(d.year)
    elif d.day is None:
        text = f"{d.month:02d}/{d.year}"
    else:
        a, b = (d.day, d.month) if order == DAY_FIRST else (d.month, d.day)
        text = f"{a:02d}/{b:02d}/{d.year}"
    return ("~" if d.approximate else "") + text


def worded(d: PartialDate, months: list[str], style: str) -> str:
    if d.month is None:
        text = str(d.year)
    elif style == "es":
        text = (f"{d.day} de " if d.day else "") + f"{months[d.month - 1]} de {d.year}"
    elif style == "en" and d.day:
        text = f"{months[d.month - 1]} {d.day}, {d.year}"
    else:
        text = (f"{d.day} " if d.day else "") + f"{months[d.month - 1]} {d.year}"
    return ("around " if d.approximate else "") + text


@given(partial_dates())
def test_iso_round_trip(d: PartialDate) -> None:
    assert parse_lenient(str(d)) == d


@given(partial_dates())
def test_chinese_round_trip(d: PartialDate) -> None:
    assert parse_lenient(chinese(d)) == d


@given(partial_dates())
def test_dotted_round_trip(d: PartialDate) -> None:
    assert parse_lenient(dotted(d)) == d


@given(partial_dates(), st.sampled_from([DAY_FIRST, MONTH_FIRST]))
def test_numeric_round_trip_in_the_locale_order(d: PartialDate, order: str) -> None:
    assert parse_lenient(numeric(d, order), order) == d


@given(partial_dates(), st.sampled_from([(EN, "en"), (FR, "fr"), (ES, "es")]))
def test_month_names_round_trip(d: PartialDate, months: tuple[list[str], str]) -> None:
    assert parse_lenient(worded(d, *months)) == d


@pytest.mark.parametrize("text, order, expected", [
    ("2023年7月9日", DAY_FIRST, PartialDate(2023, 7, 9)),
    ("2023.7.9", DAY_FIRST, PartialDate(2023, 7, 9)),
    ("16/03/2021", DAY_FIRST, PartialDate(2021, 3, 16)),
    ("03/04/2021", DAY_FIRST, PartialDate(2021, 4, 3)),
    ("03/04/2021", MONTH_FIRST, PartialDate(2021, 3, 4)),
    ("16/03/2021", MONTH_FIRST, PartialDate(2021, 3, 16)),  # only one reading is a date
    ("March 2021", DAY_FIRST, PartialDate(2021, 3)),
    ("约2019年", DAY_FIRST, PartialDate(2019, approximate=True)),
    ("2019年左右", DAY_FIRST, PartialDate(2019, approximate=True)),
    ("２０２３年７月", DAY_FIRST, PartialDate(2023, 7)),
    ("vers mars 2020", DAY_FIRST, PartialDate(2020, 3, approximate=True)),
])
def test_forms_people_type(text: str, order: str, expected: PartialDate) -> None:
    assert parse_lenient(text, order) == expected


@pytest.mark.parametrize("text", ["", "25:99", "yesterday", "2019-13", "31/02/2021", "March", "19年",
                                  "March April 2020", "1/2/3/2020"])
def test_not_dates(text: str) -> None:
    with pytest.raises(ValueError):
        parse_lenient(text)


def test_locale_order() -> None:
    assert date_order("M/d/yy") == MONTH_FIRST
    assert date_order("dd/MM/yyyy") == DAY_FIRST
    assert date_order("yyyy/M/d") == MONTH_FIRST  # month before day, as the locale writes it
