"""Render a :class:`~app.domain.document.Document` as an editable Word document (.docx).

The same neutral document as the PDF (``render_pdf``), so the same title, sections and their
numbers, field rows ("1. Label" | value, the form's "not known" text for an empty value, the
note under it), paragraphs, tables (header row repeated on every page, the PDF's column
widths), signature block, page header (reference, DRAFT label, marking) and "Page X of Y"
footer.  The text is the document's text exactly: no font fallback is needed, because the
word processor picks a font per character from the names given on each run:

* every run names a Latin, an East Asian and a complex-script font (``w:rFonts`` ascii/hAnsi,
  eastAsia, cs); Chinese runs are marked ``w:hint="eastAsia"``, Traditional Chinese text (a
  ``zh-Hant``/``zh-TW``/``zh-HK`` paragraph) names a Traditional font;
* Uyghur (Arabic-script) runs are marked ``w:rtl`` and use the Uyghur face, Tibetan runs the
  Tibetan face, both through the complex-script slot (``w:cs``), with ``w:lang w:bidi``;
* a right-to-left paragraph (same rules as the PDF: :func:`app.export.text.paragraph_rtl`)
  gets ``w:bidi``.

Fonts are those shipped with Windows and Office, where a lawyer edits the document; elsewhere
the word processor substitutes (LibreOffice through fontconfig).

Output is deterministic and anonymous: the package keeps only the parts a document needs (no
thumbnail, no ``app.xml`` naming an application, no custom XML, no revision ids), the core
properties hold the title and the document's date (nothing else: no author, no "last modified
by"), and the ZIP entries carry a fixed time stamp -- so the same Document gives the same bytes.
"""

from __future__ import annotations

import io
import re
import unicodedata
import zipfile
from datetime import datetime, timezone

from docx import Document as _new_docx
from docx.enum.style import WD_STYLE_TYPE
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_TAB_ALIGNMENT
from docx.oxml import OxmlElement, parse_xml
from docx.oxml.ns import qn
from docx.shared import Mm, Pt, RGBColor
from docx.table import Table as DocxTable
from docx.table import _Cell
from docx.text.paragraph import Paragraph as DocxParagraph
from lxml import etree

from app.progress import Cancel, Progress
from app.domain.document import Document, FieldRow, Paragraph, Section, Signature, Table
from app.errors import Cancelled
from app.export.layout import PAGE_MARGINS, column_widths
from app.export.text import field_label, heading_text, language_rtl, paragraph_rtl, value_rtl


#: font names per slot (see the module docstring)
LATIN_FONT = "Times New Roman"
MONO_FONT = "Courier New"
CHINESE_FONT = "SimSun"
CHINESE_TRADITIONAL_FONT = "PMingLiU"
UYGHUR_FONT = "Microsoft Uighur"
TIBETAN_FONT = "Microsoft Himalaya"

GREY = RGBColor(0x59, 0x59, 0x59)
RULE = "B8B8B8"
HEAD_FILL = "EBEBEB"
A4 = (Mm(210), Mm(297))
_FIXED_ZIP_TIME = (1980, 1, 1, 0, 0, 0)

_CJK = re.compile("[\u2e80-\u9fff\uac00-\ud7af\uf900-\ufaff\ufe30-\ufe4f\uff00-\uffef\U00020000-\U0003ffff]")


# --- runs: one script each --------------------------------------------------------------------


def _kind(ch: str) -> str | None:
    """ar | bo | zh | la for letters (and CJK punctuation); None for neutrals that join a run."""
    o = ord(ch)
    if 0x0F00 <= o <= 0x0FFF:
        return "bo"
    if _CJK.match(ch):
        return "zh"
    bidi = unicodedata.bidirectional(ch)
    if bidi in ("R", "AL"):
        return "ar"
    if bidi == "L":
        return "la"
    return None


def script_parts(text: str) -> list[tuple[str, str]]:
    """``text`` cut into (kind, piece): spaces, digits and punctuation stay with the run before."""
    if text.isascii():
        return [("la", text)]
    parts: list[tuple[str, str]] = []
    for ch in text:
        kind = _kind(ch)
        if not parts:
            parts.append((kind or "la", ch))
        elif kind is None or kind == parts[-1][0]:
            parts[-1] = (parts[-1][0], parts[-1][1] + ch)
        elif parts[-1][1].strip() == "" or all(_kind(c) is None for c in parts[-1][1]):
            parts[-1] = (kind, parts[-1][1] + ch)  # only neutrals so far: they join this run
        else:
            parts.append((kind, ch))
    return parts


