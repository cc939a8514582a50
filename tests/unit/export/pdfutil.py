"""Reading our PDFs back with pure-Python tools only (pypdf, fontTools): no poppler in CI."""

from __future__ import annotations

import io
from dataclasses import dataclass

from fontTools.ttLib import TTFont
from pypdf import PdfReader
from pypdf.generic import ContentStream

STANDARD_14 = {
    "Courier", "Courier-Bold", "Courier-Oblique", "Courier-BoldOblique", "Helvetica", "Helvetica-Bold",
    "Helvetica-Oblique", "Helvetica-BoldOblique", "Times-Roman", "Times-Bold", "Times-Italic",
    "Times-BoldItalic", "Symbol", "ZapfDingbats",
}


def reader(data: bytes) -> PdfReader:
    return PdfReader(io.BytesIO(data))


def full_text(data: bytes) -> str:
    return "\n".join(p.extract_text() for p in reader(data).pages)


@dataclass(frozen=True)
class Shown:
    text: str  # as extracted (glyphs in visual order for shaped runs)
    x: float
    y: float
    font: str  # BaseFont without the subset tag


def shown_text(page) -> list[Shown]:
    """Every text-showing operation of a page with its position, in content order."""
    out: list[Shown] = []

    def visit(text, cm, tm, font_dict, font_size):
        if not text.strip():
            return
        x = cm[0] * tm[4] + cm[2] * tm[5] + cm[4]
        y = cm[1] * tm[4] + cm[3] * tm[5] + cm[5]
        base = str(font_dict.get("/BaseFont", "")) if font_dict else ""
        out.append(Shown(text.strip("\n"), x, y, base.split("+")[-1].lstrip("/")))

    page.extract_text(visitor_text=visit)
    return out


def fold(text: str) -> str:
    """Uyghur as pypdf reads it back: pypdf puts right-to-left runs in logical order, and every
    glyph maps to the letters it stands for (app.export.glyphs), never a presentation form."""
    return text.strip()


def fonts(data: bytes) -> list[dict]:
    """Every font dictionary used on any page (pages and form XObjects)."""
    found: dict[int, dict] = {}
    r = reader(data)

    def walk(resources) -> None:
        if not resources:
            return
        resources = resources.get_object()
        for ref in (resources.get("/Font") or {}).values():
            obj = ref.get_object()
            found[id(obj)] = obj
        for ref in (resources.get("/XObject") or {}).values():
            x = ref.get_object()
            walk(x.get("/Resources"))

    for page in r.pages:
        walk(page.get("/Resources"))
    return list(found.values())


def shown_codes(data: bytes) -> dict[str, set[int]]:
    """Byte codes shown per font (BaseFont, subset tag kept), from every page's content."""
    r = reader(data)
    codes: dict[str, set[int]] = {}
    for page in r.pages:
        res = page["/Resources"].get_object()
        font_res = {k: v.get_object() for k, v in (res.get("/Font") or {}).items()}
        current = ""
        for operands, op in ContentStream(page.get_contents(), r).operations:
            if op == b"Tf":
                current = str(font_res[operands[0]]["/BaseFont"])
            elif op in (b"Tj", b"'", b'"'):
                codes.setdefault(current, set()).update(_bytes(operands[-1]))
            elif op == b"TJ":
                for part in operands[0]:
                    if not isinstance(part, (int, float)):
                        codes.setdefault(current, set()).update(_bytes(part))
    return codes


def _bytes(s) -> bytes:
    if isinstance(s, bytes):
        return s
    original = getattr(s, "original_bytes", None)
    return original if original is not None else str(s).encode("latin-1")


def notdef_codes(data: bytes, basefont_part: str) -> set[int]:
    """Codes shown with the font whose BaseFont contains ``basefont_part`` that print ``.notdef``."""
    bad: set[int] = set()
    used = shown_codes(data)
    for fdict in fonts(data):
        name = str(fdict["/BaseFont"])
        if basefont_part not in name:
            continue
        program = fdict["/FontDescriptor"].get_object()["/FontFile2"].get_object().get_data()
        tt = TTFont(io.BytesIO(program))
        order = tt.getGlyphOrder()
        glyf = tt["glyf"]
        notdef = glyf[order[0]]
        notdef_shape = _outline(notdef, glyf)
        cmap = tt["cmap"].tables[0].cmap
        for code in used.get(name, set()):
            gname = cmap.get(code)
            if code == 0 or gname is None or gname == order[0] or glyf[gname].numberOfContours and _outline(glyf[gname], glyf) == notdef_shape:
                bad.add(code)
    return bad


def _outline(glyph, glyf) -> tuple:
    if glyph.numberOfContours == 0:
        return ()
    coords, ends, _flags = glyph.getCoordinates(glyf)
    return tuple(coords), tuple(ends)


def all_streams(data: bytes) -> list[bytes]:
    """Every stream of the file, decoded (content, fonts, ToUnicode maps...)."""
    r = reader(data)
    out: list[bytes] = []
    for num in range(1, int(r.trailer["/Size"])):
        obj = r.get_object(num)
        if hasattr(obj, "get_data"):
            out.append(obj.get_data())
    return out
