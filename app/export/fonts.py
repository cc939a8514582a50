"""The fonts of submission PDFs, and the split of text into single-font runs.

reportlab has no glyph fallback: a character missing from the current font
prints as a ``.notdef`` box.  So every string is split into *runs*, each set in
the first font (in :data:`FALLBACK` order, after the paragraph's own Latin
face) whose cmap covers it.  The vendored files live in ``resources/fonts/``
(see its README for sources and licences).

Registration with reportlab happens once, lazily, on first use.  Cmaps are read
with fontTools (only the ``cmap`` table is parsed) and cached for the process.

Characters no font covers are printed as U+FFFD (``�``, from the Latin face):
silently dropping a character would change a name without anyone noticing,
while the replacement mark is visible on the page, and
:func:`missing_characters` lets the caller warn before rendering.
"""

from __future__ import annotations

import threading
import unicodedata
from dataclasses import dataclass
from functools import cache
from pathlib import Path

from app.paths import resources_dir

REPLACEMENT = "\ufffd"
ZWNJ, ZWJ = "\u200c", "\u200d"


@dataclass(frozen=True)
class Face:
    """One vendored font file registered under ``name``."""

    name: str  # reportlab registration name (internal; the PDF uses the file's PostScript name)
    file: str  # under resources/fonts/
    role: str  # latin | mono | cjk | arabic | tibetan
    subfont: int = 0  # index inside a .ttc collection
    scale: float = 1.0  # size relative to the paragraph's (shaped paragraphs only)


SERIF = Face("Recourse-Serif", "NotoSerif-Regular.ttf", "latin")
SERIF_BOLD = Face("Recourse-Serif-Bold", "NotoSerif-Bold.ttf", "latin")
SERIF_ITALIC = Face("Recourse-Serif-Italic", "NotoSerif-Italic.ttf", "latin")
SERIF_BOLD_ITALIC = Face("Recourse-Serif-BoldItalic", "NotoSerif-BoldItalic.ttf", "latin")
MONO = Face("Recourse-Mono", "NotoSansMono-Regular.ttf", "mono")
CJK = Face("Recourse-CJK", "DroidSansFallbackFull.ttf", "cjk")
ARABIC = Face("Recourse-Arabic", "UKIJTuz.ttf", "arabic", scale=1.15)  # small x-height beside Noto Serif
TIBETAN = Face("Recourse-Tibetan", "NotoSerifTibetan-Regular.ttf", "tibetan")

ALL_FACES: tuple[Face, ...] = (SERIF, SERIF_BOLD, SERIF_ITALIC, SERIF_BOLD_ITALIC, MONO, CJK, ARABIC, TIBETAN)
#: tried, in this order, after the paragraph's own (Latin or monospace) face
FALLBACK: tuple[Face, ...] = (SERIF, CJK, ARABIC, TIBETAN)

_BY_NAME = {f.name: f for f in ALL_FACES}
_lock = threading.Lock()
_registered = False


def fonts_dir() -> Path:
    return resources_dir() / "fonts"


def face(name: str) -> Face:
    return _BY_NAME[name]


def register_fonts() -> None:
    """Register every face with reportlab (idempotent, thread-safe, ~0.2 s once)."""
    global _registered
    if _registered:
        return
    with _lock:
        if _registered:
            return
        from reportlab.lib.fonts import addMapping
        from reportlab.pdfbase import pdfmetrics
        from reportlab.pdfbase.ttfonts import TTFont

        base = fonts_dir()
        for f in ALL_FACES:
            pdfmetrics.registerFont(TTFont(f.name, str(base / f.file), subfontIndex=f.subfont))
        # so that reportlab's <b>/<i> (never emitted by us, but harmless) stay inside our faces
        for bold, italic, f in ((0, 0, SERIF), (1, 0, SERIF_BOLD), (0, 1, SERIF_ITALIC), (1, 1, SERIF_BOLD_ITALIC)):
            addMapping(SERIF.name, bold, italic, f.name)
        _registered = True


@cache
def cmap(name: str) -> frozenset[int]:
    """Code points the face maps to a glyph (its best Unicode cmap), read once."""
    from fontTools.ttLib import TTFont as FTFont

    f = _BY_NAME[name]
    font = FTFont(str(fonts_dir() / f.file), fontNumber=f.subfont if f.file.endswith(".ttc") else -1,
                  lazy=True)
    try:
        return frozenset(font.getBestCmap() or ())
    finally:
        font.close()


def covers(name: str, ch: str) -> bool:
    return ord(ch) in cmap(name)


# --- characters ----------------------------------------------------------------


_DROP, _MARK, _NEUTRAL, _LETTER = 0, 1, 2, 3
_kinds: dict[str, int] = {}


def _kind(ch: str) -> int:
    """Drop (invisible controls: bidi marks, BOM, C0/C1), mark (joins the preceding character:
    combining marks, variation selectors, ZWJ/ZWNJ), neutral (takes the font of the text around
    it: spaces, punctuation, symbols, digits, newline, tab) or letter."""
    k = _kinds.get(ch)
    if k is None:
        cat = unicodedata.category(ch)
        if ch in "\n\t":
            k = _NEUTRAL
        elif ch in (ZWNJ, ZWJ) or cat[0] == "M":
            k = _MARK
        elif cat in ("Cc", "Cf"):
            k = _DROP
        elif cat[0] in "ZPS" or cat == "Nd":
            k = _NEUTRAL
        else:
            k = _LETTER
        _kinds[ch] = k
    return k