def _el(parent, tag: str, **attrs: str):
    """Append ``<w:tag w:k="v" ...>`` to ``parent`` and return it."""
    el = OxmlElement(tag)
    for k, v in attrs.items():
        el.set(qn(f"w:{k}"), v)
    parent.append(el)
    return el


def _set_fonts(rPr, latin: str, east_asian: str, complex_script: str, hint: str = "") -> None:
    rfonts = rPr.get_or_add_rFonts()
    for key in list(rfonts.attrib):
        if key.endswith("Theme"):  # theme fonts would override the names
            del rfonts.attrib[key]
    for slot, name in (("ascii", latin), ("hAnsi", latin), ("eastAsia", east_asian), ("cs", complex_script)):
        rfonts.set(qn(f"w:{slot}"), name)
    if hint:
        rfonts.set(qn("w:hint"), hint)


def _set_size(rPr, points: float) -> None:
    """``w:sz`` and ``w:szCs`` (python-docx sets only the first; complex scripts read the second)."""
    half = str(round(points * 2))
    sz = rPr.get_or_add_sz()
    sz.set(qn("w:val"), half)
    cs = rPr.find(qn("w:szCs"))
    if cs is None:
        cs = OxmlElement("w:szCs")
        sz.addnext(cs)
    cs.set(qn("w:val"), half)


#: child order of the property elements we add children to by hand (ECMA-376 part 1, 17.3.1.26,
#: 17.3.2.28, 17.4.60): Word refuses a file whose children are out of order
SEQUENCES = {
    "pPr": ("pStyle", "keepNext", "keepLines", "pageBreakBefore", "framePr", "widowControl", "numPr",
            "suppressLineNumbers", "pBdr", "shd", "tabs", "suppressAutoHyphens", "kinsoku", "wordWrap",
            "overflowPunct", "topLinePunct", "autoSpaceDE", "autoSpaceDN", "bidi", "adjustRightInd",
            "snapToGrid", "spacing", "ind", "contextualSpacing", "mirrorIndents", "suppressOverlap", "jc",
            "textDirection", "textAlignment", "textboxTightWrap", "outlineLvl", "divId", "cnfStyle", "rPr",
            "sectPr", "pPrChange"),
    "rPr": ("rStyle", "rFonts", "b", "bCs", "i", "iCs", "caps", "smallCaps", "strike", "dstrike", "outline",
            "shadow", "emboss", "imprint", "noProof", "snapToGrid", "vanish", "webHidden", "color", "spacing",
            "w", "kern", "position", "sz", "szCs", "highlight", "u", "effect", "bdr", "shd", "fitText",
            "vertAlign", "rtl", "cs", "em", "lang", "eastAsianLayout", "specVanish", "oMath"),
    "tblPr": ("tblStyle", "tblpPr", "tblOverlap", "bidiVisual", "tblStyleRowBandSize", "tblStyleColBandSize",
              "tblW", "jc", "tblCellSpacing", "tblInd", "tblBorders", "shd", "tblLayout", "tblCellMar",
              "tblLook", "tblCaption", "tblDescription"),
}


def _insert(parent, tag: str):
    """A new ``<w:tag>`` child of ``parent`` (a pPr, rPr or tblPr) at its place in the sequence."""
    seq = SEQUENCES[etree.QName(parent).localname]
    el = OxmlElement(f"w:{tag}")
    later = {qn(f"w:{t}") for t in seq[seq.index(tag) + 1:]}
    for child in parent:
        if child.tag in later:
            child.addprevious(el)
            return el
    parent.append(el)
    return el


def _set_lang(rPr, **langs: str) -> None:
    lang = rPr.find(qn("w:lang"))
    if lang is None:
        lang = _insert(rPr, "lang")
    for k, v in langs.items():
        lang.set(qn(f"w:{k}"), v)


