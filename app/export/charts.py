"""Charts of counts drawn with reportlab's own charts (``reportlab.graphics.charts``).

A :class:`~app.domain.document.Chart` becomes a horizontal bar chart (one bar per label, the count
at its end) or a pie with a legend.  reportlab draws each chart string in a single font with no
fallback, so the labels are drawn here instead, as runs of the project's fonts
(:func:`app.export.fonts.script_runs`: Latin in the serif face, Han characters in the CJK face, ...).
Labels are cut with an ellipsis to fit; the document's table beside the chart holds them whole.
Right-to-left labels are drawn unshaped (a rare case here: ethnicities written in Uyghur script);
the table beside the chart shows them shaped.
"""

from __future__ import annotations

from reportlab.graphics.charts.barcharts import HorizontalBarChart
from reportlab.graphics.charts.piecharts import Pie
from reportlab.graphics.shapes import Drawing, Group, Rect, String
from reportlab.lib import colors
from reportlab.pdfbase.pdfmetrics import stringWidth

from app.domain.document import Chart
from app.export.fonts import SERIF, register_fonts, script_runs

FONT_SIZE = 8.0
BAR_HEIGHT = 15.0
PIE_SIZE = 120.0
PALETTE = [colors.HexColor(c) for c in ("#35618f", "#b5543a", "#5b8c5a", "#c89b3c", "#7a5c99",
                                         "#3e8e9e", "#a05a7a", "#6b6b6b", "#8fa63a", "#d07f3c")]


def text_width(text: str) -> float:
    return sum(stringWidth(run, font, FONT_SIZE) for font, run in script_runs(text))


def fit(text: str, limit: float) -> str:
    if text_width(text) <= limit:
        return text
    while text and text_width(text + "…") > limit:
        text = text[:-1]
    return text + "…"


def label(text: str, x: float, y: float, anchor: str = "start") -> Group:
    """*text* as runs of the project's fonts, its baseline at *y*, starting (or ending) at *x*."""
    g = Group()
    if anchor == "end":
        x -= text_width(text)
    for font, run in script_runs(text):
        g.add(String(x, y, run, fontName=font, fontSize=FONT_SIZE, fillColor=colors.black))
        x += stringWidth(run, font, FONT_SIZE)
    return g


def chart_flowable(chart: Chart, width: float) -> Drawing:
    register_fonts()
    d = _pie(chart, width) if chart.kind == "pie" else _bars(chart, width)
    d.initialFontName, d.initialFontSize = SERIF.name, FONT_SIZE  # else the renderer sets Helvetica first
    return d


def _bars(chart: Chart, width: float) -> Drawing:
    n = max(1, len(chart.values))
    label_room = min(width * 0.42, max([text_width(t) for t in chart.labels] + [40]) + 8)
    d = Drawing(width, n * BAR_HEIGHT + 24)
    bc = HorizontalBarChart()
    bc.x, bc.y = label_room, 14
    bc.width, bc.height = width - label_room - 36, n * BAR_HEIGHT
    bc.data = [list(chart.values) or [0]]
    bc.bars[0].fillColor = PALETTE[0]
    bc.bars[0].strokeColor = None
    bc.barSpacing, bc.groupSpacing = 0, 4
    top = max(chart.values or [1]) or 1
    bc.valueAxis.valueMin = 0
    bc.valueAxis.valueMax = top * 1.08 if top > 4 else 5
    bc.valueAxis.valueStep = _step(top)
    bc.valueAxis.labels.fontName, bc.valueAxis.labels.fontSize = SERIF.name, FONT_SIZE - 1
    bc.valueAxis.labelTextFormat = "%d"
    bc.valueAxis.visibleGrid, bc.valueAxis.gridStrokeColor = 1, colors.Color(0.88, 0.88, 0.88)
    bc.categoryAxis.categoryNames = [""] * n
    bc.categoryAxis.visibleLabels = 0
    bc.categoryAxis.reverseDirection = 1  # the first label at the top, as in the table
    bc.barLabelFormat = "%d"
    bc.barLabels.fontName, bc.barLabels.fontSize = SERIF.name, FONT_SIZE - 0.5
    bc.barLabels.boxAnchor, bc.barLabels.dx = "w", 3
    d.add(bc)
    slot = bc.height / n
    for i, text in enumerate(chart.labels):
        y = bc.y + bc.height - (i + 0.5) * slot - FONT_SIZE * 0.35
        d.add(label(fit(text, label_room - 8), label_room - 4, y, "end"))
    return d


def _step(top: int) -> int:
    for step in (1, 2, 5, 10, 20, 25, 50, 100, 200, 250, 500, 1000, 2000, 2500, 5000, 10000):
        if top / step <= 8:
            return step
    return max(1, top // 8)


def _pie(chart: Chart, width: float) -> Drawing:
    pairs = [(t, v) for t, v in zip(chart.labels, chart.values) if v > 0]
    line = FONT_SIZE + 5
    d = Drawing(width, max(PIE_SIZE, line * len(pairs)) + 16)
    if not pairs:
        return d
    pie = Pie()
    pie.x, pie.y, pie.width, pie.height = 8, 8, PIE_SIZE, PIE_SIZE
    pie.data = [v for _, v in pairs]
    pie.labels = None
    pie.sideLabels = 0
    pie.startAngle, pie.direction = 90, "clockwise"
    pie.slices.strokeColor, pie.slices.strokeWidth = colors.white, 0.8
    total = sum(pie.data)
    d.add(pie)
    x = PIE_SIZE + 40
    top = 8 + PIE_SIZE / 2 + line * len(pairs) / 2
    for i, (text, v) in enumerate(pairs):
        shade = PALETTE[i % len(PALETTE)]
        pie.slices[i].fillColor = shade
        y = top - (i + 1) * line
        d.add(Rect(x, y - 1, 9, 9, fillColor=shade, strokeColor=None))
        d.add(label(fit(f"{text}: {v} ({100.0 * v / total:.0f}%)", width - x - 20), x + 14, y))
    return d


__all__ = ["chart_flowable", "fit", "label"]
