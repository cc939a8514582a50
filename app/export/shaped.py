"""Paragraphs that need shaping: Uyghur (Arabic script, right-to-left) and Tibetan.

reportlab 5.1 can shape (``ParagraphStyle(shaping=1)`` with uharfbuzz) but it
shapes each whitespace-free token with the font of its first run (so
``(ئۈرۈمچى)`` or ``2019-يىلى`` comes out wrong), breaks Tibetan -- which has no
spaces -- only inside syllables, and never puts right-to-left words in
right-to-left order (its bidi module is not on PyPI).  So these paragraphs are
laid out here:

1. the text is split into single-font runs (:func:`app.export.fonts.script_runs`)
   and, per line of the source text, the Unicode bidi embedding levels are
   resolved (python-bidi's reference implementation, rules P2-I2);
2. it is cut into *items* -- maximal pieces of one font, one level and one kind
   (word or space) -- and into breakable *chunks* (at spaces, after the Tibetan
   tsheg/shad, around CJK characters);
3. each word item is shaped by HarfBuzz in its own direction, so Arabic letters
   join and Tibetan stacks form;
4. chunks fill lines greedily; each line is put in visual order by rule L2
   applied to whole items, and right-to-left paragraphs are right-aligned;
5. each item is drawn as a reportlab ``ShapedStr`` (so glyphs are subset and
   embedded as usual), inside an ``/ActualText`` span carrying the logical text,
   so that copying Uyghur or Tibetan from a viewer gives the real characters.

Glyphs that have no Unicode value of their own (contextual forms, stacks) get
private-use code points, assigned afresh for every document
(:func:`reset_private_glyphs`) so that identical input gives identical bytes.
"""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass, field
from functools import cache

import uharfbuzz as hb
from bidi import algorithm as uba
from reportlab.lib.enums import TA_CENTER, TA_RIGHT
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import ShapeData, ShapedStr
from reportlab.platypus.flowables import Flowable

from app.export import glyphs
from app.export.fonts import TIBETAN, face, fonts_dir

#: spaces a line never breaks at (French "3\u202f:", "1\u00a0000")
NO_BREAK_SPACES = frozenset("\u00a0\u2007\u202f")
_BREAK_AFTER = {"\u0f0b", "\u0f0d", "\u0f0e", "\u0f14", "\u0f7f"}  # tsheg, shad, ...
_ACTUAL_TEXT_FONTS = {TIBETAN.name}  # left-to-right: extractors keep ActualText as it is
_LANGUAGE = {"arabic": "ug", "tibetan": "bo", "cjk": "zh"}

_shape_cache: dict[tuple[str, str, bool], tuple[ShapedStr, float, float, float]] = {}
_line_cache: dict[tuple, "Line"] = {}


def reset_private_glyphs() -> None:
    """Forget the private code points given to unencoded glyphs (call once per document)."""
    glyphs.reset()
    _shape_cache.clear()
    _line_cache.clear()


@cache
def _hb_font(font_name: str) -> tuple[hb.Font, float]:
    f = face(font_name)
    blob = hb.Blob.from_file_path(str(fonts_dir() / f.file))
    hbface = hb.Face(blob, f.subfont)
    return hb.Font(hbface), 1000.0 / hbface.upem


def _reading_glyphs(font_name: str, rest: str, cluster: int, chars: list[str], data: list[ShapeData]) -> None:
    """Invisible, zero-width glyphs after a right-to-left ligature, one per remaining letter.

    Text extractors (poppler, pdfium, pypdf) read right-to-left glyphs from right to left, but a
    glyph mapped to several characters ("لا") keeps their order, which viewers then reverse
    ("ال").  So the ligature reads as its last letter and each earlier letter is an empty glyph
    (the font's space, no advance) drawn just after it: read right to left, the letters come in
    logical order.
    """
    space = pdfmetrics.getFont(font_name).face.charToGlyph[32]
    for letter in reversed(rest):
        chars.append(glyphs.char_for_glyph(font_name, space, 0.0, letter))
        data.append(ShapeData(cluster, 0.0, 0.0, 0.0, 0.0, 0.0))


