"""Four cases written by hand, and what they count as (counted by hand, see the comments)."""

from __future__ import annotations

from app.domain.dates import PartialDate as D
from app.domain.model import (
    Arrest,
    Case,
    Deprivation,
    DetentionPeriod,
    IllTreatment,
    LegalProvision,
    Person,
    Place,
    Proceedings,
)


def victim(name: str, sex: str, ethnicity: str) -> Person:
    return Person(roles=["victim"], family_name_latin=name, sex=sex, ethnicity=ethnicity)


def cases() -> list[Case]:
    # A (xinjiang, tag uyghur): V1 interned since 2018-03, ill-treated -> detained;
    #   V2 arrested 2019, criminal detention then prison, charged arts. 120 and 293, sentenced.
    v1, v2 = victim("Tursun", "female", "Uyghur"), victim("Abdullah", "male", " Uyghur ")
    relative = Person(roles=["relative"], family_name_latin="Tursun", sex="male", ethnicity="Uyghur")
    a = Case(title="A", reference="A", region="xinjiang", tags=["uyghur"], persons=[v1, v2, relative],
             deprivations=[
                 Deprivation(person_id=v1.id, arrest=Arrest(date=D(2018, 3)), still_detained="yes",
                             periods=[DetentionPeriod(kind="internment", ongoing=True)],
                             ill_treatment=IllTreatment(torture_or_ill_treatment="yes")),
                 Deprivation(person_id=v2.id, arrest=Arrest(date=D(2019)), still_detained="yes",
                             periods=[DetentionPeriod(kind="criminal-detention", end=D(2019, 6)),
                                      DetentionPeriod(kind="prison-sentence", ongoing=True,
                                                      place=Place(locality="Urumqi"))],
                             proceedings=[Proceedings(charges=[LegalProvision("Criminal Law", "120, 293")],
                                                      sentence="15 years")])])
    # B (mainland, tag lawyers): V3 taken 2015-07-09 into RSDL, incommunicado, place unknown -> disappeared.
    v3 = victim("Wang", "male", "Han")
    b = Case(title="B", reference="B", region="mainland", tags=["lawyers"], persons=[v3],
             deprivations=[Deprivation(
                 person_id=v3.id, arrest=Arrest(date=D(2015, 7, 9)),
                 periods=[DetentionPeriod(kind="rsdl", incommunicado="yes", ongoing=True)],
                 proceedings=[Proceedings(charges=[LegalProvision("Criminal Law", "105(1)")])])])
    # C (mainland, tags lawyers + released): V4 RSDL then criminal detention from 2015-07-10,
    #   released 2016, ill-treated.
    v4 = victim("Li", "female", "Han")
    c = Case(title="C", reference="C", region="mainland", tags=["lawyers", "released"], persons=[v4],
             deprivations=[Deprivation(
                 person_id=v4.id, released_on=D(2016, 1, 12),
                 periods=[DetentionPeriod(kind="rsdl", start=D(2015, 7, 10), end=D(2016, 1, 8)),
                          DetentionPeriod(kind="criminal-detention", start=D(2016, 1, 8), end=D(2016, 1, 12))],
                 proceedings=[Proceedings(charges=[LegalProvision("Criminal Law", "105")])],
                 ill_treatment=IllTreatment(torture_or_ill_treatment="yes"))])
    # D (hong-kong, no tag): V5, nothing known.
    d = Case(title="D", reference="D", region="hong-kong", persons=[Person(roles=["victim"], family_name_latin="X")])
    return [a, b, c, d]


# every victim of the four cases, counted by hand
TOTAL_VICTIMS = 5
TOTAL_CASES = 4
BY_VICTIM = {
    "deprivation_type": {"internment": 1, "criminal-detention": 2, "prison-sentence": 1, "rsdl": 2, "unknown": 1},
    "charge": {"Criminal Law|120": 1, "Criminal Law|293": 1, "Criminal Law|105(1)": 1, "Criminal Law|105": 1,
               "unknown": 2},
    "region": {"xinjiang": 2, "mainland": 2, "hong-kong": 1},
    "year": {"2018": 1, "2019": 1, "2015": 2, "unknown": 1},
    "sex": {"female": 2, "male": 2, "unknown": 1},
    "ethnicity": {"Uyghur": 2, "Han": 2, "unknown": 1},
    "status": {"detained": 1, "sentenced": 1, "disappeared": 1, "released": 1, "unknown": 1},
    "ill_treatment": {"yes": 2, "unknown": 3},
}
BY_CASE = {
    "region": {"xinjiang": 1, "mainland": 2, "hong-kong": 1},
    "deprivation_type": {"internment": 1, "criminal-detention": 2, "prison-sentence": 1, "rsdl": 2, "unknown": 1},
    "ethnicity": {"Uyghur": 1, "Han": 2, "unknown": 1},
    "ill_treatment": {"yes": 2, "unknown": 3},
}
