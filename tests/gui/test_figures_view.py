"""View › Figures across cases…: the hand-counted figures in the chart and the table, the filters,
CSV and PDF export, and the dialog closed by locking (real vault, real widgets)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt

from app.gui import dialogs
from app.gui.figures_view import FiguresDialog
from tests.unit.services import figures_fixtures as fx


def _open(qtbot: Any, window: Any) -> FiguresDialog:
    window.figures_action.trigger()
    dialog = window.figure_tasks.current
    assert isinstance(dialog, FiguresDialog)
    qtbot.waitUntil(lambda: dialog.fig is not None, timeout=20_000)
    return dialog


def _recount(qtbot: Any, dialog: FiguresDialog, change: Any) -> None:
    with qtbot.waitSignal(dialog.computed, timeout=20_000):
        change()


def _table(dialog: FiguresDialog) -> dict[str, str]:
    return {dialog.table.item(r, 0).text(): dialog.table.item(r, 1).text() for r in range(dialog.table.rowCount())}


def _show(dialog: FiguresDialog, dim: str) -> None:
    for i in range(dialog.dimensions.count()):
        if dialog.dimensions.item(i).data(Qt.ItemDataRole.UserRole) == dim:
            dialog.dimensions.setCurrentRow(i)


def test_figures_chart_table_filters_and_export(qtbot: Any, make_vault: Any, unlocked: Any, tmp_path: Path) -> None:
    window = unlocked(make_vault(cases=fx.cases()))
    assert window.figures_action.isEnabled()
    dialog = _open(qtbot, window)
    assert dialog.fig is not None and dialog.fig.total == fx.TOTAL_VICTIMS
    assert dialog.fig.query.profile == "public"  # publishable figures unless asked otherwise
    assert "5" in dialog.summary.text()
    _show(dialog, "deprivation_type")
    assert _table(dialog) == {"Criminal detention": "2", "Residential surveillance at a designated location": "2",
                              "Internment / “re-education”": "1", "Prison sentence": "1", "Unknown": "1"}
    assert not dialog.note.isHidden()  # multi-valued: the counts add up to more than the total
    _show(dialog, "status")
    assert dialog.chart.rows == [("Detained", 1), ("Disappeared (whereabouts unknown)", 1), ("Sentenced", 1),
                                 ("Released", 1), ("Unknown", 1)]
    assert dialog.chart.grab().width() > 0  # paints

    lawyers = next(i for i in range(dialog.tags.count()) if dialog.tags.item(i).data(Qt.ItemDataRole.UserRole) == "lawyers")
    _recount(qtbot, dialog, lambda: dialog.tags.item(lawyers).setCheckState(Qt.CheckState.Checked))
    assert dialog.fig.total == 2 and _table(dialog) == {"Disappeared (whereabouts unknown)": "1", "Released": "1"}
    _recount(qtbot, dialog, lambda: dialog.date_from.setText("2015-07-10"))
    assert dialog.fig.total == 1 and _table(dialog) == {"Released": "1"}
    dialog.date_to.setText("July")
    qtbot.waitUntil(lambda: "YYYY" in dialog.summary.text(), timeout=5_000)
    assert dialog.fig is None and dialog.table.rowCount() == 0 and not dialog.csv_button.isEnabled()
    dialog.date_to.setText("2015-01")  # ends before it begins (2015-07-10): said, not counted as zeros
    qtbot.waitUntil(lambda: "Swap them" in dialog.summary.text(), timeout=5_000)
    assert dialog.fig is None and dialog.chart.rows == [] and not dialog.pdf_button.isEnabled()
    _show(dialog, "deprivation_type")  # multi-valued, but no counts to explain
    assert dialog.note.isHidden()
    _show(dialog, "status")
    _recount(qtbot, dialog, lambda: dialog.date_to.setText(""))
    assert dialog.csv_button.isEnabled() and dialog.pdf_button.isEnabled()
    _recount(qtbot, dialog, lambda: dialog.unit.setCurrentIndex(dialog.unit.findData("cases")))
    assert dialog.fig.query.unit == "cases" and dialog.fig.total == 1

    dest = tmp_path / "figures.csv"
    dialogs.set_next_answer(str(dest))
    with qtbot.waitSignal(dialog.exported, timeout=20_000):
        dialog.csv_button.click()
    assert dest.read_bytes().startswith(b"\xef\xbb\xbf")
    pdf = tmp_path / "figures.pdf"
    dialogs.set_next_answer(str(pdf))
    with qtbot.waitSignal(dialog.exported, timeout=30_000):
        dialog.pdf_button.click()
    assert pdf.read_bytes().startswith(b"%PDF-")

    window.lock_now()
    assert window.figure_tasks.current is None and not window.figures_action.isEnabled()


def test_the_public_profile_hides_a_confidential_ethnicity(qtbot: Any, make_vault: Any, unlocked: Any) -> None:
    cases = fx.cases()
    cases[1].persons[0].confidential_fields = ["ethnicity"]  # V3, Han
    window = unlocked(make_vault(cases=cases))
    dialog = _open(qtbot, window)
    _show(dialog, "ethnicity")
    assert _table(dialog) == {"Uyghur": "2", "Han": "1", "Unknown": "2"}
    _recount(qtbot, dialog, lambda: dialog.profile.setCurrentIndex(dialog.profile.findData("full")))
    assert _table(dialog) == {"Uyghur": "2", "Han": "2", "Unknown": "1"}
    window.lock_now()


def test_after_an_upgrade_the_window_builds_the_facts_first(qtbot: Any, make_vault: Any, unlocked: Any,
                                                           monkeypatch: Any) -> None:
    from app.services import figures
    from app.storage import figures as store

    window = unlocked(make_vault(cases=fx.cases()))
    with window.session.vault.db.transaction() as conn:  # what migration 7 leaves in a vault with cases
        store.clear(conn)
        conn.execute("DELETE FROM meta WHERE key = ?", (store.META_VERSION,))
        conn.execute("INSERT INTO meta (key, value) VALUES (?, '')", (store.META_PENDING,))
    assert figures.pending_cases(window.session.vault) == 4
    progress: list[tuple[int, int]] = []
    shown = FiguresDialog._progress

    def record(self: FiguresDialog, done: int, total: int, label: str) -> None:
        progress.append((done, total))
        shown(self, done, total, label)

    monkeypatch.setattr(FiguresDialog, "_progress", record)  # before the worker starts
    window.figures_action.trigger()
    dialog = window.figure_tasks.current
    qtbot.waitUntil(lambda: dialog.fig is not None, timeout=20_000)
    assert dialog.fig.total == fx.TOTAL_VICTIMS and figures.pending_cases(window.session.vault) == 0
    assert progress and progress[-1] == (4, 4) and dialog.bar.isHidden()
    window.lock_now()
