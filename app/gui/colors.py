"""Colours of the app, derived from the palette so that a dark system theme stays readable.

No colour is written into a stylesheet by hand (``tests/gui/test_dark_mode.py`` scans ``app/gui``
for literals).  Meaning takes a *hue* (red for what must be fixed, amber for guidance); the
lightness comes from the palette: the colour is moved away from the background it is drawn on
until its WCAG contrast ratio reaches :data:`MIN_CONTRAST` (4.5:1, WCAG AA for body text).
Colour is never the only sign: findings and problems also carry an icon and a word.
"""

from __future__ import annotations

from collections.abc import Callable
from functools import lru_cache

from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QApplication, QWidget

MIN_CONTRAST = 4.5
TARGET = 5.0  # a little above the minimum, so rounding and antialiasing never fall below it
RED_HUE, AMBER_HUE = 0, 33  # the meaning; saturation and lightness follow the palette


def palette(widget: QWidget | None = None) -> QPalette:
    if widget is not None:
        return widget.palette()
    app = QApplication.instance()
    return app.palette() if isinstance(app, QApplication) else QPalette()


def background(widget: QWidget | None = None, role: QPalette.ColorRole = QPalette.ColorRole.Window) -> QColor:
    return palette(widget).color(role)


def is_dark(widget: QWidget | None = None) -> bool:
    """True when the window background is dark (a dark system theme)."""
    return background(widget).lightnessF() < 0.5


def luminance(c: QColor) -> float:
    """Relative luminance (WCAG 2.x) of an opaque colour."""

    def lin(v: float) -> float:
        return v / 12.92 if v <= 0.04045 else ((v + 0.055) / 1.055) ** 2.4

    return 0.2126 * lin(c.redF()) + 0.7152 * lin(c.greenF()) + 0.0722 * lin(c.blueF())


def contrast(a: QColor, b: QColor) -> float:
    """WCAG contrast ratio between two colours, 1.0 … 21.0."""
    la, lb = luminance(a), luminance(b)
    return (max(la, lb) + 0.05) / (min(la, lb) + 0.05)


def readable(hue: int, bg: QColor, saturation: float = 0.75, ratio: float = TARGET) -> QColor:
    """A colour of *hue* with the lightness nearest the background's middle that still reads on
    *bg* at *ratio* (darker on a light background, lighter on a dark one)."""
    return QColor(_readable(hue, bg.rgba(), saturation, ratio))


@lru_cache(maxsize=256)  # forms ask for the same few colours hundreds of times per case opened
def _readable(hue: int, rgba: int, saturation: float, ratio: float) -> int:
    bg = QColor.fromRgba(rgba)
    dark_bg = bg.lightnessF() < 0.5
    steps = [i / 100 for i in range(50, 101)] if dark_bg else [i / 100 for i in range(50, -1, -1)]
    best = QColor.fromHslF(hue / 360, saturation, steps[-1])
    for light in steps:
        c = QColor.fromHslF(hue / 360, saturation, light)
        if contrast(c, bg) >= ratio:
            return c.rgba()
    return best.rgba()


def blend(a: QColor, b: QColor, t: float) -> QColor:
    """*a* moved a fraction *t* of the way towards *b*."""
    return QColor.fromRgbF(a.redF() + (b.redF() - a.redF()) * t, a.greenF() + (b.greenF() - a.greenF()) * t,
                           a.blueF() + (b.blueF() - a.blueF()) * t)


def error_color(widget: QWidget | None = None, role: QPalette.ColorRole = QPalette.ColorRole.Window) -> str:
    """Red that reads on the background of *role* (the window, or ``Base`` inside lists and inputs)."""
    return readable(RED_HUE, background(widget, role)).name()


def hint_color(widget: QWidget | None = None, role: QPalette.ColorRole = QPalette.ColorRole.Window) -> str:
    """Amber for guidance (not an error) that reads on the background of *role*."""
    return readable(AMBER_HUE, background(widget, role), saturation=0.9).name()


