"""Benchmark: unlock to a usable main window with 100,000 cases, and resident memory.

Usage (from the repository root)::

    QT_QPA_PLATFORM=offscreen python -m bench.bench_gui [--cases 100000] [--repeat 5]
                                                        [--workdir DIR] [--keep]

The KDF is excluded on purpose (it is ~1 s by design): the master key is
derived once, then each run times ``Vault.open`` (header MAC, SQLCipher key,
migrations check) + the main window's switch to the workspace (count, first
page of 200 rows from ``list_cases``, tags, filters) + the events needed to
paint it.  The baseline, in the same run, is a plain ``QTableView`` over the
same rows in a plain, unencrypted ``sqlite3`` table with the same lazy
paging (200 rows, growing with depth) and the same ``ORDER BY updated_at DESC``.  Each side runs in
its own process so that resident memory (VmRSS after the window is usable) is
comparable.  Also timed: scrolling to row 10,000, re-sorting by title (the
database sorts 100,000 rows) and scrolling to row 10,000 again in that order.

Targets: unlock-to-usable <= 0.5 s, resident memory <= 300 MB.

``--sections`` measures the case editor instead: opening the largest demo case and switching
through every section (each switch = show the section + one repaint + the events it posts), at
1280x800, several rounds, alternating with the baseline.  Baseline in the same run: the same window with a plain
``QStackedWidget`` of twelve pages holding as many plain ``QLineEdit`` inputs as each section
has inputs.  Target: under 100 ms per switch.  Opening the case is compared with building those
pages (first open: the editor is built too) and with filling every input of them again (a case
opened again), in the same run.  The machine's load average is printed with the figures: on the
shared 2-core machine, other work shifts both sides (the ratio is the figure to compare).
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import sqlite3
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

TARGET_SECONDS = 0.5
TARGET_RSS_MB = 300.0
PASSPHRASE = "bench passphrase, not secret"


def rss_mb() -> float:
    try:
        for line in Path("/proc/self/status").read_text().splitlines():
            if line.startswith("VmRSS:"):
                return int(line.split()[1]) / 1024
    except OSError:
        pass
    try:
        import resource

        peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss  # bytes on macOS, KiB elsewhere
        return peak / (1024 * 1024 if sys.platform == "darwin" else 1024)
    except ImportError:
        return float("nan")


# --- data --------------------------------------------------------------------------------------
def make_vault(folder: Path, n: int) -> float:
    """A vault of *n* minimal cases (small KDF: the KDF is not what is measured)."""
    from app.crypto import KdfParams
    from app.domain.model import Case
    from app.services import cases as case_service
    from app.services.vault import Vault

    t0 = time.perf_counter()
    vault = Vault.create(folder, PASSPHRASE, kdf=KdfParams(8192, 1, 1), allow_weak_kdf=True)
    statuses = ("draft", "documenting", "ready", "submitted", "follow-up", "closed")
    try:
        for start in range(0, n, 5000):
            batch = [Case(reference=f"B-{i:06d}", title=f"Benchmark case {i:06d} 案例",
                          status=statuses[i % len(statuses)], tags=[f"tag{i % 20}"])
                     for i in range(start, min(n, start + 5000))]
            case_service.save_cases(vault, batch)
            print(f"  {min(n, start + 5000):,} cases", file=sys.stderr, flush=True)
    finally:
        vault.lock()
    return time.perf_counter() - t0


def make_plain(vault_folder: Path, plain: Path) -> None:
    """The same rows (id, reference, title, status, state, updated_at) in a plain sqlite3 file."""
    from app.services import cases as case_service
    from app.services.vault import Vault

    vault = Vault.unlock(vault_folder, PASSPHRASE)
    conn = sqlite3.connect(plain)
    conn.execute("CREATE TABLE cases (id TEXT PRIMARY KEY, reference TEXT, title TEXT, status TEXT, "
                 "state TEXT, updated_at TEXT)")
    conn.execute("CREATE INDEX cases_by_updated ON cases(updated_at)")
    try:
        offset = 0
        while True:
            rows = case_service.list_cases(vault, sort="reference", descending=False, offset=offset,
                                           limit=10_000)
            if not rows:
                break
            conn.executemany("INSERT INTO cases VALUES (?,?,?,?,?,?)",
                             [(r.id, r.reference, r.title, r.status, r.state, r.updated_at) for r in rows])
            offset += len(rows)
        conn.commit()
    finally:
        conn.close()
        vault.lock()


# --- the two sides (each in its own process) ---------------------------------------------------
def _app() -> Any:
    from app.gui.app import make_app

    return make_app([sys.argv[0]], "en")


def _settle(app: Any, widget: Any) -> None:
    widget.repaint()
    app.processEvents()


def _scroll(app: Any, top: Any, view: Any, model: Any, rows: int = 10_000) -> float:
    """Scroll like a person holding End: the view asks for more at each bottom, until *rows*."""
    t0 = time.perf_counter()
    while model.rowCount() < rows and model.canFetchMore():
        view.scrollToBottom()
        app.processEvents()
        if model.canFetchMore():  # the view fetches when it reaches the bottom; make sure
            model.fetchMore()
    _settle(app, top)
    return time.perf_counter() - t0


def side_recourse(folder: Path, repeat: int) -> dict[str, Any]:
    from app.gui import dialogs
    from app.gui.main_window import MainWindow
    from app.services.vault import Vault, derive_master
    from app.storage.header import read_header

    app = _app()
    dialogs.script(True)
    header = read_header(folder)
    master = derive_master(header, PASSPHRASE)  # the KDF, once, untimed
    window = MainWindow(folder, editor_factory=True, settings_file=folder.parent / "bench-settings.json")
    window.resize(1200, 760)
    window.show()
    app.processEvents()
    times = []
    for _ in range(repeat):
        t0 = time.perf_counter()
        vault = Vault.open(folder, header, master)
        window._unlocked(vault)
        _settle(app, window)
        times.append(time.perf_counter() - t0)
        assert window.case_list.model.rowCount() == 200
        if len(times) < repeat:
            window.lock_now()
            app.processEvents()
    rss = rss_mb()
    from PySide6.QtCore import Qt

    model = window.case_list.model
    scroll_s = _scroll(app, window, window.case_list.table, model)
    t0 = time.perf_counter()
    window.case_list.table.sortByColumn(1, Qt.SortOrder.AscendingOrder)
    _settle(app, window)
    sort_s = time.perf_counter() - t0
    scroll_title_s = _scroll(app, window, window.case_list.table, model)
    total = model.total
    window.lock_now()
    window.close()
    return {"open_s": times, "rss_mb": rss, "sort_s": sort_s, "scroll_s": scroll_s,
            "scroll_title_s": scroll_title_s, "cases": total}


def side_baseline(plain: Path, repeat: int) -> dict[str, Any]:
    from PySide6.QtCore import QAbstractTableModel, QModelIndex, Qt
    from PySide6.QtWidgets import QTableView

    from app.gui.case_list import MAX_PAGE, PAGE

    class PlainModel(QAbstractTableModel):
        def __init__(self, conn: sqlite3.Connection, order: str = "updated_at DESC") -> None:
            super().__init__()
            self.conn, self.order = conn, order
            self.total = conn.execute("SELECT count(*) FROM cases").fetchone()[0]
            self.rows = self._page(0)

        def _page(self, offset: int) -> list[tuple[Any, ...]]:
            limit = max(PAGE, min(MAX_PAGE, offset // 2))  # the same paging as the case list
            sql = (f"SELECT reference, title, status, state, updated_at FROM cases "
                   f"ORDER BY {self.order}, id LIMIT ? OFFSET ?")
            return self.conn.execute(sql, (limit, offset)).fetchall()

        def rowCount(self, parent: Any = QModelIndex()) -> int:  # noqa: N802,B008
            return 0 if parent.isValid() else len(self.rows)

        def columnCount(self, parent: Any = QModelIndex()) -> int:  # noqa: N802,B008
            return 5

        def canFetchMore(self, parent: Any = QModelIndex()) -> bool:  # noqa: N802,B008
            return len(self.rows) < self.total

        def fetchMore(self, parent: Any = QModelIndex()) -> None:  # noqa: N802,B008
            page = self._page(len(self.rows))
            self.beginInsertRows(QModelIndex(), len(self.rows), len(self.rows) + len(page) - 1)
            self.rows += page
            self.endInsertRows()

        def data(self, index: Any, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
            if role == Qt.ItemDataRole.DisplayRole:
                return self.rows[index.row()][index.column()]
            return None

        def sort(self, column: int, order: Any = Qt.SortOrder.AscendingOrder) -> None:
            self.beginResetModel()
            self.order = ["reference", "title COLLATE NOCASE", "status", "state", "updated_at"][column] + (
                " DESC" if order == Qt.SortOrder.DescendingOrder else "")
            self.rows = self._page(0)
            self.endResetModel()

    app = _app()
    view = QTableView()
    view.resize(1200, 760)
    view.show()
    app.processEvents()
    times = []
    conn = None
    for _ in range(repeat):
        if conn is not None:
            view.setModel(None)
            conn.close()
        t0 = time.perf_counter()
        conn = sqlite3.connect(plain)
        model = PlainModel(conn)
        view.setModel(model)
        _settle(app, view)
        times.append(time.perf_counter() - t0)
    rss = rss_mb()
    scroll_s = _scroll(app, view, view, model)
    t0 = time.perf_counter()
    model.sort(1)
    _settle(app, view)
    sort_s = time.perf_counter() - t0
    scroll_title_s = _scroll(app, view, view, model)
    return {"open_s": times, "rss_mb": rss, "sort_s": sort_s, "scroll_s": scroll_s,
            "scroll_title_s": scroll_title_s, "cases": model.total}


# --- the case editor: switching sections ---------------------------------------------------------
SWITCH_TARGET_S = 0.100


def _switch_times(app: Any, window: Any, show: Any, n: int, rounds: int,
                  cpu: list[float] | None = None) -> list[float]:
    """Wall-clock seconds per switch; the process's CPU seconds per switch go to *cpu* (other
    processes on a busy machine stretch the first, hardly the second)."""
    times = []
    for _ in range(rounds):
        for i in list(range(1, n)) + [0]:
            t0, c0 = time.perf_counter(), time.process_time()
            show(i)
            window.repaint()
            app.processEvents()
            times.append(time.perf_counter() - t0)
            if cpu is not None:
                cpu.append(time.process_time() - c0)
    return times


def bench_sections(rounds: int) -> dict[str, Any]:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtWidgets import (QApplication, QFormLayout, QLineEdit, QListWidget, QScrollArea,
                                   QSplitter, QStackedWidget, QWidget)

    from app.crypto import KdfParams
    from app.domain.codec import encode
    from app.gui.main_window import MainWindow
    from app.services import cases as case_service
    from app.services.demo import create_demo_vault

    app = QApplication.instance() or QApplication([])
    work = Path(tempfile.mkdtemp(prefix="recourse-bench-sections-"))
    try:
        fast = KdfParams(memory_kib=8192, iterations=1, lanes=1)
        vault = create_demo_vault(work / "demo", PASSPHRASE, kdf=fast, allow_weak_kdf=True)
        rows = case_service.list_cases(vault)
        largest = max(rows, key=lambda r: len(json.dumps(encode(case_service.get_case(vault, r.id)))))
        window = MainWindow(work / "demo", kdf=fast, allow_weak_kdf=True, settings_file=work / "s.json")
        window.resize(1280, 800)
        window.show()
        window._unlocked(vault)
        _settle(app, window)
        t0 = time.perf_counter()
        window.open_case(largest.id)
        _settle(app, window)
        open_s = time.perf_counter() - t0  # includes building the editor (first case opened)
        t0 = time.perf_counter()
        window.open_case(rows[0].id if rows[0].id != largest.id else rows[1].id)
        window.open_case(largest.id)
        _settle(app, window)
        reopen_s = (time.perf_counter() - t0) / 2
        editor = window.editor
        n = len(editor.sections)
        inputs = [len(s.findChildren(QLineEdit)) + len(s.findChildren(QWidget)) // 10 for s in editor.sections]
        _switch_times(app, window, editor.show_section, n, 1)  # warm-up: first layout of each

        t0 = time.perf_counter()
        base_window = QWidget()
        base_window.resize(1280, 800)
        nav, stack = QListWidget(), QStackedWidget()
        edits: list[Any] = []
        for i, count in enumerate(inputs):
            nav.addItem(f"Page {i + 1}")
            page = QWidget()
            form = QFormLayout(page)
            for j in range(count):
                edits.append(QLineEdit(f"value {j}"))
                form.addRow(f"Field {j}", edits[-1])
            area = QScrollArea()
            area.setWidgetResizable(True)
            area.setWidget(page)
            stack.addWidget(area)
        split = QSplitter(base_window)
        split.addWidget(nav)
        split.addWidget(stack)
        split.resize(1280, 800)
        base_window.show()
        _settle(app, base_window)
        base_open_s = time.perf_counter() - t0
        refills = []
        for k in range(2):
            t0 = time.perf_counter()
            for j, edit in enumerate(edits):
                edit.setText(f"value {j} {k}")
            _settle(app, base_window)
            refills.append(time.perf_counter() - t0)
        base_reopen_s = statistics.mean(refills)
        _switch_times(app, base_window, stack.setCurrentIndex, n, 1)
        rec, base, rec_cpu, base_cpu = [], [], [], []  # type: ignore[var-annotated]
        for _ in range(rounds):  # one round each in turn: the machine's load weighs on both alike
            rec += _switch_times(app, window, editor.show_section, n, 1, rec_cpu)
            base += _switch_times(app, base_window, stack.setCurrentIndex, n, 1, base_cpu)
        base_window.close()
        window.lock_now()
        window.close()
        return {"switch_s": rec, "base_switch_s": base, "switch_cpu_s": rec_cpu, "base_switch_cpu_s": base_cpu, "open_s": open_s, "reopen_s": reopen_s,
                "base_open_s": base_open_s, "base_reopen_s": base_reopen_s,
                "case": largest.reference, "sections": n}
    finally:
        shutil.rmtree(work, ignore_errors=True)


def sections_table(r: dict[str, Any]) -> str:
    rec, base = r["switch_s"], r["base_switch_s"]

    def row(name: str, a: float, b: float | None, target: float | None) -> str:
        ratio = f"{a / b:6.2f}x" if b else "     —"
        met = "" if target is None else ("yes" if a <= target else "NO")
        tgt = "" if target is None else f"<= {target * 1000:g} ms"
        bb = f"{b * 1000:9.1f} ms" if b is not None else "        —   "
        return f"| {name:<34} | {a * 1000:9.1f} ms | {bb} | {ratio}  | {tgt:<10} | {met:<4} |"

    q = statistics.quantiles
    return "\n".join([
        "| metric                             |  Recourse    |  baseline    |  ratio  | target     | met? |",
        "|------------------------------------|--------------|--------------|---------|------------|------|",
        row("section switch (median)", statistics.median(rec), statistics.median(base), SWITCH_TARGET_S),
        row("section switch (95th percentile)", q(rec, n=20)[18], q(base, n=20)[18], SWITCH_TARGET_S),
        row("section switch (worst)", max(rec), max(base), None),
        row("switch, CPU time (median)", statistics.median(r["switch_cpu_s"]),
            statistics.median(r["base_switch_cpu_s"]), None),
        row("switch, CPU time (95th percentile)", q(r["switch_cpu_s"], n=20)[18],
            q(r["base_switch_cpu_s"], n=20)[18], None),
        row("open largest case (+ editor built)", r["open_s"], r["base_open_s"], None),
        row("open largest case (again)", r["reopen_s"], r["base_reopen_s"], None),
    ])


# --- driver ------------------------------------------------------------------------------------
def run_side(side: str, path: Path, repeat: int) -> dict[str, Any]:
    env = dict(os.environ)
    env.setdefault("QT_QPA_PLATFORM", "offscreen")
    env["RECOURSE_HOME"] = str(path.parent / "home")
    out = subprocess.run([sys.executable, "-m", "bench.bench_gui", "--side", side, "--path", str(path),
                          "--repeat", str(repeat)], env=env, capture_output=True, text=True,
                         cwd=Path(__file__).resolve().parent.parent)
    if out.returncode:
        raise SystemExit(f"{side} side failed:\n{out.stderr[-3000:]}")
    return json.loads(out.stdout.strip().splitlines()[-1])


def table(rec: dict[str, Any], base: dict[str, Any]) -> str:
    def row(name: str, a: float, b: float, unit: str, target: float | None) -> str:
        ratio = a / b if b else float("nan")
        met = "" if target is None else ("yes" if a <= target else "NO")
        tgt = "" if target is None else f"<= {target:g} {unit}"
        return (f"| {name:<34} | {a:>9.3f} {unit:<2} | {b:>9.3f} {unit:<2} | {ratio:>6.2f}x "
                f"| {tgt:<10} | {met:<4} |")

    lines = ["| metric                             |  Recourse    |  baseline    |  ratio  "
             "| target     | met? |",
             "|------------------------------------|--------------|--------------|---------"
             "|------------|------|",
             row("unlock to usable window (median)", statistics.median(rec["open_s"]),
                 statistics.median(base["open_s"]), "s", TARGET_SECONDS),
             row("unlock to usable window (worst)", max(rec["open_s"]), max(base["open_s"]), "s", None),
             row("resident memory when usable", rec["rss_mb"], base["rss_mb"], "MB", TARGET_RSS_MB),
             row("scroll to row 10,000 (by update)", rec["scroll_s"], base["scroll_s"], "s", None),
             row("re-sort 100k by title", rec["sort_s"], base["sort_s"], "s", None),
             row("scroll to row 10,000 (by title)", rec["scroll_title_s"], base["scroll_title_s"], "s", None)]
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--cases", type=int, default=100_000)
    parser.add_argument("--repeat", type=int, default=5)
    parser.add_argument("--workdir", type=Path, help="keep the generated vault here and reuse it")
    parser.add_argument("--keep", action="store_true")
    parser.add_argument("--side", choices=("recourse", "baseline"), help=argparse.SUPPRESS)
    parser.add_argument("--path", type=Path, help=argparse.SUPPRESS)
    parser.add_argument("--sections", action="store_true",
                        help="time switching the editor's sections on the largest demo case instead")
    args = parser.parse_args(argv)
    if args.sections:
        r = bench_sections(max(args.repeat, 3))
        print(f"Editor benchmark: case {r['case']}, {r['sections']} sections, 1280x800, "
              f"{len(r['switch_s'])} switches, QT_QPA_PLATFORM={os.environ.get('QT_QPA_PLATFORM', 'offscreen')}")
        print("baseline: plain QStackedWidget pages with as many plain QLineEdits, same window size "
              "(open: building them / filling them again)")
        load = os.getloadavg()
        print(f"machine load average {load[0]:.2f} / {load[1]:.2f} / {load[2]:.2f} (1/5/15 min), "
              f"{os.cpu_count()} CPUs")
        print(sections_table(r))
        return 0 if statistics.median(r["switch_s"]) <= SWITCH_TARGET_S else 1
    if args.side:
        fn = side_recourse if args.side == "recourse" else side_baseline
        print(json.dumps(fn(args.path, args.repeat)))
        return 0

    work = args.workdir or Path(tempfile.mkdtemp(prefix="recourse-bench-gui-"))
    work.mkdir(parents=True, exist_ok=True)
    folder, plain = work / f"vault-{args.cases}", work / f"plain-{args.cases}.sqlite3"
    try:
        if not (folder / "vault.header").exists():
            print(f"generating {args.cases:,} cases…", file=sys.stderr)
            print(f"  took {make_vault(folder, args.cases):.1f} s", file=sys.stderr)
            plain.unlink(missing_ok=True)
        if not plain.exists():
            make_plain(folder, plain)
        rec = run_side("recourse", folder, args.repeat)
        base = run_side("baseline", plain, args.repeat)
        assert rec["cases"] == base["cases"] == args.cases, (rec["cases"], base["cases"])
        print(f"GUI benchmark: {args.cases:,} cases, {args.repeat} runs each, KDF excluded, "
              f"QT_QPA_PLATFORM={os.environ.get('QT_QPA_PLATFORM', 'offscreen')}")
        print("baseline: plain QTableView over a plain sqlite3 table of the same rows, same paging")
        print(table(rec, base))
        ok = statistics.median(rec["open_s"]) <= TARGET_SECONDS and rec["rss_mb"] <= TARGET_RSS_MB
        return 0 if ok else 1
    finally:
        if not args.keep and args.workdir is None:
            shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    raise SystemExit(main())
