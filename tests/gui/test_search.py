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


def _as_before_the_upgrade(folder):  # type: ignore[no-untyped-def]
    """What the schema migration leaves: cases, an empty search index, no folding version."""
    from app.services.vault import Vault
    from app.storage import search as store
    from tests.conftest import PASSPHRASE

    vault = Vault.unlock(folder, PASSPHRASE)
    with vault.db.transaction() as conn:
        store.clear(conn)
        conn.execute("DELETE FROM meta WHERE key IN ('search_index', 'search_pending')")
    vault.lock()


def test_an_upgraded_vault_rebuilds_its_index_with_progress(qtbot, unlocked, make_vault):
    from app.domain.model import DetentionPeriod, Deprivation, Place
    from app.gui.search_view import IndexRebuildDialog

    victim = Person(roles=["victim"], family_name="张", given_name="展")
    cases = [Case(reference=f"U-{i}", title=f"case {i}", persons=[Person(roles=["victim"], family_name="李")])
             for i in range(150)]
    cases.append(Case(reference="U-Z", title="z", persons=[victim], deprivations=[Deprivation(
        person_id=victim.id, periods=[DetentionPeriod(place=Place("CN", "", "", "Qincheng Prison"))])]))
    folder = make_vault(cases)
    _as_before_the_upgrade(folder)
    window = unlocked(folder)
    dialog = window.search_view.rebuild
    assert isinstance(dialog, IndexRebuildDialog) and dialog.isVisible()
    qtbot.waitUntil(lambda: window.search_view.rebuild is None, timeout=30_000)
    assert dialog.last_progress == (151, 151) and dialog.outcome is None  # progress reached the end
    view = search(qtbot, window, "Qincheng")
    result = view.model.result(0)
    assert (result.reference, result.kind, result.path) == ("U-Z", "detention", "$.deprivations[0].periods[0]")
    assert "(detention)" in view.model.index(0, 0).data(HtmlRole)
    view.list.setCurrentIndex(view.model.index(0, 0))
    view.list.activated.emit(view.model.index(0, 0))
    assert window.editor.case_id == result.case_id


def test_cancelling_the_rebuild_keeps_the_app_usable(qtbot, unlocked, make_vault):
    folder = make_vault([Case(reference=f"C-{i}", title=f"case {i}") for i in range(300)])
    _as_before_the_upgrade(folder)
    window = unlocked(folder)
    dialog = window.search_view.rebuild
    dialog.reject()  # Cancel
    qtbot.waitUntil(lambda: window.search_view.rebuild is None, timeout=10_000)
    assert "incomplete" in window.search_view.summary.text()
    view = window.search_view
    window.search_box.setText("case")  # whatever was indexed before Cancel is found, and the count...
    qtbot.waitUntil(lambda: not view.debounce.isActive() and not view.busy and "·" in view.summary.text(),
                    timeout=10_000)
    assert "incomplete" in view.summary.text()  # ...still says that other cases may be missing


def test_a_confidential_hit_says_so_to_a_screen_reader_too(qtbot, unlocked, make_vault):
    from PySide6.QtCore import Qt

    from app.domain.model import IllTreatment, Deprivation

    victim = Person(roles=["victim"], family_name="丁", given_name="家喜")
    case = Case(reference="C-1", title="t", persons=[victim], deprivations=[Deprivation(
        person_id=victim.id, ill_treatment=IllTreatment(description="Tied to a tiger chair (老虎凳).",
                                                        confidential=True))])
    window = unlocked(make_vault([case]))
    view = search(qtbot, window, "老虎凳")
    index = view.model.index(0, 0)
    assert view.model.result(0).confidential
    assert "confidential" in index.data(HtmlRole)
    for role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
        assert "confidential" in index.data(role)  # what a screen reader reads, not only the italics


def test_a_count_at_the_limit_says_there_may_be_more(qtbot, unlocked, make_vault):
    from app.gui.search_view import LIMIT

    cases = [Case(reference=f"L-{i}", title=f"case {i}", persons=[Person(roles=["victim"], family_name="李", given_name="明")])
             for i in range(LIMIT + 20)]
    window = unlocked(make_vault(cases))
    view = search(qtbot, window, "李明")
    assert view.model.rowCount() == LIMIT
    assert view.summary.text() == f"The first {LIMIT} matches: add a word to narrow the search."
    view = search(qtbot, window, "L-7")
    assert view.summary.text() in ("1 match", f"{view.model.rowCount()} matches")


def test_unlocking_builds_the_folding_tables_off_the_gui_thread(qtbot, unlocked, make_vault):  # type: ignore[no-untyped-def]
    """The first search that needs the reading tables (a name found by another reading) would build
    them itself (~0.3 s): the app builds them in a worker when the vault opens."""
    from app.domain import textfold as tf

    tf._reading_chars.cache_clear()
    tf._sound_tables.cache_clear()
    window = unlocked(make_vault())
    qtbot.waitUntil(lambda: tf._reading_chars.cache_info().currsize == 1
                    and tf._sound_tables.cache_info().currsize == 1, timeout=10_000)
    window.lock_now()
