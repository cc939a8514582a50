"""Forms that fit a narrow pane in any language: the label's gap on the field's side (right to left
too), record tables sharing their width column by column, vocabulary combos that may shorten.

The whole-window check is ``test_clipping.py``; these pin the pieces it cannot see (a gap on the
wrong side of a label cuts nothing) or reach only through the demo's data."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QLabel, QLineEdit, QWidget

from app.gui.editor.binding import form_layout, label_gaps
from app.gui.editor.composite import IdentityDocsEdit
from app.gui.editor.widgets import VocabCombo


@pytest.fixture(params=[Qt.LayoutDirection.LeftToRight, Qt.LayoutDirection.RightToLeft], ids=["ltr", "rtl"])
def direction(request: pytest.FixtureRequest, qapp: Any) -> Iterator[Qt.LayoutDirection]:
    QApplication.setLayoutDirection(request.param)  # as install_translations does for Uyghur
    try:
        yield request.param
    finally:
        QApplication.setLayoutDirection(Qt.LayoutDirection.LeftToRight)


def test_the_gap_between_label_and_field_is_on_the_fields_side(direction: Qt.LayoutDirection,
                                                                qtbot: Any) -> None:
    body = QWidget()
    qtbot.addWidget(body)
    lay = form_layout(body)
    label, field = QLabel("Relationship to victim"), QLineEdit()
    lay.addRow(label, field)
    gap = max(lay.horizontalSpacing(), 1)
    label_gaps(body)
    body.resize(500, 100)
    body.show()
    qtbot.waitExposed(body)
    margins = label.contentsMargins()
    if direction == Qt.LayoutDirection.RightToLeft:
        assert field.geometry().right() < label.geometry().left()  # the field on the label's left
        assert (margins.left(), margins.right()) == (gap, 0)
        assert label.x() + label.contentsRect().left() - field.geometry().right() > gap
    else:
        assert label.geometry().right() < field.geometry().left()
        assert (margins.left(), margins.right()) == (0, gap)
        assert field.x() - (label.x() + label.contentsRect().right()) > gap


def test_record_table_columns_keep_their_titles_and_fill_the_table(direction: Qt.LayoutDirection,
                                                                    qtbot: Any) -> None:
    docs = IdentityDocsEdit()
    qtbot.addWidget(docs)
    docs.setValue([])
    docs.add_row(["hong-kong-id", "A123456(7)", "Immigration Department", "2015"])
    header = docs.table.horizontalHeader()
    titles = [header.sectionSizeFromContents(c).width() for c in range(4)]
    whole_kind = docs.table.cellWidget(0, 0).sizeHint().width()
    for width in (docs.table.minimumWidth(), docs.table.minimumWidth() + 60, 900):
        docs.resize(width, 200)
        docs.show()
        qtbot.waitExposed(docs)
        QApplication.processEvents()
        sizes = [header.sectionSize(c) for c in range(4)]
        assert all(s >= t for s, t in zip(sizes, titles)), (width, sizes, titles)
        assert sum(sizes) == docs.table.viewport().width()  # no gap, no sideways scrolling
        assert not docs.table.horizontalScrollBar().isVisible()
    assert sizes[0] >= whole_kind  # with room, the kind shows whole
    assert sizes[1] == sizes[2] == sizes[3] or max(sizes[1:]) - min(sizes[1:]) <= 1  # the rest shared equally
    # at its narrowest, the three text columns as wide as the widest of their titles (not all of
    # them as wide as the widest title plus the longest kind: the table that scrolled in Uyghur)
    assert docs.table.minimumWidth() < whole_kind + 3 * max(titles[1:])


def test_a_vocabulary_combo_may_shorten_its_longest_label(qtbot: Any) -> None:
    combo = VocabCombo("deprivation_type")
    qtbot.addWidget(combo)
    assert combo.minimumSizeHint().width() < combo.sizeHint().width()  # may shorten (with "…")
    assert combo.minimumSizeHint().width() >= combo.fontMetrics().averageCharWidth() * combo.short_chars
    assert combo.elides  # the clipping check accepts the "…" of an ElidingCombo, whose tooltip shows it whole


def test_a_shortened_combo_opens_on_its_labels_whole(qtbot: Any) -> None:
    """Shortened to "…" in a narrow form, the labels are whole in the list it opens (Qt's popup
    takes the width of the widest entry: what makes shortening the field acceptable)."""
    combo = VocabCombo("deprivation_type")
    qtbot.addWidget(combo)
    combo.resize(combo.minimumSizeHint().width(), combo.sizeHint().height())
    combo.show()
    qtbot.waitExposed(combo)
    combo.showPopup()
    try:
        view = combo.view()
        widest = max(view.sizeHintForColumn(0), *(combo.fontMetrics().horizontalAdvance(combo.itemText(i))
                                                   for i in range(combo.count())))
        assert view.viewport().width() >= widest > combo.width()
    finally:
        combo.hidePopup()
