"""Writes resources/demo/demo-cases.json, the three FICTIONAL demo cases, in the case file format.

The demo vault (``recourse --demo``, ``recourse-cli demo``) imports that file through the case
importer (``app/services/demo.py``); this script is only its source, kept so the cases can be
edited as code and regenerated:   .venv/bin/python scripts/make_demo_cases.py

Every person, name, number and event in these cases is invented; the State bodies and laws are
real so that the cases look like the ones documenters handle.  The cases fill every part of the
model (people in every role, organisations, arrest, detention periods, proceedings and hearings,
ill-treatment, domestic remedies, legal analysis, testimonies with translations, consent,
confidential items and fields) so that every feature has rich data to show.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from app.domain import casefile  # noqa: E402
from app.domain.dates import PartialDate  # noqa: E402
from app.domain.model import (  # noqa: E402
    Arrest,
    Case,
    CategoryArgument,
    ConsentRecord,
    Contact,
    Deprivation,
    DetentionPeriod,
    Hearing,
    IdentityDocument,
    IllTreatment,
    LegalAnalysis,
    LegalProvision,
    Organisation,
    Person,
    Place,
    Proceedings,
    RemedyStep,
    ReprisalIncident,
    Testimony,
    Translation,
)
"""The documented, public passphrase of demo vaults."""

CRIMINAL_LAW = "Criminal Law of the People's Republic of China"
PROCEDURE_LAW = "Criminal Procedure Law of the People's Republic of China"
INTERVIEWER = "Demo documenter (fictional)"
NOTICE = "FICTIONAL DEMO CASE: invented people and events, for trying out Recourse."


def D(year: int, month: int | None = None, day: int | None = None, approx: bool = False) -> PartialDate:
    """Shorthand for a :class:`PartialDate`."""
    return PartialDate(year, month, day, approx)


def _org(name: str, original: str, abbreviation: str, kind: str, *, state_actor: str = "yes",
         province: str = "", locality: str = "", parent: str = "", notes: str = "",
         country: str = "CN") -> Organisation:
    return Organisation(name=name, name_original=original, abbreviation=abbreviation, kind=kind,
                        state_actor=state_actor, parent_id=parent,
                        place=Place(country=country, admin_area=province, locality=locality), notes=notes)


# --- (a) a human-rights lawyer held in RSDL ---------------------------------------------------
def _case_lawyer() -> Case:
    psb = _org("Beijing Municipal Public Security Bureau", "北京市公安局", "Beijing PSB", "public-security",
               province="Beijing")
    guobao = _org("Domestic Security Protection Corps of the Beijing Municipal Public Security Bureau",
                  "北京市公安局国内安全保卫总队", "Guobao", "public-security", province="Beijing",
                  parent=psb.id)
    procuratorate = _org("Second Branch of the Beijing Municipal People's Procuratorate",
                         "北京市人民检察院第二分院", "Beijing Procuratorate, 2nd Branch", "procuratorate",
                         province="Beijing")
    court = _org("Beijing No. 2 Intermediate People's Court", "北京市第二中级人民法院", "Beijing No. 2 IPC",
                 "court", province="Beijing")
    higher_court = _org("Beijing Municipal Higher People's Court", "北京市高级人民法院", "Beijing HPC",
                        "court", province="Beijing")
    centre = _org("Beijing Municipal No. 3 Detention Centre", "北京市第三看守所", "", "detention-facility",
                  province="Beijing", parent=psb.id)
    prison = _org("Beijing Women's Prison", "北京市女子监狱", "", "detention-facility", province="Beijing")
    cctv = _org("China Central Television", "中央电视台", "CCTV", "media", province="Beijing",
                notes="State broadcaster that aired the recorded 'confession'.")
    firm = _org("Beijing Mingzhe Law Firm (fictional)", "北京明哲律师事务所（虚构）", "", "law-firm",
                state_actor="no", province="Beijing")
    ngo = _org("Demo Rights Defenders Network (fictional)", "维权演示网络（虚构）", "DRDN", "ngo",
               state_actor="no", country="XX")

    victim = Person(
        roles=["victim"], family_name="林", given_name="晓雯", family_name_latin="Lin",
        given_name_latin="Xiaowen", sex="female", birth_date=D(1984, 6), age_at_detention=36,
        place_of_birth="Fuzhou, Fujian", nationalities=["CN"], ethnicity="Han",
        identity_documents=[IdentityDocument("lawyer-licence", "11101200000000000 (fictional)",
                                             "Beijing Municipal Bureau of Justice", D(2010, 9))],
        profession="Human-rights lawyer",
        activities="Defended petitioners, house-church members and other lawyers; wrote about torture in "
                   "pre-trial detention on her WeChat public account.",
        groups=["hrd", "lawyer"], residence=Place("CN", "Beijing", "Chaoyang District", "(address withheld)"),
        confidential_fields=["identity_documents", "residence"])
    husband = Person(
        roles=["relative", "source"], family_name="周", given_name="文博", family_name_latin="Zhou",
        given_name_latin="Wenbo", sex="male", nationalities=["CN"], relationship_to_victim="husband",
        contact=Contact(email="zhou.wenbo@example.org", phone="+86 130 0000 0000"),
        confidential_fields=["contact"])
    colleague = Person(
        roles=["source"], family_name="郑", given_name="安", family_name_latin="Zheng", given_name_latin="An",
        sex="female", relationship_to_victim="former colleague", organisation_id=ngo.id,
        function="Researcher",
        contact=Contact(email="source-a@example.org", other="Signal: @demo-source.01"),
        confidential=True, confidential_fields=["contact"],
        notes="Passed on the RSDL notice and the appeal decision. Never name her to the State.")
    neighbour = Person(roles=["witness"], family_name="孙", given_name="丽", family_name_latin="Sun",
                       given_name_latin="Li", sex="female", relationship_to_victim="neighbour")
    lawyer = Person(roles=["lawyer"], family_name="何", given_name="明哲", family_name_latin="He",
                    given_name_latin="Mingzhe", sex="male", profession="Lawyer", organisation_id=firm.id,
                    function="Partner",
                    identity_documents=[IdentityDocument("lawyer-licence", "(fictional)")])
    officer = Person(roles=["perpetrator"], family_name="赵", family_name_latin="Zhao",
                     other_names=["Officer Zhao (given name unknown)"], sex="male", organisation_id=guobao.id,
                     function="Officer who led the interrogations")

    consent_victim = ConsentRecord(
        person_id=victim.id, given_by="family", given_by_name="Zhou Wenbo (husband)", date=D(2021, 4, 2),
        method="audio", submit_to_un=True, name_to_state=True, name_in_public="full",
        share_with_partners=True,
        notes="Given by her husband while she is held incommunicado; to be confirmed with her when possible.")
    consent_husband = ConsentRecord(person_id=husband.id, date=D(2021, 4, 2), method="audio",
                                    submit_to_un=True, name_to_state=False, name_in_public="initials",
                                    share_with_partners=True)
    consent_neighbour = ConsentRecord(person_id=neighbour.id, date=D(2021, 4, 10), method="verbal-witnessed",
                                      submit_to_un=True, name_to_state=False, name_in_public="none")
    consent_colleague = ConsentRecord(person_id=colleague.id, date=D(2021, 5, 3), method="message",
                                      submit_to_un=True, name_to_state=False, name_in_public="none",
                                      confidential=True)
    consent_lawyer = ConsentRecord(person_id=lawyer.id, date=D(2022, 3, 14), method="signed-form",
                                   submit_to_un=True, name_to_state=True, name_in_public="full",
                                   notes="Agreed to be named: 'they already know who I am'.")
    reprisals = [  # the reprisals log: what followed the family's and the lawyer's contacts with the UN
        ReprisalIncident(
            person_id=husband.id, kinds=["threats", "surveillance", "travel-ban"], date=D(2021, 7, 8),
            place=Place("CN", "Beijing", "Chaoyang District"), organisation_ids=[guobao.id],
            perpetrators_description="Two officers of the Domestic Security Protection Corps; one gave his "
                                     "name as Officer Zhao.",
            engagement_kind="submission", engagement_date=D(2021, 5),
            engagement="The family's information on her detention, sent to the Working Group on Arbitrary "
                       "Detention and to Special Procedures mandate holders in May 2021.",
            description="Officers came to the family's flat, said they knew the family had 'contacted foreign "
                        "forces at the United Nations' and warned that their son would lose his school place "
                        "if it went on. A car stayed outside the building for three weeks. On 2 August 2021 "
                        "border police at Beijing Capital International Airport stopped him from boarding a "
                        "flight to Hong Kong, citing 'state security'.",
            steps_taken="None: the family fears further reprisals against their son.",
            consent_id=consent_husband.id),
        ReprisalIncident(
            person_id=lawyer.id, kinds=["loss-of-licence", "threats"], date=D(2022, 5, 31),
            place=Place("CN", "Beijing"), organisation_ids=[psb.id],
            perpetrators_description="The municipal justice bureau, which did not renew the licence at the "
                                     "annual review.",
            engagement_kind="meeting", engagement_date=D(2022, 3, 14),
            engagement="Spoke to the Special Rapporteur on the independence of judges and lawyers in a "
                       "confidential online meeting about his client's case.",
            description="Two weeks after the meeting he was questioned about 'contacts abroad'. His licence "
                        "to practise was not renewed at the annual review in May 2022; his firm was told to "
                        "end his employment.",
            steps_taken="Administrative review requested in June 2022; no answer.",
            consent_id=consent_lawyer.id),
    ]

    arrest = Arrest(
        date=D(2021, 3, 16), time="23:40", place=Place("CN", "Beijing", "Chaoyang District", "her home"),
        force_ids=[psb.id, guobao.id],
        forces_description="About eight officers, six in plain clothes and two in uniform; three unmarked "
                           "cars. They seized her phones, a laptop and her notebooks.",
        warrant_shown="no",
        reasons_given="Officers said only that she was 'suspected of endangering state security'.",
        legal_basis=[LegalProvision(CRIMINAL_LAW, "105(2)")],
        circumstances="Taken at night in front of her husband and their son after posting an article about "
                      "sleep deprivation in detention centres.")
    periods = [
        DetentionPeriod(
            kind="rsdl",
            place=Place("CN", "Beijing", "", "undisclosed 'designated location' on the outskirts"),
            start=D(2021, 3, 17), end=D(2021, 9, 10), holding_authority_id=psb.id,
            ordering_authority_id=psb.id,
            incommunicado="yes", lawyer_of_choice="no", family_notified="no",
            reasons_given="'Inciting subversion of state power'; no written notice reached the family "
                          "within 24 hours.",
            legal_basis=[LegalProvision(PROCEDURE_LAW, "75")],
            conditions="Held alone; windows covered; lights on day and night; two guards in the room at all "
                       "times; daily interrogations of up to 14 hours."),
        DetentionPeriod(
            kind="criminal-detention", facility_id=centre.id, start=D(2021, 9, 10), end=D(2022, 11, 18),
            holding_authority_id=psb.id, ordering_authority_id=procuratorate.id, incommunicado="no",
            lawyer_of_choice="no", family_notified="yes",
            reasons_given="Formal arrest approved by the procuratorate on 15 October 2021.",
            legal_basis=[LegalProvision(CRIMINAL_LAW, "105(2)"), LegalProvision(PROCEDURE_LAW, "81")],
            conditions="Cell of 12 women; one letter a month allowed, no visits."),
        DetentionPeriod(
            kind="prison-sentence", facility_id=prison.id, start=D(2022, 11, 18), ongoing=True,
            incommunicado="no", lawyer_of_choice="no", family_notified="yes",
            conditions="Family visits refused since March 2023."),
    ]
    proceedings = Proceedings(
        court_id=court.id, court_case_number="(2022) Jing 02 Xing Chu No. 0000 (fictional)",
        charges=[LegalProvision(CRIMINAL_LAW, "105(2)")],
        charges_description="Inciting subversion of state power (煽动颠覆国家政权罪) for articles about "
                            "torture in detention and for 'colluding with foreign organisations'.",
        informed_of_charges="yes", informed_of_charges_on=D(2021, 10, 15),
        brought_before_judge_on=D(2022, 8, 23),
        lawyer_access="no",
        lawyer_access_details="Her family appointed He Mingzhe on 20 March 2021; every request to meet her "
                              "was refused as the case 'involves state security'. From September 2021 a "
                              "state-appointed lawyer whom the family never met represented her.",
        coerced_confession="yes", televised_confession="yes",
        hearings=[
            Hearing(date=D(2022, 5, 30), kind="indictment", public="no", lawyer_present="no",
                    family_admitted="no",
                    description="Indictment served on the state-appointed lawyer only."),
            Hearing(date=D(2022, 8, 23), kind="trial", public="no", lawyer_present="yes",
                    family_admitted="no",
                    description="Announced as public, but her husband was stopped outside the court and "
                                "the seats were filled by people sent by work units."),
            Hearing(date=D(2022, 11, 18), kind="verdict", public="no", lawyer_present="yes",
                    family_admitted="no"),
        ],
        verdict="Guilty of inciting subversion of state power.", verdict_date=D(2022, 11, 18),
        sentence="4 years 6 months' imprisonment and 2 years' deprivation of political rights",
        appeal="Appeal lodged on 28 November 2022 with the Beijing Municipal Higher People's Court.",
        appeal_outcome="Rejected without a hearing on 16 January 2023; the verdict is final.")
    ill = IllTreatment(
        torture_or_ill_treatment="yes",
        description="Sleep deprivation during the first weeks of RSDL; made to sit on a fixed metal chair "
                    "for long periods; told that her son would be barred from school unless she confessed. "
                    "A recorded 'confession' was broadcast by CCTV on 5 August 2021.",
        health_condition="High blood pressure; lost about 10 kg in RSDL.", medical_care_denied="yes",
        risk_to_life="unknown", perpetrator_ids=[officer.id])

    testimony_husband = Testimony(
        interviewee_id=husband.id, interviewer=INTERVIEWER, date=D(2021, 4, 2),
        place="Online (encrypted call)", language="zh-Hans", consent_id=consent_husband.id,
        original_text="2021年3月16日晚上十一点多，七八个人来敲门，大部分穿便衣，只有两个穿警服。\n"
                      "他们没有出示任何证件或文书，只说晓雯涉嫌危害国家安全，就把她带走了。\n"
                      "他们拿走了她的手机、电脑和几本笔记本。\n"
                      "之后我们一直没有收到书面通知，也不知道她被关在哪里。\n"
                      "何律师多次去公安局要求会见，每次都被拒绝。\n"
                      "8月我在电视上看到她“认罪”，她瘦了很多，说话的样子不像她自己。",
        translations=[Translation(
            language="en", translator=INTERVIEWER, date=D(2021, 4, 5),
            text="Just after 11 pm on 16 March 2021, seven or eight people knocked on the door; most wore "
                 "plain clothes, only two wore police uniform.\n"
                 "They showed no identification or papers, said only that Xiaowen was suspected of "
                 "endangering state security, and took her away.\n"
                 "They took her phones, her computer and several notebooks.\n"
                 "Since then we have received no written notice and do not know where she is held.\n"
                 "Lawyer He asked the police many times to meet her and was refused every time.\n"
                 "In August I saw her 'confess' on television; she was much thinner and did not speak "
                 "like herself.")])
    testimony_neighbour = Testimony(
        interviewee_id=neighbour.id, interviewer=INTERVIEWER, date=D(2021, 4, 10), place="Beijing",
        language="zh-Hans", consent_id=consent_neighbour.id,
        original_text="那天晚上我听见楼道里很吵，从猫眼看到几个男的把林律师架下楼。\n"
                      "她一直在问“你们是哪个单位的”，没有人回答她。",
        translations=[Translation(
            language="en", translator=INTERVIEWER,
            text="That night I heard a lot of noise in the stairwell and saw through the peephole several "
                 "men carrying lawyer Lin down the stairs.\n"
                 "She kept asking 'which unit are you from?' and nobody answered her.")])

    return Case(
        title="Lin Xiaowen: human-rights lawyer held in RSDL (fictional demo)",
        reference="DEMO-001", state="CN", region="mainland", status="ready", urgency="urgent",
        urgency_reason="Medication for high blood pressure reportedly withheld; no family visit since "
                       "March 2023.",
        summary=f"{NOTICE} Lin Xiaowen (林晓雯), a Beijing human-rights lawyer, was taken from her home on "
                "16 March 2021 and held for six months incommunicado in residential surveillance at a "
                "designated location (RSDL), without access to the lawyer her family appointed. She was "
                "shown 'confessing' on state television and sentenced after a closed trial to 4 years "
                "6 months for 'inciting subversion of state power'.",
        narrative="Lin Xiaowen had defended petitioners and other lawyers for ten years. In early 2021 she "
                  "published several articles about sleep deprivation in detention centres.\n"
                  "On 16 March 2021 officers of the Beijing Municipal Public Security Bureau took her from her home. For six months her "
                  "family did not know where she was held. In August 2021 CCTV broadcast a recorded "
                  "'confession'. She was formally arrested in October 2021, tried behind closed doors in "
                  "August 2022 and sentenced in November 2022.",
        tags=["fictional-demo", "rsdl", "lawyer", "televised-confession"],
        persons=[victim, husband, colleague, neighbour, lawyer, officer],
        organisations=[psb, guobao, procuratorate, court, higher_court, centre, prison, cctv, firm, ngo],
        deprivations=[Deprivation(person_id=victim.id, arrest=arrest, periods=periods,
                                  proceedings=[proceedings], ill_treatment=ill, still_detained="yes",
                                  other_procedures="None known.")],
        remedies=[
            RemedyStep(date=D(2021, 3, 20), body_id=psb.id,
                       action="Lawyer He Mingzhe applied to meet his client.", outcome="rejected",
                       outcome_details="Refused orally: 'the case involves state security'."),
            RemedyStep(date=D(2021, 4, 6), body_id=procuratorate.id,
                       action="Her husband complained in writing about the denial of counsel and the failure "
                              "to notify the family.",
                       outcome="no-response"),
            RemedyStep(date=D(2021, 10, 20), body_id=procuratorate.id,
                       action="Application for release on bail pending trial.", outcome="rejected"),
            RemedyStep(date=D(2022, 11, 28), body_id=higher_court.id, action="Appeal against the verdict.",
                       outcome="rejected", outcome_details="Rejected without a hearing on 16 January 2023."),
        ],
        remedies_note="Every remedy was tried and failed: counsel of choice was refused throughout and the "
                      "appeal was decided without a hearing.",
        legal_analysis=LegalAnalysis(
            iccpr_party="no",
            categories=[
                CategoryArgument(category="II", articles=["UDHR-19", "UDHR-20", "ICCPR-19", "ICCPR-22"],
                                 argument="She was detained for her work as a lawyer and her writing about "
                                          "torture: the peaceful exercise of freedom of expression and "
                                          "association."),
                CategoryArgument(category="III", articles=["UDHR-9", "UDHR-10", "UDHR-11", "BOP"],
                                 argument="Six months incommunicado in RSDL without a lawyer of her choice, "
                                          "a televised confession before trial and a closed trial."),
            ],
            rights_invoked=["UDHR-5", "UDHR-9", "UDHR-10", "UDHR-19", "CAT-1"],
            argument="China has signed but not ratified the ICCPR; its articles are cited as guidance."),
        testimonies=[testimony_husband, testimony_neighbour],
        consents=[consent_victim, consent_husband, consent_neighbour, consent_colleague, consent_lawyer],
        reprisals=reprisals,
    )


# --- (b) a Uyghur man interned, then sentenced after a closed trial -------------------------
def _case_uyghur() -> Case:
    psb = _org("Kashgar City Public Security Bureau", "喀什市公安局", "Kashgar PSB", "public-security",
               province="Xinjiang", locality="Kashgar")
    camp = _org("Kashgar City Vocational Skills Education and Training Centre", "喀什市职业技能教育培训中心",
                "VSETC", "detention-facility", province="Xinjiang", locality="Kashgar",
                notes="Internment facility officially described as 'vocational training'.")
    centre = _org("Kashgar City Detention Centre", "喀什市看守所", "", "detention-facility",
                  province="Xinjiang", locality="Kashgar", parent=psb.id)
    procuratorate = _org("Kashgar Prefecture People's Procuratorate", "喀什地区人民检察院", "", "procuratorate",
                         province="Xinjiang", locality="Kashgar")
    court = _org("Kashgar Prefecture Intermediate People's Court", "喀什地区中级人民法院", "Kashgar IPC",
                 "court", province="Xinjiang", locality="Kashgar")
    prisons = _org("Prison Administration Bureau of the Xinjiang Uyghur Autonomous Region",
                   "新疆维吾尔自治区监狱管理局", "", "government", province="Xinjiang", locality="Urumqi")
    embassy = _org("Embassy of the People's Republic of China in Türkiye",
                   "中华人民共和国驻土耳其共和国大使馆", "", "government", country="TR", locality="Ankara")

    victim = Person(
        roles=["victim"], family_name="تۇرسۇن", given_name="ئابدۇرەھمان", family_name_latin="Tursun",
        given_name_latin="Abdurehman", other_names=["阿不都热合曼·吐尔逊"], sex="male",
        birth_date=D(1978, approx=True), age_at_detention=39, place_of_birth="Kashgar, Xinjiang",
        nationalities=["CN"], ethnicity="Uyghur",
        identity_documents=[IdentityDocument("resident-id", "653101000000000000 (fictional)")],
        profession="Bookseller",
        activities="Ran a bookshop selling Uyghur-language books, including religious books published "
                   "legally before 2016; led prayers at a neighbourhood mosque.",
        groups=["uyghur", "muslim", "ethnic-minority", "religious-minority"],
        residence=Place("CN", "Xinjiang", "Kashgar", "(address withheld)"),
        confidential_fields=["identity_documents", "residence"])
    sister = Person(
        roles=["relative", "source"], family_name="تۇرسۇن", given_name="گۈلنار", family_name_latin="Tursun",
        given_name_latin="Gulnar", other_names=["古丽娜尔·吐尔逊"], sex="female", nationalities=["CN"],
        ethnicity="Uyghur", relationship_to_victim="younger sister", residence=Place("TR", "", "Istanbul"),
        contact=Contact(email="gulnar.demo@example.org", phone="+90 500 000 00 00"),
        confidential_fields=["contact", "residence"])
    witness = Person(roles=["witness"], other_names=["Witness B"], sex="male", confidential=True,
                     relationship_to_victim="held in the same cell in late 2017",
                     notes="Former detainee, now abroad; identity withheld for his family's safety.")
    director = Person(roles=["perpetrator"],
                      other_names=["Director of the Kashgar City training centre (name unknown)"],
                      organisation_id=camp.id, function="Director")

    consent_victim = ConsentRecord(
        person_id=victim.id, given_by="family", given_by_name="Gulnar Tursun (sister)", date=D(2019, 10, 2),
        method="video", submit_to_un=True, name_to_state=True, name_in_public="full",
        share_with_partners=True)
    consent_sister = ConsentRecord(
        person_id=sister.id, date=D(2019, 10, 2), method="video", submit_to_un=True, name_to_state=False,
        name_in_public="initials", share_with_partners=True,
        notes="Does not want her name given to the State: relatives still in Kashgar.")
    consent_witness = ConsentRecord(person_id=witness.id, date=D(2020, 1, 15), method="verbal-witnessed",
                                    submit_to_un=True, name_to_state=False, name_in_public="none",
                                    confidential=True)

    arrest = Arrest(
        date=D(2017, 4, 12), time="02:00", place=Place("CN", "Xinjiang", "Kashgar", "the family home"),
        force_ids=[psb.id],
        forces_description="Four police officers and two neighbourhood-committee cadres; one marked "
                           "police car.",
        warrant_shown="no", reasons_given="The family was told he was going to 'study' for a few days.",
        circumstances="Taken at night, a week after a 'home visit' by cadres who recorded the religious "
                      "books in the house.")
    periods = [
        DetentionPeriod(
            kind="internment", facility_id=camp.id, start=D(2017, 4, 12), end=D(2018, 11, approx=True),
            holding_authority_id=camp.id, ordering_authority_id=psb.id, incommunicado="yes",
            lawyer_of_choice="no", family_notified="no",
            reasons_given="None in writing; a cadre said he had 'extremist thinking'.",
            legal_basis=[LegalProvision("Xinjiang Uyghur Autonomous Region De-extremification Regulations "
                                        "(as amended in October 2018)", "")],
            conditions="About 20 men to a cell; compulsory Mandarin and political classes; forbidden to "
                       "pray."),
        DetentionPeriod(
            kind="criminal-detention", facility_id=centre.id, start=D(2018, 11, approx=True),
            end=D(2019, 6, 25), holding_authority_id=psb.id, ordering_authority_id=procuratorate.id,
            incommunicado="yes",
            lawyer_of_choice="no", family_notified="no"),
        DetentionPeriod(
            kind="prison-sentence", place=Place("CN", "Xinjiang", "", "prison unknown"), start=D(2019, 6, 25),
            ongoing=True, holding_authority_id=prisons.id, incommunicado="yes", lawyer_of_choice="no",
            family_notified="no", reasons_given="The family has not been told where he is held."),
    ]
    proceedings = Proceedings(
        court_id=court.id,
        charges=[LegalProvision(CRIMINAL_LAW, "120-3"), LegalProvision(CRIMINAL_LAW, "249")],
        charges_description="As reported by a neighbourhood official: 'promoting extremism' "
                            "(宣扬极端主义罪) for selling religious books, and 'inciting ethnic hatred' "
                            "(煽动民族仇恨罪). No written judgment has been seen.",
        informed_of_charges="unknown", lawyer_access="no",
        lawyer_access_details="No lawyer chosen by the family was allowed; it is not known whether a "
                              "state-appointed lawyer attended.",
        coerced_confession="unknown", televised_confession="no",
        hearings=[Hearing(date=D(2019, 6, approx=True), kind="trial", public="no", lawyer_present="unknown",
                          family_admitted="no",
                          description="Closed trial. The family learned of it only after the verdict, from "
                                      "a neighbourhood official.")],
        verdict="Guilty (reported orally; no written judgment given to the family).",
        verdict_date=D(2019, 6, 25),
        sentence="15 years' imprisonment (reported)",
        appeal="No appeal known: the family could not find a lawyer willing to take the case.")
    ill = IllTreatment(
        torture_or_ill_treatment="yes",
        description="Witness B saw him shackled during classes and strapped into a 'tiger chair' for a "
                    "night as punishment for praying.",
        health_condition="Diabetic before detention; current health unknown.", medical_care_denied="unknown",
        risk_to_life="unknown", perpetrator_ids=[director.id])

    testimony_sister = Testimony(
        interviewee_id=sister.id, interviewer=INTERVIEWER, date=D(2019, 10, 2), place="Istanbul, Türkiye",
        language="ug", consent_id=consent_sister.id,
        original_text="مېنىڭ ئاكام ئابدۇرەھمان تۇرسۇن 2017-يىلى 4-ئاينىڭ 12-كۈنى "
                      "كېچىدە ئۆيىدىن ئېلىپ كېتىلدى.\n"
                      "ساقچىلار ئۇنى بىر نەچچە كۈن ئۆگىنىشكە ئاپىرىمىز دېدى.\n"
                      "ئائىلىمىزگە ھېچقانداق ھۆججەت بېرىلمىدى.\n"
                      "2019-يىلى بىز ئۇنىڭ 15 يىللىق كېسىلگەنلىكىنى ئاڭلىدۇق، "
                      "لېكىن سوت ھەققىدە ھېچنېمە بىلمەيمىز.",
        translations=[
            Translation(language="en", translator=INTERVIEWER, date=D(2019, 10, 5),
                        text="My elder brother Abdurehman Tursun was taken from his home at night on "
                             "12 April 2017.\n"
                             "The police said they were taking him to study for a few days.\n"
                             "Our family was given no document.\n"
                             "In 2019 we heard that he had been sentenced to 15 years, but we know nothing "
                             "about the trial."),
            Translation(language="zh-Hans", translator=INTERVIEWER, date=D(2019, 10, 6),
                        text="我的哥哥阿不都热合曼·吐尔逊于2017年4月12日夜里被从家中带走。\n"
                             "警察说带他去“学习”几天。\n我们家没有收到任何文书。\n"
                             "2019年我们听说他被判了15年，但对审判一无所知。"),
        ])
    testimony_witness = Testimony(
        interviewee_id=witness.id, interviewer=INTERVIEWER, date=D(2020, 1, 15), place="(withheld)",
        language="zh-Hans", consent_id=consent_witness.id, confidential=True,
        original_text="2017年底我和他关在同一个监室。\n有一次他因为偷偷做礼拜，被绑在老虎凳上一整夜。",
        translations=[Translation(language="en", translator=INTERVIEWER,
                                  text="At the end of 2017 I was held in the same cell as him.\n"
                                       "Once, for praying in secret, he was strapped into a tiger chair for "
                                       "a whole night.")])

    return Case(
        title="Abdurehman Tursun: interned, then sentenced after a closed trial (fictional demo)",
        reference="DEMO-002", state="CN", region="xinjiang", status="submitted", urgency="urgent",
        urgency_reason="No proof of life since 2019; diabetic.",
        summary=f"{NOTICE} Abdurehman Tursun (阿不都热合曼·吐尔逊), a Uyghur bookseller from Kashgar, was "
                "taken from his home in April 2017 and held for about 19 months in an internment camp "
                "without charge. He was then sentenced after a closed trial to 15 years. His family was "
                "never notified and does not know where he is held.",
        narrative="In spring 2017 neighbourhood cadres visited the family and recorded the religious books "
                  "in the house. A week later police took him away at night.\n"
                  "His sister, who lives in Istanbul, learned in 2019 from a relative that he had been "
                  "sentenced. Petitions by the family led to threats.",
        tags=["fictional-demo", "xinjiang", "internment", "closed-trial"],
        persons=[victim, sister, witness, director],
        organisations=[psb, camp, centre, procuratorate, court, prisons, embassy],
        deprivations=[Deprivation(person_id=victim.id, arrest=arrest, periods=periods,
                                  proceedings=[proceedings], ill_treatment=ill, still_detained="yes")],
        remedies=[
            RemedyStep(date=D(2017, 5, approx=True), body="Neighbourhood residents' committee, Kashgar",
                       action="His wife asked where he was held and for a visit.", outcome="rejected",
                       outcome_details="Told to 'wait and not make trouble'."),
            RemedyStep(date=D(2018, 3, 5), body_id=embassy.id,
                       action="His sister wrote asking about his whereabouts.", outcome="no-response"),
            RemedyStep(date=D(2019, 9, approx=True),
                       body="Kashgar Prefecture Letters and Visits Bureau (信访局)",
                       action="His wife petitioned for a copy of the judgment.", outcome="reprisal",
                       outcome_details="Questioned by police the next day and warned not to petition again.",
                       confidential=True),
        ],
        remedies_note="Remedies are unavailable in practice and dangerous: no lawyer would take the case and "
                      "the family was threatened after petitioning.",
        legal_analysis=LegalAnalysis(
            iccpr_party="no",
            categories=[
                CategoryArgument(category="I", articles=["UDHR-9"],
                                 argument="About 19 months of internment without charge, decision or "
                                          "judicial control has no legal basis."),
                CategoryArgument(category="II", articles=["UDHR-18", "UDHR-19"],
                                 argument="Detained for practising his religion and selling lawful books."),
                CategoryArgument(category="III", articles=["UDHR-10", "UDHR-11"],
                                 argument="Closed trial, no lawyer of his choice, no written judgment."),
                CategoryArgument(category="V", articles=["UDHR-2", "UDHR-7"],
                                 argument="Targeted as a Uyghur and a Muslim."),
            ],
            rights_invoked=["UDHR-5", "UDHR-9", "UDHR-18", "MANDELA"]),
        testimonies=[testimony_sister, testimony_witness],
        consents=[consent_victim, consent_sister, consent_witness],
    )


# --- (c) a Tibetan monk sentenced for "inciting separatism" ---------------------------------
def _case_monk() -> Case:
    psb = _org("Kardze County Public Security Bureau", "甘孜县公安局", "Kardze PSB", "public-security",
               province="Sichuan", locality="Kardze County")
    centre = _org("Kardze County Detention Centre", "甘孜县看守所", "", "detention-facility", province="Sichuan",
                  locality="Kardze County", parent=psb.id)
    procuratorate = _org("Kardze Tibetan Autonomous Prefecture People's Procuratorate",
                         "甘孜藏族自治州人民检察院", "", "procuratorate", province="Sichuan")
    court = _org("Kardze Tibetan Autonomous Prefecture Intermediate People's Court", "甘孜藏族自治州中级人民法院",
                 "Kardze IPC", "court", province="Sichuan")
    higher_court = _org("Sichuan Provincial Higher People's Court", "四川省高级人民法院", "Sichuan HPC",
                        "court", province="Sichuan", locality="Chengdu")
    prisons = _org("Sichuan Provincial Prison Administration Bureau", "四川省监狱管理局", "", "government",
                   province="Sichuan", locality="Chengdu")
    ufwd = _org("United Front Work Department of the Kardze County Committee of the Communist Party of China",
                "中共甘孜县委统战部", "Kardze UFWD", "party-organ", province="Sichuan",
                locality="Kardze County")

    victim = Person(
        roles=["victim"], given_name="ཚེ་རིང་རྡོ་རྗེ", given_name_latin="Tsering Dorje", other_names=["次仁多吉"],
        sex="male", birth_date=D(1990), age_at_detention=29, place_of_birth="Kardze County, Sichuan",
        nationalities=["CN"], ethnicity="Tibetan", profession="Buddhist monk",
        activities="Taught Tibetan language to children in the school holidays; shared on WeChat a "
                   "photograph of the Dalai Lama and a message about the Tibetan language.",
        groups=["tibetan", "buddhist", "religious-minority"],
        residence=Place("CN", "Sichuan", "Kardze County", "Demo Gönpa monastery (fictional)"))
    cousin = Person(
        roles=["relative", "source"], given_name="པདྨ་དབྱངས་ཅན", given_name_latin="Pema Yangchen",
        sex="female", relationship_to_victim="cousin",
        residence=Place("IN", "Himachal Pradesh", "Dharamsala"),
        contact=Contact(email="pema.demo@example.org", other="WhatsApp: +91 90000 00000"),
        confidential_fields=["contact"])
    monk = Person(roles=["witness"], other_names=["Monk C"], sex="male", confidential=True,
                  relationship_to_victim="monk of the same monastery",
                  notes="Still in the monastery; never name him.")
    officer = Person(roles=["perpetrator"], family_name="王", family_name_latin="Wang",
                     other_names=["Deputy director Wang (given name unknown)"], organisation_id=psb.id,
                     function="Deputy director")

    consent_victim = ConsentRecord(
        person_id=victim.id, given_by="family", given_by_name="Pema Yangchen (cousin)", date=D(2021, 2, 10),
        method="signed-form", submit_to_un=True, name_to_state=True, name_in_public="full",
        share_with_partners=True)
    consent_cousin = ConsentRecord(person_id=cousin.id, date=D(2021, 2, 10), method="signed-form",
                                   submit_to_un=True, name_to_state=False, name_in_public="initials")
    consent_monk = ConsentRecord(person_id=monk.id, date=D(2021, 2, 20), method="verbal-witnessed",
                                 submit_to_un=True, name_to_state=False, name_in_public="none",
                                 confidential=True)

    arrest = Arrest(
        date=D(2020, 2, 14), time="10:30",
        place=Place("CN", "Sichuan", "Kardze County", "Demo Gönpa monastery (fictional)"),
        force_ids=[psb.id],
        forces_description="Five uniformed and two plain-clothes officers in two police vehicles, during "
                           "morning prayers.",
        warrant_shown="yes", warrant_issuer_id=psb.id,
        reasons_given="A detention notice cited 'inciting separatism' (煽动分裂国家罪).",
        legal_basis=[LegalProvision(CRIMINAL_LAW, "103(2)")],
        circumstances="Handcuffed in front of the assembled monks two days after his WeChat post.")
    periods = [
        DetentionPeriod(
            kind="criminal-detention", facility_id=centre.id, start=D(2020, 2, 14), end=D(2021, 1, 8),
            holding_authority_id=psb.id, ordering_authority_id=procuratorate.id, incommunicado="yes",
            lawyer_of_choice="no", family_notified="yes",
            reasons_given="A detention notice was given to the monastery the next day; his parents heard "
                          "from the monks.",
            legal_basis=[LegalProvision(CRIMINAL_LAW, "103(2)")],
            conditions="Unheated cell in winter; interrogated in Mandarin without an interpreter."),
        DetentionPeriod(
            kind="prison-sentence", place=Place("CN", "Sichuan", "", "prison unknown"), start=D(2021, 1, 8),
            ongoing=True, holding_authority_id=prisons.id, incommunicado="yes", lawyer_of_choice="no",
            family_notified="no",
            reasons_given="The family has not been told where he serves his sentence."),
    ]
    proceedings = Proceedings(
        court_id=court.id, court_case_number="(2020) Chuan 33 Xing Chu No. 00 (fictional)",
        charges=[LegalProvision(CRIMINAL_LAW, "103(2)")],
        charges_description="Inciting separatism (煽动分裂国家罪) for one WeChat post and for teaching "
                            "Tibetan 'without permission'.",
        informed_of_charges="yes", informed_of_charges_on=D(2020, 3),
        brought_before_judge_on=D(2020, 12, 3),
        lawyer_access="no",
        lawyer_access_details="The family hired a lawyer from Chengdu in March 2020; he withdrew after a "
                              "warning from the local justice bureau. A court-appointed lawyer "
                              "represented him.",
        coerced_confession="yes", televised_confession="no",
        hearings=[
            Hearing(date=D(2020, 12, 3), kind="trial", public="no", lawyer_present="yes",
                    family_admitted="no",
                    description="Held in Mandarin, without an interpreter, although his Mandarin is "
                                "limited."),
            Hearing(date=D(2021, 1, 8), kind="verdict", public="no", lawyer_present="yes",
                    family_admitted="no"),
        ],
        verdict="Guilty of inciting separatism.", verdict_date=D(2021, 1, 8),
        sentence="4 years' imprisonment",
        appeal="Appeal lodged on 15 January 2021 with the Sichuan Provincial Higher People's Court.",
        appeal_outcome="Rejected on 22 March 2021 without a hearing.")
    ill = IllTreatment(
        torture_or_ill_treatment="yes",
        description="Beaten with batons during the first interrogations and made to stand for hours in "
                    "the cold; a released detainee saw bruises on his face.",
        health_condition="Kidney disease; reported weight loss and blood in his urine.",
        medical_care_denied="yes",
        risk_to_life="yes", perpetrator_ids=[officer.id])

    testimony_monk = Testimony(
        interviewee_id=monk.id, interviewer=INTERVIEWER, date=D(2021, 2, 20), place="(withheld)",
        language="zh-Hans", consent_id=consent_monk.id, confidential=True,
        original_text="2020年2月14日上午我们正在诵经，警察开了两辆车进寺院。\n"
                      "他们叫出次仁多吉，当着大家的面给他戴上手铐。\n"
                      "一个警察说他在微信上发了“分裂国家”的东西。\n"
                      "后来听放出来的人说，他在看守所被打过，脸上有伤。",
        translations=[Translation(
            language="en", translator=INTERVIEWER,
            text="On the morning of 14 February 2020 we were chanting when police drove two cars into "
                 "the monastery.\n"
                 "They called Tsering Dorje out and handcuffed him in front of everyone.\n"
                 "An officer said he had posted 'splittist' things on WeChat.\n"
                 "People released later said he had been beaten in the detention centre and had injuries "
                 "on his face.")])
    testimony_cousin = Testimony(
        interviewee_id=cousin.id, interviewer=INTERVIEWER, date=D(2021, 2, 10), place="Dharamsala, India",
        language="en", consent_id=consent_cousin.id,
        original_text="My cousin is a quiet monk who loves teaching children to read Tibetan.\n"
                      "His parents went to the county police three times to ask to see him and were sent "
                      "away.\n"
                      "We heard about the sentence only after the appeal had been rejected.",
        translations=[Translation(language="zh-Hans", translator=INTERVIEWER,
                                  text="我的表兄是一位安静的僧人，喜欢教孩子们读藏文。\n"
                                       "他的父母三次去县公安局要求见他，都被打发走了。\n"
                                       "直到上诉被驳回后，我们才听说判决的事。")])

    return Case(
        title="Tsering Dorje: Tibetan monk sentenced for 'inciting separatism' (fictional demo)",
        reference="DEMO-003", state="CN", region="tibet", status="documenting", urgency="life-threatening",
        urgency_reason="Kidney disease; medical care reportedly denied.",
        summary=f"{NOTICE} Tsering Dorje (次仁多吉), a monk from Kardze in the Tibetan areas of Sichuan, was "
                "arrested at his monastery in February 2020 after a WeChat post about the Tibetan language, "
                "beaten in detention, tried without an interpreter and sentenced to 4 years for 'inciting "
                "separatism'. His appeal was rejected; he is reported to be seriously ill.",
        narrative="Tsering Dorje taught Tibetan to children in the school holidays. On 12 February 2020 he "
                  "shared on WeChat a photograph of the Dalai Lama with a message about the Tibetan "
                  "language.\nTwo days later police took him from the monastery during morning prayers. He "
                  "was tried in December 2020 and sentenced in January 2021; the family learned of the "
                  "sentence only after the appeal had been rejected.",
        tags=["fictional-demo", "tibet", "monk", "medical-neglect"],
        persons=[victim, cousin, monk, officer],
        organisations=[psb, centre, procuratorate, court, higher_court, prisons, ufwd],
        deprivations=[Deprivation(person_id=victim.id, arrest=arrest, periods=periods,
                                  proceedings=[proceedings], ill_treatment=ill, still_detained="yes")],
        remedies=[
            RemedyStep(date=D(2020, 3, 2), body_id=psb.id, action="His parents asked to visit him.",
                       outcome="rejected"),
            RemedyStep(date=D(2020, 3, 20), body_id=centre.id,
                       action="The family's lawyer asked to meet him.", outcome="rejected",
                       outcome_details="The lawyer withdrew after a warning."),
            RemedyStep(date=D(2021, 1, 15), body_id=higher_court.id, action="Appeal against the verdict.",
                       outcome="rejected"),
            RemedyStep(date=D(2021, 9, approx=True), body_id=prisons.id,
                       action="Application for release on medical parole.", outcome="no-response"),
        ],
        remedies_note="The family asked the monastery's United Front officials for help and was told not to "
                      "contact foreigners.",
        legal_analysis=LegalAnalysis(
            iccpr_party="no",
            categories=[
                CategoryArgument(category="II", articles=["UDHR-18", "UDHR-19", "ICCPR-27"],
                                 argument="Punished for a peaceful post and for teaching his own language."),
                CategoryArgument(category="III", articles=["UDHR-10", "UDHR-11"],
                                 argument="No lawyer of his choice; trial without an interpreter."),
                CategoryArgument(category="V", articles=["UDHR-2", "UDHR-7"],
                                 argument="Targeted as a Tibetan and a Buddhist monk."),
            ],
            rights_invoked=["UDHR-5", "UDHR-18", "UDHR-19", "MANDELA", "CAT-1"]),
        testimonies=[testimony_monk, testimony_cousin],
        consents=[consent_victim, consent_cousin, consent_monk],
    )


MANDATES = (
    ["wgad", "sr-hrd", "sr-judges-lawyers", "sr-torture", "sr-expression"],
    ["wgad", "wgeid", "sr-religion", "sr-minorities", "sr-counter-terrorism"],
    ["wgad", "sr-religion", "sr-minorities", "sr-health", "sr-torture"],
)
"""The UN mechanisms each demo case is meant for (``mandate`` vocabulary codes)."""


def build() -> list[Case]:
    """The three fictional demo cases (fresh ids on every call)."""
    cases = [_case_lawyer(), _case_uyghur(), _case_monk()]
    if hasattr(Case(), "mandates"):  # the field arrives with the submission work
        for case, mandates in zip(cases, MANDATES):
            case.mandates = list(mandates)
    return cases


OUT = Path(__file__).resolve().parents[1] / "resources" / "demo" / "demo-cases.json"

if __name__ == "__main__":
    OUT.write_bytes(casefile.dumps(build(), exported_at="2026-12-01T00:00:00Z"))
    print(OUT)
