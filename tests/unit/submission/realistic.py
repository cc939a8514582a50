"""Five realistic, FICTIONAL multi-victim cases (invented people; real kinds of facts), for rendering and reading.

* two lawyers held in residential surveillance at a designated location (RSDL);
* a citizen journalist sentenced after a hunger strike (no arrest recorded: taken from hospital);
* three NGO staff held incommunicado, one with no consent on record;
* a Tibetan defender with a single name, detained twice;
* a Uyghur detainee with a testimony in Uyghur script from his sister (the source).
"""

from __future__ import annotations

from app.domain.dates import PartialDate as D
from app.domain.model import (
    Arrest, Case, CategoryArgument, ConsentRecord, Contact, Deprivation, DetentionPeriod, EvidenceItem, Hearing,
    IllTreatment, LegalAnalysis, LegalProvision, Organisation, Person, Place, Proceedings, RemedyStep, Testimony,
    Translation,
)


def _org(name: str, original: str = "", abbreviation: str = "", kind: str = "public-security") -> Organisation:
    return Organisation(name=name, name_original=original, abbreviation=abbreviation, kind=kind, state_actor="yes")


def lawyers_rsdl() -> Case:
    psb = _org("Tianjin Municipal Public Security Bureau", "天津市公安局", "Tianjin PSB")
    court = _org("Tianjin No. 2 Intermediate People's Court", "天津市第二中级人民法院", kind="court")
    a = Person(roles=["victim"], family_name="宋", given_name="雅琴", family_name_latin="Song", given_name_latin="Yaqin",
               sex="female", birth_date=D(1979, 4, 2), place_of_birth="Harbin, Heilongjiang", nationalities=["CN"],
               ethnicity="Han", profession="Lawyer", activities="Represented Falun Gong practitioners and petitioners.",
               groups=["lawyer", "hrd"], residence=Place("CN", "Beijing", "Haidian District", "Block 7, Lane 3"))
    b = Person(roles=["victim"], family_name="韩", given_name="立东", family_name_latin="Han", given_name_latin="Lidong",
               sex="male", birth_date=D(1983), nationalities=["CN"], profession="Lawyer", groups=["lawyer"])
    husband = Person(roles=["source", "relative"], family_name="秦", given_name="卫", family_name_latin="Qin",
                     given_name_latin="Wei", relationship_to_victim="husband",
                     contact=Contact(email="qin.wei@example.org"))
    case = Case(
        title="Song Yaqin and Han Lidong (fictional)", reference="EX-RSDL", urgency="urgent",
        urgency_reason="Both lawyers have been held incommunicado in RSDL for more than five months; Song Yaqin "
                       "has untreated hypertension.",
        summary="FICTIONAL EXAMPLE. Two human-rights lawyers were taken on the same night in July 2023 and placed "
                "in residential surveillance at a designated location (RSDL).",
        narrative="On 22 July 2023 officers of the Tianjin PSB took Song Yaqin from her office in Beijing and Han "
                  "Lidong from his home. According to her husband, Qin Wei, the officers showed no warrant.\n\n"
                  "For five months neither family was told where they were held. Lawyers appointed by the "
                  "families were refused every meeting.",
        persons=[a, b, husband], organisations=[psb, court],
        mandates=["sr-hrd", "sr-judges-lawyers", "wgad"],
        deprivations=[
            Deprivation(person_id=a.id, arrest=Arrest(
                date=D(2023, 7, 22), time="21:30", place=Place("CN", "Beijing", "Chaoyang District", "her law office"),
                force_ids=[psb.id], forces_description="About ten officers in plain clothes.", warrant_shown="no",
                reasons_given="'Inciting subversion of state power'.",
                legal_basis=[LegalProvision("Criminal Law of the People's Republic of China", "105(2)")],
                circumstances="She was led out of her office in front of two clients."),
                periods=[DetentionPeriod(kind="rsdl", place=Place("CN", "Tianjin", "", "undisclosed location"),
                                         start=D(2023, 7, 23), end=D(2024, 1, 19), holding_authority_id=psb.id,
                                         ordering_authority_id=psb.id, incommunicado="yes", lawyer_of_choice="no",
                                         family_notified="no",
                                         conditions="Lights on day and night; not allowed to lie down in daytime."),
                         DetentionPeriod(kind="criminal-detention", place=Place("CN", "Tianjin", "Hexi District"),
                                         start=D(2024, 1, 19), ongoing=True, holding_authority_id=psb.id)],
                proceedings=[Proceedings(court_id=court.id, informed_of_charges="yes",
                                         informed_of_charges_on=D(2024, 1, 19), lawyer_access="no",
                                         lawyer_access_details="The family's lawyer was refused eleven times.",
                                         coerced_confession="unknown", televised_confession="no",
                                         hearings=[Hearing(date=D(2024, 9, 3), kind="trial", public="no",
                                                           lawyer_present="no", family_admitted="no")])],
                ill_treatment=IllTreatment(torture_or_ill_treatment="yes", description="Sleep deprivation.",
                                           health_condition="Hypertension; medication withheld.",
                                           medical_care_denied="yes", risk_to_life="yes"),
                still_detained="yes"),
            Deprivation(person_id=b.id, arrest=Arrest(
                date=D(2023, 7, 22), place=Place("CN", "Beijing", "Fengtai District", "his home"), force_ids=[psb.id],
                warrant_shown="no", circumstances="Police seized him from his home on the same night."),
                periods=[DetentionPeriod(kind="rsdl", place=Place("CN", "Tianjin"), start=D(2023, 7, 23),
                                         end=D(2023, 12, 30), incommunicado="yes", holding_authority_id=psb.id)],
                still_detained="no", released_on=D(2023, 12, 30)),
        ],
        remedies=[RemedyStep(date=D(2023, 8, 1), body_id=psb.id, action="Request to meet the client.",
                             outcome="rejected", outcome_details="'The case involves state security'.")],
        legal_analysis=LegalAnalysis(categories=[
            CategoryArgument(category="II", articles=["UDHR-19", "ICCPR-19"],
                             argument="Detained for their work as lawyers."),
            CategoryArgument(category="III", articles=["UDHR-10"], argument="Incommunicado without counsel.")]),
        testimonies=[Testimony(interviewee_id=husband.id, date=D(2023, 8, 5), language="en",
                               translations=[Translation(language="en",
                                                         text="They took my wife without showing any paper.")])],
        consents=[ConsentRecord(person_id=a.id, given_by="family", given_by_name="Qin Wei (husband)",
                                date=D(2023, 8, 5), submit_to_un=True, name_to_state=True, name_in_public="full"),
                  ConsentRecord(person_id=b.id, date=D(2024, 1, 10), submit_to_un=True, name_to_state=True,
                                name_in_public="initials")],
    )
    return case


