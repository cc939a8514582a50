"""Spreadsheets: CSV round trip in Chinese, Uyghur and Tibetan; a malformed row; .xlsx; Uwazi."""

from __future__ import annotations

import csv
import io

import pytest

from app.domain.dates import PartialDate
from app.domain.model import Case, Deprivation, Person
from app.errors import InvalidSpreadsheet
from app.services import cases as case_service
from app.services import spreadsheets
from tests.unit.exchange.conftest import new_vault

NAMES = [("陈", "秋实", "Chen", "Qiushi"), ("تۇرسۇن", "ئابدۇرەھمان", "Tursun", "Abdurehman"),
         ("བཀྲ་ཤིས", "རྡོ་རྗེ", "Tashi", "Dorje")]


def _case(vault):
    persons = [Person(roles=["victim"], family_name=f, given_name=g, family_name_latin=fl, given_name_latin=gl,
                      sex="male", birth_date=PartialDate(1985, 3), nationalities=["CN"],
                      other_names=["=HYPERLINK(\"x\")"] if i == 0 else [])
               for i, (f, g, fl, gl) in enumerate(NAMES)]
    deps = [Deprivation(person_id=persons[0].id, still_detained="yes")]
    deps[0].arrest.date = PartialDate(2020, 1, 5)
    return case_service.save_case(vault, Case(title="多人案 ئۇيغۇر", reference="CSV-1", persons=persons,
                                              deprivations=deps, tags=["roster"]))


def test_csv_has_a_bom_and_neutralises_formulas(vault, tmp_path):
    _case(vault)
    out = tmp_path / "persons.csv"
    assert spreadsheets.export_csv(vault, "persons", out) == 3
    raw = out.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")
    text = raw.decode("utf-8-sig")
    assert "秋实" in text and "ئابدۇرەھمان" in text and "རྡོ་རྗེ" in text
    rows = list(csv.reader(io.StringIO(text)))
    other = rows[0].index("other_names")
    assert rows[1][other] == "'=HYPERLINK(\"x\")"


def test_round_trip_into_a_new_vault(vault, tmp_path):
    case = _case(vault)
    out = tmp_path / "persons.csv"
    spreadsheets.export_csv(vault, "persons", out)
    other = new_vault(tmp_path / "other")
    try:
        result = spreadsheets.import_persons_csv(other, out)
        assert (result.cases_created, result.persons) == (1, 3)
        [row] = case_service.list_cases(other)
        got = case_service.get_case(other, row.id)
        assert got.reference == "CSV-1" and got.title == case.title
        for a, b in zip(case.persons, got.persons):
            assert (a.id, a.family_name, a.given_name, a.family_name_latin, a.birth_date, a.nationalities,
                    a.other_names) == (b.id, b.family_name, b.given_name, b.family_name_latin, b.birth_date,
                                       b.nationalities, b.other_names)
        assert got.deprivation_of(case.persons[0].id).arrest.date == PartialDate(2020, 1, 5)
    finally:
        other.lock()


def test_malformed_rows_are_all_reported_and_nothing_is_imported(vault, tmp_path):
    src = tmp_path / "roster.csv"
    src.write_text("姓,名,性别,出生日期,case_reference\n"
                   "陈,秋实,male,1985-03,R-9\n"
                   "王,,martian,1985-13,R-9\n"
                   "only,three,cells\n", encoding="utf-8-sig")
    mapping = spreadsheets.parse_mapping(["姓=family_name", "名=given_name", "性别=sex", "出生日期=birth_date"])
    with pytest.raises(InvalidSpreadsheet) as err:
        spreadsheets.import_persons_csv(vault, src, mapping)
    assert ("row 3, column 性别", "unknown sex code 'martian'") in err.value.problems
    assert any(p[0] == "row 3, column 出生日期" for p in err.value.problems)
    assert ("row 4", "3 cells, but the header has 5") in err.value.problems
    assert case_service.list_cases(vault) == []
    src.write_text("姓,名,性别,出生日期,case_reference\n陈,秋实,male,1985-03,R-9\n王,五,female,,R-9\n",
                   encoding="utf-8-sig")
    result = spreadsheets.import_persons_csv(vault, src, mapping)
    assert (result.cases_created, result.persons) == (1, 2)


def test_xlsx_workbook_keeps_formulas_as_text(vault, tmp_path):
    from openpyxl import load_workbook

    _case(vault)
    out = tmp_path / "book.xlsx"
    spreadsheets.export_xlsx(vault, out)
    wb = load_workbook(out)
    assert wb.sheetnames == ["Cases", "Persons"]
    persons = list(wb["Persons"].iter_rows(values_only=True))
    assert persons[1][persons[0].index("given_name")] == "秋实"
    cell = wb["Persons"].cell(row=2, column=persons[0].index("other_names") + 1)
    assert cell.data_type == "s" and cell.value.startswith("=HYPERLINK")


def test_uwazi_layout_and_template(vault, tmp_path):
    _case(vault)
    out = tmp_path / "uwazi.csv"
    template = spreadsheets.export_uwazi(vault, out, profile="full")
    rows = list(csv.reader(io.StringIO(out.read_text(encoding="utf-8-sig"))))
    assert rows[0][0] == "title" and rows[1][0] == "多人案 ئۇيغۇر"
    assert rows[1][rows[0].index("date_of_arrest")] == "2020-01-05"
    assert rows[1][rows[0].index("victims")].count("|") == 2
    assert "| `date_of_arrest` | Date of arrest | date |" in template.read_text()
