"""Plain user text -> safe reportlab paragraph markup, and what each paragraph needs.

User text is never markup: ``<``, ``>`` and ``&`` are escaped, so a testimony
that contains ``<b>`` or ``&amp;`` prints exactly that.  Each single-font run
from :func:`app.export.fonts.script_runs` is wrapped in ``<font face=...>``
and newlines become ``<br/>``.

Per paragraph we decide:

* **CJK line breaking** (``wordWrap='CJK'``) when it contains a space-free
  stretch of Chinese (Han, kana, Hangul, CJK punctuation) long enough to need
  breaks between characters -- reportlab 5.1 still keeps Latin words whole in
  that mode; a lone name stays a normal, unbreakable word;
* **shaping** when it contains Arabic-script (Uyghur) or Tibetan letters.
  Such paragraphs are laid out by :class:`app.export.shaped.ShapedParagraph`
  (HarfBuzz shaping per single-font, single-direction segment, Unicode bidi
  per line), never by reportlab's own ``shaping=1`` path, which shapes a
  whitespace-free token with the *first* run's font and never reorders
  right-to-left words.  Everything else stays a plain reportlab Paragraph.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass

from app.domain.document import FieldRow, Paragraph, Section
from app.export.fonts import SERIF, script_runs


def escape(text: str) -> str:
    """Escape the three characters reportlab's paragraph parser treats as markup.

    Narrow and figure no-break spaces become U+00A0, the only no-break space reportlab's line
    breaker honours (it breaks French "3\u202f:" at the narrow one)."""
    text = text.replace("\u202f", "\u00a0").replace("\u2007", "\u00a0")
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


_CJK = re.compile("[\u2e80-\u9fff\uac00-\ud7af\uf900-\ufaff\ufe30-\ufe4f\uff00-\uffef\U00020000-\U0003ffff]")
# Arabic (and its supplements/presentation forms), Hebrew, Syriac, Thaana, Tibetan
_SHAPED = re.compile("[\u0590-\u07bf\u08a0-\u08ff\u0f00-\u0fff\ufb1d-\ufdff\ufe70-\ufeff]")


_LONG_TOKEN = re.compile(r"\S{10,}")


def needs_cjk_wrap(text: str) -> bool:
    """Whether the paragraph needs reportlab's CJK line breaker (breaks between characters).

    Yes for Chinese text (CJK is more than a third of the letters), or when a space-free
    stretch with CJK is too long to fit on a line as one word (35+ characters).  Mostly-Latin
    text with short Chinese names or quotes wraps at spaces: each quote stays whole, and
    the paragraph avoids the CJK breaker, which is several times slower.
    """
    if not _CJK.search(text):
        return False
    letters = [c for c in text if c.isalpha()]
    if letters and sum(1 for c in letters if _CJK.match(c)) * 3 > len(letters):
        return True
    return any(len(tok) >= _LONGEST_UNBROKEN and _CJK.search(tok) for tok in _LONG_TOKEN.findall(text))


#: CJK characters (at about 10 pt) that still fit on one A4 line as an unbreakable word.
_LONGEST_UNBROKEN = 35


def needs_shaping(text: str) -> bool:
    """Arabic-script (Uyghur) or Tibetan letters: joining, stacking and bidi need HarfBuzz."""
    return _SHAPED.search(text) is not None


@dataclass(frozen=True)
class TextPlan:
    runs: tuple[tuple[str, str], ...]
    cjk: bool
    shaping: bool


def plan(text: str, base: str = SERIF.name) -> TextPlan:
    return TextPlan(tuple(script_runs(text, base)), needs_cjk_wrap(text), needs_shaping(text))


def runs_markup(runs: tuple[tuple[str, str], ...] | list[tuple[str, str]], base: str = SERIF.name) -> str:
    """reportlab markup for single-font runs: escaped, ``<font face>`` where not ``base``, ``<br/>``."""
    parts: list[str] = []
    for name, chunk in runs:
        body = "<br/>".join(escape(line) for line in chunk.split("\n"))
        parts.append(body if name == base else f'<font face="{name}">{body}</font>')
    return "".join(parts)


def markup(text: str, base: str = SERIF.name) -> str:
    """Safe reportlab markup for plain ``text`` whose paragraph style uses ``base``."""
    return runs_markup(script_runs(text, base), base)


#: Languages written right to left (primary subtags) that a case may contain.
RTL_LANGUAGES = frozenset({"ar", "ckb", "dv", "fa", "he", "ps", "sd", "syr", "ug", "ur", "yi"})


def language_rtl(tag: str) -> bool:
    """Whether the BCP 47 ``tag`` names a language written right to left ("ug", "ug-Arab")."""
    return tag.replace("_", "-").split("-")[0].lower() in RTL_LANGUAGES


def majority_rtl(text: str, default: bool) -> bool:
    """The base direction of user text in a document written in direction ``default``.

    The other direction only when the text both starts in it (its first strong character,
    UAX #9 P2) and is plainly written in it -- more than twice as many letters in that direction
    as in the other: a Uyghur testimony with a Latin word or a Chinese place name in it is right
    to left; names given in both scripts ("مەمەتجان ئىمىن (Memetjan Imin)",
    "ئابدۇرەھمان / Abdurehman") and "Name: مەمەتجان ئىمىن" keep the document's direction, so
    every row of a table reads the same way.
    """
    ltr = rtl = 0
    first = None
    for ch in text:
        kind = unicodedata.bidirectional(ch)
        if kind == "L":
            ltr += 1
        elif kind in ("R", "AL"):
            rtl += 1
        else:
            continue
        if first is None:
            first = kind != "L"
    if first is None or first == default:
        return default
    mostly = rtl > 2 * ltr if first else ltr > 2 * rtl
    return first if mostly else default


def value_rtl(text: str, doc_rtl: bool) -> bool:
    """Base direction of a value (a name, a cell, an untagged paragraph)."""
    return majority_rtl(text, doc_rtl)


def paragraph_rtl(p: Paragraph, doc_rtl: bool) -> bool:
    """Base direction of a paragraph: as given, else its language's, else as a value."""
    if p.direction in ("ltr", "rtl"):
        return p.direction == "rtl"
    if p.language:
        return language_rtl(p.language)
    return value_rtl(p.text, doc_rtl)


# --- the form's own words, the same in every output format ---------------------------------


def heading_text(section: Section) -> str:
    """"II. Title" (the number as given; no dot added after "II." or "3)")."""
    number = section.number.strip()
    if number and section.title:
        return f"{number}{' ' if number[-1] in '.):' else '. '}{section.title}"
    return number or section.title


def field_label(row: FieldRow) -> str:
    """"1. Label" for a numbered questionnaire item."""
    number = row.number.strip()
    return f"{number}{'' if number[-1:] in '.):' else '.'} {row.label}" if number else row.label