def shape(font_name: str, text: str, rtl: bool) -> tuple[ShapedStr, float, float, float]:
    """Shape ``text`` in one font and direction: (drawable string, advance, ink top, ink bottom).

    Advance and ink extents are in thousandths of the font size.
    """
    key = (font_name, text, rtl)
    hit = _shape_cache.get(key)
    if hit is not None:
        return hit
    font, scale = _hb_font(font_name)
    buf = hb.Buffer()
    buf.add_str(text)
    buf.guess_segment_properties()
    buf.direction = "rtl" if rtl else "ltr"
    buf.language = _LANGUAGE.get(face(font_name).role, "en")  # never the process locale
    buf.cluster_level = hb.BufferClusterLevel.MONOTONE_CHARACTERS
    hb.shape(font, buf, {})
    chars: list[str] = []
    data: list[ShapeData] = []
    total = 0.0
    top = bottom = 0.0
    infos = buf.glyph_infos
    starts = sorted({info.cluster for info in infos})
    ends = dict(zip(starts, starts[1:] + [len(text)]))
    seen: set[int] = set()
    for info, pos in zip(infos, buf.glyph_positions):
        gid = info.codepoint
        natural = font.get_glyph_h_advance(gid) * scale
        # the glyph reads back as its cluster's logical text (the first glyph of a cluster)
        piece = "" if info.cluster in seen else text[info.cluster:ends[info.cluster]]
        seen.add(info.cluster)
        rest = ""
        if rtl and len(piece) > 1:  # a ligature (lam-alef): see _reading_glyphs
            piece, rest = piece[-1], piece[:-1]
        ch = glyphs.char_for_glyph(font_name, gid, natural, piece)
        width = pdfmetrics.getFont(font_name).face.charWidths.get(ord(ch), natural)
        xa, ya = pos.x_advance * scale, pos.y_advance * scale
        xo, yo = pos.x_offset * scale, pos.y_offset * scale
        chars.append(ch)
        data.append(ShapeData(info.cluster, xa, ya, xo, yo, width))
        if rest:
            _reading_glyphs(font_name, rest, info.cluster, chars, data)
        total += xa
        ext = font.get_glyph_extents(gid)
        if ext is not None:
            top = max(top, yo + ext.y_bearing * scale)
            bottom = min(bottom, yo + (ext.y_bearing + ext.height) * scale)
    result = (ShapedStr("".join(chars), shapeData=data), total, top, bottom)
    _shape_cache[key] = result
    return result


# --- bidi -----------------------------------------------------------------------------

_X9 = {"RLE", "LRE", "RLO", "LRO", "PDF", "BN"}


def bidi_levels(text: str, base: int | None = None) -> tuple[int, list[int]]:
    """Paragraph base level (given, or from the first strong character) and the resolved
    embedding level of every character (UAX #9)."""
    if base is None:
        base = uba.get_base_level(text)
    storage = uba.get_empty_storage()
    storage["base_level"] = base
    storage["base_dir"] = ("L", "R")[base]
    uba.get_embedding_levels(text, storage)
    uba.explicit_embed_and_overrides(storage)
    uba.resolve_weak_types(storage, False)
    uba.resolve_neutral_types(storage, False)
    uba.resolve_implicit_levels(storage, False)
    resolved = iter(c["level"] for c in storage["chars"])
    levels: list[int] = []
    for ch in text:  # X9 removed some characters: they take the level before them
        if unicodedata.bidirectional(ch) in _X9:
            levels.append(levels[-1] if levels else base)
        else:
            levels.append(next(resolved))
    return base, levels


def visual_order(levels: list[int]) -> list[int]:
    """Rule L2 on a line: indices of its pieces, left to right."""
    order = list(range(len(levels)))
    odd = [lv for lv in levels if lv % 2]
    if not odd:
        return order
    for lev in range(max(levels), min(odd) - 1, -1):
        i = 0
        while i < len(order):
            if levels[order[i]] >= lev:
                j = i
                while j < len(order) and levels[order[j]] >= lev:
                    j += 1
                order[i:j] = order[i:j][::-1]
                i = j
            else:
                i += 1
    return order


# --- layout ---------------------------------------------------------------------------


@dataclass
class Item:
    text: str
    font: str
    level: int
    space: bool
    width: float = 0.0  # points
    size: float = 0.0  # font size, points
    shaped: ShapedStr | None = None
    top: float = 0.0  # ink above the baseline, points
    bottom: float = 0.0  # ink below the baseline (negative), points


@dataclass
class Line:
    """One line of text.

    ``items`` are in visual order (left to right).  ``draw_order`` is the order in which they
    are written into the PDF, each at its own place: text extractors put the words of a
    right-to-left run in logical order only when they come in logical order inside a
    left-to-right line (pdfium reverses each run in place and keeps the runs in content order),
    while a right-to-left line is read back by reversing it, so it is written left to right.
    """

    items: list[Item]  # visual order, no trailing spaces
    width: float
    rtl: bool
    draw_order: list[int] = field(default_factory=list)


@dataclass
class _Chunk:
    items: list[Item] = field(default_factory=list)

    @property
    def content_width(self) -> float:
        n = len(self.items)
        while n and self.items[n - 1].space:
            n -= 1
        return sum(i.width for i in self.items[:n])

    @property
    def width(self) -> float:
        return sum(i.width for i in self.items)


