"""Document -> reportlab flowables: styles, sections, field rows, tables, signature.

Every piece of user text goes through :func:`text_flowable`, which picks a
plain reportlab Paragraph (escaped markup, CJK line breaking when needed) or a
:class:`~app.export.shaped.ShapedParagraph` (Uyghur, Tibetan).
"""

from __future__ import annotations

import re
from functools import cache

from reportlab.lib import colors
from reportlab.lib.enums import TA_JUSTIFY, TA_LEFT
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase import pdfmetrics
from reportlab.platypus import CondPageBreak, KeepTogether, Spacer, TableStyle
from reportlab.platypus import Paragraph as RLParagraph
from reportlab.platypus import Table as RLTable
from reportlab.platypus.flowables import Flowable

from app.domain.document import Chart, Document, FieldRow, Paragraph, Section, Signature, Table
from app.export.charts import chart_flowable
from app.export.columns import fit_widths, widest_word
from app.export.fonts import MONO, SERIF, SERIF_BOLD, SERIF_ITALIC, register_fonts
from app.export.shaped import ShapedParagraph
from app.export.text import field_label, heading_text, language_rtl, paragraph_rtl, plan, runs_markup, value_rtl

PAGE_MARGINS = {"left": 22 * mm, "right": 22 * mm, "top": 24 * mm, "bottom": 22 * mm}
INK = colors.black
GREY = colors.Color(0.35, 0.35, 0.35)
RULE = colors.Color(0.72, 0.72, 0.72)
HEAD_BG = colors.Color(0.92, 0.92, 0.92)


def _style(name: str, font: str, size: float, leading: float, **kw: object) -> ParagraphStyle:
    return ParagraphStyle(name, fontName=font, fontSize=size, leading=leading, textColor=kw.pop("textColor", INK),
                          splitLongWords=1, allowWidows=0, allowOrphans=0, **kw)


STYLES: dict[str, ParagraphStyle] = {
    "title": _style("title", SERIF_BOLD.name, 15, 19, spaceAfter=10, alignment=TA_LEFT),
    "lead": _style("lead", SERIF.name, 10.5, 15, spaceAfter=6, alignment=TA_LEFT),
    "body": _style("body", SERIF.name, 10, 14, spaceAfter=5, alignment=TA_JUSTIFY),
    "quote": _style("quote", SERIF.name, 9.5, 13.5, spaceAfter=6, leftIndent=9 * mm, rightIndent=6 * mm,
                    alignment=TA_LEFT),
    "note": _style("note", SERIF_ITALIC.name, 8.5, 12, spaceAfter=4, textColor=GREY, alignment=TA_LEFT),
    "h1": _style("h1", SERIF_BOLD.name, 12, 15, spaceBefore=12, spaceAfter=6),
    "h2": _style("h2", SERIF_BOLD.name, 10.5, 13.5, spaceBefore=9, spaceAfter=4),
    "h3": _style("h3", SERIF_BOLD.name, 10, 13, spaceBefore=6, spaceAfter=3),
    "label": _style("label", SERIF.name, 9, 12, textColor=GREY),
    "value": _style("value", SERIF.name, 10, 13.5),
    "value_note": _style("value_note", SERIF_ITALIC.name, 8.5, 11.5, textColor=GREY, spaceBefore=2),
    "unknown": _style("unknown", SERIF_ITALIC.name, 10, 13.5, textColor=GREY),
    "th": _style("th", SERIF_BOLD.name, 8.5, 11),
    "td": _style("td", SERIF.name, 8.5, 11),
    "td_mono": _style("td_mono", MONO.name, 7.5, 10),
    "sig_label": _style("sig_label", SERIF.name, 9, 12, textColor=GREY),
    "sig_value": _style("sig_value", SERIF.name, 10, 13.5),
}


@cache
def _variant(style: ParagraphStyle, font: str, cjk: bool) -> ParagraphStyle:
    if font == style.fontName and not cjk:
        return style
    return ParagraphStyle(f"{style.name}-{font}-{int(cjk)}", parent=style, fontName=font,
                          wordWrap="CJK" if cjk else style.wordWrap)


