"""Render a :class:`~app.domain.document.Document` as an OpenDocument text (.odt).

The same document as :func:`app.export.render_docx` (and the PDF), written directly as ODF 1.2
XML -- no library: the package is five small files.  The word processor picks Western, Asian
(Chinese) or complex-script (Uyghur, Tibetan) fonts per character from the three names every
style carries; Tibetan runs name their own complex-script font through a span; right-to-left
paragraphs (same rules as the PDF) get a ``style:writing-mode="rl-tb"`` variant of their style.
Output is deterministic and anonymous: ``meta.xml`` holds the title and the document's date
only (no generator, no author), ZIP entries carry a fixed time stamp.
"""

from __future__ import annotations

import io
import re
import zipfile
from xml.sax.saxutils import escape, quoteattr

from app.progress import Cancel, Progress
from app.domain.document import Document, FieldRow, Paragraph, Section, Signature, Table
from app.errors import Cancelled
from app.export.docx_writer import (CHINESE_FONT, LATIN_FONT, MONO_FONT, TIBETAN_FONT, UYGHUR_FONT, _doc_datetime,
                                    script_parts)
from app.export.layout import PAGE_MARGINS, column_widths
from app.export.text import field_label, heading_text, language_rtl, paragraph_rtl, value_rtl


_NS = (' xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0"'
       ' xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0"'
       ' xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0"'
       ' xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0"'
       ' xmlns:fo="urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0"'
       ' xmlns:svg="urn:oasis:names:tc:opendocument:xmlns:svg-compatible:1.0"'
       ' xmlns:dc="http://purl.org/dc/elements/1.1/"'
       ' xmlns:meta="urn:oasis:names:tc:opendocument:xmlns:meta:1.0" office:version="1.2"')
_FIXED_ZIP_TIME = (1980, 1, 1, 0, 0, 0)
PT_PER_MM = 72 / 25.4

# name -> (size pt, bold, italic, grey, space before, space after, left indent mm)
_STYLES: dict[str, tuple[float, bool, bool, bool, float, float, float]] = {
    "Standard": (10, False, False, False, 0, 5, 0),
    "Title": (15, True, False, False, 0, 10, 0),
    "Heading_1": (12, True, False, False, 12, 6, 0),
    "Heading_2": (10.5, True, False, False, 9, 4, 0),
    "Heading_3": (10, True, False, False, 6, 3, 0),
    "Lead": (10.5, False, False, False, 0, 6, 0),
    "Quote": (9.5, False, False, False, 0, 6, 9),
    "Note": (8.5, False, True, True, 0, 4, 0),
    "Label": (9, False, False, True, 0, 0, 0),
    "Value": (10, False, False, False, 0, 0, 0),
    "Unknown": (10, False, True, True, 0, 0, 0),
    "Value_Note": (8.5, False, True, True, 2, 0, 0),
    "Table_Contents": (8.5, False, False, False, 0, 0, 0),
    "Table_Heading": (8.5, True, False, False, 0, 0, 0),
    "Furniture": (8, False, False, True, 0, 0, 0),
}


def _text_props(size: float, bold: bool, italic: bool, grey: bool, latin: str = LATIN_FONT) -> str:
    weight = ' fo:font-weight="bold" style:font-weight-asian="bold" style:font-weight-complex="bold"' if bold else ""
    slant = ' fo:font-style="italic" style:font-style-asian="italic" style:font-style-complex="italic"' if italic else ""
    return (f'<style:text-properties style:font-name={quoteattr(latin)} style:font-name-asian="{CHINESE_FONT}"'
            f' style:font-name-complex="{UYGHUR_FONT}" fo:font-size="{size}pt" style:font-size-asian="{size}pt"'
            f' style:font-size-complex="{size}pt" fo:color="{"#595959" if grey else "#000000"}"{weight}{slant}/>')


