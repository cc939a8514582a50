"""``recourse --startup-check``: start the window, wait for its first screen, report, quit.

Used by ``make package-test`` and the start-up figures in docs/performance.md: it proves a
(frozen) build can load Qt, the fonts, the translations and the main window, and says which
screen it reached (``create`` or ``unlock``) and how long that took from interpreter start.
"""

from __future__ import annotations

import time
from pathlib import Path

from PySide6.QtCore import QTimer

from app.gui.app import make_app
from app.gui.main_window import MainWindow
from app.gui.settings import load


def process_seconds() -> float:
    """Seconds since this process started (Linux: from /proc; elsewhere: since this import)."""
    try:
        import os

        ticks = int(Path("/proc/self/stat").read_text().rsplit(")", 1)[1].split()[19])
        uptime = float(Path("/proc/uptime").read_text().split()[0])
        return uptime - ticks / os.sysconf("SC_CLK_TCK")
    except (OSError, ValueError, IndexError):
        return time.perf_counter() - _IMPORTED


_IMPORTED = time.perf_counter()


def startup_check(argv: list[str], folder: Path | None) -> int:
    settings = load()
    app = make_app(argv, settings.interface_language)
    window = MainWindow(folder, settings=settings)
    window.show()
    result: dict[str, str] = {}

    def report() -> None:
        current = window.stack.currentWidget()
        screen = ("unlock" if current is window.unlock_screen
                  else "create" if current is window.create_screen else "other")
        result["screen"] = screen
        print(f"recourse: {screen} screen for {window.folder} shown {process_seconds():.2f} s after start",
              flush=True)
        window.close()
        app.quit()

    QTimer.singleShot(0, report)
    app.exec()
    return 0 if result.get("screen") in ("unlock", "create") else 1