def text_flowable(text: str, style: ParagraphStyle, rtl: bool | None = False) -> Flowable:
    """Plain ``text`` in ``style``: a safe reportlab Paragraph, or a shaped one.

    ``rtl`` is the base direction when the text has right-to-left letters: False for the form's
    own words (labels, headings: the document's direction, so a label that starts with a Uyghur
    name still reads left to right), True for a Uyghur quotation, None to decide from the text
    (:func:`value_rtl`).
    """
    register_fonts()
    p = plan(text, style.fontName)
    if p.shaping:
        return ShapedParagraph(list(p.runs), style, None if rtl is None else int(rtl))
    # text in a single face (a Chinese name, say) is set in that face directly: one fragment,
    # no <font> tag to parse, and reportlab's fast path for single-fragment paragraphs
    font = p.runs[0][0] if len(p.runs) == 1 else style.fontName
    return RLParagraph(runs_markup(p.runs, font), _variant(style, font, p.cjk))


# --- blocks ----------------------------------------------------------------------------


def _heading(section: Section, depth: int, rtl: bool) -> Flowable:
    return text_flowable(heading_text(section), STYLES["h1" if depth == 0 else "h2" if depth == 1 else "h3"], rtl)


def _field_cells(row: FieldRow, not_known: str, rtl: bool) -> list:
    label = field_label(row)
    value: list[Flowable] = []
    if row.value.strip():
        value.append(text_flowable(row.value, STYLES["value"], value_rtl(row.value, rtl)))
    else:
        value.append(text_flowable(not_known, STYLES["unknown"], rtl))
    if row.note.strip():
        value.append(text_flowable(row.note, STYLES["value_note"], rtl))
    return [text_flowable(label, STYLES["label"], rtl), value[0] if len(value) == 1 else value]


def _fields_table(rows: list[FieldRow], width: float, not_known: str, rtl: bool) -> Flowable:
    data = [_field_cells(r, not_known, rtl) for r in rows]
    t = RLTable(data, colWidths=[width * 0.36, width * 0.64], splitByRow=1, splitInRow=1)
    t.setStyle(TableStyle([
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("FONTNAME", (0, 0), (-1, -1), SERIF.name),  # reportlab's default for string cells is Helvetica
        ("LEFTPADDING", (0, 0), (-1, -1), 3),
        ("RIGHTPADDING", (0, 0), (-1, -1), 5),
        ("TOPPADDING", (0, 0), (-1, -1), 3.5),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 4),
        ("LINEBELOW", (0, 0), (-1, -1), 0.4, RULE),
    ]))
    return t


_HEX = re.compile(r"[0-9a-fA-F]{16,}")


def fit_digest(text: str, width: float) -> str:
    """A hex digest too wide for its column prints as equal halves, one per line, not cut anywhere."""
    style = STYLES["td_mono"]
    if not _HEX.fullmatch(text) or pdfmetrics.stringWidth(text, style.fontName, style.fontSize) <= width:
        return text
    half = (len(text) + 1) // 2
    return text[:half] + "\n" + text[half:]


_CELL_PADDING = 8.0  # LEFTPADDING + RIGHTPADDING of data tables


def column_widths(table: Table, ncols: int, width: float) -> list[float]:
    """The table's relative widths on ``width`` points, widened where a word would not fit."""
    register_fonts()
    rel = list(table.widths[:ncols]) if len(table.widths) >= ncols else [1.0] * ncols
    total = sum(rel) or 1.0
    widths = [width * w / total for w in rel]
    mono = set(table.monospace_columns)
    needs = [0.0] * ncols
    for i, c in enumerate(table.columns[:ncols]):
        needs[i] = widest_word(c, STYLES["th"].fontName, STYLES["th"].fontSize)
    for row in table.rows:
        for i, c in enumerate(row[:ncols]):
            style = STYLES["td_mono" if i in mono else "td"]
            if i in mono and _HEX.fullmatch(c):  # a digest may print as two halves
                c = c[: (len(c) + 1) // 2]
            needs[i] = max(needs[i], widest_word(c, style.fontName, style.fontSize))
    return fit_widths(widths, [n + _CELL_PADDING + 0.5 if n else 0.0 for n in needs])


def _data_table(table: Table, width: float, rtl: bool) -> Flowable:
    ncols = len(table.columns) or max((len(r) for r in table.rows), default=1)
    col_widths = column_widths(table, ncols, width)
    mono = set(table.monospace_columns)
    data: list[list[Flowable]] = []
    if table.columns:
        data.append([text_flowable(c, STYLES["th"], rtl) for c in table.columns])
    for row in table.rows:
        cells = list(row[:ncols]) + [""] * (ncols - len(row))
        cells = [fit_digest(c, col_widths[i] - _CELL_PADDING) if i in mono else c for i, c in enumerate(cells)]
        data.append([text_flowable(c, STYLES["td_mono" if i in mono else "td"], value_rtl(c, rtl))
                     for i, c in enumerate(cells)])
    header = 1 if table.columns else 0
    t = RLTable(data, colWidths=col_widths, repeatRows=header, splitByRow=1, splitInRow=1,
                spaceBefore=3, spaceAfter=8)
    cmds: list[tuple] = [
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("FONTNAME", (0, 0), (-1, -1), SERIF.name),  # reportlab's default for string cells is Helvetica
        ("LEFTPADDING", (0, 0), (-1, -1), 4),
        ("RIGHTPADDING", (0, 0), (-1, -1), 4),
        ("TOPPADDING", (0, 0), (-1, -1), 3),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 3.5),
        ("GRID", (0, 0), (-1, -1), 0.4, RULE),
    ]
    if header:
        cmds.append(("BACKGROUND", (0, 0), (-1, 0), HEAD_BG))
    t.setStyle(TableStyle(cmds))
    return t


