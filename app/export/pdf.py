"""Render a :class:`~app.domain.document.Document` to PDF bytes.

A4, embedded fonts only, a header (case reference left, confidentiality
marking right) and a "Page X of Y" footer on every page, an optional diagonal
DRAFT mark, and metadata reduced to the title and two fixed dates.  Identical
input gives identical bytes (see ``docs/pdf-rendering.md``).
"""

from __future__ import annotations

import hashlib
import io
import math
import re
import threading
import unicodedata
from datetime import date as _date
from functools import partial

from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.pdfdoc import PDFDictionary, PDFObject, PDFString
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import BaseDocTemplate, Frame, PageTemplate

from app.progress import Cancel, Progress
from app.domain.document import Document
from app.errors import Cancelled
from app.export.fonts import ALL_FACES, SERIF, SERIF_BOLD, register_fonts, script_runs
from app.export.layout import PAGE_MARGINS, story
from app.export.shaped import draw_line, reset_private_glyphs, single_line


HEADER_SIZE = 8.0
FOOTER_SIZE = 8.0
DRAFT_GREY = colors.Color(0.87, 0.87, 0.87)

_render_lock = threading.Lock()  # fonts carry per-document state in reportlab: one render at a time


def render_pdf(doc: Document, *, progress: Progress | None = None, cancel: Cancel | None = None) -> bytes:
    """The PDF of ``doc``.  Raises :class:`app.errors.Cancelled` when ``cancel()`` turns true."""
    if cancel is not None and cancel():
        raise Cancelled()
    with _render_lock:
        register_fonts()
        reset_private_glyphs()
        out = io.BytesIO()
        template = _Template(out, doc, progress, cancel)
        try:
            flowables = story(doc, template.width)
            template.build(flowables, canvasmaker=partial(_Canvas, recourse_doc=doc))
            data = out.getvalue()
        finally:
            _forget(template)
            reset_private_glyphs()
    return finalise(data)


def _forget(template: BaseDocTemplate) -> None:
    """Drop what a cancelled or failed build left in the shared font objects (a saved one left nothing)."""
    canv = getattr(template, "canv", None)
    if canv is None:
        return
    for f in ALL_FACES:
        pdfmetrics.getFont(f.name).state.pop(canv._doc, None)


# --- page furniture --------------------------------------------------------------------


def _draw_line(canv: Canvas, text: str, font: str, size: float, x: float, y: float, align: str) -> float:
    line = single_line(script_runs(text, font), size, 0)  # page furniture: left to right
    if align == "right":
        x -= line.width
    elif align == "centre":
        x -= line.width / 2
    draw_line(canv, line, x, y)
    return line.width


def _line_width(text: str, font: str, size: float) -> float:
    return single_line(script_runs(text, font), size, 0).width


def _artifact(canv: Canvas, subtype: str) -> None:
    canv._code.append(f"/Artifact <</Type /Pagination /Subtype /{subtype}>> BDC")


def _header(canv: Canvas, doc: Document) -> None:
    page_w, page_h = canv._pagesize
    left, right = PAGE_MARGINS["left"], page_w - PAGE_MARGINS["right"]
    avail = right - left
    size = HEADER_SIZE
    need = _line_width(doc.reference, SERIF.name, size) + _line_width(doc.marking, SERIF_BOLD.name, size) + 12
    if need > avail:  # a long marking: shrink both rather than overlap
        size = max(5.5, size * avail / need)
    y = page_h - 13 * mm
    canv.saveState()
    _artifact(canv, "Header")
    canv.setFillColor(colors.Color(0.25, 0.25, 0.25))
    _draw_line(canv, doc.reference, SERIF.name, size, left, y, "left")
    canv.setFillColor(colors.black)
    _draw_line(canv, doc.marking, SERIF_BOLD.name, size, right, y, "right")
    canv.setStrokeColor(colors.Color(0.6, 0.6, 0.6))
    canv.setLineWidth(0.4)
    canv.line(left, y - 2.2 * mm, right, y - 2.2 * mm)
    canv._code.append("EMC")
    canv.restoreState()


def _draft(canv: Canvas, label: str) -> None:
    page_w, page_h = canv._pagesize
    angle = math.degrees(math.atan2(page_h, page_w))
    diagonal = math.hypot(page_w, page_h)
    unit = _line_width(label, SERIF_BOLD.name, 100) / 100 or 1.0
    size = min(130.0, 0.62 * diagonal / unit)
    canv.saveState()
    _artifact(canv, "Watermark")
    canv.setFillColor(DRAFT_GREY)
    canv.translate(page_w / 2, page_h / 2)
    canv.rotate(angle)
    _draw_line(canv, label, SERIF_BOLD.name, size, 0, -0.35 * size, "centre")
    canv._code.append("EMC")
    canv.restoreState()


def _footer(canv: Canvas, doc: Document, page: int, pages: int) -> None:
    page_w, _ = canv._pagesize
    text = doc.page_label.replace("{pages}", str(pages)).replace("{page}", str(page))
    canv.saveState()
    _artifact(canv, "Footer")
    canv.setFillColor(colors.Color(0.25, 0.25, 0.25))
    _draw_line(canv, text, SERIF.name, FOOTER_SIZE, page_w / 2, 12 * mm, "centre")
    canv._code.append("EMC")
    canv.restoreState()


