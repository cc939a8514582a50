"""Table cells of left-to-right data in a right-to-left interface (Uyghur).

Qt lays out every cell of a right-to-left table as a right-to-left paragraph.  Case data is often
Latin or numbers: "239 B" then reads "B 239", a shortened "Abdurehman Tursun: interned…" reads
"…Abdurehman", a file name or a hash loses its end on the wrong side.  :class:`CellDirection` gives
such a cell (its first strong letter left to right) a left-to-right paragraph, still aligned to the
right like the rest of the column.  Cells in Uyghur, and every cell of a left-to-right interface,
are drawn as before.
"""

from __future__ import annotations

import unicodedata
from typing import TypeVar

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtWidgets import QAbstractItemView, QStyle, QStyledItemDelegate, QStyleOptionViewItem


def text_direction(text: str) -> Qt.LayoutDirection | None:
    """The direction of *text*'s first strong letter (None: only digits, spaces, punctuation)."""
    for ch in text:
        kind = unicodedata.bidirectional(ch)
        if kind == "L":
            return Qt.LayoutDirection.LeftToRight
        if kind in ("R", "AL"):
            return Qt.LayoutDirection.RightToLeft
    return None


class CellDirection(QStyledItemDelegate):
    """Left-to-right text of a right-to-left view in a left-to-right paragraph, right-aligned."""

    def initStyleOption(self, option: QStyleOptionViewItem,  # noqa: N802
                        index: QModelIndex | QPersistentModelIndex) -> None:
        super().initStyleOption(option, index)
        if option.direction != Qt.LayoutDirection.RightToLeft:
            return
        features = QStyleOptionViewItem.ViewItemFeature
        if option.features & (features.HasDecoration | features.HasCheckIndicator):
            return  # an icon or a check box stays on the reading side
        if text_direction(option.text) != Qt.LayoutDirection.LeftToRight:
            return
        where = QStyle.visualAlignment(Qt.LayoutDirection.RightToLeft, option.displayAlignment)
        option.displayAlignment = where | Qt.AlignmentFlag.AlignAbsolute
        option.direction = Qt.LayoutDirection.LeftToRight


View = TypeVar("View", bound=QAbstractItemView)


def cells_in_their_direction(view: View) -> View:
    """*view* with a :class:`CellDirection` delegate."""
    view.setItemDelegate(CellDirection(view))
    return view
