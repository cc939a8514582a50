"""The case model: everything a WGAD questionnaire or a Special Procedures
communication asks for, as plain dataclasses.

Conventions
-----------
* Every entity has a stable random ``id`` and two confidentiality markers:
  ``confidential`` (the whole item) and ``confidential_fields`` (names of
  individual fields of that item).  Confidential material never goes into a
  document transmitted to the State; it goes into the confidential annex.
* Fields holding a controlled-vocabulary code declare it in their metadata
  (``vocab("tri")``); validation and the JSON Schema read that.
* Uncertain dates are :class:`~app.domain.dates.PartialDate`.
* Text is stored exactly as written (any script); translations sit beside the
  original, never instead of it.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass, field
from typing import Any

from app.domain.dates import PartialDate


def new_id() -> str:
    return uuid.uuid4().hex


def vocab(name: str, default: Any = "", *, many: bool = False) -> Any:
    """A field whose value is a code (or, with ``many``, a list of codes) of vocabulary *name*."""
    if many:
        return field(default_factory=list, metadata={"vocab": name})
    return field(default=default, metadata={"vocab": name})


def ref(kind: str, *, many: bool = False) -> Any:
    """A field holding the id (or ids) of another entity of the same case."""
    if many:
        return field(default_factory=list, metadata={"ref": kind})
    return field(default="", metadata={"ref": kind})


def text(multiline: bool = False) -> Any:
    return field(default="", metadata={"multiline": multiline})


@dataclass
class Item:
    """Base of every identifiable part of a case."""

    id: str = field(default_factory=new_id)
    confidential: bool = False
    confidential_fields: list[str] = field(default_factory=list)


# --- small value objects ----------------------------------------------------------
@dataclass
class Place:
    country: str = field(default="", metadata={"pattern": "country"})
    admin_area: str = ""  # province / autonomous region
    locality: str = ""  # city, county, township
    detail: str = ""  # address, facility, landmark

    def is_empty(self) -> bool:
        return not (self.country or self.admin_area or self.locality or self.detail)


@dataclass
class LegalProvision:
    """A law and the articles of it that were invoked (e.g. PRC Criminal Law, art. 293)."""

    law: str = ""
    articles: str = ""  # "293" or "105(2), 293" as written in the decision


@dataclass
class Contact:
    email: str = ""
    phone: str = ""
    address: str = ""
    other: str = ""  # messenger handles etc.


@dataclass
class IdentityDocument:
    kind: str = vocab("identity_document")
    number: str = ""
    issued_by: str = ""
    issued_on: PartialDate | None = None


# --- people and organisations -----------------------------------------------------
@dataclass
class Person(Item):
    roles: list[str] = vocab("person_role", many=True)
    family_name: str = ""  # original script, e.g. 陈
    given_name: str = ""  # original script, e.g. 秋实
    family_name_latin: str = ""  # transliteration, e.g. Chen
    given_name_latin: str = ""  # e.g. Qiushi
    other_names: list[str] = field(default_factory=list)  # aliases, names in other scripts
    sex: str = vocab("sex", "unknown")
    birth_date: PartialDate | None = None
    age_at_detention: int | None = None
    place_of_birth: str = ""
    nationalities: list[str] = field(default_factory=list, metadata={"pattern": "country"})
    ethnicity: str = ""
    identity_documents: list[IdentityDocument] = field(default_factory=list)
    profession: str = ""
    activities: str = text(True)  # activities thought relevant to the arrest
    groups: list[str] = vocab("group_membership", many=True)
    residence: Place = field(default_factory=Place)
    contact: Contact = field(default_factory=Contact)
    relationship_to_victim: str = ""  # for relatives and sources
    organisation_id: str = ref("organisation")  # unit of a perpetrator, NGO of a source
    function: str = ""  # rank / title / position
    notes: str = text(True)

    def has_role(self, role: str) -> bool:
        return role in self.roles

    def display_name(self) -> str:
        """Original-script name, with the transliteration in brackets if both exist.

        Chinese and Tibetan-in-Chinese names are written family name first
        (陈秋实, Chen Qiushi); other names given name first in both scripts
        (Abdurehman Tursun).
        """
        cjk = _is_cjk(self.family_name + self.given_name)
        if cjk:
            original = f"{self.family_name}{self.given_name}".strip()
        else:
            original = " ".join(p for p in (self.given_name, self.family_name) if p)
        latin = self.latin_name() if cjk or not original else \
            " ".join(p for p in (self.given_name_latin, self.family_name_latin) if p)
        if original and latin and original != latin:
            return f"{original} ({latin})"
        return original or latin or (self.other_names[0] if self.other_names else "")

    def latin_name(self) -> str:
        """The transliteration, family name first (as Chinese names are written)."""
        return " ".join(p for p in (self.family_name_latin, self.given_name_latin) if p)


def _is_cjk(s: str) -> bool:
    return any("\u3400" <= ch <= "\u9fff" or "\U00020000" <= ch <= "\U0003134f" for ch in s)


@dataclass
class Organisation(Item):
    name: str = ""  # full name, as the UN wants it (no abbreviations)
    name_original: str = ""  # e.g. 北京市国家安全局
    abbreviation: str = ""
    kind: str = vocab("organisation_kind", "other")
    state_actor: str = vocab("tri", "unknown")
    parent_id: str = ref("organisation")
    place: Place = field(default_factory=Place)
    notes: str = text(True)


# --- arrest, detention, proceedings --------------------------------------------
@dataclass
class Arrest(Item):
    date: PartialDate | None = None
    time: str = field(default="", metadata={"pattern": "time"})  # HH:MM if known
    place: Place = field(default_factory=Place)
    force_ids: list[str] = ref("organisation", many=True)
    forces_description: str = text(True)  # uniforms, plain clothes, vehicles, number of agents
    warrant_shown: str = vocab("tri", "unknown")
    warrant_issuer_id: str = ref("organisation")
    warrant_issuer: str = ""  # when not an organisation on file
    reasons_given: str = text(True)
    legal_basis: list[LegalProvision] = field(default_factory=list)
    circumstances: str = text(True)


@dataclass
class DetentionPeriod(Item):
    kind: str = vocab("deprivation_type", "criminal-detention")
    place: Place = field(default_factory=Place)
    facility_id: str = ref("organisation")
    start: PartialDate | None = None
    end: PartialDate | None = None  # None with ongoing=True: still held
    ongoing: bool = False
    holding_authority_id: str = ref("organisation")
    ordering_authority_id: str = ref("organisation")
    incommunicado: str = vocab("tri", "unknown")
    lawyer_of_choice: str = vocab("tri", "unknown")
    family_notified: str = vocab("tri", "unknown")
    reasons_given: str = text(True)
    legal_basis: list[LegalProvision] = field(default_factory=list)
    conditions: str = text(True)


@dataclass
class Hearing(Item):
    date: PartialDate | None = None
    kind: str = vocab("hearing_kind", "trial")
    public: str = vocab("tri", "unknown")
    lawyer_present: str = vocab("tri", "unknown")
    family_admitted: str = vocab("tri", "unknown")
    description: str = text(True)


@dataclass
class Proceedings(Item):
    court_id: str = ref("organisation")
    court_case_number: str = ""
    charges: list[LegalProvision] = field(default_factory=list)
    charges_description: str = text(True)
    informed_of_charges: str = vocab("tri", "unknown")
    informed_of_charges_on: PartialDate | None = None
    brought_before_judge_on: PartialDate | None = None
    lawyer_access: str = vocab("tri", "unknown")
    lawyer_access_details: str = text(True)  # who, when granted, when denied, state-appointed
    coerced_confession: str = vocab("tri", "unknown")
    televised_confession: str = vocab("tri", "unknown")
    hearings: list[Hearing] = field(default_factory=list)
    verdict: str = text(True)
    verdict_date: PartialDate | None = None
    sentence: str = ""
    appeal: str = text(True)
    appeal_outcome: str = text(True)


@dataclass
class IllTreatment(Item):
    torture_or_ill_treatment: str = vocab("tri", "unknown")
    description: str = text(True)
    health_condition: str = text(True)
    medical_care_denied: str = vocab("tri", "unknown")
    risk_to_life: str = vocab("tri", "unknown")
    perpetrator_ids: list[str] = ref("person", many=True)


@dataclass
class Deprivation(Item):
    """One person's deprivation of liberty: arrest, detention, proceedings, treatment.

    The WGAD asks for one questionnaire per detained person; this groups what one
    questionnaire's sections II-III (and the proceedings it expects) say.
    """

    person_id: str = ref("person")
    arrest: Arrest = field(default_factory=Arrest)
    periods: list[DetentionPeriod] = field(default_factory=list)  # in order, transfers included
    proceedings: list[Proceedings] = field(default_factory=list)
    ill_treatment: IllTreatment = field(default_factory=IllTreatment)
    still_detained: str = vocab("tri", "unknown")
    released_on: PartialDate | None = None
    other_procedures: str = text(True)  # other international procedures seized of the case


# --- remedies and legal analysis -----------------------------------------------
@dataclass
class RemedyStep(Item):
    date: PartialDate | None = None
    body_id: str = ref("organisation")
    body: str = ""  # when not an organisation on file
    action: str = text(True)
    outcome: str = vocab("remedy_outcome", "")
    outcome_details: str = text(True)


@dataclass
class CategoryArgument(Item):
    category: str = vocab("wgad_category", "I")
    articles: list[str] = vocab("article", many=True)
    argument: str = text(True)


@dataclass
class LegalAnalysis:
    iccpr_party: str = vocab("tri", "no")  # China signed (1998) but has not ratified the ICCPR
    categories: list[CategoryArgument] = field(default_factory=list)
    rights_invoked: list[str] = vocab("article", many=True)
    argument: str = text(True)


# --- testimonies, evidence and consent -------------------------------------------
@dataclass
class Translation(Item):
    language: str = vocab("language", "en")
    text: str = text(True)
    translator: str = ""
    date: PartialDate | None = None


@dataclass
class Testimony(Item):
    interviewee_id: str = ref("person")
    interviewer: str = ""
    date: PartialDate | None = None
    place: str = ""
    language: str = vocab("language", "zh-Hans")
    original_text: str = text(True)
    translations: list[Translation] = field(default_factory=list)
    consent_id: str = ref("consent")
    notes: str = text(True)


@dataclass
class EvidenceItem(Item):
    file_name: str = ""
    media_type: str = "application/octet-stream"
    size: int = 0
    sha256: str = field(default="", metadata={"pattern": "sha256"})
    date: PartialDate | None = None  # when the evidence was created or obtained
    kind: str = vocab("evidence_kind", "documentary")
    source: str = ""  # who provided it
    description: str = text(True)


@dataclass
class ConsentRecord(Item):
    person_id: str = ref("person")
    given_by: str = vocab("consent_giver", "self")
    given_by_name: str = ""
    date: PartialDate | None = None
    method: str = vocab("consent_method", "signed-form")
    evidence_id: str = ref("evidence")  # the recording or signed form, if kept
    submit_to_un: bool = False
    name_to_state: bool = False
    name_in_public: str = vocab("name_disclosure", "none")
    share_with_partners: bool = False
    withdrawn_on: PartialDate | None = None
    notes: str = text(True)

    @property
    def active(self) -> bool:
        return self.withdrawn_on is None


# --- reprisals for cooperating with the UN ------------------------------------------
@dataclass
class ReprisalIncident(Item):
    """An act of intimidation or reprisal against someone for cooperating with the UN.

    Reported to the mechanism concerned and to the UN's reprisals focal point
    (OHCHR) only with the informed consent of the person: ``consent_id`` points
    to the record covering this report (else the person's current record counts).
    """

    person_id: str = ref("person")  # who suffered it (a victim, relative, lawyer, source...)
    kinds: list[str] = vocab("reprisal_type", many=True)
    date: PartialDate | None = None
    place: Place = field(default_factory=Place)
    perpetrator_ids: list[str] = ref("person", many=True)  # officials named as persons of the case
    organisation_ids: list[str] = ref("organisation", many=True)  # authorities or units responsible
    perpetrators_description: str = text(True)  # when not on file: "two plain-clothes officers"
    engagement_kind: str = vocab("un_engagement", "")
    engagement_date: PartialDate | None = None
    engagement: str = text(True)  # which submission, communication, session or meeting
    communication_id: str = ref("communication")  # the UN communication (communications log) it followed
    un_reference: str = ""  # e.g. "CHN 6/2020", "Opinion No. 74/2018"
    description: str = text(True)
    steps_taken: str = text(True)  # complaints, protection measures, earlier reports
    evidence_ids: list[str] = ref("evidence", many=True)
    consent_id: str = ref("consent")
    notes: str = text(True)  # working notes: never printed


# --- the UN's side: the communications log -------------------------------------------
@dataclass
class CommunicationEntry(Item):
    """One entry of the case's communications log: what the UN and the State did after a submission.

    ``kind`` says which: a communication the UN sent to the State (``reference`` such as
    ``UA CHN 6/2020``, ``letter_type``, ``mandates``), the State's reply (``in_reply_to`` the
    communication, ``summary``, the reply itself as evidence), an opinion of the WGAD (``reference``
    is its number, ``74/2018``; ``finding``, ``categories``), a press release (``title``, ``link``),
    or a follow-up the source sent (comments on a reply, an update; ``in_reply_to`` what it
    follows up).  ``date`` is when it was sent, received, adopted or issued; due dates are
    derived from it (:mod:`app.domain.due`).  ``submission_ids`` link the entry to the
    submissions (the vault's submission history) that led to it.
    """

    kind: str = vocab("log_kind", "communication")
    date: PartialDate | None = None
    reference: str = ""  # "UA CHN 6/2020" (communication), "74/2018" (opinion)
    letter_type: str = vocab("communication_type", "")
    mandates: list[str] = vocab("mandate", many=True)
    in_reply_to: str = ref("communication")  # the communication a reply answers; what a follow-up follows up
    summary: str = text(True)  # what the reply says; what the opinion found; what the release says
    finding: str = vocab("opinion_finding", "")
    categories: list[str] = vocab("wgad_category", many=True)
    title: str = ""  # of a press release
    link: str = ""  # where a press release is published, as text (never opened)
    comments_due: PartialDate | None = None  # the date the UN set for the source's comments on a reply
    evidence_id: str = ref("evidence")  # the document itself (the reply, the opinion), attached as evidence
    submission_ids: list[str] = field(default_factory=list, metadata={"pattern": "submission-id"})
    follow_up_text: str = text(True)  # the source's comments on this reply, or the update to send
    notes: str = text(True)


# --- the case -----------------------------------------------------------------------
@dataclass
class Case(Item):
    title: str = ""
    reference: str = ""  # internal reference, e.g. "RC-2024-003"
    state: str = field(default="CN", metadata={"pattern": "country"})
    region: str = vocab("region", "mainland")
    status: str = vocab("case_status", "draft")
    urgency: str = vocab("urgency", "none")
    urgency_reason: str = text(True)
    summary: str = text(True)
    narrative: str = text(True)
    tags: list[str] = field(default_factory=list)
    mandates: list[str] = vocab("mandate", many=True)  # UN mechanisms this case is meant for
    created_at: str = ""  # ISO 8601 UTC, set by the vault
    updated_at: str = ""
    persons: list[Person] = field(default_factory=list)
    organisations: list[Organisation] = field(default_factory=list)
    deprivations: list[Deprivation] = field(default_factory=list)
    remedies: list[RemedyStep] = field(default_factory=list)
    remedies_note: str = text(True)  # why remedies were ineffective or not attempted
    legal_analysis: LegalAnalysis = field(default_factory=LegalAnalysis)
    testimonies: list[Testimony] = field(default_factory=list)
    evidence: list[EvidenceItem] = field(default_factory=list)
    consents: list[ConsentRecord] = field(default_factory=list)
    reprisals: list[ReprisalIncident] = field(default_factory=list)
    communications: list[CommunicationEntry] = field(default_factory=list)  # the UN's side: see CommunicationEntry

    # -- look-ups --------------------------------------------------------------
    def person(self, pid: str) -> Person | None:
        return next((p for p in self.persons if p.id == pid), None)

    def organisation(self, oid: str) -> Organisation | None:
        return next((o for o in self.organisations if o.id == oid), None)

    def evidence_item(self, eid: str) -> EvidenceItem | None:
        return next((e for e in self.evidence if e.id == eid), None)

    def communication(self, cid: str) -> CommunicationEntry | None:
        return next((c for c in self.communications if c.id == cid), None)

    def persons_with_role(self, role: str) -> list[Person]:
        return [p for p in self.persons if role in p.roles]

    def victims(self) -> list[Person]:
        return self.persons_with_role("victim")

    def consent_for(self, pid: str) -> ConsentRecord | None:
        """The most recent active consent record of a person (records are kept in order)."""
        active = [c for c in self.consents if c.person_id == pid and c.active]
        return active[-1] if active else None

    def consent_record(self, cid: str) -> ConsentRecord | None:
        return next((c for c in self.consents if c.id == cid), None)

    def deprivation_of(self, pid: str) -> Deprivation | None:
        return next((d for d in self.deprivations if d.person_id == pid), None)
