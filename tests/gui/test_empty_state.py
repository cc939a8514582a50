"""A new user sees a first step, not a blank page: create the first case, or open the demo."""

from __future__ import annotations

from pathlib import Path
from typing import Any


def test_an_empty_vault_offers_a_first_case_and_the_demo(make_vault: Any, unlocked: Any, qtbot: Any) -> None:
    window = unlocked(make_vault(), editor_factory=True)
    empty = window.placeholder.empty
    assert empty.isVisibleTo(window) and empty.demo_btn.isVisibleTo(window)
    assert "first case" in empty.create_btn.text().replace("&", "")
    empty.create_btn.click()
    assert window.editor is not window.placeholder and window.editor.case is not None
    assert window.editor_area.currentWidget() is window.editor


def test_a_vault_with_cases_says_how_to_open_one(demo_folder: Path, unlocked: Any) -> None:
    window = unlocked(demo_folder)
    empty = window.placeholder.empty
    assert empty.isVisibleTo(window) and not empty.demo_btn.isVisibleTo(window)


def test_open_the_demo_unlocks_the_demo_vault(make_vault: Any, unlocked: Any, qtbot: Any,
                                              tmp_path: Path, monkeypatch: Any) -> None:
    monkeypatch.setenv("RECOURSE_HOME", str(tmp_path / "home"))
    window = unlocked(make_vault())
    window.placeholder.empty.demo_btn.click()
    qtbot.waitUntil(lambda: window.unlocked and window.folder.name == "demo-vault", timeout=30_000)
    qtbot.waitUntil(lambda: window.case_list.model.total == 3, timeout=10_000)
    assert not window.placeholder.empty.demo_btn.isVisibleTo(window)