def _paragraph(p: Paragraph, rtl: bool) -> Flowable:
    return text_flowable(p.text, STYLES.get(p.style, STYLES["body"]), paragraph_rtl(p, rtl))


# A heading needs this much room below it (itself and a few lines of what follows) or it starts
# a new page.  Not keepWithNext: reportlab would move heading and a long table to a fresh page
# together, leaving the rest of the page empty.
_HEADING_ROOM = (90.0, 72.0, 60.0)


def _section(section: Section, depth: int, width: float, not_known: str, rtl: bool) -> list[Flowable]:
    out: list[Flowable] = [CondPageBreak(_HEADING_ROOM[min(depth, 2)]), _heading(section, depth, rtl)]
    pending: list[FieldRow] = []

    def flush() -> None:
        if pending:
            out.append(_fields_table(list(pending), width, not_known, rtl))
            pending.clear()

    for block in section.blocks:
        if isinstance(block, FieldRow):
            pending.append(block)
            continue
        flush()
        if isinstance(block, Paragraph):
            out.append(_paragraph(block, rtl))
        elif isinstance(block, Table):
            out.append(_data_table(block, width, rtl))
        elif isinstance(block, Chart):
            out.append(chart_flowable(block, width))
    flush()
    for sub in section.subsections:
        out += _section(sub, depth + 1, width, not_known, rtl)
    return out


def _signature(sig: Signature, width: float, rtl: bool) -> Flowable:
    def pair(label: str, value: str) -> list[Flowable]:
        return [text_flowable(label, STYLES["sig_label"], rtl),
                text_flowable(value or " ", STYLES["sig_value"], value_rtl(value, rtl))]

    data = [
        [pair(sig.place_label, sig.place_value), pair(sig.date_label, sig.date_value)],
        [pair(sig.name_label, sig.name_value), ""],
        [[text_flowable(sig.signature_label, STYLES["sig_label"], rtl), Spacer(0, 22)], ""],
    ]
    t = RLTable(data, colWidths=[width * 0.55, width * 0.45], spaceBefore=14)
    t.setStyle(TableStyle([
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("FONTNAME", (0, 0), (-1, -1), SERIF.name),  # reportlab's default for string cells is Helvetica
        ("LEFTPADDING", (0, 0), (-1, -1), 0),
        ("TOPPADDING", (0, 0), (-1, -1), 4),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 4),
        ("LINEBELOW", (0, 2), (0, 2), 0.7, INK),
        ("RIGHTPADDING", (0, 0), (0, -1), 24),
    ]))
    return KeepTogether([t])


def story(doc: Document, width: float) -> list[Flowable]:
    """The flowables of ``doc`` for a frame ``width`` points wide."""
    register_fonts()
    rtl = language_rtl(doc.language)  # the form's own words follow the document's language
    out: list[Flowable] = [text_flowable(doc.title, STYLES["title"], rtl)]
    out += [_paragraph(p, rtl) for p in doc.intro]
    for section in doc.sections:
        out += _section(section, 0, width, doc.not_known, rtl)
    if doc.signature is not None:
        out.append(_signature(doc.signature, width, rtl))
    return out

