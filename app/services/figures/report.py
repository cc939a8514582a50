"""The figures report: a :class:`~app.domain.document.Document` with a chart (reportlab's own bar
charts and pies, ``app/export/charts.py``) and a table per dimension, rendered by the same PDF
writer as the UN submissions (fonts per script, page X of Y, marking in every header)."""

from __future__ import annotations

import json
from functools import cache

from app.domain.document import Chart, Document, Paragraph, Section, Table
from app.domain.figures import MULTI, dimension_label
from app.export import render_pdf
from app.paths import resources_dir
from app.services.figures import Figures
from app.services.figures.export import table

PIES = frozenset({"sex", "status", "ill_treatment"})
LANGS = ("en", "fr", "es", "zh_CN", "zh_TW")


@cache
def _strings() -> dict[str, dict[str, str]]:
    raw = json.loads((resources_dir() / "figures" / "report.json").read_text(encoding="utf-8"))
    return dict(raw["strings"])


def word(key: str, lang: str) -> str:
    s = _strings()[key]
    return s.get(lang) or s["en"]


def document(fig: Figures, lang: str = "en", date: str = "") -> Document:
    q = fig.query
    unit = "victims" if q.unit == "victims" else "cases"
    intro = [Paragraph(word(f"unit_{unit}", lang).format(total=fig.total), "lead"),
             Paragraph(word(f"profile_{q.profile}", lang))]
    parts = []
    if q.tags:
        parts.append(word("tags", lang).format(tags=" + ".join(q.tags)))
    if q.date_from:
        parts.append(word("from", lang).format(date=str(q.date_from)))
    if q.date_to:
        parts.append(word("to", lang).format(date=str(q.date_to)))
    sep = "；" if lang.startswith("zh") else "; "
    intro.append(Paragraph(word("filters", lang).format(filters=sep.join(parts)) if parts else word("no_filters", lang)))
    if date:
        intro.append(Paragraph(word("as_of", lang).format(date=date), "note"))
    sections = []
    for n, dim in enumerate(q.by, 1):
        rows = table(fig, dim, lang)
        blocks: list = []
        if not rows:
            blocks.append(Paragraph(word("nothing", lang), "note"))
        else:
            blocks.append(Chart("pie" if dim in PIES else "bar", tuple(r.label for r in rows),
                                tuple(r.count for r in rows)))
            if dim in MULTI:
                blocks.append(Paragraph(word("multi", lang), "note"))
            blocks.append(Table((word("value", lang), word(unit, lang), word("share", lang)),
                                tuple((r.label, str(r.count), f"{r.percent:.1f} %") for r in rows),
                                widths=(6, 2, 2)))
        sections.append(Section(str(n), dimension_label(dim, lang), blocks))
    return Document(title=word("title", lang), language=lang, reference=word("title", lang),
                    marking=word(f"marking_{q.profile}", lang), intro=intro, sections=sections,
                    page_label=word("page", lang), not_known=word("not_known", lang), date=date)


def render(fig: Figures, lang: str = "en", date: str = "") -> bytes:
    return render_pdf(document(fig, lang, date))
