"""Regenerate the screenshots in docs/screenshots/ (offscreen, 1x and 2x).

    python scripts/screenshots.py            # both scales
    python scripts/screenshots.py --scale 2  # one scale

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


def save(widget, name: str, scale: int) -> Path:  # type: ignore[no-untyped-def]
    from PySide6.QtWidgets import QApplication

    QApplication.processEvents()
    image = widget.grab().toImage()
    path = OUT / (f"{name}.png" if scale == 1 else f"{name}@{scale}x.png")
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


def shoot(scale: int) -> list[Path]:
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
    app = make_app([sys.argv[0]], "en")
    dialogs.script(True)
    OUT.mkdir(parents=True, exist_ok=True)
    shots = []

    # 1. first run: create a vault
    window = MainWindow(work / "new-vault", kdf=fast, allow_weak_kdf=True, editor_factory=False,
                        settings_file=work / "settings.json")
    window.resize(1000, 660)
    window.show()
    window.create_screen.passphrase.setText("lantern orchid gravel")
    window.create_screen.confirm.setText("lantern orchid")
    shots.append(save(window, "create-vault", scale))
    window.close()

    # 2. unlock, after a wrong passphrase
    demo = work / "demo-vault"
    create_demo_vault(demo, PASSPHRASE, kdf=fast, allow_weak_kdf=True).lock()
    window = MainWindow(demo, kdf=fast, allow_weak_kdf=True, settings_file=work / "settings.json")
    window.resize(1000, 660)
    window.show()
    screen = window.unlock_screen
    screen.passphrase.setText("wrong passphrase")
    screen.submit()
    wait(lambda: screen.worker is None)
    shots.append(save(window, "unlock", scale))

    # 3. the case list
    screen.passphrase.setText(PASSPHRASE)
    screen.submit()
    wait(lambda: window.unlocked)
    window.resize(1280, 760)
    window.splitter.setSizes([700, 580])
    window.case_list.table.resizeColumnToContents(0)
    window.case_list.table.selectRow(0)
    shots.append(save(window, "case-list", scale))

    # 4. a search for a two-character Chinese given name
    window.search_box.setText("晓雯")
    wait(lambda: window.search_view.model.rowCount() > 0 and not window.search_view.busy)
    shots.append(save(window, "search", scale))

    # 5. the editor, when this build has it
    if editor_class() is not None:
        window.search_box.clear()
        model = window.case_list.model
        row = next(r for r in range(model.rowCount()) if model.index(r, 0).data() == "DEMO-001")
        window.case_list.table.selectRow(row)
        window.open_case(model.case_id(row))
        window.splitter.setSizes([380, 900])
        shots.append(save(window, "editor", scale))

    # 6. preferences and about
    dialog = window.open_settings()
    dialog.adjustSize()
    shots.append(save(dialog, "settings", scale))
    dialog.reject()
    about = window.open_about()
    shots.append(save(about, "about", scale))
    about.reject()
    window.lock_now()
    window.close()
    app.processEvents()
    return shots


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--scale", type=int, choices=(1, 2), help="one scale, in this process")
    args = parser.parse_args(argv)
    if args.scale:
        for path in shoot(args.scale):
            print(f"{path.relative_to(REPO)}  {path.stat().st_size // 1024} KiB")
        return 0
    env = {k: v for k, v in os.environ.items() if k != "QT_SCALE_FACTOR"}
    env.setdefault("QT_QPA_PLATFORM", "offscreen")
    for scale in (1, 2):
        result = subprocess.run([sys.executable, __file__, "--scale", str(scale)], env=env)
        if result.returncode:
            return result.returncode
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
