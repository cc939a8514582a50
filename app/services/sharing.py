"""Redaction profiles for everything that leaves the vault for other people (bundles, CSV, Uwazi).

ONE function, :func:`disclosed`, turns a case into what a profile may see; every export of this
package calls it and nothing else.  The profiles are those of the disclosure engine
(:mod:`app.services.disclosure`), the same that builds UN submissions:

* ``full`` -- the documenters themselves (another vault of the same team): nothing withheld;
* ``partner`` -- what consent allows to share with partner organisations;
* ``public`` -- names only where consent allows publication (initials otherwise), no confidential
  fields, no contact details, and no evidence files.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from app.domain.model import Case
from app.errors import UnknownProfile
from app.services.disclosure import disclose

PROFILES = ("full", "partner", "public")


@dataclass
class View:
    """A case as one profile may see it, and how many values were withheld from it."""

    case: Case
    profile: str
    withheld: int = 0
    withheld_ids: set[str] = field(default_factory=set)


def disclosed(case: Case, profile: str, person_ids: list[str] | None = None, *,
              parts: frozenset[str] | None = None) -> View:
    """*case* as *profile* may see it (narrowed to the victims *person_ids* when given; to the
    fields *parts* of the case when given, see :func:`app.services.disclosure.disclose`)."""
    if profile not in PROFILES:
        raise UnknownProfile(profile)
    d = disclose(case, profile, person_ids, parts=parts)
    view = d.case
    if not evidence_allowed_for(profile):
        view.evidence = []  # nothing marks a file publishable yet: no evidence at all goes public
    return View(view, profile, len(d.withheld), set(d.withheld_ids))


def evidence_allowed_for(profile: str) -> bool:
    return profile != "public"


