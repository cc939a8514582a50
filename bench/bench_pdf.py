"""Benchmark ``app.export.render_pdf`` against plain reportlab, in one run.

Usage (from the repository root)::

    python -m bench.bench_pdf [--pages 30] [--persons 50] [--rows 200] [--repeat 5] [--quick]
    python -m bench.bench_pdf --sample specimen.pdf   # the one-page specimen of docs/pdf-sample.png

The document: about ``--pages`` pages of narrative paragraphs mixing English and
Chinese (a few in Uyghur), ``--persons`` person field groups (a numbered
subsection of FieldRows each) and a ``--rows``-row evidence table with SHA-256
digests in a monospace column.

The baseline renders the same paragraphs, fields and table with reportlab
alone: ``SimpleDocTemplate`` + ``Paragraph``/``Table``, the same registered
fonts (Noto Serif, or Droid Sans Fallback with ``wordWrap='CJK'`` for text with
Chinese in it), and none of our work: no script runs, no escaping beyond
reportlab's minimum, no shaping, no header/footer/"Page X of Y", no metadata
scrubbing.  (Its Uyghur comes out unshaped and its Latin-in-Chinese as boxes:
it is a speed floor, not a correct rendering.)

Time is the best of ``--repeat`` runs of each, interleaved; peak memory is measured in a
separate run of each under ``tracemalloc`` (Python allocations).  Prints both
and the ratios; the target is a time ratio of at most 1.5.

Then the same document as an editable .docx (``render_docx``) against ``render_pdf``, also
interleaved, best of ``--repeat`` (issue 14's target: at most 1.5x the PDF path).
"""

from __future__ import annotations

import argparse
import gc
import hashlib
import io
import sys
import time
import tracemalloc
from collections.abc import Callable
from pathlib import Path
from xml.sax.saxutils import escape

if __package__ in (None, ""):  # run as a script: make `app` and `bench` importable
    sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import Paragraph as RLParagraph
from reportlab.platypus import SimpleDocTemplate, Spacer
from reportlab.platypus import Table as RLTable

from app.domain.document import Block, Document, FieldRow, Paragraph, Section, Signature, Table
from app.export import render_docx, render_pdf
from app.export.fonts import CJK, MONO, SERIF, SERIF_BOLD, register_fonts

TARGET_RATIO = 1.5

ENGLISH = ("On the morning of 5 March 2019 officers of the Public Security Bureau entered the family "
           "home without a warrant, searched it for several hours and took the detainee away; the family "
           "was not told where he was held, nor on what legal basis, for more than eleven months. ")
CHINESE = ("陈秋实于2020年2月6日在武汉失踪，家人至今未收到任何正式通知。黃子健於香港被捕，其後被移送內地，"
           "律師多次要求會見均遭拒絕。")
UYGHUR = "مەن 2019-يىلى 3-ئاينىڭ 5-كۈنى ئۈرۈمچىدە تۇتۇلدۇم. ساقچىلار مېنى «تەربىيەلەش مەركىزى» گە ئېلىپ باردى."


def narrative(pages: int) -> list[Paragraph]:
    """About ``pages`` pages of paragraphs: English, English with Chinese, Chinese, some Uyghur."""
    out: list[Paragraph] = []
    for i in range(pages * 5):
        kind = i % 10
        if kind in (0, 1, 2, 3, 5, 6):
            out.append(Paragraph(ENGLISH * 2))
        elif kind in (4, 7):
            out.append(Paragraph(ENGLISH + "The witness, " + CHINESE[:12] + ", stated: " + CHINESE, "quote", "zh"))
        elif kind == 8:
            out.append(Paragraph(CHINESE * 3, "quote", "zh"))
        else:
            out.append(Paragraph(UYGHUR, "quote", "ug"))
    return out


