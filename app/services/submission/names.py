"""How each person is named in the document sent to the State.

The rule (docs/submissions.md): a victim, witness, relative or lawyer is named in
full only if their active consent record says the name may be disclosed to the
State; otherwise by initials if they accepted initials in public reports;
otherwise not at all (a role and number, e.g. "Witness 2").  Sources are never
named in the main document.  Alleged perpetrators are named unless marked
confidential.  Every withheld name is listed in the confidential annex, and
occurrences of it in free text of the main document are replaced.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass

from app.domain.model import Case, Person
from app.domain.vocab import label as vocab_label

FULL, INITIALS, WITHHELD = "full", "initials", "withheld"


@dataclass(frozen=True)
class Shown:
    mode: str
    text: str  # what the main document prints
    full: str  # the complete name (annex)


def full_name(p: Person) -> str:
    return p.display_name()


def initials(p: Person) -> str:
    parts = [p.family_name_latin, p.given_name_latin] if (p.family_name_latin or p.given_name_latin) \
        else [p.family_name, p.given_name]
    letters = []
    for part in parts:
        for word in re.split(r"[\s\-·]+", part.strip()):
            if word:
                letters.append(word[0].upper() + ".")
    return " ".join(letters) or "—"


def _primary_role(p: Person) -> str:
    for role in ("victim", "source", "witness", "relative", "lawyer", "perpetrator"):
        if role in p.roles:
            return role
    return "witness"


def disclosure(case: Case, lang: str) -> dict[str, Shown]:
    """How every person of the case appears in the main document, by person id."""
    out: dict[str, Shown] = {}
    counters: dict[str, int] = {}
    for p in case.persons:
        role = _primary_role(p)
        counters[role] = counters.get(role, 0) + 1
        pseudonym = f"{vocab_label('person_role', role, lang).split(' (')[0].split(' / ')[0]} {counters[role]}"
        if p.confidential or role == "source":
            out[p.id] = Shown(WITHHELD, pseudonym, full_name(p))
            continue
        if role == "perpetrator":
            out[p.id] = Shown(FULL, full_name(p) or pseudonym, full_name(p))
            continue
        consent = case.consent_for(p.id)
        if consent is not None and consent.name_to_state:
            out[p.id] = Shown(FULL, full_name(p) or pseudonym, full_name(p))
        elif consent is not None and consent.name_in_public in ("full", "initials"):
            out[p.id] = Shown(INITIALS, initials(p), full_name(p))
        else:
            out[p.id] = Shown(WITHHELD, pseudonym, full_name(p))
    return out


def name_variants(p: Person) -> list[str]:
    """Every way the person's name may be written in free text, longest first.

    Single Latin words are included only when long enough not to match
    ordinary words (a given name such as "Xiaowen"; never "Li" or "An").
    """
    v: set[str] = set(p.other_names)
    if p.family_name and p.given_name:
        v |= {p.family_name + p.given_name, f"{p.given_name} {p.family_name}",
              f"{p.family_name} {p.given_name}"}
    if p.family_name_latin and p.given_name_latin:
        v |= {f"{p.family_name_latin} {p.given_name_latin}", f"{p.given_name_latin} {p.family_name_latin}"}
    # a given name alone identifies as well as the full name (陈秋实 -> 秋实, Qiushi)
    if len(p.given_name) >= 2 and not p.given_name.isascii():
        v.add(p.given_name)
    if len(p.given_name_latin) >= 5:
        v.add(p.given_name_latin)
    return sorted((x.strip() for x in v if len(x.strip()) >= 2), key=len, reverse=True)


def _pattern(variant: str) -> str:
    """Latin-script names match whole words only; other scripts match as substrings."""
    escaped = re.escape(variant)
    if all(ch.isascii() or unicodedata.name(ch, "").startswith("LATIN") for ch in variant if ch.isalpha()):
        return rf"(?<!\w){escaped}(?!\w)"
    return escaped


class Scrubber:
    """Replaces withheld names in free text by what the main document shows instead."""

    def __init__(self, case: Case, shown: dict[str, Shown]) -> None:
        pairs = []
        for p in case.persons:
            s = shown[p.id]
            if s.mode == FULL:
                continue
            for variant in name_variants(p):
                pairs.append((variant, s.text))
        pairs.sort(key=lambda x: len(x[0]), reverse=True)
        self._map = {k.casefold(): v for k, v in pairs}
        self._needles = tuple(self._map)
        self._rx = re.compile("|".join(_pattern(k) for k, _ in pairs), re.IGNORECASE) if pairs else None

    def __call__(self, text: str) -> str:
        if not self._rx or not text:
            return text
        folded = text.casefold()
        if not any(n in folded for n in self._needles):  # fast path: plain substring search in C
            return text
        return self._rx.sub(lambda m: self._map.get(m.group(0).casefold(), m.group(0)), text)

    def changes(self, text: str) -> bool:
        return bool(self._rx and text and self._rx.search(text))