class _Writer:
    def __init__(self, doc: Document, progress: Progress | None, cancel: Cancel | None) -> None:
        self.doc = doc
        self.rtl = language_rtl(doc.language)
        self.progress = progress
        self.cancel = cancel
        self.out = _new_docx()
        self.done = 0
        self.total = max(1, _count_blocks(doc))
        self._style_ids: dict[str, str] = {}
        sec = self.out.sections[0]
        sec.page_width, sec.page_height = A4
        sec.left_margin, sec.right_margin = Pt(PAGE_MARGINS["left"]), Pt(PAGE_MARGINS["right"])
        sec.top_margin, sec.bottom_margin = Pt(PAGE_MARGINS["top"]), Pt(PAGE_MARGINS["bottom"])
        sec.header_distance, sec.footer_distance = Mm(10), Mm(10)
        self.width_pt = A4[0].pt - PAGE_MARGINS["left"] - PAGE_MARGINS["right"]
        body = self.out.element.body
        for child in list(body):  # the template's empty paragraph
            if child.tag == qn("w:p"):
                body.remove(child)
        self._styles()

    # -- styles --

    def _styles(self) -> None:
        styles = self.out.styles
        lang = self.doc.language or "en"

        def style(name: str, size: float, *, bold: bool = False, italic: bool = False, grey: bool = False,
                  before: float = 0, after: float = 0, indent: float = 0, base: str = "Normal",
                  outline: int | None = None):
            try:
                st = styles[name]
            except KeyError:
                st = styles.add_style(name, WD_STYLE_TYPE.PARAGRAPH)
                st.base_style = styles[base]
            st.font.bold = bold
            st.font.cs_bold = bold
            st.font.italic = italic
            st.font.cs_italic = italic
            st.font.color.rgb = GREY if grey else RGBColor(0, 0, 0)
            rPr = st.element.get_or_add_rPr()
            _set_fonts(rPr, LATIN_FONT, CHINESE_FONT, UYGHUR_FONT)
            _set_size(rPr, size)
            pf = st.paragraph_format
            pf.space_before, pf.space_after = Pt(before), Pt(after)
            pf.left_indent = Mm(indent) if indent else None
            pf.right_indent = Mm(indent * 2 / 3) if indent else None
            return st

        normal = style("Normal", 10, after=5)
        _set_lang(normal.element.get_or_add_rPr(), val=lang, eastAsia="zh-CN", bidi="ug-CN")
        title = style("Title", 15, bold=True, after=10)
        for el in title.element.findall(".//" + qn("w:pBdr")):  # the template's blue rule
            el.getparent().remove(el)
        for level, size, before, after in ((1, 12, 12, 6), (2, 10.5, 9, 4), (3, 10, 6, 3)):
            st = style(f"Heading {level}", size, bold=True, before=before, after=after)
            st.paragraph_format.keep_with_next = True
        style("Recourse Lead", 10.5, after=6)
        style("Recourse Quote", 9.5, after=6, indent=9)
        style("Recourse Note", 8.5, italic=True, grey=True, after=4)
        style("Recourse Label", 9, grey=True)
        style("Recourse Value", 10)
        style("Recourse Unknown", 10, italic=True, grey=True)
        style("Recourse Value Note", 8.5, italic=True, grey=True, before=2)
        style("Recourse Table", 8.5)
        style("Recourse Table Head", 8.5, bold=True)
        style("Header", 8, grey=True)
        style("Footer", 8, grey=True)

    def styled(self, par: DocxParagraph, name: str) -> DocxParagraph:
        """Give ``par`` the paragraph style ``name`` (ids cached: python-docx looks names up
        through every style of the template, each time)."""
        sid = self._style_ids.get(name)
        if sid is None:
            sid = self._style_ids[name] = self.out.styles[name].style_id
        par._p.style = None if name == "Normal" else sid
        return par

    # -- text --

    def text(self, par, text: str, *, rtl: bool, chinese: str = CHINESE_FONT, mono: bool = False,
             bold: bool | None = None) -> None:
        """Fill paragraph ``par`` with ``text`` (runs per script, newlines as breaks)."""
        if rtl:
            _insert(par._p.get_or_add_pPr(), "bidi")
        latin = MONO_FONT if mono else LATIN_FONT
        lines = text.split("\n")
        for n, line in enumerate(lines):
            for kind, piece in script_parts(line) if line else []:
                run = par.add_run(piece)
                rPr = run._r.get_or_add_rPr()
                if kind == "bo":
                    _set_fonts(rPr, TIBETAN_FONT, chinese, TIBETAN_FONT)
                    rPr.get_or_add_cs().set(qn("w:val"), "1")
                    _set_lang(rPr, bidi="bo-CN")
                elif kind == "ar":
                    _set_fonts(rPr, latin, chinese, UYGHUR_FONT)
                    rPr.get_or_add_rtl().set(qn("w:val"), "1")
                    _set_lang(rPr, bidi="ug-CN")
                elif kind == "zh":
                    _set_fonts(rPr, latin, chinese, UYGHUR_FONT, hint="eastAsia")
                    _set_lang(rPr, eastAsia="zh-TW" if chinese == CHINESE_TRADITIONAL_FONT else "zh-CN")
                elif mono or chinese != CHINESE_FONT:
                    _set_fonts(rPr, latin, chinese, UYGHUR_FONT)
                if bold is not None:
                    run.bold = bold
            if n < len(lines) - 1:
                par.add_run().add_break()

    def paragraph(self, container, text: str, style: str, *, rtl: bool, **kw) -> DocxParagraph:
        par = self.styled(container.add_paragraph(), style)
        self.text(par, text, rtl=rtl, **kw)
        return par

    # -- blocks --

    def tick(self) -> None:
        if self.cancel is not None and self.cancel():
            raise Cancelled()
        self.done = min(self.done + 1, self.total)
        if self.progress is not None:
            self.progress(self.done, self.total, "layout")

    def section(self, section: Section, depth: int) -> None:
        self.tick()
        self.paragraph(self.out, heading_text(section), f"Heading {min(depth + 1, 3)}", rtl=self.rtl)
        pending: list[FieldRow] = []
        for block in section.blocks:
            if isinstance(block, FieldRow):
                pending.append(block)
                continue
            if pending:
                self.fields(pending)
                pending = []
            self.tick()
            if isinstance(block, Paragraph):
                self.body_paragraph(self.out, block)
            elif isinstance(block, Table):
                self.table(block)
        if pending:
            self.fields(pending)
        for sub in section.subsections:
            self.section(sub, depth + 1)

    def body_paragraph(self, container, p: Paragraph) -> None:
        style = {"lead": "Recourse Lead", "quote": "Recourse Quote", "note": "Recourse Note"}.get(p.style, "Normal")
        par = self.paragraph(container, p.text, style, rtl=paragraph_rtl(p, self.rtl), chinese=_chinese_font(p.language))
        if p.style == "body":
            par.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY

    def _table(self, rows: int, cols: int, widths_pt: list[float]) -> tuple[DocxTable, list[list[_Cell]]]:
        """A table and its cells by row (python-docx's own row/column accessors rebuild the
        whole grid on every call)."""
        t = self.out.add_table(rows=rows, cols=cols)
        t.alignment = WD_TABLE_ALIGNMENT.LEFT
        t.autofit = False
        for i, w in enumerate(widths_pt):
            t.columns[i].width = Pt(w)
        grid = [[_Cell(tc, t) for tc in tr.tc_lst] for tr in t._tbl.tr_lst]
        for row in grid:
            for cell, w in zip(row, widths_pt):
                cell._tc.width = Pt(w)
        return t, grid

    def fields(self, rows: list[FieldRow]) -> None:
        t, grid = self._table(len(rows), 2, [self.width_pt * 0.36, self.width_pt * 0.64])
        _borders(t, inside_h=True, outside=False)
        for (label, value), row in zip(grid, rows):
            self.tick()
            self.text(_first(label), field_label(row), rtl=self.rtl)
            self.styled(_first(label), "Recourse Label")
            if row.value.strip():
                self.text(_first(value), row.value, rtl=value_rtl(row.value, self.rtl))
                self.styled(_first(value), "Recourse Value")
            else:
                self.text(_first(value), self.doc.not_known, rtl=self.rtl)
                self.styled(_first(value), "Recourse Unknown")
            if row.note.strip():
                self.paragraph(value, row.note, "Recourse Value Note", rtl=self.rtl)
            _cant_split(label)
        self.styled(self.out.add_paragraph(), "Recourse Note")  # Word merges adjacent tables otherwise

    def table(self, table: Table) -> None:
        ncols = len(table.columns) or max((len(r) for r in table.rows), default=1)
        widths = column_widths(table, ncols, self.width_pt)
        header = 1 if table.columns else 0
        t, grid = self._table(len(table.rows) + header, ncols, widths)
        _borders(t, inside_h=True, outside=True, inside_v=True)
        mono = set(table.monospace_columns)
        if header:
            trPr = grid[0][0]._tc.getparent().get_or_add_trPr()
            _el(trPr, "w:tblHeader")  # repeated on every page
            for cell, text in zip(grid[0], table.columns):
                self.text(_first(cell), text, rtl=self.rtl)
                self.styled(_first(cell), "Recourse Table Head")
                _shade(cell, HEAD_FILL)
        for r, row in zip(grid[header:], table.rows):
            cells = list(row[:ncols]) + [""] * (ncols - len(row))
            for i, (cell, text) in enumerate(zip(r, cells)):
                # a digest stays one string (copied whole); the word processor wraps it
                self.text(_first(cell), text, rtl=value_rtl(text, self.rtl), mono=i in mono)
                self.styled(_first(cell), "Recourse Table")
            _cant_split(r[0])
        self.styled(self.out.add_paragraph(), "Recourse Note")

    def signature(self, sig: Signature) -> None:
        self.tick()
        t, grid = self._table(3, 2, [self.width_pt * 0.55, self.width_pt * 0.45])
        _borders(t, inside_h=False, outside=False)

        def pair(cell, label: str, value: str) -> None:
            self.text(cell.paragraphs[0], label, rtl=self.rtl)
            self.styled(cell.paragraphs[0], "Recourse Label")
            self.paragraph(cell, value, "Recourse Value", rtl=value_rtl(value, self.rtl))

        pair(grid[0][0], sig.place_label, sig.place_value)
        pair(grid[0][1], sig.date_label, sig.date_value)
        pair(grid[1][0], sig.name_label, sig.name_value)
        sign = grid[2][0]
        self.text(sign.paragraphs[0], sig.signature_label, rtl=self.rtl)
        self.styled(sign.paragraphs[0], "Recourse Label")
        self.styled(sign.add_paragraph(), "Recourse Value").paragraph_format.space_before = Pt(22)
        _cell_border(sign, "bottom")
        for n, r in enumerate(grid):  # never split: rows kept with the next, none split
            _cant_split(r[0])
            for cell in r:
                for par in cell.paragraphs:
                    par.paragraph_format.keep_with_next = n < len(grid) - 1

    # -- page furniture --

    def furniture(self) -> None:
        sec = self.out.sections[0]
        tab_right = Pt(self.width_pt)
        head = sec.header.paragraphs[0]
        self.styled(head, "Header")
        stops = head.paragraph_format.tab_stops
        stops.add_tab_stop(Pt(self.width_pt / 2), WD_TAB_ALIGNMENT.CENTER)
        stops.add_tab_stop(tab_right, WD_TAB_ALIGNMENT.RIGHT)
        self.text(head, self.doc.reference, rtl=False)
        head.add_run("\t")
        if self.doc.draft:
            self.text(head, self.doc.draft_label, rtl=False, bold=True)
            head._p.append(_watermark(self.doc.draft_label))
        head.add_run("\t")
        self.text(head, self.doc.marking, rtl=False, bold=True)
        _paragraph_border(head, "bottom")
        foot = sec.footer.paragraphs[0]
        self.styled(foot, "Footer")
        foot.alignment = WD_ALIGN_PARAGRAPH.CENTER
        for piece in re.split(r"(\{page\}|\{pages\})", self.doc.page_label):
            if piece == "{page}":
                _field(foot, "PAGE")
            elif piece == "{pages}":
                _field(foot, "NUMPAGES")
            elif piece:
                self.text(foot, piece, rtl=False)

    def build(self) -> bytes:
        if self.cancel is not None and self.cancel():
            raise Cancelled()
        doc = self.doc
        self.paragraph(self.out, doc.title, "Title", rtl=self.rtl)
        for p in doc.intro:
            self.tick()
            self.body_paragraph(self.out, p)
        for section in doc.sections:
            self.section(section, 0)
        if doc.signature is not None:
            self.signature(doc.signature)
        self.furniture()
        self._scrub()
        buf = io.BytesIO()
        self.out.save(buf)
        if self.progress is not None:
            self.progress(self.total, self.total, "layout")
        return _fixed_zip(buf.getvalue(), _core_xml(doc))

    def _scrub(self) -> None:
        """Drop the parts that say who or what made the file (core properties: see _core_xml)."""
        pkg = self.out.part.package
        for rels, unwanted in ((pkg.rels, ("thumbnail", "extended-properties")),
                               (self.out.part.rels, ("customXml", "stylesWithEffects"))):
            for rId, rel in list(rels.items()):
                if rel.reltype.rsplit("/", 1)[-1] in unwanted:
                    rels.pop(rId)
        for root in (self.out.element, self.out.styles.element):  # the template's revision ids
            for el in list(root.iter()):
                if el.tag == qn("w:rsid"):
                    el.getparent().remove(el)
                    continue
                for key in [k for k in el.attrib if k.startswith(qn("w:rsid"))]:
                    del el.attrib[key]
        settings = self.out.settings.element
        for tag in ("w:rsids", "w14:docId", "w:attachedTemplate"):
            for el in settings.findall(qn(tag)):
                settings.remove(el)
        compat = settings.find(qn("w:compat"))
        if compat is not None:  # justified lines ending in a line break are not stretched (as in the PDF)
            compat.insert(0, OxmlElement("w:doNotExpandShiftReturn"))
        lang = settings.find(qn("w:themeFontLang"))
        if lang is not None:
            lang.set(qn("w:val"), self.doc.language or "en")
            lang.set(qn("w:eastAsia"), "zh-CN")
            lang.set(qn("w:bidi"), "ug-CN")


