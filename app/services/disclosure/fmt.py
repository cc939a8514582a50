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


_UNITS = {
    "en": (("day", "days"), ("month", "months"), ("year", "years")),
    "fr": (("jour", "jours"), ("mois", "mois"), ("an", "ans")),
    "es": (("día", "días"), ("mes", "meses"), ("año", "años")),
}


def _unit(n: int, k: int, lang: str) -> str:
    one, many = _UNITS[lang][k]
    return f"{n} {one if n == 1 else many}"


def duration(start: PartialDate | None, end: PartialDate | None, lang: str) -> str:
    """Length of a period, as precise as the dates allow ("10 days", "about 3 months", "2 years 4 months")."""
    if start is None or end is None:
        return ""
    a, b = start.earliest(), end.earliest() if end.precision == start.precision else end.latest()
    if b < a:
        return ""
    approx = start.approximate or end.approximate or start.precision != "day" or end.precision != "day"
    days = (b - a).days + (0 if start.precision == "day" and end.precision == "day" else 0)
    months = (b.year - a.year) * 12 + b.month - a.month - (1 if b.day < a.day else 0)
    if days < 60 and start.precision == "day" and end.precision == "day":
        text = _unit(days, 0, lang)
    elif months < 24:
        text = _unit(max(months, 1), 1, lang) if months or start.precision != "day" else _unit(days, 0, lang)
    else:
        years, rest = divmod(months, 12)
        text = _unit(years, 2, lang) + (f" {_unit(rest, 1, lang)}" if rest and not approx else "")
    return f"{APPROX[lang]} {text}" if approx else text


def on_date(d: PartialDate | None, lang: str) -> str:
    """A date after a preposition: English "22 July 2019", Spanish "el 22 de julio de 2019", French "le 22 juillet"."""
    text = date(d, lang)
    if not text or d is None or d.day is None or d.approximate:
        return text
    return {"es": f"el {text}", "fr": f"le {text}"}.get(lang, text)


def age(birth: PartialDate | None, at: PartialDate | None) -> int | None:
    """Age in full years at a date, when both are known to the year (to the month when possible)."""
    if birth is None or at is None:
        return None
    years = at.year - birth.year
    if birth.month and at.month and (at.month, at.day or 31) < (birth.month, birth.day or 1):
        years -= 1
    return years if 0 <= years < 130 else None


def colon(label: str, lang: str) -> str:
    """A label followed by a colon; French puts a no-break space before it."""
    return f"{label}\u00a0:" if lang == "fr" else f"{label}:"


def colon_sep(lang: str) -> str:
    """The separator between a label and its value: ": ", or in French " : " with a no-break space."""
    return "\u00a0: " if lang == "fr" else ": "
