"""Regenerate the screenshots in docs/screenshots/ (offscreen): every screen and every section of
the case editor, at the default layout (no divider moved by hand), in English and Simplified
Chinese, at 1x and 2x (``QT_SCALE_FACTOR=2``).

    python scripts/screenshots.py                              # everything
    python scripts/screenshots.py --scale 2 --lang en          # one run, in this process
    python scripts/screenshots.py --size 1024x700 --out /tmp/s # another window size, elsewhere
    python scripts/screenshots.py --dark --scale 1 --lang en   # a dark palette (*.dark.png)

Each scale runs in its own process because ``QT_SCALE_FACTOR`` must be set
before Qt starts.  The data is the FICTIONAL demo vault, made in a temporary
folder; nothing of the user's is opened.  PNGs are palette-quantised with
Pillow when it is installed (it is a test dependency), else saved by Qt.
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
import tempfile
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
OUT = REPO / "docs" / "screenshots"
PASSPHRASE = "correct horse battery staple"


DARK = False  # --dark: a dark system palette; file names end in .dark


def save(widget, name: str, scale: int, lang: str = "en") -> Path:  # type: ignore[no-untyped-def]
    from PySide6.QtWidgets import QApplication

    for _ in range(3):
        QApplication.processEvents()
    image = widget.grab().toImage()
    suffix = ("" if lang == "en" else f".{lang}") + (".dark" if DARK else "")
    path = OUT / (f"{name}{suffix}.png" if scale == 1 else f"{name}{suffix}@{scale}x.png")
    try:
        from PIL import Image
    except ImportError:
        image.save(str(path), "PNG", 0)
        return path
    from PySide6.QtCore import QBuffer, QIODevice

    buf = QBuffer()
    buf.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buf, "PNG")
    import io

    pil = Image.open(io.BytesIO(bytes(buf.data()))).convert("RGB")
    pil = pil.quantize(colors=128, method=Image.Quantize.MEDIANCUT, dither=Image.Dither.NONE)
    pil.save(path, "PNG", optimize=True)
    return path


def wait(predicate, timeout_ms: int = 20_000) -> None:  # type: ignore[no-untyped-def]
    import time

    from PySide6.QtWidgets import QApplication

    deadline = time.monotonic() + timeout_ms / 1000
    while not predicate():
        QApplication.processEvents()
        time.sleep(0.01)
        if time.monotonic() > deadline:
            raise TimeoutError("screen did not get ready")


def shoot(scale: int, lang: str = "en", size: tuple[int, int] = (1280, 800)) -> list[Path]:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    os.environ["QT_SCALE_FACTOR"] = str(scale)
    work = Path(tempfile.mkdtemp(prefix="recourse-shots-"))
    os.environ["RECOURSE_HOME"] = str(work / "home")
    sys.path.insert(0, str(REPO))

    from app.crypto import KdfParams
    from app.gui import dialogs
    from app.gui.app import make_app
    from app.gui.main_window import MainWindow, editor_class
    from app.services.demo import create_demo_vault

    fast = KdfParams(memory_kib=8192, iterations=1, lanes=1)  # screenshots only
    app = make_app([sys.argv[0]], lang)
    if DARK:
        from app.gui.colors import dark_palette

        app.setPalette(dark_palette())
    dialogs.script(True)
    OUT.mkdir(parents=True, exist_ok=True)
    shots = []

    # 1. first run: create a vault
    window = MainWindow(work / "new-vault", kdf=fast, allow_weak_kdf=True, editor_factory=False,
                        settings_file=work / "settings.json")
    window.resize(*size)
    window.show()
    window.create_screen.passphrase.setText("lantern orchid gravel")
    window.create_screen.confirm.setText("lantern orchid")
    shots.append(save(window, "create-vault", scale, lang))
    window.close()

    # 2. an empty vault: what a new user sees first
    empty = work / "empty-vault"
    from app.services.vault import Vault

    Vault.create(empty, PASSPHRASE, kdf=fast, allow_weak_kdf=True).lock()
    window = MainWindow(empty, kdf=fast, allow_weak_kdf=True, settings_file=work / "settings.json")
    window.resize(*size)
    window.show()
    window.unlock_screen.passphrase.setText(PASSPHRASE)
    window.unlock_screen.submit()
    wait(lambda: window.unlocked)
    shots.append(save(window, "empty-vault", scale, lang))
    window.lock_now()
    window.close()

    # 3. unlock, after a wrong passphrase
    demo = work / "demo-vault"
    demo_vault = create_demo_vault(demo, PASSPHRASE, kdf=fast, allow_weak_kdf=True)
    add_log_entries(demo_vault)
    demo_vault.lock()
    window = MainWindow(demo, kdf=fast, allow_weak_kdf=True, settings_file=work / "settings.json")
    window.resize(*size)
    window.show()
    screen = window.unlock_screen
    screen.passphrase.setText("wrong passphrase")
    screen.submit()
    wait(lambda: screen.worker is None)
    shots.append(save(window, "unlock", scale, lang))

    # 4. the case list, as it opens
    screen.passphrase.setText(PASSPHRASE)
    screen.submit()
    wait(lambda: window.unlocked)
    window.case_list.table.selectRow(0)
    shots.append(save(window, "case-list", scale, lang))

    # 5. a search for a two-character Chinese given name
    window.search_box.setText("晓雯")
    wait(lambda: window.search_view.model.rowCount() > 0 and not window.search_view.busy)
    shots.append(save(window, "search", scale, lang))

    # 6. the editor: every section of the first demo case, the list as it folds beside it
    if editor_class() is not None:
        window.search_box.clear()
        model = window.case_list.model
        row = next(r for r in range(model.rowCount()) if model.index(r, 0).data() == "DEMO-001")
        window.case_list.table.selectRow(row)
        window.open_case(model.case_id(row))
        editor = window.editor
        for i, section in enumerate(editor.sections):
            editor.show_section(i)
            if section is getattr(editor, "communications", None):
                section.list.select(2)  # the State's reply: its comments are due soon
            name = "editor" if i == 0 else f"editor-{i + 1:02d}-{type(section).__name__[:-7].lower()}"
            shots.append(save(window, name, scale, lang))
        editor.show_section(0)

    # 7a. due and overdue across cases (View menu, Ctrl+Shift+D)
    due = window.open_due()
    if due is not None:
        wait(lambda: due.table.rowCount() > 0)
        due.resize(1000, 360)
        shots.append(save(due, "due-overdue", scale, lang))
        due.reject()

    # 7b. figures across cases: the chart and the table of one dimension, public profile
    figures = window.figure_tasks.open()
    figures.resize(960, 680)
    wait(lambda: figures.fig is not None)
    figures.dimensions.setCurrentRow(0)  # deprivation of liberty (RSDL included)
    shots.append(save(figures, "figures", scale, lang))
    figures.dimensions.setCurrentRow(6)  # status
    shots.append(save(figures, "figures-status", scale, lang))
    figures.reject()

    # 8. preferences and about
    dialog = window.open_settings()
    dialog.adjustSize()
    shots.append(save(dialog, "settings", scale, lang))
    dialog.reject()
    about = window.open_about()
    shots.append(save(about, "about", scale, lang))
    about.reject()
    window.lock_now()
    window.close()
    app.processEvents()
    return shots


def add_log_entries(vault) -> None:  # type: ignore[no-untyped-def]
    """A communications log on the demo cases, dated from today: one reply awaiting comments, one
    communication overdue, one opinion whose follow-up is due soon (all fictional)."""
    from datetime import date, timedelta

    from app.domain.dates import PartialDate
    from app.domain.model import CommunicationEntry
    from app.services import cases as case_service
    from app.services import communications as log_service

    today = date.today()

    def ago(days: int) -> PartialDate:
        return PartialDate.from_date(today - timedelta(days=days))

    ids = {r.reference: r.id for r in case_service.list_cases(vault)}
    sent = ago(120)
    comm = CommunicationEntry(kind="communication", date=sent, reference=f"UA CHN 14/{sent.year}",
                              letter_type="urgent-appeal", mandates=["wgad", "sr-hrd", "sr-torture"],
                              follow_up_text="She is still held; her lawyer has not been allowed to see her.")
    log_service.add_entry(vault, ids["DEMO-001"], comm)
    log_service.add_entry(vault, ids["DEMO-001"], CommunicationEntry(
        kind="press-release", date=ago(100), title="China: UN experts alarmed by detention of labour advocate",
        link="www.ohchr.org (press release)", mandates=["sr-hrd"], in_reply_to=comm.id))
    log_service.add_entry(vault, ids["DEMO-001"], CommunicationEntry(
        kind="state-reply", date=ago(70), in_reply_to=comm.id, comments_due=PartialDate.from_date(today + timedelta(days=5)),
        summary="The Government states that she is held lawfully on suspicion of a crime and that her rights "
                "are guaranteed.",
        follow_up_text="The reply does not say where she is held, nor why her family was not notified."))
    other = ago(75)
    log_service.add_entry(vault, ids["DEMO-002"], CommunicationEntry(
        kind="communication", date=other, reference=f"AL CHN 9/{other.year}", letter_type="allegation-letter",
        mandates=["sr-minorities", "sr-religion"]))
    adopted = ago(170)
    log_service.add_entry(vault, ids["DEMO-003"], CommunicationEntry(
        kind="opinion", date=adopted, reference=f"31/{adopted.year}", finding="arbitrary", categories=["I", "II"],
        summary="The deprivation of liberty is arbitrary; the Working Group requests his immediate release."))


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--scale", type=int, choices=(1, 2), help="one scale, in this process")
    parser.add_argument("--lang", default="", help="one interface language (en, zh_CN...)")
    parser.add_argument("--size", default="1280x800", help="window size, WIDTHxHEIGHT")
    parser.add_argument("--out", type=Path, help="folder for the PNGs (default docs/screenshots)")
    parser.add_argument("--dark", action="store_true", help="with a dark palette (files named *.dark.png)")
    args = parser.parse_args(argv)
    global OUT, DARK
    DARK = args.dark
    if args.out:
        OUT = args.out
    if args.scale and args.lang:
        w, h = (int(v) for v in args.size.lower().split("x"))
        for path in shoot(args.scale, args.lang, (w, h)):
            print(f"{path}  {path.stat().st_size // 1024} KiB")
        return 0
    env = {k: v for k, v in os.environ.items() if k != "QT_SCALE_FACTOR"}
    env.setdefault("QT_QPA_PLATFORM", "offscreen")
    runs = [(1, "en"), (1, "zh_CN"), (2, "en")]
    for scale, lang in runs:
        if (args.scale and scale != args.scale) or (args.lang and lang != args.lang):
            continue
        extra = ["--size", args.size] + (["--out", str(OUT)] if args.out else []) + (["--dark"] if DARK else [])
        result = subprocess.run([sys.executable, __file__, "--scale", str(scale), "--lang", lang, *extra], env=env)
        if result.returncode:
            return result.returncode
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