def render_docx(doc: Document, *, progress: Progress | None = None, cancel: Cancel | None = None) -> bytes:
    """The .docx of ``doc``.  Raises :class:`app.errors.Cancelled` when ``cancel()`` turns true."""
    return _Writer(doc, progress, cancel).build()


# --- helpers ----------------------------------------------------------------------------------


def _count_blocks(doc: Document) -> int:
    def count(s: Section) -> int:
        return 1 + len(s.blocks) + sum(count(x) for x in s.subsections)

    return len(doc.intro) + sum(count(s) for s in doc.sections) + (1 if doc.signature else 0)


def _chinese_font(language: str) -> str:
    tag = language.replace("_", "-").lower()
    return CHINESE_TRADITIONAL_FONT if tag.startswith("zh") and any(
        x in tag for x in ("hant", "-tw", "-hk", "-mo")) else CHINESE_FONT


def _doc_datetime(iso: str) -> datetime:
    m = re.fullmatch(r"\s*(\d{4})(?:-(\d{2}))?(?:-(\d{2}))?.*", iso or "", re.DOTALL)
    try:
        if m:
            return datetime(int(m.group(1)), int(m.group(2) or 1), int(m.group(3) or 1), tzinfo=timezone.utc)
    except ValueError:
        pass
    return datetime(1970, 1, 1, tzinfo=timezone.utc)