def muted_color(widget: QWidget | None = None) -> str:
    """Secondary text (notes under a heading): the text colour faded towards the window, never
    below :data:`TARGET` contrast."""
    pal = palette(widget)
    return _muted(pal.color(QPalette.ColorRole.WindowText).rgba(), pal.color(QPalette.ColorRole.Window).rgba())


@lru_cache(maxsize=64)
def _muted(fg_rgba: int, bg_rgba: int) -> str:
    fg, bg = QColor.fromRgba(fg_rgba), QColor.fromRgba(bg_rgba)
    for t in (0.35, 0.3, 0.25, 0.2, 0.15, 0.1, 0.05):
        c = blend(fg, bg, t)
        if contrast(c, bg) >= TARGET:
            return c.name()
    return fg.name()


def tint(hue: int, widget: QWidget | None = None, role: QPalette.ColorRole = QPalette.ColorRole.Base,
         amount: float = 0.12) -> str:
    """The background of *role* tinted towards *hue* (a pale red box in light mode, a dark red one
    in dark mode)."""
    bg = background(widget, role)
    return blend(bg, QColor.fromHslF(hue / 360, 0.8, 0.5), amount).name()


def error_style() -> str:
    """Border for an input holding something that cannot be stored."""
    return f"border: 1px solid {error_color(role=QPalette.ColorRole.Base)};"


def error_box_style(selector: str = "") -> str:
    """Something marked as an error or confidential: red text and border on a red-tinted background,
    every colour readable on the palette's background."""
    bg = tint(RED_HUE)
    fg = readable(RED_HUE, QColor(bg)).name()
    body = f"color: {fg}; background: {bg}; border: 1px solid {fg};"
    return f"{selector} {{ {body} }}" if selector else body


def styled(widget: QWidget, make: Callable[[], str]) -> QWidget:
    """Give *widget* the stylesheet ``make()`` returns, and again whenever the palette changes
    (a dark theme switched on while the app runs; see :func:`follow_palette`)."""
    widget.setStyleSheet(make())
    widget._restyle = make  # type: ignore[attr-defined]
    return widget


def follow_palette(root: QWidget) -> None:
    """The palette changed: work out every derived colour under *root* again.  Widgets made with
    :func:`styled` get their stylesheet again; widgets with a ``palette_changed()`` method (inputs
    marked in red, padlocks, lists with marked entries) redo their colours."""
    for w in [root, *root.findChildren(QWidget)]:
        make = getattr(w, "_restyle", None)
        if make is not None:
            w.setStyleSheet(make())
        again = getattr(w, "palette_changed", None)
        if callable(again):
            again()


def dark_palette() -> QPalette:
    """A dark palette like the ones dark desktop themes hand Qt (``scripts/screenshots.py --dark``
    and the dark-mode tests use it; the app itself follows the system's palette)."""
    p = QPalette()
    r = QPalette.ColorRole
    for role, value in [(r.Window, "#2d2d2d"), (r.WindowText, "#e6e6e6"), (r.Base, "#1e1e1e"),
                        (r.AlternateBase, "#262626"), (r.Text, "#e6e6e6"), (r.Button, "#353535"),
                        (r.ButtonText, "#e6e6e6"), (r.BrightText, "#ffffff"), (r.Light, "#4a4a4a"),
                        (r.Midlight, "#3e3e3e"), (r.Mid, "#262626"), (r.Dark, "#151515"), (r.Shadow, "#000000"),
                        (r.Highlight, "#2f65ca"), (r.HighlightedText, "#ffffff"), (r.ToolTipBase, "#3a3a3a"),
                        (r.ToolTipText, "#e6e6e6"), (r.PlaceholderText, "#9a9a9a"), (r.Link, "#8ab4f8"),
                        (r.LinkVisited, "#c58af9")]:
        p.setColor(role, QColor(value))
    for role in (r.WindowText, r.Text, r.ButtonText):
        p.setColor(QPalette.ColorGroup.Disabled, role, QColor("#808080"))
    return p
