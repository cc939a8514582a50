"""validate_case: every rule, each triggered by a case built to break it."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from hypothesis import given, settings

from app.domain.dates import PartialDate
from app.domain.model import (
    Arrest, Case, CategoryArgument, ConsentRecord, Deprivation, DetentionPeriod, EvidenceItem,
    IllTreatment, LegalAnalysis, Organisation, Person, Place, Testimony,
)
from app.domain.validation import validate_case
from tests.strategies import cases


def _valid_case() -> Case:
    """A small case touching every kind of reference; valid as built."""
    return Case(
        id="c1",
        state="CN",
        tags=["RSDL"],
        persons=[
            Person(id="p1", roles=["victim"], sex="female", age_at_detention=34, nationalities=["CN"],
                   residence=Place(country="CN"), organisation_id="o1"),
            Person(id="p2", roles=["perpetrator"]),
        ],
        organisations=[Organisation(id="o1", kind="public-security", state_actor="yes")],
        deprivations=[Deprivation(
            id="d1", person_id="p1",
            arrest=Arrest(id="a1", date=PartialDate(2023, 3, 14), time="06:30", force_ids=["o1"]),
            periods=[DetentionPeriod(id="dp1", kind="rsdl", start=PartialDate(2023, 3),
                                     end=PartialDate(2023, 9)),
                     DetentionPeriod(id="dp2", start=PartialDate(2023, 9), ongoing=True)],
            ill_treatment=IllTreatment(id="it1", perpetrator_ids=["p2"]),
        )],
        legal_analysis=LegalAnalysis(categories=[CategoryArgument(id="cat1", category="II",
                                                                  articles=["UDHR-19"])]),
        testimonies=[Testimony(id="t1", interviewee_id="p1", consent_id="cs1")],
        evidence=[EvidenceItem(id="e1", sha256="ab" * 32, size=10)],
        consents=[ConsentRecord(id="cs1", person_id="p1", evidence_id="e1")],
    )


def test_the_base_case_is_valid() -> None:
    assert validate_case(_valid_case()) == []


@settings(max_examples=60, deadline=None)
@given(cases())
def test_generated_cases_are_valid(case: Case) -> None:
    assert validate_case(case) == []


def _set(**changes: object) -> Callable[[Case], None]:
    """A mutation setting attributes along ``__``-separated paths, e.g. ``persons__0__sex="x"``."""
    def apply(case: Case) -> None:
        for dotted, value in changes.items():
            *parents, last = dotted.split("__")
            target: object = case
            for part in parents:
                target = target[int(part)] if part.isdigit() else getattr(target, part)  # type: ignore[index]
            setattr(target, last, value)
    return apply


RULES: list[tuple[str, Callable[[Case], None], str, str]] = [
    # (rule, mutation, expected path, words of the reason)
    ("unknown vocabulary code", _set(persons__0__sex="f"), "$.persons[0].sex", "unknown sex code"),
    ("unknown code in a list", _set(persons__0__roles=["victim", "hostage"]), "$.persons[0].roles[1]",
     "unknown person_role code"),
    ("unknown nested code", _set(deprivations__0__periods__0__kind="jail"),
     "$.deprivations[0].periods[0].kind", "unknown deprivation_type code"),
    ("empty code in a list", _set(legal_analysis__categories__0__articles=[""]),
     "$.legal_analysis.categories[0].articles[0]", "unknown article code"),
    ("dangling reference", _set(persons__0__organisation_id="o404"), "$.persons[0].organisation_id",
     "refers to a organisation that is not in this case"),
    ("dangling reference in a list", _set(deprivations__0__arrest__force_ids=["o1", "o404"]),
     "$.deprivations[0].arrest.force_ids[1]", "not in this case"),
    ("reference of the wrong kind", _set(testimonies__0__consent_id="p1"), "$.testimonies[0].consent_id",
     "refers to a consent"),
    ("dangling deprivation person", _set(deprivations__0__person_id="p404"), "$.deprivations[0].person_id",
     "not in this case"),
    ("deprivation without a person", _set(deprivations__0__person_id=""), "$.deprivations[0].person_id",
     "must name the person"),
    ("duplicate id", _set(deprivations__0__arrest__id="p2"), "$.deprivations[0].arrest.id",
     "duplicate id (also at $.persons[1])"),
    ("duplicate nested id", _set(deprivations__0__periods__1__id="dp1"), "$.deprivations[0].periods[1].id",
     "duplicate id"),
    ("case id reused", _set(evidence__0__id="c1", consents__0__evidence_id="c1"), "$.evidence[0].id",
     "duplicate id (also at $)"),
    ("empty id", _set(deprivations__0__arrest__id=""), "$.deprivations[0].arrest.id", "non-empty"),
    ("overlong id", _set(testimonies__0__id="x" * 65), "$.testimonies[0].id", "at most 64"),
    ("unknown confidential field", _set(persons__0__confidential_fields=["address"]),
     "$.persons[0].confidential_fields", "names a field that does not exist"),
    ("marker named as confidential", _set(persons__0__confidential_fields=["id"]),
     "$.persons[0].confidential_fields", "names a field that does not exist"),
    ("field of another entity", _set(deprivations__0__arrest__confidential_fields=["family_name"]),
     "$.deprivations[0].arrest.confidential_fields", "names a field that does not exist"),
    ("period ends before it starts", _set(deprivations__0__periods__0__end=PartialDate(2023, 2, 28)),
     "$.deprivations[0].periods[0].end", "ends before it starts"),
    ("ongoing period with an end", _set(deprivations__0__periods__1__end=PartialDate(2024)),
     "$.deprivations[0].periods[1].ongoing", "an ongoing period has no end date"),
    ("bad sha256", _set(evidence__0__sha256="AB" * 32), "$.evidence[0].sha256", "64 lowercase hex digits"),
    ("short sha256", _set(evidence__0__sha256="ab" * 31), "$.evidence[0].sha256", "64 lowercase hex digits"),
    ("bad State", _set(state="China"), "$.state", "ISO 3166-1 alpha-2"),
    ("bad place country", _set(persons__0__residence=Place(country="cn")), "$.persons[0].residence.country",
     "ISO 3166-1 alpha-2"),
    ("bad nationality", _set(persons__0__nationalities=["CN", "CHN"]), "$.persons[0].nationalities[1]",
     "ISO 3166-1 alpha-2"),
    ("bad time", _set(deprivations__0__arrest__time="6:30"), "$.deprivations[0].arrest.time",
     "24-hour time HH:MM"),
    ("hour out of range", _set(deprivations__0__arrest__time="24:00"), "$.deprivations[0].arrest.time",
     "24-hour time HH:MM"),
    ("age below range", _set(persons__0__age_at_detention=-1), "$.persons[0].age_at_detention",
     "between 0 and 130"),
    ("age above range", _set(persons__0__age_at_detention=131), "$.persons[0].age_at_detention",
     "between 0 and 130"),
    ("negative size", _set(evidence__0__size=-1), "$.evidence[0].size", "must not be negative"),
    ("blank tag", _set(tags=["RSDL", " "]), "$.tags[1]", "must not be empty"),
]


@pytest.mark.parametrize(("mutate", "path", "reason"), [r[1:] for r in RULES], ids=[r[0] for r in RULES])
def test_each_rule(mutate: Callable[[Case], None], path: str, reason: str) -> None:
    case = _valid_case()
    mutate(case)
    problems = validate_case(case)
    assert len(problems) == 1, problems
    assert problems[0][0] == path
    assert reason in problems[0][1]


@pytest.mark.parametrize("age", [0, 130])
def test_age_bounds_are_inclusive(age: int) -> None:
    case = _valid_case()
    case.persons[0].age_at_detention = age
    assert validate_case(case) == []


def test_partial_dates_compare_by_their_ranges() -> None:
    case = _valid_case()
    period = case.deprivations[0].periods[0]
    period.start, period.end = PartialDate(2023, 3, 14), PartialDate(2023, 3)  # same month: may be later
    assert validate_case(case) == []


def test_empty_optional_values_are_fine() -> None:
    case = _valid_case()
    case.evidence[0].sha256 = ""
    case.deprivations[0].arrest.time = ""
    case.persons[0].organisation_id = ""
    case.persons[0].residence = Place()
    assert validate_case(case) == []


def test_paths_are_prefixed() -> None:
    case = _valid_case()
    case.persons[0].sex = "f"
    assert validate_case(case, "$.cases[2]") == [("$.cases[2].persons[0].sex", "unknown sex code")]


def test_all_problems_are_reported() -> None:
    case = _valid_case()
    case.persons[0].sex = "f"
    case.evidence[0].size = -5
    case.tags = [""]
    case.deprivations[0].arrest.time = "noon"
    assert {p for p, _ in validate_case(case)} == {
        "$.persons[0].sex", "$.evidence[0].size", "$.tags[0]", "$.deprivations[0].arrest.time",
    }


def test_empty_code_is_refused_where_a_code_is_expected() -> None:
    case = _valid_case()
    case.persons[0].sex = ""
    assert validate_case(case) != []