class _Template(BaseDocTemplate):
    def __init__(self, out: io.BytesIO, doc: Document, progress: Progress | None, cancel: Cancel | None) -> None:
        super().__init__(
            out, pagesize=A4,
            leftMargin=PAGE_MARGINS["left"], rightMargin=PAGE_MARGINS["right"],
            topMargin=PAGE_MARGINS["top"], bottomMargin=PAGE_MARGINS["bottom"],
            title=doc.title, author="", subject="", creator="", producer="", keywords="",
            invariant=1, pageCompression=1, lang=doc.language or None,
            initialFontName=SERIF.name, initialFontSize=10, initialLeading=12,
        )
        self.recourse_doc = doc
        self.progress = progress
        self.cancel = cancel
        self.total = self.done = 0
        frame = Frame(self.leftMargin, self.bottomMargin, self.width, self.height, id="body",
                      leftPadding=0, rightPadding=0, topPadding=0, bottomPadding=0)
        self.addPageTemplates([PageTemplate("page", [frame], onPage=self._decorate)])
        self.setProgressCallBack(self._report)

    def _check(self) -> None:
        if self.cancel is not None and self.cancel():
            raise Cancelled()

    def _decorate(self, canv: Canvas, _doc: object) -> None:
        if self.recourse_doc.draft:
            _draft(canv, self.recourse_doc.draft_label)
        _header(canv, self.recourse_doc)

    def handle_pageBegin(self) -> None:
        self._check()
        super().handle_pageBegin()

    def handle_flowable(self, flowables: list) -> None:
        self._check()
        super().handle_flowable(flowables)

    def _report(self, kind: str, value: int) -> None:  # reportlab's own progress hook
        if kind == "SIZE_EST":
            self.total = value
        elif kind == "PROGRESS" and self.progress is not None and self.total:
            # a split puts part of a flowable back on the list: never report going backwards
            self.done = min(max(self.done, value), self.total)
            self.progress(self.done, self.total, "layout")


class _Canvas(Canvas):
    """Holds pages back until the end so that every footer can say "of Y"."""

    def __init__(self, *args: object, recourse_doc: Document, **kwargs: object) -> None:
        super().__init__(*args, **kwargs)
        self._recourse_doc = recourse_doc
        self._held: list[dict] = []
        self._doc.info = _Info(recourse_doc.title, pdf_date(recourse_doc.date))

    def showPage(self) -> None:
        self._held.append(dict(self.__dict__))
        self._startPage()

    def save(self) -> None:
        pages = len(self._held)
        for n, state in enumerate(self._held, start=1):
            self.__dict__.update(state)
            _footer(self, self._recourse_doc, n, pages)
            Canvas.showPage(self)
        self._held = []
        Canvas.save(self)


# --- metadata and bytes ---------------------------------------------------------------------


def pdf_date(iso: str) -> str:
    """``D:YYYYMMDD000000+00'00'`` for an ISO date (partial dates padded), the epoch otherwise."""
    m = re.fullmatch(r"\s*(\d{4})(?:-(\d{2}))?(?:-(\d{2}))?.*", iso or "", re.DOTALL)
    try:
        d = _date(int(m.group(1)), int(m.group(2) or 1), int(m.group(3) or 1)) if m else _date(1970, 1, 1)
    except ValueError:
        d = _date(1970, 1, 1)
    return f"D:{d:%Y%m%d}000000+00'00'"


def _plain_title(title: str) -> str:
    """The title as metadata: no controls, lone surrogates replaced, whitespace collapsed."""
    kept = ("\ufffd" if 0xD800 <= ord(c) <= 0xDFFF else c for c in title
            if unicodedata.category(c) not in ("Cc", "Cf") or c in "\n\t")
    return " ".join("".join(kept).split())


class _Info(PDFObject):
    """The Info dictionary: the title and two fixed dates, nothing about who made the file."""

    def __init__(self, title: str, when: str) -> None:
        # not ``self.title``: reportlab's doc template assigns title, author, producer... here
        self._recourse_title = _plain_title(title)
        self._recourse_when = when

    def digest(self, md5object: object) -> None:  # reportlab feeds this into its (replaced) file ID
        return None

    def format(self, document: object) -> bytes:
        d: dict[str, PDFObject] = {}
        if self._recourse_title:
            d["Title"] = PDFString(self._recourse_title)
        d["CreationDate"] = PDFString(self._recourse_when)
        d["ModDate"] = PDFString(self._recourse_when)
        return PDFDictionary(d).format(document)


# reportlab 5.1 writes these two comments; each is blanked in place (same length, so the
# cross-reference offsets stay valid).
_HEADER_COMMENT = b" ReportLab Generated PDF document (opensource)"
_TRAILER_COMMENT = b"% ReportLab generated PDF document -- digest (opensource)"
_ID = re.compile(rb"/ID\s*\[<([0-9a-fA-F]+)><([0-9a-fA-F]+)>\]")


def finalise(data: bytes) -> bytes:
    """Blank reportlab's signature comments and derive the file ID from the content."""
    data = data.replace(_HEADER_COMMENT, b" " * len(_HEADER_COMMENT), 1)
    data = data.replace(_TRAILER_COMMENT, b"%" + b" " * (len(_TRAILER_COMMENT) - 1), 1)
    matches = list(_ID.finditer(data))
    m = matches[-1] if matches else None  # the trailer's
    if m is not None:
        n = len(m.group(1))
        blank = data[: m.start(1)] + b"0" * n + b"><" + b"0" * n + data[m.end(2):]
        digest = hashlib.sha256(blank).hexdigest()[:n].upper().encode()
        data = data[: m.start(1)] + digest + b"><" + digest + data[m.end(2):]
    if b"ReportLab" in data[:1024] or b"ReportLab" in data[-1024:]:
        raise RuntimeError("unexpected reportlab signature in the PDF")  # a reportlab upgrade changed them
    return data