def _is_cjk(ch: str) -> bool:
    o = ord(ch)
    return 0x2E80 <= o <= 0x9FFF or 0xF900 <= o <= 0xFAFF or 0xFF00 <= o <= 0xFFEF or o >= 0x20000


def _make_item(text: str, font: str, level: int, size: float) -> Item:
    size *= face(font).scale
    shaped, adv, top, bottom = shape(font, text, bool(level % 2))
    return Item(text, font, level, text.isspace(), adv * size / 1000, size, shaped, top * size / 1000,
                bottom * size / 1000)


def _merge(left: Item, right: Item) -> Item:
    """Two visually adjacent items of one font, size and level drawn as one string."""
    assert left.shaped is not None and right.shaped is not None
    text = right.text + left.text if left.level % 2 else left.text + right.text
    return Item(text, left.font, left.level, left.space and right.space, left.width + right.width, left.size,
                left.shaped + right.shaped, max(left.top, right.top), min(left.bottom, right.bottom))


def _break_before(text: str, i: int) -> bool:
    """May a line break between ``text[i-1]`` and ``text[i]``?"""
    a, b = text[i - 1], text[i]
    if b.isspace():
        return False
    if (a.isspace() and a not in NO_BREAK_SPACES) or a in _BREAK_AFTER:
        return True
    return (_is_cjk(a) or _is_cjk(b)) and unicodedata.category(b)[0] not in "PM"


def _chunks(runs: list[tuple[str, str]], size: float, base: int | None) -> tuple[int, list[_Chunk]]:
    """One source line (no newline) -> base level and breakable chunks of items."""
    text = "".join(t for _, t in runs)
    fonts = [f for f, t in runs for _ in t]
    base, levels = bidi_levels(text, base)
    chunks: list[_Chunk] = []
    start = 0
    n = len(text)
    for i in range(1, n + 1):
        if i < n and (fonts[i] == fonts[i - 1] and levels[i] == levels[i - 1]
                      and text[i].isspace() == text[i - 1].isspace() and not _break_before(text, i)):
            continue
        if not chunks or _break_before(text, start):
            chunks.append(_Chunk())
        chunks[-1].items.append(_make_item(text[start:i], fonts[start], levels[start], size))
        start = i
    return base, chunks


def _split_long(chunk: _Chunk, size: float) -> list[_Chunk]:
    """A chunk wider than the line: one chunk per character cluster (last resort)."""
    out: list[_Chunk] = []
    for item in chunk.items:
        if item.space:
            if out:
                out[-1].items.append(item)
            continue
        cluster = ""
        for ch in item.text + "\x00":
            if cluster and (ch == "\x00" or unicodedata.category(ch)[0] != "M"):
                out.append(_Chunk([_make_item(cluster, item.font, item.level, size)]))
                cluster = ""
            if ch != "\x00":
                cluster += ch
    return out


def _finish(items: list[Item], base: int) -> Line:
    while items and items[-1].space:
        items = items[:-1]
    order = visual_order([it.level for it in items])
    rtl = bool(base % 2)
    visual: list[Item] = []
    first: list[int] = []  # logical index of each visual item's first piece
    for k in order:
        it = items[k]
        last = visual[-1] if visual else None
        # in a left-to-right line, right-to-left words stay separate so that they can be drawn
        # in logical order (see Line.draw_order)
        if (last is not None and (last.font, last.level, last.size) == (it.font, it.level, it.size)
                and (rtl or not it.level % 2)):
            visual[-1] = _merge(last, it)
            first[-1] = min(first[-1], k)
        else:
            visual.append(it)
            first.append(k)
    draw = list(range(len(visual))) if rtl else sorted(range(len(visual)), key=first.__getitem__)
    return Line(visual, sum(it.width for it in items), rtl, draw)


def layout(runs: list[tuple[str, str]], size: float, width: float, base: int | None = None) -> list[Line]:
    """Break ``runs`` into lines no wider than ``width`` (points), each in visual order.

    ``base`` is the paragraph's base level (0 left to right, 1 right to left); None takes it
    from the first strong character of each source line (UAX #9 P2-P3)."""
    # split the runs at newlines: each source line is its own bidi paragraph
    source_lines: list[list[tuple[str, str]]] = [[]]
    for font, text in runs:
        parts = text.split("\n")
        for k, part in enumerate(parts):
            if k:
                source_lines.append([])
            if part:
                source_lines[-1].append((font, part))
    lines: list[Line] = []
    for src in source_lines:
        if not src:
            lines.append(Line([], 0.0, False))
            continue
        line_base, chunks = _chunks(src, size, base)
        current: list[Item] = []
        used = 0.0
        queue = list(chunks)
        while queue:
            chunk = queue.pop(0)
            if chunk.content_width > width:
                pieces = _split_long(chunk, size)
                if len(pieces) > 1:
                    queue[0:0] = pieces
                    continue
            if current and used + chunk.content_width > width:
                lines.append(_finish(current, line_base))
                current, used = [], 0.0
            current.extend(chunk.items)
            used += chunk.width
        lines.append(_finish(current, line_base))
    return lines


