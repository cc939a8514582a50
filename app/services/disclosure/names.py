"""How each person is named for an audience, and scrubbing withheld names from free text.

The rules (docs/submissions.md, "Disclosure"):

* ``state`` (a UN submission, whose main document is transmitted to the
  State): a victim, witness, relative or lawyer is named in full only if their
  active consent record says the name may be disclosed to the State; otherwise
  by initials if they accepted initials in public reports; otherwise not at all
  (a role and number, "Witness 2").
* ``public``: full name or initials as ``name_in_public`` says; otherwise a pseudonym.
* ``partner``: full name if ``share_with_partners``; otherwise a pseudonym.
* ``internal``: everyone in full.

Sources are never named outside ``internal``.  Alleged perpetrators are named
unless marked confidential.  A person marked confidential is never named.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass

from app.domain.model import Case, ConsentRecord, Person
from app.domain.vocab import label as vocab_label

FULL, INITIALS, WITHHELD = "full", "initials", "withheld"
_NAME_FIELDS = {"family_name", "given_name", "family_name_latin", "given_name_latin", "other_names"}


@dataclass(frozen=True)
class Shown:
    mode: str  # full | initials | withheld
    text: str  # what the disclosed view prints, in the document language
    full: str  # the complete name (confidential annex only)
    role: str = "witness"
    number: int = 0  # n-th person of that role: the pseudonym is role + number

    def pseudonym(self, lang: str) -> str:
        return pseudonym(self.role, self.number, lang)


def pseudonym(role: str, number: int, lang: str) -> str:
    return f"{vocab_label('person_role', role, lang).split(' (')[0].split(' / ')[0]} {number}"


def _cjk(s: str) -> bool:
    return any("\u3400" <= ch <= "\u9fff" or "\U00020000" <= ch <= "\U0003134f" for ch in s)


def rtl(s: str) -> bool:
    """Written right to left (Arabic script: Uyghur; Hebrew)."""
    return any("\u0590" <= ch <= "\u08ff" or "\ufb1d" <= ch <= "\ufeff" for ch in s)


def full_name(p: Person) -> str:
    """Original script and transliteration; Chinese names family name first, others given name first.

    A right-to-left name goes after its transliteration, so a label or line starting with it keeps the
    document's left-to-right direction ("Memetjan Imin (مەمەتجان ئىمىن)").
    """
    if _cjk(p.family_name + p.given_name):
        return p.display_name()
    original = " ".join(x for x in (p.given_name, p.family_name) if x)
    latin = " ".join(x for x in (p.given_name_latin, p.family_name_latin) if x)
    if original and latin and original != latin:
        return f"{latin} ({original})" if rtl(original) else f"{original} ({latin})"
    return original or latin or (p.other_names[0] if p.other_names else "")


def initials(p: Person) -> str:
    parts = [p.family_name_latin, p.given_name_latin] if (p.family_name_latin or p.given_name_latin) \
        else [p.family_name, p.given_name]
    letters = []
    for part in parts:
        for word in re.split(r"[\s\-·]+", part.strip()):
            if word:
                letters.append(word[0].upper() + ".")
    return " ".join(letters) or "—"


def primary_role(p: Person) -> str:
    for role in ("victim", "source", "witness", "relative", "lawyer", "perpetrator"):
        if role in p.roles:
            return role
    return "witness"


def _mode(audience: str, consent: ConsentRecord | None) -> str:
    if consent is None:
        return WITHHELD
    if audience == "state":
        if consent.name_to_state:
            return FULL
        return INITIALS if consent.name_in_public in ("full", "initials") else WITHHELD
    if audience == "public":
        return {"full": FULL, "initials": INITIALS}.get(consent.name_in_public, WITHHELD)
    if audience == "partner":
        return FULL if consent.share_with_partners else WITHHELD
    return FULL


def naming(case: Case, audience: str, lang: str) -> dict[str, Shown]:
    """How every person of *case* appears to *audience*, by person id."""
    out: dict[str, Shown] = {}
    counters: dict[str, int] = {}
    for p in case.persons:
        role = primary_role(p)
        counters[role] = counters.get(role, 0) + 1
        n = counters[role]
        alias = pseudonym(role, n, lang)
        full = full_name(p)
        if audience == "internal":
            mode = FULL
        elif p.confidential or role == "source" or set(p.confidential_fields) & _NAME_FIELDS:
            mode = WITHHELD
        elif role == "perpetrator":
            mode = FULL
        else:
            mode = _mode(audience, case.consent_for(p.id))
        if mode == FULL and not full:
            mode = WITHHELD
        text = full if mode == FULL else initials(p) if mode == INITIALS else alias
        out[p.id] = Shown(mode, text, full, role, n)
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
    # a single name (Tibetan, Uyghur patronymic systems) is the whole name
    for single in (p.family_name, p.given_name, p.family_name_latin, p.given_name_latin):
        if single and (len(single) >= 4 or not single.isascii()) and not (p.family_name and p.given_name) and not (p.family_name_latin and p.given_name_latin):
            v.add(single)
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


_DOUBLED = re.compile(r"\b([^\W\d_]+)\s+(?=\1\s+\d)", re.IGNORECASE)


class Scrubber:
    """Replaces withheld names in free text by what the disclosed view shows instead.

    ``replacement(shown, text)`` chooses the replacement; by default the
    pseudonym in the language the text is written in (so English text reads
    "Witness 1" inside a Spanish document), or the initials.
    """

    def __init__(self, case: Case, shown: dict[str, Shown]) -> None:
        pairs: list[tuple[str, Shown]] = []
        for p in case.persons:
            s = shown.get(p.id)
            if s is None or s.mode == FULL:
                continue
            for variant in name_variants(p):
                pairs.append((variant, s))
        pairs.sort(key=lambda x: len(x[0]), reverse=True)
        self._map = {k.casefold(): v for k, v in pairs}
        self._variants = {k.casefold(): k for k, _ in pairs}
        self._needles = tuple(self._map)  # longest first
        self._compiled: dict[tuple[str, ...], re.Pattern[str]] = {}

    def _present(self, text: str) -> tuple[str, ...]:
        """The names that occur in *text* as plain substrings (fast, in C): only those go into the regex."""
        if not self._needles or not text:
            return ()
        folded = text.casefold()
        return tuple(n for n in self._needles if n in folded)

    def _rx(self, present: tuple[str, ...]) -> re.Pattern[str]:
        rx = self._compiled.get(present)
        if rx is None:
            rx = re.compile("|".join(_pattern(self._variants[n]) for n in present), re.IGNORECASE)
            self._compiled[present] = rx
        return rx

    def __call__(self, text: str, lang: str) -> str:
        present = self._present(text)
        if not present:
            return text

        def repl(m: re.Match[str]) -> str:
            s = self._map.get(m.group(0).casefold())
            if s is None:
                return m.group(0)
            return s.text if s.mode == INITIALS else s.pseudonym(lang)

        out = self._rx(present).sub(repl, text)
        # "Lawyer He Mingzhe" became "Lawyer Lawyer 1": keep one role word
        return _DOUBLED.sub("", out) if out != text else out

    def changes(self, text: str) -> bool:
        present = self._present(text)
        return bool(present) and bool(self._rx(present).search(text))
