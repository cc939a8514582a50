"""Small status icons drawn with QPainter: no emoji font needed (⛔ is an empty box on many Linux
systems), and the shape, not only the colour, tells them apart."""

from __future__ import annotations

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QIcon, QPainter, QPainterPath, QPen, QPixmap, QPolygonF

_CACHE: dict[str, QIcon] = {}

GREEN, AMBER, RED, GREY = "#2e7d32", "#c77700", "#c62828", "#8a8a8a"


def status_icon(kind: str) -> QIcon:
    """``done`` (green disc with a tick), ``started`` (half disc), ``empty`` (grey ring),
    ``blocking`` (red disc with a bar: no entry), ``warning`` (amber triangle with "!")."""
    if kind in _CACHE:
        return _CACHE[kind]
    pix = QPixmap(32, 32)
    pix.fill(Qt.GlobalColor.transparent)
    p = QPainter(pix)
    p.setRenderHint(QPainter.RenderHint.Antialiasing)
    box = QRectF(4, 4, 24, 24)
    if kind == "done":
        p.setPen(Qt.PenStyle.NoPen)
        p.setBrush(QColor(GREEN))
        p.drawEllipse(box)
        p.setPen(QPen(QColor("white"), 3.5, Qt.PenStyle.SolidLine, Qt.PenCapStyle.RoundCap))
        p.drawPolyline(QPolygonF([QPointF(10, 16.5), QPointF(14.5, 21), QPointF(22, 11)]))
    elif kind == "started":
        p.setPen(QPen(QColor(AMBER), 2.5))
        p.setBrush(Qt.BrushStyle.NoBrush)
        p.drawEllipse(box)
        half = QPainterPath()
        half.moveTo(16, 16)
        half.arcTo(box, 90, 180)
        half.closeSubpath()
        p.fillPath(half, QColor(AMBER))
    elif kind == "empty":
        p.setPen(QPen(QColor(GREY), 2.5))
        p.drawEllipse(box)
    elif kind == "blocking":
        p.setPen(Qt.PenStyle.NoPen)
        p.setBrush(QColor(RED))
        p.drawEllipse(box)
        p.setBrush(QColor("white"))
        p.drawRoundedRect(QRectF(9, 13.5, 14, 5), 1.5, 1.5)
    elif kind == "none":
        pass  # transparent: keeps the text of unmarked items aligned with marked ones
    elif kind == "warning":
        p.setPen(Qt.PenStyle.NoPen)
        p.setBrush(QColor(AMBER))
        p.drawPolygon(QPolygonF([QPointF(16, 3), QPointF(30, 28), QPointF(2, 28)]))
        p.setBrush(QColor("white"))
        p.drawRoundedRect(QRectF(14.5, 10, 3, 10), 1, 1)
        p.drawEllipse(QRectF(14.5, 22, 3, 3))
    p.end()
    _CACHE[kind] = QIcon(pix)
    return _CACHE[kind]