def journalist_hunger_strike() -> Case:
    court = _org("Shanghai Pudong New Area People's Court", "上海市浦东新区人民法院", kind="court")
    prison = _org("Shanghai Women's Prison", "上海市女子监狱", kind="detention-facility")
    j = Person(roles=["victim"], family_name="周", given_name="晓岚", family_name_latin="Zhou", given_name_latin="Xiaolan",
               sex="female", birth_date=D(1986, 9), nationalities=["CN"], profession="Citizen journalist",
               groups=["citizen-journalist"])
    brother = Person(roles=["source"], family_name="周", given_name="晓海", family_name_latin="Zhou",
                     given_name_latin="Xiaohai", relationship_to_victim="brother",
                     contact=Contact(phone="+00 000 0000"))
    return Case(
        title="Zhou Xiaolan (fictional)", reference="EX-HUNGER", urgency="life-threatening",
        urgency_reason="On hunger strike since March 2024; weighs under 40 kg.",
        summary="FICTIONAL EXAMPLE. A citizen journalist who filmed the Wuhan lockdown was sentenced to four years "
                "for 'picking quarrels and provoking trouble' while on hunger strike.",
        narrative="Zhou Xiaolan was taken from a hospital where she was being force-fed; the date is not known. "
                  "Her brother, Zhou Xiaohai, learned of the trial only afterwards.",
        persons=[j, brother], organisations=[court, prison], mandates=["sr-expression", "sr-health"],
        deprivations=[Deprivation(
            person_id=j.id,
            periods=[DetentionPeriod(kind="prison-sentence", facility_id=prison.id, start=D(2024, 12, 28),
                                     ongoing=True, conditions="Force-fed through a nasal tube.")],
            proceedings=[Proceedings(court_id=court.id, charges=[LegalProvision("Criminal Law", "293")],
                                     verdict="Guilty", verdict_date=D(2024, 12, 28), sentence="4 years' imprisonment",
                                     appeal="Appeal lodged 5 January 2025.", appeal_outcome="Rejected.")],
            ill_treatment=IllTreatment(torture_or_ill_treatment="yes", description="Force-feeding with restraints.",
                                       health_condition="Severe malnutrition.", risk_to_life="yes"),
            still_detained="yes")],
        legal_analysis=LegalAnalysis(rights_invoked=["UDHR-19"], argument="Punished for her journalism."),
        consents=[ConsentRecord(person_id=j.id, given_by="family", given_by_name="Zhou Xiaohai", submit_to_un=True,
                                name_to_state=True, name_in_public="full")],
        remedies_note="No lawyer of her choice could take the case.",
    )


