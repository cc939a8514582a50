"""A case with every field of every item filled, each plain text field with a unique canary.

:func:`rich_case` returns the case and a list of :class:`Canary`: the value, and
the chain of (item, field name) pairs from the case down to it, so a test can
decide whether some marking (``confidential`` on any item of the chain, or the
field name in that item's ``confidential_fields``) withholds it.
"""

from __future__ import annotations

import itertools
from dataclasses import dataclass, fields, is_dataclass
from typing import Any

from app.domain.dates import PartialDate
from app.domain.model import (
    Arrest, Case, CategoryArgument, CommunicationEntry, ConsentRecord, Deprivation, DetentionPeriod, EvidenceItem, Hearing, IllTreatment,
    Item, LegalProvision, Organisation, Person, Proceedings, RemedyStep, ReprisalIncident, Testimony, Translation,
)
from app.domain.vocab import vocabulary


@dataclass
class Canary:
    value: str
    chain: tuple[tuple[Any, str], ...]  # (item, field name of that item leading here)
    cls: str  # class holding the leaf field
    name: str  # the leaf field

    def field(self) -> tuple[str, str]:
        """The field of the nearest item that holds the value (Person.residence for a residence's locality)."""
        item, name = next((i, n) for i, n in reversed(self.chain) if isinstance(i, Item))
        return type(item).__name__, name

    def owner(self) -> Any:
        return next(i for i, _ in reversed(self.chain) if isinstance(i, Item))

    def for_form(self, form: str) -> bool:
        """Whether the form's annex must carry this value when it is withheld: the reprisals form reports the
        reprisals log (and no other part of the case); every other form the rest of the case."""
        in_log = any(isinstance(i, ReprisalIncident) for i, _ in self.chain)
        return in_log == (form == "reprisals")

    def marked(self) -> bool:
        return any((isinstance(i, Item) and (i.confidential or f in i.confidential_fields)) for i, f in self.chain)


def _skeleton() -> Case:
    orgs = [Organisation(kind="public-security", state_actor="yes"), Organisation(kind="court", state_actor="yes"),
            Organisation(kind="state-security", state_actor="yes")]
    v1 = Person(roles=["victim"], sex="female")
    v2 = Person(roles=["victim"], sex="male")
    witness = Person(roles=["witness"])
    relative = Person(roles=["relative"])
    lawyer = Person(roles=["lawyer"])
    source = Person(roles=["source"])
    perp = Person(roles=["perpetrator"], organisation_id=orgs[0].id)
    persons = [v1, v2, witness, relative, lawyer, source, perp]

    def dep(pid: str) -> Deprivation:
        return Deprivation(
            person_id=pid,
            arrest=Arrest(force_ids=[orgs[0].id, orgs[2].id], warrant_shown="no", warrant_issuer_id=orgs[1].id,
                          legal_basis=[LegalProvision()]),
            periods=[DetentionPeriod(kind="rsdl", facility_id=orgs[2].id, holding_authority_id=orgs[0].id,
                                     ordering_authority_id=orgs[1].id, incommunicado="yes", legal_basis=[LegalProvision()]),
                     DetentionPeriod(kind="criminal-detention", ongoing=True, holding_authority_id=orgs[2].id,
                                     lawyer_of_choice="no", family_notified="yes")],
            proceedings=[Proceedings(court_id=orgs[1].id, charges=[LegalProvision()], informed_of_charges="yes",
                                     lawyer_access="no", coerced_confession="yes", televised_confession="yes",
                                     hearings=[Hearing(kind="trial", public="no"), Hearing(kind="verdict")])],
            ill_treatment=IllTreatment(torture_or_ill_treatment="yes", medical_care_denied="yes", risk_to_life="yes",
                                       perpetrator_ids=[perp.id]),
            still_detained="yes")

    deps = [dep(v1.id), dep(v1.id), dep(v2.id)]
    deps[0].periods[1].ongoing = False
    evidence = [EvidenceItem(kind="official-document", sha256="a" * 64, size=10),
                EvidenceItem(kind="photo-video", sha256="b" * 64, size=20)]
    consents = [ConsentRecord(person_id=v1.id, given_by="family", submit_to_un=True, name_to_state=True,
                              name_in_public="full", evidence_id=evidence[0].id),
                ConsentRecord(person_id=v2.id, submit_to_un=True, name_to_state=False, name_in_public="initials"),
                ConsentRecord(person_id=witness.id, submit_to_un=True),
                ConsentRecord(person_id=lawyer.id, submit_to_un=True, name_to_state=True, name_in_public="full")]
    comm = CommunicationEntry(kind="communication", letter_type="urgent-appeal", mandates=["wgad", "sr-hrd"])
    reply = CommunicationEntry(kind="state-reply", in_reply_to=comm.id, evidence_id=evidence[1].id)
    log = [comm, reply, CommunicationEntry(kind="opinion", finding="arbitrary", categories=["I", "II"], in_reply_to=comm.id),
           CommunicationEntry(kind="press-release", mandates=["sr-hrd"]),
           CommunicationEntry(kind="follow-up", in_reply_to=reply.id)]
    reprisals = [  # a relative who may not be named (no consent), a lawyer who may
        ReprisalIncident(person_id=relative.id, kinds=["threats", "travel-ban"], perpetrator_ids=[perp.id],
                         organisation_ids=[orgs[2].id], engagement_kind="submission", evidence_ids=[evidence[1].id],
                         communication_id=comm.id),
        ReprisalIncident(person_id=lawyer.id, kinds=["loss-of-licence"], organisation_ids=[orgs[0].id],
                         engagement_kind="meeting", consent_id=consents[3].id)]
    return Case(
        state="CN", region="mainland", urgency="urgent", mandates=["sr-expression", "wgad"], communications=log,
        reprisals=reprisals,
        persons=persons, organisations=orgs, deprivations=deps,
        remedies=[RemedyStep(body_id=orgs[1].id, outcome="rejected"), RemedyStep(outcome="no-response")],
        legal_analysis=_analysis(),
        testimonies=[Testimony(interviewee_id=witness.id, language="zh-Hans",
                               translations=[Translation(language="en"), Translation(language="fr")]),
                     Testimony(interviewee_id=relative.id, language="en")],
        evidence=evidence, consents=consents)