class _Writer:
    def __init__(self, doc: Document, progress: Progress | None, cancel: Cancel | None) -> None:
        self.doc = doc
        self.rtl = language_rtl(doc.language)
        self.progress = progress
        self.cancel = cancel
        self.body: list[str] = []
        self.auto: dict[str, str] = {}  # automatic style name -> definition
        self.width_pt = 595.2756 - PAGE_MARGINS["left"] - PAGE_MARGINS["right"]
        self.tables = 0

    # -- text --

    def spans(self, text: str, mono: bool = False) -> str:
        out: list[str] = []
        for n, line in enumerate(text.split("\n")):
            if n:
                out.append("<text:line-break/>")
            for kind, piece in script_parts(line) if line else []:
                body = re.sub(r"  +", lambda m: " " + f'<text:s text:c="{len(m.group()) - 1}"/>', escape(piece))
                body = body.replace("\t", "<text:tab/>")
                if kind == "bo":
                    out.append(f'<text:span text:style-name="Tibetan">{body}</text:span>')
                elif mono:
                    out.append(f'<text:span text:style-name="Mono">{body}</text:span>')
                else:
                    out.append(body)
        return "".join(out)

    def par(self, text: str, style: str, rtl: bool, *, mono: bool = False, justify: bool = False) -> str:
        name = style
        if rtl or justify:
            name = f"{style}_{'R' if rtl else ''}{'J' if justify else ''}"
            # "right", not "start": LibreOffice reads start as left whatever the writing mode
            props = (' style:writing-mode="rl-tb"' if rtl else "") + (
                ' fo:text-align="justify"' if justify else ' fo:text-align="right"')
            self.auto[name] = (f'<style:style style:name="{name}" style:family="paragraph" '
                               f'style:parent-style-name="{style}"><style:paragraph-properties{props}/></style:style>')
        tag = "text:h" if style.startswith("Heading_") else "text:p"
        level = f' text:outline-level="{style[-1]}"' if tag == "text:h" else ""
        return f'<{tag} text:style-name="{name}"{level}>{self.spans(text, mono)}</{tag}>'

    def tick(self) -> None:
        if self.cancel is not None and self.cancel():
            raise Cancelled()

    # -- blocks --

    def table(self, widths: list[float], rows: list[list[str]], header: list[str] | None, grid: bool) -> None:
        self.tables += 1
        name = f"T{self.tables}"
        border = "0.5pt solid #b8b8b8"
        self.auto[name] = (f'<style:style style:name="{name}" style:family="table"><style:table-properties '
                           f'style:width="{sum(widths):.2f}pt" table:align="left" fo:margin-bottom="6pt"/></style:style>')
        cols = []
        for i, w in enumerate(widths):
            cname = f"{name}.C{i}"
            self.auto[cname] = (f'<style:style style:name="{cname}" style:family="table-column">'
                                f'<style:table-column-properties style:column-width="{w:.2f}pt"/></style:style>')
            cols.append(f'<table:table-column table:style-name="{cname}"/>')
        cell = f"{name}.cell"
        edges = f' fo:border="{border}"' if grid else f' fo:border="none" fo:border-bottom="{border}"'
        self.auto[cell] = (f'<style:style style:name="{cell}" style:family="table-cell"><style:table-cell-properties'
                           f' fo:padding="3pt"{edges}/></style:style>')
        head_cell = f"{name}.head"
        self.auto[head_cell] = (f'<style:style style:name="{head_cell}" style:family="table-cell">'
                                f'<style:table-cell-properties fo:padding="3pt" fo:background-color="#ebebeb"{edges}/>'
                                f'</style:style>')
        out = [f'<table:table table:name="{name}" table:style-name="{name}">', *cols]
        if header is not None:
            out.append("<table:table-header-rows><table:table-row>")
            out += [f'<table:table-cell table:style-name="{head_cell}" office:value-type="string">{c}</table:table-cell>'
                    for c in header]
            out.append("</table:table-row></table:table-header-rows>")
        for row in rows:
            out.append("<table:table-row>")
            out += [f'<table:table-cell table:style-name="{cell}" office:value-type="string">{c}</table:table-cell>'
                    for c in row]
            out.append("</table:table-row>")
        out.append("</table:table>")
        self.body.append("".join(out))

    def fields(self, rows: list[FieldRow]) -> None:
        cells = []
        for row in rows:
            self.tick()
            label = self.par(field_label(row), "Label", self.rtl)
            if row.value.strip():
                value = self.par(row.value, "Value", value_rtl(row.value, self.rtl))
            else:
                value = self.par(self.doc.not_known, "Unknown", self.rtl)
            if row.note.strip():
                value += self.par(row.note, "Value_Note", self.rtl)
            cells.append([label, value])
        self.table([self.width_pt * 0.36, self.width_pt * 0.64], cells, None, grid=False)

    def data_table(self, table: Table) -> None:
        ncols = len(table.columns) or max((len(r) for r in table.rows), default=1)
        widths = column_widths(table, ncols, self.width_pt)
        mono = set(table.monospace_columns)
        header = [self.par(c, "Table_Heading", self.rtl) for c in table.columns] if table.columns else None
        rows = []
        for row in table.rows:
            cells = list(row[:ncols]) + [""] * (ncols - len(row))
            rows.append([self.par(c, "Table_Contents", value_rtl(c, self.rtl), mono=i in mono)
                         for i, c in enumerate(cells)])
        self.table(widths, rows, header, grid=True)

    def paragraph(self, p: Paragraph) -> None:
        style = {"lead": "Lead", "quote": "Quote", "note": "Note"}.get(p.style, "Standard")
        # justified only without line breaks: LibreOffice stretches a line that ends in a break
        justify = p.style == "body" and "\n" not in p.text.strip()
        self.body.append(self.par(p.text, style, paragraph_rtl(p, self.rtl), justify=justify))

    def section(self, section: Section, depth: int) -> None:
        self.tick()
        self.body.append(self.par(heading_text(section), f"Heading_{min(depth + 1, 3)}", self.rtl))
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
                self.paragraph(block)
            elif isinstance(block, Table):
                self.data_table(block)
        if pending:
            self.fields(pending)
        for sub in section.subsections:
            self.section(sub, depth + 1)

    def signature(self, sig: Signature) -> None:
        def pair(label: str, value: str) -> str:
            return self.par(label, "Label", self.rtl) + self.par(value, "Value", value_rtl(value, self.rtl))

        rows = [[pair(sig.place_label, sig.place_value), pair(sig.date_label, sig.date_value)],
                [pair(sig.name_label, sig.name_value), self.par("", "Value", False)],
                [self.par(sig.signature_label, "Label", self.rtl) + self.par("", "Value", False) * 3,
                 self.par("", "Value", False)]]
        self.table([self.width_pt * 0.55, self.width_pt * 0.45], rows, None, grid=False)

    # -- package --

    def build(self) -> bytes:
        self.tick()
        doc = self.doc
        self.body.append(self.par(doc.title, "Title", self.rtl))
        for p in doc.intro:
            self.paragraph(p)
        for section in doc.sections:
            self.section(section, 0)
        if doc.signature is not None:
            self.signature(doc.signature)
        if self.progress is not None:
            self.progress(1, 1, "layout")
        return _package(self._content(), self._styles(), _meta(doc))

    def _content(self) -> str:
        autos = "".join(self.auto[k] for k in sorted(self.auto))
        return (f'<?xml version="1.0" encoding="UTF-8"?>\n<office:document-content{_NS}>'
                f'{_font_decls()}<office:automatic-styles>{autos}</office:automatic-styles>'
                f'<office:body><office:text>{"".join(self.body)}</office:text></office:body>'
                f'</office:document-content>')

    def _styles(self) -> str:
        doc = self.doc
        named = []
        for name, (size, bold, italic, grey, before, after, indent) in _STYLES.items():
            parent = '' if name == "Standard" else ' style:parent-style-name="Standard"'
            keep = ' fo:keep-with-next="always"' if name.startswith("Heading") else ""
            margins = f' fo:margin-left="{indent}mm" fo:margin-right="{indent * 2 / 3:.1f}mm"' if indent else ""
            named.append(f'<style:style style:name="{name}" style:family="paragraph"{parent}>'
                         f'<style:paragraph-properties fo:margin-top="{before}pt" fo:margin-bottom="{after}pt"'
                         f'{keep}{margins}/>{_text_props(size, bold, italic, grey)}</style:style>')
        named.append(f'<style:style style:name="Tibetan" style:family="text"><style:text-properties '
                     f'style:font-name="{TIBETAN_FONT}" style:font-name-complex="{TIBETAN_FONT}"/></style:style>')
        named.append(f'<style:style style:name="Mono" style:family="text"><style:text-properties '
                     f'style:font-name="{MONO_FONT}"/></style:style>')
        m = {k: f"{v / PT_PER_MM:.1f}mm" for k, v in PAGE_MARGINS.items()}
        header = (self.par(doc.reference, "Furniture", False)
                  + (self.par(doc.draft_label, "Furniture", False) if doc.draft else "")
                  + self.par(doc.marking, "Furniture", False))
        pieces = re.split(r"(\{page\}|\{pages\})", doc.page_label)
        footer = "".join("<text:page-number>1</text:page-number>" if p == "{page}" else
                         "<text:page-count>1</text:page-count>" if p == "{pages}" else self.spans(p)
                         for p in pieces if p)
        return (f'<?xml version="1.0" encoding="UTF-8"?>\n<office:document-styles{_NS}>{_font_decls()}'
                f'<office:styles>{"".join(named)}</office:styles>'
                '<office:automatic-styles><style:page-layout style:name="A4"><style:page-layout-properties'
                f' fo:page-width="210mm" fo:page-height="297mm" fo:margin-left="{m["left"]}"'
                f' fo:margin-right="{m["right"]}" fo:margin-top="14mm" fo:margin-bottom="12mm"/>'
                '<style:header-style><style:header-footer-properties fo:min-height="0mm" fo:margin-bottom="6mm"/>'
                '</style:header-style><style:footer-style><style:header-footer-properties fo:min-height="0mm"'
                ' fo:margin-top="6mm"/></style:footer-style></style:page-layout>'
                '<style:style style:name="Centred" style:family="paragraph" style:parent-style-name="Furniture">'
                '<style:paragraph-properties fo:text-align="center"/></style:style></office:automatic-styles>'
                '<office:master-styles><style:master-page style:name="Standard" style:page-layout-name="A4">'
                f'<style:header>{header}</style:header>'
                f'<style:footer><text:p text:style-name="Centred">{footer}</text:p></style:footer>'
                '</style:master-page></office:master-styles></office:document-styles>')


