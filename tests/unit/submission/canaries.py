"""A case with a unique canary string in every place that must never reach the State."""

from __future__ import annotations

from app.domain.dates import PartialDate
from app.domain.model import Case, ConsentRecord, EvidenceItem, Person, Place, ReprisalIncident, Testimony, Translation
from tests.unit.submission.conftest import complete_case

CANARIES = {
    "source-name": "CANARYSOURCENAME",
    "source-email": "canary-source@example.org",
    "witness-name": "Canarywitnessname",
    "witness-cjk": "鸟金丝雀",
    "residence": "CANARY-RESIDENCE-12 Hidden Lane",
    "forces": "CANARY-FORCES plain-clothes unit",
    "testimony": "CANARY-TESTIMONY the cell had no window",
    "testimony-cjk": "金丝雀证词",
    "evidence": "CANARY-EVIDENCE-DESCRIPTION",
    "evidence-file": "canary-evidence-file.jpg",
    "period": "CANARY-PERIOD secret facility",
    "victim-given": "Canaryvictimgiven",
    # the reprisals log (reported on the reprisals form only)
    "reprisal-place": "CANARY-REPRISAL-PLACE safe house",
    "reprisal-officer": "CANARY-REPRISAL-OFFICER deputy chief",
    "reprisal-meeting": "CANARY-REPRISAL-MEETING side event in Geneva",
    "reprisal-secret": "CANARY-REPRISAL-SECRET second warning",
}
REPRISAL_KEYS = {k for k in CANARIES if k.startswith("reprisal-")}


def expected_in_annex(form: str) -> set[str]:
    """The canaries a form's confidential annex must carry: the reprisals form carries the log's, the name of
    the person it concerns (the witness) and the source; the other forms everything else."""
    if form == "reprisals":
        return REPRISAL_KEYS | {"witness-name", "witness-cjk", "source-name", "source-email"}
    return set(CANARIES) - REPRISAL_KEYS - {"victim-given"}


def canary_case() -> Case:
    c = complete_case()
    victim, source = c.persons[0], c.persons[1]
    # the victim agreed to initials only: the name is not for the State
    victim.given_name_latin = CANARIES["victim-given"]
    c.consents[0].name_to_state = False
    c.consents[0].name_in_public = "initials"
    victim.residence.detail = CANARIES["residence"]
    victim.confidential_fields = ["residence"]
    source.family_name_latin = CANARIES["source-name"]
    source.contact.email = CANARIES["source-email"]
    witness = Person(roles=["witness"], family_name="金", given_name="丝雀鸟", family_name_latin="Jin",
                     given_name_latin=CANARIES["witness-name"], other_names=[CANARIES["witness-cjk"]])
    c.persons.append(witness)
    c.consents.append(ConsentRecord(person_id=witness.id, submit_to_un=True, name_to_state=False, name_in_public="none"))
    # free text mentioning withheld people by name
    c.narrative += f" {CANARIES['witness-name']} Jin saw it. {CANARIES['victim-given']} was calm. {CANARIES['witness-cjk']}"
    dep = c.deprivations[0]
    dep.arrest.forces_description = CANARIES["forces"]
    dep.arrest.confidential_fields = ["forces_description"]
    dep.periods[0].place.detail = CANARIES["period"]
    dep.periods[0].confidential = True
    c.testimonies.append(Testimony(interviewee_id=witness.id, language="zh-Hans", confidential=True,
                                   original_text=CANARIES["testimony-cjk"],
                                   translations=[Translation(language="en", text=CANARIES["testimony"])]))
    c.evidence.append(EvidenceItem(file_name=CANARIES["evidence-file"], description=CANARIES["evidence"],
                                   confidential=True, sha256="b" * 64))
    # the witness was threatened after meeting a Special Rapporteur; a second warning is kept confidential
    c.reprisals = [
        ReprisalIncident(person_id=witness.id, kinds=["threats"], date=PartialDate(2021, 3),
                         place=Place("CN", "Hubei", "Wuhan", CANARIES["reprisal-place"]),
                         perpetrators_description=CANARIES["reprisal-officer"], engagement_kind="meeting",
                         engagement=CANARIES["reprisal-meeting"], confidential_fields=["place", "perpetrators_description",
                                                                                       "engagement"],
                         description=f"{CANARIES['witness-name']} Jin was told to stop talking to the UN. "
                                     f"{CANARIES['witness-cjk']}"),
        ReprisalIncident(person_id=witness.id, kinds=["surveillance"], engagement_kind="meeting", confidential=True,
                         description=CANARIES["reprisal-secret"])]
    return c
