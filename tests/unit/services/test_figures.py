"""Figures across cases match counts made by hand, under every filter, and obey disclosure."""

from __future__ import annotations

import pytest

from app.domain.dates import PartialDate as D
from app.domain.figures import DIMENSIONS, value_label
from app.services import cases as svc
from app.services import figures, sharing
from app.services.figures import Query
from app.services.vault import Vault
from tests.unit.services import figures_fixtures as fx


@pytest.fixture
def filled(vault: Vault) -> Vault:
    svc.save_cases(vault, fx.cases())
    return vault


def _as_dicts(fig: figures.Figures) -> dict[str, dict[str, int]]:
    return {d: dict(fig.counts[d]) for d in fig.query.by}


@pytest.mark.parametrize("profile", ["full", "partner", "public"])
def test_every_dimension_matches_the_hand_count(filled: Vault, profile: str) -> None:
    fig = figures.compute(filled, Query(profile=profile))
    assert fig.total == fx.TOTAL_VICTIMS
    assert _as_dicts(fig) == fx.BY_VICTIM


def test_counting_cases_instead_of_victims(filled: Vault) -> None:
    fig = figures.compute(filled, Query(unit="cases", by=tuple(fx.BY_CASE)))
    assert fig.total == fx.TOTAL_CASES
    assert _as_dicts(fig) == fx.BY_CASE


def test_filters_by_tags_and_dates(filled: Vault) -> None:
    lawyers = figures.compute(filled, Query(tags=("lawyers",)))
    assert lawyers.total == 2 and dict(lawyers.counts["deprivation_type"]) == {"rsdl": 2, "criminal-detention": 1}
    both = figures.compute(filled, Query(tags=("lawyers", "released")))
    assert both.total == 1 and dict(both.counts["status"]) == {"released": 1}
    july = figures.compute(filled, Query(date_from=D(2015, 7), date_to=D(2015, 7)))
    assert july.total == 2 and dict(july.counts["year"]) == {"2015": 2}
    assert figures.compute(filled, Query(date_from=D(2018))).total == 2  # 2018-03 and "2019" (= 2019-01-01)
    assert figures.compute(filled, Query(date_to=D(2018))).total == 3
    assert figures.compute(filled, Query(date_from=D(2015, 7, 10), date_to=D(2015, 7, 10))).total == 1
    assert figures.compute(filled, Query(tags=("nothing",))).total == 0


def test_values_read_in_every_language() -> None:
    assert value_label("deprivation_type", "rsdl", "zh_CN") == "指定居所监视居住"
    assert value_label("status", "disappeared", "fr").startswith("Disparu")
    assert value_label("charge", "刑法|293", "zh_CN") == "刑法第293条"
    assert value_label("charge", "Criminal Law|293", "en") == "Criminal Law, art. 293"
    assert value_label("ethnicity", "unknown", "zh_TW") == "不詳"


def test_a_confidential_value_is_not_counted_under_the_public_profile(filled: Vault) -> None:
    b = svc.get_case(filled, "B")
    b.persons[0].confidential_fields = ["ethnicity"]  # V3 "Han"
    svc.save_case(filled, b)
    a = svc.get_case(filled, "A")
    a.deprivations[1].proceedings[0].confidential_fields = ["charges"]  # V2's arts. 120 and 293
    svc.save_case(filled, a)

    full = _as_dicts(figures.compute(filled, Query(profile="full")))
    assert full == fx.BY_VICTIM
    public = _as_dicts(figures.compute(filled, Query(profile="public")))
    assert public["ethnicity"] == {"Uyghur": 2, "Han": 1, "unknown": 2}
    assert public["charge"] == {"Criminal Law|105(1)": 1, "Criminal Law|105": 1, "unknown": 3}
    for dim in set(DIMENSIONS) - {"ethnicity", "charge"}:
        assert public[dim] == fx.BY_VICTIM[dim]


def test_a_confidential_victim_counts_but_shows_nothing_in_public(filled: Vault) -> None:
    c = svc.get_case(filled, "C")
    c.persons[0].confidential = True
    c.deprivations[0].confidential = True
    svc.save_case(filled, c)
    public = figures.compute(filled, Query(profile="public"))
    assert public.total == fx.TOTAL_VICTIMS  # still a victim, nothing about her
    assert public.count("status", "released") == 0 and public.count("status", "unknown") == 2
    assert public.count("sex", "female") == 1
    assert figures.compute(filled, Query(profile="full")).count("status", "released") == 1


def test_deleting_and_editing_cases_moves_the_counts(filled: Vault) -> None:
    svc.delete_case(filled, "A")
    fig = figures.compute(filled, Query())
    assert fig.total == 3 and fig.count("region", "xinjiang") == 0
    d = svc.get_case(filled, "D")
    d.persons[0].sex = "female"
    svc.save_case(filled, d)
    assert figures.compute(filled, Query()).count("sex", "female") == 2