def render_odt(doc: Document, *, progress: Progress | None = None, cancel: Cancel | None = None) -> bytes:
    """The .odt of ``doc``.  Raises :class:`app.errors.Cancelled` when ``cancel()`` turns true."""
    return _Writer(doc, progress, cancel).build()


def _font_decls() -> str:
    names = (LATIN_FONT, MONO_FONT, CHINESE_FONT, UYGHUR_FONT, TIBETAN_FONT)
    return "<office:font-face-decls>" + "".join(
        f'<style:font-face style:name="{n}" svg:font-family="&apos;{n}&apos;"/>' for n in names
    ) + "</office:font-face-decls>"


def _meta(doc: Document) -> str:
    title = " ".join(doc.title.split())
    when = _doc_datetime(doc.date).strftime("%Y-%m-%dT%H:%M:%S")
    return (f'<?xml version="1.0" encoding="UTF-8"?>\n<office:document-meta{_NS}><office:meta>'
            f'{f"<dc:title>{escape(title)}</dc:title>" if title else ""}'
            f'<meta:creation-date>{when}</meta:creation-date><dc:date>{when}</dc:date>'
            '</office:meta></office:document-meta>')


_MANIFEST = ('<?xml version="1.0" encoding="UTF-8"?>\n'
             '<manifest:manifest xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0"'
             ' manifest:version="1.2">'
             '<manifest:file-entry manifest:full-path="/" manifest:version="1.2"'
             ' manifest:media-type="application/vnd.oasis.opendocument.text"/>'
             '<manifest:file-entry manifest:full-path="content.xml" manifest:media-type="text/xml"/>'
             '<manifest:file-entry manifest:full-path="styles.xml" manifest:media-type="text/xml"/>'
             '<manifest:file-entry manifest:full-path="meta.xml" manifest:media-type="text/xml"/>'
             '</manifest:manifest>')


def _package(content: str, styles: str, meta: str) -> bytes:
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as z:
        for name, data, method in (("mimetype", "application/vnd.oasis.opendocument.text", zipfile.ZIP_STORED),
                                   ("content.xml", content, zipfile.ZIP_DEFLATED),
                                   ("styles.xml", styles, zipfile.ZIP_DEFLATED),
                                   ("meta.xml", meta, zipfile.ZIP_DEFLATED),
                                   ("META-INF/manifest.xml", _MANIFEST, zipfile.ZIP_DEFLATED)):
            info = zipfile.ZipInfo(name, date_time=_FIXED_ZIP_TIME)
            info.compress_type = method
            info.external_attr = 0o600 << 16
            z.writestr(info, data.encode("utf-8"))
    return out.getvalue()
