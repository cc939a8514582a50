"""Search: debounced box, worker, highlighted and escaped snippets."""

from __future__ import annotations

from app.domain.model import Case, Person
from app.gui.search_view import HtmlRole, highlight_html


def search(qtbot, window, text):
    window.search_box.setText(text)
    view = window.search_view
    assert window.left_stack.currentWidget() is view
    qtbot.waitUntil(lambda: not view.debounce.isActive() and not view.busy and view.model.rowCount() > 0,
                    timeout=10_000)
    return view


def test_finds_a_two_character_chinese_given_name_and_highlights_it(qtbot, unlocked, demo_folder):
    window = unlocked(demo_folder)
    view = search(qtbot, window, "晓雯")
    rows = [view.model.index(r, 0) for r in range(view.model.rowCount())]
    assert any("<b>晓雯</b>" in r.data(HtmlRole) for r in rows)
    assert {view.model.result(r.row()).reference for r in rows} == {"DEMO-001"}
    kinds = {view.model.result(r.row()).kind for r in rows}
    assert "name" in kinds
    assert any("(name)" in r.data(HtmlRole) for r in rows)  # the kind of match is shown
    first = rows[0]
    view.list.setCurrentIndex(first)
    view.list.activated.emit(first)
    assert window.editor.case_id == view.model.result(0).case_id


def test_snippets_escape_user_text(qtbot, unlocked, make_vault):
    case = Case(reference="X-1", title="<script>alert(1)</script>",
                persons=[Person(roles=["victim"], family_name="<i>", given_name="张三")])
    window = unlocked(make_vault([case]))
    view = search(qtbot, window, "script")
    html = view.model.index(0, 0).data(HtmlRole)
    assert "<script>" not in html and "&lt;" in html and "<b>script</b>" in html


def test_clearing_the_query_returns_to_the_list(qtbot, unlocked, demo_folder):
    window = unlocked(demo_folder)
    search(qtbot, window, "晓雯")
    window.search_box.clear()
    assert window.left_stack.currentWidget() is window.case_list
    assert window.search_view.model.rowCount() == 0


def test_highlight_html_merges_and_escapes():
    assert highlight_html("a<b>c", [(1, 2)]) == "a<b>&lt;</b>b&gt;c"
    assert highlight_html("abcdef", [(0, 2), (1, 3), (10, 12)]) == "<b>abc</b>def"
