"""Formatting case values for a document in English, French or Spanish."""

from __future__ import annotations

from app.domain.dates import PartialDate
from app.domain.model import LegalProvision, Place
from app.domain.vocab import label as vocab_label

MONTHS = {
    "en": ["January", "February", "March", "April", "May", "June", "July", "August", "September",
           "October", "November", "December"],
    "fr": ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre",
           "octobre", "novembre", "décembre"],
    "es": ["enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto", "septiembre",
           "octubre", "noviembre", "diciembre"],
}
APPROX = {"en": "about", "fr": "vers", "es": "hacia"}


def date(d: PartialDate | None, lang: str) -> str:
    if d is None:
        return ""
    months = MONTHS[lang]
    if d.month is None:
        text = str(d.year)
    elif d.day is None:
        text = f"{months[d.month - 1]} {d.year}" if lang == "en" else \
            f"{months[d.month - 1]} {d.year}" if lang == "fr" else f"{months[d.month - 1]} de {d.year}"
    elif lang == "en":
        text = f"{d.day} {months[d.month - 1]} {d.year}"
    elif lang == "fr":
        text = f"{'1er' if d.day == 1 else d.day} {months[d.month - 1]} {d.year}"
    else:
        text = f"{d.day} de {months[d.month - 1]} de {d.year}"
    return f"{APPROX[lang]} {text}" if d.approximate else text


def vocab(name: str, code: str, lang: str) -> str:
    return vocab_label(name, code, lang) if code else ""


def vocab_list(name: str, codes: list[str], lang: str) -> str:
    return "; ".join(vocab(name, c, lang) for c in codes)


def place(p: Place, lang: str) -> str:
    country = vocab("country", p.country, lang) if p.country else ""
    return ", ".join(x for x in (p.detail, p.locality, p.admin_area, country) if x.strip())


def provisions(items: list[LegalProvision], lang: str) -> str:
    art = {"en": "art.", "fr": "art.", "es": "art."}[lang]
    return "; ".join(f"{p.law}, {art} {p.articles}" if p.articles else p.law for p in items if p.law or p.articles)


def join(*parts: str, sep: str = "; ") -> str:
    return sep.join(p for p in parts if p and p.strip())
