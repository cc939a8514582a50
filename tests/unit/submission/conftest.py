"""A complete, submittable case to start from; each test breaks one thing."""

from __future__ import annotations

import pytest

from app.domain.dates import PartialDate
from app.domain.model import (
    Arrest, Case, CategoryArgument, CommunicationEntry, ConsentRecord, Contact, Deprivation, DetentionPeriod, EvidenceItem,
    LegalAnalysis, LegalProvision, Organisation, Person, Place, Proceedings, RemedyStep, ReprisalIncident, Testimony,
    Translation,
)


def complete_case() -> Case:
    victim = Person(roles=["victim"], family_name="陈", given_name="秋实", family_name_latin="Chen",
                    given_name_latin="Qiushi", sex="male", nationalities=["CN"], profession="Citizen journalist")
    source = Person(roles=["source"], family_name="郑", given_name="安", family_name_latin="Zheng",
                    given_name_latin="An", contact=Contact(email="source@example.org"))
    psb = Organisation(name="Wuhan Municipal Public Security Bureau", name_original="武汉市公安局",
                       abbreviation="Wuhan PSB", kind="public-security", state_actor="yes")
    dep = Deprivation(
        person_id=victim.id,
        arrest=Arrest(date=PartialDate(2020, 2, 6), place=Place("CN", "Hubei", "Wuhan"), force_ids=[psb.id],
                      warrant_shown="no", legal_basis=[LegalProvision("PRC Criminal Law", "293")]),
        periods=[DetentionPeriod(kind="rsdl", start=PartialDate(2020, 2, 7), ongoing=True,
                                 holding_authority_id=psb.id, incommunicado="yes")],
        proceedings=[Proceedings(court_id=psb.id)],
        still_detained="yes",
    )
    comm = CommunicationEntry(kind="communication", date=PartialDate(2020, 3, 2), reference="UA CHN 4/2020",
                              letter_type="urgent-appeal", mandates=["wgad", "sr-expression"],
                              follow_up_text="He is still held; his family has had no news since March.")
    reply = CommunicationEntry(kind="state-reply", date=PartialDate(2020, 4, 28), in_reply_to=comm.id,
                               summary="The Government says he is in quarantine.",
                               follow_up_text="The reply does not say where he is held or under which law.")
    return Case(
        communications=[comm, reply],
        title="Chen Qiushi", reference="T-001", summary="A citizen journalist detained after reporting.",
        narrative="He was taken from his hotel in Wuhan and held incommunicado.",
        persons=[victim, source], organisations=[psb], deprivations=[dep],
        remedies=[RemedyStep(date=PartialDate(2020, 3), body="Wuhan Procuratorate", action="Complaint",
                             outcome="no-response")],
        legal_analysis=LegalAnalysis(categories=[CategoryArgument(category="II", articles=["UDHR-19", "ICCPR-19"],
                                                                  argument="Detained for reporting.")]),
        testimonies=[Testimony(interviewee_id=source.id, language="zh-Hans", original_text="他被带走了。",
                               translations=[Translation(language="en", text="He was taken away.")])],
        evidence=[EvidenceItem(file_name="notice.pdf", kind="official-document", sha256="a" * 64)],
        consents=[ConsentRecord(person_id=victim.id, given_by="family", submit_to_un=True, name_to_state=True,
                                name_in_public="full")],
        urgency="urgent", urgency_reason="Held incommunicado with a heart condition.",
        mandates=["sr-expression"],
        reprisals=[ReprisalIncident(
            person_id=victim.id, kinds=["family-harassment", "threats"], date=PartialDate(2020, 9, 14),
            place=Place("CN", "Zhejiang", "Wenzhou"), organisation_ids=[psb.id],
            perpetrators_description="Two officers of the Public Security Bureau.",
            engagement_kind="submission", engagement_date=PartialDate(2020, 8),
            engagement="Information on his detention sent to the Working Group on Arbitrary Detention.",
            description="Officers visited his parents and told them the family would suffer if it kept "
                        "contact with the United Nations.",
            steps_taken="None: the family fears further reprisals.")],
    )


@pytest.fixture
def case() -> Case:
    return complete_case()
