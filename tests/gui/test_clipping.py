"""Nothing cut off: the case list and every section of every demo case (each item of its lists), at
the smallest supported window (1024×700), in every interface language -- English, both Chinese,
French and Spanish (the longest Latin labels), and Uyghur (right to left, the longest labels of
all, drawn 1.2× larger) -- and at 200 % scaling.

The check itself is :mod:`tests.gui.clipping`: a label, button or combo narrower than its content, a
table column narrower than its title, a row wider than its pane, a horizontal scroll bar anywhere
in the editor, or a window that cannot be made as small as asked.  Before the layout fixes of
issue 9 it found the evidence Kind combo cut, the submissions history and tracking panes
scrolling sideways, a form-language combo shown in 57 px, cut buttons in French, lists and check
lists scrolling sideways, and a window 710 px high at least; then the case list's
"Dernière modification" column title cut in French, and the fifth person's identity
document kind ("Lawyer's licence") shown in 36 px.  Uyghur and Spanish, added next, found 67 and 33
problems: the People, Arrest and detention and Reprisals forms scrolling sideways (an identity
documents table whose four columns were each as wide as the widest title; vocabulary combos as wide
as their longest Uyghur label, up to 661 px), the Submissions form combo (730 px) and the victims
label widening their pane, the narrow case list's "Title" cut, and a consent note re-wrapped late.

These tests run in pytest's QApplication, without the vendored fonts: Uyghur is drawn in the
platform's DejaVu Sans (as on a desktop whose interface font has Arabic letters), wider than the
UKIJ Tuz the app falls back to.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QLocale
from PySide6.QtWidgets import QApplication

from tests.gui.clipping import check_window

ROOT = Path(__file__).resolve().parents[2]
SMALLEST = (1024, 700)


@pytest.fixture(scope="module")
def catalogues(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The catalogues compiled from the sources (the .qm files in translations/ may be stale)."""
    from app.gui.app import compile_translations, translations_dir

    folder = tmp_path_factory.mktemp("qm")
    for ts in translations_dir().glob("recourse_*.ts"):
        (folder / ts.name).write_bytes(ts.read_bytes())
    compile_translations(folder)
    return folder


@pytest.mark.parametrize("lang", ["en", "zh_CN", "zh_TW", "fr", "es", "ug"])
def test_nothing_is_cut_at_the_smallest_window(lang: str, catalogues: Path, demo_folder: Path,
                                               unlocked: Any) -> None:
    from app.gui.app import install_translations

    install_translations(QApplication.instance(), lang, catalogues)  # before the widgets are made
    try:
        window = unlocked(demo_folder, editor_factory=True)
        problems = check_window(window, *SMALLEST)
        assert (window.width(), window.height()) == SMALLEST
        window.lock_now()
    finally:
        install_translations(QApplication.instance(), "en")
        QLocale.setDefault(QLocale("en_US"))
    assert not problems, f"{len(problems)} cut at {SMALLEST} in {lang}:\n" + "\n".join(problems[:40])


def test_nothing_is_cut_at_200_percent(catalogues: Path) -> None:
    """QT_SCALE_FACTOR is read when Qt starts: the check runs in a process of its own, in French
    (the longest labels).  A 200 % laptop of 2560×1600 pixels gives a 1280×800 window; 1024×700
    is the smallest supported."""
    sizes = [(1280, 800), SMALLEST]
    env = {**os.environ, "QT_SCALE_FACTOR": "2", "QT_QPA_PLATFORM": "offscreen"}
    env.pop("RECOURSE_ONSCREEN", None)
    command = [sys.executable, "-m", "tests.gui.clipping", "fr", "--qm", str(catalogues)]
    for w, h in sizes:
        command += ["--size", f"{w}x{h}"]
    run = subprocess.run(command, cwd=ROOT, env=env, capture_output=True, text=True, timeout=600)
    assert run.returncode == 0, run.stderr[-2000:]
    results = [json.loads(line) for line in run.stdout.splitlines() if line.startswith("{")]
    assert [(r["width"], r["height"]) for r in results] == sizes
    for r in results:
        assert r["device_pixel_ratio"] == 2.0  # really drawn at 200 %
        assert not r["problems"], f"{r['size']} at 200 %:\n" + "\n".join(r["problems"][:40])