def person(n: int) -> Section:
    return Section(f"P.{n}", f"Person {n}", [
        FieldRow("1", "Family name", "CHEN" if n % 2 else "黃"),
        FieldRow("2", "First name(s)", "Qiushi" if n % 2 else "子健"),
        FieldRow("2 bis", "Name in original script", "陈秋实" if n % 2 else "黃子健"),
        FieldRow("3", "Sex", "male" if n % 2 else "female"),
        FieldRow("4", "Date of birth", f"{1 + n % 28} March 198{n % 10}"),
        FieldRow("5", "Occupation", "citizen journalist; former lawyer at a Wuhan firm"),
        FieldRow("6", "Place of detention", "Ürümqi No. 3 detention centre (乌鲁木齐第三看守所)"),
        FieldRow("7", "Date of arrest", "", note="(withheld - see confidential annex)"),
    ])


def evidence(rows: int) -> Table:
    return Table(
        ("No.", "Description", "Received", "SHA-256"),
        tuple((str(i), f"Photograph of the detention notice, page {i} (照片 {i})", "2024-03-05",
               hashlib.sha256(str(i).encode()).hexdigest()) for i in range(1, rows + 1)),
        widths=(0.5, 3, 1.2, 4), monospace_columns=(3,))


def build_document(pages: int, persons: int, rows: int) -> Document:
    return Document(
        title="Communication to the Working Group on Arbitrary Detention",
        language="en", reference="RC-BENCH-0001", marking="CONFIDENTIAL - not for transmission to the State",
        intro=[Paragraph("To: the Working Group on Arbitrary Detention, OHCHR, Geneva.", "lead")],
        sections=[Section("I", "Narrative", list[Block](narrative(pages))),
                  Section("II", "Persons concerned", [], [person(n) for n in range(1, persons + 1)]),
                  Section("III", "Evidence", [evidence(rows)])],
        signature=Signature("Place", "Date", "Signature", "Name", "5 March 2024", "Jane Doe", "Geneva"),
        draft=True, date="2024-03-05")


def sample_document() -> Document:
    """A one-page specimen with every script and block type (docs/pdf-sample.png is its page 1)."""
    return Document(
        title="Communication to the Working Group on Arbitrary Detention",
        language="en", reference="RC-2024-0173", marking="CONFIDENTIAL — not for transmission to the State",
        intro=[Paragraph("To: the Working Group on Arbitrary Detention, OHCHR, Geneva.", "lead"),
               Paragraph("This communication concerns the detention of three persons. Testimony is quoted in "
                         "the original language and in translation; a testimony containing <b>bold</b> & "
                         "<font name=\"x\"> prints literally.")],
        sections=[
            Section("I", "Identity", [
                FieldRow("1", "Family name", "CHEN"),
                FieldRow("2", "First name(s)", "Qiushi"),
                FieldRow("2 bis", "Other names, and name in original script",
                         "陈秋实 / 黃子健 / ئابدۇرېھىم ئابدۇللا / བསྟན་འཛིན་རྒྱ་མཚོ།"),
                FieldRow("3", "Sex", ""),
                FieldRow("4", "Date de naissance", "5 mars 1985 — né à Xiàmén",
                         note="(withheld — see confidential annex)"),
                FieldRow("5", "Lugar de detención", "Centro de detención nº 3, Ürümqi (乌鲁木齐)"),
            ], subsections=[Section("I.1", "Testimony", [
                Paragraph("I was arrested on 5 March 2019 in Ürümqi and taken to a so-called “vocational "
                          "training centre”, where I was held for two years without charge or trial."),
                Paragraph(UYGHUR + " ئۇلار مېنى ھەر كۈنى سوراق قىلدى ۋە مەندىن ئائىلەمدىكىلەرنىڭ چەتئەلدىكى "
                          "ئالاقىسى ھەققىدە سورىدى.", "quote", "ug"),
                Paragraph("Translation: I was arrested in Ürümqi (乌鲁木齐) on 5 March 2019. The police took me "
                          "to a “training centre”. They questioned me every day about my family’s contacts "
                          "abroad.", "note"),
                Paragraph("ང་ཚོ་ལྷ་སར་བཙོན་དུ་བཅུག་པ་རེད། བོད་ཀྱི་རང་དབང་ཆེད་དུ་ཁོང་ཚོ་ཡིས་ང་ལ་བརྡེག་རྡུང་བཏང་། "
                          "སྒྲོལ་མ་དང་བསྟན་འཛིན་རྒྱ་མཚོ།", "quote", "bo"),
                Paragraph(CHINESE, "quote", "zh"),
            ])]),
            Section("II", "Evidence", [
                Table(("No.", "Description", "Original script", "SHA-256"),
                      (("1", "Detention notice", "拘留通知书", hashlib.sha256(b"1").hexdigest()),
                       ("2", "Letter from the family", "ئائىلىسىنىڭ خېتى", hashlib.sha256(b"2").hexdigest()),
                       ("3", "Photograph of the prison in Lhasa", "ལྷ་སའི་བཙོན་ཁང་།",
                        hashlib.sha256(b"3").hexdigest())),
                      widths=(0.5, 2.2, 1.6, 3.2), monospace_columns=(3,)),
            ]),
        ],
        signature=Signature("Place", "Date", "Signature", "Name", "5 March 2024", "Jane Doe", "Geneva"),
        draft=True, date="2024-03-05")