def test_every_save_path_keeps_the_facts() -> None:
    """Only ``figures.facts.store_case`` may write a case row: any other caller of the cases
    store's ``put`` would leave the figures counting an older version of the case."""
    import re
    from pathlib import Path

    root = Path(__file__).resolve().parents[3] / "app"
    offenders = []
    for path in root.rglob("*.py"):
        src = path.read_text(encoding="utf-8")
        for alias in re.findall(r"from app\.storage import cases as (\w+)", src):
            if re.search(rf"\b{alias}\.put\(", src) and path.relative_to(root).as_posix() != "services/figures/facts.py":
                offenders.append(str(path.relative_to(root)))
    assert offenders == []


def test_a_withheld_code_counts_as_unknown_not_as_its_default(filled: Vault) -> None:
    """The disclosure engine puts a withheld code back to its field's default: a confidential
    region would read "mainland" and a confidential detention kind "criminal detention"; a
    confidential place is a place that exists (V3 is not "disappeared" because of it)."""
    a = svc.get_case(filled, "A")
    a.confidential_fields = ["region"]  # xinjiang
    a.deprivations[0].periods[0].confidential_fields = ["kind"]  # V1's internment
    svc.save_case(filled, a)
    b = svc.get_case(filled, "B")
    b.deprivations[0].periods[0].place.locality = "Beijing"
    b.deprivations[0].periods[0].confidential_fields = ["place"]  # V3: incommunicado, place known
    svc.save_case(filled, b)

    public = figures.compute(filled, Query(profile="public"))
    assert dict(public.counts["region"]) == {"mainland": 2, "hong-kong": 1, "unknown": 2}
    assert public.count("deprivation_type", "internment") == 0
    assert public.count("deprivation_type", "criminal-detention") == 2  # not 3
    assert public.count("deprivation_type", "unknown") == 2
    assert public.count("status", "disappeared") == 0 and public.count("status", "detained") == 2
    full = figures.compute(filled, Query(profile="full"))
    assert full.count("region", "xinjiang") == 2 and full.count("deprivation_type", "internment") == 1
    assert full.count("status", "disappeared") == 0  # the place is on file: not a disappearance


def test_a_victim_detained_twice_counts_every_episode(vault: Vault) -> None:
    """Released after ten days in January, taken again in October and held: the figures say detained (the
    latest episode), count both kinds of detention and both charges, and date the victim from January."""
    from app.domain.model import Case, Deprivation, DetentionPeriod, IllTreatment, LegalProvision, Person, Proceedings

    v = Person(roles=["victim"], family_name_latin="Twice", sex="female")
    first = Deprivation(person_id=v.id, periods=[DetentionPeriod(kind="administrative-detention", start=D(2019, 1, 5),
                                                                 end=D(2019, 1, 15))],
                        released_on=D(2019, 1, 15), still_detained="no",
                        proceedings=[Proceedings(charges=[LegalProvision("Criminal Law", "290")])])
    second = Deprivation(person_id=v.id, periods=[DetentionPeriod(kind="rsdl", start=D(2019, 10, 2), ongoing=True)],
                         still_detained="yes", ill_treatment=IllTreatment(torture_or_ill_treatment="yes"),
                         proceedings=[Proceedings(charges=[LegalProvision("Criminal Law", "105")])])
    svc.save_case(vault, Case(title="T", reference="T", region="mainland", persons=[v], deprivations=[first, second]))
    for profile in ("full", "public"):
        fig = figures.compute(vault, Query(profile=profile))
        assert fig.total == 1
        assert _as_dicts(fig)["status"] == {"detained": 1}, profile
        assert _as_dicts(fig)["deprivation_type"] == {"administrative-detention": 1, "rsdl": 1}, profile
        assert _as_dicts(fig)["charge"] == {"Criminal Law|290": 1, "Criminal Law|105": 1}, profile
        assert _as_dicts(fig)["ill_treatment"] == {"yes": 1}, profile
        assert _as_dicts(fig)["year"] == {"2019": 1}, profile
    assert figures.compute(vault, Query(date_from=D(2019, 10))).total == 0  # began in January
    assert figures.compute(vault, Query(date_to=D(2019, 1))).total == 1


def test_the_facts_read_only_the_parts_of_the_case_they_declare() -> None:
    """``fact_rows`` discloses only ``figures.READS`` of each case (the rest is not scrubbed, for
    speed); a victim fact that read another part would silently count a blank."""
    import dataclasses

    from app.domain import figures as domain
    from app.domain.model import Case
    from app.services.disclosure import fields as table

    read: set[str] = set()
    names = {f.name for f in dataclasses.fields(Case)}

    class Recording(Case):
        def __getattribute__(self, name: str):  # type: ignore[no-untyped-def]
            if name in names:
                read.add(name)
            return super().__getattribute__(name)

    for case in fx.cases():
        for profile in ("full", "public"):
            view = sharing.disclosed(case, profile).case
            recording = Recording(**{f.name: getattr(view, f.name) for f in dataclasses.fields(Case)})
            read.clear()
            domain.victim_facts(recording, withheld_marks=profile != "full")
            assert read - set(table.STRUCTURAL) <= domain.READS
            assert read & domain.READS  # the recording sees the reads
            # and the narrowed view counts exactly what the whole view counts
            narrow = sharing.disclosed(case, profile, parts=domain.READS).case
            assert domain.victim_facts(narrow, withheld_marks=profile != "full") == \
                domain.victim_facts(view, withheld_marks=profile != "full")
