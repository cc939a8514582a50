"""Shaped glyphs -> character codes reportlab can subset, and what each code means as text.

reportlab draws strings of characters: each character is looked up in the font's cmap, given a
byte in a subset, and written into the subset's ``/ToUnicode`` map as itself.  A shaped glyph
(an Arabic contextual form, a lam-alef ligature, a Tibetan stack) has no character of its own,
so it gets a private-use code point, and the ``/ToUnicode`` entry of that code is the *logical
text of the glyph's cluster* -- ``ب`` for every form of beh, ``لا`` for the ligature.  Drawn in
visual order, such glyphs read back in logical order in poppler, pdfium and pypdf, which all
turn visually ordered right-to-left glyphs into logical text -- exactly as they do for PDFs from
word processors.

Private codes are assigned afresh for every document (:func:`reset`), in order of first use,
so identical input gives identical bytes.  Codes are unique across fonts, so the one table
``_text`` serves every ``/ToUnicode`` map.
"""

from __future__ import annotations

from reportlab.pdfbase import pdfmetrics, ttfonts

_PUA_FIRST, _PUA_LAST = 0xE000, 0xF8FF

_codes: dict[tuple[str, int, str], int] = {}  # (font, glyph id, text) -> private code point
_text: dict[int, str] = {}  # private code point -> the logical text it stands for ("" = none)
_owner: dict[int, str] = {}  # private code point -> font name


def reset() -> None:
    """Forget every private code point given out (call before and after each document)."""
    for (name, gid, _), code in _codes.items():
        f = pdfmetrics.getFont(name).face
        f.charToGlyph.pop(code, None)
        f.charWidths.pop(code, None)
        chars = f.glyphToChar.get(gid)
        if chars is not None and code in chars:
            chars.remove(code)
            if not chars:
                del f.glyphToChar[gid]
    _codes.clear()
    _text.clear()
    _owner.clear()


def char_for_glyph(font_name: str, gid: int, advance: float, text: str) -> str:
    """A character that draws glyph ``gid`` of ``font_name`` and reads back as ``text``.

    ``text`` is the logical text of the glyph's cluster, or "" for a second glyph of the same
    cluster (it then reads back as the glyph's own character, if it has one).
    """
    ttf = pdfmetrics.getFont(font_name)
    if len(text) == 1 and ttf.face.charToGlyph.get(ord(text)) == gid:
        return text  # the glyph of the letter itself: no private code needed
    chars = ttf.face.glyphToChar.get(gid)
    if not text and chars:
        return chr(chars[0])
    key = (font_name, gid, text)
    code = _codes.get(key)
    if code is not None:
        return chr(code)
    code = max(_text, default=_PUA_FIRST - 1) + 1
    while code in ttf.face.charToGlyph:
        code += 1
    if code > _PUA_LAST:
        return "\ufffd"  # cannot happen with the vendored fonts and any sane document
    _codes[key] = code
    _text[code] = text
    _owner[code] = font_name
    ttf.face.charToGlyph[code] = gid
    ttf.face.glyphToChar.setdefault(gid, []).append(code)
    ttf.face.charWidths[code] = advance
    return chr(code)


def text_of(ch: str) -> str:
    """What ``ch`` (as drawn) reads back as: a private code's text, else the character itself."""
    return _text.get(ord(ch), ch) or ""


def _face_name(font_name: str) -> str:
    return pdfmetrics.getFont(font_name).face.name.decode("latin-1")


def _utf16(text: str) -> str:
    return text.encode("utf-16-be").hex().upper()


_reportlab_cmap = ttfonts.makeToUnicodeCMap


def _to_unicode_cmap(fontname: str, subset: list[int]) -> str:
    """reportlab's ``/ToUnicode`` map, with each private code mapped to the text it stands for."""
    if not any(v in _text for v in subset):
        return _reportlab_cmap(fontname, subset)
    lines = _reportlab_cmap(fontname, subset).split("\n")
    first = lines.index(f"{len(subset)} beginbfchar") + 1
    for i, v in enumerate(subset):
        if _text.get(v) and _face_name(_owner[v]) in fontname:
            lines[first + i] = f"<{i:02X}> <{_utf16(_text[v])}>"
    return "\n".join(lines)


ttfonts.makeToUnicodeCMap = _to_unicode_cmap  # addObjects looks the function up in its module