def _clusters(text: str) -> list[str]:
    """Base character + its marks; controls dropped; tabs become spaces."""
    out: list[str] = []
    for ch in text:
        k = _kind(ch)
        if k == _DROP:
            continue
        if ch == "\t":
            ch = " "
        if k == _MARK and out and out[-1] not in ("\n", " "):
            out[-1] += ch
        else:
            out.append(ch)
    return out


@cache
def _plain(name: str) -> frozenset[str]:
    """Characters that need no decision when every character of a text is one of them."""
    return frozenset(c for c in map(chr, cmap(name)) if _kind(c) in (_NEUTRAL, _LETTER) and c != "\t") | {"\n"}


def _fit(cluster: str, name: str) -> str | None:
    """The cluster as ``name`` can print it (optional marks dropped, NFC tried), or None."""
    cm = cmap(name)
    if all(ord(c) in cm for c in cluster):
        return cluster
    composed = unicodedata.normalize("NFC", cluster)
    if all(ord(c) in cm for c in composed):
        return composed
    base = cluster[0]
    if ord(base) not in cm:
        return None
    # variation selectors and joiners are optional; any other missing mark is not
    rest = [c for c in cluster[1:] if ord(c) in cm or not _optional_mark(c)]
    if all(ord(c) in cm for c in rest):
        return base + "".join(rest)
    return None


def _optional_mark(ch: str) -> bool:
    o = ord(ch)
    return ch in (ZWNJ, ZWJ) or 0xFE00 <= o <= 0xFE0F or 0xE0100 <= o <= 0xE01EF


_first: dict[tuple[str, tuple[str, ...]], tuple[str, str] | None] = {}


def _first_font(cluster: str, order: tuple[str, ...]) -> tuple[str, str] | None:
    key = (cluster, order)
    if key in _first:
        return _first[key]
    hit = None
    for name in order:
        fitted = _fit(cluster, name)
        if fitted is not None:
            hit = (name, fitted)
            break
    if len(_first) < 200_000:
        _first[key] = hit
    return hit


def script_runs(text: str, base: str = SERIF.name) -> list[tuple[str, str]]:
    """Split ``text`` into ``(font_name, substring)`` runs, in logical order.

    Letters take the first face covering them: ``base`` (the paragraph's own
    Latin or monospace face), then :data:`FALLBACK`.  A space stays in the face
    of whatever precedes it.  Punctuation, symbols and digits take the face of
    the letters they touch within their word when that face covers them -- an
    opening bracket or quote looks forward, anything else looks back first -- so
    ``（乌鲁木齐）`` and ``(ئۈرۈمچى)`` are single runs.  A character no face
    covers becomes U+FFFD in ``base``.  ``\\n`` is kept (in the current run);
    tabs become spaces; other controls are dropped.
    """
    if not text:
        return []
    if _plain(base).issuperset(text):  # the common case: everything in the paragraph's own face
        return [(base, text)]
    order = (base,) + tuple(f.name for f in FALLBACK if f.name != base)
    clusters = _clusters(text)
    n = len(clusters)
    fonts: list[str | None] = [None] * n
    shown: list[str] = list(clusters)
    neutral = [_kind(c[0]) == _NEUTRAL for c in clusters]
    for i, c in enumerate(clusters):
        if neutral[i]:
            continue
        hit = _first_font(c, order)
        if hit is None:
            fonts[i], shown[i] = base, REPLACEMENT
        else:
            fonts[i], shown[i] = hit
    for i, c in enumerate(clusters):
        if not neutral[i]:
            continue
        if c == "\n":
            continue
        if c.isspace():  # a space sticks to whatever precedes it, so runs stay whole
            prev = fonts[i - 1] if i else None
        else:
            prev = _neighbour(fonts, neutral, clusters, i, -1)
        nxt = _neighbour(fonts, neutral, clusters, i, +1)
        cat = unicodedata.category(c[0])
        prefer = (nxt, prev) if cat in ("Ps", "Pi") else (prev, nxt)
        candidates = tuple(p for p in prefer if p) + order
        hit = _first_font(c, candidates)
        if hit is None:
            fonts[i], shown[i] = base, REPLACEMENT
        else:
            fonts[i], shown[i] = hit
    # newlines ride along with whatever precedes them
    runs: list[tuple[str, str]] = []
    for i in range(n):
        name = fonts[i] or (runs[-1][0] if runs else base)
        if runs and runs[-1][0] == name:
            runs[-1] = (name, runs[-1][1] + shown[i])
        else:
            runs.append((name, shown[i]))
    return runs


def _neighbour(fonts: list[str | None], neutral: list[bool], clusters: list[str], i: int,
               step: int) -> str | None:
    """Font of the nearest letter on one side; across whitespace only for whitespace itself."""
    space = clusters[i].isspace()
    j = i + step
    while 0 <= j < len(clusters):
        if not neutral[j]:
            return fonts[j]
        if clusters[j] == "\n":
            return None
        if clusters[j].isspace() and not space:
            return None
        j += step
    return None


def missing_characters(text: str) -> set[str]:
    """Characters of ``text`` that no vendored face can print (they render as U+FFFD)."""
    order = tuple(f.name for f in FALLBACK)
    return {c[0] for c in _clusters(text) if c != "\n" and _first_font(c, order) is None}
