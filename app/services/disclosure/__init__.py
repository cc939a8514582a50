"""Disclosure: the one step between a case and every output.

Every output — a UN submission's main document, an editable document, a shared
bundle, a CSV, statistics — is built from a *disclosed view* of the case, never
from the case itself::

    from app.services.disclosure import disclose

    d = disclose(case, "sp-urgent", person_ids=[victim.id], lang="fr")
    d.case          # a Case (same types) holding only what this purpose may see
    d.name(pid)     # how a person is named in the view (full, initials, "Témoin 2")
    d.withheld      # [Withheld(path, label, value, item_id, person_id, reason)]: the annex
    d.clues         # [Clue(path, sentence, term, person_id)]: sentences that may identify a source
    d.is_withheld(item, "field")   # print "withheld" rather than "not known"

Purposes: the five submission forms (WGAD, WGAD urgent, SP allegation, SP urgent, WGEID) (the main document is transmitted to the
State: ``state`` audience), ``state``, ``partner`` (names only with
``share_with_partners`` consent), ``public`` (names per ``name_in_public``) and
``full`` (the documenters themselves: nothing withheld, for encrypted backups
and transfers between the team's own vaults).

What the walk does (generically, field by field, over the dataclasses of
:mod:`app.domain.model`, so a new field cannot escape it):

* an item marked ``confidential`` is withheld with everything nested in it: it
  is dropped from its list (a person stays as a stub with its roles, so a
  confidential victim is still a victim, named by role and number);
* a name in ``confidential_fields`` withholds that field's whole subtree (a
  place, a list, a sub-object) — on the case itself too (``narrative``,
  ``persons``, ``legal_analysis``…);
* names follow consent (:mod:`.names`): identity fields of a person who may not
  be named are withheld (the region of residence stays, the address goes), and
  every way of writing the name is replaced in all free text by the initials or
  a pseudonym in the text's own language;
* sources are withheld whole; kinship words attached to a source's pseudonym
  are removed ("Source 1 (wife)" -> "Source 1"), and sentences that still tie a
  source to a relationship, or a source's testimony speaking of "my husband",
  are reported as clues;
* fields the coverage table (``resources/fields/coverage.json``) declares
  ``internal`` are blanked and not listed; ``annex`` fields (contact details…)
  are always withheld;
* with *person_ids*, the view holds only the selected victims (their
  deprivations, consent records and testimonies); others are still scrubbed
  from free text.
"""

from app.services.disclosure.clues import Clue
from app.services.disclosure.engine import AUDIENCES, Disclosed, UnknownPurpose, Withheld, disclose

__all__ = ["AUDIENCES", "Clue", "Disclosed", "UnknownPurpose", "Withheld", "disclose"]
