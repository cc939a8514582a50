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

import copy
from dataclasses import dataclass, field

from app.domain.model import Case

PROFILES = ("full", "partner", "public")


class UnknownProfile(ValueError):
    pass


@dataclass
class View:
    """A case as one profile may see it, and how many values were withheld from it."""

    case: Case
    profile: str
    withheld: int = 0
    withheld_ids: set[str] = field(default_factory=set)


def disclosed(case: Case, profile: str, person_ids: list[str] | None = None) -> View:
    if profile not in PROFILES:
        raise UnknownProfile(profile)
    if profile != "full":
        raise UnknownProfile(profile)  # until the disclosure engine is on main
    return View(copy.deepcopy(case), profile)


def evidence_allowed(view: View) -> bool:
    """Whether evidence FILES may go with this view (never for ``public``: nothing marks a file
    publishable yet)."""
    return view.profile != "public"