def ngo_staff() -> Case:
    mss = _org("Guangdong Provincial State Security Department", "广东省国家安全厅", kind="state-security")
    staff = [Person(roles=["victim"], family_name=f, given_name=g, family_name_latin=fl, given_name_latin=gl,
                    sex=s, nationalities=["CN"], profession="NGO staff member", groups=["labour-activist"])
             for f, g, fl, gl, s in (("何", "嘉", "He", "Jia", "female"), ("吴", "振宇", "Wu", "Zhenyu", "male"),
                                     ("梁", "思敏", "Liang", "Simin", "female"))]
    source = Person(roles=["source"], family_name_latin="Labour Watch (fictional)",
                    contact=Contact(email="info@example.org"))
    deps = [Deprivation(person_id=p.id,
                        arrest=Arrest(date=D(2025, 3, 3, approximate=n == 2), place=Place("CN", "Guangdong", "Shenzhen"),
                                      force_ids=[mss.id]),
                        periods=[DetentionPeriod(kind="rsdl", start=D(2025, 3, 3), ongoing=True, incommunicado="yes",
                                                 holding_authority_id=mss.id)], still_detained="yes")
            for n, p in enumerate(staff)]
    return Case(
        title="Three labour NGO staff (fictional)", reference="EX-NGO", urgency="urgent",
        urgency_reason="Held incommunicado since March 2025.",
        summary="FICTIONAL EXAMPLE. Three staff of a labour-rights NGO are held incommunicado.",
        narrative="He Jia, Wu Zhenyu and Liang Simin were taken the same morning from the NGO's office.",
        persons=[*staff, source], organisations=[mss], deprivations=deps, mandates=["sr-assembly", "wgeid"],
        consents=[ConsentRecord(person_id=staff[0].id, given_by="family", submit_to_un=True, name_to_state=True,
                                name_in_public="full"),
                  ConsentRecord(person_id=staff[1].id, given_by="family", submit_to_un=True, name_to_state=False,
                                name_in_public="initials")],
    )