# --- the baseline ---------------------------------------------------------------------


def baseline_pdf(doc: Document) -> bytes:
    """The same content through reportlab alone (see the module docstring)."""
    register_fonts()
    body = ParagraphStyle("b", fontName=SERIF.name, fontSize=10, leading=14)
    cjk = ParagraphStyle("c", parent=body, fontName=CJK.name, wordWrap="CJK")
    head = ParagraphStyle("h", parent=body, fontName=SERIF_BOLD.name, fontSize=12, leading=15)
    mono = ParagraphStyle("m", parent=body, fontName=MONO.name, fontSize=7.5, leading=10)

    def para(text: str, style: ParagraphStyle = body) -> RLParagraph:
        has_cjk = any("\u3000" <= c <= "\u9fff" for c in text)
        return RLParagraph(escape(text), cjk if has_cjk and style is body else style)

    width = A4[0] - 44 * mm
    story: list = [para(doc.title, head)] + [para(p.text) for p in doc.intro]

    def section(s: Section) -> None:
        story.append(para(f"{s.number}. {s.title}", head))
        fields = []
        for b in s.blocks:
            if isinstance(b, FieldRow):
                fields.append([para(f"{b.number}. {b.label}"), para(b.value or doc.not_known)])
            elif isinstance(b, Paragraph):
                story.append(para(b.text))
            elif isinstance(b, Table):
                data = [[para(c) for c in b.columns]]
                data += [[para(c, mono if i in b.monospace_columns else body) for i, c in enumerate(r)]
                         for r in b.rows]
                total = sum(b.widths)
                story.append(RLTable(data, colWidths=[width * w / total for w in b.widths], repeatRows=1))
        if fields:
            story.append(RLTable(fields, colWidths=[width * 0.36, width * 0.64]))
        for sub in s.subsections:
            section(sub)

    for s in doc.sections:
        section(s)
    story.append(Spacer(0, 20))
    out = io.BytesIO()
    SimpleDocTemplate(out, pagesize=A4, leftMargin=22 * mm, rightMargin=22 * mm, topMargin=24 * mm,
                      bottomMargin=22 * mm, initialFontName=SERIF.name).build(story)
    return out.getvalue()


# --- measuring ----------------------------------------------------------------------------


def best_times(ours: Callable[[], bytes], base: Callable[[], bytes], repeat: int) -> tuple[float, float, bytes]:
    """Best wall time of each, the two runs interleaved so that machine noise hits both alike."""
    best_ours = best_base = float("inf")
    data = b""
    for _ in range(repeat):
        for fn, is_ours in ((ours, True), (base, False)):
            gc.collect()
            t0 = time.perf_counter()
            out = fn()
            took = time.perf_counter() - t0
            if is_ours:
                best_ours, data = min(best_ours, took), out
            else:
                best_base = min(best_base, took)
    return best_ours, best_base, data