def _borders(table, *, inside_h: bool, outside: bool, inside_v: bool = False) -> None:
    tblPr = table._tbl.tblPr
    borders = _insert(tblPr, "tblBorders")
    for edge in ("top", "left", "bottom", "right", "insideH", "insideV"):
        on = (edge == "insideH" and inside_h) or (edge == "insideV" and inside_v) or (
            outside and edge in ("top", "left", "bottom", "right")) or (edge == "bottom" and inside_h)
        _el(borders, f"w:{edge}", val="single" if on else "nil", sz="4", space="0", color=RULE)
    margins = _insert(tblPr, "tblCellMar")
    for edge, tw in (("top", "60"), ("left", "80"), ("bottom", "70"), ("right", "80")):
        _el(margins, f"w:{edge}", w=tw, type="dxa")


def _cell_border(cell, edge: str) -> None:
    tcPr = cell._tc.get_or_add_tcPr()
    borders = _el(tcPr, "w:tcBorders")
    _el(borders, f"w:{edge}", val="single", sz="6", space="0", color="000000")


def _paragraph_border(par, edge: str) -> None:
    bdr = _insert(par._p.get_or_add_pPr(), "pBdr")
    _el(bdr, f"w:{edge}", val="single", sz="4", space="1", color="999999")


def _shade(cell, fill: str) -> None:
    tcPr = cell._tc.get_or_add_tcPr()
    _el(tcPr, "w:shd", val="clear", color="auto", fill=fill)


