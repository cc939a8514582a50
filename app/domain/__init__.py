"""The case model (pure dataclasses, vocabularies, validation).  No I/O besides reading vocabularies."""

from app.domain.dates import PartialDate
from app.domain.model import (
    Arrest, Case, CategoryArgument, ConsentRecord, Contact, Deprivation, DetentionPeriod,
    EvidenceItem, Hearing, IdentityDocument, IllTreatment, Item, LegalAnalysis, LegalProvision,
    Organisation, Person, Place, Proceedings, RemedyStep, Testimony, Translation, new_id,
)

__all__ = [
    "Arrest", "Case", "CategoryArgument", "ConsentRecord", "Contact", "Deprivation",
    "DetentionPeriod", "EvidenceItem", "Hearing", "IdentityDocument", "IllTreatment", "Item",
    "LegalAnalysis", "LegalProvision", "Organisation", "PartialDate", "Person", "Place",
    "Proceedings", "RemedyStep", "Testimony", "Translation", "new_id",
]