def _analysis():  # type: ignore[no-untyped-def]
    from app.domain.model import LegalAnalysis

    return LegalAnalysis(categories=[CategoryArgument(category="II", articles=["UDHR-19"]),
                                     CategoryArgument(category="III", articles=["UDHR-10"])],
                         rights_invoked=["UDHR-9"])


_SKIP = {"id", "confidential", "confidential_fields", "created_at", "updated_at", "sha256", "time", "media_type"}


def rich_case() -> tuple[Case, list[Canary]]:
    case = _skeleton()
    canaries: list[Canary] = []
    counter = itertools.count(1)
    years = itertools.count(1901)

    def fill(obj: Any, chain: tuple[tuple[Any, str], ...]) -> None:
        for f in fields(obj):
            if f.name in _SKIP or "vocab" in f.metadata or "ref" in f.metadata or "pattern" in f.metadata:
                continue
            here = chain + ((obj, f.name),)
            value = getattr(obj, f.name)
            cls = type(obj).__name__
            if f.type in ("str",) or isinstance(value, str):
                c = f"Cnry{next(counter):04d}q"
                setattr(obj, f.name, c)
                canaries.append(Canary(c, here, cls, f.name))
            elif f.name == "other_names" or f.name == "tags":
                c = f"Cnry{next(counter):04d}q"
                setattr(obj, f.name, [c])
                canaries.append(Canary(c, here, cls, f.name))
            elif "PartialDate" in str(f.type):
                y = next(years)
                setattr(obj, f.name, PartialDate(y, 3, 9))
                canaries.append(Canary(str(y), here, cls, f.name))
            elif isinstance(value, list):
                for x in value:
                    if is_dataclass(x):
                        fill(x, here)
            elif is_dataclass(value):
                fill(value, here)

    fill(case, ())
    case.id = "c" * 32  # a withheld reference prints the id's start: no digits that could look like a year
    # the consent "released" and "withdrawn" dates would change which records count: keep them empty
    for c in case.consents:
        c.withdrawn_on = None
    ongoing_ends = set()
    for d in case.deprivations:
        d.released_on = None
        for p in d.periods:
            if p.ongoing:  # an ongoing period has no end
                ongoing_ends.add(str(p.end.year) if p.end else "")
                p.end = None
    canaries = [c for c in canaries if c.name not in ("withdrawn_on", "released_on")
                and not (c.name == "end" and c.value in ongoing_ends)]
    return case, canaries


def all_items(case: Case) -> list[Any]:
    """Every item (and the legal analysis) of the case, depth first."""
    out: list[Any] = []

    def walk(obj: Any) -> None:
        if isinstance(obj, Item):
            out.append(obj)
        for f in fields(obj):
            value = getattr(obj, f.name)
            for x in value if isinstance(value, list) else [value]:
                if is_dataclass(x) and not isinstance(x, PartialDate):
                    walk(x)

    walk(case)
    return out


def markable(item: Any) -> list[str]:
    return [f.name for f in fields(item) if f.name not in ("id", "confidential", "confidential_fields")]


assert vocabulary("tri")  # vocabularies load (resources present)