def _cant_split(cell: _Cell) -> None:
    """The row of ``cell`` never splits across pages."""
    trPr = cell._tc.getparent().get_or_add_trPr()
    _el(trPr, "w:cantSplit")


def _first(cell: _Cell) -> DocxParagraph:
    return DocxParagraph(cell._tc.p_lst[0], cell)


def _field(par, instr: str) -> None:
    """A simple field (PAGE, NUMPAGES) showing "1" until the word processor updates it."""
    fld = OxmlElement("w:fldSimple")
    fld.set(qn("w:instr"), f" {instr} ")
    run = _el(fld, "w:r")
    t = _el(run, "w:t")
    t.text = "1"
    par._p.append(fld)


_CORE = (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
    '<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" '
    'xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" '
    'xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">{title}'
    '<dcterms:created xsi:type="dcterms:W3CDTF">{when}</dcterms:created>'
    '<dcterms:modified xsi:type="dcterms:W3CDTF">{when}</dcterms:modified></cp:coreProperties>'
)


def _core_xml(doc: Document) -> bytes:
    """Core properties: the title and the document's date (UTC midnight), nothing else."""
    title = " ".join("".join(c for c in doc.title if unicodedata.category(c) not in ("Cc", "Cs")).split())
    escaped = title.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
    when = _doc_datetime(doc.date).strftime("%Y-%m-%dT%H:%M:%SZ")
    return _CORE.format(title=f"<dc:title>{escaped}</dc:title>" if title else "", when=when).encode("utf-8")