def tibetan_defender() -> Case:
    psb = _org("Ngaba Prefecture Public Security Bureau", "阿坝州公安局")
    v = Person(roles=["victim"], given_name="བློ་བཟང་", given_name_latin="Lobsang", sex="male", birth_date=D(1990),
               nationalities=["CN"], ethnicity="Tibetan", place_of_birth="Ngaba, Sichuan",
               profession="Language-rights advocate", groups=["hrd"])
    cousin = Person(roles=["source"], given_name_latin="Dolma", relationship_to_victim="cousin",
                    contact=Contact(email="dolma@example.org"))
    return Case(
        title="Lobsang (fictional)", reference="EX-TIBET", region="tibet",
        summary="FICTIONAL EXAMPLE. A Tibetan language-rights advocate detained twice.",
        narrative="Lobsang was first detained in January 2024 and released after ten days. His cousin, Dolma, "
                  "says he was detained again in October 2024.",
        persons=[v, cousin], organisations=[psb], mandates=["sr-minorities"],
        deprivations=[Deprivation(person_id=v.id, arrest=Arrest(date=D(2024, 1, 5), place=Place("CN", "Sichuan", "Ngaba")),
                                  periods=[DetentionPeriod(kind="administrative-detention", start=D(2024, 1, 5),
                                                           end=D(2024, 1, 15))], still_detained="no"),
                      Deprivation(person_id=v.id, arrest=Arrest(date=D(2024, 10, 2), place=Place("CN", "Sichuan", "Barkham")),
                                  periods=[DetentionPeriod(kind="criminal-detention", start=D(2024, 10, 2), ongoing=True,
                                                           holding_authority_id=psb.id)], still_detained="yes")],
        legal_analysis=LegalAnalysis(categories=[CategoryArgument(category="V", articles=["ICCPR-27"],
                                                                  argument="Targeted for defending the Tibetan language.")]),
        consents=[ConsentRecord(person_id=v.id, given_by="family", submit_to_un=True, name_to_state=True,
                                name_in_public="full")],
    )


def uyghur_detainee() -> Case:
    camp = _org("Kashgar City Vocational Skills Education and Training Centre No. 3", kind="detention-facility")
    v = Person(roles=["victim"], given_name="مەمەتجان", family_name="ئىمىن", given_name_latin="Memetjan",
               family_name_latin="Imin", sex="male", birth_date=D(1984, 2), nationalities=["CN"], ethnicity="Uyghur",
               profession="Teacher", groups=["uyghur", "muslim"])
    sister = Person(roles=["source"], given_name_latin="Gulnar", family_name_latin="Imin",
                    relationship_to_victim="sister", contact=Contact(email="gulnar@example.org"))
    return Case(
        title="Memetjan Imin (fictional)", reference="EX-UYGHUR", region="xinjiang",
        summary="FICTIONAL EXAMPLE. A Uyghur teacher held without charge since 2018.",
        narrative="Memetjan Imin was taken from his school in April 2018. His sister, Gulnar Imin, has had no "
                  "news since.",
        persons=[v, sister], organisations=[camp], mandates=["wgeid", "sr-minorities"],
        deprivations=[Deprivation(person_id=v.id, arrest=Arrest(date=D(2018, 4, approximate=True),
                                                                place=Place("CN", "Xinjiang", "Kashgar", "his school")),
                                  periods=[DetentionPeriod(kind="internment", facility_id=camp.id,
                                                           start=D(2018, 4, approximate=True), ongoing=True)],
                                  still_detained="yes")],
        legal_analysis=LegalAnalysis(categories=[CategoryArgument(category="I", argument="No legal basis at all.")]),
        testimonies=[Testimony(interviewee_id=sister.id, date=D(2024, 6, 1), language="ug",
                               original_text="ئاكام مەمەتجان مەكتەپتىن ئېلىپ كېتىلدى. شۇنىڭدىن بېرى ھېچ خەۋەر يوق.",
                               translations=[Translation(language="en", text="My brother Memetjan was taken from the "
                                                                             "school. There has been no news since.")])],
        evidence=[EvidenceItem(file_name="school-notice.jpg", kind="official-document", sha256="c" * 64,
                               date=D(2018, 5), description="Notice of dismissal from the school")],
        consents=[ConsentRecord(person_id=v.id, given_by="family", given_by_name="Gulnar Imin (sister)",
                                submit_to_un=True, name_to_state=True, name_in_public="full")],
    )


CASES = {"rsdl": lawyers_rsdl, "hunger": journalist_hunger_strike, "ngo": ngo_staff, "tibet": tibetan_defender,
         "uyghur": uyghur_detainee}
