"""Kinship and first-person clues that identify a pseudonymised source.

A pseudonym hides a name, but "Source 1 (wife)", "his wife, Source 1" or a
testimony in the first person ("they took my husband") still says who the
source is.  :func:`strip_kinship` removes a kinship word attached to a source's
pseudonym; :func:`find_clues` reports the sentences that still pair a source
with a kinship word, or speak in the first person about a relative, so the
user can rewrite them (a warning pointing at the field and the sentence).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

KIN = {
    "en": ("wife", "husband", "spouse", "partner", "son", "daughter", "mother", "father", "brother", "sister",
           "cousin", "uncle", "aunt", "nephew", "niece", "grandmother", "grandfather", "grandson",
           "granddaughter", "mother-in-law", "father-in-law", "brother-in-law", "sister-in-law", "child",
           "parent", "relative", "family member", "fiancée", "fiancé", "girlfriend", "boyfriend"),
    "fr": ("épouse", "femme", "mari", "conjoint", "conjointe", "compagne", "compagnon", "fils", "fille", "mère",
           "père", "frère", "sœur", "soeur", "cousin", "cousine", "oncle", "tante", "neveu", "nièce",
           "grand-mère", "grand-père", "parent", "proche", "membre de la famille", "fiancée", "fiancé"),
    "es": ("esposa", "esposo", "marido", "mujer", "pareja", "hijo", "hija", "madre", "padre", "hermano",
           "hermana", "primo", "prima", "tío", "tía", "sobrino", "sobrina", "abuela", "abuelo", "familiar",
           "pariente", "novia", "novio"),
}
_POSSESSIVE = {"en": r"(?:his|her|their|the victim's|the detainee's|a)", "fr": r"(?:sa|son|ses|l[ae]|une?)",
               "es": r"(?:su|sus|la|el|una?)"}
_FIRST_PERSON = {
    "en": r"\b(?:my|our)\s+(?:{kin})\b",
    "fr": r"\b(?:mon|ma|mes|notre|nos)\s+(?:{kin})\b",
    "es": r"\b(?:mi|mis|nuestro|nuestra|nuestros|nuestras)\s+(?:{kin})\b",
}
_CJK_FIRST_PERSON = re.compile(r"我(?:的|们的)?(?:丈夫|老公|妻子|老婆|儿子|女儿|母亲|妈妈|父亲|爸爸|哥哥|弟弟|姐姐|妹妹|家人)")
_SENTENCE = re.compile(r"[^.!?。！？\n]+[.!?。！？]?")


@dataclass(frozen=True)
class Clue:
    """A sentence that may identify a source, in a field of the disclosed view."""

    path: str
    sentence: str
    term: str
    person_id: str  # the source concerned


def _kin(lang: str, extra: tuple[str, ...] = ()) -> str:
    words = sorted({*KIN.get(lang, KIN["en"]), *(e.lower() for e in extra if e.strip())}, key=len, reverse=True)
    return "|".join(re.escape(w) for w in words)


def strip_kinship(text: str, alias: str, lang: str, extra: tuple[str, ...] = ()) -> str:
    """Remove kinship words attached to *alias*: "Source 1 (wife)", "his wife, Source 1", "Source 1, his wife,"."""
    if alias not in text:
        return text
    kin = _kin(lang, extra)
    a = re.escape(alias)
    poss = _POSSESSIVE.get(lang, _POSSESSIVE["en"])
    text = re.sub(rf"{a}\s*\((?:{poss}\s+)?(?:{kin})\)", alias, text, flags=re.IGNORECASE)
    # "His sister, Gulnar Imin, has had no news" (the subject): the appositive's closing comma goes too
    text = re.sub(rf"(^|[.!?]\s+|\n)\s*{poss}\s+(?:{kin})\s*,\s+{a}\s*,\s*", rf"\g<1>{alias} ", text,
                  flags=re.IGNORECASE)
    text = re.sub(rf"\b{poss}\s+(?:{kin})\s*,?\s+{a}", alias, text, flags=re.IGNORECASE)
    text = re.sub(rf"{a}\s*,\s*{poss}\s+(?:{kin})\b\s*,?", alias + ",", text, flags=re.IGNORECASE)
    text = re.sub(rf"{a}\s*,\s*(?=[.;:!?)])", alias, text)
    return text


def find_clues(text: str, path: str, alias: str, person_id: str, lang: str, *, first_person: bool,
               extra: tuple[str, ...] = ()) -> list[Clue]:
    """Sentences of *text* pairing *alias* with a kinship word, or (testimony of the source) a first-person relative."""
    out: list[Clue] = []
    kin_rx = re.compile(rf"\b(?:{_kin(lang, extra)})\b", re.IGNORECASE)
    fp_rx = re.compile(_FIRST_PERSON.get(lang, _FIRST_PERSON["en"]).format(kin=_kin(lang, extra)), re.IGNORECASE)
    for m in _SENTENCE.finditer(text):
        sentence = m.group(0).strip()
        if not sentence:
            continue
        if alias and alias in sentence:
            k = kin_rx.search(sentence)
            if k:
                out.append(Clue(path, sentence, k.group(0), person_id))
                continue
        if first_person:
            k = fp_rx.search(sentence) or _CJK_FIRST_PERSON.search(sentence)
            if k:
                out.append(Clue(path, sentence, k.group(0), person_id))
    return out