class ShapedParagraph(Flowable):
    """A paragraph laid out by :func:`layout` (see the module docstring)."""

    def __init__(self, runs: list[tuple[str, str]], style, base: int | None = None) -> None:
        super().__init__()
        self.runs = runs
        self.style = style
        self.base = base  # 0 left to right, 1 right to left, None from the text
        self._lines: list[Line] | None = None
        self._laid_width: float | None = None
        self._metrics: tuple[float, float, float] = (style.leading, 0.8 * style.fontSize, 0.2 * style.fontSize)
        self.spaceBefore = style.spaceBefore
        self.spaceAfter = style.spaceAfter

    def _text_width(self, avail: float) -> float:
        return max(avail - self.style.leftIndent - self.style.rightIndent, 1.0)

    def _layout(self, availWidth: float) -> None:
        size = self.style.fontSize
        self._lines = layout(self.runs, size, self._text_width(availWidth), self.base)
        self._laid_width = availWidth
        # one leading for the whole paragraph, tall enough for its tallest stack; the first
        # baseline where reportlab's Paragraph puts it (so table cells line up), lower if ink needs it
        items = [it for ln in self._lines for it in ln.items if not it.space]
        top = max([it.top for it in items] + [0.0])
        bottom = min([it.bottom for it in items] + [0.0])
        ascent = pdfmetrics.getAscentDescent(self.style.fontName, size)[0]
        leading = max(self.style.leading, top - bottom + 0.2 * size)
        first = max(ascent, top)
        below = max(self.style.leading - ascent, -bottom)
        self._metrics = (leading, first, below)

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:
        if self._lines is None or (self.runs and self._laid_width != availWidth):
            self._layout(availWidth)
        assert self._lines is not None
        self.width = availWidth
        self.height = self._height(len(self._lines))
        return availWidth, self.height

    def _height(self, nlines: int) -> float:
        leading, first, below = self._metrics
        return first + (nlines - 1) * leading + below if nlines else 0.0

    def _part(self, lines: list[Line]) -> ShapedParagraph:
        part = ShapedParagraph([], self.style, self.base)
        part._lines, part._laid_width, part._metrics = lines, self._laid_width, self._metrics
        return part

    def split(self, availWidth: float, availHeight: float) -> list[Flowable]:
        self.wrap(availWidth, availHeight)
        assert self._lines is not None
        n = 0
        while n < len(self._lines) and self._height(n + 1) <= availHeight + 1e-6:
            n += 1
        if n <= 0 or n >= len(self._lines):
            return []
        first, second = self._part(self._lines[:n]), self._part(self._lines[n:])
        first.spaceBefore, first.spaceAfter = self.spaceBefore, 0
        second.spaceBefore, second.spaceAfter = 0, self.spaceAfter
        return [first, second]

    def draw(self) -> None:
        canv = self.canv
        style = self.style
        leading, first, _ = self._metrics
        canv.setFillColor(style.textColor)
        text_width = self._text_width(self.width)
        y = self.height - first
        for line in self._lines or []:
            if line.rtl or style.alignment == TA_RIGHT:
                x = style.leftIndent + text_width - line.width
            elif style.alignment == TA_CENTER:
                x = style.leftIndent + (text_width - line.width) / 2
            else:
                x = style.leftIndent
            draw_line(canv, line, x, y)
            y -= leading


def draw_line(canv, line: Line, x: float, y: float) -> None:
    """Draw a line whose left end is at ``x`` on baseline ``y`` (items in ``line.draw_order``)."""
    xs = []
    for it in line.items:
        xs.append(x)
        x += it.width
    for k in line.draw_order:
        it = line.items[k]
        if it.space:
            continue
        canv.setFont(it.font, it.size)
        actual = it.font in _ACTUAL_TEXT_FONTS
        if actual:
            hexed = it.text.encode("utf-16-be").hex().upper()
            canv._code.append(f"/Span <</ActualText <FEFF{hexed}>>> BDC")
        canv.drawString(xs[k], y, it.shaped)
        if actual:
            canv._code.append("EMC")


def single_line(runs: list[tuple[str, str]], size: float, base: int | None = None) -> Line:
    """One unbroken line (headers, footers, marks)."""
    key = (tuple(runs), size, base)
    hit = _line_cache.get(key)
    if hit is None:
        flat = [(f, t.replace("\n", " ")) for f, t in runs]
        lines = layout(flat, size, 1e9, base)
        hit = _line_cache[key] = lines[0] if lines else Line([], 0.0, False)
    return hit
