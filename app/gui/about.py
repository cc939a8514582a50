"""About Recourse: version and licences (app, vendored fonts, Qt)."""

from __future__ import annotations

import html

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QTextBrowser, QVBoxLayout, QWidget

from app import __version__
from app.paths import resources_dir


def font_licences() -> list[tuple[str, str, str]]:
    """``(file, package, licence)`` rows of the table in ``resources/fonts/README.md``."""
    try:
        text = (resources_dir() / "fonts" / "README.md").read_text(encoding="utf-8")
    except OSError:
        return []
    rows = []
    for line in text.splitlines():
        cells = [c.strip() for c in line.strip().strip("|").split("|")]
        if len(cells) >= 5 and cells[1].startswith("`") and cells[1].endswith(".ttf`"):
            rows.append((cells[1].strip("`"), cells[2], cells[3]))
    return rows


class AboutDialog(QDialog):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("About Recourse"))
        self.text = QTextBrowser()
        self.text.setOpenLinks(False)  # no network, no browser
        self.text.setAccessibleName(self.tr("About Recourse"))
        fonts = "".join(f"<li>{html.escape(f)} — {html.escape(p)} — {html.escape(lic)}</li>"
                        for f, p, lic in font_licences())
        self.text.setHtml(
            f"<h2>Recourse {html.escape(__version__)}</h2>"
            + "<p>" + self.tr("Encrypted, offline case files for human-rights documenters, "
                              "and submissions to the United Nations.") + "</p>"
            + "<p>" + self.tr("Recourse opens no network connection. Your cases never leave this "
                              "computer unless you export them.") + "</p>"
            + "<h3>" + self.tr("Licences") + "</h3><ul>"
            + "<li>" + self.tr("Recourse: GNU General Public License, version 3 or later "
                               "(GPL-3.0-or-later).") + "</li>"
            + "<li>" + self.tr("Qt for Python (PySide6): GNU Lesser General Public License "
                               "(LGPL-3.0).") + "</li></ul>"
            + "<h3>" + self.tr("Fonts") + "</h3><ul>" + fonts + "</ul>"
            + "<p>" + self.tr("Licence texts are in resources/fonts/licenses.") + "</p>")
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.text)
        layout.addWidget(buttons)
        self.resize(560, 480)
