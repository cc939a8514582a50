"""Right to left (Uyghur), a table cell of Latin data or numbers with a unit reads left to right
("239 B", not "B 239"; "Abdurehman…", not "…Abdurehman"), still aligned with its column."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QStyleOptionViewItem, QTableWidget, QTableWidgetItem

from app.gui.bidi import CellDirection, cells_in_their_direction, text_direction

LTR, RTL = Qt.LayoutDirection.LeftToRight, Qt.LayoutDirection.RightToLeft


@pytest.fixture
def table(request: pytest.FixtureRequest, qapp: Any, qtbot: Any) -> Iterator[QTableWidget]:
    QApplication.setLayoutDirection(request.param)
    try:
        view = cells_in_their_direction(QTableWidget(1, 4))
        qtbot.addWidget(view)
        for col, text in enumerate(["239 B", "ئابدۇرەھمان تۇرسۇن (Abdurehman Tursun)", "~2016", "family-photo.png"]):
            view.setItem(0, col, QTableWidgetItem(text))
        yield view
    finally:
        QApplication.setLayoutDirection(LTR)


def _option(view: QTableWidget, col: int) -> QStyleOptionViewItem:
    delegate = view.itemDelegate()
    assert isinstance(delegate, CellDirection)
    option = QStyleOptionViewItem()
    option.initFrom(view)
    delegate.initStyleOption(option, view.model().index(0, col))
    return option


def test_text_direction_is_that_of_the_first_strong_letter() -> None:
    assert text_direction("239 B") == LTR
    assert text_direction("ئابدۇرەھمان (Abdurehman)") == RTL
    assert text_direction("(Abdurehman) ئابدۇرەھمان") == LTR
    assert text_direction("~2016 / 12") is None


@pytest.mark.parametrize("table", [RTL], indirect=True)
def test_latin_cells_read_left_to_right_on_the_right(table: QTableWidget) -> None:
    for col in (0, 3):  # "239 B", a file name
        option = _option(table, col)
        assert option.direction == LTR
        assert option.displayAlignment & Qt.AlignmentFlag.AlignRight
        assert option.displayAlignment & Qt.AlignmentFlag.AlignAbsolute  # right, whatever the direction
    for col in (1, 2):  # Uyghur first, or only digits: as Qt draws them, right to left
        option = _option(table, col)
        assert option.direction == RTL
        assert not option.displayAlignment & Qt.AlignmentFlag.AlignAbsolute


@pytest.mark.parametrize("table", [LTR], indirect=True)
def test_a_left_to_right_interface_is_drawn_as_before(table: QTableWidget) -> None:
    for col in range(4):
        option = _option(table, col)
        assert option.direction == LTR
        assert not option.displayAlignment & Qt.AlignmentFlag.AlignAbsolute
