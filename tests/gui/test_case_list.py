"""The case list: rows from the service, server-side sort, filters, lazy pages."""

from __future__ import annotations

from PySide6.QtCore import Qt

from app.gui.case_list import PAGE
from tests.gui.conftest import minimal_cases


def column(model, col):
    return [model.index(r, col).data() for r in range(model.rowCount())]


def test_list_shows_cases_with_status_labels(qtbot, unlocked, make_vault):
    window = unlocked(make_vault(minimal_cases(5, statuses=("draft", "ready"))))
    model = window.case_list.model
    assert model.rowCount() == 5 and model.total == 5
    assert set(column(model, 2)) == {"Draft", "Ready to submit"}
    assert set(column(model, 3)) == {model.index(0, 3).data()} and column(model, 3)[0]  # State label
    assert "5" in window.case_list.count.text()


def test_sorting_requeries_the_service(qtbot, unlocked, make_vault):
    window = unlocked(make_vault(minimal_cases(12)))
    view = window.case_list
    view.table.sortByColumn(0, Qt.SortOrder.AscendingOrder)
    refs = column(view.model, 0)
    assert refs == sorted(refs) and refs[0] == "RC-00000"
    assert view.model.sort_key == "reference" and not view.model.descending
    view.table.sortByColumn(1, Qt.SortOrder.DescendingOrder)
    titles = column(view.model, 1)
    assert titles == sorted(titles, reverse=True) and view.model.sort_key == "title"


def test_filters_by_status_and_tag(qtbot, unlocked, make_vault):
    cases = minimal_cases(9, statuses=("draft", "ready", "closed"),
                          tags=(("rsdl",), ("tibet", "rsdl"), ()))
    window = unlocked(make_vault(cases))
    view = window.case_list
    tag_items = [view.tag.itemData(i) for i in range(view.tag.count())]
    assert tag_items == ["", "rsdl", "tibet"]
    view.set_status_filter("ready")
    assert view.model.rowCount() == 3 and set(column(view.model, 2)) == {"Ready to submit"}
    view.set_status_filter("")
    view.set_tag_filter("rsdl")
    assert view.model.rowCount() == 6
    view.set_status_filter("draft")
    assert view.model.rowCount() == 3  # status and tag together
    view.set_tag_filter("tibet")
    assert view.model.rowCount() == 0


def test_lazy_loading_beyond_the_first_page(qtbot, unlocked, make_vault):
    window = unlocked(make_vault(minimal_cases(450)))
    model = window.case_list.model
    assert model.total == 450
    assert model.rowCount() == PAGE
    assert model.canFetchMore()
    model.fetchMore()
    assert model.rowCount() == 2 * PAGE
    window.case_list.table.scrollToBottom()  # the view asks for the rest itself
    qtbot.waitUntil(lambda: model.rowCount() == 450, timeout=5000)
    assert not model.canFetchMore()
    assert len(set(model.case_id(r) for r in range(450))) == 450


def test_activating_a_case_opens_it_in_the_editor_area(qtbot, unlocked, make_vault):
    window = unlocked(make_vault(minimal_cases(3)))
    table = window.case_list.table
    index = window.case_list.model.index(1, 0)
    table.setCurrentIndex(index)
    table.activated.emit(index)
    case_id = window.case_list.model.case_id(1)
    assert window.editor.case_id == case_id
    assert index.data() in window.placeholder.label.text()  # which case is open (its reference)


def test_refresh_after_a_save_keeps_the_selected_case(qtbot, unlocked, make_vault):
    from app.services import cases as case_service

    window = unlocked(make_vault(minimal_cases(5)))
    view = window.case_list
    view.table.setCurrentIndex(view.model.index(3, 0))
    chosen = view.current_case_id()
    case = case_service.get_case(window.session.vault, chosen)
    case.title = "Renamed"
    case_service.save_case(window.session.vault, case)
    window.session.case_saved.emit(chosen)
    qtbot.waitUntil(lambda: "Renamed" in column(view.model, 1), timeout=5000)
    assert view.current_case_id() == chosen
    assert view.model.index(view.table.currentIndex().row(), 1).data() == "Renamed"