_WATERMARK = (
    '<w:r xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" '
    'xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office"><w:pict>'
    '<v:shapetype id="_x0000_t136" coordsize="21600,21600" o:spt="136" adj="10800" '
    'path="m@7,l@8,m@5,21600l@6,21600e"><v:formulas><v:f eqn="sum #0 0 10800"/><v:f eqn="prod #0 2 1"/>'
    '<v:f eqn="sum 21600 0 @1"/><v:f eqn="sum 0 0 @2"/><v:f eqn="sum 21600 0 @3"/><v:f eqn="if @0 @3 0"/>'
    '<v:f eqn="if @0 21600 @1"/><v:f eqn="if @0 0 @2"/><v:f eqn="if @0 @4 21600"/><v:f eqn="mid @5 @6"/>'
    '<v:f eqn="mid @8 @5"/><v:f eqn="mid @7 @8"/><v:f eqn="mid @6 @7"/><v:f eqn="sum @6 0 @5"/></v:formulas>'
    '<v:path textpathok="t" o:connecttype="custom" o:connectlocs="@9,0;@10,10800;@11,21600;@12,10800" '
    'o:connectangles="270,180,90,0"/><v:textpath on="t" fitshape="t"/><o:lock v:ext="edit" text="t" '
    'shapetype="t"/></v:shapetype>'
    '<v:shape id="RecourseDraftMark" o:spid="_x0000_s1025" type="#_x0000_t136" o:allowincell="f" '
    'style="position:absolute;margin-left:0;margin-top:0;width:430pt;height:110pt;rotation:315;'
    'z-index:-251657216;mso-position-horizontal:center;mso-position-horizontal-relative:margin;'
    'mso-position-vertical:center;mso-position-vertical-relative:margin" fillcolor="#dedede" stroked="f">'
    '<v:textpath style="font-family:&quot;{font}&quot;;font-size:1pt;font-weight:bold" string="{label}"/>'
    '</v:shape></w:pict></w:r>'
)


def _watermark(label: str):
    """The DRAFT mark as Word's own watermarks are made: a grey diagonal text shape (VML)
    anchored in the header, so it shows behind the text of every page."""
    safe = label.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace('"', "&quot;")
    return parse_xml(_WATERMARK.format(font=LATIN_FONT, label=safe))


def _fixed_zip(data: bytes, core: bytes) -> bytes:
    """The same package with our core properties and every entry stamped 1980-01-01 (ZIP's
    epoch), in the same order."""
    src = zipfile.ZipFile(io.BytesIO(data))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as dst:
        for info in src.infolist():
            fixed = zipfile.ZipInfo(info.filename, date_time=_FIXED_ZIP_TIME)
            fixed.compress_type = zipfile.ZIP_DEFLATED
            fixed.external_attr = 0o600 << 16
            body = core if info.filename == "docProps/core.xml" else src.read(info.filename)
            dst.writestr(fixed, body)
    return out.getvalue()