def peak_memory(fn: Callable[[], bytes]) -> float:
    """Peak Python allocations (MiB) during one call, under tracemalloc."""
    gc.collect()
    tracemalloc.start()
    try:
        fn()
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    return peak / (1024 * 1024)


def page_count(data: bytes) -> int:
    return data.count(b"/Type /Page\n") or data.count(b"/Type /Page ")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--pages", type=int, default=30, help="pages of narrative (approximate)")
    parser.add_argument("--persons", type=int, default=50)
    parser.add_argument("--rows", type=int, default=200)
    parser.add_argument("--repeat", type=int, default=5)
    parser.add_argument("--quick", action="store_true", help="a small document, one run each")
    parser.add_argument("--sample", metavar="PDF", help="only write the specimen document to PDF and stop")
    args = parser.parse_args(argv)
    if args.sample:
        Path(args.sample).write_bytes(render_pdf(sample_document()))
        return 0
    if args.quick:
        args.pages, args.persons, args.rows, args.repeat = 5, 10, 40, 1

    doc = build_document(args.pages, args.persons, args.rows)
    register_fonts()
    render_pdf(doc)  # warm up: font files parsed, cmaps read, code paths imported
    baseline_pdf(doc)

    ours_s, base_s, ours = best_times(lambda: render_pdf(doc), lambda: baseline_pdf(doc), args.repeat)
    base = baseline_pdf(doc)
    ours_mib = peak_memory(lambda: render_pdf(doc))
    base_mib = peak_memory(lambda: baseline_pdf(doc))
    deterministic = render_pdf(doc) == ours

    print(f"document: {args.pages} pages of narrative, {args.persons} persons, {args.rows} evidence rows; "
          f"best of {args.repeat}")
    print(f"{'':<22}{'render_pdf':>12}{'reportlab':>12}{'ratio':>8}")
    print(f"{'pages':<22}{page_count(ours):>12}{page_count(base):>12}")
    print(f"{'size (KiB)':<22}{len(ours) / 1024:>12.0f}{len(base) / 1024:>12.0f}{len(ours) / len(base):>8.2f}")
    print(f"{'time (s)':<22}{ours_s:>12.3f}{base_s:>12.3f}{ours_s / base_s:>8.2f}")
    print(f"{'peak memory (MiB)':<22}{ours_mib:>12.1f}{base_mib:>12.1f}{ours_mib / base_mib:>8.2f}")
    print(f"time ratio target <= {TARGET_RATIO}: {'met' if ours_s / base_s <= TARGET_RATIO else 'NOT met'}; "
          f"byte-identical re-render: {'yes' if deterministic else 'NO'}")

    render_docx(doc)  # warm up python-docx (template, lxml)
    docx_s, pdf_s, docx_bytes = best_times(lambda: render_docx(doc), lambda: render_pdf(doc), args.repeat)
    docx_mib = peak_memory(lambda: render_docx(doc))
    docx_same = render_docx(doc) == docx_bytes
    print()
    print(f"{'':<22}{'render_docx':>12}{'render_pdf':>12}{'ratio':>8}")
    print(f"{'size (KiB)':<22}{len(docx_bytes) / 1024:>12.0f}{len(ours) / 1024:>12.0f}"
          f"{len(docx_bytes) / len(ours):>8.2f}")
    print(f"{'time (s)':<22}{docx_s:>12.3f}{pdf_s:>12.3f}{docx_s / pdf_s:>8.2f}")
    print(f"{'peak memory (MiB)':<22}{docx_mib:>12.1f}{ours_mib:>12.1f}{docx_mib / ours_mib:>8.2f}")
    print(f"docx/pdf time ratio target <= {TARGET_RATIO}: {'met' if docx_s / pdf_s <= TARGET_RATIO else 'NOT met'}; "
          f"byte-identical re-render: {'yes' if docx_same else 'NO'}")
    return 0 if deterministic and docx_same else 1


if __name__ == "__main__":
    raise SystemExit(main())
